"""Three-hundred-and-seventh, BLIND labelled set for the classifier evaluation ("blind304"):
written without reading the classifier code, its rules, the decoders, the tests, the README or
any other set's data beyond set 151 and a docstring grep, and never run through a classifier by
its author; ``main`` (the project's decoder path check) ran four times at the end, before and
after this docstring was written (the last after wrapping long import lines), exiting 0 every
time (``ruff check --select F`` had first found a ``__all__`` mangled by this author's own
rename and an unused import, both fixed). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (152 first-party calls and 78 SDK calls, 230 exchanges, 1,743
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Raipur (Shankar Nagar, Chhattisgarh, India; INR, zone Asia/Kolkata)
with her husband Rakesh Sahu, her US SIM roaming on an Indian network; their son Dhruv (10) is
in class 5 and plays kho-kho; her mother-in-law Janki Bai Sahu lives in the family house in
Sarkanda, Bilaspur, where the family lets three shops. All of them are fictional. Seven app kinds
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds. The APIs' keys are Chhattisgarhi in Latin letters,
ASCII-folded as a Raipur developer would type them (no diacritics, nasal vowels as ``aa``/``n``:
``naanv``), mixed with the English real APIs keep (``email``, ``token``, ``id``, ``otp``,
``pan``, ``upi_id``) and loans (``mobail``, ``kular``, ``pamp``, ``paasvard``, ``iskool``):

- ``eval_families307_samaj.py`` "Samaj Sangwari": a caste community association's app (the Raipur
  unit of a Sahu samaj: register, dues, the samaj bhawan, Karma Jayanti, a mass wedding,
  scholarships; her caste by marriage, gotra, kuldevi: the SENSITIVE TRAIT); keys ``naanv``
  first name, ``upnaanv`` surname (``janm_upnaanv`` birth surname), ``mobail``, ``gupt_kunji``
  password (lit. "secret key"), ``janam_tithi`` birth date, ``ling`` sex (``mahila``),
  ``thikana`` address, ``para`` neighbourhood, ``sahar`` town, ``jila`` district, ``jaat``
  caste, ``gotra``, ``kuldevi``, ``gosaiyan`` husband, ``laika`` child, ``sadasya_kramank``
  member number, ``rakam`` amount, ``chukara`` payment, ``chanda`` donation, ``bihaav`` wedding,
  ``dulhin``/``dulha`` bride/groom, ``umar`` age, ``chhatravritti`` scholarship, ``sandesa``
  message, ``khoj`` search, ``photu`` photo, ``jagha`` place, ``chunav``/``mat`` election/vote;
- ``_jigar.py`` "Jigar Jatan": a fatty-liver clinic (her grade-2 NAFLD, pre-diabetes, a
  FibroScan, diet and walking: HEALTH); ``marij`` patient, ``bemari`` illness, ``dawai``
  medicine, ``jaanch`` test, ``wajan`` weight, ``lambai`` height, ``kamar`` waist, ``daaru``
  alcohol, ``jevan`` meal (``ka_khais`` what she ate), ``rengai`` walking, ``kadam`` steps,
  ``bera`` time, ``bima`` insurance, ``pahchan`` identity document, ``uhid`` record number;
- ``_khokho.py`` "Kho Akhada": the son's kho-kho club (the CHILD's data); ``palak`` guardian,
  ``khiladi`` player, ``ling`` (``balak`` boy), ``iskool``, ``kaksha`` class, ``uchai`` height,
  ``daud`` sprint, ``lachak`` flexibility, ``chot`` injury, ``angg`` body part, ``abhyas``
  practice, ``maidan`` ground, ``shulk`` fee, ``naap`` size, ``anumati`` consent,
  ``lene_wala`` the one who collects him, ``dastkhat`` signature;
- ``_bhada.py`` "Bhada Khata": a landlord's rent ledger for the family's shops in Bilaspur
  (MONEY: rents, deposits, TDS, UPI demands, her account); ``malik`` owner, ``kirayedar``
  tenant, ``dukaan`` shop, ``bhada`` rent, ``amanat`` deposit, ``anubandh`` lease, ``rasid``
  receipt, ``baki`` dues, ``nagad`` cash, ``marammat`` repair, ``mistri`` workman, ``bijli``
  electricity, ``khata_nambar`` account number, ``paasvard`` password, ``sah_malik`` co-owner;
- ``_thandak.py`` "Thandak": a desert-cooler servicing workshop (pads, pump, tank, a Wi-Fi
  controller, a new cooler on EMI); ``grahak`` customer, ``ghar`` house, ``chinha`` landmark,
  ``kular``, ``pad``, ``tanki`` tank, ``safai`` cleaning, ``daam`` price, ``kisht`` instalment,
  ``shuru_code`` start code, ``shikayat`` complaint, ``raay`` review, ``samay`` schedule;
- ``_jyot.py`` "Manokamna Jyot": a Devi temple's Navratri lamp booking at Ratanpur (her
  religion: also SENSITIVE); ``shraddhalu`` devotee, ``jot`` lamp, ``manokamna`` wish,
  ``sankalp`` vow, ``parv`` festival, ``prasad``, ``pahunchai`` delivery, ``darshan``, ``daan``
  donation, ``kosh`` fund, ``upvas`` fast, ``kaksh`` hall;
- ``_dubraj.py`` "Dubraj Dana": a heritage-rice farmers' company's subscription shop; ``chaur``
  rice, ``kisam`` variety, ``sadasyata`` subscription, ``bhent`` gift, ``kisan`` farmer,
  ``khet`` field, ``saman`` items, ``sugar_layak`` fit for a diabetic diet, ``aahar`` diet.

The kinds are new by a grep of the file names of ``scripts/eval_families*`` and of every such
module's docstring (extracted with ``ast``), case-insensitive. Matched NOTHING: "raipur",
"bilaspur", "chhattisgar", "caste association", "samuhik", "mass wedding", "community marriage",
"fatty liver" and "fibroscan" (only set 257's list of words it found nothing for), "kho-kho",
"kho kho", "desert cooler", "air cooler", "rent collection", "rent ledger", "property
management", "kalash", "oil lamp", "ghee lamp", "heritage rice", "dubraj", "aromatic rice",
"jeeraphool", "rice subscription". Near words that DID match, and how these differ: "samaj" only
a Kaqchikel word (set 232), "caste" in set 105's reservation category and set 149's temple and
set 287's Maithil genealogy register (none a caste association's membership app), "community
association" set 163's Eritrean diaspora hall; "hepatolog" a hepatitis-C clinic, "nafld" only
set 257's list; "kabaddi" (297) and "mallakhamb" (305) are other children's sports; "cooler"
only a dairy's milk cooler (158) and a water dispenser (250); "landlord" only tenant-side
registrations (140, 169, 177), "shop rent" a wedding-wear rental (297); "jyot" a flame carried
to a home by a jagran troupe (297) and an eye camp's name (302), "navratri" a garba class (262)
and that jagran, "temple" and "puja" bookings exist (149, 174, 175); "paddy" a cooperative that
mills its members' paddy (113) and spraying (125). Also considered and dropped because they
exist: sickle-cell clinics, allergy immunotherapy (137), an astronomy club (223), amblyopia (221),
growth monitoring (247's posyandu), self-help groups (272), gold-savings schemes (180), auto
rickshaws (75), drinking-water rounds (183), school vans, tuition, LPG.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrichaat", MMP "Trackarpa", OpenRTB 2.5 ads "Bidbastar", crash
reporting "Crashchila") and ``_svc.py`` (flags "Flagfara", push "Pingsuwa", consent
"Consentkarma", payments "Coinkaudi", maps "Mapsirpur", support chat "Helpangakar"); their code
is set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts, zone, country (IN),
currency (INR), region (CT) and city changed, and the mobile-money payout made a UPI collect
(her UPI ID and account; the IFSC a negative). A grep of ``scripts/eval_families*`` (file
contents, counts only) found none of the ten names. ``eval_families307_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS
OTPs), ``/mor`` ("mine") and ``/me`` GETs with JWT bearers; samaj: registration (caste, gotra,
kuldevi, an inter-caste marriage), dues by UPI, the family, the hall booked for her
mother-in-law's birthday and paid, a Karma Jayanti pass, attendance with her fix (5 decimals), a
temple-building donation (her PAN), the mass-wedding form for a cousin's daughter (gzip), the
son's scholarship (his Aadhaar, a caste certificate), a directory search, a message to the
secretary, a photo, the card by member number in the path, a receipt by cookie, an office-bearer
vote with an OTP, base64 JSON preferences in a cookie; liver clinic: sign-up with her OCI card,
the history (gzip), the ultrasound PDF, slots, a FibroScan booking, UPI payment, check-in (5
decimals), a protobuf daily log (steps, weight, waist, medicine taken), a msgpack meal diary,
results by record number in the query, a message to the doctor, medicine reminders, an offline
walk (JSON Lines, her fixes), a video room, sharing with her husband, the bill by record number
in the path, a cashless insurance claim (ICD code), feedback; kho-kho: the parent's grant, Dhruv
registered (Aadhaar), his birth certificate photo, his profile by player number in the path, a
fitness test, the fee, the kit (chest and shoe size, name on the jersey), the schedule, her
drop-off fix, an injury report, consent for the trials in Bilaspur (staying at his
grandmother's address), a pick-up authorisation, a message to the coach, a team photo, notices,
a search, a protobuf practice log, a food form (peanut allergy, gzip), the selection letter
(PDF) signed, events with a session cookie; rents: sign-up with her PAN, the property with her
mother-in-law as co-owner, a tenant, the lease PDF, dues, a UPI rent demand, a receipt with TDS,
her payout account, the lease by number in the path, a visit with her fix, a shutter photo, a
repair, meter readings (gzip), cash entries (msgpack), a JSON Lines sync, a message to a tenant,
the yearly statement by PAN, an export by cookie; cooler: an OTP sign-up, the house (address,
landmark, fix), the price list, a booking for three coolers, payment, the job by number in the
path, the start code, a photo, the Wi-Fi controller paired to the home network (SSID, BSSID, LAN
address), a protobuf controller status, a msgpack schedule, a cooler on EMI (PAN, last four), a
complaint, a search, a review, a referral for her mother-in-law; lamp: registration (gotra), an
OTP, the lamp kinds, a ghee lamp booked with the family's names and a wish, UPI payment, the
lamp by receipt number in the path, the live hall camera, prasad posted home, darshan for her
and her mother-in-law (ages, wheelchair), the check-in (4 decimals), a donation (PAN), a photo, a
message, a search, the vow list (msgpack), a bus seat, receipts by cookie, fasting days (base64
JSON cookie); rice: sign-up, log-in, the catalogue, a monthly subscription, payment, the
subscription by number in the path, the delivery pin (6 decimals), a gift for her
mother-in-law, a coupon, a farmer's page, a farm visit and her check-in there (5 decimals), a
weevil photo, a complaint, a search, a review, the cart (msgpack), her low-GI diet preference,
invoices by cookie, a JSON Lines sync. SDKs: analytics batches (gzip; positions at 2 or 3
decimals; one with the advertising ID), traits (base64 JSON in a form field), offline queues
(JSON Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and phone) and a
deep link (a URL in a JSON field carrying the lamp receipt and her phone); OpenRTB bids (GPS at 2
or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers (last position at 2 decimals); consent records and checks;
card tokens, confirmations and UPI collects; geocoding, reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, slot, entry, appointment, thread, job-line, demand and visit
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
samaj bhawan's ID, name, phone and point, the hall, the election and candidate IDs, the school's
name; the clinic's ID and point, the doctor's ID, the insurer's name; the ground's ID and point,
the team, the jersey number; the complex's ID and listed point, shop numbers, a tenant's
business name and GSTIN, the workman's business and phone, electricity meters and readings, the
IFSC; the workshop's ID and phone, catalogue prices, the cooler controller's ID, its room
temperature and humidity, the model; the temple's ID and point, the lamp hall and stream, the
bus; the farmers' company's ID, phone and point, a farmer's ID, SKUs and catalogue prices, the
coupon code, the marks in the scholarship form.

Conventions kept from set 151 (as its docstring states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, OTPs, a start code, bearer, refresh, session
and video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, neighbourhood, district, village, PIN code and country
``location.coarse``; street lines and landmarks ``contact.address``; amounts, totals, fees,
rents, deposits, instalments, bookings, subscriptions, leases and orders ``financial.purchase``;
card data, last four digits, payment-method IDs, card tokens, UPI IDs and bank accounts
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Rakesh, Farida) is not ``contact.name`` except where the text
  is about the child (Dhruv's injury, the wish) or names a person with a surname; the child's
  full name always is; the name printed on his jersey ("DHRUV") is;
- her married surname alone (``upnaanv`` "Sahu") is ``contact.name``; in the samaj app it also
  tells her caste, but it is labelled a name only; ``jaat``, ``gotra``, ``kuldevi``, the
  inter-caste marriage, the Karma Jayanti programme, the temple-building fund, the samaj in
  traits and push tags, the caption naming the Karma Mata puja ``personal.sensitive``; the son's
  caste-certificate number ``personal.sensitive`` only (it names the OBC category; not an
  identity number in the taxonomy's sense); the unit name in the JWT ("Sahu Samaj Raipur")
  ``personal.sensitive``; the scholarship marks unlabelled (no taxonomy type);
- the mass-wedding bride's and groom's names, birth date and age are other people's
  (``contact.name``, ``personal.birthdate``), their gotras ``personal.sensitive``, the groom's
  village ``location.coarse``;
- PAN, OCI card and the son's Aadhaar ``personal.national_id``; the clinic record number (UHID:
  body, JWT, query, path, protobuf) and the insurance policy number ``health.medical`` (as set
  151's chart number); the alcohol answer, ICD code, FibroScan and lab tests booked, fasting and
  the wheelchair ``health.medical``; weight, height, waist, steps, sprint, flexibility and the
  child's chest and shoe sizes ``health.fitness``; the ultrasound and LFT PDFs
  ``content.media|health.medical``; the meal diary ``content.text`` only;
- the lamp's wish naming Dhruv's ankle ``content.text|personal.sensitive|health.medical|
  contact.name``; Navratri, ghee lamp, gotra, funds, fasting days, the search for the havan time
  (``behavior.search|personal.sensitive``) and push tags ``personal.sensitive``;
- rents: the rent she receives, deposits, TDS and repair costs ``financial.purchase`` (her
  income and spending, as set 151's sales); the tenants' names and phones ``contact.*``; the
  message quoting a rent amount ``content.text|financial.purchase``; the complex's point a
  negative, her fix there ``location.precise``;
- cooler: the home Wi-Fi for the controller ``location.wifi``, the phone's LAN address
  ``device.info``; the controller's readings negatives (an appliance's); the landmark
  ``contact.address``;
- SDKs: Trackarpa's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``CT``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``eval_families151.py`` and all its modules (``_abano``,
``_building``, ``_dental``, ``_kit``, ``_parish``, ``_qvevri``, ``_school``, ``_sdk``,
``_svc``, ``_svan``) whole, and ``eval_payloads.py`` whole; ``/work/shared/TAXONOMY.md`` and
the report.json section of ``/work/shared/DESIGN.md``; of the helper kits only definitions and
signatures: ``def``/constant lines of ``eval_families6_kit``, ``10_kit``, ``17_kit`` (with its
``__all__`` and the values of its category constants printed by importing it),
``18_kit``, ``19_kit``, ``20_kit`` (``App``, ``ev``, ``opaque``), ``21_kit`` (``at_path``,
``sdk_uid``), ``22_kit`` (``lines``, ``sdk_uuid``), ``24_kit`` (``rid``, ``sdk_id``, ``head``,
``claims``), ``6_kit``'s ``raw``/``multipart``/``pb`` signatures, ``18_kit``'s ``sjwt``,
``17_kit``'s ``push_token`` and the first lines of ``eval_families21.listed_once``; the
docstrings of all ``scripts/eval_families*`` modules, extracted with ``ast`` to a scratch file
and searched for the words above (matching excerpts of other sets' docstrings were read, no
code); a content grep of ``scripts/eval_families*`` for the ten vendor and seven app names
(counts only). No classifier, rule, test, decoder or README was read or run, no other set's
data was opened, and no git command was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families307_bhada
import eval_families307_dubraj
import eval_families307_jigar
import eval_families307_jyot
import eval_families307_khokho
import eval_families307_samaj
import eval_families307_thandak
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families307_samaj.sangwari(), *eval_families307_samaj.sangwari_sdks(),
            *eval_families307_jigar.jigar(), *eval_families307_jigar.jigar_sdks(),
            *eval_families307_khokho.akhada(), *eval_families307_khokho.akhada_sdks(),
            *eval_families307_bhada.khata(), *eval_families307_bhada.khata_sdks(),
            *eval_families307_thandak.thandak(), *eval_families307_thandak.thandak_sdks(),
            *eval_families307_jyot.jyot(), *eval_families307_jyot.jyot_sdks(),
            *eval_families307_dubraj.dubraj(), *eval_families307_dubraj.dubraj_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
