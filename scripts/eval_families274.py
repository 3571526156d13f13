"""Two-hundred-and-seventy-fourth, BLIND labelled set for the classifier evaluation ("blind271"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end and exited 0 each time (the first full run printed 242 exchanges and
1,845 labels; SDK calls and a few first-party calls were then dropped to bring the proportions
near the brief's, and the final runs printed the counts below). It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (151 first-party calls and 74 SDK calls, 225 exchanges, 1,772
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Izhevsk (Udmurtia, Russia) with her Udmurt husband Ilya Shklyaev, her
US SIM roaming on a Russian network; their son Miron (7) is in the first class of a city school;
Ilya's mother Galina Shklyaeva (72) lives in her wooden house in Sarapul, in a wheelchair since a
stroke (disability group II), and the family is buying her a ground-floor flat there. Seven app
kinds (fictional names, hosts under example.* per RFC 2606, no real company named as sender),
each with its own API and the SDKs it embeds. The API keys are Udmurt in ASCII as a local
developer would fold Cyrillic (no diacritics, ``dzh``/``zh``/``sh``/``y`` for the affricates and
the hard vowel), mixed with the English words real APIs keep (``token``, ``id``, ``lat``,
``email`` in one app) and the Russian loans Udmurt speech and Russian back ends use (``parol``,
``telefon``, ``prava``, ``snils``, ``fio``, ``dogovor``, ``zalog``). The Udmurt is this author's
working memory of the language, not checked against a dictionary or a speaker: some words and the
free-text sentences may be off or Russian-coloured, which does not change the labels. Each
module's docstring lists its own keys:

- ``eval_families274_tolbabai.py`` "Tolbabai Dor": Tol Babai's (the Udmurt Winter Grandfather's)
  New Year home visits, children's letters and the bus trip to his estate in Sharkan (the child's
  data): ``nim`` first name, ``vyzhynim`` surname, ``e_pochta``, ``vordskem_nunal`` birth date,
  ``arlyd`` age, ``pi`` boy, ``nylpi`` child, ``ulon_inty`` address, ``kar`` town, ``domofon``,
  ``gozhtet`` letter, ``malpan`` wish, ``kylbur`` poem, ``kuzym`` gift, ``kuno`` visit,
  ``dun`` price, ``tyron`` payment, ``allergiya``, ``svidetelstvo`` birth certificate;
- ``_ybylon.py`` "Ybylon": an Izhevsk sport-shooting range (lanes, instructor, a health
  declaration with a pregnancy question, a safety briefing signature, a women's pistol course):
  ``familiya``, ``pochta``, ``sotovoy``, ``shifr`` password, ``vordskem_dyr``, ``dorozhka``
  lane, ``dyshetis`` instructor, ``pychal`` gun, ``mishen`` target, ``tazalyk`` health,
  ``beremennost`` pregnancy, ``syn`` eyesight, ``kinpus`` signature, ``bron``, ``patronjos``;
- ``_pater.py`` "Vylpater": an estate agency's client app (a flat in Sarapul for her
  mother-in-law; money: the deposit, the mortgage pre-approval, the commission; the
  mother-in-law's disability in her notes): ``fio``, ``tel``, ``sms_kod``, ``kuzpal`` spouse,
  ``etazh``, ``pandus`` ramp, ``prosmotr`` viewing, ``ipoteka``, ``dokhod`` income, ``vznos``,
  ``zadatok`` deposit, ``sobstvennik`` owner, ``inn``, ``snils``, ``sdelka`` deal;
- ``_pas.py`` "Paskorka": a fur atelier (summer storage of her mink coat and her husband's
  sheepskin, cleaning, repair, a hat to measure, a courier): ``vyzhyNim``, ``pochtaAdres``,
  ``telefonNomer``, ``pyronKyl`` password, ``ulonInty``, ``klientKart``, ``pas`` fur coat,
  ``vozyon`` storage, ``mistyon`` cleaning, ``tupaton`` repair, ``yyrKotyr`` head round;
- ``_prokat.py`` "Tazalyk Prokat": a medical-equipment rental shop (her health: a broken ankle,
  a walker boot and crutches; her mother-in-law's wheelchair and mattress under her disability
  certificate): ``fam``, ``tel_nomer``, ``sosyrmon`` injury, ``pyd`` leg, ``pyd_bydzala`` shoe
  size, ``sekytlyk`` weight, ``dzhuzhdalyk`` height, ``emchi`` doctor, ``napravlenie`` referral,
  ``rentgen``, ``invalidnost``, ``ipra``, ``visyon`` illness, ``zalog``, ``dostavka``;
- ``_lymy.py`` "Lymykar": the city's towed-car app after night snow clearing (the tow, the lot's
  storage fee, the exit pass, a power of attorney, clearing alerts): ``el_adres``,
  ``pyron_kyl``, ``prava`` licence, ``gos_nomer`` plate, ``kulem_inty`` where it stood,
  ``evakuaciya`` tow, ``vozyon_dun`` / ``evak_dun`` fees, ``doverennost``, ``zhaloba``;
- ``_vamysh.py`` "Vamysh": a Nordic-walking club (a health form, membership fees, group walks with
  her track, pulse and steps): ``vordskem_ar`` birth year, ``chlen`` member, ``davlenie``,
  ``pidesjos`` knees, ``syulem`` heart, ``emyum`` medicine, ``vamysh`` steps, ``kydyoklyk``
  distance, ``syulem_shukkon`` pulse, ``vetlon`` walk, ``podruga`` friend.

Novelty (a file-name listing of ``scripts/eval_families*.py`` and an AST dump of every such
module's docstring, grepped case-insensitively, hits printed with about 110 characters of
context): "udmurt", "izhevsk", "sarapul", "grandfather frost", "tol babai", "snow maiden",
"shooting range", "gun club", "pistol", "shooting gallery", "realtor", "estate agen",
"real-estate agen", "property agen", "fur coat", "fur atelier", "car impound", "impound",
"medical equipment", "medical-equipment", "walker boot", "shower chair", "nordic walking",
"nordic" matched nothing. Near kinds seen in those hits and made different: "new year" matched a
union's New Year gifts (171), a Losar hamper (186), a Tuvan New Year festival (269) and a
kindergarten party RSVP (94), none a Father-Frost visit; "shooting" matched a crossbow palio
company (263), a youth biathlon section (264) and ankle-bone shooting (269), none a range for
adults; "off-plan" a developer's buyer portal (162) and an estate developer's plot (255), and
mortgage apps exist, not a secondary-market agency; "crutch" only crutches hired inside
rehabilitation-clinic apps (138, 232, 245, 268) and "equipment hire" only a rejected word of
237, not a rental shop; "towing" only a roadside-assistance call (16); "walking group" a
pilgrimage and a liver clinic's steps, and the ``_walk`` modules a dog-walking gig and a
walk-home safety app. Rejected because they existed: a sanatorium, dacha, banya/sauna, ice
fishing, kindergarten, speech therapy, figure skating, hockey, a polyclinic, traffic fines, motor
insurance, car autostart, a garage cooperative, a bone-marrow registry (273), a talking
dictionary (209), a cultural society (152, 245), a walrus club (227), septic pumping (194),
local news with political comments (165, 190), a dry cleaner (172), a residence registration
(169). The sensitive trait is the mother-in-law's disability (rental, agency notes) and a
pregnancy answer on the range's form: no ethnic, religious or political app was natural and new
here.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Lydmetric", MMP "Gurtlink", OpenRTB 2.5 ads "Bidgerber", crash reporting
"Crashpurga") and ``_svc.py`` (flags "Flagtolez", push "Pingshundy", consent "Consentbur",
payments "Paykondon", maps "Mapkama", support chat "Helpveras"); their code is set 151's SDK
shapes copied with the vendors, hosts, zone (Europe/Samara), country (RU/RUS, region UD),
currency (RUB), versions and a fast-payment (SBP) transfer in place of mobile money changed (a
content grep of ``scripts/`` found none of the ten names, nor the seven app names).
``eval_families274_kit.py`` holds her places, people and the apps' businesses (its docstring
lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/mon``-style GETs with JWT bearers, refresh-token log-outs; Tol Babai: the child
added (birth date, age, sex), his letter and wishes, his drawing, the letter's status by its
number in the path, visit slots, the home visit (address, intercom code, where the gift bag
waits, his allergies), its payment, extras (msgpack), the visit by number in the path, a video
greeting (a base64 JSON field), the Sharkan bus with his birth certificate, a check-in at the
estate (5 decimals), the gift catalogue by his age, a search, a message quoting her phone, a
review, a receipt by cookie; range: sign-up with her residence permit, a lane booked, the health
declaration (gzip), the briefing signature (PNG), payment, a check-in (6 decimals), a protobuf
series, a target photo, a ten-visit pass, a guest pass for her sister (her passport), cartridges
(msgpack), the booking by number in the path, a message naming her husband, a search, a course;
agency: client sign-up with her husband, a search, a listing by ID in the path, favourites
(msgpack), a viewing with a note on the wheelchair, a check-in at the viewing, her photos, the
mortgage form (gzip; INN, residence permit, account), the deposit naming her mother-in-law as
owner (SNILS), its payment, her permit scan (PDF), the deal by number in the path, the
commission, a message, the removal between two family addresses, the draft contract by cookie
with a base64 JSON filter cookie; atelier: storage of two coats, the courier with the intercom
code, payment, a photo, cleaning with her allergy, a repair, a hat to measure, the order by
number in the path, the autumn return (msgpack), a check-in (5 decimals), a search, a message
naming her husband, a review, a voucher for her mother-in-law, bonus points in a base64 JSON
cookie; rental: the catalogue by shoe size, her request (fracture, referral, weight, height), the
X-ray PDF, the contract, the deposit, the delivery, her mother-in-law's request (SNILS,
disability group, IPRA, diagnosis), the IPRA scan, the Sarapul delivery, the contract by number
in the path, an extension (msgpack), a check-in (4 decimals), the return checklist (JSON Lines), a
message naming her doctor, a search, a review; towed car: sign-up with her licence, the car, where
it stood (her fix and the street), the tow by number in the path, the fees, payment, a power of
attorney with her husband's licence, a damage photo, a complaint, a check-in at the lot, a
protobuf exit pass, the clearing schedule for her street, alerts near home (3 decimals), a
search, a message, an offline queue (JSON Lines), a base64 JSON car cookie; walking: the health
form (gzip), the pole length for her height, the fee and its payment, walks, the start (6
decimals), the track (msgpack), a protobuf pulse and step stream, the summary, statistics by
member number in the path, a group chat, a photo, a friend invited, a search, a question to the
coach. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a
form field), offline queues (JSON Lines), a base64url beacon; MMP installs, sessions, events
(hashed e-mail and phone) and a deep link (a URL in a JSON field carrying a listing and her
e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo); crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and an SBP transfer to the agency; forward geocoding (a typed
address), reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages and
uploads.

Negatives are implicit: request, check-in, lane, series, item, walk, viewing and slot
IDs, the letter's tracking number, idempotency keys, nonces, timestamps, versions, public SDK
keys, OpenRTB IDs and prices; Tol Babai's estate ID and point, visit slots, extras' prices; the
range's ID and point, lanes, the instructor's ID, cartridges' calibres and prices, shot
scores; the agency's ID and phone, listing IDs (also in the path), the listing's point, other
listings; the atelier's ID and point, coat item IDs, lengths, colours and
declared values, a voucher code; the rental shop's ID and point, equipment IDs, a wheelchair's
width; the impound lot's ID and point, the car's plate, VIN, registration certificate and make
(no taxonomy type fits; left unlabelled as set 151's plate); the club's ID and meeting point, a
promo code; the agency's phone as the SBP payee.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language, time
zone, rooted flags, network type, battery, free memory and User-Agents ``device.info``; event and
screen names ``behavior.usage``; SDK and install IDs, push tokens ``id.device``; passwords,
SMS/e-mail codes, intercom codes, bearer, refresh and session tokens ``secret.credential``, JWT
claims at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, district,
region, post code and country ``location.coarse``; street lines ``contact.address``; amounts,
totals, fees, deposits, bookings, orders, contracts and deals ``financial.purchase``; card data,
last four digits, payment-method IDs and the rouble account ``financial.payment``; another
person's full name, phone and e-mail typed by the user ``contact.*``; a value in the URL path
``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` except where the text is about the
  child or names a person with a surname; the child's first name in a field of his (``nim``,
  ``nylpios`` claim, a support attribute) is, as is his full name;
- Tol Babai: Miron is a data subject: his birth date and his age (``arlyd`` in bodies, the
  catalogue query, SDK traits and tags) ``personal.birthdate``, ``pi`` ``personal.gender``, his
  birth certificate ``personal.national_id``, his allergies ``health.medical``; the language of the
  show or the letter (``kyl``: udmurt) is a preference, not an ethnic origin, and is unlabelled;
  his letter, wishes and poem (typed by her) ``content.text``; where the gift bag waits
  ``content.text``;
- range: her range card ``id.user``; the health answers ``health.medical``, the pregnancy answer
  ``personal.sensitive|health.medical`` (TAXONOMY lists pregnancy under sensitive) even when
  false; the briefing signature image ``content.media``; her sister's passport
  ``personal.national_id``; shot scores unlabelled;
- agency: her client number ``id.user``; her INN and residence permit ``personal.national_id``;
  her income and workplace are left unlabelled (no taxonomy type fits), the down payment, the
  loan, the deposit, the flat's agreed price and the commission ``financial.purchase``; notes
  stating the mother-in-law's wheelchair and disability group
  ``content.text|personal.sensitive|health.medical``; the step-free and ramp filters (query,
  cookie) are unlabelled (a flat's feature), a typed search ``behavior.search``; the
  mother-in-law's SNILS ``personal.national_id`` and birth date ``personal.birthdate``; both
  addresses of the removal (hers and the new flat's) ``contact.address``;
- atelier: the client card ``id.user``; her head round ``health.fitness`` (a body measure, as set
  150's costume size); her naphthalene allergy ``content.text|health.medical``; the coats'
  declared values unlabelled (a valuation of her things, not a purchase);
- rental: her fracture, side, referral number (a medical record number, as set 151's chart) and
  the X-ray PDF ``health.medical`` (the PDF also ``content.media``); shoe size, weight and height
  ``health.fitness``; the mother-in-law's disability group ``personal.sensitive|health.medical``,
  her IPRA number and diagnosis ``health.medical``, the IPRA scan
  ``content.media|health.medical|personal.sensitive``; the geocoded Sarapul address typed by her
  ``contact.address|behavior.search``; a typed search naming a wheelchair ``behavior.search``
  only;
- towed car: her driving licence and her husband's ``personal.national_id``; the street and house
  where she left the car ``location.precise`` (an address-level place of hers, not a postal
  address); the street of her home in the clearing schedule and her district
  ``location.coarse``; the alert point near home at 3 decimals ``location.precise``; plate, VIN
  and registration certificate unlabelled;
- walking: her member number ``id.user``; blood pressure, knees, medicine and the old fracture
  ``health.medical``; weight, height, pulse, steps, distance, calories and minutes
  ``health.fitness``; her track ``location.precise``, the meeting point a negative;
- SDKs: Gurtlink's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``UD``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; the mother-in-law's house as a geocoding
  bias at 3 decimals ``location.precise`` (the family's place).

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` whole and
``/work/shared/DESIGN.md`` lines 100-150 (the report.json section); ``eval_families151.py`` and
all its modules whole (``_abano``, ``_building``, ``_dental``, ``_kit``, ``_parish``,
``_qvevri``, ``_school``, ``_sdk``, ``_svan``, ``_svc``; the last two copied with renames into
this set's ``_sdk.py``/``_svc.py``); ``eval_payloads.py`` whole; lines 1-124 and the constant and
function lines of ``eval_families17_kit.py``; through ``inspect`` the sources of ``head``,
``claims`` (set 24's kit), ``App`` and ``ev`` (set 20's), ``listed_once`` (set 21) and ``report``
(set 17's kit), the signatures of ``pb``, ``multipart``, ``raw``, ``tok``, ``add``, ``enc``,
``push_token``, ``opaque``, ``at_path``, ``lines``, ``rid``, ``sdk_id``, ``sjwt`` and the values
of the category constants, ``E164``, ``NATIONAL``, ``DIGITS``, ``EMAIL_UPPER``, ``EMAIL_MIXED``,
``FIRST``, ``LAST``, ``DOB`` and ``T0``; the file-name listing and the docstring greps above
(their printed context is docstring text of other sets), plus the first 600 characters of
``eval_families117_felt.py`` and the first 500 of ``eval_families49_walk.py`` and
``eval_families70_walk.py`` (their docstrings' openings, to see what "felt" and "walk" were); a
content grep of ``scripts/`` for the new vendor and app names (file names only printed). No
classifier, rule, test, decoder, README or ``analysis/`` file was read or run; no git command was
run. ``ruff check --select F`` ran on these files and its ``--fix`` removed unused imports in
them. Before the first ``main`` the modules' builders were imported and their cases counted by
a throwaway command (no decoder or classifier involved).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families274_lymy
import eval_families274_pas
import eval_families274_pater
import eval_families274_prokat
import eval_families274_tolbabai
import eval_families274_vamysh
import eval_families274_ybylon
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
    return [*eval_families274_tolbabai.tolbabai(), *eval_families274_tolbabai.tolbabai_sdks(),
            *eval_families274_ybylon.ybylon(), *eval_families274_ybylon.ybylon_sdks(),
            *eval_families274_pater.vylpater(), *eval_families274_pater.vylpater_sdks(),
            *eval_families274_pas.paskorka(), *eval_families274_pas.paskorka_sdks(),
            *eval_families274_prokat.tazalyk(), *eval_families274_prokat.tazalyk_sdks(),
            *eval_families274_lymy.lymykar(), *eval_families274_lymy.lymykar_sdks(),
            *eval_families274_vamysh.vamysh(), *eval_families274_vamysh.vamysh_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
