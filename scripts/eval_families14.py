"""Fourteenth, BLIND labelled set for the classifier evaluation: written without reading the
classifier rules, the decoders' code or their README sections, and never run through a classifier
by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Twelve
app kinds new to the evaluation (none in sets 1-13): ``eval_families14_social.py``: an LGBTQ+
community/social app, a sobriety/recovery app with remote breath-alcohol monitoring;
``_guard.py``: a home-security/alarm app, an anti-theft/phone-finder app; ``_body.py``: a
smart-scale app, a sign-language/face-tracking accessibility app; ``_hire.py``: an AI
video-interview (hiring) app, an event-ticketing app with face entry; ``_ride.py``: a
street-parking app, an e-scooter sharing app; ``_lend.py``: an instant-loan app that harvests
the phone's contents, an immigration/visa-case app; ``_more.py``: batches of the same kinds
that repeat context per record, and negative-only exchanges. ``eval_families14_kit.py``
re-exports the earlier kits' ids, transforms, device blocks, wire helpers and ``check_ci``/
``report``, and adds key-event and hand-landmark generators. Values are synthetic, hosts under
example.* (RFC 2606), no real company is named as sender. Encodings: JSON (also a top-level
array), JSON Lines (gzip, br, zstd, none), form, query, cookies, mixed-case headers, JWTs
(bearer header, cookie, JSON field), base64 JSON (header, JSON field), base64url JSON (header, query
parameter), hex JSON (form field), gzip+base64 JSON (form and JSON fields), multipart (JSON,
JPEG, MP4, WAV, PDF parts), msgpack (with a float32 ``bin`` template), schema-less protobuf
(doubles, repeated sub-messages; br, zstd), XML (plain, deflate, gzip), URL path segments (a
legible event slug, a case receipt number, an order ID), gzip/br/zstd/deflate bodies. Profile
transforms: e-mail plain, upper case, SHA-256 of the normalised e-mail, percent-encoded (in a
query value, so sent doubly encoded); phone E.164, national, dashed, ten digits, inside a typed
message; GAID plain and without dashes upper case; SSN with and without dashes; MAC without
colons upper case; coordinates at 2-6 decimals, ``"lat,lon"`` strings at 4-6 decimals, a
9-character geohash, 4-decimal strings in a query, protobuf doubles.

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
- LGBTQ+ app: a display name ``id.user``; pronouns, gender identity and an ad request's gender
  code ``personal.gender``; orientation (profile, analytics trait), an "out to" list, a
  "seeking" filter, group names, ad keywords taken from the profile and a legible event slug
  in the URL path ``personal.sensitive``; HIV status, PrEP and last test date
  ``health.medical``; height/weight ``health.fitness``; a bio or chat message about being trans
  and on testosterone ``content.text|personal.sensitive|health.medical``; a 9-character
  geohash ``location.precise``; a travel-check country ``location.coarse``, the SIM country
  ``location.carrier``; an app-lock PIN ``secret.credential``; the age range of a filter, a
  recipient's or reported user's opaque profile ID and the discreet-icon flag unlabelled; a
  venue card fetched by ID is a negative;
- recovery: substances, sobriety date, program (AA), cravings, mood, triggers, days sober (also
  in an analytics header and a shared milestone), a meeting's name, BAC readings and MAT doses
  ``health.medical``; journals and posts ``content.text|health.medical``; a court case number
  ``id.user``; a breath test's face template ``biometric.face``, photo ``content.media`` and
  position ``location.precise``; the breathalyser's serial and MAC ``id.hardware``; sponsor,
  prescriber and probation officer ``contact.*``; a coin order ``financial.purchase``;
- alarm: panel/camera serials and the panel MAC ``id.hardware``; the monitoring account
  number (also an ``X-Account`` header) and a home-insurance policy number ``id.user`` (as set
  8); arm/disarm, duress and guest codes, the verbal passcode and the Wi-Fi key
  ``secret.credential``, the keypad's dwell and flight times for the code
  ``behavior.keystroke`` (one label each); the geofence centre and its exit point
  ``location.precise``; household members' "familiar face" embeddings and 5-point
  landmarks ``biometric.face`` (other people's faceprints are still faceprints), their names
  ``contact.name``; a doorbell visitor's face
  vector ``biometric.face``, its box unlabelled; a voice-arming speaker vector
  ``biometric.voice``, its fixed phrase unlabelled; alarm event codes, zones and sensor events
  unlabelled (home activity has no TAXONOMY category);
- phone finder: IMEI/serial ``id.hardware``; a new SIM's IMSI/ICCID ``id.sim`` (a SIM in the
  user's phone, even if a thief's), its number ``contact.phone``, both operators
  ``location.carrier``; the intruder photo ``content.media``, its face box and failed-unlock
  count unlabelled; a lock-screen message ``content.text|contact.phone``; a pocket-alarm
  accelerometer window ``behavior.motion``; trusted numbers one ``contact.phone`` label, a
  contacts backup ``content.contacts`` per field;
- smart scale: weight, body-composition values, impedance, foot heart rate, height, goals and
  a BMI band ``health.fitness``; household members labelled per field; pregnancy mode and due
  date ``personal.sensitive``; a "hide numbers" eating-disorder-recovery mode
  ``health.medical``; a setup token ``secret.credential``; a shop item's sex/size negatives;
- sign language: hearing status "Deaf" and ASL as primary language ``personal.sensitive``
  (disability); 21-point hand-landmark frames ``behavior.motion`` (one label per request),
  68-point face landmarks and a head-pointer calibration mesh ``biometric.face``, a head-pose
  series ``behavior.motion``; recognised glosses and captions ``content.text`` (plus
  ``health.medical``); switch-scanning key events ``behavior.keystroke|content.text``; a
  text-to-emergency message mentioning deafness ``content.text|personal.sensitive``; call
  audio chunks ``content.media``; an interpreter booking's clinic and visit kind
  ``health.medical``; a VRS call's jitter/RTT and a caption level curve unlabelled;
- video interview: a résumé PDF ``content.text`` (as set 6); race, disability and orientation
  ``personal.sensitive``, gender ``personal.gender``, veteran status unlabelled; answer videos
  ``content.media``; transcripts ``content.text`` (plus ``health.medical`` for a child's
  leukaemia); facial action-unit series ``biometric.face`` (face geometry over time), head
  pose ``behavior.motion``, emotion shares and scores unlabelled; pitch mean/SD, jitter,
  shimmer, MFCC means and speech rate ``biometric.voice`` each, an x-vector and a float32 face
  template (msgpack ``bin``) ``biometric.voice``/``biometric.face``; coding-test source
  ``content.text``, its key events ``behavior.keystroke|content.text``, paste and tab-switch
  counts unlabelled; the candidate ID ``id.user``; prior addresses one ``contact.address``
  label; a background-check signature ``behavior.motion``; a web view's page URL and title
  ``behavior.browsing``;
- ticketing: a magic-link token ``secret.credential``; an event search ``behavior.search``
  with a 3-decimal position ``location.precise``; order and ticket IDs, items and totals
  ``financial.purchase`` (the order ID also in the URL path); the rotating pass seed
  ``secret.credential``; seats unlabelled; a face-entry embedding ``biometric.face``; a resale
  payout's routing/account ``financial.payment``; in-venue wayfinding positions
  ``location.precise`` (the user's position, though near the venue's coordinates, which are a
  negative in the event card); beacon major/minor unlabelled; a wheelchair need
  ``personal.sensitive``;
- parking: the plate ``id.hardware`` (as set 13), its state ``location.coarse``; zone codes
  ``location.coarse`` (a named block-sized area); session, extension, citation and garage
  prices ``financial.purchase``, parking-session and ride IDs unlabelled (session IDs), a
  citation reference unlabelled; a proof-of-residence PDF ``content.media`` (a document, as set
  10's signed consent); an accessible-parking placard number and type ``personal.sensitive``
  (disability); a typed destination ``behavior.search`` (not medical, by convention);
- e-scooter: licence number ``personal.national_id``, licence photo and parking photo
  ``content.media``; ride telemetry points per field; fall-detection accelerometer and gyro
  series ``behavior.motion`` each; a late-night reaction test's tap positions with times
  ``behavior.motion`` (one series); vehicle IDs unlabelled (the operator's); a percent-encoded
  e-mail in a referral link ``contact.email``;
- instant loan: the loan amount, fee and repayment ``financial.purchase`` (a credit product
  bought), APR, income and employer unlabelled; bank routing/account, a card PAN and expiry
  ``financial.payment``; harvested address-book entries ``content.contacts`` per field,
  installed apps ``device.apps`` (one list), SMS senders and call-log numbers
  ``contact.phone``, SMS bodies ``content.text``; per-field dwell and flight lists
  ``behavior.keystroke`` each, a swipe series and an on-screen signature ``behavior.motion``;
  references per field, their relation unlabelled;
- immigration: a case receipt number ``id.user`` (a case key, also in the URL path); the
  A-number (with and without dashes), passport and I-94 numbers ``personal.national_id``;
  country of birth, citizenship, passport country and travel countries (one list)
  ``location.coarse``; asylum grounds, religion, ethnicity and the narrative
  ``personal.sensitive`` (plus ``content.text``), spouse and children per field, past
  residences ``contact.address`` with their city ``location.coarse``, an asylum case type
  sent to analytics
  ``personal.sensitive`` (it discloses that claim); immigration status and entry date
  unlabelled (no TAXONOMY category); a check-in's face vector ``biometric.face``, position
  ``location.precise`` and IP ``location.ip``; a fee ``financial.purchase``.

Decoder facts noticed (``decode_exchange`` through ``check_ci`` is all the author ran): every
labelled path is produced, so there are no stated gaps. A float32 template in a msgpack
``bin`` field is a leaf at its key; base64url JSON in a query parameter continues at
``d.<key>``; base64 and base64url JSON in ``X-Ctx``/``X-Meta`` headers continue at the
lower-cased header name; hex JSON and gzip+base64 JSON in form fields and a gzip+base64 JSON
string in a JSON field are unwrapped; a top-level JSON array is ``[i].key``; concatenated
repeated protobuf sub-messages are ``3[i].1`` (also under brotli) and doubles nested in a
sub-message ``3.1``; XML under deflate and gzip keeps the root tag first with attributes as
``@name``; a PDF, JPEG, MP4 or WAV multipart part is a field at its part name; JSON Lines
under gzip, brotli, zstd and none are ``[i].key``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families14_body
import eval_families14_guard
import eval_families14_hire
import eval_families14_lend
import eval_families14_more
import eval_families14_ride
import eval_families14_social
from eval_families14_kit import report
from eval_payloads import Case

# Every labelled path is produced by the decoders; no gap to state.
DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families14_social.pride(), *eval_families14_social.sober(),
            *eval_families14_guard.alarm(), *eval_families14_guard.finder(),
            *eval_families14_body.scale(), *eval_families14_body.signing(),
            *eval_families14_hire.interview(), *eval_families14_hire.tickets(),
            *eval_families14_ride.parking(), *eval_families14_ride.scooter(),
            *eval_families14_lend.loan(), *eval_families14_lend.visa(),
            *eval_families14_more.more(), *eval_families14_more.negatives()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
