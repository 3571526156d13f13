"""Seventy-second, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (160 first-party calls and 71 SDK calls, 231 exchanges, 1,637 labelled
fields after ``listed_once``, 1,652 category labels as ``report`` counts them), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a Barcelona tapas-reservation and neighbourhood-market app
``eval_families72_tapas.py`` ("Tapeta": its API's keys are Catalan — ``nom``, ``cognoms``,
``telefon``, ``adreca``, ``carrer``, ``ciutat``, ``codi_postal``, ``data_naixement``,
``contrasenya``, ``dni``, ``correu``; she spends a month in a flat in Gràcia), an IVF
medication-injection schedule ``_ivf.py`` ("Stimsure"), a mountain-rescue beacon companion
``_rescue.py`` ("Ridgecall"), a citizen-science bird-song recorder ``_birds.py`` ("Chirpatlas"),
a piano-lesson app that records her playing ``_piano.py`` ("Etudely"), a car-insurance dashcam
with crash detection ``_dashcam.py`` ("Roadvigil") and a municipal bike-lane pothole reporter
``_pothole.py`` ("Potholia"). The SDKs are ten new vendors, built once and called by every app
with its own events and choices: ``_sdk.py`` (analytics "Tallyfinch", MMP "Linkbracken", OpenRTB
2.5 ads "Bidjuniper", crash reporting "Glitchplover") and ``_svc.py`` (flags "Switchsorrel", push
"Pingosprey", consent "Assentbay", payments "Paywhelk", maps "Mapcorrie", support chat
"Chatmerlin"). ``eval_families72_kit.py`` holds the category ids, the apps' places, people,
equipment and accounts and the generators (its docstring lists them); the apps' header helper
``head``, JWT claims ``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are
``eval_families24_kit``'s, the wire helpers come from ``eval_families6_kit.py`` to
``eval_families22_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an SMS code,
an MFA code, a beacon pairing PIN, a Google-style ID token), ``/me``-style GETs with JWT bearers;
tapas: sign-up with her NIE under ``dni``, bars near her flat, a bar's page, a booking for four
with a coeliac note and a deposit, its status and a table order by booking code in the path, her
check-in at the bar's door, an invoice with her NIE and fiscal address, a search, a market basket
item (msgpack) and a delivery order to her Barcelona flat, a review and its photo, allergies, a
friend invited, a favourite; IVF: sign-up with her fertility clinic's record number, the cycle
(protocol, last period, AMH), the schedule, injections logged (JSON, msgpack, a gzip sync of the
dose log), an injection-site photo, symptoms and weight, monitoring (estradiol, follicles, lining),
a reminder naming the drug, her partner invited, a pharmacy refill to her New York address with a
copay, insurance with a fertility rider, the trigger shot, the beta hCG result, a journal entry, a
message to the nurse, a calendar feed token; rescue: the beacon paired, her medical card (blood
type, allergy, asthma, inhaler, height, weight, birth date), her emergency contact, a trip plan,
its start, a protobuf position report (a nested fix ``3.1``/``3.2``), a gzip breadcrumb trail,
the SOS (her fix, injury, message), an injury photo, a form update, the status, a satellite
message with ``lat,lon``, a forecast by a 2-decimal point in the path, a friend following the
trip, the trip closed by her home Wi-Fi, the beacon's telemetry with the phone's LAN address, a
Play subscription check; birds: registration with her public handle, hotspots near her, a
checklist started where she stands, a song recording (WAV part and JSON), its identification, an
observation (msgpack), the checklist submitted, a rare-bird alert centred on her home at 2
decimals, an observer followed, a checklist shared with a friend, a comment, a search, her profile
and home patch, a photo with GPS, a gzip sync of offline checklists, an export by e-mail, a
donation; piano: her instruments, a search, a piece, a performance (M4A part and JSON), its MIDI
notes (gzip), the analysis (msgpack), practice minutes and streak, a lesson booked with a note
about her wrist surgery, a video of her hands, a recording shared with her teacher, a goal, her
profile, a review, a recital sign-up, a friend referred, microphone calibration, a Play
subscription check, a base64 JSON client header; dashcam: a quote (name, birth date, gender,
licence, address, the car), the policy bound, her licence photographed (both sides), the car, a
trip's start, a protobuf telemetry frame, a gzip trace, the trip's end, a crash with its
accelerometer window, the dashcam clip, a claim with her injuries and the other driver, a damage
photo, a tow from the crash point, her spouse added as driver (policy number in the path), the
score, the home-Wi-Fi offload rule, fraud signals (IP, SIM and network country, VPN, root, zone);
potholes: an account, reports near her, a report where she stands with its photo's GPS, its
status, another's report upvoted and commented, a commute ride with bump detection (gzip), a
bump (msgpack), offline reports (JSON Lines), her home and office, her profile and district, a
search, her city 311 account linked, a follow-up, a fall reported with her injury, feedback; per
app push registration (model, OS, locale), an event log (gzip) and a cookie-authenticated GET.
SDKs: analytics batches (gzip; positions at 2, 3 or 4 decimals; the public IP in two),
identify (``traits`` a JSON string in a JSON field), offline queues (JSON Lines), signed-out
beacons (base64 JSON in the query ``d``); MMP installs and opens (form bodies: Android ID,
advertising ID, MCC/MNC, carrier), events (``data`` base64 JSON in a JSON field; hashed e-mail
and phone) and a deep link (a URL in a JSON field); OpenRTB 2.5 bids (GPS geo at 3 decimals, in
Spain too, or IP geo; yob, gender, keywords) and win notices; crash reports (gzip JSON) and
sessions; flag evaluations (JSON) and a stream GET with base64url JSON in the query ``u``; push
subscriptions (tags, positions at 2 decimals) and a notification opened (form); consent records
(a signed receipt cookie) and a web view's check (a base64 JSON cookie); card tokens and payment
confirmations (bracketed form keys); geocoding (``q`` and ``proximity``), reverse geocoding
(``lat,lon`` in the path), a route and map telemetry (a gzip JSON array); support messages (a user
JWT in the ``X-Chatmerlin-User`` header) and uploads.

Negatives are implicit: request, trace, message, booking-check, cycle, injection, trip, SOS,
checklist, recording, performance, lesson, crash, quote, ride and report IDs, idempotency keys,
nonces, sync tokens, timestamps, versions, public SDK keys, OpenRTB auction, bid, seat, creative
and publisher IDs and prices; the bar's ID, name, address, phone and point, the market hall's
point, stall and product IDs, the table; the fertility clinic's ID, the pharmacy's name, phone and
NPI, pen lot numbers, the insurance group, the nurse's ID; the trailhead, summit and rescue base's
points and IDs, the beacon's serial, IMEI, Bluetooth address, firmware, battery and temperature,
the trip's title, altitude; the hotspot's ID, name and point, bird species and codes,
identification scores, other observers' handles and points, another observation's ID; the piano's
make and model, the MIDI keyboard's name, Bluetooth address and firmware, the piece, tempo,
accuracy scores, noise floor and tuning, the teacher's ID; the car's VIN, plate, make, model and
year, the dashcam's serial and LAN address, the trip's distance, score, harsh brakes and speed, the
crash's peak g, the claim number, the other driver's plate, insurer and policy, the body shop's
name and phone; the bike-lane segment, other people's reports and points, the city's case number,
a bump's g.

Encodings, in rough proportion to real traffic: JSON (109 plain, 29 gzip), form bodies (29), GETs
(42, 30 with query strings), multipart (12: JSON, JPEG, WAV, M4A and MP4 parts), msgpack (5),
JSON Lines (3: two offline queues, offline reports), schema-less protobuf (2: nested fixes
``3.1``/``3.2``), headers (User-Agents, install IDs under app-specific names plain, upper case and
without dashes, Catalan and English Accept-Language, opaque and JWT bearers, a user JWT without
``Bearer``, a base64 JSON client header, SDK device and session headers), cookies (sessions,
install IDs, a JWT receipt, a base64 JSON cookie), JWTs (bearers with user ID, e-mail, phone,
``correu``, ``patient``, ``handle``, ``policy`` and ``zip`` claims; an ID token in a JSON field; a
receipt that is no credential), base64 JSON (a JSON field, a header, a cookie, a query value),
base64url JSON (a query value), JSON strings in JSON fields, URLs in JSON fields, values in URL
paths (a booking code, a policy number, ``lat,lon`` points). Profile transforms: the e-mail plain,
mixed case, upper case and SHA-256; the phone spaced (the profile's), E.164, national, dashed,
``+1 555-010-0199``, ten digits and SHA-256; the install ID plain, upper case and without dashes;
the Android ID; the advertising ID; the user ID in bodies, JWTs, msgpack, JSON Lines and headers;
the public IP (OpenRTB, analytics, fraud signals); the LAN address; MCC/MNC as ``310260`` and
``310-260`` and the carrier; the home SSID/BSSID; the birth date ISO and ``17/05/1991``, a birth
year, an age bracket; coordinates at 2 to 6 decimals as numbers, strings, query values, a
``lat,lon`` string, query and path segment, protobuf doubles, and her places away from the
profile's position (Barcelona, the bar's door, the mountain, the Ramble, a crash, a pothole, her
office).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/VPN flags, network type, free memory and storage, screen,
battery, audio latency, headphones, the LAN address and User-Agents naming the model or OS
``device.info``; event and screen names, launch and open counts, session lengths, practice minutes
and streaks ``behavior.usage``; SDK install and device IDs, the Android ID, push tokens and player
IDs, consent visitor IDs and the payment SDK's device fingerprint ``id.device``; passwords, PINs,
SMS, MFA and one-time codes, bearer and session tokens and cookies, a client secret and a calendar
feed token ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists are
labelled per element and collapsed by ``eval_families21.listed_once``; series are labelled once at
their path (a dose log, a crash window, bump detection, MIDI notes); MCC/MNC, carrier and
SIM/network country ``location.carrier``; city, state, ZIP, ``ciutat``, ``codi_postal``, a county,
a district and a country/region ``location.coarse``; street lines (``carrer``, ``line1/2``)
``contact.address``; a plan, an amount, a total, a deposit, a tip, a copay, a premium, revenue,
booking codes, Play products, orders and tokens ``financial.purchase``; card data, last four
digits and payment-method IDs ``financial.payment``; another person's name, phone and e-mail typed
by the user ``contact.*``; a value in the URL path is ``url`` ``path[i]`` (0-based over non-empty
segments); text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too (``content.text|...``); Catalan keys are labelled as their English equivalents
would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- tapas: her NIE sent under ``dni`` ``personal.national_id`` (sign-up and invoice); her Gràcia flat
  is her address while there (``carrer`` ``contact.address``, ``codi_postal``/``ciutat``
  ``location.coarse``), its point at 4 decimals ``location.precise``; the booking code (body, path,
  SDK event, support text) ``financial.purchase``; the note "one of us is coeliac"
  ``content.text|health.medical``; allergies ``health.medical``, spice and vegetarian flags not;
  her check-in fix at the bar's door ``location.precise``, the bar's point a negative; a friend
  invited ``contact.*``; ``tpt_idioma`` and ``idioma`` ``device.info``;
- IVF: the clinic's record number (body, JWT claim ``patient``) and the insurance member ID
  ``health.medical`` (they place her in fertility care); protocol, last period, AMH, transfer type,
  drugs and doses, symptoms, estradiol, follicles, lining, the trigger shot, the reminder's label,
  the fertility rider, the analytics, flag, push and crash values naming the protocol or a drug,
  and the ad keywords "fertility,ivf,pregnancy" ``health.medical``; the dose log one label at
  ``log``; the injection site, times and lots unlabelled inside it or negatives; the beta hCG value
  and result ``health.medical|personal.sensitive`` (a pregnancy); journal and nurse messages
  ``content.text|health.medical``; the injection-site photo ``content.media|health.medical``;
  weight ``health.fitness``; the partner ``contact.*``; mood in the journal ``health.medical``;
- rescue: her medical card ``health.medical`` (blood type, allergy, condition, medication),
  height and weight ``health.fitness``; the beacon is an accessory (serial, IMEI, Bluetooth:
  negatives, not ``id.hardware`` of her phone); the pairing PIN ``secret.credential``; the trip's
  notes and vehicle description ``content.text``; the start, position, breadcrumb, SOS, update and
  satellite-message fixes ``location.precise``, the forecast's 2-decimal path segment
  ``location.coarse``; the injury and SOS message ``health.medical`` / ``content.text|
  health.medical``, the photo ``content.media|health.medical``; the home SSID/BSSID used to close
  the trip ``location.wifi``; the public trailhead, summit and base points negatives;
- birds: her handle ``janedoe_birds`` ``id.user`` (body, form, JWT claim, JSON meta, identify, a
  deep link); the recording ``content.media`` only (a bird's song, no voice template); her
  recording spot and offline checklists ``location.precise``, the alert centre (her home at 2
  decimals) ``location.coarse``; the county code, region and ``homePatch`` ``location.coarse``; a
  place typed into the geocoder ``behavior.search``; species, hotspots and other observers' points
  negatives; the error screenshot ``content.media``;
- piano: her playing — the M4A take, the MIDI note events and the video of her hands —
  ``content.media`` (a recording of her performance, not ``behavior.keystroke``: piano keys are not
  typing); analysis scores unlabelled; the lesson note about wrist surgery
  ``content.text|health.medical``; her teacher typed by her ``contact.*``; the identity provider's
  ``sub`` ``id.user`` and the ID token ``secret.credential``; the age bracket
  ``personal.birthdate``; audio latency and headphones ``device.info``; the lesson's booking code
  and price ``financial.purchase``;
- dashcam: the policy number is her account with the insurer ``id.user`` (body, JWT claim,
  protobuf, path, SDKs); VIN, plate, make, model, year and odometer unlabelled (the car's, no
  taxonomy type); her licence number ``personal.national_id`` and both photos
  ``content.media|personal.national_id``; ``gender: F`` ``personal.gender``; the crash window
  ``behavior.motion`` (a sensor series), peak g not; the clip and damage photo ``content.media``;
  injuries ``health.medical``; the other driver's name and phone ``contact.*``, his plate, insurer
  and policy negatives; her spouse's name, birth date and licence labelled as typed by her
  (``contact.name``, ``personal.birthdate``, ``personal.national_id``); the claim number a
  negative (the insurer's case ID); the dashcam's LAN address a negative (another device), the
  phone's ``device.info``; fraud signals' SIM and network country ``location.carrier``;
- potholes: her fix at the pothole and the photo's GPS ``location.precise`` (she stands there);
  the commute's home and office and the ride's trace ``location.precise``; the bump-detection
  window ``behavior.motion``; her handle and city 311 account ``id.user``; the district
  ``location.coarse``; the fall's injury ``health.medical``; other people's reports and points,
  the lane segment and the 311 case number negatives;
- SDKs: Chatmerlin's user JWT lets its bearer act as the user in the widget ``secret.credential``
  (claims labelled); Assentbay's receipt cookie is a signed JWT that opens nothing (claims
  labelled, the token not), its visitor ID ``id.device``, country and region ``location.coarse``;
  Switchsorrel's user key the user ID signed in; Linkbracken's ``lb_id`` ``id.device``; OpenRTB
  ``user.id`` the SDK's buyer ID ``id.device``, geo country, region, city and ZIP
  ``location.coarse``, ``mccmnc`` ``location.carrier``; Pingosprey's 2-decimal ``lat``/``long``
  ``location.coarse``; a notification's ``action: opened`` ``behavior.usage``; Paywhelk's
  cardholder ``contact.name`` and postcode ``location.coarse``; Mapcorrie's route: her home
  ``location.precise``, the body shop a negative.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families37.py``, ``_kit``, ``_sdk``, ``_svc`` and ``_marche``;
``grep`` lines of ``eval_families69.py`` (its ``main``/``report`` lines and its "Looked at"
paragraph); ``eval_families6_kit.py`` lines 25-130 (``raw``, ``encode``, ``multipart``, ``pb``),
``eval_families17_kit.py``'s first 260 lines (docstring, imports, ``chain``, ``pbu``,
``push_token``, ``__all__``), ``eval_families7_kit.py``'s ``enc``, ``pb64`` and ``jsonl``,
``eval_families10_kit.py``'s ``token`` and ``add``, ``eval_families14_kit.py``'s ``PEOPLE``,
``eval_families15_kit.py``'s ``imu``, ``eval_families18_kit.py``'s ``sjwt``,
``eval_families20_kit.py``'s ``App``, ``pos``, ``latlng``, ``ev``, ``play_token``, ``opaque``,
``eval_families21_kit.py``'s ``at_path``, ``sdk_uid``, ``track``, ``eval_families22_kit.py``'s
``lines`` and ``sdk_uuid``, ``eval_families24_kit.py``'s ``rid``, ``sdk_id``, ``head``,
``claims``, ``others``, ``eval_families8_kit.py``'s ``report``; ``grep`` listings of top-level
names in the kits of sets 17, 18, 20, 21, 22 and 24, and ``grep`` lines of constants and ``def``
lines across all ``eval_families*_kit.py`` (single lines, some from later kits such as set 42's
``STREET``), of category constants in the kits of sets 6-16 and of ``tok`` in sets 10-16;
``eval_families21.py``'s ``listed_once``; ``grep -ril`` counts of candidate names over
``scripts/`` and ``captures/``; the names of the files in ``scripts/`` and in the lead's scratch
directory (an ``ls``: names only). No classifier, rule, test or decoder source was read, and no
classifier was run. Every label's path was checked with a small decoder of the author's own
outside the project (0 missing); then, as the brief asked, ``main`` was run: ``report``'s path
check (``check_ci``, which runs the project's decoders) listed no missing path, so
``DECODER_GAPS`` is empty. The
paths assume the decoder conventions sets 21-37 state (base64 JSON in a JSON field continues at
``data.booking``, in a header at ``x-etudely-client.iid``, in a cookie at ``ab_state.uid``, in the
query at ``d.aid``; base64url JSON in the query at ``u.key``; a JSON string in a JSON field at
``traits.city``; a URL in a JSON field per parameter (``link.from``); JWT claims at ``.claims``
(``x-chatmerlin-user.claims.user_id``, ``idToken.claims.sub``, ``ab_rcpt.claims.sub``); JSON
Lines ``[i]``; a top-level JSON array ``[i].lat``; protobuf fields by number (``3.1``, ``2``);
multipart parts at their names, a file part one field; bracketed form keys as sent; URL path
``path[i]``, a segment such as ``44.13,-73.94`` one field).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families72_birds
import eval_families72_dashcam
import eval_families72_ivf
import eval_families72_piano
import eval_families72_pothole
import eval_families72_rescue
import eval_families72_tapas
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Paths checked with the author's own decoder and by ``report``'s check (no missing path).
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families72_tapas.tapeta(), *eval_families72_tapas.tapeta_sdks(),
            *eval_families72_ivf.stimsure(), *eval_families72_ivf.stimsure_sdks(),
            *eval_families72_rescue.ridgecall(), *eval_families72_rescue.ridgecall_sdks(),
            *eval_families72_birds.chirpatlas(), *eval_families72_birds.chirpatlas_sdks(),
            *eval_families72_piano.etudely(), *eval_families72_piano.etudely_sdks(),
            *eval_families72_dashcam.roadvigil(), *eval_families72_dashcam.roadvigil_sdks(),
            *eval_families72_pothole.potholia(), *eval_families72_pothole.potholia_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
