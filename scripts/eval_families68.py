"""Sixty-eighth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (162 first-party calls and 74 SDK calls, 236 exchanges, 1,598 labelled fields
after ``listed_once``, 1,616 labels counting each category of an ``a|b`` field), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. Seven app kinds
new to the evaluation (fictional names, hosts under example.* per RFC 2606, no real company named
as sender), each with its own API and the SDKs it embeds: a Bangkok street-food and motorbike
delivery app ``eval_families68_soi.py`` ("Soi Saep": its API's keys are romanised Thai, ``chue``,
``namsakun``, ``thorasap``, ``thiyu``, ``thanon``, ``khet``, ``changwat``, ``rahat_praisani``,
``wan_koet``, ``rahat_phan``, ``lek_prachachon``; she is on a three-month posting in Bangkok), a
scoliosis brace-wear tracker with a sensor in her night brace ``_brace.py`` ("Curvetally"), a
choir-practice app recording her singing ``_choir.py`` ("Choirloft"), a gig-economy dog-grooming
booking app ``_groom.py`` ("Furtrimly"), a home-schooling app for her two children
``_school.py`` ("Hearthschool": Ava, 11, and Theo, 8, who has dyslexia), a hardware-wallet
companion ``_wallet.py`` ("Keelvault") and a hospital parking and visitor-pass app ``_ward.py``
("Wardpass": her father is an inpatient). The SDKs are ten new vendors, built once and called by
every app with its own events and choices: ``_sdk.py`` (analytics "Countmarsh", MMP "Sourcekelp",
OpenRTB 2.5 ads "Bidlichen", crash reporting "Errorgrebe") and ``_svc.py`` (flags "Toggleyarn",
push "Notifjay", consent "Optinreed", payments "Tenderloom", maps "Mapcress", support chat
"Chatthistle"). ``eval_families68_kit.py`` holds the apps' places, people, equipment, accounts and
generators (its docstring lists them); the apps' header helper ``head``, JWT claims ``claims``,
request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are ``eval_families24_kit``'s, the rest
comes from ``eval_families6_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
OTP codes, MFA and TOTP, a choir's join code, a door code), ``/me``-style GETs with JWT bearers;
street food: registration with Thai keys (a Buddhist-era birth date), log-in, OTP, her condo's
address and pin with a delivery instruction, stalls nearby, a search, the cart with a note to the
cook, an order, its status by number in the path, the rider's position by the order in the query,
a chat with the rider sharing her fix (msgpack), a rating and tip, a motorbike-taxi booking, its
trace (protobuf, nested fixes) and fare, the wallet's KYC (her passport in ``lek_prachachon`` and
its scan), a top-up, her office as a saved place, a referral, a Play subscription, the device with
the roaming network; brace: sign-up with her diagnosis, Cobb angles, an X-ray, the brace and its
sensor paired, the sensor's sync (protobuf, packed float32 temperatures), a day's wear (msgpack),
the temperature log (gzip JSON), a tilt window, symptoms, a skin-check photo, exercises, a fitting
at the orthotist's lab, the report shared with her surgeon, insurance, reminders, a forum post;
choir: the account, joining by code, the schedule and her part, a recorded take (M4A) and its
pitch analysis, a voice enrolment (speaker embedding), a range test, a practice log (msgpack), a
note on the score, a section message, a friend invited, a live sectional's ICE candidates, dues,
tickets, a check-in at the hall with her fix, an avatar, a carpool offer; grooming: SMS log-in, the
profile, her address with the gate code, the dog and its photo and certificate, groomers near her,
a quote, a booking, its status by code in the path, "I'm home" with her fix (msgpack), a chat, a
tip, a review with a photo, a reschedule fee, a membership; home school: the parent's account, both
children's profiles, the notice of intent to the district and her drawn signature, lessons by a
child's ID in the path, a lesson completed, an essay, a reading-aloud recording, handwriting
strokes (msgpack), quiz answers, attendance, a teaching note, a co-op parent invited, a field trip,
a curriculum order, screen limits, a transcript export; wallet: an account with 2FA, pairing the
device, a firmware check, her xpub, her addresses synced, a balance by address in the query,
history by address in the path, counterparties tagged, a send prepared and broadcast, the address
book, an on-ramp quote, KYC (SSN, licence scan, selfie) and order with fraud signals, a dApp
session, a tax export; hospital: SMS log-in, the visitor profile, her car, hospitals near her,
the patient looked up, a visit, health screening, her ID scan and badge photo, the pass and its QR
by code in the path, a garage entry (protobuf: her fix, the plate), validation and payment, the
rates, indoor wayfinding by the hospital's Wi-Fi, a message to the nurses, flowers to his room;
per app push registration (model, OS, locale or zone), an event log (gzip JSON, JSON Lines) and a
cookie-authenticated GET. SDKs: analytics batches (gzip, three with a position at 2, 3 or 4
decimals), identify (base64 JSON in a form field), offline queues (JSON Lines), signed-out screen
beacons (base64url JSON in the query); MMP installs and sessions (one roaming), events (a JSON
string ``partner_params``; hashed e-mail and phone) and a deep link (a URL in a JSON field);
OpenRTB 2.5 bids (GPS geo at 3 decimals, in Thailand too, or IP geo; yob and gender) and a win
notice; crash reports (gzip JSON, a child's profile ID and an address in metadata) and sessions;
flag evaluations (JSON; base64 JSON in a header of a signed-out GET); push players (tags, a
position at 2 decimals) and an open; consent records (a signed receipt cookie) and web-view
checks (a base64 JSON cookie); card tokens (bracketed form keys) and confirmations; geocoding
(text and ``proximity``), reverse geocoding (``lat,lon`` in the path), routes and map telemetry
(JSON Lines); support messages (an identity JWT in a JSON field) and attachments.

Negatives are implicit: request, trace, message, order-line, session, recording, take, lesson,
assignment, quiz, visit, parking-session and conversation IDs, idempotency keys, nonces, OTP
references, timestamps, versions, public SDK keys, OpenRTB auction, bid, seat, creative and
publisher IDs and prices; stalls (IDs, names, phones, points), menu items and their prices, the
rider (ID, name, plate, proxy phone), the destination station, a fare estimate, the Thai roaming
flag; the brace's and sensor's serial, model, Bluetooth address, firmware and battery, the
orthotist's lab (ID, name, phone, street, point), the imaging facility, the insurance group and
payer, the ambient temperature, the exercise programme; the choir (ID, hall, its point, the
director's mailbox), the piece, other singers' IDs, the pitch analysis, range, voice part,
latency, a TURN relay; the dog (name, breed, birthday, sex, weight, microchip, temperament), the
groomer (ID, name, van, its position), a quote; the field trip's museum and point, grades, the
accommodations, attendance hours, short quiz answers, screen limits; the hardware wallet (model,
serial, firmware, Bluetooth address, attestation), exchanges' published addresses, a transaction
ID and the raw signed transaction, derivation path, a WalletConnect topic, an on-ramp quote; the
hospital (ID, name, phone, street, point), the garage (ID, point, level), the room number, a BLE
beacon, the rates.

Encodings, in rough proportion to real traffic: JSON (111 plain, 19 gzip), form bodies (41), GETs
(37, 19 with query strings), multipart (15: JSON, JPEG, PNG and M4A parts), msgpack (5), JSON Lines
(5: 2 offline queues, map telemetry, 2 first-party event logs, one gzip), schema-less protobuf (3:
nested fixes ``3.1``/``4.2``, packed float32 temperatures as one bytes field ``3``, a garage entry
with a nested fix ``4.1``), headers (User-Agents, install IDs under app-specific names plain, upper
case and without dashes, Thai and English Accept-Language, opaque and JWT bearers, SDK device
headers, a support session, base64 JSON flag context), cookies (sessions, devices, a child's
profile, a JWT receipt, a base64 JSON cookie), JWTs (bearers with user ID, e-mail, phone, name,
``thorasap``, ``chue``, ``member`` and ``kids`` claims; an identity token in a JSON field; a
receipt that is no credential), base64 JSON (a form field, a header, a cookie), base64url JSON (a
query parameter), JSON strings in JSON fields, URLs in JSON fields, values in URL paths. Profile
transforms: the e-mail plain, mixed case, upper case and SHA-256; the phone E.164, national
``(555) 010-0199``, ``555-010-0199``, ``15550100199`` and SHA-256; the install ID plain, upper
case and without dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs,
protobuf and JSON Lines; the public IP (OpenRTB, an ICE candidate, a fraud check); the LAN
address (a host candidate); MCC/MNC as ``310``/``260`` and ``310260``, the carrier, the roaming
network ``52004``; the home SSID/BSSID (a fraud check); the birth date ISO, in the Buddhist era
(``2534-05-17``) and as a year; coordinates at 2 to 6 decimals as numbers, strings, query
values, a ``lat,lon`` proximity and path segment, protobuf doubles, and her places away from the
profile's position (her Bangkok condo and office, a taxi ride, the rehearsal hall, the garage).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/VPN flags, network type, free memory and storage, screen,
battery, orientation, the LAN address and User-Agents naming the model or OS ``device.info``;
event and screen names, launch and session counts, session lengths and practice minutes
``behavior.usage``; SDK install, device and player IDs, the Android ID, push tokens, consent
visitor IDs and the payment SDK's device GUID ``id.device``; passwords, PINs, one-time, SMS, MFA
and TOTP codes, an MFA token, a join code, a door code, bearer and session tokens and cookies and
a client secret ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists are
labelled per element and collapsed by ``eval_families21.listed_once``; series are labelled once
at their path (a temperature log, packed temperatures, a tilt window, handwriting strokes, a
speaker embedding); MCC/MNC, carrier and SIM/network country ``location.carrier``; city, state,
ZIP, district, province, postal code and a market ``location.coarse``; street lines
``contact.address``; a plan, an amount, a total, a fee, a tip, a fare, a top-up, a copay, dues,
revenue, order, booking and ticket numbers, a Play product, order and token
``financial.purchase``; card data, payment-method IDs and wallet addresses and xpubs
``financial.payment``; her own car's plate ``id.hardware`` (set 29); another person's name, phone
and e-mail typed by the user ``contact.*``; a value in the URL path is ``url`` ``path[i]``
(0-based over non-empty segments); text that states a health fact or quotes a labelled value
carries that category too (``content.text|...``); Thai keys are labelled as their English
equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- street food: her Bangkok condo is her address while there (``thiyu``, ``thanon``
  ``contact.address``; ``khet``, ``changwat``, ``rahat_praisani`` ``location.coarse``), her
  office's street too (her workplace, as set 23's office) with its district; ``wan_koet`` in the
  Buddhist era ``personal.birthdate``; ``phet: ying`` ``personal.gender``; ``lek_prachachon``
  holds her passport number (foreigners give it there) ``personal.national_id``, the scan
  ``content.media|personal.national_id``; ``sanchat`` (nationality) unlabelled (no taxonomy type,
  not ethnicity); the roaming network's MCC/MNC and country ``location.carrier`` like the SIM's
  (they place her in Thailand); the delivery instruction naming her building and room
  ``content.text|contact.address``; the note to the cook about her peanut allergy
  ``content.text|health.medical``; her condo, chat share, office, pickup and ride fixes
  ``location.precise``, a 2-decimal ``latlng`` ``location.coarse``; delivery fee, tip, total,
  fare and top-up ``financial.purchase``, the fare estimate not; the order number in the path,
  the query, msgpack and a support message (``content.text|financial.purchase``);
- brace: diagnosis, Cobb angles, apex, prescribed and target hours, hours worn, removals, wear
  minutes, pain, pain sites and redness ``health.medical``; the skin-temperature log (gzip JSON)
  and its packed floats (protobuf) ``health.medical`` (a medical device's reading, not motion);
  the tilt window ``behavior.motion|health.medical`` (a sensor series taken for a treatment);
  height, weight and exercise minutes ``health.fitness``; the X-ray and skin-check photos
  ``content.media|health.medical``, a strap photo to support ``content.media``; the insurance
  member ID (also a JWT claim) ``health.medical``; her symptom note and forum post
  ``content.text|health.medical``; the surgeon, typed by her, ``contact.*``;
- choir: the take ``content.media``; its pitch analysis (cents off, score, drift) unlabelled (a
  performance's score, not a voiceprint); the 256-float enrolment embedding ``biometric.voice``
  (it exists to tell singers apart); the range and voice part unlabelled; the server-reflexive
  candidate ``location.ip``, the host candidate ``device.info``; practice minutes and streak
  ``behavior.usage``; the carpool's start (her street) ``contact.address``; her fix at the hall
  ``location.precise``, the hall's point a negative; the route from her home ``location.precise``;
- grooming: the dog is a pet (set 24): its data negatives, but the photos she took of it and of
  its certificate ``content.media``; the gate code ``secret.credential``; the note naming her
  apartment ``content.text|contact.address``; texts about the dog ``content.text`` only; the quote
  a negative, the booking code, total, tip, reschedule fee and membership ``financial.purchase``;
  her fix when ready ``location.precise``, the van's point a negative;
- home school: the children are data subjects (sets 29, 35, 37): names (first and family)
  ``contact.name``, birth dates ``personal.birthdate``, profile IDs ``id.user`` (body, URL path,
  JWT claim list, cookie, crash metadata), grades unlabelled; Theo's dyslexia
  ``health.medical``, his accommodations unlabelled (they state no condition); the district
  ``location.coarse``; her drawn signature (a PNG) ``content.media``; lesson minutes
  ``behavior.usage``, attendance hours unlabelled (a schooling record, no taxonomy type); the
  essay and a free-text answer ``content.text``, numeric answers not; the reading recording
  ``content.media``; handwriting strokes ``behavior.motion`` (a touch trajectory, one label);
  the teaching note ``content.text|health.medical``; the chaperone phone (hers) ``contact.phone``;
- wallet: her xpub and addresses (body, query, URL path, crash metadata) and a friend's pasted
  address ``financial.payment`` (set 27); exchanges' published addresses, the transaction ID and
  the raw signed transaction negatives (public ledger records; the addresses carry the label, set
  27); the send's amount and fee ``financial.purchase`` (set 27), its note naming the friend
  ``content.text|contact.name``; the on-ramp order, amount and fee ``financial.purchase``, the
  quote not; the SSN ``personal.national_id``, the licence scan ``content.media|
  personal.national_id``, the selfie ``content.media`` (no template sent); the fraud block's IP
  ``location.ip``, SSID/BSSID ``location.wifi``, Android ID ``id.device``, root and VPN flags
  ``device.info``; the dApp page opened in the in-app browser ``behavior.browsing``;
- hospital: her father is a data subject: name ``contact.name``, birth date
  ``personal.birthdate``, record number and unit ``health.medical`` (the unit states a cardiac
  condition), the room number and the relationship unlabelled; her screening answers and flu
  vaccination ``health.medical``, her typed attestation ``contact.name``; the plate
  ``id.hardware``, its state ``location.coarse``; the visitor pass code ``secret.credential`` (it
  opens the ward; also in the path); the parking validation code ``financial.purchase`` (a
  discount); the hospital's access points ``location.wifi`` one label each (nearby networks), the
  BLE beacon a negative; her garage fix ``location.precise`` (also as protobuf doubles), the
  garage's point a negative; the message to the nurses ``content.text|health.medical``, the gift
  card's note signed with her name ``content.text|contact.name``;
- SDKs: Chatthistle's identity token lets its bearer act as the user in the widget
  ``secret.credential`` (claims labelled); Optinreed's receipt cookie is a signed JWT that opens
  nothing (claims labelled, the token not), its visitor ID ``id.device``, its country and region
  from the IP ``location.coarse``; Toggleyarn's key the user ID signed in, the install ID signed
  out; Errorgrebe's device ID ``id.device``; Sourcekelp's ``sk_uid`` and the Android ID
  ``id.device``, ``external_device_id`` (the app's user ID) ``id.user``; OpenRTB ``user.id`` the
  SDK's buyer ID ``id.device``, its geo country, region, city and ZIP ``location.coarse``;
  Notifjay's player ID and token ``id.device``, its position at 2 decimals ``location.coarse``;
  Tenderloom's GUID ``id.device``, its session ID a negative, the cardholder ``contact.name`` and
  postal code ``location.coarse``; Mapcress's typed address ``contact.address``, proximity and
  reverse-geocoded points by whose point they are.

Looked at beyond TAXONOMY.md, DESIGN.md and the brief (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_marche``,
``_sleep`` and ``_ride``; ``eval_families21.py``'s ``listed_once``, ``LISTED_ONCE``,
``_list_of`` and ``main``; the sources of the kits' helpers used here (``eval_families6_kit``'s
first 180 lines, parts of the 7th, 8th (``report``), 10th, 13th-18th kits, the 20th, 21st, 22nd
and 24th kits whole, constants of the 23rd and 25th); ``grep`` lines of earlier sets for a car
plate's label, ICE host candidates, a recipient IBAN and crypto addresses, with set 49's and set
27's docstring lines on crypto calls; ``grep -ril`` file-name checks of the new names over
``scripts/`` and ``captures/`` (they showed set 67's files using two first picks, since renamed);
the file names in the brief's directory. No classifier, rule, test or decoder source was read.
Every label's path was checked with a small decoder of the author's own outside the project
(JSON, gzip, forms, msgpack, JSON Lines, schema-less protobuf, multipart, JWTs, base64 and
base64url JSON, JSON strings and URLs in fields, URL path segments); the paths assume the decoder
conventions earlier sets state (base64 JSON in a form field continues at ``data.traits.zip``, in a
header at ``x-toggleyarn-user.key``, in a cookie at ``or_state.vid``; base64url JSON in the query
at ``d.a``; a JSON string in a JSON field at ``partner_params.revenue``; a URL in a JSON field per
parameter (``deeplink.booking``); JWT claims at ``.claims`` (``customer.jwt.claims.user_id``,
``or_receipt.claims.sub``); JSON Lines ``[i]``; protobuf fields by number; multipart parts at
their names, a file part one field; bracketed form keys as sent; URL path ``path[i]``, a segment
such as ``13.73821,100.56710`` one field). As the brief asks, ``main`` was run once at the end
(``report``, whose ``check_ci`` runs the project's decoders and lists labelled paths they do not
produce): it printed the counts above and listed no missing path (exit 0). That run is the only
contact the author had with the project's decoders; no classifier was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families68_brace
import eval_families68_choir
import eval_families68_groom
import eval_families68_school
import eval_families68_soi
import eval_families68_wallet
import eval_families68_ward
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# The author ran ``main`` once, as the brief asks (see the docstring); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families68_soi.soisaep(), *eval_families68_soi.soisaep_sdks(),
            *eval_families68_brace.curvetally(), *eval_families68_brace.curvetally_sdks(),
            *eval_families68_choir.choirloft(), *eval_families68_choir.choirloft_sdks(),
            *eval_families68_groom.furtrimly(), *eval_families68_groom.furtrimly_sdks(),
            *eval_families68_school.hearthschool(), *eval_families68_school.hearthschool_sdks(),
            *eval_families68_wallet.keelvault(), *eval_families68_wallet.keelvault_sdks(),
            *eval_families68_ward.wardpass(), *eval_families68_ward.wardpass_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
