"""Seventeenth, BLIND labelled set for the classifier evaluation: written without reading the
classifier rules, the decoders' code or their README sections, and never run through a classifier
by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). The set
is weighted to ordinary third-party SDK traffic as an auditor sees it on a test phone, in vendor
payload shapes new to the evaluation (fictional SDKs, none of sets 1-16's), plus the founding
case (a short-video app: faceprints, voiceprints, keystroke rhythm, SIM and IP-derived location)
with look-alikes beside each: ``eval_families17_measure.py``: product analytics ("Tallyho":
columnar batches, hex-of-base64 identify), an MMP ("Linkwise": install referrer, signed event
payloads, deep links, probabilistic match, web-to-app), remote config/A-B ("Flagpole": GraphQL
targeting, exposures); ``_ads.py``: an OpenRTB-style exchange ("Bidloom", bid tokens, win/click
beacons), an SDK-specific network ("Adnook", base64url protobuf ad requests, init with installed
apps), a CMP ("Consently": proof of consent, receipt JWT, data-subject request);
``_ops.py``: crash reporting ("Crashloom", msgpack envelopes, ANR dumps, minidumps), performance
("Perfkit", protobuf and JSON Lines network spans), push ("Pingbell"), purchase validation
("Receiptd") and a fraud SDK's compact beacon; ``_help.py``: support chat ("Helpwave"), session
replay ("Rewind"), maps/geocoding ("Cartolite"), a fraud/device-fingerprint SDK ("Devprint":
nested hex-in-base64 signals, behavioural msgpack, ICE candidates, a Wi-Fi scan in protobuf);
``_reel.py``: the short-video app ("Reelio") with SIM, IP, positions and keystrokes;
``_face.py``: its face-effects ("Facekit") and voice ("Soundid") SDKs. ``eval_families17_kit.py``
re-exports the earlier kits and adds transforms, nested wrappers and look-alike generators.
Values are synthetic, hosts under example.* (RFC 2606), no real company is named as sender.

Encodings: JSON (also top-level arrays; plain, gzip, br, zstd, deflate), JSON Lines (gzip, br,
zstd), JSON inside string values (a form field, a JSON field, a captured request body, push
tags), form, multipart (JSON, JPEG, MP4, M4A, a minidump), query strings (also a URL inside a
parameter whose own query is labelled), cookies (a base64url JSON cookie, JWT cookies), headers
(base64 and base64url JSON, ``Forwarded``, mixed case ``x-SIM-Operator``), JWTs (cookies), wrappers
(base64 JSON in a field, hex of base64 JSON in a query parameter, hex JSON inside base64 JSON in
a body field, zlib+base64url JSON in a query parameter, base64url JSON in query/header/cookie),
schema-less protobuf (body; base64 in a form field; base64url in a query parameter; repeated
sub-messages; packed float32 and packed varints in bytes fields; a ``float``; zstd, deflate,
br), msgpack (plain, gzip, zstd; a ``bin`` of float32), raw bodies. Profile transforms: e-mail
plain, upper case, percent-encoded (a JSON string, inside a deep link and a captured URL), MD5,
SHA-1, SHA-256 and SHA-512 of the normalised address, inside free text; phone E.164, national,
dashed, inside log and chat text, SHA-1 and SHA-256 of E.164; GAID plain, upper case, without
dashes, MD5, SHA-256; Android ID plain, upper case, SHA-1, MD5; install ID plain, upper case,
without dashes (also upper case), SHA-256; IMEI SHA-256; MAC without colons upper case, SHA-1;
IMSI, ICCID, serial; public IP dotted, IPv4-mapped IPv6, as an integer (JSON and protobuf
varint), with the last octet zeroed, as a PTR name, in ``Forwarded``, in JWT claims, in error
text, in a srflx ICE candidate; MCC/MNC as ``310260``, ``310-260``, split strings and integers,
protobuf strings; operator plain, upper case; SIM country ``us``/``US``; SSID/BSSID; coordinates
at 2-6 decimals, E7 integers, ``"lat,lon"`` strings at 3-6 decimals, a ``lon,lat`` string,
protobuf doubles, in a captured URL and in log text.

Conventions kept from sets 1-16 (see ``eval_families8.py``/``eval_families10.py``/
``eval_families16.py``): model, OS, locale, time zone, screen, battery, network type, memory,
rooted/emulator/debugger flags, the User-Agent and the LAN address are ``device.info``;
event/screen names, session counts and lengths ``behavior.usage``; SDK install/device IDs, push
tokens and web cookie IDs ``id.device``; public client keys (write keys, ``pk.`` map tokens,
license keys, a public API key sent as bearer), app/SDK versions, trace/event/session/request
IDs, nonces, hashes, signatures, ETags, experiments/variants/buckets and timestamps unlabelled;
passwords, OTPs, bearer/session tokens ``secret.credential`` with JWT claims at
``<where>.claims.<claim>``; a scalar list or one behavioural/biometric series is labelled once,
ordinary records per field; MCC/MNC, carrier, SIM country ``location.carrier``; city/state/ZIP/
country and < 3 decimals ``location.coarse``; a street line ``contact.address``; an order's ID,
items, total ``financial.purchase``; typed keys with timings ``behavior.keystroke`` plus what the
characters reveal; a value in the URL path is ``url`` ``path[i]`` (0-based); a captured URL is
labelled per query parameter, as a whole when the data sits in its path (set 9).

Calls made in this set (a reader may disagree; stated so a score can be read):
- analytics: positional rows are labelled per cell (event and screen names, a screen's dwell
  time ``behavior.usage``; the per-row event ID and time unlabelled); an order count and a
  lifetime value in traits or a targeting context ``financial.purchase`` (set 9); a first name and
  a last name ``contact.name`` each; a game level's number unlabelled;
- MMP: the install referrer's campaign parameters and click ID unlabelled, as are body
  signatures and ad-revenue amounts (impression revenue is not a purchase, set 8); the landing
  page of web-to-app ``behavior.browsing``, the ``_lwc`` web cookie ``id.device``; a deep link's
  ``email`` parameter ``contact.email`` at ``link.email``;
- ads: OpenRTB ``user.id`` (a SHA-256 of the app's user ID) ``id.user``, ``buyeruid`` and the
  MMP EID ``id.device``, ``didsha1``/``dpidmd5`` ``id.device``, ``macsha1`` ``id.hardware``;
  ``utcoffset`` and ``connectiontype`` ``device.info``; an IP-derived 2-decimal ``geo``
  ``location.coarse``; the article title being read ``behavior.usage`` (titles, even health
  ones), its URL ``behavior.browsing``; interest keywords and segment IDs, the TCF/GPP strings,
  a zeroed IFA with ``lmt`` and a native request template unlabelled; a contextual ``kw`` that is
  the user's own search ``behavior.search``; ad beacons' event names unlabelled (delivery
  telemetry, set 6); the creative snapshot attached to an ad report is the advertiser's image,
  not the user's media (unlabelled), the report's comment ``content.text``;
- CMP: the per-device consent ID ``id.device``, resolved region ``location.coarse``, the IP kept
  as proof of consent ``location.ip`` (also truncated); a consent receipt JWT in a cookie is NOT
  labelled ``secret.credential`` (it records choices and opens nothing), its claims are
  labelled; the DSAR one-time code ``secret.credential``; ``Sec-GPC`` unlabelled;
- crash/performance: an exception message or log line quoting the e-mail, phone, public IP,
  street or coordinates carries that category at the field; breadcrumb screen names and a tap
  breadcrumb ``behavior.usage``; a minidump and a mapping upload unlabelled; feedback quoting a
  card's last four ``content.text|financial.payment``; thermal state, memory and ABI
  ``device.info``; a captured URL with an order ID in its path ``financial.purchase``;
- push: push tags naming a last-order date ``financial.purchase``, an age or a birthday
  ``personal.birthdate``, a last search ``behavior.search`` (a favourite category and a cart value
  not); received/opened and an in-app message's CTA ``behavior.usage``; the SDK's player ID in
  the URL path ``id.device``;
- purchases: product IDs, purchase tokens, order IDs, prices and an opaque store receipt
  ``financial.purchase``; an anonymous per-install subscriber ID ``id.device``; attribution
  attributes (media source, campaign) unlabelled;
- support chat: the identity-verification HMAC ``secret.credential`` (set 7); messages
  ``content.text`` plus the order number, street or phone they quote; the typing flag
  ``behavior.usage``, the typing preview ``content.text``; the agent's messages and name
  unlabelled; a CSAT score unlabelled, its comment ``content.text``; a help-centre query
  ``behavior.search``, an article viewed and time on it ``behavior.usage``;
- session replay: captured inputs carry what was typed (e-mail, search), a masked password or
  card holder is unlabelled; the captured login body (a JSON string) is labelled inside; an
  on-screen label showing the user's street ``contact.address``; a swipe trajectory
  ``behavior.motion`` (one series), taps and scroll deltas unlabelled; a card field's key
  intervals ``behavior.keystroke``; screenshot frames ``content.media`` (set 9);
- maps: the user's own street typed into autocomplete ``contact.address`` (set 8), a place query
  ``behavior.search``; reverse-geocoded positions, search bias, origin, destination (set 12),
  telemetry fixes and a geofence trail ``location.precise`` (2 decimals ``location.coarse``); the
  telemetry ID ``id.device``, the geocoding session token unlabelled; a map viewport elsewhere,
  tiles and a venue's static map unlabelled; a walking profile ``behavior.usage``;
- fraud: GSF and DRM IDs and the SDK's fingerprint ``id.device`` (set 12); the build
  fingerprint and sensor list ``device.info``; fonts/canvas hashes and boot time unlabelled;
  scanned BSSIDs ``location.wifi`` per protobuf record; the verdict token ``secret.credential``;
- short video: SIM serial and IMSI ``id.sim``, the SIM's line number ``contact.phone``;
  ``sys_region`` ``device.info``, ``carrier_region``/``op_region``/``simcc`` ``location.carrier``
  (set 7); ``cdn_region``, ``idc``, the router, resolver, edge, ingest and TURN addresses, a
  place page's and a tagged place's own coordinates, a supported-regions list and a chart's
  region unlabelled; the IPv4-mapped address and PTR name of the public IP ``location.ip``;
  ``Forwarded`` ``location.ip``; @-mentions one ``id.user`` list; a tagged place's name
  ``location.coarse``; edit cut points, sticker anchors and audience aggregates unlabelled;
  masked compact timings, dot- and comma-separated flight strings, hex uint16 dwell times,
  packed varints, dwell/flight lists and a backspace count ``behavior.keystroke``; a report about
  being followed ``content.text``; a shared position's E7 integers ``location.precise``;
- faces: 106/68-point landmarks (also per frame and packed float32 in protobuf), 3DMM identity
  and expression coefficients, face embeddings of the user and of tagged or untagged others, a
  468-point mesh, blendshapes, a face shape ``biometric.face``; skin tone
  ``personal.sensitive``, an estimated age/gender ``personal.birthdate``/``personal.gender``; a
  head-turn challenge and hand landmarks ``behavior.motion``; boxes, face counts, one head pose,
  beauty settings, a canonical face template (also fed to a mannequin try-on), a pet's
  landmarks, preset expressions, prop meshes and an uploaded avatar's vertices unlabelled;
- voices: speaker embeddings (base64 float32, float lists, float32 in protobuf), x-vectors, f0
  mean/SD, formants and MFCC means ``biometric.voice``; voice-over audio ``content.media``,
  transcripts, captions and text-to-speech text ``content.text``; pitch-shift settings, a song
  fingerprint, a loudness envelope, a karaoke contour, word timings and a fixed enrolment phrase
  unlabelled.

Decoder facts noticed (``decode_exchange`` through ``check_ci`` is all the author ran): every
labelled path is produced, so there are no stated gaps. Nested wrappers are peeled with the path
continuing (hex of base64 JSON in a query parameter ``d.traits.em``; hex JSON inside base64 JSON
in a body field ``p.x.sim.iccid``; zlib+base64url JSON ``d.a1``); base64url protobuf in a query
parameter is ``r.5.1``; a URL inside a query parameter, inside msgpack, inside a protobuf string
and inside JSON Lines yields its query parameters under the URL's path; a base64url JSON cookie is
``th_sp.aid``; headers keep their sent case (``X-Reel-Env.sim.mcc``), compared case-insensitively;
repeated protobuf sub-messages are ``3[i].1`` and a repeated scalar ``3[i]``; a packed varint
bytes field and a packed float32 bytes field are leaves at their field numbers.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families17_ads
import eval_families17_face
import eval_families17_help
import eval_families17_measure
import eval_families17_ops
import eval_families17_reel
from eval_families17_kit import report
from eval_payloads import Case

# Every labelled path is produced by the decoders; no gap to state.
DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families17_measure.tallyho(), *eval_families17_measure.linkwise(),
            *eval_families17_measure.flagpole(), *eval_families17_measure.more(),
            *eval_families17_ads.bidloom(), *eval_families17_ads.adnook(),
            *eval_families17_ads.consently(), *eval_families17_ads.more(),
            *eval_families17_ops.crashloom(), *eval_families17_ops.perfkit(),
            *eval_families17_ops.pingbell(), *eval_families17_ops.receiptd(),
            *eval_families17_ops.more(), *eval_families17_ops.devprint_lite(),
            *eval_families17_help.helpwave(), *eval_families17_help.rewind(),
            *eval_families17_help.cartolite(), *eval_families17_help.devprint(),
            *eval_families17_help.more(),
            *eval_families17_reel.reel(), *eval_families17_reel.reel_more(),
            *eval_families17_face.facefx(), *eval_families17_face.voice(),
            *eval_families17_face.more()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
