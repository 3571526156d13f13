"""Sixty-second, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not, and ran no git command).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (162 first-party calls and 74 SDK calls, 236 exchanges, 1,667 labelled fields
after ``listed_once``, 1,698 category labels as ``main`` counts them), mostly ordinary placements
of the profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. Seven app kinds new to the evaluation (fictional names, hosts under example.* per RFC
2606, no real company named as sender), each with its own API and the SDKs it embeds: a Manila
remittance-and-e-load app for overseas Filipinos' families keyed in Tagalog and English
``eval_families62_padala.py`` ("Padalaya": she sends money and load to her husband's family in
Quezon City), a lupus flare and medication diary ``_lupus.py`` ("Lupiday"), a smart motorcycle
helmet with crash detection and an intercom ``_helmet.py`` ("Visorlink"), a surrogacy and
egg-donor agency portal with a GraphQL API ``_surrogacy.py`` ("Cradlebridge": she and her wife
Alex are intended parents), a home-cleaning marketplace where she books cleaners ``_clean.py``
("Tidyhive"), a live-caption phone-call app for a hard-of-hearing user ``_caption.py``
("Captelo") and a boat club's sailing log with a GPS track ``_sail.py`` ("Keelbook"). The SDKs
are ten new vendors, built once and called by every app with its own events and choices:
``_sdk.py`` (analytics "Metriquill", MMP "Attrisprout", OpenRTB 2.5 ads "Bidcormorant", crash
reporting "Crashkestrel") and ``_svc.py`` (flags "Flagheron", push "Pushlarch", consent
"Consentmyrtle", payments "Payjuniper", maps "Mapcurlew", support chat "Chatplover").
``eval_families62_kit.py`` holds the apps' places, people, equipment, accounts and generators
(its docstring lists them); the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are ``eval_families24_kit``'s, the rest comes from
``eval_families10_kit.py`` to ``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
MFA codes, a member number and password, a SIP line's user and password, an e-load PIN),
``/me``-style GETs with JWT bearers; remittance: registration (``pangalan``, ``apelyido``,
``telepono``, ``kaarawan`` as ``05/17/1991``, ``kasarian``, ``bansa``), the SMS code, KYC (a
passport photo, a selfie, the passport number, ``tirahan``), a state check (her point at 3
decimals, the IP), two recipients (``tatanggap``: her mother-in-law's name, number and Quezon City
address; her sister-in-law's e-wallet number and bank account), a quote and pick-up centres near
the recipient (negatives), a ``padala`` (amounts, control number, a message, the card), its status
by control number in the path, a receipt link (a URL in a JSON field), a monthly padala, e-load
for her mother-in-law's number and its confirmation, a device check (msgpack: Android ID, SIM
country, MCC/MNC, carrier, IP, LAN address), a higher limit (SSN), the card on file, a complaint,
a referral; lupus: sign-up with the diagnosis, the condition (organs, pregnancy planning, her
rheumatologist), medicines, a dose (msgpack), a flare (symptoms, a tender-joint map, a trigger,
notes) and a rash photo, daily symptoms, the UV index at 2 decimals, labs and a lab report (PDF),
a visit, the infusion suite's next slot and a check-in there (her fix), a report shared with her
doctor, a journal entry, a community post, a Health Connect import, reminders, a subscription;
helmet: the rider's sign-up with a handle, pairing the helmet, her medical card (blood type,
allergy, asthma note), two emergency contacts, her motorcycle, a ride from home, its track
(msgpack ``[lat, lon, kmh]`` rows) and a protobuf live fix, a crash alarm (her fix, an IMU
window) and its cancel, a test SOS, the intercom (a group joined, a push-to-talk clip), a voice
command, a helmet-camera clip with its start point, a route home to Bear Mountain, firmware and
diagnostics (negatives), a subscription; surrogacy: GraphQL sign-up, the MFA code, ``Me``, the
intake (family type, her and Alex's ethnicity, her fertility history), a donor search and a
favourite, a match request, the passport and IVF records (JPEG and PDF parts), carrier
screening, the contract e-signed (her typed name and IP), escrow funded, the journey by her
intended-parent number in the path, a message to the case manager, the embryo transfer in the
calendar, her address, her insurance, a cost estimate, a consult; cleaning: sign-up, her home
(address, point at 6 decimals, rooms, the dog), lockbox access and instructions, cleaners near
home (3 decimals), a cleaner's profile by ID in the path, a quote, a booking, a recurring
schedule, tracking by booking code in the path, chat with the cleaner (JSON and msgpack), an
after photo, a review and tip, a favourite, a damage claim, a referral, a call-back; captions: an
account, the SMS code, the relay registration (name, birth date, SSN last four, address, hearing
loss self-certified, her audiologist), the signed certification (PDF), her hearing profile and
audiogram, the SIP line, a call to her mother (an ICE candidate), its captions (JSON Lines and a
protobuf stream), an audio chunk (WAV), the call's end, an incoming call from a pharmacy, a saved
transcript, the address book, her 911 location, settings, a voicemail, her hearing aids
(negatives), feedback; sailing: a member's log-in and activation, certificates, boats free, a
reservation, a float plan (crew, shore contact, the boat, the marks), a trip started on the dock,
its track (gzip JSON), a protobuf live fix, masthead wind (msgpack, negatives), marks rounded (the
buoys' points beside her fixes), a log entry, a photo with its position, a man-overboard drill,
the trip's end, wind at her position (4 decimals), a race result with a protest, dues, the
logbook by member number in the path; per app push registration (model, OS, locale), an event log
(gzip) and a cookie-authenticated GET, Play purchase checks in two apps. SDKs: analytics batches
(gzip; the IP, a position at 2 or 3 decimals), identify (base64 JSON in a form field), screen
beacons (GET), offline queues (JSON Lines); MMP installs and sessions (forms, ``mcc``/``mnc``
apart, the user ID in a JSON string ``callback_params``), events (hashed e-mail and phone in a
JSON string ``partner_params``), attribution polls (GET); OpenRTB 2.5 bids (GPS geo at 2 or 3
decimals or IP geo, ``mccmnc``, yob, gender, keywords) and impression beacons; crash reports (gzip
JSON) and session flushes (JSON Lines); flag evaluations (JSON; base64url JSON context in the
query of a GET); push installations (tags, a position at 2 to 4 decimals) and an open (a form);
consent records (a signed receipt cookie) and web-view checks (a base64 JSON cookie); card tokens,
confirmations and a bank account (bracketed form keys); geocoding (text and a ``lon,lat``
proximity), reverse geocoding (``lat,lon`` in the path), a route (``[lon, lat]`` pairs) and map
telemetry (a gzip JSON array); support messages (an identity JWT in a request header) and an
attachment.

Negatives are implicit: request, trace, transfer, quote, recipient, dose, flare, entry, visit,
ride, crash-alert, intercom, race, trip, booking-thread, home, call, contract and conversation
IDs, idempotency keys, nonces, cursors, timestamps, versions, public SDK keys, OpenRTB auction,
bid, creative and publisher IDs and prices; a promo code, the exchange rate, the fee, a quote's
amount, pick-up centres (ID, name, address, phone, point) and a point chosen near the recipient,
the recipient's network; the infusion suite's ID, name, phone and point, the UV index, the lab's
name, reminder times; the helmet's serial, Bluetooth address, model, firmware, battery, size and
diagnostics, the motorcycle's make, model, year and VIN, the other riders' IDs, the intercom
channel, peak g, Bear Mountain's point; donor IDs, the agency's clinic (ID, name, phone), the
carrier's file number, the lab, the payer, the escrow agent, the estimate's figures; the
cleaners' IDs, names, ratings and phones, the dog's name, rooms, a quoted rate, a claimed item's
value, the referral credit; the pharmacy's number and name, the hearing aids' serials, Bluetooth
addresses and models, caption settings, the audiogram's frequencies, stars; the club's ID and
name, the marina's point, the buoys' names and points, the boat's ID, name, sail number and MMSI,
wind readings, speed over ground, course and heel, barometer, sea state, the finish time and
rating, engine hours, the trip's duration.

Encodings, in rough proportion to real traffic: JSON (98 plain, 11 of them GraphQL bodies,
25 gzip), form bodies (46), GETs (41, 31 with query strings), multipart (13: JSON,
JPEG, PDF, M4A, MP4 and WAV parts), msgpack (5), JSON Lines (5: two offline queues, two session
flushes, a caption stream), schema-less protobuf (3: two nested fixes ``3.1``/``3.2``, a nested
caption ``3.1``), headers (User-Agents, install IDs under app-specific names plain, upper case and
without dashes, Filipino and English Accept-Language, opaque and JWT bearers, SDK device headers,
a support session and an identity JWT), cookies (11 requests: sessions, devices, a user ID, a
member number, a signed receipt, a base64 JSON cookie), JWTs (bearers with user ID, e-mail,
``telepono``, ``rider``, ``name``, ``ipNumber``, ``line``, ``member`` claims; the support identity
in a header; a consent receipt that is no credential), base64 JSON (a form field, a cookie),
base64url JSON (a query parameter), JSON strings in form fields, a URL in a JSON field, values in
URL paths. Profile transforms: the e-mail plain, mixed case and SHA-256; the phone E.164, spaced
(the profile's), national, dashed, ten digits and SHA-256; the install ID plain, upper case and
without dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs, msgpack,
protobuf, JSON Lines, JSON strings, cookies and base64 JSON; the public IP (the state check, the
device check, the e-signature, analytics context, OpenRTB, an ICE candidate); the LAN address (the
device check, the ICE candidate); MCC and MNC apart, ``310260``, ``310-260``, the carrier and the
SIM country; the birth date ISO and ``05/17/1991``, a birth year; coordinates at 2 to 6 decimals
as numbers, strings, query values, a ``lon,lat`` proximity, ``[lon, lat]`` pairs, a path segment,
msgpack rows, protobuf doubles, and her fixes away from the profile's position (the infusion
suite, Route 9W, the dock, the bay, a man-overboard drill).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted, emulator and jailbreak flags, network type, free memory and
storage, screen, battery, orientation, the Bluetooth version, the LAN address and User-Agents
naming the model or OS ``device.info``; event and screen names, session and launch counts, time in
foreground, minutes captioned and a call's length ``behavior.usage``; SDK install, installation,
visitor and device IDs, the Android ID, push tokens and the payment SDK's device ID
``id.device``; passwords, PINs, SMS, MFA and one-time codes, a lockbox code, a SIP password,
bearer and session tokens and cookies and a client secret ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists are labelled per element and collapsed by
``eval_families21.listed_once``; series are labelled once at their path (a ride's rows, an IMU
window, Health Connect steps, heart rates and sleep, an audiogram's ear); MCC/MNC, carrier and SIM
country ``location.carrier``; city, state, ZIP, ``lungsod``, ``lalawigan``, ``bansa`` and OpenRTB
geo ``location.coarse``; street lines (``kalye``, ``barangay``, ``yunit``, ``line1``/``line2``)
``contact.address``; an amount, a total, a tip, dues, a fee paid, a plan, a booking, reservation,
control or e-load reference, a Play product, order and token ``financial.purchase``; card data,
bank account and routing numbers, last four digits and payment-method and card-token IDs
``financial.payment``; another person's name, phone and e-mail typed by the user ``contact.*``; a
value in the URL path is ``url`` ``path[i]`` (0-based over non-empty segments); text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too
(``content.text|...``); Tagalog keys are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- remittance: her mother-in-law and sister-in-law are people she types in: names, numbers (E.164
  and the local ``0917...``; the e-wallet number is a phone number) ``contact.*``, the
  mother-in-law's street and barangay ``contact.address`` and her city, province and ZIP
  ``location.coarse`` (parts of a postal address, as for hers); the sister-in-law's bank account
  ``financial.payment`` (a bank account the app carries, though not hers); relationships
  (``kaugnayan``), purpose, occupation, employer and income unlabelled; the padala's amount,
  the amount received, the control number (also in the path and a shared link), a monthly padala,
  e-load product and amount ``financial.purchase``, fee, rate and quote not; the point sent to
  find pick-up centres near the recipient unlabelled (not where she is); the recipient's network
  unlabelled (not her SIM), the e-load confirmation PIN ``secret.credential``;
  ``kasarian: babae`` ``personal.gender``; the passport number and the full SSN
  ``personal.national_id``, the passport photo ``content.media|personal.national_id``, the selfie
  ``content.media`` only (no template); the complaint naming her mother-in-law
  ``content.text|contact.name``, a support message quoting the recipient's number
  ``content.text|contact.phone``;
- lupus: the diagnosis, year, organs, antiphospholipid status, medicines and doses (schedules
  unlabelled), a dose taken, flare severity, symptoms, each joint's pain, the suspected trigger,
  the rash's area, fatigue, pain, brain fog, mood, hair loss, labs, the visit's reason, the
  infusion drug (also a query value), flag and analytics properties and OpenRTB keywords naming
  lupus ``health.medical``; sleep hours, steps, resting heart rate ``health.fitness``;
  ``pregnancyPlanning`` ``personal.sensitive`` (pregnancy); the rash photo and the lab report
  ``content.media|health.medical``; notes, the journal and the community post
  ``content.text|health.medical``; her rheumatologist (typed by her) ``contact.*``, also as the
  report's recipient; the UV query at 2 decimals ``location.coarse``, the infusion check-in fix
  ``location.precise``, the suite's point a negative;
- helmet: the handle ``id.user`` (sign-up, JWT ``rider``, intercom); blood type and allergy
  ``health.medical``, the asthma note ``content.text|health.medical``, organ-donor status
  unlabelled; emergency contacts and the SOS recipient ``contact.*``; the motorcycle's VIN and
  model unlabelled (a vehicle, not a person's identifier in the taxonomy); the ride's rows one
  ``location.precise`` label, the live, start, crash, test-SOS and helmet-camera fixes
  ``location.precise``;
  the crash alarm's IMU window ``behavior.motion``, peak g not; the push-to-talk clip and the
  helmet-camera clip ``content.media``; the voice command's transcript naming Alex
  ``content.text|contact.name``; Bear Mountain's point a negative;
- surrogacy: her intended-parent number ``id.user`` (intake, match, JWT ``ipNumber``, URL path);
  ``familyType: two-mom family`` ``personal.sensitive`` (sexual orientation; also in analytics),
  her and Alex's
  ethnicity ``personal.sensitive``; her diagnosis, IVF cycles, frozen embryos, carrier screening,
  the embryo transfer's type and the insurance member ID ``health.medical``; pregnancies and
  losses ``personal.sensitive|health.medical`` (pregnancy history); donor search filters
  ``behavior.search`` only (a preference about another person, not her trait); donor IDs and the
  carrier's file number negatives; the message naming the carrier's pregnancy scan
  ``content.text|contact.name|personal.sensitive``; the match note ``content.text``; the
  e-signature (her typed name) ``contact.name`` and its IP ``location.ip``; the passport number
  and scan ``personal.national_id`` (scan ``content.media|...``), the IVF records
  ``content.media|health.medical``; escrow's amount ``financial.purchase``, its bank method
  ``financial.payment``; Alex, typed by her, ``contact.*``;
- cleaning: her home's lines ``contact.address`` and point ``location.precise``, bedrooms and
  the dog unlabelled; the lockbox code ``secret.credential`` and the instructions quoting it
  ``content.text|secret.credential``; the cleaners' names, ratings, phones and IDs (also in the
  path and a favourite) negatives: the service's listings, not people she typed in; her messages
  and review naming Rosa ``content.text|contact.name``, other notes and the damage claim
  ``content.text``; booking code (body, path, support attributes), total and tip
  ``financial.purchase``, the quote's rate not; the friend referred ``contact.*``;
- captions: hearing loss (self-certification, degree, the analytics trait) and the certification
  PDF ``personal.sensitive|health.medical`` (a disability and a condition; the PDF also
  ``content.media``), onset and the audiogram's two ears ``health.medical``; the SSN's last four
  ``personal.national_id``; the audiologist (typed by her) ``contact.*``; the SIP user ``id.user``
  and password ``secret.credential``; her line number ``contact.phone``; the number she calls
  and a voicemail's caller ``contact.phone`` (people; her mother's name ``contact.name``), the
  pharmacy's incoming number a negative
  (a business); caption segments (the other party's words) ``content.text``, the one about her
  father's surgery and the transcript's title ``content.text|health.medical``; the call audio and
  the voicemail ``content.media`` (recordings, no voiceprint); the address book one
  ``content.contacts`` label per name and number; the ICE candidate ``location.ip|device.info``;
  her 911 address and point ``contact.address``/``location.precise``; the call's length
  ``behavior.usage``;
- sailing: her member number ``id.user`` (log-in, JWT, protobuf, cookie, URL path, analytics);
  the boating-safety certificate ``personal.national_id`` (a state-issued licence number, as
  driver's licences in earlier sets); her fixes (dock, track, live, roundings, photo,
  man-overboard, the wind query at 4 decimals) ``location.precise``, the marina's point, the
  buoys' points, the boat and wind readings negatives; the crew and shore contact (typed by her)
  ``contact.*``, the skipper (her name) ``contact.name``; the log entry and the protest
  ``content.text``; the reservation and its fee, dues ``financial.purchase``; the trip's length
  unlabelled (a sail, not app use);
- SDKs: Chatplover's identity JWT in ``X-Chatplover-Identity`` lets its bearer act as the user
  ``secret.credential`` (claims labelled); Consentmyrtle's receipt cookie is a signed JWT that
  opens nothing (claims labelled, the token not), its visitor ID ``id.device``, country and region
  from the IP ``location.coarse``; Flagheron's context key the user ID signed in (the install ID
  signed out); Attrisprout's ``as_uid`` and the Android ID ``id.device``, its ``country`` the
  device locale's ``device.info``; OpenRTB ``user.id`` the SDK's buyer ID ``id.device``, geo
  country, region, city and ZIP ``location.coarse``, ``mccmnc`` ``location.carrier``; positions at
  2 decimals ``location.coarse``, 3 or more ``location.precise``; Mapcurlew's reverse geocoding of
  the marina and the route's Bear Mountain stop negatives.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the brief; the
whole of ``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep`` and
``_marche`` whole, the first 80 lines of ``_chat`` and lines 160-175 of ``_budget``; the first 60
lines of ``eval_families36_hotel.py``; ``eval_families61.py`` whole (its docstring and code), the
first 40 lines of ``eval_families61_kit.py``, lines 100-140 of ``eval_families61_pesa.py`` and
``grep`` lines of its definitions and of ``pb(``/``raw(`` calls in set 61's modules; through
``inspect``, the ``__all__`` names, signatures, docstrings and constant values of the kits of sets
17-25, and the sources of ``head``, ``claims``, ``rid``, ``sdk_id``, ``App``, ``ev``, ``opaque``,
``pos``, ``latlng``, ``multipart``, ``raw``, ``pb``, ``token``, ``enc``, ``add``, ``sjwt``,
``lines``, ``at_path``, ``track``, ``srflx``, ``imu``, ``jwt``, ``jsonl``, ``gql``, ``report``,
``check_ci``, ``counts`` and ``eval_families21``'s ``listed_once``, ``LISTED_ONCE`` and
``_list_of``; ``grep`` lines for ``PDF`` in the kits, ``def fixes`` in kits 8 and 11 and
``play_token`` in set 37; directory listings of ``scripts/`` and of the lead's scratch folder (file
names only); ``grep -ril`` counts of the new names over ``scripts/`` and ``captures/``. No
classifier, rule, test, addon or README evaluation section was read or run. Every label's path was
checked with a small decoder of the author's own outside the project; then ``main`` was run as the
brief asks (its ``check_ci`` runs the project's decoders): it reported two labels on JSON objects
(the flare's joint map and the audiogram, labelled once each) as paths the decoders do not
produce; they were relabelled per joint and per ear (lists), the only change made from that
check, and ``main`` now reports no missing path.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families62_caption
import eval_families62_clean
import eval_families62_helmet
import eval_families62_lupus
import eval_families62_padala
import eval_families62_sail
import eval_families62_surrogacy
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main``'s decoder check reports no missing path; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families62_padala.padalaya(), *eval_families62_padala.padalaya_sdks(),
            *eval_families62_lupus.lupiday(), *eval_families62_lupus.lupiday_sdks(),
            *eval_families62_helmet.visorlink(), *eval_families62_helmet.visorlink_sdks(),
            *eval_families62_surrogacy.cradlebridge(),
            *eval_families62_surrogacy.cradlebridge_sdks(),
            *eval_families62_clean.tidyhive(), *eval_families62_clean.tidyhive_sdks(),
            *eval_families62_caption.captelo(), *eval_families62_caption.captelo_sdks(),
            *eval_families62_sail.keelbook(), *eval_families62_sail.keelbook_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
