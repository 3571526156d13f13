"""Nineteenth, BLIND labelled set for the classifier evaluation: written without reading the
classifier rules, the decoders' code or their README sections, and never run through a classifier
by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Three
parts, every app, SDK and vendor new to the evaluation (none of sets 1-18's families; fictional
names, hosts under example.* per RFC 2606, no real company named as sender): (a) about 40% of the
exchanges, the founding case as a dating app with live rooms and video dates,
``eval_families19_amor.py`` and ``_live.py`` ("Amorio": SIM and cell identities, the public IP in
new forms, positions in new encodings, keystroke timing in new encodings, ban-evasion hardware IDs;
its live-video SDK "Beamlet") and ``_sense.py`` (its photo-verification and beauty SDK "Facemint",
voice-intro SDK "Sonari" and typing-biometrics SDK "Tapcadence": templates, landmarks, blendshapes,
speaker embeddings, voice features, typing cadence), each beside look-alikes; (b) about 35%,
ordinary third-party SDK traffic in a comics reader and a bird-watching app, ``_track.py``
(analytics "Pulseboard", MMP "Clickroute", ads "Admoor", remote config "Switchyard") and
``_serv.py`` (crash "Bugbarn", consent "Agreeable", push "Chimeup", payments "Coinlane", maps
"Mapwright"); (c) about 25%, negative-heavy traffic, ``_decoy.py`` (music "Tunesmith", shopping
"Shelfwise", trivia "Quizzle", weather "Skyvane"): recommender item vectors, song fingerprints,
SKUs, serial-looking catalogue codes and EANs, UI grid cells, TTLs and sizes under short keys, the
app's own error texts and support address beside the user's e-mail, fictional celebrities and
brands in lists, venues', stores' and stations' coordinates, server/CDN/TURN addresses (also as
keys), other devices' install IDs, hashes, nonces, HMACs, versions, experiment buckets and SDK
keys, with the few real fields beside them labelled. ``eval_families19_kit.py`` adds transforms,
position, timing and template encoders and look-alike generators; the modules take the rest from
``eval_families17_kit.py`` and ``eval_families18_kit.py``.

Encodings: JSON (plain, gzip, br; top-level arrays under br, gzip, deflate), JSON Lines (gzip, br,
zstd, deflate, none), JSON in string values (a JSON field, form fields), form, multipart (JSON,
JPEG, MP4, M4A, Ogg, plain-text log and mapping parts), query strings (URLs inside parameters),
cookies (a session JWT, a base64url JSON identity cookie, a base64 device cookie), headers (bearer
JWTs, base64 JSON super-properties, the public IP, device headers), JWTs (bearer, cookie, a verdict
in a JSON field, a signed context in a query parameter that is no credential), wrappers
(gzip+base64 JSON in a field, base64url JSON in a field and a cookie, base64 JSON in a header,
zlib+base64url and zlib+hex JSON in query parameters, base64url protobuf in a query parameter and
in a form field), binary vectors in strings (base85 float32 and uint16, bfloat16 base64, float16
hex, landmarks as normalised bytes in hex, base32 centiseconds, CSV strings, ``x,y;`` strings),
schema-less protobuf (packed zigzag varints, packed float32, ``float``, nested and repeated
sub-messages; deflate, zstd, br), msgpack (plain, zstd, deflate, gzip), URL path segments (a stream
key, a push token). Profile transforms: e-mail plain, mixed case, upper case, percent-encoded
(query and a captured URL), base64url, MD5, upper-case SHA-1, SHA-256 as base64 of the digest,
SHA-512, inside log text; phone E.164, national (in an exception), ``tel:`` URI, ``+1 (555) ...``,
base64, SHA-256 of the ten digits, SHA-512 of E.164; advertising ID plain, without dashes upper
case, SHA-1, MD5, base64 of its bytes; Android ID base64; install ID plain, without dashes, braced
upper case, base64url of its bytes; IMEI dashed, without its check digit, SHA-1; serial SHA-256;
MAC dotted, MD5; IMSI SHA-256; ICCID with its filler nibble; public IP dotted, zero-padded,
bracketed, hex, base64 of its text, NAT64 form, ``/24`` zeroed, inside a UPnP endpoint URL, a
reverse-DNS host name, a srflx candidate, a header, JWT claims and a log; MCC/MNC as ``310260``,
``310-260``, ``310:260``, a PLMN BCD string, split strings and integers; SIM country
``us``/``US``/``USA``/``840``; operator plain, upper case, slug; ECGI, ECI in hex, NR cell ID, TAC
(integer, string, hex), GSM LAC/CID; SSID/BSSID; coordinates at 2-6 decimals, ``"lat,lon"``
strings, radians, degrees and decimal minutes, Web Mercator metres, ISO 6709, a ``geo:`` URI, a
float32 pair, a 6-character Maidenhead locator and a zoom-12 quadkey.

Conventions kept from sets 1-18 (see ``eval_families8.py``, ``eval_families10.py`` and
``eval_families16.py`` to ``eval_families18.py``): model, OS, locale, time zone, screen, battery,
network type, memory, ABI, GPU, thermal state, rooted flags, the User-Agent and the LAN address are
``device.info``; event/screen names, session counts and lengths ``behavior.usage``; SDK
install/device IDs and push tokens ``id.device``; public client keys, app/SDK versions,
trace/event/session/request IDs, nonces, hashes, signatures, ETags, experiments/variants/buckets
and timestamps unlabelled; passwords, OTPs, bearer/session tokens and confirmation tokens
``secret.credential`` with JWT claims at ``<where>.claims.<claim>``, a signed context that opens
nothing unlabelled but its claims labelled; a scalar list or one behavioural/biometric series is
labelled once, ordinary records per field; MCC/MNC, carrier, SIM country, cell IDs and TAC
``location.carrier``; city/state/ZIP/country and < 3 decimals ``location.coarse``; a street line
``contact.address``; an order's ID, items, total ``financial.purchase``, a cart unlabelled; card
number, expiry, CVC, last four and payment tokens ``financial.payment``; typed keys with timings
``behavior.keystroke`` plus what the characters reveal; height ``health.fitness``; another person's
name/phone typed by the user ``contact.*``, hashed address-book numbers one ``content.contacts``
list; a value in the URL path is ``url`` ``path[i]`` (0-based); a captured URL is labelled per
query parameter; text quoting a profile value carries that category at the field.

Calls made in this set (a reader may disagree; stated so a score can be read):
- dating profile: orientation and religion ``personal.sensitive``; the job, the age range and
  distance wanted unlabelled (preferences, not the user's age or place); a date's first name typed
  into a safety check-in ``contact.name``; the travel-mode city and its coordinates unlabelled (a
  place chosen to browse, not where the user is), as are saved date spots and an event's venue;
- positions: radians to 6 decimals, Web Mercator metres to a decimetre, degrees and decimal minutes
  to a thousandth of a minute, ISO 6709 at 4-5 decimals, a ``geo:`` URI, a float32 EXIF pair and
  4-decimal ``"lat,lon"`` strings ``location.precise``; a 6-character Maidenhead locator and a
  zoom-12 quadkey (both kilometres wide) ``location.coarse``; text quoting a position (a log, an
  error) ``location.precise``; a subscribed forecast zone ``location.coarse``;
- SIM/IP: a PLMN BCD string, ``USA`` and ``840`` from the SIM, an operator slug, ECGI, NR NCI, TAC
  in hex, ECI in hex, GSM LAC/CID ``location.carrier``, RSRQ unlabelled; the public IP in its NAT64
  form (RFC 6052 embeds the IPv4), in a UPnP endpoint URL and as a reverse-DNS host name
  ``location.ip``; a hashed IMSI ``id.sim``; a radio log quoting the cell and the IP
  ``location.carrier|location.ip``;
- keystrokes: base85, base32, zigzag, delta-of-delta, ``down-up`` pair and seconds encodings
  ``behavior.keystroke``; a backspace count and a cadence summary (mean/SD dwell, mean flight,
  words per minute) ``behavior.keystroke`` each; digraph latencies ``behavior.keystroke`` only (the
  bio they come from is labelled beside them); live-chat key rows that spell the text
  ``behavior.keystroke|content.text``;
- motion: card-drag trajectories (one per record), an IMU window while typing and a head-turn
  series ``behavior.motion``;
- faces: normalised-byte landmarks, parallel ``xs``/``ys`` lists (two labels per frame), CSV
  blendshapes, bfloat16 and base85 embeddings, zigzag mesh deltas, iris landmarks and 3D landmarks
  ``biometric.face``; both video-date tiles' weights and landmarks ``biometric.face`` (a faceprint
  of whoever is in the frame, set 18); an estimated age ``personal.birthdate``; the look-alike
  pool's celebrity names, a face swap's stock target template, the canonical template, a mask's
  anchors, beauty presets, face counts, gaze and one head pose unlabelled;
- voices: base85 x-vectors, a 400-d i-vector, f0 mean and SD, MFCC means as CSV, bfloat16 and
  float32 embeddings ``biometric.voice``; the other speakers' embeddings in a voice room
  ``biometric.voice`` (as set 18's faces); loudness and SNR, the background music's fingerprint and
  ISRC, a filter's stock voice, noise gains and a message's waveform unlabelled; a voice recording
  ``content.media``;
- ban evasion: the IMEI dashed and hashed, a hashed serial, the MAC dotted and hashed
  ``id.hardware``; the install and advertising IDs as base64 of their bytes
  ``id.device``/``id.advertising``;
- analytics/MMP/ads/config: a ``[key, value]`` pair's value labelled by its key (e-mail, SKU,
  amount, a search), a heat map's grid cells unlabelled; the IMEI without its check digit
  ``id.hardware``; a base64 user ID in a deep link ``id.user``; SHA-256 of a first name
  ``contact.name``; ad revenue, a conversion value, eCPM and click x/y unlabelled; ``lat: false``
  (limit ad tracking) unlabelled; a year of birth ``personal.birthdate``;
- crash/consent/push/payments/maps: an exception value quoting the national number
  ``contact.phone``; a captured URL quoting the percent-encoded e-mail ``contact.email``; ``US-NY``
  ``location.coarse``; the push token's instance part as device ID ``id.device``; a merchant
  category code (``mcc: 5815``) and a statement descriptor unlabelled; the 3-D Secure SDK app ID
  ``id.device``, its challenge code ``secret.credential``; the user's street in autocomplete
  ``contact.address``; a route's destination ``location.precise`` (set 12), a walking profile
  ``behavior.usage`` (set 17); tiles, a park's static map and an offline box unlabelled;
- negative-heavy apps: listening events ``behavior.usage``, followed artists' names unlabelled
  (public figures, a taste); of the household's devices and a lobby's players only this phone's
  install ID is labelled; a playlist name, a review and a gift note ``content.text``, a review
  nickname ``id.user``; a store's coordinates and phone, station and sensor coordinates, saved
  cities, an app-written share text, a friend code and pings keyed by server addresses unlabelled.

Decoder facts noticed (``decode_exchange`` through ``check_ci`` is all the author ran): every
labelled path is produced, so there are no stated gaps. Packed zigzag varints in a protobuf bytes
field are leaves at their field numbers (``3``); base64url protobuf in a form field continues at
``d.10.1``; zlib+hex JSON in a query parameter at ``x.ifa``; gzip+base64 JSON in a body field at
``p.ctx.model``; base64url JSON in a cookie at ``pb_id.em``, base64 JSON in a header at
``x-pb-super.op``; a JWT in a query parameter at ``ctx.claims.iid``; the value of a ``[key,
value]`` pair at ``evs[1].p[0][1]``; a URL inside a query parameter at ``url.ref_uid``; repeated
protobuf sub-messages at ``2[i].1``; JSON strings in form fields at ``attrs.email``; a multipart
text part is a leaf at its name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families19_amor
import eval_families19_decoy
import eval_families19_live
import eval_families19_sense
import eval_families19_serv
import eval_families19_track
from eval_families17_kit import report
from eval_payloads import Case

# Every labelled path is produced by the decoders; no gap to state.
DECODER_GAPS: set[tuple[str, str]] = set()


def build() -> list[Case]:
    return [*eval_families19_amor.amorio(), *eval_families19_live.amorio_more(),
            *eval_families19_live.beamlet(),
            *eval_families19_sense.facemint(), *eval_families19_sense.sonari(),
            *eval_families19_sense.tapcadence(), *eval_families19_sense.more(),
            *eval_families19_track.pulseboard(), *eval_families19_track.clickroute(),
            *eval_families19_track.admoor(), *eval_families19_track.switchyard(),
            *eval_families19_track.more(),
            *eval_families19_serv.bugbarn(), *eval_families19_serv.agreeable(),
            *eval_families19_serv.chimeup(), *eval_families19_serv.coinlane(),
            *eval_families19_serv.mapwright(), *eval_families19_serv.more(),
            *eval_families19_decoy.tunesmith(), *eval_families19_decoy.shelfwise(),
            *eval_families19_decoy.quizzle(), *eval_families19_decoy.skyvane()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
