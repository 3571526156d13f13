"""Seventy-first, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party calls and 74 SDK calls, 234 exchanges, 1,614 labels after
``listed_once``), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a remittance and family-chat app of the Tehran diaspora in
Toronto ``eval_families71_hamdel.py`` ("Hamdel": its API's keys are Persian in Latin letters,
``nam``, ``nam_khanevadegi``, ``telefon``, ``adres``, ``shahr``, ``code_posti``,
``tarikh_tavalod``, ``ramz``, ``kod_meli``; she lives in New York, sends money to her
father-in-law in Tehran and chats with her husband's family in Toronto), a polycystic-kidney
disease trial diary ``_kidney.py`` ("Kidnova": she is a participant), a kite-surfing wind and
session app ``_kite.py`` ("Gustline"), a care-home visitor booking app ``_visit.py``
("Hearthvisit": she visits her grandmother), a tattoo-studio booking app with design uploads
``_tattoo.py`` ("Needlenook"), a ham-radio logbook ``_radio.py`` ("Dipolelog") and a smart lock on
a bike shed shared with neighbours ``_shed.py`` ("Shedlatch"). The SDKs are ten new vendors, built
once and called by every app with its own events and choices: ``_sdk.py`` (analytics
"Gaugeplover", MMP "Tracewillet", OpenRTB 2.5 ads "Auctoriole", crash reporting "Faultlynx") and
``_svc.py`` (flags "Flagmoraine", push "Bellquarry", consent "Assentory", payments "Coinquay",
maps "Atlasorrel", support chat "Askbirch"). ``eval_families71_kit.py`` holds the category ids
under short names and the apps' people, places, equipment and generators (its docstring lists
them); the header helper ``head``, JWT claims ``claims``, request IDs ``rid``, other users' IDs
``others`` and SDK per-install IDs ``sdk_id`` are ``eval_families24_kit``'s, the rest comes from
``eval_families17_kit`` to ``eval_families25_kit``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes,
a magic link, invitation, family and shed codes), ``/me``-style GETs with JWT bearers;
remittance: sign-up with a Persian-calendar birth date, the KYC (passport photo and number, a
selfie), a payee (her father-in-law's name, phone, address and national code), a rate quote, a
transfer and its status by reference in the path, her bank account, a compliance check (IP, SIM
country, MCC/MNC, carrier, VPN flag, her position), her address, family-group messages (JSON and
msgpack), a voice note, a photo, contact matching by SHA-256 of numbers, a shared location, an
invitation, settings; trial diary: enrolment, doses, symptoms, fluids (msgpack), home blood
pressure (JSON and a protobuf cuff sync with a nested reading ``3.1``-``3.4``), weight, a lab
report photo with eGFR and creatinine, the visit schedule and a check-in at the site, imaging
results (htTKV, Mayo class), an adverse event, e-consent with a drawn signature, a pain
questionnaire (gzip), reminders, a message to the coordinator, travel reimbursement, family
history, a Health Connect import; kite: the forecast, spots near her, a wind station, a session's
start, track (msgpack), a jump from the board sensor (protobuf with packed accelerometer floats)
and with its IMU window, the session's end and stats, a photo, a spot report, a buddy, a
live-tracking share, gear, pairing the sensor (her phone's Bluetooth MAC), a Play subscription, a
wind alert near home, injuries; care home: linking her grandmother with the home's code, slots, a
visit with a note, her health screening, her ID, arrival (msgpack: her fix and the home's guest
Wi-Fi), check-out, a message to the nurses, a photo for the family wall, a video call, a café
voucher, the resident's updates, another visitor, her address, consents, feedback; tattoo: studios
near her, artists by a typed style, a portfolio, a design upload (sketch, a photo of her forearm,
the idea), a booking, its deposit and a reschedule by reference in the path, the health form, an
age check with her ID, a consent form with a signature, messages with the artist (JSON and
msgpack), a healed photo, aftercare, a review, a gift card for a friend, a waitlist, her address;
radio: registration by call sign, her station (grid locator, home position, address, county), a
batch of contacts and an auto-logged FT8 contact (msgpack), an ADIF upload, a call-sign lookup in
the path, spots near her grid and one she posts, the confirmation service's certificate request
(FRN, address, certificate password), a QSL request, rig telemetry (protobuf), a net check-in, an
APRS position report, propagation by grid, a bio, an award query; shed: joining, the locks,
pairing (her phone's Bluetooth MAC), a digital key, an unlock (protobuf, a nested fix
``3.1``/``3.2``), the lock's audit log (JSON Lines), her keypad code, members invited, a guest
pass, her bike with a photo, an issue, dues, auto-unlock (her home SSID/BSSID), a cargo-bike slot,
the lock's status by her position; per app push registration (model, OS, locale or zone), an
event log (gzip) and a cookie-authenticated GET. SDKs: analytics batches (gzip; a rounded, a
4-decimal and no position; one with the advertising ID), identify (base64 JSON in a form field),
offline queues (JSON Lines), signed-out beacons (base64url JSON in the query); MMP installs and
opens (Android ID, referrer, open count), events (a JSON string ``payload``; hashed e-mail and
phone) and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals or IP
geo; yob, gender, keywords, a hashed e-mail eid) and a win beacon; crash envelopes (JSON Lines
under their own content type) and sessions; flag evaluations (JSON; base64 JSON in a header of a
GET); push subscribers (tags, a position at 2 decimals) and an open; consent records (a signed
receipt cookie) and web-view checks (a base64 JSON cookie); card tokens (bracketed form keys)
and a confirmation; geocoding (a typed search), reverse geocoding (``lat,lon`` in the path),
routes and map telemetry (a gzip JSON array); support messages (an identity JWT in a JSON field)
and uploads.

Negatives are implicit: request, trace, message, transfer-payee, entry, visit, session, thread,
QSO-logbook, pass, cursor and event IDs, idempotency keys, nonces, timestamps, versions, public
SDK keys, OpenRTB auction, bid, creative and publisher IDs and a clearing price; other users' IDs
(neighbours in the lock's audit log); the remittance branch's ID, name, address, phone and point,
the family group's ID, the exchange rate, a rate quote's amount, the payee's city; the trial
site's ID, name, phone, address and point, the coordinator's mailbox, the study drug's kit
number, the cuff's serial, the lab's ID; the kite spots' points, the wind station, wind and gust
speeds, water temperature, the board sensor's serial, Bluetooth address and firmware, the kite's
serial; the care home's ID and point, the resident's record number (also in the path), her room,
the visit badge, the home's tablet; the studio's ID, the artists' IDs, estimates, a gift card's
code, placement and size; other operators' call signs (a looked-up one: see the calls) and grid
squares, frequencies, bands, modes, reports, zones, rig, antenna and power, a
certificate signing request; the lock's ID, serial, Bluetooth address, firmware and battery, the
shed's ID, name and point (also reverse-geocoded), the auto-unlock centre, a device public key,
RSSI, the bike's frame number, the cargo-bike slot.

Encodings, in rough proportion to real traffic: JSON (102 plain, 17 gzip), form bodies (36), GETs
(43, 23 with query strings), multipart (16: JSON, JPEG, PNG, M4A and ADIF text parts), msgpack
(6), JSON Lines (10: 7 crash envelopes under their own content type, 2 offline queues, a lock's
audit log), schema-less protobuf (4: a nested reading ``3.1``-``3.4``, a nested fix
``3.1``/``3.2``, packed floats as one bytes field ``5``, a flat rig frame), headers (User-Agents,
install IDs under app-specific names plain, upper case and without dashes, Persian and English
Accept-Language, opaque and JWT bearers, SDK device headers, a support session, base64 JSON flag
context), cookies (sessions, install IDs plain and upper case, her participant number, her call
sign, a JWT receipt, a base64 JSON cookie), JWTs (bearers with user ID, e-mail, phone,
``telefon``, ``nam``, ``subject``, ``handle``, ``call``, ``given_name``, ``phone_number`` claims;
an identity token in a JSON field; a receipt that is no credential), base64 JSON (a form field, a
header, a cookie), base64url JSON (a query parameter), JSON strings in JSON fields, URLs in JSON
fields, values in URL paths. Profile transforms: the e-mail plain, upper case and SHA-256; the
phone E.164, spaced (the profile's), national ``(555) 010-0199``, ten digits and SHA-256; the
install ID plain, upper case and without dashes; the Android ID; the advertising ID; the user ID
in bodies, JWTs, msgpack, protobuf, JSON Lines and SDK calls; the public IP (OpenRTB, the
compliance check); MCC/MNC as ``310260`` and the carrier; the home SSID/BSSID; the phone's MAC;
the birth date ISO, in the Persian calendar (``1370/02/27``) and as a birth year; coordinates at 2
to 6 decimals as numbers, strings, query values, a ``lat,lon`` query value and path segment,
protobuf doubles, an APRS ``4044.51N/07359.36W`` position, and her fixes away from the profile's
position (the beach, the water, the trial site, the care home's lobby, the shed).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone and UTC offset, rooted/VPN flags, network type, free memory and
storage, screen, battery, Bluetooth version and User-Agents naming the model or OS
``device.info``; event and screen names, launch and open counts and session lengths
``behavior.usage``; SDK install and device IDs, the Android ID, push tokens, consent visitor IDs
and the payment SDK's device fingerprint ``id.device``; passwords, one-time and SMS codes, a
magic-link token, invitation, family, shed and guest codes, a keypad PIN, a certificate
password, bearer and session tokens and cookies and a client secret ``secret.credential``, JWT
claims at ``<where>.claims.<claim>``; scalar lists are labelled per element and collapsed by
``eval_families21.listed_once``; series are labelled once at their path (an IMU window, packed
floats, a pain questionnaire's answers); MCC/MNC, carrier and SIM country ``location.carrier``;
city, state, ZIP, county, ``shahr``, ``ostan``, ``code_posti``, ``keshvar`` ``location.coarse``;
street lines (``adres``, ``vahed``) ``contact.address``; amounts paid, fees, deposits, dues, a
voucher, orders, references, Play product, order and token ``financial.purchase``; card data,
bank account and routing numbers, last four digits and payment-method IDs ``financial.payment``;
another person's name, phone and e-mail typed by the user ``contact.*``; a value in the URL path
is ``url`` ``path[i]`` (0-based over non-empty segments); text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too (``content.text|...``);
Persian keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- remittance: her birth date in the Persian calendar ``personal.birthdate``; the payee's name,
  phone and street address ``contact.*`` (typed by her), his national code (``kod_meli``)
  ``personal.national_id`` (another person's government number, typed by her), his city
  unlabelled (it says nothing of her place); her passport number ``personal.national_id`` and its
  photo ``content.media|personal.national_id``, the selfie ``content.media`` only (no template
  sent); the transfer's reference, amount and fee ``financial.purchase`` (a paid service), the
  rate quote's amount unlabelled (nothing bought), the funding source ID ``financial.payment``;
  contact matching's hashed numbers one ``content.contacts`` label, her own hash
  ``contact.phone``; a message quoting the transfer ``content.text|financial.purchase``; the
  compliance check's IP ``location.ip``, SIM country, MCC/MNC and carrier ``location.carrier``;
  the app language setting ``zaban`` ``device.info``;
- trial: her participant number ``id.user`` (the app's key for her: body, query, JWT claim,
  cookie, protobuf), the study drug's kit number a negative (a supply ID); doses, the blinded
  medication, symptoms, fluid intake and urine output (a treatment measure in this disease),
  blood pressure, eGFR, creatinine, htTKV, Mayo class, the adverse event, the pain questionnaire
  and family history (her mother's disease, a variant) ``health.medical``; pulse, weight, steps
  and resting heart rate ``health.fitness`` (as set 37); the lab report photo and a dipstick photo
  ``content.media|health.medical``; the drawn e-consent signature ``content.media``, the optional
  biobank choice unlabelled; the site check-in fix ``location.precise``; the travel
  reimbursement's bank account ``financial.payment``, its amount unlabelled (money paid to her,
  no purchase), its start street ``contact.address``; ``sexAtBirth`` ``personal.gender``;
- kite: her username ``id.user``; weight ``health.fitness``; jump height and airtime, distance,
  top speed, minutes on the water and calories ``health.fitness`` (a workout's measures), the
  session's jump count and the wind unlabelled; the board sensor's IMU window and packed floats
  ``behavior.motion`` (a sensor series of her body on the board); her phone's Bluetooth MAC
  ``id.hardware``; the buddy's name and phone, the tracking share's e-mail ``contact.*``; an old
  injury ``health.medical``; the alert's centre at 2 decimals ``location.coarse``;
- care home: her grandmother is a data subject (as the child of sets 29-37): her name
  ``contact.name`` (also in a caption, ``content.text|contact.name``, and a voucher), her birth
  date ``personal.birthdate``, her record number and room unlabelled (the home's IDs); notes and
  messages about her hearing, insulin and dementia ``content.text|health.medical``; the
  visitor's screening (fever, cough, temperature, vaccinations) ``health.medical``; her licence
  number and photo ``personal.national_id`` (photo ``content.media|...``); the home's guest
  Wi-Fi SSID and BSSID she was connected to ``location.wifi`` (they place her); the visit slot
  unlabelled (free, no purchase), the café voucher ``financial.purchase``;
- tattoo: ``pronouns: she/her`` ``personal.gender``; the sketch, forearm photo, signature and
  healed photo ``content.media`` only; the idea, messages and review ``content.text``;
  allergies, medications, blood thinners, diabetes, skin, keloids, redness and itching
  ``health.medical``, ``pregnantOrNursing`` ``personal.sensitive`` (pregnancy is listed there);
  the booking reference (body, path, consent form, health form, a deep link) and deposit
  ``financial.purchase``, the estimate not; the artist style typed and a geocoding text
  ``behavior.search``; the gift card's recipient ``contact.*`` and message naming her
  ``content.text|contact.name``;
- radio: her call sign ``id.user`` (it names her on the air: register, log-in in lower case,
  JWT claim, station, every contact, spots, telemetry, net, cookie, push tags) and with an SSID
  (``KD2ZQV-9``) too; her Maidenhead locator at 4, 6 and 8 characters ``location.coarse`` (the
  8-character square is about 700 m by 460 m, still coarse), the station's home coordinates
  ``location.precise``; the APRS packet's position (hundredths of a minute)
  ``location.precise``; her FCC registration number ``personal.national_id``; the ADIF file
  (one field) ``id.user|location.coarse``; a looked-up call sign in the path and in an analytics
  property ``behavior.search`` (a search she typed, another operator's call); the net remarks
  with her name ``content.text|contact.name``;
- shed: her phone's Bluetooth MAC ``id.hardware``; the auto-unlock's home SSID/BSSID
  ``location.wifi``; co-members invited ``contact.*`` (not from her address book: typed), the
  guest's name ``contact.name`` and code ``secret.credential``; the bike's frame number and make
  unlabelled (property, no category); the audit log's lines with her user ID ``id.user``, the
  neighbours' IDs negatives; the lock's status query and unlock fix ``location.precise``;
- SDKs: Askbirch's identity token lets its bearer act as the user ``secret.credential`` (claims
  labelled); Assentory's receipt cookie a signed JWT that opens nothing (claims labelled, the
  token not), its visitor ID ``id.device``, its country and region ``location.coarse``;
  Flagmoraine's targeting key the user ID signed in; Faultlynx's session ``did`` the user ID
  (the install ID signed out); Tracewillet's ``tw_uid`` and the Android ID ``id.device``; OpenRTB
  ``user.id`` the SDK's buyer ID ``id.device``, its geo country, region, city and ZIP
  ``location.coarse``; Gaugeplover's positions at 2 decimals ``location.coarse``, at 4
  ``location.precise``, Bellquarry's at 2 ``location.coarse``; the Coinquay cardholder's name
  ``contact.name`` and ZIP
  ``location.coarse``; a route's destination (the site, the care home) a negative, her home
  ``location.precise``.

Looked at beyond TAXONOMY.md, DESIGN.md (up to its "Truthfulness" heading) and the builder
sources (stated honestly): the whole of ``eval_payloads.py``; ``eval_families37.py``, ``_kit``,
``_sdk``, ``_svc``, ``_marche`` and ``_ride``, and a ``grep`` of set 37's modules for their
protobuf, JWT and JSON Lines calls; ``eval_families21.py``'s ``listed_once`` and ``LISTED_ONCE``;
the ``__all__`` lists of the kits of sets 6-25 and, through ``inspect``, signatures, docstrings
and sources of the helpers used (``App``, ``head``, ``claims``, ``sdk_id``, ``at_path``, ``pb``,
``multipart``, ``raw``, ``encode``, ``enc``, ``tok``, ``lines``, ``ev``, ``opaque``, ``pos``,
``latlng``, ``imu``, ``series``, ``f32b64``, ``dwell_flight``, ``report``); the file names in
``scripts/`` and in the lead's scratch directory; ``grep -ril`` counts of the new names over
``scripts/`` and ``captures/``. No classifier, rule, test or decoder source was read, and no
classifier was run. Every label's path was checked with a small decoder of the author's own
outside the project; ``main`` was run once at the end as asked (its ``report`` lists the labelled
paths the project's decoders do not produce: none), so ``DECODER_GAPS`` is empty. The paths
assume the decoder conventions sets 21-37 state (base64 JSON in a form field continues at
``data.traits.city``, in a header at ``x-flagmoraine-context.targetingKey``, in a cookie at
``as_state.vid``; base64url JSON in the query at ``d.a``; a JSON string in a JSON field at
``payload.revenue``; a URL in a JSON field per parameter (``link.ref``); JWT claims at
``.claims`` (``contact.user_jwt.claims.user_id``, ``as_receipt.claims.sub``); JSON Lines
``[i]``; a top-level JSON array ``[i].lat``; protobuf fields by number (``3.1``, ``5``);
multipart parts at their names, a file part one field; bracketed form keys as sent; URL path
``path[i]``, a segment such as ``40.58023,-73.80781`` one field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families71_hamdel
import eval_families71_kidney
import eval_families71_kite
import eval_families71_radio
import eval_families71_shed
import eval_families71_tattoo
import eval_families71_visit
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the project's decoders beyond what ``main`` prints; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families71_hamdel.hamdel(), *eval_families71_hamdel.hamdel_sdks(),
            *eval_families71_kidney.kidnova(), *eval_families71_kidney.kidnova_sdks(),
            *eval_families71_kite.gustline(), *eval_families71_kite.gustline_sdks(),
            *eval_families71_visit.hearthvisit(), *eval_families71_visit.hearthvisit_sdks(),
            *eval_families71_tattoo.needlenook(), *eval_families71_tattoo.needlenook_sdks(),
            *eval_families71_radio.dipolelog(), *eval_families71_radio.dipolelog_sdks(),
            *eval_families71_shed.shedlatch(), *eval_families71_shed.shedlatch_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
