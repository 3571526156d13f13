"""Eighteenth, BLIND labelled set for the classifier evaluation: written without reading the
classifier rules, the decoders' code or their README sections, and never run through a classifier
by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Three
parts of about equal weight, every app, SDK and vendor new to the evaluation (none of sets 1-17's
families; fictional names, hosts under example.* per RFC 2606, no real company named as sender):
(a) the founding case as a messaging app with stories and live rooms, ``eval_families18_chat.py``
("Murmur": SIM and cell identities, the public IP in new forms, positions in new encodings,
keystroke timing in new encodings) and ``_fx.py`` (its face-effects SDK "Glint", voice SDK
"Timbre" and anti-abuse SDK "Hushguard": templates, landmarks, blendshapes, speaker embeddings,
voice features, typing cadence), each beside look-alikes that must not be flagged; (b) ordinary
third-party SDK traffic in a recipe app and a word game, ``_sdk.py`` (analytics "Strata" with a
string table, MMP "Tapwire", CDP "Mergepoint", remote config "Tunebox") and ``_ops.py`` (in-app
messaging "Nudgely", crash "Faultline", ad mediation "Pixelhive", consent "Okaygate", push
"Ringlet"); (c) everyday apps, ``_shop.py`` (a licensed cannabis-delivery app "Verdella", a
home-services booking app "Tidyhop") and ``_body.py`` (an astrology app "Astrolume", a
teledermatology app "Dermly"). ``eval_families18_kit.py`` adds transforms, position and
template encoders and look-alike generators; the modules take the rest from
``eval_families17_kit.py``.

Encodings: JSON (plain, gzip, br, zstd; top-level arrays under gzip, br, deflate), JSON Lines
(gzip, br, zstd, none), JSON in string values (form fields), form, multipart (JSON, JPEG, Ogg,
plain-text log and mapping parts), query strings (a URL inside a parameter), cookies (a session
JWT, opaque session cookies, a receipt JWT that is no credential, a refresh JWT), headers (bearer
JWTs, an opaque bearer, ``X-Real-IP``, gzip+base64url JSON, a signed context JWT, Basic with a
write key), a JWT in a JSON field, wrappers (gzip+base64url JSON in a header, base64 of hex JSON
and base64url JSON in query parameters, base64url protobuf in a query parameter), binary vectors
in strings (int16 and float32 base64, float16 hex, int8 base64, uint16 hex/base64, zigzag
varints base64url, base36), schema-less protobuf (a repeated string table, one repeated
sub-message per key, packed float32, ``float``, a varint IP, nested messages; deflate, br, zstd),
msgpack (``bin`` of int16 landmarks and of centiseconds; plain, gzip, zstd), XML (deflate), URL
path segments (a stream key, a user ID, an order ID, a push token). Profile transforms: e-mail
plain, upper case, SHA-256 (hex and upper-case hex), as hex, key by key, inside log text; phone
E.164, national, dashed, without the plus, SHA-256 of E.164 without the plus, MD5 of E.164,
inside chat and error text; advertising ID plain, upper case, base64 of the string, SHA-256;
Android ID upper case, MD5, SHA-256; install ID plain and upper case; IMEI MD5; MAC SHA-1; ICCID;
public IP dotted, ``ip:port``, ``0x`` hex, an octet list, a ``/24`` CIDR, base64 of its four
bytes, an integer (query and protobuf varint), last octet zeroed, in ``X-Real-IP``, in JWT
claims, in log lines, in a srflx candidate; MCC/MNC as ``310260``, ``310-260``, split strings
and integers; SIM country ``us``/``US``; operator plain and lower case; LTE cell ID and TAC as
integers and strings; SSID/BSSID; coordinates at 2-6 decimals, micro-degree integers, a GeoJSON
``[lon, lat]``, ``"lat,lon"`` strings, an Open Location Code, 7- and 5-character geohashes, WKT
and degrees-minutes-seconds.

Conventions kept from sets 1-17 (see ``eval_families8.py``/``eval_families10.py``/
``eval_families16.py``/``eval_families17.py``): model, OS, locale, time zone, screen, battery,
network type, memory, ABI, rooted/emulator/mock-location flags, the User-Agent and the LAN
address are ``device.info``; event/screen names, session counts and lengths ``behavior.usage``;
SDK install/device IDs, push tokens and the App Set ID ``id.device``; public client keys (write
keys, also in HTTP Basic, licence keys), app/SDK versions, trace/event/session/request IDs,
nonces, hashes, signatures, ETags, experiments/variants/buckets and timestamps unlabelled;
passwords, OTPs, PINs, lock codes, bearer/session tokens ``secret.credential`` with JWT claims at
``<where>.claims.<claim>``; a scalar list or one behavioural/biometric series is labelled once,
ordinary records per field; MCC/MNC, carrier, SIM country, cell ID and TAC
``location.carrier``; city/state/ZIP/country and < 3 decimals ``location.coarse``; a street line
``contact.address``; an order's or booking's ID, items, total and tip ``financial.purchase``;
typed keys with timings ``behavior.keystroke`` plus what the characters reveal; mood and
symptoms ``health.medical``, sleep ``health.fitness``; another person's name/phone typed by the
user ``contact.*``, address-book entries ``content.contacts``; a value in the URL path is
``url`` ``path[i]`` (0-based); a captured URL is labelled per query parameter.

Calls made in this set (a reader may disagree; stated so a score can be read):
- messaging: PCI, EARFCN and RSRP beside the cell unlabelled (radio parameters that name no
  cell); E2EE identity keys, prekeys, signatures, the registration ID and ciphertexts
  unlabelled, the composer timings sent in clear beside a ciphertext ``behavior.keystroke``;
  truncated hashes of address-book numbers one ``content.contacts`` list; a nearby query's
  ``cc`` taken from the SIM ``location.carrier``; a 5-character geohash ``location.coarse``, a
  7-character one, a 10-digit plus code, WKT and a DMS string to 0.1" ``location.precise``; a
  diagnostics log quoting the mapped IP and the serving cell ``location.ip|location.carrier``;
  a saved place's ``home`` label unlabelled (its WKT and street are labelled); the app-lock PIN
  ``secret.credential``, its dwell/flight times ``behavior.keystroke``; a gesture-typing path
  ``behavior.motion``, its word ``content.text``; the go-live stream key in the path
  ``secret.credential``; venue pages, sticker anchors and frame times, server lists, audience
  aggregates and viewer stats negatives;
- faces: the 52 weights are labelled, the static list of their names beside them is not; a
  landmark set sent by the selfie-sticker and acne-scan features ``biometric.face`` as the
  effects are; the other call participants' weights and landmarks ``biometric.face`` (a
  faceprint is one of whoever is in the frame), their opaque peer IDs unlabelled; names the
  user gave to photo-album clusters ``contact.name``; the hidden-chats fallback passcode
  ``secret.credential``; a head-turn series ``behavior.motion``; one head pose, boxes, counts,
  beauty settings, a preset expression's 52 weights, a mask asset's int16 anchor template, the
  canonical template in a 3DMM fit, perceptual hashes and GIF delays negatives;
- voices: int8 d-vectors, float16 x-vectors, float32 embeddings, f0, jitter, shimmer and HNR
  ``biometric.voice`` each; wake-word MFCC frames (40 x 13) one ``biometric.voice`` label; a
  voice changer's source embedding labelled, the stock target voice's embedding not; a voice
  note's display waveform (bar heights), noise-suppression band gains, VAD flags, levels, word
  timings and codec settings unlabelled; an age/gender estimated from the voice
  ``personal.birthdate``/``personal.gender``;
- analytics: string-table entries (``st[i]``, protobuf ``1[i]``) ``behavior.usage`` each, the
  rows' indices unlabelled, their dwell cells ``behavior.usage``; a property operation's value is
  labelled by the key named beside it (e-mail, first name, ZIP), an increment and a plan not;
- MMP/CDP/config: a clipboard click token, referrer and campaign unlabelled; a conversion
  value and its ``coarse`` tier unlabelled (no location); a deep link's ``from`` (the sharer's
  user ID) ``id.user``; MD5 of the IMEI and SHA-1 of the MAC ``id.hardware``; audience rows per
  cell; a diet preference unlabelled; a signed context JWT in a header is no credential (as set
  17's consent receipt), its claims are labelled; a lifetime value ``financial.purchase``;
- messaging/crash/ads/consent/push SDKs: a last-order date ``financial.purchase``, a cart value
  and an NPS score unlabelled; a plain-text log part quoting the e-mail and the IP
  ``contact.email|location.ip`` at the part; the ABI, heap and free memory ``device.info``; a
  3-decimal bid-request geo ``location.precise``; adapters' opaque signals, eCPMs, a creative's
  URL and screen click coordinates unlabelled; the consent ID ``id.device``, a ``US-NY`` region
  ``location.coarse``; a web-push endpoint (it embeds the subscription) ``id.device``, its
  ``p256dh``/``auth`` message-encryption keys unlabelled (they open no account);
- cannabis delivery: the licence number ``personal.national_id``, its PDF417 text (number, name,
  birth date, street) one label with those four categories; ID photos ``content.media``; the
  medical card number, qualifying conditions and reasons for use ``health.medical``, a
  tolerance level unlabelled; grams bought in 30 days ``financial.purchase``; an ACH token and
  last four ``financial.payment``, the bank's name unlabelled; a cart unlabelled; the
  compliance check's GPS, IP, Wi-Fi and cell labelled, its mock-location flag ``device.info``;
- home services: door, alarm and gate codes ``secret.credential`` (set 16's lock code), a chat
  line quoting the door code ``content.text|secret.credential``; the roommate's name and phone
  ``contact.name``/``contact.phone``; square footage and pets unlabelled; the user's position
  shared with the arriving pro ``location.precise``;
- astrology: birth time ``personal.birthdate``; the birthplace city and its 2-decimal
  coordinates ``location.coarse``; the sun sign unlabelled (a month, not a date of birth); a
  partner's name ``contact.name``, birth date ``personal.birthdate``, gender
  ``personal.gender``; ``seeking: women`` ``personal.sensitive`` (orientation); a question about
  an IVF pregnancy ``content.text|personal.sensitive|health.medical``; ephemeris longitudes and
  a star catalogue's right ascension/declination negatives;
- dermatology: lesion site, size, duration, itch and change ``health.medical`` each; the
  Fitzpatrick type ``health.medical|personal.sensitive`` (clinical here; set 10's skin tone);
  the insurance member ID ``id.user`` (set 16), group number and payer unlabelled; an
  appointment and copay ``financial.purchase``; article titles ``behavior.usage``; a
  pharmacy's street address and offices' coordinates negatives.

Decoder facts noticed (``decode_exchange`` through ``check_ci`` is all the author ran): one
labelled path is not produced and is stated below: the native crash's ABI ``arm64-v8a`` inside
a protobuf sub-message (``2.3``) decodes as a nested message. Other facts: only lists are nodes,
so a vector sent as a name-to-weight object could only be labelled per key (this set sends
parallel name and weight lists); a row of numbers only is a scalar list with no leaf per cell
(the string table's rows carry an event ID); repeated protobuf strings are ``1[i]`` and
repeated sub-messages have a node at their field number (``2``); gzip+base64url JSON in a
header continues at ``x-strata-identity.em``, base64 of hex JSON in a query parameter at
``attrs.city``; a URL inside a JSON string yields its query parameters (``error.req.lat``); a
JSON string in a form field continues (``cond.user.ltv``); a multipart text part is a leaf at
its name; a JWT in a header continues at ``x-tunebox-ctx.claims.iid``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families18_body
import eval_families18_chat
import eval_families18_fx
import eval_families18_ops
import eval_families18_sdk
import eval_families18_shop
from eval_families17_kit import report
from eval_payloads import Case

# ``arm64-v8a`` is eight bytes after a byte that reads as field 12 with a 64-bit value, so the
# protobuf decoder takes the native crash's ABI string (``2.3``) for a nested message.
DECODER_GAPS: set[tuple[str, str]] = {("faultline", "body:2.3")}


def build() -> list[Case]:
    return [*eval_families18_chat.murmur(), *eval_families18_chat.murmur_more(),
            *eval_families18_fx.facefx(), *eval_families18_fx.voice(),
            *eval_families18_fx.more(), *eval_families18_fx.cadence(),
            *eval_families18_sdk.strata(), *eval_families18_sdk.tapwire(),
            *eval_families18_sdk.mergepoint(), *eval_families18_sdk.tunebox(),
            *eval_families18_sdk.more(),
            *eval_families18_ops.nudgely(), *eval_families18_ops.faultline(),
            *eval_families18_ops.pixelhive(), *eval_families18_ops.okaygate(),
            *eval_families18_ops.ringlet(), *eval_families18_ops.more(),
            *eval_families18_shop.verdella(), *eval_families18_shop.tidyhop(),
            *eval_families18_shop.more(),
            *eval_families18_body.astro(), *eval_families18_body.derma(),
            *eval_families18_body.more()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
