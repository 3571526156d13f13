"""Forty-third, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier (nor through the project's decoders) by its author; it is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (161 first-party calls and 70 SDK calls, 231 exchanges, 1,688 labels after
``listed_once``, 1,711 before; ``report`` prints 1,709, counting each category of a joined
label), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. Seven app kinds
new to the evaluation (fictional names, hosts under example.* per RFC 2606, no real company named
as sender), each with its own API and the SDKs it embeds: a Korean beauty and cosmetics shop
``eval_families43_beauty.py`` ("Bomnal Beauty": its API's keys are Korean in romanisation,
``ireum``, ``jeonhwa``, ``imeil``, ``juso``, ``saengil``; she lives in Seoul part of the year and
has a Korean mobile number there), a type-1 diabetes closed-loop insulin pump companion
``_pump.py`` ("Loopwell"), a coworking and meeting-room booking app with badge access
``_cowork.py`` ("Deskmoor"), an online psychotherapy platform ``_therapy.py`` ("Tendwell"), a
marathon race app ``_race.py`` ("Racepulse"), a home energy and solar battery app ``_solar.py``
("Sunvault") and a prayer-times and mosque-finder app ``_prayer.py`` ("Adhanly"). The SDKs are ten
new vendors, built once and called by every app with its own events and choices: ``_sdk.py``
(analytics "Tallyheron", MMP "Installoak", OpenRTB 2.5 ads "Bidplover", crash reporting
"Crashbarrow") and ``_svc.py`` (flags "Flagspindle", push "Pingtern", consent "Optfern", payments
"Paymarlin", maps "Mapbriar", support chat "Helpmarsh"). ``eval_families43_kit.py`` holds the
apps' places, people, equipment, accounts and generators (its docstring lists them); ``head``,
``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s, ``fix``/``home`` set 37's, the
rest comes from ``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an SMS code,
an MFA code), ``/me`` GETs with JWT bearers; beauty: SMS verification by her Korean number, the
skin profile (concerns, allergies, pregnancy, age band), a skin-analysis selfie with a 106-point
face mesh, a lipstick try-on (msgpack lip landmarks), a search in Korean, the cart, the delivery
address with her customs clearance code and a door-code memo, an order and its tracking by number
in the path, a review with a photo, stores near her fix, a pickup at a store, a wishlist, a
referral, an inquiry naming a rash, a Play membership; pump: pairing (the pairing key), therapy
settings (basal profile, ratios, targets), CGM readings (protobuf with packed varints and a nested
last reading; gzip JSON), a bolus (msgpack), the loop's status and prediction, a meal photo, an
urgent low acknowledged with her fix at work, exercise mode, a caregiver, a clinic share code and
her endocrinologist, a report e-mailed, a sick-day note, an A1C, a Health Connect import, the
insurance card, a supplies order; coworking: spaces near her, a room's availability, a booking
with colleagues invited and by code in the path, a pass, the mobile badge and its photo, a door
unlocked (her fix, the space's Wi-Fi), a geofenced check-in, a guest, a print job (PDF), her
laptop's Wi-Fi registration, a member message, billing, a search, an issue report with a photo;
therapy: the intake (PHQ-9, GAD-7, self-harm item, reasons, medicine, alcohol, orientation),
matching preferences, her mother as emergency contact, the insurance card (both sides), a session
booked and joined, messages and a voice note to the therapist, a mood check-in (msgpack), a
journal (gzip), a thought record, a PHQ-9 re-screen (form), a safety plan, a superbill, a Play
subscription, crisis resources at 2 decimals, a therapist search; race: the entry, medical
information, her partner as emergency contact, the licence check, the bib in the path, training
logs, a Health Connect import, live tracking (msgpack), a split (protobuf, nested fix), a
heartbeat (string coordinates), the live link shared with friends, runners followed, a runner
searched by name, a medical-tent report with her fix, a photo-matching selfie (128-float
embedding), a photo order, the course; solar: the site (address, the home's point), the gateway's
Wi-Fi (SSID, BSSID, passphrase, her LAN address), half-hourly energy (gzip), a protobuf live
snapshot (the home at 4 decimals), the tariff, bills by account in the path, autopay, battery
modes, an EV schedule with a VIN, priority services (an oxygen concentrator), an outage at home,
an installer visit with an access code, a referral, a rebate (SSN last four), a roof photo, meter
consent, a solar forecast at 2 decimals; prayer: times by position (3 decimals, ``asr=hanafi``)
and by city in the path, the qibla from her fix at work, mosques near her (``lat,lon`` in the
path), a mosque's page, a home mosque, the prayer log (msgpack), a fasting log, Quran progress, a
dua request, a donation with her name, the zakat calculator, adhan settings, travel mode, a mosque
search, a recorded recitation, a Play subscription; per app push registration (model, OS,
locale), an event log (gzip) and a cookie-authenticated GET. SDKs: analytics batches (gzip; a
Seoul city, a 2-decimal and a 4-decimal position), identify traits (JSON), signed-out screen
beacons (base64url JSON ``p`` in the query), an offline queue (JSON Lines); MMP installs and
sessions, events (``value`` a JSON string, hashed e-mail and phone) and a deep link (a URL in a
JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals in Seoul and New York, or IP geo; yob,
gender, keywords naming a skin condition or religion) and win notices; crash reports (gzip JSON)
and sessions (JSON Lines); flag evaluations (JSON, or base64url JSON in the query of a GET); push
players (tags, a 2-decimal position); consent records (visitor cookie and a signed receipt
cookie) and status checks (a base64 JSON cookie); card tokens (JSON), payment confirmations and a
bank account (forms); a place search (``proximity`` as ``lon,lat``), reverse geocoding (path),
a route and map telemetry (a gzip JSON array); support messages (an identity JWT in a header)
and attachments.

Negatives are implicit: request, trace, message, session, booking-object, bolus, alert, loop,
report, entry, donation, cart and analysis IDs, idempotency keys, nonces, challenges, timestamps,
versions, public SDK keys, OpenRTB auction, bid, seat, creative and publisher IDs and prices;
other members' and runners' IDs and bibs; the beauty shop's SKUs, prices, store (ID, name,
address, phone, point), shade and skin tone, the referral code; the pump, its serial, Bluetooth
address, model, firmware, reservoir and battery, the CGM sensor and transmitter, the infusion
set's SKUs; the coworking space's ID, name, address, phone and point, doors, rooms, printer, her
employer's name and EIN, the PO number, her laptop's MAC (another device); the therapist's ID,
name and licence (a professional), therapist preferences, the crisis line; the race's ID, start,
course and aid stations, the club, shirt size; the solar site ID, inverter, battery and meter,
the gateway's LAN address, energy intervals and live power, the tariff's rates, the installer's
name and phone, household size; the mosques' IDs, names, points and phones, the calculation
method, Hijri year, adhan sounds, zakat assets and debts, the teacher's ID.

Encodings, in rough proportion to real traffic: JSON (113 plain, 27 gzip), form bodies (25), GETs
(41, 25 with query strings), multipart (14: JSON, JPEG, PDF and M4A parts), msgpack (5), JSON
Lines (3), schema-less protobuf (3: packed varints ``4`` with a nested reading ``5.1``, a nested
fix ``5.1``/``5.2``, a nested point ``7.1``/``7.2``), headers (User-Agents, install IDs under
app-specific names plain, upper case and without dashes, Korean and English Accept-Language,
opaque and JWT bearers, SDK device headers, a support session, an identity JWT), cookies
(sessions, a consent visitor ID, a signed receipt JWT, a base64 JSON state), JWTs (bearers with
``sub``, ``email``, ``imeil``, ``hoewon``, ``dx``, ``member``, ``bib``, ``acct`` claims; a
support identity token; a receipt that is no credential), base64 JSON (a cookie), base64url JSON
(two query parameters), JSON strings in JSON fields, URLs in JSON fields. Profile transforms: the
e-mail plain, mixed case and SHA-256; the phone E.164, national ``(555) 010-0199``, dashed,
``+1 (555) 010-0199`` and SHA-256, and her Korean number as ``010-5550-0199`` and E.164; the
install ID plain, upper case and without dashes; the Android ID; the advertising ID; the user ID
(bodies, JWTs, msgpack, protobuf, JSON Lines, query base64url); the public IP (OpenRTB); the LAN
address; MCC/MNC ``310260`` and the carrier; the home SSID/BSSID; the birth date ISO, as
``19910517`` and a birth year; coordinates at 2 to 6 decimals as numbers, strings, query values,
a ``lat,lon`` query value and path segment, a ``lon,lat`` proximity, protobuf doubles, and her
places away from the profile's position (Seoul, the space's door, her office, the course).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, network type, free memory, battery, the rooted flag, NFC support, the
LAN address and User-Agents naming the model or OS ``device.info``; event and screen names,
launch counts, session lengths and reading minutes ``behavior.usage``; SDK install and device
IDs, the Android ID, push tokens, consent visitor IDs and the payment SDK's fingerprint
``id.device``; passwords, SMS, MFA and one-time codes, bearer and session tokens and cookies, a
video room token, a client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; series
labelled once at their path (basal profile, readings, predictions, packed varints, training runs,
fasting days, face mesh, embeddings); MCC/MNC and carrier ``location.carrier``; city, state, ZIP,
``upyeonbeonho``, ``si``, ``gu``, an IP-geo country and region ``location.coarse``; street lines
(``juso``, ``sangse_juso``, ``line1``/``line2``) ``contact.address``; a plan, an amount, a total,
points used, a fee, a copay, a tariff, revenue, order and booking codes, Play products, orders and
tokens ``financial.purchase``; card data, bank account and routing numbers, last four digits and
payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path is ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or a credential carries that category too (``content.text|...``);
Korean keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- beauty: her Korean mobile number ``contact.phone`` (not the profile's, still hers); the personal
  customs clearance code (``gaein_tonggwan_buho``, issued by the customs service in place of the
  resident registration number) ``personal.national_id``; skin concerns ``yeodurum`` (acne) and
  ``atopi`` and the fragrance allergy ``health.medical`` (one list each), skin type and tone
  unlabelled (cosmetic attributes); ``imsin_jung`` (pregnant) ``personal.sensitive``; the age band
  (also in traits) ``personal.birthdate``; the skin-analysis mesh, the try-on lip landmarks
  ``biometric.face`` (face geometry sent), the selfie and review photo ``content.media`` only; the
  delivery memo giving the building's door code ``content.text|secret.credential``; an inquiry
  naming a rash ``content.text|health.medical``; OpenRTB keywords naming atopic dermatitis
  ``health.medical``; the store's data echoed in a pickup negatives; her fix at 5 decimals in
  Seoul ``location.precise``, the push position at 2 decimals ``location.coarse``;
- pump: diabetes type (also a JWT claim ``dx``, flag attribute and push tag), diagnosis year,
  basal profile, carb ratio, sensitivity, targets, maximum bolus, the insulin, action time,
  readings, the packed series and last reading, bolus units, carbs, BG, IOB, COB, the loop's mode
  and prediction, temporary basal and target, the urgent low's value, trend and treatment,
  ketones, A1C and the analytics bolus ``health.medical``; steps, heart rate and the exercise
  activity and minutes ``health.fitness``; the pump's pairing key and the clinic share code
  ``secret.credential`` (each opens her pump or her data); the pump and sensor are accessories
  (negatives); the meal note ``content.text`` (a meal, not a health fact); her partner as
  caregiver and her endocrinologist ``contact.*``, the report's recipient ``contact.email``;
- coworking: the badge number and the mobile key ``secret.credential`` (they open doors; also the
  key sent when unlocking), the member's badge photo ``content.media``; her fix at the door
  ``location.precise``; the members' Wi-Fi the phone is on ``location.wifi`` (set 21's office);
  colleagues invited by e-mail and the guest ``contact.*``; the booking's title, the guest note,
  messages and the issue ``content.text``; the printed PDF ``content.media`` (her document); her
  laptop's MAC unlabelled (another device, not the phone); her employer unlabelled;
- therapy: PHQ-9 and GAD-7 items (one list each) and totals, the self-harm item, reasons (one
  list), medicine and dose, alcohol, mood, emotions, intensity, journal tags, the re-screen's
  answers (one string) and total, the diagnosis code, the analytics band and the flags'
  ``primaryConcern``, the insurance member ID (also a JWT claim) ``health.medical``; messages,
  the check-in note, the journal body, the thought and the warning signs
  ``content.text|health.medical``; the journal title, the reframe, coping steps and a billing
  question ``content.text``; orientation ``personal.sensitive``; pronouns ``personal.gender``;
  sleep hours ``health.fitness``; matching preferences unlabelled (about someone else); the
  therapist echoed in a booking negatives; her mother and a friend in the safety plan
  ``contact.*``; the voice note ``content.media`` only; the room token ``secret.credential``;
- race: the bib ``id.user`` (it identifies her in the race's tracking: JWT claim, path, msgpack,
  protobuf, analytics, flags, push tags), other runners' bibs negatives; ``ageGroup: F30-34``
  ``personal.birthdate|personal.gender``; predicted finish, split time, heart rate, runs, resting
  heart rate and VO2max ``health.fitness``; conditions, medicines, allergies and blood type
  ``health.medical``, the note and the medical-tent text ``content.text|health.medical``; the
  licence and its photo ``personal.national_id``; the share message quoting her bib
  ``content.text|id.user``; a runner searched by name ``behavior.search|contact.name``; the
  photo-matching embedding ``biometric.face``; live fixes ``location.precise``, the course and aid
  stations negatives;
- solar: the utility account ``id.user`` (JWT claim, path, forms); the home's point (6, 5 and 4
  decimals) ``location.precise``, the forecast's at 2 decimals ``location.coarse``; the gateway's
  home Wi-Fi ``location.wifi`` and its passphrase ``secret.credential``; energy intervals, live
  power, battery state and household size unlabelled (no taxonomy type, as balances in sets
  13-37); the tariff ``financial.purchase`` (a plan), its rates not; the VIN ``id.hardware``
  (set 36); the oxygen concentrator ``health.medical`` and the note
  ``content.text|health.medical``; the installer's access note with a code
  ``content.text|secret.credential``; the SSN's last four ``personal.national_id``;
- prayer: religion is ``personal.sensitive`` where the data state practice or belief: ``asr:
  hanafi`` and ``madhab`` (a school of law), the home mosque, the prayers logged, on-time count,
  fasting days and make-up days, the surah read or recited, an analytics event's prayer, OpenRTB
  keywords ``ramadan,halal food``; using the app, the calculation method and adhan sounds are not;
  the donation's amount ``financial.purchase`` only (its kind ``zakat`` unlabelled, as set 28's
  gifts), donor name and e-mail labelled; zakat assets unlabelled; the missed-fast reason
  ``health.medical``; the dua request ``content.text|personal.sensitive|health.medical`` (as set
  28's prayer requests); the recitation ``content.media`` only; the travel destination city
  ``location.coarse``; her fix at work ``location.precise``;
- SDKs: Helpmarsh's identity JWT in a header ``secret.credential`` (claims labelled); Optfern's
  receipt opens nothing (claims labelled, the token not), its visitor ID ``id.device`` in cookie
  and body; Flagspindle's key the user ID; Crashbarrow's device ID ``id.device``, session user IDs
  ``id.user``; Installoak's ``oak_uid`` and the Android ID ``id.device``; OpenRTB ``user.id`` the
  SDK's buyer ID ``id.device``, IP geo ``location.coarse``; Pingtern's tags labelled by what they
  state; a route's home point ``location.precise``, the space's point a negative.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` (most of it),
``_sleep`` and the head of ``_marche``; the "Calls made" lists of ``eval_families36.py`` and part
of those of sets 28, 29 and 33 (a ``sed`` of their docstrings), the head of
``eval_families36_diabetes.py``; ``eval_families21.py``'s ``listed_once`` and ``LISTED_ONCE``;
``eval_families8_kit.report``; the heads and helper signatures of the kits of sets 17-24 (by
``sed``/``grep -n def`` and, through ``inspect``, signatures, docstrings and a few sources of
``tok``, ``add`` and ``enc``); a ``grep -ril`` count of the new names over ``scripts/``. No
classifier, rule, test or decoder was read or run. Every label's path was checked with a small
decoder of the author's own outside the project (JSON, gzip, forms, msgpack, JSON Lines,
schema-less protobuf by field number, multipart parts at their names with a file part one field,
JWT claims at ``.claims``, base64/base64url JSON continuing the path, a JSON string in a JSON field
continuing the path, a URL in a JSON field per parameter, URL ``path[i]``): none missing. ``main``
was run once at the end as the brief asks (it runs the project's path check through ``report``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families43_beauty
import eval_families43_cowork
import eval_families43_prayer
import eval_families43_pump
import eval_families43_race
import eval_families43_solar
import eval_families43_therapy
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked with the author's own decoder; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families43_beauty.bomnal(), *eval_families43_beauty.bomnal_sdks(),
            *eval_families43_pump.loopwell(), *eval_families43_pump.loopwell_sdks(),
            *eval_families43_cowork.deskmoor(), *eval_families43_cowork.deskmoor_sdks(),
            *eval_families43_therapy.tendwell(), *eval_families43_therapy.tendwell_sdks(),
            *eval_families43_race.racepulse(), *eval_families43_race.racepulse_sdks(),
            *eval_families43_solar.sunvault(), *eval_families43_solar.sunvault_sdks(),
            *eval_families43_prayer.adhanly(), *eval_families43_prayer.adhanly_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
