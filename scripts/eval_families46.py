"""Forty-sixth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (165 first-party calls and 70 SDK calls, 235 exchanges, 1,634 labelled paths
after ``listed_once``, 1,645 category labels counting the 11 double labels once per category),
mostly ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. Seven app kinds new to the evaluation (fictional names, hosts
under example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs
it embeds: a Mexican micro-lending app ``eval_families46_prestamo.py`` ("Lanapronto": its API's keys
are Spanish; she lives in Mexico City on a posting), a kidney dialysis patient app ``_renal.py``
("Nephrova": snake_case), a golf swing analyser with a wrist sensor ``_golf.py`` ("Fairloft":
camelCase), a nurses' shift-swap app with the nurses' union in it ``_shift.py`` ("Shiftkin"), a
live-translation smart-glasses app ``_parla.py`` ("Parlaview": a trip to Madrid), a fishing log
``_fish.py`` ("Reelnotch": Long Island Sound, her boat) and a tenants' repair-request app
``_tenant.py`` ("Tenfix": her New York flat). The SDKs are ten new vendors, built once and called by
every app with its own events and choices: ``_sdk.py`` (analytics "Countsparrow", MMP "Attrireed",
OpenRTB 2.5 ads "Bidhollow", crash reporting "Crashpebble") and ``_svc.py`` (flags "Flagtern", push
"Pushmeadow", consent "Consentreef", payments "Payquince", maps "Tilefathom", support chat
"Helpmarlin"). ``eval_families46_kit.py`` holds the apps' places, people, equipment, documents and
generators (its docstring lists them); the apps' header helper ``head``, JWT claims ``claims``,
request IDs ``rid``, other users' IDs ``others`` and SDK per-install IDs ``sdk_id`` are
``eval_families24_kit``'s, the rest comes from ``eval_families6_kit.py`` to
``eval_families22_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant and a
refresh-token grant, SMS and MFA codes, one MFA code in a header, a PIN, a staff number as log-in),
``/me``-style GETs with JWT bearers; lending: registration by SMS, the applicant (CURP, RFC,
``17/05/1991``, sex), her address in Roma Norte with its point, employment and income, a passport
scan, a liveness selfie (a float32 template, 68 landmarks), the credit-bureau authorisation with its
NIP, a device scan (installed apps, Wi-Fi, LAN address, carrier, MCC/MNC, Android and advertising
IDs; gzip), the address book uploaded (gzip), two references, offers, the application (her fix as
strings, the public IP), a finger signature, the CLABE, a repayment at a corner shop, a location
ping (msgpack), a complaint; dialysis: the kidney profile, the Medicare card, sessions (weights,
blood pressure, fluid removed, Kt/V, symptoms), the chair's vitals (msgpack), fluid intake (a form
and JSON), a daily check-in (protobuf), a lab panel (gzip), a lab sheet's photo, medicines, a renal
diet log, the transplant wait-list, her brother as a living donor, a fistula photo with a note, a
message to the care team, her nephrologist, transport to the unit, units near her in Boston (query),
a visit request; golf: the profile (height, handicap, association number), pairing the wrist sensor,
a swing's wrist window (gzip) and a protobuf swing summary (her fix on the range, packed gyro
floats), a swing video and its pose track, a round, her shots (msgpack), scores (a form), the
round's steps and heart rate, a course search, holes by the course in the path, a tee time with a
guest, an invitation, a swing shared with her coach, a post, a Health Connect import, a Play
subscription; nurses: the profile with her RN licence, shifts, a swap offered and accepted,
availability (msgpack), sick leave and a doctor's note, vaccinations, a clock-in on the ward's Wi-Fi
with her fix, a shift pickup, a message to a colleague, the licence card; the union: joining the
local (home address, e-mail, phone, a finger signature), the membership card by member number in the
query, dues by bank debit, a strike-authorisation ballot, a grievance naming witnesses; glasses:
pairing, the hotspot details (home SSID, BSSID, passphrase, LAN address), a voice enrolment (a
192-float speaker vector, WAV), her own face registered so it is not blurred (a float32 template),
firmware by the glasses' serial in the path, a conversation started in Madrid, streamed speech
(protobuf: an Ogg chunk, a nested fix), the translated segments with her fix, a camera frame with
bystanders' face boxes only, a saved phrase, sharing a transcript with a friend, offline packs near
her, captions settings, usage (a form), glasses telemetry (gzip), a Play subscription, feedback;
fishing: the angler profile with her marine registry number and its photo, her boat, a catch with a
photo and the spot, an offline sync (msgpack), a saved spot with notes, spots near her, tides by
station in the path, a forecast by her spot's ``lat,lon`` in the path, a trip with a float-plan
contact, the trip's track (protobuf, a nested fix), regulations, a tournament entry, a tackle order,
a post, the fish finder linked over its own Wi-Fi, a weather alert; tenants: the tenancy (address
and point), the landlord and the managing agent, the household, a leak request with two photos and
the lobby's door code, a mould report, a leak video, open requests, messages, a visit slot, a
rating, rent paid and its receipt by reference in the query, a landlord's letter photographed, a
city complaint relayed, a heat log (msgpack), a gas emergency with her fix; per app push
registration (with the model, OS and locale), an event log (gzip) and a cookie-authenticated GET.
SDKs: analytics batches (gzip; the Android ID as ``context.device.id``; a position at 2, 3 or 4
decimals in four of them), ``identify`` calls, offline queues (JSON Lines), signed-out beacons
(base64 JSON in the query); MMP sessions and events as forms (``partner_params`` a JSON string;
hashed e-mail and phone) and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (banner, video,
native; GPS geo at 3 decimals, in Mexico too, or IP geo, in Spain with a GDPR consent string; yob,
gender, keywords) and win beacons; crash envelopes (JSON Lines under their own content type; a
breadcrumb URL with her e-mail in its query) and sessions; flag evaluations (JSON; base64 JSON in a
header of a GET); push installations (PUT, the installation ID in the URL path; tags, a position at
2 decimals); consent records (a signed receipt cookie) and a web-view check (a base64 JSON cookie);
card tokens (bracketed form keys, a Mexican postal code), bank accounts (US, a CLABE); geocoding
(text and ``proximity``), reverse geocoding (``lat,lon`` in the path), a route and map telemetry (a
gzip JSON array); support messages (an identity JWT in a JSON field) and attachments.

Negatives are implicit: request, trace, message, event, loan, offer, KYC attempt, session, lab,
thread, swing, round, swap, shift, leave, ballot receipt, conversation, catch, trip and request IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys (a DSN, flag, push, consent and map
keys, a publishable key, an app token), OpenRTB auction, bid, creative and publisher IDs and prices,
a GDPR consent string, other users' IDs (golf partners, crew, colleagues); the employer in Mexico,
its phone, her job title, income, pay frequency and tenure; the corner shop's ID, name and point;
the bank's name; the dialysis unit's and the Boston unit's IDs and points, the chair, the machine's
serial, the technician's initials, the transplant centre, the secondary plan's name, a wheelchair
flag that is false; the wrist sensor's serial, Bluetooth address, model and firmware, the course's
ID, phone, pin and holes, club speed, tempo, face angle, scores, handicap, differential, the pose
model's phases; the hospital's ID, name, point and geofence, the unit, certifications, shift days, a
pickup incentive; the glasses' serial (also in a URL path), Bluetooth address, model, firmware,
battery and temperature, bystanders' face boxes, a sign read by OCR, the market's point, language
pairs; the boat's name, registration, hull ID, length and engine, the marina's ID and point, the
tide station, species, lengths, weights, water temperature, bait, the fish finder's SSID and
address; the building's ID, the managing agent's name, phone, street and mailbox, the flat's air
temperatures, the number of adults and pets.

Encodings, in rough proportion to real traffic: JSON (106 plain, 7 of them PUTs; 20 gzip), form
bodies (33), GETs (40, 25 with query strings), multipart (17: JSON, JPEG, MP4, WAV parts), msgpack
(6), JSON Lines (9: 7 crash envelopes under their own content type, 2 offline queues), schema-less
protobuf (4: nested sub-messages ``3.1``/``3.2`` and ``5.1``/``5.2``, packed floats as one bytes
field ``6``, an Ogg chunk as bytes field ``3``, a zigzag varint), headers (User-Agents, install IDs
under app-specific names plain, upper case and without dashes, Spanish and English Accept-Language,
opaque, session and JWT bearers, an MFA code, SDK device and session headers, base64 JSON flag
context), cookies (sessions, install IDs, a JWT receipt, a base64 JSON cookie), JWTs (bearers with
user ID, e-mail, phone, name, ``curp``, ``mrn``, ``ghin``, ``emp``, ``unionMember``, ``handle``
claims; an identity token in a JSON field; a receipt that is no credential), base64 JSON (a query
parameter, a header, a cookie), JSON strings in form fields, URLs in JSON fields. Profile
transforms: the e-mail plain, mixed case, upper case and SHA-256; the phone E.164, spaced (the
profile's), national, dashed, ``+1 (555) 010-0199``, ten digits and SHA-256; the install ID plain,
upper case and without dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs,
msgpack, protobuf and JSON Lines; the public IP (OpenRTB, the loan application); the LAN address
(the device scan, the glasses' hotspot) and one on the fish finder's network; MCC/MNC as ``310260``
and as ``mcc``/``mnc``, the carrier; the home SSID/BSSID and the ward's; the birth date ISO and as
``17/05/1991``, a birth year; coordinates at 2 to 6 decimals as numbers, strings, query values, a
``lat,lon`` proximity, query value and path segment, protobuf doubles, and her places away from the
profile's position (Mexico City, Boston, the golf course, the hospital, Madrid, her fishing spots).

Conventions kept from sets 20-37 (as set 29 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flag, free memory and storage, screen, battery, connection type,
the LAN address and User-Agents naming the model or OS ``device.info``; event and screen names,
session counts and lengths, minutes and conversations translated ``behavior.usage``; SDK install and
device IDs, the Android ID, push tokens, consent visitor IDs and the payment SDK's device
fingerprint ``id.device``; passwords, PINs, one-time, SMS and MFA codes, a pairing code, a Wi-Fi
passphrase, a door code, a refresh token, bearer and session tokens and cookies and a client secret
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists are labelled per
element and collapsed by ``eval_families21.listed_once``; series are labelled once at their path
(vitals, a wrist window, packed gyro floats, a pose track, signatures); MCC/MNC and carrier
``location.carrier``; city, state, ZIP, ``colonia``, ``alcaldia``, ``codigoPostal``, ``ciudad``,
``estado``, a country from the IP and a licence's state ``location.coarse``; street lines
(``calle``, ``interior``, the unit) ``contact.address``; an amount, a fee, a price, a total,
revenue, a receipt or payment reference, a Play product, order and token ``financial.purchase``;
card data, bank account, routing and CLABE numbers, an account mask and payment-method IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``; a
value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments); text that states a
health fact carries that category too (``content.text|...``); a state-issued licence's number is
``personal.national_id`` (set 25's boating certificate) and its photo
``content.media|personal.national_id``; boats and their registrations are negatives (as sets 23-28's
plates); income and employer have no taxonomy type (sets 13-37); Spanish keys are labelled as their
English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- lending: the CURP and RFC ``personal.national_id`` (body, JWT claim ``curp``), the passport number
  too and its scan ``content.media|personal.national_id``; ``sexo: M`` ``personal.gender``; her Roma
  Norte flat is her address while posted there, ``colonia`` and ``alcaldia`` ``location.coarse``;
  income, employer, job title, pay frequency, tenure, marital status and dependants unlabelled; the
  liveness template and 68 landmarks ``biometric.face``, scores and the face box not; the bureau NIP
  and the contract's signing code ``secret.credential``; the finger signature ``behavior.motion``;
  the device scan's installed packages one ``device.apps`` label; the uploaded address book
  ``content.contacts`` (one label per name and per number list), the two references she names
  ``contact.*`` (a friend is also in the address book: each call labelled by what it is); the loan's
  amount, the repayment and its cash reference ``financial.purchase`` (a credit product bought and
  paid for), the CLABE ``financial.payment``; the offers' query (amount, term) unlabelled (a price
  list asked for); the location ping and the application's fix ``location.precise``, the analytics
  position at 2 decimals ``location.coarse``;
- dialysis: the diagnosis, CKD stage, start, modality, vascular access, session weights, dry weight,
  fluid removed, blood pressure, treatment time, Kt/V, symptoms, the chair's vitals (one series
  label), fluid intake and its limit, check-in answers, lab values, medicines and doses, renal diet
  potassium/phosphorus/sodium/fluid, the wait-list entry, status, blood group, cPRA, listing date
  and organ ``health.medical`` (a dialysis unit's treatment record); her home weigh-in (JSON and the
  protobuf check-in's double) ``health.fitness`` (a body measurement, as every set), the chair's
  weights ``health.medical`` instead (treatment parameters); the unit's record number (JWT claim
  ``mrn``) and her Medicare number ``health.medical`` (as set 37's insurance member ID, not a
  national ID); her brother's name and phone ``contact.*`` and his blood group ``health.medical``
  (another data subject's health data); the lab sheet's, the fistula's and a dialysis bill's photos
  ``content.media|health.medical``; the fistula note and the care-team message
  ``content.text|health.medical``, the breakfast she typed ``content.text``; the search for units
  near Back Bay ``behavior.search``; her Boston fix at 3 decimals in the query ``location.precise``,
  her stay's city and state ``location.coarse``; flags, push tags and analytics properties carrying
  the modality, the wait-listing, fluid, a test's name and fluid removed ``health.medical``;
- golf: the handle ``id.user``, the association number (body, JWT claim ``ghin``) ``id.user`` (her
  account at the association, as set 25's library card); height, steps, distance, active energy,
  heart rate, resting heart rate and the round's duration ``health.fitness``; handicap, scores,
  differential, club speed, tempo and face angle unlabelled (game performance, no type); the wrist
  window, the packed gyro floats and the pose track from her swing video ``behavior.motion`` (sensor
  and body-movement series of her); the swing video and the post's photo ``content.media``; her
  shots, her fix on the range and the start of the round ``location.precise``, the course's pins and
  tees negatives; the tee time's price ``financial.purchase``, the guest's name, the invited friend
  and the coach ``contact.*``;
- nurses: the staff number she signs in with (body, JWT claim ``emp``) ``id.user``; her RN licence
  number (profile, card fields) ``personal.national_id`` and the card's photo
  ``content.media|personal.national_id``, the licence's state ``location.coarse``; the sick-leave
  reason, vaccinations and TB test ``health.medical``, the doctor's note photo
  ``content.media|health.medical``; her fix at the staff entrance ``location.precise`` and the
  ward's Wi-Fi her phone is on ``location.wifi`` (set 21's office Wi-Fi), the hospital's point and
  geofence negatives; trade-union membership is ``personal.sensitive``: the local she joins, the
  dues memo naming the local, the strike-authorisation vote, the JWT claim ``unionMember`` and the
  union flags leaking to analytics (a property, an identify trait), the MMP (a partner parameter)
  and push (a tag); her union member number (dues, ballot, grievance, the card's query) ``id.user``
  (her account at the union; the sensitivity rides on the fields above); dues ``financial.purchase``
  and the debited account ``financial.payment``; the grievance and messages ``content.text``, the
  witnesses she names ``contact.name``, colleagues chosen from the roster (their IDs) negatives; a
  crash breadcrumb's URL with her e-mail in the query ``contact.email`` at ``...data.url.email``;
- glasses: the speaker vector ``biometric.voice`` and her registered face template
  ``biometric.face`` (both exist to recognise her); the enrolment WAV, her selfie, the streamed Ogg
  chunk and the camera frame ``content.media`` (recordings, no template); bystanders' face boxes and
  the blur count unlabelled (no template leaves the glasses); both sides of the translated
  conversation, source and translation, ``content.text`` (as set 36's captions); a saved phrase
  about a nut allergy ``content.text|health.medical``; ``hard_of_hearing`` ``health.medical``; the
  friend she shares with ``contact.*``; her Madrid fixes (segments, protobuf, the reverse geocode at
  4 decimals) ``location.precise``, the offline packs' ``near`` and the analytics position at 2
  decimals, the city and country of the conversation and the IP geo ``location.coarse``; the home
  SSID, BSSID ``location.wifi`` and the hotspot passphrase ``secret.credential``, the phone's LAN
  address ``device.info``;
- fishing: her marine fishing registry number ``personal.national_id`` (a state-issued licence) and
  its photo ``content.media|personal.national_id``; the boat (name, registration, hull ID)
  negatives; her spots, catches, the trip's track, the forecast's path segment and the weather
  alert's point ``location.precise`` (3 to 6 decimals), ``spots/nearby`` at 2 decimals and the push
  position ``location.coarse``, the marina (a route's start) a negative; a spot's name and notes
  ``content.text`` (text she wrote about her own place); the float-plan contact ``contact.*``; the
  fish finder's SSID and address negatives (its own access point), the phone's address on it
  ``device.info``; a home state and the regulations' state ``location.coarse``;
- tenants: her flat's address, its point at 5 decimals ``location.precise``, the landlord she types
  ``contact.*``, the managing agent (a business) negatives; her son's first name ``contact.name``
  and birth year ``personal.birthdate``, her mother's wheelchair use ``personal.sensitive``
  (disability); the lobby's door code ``secret.credential``; the mould report naming her son's
  asthma ``content.text|health.medical``; photos, the video and the letter's scan ``content.media``;
  rent paid, its receipt reference (in the query) and the analytics amount ``financial.purchase``,
  the account mask ``financial.payment``; the city complaint's complainant and address labelled as
  hers; the heat log's temperatures negatives; the gas emergency's fix near her door
  ``location.precise``; the address typed into the geocoder ``contact.address``; a deep link's
  ``email`` parameter ``contact.email``;
- SDKs: Helpmarlin's identity token lets its bearer act as the user in the widget
  ``secret.credential`` (claims labelled); Consentreef's receipt cookie is a signed JWT that opens
  nothing (claims labelled, the token not), its visitor ID ``id.device``, its country and region
  from the IP ``location.coarse``; Flagtern's targeting key the user ID signed in; Crashpebble's
  session ``did`` the user ID; Attrireed's ``ar_uid`` and the Android ID ``id.device``, its
  ``session_count`` ``behavior.usage``; Countsparrow's ``context.device.id`` (the Android ID)
  ``id.device``; Pushmeadow's installation ID in the URL path ``id.device``; OpenRTB ``user.id`` the
  SDK's buyer ID ``id.device``, its IP-geo country, region, city and ZIP ``location.coarse``, the
  TCF consent string unlabelled; the Payquince cardholder's name ``contact.name``, postal code and
  country ``location.coarse``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` and ``_ride``;
``eval_families36_glasses.py`` and the first part of ``eval_families36.py``'s docstring;
``eval_families21.py``'s ``listed_once``; ``eval_families17_kit.py``, ``_20_kit`` and ``_21_kit``
whole, parts of the kits of sets 6-25 (their ``def`` and constant lines by ``grep``, and the sources
of the helpers used, ``check_ci`` and ``report``); a ``grep`` of set 25's docstring for boating and
licences and one over the docstrings of sets 20-43 for plates, union, income, employer, handicap,
dialysis, CURP and RFC (it printed lines of sets 20-29); ``pyproject.toml``'s dependency and ruff
lines (a ``grep`` printed lines 38-72); ``grep -ril`` counts of the new names over ``scripts/`` and
``captures/``. By mistake the author once ran ``git --version`` (nothing else of git). No
classifier, rule, test or decoder was read; no classifier was run. Every label's path was checked
with a small decoder of the author's own outside the project; ``main`` was then run as the brief
asks (its ``check_ci`` runs the project's decoders only): it listed no missing path, so
``DECODER_GAPS`` is empty. The paths follow the decoder conventions sets 21-37 state (base64 JSON in
the query at ``data.e``, in a header at ``x-flagtern-context.targetingKey``, in a cookie at
``cr_state.vid``; a JSON string in a form field at ``partner_params.local``; a URL in a JSON field
per parameter (``deeplink.email``, ``[2].breadcrumbs[0].data.url.email``); JWT claims at ``.claims``
(``contact.identity.claims.sub``, ``cr_receipt.claims.sub``); JSON Lines ``[i]``; a top-level JSON
array ``[i].lat``; protobuf fields by number (``3.1``, ``5.2``, ``6``); multipart parts at their
names, a file part one field; bracketed form keys as sent; URL path ``path[i]``, a segment such as
``40.947,-73.352`` one field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families46_fish
import eval_families46_golf
import eval_families46_parla
import eval_families46_prestamo
import eval_families46_renal
import eval_families46_shift
import eval_families46_tenant
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main`` (the decoders' path check) listed no missing path; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families46_prestamo.lanapronto(), *eval_families46_prestamo.lanapronto_sdks(),
            *eval_families46_renal.nephrova(), *eval_families46_renal.nephrova_sdks(),
            *eval_families46_golf.fairloft(), *eval_families46_golf.fairloft_sdks(),
            *eval_families46_shift.shiftkin(), *eval_families46_shift.shiftkin_sdks(),
            *eval_families46_parla.parlaview(), *eval_families46_parla.parlaview_sdks(),
            *eval_families46_fish.reelnotch(), *eval_families46_fish.reelnotch_sdks(),
            *eval_families46_tenant.tenfix(), *eval_families46_tenant.tenfix_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
