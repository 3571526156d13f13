"""Fifty-third, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party calls and 71 SDK calls, 231 exchanges, 1,656 labelled fields
after ``listed_once``, 1,677 category labels as ``report`` counts them), mostly ordinary placements
of the profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a Spanish train ticket and loyalty app
``eval_families53_tren.py`` ("Rielora": its API's keys are Spanish, ``nombre``, ``apellidos``,
``dni``, ``telefono``, ``direccion``, ``codigo_postal``, ``fecha_nacimiento``; she spends the
spring in Madrid on a research stay, with an NIE), a bipolar mood and medication-adherence app with
an under-mattress sleep sensor ``_mood.py`` ("Equilune"), a smart-glasses navigation app for blind
users ``_sight.py`` ("Lumastride": camera frames, an ambient clip for obstacles, her walking
route), a multiplayer chess app with voice chat ``_chess.py`` ("Knightloom"), a sperm-count home
test kit app ``_motility.py`` ("Motilia": her account, her partner's test), a nanny-sharing app
for parents ``_nanny.py`` ("Tandemsit": her two children, the nanny's background check and
payroll) and a smart fridge and grocery-list app ``_fridge.py`` ("Chillory": mostly look-alikes).
The SDKs are ten new vendors, built once and called by every app with its own events and choices:
``_sdk.py`` (analytics "Metrisprig", MMP "Clickmoor", OpenRTB 2.5 ads "Bidthorn", crash reporting
"Stackmire") and ``_svc.py`` (flags "Togglemere", push "Buzzroost", consent "Optvane", payments
"Paymarrow", maps "Routeloom", support chat "Asktern"). ``eval_families53_kit.py`` holds the apps'
places, people, equipment and generators (its docstring lists them); the header helper ``head``,
JWT claims ``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are
``eval_families24_kit``'s, ``fix`` and ``home`` ``eval_families37_kit``'s, the rest comes from
``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an MFA code,
an SMS code), ``/me``-style GETs with JWT bearers; trains: registration with the NIE and the
Madrid flat, the loyalty card, a station search, a timetable search, a seat hold, a booking for
her and a colleague (names, DNI, phone), the payment, the ticket by locator in the path and the
query, boarding at Atocha with her fix, her position on the train (msgpack), the on-board Wi-Fi
portal, a saved companion, points redeemed, a delay claim with a refund IBAN and a ticket photo,
an invoice with the NIF, preferences; mood: the clinical profile with her psychiatrist, medicines,
a dose taken (msgpack) and one missed, a mood check-in, a voice journal, labs, pairing the pad, a
night (gzip JSON: movement series, heart and breathing rate) and a protobuf summary (a nested
``4.1``-``4.3`` and packed movement counts ``5``), keyboard dwell and flight lists, warning signs
and a plan, her sister as crisis contact, sharing with the psychiatrist, pharmacies near her, a
refill; glasses: vision status, pairing, her home saved, a place search, a route, the navigation
heartbeat (protobuf doubles ``2.1``/``2.2``) and trace (msgpack), a camera frame with a prompt,
an ambient clip with obstacles, the obstacle log, head tracking, a spoken question, a friend's
face enrolled, a volunteer call (ICE candidates), a live location shared, an emergency contact,
transit stops; chess: the username, profile with avatar and bio, a seek and a voice join with a
base64 JSON context header, moves (msgpack), chat, call stats, a voice clip, a report, fair-play
telemetry (drag path, focus losses, engine apps), a player search, hashed-contact discovery, a
friend request, a tournament fee, an analysis, a lesson; sperm test: his profile, her cycle, a
kit order and payment, the order by number in the path, activation, the questionnaire, lens
calibration, the sample video, results (JSON and protobuf), his history by profile ID in the
path, sharing with a urologist, a consult, a note, a reminder; nanny share: an SMS log-in, the
family (children, allergies, home), her licence check, a nanny search, a nanny's profile, a
message, a share with another family, the nanny's background check, payroll (the nanny's SSN,
the bank account, a run), the split, an emergency card, a child's photo, a hand-off at daycare, a
review; fridge: provisioning onto her Wi-Fi, status, settings, energy, firmware, camera, a scan
(msgpack), the inventory, list items and a member, a recipe search, diet, a receipt photo, a
delivery order, a voice memo, a filter reorder, stores nearby. Per app push registration (model,
OS, locale), an event log (gzip) and a cookie-authenticated GET; Play purchase checks in four
apps. SDKs: analytics batches (gzip; positions at 2 decimals in Madrid and New York and at 3),
an identify, offline queues (JSON Lines), signed-out GET beacons (base64url JSON ``p``); MMP
sessions (forms; the Android ID on first launch), events (``partner_params`` a JSON string; hashed
e-mail and phone), deep links (a URL in a JSON field) and a push token; OpenRTB 2.5 bids (GPS geo
at 3 and 4 decimals, in Spain too, or IP geo; yob, gender, keywords, a segment) and win notices;
crash reports (gzip JSON, one breadcrumb logging the SSID), a native minidump (multipart) and
session pings (GET); flag evaluations (JSON, and base64url JSON in a query of a GET); push
subscribers (tags, a position at 2 decimals) and an open receipt; consent records (visitor
cookie) and status checks (a base64 JSON cookie); card tokens (3-D Secure device data as base64
JSON in a field), confirmations, a Google Pay token; place search (typed text, ``near``), reverse
geocoding (``lat,lon`` in the path), directions (GeoJSON ``[lon, lat]``), map telemetry (a gzip
JSON array); support messages (an identity JWT in a header) and attachments.

Negatives are implicit: request, trace, message, session, game, room, booking-line, seat-hold,
test, thread, share, list, conversation and payment IDs, idempotency keys, nonces, timestamps,
versions, public SDK keys, event tokens, OpenRTB auction, bid, seat, creative and publisher IDs
and prices, TCF and GPP strings, a minidump; stations (codes, names, points), the train, coach and
seat, the tariff; the pad's serial, Bluetooth address, model and firmware, the pharmacy's ID,
name, phone and address, medicine times; the glasses' serial, Bluetooth address, model, firmware
and battery, the library's name, address and point, obstacles, heading, pace, step count, the TURN
relay; opponents' handles, moves, PGN, clocks, move times, ratings, the coach's ID, a theme
cookie; the kit's lot, cassette and expiry, the test number, the lens serial and magnification,
temperatures, the clinic's ID, name, phone and intake mailbox; the nanny's ID, the daycare's name,
address and point, the hourly rate and hours, a photo crop; the fridge's serial (paths, bodies, a
cookie), MAC, LAN address, model, firmware, temperatures, modes, energy, door opens, product UPCs,
names, shelves and best-before dates, list items, the grocer's name, address and phone, a filter
SKU, an ad segment, the diet ``vegetarian``.

Encodings, in rough proportion to real traffic: JSON (99 plain, 26 gzip), form bodies (36), GETs
(46, 29 with query strings), multipart (14: JSON, JPEG, PNG, M4A, WAV, MP4 and minidump parts),
msgpack (5), JSON Lines (2 offline queues), schema-less protobuf (3), headers (User-Agents,
install IDs under app-specific names plain, upper case and without dashes, Spanish and English
Accept-Language, opaque and JWT bearers, an SDK visitor header, a support session, a base64 JSON
context header, an identity JWT header), cookies (sessions, an install ID, a visitor ID, a base64
JSON state), JWTs (bearers with user ID, e-mail, phone, ``correo``, ``tarjeta`` and ``username``
claims; an identity JWT), base64 JSON (a JSON field, a header, a cookie), base64url JSON (two query
parameters), a JSON string in a JSON field, a URL in a JSON field, values in URL paths (a locator,
an order number, a profile ID, a ``lat,lon`` point). Profile transforms: the e-mail plain, upper
case, mixed case and SHA-256; the phone spaced (the profile's), E.164, national, dashed,
``+1 (555) 010-0199`` and SHA-256; the install ID plain, upper case and without dashes; the
Android ID; the advertising ID; the user ID in bodies, JWTs, protobuf, JSON Lines, query values
and a deep link; the public IP (OpenRTB, srflx ICE candidates); the LAN address (host
candidates); MCC and MNC apart and as ``310-260``, the carrier; the home SSID/BSSID; the birth date
ISO and as ``17/05/1991``, a birth year; coordinates at 2 to 6 decimals as numbers, strings, query
values, ``lat,lon`` strings and a path segment, msgpack list items, GeoJSON pairs, protobuf
doubles, and her places away from the profile's position (Madrid, Atocha, the train, her walk,
the library's door, the daycare).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone (also as a UTC offset), rooted flag, network type, free memory and
storage, screen, battery and charging, orientation, device type, the LAN address and User-Agents
naming the model or OS ``device.info``; event and screen names, session counts and lengths,
foreground time, talk time, focus losses and streaks ``behavior.usage``; SDK install and device
IDs, the Android ID, push tokens, consent visitor IDs and the payment SDK's device and app IDs
``id.device``; passwords, one-time, SMS and MFA codes and tokens, a pairing code, a Wi-Fi
password, bearer and session tokens and cookies, a client secret ``secret.credential``, JWT claims
at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; series labelled once at their path (movement, heart and breathing
rates, dwell and flight lists, head-tracking rows, a drag path, packed counts); MCC/MNC, carrier
``location.carrier``; city, state, ZIP, ``codigo_postal``, ``ciudad``, ``provincia``, ``pais``,
a neighbourhood, a market and IP-derived country and region ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, tips, copays, revenue, order numbers, the locator, Play
product, order and token ``financial.purchase``; card data, IBAN, bank account and routing, last
four digits, payment-method IDs and a wallet token ``financial.payment``; another person's name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path is ``url`` ``path[i]``
(0-based over non-empty segments); text that states a health fact, a sensitive trait or names a
person carries that category too (``content.text|...``); Spanish keys are labelled as their
English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- trains: the Madrid flat is her address while there (``direccion`` ``contact.address``, its postal
  code, city, province and ``pais`` ``location.coarse``); her NIE under ``dni`` and ``nif``
  ``personal.national_id``; the colleague she books for, typed by her: names ``contact.name``, DNI
  ``personal.national_id``, phone ``contact.phone``; the loyalty card (JWT claim ``tarjeta``,
  query, booking, payment, redemption, deep link) ``id.user``; the typed station prefix and the
  timetable search's origin and destination codes ``behavior.search`` (a search of trains), the
  stations, train, coach and seats of the hold and the booking unlabelled; the locator (body,
  path, query, MMP parameter) and the paid price ``financial.purchase``; the refund IBAN
  ``financial.payment``; the on-board Wi-Fi's SSID and AP BSSID she joins ``location.wifi``
  (connected-network identifiers, though not her home's); her fix at the gate and on the train
  ``location.precise``;
- mood: the diagnosis, its year, the last episode, hospitalisations, medicines and doses, a dose
  taken and how late, mood scales, symptom tags, sleep hours, labs, the prescription number and
  the sensor's night (in bed, asleep, latency, awakenings) with its movement series
  ``health.medical`` (sleep watched as an early sign of an episode, as set 37's clinic stages);
  heart and breathing rates ``health.fitness``; the keyboard's dwell and flight lists and
  backspace rate ``behavior.keystroke`` only; the voice journal ``content.media|health.medical``;
  the SDKs' mood property and condition attributes ``health.medical``; the psychiatrist and her
  sister, typed by her, ``contact.*``; the pad is an accessory (negatives);
- glasses: vision status, light perception, the guide dog (also a push tag) and the screen reader
  in use ``personal.sensitive`` (a disability), the cause ``health.medical|personal.sensitive``;
  camera frames and the ambient clip ``content.media`` only (no template); the scene prompt
  ``content.text``, the spoken question's transcript ``behavior.search``; head-tracking rows
  ``behavior.motion``; the friend's 128-float face embedding ``biometric.face`` (another person's
  faceprint, enrolled by her) and her name ``contact.name``; the destination library's point a
  negative (a public place, as set 37's parking zone), her walk, heartbeat, frame, live-share and
  door fixes ``location.precise``; ICE candidates as ``{candidate}`` objects: the host one (LAN
  address) ``device.info``, the srflx one ``location.ip``, the relay a negative;
- chess: the username (body, OAuth, JWT claim, a clip's speaker) ``id.user``; chat, bio, a report
  and a lesson request ``content.text``; the avatar and voice clip ``content.media`` (no
  voiceprint); the fair-play drag path ``behavior.motion``, the engine apps it found
  ``device.apps``, move times unlabelled (game data); contact discovery's hashes one
  ``content.contacts`` label, her own hash ``contact.phone``; the bio's borough and flag
  ``location.coarse``;
- sperm test: the test is her partner's: his name ``contact.name``, birth date
  ``personal.birthdate``, his profile ID in her account ``id.user`` (body, path, protobuf; as set
  37's child); trying months, conditions, the questionnaire, results, the summary and the
  analytics category ``health.medical``; the sample video ``content.media|health.medical``; her
  cycle (last period, length, fertile window) ``health.medical``; the urologist typed by her
  ``contact.*``; messages and notes ``content.text|health.medical`` (and ``contact.name`` when
  naming him);
- nanny share: her children are data subjects: names ``contact.name``, birth dates and their ages
  in the search ``personal.birthdate``, allergies, the EpiPen and the insurance member ID
  ``health.medical``, notes ``content.text|health.medical|contact.name``, a photo
  ``content.media``; her licence number ``personal.national_id`` and its photo
  ``content.media|personal.national_id``, the selfie ``content.media`` only; the nanny's name,
  birth date, licence number and SSN, typed by her for the check and payroll, ``contact.name``,
  ``personal.birthdate`` and ``personal.national_id``, her phone ``contact.phone``, her ID in the
  app a negative (another user); the other family's parent and child ``contact.*``; payroll gross
  and taxes, the split, the check's price ``financial.purchase``; her fix at the daycare
  ``location.precise``;
- fridge: her home SSID and BSSID (also the SSID a crash breadcrumb logs) ``location.wifi``, the
  Wi-Fi password and the pairing code ``secret.credential``; the shellfish allergy
  ``health.medical``, list items and the diet unlabelled; her partner's e-mail and name
  ``contact.*``, the note and voice memo naming him ``content.text|contact.name``; receipts,
  orders, tips and a reorder ``financial.purchase``; stores at 2 decimals ``location.coarse``;
- SDKs: Clickmoor's ``country`` (the locale's region) ``device.info``, its MCC and MNC
  ``location.carrier`` each, ``ck_uid`` and the push token ``id.device``; OpenRTB ``user.id`` the
  SDK's buyer ID ``id.device``, its IP geo ``location.coarse``, the audience segment unlabelled;
  Optvane's visitor ID (body, cookie, ``ov_state.v``) ``id.device``, its country and region
  ``location.coarse``; Paymarrow's 3-D Secure device data (``deviceData.sdkAppId``) ``id.device``,
  the card holder ``contact.name`` and postal code ``location.coarse``; Asktern's identity JWT
  ``secret.credential`` (claims labelled); Togglemere's context key the user ID; Stackmire's
  minidump unlabelled (an opaque dump).

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep`` and
``_marche``; ``eval_families21.py``'s ``listed_once``, ``LISTED_ONCE`` and ``_list_of``; through a
small ``ast`` script of the author's own, the top-level definitions and assignments of kits 17-20
and the sources of named helpers and constants wherever they are defined in the kits (that scan
also printed one-line constants of kits 30, 37, 42, 49 and 52, e.g. ``LICENCE``); the first 75
lines and the ``__all__`` lists of ``eval_families24_kit`` and the ``__all__`` of kits 21-25; a
``grep`` of ``tok`` in kits 10-16; directory listings of ``scripts/`` and of the brief's folder;
``grep -ril`` counts of candidate names over ``scripts/`` and ``captures/`` (listing the file
names for four names already taken). No classifier, rule, test, decoder or README table was
read, and no classifier or decoder was run by the author except through this set's ``main``, run
at the end as the brief asks (``report`` runs the decoders' path check; it listed no missing path,
so ``DECODER_GAPS`` stays empty; no label was changed after it). Every label's path
was checked with a small decoder of the author's own outside the project, assuming the
conventions sets 21-37 state (base64 JSON in a field continues at ``deviceData.sdkAppId``, in a
header at ``x-kl-context.client``, in a cookie at ``ov_state.v``; base64url JSON in the query at
``ctx.key`` and ``p.q``; a JSON string in a JSON field at ``partner_params.order``; a URL in a JSON
field per parameter (``deeplink.tarjeta``); JWT claims at ``.claims`` (``authorization.claims.sub``,
``x-asktern-identity.claims.email``); JSON Lines ``[i]``; a top-level JSON array ``[i].lat``;
protobuf fields by number (``2.1``, ``4.3``, ``5``); multipart parts at their names, a file part
one field; URL path ``path[i]``, a segment such as ``40.75297,-73.98241`` one field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families53_chess
import eval_families53_fridge
import eval_families53_mood
import eval_families53_motility
import eval_families53_nanny
import eval_families53_sight
import eval_families53_tren
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main``'s decoder path check listed no missing path; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families53_tren.rielora(), *eval_families53_tren.rielora_sdks(),
            *eval_families53_mood.equilune(), *eval_families53_mood.equilune_sdks(),
            *eval_families53_sight.lumastride(), *eval_families53_sight.lumastride_sdks(),
            *eval_families53_chess.knightloom(), *eval_families53_chess.knightloom_sdks(),
            *eval_families53_motility.motilia(), *eval_families53_motility.motilia_sdks(),
            *eval_families53_nanny.tandemsit(), *eval_families53_nanny.tandemsit_sdks(),
            *eval_families53_fridge.chillory(), *eval_families53_fridge.chillory_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
