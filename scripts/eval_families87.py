"""Eighty-seventh, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; the author ran only ``build()`` and the set's ``main`` once (the
decoders through ``check_ci``); it is to be scored once, by the lead, on the final rules (the
lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (154 first-party calls and 76 SDK calls, 230 exchanges, 1,725 labelled fields
after ``listed_once``, 1,740 per-category counts), mostly ordinary placements of the profile's
values (``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. The story:
the profile's user (her New York home is the profile's position) lives in Chennai for two years
with her son Arjun (15). Seven app kinds new to the evaluation (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API and the SDKs it
embeds: a cooperative bank with gold loans ``eval_families87_bank.py`` ("Ponvizhi": its API's keys
are romanised Tamil, ``peyar``, ``kudumba_peyar``, ``kaipesi``, ``mugavari``, ``theru``,
``nagaram``, ``anjal_kuriyeedu``, ``piranda_thethi``, ``kadavuchol``, ``aadhaar_en``, ``minnanjal``
and more), a kidney-dialysis session and fluid-restriction tracker ``_dialysis.py`` ("Neerlog": she
is the patient), a Bharatanatyam dance-class app with performance videos ``_dance.py``
("Natyamudra"), a temple-festival volunteer app ``_temple.py`` ("Thiruvizha"), an inter-city
overnight-bus booking ``_bus.py`` ("Iravubus": she and her son), a coaching institute's mock tests
for her son's engineering entrance ``_coach.py`` ("Vetripadi": her account, his data) and a
matchmaking app with horoscope compatibility ``_match.py`` ("Porutham": her own profile, birth time
and place). The SDKs are ten new vendors, built once and called by every app with its own events
and choices: ``_sdk.py`` (analytics "Kolamtrix", MMP "Attrimalai", OpenRTB 2.5 ads "Bidmalligai",
crash reporting "Crashkuyil") and ``_svc.py`` (flags "Kodimaram", push "Maniosai", consent
"Sammathi", payments with UPI "Kaasupay", maps "Varaipadam", support chat "Pesuthunai").
``eval_families87_kit.py`` holds the apps' places, people, accounts and generators (its docstring
lists them); ``head``, ``claims``, ``rid``, ``sdk_id`` are ``eval_families24_kit``'s,
``fix``/``home`` set 37's, the rest comes from ``eval_families6_kit.py`` to
``eval_families25_kit.py``.

What is in it: sign-ups (JSON and form), log-ins (JSON, form passwords, OTPs, an MPIN), ``/me``
GETs with JWT bearers; bank: registration in Tamil keys, OTP, device binding (Android ID, SIM
MCC/MNC and operator, an SMS token), Aadhaar (front photo, number) and PAN KYC, a geotagged
selfie, balance and statement by account number in the path, a gold-loan estimate and
application (ornaments, a nominee: her son), branches near her, an EMI by UPI (loan account in
the path), a transfer to a friend, a cheque book, a complaint, a protobuf risk beacon (nested
fix, public IP); dialysis: sign-up (CKD stage, modality, blood group), the prescription and her
nephrologist, a centre session (her fix at the chair, pre weight and BP, gzip vitals, a protobuf
machine sync, the end with UF, Kt/V, symptoms and a note), the fluid log (JSON Lines), a quick
sip (form), a scale reading (msgpack), labs and a PDF report, medicines, a diet search, a
fistula photo, the transplant waitlist, a state health-scheme card (PNG), a caregiver, a
message; dance: enrolment, attendance (her fix, the studio's Wi-Fi), practice with heart rate,
a performance video and a practice clip (MP4), the clip's pose keypoints, costume measurements,
the debut package, fees by UPI, a music search, class chat (msgpack), a photo, a season
application with a bio, certificates by student number in the path, a base64 JSON context
header, a JWT cookie; temple: volunteer sign-up (religion, tradition, blood group), the
Aadhaar's last four, shifts, a gate check-in with the badge QR, a protobuf duty heartbeat, a
crowd photo, a lost-child report, meal counts, a donation with PAN, an archanai with her
gotram, prasadam delivery, a procession search, team chat, a first-aid log, a parking pass
(plate), hours by volunteer ID in the path; bus: a route search, the seat map, a hold with both
passengers, the booking (UPI, insurance), the ticket by PNR in the path, an ID proof, the
boarding QR, live tracking, a trip shared with a friend, an SOS, the journey breadcrumb (gzip
JSON Lines), a saved co-passenger, a review, a cancellation; coaching: her account, the son's
profile (birth date, category, Aadhaar) and documents, a fee instalment, a scholarship with a
community certificate, his tests by roll number in the path, a proctored start (webcam JPEG and
a 128-float face template), answers (msgpack), proctoring events (JSON Lines), a doubt with a
photo, a leaderboard, a parent-teacher note, the van pickup at home, a report e-mail, the study
guard's installed apps, a protobuf live-class heartbeat; matchmaking: registration (birth date,
time and place, religion, caste, height, her New York address and point), horoscope details
(the birthplace's point), a chart scan, photos, a compatibility check with his birth details,
matches by preference (query), an interest, chat (msgpack), a profile viewed, a shortlist,
family, career, profiles near her (``lat,lon`` in the path), an ID check, a premium plan, a
contact unlocked, a report; per app push registration, events (gzip) and a cookie GET. SDKs:
analytics batches (gzip; a 2- or 3-decimal position, the public IP, the advertising ID),
identify (base64 JSON in a form field), offline queues (JSON Lines), signed-out beacons
(base64url JSON in the query); MMP installs and opens, events (a JSON string ``event_values``,
hashed e-mail and phone) and deep links (a URL in a JSON field); OpenRTB 2.5 bids (IP geo in
Chennai or GPS geo at 3 decimals; yob, gender, a hashed e-mail; one bid from the son's app with
his birth year) and win notices; crash envelopes (JSON Lines) and sessions; flag evaluations
(JSON; base64url JSON in the query of a GET); push subscriptions (tags, a 2-decimal position);
consent records (a signed receipt cookie) and web-view checks (a base64 JSON cookie); UPI
collect and intent payments, card tokens (bracketed form keys), signature checks; place search
(text and ``near``), reverse geocoding (``lat,lon`` in the path), routes, map telemetry (a gzip
JSON array); support messages (a user JWT in a JSON field) and attachments.

Negatives are implicit: request, trace, session, hold, attempt, thread, conversation, clip,
class, shift, ticket and message IDs, idempotency keys, nonces, signatures, timestamps,
versions, public SDK keys, OpenRTB auction, bid, creative and publisher IDs, clearing prices;
the bank branch's code, name, phone and point, the day's gold rate, the interest rate, the
pledged ornaments' kinds and weights, tenure; the dialysis centre's ID, name, phone and point,
the machine's serial, model and station, the scale's serial and Bluetooth address, the lab's
name, the shift; the dance school's ID, guru, phone and point, the batch, adavu names, the
tailor, the venue and sabha, the fabric; the temple's ID, name, phone and point, the festival,
gates, zones, counters, servings, the deity, the nakshatram; the bus service, seats, the
boarding and dropping points and their points, the bus registration, its operator and driver's
phone, the coupon, GST; the institute, the test, the school, board and class, the family
income, the teacher, answers and their times, the batch; other members' profile IDs (the
prospective match's too), mother tongue, marital status, rasi, dosham, education, occupation,
employer and income, the compatibility score.

Encodings, in rough proportion to real traffic: JSON (108 plain, 16 gzip), form bodies (30),
GETs (41, 22 with query strings), multipart (17: JSON, JPEG, PNG, MP4 and PDF parts), msgpack
(4), JSON Lines (10: 6 crash envelopes under their own content type, a fluid log, an offline
queue, proctoring events, a gzip breadcrumb), schema-less protobuf (4: nested fixes ``3.1``/
``3.2`` and ``2.1``/``2.2``, a nested machine summary ``4.1``-``4.4``, a flat heartbeat),
headers (User-Agents, install IDs under app-specific names plain, upper case and without dashes,
Indian English and Tamil Accept-Language, opaque and JWT bearers, SDK device headers, a support
token, a base64 JSON context header), cookies (sessions, device and member IDs, a city, a JWT
session, a JWT receipt, a base64 JSON cookie), JWTs (bearers with ``sub``, e-mail, phone, name,
``cust``, ``minnanjal``, ``student``, ``vol``, ``roll``, ``matri_id`` claims; a user JWT in a
JSON field; a receipt that is no credential), base64 JSON (a form field, a header, a cookie),
base64url JSON (query parameters), JSON strings in JSON fields, URLs in JSON fields. Profile
transforms: the e-mail plain, mixed case, upper case and SHA-256; the phone E.164, spaced (the
profile's), national, ten digits and SHA-256; the install ID plain, upper case and without
dashes; the Android ID; the advertising ID; the user ID in bodies, JWTs, msgpack, protobuf and
JSON Lines; the public IP (OpenRTB, analytics, a protobuf beacon); MCC/MNC as ``310260`` and
the carrier; the birth date ISO and as ``17-05-1991``, an age, a birth year; her name whole,
split and upper case; her New York street, city, state and ZIP; coordinates at 2 to 6 decimals
as numbers, strings, query values, a ``near`` of ``lat,lon``, path segments, protobuf doubles,
and her places away from the profile's position (her Chennai flat, the dialysis chair, the
studio, the temple gate, the highway, her duty walk).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted and Wi-Fi flags, free memory, battery and User-Agents naming
the model or OS ``device.info``; event and screen names, open counts, session lengths and
watched seconds ``behavior.usage``; SDK install, device, subscriber and visitor IDs, the Android
ID, push tokens and the payment SDK's device fingerprint ``id.device``; passwords, MPINs, OTPs,
SMS tokens, bearer and session tokens and cookies, a badge QR and a boarding QR
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; series labelled once at their path
(vitals, fluid entries, pose keypoints); MCC/MNC and carrier ``location.carrier``; city, state,
PIN code, ZIP, country, area ``location.coarse``; street lines (``theru``) ``contact.address``;
plans, amounts, totals, fares, fees, packages, instalments, donations, revenue and the PNR
``financial.purchase``; bank accounts, IFSC codes, UPI addresses, card data and payment-method
tokens ``financial.payment``; another person's name, phone and e-mail typed by the user
``contact.*``; a value in the URL path is ``url`` ``path[i]``; text that states a health fact,
a sensitive trait or names a labelled value carries that category too (``content.text|...``).

Calls made in this set (a reader may disagree; stated so a score can be read):
- bank: the customer ID ``id.user`` (body, JWT ``cust``, protobuf, events, support); Aadhaar
  (spaced, digits, front photo ``content.media|personal.national_id``) and PAN
  ``personal.national_id``; savings account and gold-loan account numbers ``financial.payment``
  (body and path), the branch IFSC on her cheque book ``financial.payment`` (like a routing
  number); loan amounts asked and sanctioned and EMIs ``financial.purchase``; pledged ornaments,
  gold rate and interest rate unlabelled; the nominee (her son) ``contact.name`` and
  ``personal.birthdate``; the friend's account number and IFSC in a transfer
  ``financial.payment`` (a bank account in the flow, whosever), her name ``contact.name``; a
  remark naming her son ``content.text|contact.name``; the selfie ``content.media`` only (no
  template sent), its liveness score not; the risk beacon's rooted flag ``device.info``;
- dialysis: CKD stage, modality, dialysis start, blood group, the prescription (dry weight,
  fluid limit, sessions, hours, access, dialyzer, bath), BP, temperature, UF, Kt/V, session
  length, symptoms, labs, medicines, fistula findings, the waitlist and its registry number,
  the scheme card number, fluid intake amounts and the machine's blood flow and pressures
  ``health.medical`` (a treatment record); body weights pre, post and at home ``health.fitness``
  (weight, as sets 13-37), the dry weight ``health.medical`` (a prescribed target); the vitals
  and fluid entries one label each; a diet search ``behavior.search|health.medical``; the
  fistula photo, lab PDF, scheme card and a prescription photo ``content.media|health.medical``;
  her fix at the chair ``location.precise``, the centre's point a negative; the nephrologist,
  typed by her, ``contact.*``; the caregiver ``contact.*``;
- dance: the student number ``id.user`` (body, path, JWT, cookie JWT, deep link, support);
  practice minutes, heart rate, calories and costume measurements ``health.fitness``; the
  studio's SSID and BSSID her phone reports ``location.wifi`` (networks around her); the pose
  keypoints of her clip ``behavior.motion`` (one label), no face template; videos and the photo
  ``content.media``; a title, a note and a chat message ``content.text``, the bio naming her
  ``content.text|contact.name``; the guru and school negatives;
- temple: ``religion`` and ``sampradayam`` ``personal.sensitive``; the gotram
  ``personal.sensitive`` (a lineage tied to caste and religion), the nakshatram unlabelled;
  the archanai ticket and donation ``financial.purchase``, the PAN ``personal.national_id``; the
  Aadhaar's last four ``personal.national_id``; the volunteer ID ``id.user`` (body, JWT, path,
  protobuf, cookie); the badge QR ``secret.credential``; the lost child's name and description,
  typed by her, ``contact.name`` and ``content.text``, where he was seen ``location.precise``
  (her sighting); the first-aid log about a stranger ``content.text|health.medical``; blood
  group ``health.medical``; her scooter's plate ``id.hardware`` (set 29); duty fixes, the gate
  check-in and reverse geocoding of her point ``location.precise``; the temple's point not;
- bus: the route's typed cities ``behavior.search``; both passengers' names, ages and genders
  labelled (her son is a data subject, sets 29-37), ``femaleTraveller`` ``personal.gender``;
  fare, total, insurance and the PNR ``financial.purchase`` (body, path, query, deep link); the
  boarding QR ``secret.credential``; her fixes on the highway (share, SOS, breadcrumbs)
  ``location.precise``, the bus and the boarding and dropping points negatives; the refund UPI
  ``financial.payment``; the friend she shares with ``contact.*``;
- coaching: the son's roll number ``id.user`` (body, path, query, JWT ``roll``, cookie,
  protobuf, crash user); his name, birth date, age-derived yob in a bid, gender; ``category``
  (OBC-NCL) and the community certificate ``personal.sensitive`` (caste); his Aadhaar
  ``personal.national_id``; the proctoring face template ``biometric.face``, the match score
  not, the webcam snapshot ``content.media``; answers, times, scores and ranks unlabelled
  (academic results have no taxonomy type); proctoring event types ``behavior.usage``; the
  study guard's installed packages ``device.apps`` (one list label); the parent-teacher note
  ``content.text|contact.name`` (it names him and his sleep; the sleep remark is not read as a
  diagnosis); the pickup point at home ``location.precise``;
- matchmaking: birth time ``personal.birthdate`` (part of the birth record), birthplace name
  ``location.coarse`` and its chart point (2 decimals, a town's centre) ``location.coarse``,
  native place ``location.coarse``; religion, caste, gotram and the partner filters for religion
  and caste ``personal.sensitive`` (they state her community), mother tongue, marital status,
  rasi, nakshatram and dosham unlabelled; the horoscope chart scan
  ``content.media|personal.birthdate``; the prospective match's name and birth date, time and
  place, typed by her, ``contact.name``, ``personal.birthdate``, ``location.coarse``, his
  profile ID a negative; parents' names ``contact.name``; height ``health.fitness``; her New
  York street ``contact.address`` and point (4 decimals) ``location.precise``; profiles near
  her by ``lat,lon`` in the path ``location.precise``; the Aadhaar scan and masked number
  ``personal.national_id``; a message mentioning her son's age ``content.text``;
- SDKs: Pesuthunai's user JWT lets its bearer act as the user ``secret.credential`` (claims
  labelled); Sammathi's receipt cookie opens nothing (claims labelled, the token not), its
  visitor ID ``id.device``, country and state ``location.coarse``; Kodimaram's key the user ID
  signed in, the install ID signed out; Crashkuyil's session ``did`` the user ID; Attrimalai's
  ``am_uid`` and the Android ID ``id.device``; OpenRTB ``user.id`` the SDK's buyer ID
  ``id.device``, IP geo ``location.coarse``; Maniosai's 2-decimal position ``location.coarse``;
  analytics traits with religion ``personal.sensitive``; Kaasupay's public key in a Basic
  header a negative; routes from her flat ``location.precise``, to the centre or the bus stand
  not.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc``, ``_sleep`` and the
head of ``_chat``; ``eval_families36_transit.py`` (most of it) and the "Calls made" part of
``eval_families36.py``'s docstring; ``eval_families21.py``'s ``listed_once`` and
``LISTED_ONCE``; the ``__all__`` lists of the kits of sets 6-25 and, through ``ast``, the
sources of the helpers and constants used (``head``, ``claims``, ``rid``, ``sdk_id``,
``others``, ``App``, ``ev``, ``opaque``, ``pos``, ``latlng``, ``at_path``, ``sdk_uid``,
``track``, ``lines``, ``sdk_uuid``, ``gql``, ``add``, ``enc``, ``encode``, ``multipart``,
``pb``, ``raw``, ``jwt``, ``token``, ``sjwt``, ``jsonl``, ``push_token``, ``keys``, ``imu``,
``series``, ``flat``, ``points``, ``dwell_flight``, ``counts``, ``report``, ``check_ci`` (whose
source shows it calls ``analysis.decoders.decode_exchange``; nothing under ``analysis/`` was
opened)); ``grep -ril`` file lists of the new names over ``scripts/`` and ``captures/``. No
classifier, rule, test or decoder source was read, no classifier run. Every label's path was
checked with a small decoder of the author's own outside the project before the one run of
``main``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families87_bank
import eval_families87_bus
import eval_families87_coach
import eval_families87_dance
import eval_families87_dialysis
import eval_families87_match
import eval_families87_temple
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families87_bank.ponvizhi(), *eval_families87_bank.ponvizhi_sdks(),
            *eval_families87_dialysis.neerlog(), *eval_families87_dialysis.neerlog_sdks(),
            *eval_families87_dance.natyamudra(), *eval_families87_dance.natyamudra_sdks(),
            *eval_families87_temple.thiruvizha(), *eval_families87_temple.thiruvizha_sdks(),
            *eval_families87_bus.iravubus(), *eval_families87_bus.iravubus_sdks(),
            *eval_families87_coach.vetripadi(), *eval_families87_coach.vetripadi_sdks(),
            *eval_families87_match.porutham(), *eval_families87_match.porutham_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
