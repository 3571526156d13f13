"""Hundred-and-eleventh, BLIND labelled set for the classifier evaluation: written without reading
the classifier code, its rules, the tests or the README's evaluation tables, and never run through
a classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (162 first-party and 70 SDK calls, 232 exchanges, 1,675 labelled fields after
``listed_once``, 1,696 labels as ``report`` counts them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``) with everyday look-alikes. She lives in Vigo
(Galicia) with her partner Xurxo and her son Brais and keeps her New York home (the profile's
position), where she spends Christmas; her Spanish line, NIE, social-security number, flat, IBAN,
health card, partner and son are in ``eval_families111_kit.py``. Seven app kinds, each with its own
API and the SDKs it embeds (fictional names, hosts under example.* per RFC 2606): a Vigo
fish-auction (lonxa) catch-logbook app for a small-boat skipper with Galician keys ``_lonxa.py``
("Poxamar"), a Camino pilgrim-credential stamp app ``_camino.py`` ("Cunchaselo"), a
shellfish-harvesting permit and quota app ``_marisco.py`` ("Ameixapass"), a coeliac restaurant
guide that stores her diagnosis ``_celiac.py`` ("Senglutia"), her son's gaita (bagpipe) school
``_gaita.py`` ("Punteira": the child's data), a rural-house rental app ``_rural.py`` ("Casalura")
and a sleep-apnoea CPAP usage app ``_cpap.py`` ("Folgo": her own health data). A file-name-only
grep of the scripts found no earlier fish-auction, shellfish-permit, bagpipe or rural-house app; a
Camino credential (set 84), a celiac diary (set 80), CPAP companions (sets 33, 95), a sleep clinic
(37) and a child's music school (95) exist, so those four are variants: a cyclist's credential on
the Portuguese Way (NFC stamps, a bike's return, the Latin name), a coeliac association's
restaurant guide, a home-therapy provider's adherence app (a driving-licence compliance report, a
technician's visit, a travel letter) and a pipe band (uniform, a trip abroad, a chanter's tuning).
The SDKs are ten new vendors, built once and called by every app with its own events: ``_sdk.py``
(analytics "Tallyreixa", MMP "Attriboia", OpenRTB 2.5 ads "Bidpercebe", crash reporting
"Crashvieira") and ``_svc.py`` (flags "Flaghorreo", push "Pushmeiga", consent "Optcastro", payments
"Paycunca", maps "Tilefaro", support chat "Chatlareira"); their shapes follow set 37's vendors,
with other keys, paths and hosts.

What is in it: sign-ups (Galician, Spanish and English keys), log-ins (JSON and form passwords,
OAuth password grants, an SMS code, an OTP, a Google ID token in a JSON field, an activation code),
``/me``-style GETs with JWT bearers (claims ``socio``, ``dni``, ``credential``, ``nif``,
``member``, ``alumnos``, ``health_card``, ``email``, ``name``); auction: the boat by folio in the
path, a trip's departure with the crew, hauls (gzip), a protobuf position (nested fix), a landing
and its photo, live prices, alerts, settlements (query, one by number in the path), the IBAN, her
seafarer's book (photo and number), a message, weather alerts, a man-overboard drill (``lat,lon``
string, IP), ice; Camino: the credential, stamps (NFC with her fix, a photo with a ``lat,lon``
string), a stage's track (gzip) and protobuf summary, albergues near her (``lat,lon`` query), a
bed, the bike's return to her flat, her companion, a fall, a journal, a plan, stamps near her
(``lat,lon`` path segment), the Compostela, a certificate, the pilgrims' mass; shellfish: the
permit by number in the path and its renewal (NIE photo, fitness PDF), quotas, a check-in on the
bank, catches (msgpack), the check-out, weighing, sales by a cookie GET, an invoice by number in
the path, a poaching report and photo, closures at 2 decimals, a course, dues, a work accident;
coeliac: the health profile, the diagnosis PDF, the membership, searches (query ``ll``, a path
segment, the New York position), a review and photo, a reaction, a table booked, lists, a
suggestion, the travel card by a cookie GET, a scan, recent searches (msgpack), a trip, a Play
subscription; gaita: the family account, the son's enrolment, his timetable by ID in the path, an
absence, a practice recording (M4A), tuning, uniform sizes, the trip's authorisation (signature
PNG) and payment, fees, a direct debit, a message to his teacher, the gallery, a rented chanter,
pick-up people, a competition, a Play subscription; rural house: a search from New York, a house,
availability, the booking, the guest register (both guests' documents), her NIE photo, the deposit,
a message, the door code by booking code in the path, the check-in (her fix, the house's BSSID),
the smart lock, a winery visit, a review, a wish list, an invoice, a lost item; CPAP: activation,
pairing (machine negatives, her home SSID/BSSID, the Wi-Fi password, the LAN address), nights
(gzip), a protobuf sync, events (msgpack), compliance, the driving-licence report and its PDF, a
mask-sizing selfie's 68 landmarks, Epworth, a diary, supplies and their status by number in the
path, a technician's visit, a message, body measures, a travel letter, a Health Connect import. Per
app a push registration, a gzip event log and a cookie-authenticated GET. SDKs: analytics batches
(gzip; ``context.ll`` at 2 or 3 decimals), identify (base64 JSON in a form field), an offline queue
(JSON Lines), a signed-out pixel (base64url JSON in the query); MMP installs and sessions (Android
ID, referrer, SIM and network MCC/MNC), events (a JSON string ``callback_params``; hashed e-mail
and phone), deep links (a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals in Galicia
and New York, or IP geo; yob, gender, keywords; a child-directed bid without the advertising ID)
and a win notice; crash envelopes (JSON Lines) and sessions; flag evaluations (JSON; base64 JSON in
a header of a GET); push players (tags, a position at 2 decimals); consent records (a signed
receipt cookie) and a web-view check (a base64 JSON cookie); a card token, a payment confirmation,
a SEPA debit (bracketed form keys); geocoding (``q`` and ``proximity``), reverse geocoding
(``lat,lon`` in the path), routes, map telemetry (a gzip JSON array of her fixes); support messages
(an identity JWT in a JSON field) and attachments.

Negatives are implicit: request, trace, trip, lot, landing, thread, stage, entry, review, report,
visit and session IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB
auction/bid/seat/creative IDs and prices, a Google account's issuer and audience; the boat's name,
folio, MMSI and length, the port's code and point, species codes, weights, boxes, sizes, depths,
gear, FAO area, minimum prices, the auction hall's ID; Camino venues' IDs, names and points, an
NFC tag's UID, the cathedral's point, the bike's frame number, distances; the shellfish zone, its
name and centre, the harvesting vest's number, the scales and control point, a course code;
restaurants' IDs, names, phones and points, a bakery suggested (name, address, phone), an EAN;
the gaita school's ID, the teacher's school mailbox, the piece, the chanter's serial, tuning
cents and drone pitch; the house's ID, its host's phone and its point, the dog's name and weight,
a lock's ID, an experience's ID; the CPAP machine's serial, model, firmware, modem IMEI and LAN
address, SKUs, the licence-test centre's name and phone, the hospital's ID, the therapist's ID.

Encodings, in rough proportion to real traffic: JSON (121 plain, 19 gzip, one a top-level array),
form bodies (22), GETs (45, 28 with query strings), multipart (13: JSON, JPEG, PNG, PDF and M4A
parts), msgpack (3), JSON Lines (6: 5 crash envelopes under their own content type, an offline
queue), schema-less protobuf (3: a position with a nested fix ``3.1``/``3.2``, a stage summary with
a nested end fix ``5.1``/``5.2``, a CPAP sync with nested usage ``3.1``-``3.4``), headers
(User-Agents, install IDs under app-specific names plain, upper case and without dashes, Galician
and Spanish Accept-Language in two apps, opaque and JWT bearers, SDK device and session headers, a
base64 JSON flag user), cookies (14 requests: sessions, devices, the child's ID, a JWT receipt, a
base64 JSON cookie), JWTs (bearers; a Google ID token and a support identity token in JSON fields;
a receipt that is no credential), base64 JSON (a form field, a header, a cookie), base64url JSON (a
query parameter), JSON strings in JSON fields, URLs in JSON fields, values in URL paths (a
settlement, the credential three times, the permit twice, an invoice, the son's ID, the booking
code four times, a supplies order, ``lat,lon`` segments three times). Profile transforms: the
e-mail plain, mixed case, upper case and SHA-256; the phone E.164, spaced (the profile's), national
``(555) 010-0199`` and SHA-256; her Spanish line spaced, E.164 and national; the install ID plain,
upper case and without dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs,
msgpack, protobuf, JSON Lines and SDK calls; the public IP (OpenRTB, a drill, a log-in); the LAN
address (CPAP pairing); MCC/MNC as ``310260`` and ``310-260``, a Spanish network's ``21407`` and
the carrier; the home SSID/BSSID and another network's BSSID; the birth date ISO and
``17/05/1991``, birth years; coordinates at 2 to 6 decimals as numbers, strings, query values,
``lat,lon`` and ``lon,lat`` strings, path segments and protobuf doubles, at the profile's position
(New York) and at her places away from it (her Vigo flat, the sea, the Camino, the shellfish bank,
a restaurant, the rural house).

Conventions kept from sets 20-37 (as set 37's docstring states them): model, make, OS, locale,
language, Accept-Language, time zone, network type, battery, free memory, screen, the LAN address
and User-Agents ``device.info``; event and screen names, launch/session counts and session
lengths ``behavior.usage``; SDK install/device IDs, the Android ID, push tokens, consent visitor
IDs and the payment SDK's device ID ``id.device``; passwords, PINs, OTP/SMS codes, an activation
code, a pairing PIN, a Wi-Fi password, door codes, bearer and session tokens and cookies, a
client secret and an ID token ``secret.credential``; JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; series
labelled once at their path (nights, flagged events, Epworth items after collapse); MCC/MNC and
carrier ``location.carrier``; city, ``concello``, ``municipio``, ``provincia``, postal code,
country and region ``location.coarse``; street lines (``enderezo``, ``direccion``, ``rua``)
``contact.address``; amounts, totals, fees, deposits, dues, orders, booking and settlement codes,
invoices, Play products, orders and tokens ``financial.purchase``; card data, IBAN, last four and
payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by the
user ``contact.*``; URL path values ``path[i]`` (0-based over non-empty segments); text that
states a health fact or names a person carries that category too (``content.text|...``); a
state-issued licence's number and photo ``personal.national_id`` (``content.media|...``, set 46);
boats and their registrations negatives (set 46); Galician and Spanish keys as their English
equivalents.

Calls made in this set (a reader may disagree; stated so a score can be read):
- her Spanish number is hers (``contact.phone``) in E.164, spaced and national forms, though not
  the profile's; her NIE is ``personal.national_id`` wherever it is (``numero_dni``, ``nif``, a
  log-in ``usuario``, a JWT claim, a driving-licence number, a tax ID, a guest register); her
  social-security number ``naf`` too; nationality unlabelled (set 22);
- auction: the guild membership number ``id.user`` (body, query, JWT claim, analytics trait,
  support attribute); her seafarer's book ``personal.national_id`` (a state-issued identity
  document) and its photo ``content.media|personal.national_id``; her partner (``parella``),
  named and numbered by her, ``contact.*``, also as crew and emergency contact; the hauls'
  positions, her departure fix, the protobuf position and the drill's ``lat,lon`` string
  ``location.precise``; the alert point (her flat at 3 decimals) ``location.precise``; the
  catch's species and weights unlabelled (no taxonomy type), the settlement number (path) and the
  ice order ``financial.purchase``; the catch photo ``content.media``; the message naming Xurxo
  ``content.text|contact.name``; the SIM's MCC/MNC and carrier at departure ``location.carrier``;
- Camino: the credential number ``id.user`` (set 84: body, path, JWT, deep link, multipart);
  passport ``personal.national_id``; ``motive: religious`` (twice) and the pilgrims' mass
  reminder ``personal.sensitive`` (religion, set 84); the Compostela's Latin name ``contact.name``;
  ``gender: F`` ``personal.gender``; the stage summary's average heart rate ``health.fitness``;
  the fall note ``content.text|health.medical``; the bike's return to her flat ``contact.address``
  and its order ``financial.purchase``; the companion ``contact.*``; the plan's destination (the
  cathedral) a negative;
- shellfish: the permit (PERMEX) ``personal.national_id`` (a state-issued licence: body, path,
  query, form); the NIE card photo ``content.media|personal.national_id``, the fitness
  certificate ``content.media|health.medical``; the log-in's IP ``location.ip``, its SIM
  MCC/MNC and carrier ``location.carrier``; her fixes on the bank ``location.precise``, the
  closures' ``ll`` at 2 decimals ``location.coarse``, the zone's centre a negative; the accident's
  injury, sick-leave flag and account ``health.medical`` (the account ``content.text|...``); the
  poaching report ``content.text`` with her position ``location.precise``;
- coeliac: the condition, diagnosis year, biopsy grade, antibody level, intolerances,
  sensitivity, symptoms, a reaction's symptoms, severity and delay, the SDK trait ``coeliac``, a
  push tag and the ad keywords naming coeliac food ``health.medical``; the diagnosis PDF
  ``content.media|health.medical``; review, reaction note and booking notes stating it
  ``content.text|health.medical``; the display name "Jane D." ``contact.name``; the association's
  membership number ``id.user``; searched terms ``behavior.search`` (the geocoded street too);
  a list's name ``content.text``; the trip's destination ``location.coarse``;
- gaita: the child is a data subject (sets 29, 35, 95): his names ``contact.name``, birth date
  and age (body, analytics, flags, push tag) ``personal.birthdate``, ``sexo: neno``
  ``personal.gender``, his health card ``health.medical`` (set 37's member ID), allergy and
  inhaler ``health.medical``; his student ID ``id.user`` (body, path, query, JWT list, cookie);
  texts naming him ``content.text|contact.name`` (the absence also ``health.medical``); his
  uniform measures ``health.fitness``; the practice recording ``content.media``; her signature
  image ``content.media``; the tuning analysis unlabelled (an instrument's pitch); the partner as
  a pick-up person ``contact.*``; the child-directed bid has no advertising ID;
- rural house: both guests' document numbers ``personal.national_id``, birth dates and sex labelled
  (her partner's typed by her); the booking code ``financial.purchase`` (body, path, deep link);
  the door code ``secret.credential``; her fix at the house ``location.precise``, the house's
  BSSID seen by her phone ``location.wifi`` (set 21's office Wi-Fi), the house's point a negative;
  the Google ID token a credential with its ``sub`` ``id.user``; the lost CPAP charger's text
  ``content.text|health.medical``; the search position (New York, 3 decimals)
  ``location.precise``;
- CPAP: the machine is an accessory (negatives, sets 33 and 95); nights, events, the sync's usage,
  AHI, leak and pressure, mode and pressures, diagnosis, baseline AHI, compliance, Epworth, diary
  answers, mask type, the reason of the visit, SpO2 minima and the health card (also a JWT claim
  and a support attribute) ``health.medical``; weight, height, neck, face width and nose width,
  steps, resting heart rate ``health.fitness``; the mask-sizing landmarks ``biometric.face``; the
  pairing's home SSID/BSSID ``location.wifi``, the Wi-Fi password ``secret.credential``, the
  phone's LAN address ``device.info``; the driving-licence number (her NIE) and the travel
  letter's passport ``personal.national_id``; the report's PDF ``content.media|health.medical``;
  the message on weight loss ``content.text|health.medical|health.fitness``;
- SDKs as set 37: the consent receipt cookie labelled by claims only, Chatlareira's identity
  token a credential, OpenRTB ``user.id`` ``id.device``, its IP geo ``location.coarse``; the MMP's
  network MCC/MNC ``location.carrier``, its ``roaming`` flag and ``lat: 0`` (limit ad tracking)
  unlabelled; a ``lon,lat`` ``proximity`` labelled by whose point it is.

Looked at (stated honestly): TAXONOMY.md, DESIGN.md; the whole of ``eval_payloads.py``;
``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep``, ``_marche``; the top docstring of
``eval_families107.py``; sources of the kits' helpers (all of kits 6, 17, 20, 24, parts of 7, 8,
10, 13-16, 18, 19, 21, 22, 25) and ``eval_families21.listed_once``/``LISTED_ONCE``; the ``__all__``
lists of kits 6-25; grep lines of the docstrings of sets 15, 30, 33, 46, 48, 49, 53, 72, 77, 80,
83, 84, 95, 103, 104 and 105 for the overlapping kinds and set 33's and 46's licence calls;
file-name-only greps of ``scripts/`` and ``captures/`` for the app kinds and the new names;
``pyproject.toml``'s lines 38-77 (ruff, pytest and mypy settings; printed by a grep for the ruff
section). No classifier, rule, test, README table or decoder source was read. Every label's path
was checked with a small decoder of the author's own outside the project; ``main``'s ``report``
(the project's path check) was run once at the end and reported no missing path.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families111_camino
import eval_families111_celiac
import eval_families111_cpap
import eval_families111_gaita
import eval_families111_lonxa
import eval_families111_marisco
import eval_families111_rural
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked by the author's own path decoder; no gap stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families111_lonxa.poxamar(), *eval_families111_lonxa.poxamar_sdks(),
            *eval_families111_camino.cunchaselo(), *eval_families111_camino.cunchaselo_sdks(),
            *eval_families111_marisco.ameixapass(), *eval_families111_marisco.ameixapass_sdks(),
            *eval_families111_celiac.senglutia(), *eval_families111_celiac.senglutia_sdks(),
            *eval_families111_gaita.punteira(), *eval_families111_gaita.punteira_sdks(),
            *eval_families111_rural.casalura(), *eval_families111_rural.casalura_sdks(),
            *eval_families111_cpap.folgo(), *eval_families111_cpap.folgo_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
