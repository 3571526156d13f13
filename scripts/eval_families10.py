"""Tenth, BLIND labelled set for the classifier evaluation: written without reading the classifier
rules, the decoders' code or their README sections, and never run through a classifier by its
author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark, with the category ids of TAXONOMY.md and the
paths of DESIGN.md. Every family is new to the evaluation (none of the SDKs or app kinds of
``eval_families*.py`` 1-8):
``eval_families10_bio.py``: an AR virtual try-on app, a voice-assistant app, a translation app;
``eval_families10_road.py``: a courier fleet app, a transit ticketing app, a dashcam app;
``eval_families10_stay.py``: a hotel/smart-lock app, a school-administration app, a mail and
calendar client; ``eval_families10_media.py``: an e-reader/audiobook app, a music-streaming app,
a social-audio rooms app; ``eval_families10_more.py``: the SDKs these apps embed (analytics
identify/track, attribution, remote config), negative controls (CDN, DRM, downloads, feeds,
health checks) and more user records; ``eval_families10_keys.py``: typing rhythms, payments,
an LTE dashcam's modem and SIM, a speaker's Wi-Fi setup. ``eval_families10_kit.py`` has small
helpers. Values are synthetic; hosts are under example.* (RFC 2606). Encodings: JSON, JSON Lines,
form, query strings, cookies, mixed-case headers, JWTs (header, cookie, form and JSON fields),
base64/base64url/gzip+base64/hex JSON wrappers, base64 protobuf in a form field, multipart,
msgpack, schema-less protobuf, XML (ActiveSync-style, GPX, trip sync), gzip/br/zstd/deflate.

Conventions kept from the earlier sets (see ``eval_families8.py``): device model, OS, locale,
time zone, screen, battery, User-Agent and the LAN address are ``device.info``; event and screen
names, session counts and lengths are ``behavior.usage``; SDK install/device IDs and push tokens
are ``id.device``; public client keys, app/SDK versions, trace/request/message IDs, content
hashes, nonces, ETags, buckets and timestamps are unlabelled; an ``Authorization`` secret,
password, PIN or session token is ``secret.credential`` and a JWT's claims continue at
``<where>.claims.<claim>``; a scalar list, or a list of samples forming one biometric or
behavioural series, is labelled once at its path, ordinary records per element field; MCC/MNC,
carrier name and cell ID are ``location.carrier``; city, postal code, country and coordinates
with fewer than 3 decimals are ``location.coarse``; a street line or a one-line address is
``contact.address``; an order's ID, item names and totals are ``financial.purchase``, unit
prices not; card numbers, last four, expiry, tokens and IBANs are ``financial.payment``; a
passport MRZ is ``personal.national_id|contact.name|personal.birthdate``, nationality and
document expiry unlabelled; photos, recordings and scanned documents are ``content.media``; a
face box alone is unlabelled; a business's address is a negative; typed keys with timings are
``behavior.keystroke|content.text``; a value in the URL path is ``url`` ``path[i]`` (0-based).

Calls made in this set (a reader may disagree; stated so a score can be read):
- a face mesh, iris landmarks, pupillary distance, face width, nose-bridge width and a face-shape
  class are ``biometric.face``; a head-pose series (yaw/pitch/roll over time) is
  ``behavior.motion``; skin tone (hex colour, Fitzpatrick type) is ``personal.sensitive`` (it
  reveals racial or ethnic origin), the undertone and a lipstick shade are not; skin concerns
  (rosacea) and an eyeglass prescription are ``health.medical``; an estimated age is
  ``personal.birthdate``; lenses with a power in an order line are ``financial.purchase|
  health.medical``;
- wake-word audio and speech audio (WAV parts, base64 audio in JSON) are ``content.media``;
  d-vectors, MFCC means and pitch statistics are ``biometric.voice``, a loudness envelope (dBFS
  per 100 ms in a rooms app) is not (no spectral or speaker information) and is unlabelled;
  assistant transcripts are ``content.text`` (plus ``health.medical`` when they name a drug), the
  interpreted intent ``behavior.usage``; smart-home device names are unlabelled; a contact the
  assistant resolves (another person's name and phone) is ``contact.name``/``contact.phone``;
- the translation app's source text, OCR text and both sides of conversation mode are
  ``content.text`` (plus health/name/payment categories where the text carries them); the
  server's translation sent back in feedback is unlabelled; the ``tk`` hash of the query is
  unlabelled (a hash of content);
- a courier's 1 Hz breadcrumbs are labelled per coordinate; a recipient's name, phone, address
  and delivery note are labelled as the user's would be (personal data of another person); a
  signature's stroke points are ``behavior.motion`` (one series), the signer's name
  ``contact.name``; "wheelchair user" in a note and ``wheelchair=true`` in a trip plan are
  ``personal.sensitive`` (disability);
- a transit card's NFC UID is ``id.hardware`` (a chip serial, like a sensor's), its printed
  account number ``id.user``; entry/exit station names and IDs are ``location.coarse`` (named
  places, not coordinates); fares and top-ups ``financial.purchase``; a disability concession
  ``personal.sensitive``, a senior concession ``personal.birthdate`` (an age band), a Medicare
  number ``personal.national_id``; journey-planner typed queries are ``behavior.search``;
- a dashcam's own Wi-Fi Direct SSID is ``location.wifi`` (an SSID, as TAXONOMY words it), its
  password ``secret.credential``, its MAC and serial ``id.hardware``; a GPS track given as rows
  ``[lat, lon, km/h, t]`` is one ``location.precise`` label at its path (the decoders give a
  numeric matrix as one node); NMEA sentences are ``location.precise``; another car's plate seen
  by the camera is unlabelled, the user's own plate ``id.hardware`` (like a VIN); a GPX track's
  name is ``content.text``; an LTE module's IMEI, ICCID and IMSI are ``id.hardware``/``id.sim``
  although they are not the phone's;
- a hotel digital-key blob and a Wi-Fi PSK are ``secret.credential``; room and lock numbers and
  BLE RSSI are unlabelled; unlock events are ``behavior.usage``; allergy and accessibility
  requests are ``health.medical``/``personal.sensitive``; halal and Jain-vegetarian diets are
  ``personal.sensitive`` (religion); a prenatal treatment and pregnancy weeks are
  ``personal.sensitive`` (pregnancy), the latter also ``health.medical``;
- school records: pupils' names, dates of birth, gender and student IDs are labelled; numeric
  grades, attendance status, grade level, the free-lunch flag and home language are unlabelled
  (no TAXONOMY category); teacher comments and absence reasons are ``content.text`` (medical
  ones also ``health.medical``); diagnoses ``health.medical``, disability category and
  accommodations ``personal.sensitive``; ethnicity and race ``personal.sensitive``; the last four
  of an SSN or ID document ``personal.national_id``; a signed consent PDF ``content.media``;
- mail: correspondents' names and addresses are labelled, an organisation's sender name and
  address are not; subjects of received messages are ``content.text`` (message content in the
  user's mailbox); attachment file names are ``content.text``; an event's typed location (a
  practice's address) is ``content.text``, not ``contact.address``; a contact-autocomplete
  prefix is ``behavior.search``; synced contact cards are ``content.contacts`` per field, a
  list of hashed contact numbers and an invited contacts list once at their path;
- highlights and notes are ``content.text``; titles read or listened to and reading positions
  are ``behavior.usage`` even where a title suggests a condition; a device name "Jane's Pixel" is
  ``contact.name|device.info``; a library card number ``id.user``, its PIN
  ``secret.credential``; playlist names and descriptions are ``content.text``; follows of other
  users' public profiles are unlabelled; a room topic or bio is ``content.text`` (plus the
  sensitive or coarse-location category it reveals), pronouns ``personal.gender``, a social handle
  ``id.user``; an ICE host candidate is ``device.info`` (LAN address), srflx ``location.ip``;
- an analytics SDK's ``Authorization: Basic`` write key is a public client key, unlabelled.

Decoder facts noticed while checking paths (``decode_exchange`` through ``check_ci`` is the only
part of the pipeline run by the author): a list of 5 or more numeric rows is produced as one node
at the list's path with no ``[i][j]`` leaves (2 rows do give leaves); a repeated protobuf field
inside a sub-message is a list node (``3.1``, elements ``3.1[i].k``) while the sub-message
(``3``) is not a node; repeated top-level sub-messages are ``2[i].k``; JSON in a form field, hex
JSON in a form field, gzip+base64 JSON in form and JSON string fields, base64 protobuf in a form
field and JWTs in cookies, form fields and JSON fields are all unwrapped with the path
continuing; a multipart part whose JSON is a list is a node at the part's name; GPX attributes
are ``gpx.trk.trkseg.trkpt[i].@lat``. No label needed a DECODER_GAPS entry.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families10_bio
import eval_families10_keys
import eval_families10_media
import eval_families10_more
import eval_families10_road
import eval_families10_stay
from eval_families8_kit import report
from eval_payloads import Case

DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families10_bio.tryon(), *eval_families10_bio.assistant(),
            *eval_families10_bio.translate(), *eval_families10_road.courier(),
            *eval_families10_road.transit(), *eval_families10_road.dashcam(),
            *eval_families10_stay.hotel(), *eval_families10_stay.school(),
            *eval_families10_stay.mail(), *eval_families10_media.reader(),
            *eval_families10_media.music(), *eval_families10_media.rooms(),
            *eval_families10_more.sdks(), *eval_families10_more.negatives(),
            *eval_families10_more.extra(), *eval_families10_keys.typing(),
            *eval_families10_keys.payments(), *eval_families10_keys.hardware()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
