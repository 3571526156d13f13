"""Seventh, BLIND labelled set for the classifier evaluation (``--set blind4``): written without
reading the classifier rules, the decoders' code or their README sections, and never run through a
classifier by its author; it is to be scored once, by the lead, on the final rules.

Labels are what a careful privacy auditor would mark, with the category ids of TAXONOMY.md and the
paths of DESIGN.md. Every family is new to the evaluation (none of the SDKs or app kinds of
``eval_families*.py`` 1-6). Here: a family of negative controls. ``eval_families7_snow.py``: a
Snowplow-style tracker (tp2 batches, base64url ``cx``/``ue_px``, the web tracker's cookie);
``eval_families7_sdk.py``: in-app guides (Pendo-style ``jzb`` zlib+base64url, Appcues-style
activity), Heap-style autocapture (JSON Lines) and Pushwoosh-style push (``{"request": ...}``);
``eval_families7_pay.py``: a PayPal/Braintree-style checkout with a risk-SDK fingerprint,
Firebase-Auth-style and Apple/Google sign-in, an Intercom-style messenger;
``eval_families7_ads.py``: a GMA-style ad request (a long query string) with rewarded-ad
callbacks, and a network speed-test app (cell, Wi-Fi, IP; XML and hex);
``eval_families7_apps.py``: meditation, pharmacy and language-learning apps;
``eval_families7_video.py``: the founding case, a short-video app (face landmarks, blendshapes and
embeddings for effects, voice features, comment keystroke rhythm, SIM and IP-derived location,
draft uploads; msgpack, protobuf, protobuf in base64, multipart);
``eval_families7_life.py``: a faith app, a parental-control app and a travel-booking app.
``eval_families7_kit.py`` has the encoders; ``eval_families6_kit.py`` the multipart/protobuf/
content-coding/JWT helpers and ``check()``. Values are synthetic; hosts are under example.*
(RFC 2606). Run this file to check every labelled path against ``decode_exchange`` and print the
counts (it exits non-zero when a labelled path is missing).

Conventions kept from the earlier sets (quoted in ``eval_families5.py``/``eval_families6.py``):
model, OS, locale, time zone, screen, battery, storage, memory, network type, the User-Agent and
the LAN address are ``device.info``; event and screen names, session counts and lengths are
``behavior.usage``; SDK install/device IDs and push tokens are ``id.device``; public client keys
and app/SDK versions are unlabelled; an ``Authorization`` secret, password, OTP, refresh or session
token is ``secret.credential`` and a JWT's claims continue at ``<where>.claims.<claim>``; a scalar
list is labelled once at its path, as is a list of sample objects forming one biometric or
behavioural series, while ordinary records are labelled per element field; SIM/network country and
MCC/MNC are ``location.carrier``; city, region, postal code and coordinates with fewer than 3
decimals are ``location.coarse``; an accuracy radius, altitude, bearing and speed are not a
location; a product view is usage, an order is ``financial.purchase``; typed health free text is
``health.medical|content.text``; photos/audio are ``content.media`` and what is computed from them
the biometric categories; screen orientation is unlabelled; a captcha token is unlabelled.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a Snowplow self-describing event's schema URI is its event name (``behavior.usage``), as is a
  structured event's category and action; ``eid``/``sid``/``dtm`` are negatives; the web
  tracker's ``_sp_id`` cookie (domain user ID first) is ``id.device`` as a whole;
- an Intercom-style ``user_hash`` (an HMAC of the user ID that lets a client act as that user)
  is ``secret.credential``; a Braintree-style payment-method nonce and a vaulted card's last four
  digits, BIN and expiry are ``financial.payment``; a risk SDK's ``correlation_id`` (one per
  checkout) is unlabelled, its ``app_guid`` (one per install) is ``id.device``;
- a home broadband ISP name (a speed test over Wi-Fi) is ``location.carrier`` like a mobile
  carrier name; a cell's TAC/LAC and cell ID are ``location.carrier``; signal strengths, band and
  channel numbers are unlabelled; the test server's address and location are negatives;
- meditation minutes and sessions played are ``behavior.usage``; mood check-ins, onboarding goals
  that name a mental-health condition and journal text are ``health.medical`` (text also
  ``content.text``); sleep duration and resting heart rate read from the health store are
  ``health.fitness``;
- a prescription number, drug names, dosages, allergies and conditions are ``health.medical``; a
  pharmacy's own address, phone and coordinates are negatives; an insurance member ID is
  ``id.user``; a vaccine appointment is ``health.medical`` (what) and ``financial.purchase`` (the
  booking reference);
- a learner's recorded answer is ``content.media``; pitch/MFCC features sent for scoring are
  ``biometric.voice``; pronunciation scores are unlabelled (an assessment, not a voiceprint);
  other users' names on a leaderboard are ``id.user``; the native language is unlabelled;
- face blendshape coefficients (52 expression weights) are ``biometric.face`` like landmarks;
  an effect's ID, a filter name and the face count are unlabelled; an IP-derived city/country the
  app reports back is ``location.coarse`` and the IP itself ``location.ip``;
- a religious tradition, a prayer log and a kosher/halal meal code are ``personal.sensitive``; a
  wheelchair-assistance code is ``personal.sensitive`` (disability); nationality is unlabelled (no
  category; not ethnic origin); a passport number is ``personal.national_id``, its expiry date is
  unlabelled; a boarding-pass barcode carrying name and booking reference is
  ``contact.name|financial.purchase``; a frequent-flyer number is ``id.user``;
- a child's location, browsing, searches and app list reported by a parental-control app are the
  child's personal data and labelled as if they were the user's; SMS text is ``content.text`` and
  the other party's number ``contact.phone``;
- an e-mail address used as the visitor ID (Pendo-style ``visitor_id``) is
  ``id.user|contact.email``; a Heap-style numeric ``user.id`` (random per install until
  ``identify``) is ``id.device``, the ``identity`` it is tied to ``id.user``/``contact.email``;
  the Pendo-style ``account_id`` (the customer organisation) is unlabelled; the text of a tapped
  button and the kind of an autocaptured event are ``behavior.usage``, tap x/y are not; a text
  field value captured by autocapture in a search box is ``behavior.search``;
- a store purchase token and order ID are ``financial.purchase`` (a receipt, not a means of
  payment); a push-tag "last purchase" date is ``financial.purchase``; an ``Age`` tag is
  ``personal.birthdate``; ad ``cust_params`` age/gender are labelled, a diet preference is not;
- a location the user tags on a video (a park's coordinates) and the MP4's ISO 6709 location
  are ``location.precise``; other users @-mentioned are ``id.user`` (one scalar list); hashtags
  and captions are ``content.text``;
- a known-traveller number is ``personal.national_id`` like the passport number; flight-search
  origin and destination are ``behavior.search``; a card form's key timings (digits not logged)
  are ``behavior.keystroke`` and the accelerometer while typing ``behavior.motion``, each one
  series labelled at its list; a comment's key-event list that spells the characters is
  ``behavior.keystroke|content.text``, a timing-only list ``behavior.keystroke``;
- ``region``/``sys_region`` common parameters (from the locale) are ``device.info``,
  ``carrier_region``/``op_region`` ``location.carrier``, ``current_region`` and a
  ``store-country-code`` cookie ``location.coarse``; ``x-ss-stub`` (MD5 of the body), ``x-sign``,
  ``x-khronos`` and trace IDs are negatives.

Decoder facts noticed while checking paths (the only part of the pipeline run by the author):
XML bodies are keyed from the root element with ``@name`` attributes (``result.client.@ip``) and
repeated elements indexed; a zlib+base64url query value (``jzb``) is unwrapped; a query string
inside a JSON string (``postBody``) and inside a query parameter (``cust_params``) is parsed;
URL path segments are ``url`` leaves ``path[i]``; JSON Lines records are ``[i]``; protobuf inside
base64 in a header is decoded at ``<header>.<field>``. Two printable protobuf strings parse as
nested messages instead (``DECODER_GAPS`` below): their labels are kept at the string's path.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_families7_kit import DEV, USAGE, counts
from eval_payloads import Case, L, case, rnd_hex, rnd_uuid

API = "https://api.clipfeed.example.com"

# Labels kept where the decoders give another path than a correct decoder would: printable
# protobuf strings that also parse as a nested message ("1080*2400" reads as field 6 of wire type
# 1, "en_US" as field 12 of wire type 5), so the string's leaf is ``3.4.6``/``8.12``.
DECODER_GAPS = {("shortvideo", "body:3.4"), ("shortvideo", "body:8")}


def negatives() -> list[Case]:
    """Shapes full of IDs, hashes, times, versions, prices, a shop's address and a support line,
    none of them personal; a few usage/device labels where a careful reader would mark one."""
    rng = random.Random(7099)
    out: list[Case] = []
    ua = {"User-Agent": L("ClipFeed/4.2.0 (Android 14; Pixel 8)", DEV)}
    for n in range(4):
        out.append(case("negatives7", f"{API}/v1/config", headers={
            **ua, "X-Request-Id": rnd_uuid(rng), "If-None-Match": f'W/"{rnd_hex(rng, 32)}"',
            "X-Api-Key": "pk_live_" + rnd_hex(rng, 24)},
            query={"app": "clipfeed", "platform": "android", "sdk": "5.4.1", "build": "420",
                   "channel": "stable", "ts": str(1764240000 + n)}))
    for _n in range(3):
        out.append(case("negatives7", f"https://cdn.example.net/assets/{rnd_hex(rng, 64)}.webp",
                        query={"w": "720", "q": "80", "v": rnd_hex(rng, 8)}))
    for _n in range(3):
        out.append(case("negatives7", f"{API}/v1/experiments/exposure", body={
            "request_id": rnd_uuid(rng), "idempotency_key": rnd_uuid(rng),
            "experiments": [{"key": "checkout_v2", "bucket": rng.randint(0, 99),
                             "variant": rng.choice(["A", "B"]), "hash_seed": rnd_hex(rng, 16)},
                            {"key": "feed_ranker", "bucket": rng.randint(0, 99),
                             "variant": "control", "allocation": 0.5}],
            "evaluated_at": "2026-11-27T10:21:03Z", "sdk_version": "2.8.1"}))
    # A shop the user picked for collection: its address, phone and coordinates are the shop's.
    out.append(case("negatives7", f"{API}/v1/store/select", body={
        "store_id": 4417, "store_name": "ClipFeed Store Midtown",
        "store_address": "350 Fifth Avenue, New York, NY 10118", "store_phone": "+1 212 555 0100",
        "store_lat": 40.74844, "store_lon": -73.98566, "opening_hours": "09:00-21:00",
        "request_id": rnd_uuid(rng)}))
    out.append(case("negatives7", f"{API}/v1/catalog/prices", body={
        "items": [{"sku": f"SKU-{rng.randint(1000, 9999)}", "price": round(rng.uniform(2, 90), 2),
                   "currency": "USD", "list_price": 99.0} for _ in range(6)],
        "catalog_version": "2026.11.27-3", "etag": rnd_hex(rng, 40)}))
    out.append(case("negatives7", f"{API}/v1/support/contact", query={
        "topic": "billing", "lang": "en"}, headers={"Accept-Language": L("en-US", DEV)}))
    out.append(case("negatives7", f"{API}/v1/time", body={
        "client_ts": 1764240000123, "client_monotonic_ns": 88123456789012,
        "server_ts_prev": 1764239990001, "drift_ms": -12}))
    for n in range(3):
        trace = rnd_hex(rng, 32)
        out.append(case("negatives7", "https://otel.example.net/v1/logs", body={
            "logs": [{"trace_id": trace, "span_id": rnd_hex(rng, 16), "severity": "INFO",
                      "body": "GET /v1/feed 200", "duration_ms": rng.randint(20, 900),
                      "upstream": "198.51.100.20:443", "http.status_code": 200,
                      "build_sha": rnd_hex(rng, 40), "event_seq": 490154203237526 + n}
                     for _ in range(3)]}))
    out.append(case("negatives7", f"{API}/v1/media/dedupe", body={
        "files": [{"sha256": rnd_hex(rng, 64), "md5": rnd_hex(rng, 32), "bytes": 482113,
                   "mime": "image/jpeg"} for _ in range(4)], "nonce": rnd_hex(rng, 24)}))
    # A tap heat-map sample: the button pressed on which screen is usage; x/y are UI positions.
    out.append(case("negatives7", f"{API}/v1/ui/taps", body={
        "taps": [{"screen": L("Checkout", USAGE), "button": L("pay_now", USAGE),
                  "x": 540, "y": 1920}, {"screen": L("Feed", USAGE), "button": L("like", USAGE),
                                         "x": 980, "y": 1402}],
        "vendor_oui": "3c:5a:b4", "tile": "14/4823/6160", "pop": "ewr",
        "pop_lat": 40.69, "pop_lon": -74.17}))
    out.append(case("negatives7", f"{API}/v1/legal/accept", body={
        "document": "terms", "version": "2026-09", "accepted_at": "2026-11-27T10:20:00Z",
        "doc_sha1": rnd_hex(rng, 40), "request_id": rnd_uuid(rng)}))
    out.append(case("negatives7", f"{API}/healthz", headers={"X-Trace-Id": rnd_hex(rng, 32),
                                                            "X-B3-SpanId": rnd_hex(rng, 16)}))
    return out


def build() -> list[Case]:
    import eval_families7_ads
    import eval_families7_apps
    import eval_families7_life
    import eval_families7_pay
    import eval_families7_sdk
    import eval_families7_snow
    import eval_families7_video

    return (eval_families7_snow.snowplow() + eval_families7_sdk.build()
            + eval_families7_pay.build() + eval_families7_ads.build()
            + eval_families7_apps.build() + eval_families7_video.build()
            + eval_families7_life.build() + negatives())


def main() -> None:
    from eval_families6_kit import check

    cases = build()
    cat, part, fam = counts(cases)
    print(f"{len(cases)} exchanges, {sum(len(c.labels) for c in cases)} labelled fields, "
          f"{len(fam)} families")
    for name, counter in (("family (exchanges)", fam), ("part", part), ("category", cat)):
        print(f"\nper {name}:")
        for k, v in sorted(counter.items()):
            print(f"  {k:22} {v}")
    missing: list[str] = []
    known: list[str] = []
    for m in check(cases):
        _, fam_name, where, _cat = m.split(" ", 3)
        (known if (fam_name, where) in DECODER_GAPS else missing).append(m)
    for m in known:
        print("decoder gap (label kept):", m)
    for m in missing:
        print("MISSING", m)
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
