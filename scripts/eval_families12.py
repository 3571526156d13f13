"""Twelfth, BLIND labelled set for the classifier evaluation: written without reading the
classifier rules, the decoders' code or their README sections, and never run through a classifier
by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Twelve
SDK kinds new to the evaluation: ``eval_families12_voice.py``: an in-app survey SDK, a
speech-to-text SDK; ``_cdp.py``: a customer-data platform (mParticle/RudderStack-style), an
ad-verification SDK; ``_fraud.py``: a fraud/bot-detection SDK, a CAPTCHA; ``_place.py``: a
footfall/location-attribution SDK, a maps SDK's telemetry; ``_watch.py``: video-player QoE
analytics, a live-chat SDK; ``_care.py``: a health-data aggregator, SMS/OTP phone verification;
``_more.py``: more shapes of the same kinds and negative-only exchanges. Values are synthetic,
hosts under example.* (RFC 2606), no real company is named as sender. Encodings: JSON, JSON Lines,
form, query, cookies, mixed-case headers, JWTs (header, cookie, JSON), base64/base64url/gzip+
base64/hex JSON, base64 protobuf in a form field, multipart, msgpack, schema-less protobuf, XML,
a URL path, gzip/br/zstd/deflate bodies.

Conventions kept from sets 1-10 (see ``eval_families8.py``/``eval_families10.py``): model, OS,
locale, time zone, screen, battery, network type, rooted/emulator/debugger/VPN flags, the
User-Agent and the LAN address are ``device.info``; event/screen names, session counts and
lengths ``behavior.usage``; SDK install/device IDs and push tokens ``id.device``; public client
keys (write keys, ``pk.`` map tokens, site keys), app/SDK versions, trace/event/session/request
IDs, nonces, hashes, ETags, experiments and timestamps unlabelled; passwords, OTPs, PINs,
bearer/session tokens ``secret.credential`` with JWT claims at ``<where>.claims.<claim>``; a
scalar list or one behavioural/biometric series is labelled once, ordinary records per field;
MCC/MNC, carrier, cell ID/LAC ``location.carrier``; city/state/ZIP/country and < 3 decimals
``location.coarse``; a street line ``contact.address``; an order's ID, items, total
``financial.purchase``; titles watched ``behavior.usage`` even where they suggest a condition;
steps/HR/HRV/SpO2/sleep/weight ``health.fitness``, glucose/insulin/cycle ``health.medical``;
typed keys with timings ``behavior.keystroke`` plus what the characters reveal; a value in
the URL path is ``url`` ``path[i]`` (0-based); another person's name/phone typed by the user is
``contact.*``, address-book entries ``content.contacts``; a health search is ``behavior.search``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- survey: NPS/ratings and neutral choices (a job, an income band) are unlabelled; free text is
  ``content.text`` (plus what it reveals); a choice revealing a category carries it (coeliac
  diet ``health.medical``, age band ``personal.birthdate``, ethnicity/race, a screen reader,
  halal ``personal.sensitive``); the trigger screen/event ``behavior.usage``;
- speech: audio chunks and base64 audio ``content.media``; transcripts ``content.text`` (+
  ``health.medical``); a boost list of names and drugs ``contact.name|health.medical`` (one
  list), a vocabulary synced from the address book ``content.contacts``; speaker embeddings,
  d-vector, MFCC means, pitch mean and a speaker-profile ID ``biometric.voice``; diarisation
  turns, word timings and the recognition model name unlabelled; a dictated intent usage;
- CDP: an mParticle-style ``mpid`` (also inside the ``mprtcl-v4`` cookie) and a previous mpid
  ``id.user``; identity-type numbers unlabelled; lifetime value ``financial.purchase``, a
  checkout-started cart value not; ``$Age`` birthdate; a UTC offset ``device.info``; pregnancy
  attributes ``personal.sensitive``;
- ad verification: the article URL of the web view ``behavior.browsing``, a referrer carrying a
  search ``behavior.browsing|behavior.search``; viewability metrics, tap coordinates on the ad,
  creative/placement IDs, the app bundle unlabelled; volume, headphones, orientation, charging,
  accelerometer magnitude ``device.info``; the vendor's measurement cookie ``id.device``;
- fraud: the SDK's device fingerprint and a DRM ID ``id.device`` (also in the app back end);
  sensor and font lists one ``device.info`` label each; build fingerprint/bootloader/patch level
  ``device.info``; uptime and collection time unlabelled; SIM ``line1Number`` ``contact.phone``;
  installed apps ``device.apps``; touch, accelerometer, gyroscope series, hold angle and
  handedness ``behavior.motion``; password dwell/flight, paste flag and correction count
  ``behavior.keystroke``; key events typing an e-mail ``behavior.keystroke|contact.email``;
  risk score/verdict unlabelled; a risk-decision JWT is a credential;
- CAPTCHA: pointer move/down/up and touch lists one ``behavior.motion`` each; a slider drag
  track (repeated protobuf field) one label; sitekey, challenge IDs, proof-of-work request and
  solve time unlabelled; the pass token ``secret.credential``;
- footfall: visit and beacon-time coordinates ``location.precise``; a venue name
  ``location.coarse`` (a named place, as set 10's stations), with ``personal.sensitive`` for a
  fertility clinic (its category too); arrival/departure/dwell, activity ("walking"), RSSI and
  consent flags unlabelled; a beacon sighting's ``uuid:major:minor`` string and an Eddystone
  instance ``location.wifi`` ("nearby network identifiers"), the chain's namespace not; every
  scanned network's BSSID/SSID ``location.wifi`` per record;
- maps: the telemetry ``userId`` ``id.device``; accessibility font scale, volume, brightness,
  audio route ``device.info``; the routing profile usage; destination coordinates, a route in
  the URL path, an encoded polyline and a ``lon,lat`` proximity string are one
  ``location.precise`` label each; feedback text ``content.text``, its screenshot
  ``content.media``; remaining distance/duration and tile coordinates unlabelled;
- video: a viewer ID that is the e-mail ``contact.email``; a client ID ``id.device``; bitrate,
  buffering, dropped frames, CDN, playhead unlabelled; a Mux-style experiment key ``sex`` is
  unlabelled; subtitle choice and watched seconds usage; a kid profile's name and birth year
  ``contact.name``/``personal.birthdate``, the parental PIN a credential;
- chat: messages ``content.text`` plus what they carry (order number, street, card last four,
  insulin); a typing flag ``behavior.usage``, the sneak-peek text ``content.text``; attachment
  ``content.media``, caption and rating comment ``content.text``, the score not; agent name,
  ID and messages unlabelled; the session JWT cookie a credential, its visitor claim
  ``id.device``;
- health: aggregator and reference user IDs ``id.user``; wearable serials and a glucometer MAC
  ``id.hardware``; HR and glucose samples per record field, the hypnogram once; activity type,
  calories, VO2max, stress, water ``health.fitness``; blood pressure, blood type, alcohol units
  ``health.medical``; HealthKit sexual activity ``personal.sensitive``; a workout's typed name
  ``content.text``; a ``[lat, lon]`` pair one ``location.precise`` label;
- OTP: the phone in every form ``contact.phone``, including a masked hint keeping the last four
  and a number inside dictated/chat text; the chosen country ``location.coarse``, SIM country
  ``location.carrier``; OTP codes, the SMS-Retriever message, an opaque integrity token, an
  attestation JWT and a Basic auth header ``secret.credential``; the app hash unlabelled; radio
  technology, eSIM and dual-SIM flags ``device.info``.

Decoder facts noticed (``decode_exchange`` through ``check_ci`` is all the author ran): a URL path
segment is ``path[i]`` counting from the first segment after the host (``/v1/lookup/X`` is
``path[2]``); repeated top-level protobuf fields are ``3[i].k`` and, inside base64 protobuf in a
form field, the repeated field is a node (``d.3``); a two-number JSON list is a node; JSON keys
containing dots (``c3.viewer.id``) are kept verbatim in the path; base64url JSON in a header,
JSON and hex JSON in form fields, gzip+base64 JSON in JSON fields, a JWT in a cookie and XML
attributes (``HealthData.Record[i].@value``) are all unwrapped with the path continuing. No label
needed a DECODER_GAPS entry.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families12_care
import eval_families12_cdp
import eval_families12_fraud
import eval_families12_more
import eval_families12_place
import eval_families12_voice
import eval_families12_watch
from eval_families8_kit import report
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families12_voice.survey(), *eval_families12_voice.speech(),
            *eval_families12_cdp.cdp(), *eval_families12_cdp.adverify(),
            *eval_families12_fraud.fraud(), *eval_families12_fraud.captcha(),
            *eval_families12_place.footfall(), *eval_families12_place.maps(),
            *eval_families12_watch.video(), *eval_families12_watch.chat(),
            *eval_families12_care.health(), *eval_families12_care.otp(),
            *eval_families12_more.more(), *eval_families12_more.negatives()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
