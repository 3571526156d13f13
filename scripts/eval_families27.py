"""Twenty-seventh, BLIND labelled set for the classifier evaluation: written without reading the
classifier code, its rules, the tests or the README's evaluation tables, and never run through a
classifier (nor through the decoders) by its author; it is to be scored once, by the lead, on the
final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-25 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in the proportions
real captures have (153 first-party calls and 77 SDK calls, 230 exchanges, 1,597 labels after
``listed_once``), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes. Seven app kinds new to the evaluation
(fictional names, hosts under example.* per RFC 2606, no real company named as sender), each with
its own API and the SDKs it embeds: a job-interview video app ``eval_families27_interview.py``
("Panelcast", recorded answers with an "AI assessment"), a smart doorbell and home camera
``_doorbell.py`` ("Lintelcam"), a crypto wallet and exchange ``_crypto.py`` ("Coinmoor"), a period
and fertility tracker ``_cycle.py`` ("Cyclowen", banner ads on the free tier), a German
apartment-rental app ``_miete.py`` ("Zimmerling": its API's keys are German), a kids' smartwatch
locator used by a parent ``_watch.py`` ("Pebblekin") and a Spanish hiking and trail app
``_sendero.py`` ("Sendalia": its API's keys are Spanish; native ads). The SDKs are ten new
vendors, built once and called by every app with its own events and choices: ``_sdk.py``
(analytics "Tallyloom", MMP "Attrivane", OpenRTB 2.6 ads "Bidmarten", crash reporting
"Faultlark") and ``_svc.py`` (flags "Flipquill", push "Pingrove", consent "Consentrail", payments
"Tillquay", maps "Cartowl", support chat "Askhollow"). ``eval_families27_kit.py`` holds places that
are not the user's and places that are, businesses' numbers and mailboxes, the user's daughter
and her watch, the doorbell camera, crypto addresses and hashes, a German IBAN, local date orders,
the candidate ID, action-unit and pitch generators, an encoded-polyline writer and a small PDF;
the apps' header helper ``head``, JWT claims ``claims``, request IDs ``rid`` and SDK per-install
IDs ``sdk_id`` are ``eval_families24_kit``'s, the rest comes from ``eval_families17_kit.py`` to
``eval_families25_kit.py``.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, a refresh,
an e-mail OTP, an MFA step, SMS codes, a TOTP in a header, an e-mail code, an app-lock PIN, a
magic-style confirmation deep link); the interview app's CV (PDF) and parsed profile, a job search,
an application with voluntary EEO answers, a camera check, a recorded answer (MP4), two AI
assessments (gzip JSON with per-frame action units, voice features and a transcript; msgpack with
action-unit rows, head pose and a pitch contour), consent, a live-interview slot, references,
messages, a background check and a profile photo; the doorbell's home (address and position),
camera claim and Wi-Fi setup, zones, a timeline acknowledgement (msgpack), a shared clip (MP4), two
familiar faces (a 512-d embedding; a base64 float32 template and five landmarks), event feedback,
two-way talk (ICE candidates), a recorded quick reply (M4A), home/away geofencing, a neighbourhood
post, a household member, a subscription and diagnostics; the exchange's KYC (identity, SSN, a
driver's licence scan and number, a selfie video with a face template and a head-turn series),
deposit addresses, an address book, a withdrawal whitelist, market and limit orders, an ACH account
and deposit, a send to a friend, a withdrawal, a transaction look-up, a price alert, a tax report
and risk signals (protobuf); the tracker's onboarding, a daily log, an offline sync (msgpack), a
thermometer's readings (protobuf, repeated), a pregnancy test with its photo, partner sharing, an
export, reminders, ovulation feedback, a community post, an article search, an event queue (gzip
JSON Lines), settings, a ring's connection and nightly data; the rental app's searches and a saved
search, a listing, a bookmark, a tenant self-disclosure, a SCHUFA report, a pay slip and a passport
scan, an enquiry, a viewing and its on-site check-in, a neighbourhood query, a commute estimate,
the rent deposit by IBAN, an e-signed lease (a base64 PNG), a removals request; the watch's
binding, the child's profile and photo, the watch's phone book, safe zones, "locate now", a shared
position, an SOS acknowledged, a voice message, class mode (msgpack), rewards, history, the
parent's family-map position (protobuf), a lost-watch report, a firmware check; the hiking app's
profile, trail searches, an offline map, a hike (msgpack), its encoded polyline, a photo with its
position, live tracking and its points (protobuf, repeated), an SOS, an emergency contact, a
review, a weather look-up and a watch import; per app an own event log, push registration and a
cookie-authenticated GET, and Play purchase checks in five apps. SDKs: analytics batches (a form
whose ``e`` field is a JSON string), identify calls (gzip JSON) and signed-out GET beacons
(base64url JSON in the query); MMP sessions and events (forms with JSON-string parameters; hashed
e-mail and phone) and a deep-link click (a URL in a query parameter); OpenRTB 2.6 bid requests
(gzip; GPS geo at 4 decimals or IP geo; year of birth, gender, keywords, a hashed e-mail) and
win/impression beacons; crash reports (multipart: a JSON report and a text log file) and session
logs (JSON Lines); flag evaluations (JSON, and base64url JSON in the query of a GET); push
registrations, set tags (a JSON string in a form) and an opened notification; consent records (one
with a signed receipt in a cookie) and a web-view status check (a base64 JSON cookie); card payment
methods (JSON), a payment confirmation and a SEPA mandate (forms with bracketed keys); forward and
reverse geocoding, routes (JSON) and map telemetry (protobuf, repeated); support conversations (an
identity JWT) and an attachment.

Negatives are implicit: request, trace, upload, answer, message, event and session IDs,
idempotency keys, nonces, checksums, timestamps and dates of logs, versions, public SDK keys
(analytics client and API keys, the MMP's app token, flag, push, consent and map keys, a
publishable key, the support app key), OpenRTB auction, bid, creative and publisher IDs, encrypted
prices and the supply chain, internal object IDs (jobs, CVs, questions, interviews, threads,
homes, events, clips, listings, viewings, trails, activities, cycles, alerts, campaigns); the
assessment's feature list naming the action units and voice features, the action-unit names, an
interviewer avatar's stock expression weights, the camera check's face box, face count,
brightness, blur and microphone levels, speaking rate, pause ratio, filler words, a loudness
envelope, eye-contact and emotion ratios and the assessment's scores; the doorbell camera's and
chime's serials, MAC, model and firmware (in bodies, a URL path, crash keys and a firmware query),
motion and privacy zones, detection boxes, a TURN relay candidate; the token contract, the
exchange's hot wallet, transaction hashes, price-alert thresholds; the thermometer's serial and
firmware; the watch's model and firmware, class-mode hours, step goal and location interval; the
school's coordinates, name and phone; listings' coordinates (beside the viewing check-in and in a
neighbourhood query), a letting agent's phone and mailbox, a recruiter's shared mailbox; a
trail's bounding box, a hut's coordinates in a weather query, the trailhead and the employer's
office as routes' destinations; income, employer, job title, education, skills, languages, work
authorisation, desired pay, nationality, marital status, SCHUFA score class and the exchange's
KYC occupation, source of funds and income band (no TAXONOMY type, as sets 14-24); a hiking
watch's model and firmware; SDK library User-Agents naming only the library.

Encodings, in rough proportion to real traffic: JSON (plain and gzip), form bodies, query
strings, headers (the apps' User-Agents, Dalvik's, a web view's, install IDs under app-specific
names plain, upper case and without dashes, opaque bearers, JWT bearers, a TOTP header,
``Accept-Language``, the support widget's visitor and session headers), cookies (session and
device cookies, a JWT receipt, a base64 JSON consent cookie), JWTs (bearers with user ID, e-mail,
candidate ID, ``vorname``, ``correo``/``nombre`` and ``phone_number`` claims; a support identity
JWT; a consent receipt that is no credential), base64url JSON in the query, base64 JSON in a
cookie, JSON strings in form fields, a URL in a query parameter, JSON Lines (a gzip event queue,
crash sessions), multipart (JSON, text, PDF, JPEG, MP4 and M4A parts), msgpack (an assessment, a
timeline acknowledgement, a cycle sync, watch settings, a hike) and schema-less protobuf (risk
signals, thermometer readings, the family map, live-tracking points, map telemetry). Profile
transforms: the e-mail plain, mixed case, upper case, URL-encoded (forms), base64 (in a deep
link inside a query parameter), MD5 (an avatar hash) and SHA-256 (MMP, OpenRTB EIDs); the phone
E.164, the profile's spaced form, ``+1 (555) 010-0199``, national with parentheses, dashed,
without the plus, SHA-256 of E.164 and in a JWT claim; the install ID plain, upper case, without
dashes, in cookies and JSON; the Android ID; the advertising ID; the user ID plain, in JWTs,
JSON strings, JSON Lines, msgpack and protobuf; the public IP (OpenRTB, consent and e-signature
records, a SEPA mandate, an ICE candidate); the LAN address; MCC and MNC apart and as
``310-260``; the carrier; the home SSID/BSSID (also in protobuf); the birth date as ISO, German
``17.05.1991`` and Spanish ``17/05/1991``, a birth year and an age; coordinates at 2 to 6
decimals as numbers, strings, query values and ``lat,lon`` strings, protobuf doubles, an encoded
polyline, and the user's own fixes away from the profile's position (a hike, a Berlin viewing).

Conventions kept from sets 20-25 (as set 25's docstring states them): model, make, OS (also
``platform``), locale, language (also a ``country`` the SDK takes from the locale), time zone
(also as an offset), battery, orientation, rooted, network type, free storage, the LAN address
and User-Agents naming the model or OS are ``device.info``; event names, event tokens and counts,
screen names, session counts and lengths and time in a feature ``behavior.usage``; SDK
install/device IDs, the Android ID, push tokens and hardware IDs, the payment SDK's fingerprint,
the consent visitor ID and map telemetry's install ID ``id.device``; passwords, PINs, one-time,
MFA and TOTP codes, OAuth codes, refresh/bearer/session tokens, session cookies, payment client
secrets and claim or bind codes ``secret.credential`` with JWT claims at ``<where>.claims.<claim>``;
scalar lists are labelled per element in the modules and collapsed by
``eval_families21.listed_once`` (symptoms, moods, conditions, districts); MCC/MNC and carrier
``location.carrier``; city, state, ZIP, country and region ``location.coarse``; street lines
``contact.address``; a plan, a price, an amount, a fee, a deposit, revenue, a Play product, order
and purchase token and a lease number ``financial.purchase``; card data, bank account and
routing numbers, an IBAN and payment-method IDs ``financial.payment``; another person's name,
phone, e-mail and address typed by the user ``contact.*``; a value in the URL path is ``url``
``path[i]`` (0-based over the non-empty segments); text that states a health or sensitive fact or
quotes a labelled value carries that category too (``content.text|...``); keys in German or
Spanish are labelled as their English equivalents would be.

Calls made in this set (a reader may disagree; stated so a score can be read):
- interview: facial action-unit intensities of the candidate (per-frame records and rows)
  ``biometric.face``; f0 mean and SD, jitter, shimmer, HNR, MFCC means and a pitch contour of her
  answer ``biometric.voice``; a head-pose series ``behavior.motion`` (as set 14); delivery
  measures (speaking rate, pauses, filler words, loudness), eye-contact and emotion ratios and
  the assessment's scores unlabelled (measures and inferences, no template); the answer video
  ``content.media``, transcripts ``content.text``; the CV PDF ``content.media`` (as set 20), its
  file name ``contact.name``; the parsed CV's contact data labelled, its work history and
  schooling not (no TAXONOMY type), her summary and highlights ``content.text``; a public profile
  URL and the candidate ID ``id.user``; EEO gender ``personal.gender``, ethnicity and disability
  answers ``personal.sensitive`` (as set 20); a signed consent's name and IP labelled;
- doorbell: the home is at the profile's position: its street lines ``contact.address``, city,
  state, ZIP and country ``location.coarse``, its coordinates (also the geofence's centre)
  ``location.precise``; the camera and chime are fixed equipment of the home, their serials, MAC,
  model and firmware negatives; the home Wi-Fi's SSID/BSSID ``location.wifi`` and its password
  and the sticker's claim code ``secret.credential``; clips and the recorded quick reply
  ``content.media``; familiar faces: a 512-d embedding, a base64 float32 template and five
  landmarks ``biometric.face``, the visitors the user names ``contact.name`` (their relation not);
  an ICE candidate with the public and LAN addresses ``location.ip``; a post's 2-decimal position
  ``location.coarse``; a live view's length ``behavior.usage``;
- crypto: wallet addresses of people (her deposit addresses at the exchange, her self-custody
  wallet, a friend's pasted address) ``financial.payment`` (account numbers for funds, like an
  IBAN, set 15); a token contract, the exchange's hot wallet and transaction hashes negatives
  (public ledger records; the address carries the label); order funds, size, price and fees, the
  ACH deposit, a send's and a withdrawal's amounts and the network fee ``financial.purchase``
  (as set 15's transfers); price-alert thresholds unlabelled; the driver's licence number
  ``personal.national_id``, its scans ``content.media|personal.national_id``, its state
  ``location.coarse``; the selfie video ``content.media``, its face template ``biometric.face``,
  its head-turn series ``behavior.motion``, the liveness score unlabelled; a wallet label she
  typed ``content.text``; a support message quoting her address ``content.text|financial.payment``;
- period tracker: cycle dates and lengths, flow, symptoms, moods, basal and skin temperature (also
  in protobuf), cervical mucus, LH tests, a confirmed ovulation, days past ovulation, contraception
  ("none"), PCOS, a prenatal vitamin and the cycle day (also in analytics) ``health.medical``;
  the goal to get pregnant (also in analytics, flags and push tags), trying since, a pregnancy
  test's result and photo (``content.media|personal.sensitive``), pregnancy mode (``false``) and
  sexual activity (had sex, protected) ``personal.sensitive`` (sex life: the TAXONOMY's closest
  type, beside pregnancy); a post about trying to conceive ``content.text|personal.sensitive``;
  OpenRTB keywords naming fertility ``personal.sensitive``; a health-article search
  ``behavior.search`` only; the partner typed by the user ``contact.*``, sharing switches not;
  resting heart rate, HRV, sleep, height and weight ``health.fitness``; the thermometer's serial
  a negative; an analytics age ``personal.birthdate``;
- rental: ``Anrede: Frau`` ``personal.gender``; ``Raucher`` ``health.medical`` (set 25's
  smoking); the SCHUFA report and a pay slip ``content.media`` (documents she uploads), the score
  class unlabelled; the passport scan ``content.media|personal.national_id`` and its number
  ``personal.national_id``; the flat she leases is her next home (set 25): its street
  ``contact.address``, PLZ and city ``location.coarse`` where sent as hers (the removals request,
  a push tag, its typed geocoding ``contact.address``), while listing data stay negatives; her
  future office's address ``contact.address`` (set 23's own workplace); her own fix at a Berlin
  viewing ``location.precise``; the deposit, the lease number and the SEPA mandate labelled; a
  saved search's name ``content.text``, its criteria ``behavior.search``;
- smartwatch: the parent is the app's user and her daughter a data subject: the child's name,
  birthday, gender, height, weight and photo, and her positions (a shared and an SOS fix, a
  ``lat,lon`` lost-watch report, reverse geocoding and a route's destination) are labelled as
  any person's; the watch is the child's own cellular device, so its IMEI (body, URL path, a
  support attribute), Bluetooth MAC and serial are ``id.hardware``, its SIM's ICCID ``id.sim``
  and its number ``contact.phone`` (unlike the doorbell's home equipment); its bind code
  ``secret.credential``; safe zones: home and the grandmother's home (another person's home)
  ``location.precise`` with their addresses ``contact.address``, the school's zone a negative (a
  public place); the phone book's names and numbers ``contact.*``, its "Mom"/"Dad" labels not;
  the parent's own positions (locate request, family map, map telemetry) ``location.precise``;
  the child's age in analytics ``personal.birthdate``;
- hiking: ``sexo: mujer`` ``personal.gender``; ``apodo`` ``id.user``; a hike's points, its
  encoded polyline (one label), start and end strings, a photo's position, live points and an SOS
  ``location.precise``; the live-share token (whoever holds it sees her) ``secret.credential``;
  an SOS message about a twisted ankle ``content.text|health.medical``; distance, ascent,
  duration, calories, heart rate (also a series), steps and VO2max ``health.fitness``; free
  storage ``device.info``; nearby trails at 2 decimals ``location.coarse``;
- SDKs: Askhollow's identity JWT, signed by the app's server, lets its bearer act as the user in
  the widget ``secret.credential`` (claims labelled); Consentrail's receipt cookie is a signed JWT
  that opens nothing (claims labelled, the token not), its ``sub`` the visitor ID ``id.device``,
  its jurisdiction ``location.coarse``; Faultlark's attached log file is one field labelled by
  what it quotes (the e-mail and candidate ID ``contact.email|id.user``; a file name with her
  name ``contact.name``); Cartowl's route labels each location by whose place it is; Tillquay's
  SEPA mandate IP ``location.ip`` and User-Agent ``device.info``; Attrivane's deep-link token
  ``secret.credential`` and base64 e-mail ``contact.email``; OpenRTB metro, city, region and
  country ``location.coarse``.

Looked at beyond TAXONOMY.md, DESIGN.md and the builder sources (stated honestly): the whole of
``eval_payloads.py``; ``eval_families25.py``, ``_kit``, ``_move``, ``_sdk``, ``_svc``, ``_bp`` and
``_boat``; ``eval_families24_kit``, ``eval_families20_kit``, ``eval_families21.py`` and
``eval_families21_kit`` to ``eval_families23_kit``; the sources of ``eval_families17_kit`` to
``eval_families19_kit``; the signatures and docstrings of every name ``eval_families17_kit``
re-exports, printed with ``inspect``, with its constants' values (``PEOPLE`` included) and the
sources of ``device_camel``/``device_snake``/``device_headers``/``device_abbrev``, ``sim_block``,
``srflx``, ``multipart``, ``raw``, ``enc``, ``pb``, ``tok``, ``jsonl``, ``add``, ``encode``,
``landmarks``, ``blend``, ``f32b64``, ``flat`` and ``points``; earlier docstring conventions by
``grep``/``sed`` (lines 110-150 of ``eval_families17.py``, 85-115 of ``eval_families19.py``,
60-80 of ``eval_families20.py``, the matching lines of a grep for blendshape/voice keys over sets
17-25 and one for income, salary, employer, IBAN, nationality and religion over sets 14-25), lines
95-200 of ``eval_families14_hire.py`` (an earlier interview app) and 85-125 of
``eval_families15_money.py`` (a transfer's amounts); ``pyproject.toml``'s ruff settings; ``grep
-ril`` counts of the new names over ``scripts/`` and ``captures/``; ``build()`` of this set and
the ``analysis`` modules it loads through ``eval_payloads`` (``analysis.profile``, ``records``,
``errors``, ``textfile``: no decoder, no classifier). No classifier, rule, test or decoder was
read or run; ``main``/``report`` were not run, so ``DECODER_GAPS`` is empty by assumption: the
paths assume the decoder conventions sets 21-25 state (a JSON string in a form field continues at
the field, ``e.events[0].event_type``; a URL in a query parameter at ``deeplink.m``; base64url JSON
in the query at ``d.step`` and ``ctx.targetingKey``; a base64 JSON cookie at ``cr_prefs.vid``; JWT
claims at ``.claims``; JSON Lines ``[i]``; repeated protobuf sub-messages ``2[i].2``, single ones
``2.1``; multipart parts at their names, a file part one field; bracketed form keys kept as
sent; URL path ``path[i]``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families27_crypto
import eval_families27_cycle
import eval_families27_doorbell
import eval_families27_interview
import eval_families27_miete
import eval_families27_sendero
import eval_families27_watch
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders (the author ran only ``build()``); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families27_interview.panelcast(), *eval_families27_interview.panelcast_sdks(),
            *eval_families27_doorbell.lintelcam(), *eval_families27_doorbell.lintelcam_sdks(),
            *eval_families27_crypto.coinmoor(), *eval_families27_crypto.coinmoor_sdks(),
            *eval_families27_cycle.cyclowen(), *eval_families27_cycle.cyclowen_sdks(),
            *eval_families27_miete.zimmerling(), *eval_families27_miete.zimmerling_sdks(),
            *eval_families27_watch.pebblekin(), *eval_families27_watch.pebblekin_sdks(),
            *eval_families27_sendero.sendalia(), *eval_families27_sendero.sendalia_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
