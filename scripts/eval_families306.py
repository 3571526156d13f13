"""Three-hundred-and-sixth, BLIND labelled set for the classifier evaluation ("blind303"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end and exited 0 with no unproduced path. It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did
not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
sets 20-37 and 151, whose structure it copies, this set measures ORDINARY traffic: mainstream
app-backend and SDK shapes in roughly the proportions real captures have (150 first-party calls
and 84 SDK calls, 234 exchanges, 1,730 labels after ``listed_once`` as ``main`` prints them),
mostly ordinary placements of the profile's values (``eval_payloads.profile()``, the one every
set uses), with everyday look-alikes. She lives in Rohtak (Haryana, India), in a house in Sector
14, with her husband Naveen Malik, whose family farms paddy and wheat near Kalanaur and whose
parents live in a village by Tosham (Bhiwani district); her US SIM roams. Their daughter Kavya
(10) plays kho-kho in a club's under-12 girls' team; Naveen's sister Pooja (23) studies for a
state job exam; his younger brother Rohit is in a residential de-addiction programme in Bhiwani
(all fictional). Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API and the SDKs it embeds. Their API keys are
Haryanvi in Latin letters, ASCII-folded as a Rohtak developer types them, mixed with the English
words Indian APIs keep (``email``, ``otp``, ``token``, ``aadhaar``, ``pan``, ``upi``, ``ifsc``,
``lat``/``lng``, ``id``) and loans where natural (``fees``, ``mobail``, ``tornament``,
``cooler``); each module's docstring lists its words:
- ``eval_families306_parali.py`` "Puraalmol" (MONEY): paddy-stubble (``parali``) baling instead
  of burning, a baler hired and a per-acre incentive paid into her account: ``naam`` first name,
  ``kunba_naam`` surname, ``fon`` phone, ``chaabi`` password (lit. key), ``paidaish`` birth date,
  ``thikana`` address, ``shahar``/``gaam``/``zila`` town/village/district, ``gharwala``
  husband, ``kisan_nambar`` farmer number, ``khet`` field, ``med`` field boundary, ``kile``
  acres, ``jhona`` paddy, ``gaanth`` bales, ``bhaada`` hire, ``rakam`` amount, ``chukta`` paid,
  ``khata``/``khatedaar`` account/holder, ``inaam_rakam`` incentive, ``shikayat`` complaint,
  ``sandesa`` message, ``toh`` search;
- ``_havan.py`` "Yagyashala" (HER RELIGION): an Arya Samaj mandir (their marriage, her
  ``shuddhi``, the Sunday havan, the daughter's sacred-thread rite): ``khandani_naam`` surname,
  ``sampark`` contact number, ``gupt_chaabi`` password, ``janam_tithi`` birth date, ``pata``
  address, ``nagar`` town, ``ling`` sex (``mahila``), ``pati`` husband, ``dharm`` religion,
  ``sabhasad`` member, ``samaj``, ``yajman`` host, ``sanskar`` rite, ``vivah_praman`` marriage
  certificate, ``daan`` donation, ``rasid`` receipt, ``prarthana`` prayer request, ``khoj``
  search, ``sandesh`` message;
- ``_khokho.py`` "Khokhomaidan" (THE CHILD): the daughter's kho-kho club: ``sarparast``
  guardian, ``khiladi_nambar`` player number, ``kad``/``wajan`` height/weight, ``khoon_group``
  blood group, ``bimaari`` illness, ``dawai`` medicine, ``chot`` injury, ``haajri`` attendance,
  ``abhyas`` practice, ``ijazat`` permission, ``lene_aala`` who collects her, ``vardi`` uniform,
  ``baat`` message, ``tohna`` search;
- ``_padhai.py`` "Padhaighar" (ANOTHER RELATIVE): a self-study library's reading-hall seat she
  rents for her sister-in-law: ``padhan_aala`` the reader, ``baap_ka_naam`` father's name,
  ``naata`` relation (``nanad``), ``paali`` shift, ``kursi`` seat, ``jama`` deposit, ``taala``
  locker, ``chhutti``/``wajah`` leave/reason, ``saheli`` friend, ``akhbaar`` newspapers;
- ``_gaushala.py`` "Nandidham": a Bhiwani cow shelter's sponsorship: ``poora_naam`` full name,
  ``mobail``, ``mpin``, ``ghar_ka_pata`` address, ``daani_nambar`` donor number, ``god_lena``
  adopt, ``chaara``/``toodi``/``gud`` fodder/straw/jaggery, ``smriti`` in memory of,
  ``milne_aana`` visit, ``seva`` volunteering, ``bimaar`` sick (a cow);
- ``_nasha.py`` "Nayi Subah" (HEALTH): a de-addiction centre's family app (his admission,
  visits, family therapy, her own stress questionnaire): ``fon_nambar``, ``gupt_kod`` password,
  ``janam_tarik`` birth date, ``ghar`` address, ``mareez`` patient, ``bharti_nambar``
  admission number, ``nasha`` addiction, ``pichhla_ilaaj`` earlier treatment, ``salaah``
  counselling, ``milan`` visit, ``neend`` sleep, ``chinta`` worry, ``kisht`` instalment,
  ``saaman`` things;
- ``_tambu.py`` "Tambuwala": a Bhiwani tent house rented for the parents-in-law's 40th
  anniversary at their village house: ``kaaj`` function, ``mehmaan`` guests, ``shamiyana``,
  ``kursi``, ``halwai`` cook, ``pakwaan`` dishes, ``bayana`` advance, ``zamanat`` security
  deposit, ``tehsil``, ``sampark`` contact on the spot, ``tootfoot`` breakage, ``raay`` review.
New kinds, checked by an ast extraction of every ``scripts/eval_families*.py`` module docstring
into a scratch file plus the file names, grepped case-insensitively: "stubble", "parali",
"baler", "crop residue", "arya samaj", "havan", "yagya", "kho kho", "kho-kho", "self-study",
"study hall", "reading room", "library seat", "gaushala", "cow shelter", "de-addiction",
"addiction", "tent house", "haryan", "rohtak", "bhiwani" matched nothing. Candidates dropped
because earlier sets have them: dairy/milk (149), kushti/akhara (180), kabaddi (297), boxing
(45), abacus (175), shooting (274), rabies (142, 203), phone repair (278), a water filter (177),
rooftop solar, irrigation, cricket, tiffins, gold savings, OPD tokens, blood donors, dialysis.
Set 297 (Jammu) has a child's kabaddi academy: the kho-kho club is a different sport with a
fitness trial and a chase-time protobuf; the gaushala touches cows like set 149's dairy, but as
a donor's sponsorship, not milk. The SDKs are ten new vendors, built once and called by every
app with its own events: ``_sdk.py`` (analytics "Chaupalytics", MMP "Hisaabtrack", OpenRTB 2.5
ads "Neelamibid", crash reporting "Tootfoot") and ``_svc.py`` (flags "Jhandaflag", push
"Dholping", consent "Haanjicmp", payments "Chuktapay" with a UPI collect/payout call replacing
151's mobile wallet, maps "Galimaps", support chat "Batlaodesk"); their code is set 151's with
the vendors, hosts, zone (Asia/Kolkata), country (IN), region (HR), city, locale and currency
(INR) changed (the docstring grep found none of the ten names; "Bolibid" was dropped because set
175 has it). ``eval_families306_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS OTPs,
an MPIN), ``/me``-style GETs with JWT bearers; stubble: the field's boundary, the crop, a baler
booked (a typed note), her field check-in (6 decimals), a geotagged photo (5 decimals), UPI
payment, the incentive's bank account with her PAN, status by query and by farmer number in the
URL path, bale counts (msgpack, 4 decimals), the baler's live protobuf, a search, a complaint, a
message quoting her husband, straw rates, an offline visit log (JSON Lines), KYC (base64 JSON in
a form with her Aadhaar); mandir: registration with religion and society, slots, a home havan,
the daughter's rite (her name, birth date, sex), the marriage certificate copy, satsang
attendance (4 decimals), a donation with PAN, a prayer request for the brother-in-law, a study
circle, a photo, a message, the member in the path, a receipt by cookie, a search, a samagri
order (msgpack), the fee by UPI; kho-kho: the daughter's registration with her Aadhaar, the
medical form (gzip), her birth certificate (PDF) and photo, the fee, attendance by player
number in the path, the mother's check-in (5 decimals), a fitness trial, chase times
(protobuf), a tournament, a travel consent, an injury, a pick-up authorisation for the aunt, a
coach message, a jersey (msgpack), a search, the progress report by cookie; library: the
sister-in-law added (her Aadhaar, birth date, father's name), her photo and Aadhaar scan, seat,
payment, locker, attendance by pass number in the path, her visit to the desk (Wi-Fi joined), a
leave for typhoid, a complaint, a search, newspapers (msgpack), a referral naming a friend,
preferences (base64 JSON in a form); gaushala: donor sign-up with PAN, MPIN log-in, the cows,
an adoption in the grandfather's memory, payment, a UPI mandate, fodder (msgpack), the 80G
receipt by donor number in the path, a visit and her check-in (6 decimals), a photo, a sick calf,
a message, a search, a volunteering slot, the cowshed camera, events (JSON Lines); de-addiction:
the admission (gzip; his Aadhaar, birth date, phone, substances, years, earlier detox), the
consent signature, the deposit, instalments from her account, visits and her check-in (5
decimals), his progress by admission number in the path, a family-therapy video room, her own
questionnaire (sleep, worry, blood pressure), a message, medicines, a parcel (msgpack), a search,
emergency contacts, the invoice by cookie, her mood diary (JSON Lines); tent house: OTP log-in,
profile, catalogue, quote, the order at the in-laws' house (address, point, husband on the
spot), the advance by UPI, the cook's menu (msgpack), a courtyard photo (5 decimals), the order
in the path, her pin as ``lat,lng`` in a query, breakage, a review, the deposit refund account,
a search, the bill by cookie, a message quoting her phone. SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and phone) and a deep
link carrying the order and her e-mail; OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and
notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations, UPI collects and an
incentive payout to her account; geocoding (typed text: a search, or the in-laws' address),
reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, check-in, slot, visit, session, thread, booking-line IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
baler depot's ID, name, phone and point, the baler tractor's live positions (protobuf: the
operator's, not hers), the straw rates, the bank branch's IFSC; the mandir's ID in the festival
calendar and its point, the priest's ID, the samagri prices; the ground's ID and point, the team
and tournament IDs; the library's ID, point, seat and locker numbers; the gaushala's ID, point and
phone, the cows' names ("Gauri"), ear tags, sheds, a sick calf's illness and temperature (an
animal's health), the camera; the centre's ID and point, slot and session IDs; the tent house's
ID, the catalogue and quote prices, the courtyard's size; a car's plate and a land parcel's
khasra number (no taxonomy type fits; left unlabelled).

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory, LAN addresses and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, OTPs, an MPIN, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, village, tehsil, district, PIN code and country ``location.coarse``;
street lines ``contact.address``; amounts, fees, deposits, bookings, passes and orders
``financial.purchase``; card data, payment-method IDs, bank accounts and her UPI address
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Kavya, Rohit, Pooja, Gauri the cow) is not ``contact.name``
  except where the text is about the child (the injury note) or names a person with a surname;
  a first name in a name field (``naam``, the jersey's ``KAVYA``) is;
- her Aadhaar and PAN, the daughter's, the sister-in-law's and the brother-in-law's Aadhaar
  ``personal.national_id``; an image of an Aadhaar card ``content.media|personal.national_id``;
  the daughter's birth certificate PDF ``content.media|personal.birthdate``;
- her UPI address (VPA) ``financial.payment`` (it pays, as an account number does);
- stubble: the farmer number ``id.user``; the field's corners and her fixes in it
  ``location.precise`` (the family's land); the baler booking and the incentive
  ``financial.purchase``;
- mandir: religion, society (its name or ID when sent as hers, also in the slot query and JWT
  ``samaj``), rites, satsang, funds, study circle, push tags ``personal.sensitive``; the
  ``shuddhi`` date ``personal.sensitive``; the marriage date unlabelled; the marriage
  certificate's register number ``id.user`` (as 151's parish register number); a prayer request
  naming the brother-in-law's addiction ``content.text|personal.sensitive|health.medical|
  contact.name``;
- kho-kho: Kavya is a data subject (name, birth date, sex, Aadhaar, player number ``id.user``
  in body, query, cookie, JWT and path); height, weight and trial results ``health.fitness``;
  blood group, asthma, inhaler, the ankle injury ``health.medical``;
- library: the pass number ``financial.purchase`` (a subscription bought), also in the path;
  the hall's Wi-Fi she joined ``location.wifi``; Pooja's typhoid in the leave note
  ``content.text|health.medical``;
- gaushala: the donor number ``id.user``; donations and fodder ``financial.purchase``; gau seva
  is not labelled a religion (a sponsorship app; a reader may disagree); the grandfather's name
  in ``smriti`` ``contact.name``;
- de-addiction: the admission number (body, JWT, query, path) ``health.medical`` (a medical
  record number, as 151's chart number); substances, years, treatment, programme, therapy kind,
  his medicines and her own sleep, worry, blood pressure and mood ``health.medical``; a search
  about withdrawal ``behavior.search|health.medical``;
- tent house: the in-laws' house line ``contact.address``, its point ``location.precise`` (the
  family's home, where she is), village, tehsil and district ``location.coarse``; the order
  number ``financial.purchase`` (body, JWT, cookie, query, path);
- SDKs: Hisaabtrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``HR``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``eval_families151.py`` and all its modules whole
(``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_dental``, ``_parish``, ``_school``, ``_svan``,
``_qvevri``, ``_building``; ``_sdk``/``_svc`` copied with sed renames into this set's);
``eval_payloads.py`` whole; TAXONOMY.md whole and DESIGN.md's report.json section; of the kits
only: the head and import list of ``eval_families17_kit.py`` and its function names, ``App``
(``eval_families20_kit``), ``head``/``claims`` (``eval_families24_kit``), ``listed_once``
(``eval_families21.py``), and the signatures, docstrings and constant values printed by a
scratch script that imported kits 6 and 17-24 (``pb``, ``raw``, ``multipart``, ``tok``,
``push_token``, ``enc``, ``add``, ``report``, ``ev``, ``opaque``, ``at_path``, ``sdk_uid``,
``lines``, ``sdk_uuid``, ``rid``, ``sdk_id``, ``sjwt``, ``E164``, ``NATIONAL``, ``FIRST``,
``LAST``, ``DOB``, ``EMAIL_MIXED``, ``CARD2``...); the module docstrings of every
``scripts/eval_families*.py`` (extracted with ``ast`` into a scratch file and grepped; the
"Seven app kinds" passages of sets 149, 175, 180, 287 and 297 printed); the head of
``/work/.library/env/README.md``. No classifier, rule, test, decoder or other set's code was
read or run (``ruff check --select F --fix`` ran on these files and removed one unused import).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families306_gaushala
import eval_families306_havan
import eval_families306_khokho
import eval_families306_nasha
import eval_families306_padhai
import eval_families306_parali
import eval_families306_tambu
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
    return [*eval_families306_parali.puraalmol(), *eval_families306_parali.puraalmol_sdks(),
            *eval_families306_havan.yagyashala(), *eval_families306_havan.yagyashala_sdks(),
            *eval_families306_khokho.khokhomaidan(),
            *eval_families306_khokho.khokhomaidan_sdks(),
            *eval_families306_padhai.padhaighar(), *eval_families306_padhai.padhaighar_sdks(),
            *eval_families306_gaushala.nandidham(), *eval_families306_gaushala.nandidham_sdks(),
            *eval_families306_nasha.nayisubah(), *eval_families306_nasha.nayisubah_sdks(),
            *eval_families306_tambu.tambuwala(), *eval_families306_tambu.tambuwala_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
