"""Hundred-and-thirty-ninth, BLIND labelled set for the classifier evaluation: written without
reading the classifier code, its rules, the tests or the README's evaluation tables, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run once at
the end. It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (163 first-party calls and 72 SDK calls, 235 exchanges, 1,679 labelled fields,
1,703 labels per category after ``listed_once``), mostly ordinary placements of the profile's
values (``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She
spends the year in El Alto (La Paz department, Bolivia) with her Bolivian husband Ruben Condori
Apaza and their son Mateo (9), her US SIM roaming. Seven app kinds (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs it
embeds: a quinoa cooperative's member app ``eval_families139_jupha.py`` ("Juphamasi": its API's
keys are Aymara: ``suti`` name, ``wila_suti`` family name, ``jawsana_jakhu`` phone number,
``uta`` house/address, ``marka`` town, ``ayllu`` community, ``suyu`` province/department,
``chimpu_jakhu`` identity card number, ``yuriwi_uru`` birth date, ``imantata_aru`` password
("hidden word"), ``chacha`` husband, ``wawa`` child, ``masi_jakhu`` member number; also ``yapu``
field, ``chiqanaka`` points, ``qullqi`` money/amount, ``aljawi`` sale, ``manu`` loan, ``qillqa``
text, ``yatiyawi`` message, ``aru`` language, ``uru`` day, ``mara`` year, ``yuriwi_mara`` birth
year, ``thaqhana`` search, ``unaqa`` device, ``apnaqiri`` user, ``lurawinaka`` events; Spanish
loans ``correo``, ``banco``, ``kilu`` as sent), El Alto's cable-car commuter card ``_cable.py``
("Wayrapasa"), a Catholic patronal fiesta's preste (sponsor) app ``_preste.py`` ("Prestepasa":
her religion), a Chagas clinic's screening-and-benznidazole app ``_chagas.py`` ("Vinchucare":
her own health data), a gas-cylinder truck reservation app ``_garrafa.py`` ("Garrafita"), her
son's public school's parent app ``_school.py`` ("Yatiqawawa": the child's data) and a market
casera's ordering app ``_casera.py`` ("Caserita"). Newness (file-name and text greps of
``scripts/``): quinoa, preste, fiesta, teleferico, Chagas/benznidazole/vinchuca, garrafa and
casera matched nothing. Four overlap earlier kinds and were made different: set 137 has a ski
resort's gondola and lift passes, so Wayrapasa is a city transit card (taps at gates, a monthly
pass, a child-fare card and its school discount, a lost card blocked); set 96 has an LPG refill
delivered to the door, so Garrafita follows street trucks, reserves a subsidised cylinder under
the household's weekly quota and has her walk to the corner; sets 100, 106, 128 and 132 have
school fees or boarding, so Yatiqawawa is a fee-less public school (gate QR attendance, absence
notes, the breakfast's diet, a state cash bonus collected with both identity cards, the
parents' committee); sets 82, 91, 112 and 121 have market stalls the user runs, so Caserita is
the buyer's side (her casera, the yapa, a fiado, pick-up or moto delivery). Set 109 (Cusco) has
an alpaca-fibre cooperative with Quechua keys and an altitude-sickness log: Juphamasi is a
quinoa cooperative (fields mapped, lots, hail, an advance) and the clinic is for Chagas, not
altitude. The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Metrivizcacha", MMP "Tracktaruca", OpenRTB 2.5 ads "Bidcondor", crash
reporting "Crashqarwa") and ``_svc.py`` (flags "Flagquena", push "Pingcharango", consent
"Consentkantuta", payments "Coinchullpa", maps "Mapwayna", support chat "Helpyatiri"); their
shapes follow set 132's SDK modules (the author started from those files and renamed, re-hosted
and localised them: camelCase analytics batches carrying the visited network, ``BOL``/``L``/El
Alto IP geo, BOB, ``America/La_Paz``). ``eval_families139_kit.py`` holds her places, people and
the apps' businesses (its docstring lists them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are
``eval_families24_kit``'s, the rest comes from ``eval_families6_kit.py`` to
``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, a PIN and
an SMS code), ``/me``-style GETs with JWT bearers; quinoa: her fields and a field's corners, a
sowing, prices, a lot delivered (msgpack), the sacks' photo by lot in the path, the payout to
her bank account, a message to the treasurer, a hail report with her fix in the field, weather
at 2 decimals, an offline sync (msgpack), the organic inspection, statements by member number in
the path, an advance, the assembly, the household's workers, a truck pick-up at the field's
corner, a variety search, notices by cookie, a log-out; cable car: the balance by card in the
path, a top-up, a tap (JSON) and an NFC tap (protobuf, nested fix ``5.1``/``5.2``), trips, a
monthly pass, the son's child card and its top-up, stations near her house (3 decimals), a trip
plan, her saved home, a lost card blocked, the student-discount photo, feedback, lost property,
a receipt by number in the path, auto-reload; preste: the sponsor registration, an ayni from her
mother-in-law, the band's contract, the preste's Mass, the dancers' registration and photo, a
costume rental (msgpack), the programme, her fix at the procession, guests, expenses and a
receipt photo, a group message, the ayni balance by preste number in the path, a donation, a
parish search, the handover; Chagas: the exposure questionnaire, results by record number, the
serology PDF, an ECG photo, the treatment start (pregnancy test, contraception, weight), a dose
log (a series), a rash and its photo, blood counts, an appointment, a video consult, a message
to the nurse, a vector report at her mother-in-law's house and the bug's photo, family
referrals, a clinic check-in, reminders, sharing with the nurse; gas: the household's quota
registration, trucks near her (4 decimals), a truck's route, a reservation at the corner, the
arrival beat (protobuf, nested fix ``4.1``/``4.2``, battery), a QR payment, the quota check
(msgpack), a leak report and photo, a cylinder exchange, history, a horn alert around her house
(3 decimals), a rating, sharing with a neighbour, a receipt by reservation in the path; school:
linking Mateo, attendance by student code in the path, a gate check-in, an absence note, his
health form, the breakfast diet, the school bonus, a homework photo, the report card, a message
to the teacher, a committee duty, authorised adults, the committee's dues, a uniform order
(msgpack), his photo (code in the path), notices, an early pick-up; market: stalls near her by
``lat,lon`` in the path, the catalogue, a favourite casera, an order, its payment, the pick-up at
the stall, a chat, a home delivery, the cart (msgpack), an offline queue (JSON Lines), orders by
client number, a review, the fiado, a search, sharing the list (a URL in a JSON field), a
receipt in the path, promotions (a base64 JSON cookie), offers (a base64 JSON header); per app
push registration and an event log (gzip). SDKs: analytics batches (gzip; positions at 2 or 3
decimals; the visited network), traits (base64 JSON in a form field), offline queues (JSON
Lines), signed-out beacons (base64url JSON in the query); MMP installs and sessions (the Android
ID, the referrer, roaming and the visited PLMN), events (a JSON string ``partner_params``; hashed
e-mail and phone) and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS at 3 decimals
or IP geo; one with ``yob`` and ``gender``) and win/impression beacons; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON in a header of a GET); push subscribers (tags, a
position at 2 decimals); consent records (a signed receipt cookie) and web-view checks (a base64
JSON cookie); card tokens, confirmations and QR transfers; geocoding, reverse geocoding
(``lat,lon`` in the path), a route and telemetry (a gzip JSON array); support messages (an
identity JWT in a JSON field) and an upload.

Negatives are implicit: request, trace, tap, field, treatment, report, slot, reservation-line
and event IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB auction,
bid, creative and publisher IDs and prices; the cooperative's store ID, name, phone and point,
varieties, grades, kilos, sacks, per-kilo prices, hectares, the inspector; the cable-car
stations' IDs, names and points, gates, the grade and fare type; the parish's ID and point, the
fiesta's ID, the band's name and phone, the fraternity's name and block, costume sizes, expense
concepts, tables; the clinic's ID and point, the lab and ECG room; the gas plant's ID, the
truck's ID, plate and driver, cylinder serials, unit prices, the gate's QR; the school's ID and
point, the grade, shift, committee duty and sizes; the stall's ID, name, point and row, produce,
units and unit prices.

Encodings: JSON (109 plain, 15 gzip), form bodies (31), GETs (51, 32 with query strings), multipart
(12: JSON, JPEG and PDF parts), msgpack (6), JSON Lines (9: 6 crash envelopes under their own
content type, 2 SDK offline queues, 1 first-party offline queue), schema-less protobuf (2: nested
fixes), headers (User-Agents, install IDs plain, upper case and without dashes, Aymara, Spanish and
no Accept-Language, opaque and JWT bearers, SDK headers, a base64 JSON flag context, a base64 JSON
app context), cookies (11: sessions, devices, two JWT consent receipts, three base64 JSON cookies),
JWTs (bearers with ``correo``/``masi_jakhu``, ``card``, ``pasante``/``parroquia``, ``record``,
``phone``/``hogar``, ``students`` and ``phone``/``cliente`` claims; an identity token in a JSON
field; a consent receipt that is no credential), base64 JSON, base64url JSON, JSON strings in JSON
fields, URLs in JSON fields, values in URL paths. Profile transforms: the e-mail plain, mixed case,
upper case and SHA-256; the phone E.164, national ``(555) 010-0199`` and SHA-256; the install ID
plain, upper case and without dashes; the Android ID; the advertising ID; the user ID (bodies, JWTs,
msgpack, protobuf, JSON Lines); the public IP (OpenRTB); MCC/MNC and the carrier, and the visited
network; the birth date ISO and ``17/05/1991``; coordinates at 2 to 6 decimals as numbers, strings,
query values, a ``lat,lon`` path segment and protobuf doubles; her fixes away from the profile's
position (her El Alto house, the field, the cable-car station, the parish, the clinic, the valley
house, the street corner, the school gate, the market).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/jailbroken flags, network type, battery, free memory and
User-Agents naming the model or OS ``device.info``; event and screen names, session counts and
lengths ``behavior.usage``; SDK install, device, subscriber, visitor and payment device IDs, the
Android ID and push tokens ``id.device``; passwords, SMS codes, a PIN, bearer, refresh, session,
video-room and client-secret tokens and session cookies ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; series labelled once at their path (the dose log); MCC/MNC, the
carrier and the visited network ``location.carrier``; zone, town, community, province, department
and country ``location.coarse``; street lines and the house's landmark reference
``contact.address``; amounts, totals, fees, deposits, orders, lots, contracts, reservations and
receipts ``financial.purchase``; bank accounts, last four digits and payment-method IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``;
a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments); text that
states a health fact, a sensitive trait or names a person carries that category too
(``content.text|...``); Aymara keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- quinoa: the member number ``masi_jakhu`` (body, query, JWT claim, msgpack, traits, URL path)
  ``id.user``; her ``chimpu_jakhu`` (foreign resident's card) and her husband's, typed by her,
  ``personal.national_id``; ``warmi_chacha`` ``personal.gender``; ``ayllu``, ``marka``,
  ``suyu`` ``location.coarse``; the family's field corners, her fix in the field (4 to 6
  decimals), the pick-up corner ``location.precise`` (her family's land), weather at 2 decimals
  ``location.coarse``; the lot number, amounts and advance ``financial.purchase`` (her sales and
  loan as transaction history), per-kilo prices, kilos and grades not; the son's birth year in
  the household list ``personal.birthdate``; the sacks' photo ``content.media``; a message
  quoting the lot ``content.text|financial.purchase``;
- cable car: her card number and the son's (body, query, JWT, protobuf ``2``, URL path, a deep
  link's query) ``id.user``; the son's name, birth date, sex and identity card labelled (a data
  subject), his student code ``id.user``; her fix at the station ``location.precise`` (the
  station's point a negative); the typed destination ``behavior.search``; lost property naming
  her son ``content.text|contact.name``; the student card photo ``content.media``; passes and
  top-ups ``financial.purchase``;
- preste: the fiesta, the parish, her role (preste mayor), the Mass type, the devotion, the
  Virgin's mantle fund, the push tags and the parish search ``personal.sensitive`` (religion; the
  search ``behavior.search|personal.sensitive``); the dance fraternity's name is left unlabelled
  (a folklore troupe; its devotion field carries the religion); the Mass intention naming her
  mother-in-law's health ``content.text|personal.sensitive|contact.name`` (no medical fact
  stated, so no ``health.medical``); the ayni gift's value and all contract, Mass, dues, rental,
  deposit, expense and donation amounts ``financial.purchase``; the ayni note naming her husband
  ``content.text|contact.name``; guests, the giver and next year's preste ``contact.*``; her fix
  at the procession (4 decimals) ``location.precise``; the preste number ``id.user``; the receipt
  photo ``content.media|financial.purchase``, the dancer photo ``content.media``;
- Chagas: the record number (body, JWT ``record``, query, PDF meta) ``health.medical`` (a medical
  record number, as set 37's insurance member ID); exposure answers, serologies, the ECG finding
  and rate, drug, dose, days, pregnancy test, contraception, side effects, blood counts,
  reminders and the flag's programme ``health.medical``; weight ``health.fitness``; the dose log
  labelled once at ``doses``; the PDF, the ECG and the rash photo ``content.media|health.medical``;
  the vinchuca photo ``content.media`` only (a bug, not her body); the valley house's position is
  her fix there ``location.precise``, its village ``location.coarse``; relatives referred
  ``contact.*``, the son's birth date ``personal.birthdate``; the geocoded clinic name
  ``behavior.search``; the video room's join token ``secret.credential``;
- gas: the household number (body, JWT ``hogar``, query, msgpack, protobuf ``2``) ``id.user``; her
  identity card ``personal.national_id``; the house's point and the corner ``location.precise``
  (4 to 6 decimals), the house's landmark reference ``contact.address``; the reservation
  ``financial.purchase`` (in the path too), the unit price not; the leak report
  ``content.text``; the neighbour ``contact.*``; the battery level ``device.info``;
- school: Mateo is a data subject (sets 29, 35, 37): his names, birth date and birth year, sex,
  identity card and student code (body, JWT ``students``, URL path) labelled; his allergy,
  asthma answer, blood group, vaccines, the breakfast restriction and the dentist reason
  ``health.medical``, his weight and height ``health.fitness``; the absence note
  ``content.text|health.medical|contact.name``; the bonus received, dues and uniform order
  ``financial.purchase``; his photo and the homework photo ``content.media``; the authorised
  adults and emergency contact ``contact.*``; grade, shift and duty unlabelled;
- market: the client number (body, JWT ``cliente``, query, JSON Lines, cookie and header base64
  JSON, a URL's query) ``id.user``; the order (body, path, JSON Lines, URL query), totals,
  delivery fee and fiado ``financial.purchase``; her fix at the stall (6 decimals, and 4 decimals
  as the ``lat,lon`` path segment) ``location.precise``, the stall's point and row negatives; the
  casera's name and phone never sent by her, so never labelled; her husband as recipient
  ``contact.*``;
- SDKs: Tracktaruca's ``country`` (from the IP) ``location.coarse``, its ``roaming`` flag
  ``device.info``, ``visited_plmn`` ``location.carrier``; Metrivizcacha's ``visitedNetwork``
  ``location.carrier``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, its geo country,
  region (``L``, La Paz) and city ``location.coarse``; Consentkantuta's receipt cookie opens
  nothing (claims labelled, the token not); Helpyatiri's identity token is a credential (claims
  labelled); Coinchullpa's cardholder ``contact.name`` and card country ``location.coarse``, the
  QR transfer's wallet number (her phone) ``contact.phone`` and account ``financial.payment``;
  Pingcharango's and Metrivizcacha's positions at 2 decimals ``location.coarse``, at 3 decimals
  ``location.precise``; the route labels her house, not the stations.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families132.py``, ``_kit``, ``_sdk``, ``_svc``, ``_kava``,
``_wound``, and the call lists of ``_board`` and ``_church``; the first lines of
``eval_families133_kit.py``; the sources of ``raw``, ``multipart``, ``pb``, ``chain``, ``sjwt``,
``App``, ``at_path``, ``lines``, ``head``, ``claims``, ``token``, ``add``, ``enc``, ``report`` and
``counts`` and the signatures and constants of the kits of sets 6-24 (through ``ast``);
file-name and text greps of ``scripts/`` for the app kinds and the new names, and a few matching
docstring lines of sets 93, 96, 109, 112, 128 and 135 to make the apps different. No
classifier, rule, test or decoder was read or run (the README was not opened). The label counts
above were taken with ``eval_families7_kit.counts`` on ``build()`` (no decoder) and ``ruff`` was
run on the new files; the decoder path check ran only through ``main`` (after that one run
only this docstring changed: line breaks and this note). Written against checkout ``4f73d9c``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families139_cable
import eval_families139_casera
import eval_families139_chagas
import eval_families139_garrafa
import eval_families139_jupha
import eval_families139_preste
import eval_families139_school
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the single run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families139_jupha.juphamasi(), *eval_families139_jupha.juphamasi_sdks(),
            *eval_families139_cable.wayrapasa(), *eval_families139_cable.wayrapasa_sdks(),
            *eval_families139_preste.prestepasa(), *eval_families139_preste.prestepasa_sdks(),
            *eval_families139_chagas.vinchucare(), *eval_families139_chagas.vinchucare_sdks(),
            *eval_families139_garrafa.garrafita(), *eval_families139_garrafa.garrafita_sdks(),
            *eval_families139_school.yatiqawawa(), *eval_families139_school.yatiqawawa_sdks(),
            *eval_families139_casera.caserita(), *eval_families139_casera.caserita_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
