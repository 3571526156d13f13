"""Two-hundred-and-fifty-seventh, BLIND labelled set for the classifier evaluation ("blind254"):
written without reading the classifier code, its rules, the tests, the README or the evaluation
registry, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run several times while writing (each run exited 0; the last one after the final
edits printed 229 exchanges, 1,712 labels). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (149 first-party calls and 80 SDK calls, 229 exchanges, 1,712
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes.

Who she is: the profile's person, living in Tomil on Yap (Federated States of Micronesia) on her
husband's family estate (tabinaw) "Dalbiliy" in Falaw village and working in Colonia, her US SIM
roaming on the island network (``55001``); money is US dollars, phones +691, ZIP 96943, zone
``Pacific/Chuuk``. Her Yapese husband Vincent Tamangmow; their son Leo (12) runs for a youth
track club; her mother-in-law Maria Fagolmar lives with them; her sister Emily Doe (Ohio) visits
for a month. All people, estates, villages' businesses and numbers are fictional;
``eval_families257_kit.py`` holds her places, people and the apps' businesses.

The seven apps (fictional names, hosts under example.* per RFC 2606, no real company named as a
sender), each with its own API whose keys are YAPESE as a local developer would write them
(ASCII, glottal-stop apostrophes dropped: ``m'ar`` -> ``mar``, ``pi'`` -> ``pi``), mixed with the
English ``id``, ``token``, ``code``, ``lat``/``lon`` and form words real APIs keep, and the SDKs
it embeds:
- ``eval_families257_rai.py`` "Malalrai": the village's stone-money (rai) registry (the estate's
  stones, a stone photographed where it stands, a customary transfer at a funeral, a cash gift
  for the stone ground's upkeep);
- ``_salpiy.py`` "Ayuwsalpiy": the family's shared-expense ledger (funeral-feast costs, fuel, the
  power bill, a settle-up by bank transfer: money);
- ``_liver.py`` "Liverwaab": a Colonia clinic's fatty-liver programme (her own health data);
- ``_lem.py`` "Lemnag": a citizens' coalition campaigning against a resort lease of Tomil's reef
  flat (petition, hearing testimony, rally, legal-fund donation: her political opinions);
- ``_mil.py`` "Miltomil": the son's youth track-and-field club (the child's data);
- ``_naun.py`` "Naunpermit": the state's building-permit office (their new house on the estate);
- ``_yib.py`` "Yibwaab": the state's e-arrival declaration (passport, customs, quarantine, health;
  her sister as companion).
Yapese key words (meanings as this author knows them; the language is poorly documented and this
author is not a speaker: compounds marked * are this author's coinage and may not be idiomatic):
``fithingan`` name (his/her name), ``fithingan_e_tabinaw``* family name (lit. "name of the
estate"), ``fithingan_tabinaw``* (the same, Liverwaab), ``imeil`` e-mail (loan), ``telefon``
phone (loan), ``thin_ko_mith``* / ``thin_ni_mith``* password ("hidden word"),
``rran_ni_gargeel``* birth date ("day of birth"), ``duw_ni_gargeel``* birth year,
``ppin_pumoon`` sex (``ppin`` woman, ``pumoon`` man), ``tafen`` residence, ``tabinaw`` estate /
household, ``binaw`` village, ``nam`` municipality, ``figirngin`` spouse, ``chitiningin`` his
mother, ``fak`` child (his child), ``walag`` companion (sibling / friend), ``girdi`` people
(members), ``rai`` stone money, ``gangin`` size, ``malal`` stone-money / dancing ground,
``pilung`` chief, ``mitmit`` customary feast, ``salpiy`` money / amount, ``pi_salpiy`` payment
("give money"), ``pi_ni``* paid by, ``chuwiy`` buy / purchase, ``mar`` illness, ``falay``
medicine, ``ggan`` food, ``tuba`` toddy / alcohol, ``kilo`` weight (loan), ``dakter`` doctor
(loan), ``mil`` run, ``ngiyal`` time, ``rran`` day, ``duw`` year, ``skul`` school (loan),
``naun`` house, ``babyor`` paper / document, ``sasing`` picture / photo (loan), ``thin`` word /
message, ``gay`` search (look for), ``lem`` mind / opinion, ``ayuw`` help (volunteering),
``muulung`` gathering / meeting, ``ngak`` to (recipient), ``ko`` from, ``yib`` come,
``kammagar`` thank you (in typed text).

Newness (a file-name grep of ``scripts/eval_families*`` and a grep of every
``scripts/eval_families*.py`` module docstring, extracted with ``ast`` into a scratch file):
"stone money", "tabinaw", "Yapese", "Tomil" matched nothing ("Yap" only inside other words,
"Colonia" only Mexican colonias; "Micronesia" sets 204 (Pohnpei) and 220 (Chuuk), whose seven
kinds each were read in their docstrings and avoided; "betel" sets 121 and 204); "fatty",
"nafld", "fibroscan" nothing ("hepatolog" a hepatitis-C clinic, "hepatitis b" a liver centre's
HBV/HDV screening: viral, not fatty liver); "advocacy", "coalition", "resort lease", "public
hearing" nothing (protests, a crusade's testimony, petitions in many sets and set 220's
senator's constituent services exist: Lemnag is a campaign coalition's own app with hearing
testimony, canvassing and a legal fund); "track and field", "youth athletics", "hurdles",
"sprinter" nothing ("athletic" a javelin club; set 154 a youth-baseball club); "bill split" only
as one feature of another app, "split the" nothing ("store credit" set 104's sari-sari credit
ledger, savings clubs and tontines exist: Ayuwsalpiy is a family's shared-expense ledger);
"building permit", "construction permit", "planning permission" nothing ("permit office" a
trekking border-zone permit; new-build contractors and a housing-repair grant exist);
"arrival card" nothing and no arrival/traveller declaration among the "immigration" hits
(visa-case and registration apps) or "health declaration" hits (bath, gorilla-permit forms).
A village reef-fishing permission and catch-log app first written for this set was dropped
after the grep found a fishing permit and catch log (a seasonal flood-pan fishing permit) and a
hunting/fishing licence app; Yibwaab replaced it. Also checked and not used: "tuberculosis",
"leprosy", "baseball", "spelling bee", "water tank", "water delivery", "outboard", "septic",
"termite"/"pest control", "shelter", "charter", "reef survey", "invasive", "coconut crab",
"per diem"/"expense claim", "broadband"/"ISP", "tax return" (all exist).

The SDKs are ten new vendors (a ``grep -rli`` of ``scripts/`` found none of the ten names),
built once and called by every app with its own events: ``_sdk.py`` (analytics "Tabimetrics",
MMP "Raitrack", OpenRTB 2.5 ads "Bidbuw", crash reporting "Crashmalang") and ``_svc.py`` (flags
"Flagfaluw", push "Pingpebaey", consent "Consentdapal", payments "Feipay", maps "Mapwaab",
support chat "Helpayuw"); their code is set 151's SDK shapes copied with the vendors, hosts,
zone, country (``FM``/``FSM``, region ``YAP``, city Colonia) and currency (USD) changed.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/me`` GETs with JWT bearers; stone money: the estate's stones by estate and
village in the query, a stone's photo with her fix (6 decimals), a customary transfer naming
the receiving estate and its head, a protobuf visit beat, a msgpack tally, a search, a message
to the chief, a certificate by cookie GET and by transfer number in the path, the estate link
(base64 JSON in a form field), the household roster, a cash gift, sync on her home Wi-Fi (SSID,
BSSID, home at 4 decimals), stone notes (JSON Lines); expenses: members she types, an
address-book match (SHA-256 phones), expenses and a receipt photo, fuel with her fix (5
decimals), a settle-up (her bank account), the power bill's account, an offline queue (JSON
Lines), a msgpack sync, a group chat line, a search, a CSV export by e-mail, a base64 JSON
preferences cookie, a reminder; liver: registration (passport, insurance number), an intake
(gzip), a lab PDF and values, an ultrasound booking, a deposit, a check-in (5 decimals), a
protobuf weight/waist/steps log, a food diary (msgpack), a refill, a message to her doctor, a
video room token, the elastography result by chart number in the path, sharing with her
husband, the walking group's steps, an invoice by cookie GET, a consent signature; coalition:
joining with her stance, the petition (also in the URL path), testimony, hearing seats, the
rally check-in (4 decimals) and a protobuf rally beat, a donation, the volunteer role,
canvassing tallies (JSON Lines), a letter to a legislator, the lease map, a reef photo with her
fix, a search, chat, newsletter topics (base64 JSON in a form field), the member card by number
in the path; track: the son registered (name, birth date, sex, school ID, club number), the
medical clearance photo (asthma, inhaler, weight, height), the birth certificate PDF and its
number, dues, results and a protobuf stopwatch (times), a pick-up check-in (5 decimals), a
travel consent (his passport), a fundraiser pledge, a uniform order (msgpack), a message to the
coach, a carpool, meet photos, results by athlete number in the path; permit: the applicant
(passport, address, ZIP), the application (parcel, estate, plot corners at 6 decimals, land
holder), a site plan PDF, a consent-letter photo, the fee, an inspection, site photos with her
fix, a protobuf beat, the permit by number in the path, a message to the inspector, a site log
(JSON Lines, 5 decimals), the strap list (msgpack), the sanitation form, a search, the
neighbours, the occupancy request (base64 JSON in a form field); arrival: the traveller account,
a passport page scan, the declaration (booking reference, origin, passport, FSM social security
number, address, the roaming network), the companion (her sister's passport and birth date),
health answers, customs value, quarantine answers, duty payment, the QR pass and the sub-forms
by declaration number in the path, the arrival-hall check-in (5 decimals) and a protobuf desk
beat (4 decimals), a draft sync (msgpack), a search, a message, a lost-bag report, a base64 JSON
preferences cookie, past declarations by passport in the query. Each app also registers push
and sends events. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64
JSON in a form field), offline queues (JSON Lines), base64url pixels; MMP installs, events
(hashed e-mail and phone) and a deep link (a URL in a JSON field carrying the permit and her
e-mail); OpenRTB bids (GPS at 2 decimals or IP geo) and notices; crash envelopes and sessions;
flag evaluations (JSON; base64 JSON header); push subscribers (last position at 2 decimals);
consent records and checks; card tokens, confirmations and a mobile-wallet transfer; geocoding,
reverse geocoding (``lat,lon`` in the path), routes and map telemetry; support messages and
uploads.

Negatives are implicit: request, object, expense, slot, thread, appointment, ride and hearing IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
stone-money ground's ID and point, the stones' IDs and sizes; the store's ID, name and phone, the
ledger group's ID; the clinic's ID and point, the lab, room and pharmacy IDs; the hall's ID and
point, the resort site's centre in the lease-map query, the hearing's ID in its URLs; the club's
ID, the track's ID and point, meet IDs, uniform sizes and SKUs, the bib name; the permit office,
the house's floors, area and materials, the straps, the septic and catchment figures, the inspector
and contractor IDs; the airport's ID and point, the flight number, seat, bag tag, customs items and
quarantine answers, passport expiry and issuing country, her citizenship (``US``: no taxonomy type;
left unlabelled).

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory and User-Agents ``device.info``;
event and screen names ``behavior.usage``; SDK and install IDs, push tokens ``id.device``;
passwords, SMS/e-mail codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; village, municipality, region, ZIP, the origin island and country
``location.coarse``; street lines, the estate's name as her address and the land parcel number
``contact.address``; amounts, totals, fees, dues, bookings, transfers and permits
``financial.purchase``; card data, last four digits, payment-method IDs and bank accounts
``financial.payment``; another person's full name, phone, e-mail, address and passport typed by
the user ``contact.*`` / ``personal.national_id``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or a full name carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Maria, Vincent, Emily, Leo) is not ``contact.name`` except
  where the text is about the child himself (his sore knee, his race photo); full names always
  are;
- the estate's name (``tabinaw`` ``Dalbiliy``; the neighbours' ``Maathib``) is how a household's
  address is given on Yap: ``contact.address``, as is the land parcel number; the ledger group's
  internal ID is kept free of it;
- stone money: her registry number ``id.user``; a customary stone transfer is a transaction
  (``financial.purchase``), its certificate number too; the stones themselves and the stone
  ground are negatives;
- expenses: address-book hashes ``content.contacts``; the household's power account ``id.user``
  (her customer account, as set 151's flat account);
- liver: the chart number (body, JWT, protobuf, URL path) and the insurance member number
  ``health.medical``; toddy/alcohol intake, labs, conditions, medicines ``health.medical``; weight,
  waist, steps and the food diary's items and calories ``health.fitness`` (nutrition logging, not
  a diagnosis); the lab and ultrasound PDFs ``content.media|health.medical``;
- coalition: the coalition's ID and name beside her, her stance, the petition (body, URL path,
  event, SDK), the rally, the legal fund, volunteer role, newsletter topics and push tags
  ``personal.sensitive`` (political opinions); texts stating her stance
  ``content.text|personal.sensitive``; a logistics chat line (driving people) ``content.text``
  only; canvassing tallies (houses, signatures) unlabelled except the village and her number;
- track: Leo is a data subject: name, birth date, sex, school ID and club number labelled (the
  club number also in the JWT, a cookie, the URL path and the protobuf); his race times, weight and
  height ``health.fitness``; his asthma, inhaler and clearance ``health.medical``; his
  birth-certificate number and passport ``personal.national_id``; the certificate PDF
  ``content.media`` only;
- permit: the applicant account ``id.user``; the permit number ``financial.purchase`` (a paid
  application, as bookings); the plot's corners and her fixes on it ``location.precise`` (the
  family's land); the land holder and neighbour typed by her ``contact.name``;
- arrival: the declaration number ``id.user`` (a case number, as set 14's case receipt); her
  FSM social security number, passports (hers and her sister's) ``personal.national_id``; the
  passport scan ``content.media|personal.national_id``; the booking reference and the customs
  value ``financial.purchase``; "came from Guam" ``location.coarse``; health answers
  ``health.medical``;
- SDKs: Raitrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``YAP``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` and ``DESIGN.md`` (whole);
``eval_payloads.py`` (whole); ``eval_families151.py`` and all its modules (``_abano``,
``_building``, ``_dental``, ``_kit``, ``_parish``, ``_qvevri``, ``_school``, ``_sdk``, ``_svc``,
``_svan``: whole; ``_sdk``/``_svc`` copied with renames into this set's); of the helper kits only
definitions and signatures, printed with an ``ast`` script or ``grep``/``sed``: ``head`` (whole),
``claims``, ``rid``, ``sdk_id`` and the ``CARD2``/``WEBVIEW_UA`` lines of ``eval_families24_kit``;
``App``, ``ev``, ``opaque``, ``FIRST``/``LAST``/``DOB``/``T0`` of ``_20_kit``; ``at_path``,
``sdk_uid`` of ``_21_kit``; ``lines``, ``sdk_uuid`` of ``_22_kit``; ``sjwt`` of ``_18_kit``;
``raw``, the heads of ``multipart`` and ``pb`` of ``_6_kit``; the head of ``enc`` and the
``jsonl`` line of ``_7_kit``; the heads of ``token`` and ``add`` of ``_10_kit``; ``push_token``;
the ``report`` line of ``_8_kit``; ``eval_families21.listed_once``; a grep printing category and
constant definition lines across the kits (kits 6-19, 80, 105-118), and an import check that
printed the names ``eval_families17_kit`` exports (category ids, ``E164``, ``NATIONAL``,
``EMAIL_UPPER``, ``MCCMNC``, hashes...). The docstring and file-name greps above (with the
excerpts of matching docstrings printed). No classifier, rule, test, decoder or README was read
or run; ``ruff check --select F`` ran on these files (``--fix`` once removed three unused
imports); the set's own ``build()`` was also called from a scratch snippet to print its labels
for a self-review.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families257_lem
import eval_families257_liver
import eval_families257_mil
import eval_families257_naun
import eval_families257_rai
import eval_families257_salpiy
import eval_families257_yib
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
    return [*eval_families257_rai.malalrai(), *eval_families257_rai.malalrai_sdks(),
            *eval_families257_salpiy.ayuwsalpiy(), *eval_families257_salpiy.ayuwsalpiy_sdks(),
            *eval_families257_liver.liverwaab(), *eval_families257_liver.liverwaab_sdks(),
            *eval_families257_lem.lemnag(), *eval_families257_lem.lemnag_sdks(),
            *eval_families257_mil.miltomil(), *eval_families257_mil.miltomil_sdks(),
            *eval_families257_naun.naunpermit(), *eval_families257_naun.naunpermit_sdks(),
            *eval_families257_yib.yibwaab(), *eval_families257_yib.yibwaab_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
