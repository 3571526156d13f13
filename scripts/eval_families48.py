"""Forty-eighth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (162 first-party calls and 75 SDK calls, 237 exchanges, 1,694 labelled
fields after ``listed_once``, 1,720 labels as ``report`` counts them, one per category),
mostly ordinary placements of the profile's values (``eval_payloads.profile()``, the one every
set uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.com/.net/.org per RFC 2606, no real company named as
sender), each with its own API and the SDKs it embeds: a French public-transport ticket and fines
app ``eval_families48_billet.py`` ("Correspondo": its API's keys are French, ``nom``, ``prenom``,
``date_de_naissance``, ``telephone``, ``adresse``, ``code_postal``, ``numero_carte_identite``;
she is in Bordeaux for a month's mission and holds French and US nationality), a stuttering and
speech-therapy app ``_fluency.py`` ("Steadyvoice"), a smart toothbrush ``_brush.py``
("Brushloop"), a dating-safety and background-check app ``_safedate.py`` ("Trustwick"), a
warehouse shift app with face clock-in, geofenced check-in and a badge ``_shift.py``
("Shiftdock"), a sperm and egg donor matching app ``_donor.py`` ("Kinmatch": she is an intended
mother on her own) and a push-to-talk walkie-talkie ``_ptt.py`` ("Hailwave": a group hike). The
SDKs are ten new vendors, built once and called by every app with its own events and choices:
``_sdk.py`` (analytics "Countwillow", MMP "Installwren", OpenRTB 2.5 ads "Bidlarch", crash
reporting "Glitchmere") and ``_svc.py`` (flags "Togglewren", push "Pingthistle", consent
"Choicefern", payments "Paybriar", maps "Mapsorrel", support chat "Helpbramble").
``eval_families48_kit.py`` holds the apps' places, people, equipment, accounts and generators (its
docstring lists them); ``head``, ``claims``, ``rid`` and ``sdk_id`` are ``eval_families24_kit``'s,
``fix``, ``home`` and her licence number ``eval_families37_kit``'s, the rest comes from
``eval_families17_kit`` to ``eval_families22_kit``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and OTP
codes, an employee activation by the SSN's last four), ``/me``-style GETs with JWT bearers;
transit: the account (French keys), the card linked, a monthly pass with an ID photo and her
identity card (both sides' data, the number), tickets bought, a validation at a stop (her fix), a
journey plan (``lat,lon`` origin, the destination typed), stops nearby, departures by the stop's
ID in the path, a saved place, a fine looked up, read by its number in the path, contested (her
New York address, her ID number, a screenshot) and paid, an incident report, a message quoting
her card; speech therapy: the intake (onset, family history, OASES scores, a goal), linking her
therapist by code, a reading recorded (M4A) and its fluency scores (%SS, blocks, SSI-4), voice
features and block onsets (gzip JSON), a speaker check (a base64 float32 x-vector), easy-onset
attempts (msgpack), DAF settings (a form), a situation diary, a practice call to a pizzeria, a
transcript with disfluencies, results shared and a message to the therapist, a visit with her
insurance; toothbrush: pairing, the charging base on her home Wi-Fi (SSID, BSSID, password),
sessions (duration, 16-zone coverage, pressure alerts), the handle's IMU window (gzip JSON),
sessions synced offline (msgpack), a protobuf telemetry frame (nested summary ``4.1``/``4.2``,
packed gyro floats ``5``), gum bleeding and a gum photo, her hygienist linked and a report shared,
goals, stats, a brush-head order (her shipping address) and its status by number in the path, a
firmware check, a Health Connect export, a ticket; dating safety: the profile (who she dates), her
licence photos and number, a selfie with a face template and 68 landmarks, a background check on
the man she is meeting (name, number, age, borough), his photo for a reverse search, the report,
a date plan at a bar, trusted contacts, her live location, a check-in and her safe and duress
PINs, an SOS (note, audio clip, a msgpack trail), an area score by her rounded fix, a scam report;
warehouse: activation, credentials, a face enrolment (selfie and template), clock-in (her fix, the
geofence, the floor Wi-Fi and nearby BSSIDs, a face match), a break, clock-out with steps, a
protobuf presence frame (nested fix ``3.1``/``3.2``, battery, BSSID), shifts, a swap, time off
with a doctor's note, an injury report, direct deposit, a W-4 (SSN, address), union dues, a pay
stub, a scanner paired, a heat-illness check; donor matching: her recipient profile (ethnicity,
religion, height, blood group, CMV), medical history (AMH, FSH, endometriosis, cycles, her
clinic's patient number), donor searches (JSON filters, a text query), a donor's profile,
favourites, a question to a donor, a carrier-screening report photo, a genetic match, a vial order
and its tracking, a storage plan, the agreement e-signed with her IP, sharing with her clinic, a
wait-list, a counselling booking; walkie-talkie: SMS sign-up, her handle, friends by SHA-256 of
numbers, a channel created and joined by code, voice clips (Ogg Opus) and a transcript, live
location, the trail (msgpack), a protobuf presence frame, the talk floor, an SOS, ICE candidates,
a headset, public channels near a rounded fix, a status, a report; per app push registration,
an event log (gzip) and a cookie-authenticated GET, Play purchase checks in five apps. SDKs:
analytics batches (gzip, four with a rounded position), identify (base64 JSON in a form field),
offline queues (JSON Lines), signed-out beacons (base64url JSON in the query); MMP installs and
sessions (Android ID on installs, MCC and MNC apart), events as forms (a JSON string
``partner_params``, revenue, hashed e-mail and phone) and deep links (a URL in a JSON field);
OpenRTB 2.5 bids (GPS geo at 3 decimals, in France too, or IP geo with a metro; yob, gender,
keywords; MCC-MNC in ``device.ext``) and win notices; crash envelopes (JSON Lines) and sessions;
flag evaluations (JSON; base64 JSON in a header of a GET); push subscriptions (tags, a position at
2 decimals) and an open receipt (a form); consent records (a signed receipt cookie) and a web
view's check (a base64 JSON cookie); card tokens and confirmations (bracketed form keys);
geocoding (text and ``proximity``), reverse geocoding (``lat,lon`` in the path), a route and map
telemetry (a gzip JSON array); support messages (a user JWT in a JSON field) and attachments.

Negatives are implicit: request, trace, message, session, check, date, SOS, shift, time-off,
clip, call, floor, counsellor, evidence and order-tracking IDs, idempotency keys, nonces,
timestamps, versions, public SDK keys, OpenRTB auction, bid, seat, creative and publisher IDs and
prices, an install referrer; the tram stops' IDs, names and points, a tram set's ID, the
inspector's badge, a ticket's ID; the speech clinic's ID, name, phone and street, the pizzeria and
its number, a recording's length and sample rate, noise floor, the scorer, a threshold; the brush,
its head, base, serial, Bluetooth address, firmware, battery and model, the dental practice's ID,
name, phone, street and point, goals and times, an RSSI; the bar's name, street and point, the
dating app's name, the face box and liveness, a photo's crop; the warehouse's ID, name, geofence
centre and radius, zones, the scanner's serial, Bluetooth address and model, a co-worker's ID, units
picked, match and liveness scores, the consent version, filing status; donors' IDs, the clinic's
ID, name, street and phone, the lab, eye colour; other members' IDs, the channel, a public
channel, the summit's point, the headset's address and name, altitude, speed, a TURN relay.

Encodings, in rough proportion to real traffic: JSON (107 plain, 18 gzip), form bodies (41), GETs
(40, 21 with query strings), multipart (15: JSON, JPEG, M4A and Ogg Opus parts), msgpack (4),
JSON Lines (9: 7 crash envelopes under their own content type, 2 offline queues), schema-less
protobuf (3: a summary ``4.1``/``4.2`` with packed floats as one bytes field ``5``, two nested
fixes ``3.1``/``3.2``), headers (User-Agents, install IDs under app-specific names plain, upper
case and without dashes, French and English Accept-Language, opaque and JWT bearers, SDK device
headers, a support session, base64 JSON flag user), cookies (sessions, devices, a JWT receipt, a
base64 JSON cookie), JWTs (bearers with user ID, ``courriel``, ``carte``, e-mail, name, phone,
``employee``, ``handle`` claims; a user JWT in a JSON field; a receipt that is no credential),
base64 JSON (a form field, a header, a cookie), base64url JSON (a query parameter), a JSON string
in a form field, URLs in JSON fields, values in URL paths. Profile transforms: the e-mail plain,
mixed case, upper case and SHA-256; the phone E.164, spaced (the profile's), national
``(555) 010-0199``, ten digits, dashed and SHA-256; the install ID plain, upper case and without
dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs, msgpack, protobuf and
JSON Lines; the public IP (OpenRTB, an e-signature, an ICE candidate); the LAN address (a host
candidate); MCC and MNC apart and as ``310-260``, the carrier; the home SSID/BSSID; the birth
date ISO and as ``17/05/1991``, a birth year; coordinates at 2 to 6 decimals as numbers, strings,
query values, a ``lat,lon`` origin, proximity and path segment, protobuf doubles, and her fixes
away from the profile's position (Bordeaux, a bar, an SOS, the warehouse, a hike).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flag, network and connection type, free memory and storage,
screen, battery and charging, the LAN address and User-Agents naming the model or OS
``device.info``; event and screen names, session counts and lengths, an event token
``behavior.usage``; SDK install and device IDs, the Android ID, push tokens, consent visitor IDs
and the payment SDK's device ID ``id.device``; passwords, PINs, SMS and OTP codes, a linking
code, a join code, a Wi-Fi password, bearer and session tokens and cookies and a client secret
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists are labelled per
element and collapsed by ``eval_families21.listed_once``; series are labelled once at their path
(an IMU window, packed floats, block onsets, coverage, disfluencies); MCC, MNC, carrier
``location.carrier``; city, state, ZIP, ``ville``, ``code_postal``, ``pays``, a borough, a metro
and IP-derived country and region ``location.coarse``; street lines (``adresse``,
``complement``, ``line1``/``line2``) ``contact.address``; plans, amounts, totals, prices, a
pass, tickets, revenue, order numbers, vials, a Play product, order and token
``financial.purchase``; card data, bank account and routing numbers and payment-method IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``;
a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments); text that
states a health fact, a sensitive trait or quotes a labelled value carries that category too
(``content.text|...``); French keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- transit: her transit card number ``id.user`` (sign-up, JWT ``carte``, pass, MMP event, a
  message quoting it ``content.text|id.user``); the identity card number
  ``personal.national_id`` and its photo ``content.media|personal.national_id``, the ID photo for
  the pass ``content.media`` (no template); ``civilite: Mme`` ``personal.gender``; her Bordeaux
  flat is her address while there (``contact.address``, its point ``location.precise``); the
  fine's notice number ``financial.purchase`` wherever it appears (it is the bill she pays, also
  in the path), the contest's reason ``content.text``; the incident report's fix (she is at the
  stop) ``location.precise``, the stop's own point a negative; the journey's typed destination
  ``behavior.search``;
- speech therapy: onset age, family history, previous therapy, stutter types, OASES scores,
  %SS, blocks, repetitions, prolongations, SSI-4, severity, speech rate, self-ratings, anxiety,
  avoidance, voice features (F0, jitter, shimmer, HNR), block onsets, easy-onset measures,
  disfluencies and DAF delay and pitch shift (therapy settings, as set 37's CPAP)
  ``health.medical``;
  recordings made for therapy ``content.media|health.medical``; the 256-float speaker embedding
  ``biometric.voice`` (it exists to tell that she is the speaker); the diary, notes, goal,
  messages and transcript ``content.text|health.medical`` (a transcript saying "for Jane" also
  ``contact.name``); ``pronouns: she/her`` ``personal.gender``; the insurance member ID
  ``health.medical``; the therapist she types ``contact.*``, her linking code
  ``secret.credential``; the pizzeria (a business) a negative;
- toothbrush: brushing duration, coverage, quadrant times, pressure alerts and exported
  durations ``health.fitness`` (a hygiene habit tracked like activity, no condition); the
  handle's IMU window and packed gyro floats ``behavior.motion`` (sensor series); bleeding,
  areas, sensitivity, swelling and notes ``health.medical`` (notes ``content.text|...``), the gum
  photo ``content.media|health.medical``; the charging base's SSID and BSSID ``location.wifi``
  and the Wi-Fi password ``secret.credential``; the hygienist's name and e-mail typed by her
  ``contact.*`` (a note greeting her by name ``content.text|health.medical|contact.name``); the
  brush and the practice are negatives;
- dating safety: ``datesWith`` men and women ``personal.sensitive`` (sexual orientation); the
  licence number ``personal.national_id``, its photos ``content.media|personal.national_id``;
  the selfie ``content.media``, its template and landmarks ``biometric.face``, liveness and box
  not; the man she checks is a data subject: his names ``contact.name``, number
  ``contact.phone``, age ``personal.birthdate``, borough and state ``location.coarse``, his
  photo ``content.media`` (a picture she uploads, no template); the check's package and price
  ``financial.purchase``; trusted contacts ``contact.*``; safe and duress PINs
  ``secret.credential``; the SOS note ``content.text``, its audio ``content.media``; the area
  score's 3-decimal fix ``location.precise``; a scammer's first name ``contact.name``;
- warehouse: the badge and employee number ``id.user`` (activation, log-in user name, JWT,
  clock, scanner, events, a support message ``content.text|id.user``); the SSN's last four and
  the SSN ``personal.national_id``; the enrolment selfie ``content.media``, the 128-float
  templates ``biometric.face``, match and liveness scores not; her clock, break, clock-out,
  presence and fall fixes ``location.precise``, the geofence a negative; the floor network's
  SSID and BSSID and nearby BSSIDs ``location.wifi`` (the networks her phone sees); steps
  ``health.fitness``; the swap note about her mother's chemotherapy, time-off reason, injury and
  heat symptoms ``health.medical`` (texts ``content.text|health.medical``), the doctor's note
  photo ``content.media|health.medical``; union membership and the local
  ``personal.sensitive`` (trade-union membership); the co-worker's name typed ``contact.name``;
- donor matching: her ethnicity and religion ``personal.sensitive``; blood group, CMV, AMH, FSH,
  conditions, cycles, planned treatment, carrier genes and the screening result
  ``health.medical``, her clinic's patient number ``health.medical`` (a medical record number,
  as set 37's member ID), height ``health.fitness``, eye colour unlabelled; donor filters and the
  text query ``behavior.search``, the ethnicity filter also ``personal.sensitive`` (it tells her
  own, also in the analytics event); donors' IDs negatives (his, not hers); a favourite's note,
  questions and a counselling topic ``content.text``; vials, the order, storage plan and total
  ``financial.purchase``; the e-signature's IP ``location.ip``; ``familyType`` unlabelled;
- walkie-talkie: the handle ``id.user`` (also in a deep link); friends' SHA-256 numbers one
  ``content.contacts`` label, her own hash ``contact.phone``; the channel's name, transcript,
  status and a report ``content.text``, the SOS message ``content.text|health.medical``; voice
  clips ``content.media`` (no template); live location, trail, presence and SOS fixes
  ``location.precise``, nearby channels by a 2-decimal fix ``location.coarse``, altitude and
  speed unlabelled; the join code ``secret.credential`` (also in the invite link); the headset
  and the summit negatives;
- SDKs: Helpbramble's user JWT lets its bearer act as the user ``secret.credential`` (claims
  labelled); Choicefern's receipt cookie is a signed JWT that opens nothing (claims labelled, the
  token not), its visitor ID ``id.device``, country and region ``location.coarse``;
  Togglewren's user key the user ID signed in; Glitchmere's session ``did`` the user ID;
  Installwren's ``iw_uid`` and the Android ID ``id.device``, ``event_token`` ``behavior.usage``;
  OpenRTB ``user.buyeruid`` ``id.device``, geo country, region, metro and city
  ``location.coarse``; Pingthistle's 2-decimal position ``location.coarse``; the route's summit a
  negative; Paybriar's ``radar[device_id]`` ``id.device``, the cardholder's name ``contact.name``
  and ZIP ``location.coarse``.

Looked at beyond TAXONOMY.md and DESIGN.md (stated honestly): the whole of ``eval_payloads.py``,
``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep``, ``_marche`` and ``_chat``;
``eval_families24_kit.py`` and ``eval_families20_kit.py`` whole; ``eval_families17_kit.py`` from its
imports on; the docstrings of the kits of sets 6, 7 and 16-25; ``eval_families8_kit``'s ``report``
and ``check_ci`` and its first lines; through ``inspect``, the sources of helpers of kits 6-22
(``multipart``, ``pb``, ``raw``, ``enc``, ``add``, ``tok``, ``jwt``, ``landmarks``, ``f32b64``,
``imu``, ``keys``, ``dwell_flight``, ``sjwt``, ``lines``, ``at_path``, ``sdk_uid``, ``sdk_uuid``,
``series``, ``jsonl``, ``encode``, ``ll``, ``e7``, ``srflx``, ``relay``, ``pb64``) and some
constants' values; ``eval_families21.py``'s ``listed_once``, ``LISTED_ONCE`` and ``_list_of``; a
``grep`` of ``eval_families32.py`` for "donor" (its docstring's lines); the file names of
``scripts/`` and of the lead's scratch directory (no file there opened); ``grep -ril`` counts of
candidate names over ``scripts/`` and ``captures/``; by mistake, ``git --version`` (no repository
command). No classifier, rule, test or decoder was read; no classifier was run. Every label's path
was checked with a small decoder of the author's own outside the project; ``main`` (whose ``report``
runs the project's decoders through ``check_ci``) was run once at the end, as the brief asks: it
printed the counts and listed no labelled path the decoders do not produce. The paths assume the
decoder conventions sets 21-37 state (base64 JSON in a form field continues at ``data.traits.zip``,
in a header at ``x-togglewren-user.key``, in a cookie at ``cf_state.vid``; base64url JSON in the
query at ``d.a``; a JSON string in a form field at ``partner_params.order``; a URL in a JSON field
per parameter (``deeplink.ref``); JWT claims at ``.claims`` (``contact.userJwt.claims.user_id``,
``cf_receipt.claims.sub``); JSON Lines ``[i]``; a top-level JSON array ``[i].lat``; protobuf fields
by number (``3.1``, ``4.2``, ``5``); multipart parts at their names, a file part one field;
bracketed form keys as sent; URL path ``path[i]``, a segment such as ``40.74183,-73.98931`` one
field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families48_billet
import eval_families48_brush
import eval_families48_donor
import eval_families48_fluency
import eval_families48_ptt
import eval_families48_safedate
import eval_families48_shift
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Paths checked with the author's own decoder; ``main`` run once at the end listed no missing
# path, so no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families48_billet.correspondo(), *eval_families48_billet.correspondo_sdks(),
            *eval_families48_fluency.steadyvoice(), *eval_families48_fluency.steadyvoice_sdks(),
            *eval_families48_brush.brushloop(), *eval_families48_brush.brushloop_sdks(),
            *eval_families48_safedate.trustwick(), *eval_families48_safedate.trustwick_sdks(),
            *eval_families48_shift.shiftdock(), *eval_families48_shift.shiftdock_sdks(),
            *eval_families48_donor.kinmatch(), *eval_families48_donor.kinmatch_sdks(),
            *eval_families48_ptt.hailwave(), *eval_families48_ptt.hailwave_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
