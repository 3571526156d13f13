"""Sixtieth, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (162 first-party calls and 74 SDK calls, 236 exchanges, 1,675 labelled fields
after ``listed_once``, 1,696 labels as ``report`` counts them, once per category), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a ride-hailing and e-wallet app in Jakarta
``eval_families60_ojek.py`` ("Ojekita": its API's keys are Indonesian, ``nama_lengkap``,
``nomor_hp``, ``alamat``, ``kode_pos``, ``tanggal_lahir``, ``nik``; she is on a two-year posting
there and keeps her US number, roaming), a sickle-cell disease pain diary with hydration tracking
``_sickle.py`` ("Drepanote"), a smart ring for sleep and skin temperature ``_ring.py``
("Orbiring"), a safety app for survivors of domestic violence with a quick exit and an evidence
locker ``_safe.py`` ("Lumenkeep", disguised as a recipe app), a pet-sitting marketplace where she
is the sitter ``_petsit.py`` ("Pawtenda"), a mosque and Quran-study app for kids managed by the
parent ``_masjid.py`` ("Iqrabud": she is the parent, her son Yusuf learns) and a home water-leak
sensor system ``_leak.py`` ("Drymark": a hub, three sensors, a shut-off valve). The SDKs are ten
new vendors, built once and called by every app with its own events and choices: ``_sdk.py``
(analytics "Tallowisp", MMP "Attriferne", OpenRTB 2.5 ads "Auctiloom", crash reporting
"Stackfennec") and ``_svc.py`` (flags "Switchbriar", push "Beaconmoth", consent "Permisolve",
payments "Paykestrel", maps "Mapnettle", support chat "Helpmarten"). ``eval_families60_kit.py``
holds the apps' places, people, equipment and generators (its docstring lists them); the apps'
header helper ``head``, JWT claims ``claims``, request IDs ``rid`` and SDK per-install IDs
``sdk_id`` are ``eval_families24_kit``'s, the rest comes from ``eval_families6_kit.py`` to
``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, WhatsApp
OTP, MFA and TOTP codes, a wallet PIN, a locker PIN and a duress PIN, a parent PIN), ``/me``-style
GETs with JWT bearers; ride-hailing: the profile, the saved address with a note, drivers nearby, a
fare estimate, a ride booked office to flat, the trip heartbeat (protobuf), the trip shared with a
friend, a rating with a tip, the receipt mailed (query), the wallet's PIN, a KYC upgrade (NIK,
both photos), the fraud engine's device check (Android ID, IMEI, ICCID, ad ID, LAN address,
SSID/BSSID, MCC/MNC), a top-up, a transfer, a QRIS payment at a café, history by cookie, a
favourite, a place search, a promo, a Play subscription; sickle cell: sign-up with genotype and
blood type, the hematologist, medicines, a pain episode with a body map, follow-up scores
(msgpack), hydration (a day's drinks, a widget's quick log), labs, a transfusion, an ER admission,
the care plan, a photo of a swollen hand, a voice journal and transcript, weather by a rounded
position, reminders, a share, a community post, a wearable import; ring: sign-up with height and
weight, pairing and status (look-alikes only), a protobuf night (summary ``4.1``-``4.6``, packed
interbeat intervals ``5``, temperature deviation ``6``), stages and movement (msgpack), skin
temperature (gzip), cycle logs, tags and symptoms, illness feedback, a run, a raw accelerometer
window, a circle invite, a coach message, a Play membership, a sizing kit shipped, a firmware
check, settings, events as gzip JSON Lines; safety: the locker's PINs, evidence (an injury photo
with its fix, a recording, a screenshot of threats, the protective order with the courthouse
fix), the journal naming the abuser, trusted contacts, a check-in and its all-clear, an SOS (fix,
Wi-Fi, battery) and its protobuf trail, a quick exit, a resources search, the safety plan, an
advocate message, disguise settings, an export to her lawyer; pet sitting: the application
(address, birth date, bio), a background check (SSN), a photo, services with her service area,
availability, a booking accepted, messages, a check-in at the client's home, the walk (msgpack),
the report with photos, the check-out, a payout, her W-9, a review, a job search by ``lat,lon``,
an incident, a Play purchase, a referral; mosque: the parent and the child, the membership,
prayer times (madhab), the qibla by ``lat,lon`` in the path, the child's memorisation, a
recitation (M4A), class enrolment, attendance, a zakat donation, an iftar RSVP, limits, the
child's play (msgpack), a message to the teacher, cookies with the child's ID; leak sensors: the
home (address, point, zone), the hub claimed over her Wi-Fi (SSID, BSSID, password, claim code),
provisioning, sensors, a Bluetooth-relayed reading (protobuf), the valve closed and calibrated
(flow and pressure, gzip), an alert acknowledged with a photo, a geofence and a presence exit, a
member invited, an insurer link, a plumber booked, usage, network diagnostics (public IP), SMS
settings; per app push registration and an event log (gzip JSON; gzip JSON Lines for the ring)
and a cookie-authenticated GET. SDKs: analytics batches (gzip, one with the ad ID, three with a
position at 2 or 4 decimals), an identify, a base64 JSON beacon in the query, offline queues (JSON
Lines); MMP sessions and events as forms (a JSON string ``partner_params`` with hashed e-mail and
phone, ``callback_params`` with the user ID) and a deep link (a URL in a form field); OpenRTB 2.5
bids (IP geo in Jakarta and New York, GPS at 3 decimals, yob, gender, keywords, one gzip, one
child-directed without an ad ID) and an impression beacon; error reports (gzip) and sessions;
flag evaluations (JSON; base64url JSON in the query of a GET); push players (tags, positions at 2
decimals, an ad ID) and a notification opened; consent records (a visitor cookie) and web-view
checks (a base64 JSON cookie); card tokens, a confirmation, a payout bank account (bracketed form
keys) and a rupiah virtual-account top-up; geocoding (typed text, ``near``), reverse geocoding
(``lat,lon`` in the path), a walking route and map telemetry (a gzip JSON array); support
messages (an identity JWT in a request header) and attachments.

Negatives are implicit: request, trip, episode, visit, booking, alert, insight, thread, session,
check-in, SOS and conversation IDs, idempotency keys, nonces, challenges, timestamps, versions,
public SDK keys, event tokens, a GPP string, OpenRTB auction, impression, creative and publisher
IDs and a price; the driver's ID, plate and position, the fare estimate, the café's QRIS string,
NMID, name, city and merchant category code (``mcc: 5814``), a promo code; the infusion centre's
ID, name, phone and point, the hospital and lab; the ring's serial, Bluetooth address, firmware,
hardware, size, battery and charging cycles, ring metadata in a crash; the shelter's point, the
hotline, the justice centre's ID, name, phone and street, the docket, the abuser's plate and car,
a quick-exit URL; the client's ID, his dog's ID, name, breed, medicine and microchip, the vet's
phone, the client's home point (reverse geocoding, a route's destination), rates and the booking's
total; the mosque's ID, name, street, phone and point (in the donation), the teacher and class,
stars, limits; the hub's serial, MAC, LAN address and firmware, the sensors' IDs, serials, rooms,
battery, RSSI, temperature and humidity, the valve's ID and serial, flow and pressure series, the
plumber's phone, the insurer and the policy number.

Encodings, in rough proportion to real traffic: JSON (98 plain, 26 gzip), form bodies (49), GETs
(38, 30 with query strings), multipart (13: JSON, JPEG, PNG and M4A parts), msgpack (4), JSON
Lines (4: three offline queues, one gzip event log), schema-less protobuf (4: a nested fix
``3.1``/``3.2``, a nested summary with a packed bytes field and a double, a nested trail fix with
a battery varint, a sensor reading of negatives with 32-bit floats), headers (User-Agents, install
IDs under app-specific names plain, upper case and without dashes, Accept-Language with Indonesian,
opaque and JWT bearers, a JWT identity header, an SDK visitor and session header), cookies
(sessions, a language, a child's profile, a consent visitor, a base64 JSON cookie), JWTs (bearers
with ``sub``, e-mail, ``hp``, ``nama``, ``handle``, ``kids`` claims; an identity token), base64
JSON (a query parameter, a cookie), base64url JSON (a query parameter), JSON strings in form
fields, a URL in a form field, values in URL paths (``lat,lon`` segments, the child's ID).
Profile transforms: the e-mail plain, mixed case and SHA-256; the phone E.164, spaced (the
profile's), national, ten digits and SHA-256; the install ID plain, upper case and without dashes;
the Android ID; the advertising ID; the user ID in bodies, JWTs, protobuf, JSON Lines, JSON
strings; the IMEI, the ICCID; the public IP (OpenRTB, diagnostics); the LAN address (the fraud
check, the hub claim, diagnostics); MCC/MNC as ``310260``, ``310``/``260`` and ``310-260``, the
carrier; the home SSID/BSSID; the birth date ISO and as ``17-05-1991``, a birth year; coordinates
at 2 to 6 decimals as numbers, strings, query values, ``lat,lon`` query values and path segments,
protobuf doubles, and her places away from the profile position (her Jakarta flat, office and a
café, a run, the courthouse, her sister's flat, the client's home, a presence exit).

Conventions kept from sets 20-37 (as set 37 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted/emulator flags, network type, free storage, battery, the LAN
address and User-Agents naming the model or OS ``device.info``; event and screen names, session
counts, time spent, foreground time, streaks and minutes ``behavior.usage``; SDK install, device,
visitor and player IDs, the Android ID, push tokens and a device fingerprint ``id.device``;
passwords, PINs, one-time, MFA and TOTP codes, a claim code, the Wi-Fi password, bearer and
session tokens and cookies and a client secret ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists are labelled per element and collapsed by
``eval_families21.listed_once``; series are labelled once at their path (a body map, pain scores,
rescue doses, drinks, stages, movement, temperature samples, an accelerometer window, the packed
intervals); MCC/MNC, carrier and SIM country ``location.carrier``; city, state, ZIP, ``kota``,
``provinsi``, ``kelurahan``, ``kecamatan``, ``kode_pos`` ``location.coarse``; street lines and
``alamat`` ``contact.address``; a plan, an amount, a tip, a fare, a top-up, a transfer, a payout,
a donation, a price and Play products, orders and tokens ``financial.purchase``; card data, bank
account and routing numbers and payment-method IDs ``financial.payment``; another person's name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path is ``url`` ``path[i]``
(0-based over non-empty segments); text that states a health fact, a sensitive trait or quotes a
labelled value carries that category too (``content.text|...``); Indonesian keys are labelled as
their English equivalents would be; platform strings (``android``, ``fcm``) unlabelled.

Calls made in this set (a reader may disagree; stated so a score can be read):
- ride-hailing: her Jakarta flat is her address while there (``alamat`` and the trip's destination
  ``contact.address``, the sub-district to the postal code ``location.coarse``); the saved
  address's note naming her unit ``content.text|contact.address``; ``jenis_kelamin`` ``P`` and
  ``PEREMPUAN`` ``personal.gender``; the NIK ``personal.national_id`` and both KYC photos (the
  ID and a selfie holding it) ``content.media|personal.national_id`` (no face template sent);
  her office's fixes ``location.precise`` but the pickup's building name unlabelled (a workplace's
  name, not her postal address); the friend she shares the trip with and pays ``contact.*``; the
  wallet PIN on every use ``secret.credential``; the fraud check's IMEI ``id.hardware``, SIM serial
  ``id.sim``, fingerprint (``sidik``) ``id.device``; the tip, the receipt's fare, top-up,
  transfer and QRIS amounts ``financial.purchase``, the estimate not (a quote); the café fix at 5
  decimals ``location.precise``; a place search at 2 decimals ``location.coarse``; the IP geo in
  Jakarta ``location.coarse``; her own address typed into geocoding ``contact.address``;
- sickle cell: genotype, diagnosis, blood type, medicines and doses, pain severity, sites,
  triggers, crisis, body map, scores and rescue doses, labs, transfusion, ER fields, the care
  plan and allergies ``health.medical``, not ``personal.sensitive`` (a disease, even if it
  correlates with ancestry); hydration (drinks as one label, goal, total, the quick log) and
  weight ``health.fitness`` (intake, as Health Connect's hydration records); a wearable's steps,
  resting heart rate and SpO2 ``health.fitness`` (consumer data); the pain photo and the voice
  journal ``content.media|health.medical``; notes, the transcript, a community post and a support
  message ``content.text|health.medical``; the community handle ``id.user``; the hematologist
  typed by her ``contact.*``, also as a share's recipient; the genotype sent to the flags SDK
  ``health.medical``;
- ring: a consumer ring's sleep (minutes, stages, efficiency), HRV, resting heart rate,
  interbeat intervals, skin temperature, deviation, baseline, movement counts and tags (alcohol,
  late meal, sauna) ``health.fitness`` (set 37 made a clinic's stages medical; a consumer
  wearable's are fitness, as set 13); cycle logs, ``trying_to_conceive``, contraception, symptoms
  and ``feeling: feverish`` ``health.medical`` (reproductive and illness facts; no pregnancy is
  stated, so no ``personal.sensitive``); the research accelerometer window
  ``behavior.motion|health.fitness`` (one label); ring serial, Bluetooth address, firmware,
  hardware, size, battery and charging cycles negatives (an accessory's; ring size a product
  size); the coach message ``content.text|health.fitness``; the free sizing kit's price
  ``financial.purchase`` (an order);
- safety: the injury photo ``content.media|health.medical`` and its caption and the journal
  ``content.text|health.medical``; the recording, the screenshot and the order's photo
  ``content.media``; the abuser's name and number, a witness and trusted contacts (typed by her)
  ``contact.*``; his plate, car and the docket unlabelled (no taxonomy type); the check-in
  message and the plan naming Maya ``content.text|contact.name``; the photo's EXIF fix, the
  courthouse, her sister's flat, the check-in, the SOS and its trail ``location.precise``; being a
  survivor is not ``personal.sensitive`` (not a listed trait); analytics, flags and push signed
  out key on the install ID ``id.device``; the resources search ``behavior.search``;
- pet sitting: she is the data subject (the client is not): her SSN and the W-9's TIN without
  dashes ``personal.national_id``; her handle ``id.user`` (JWT claim, services, identify, a deep
  link); her check-in, check-out and walk fixes ``location.precise`` (near the client's home,
  whose own point is a negative in reverse geocoding and as a route's destination); her service
  area's centre at 4 decimals and the job search's ``near`` at 3 ``location.precise``; her bio,
  messages, report, review and incident ``content.text``, the acceptance naming the client
  ``content.text|contact.name``; pet photos ``content.media``; her payout
  ``financial.purchase`` (as set 37's withdrawal) and its destination ``financial.payment``; her
  rates and the booking's total (the client's purchase) negatives; a referred friend ``contact.*``;
- mosque: the membership's mosque ID ``personal.sensitive`` (it states the family's religion; the
  same mosque in the donation is a negative); the madhab, memorised and current surahs, a
  recitation's surah and the zakat fund ``personal.sensitive`` (religion, as set 29's kosher meal
  and set 37's tithe), the donation's amount ``financial.purchase``, the iftar note
  ``content.text|personal.sensitive``; the calculation method and adhan alerts unlabelled
  (settings); the child is a data subject (sets 29, 37): his name ``contact.name``, birth year and
  age (profile, analytics, flags, a push tag) ``personal.birthdate``, ``gender: boy``
  ``personal.gender``, his profile ID ``id.user`` (body, URL path, JWT ``kids``, cookie, a crash
  report), his recitation ``content.media`` (no template), his allergy ``health.medical``; the
  message about his fever ``content.text|contact.name|health.medical``; her husband picking up
  ``contact.name``; the COPPA bid has no ad ID, its IP geo labelled;
- leak sensors: the Wi-Fi password and the hub's claim code ``secret.credential``; SSID/BSSID
  ``location.wifi``; the phone's LAN address ``device.info``, the hub's LAN address and MAC
  negatives (another device); the diagnostics' public IP ``location.ip``; the home's geocoded
  point, the geofence centre and the exit fix ``location.precise``, the exit's ``transition``
  unlabelled; the house's flow, pressure, usage and the sensors' readings negatives (no taxonomy
  type); the insurer check's birth date ``personal.birthdate``, the policy number unlabelled; the
  plumber's price ``financial.purchase``, her callback number ``contact.phone``; the member
  invited ``contact.*``; the leak photo ``content.media``;
- SDKs: Tallowisp's ``context.device.id`` is the Android ID ``id.device`` and its
  ``anonymousId`` (every event) the install ID; Attriferne's ``android_uuid`` and the Android ID
  ``id.device``, its event token a negative; Auctiloom's ``user.buyeruid`` ``id.device``, geo
  country, region, city and ZIP ``location.coarse``; Stackfennec's ``context`` (the screen) and
  foreground time ``behavior.usage``, breadcrumbs unlabelled; Switchbriar's key the user ID signed
  in; Beaconmoth's ``identifier`` (the push token) and ``player_id`` ``id.device``; Permisolve's
  ``uuid`` (body and cookie) ``id.device``, country and region from the IP ``location.coarse``;
  Paykestrel's device fingerprint ``id.device`` (its client session a negative, as set 37's),
  the cardholder's ZIP ``location.coarse``; Mapnettle's telemetry ``userId`` (the SDK's)
  ``id.device``; Helpmarten's identity JWT lets its bearer act as the user in the widget
  ``secret.credential`` (claims labelled), its session header ``secret.credential``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the brief and
a listing of its directory (names only); the whole of ``eval_payloads.py``; ``eval_families37.py``,
``_kit``, ``_sdk``, ``_svc``, ``_sleep`` and ``_ride`` and the start of ``_chat``; the file names
of sets 36 and 37 and of the kits 6-59; ``grep`` listings of the top-level definitions and
constants of kits 6-25 and parts of kits 6, 7, 8 (``check_ci``, ``report``), 10, 14, 15, 17, 18,
20, 21, 22 and 24; ``eval_families21.py``'s ``LISTED_ONCE``, ``_list_of`` and ``listed_once``
(its comment names a classifier constant, ``LISTY`` in ``analysis/classifiers/keys.py``: the
name only, that file was not opened); ``grep -ril`` file counts of candidate names over
``scripts/`` and ``captures/`` (names already used were dropped). No classifier, rule, test or
decoder source was read; no classifier was run. Every label's path was checked with a small
decoder of the author's own outside the project (base64 JSON in a query parameter at
``data.event``, base64url JSON at ``u.key``, a base64 JSON cookie at ``psv_state.u``, JSON strings
in form fields at ``partner_params.event`` and ``callback_params.user_id``, a URL in a form field
per parameter at ``deeplink.sitter``, JWT claims at ``.claims`` (``authorization.claims.kids[0]``,
``x-helpmarten-identity.claims.sub``), JSON Lines and a top-level JSON array ``[i]``, msgpack as
JSON, protobuf fields by number (``3.1``, ``4.6``, ``5``, ``2.2``), multipart parts at their
names, a file part one field, bracketed form keys as sent, URL path ``path[i]``, a segment such as
``40.74183,-73.98931`` one field); ``main`` was run at the end, as the brief asks (it runs the
project's decoders through ``check_ci``): its first run listed ``deeplink.sitter`` as not produced
while the deep link had a custom scheme (``pawtenda://``), so the link became an https App Link
(as set 37's links are) and the second run listed nothing; ``DECODER_GAPS`` is left empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families60_leak
import eval_families60_masjid
import eval_families60_ojek
import eval_families60_petsit
import eval_families60_ring
import eval_families60_safe
import eval_families60_sickle
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders by the author beyond ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families60_ojek.ojekita(), *eval_families60_ojek.ojekita_sdks(),
            *eval_families60_sickle.drepanote(), *eval_families60_sickle.drepanote_sdks(),
            *eval_families60_ring.orbiring(), *eval_families60_ring.orbiring_sdks(),
            *eval_families60_safe.lumenkeep(), *eval_families60_safe.lumenkeep_sdks(),
            *eval_families60_petsit.pawtenda(), *eval_families60_petsit.pawtenda_sdks(),
            *eval_families60_masjid.iqrabud(), *eval_families60_masjid.iqrabud_sdks(),
            *eval_families60_leak.drymark(), *eval_families60_leak.drymark_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
