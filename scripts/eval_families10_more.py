"""Blind set ten, part five: more requests of the same twelve apps, many of them negative controls
(see ``eval_families10.py`` for the rules of this set and its conventions).

Third-party SDK traffic the apps embed (an analytics ``identify``/``track`` batch in the style of
a customer-data SDK, an attribution session in form encoding, a remote-config fetch), DRM and
content-delivery requests, language-pack and model downloads, feeds and config fetches whose
IDs, hashes, nonces, buckets and timestamps are not personal data, and a few more user records:
a voice routine with the user's workplace, a school's pickup authorisation and bus tracking, a
spa booking questionnaire, a contacts sync, a dashcam's parking-mode report. Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, multipart, pb, raw
from eval_families7_kit import CONTACTS, enc, pb64, with_labels
from eval_families8_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL,
    EMAIL_MD5,
    GAID,
    GAID_NODASH,
    GENDER,
    HW,
    INSTALL_ID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PHONE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    device_camel,
    device_headers,
    device_snake,
    sha,
)
from eval_families10_kit import WORK_LAT, WORK_LON, Acc, gps
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    LAT,
    LON,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)
from eval_payloads import rnd_uuid as uid4

CDP = "https://api.eventpipe.example.com"


def sdks() -> list[Case]:
    """An analytics SDK's identify and track batch, an attribution session, remote config."""
    rng = random.Random(10013)
    out = []
    for fam, app, traits in [
            ("tryon", "lensfit", {"email": L(EMAIL, MAIL), "firstName": L("Jane", NAMEC),
                                  "birthday": L("1990-04-12", BIRTH),
                                  "gender": L("female", GENDER), "skinType": L("IV", SENS)}),
            ("music", "tunewave", {"email": L(EMAIL, MAIL), "plan": "free",
                                   "age": L(36, BIRTH)}),
            ("reader", "pageturn", {"name": L(NAME, NAMEC), "phone": L(PHONE, TEL),
                                    "favorite_genre": "mystery"})]:
        out.append(case(fam, f"{CDP}/v1/batch", headers={
            "Authorization": "Basic " + "d2tfbGl2ZV84ZjJjOg==",  # the write key: public
            "User-Agent": device_headers()["User-Agent"]}, gz=fam == "music", body={
            "batch": [
                {"type": "identify", "userId": L(USER_ID, UID),
                 "anonymousId": L(INSTALL_ID, DID), "traits": traits,
                 "messageId": uid4(rng), "timestamp": "2026-11-27T17:20:00.000Z"},
                {"type": "track", "event": L("Screen Viewed", USAGE),
                 "properties": {"screen": L("Home", USAGE), "app": app},
                 "userId": L(USER_ID, UID), "messageId": uid4(rng),
                 "context": {"device": {"advertisingId": L(GAID, ADID),
                                        "adTrackingEnabled": True,
                                        "model": L("Pixel 8", DEV)},
                             "network": {"carrier": L("Example Mobile", CARRIER),
                                         "wifi": True},
                             "ip": L(PUBLIC_IP, "location.ip"),
                             "library": {"name": "analytics-android", "version": "4.11.3"}}}],
            "sentAt": "2026-11-27T17:20:01.220Z"}))
    for fam in ("transit", "dashcam"):
        out.append(case(fam, "https://app.attribly.example.com/session", fmt="form", body={
            "gps_adid": L(GAID, ADID), "android_uuid": L(uid4(rng), DID),
            "api_level": L("34", DEV), "device_name": L("Pixel 8", DEV),
            "os_version": L("14", DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "session_count": L("12", USAGE), "created_at": "2026-11-27T17:21:00.000Z-0500",
            "app_token": "qwerty123456", "environment": "production",
            "event_buffering_enabled": "0", "needs_response_details": "1"}))
    for fam in ("voice", "hotel", "school", "rooms"):
        out.append(case(fam, "https://config.flagship.example.com/v3/fetch", headers={
            "X-Goog-Api-Key": "AIzaSyD-example-public-key-0123456789", "X-Android-Package":
            f"com.example.{fam}"}, body={
            "appInstanceId": L(rnd_hex(rng, 22), DID), "appId": "1:4410:android:9c1e",
            "countryCode": L("US", COARSE), "languageCode": L("en-US", DEV),
            "platformVersion": L("34", DEV), "timeZone": L("America/New_York", DEV),
            "appVersion": "5.2.0", "sdkVersion": "22.0.1",
            "analyticsUserProperties": {"exp_bucket": "b", "first_open_week": "2026-47"}}))
    return out


def negatives() -> list[Case]:
    """Content delivery, DRM, downloads and feeds: no personal data but the tokens they carry."""
    rng = random.Random(10014)
    out = [case("reader", "https://cdn.pageturn.example.com/books/bk_90412/v7/OEBPS/ch04.xhtml",
                headers={"Range": "bytes=0-65535", "If-None-Match": f'"{rnd_hex(rng, 32)}"'})]
    out.append(raw("reader", "https://drm.pageturn.example.com/license", bytes(
        rng.randrange(256) for _ in range(180)), "application/octet-stream", {},
        headers={"X-DRM-Key-Id": rnd_uuid_hex(rng), "Authorization": L(
            "Bearer pt_" + rnd_hex(rng, 44), CRED)}))
    out.append(case("translate", "https://dl.polyglot.example.net/packs/en-es/v31.zip", headers={
        "If-Modified-Since": "Wed, 19 Nov 2026 08:00:00 GMT"}, query={
        "sha256": rnd_hex(rng, 64), "abi": L("arm64-v8a", DEV), "variant": "quant8"}))
    out.append(case("voice", "https://models.hearth.example.com/wakeword/hey-hearth/v5.tflite",
                    query={"crc": str(rng.randrange(2**32)), "bucket": "ww_exp_c"}))
    out.append(case("music", "https://audio-cdn.tunewave.example.net/seg/4kQ8x/320/seg_00017.ogg",
                    query={"tok": rnd_hex(rng, 40), "exp": "1764254000"}))
    for cur in range(3):
        out.append(case("rooms", "https://api.hallway.example.io/get_feed_v3", query={
            "cursor": rnd_hex(rng, 24), "page_size": "20", "feed_v": str(cur),
            "exp": "feed_rank_7"}))
    out.append(case("tryon", "https://assets.lensfit.example.com/catalog/v9/manifest.json",
                    query={"etag": rnd_hex(rng, 16), "country": "US", "lod": "2"}))
    out.append(case("courier", "https://tiles.routewise.example.com/v1/15/9650/12318.mvt",
                    query={"style": "night", "v": "2026.11"}))
    out.append(case("mail", "https://sync.mailnest.example.org/v2/health", headers={
        "X-Request-Id": uid4(rng), "traceparent": f"00-{rnd_hex(rng, 32)}-{rnd_hex(rng, 16)}-01"}))
    labels: dict[str, str] = {}
    body = pb([(1, "2.3.12"), (2, rnd_hex(rng, 40)), (3, 1764254400),
               (4, [(1, "RE4K-DUO"), (2, 2), (3, "stable")])], "", labels)
    out.append(raw("dashcam", "https://cloud.roadeye.example.net/v1/firmware/manifest", body,
                   "application/x-protobuf", labels))
    return out


def rnd_uuid_hex(rng: random.Random) -> str:
    return rnd_hex(rng, 32)


def extra() -> list[Case]:
    rng = random.Random(10015)
    out = [case("voice", "https://assistant.hearth.example.com/v1/routines", headers={
        "Authorization": L("Bearer hh_" + rnd_hex(rng, 40), CRED)}, body={
        "routine": L("Leaving work", USAGE), "trigger": {"type": "geofence_exit",
                                                         "place": L("Work", USAGE),
                                                         "lat": L(WORK_LAT, PRECISE),
                                                         "lon": L(WORK_LON, PRECISE)},
        "actions": [{"do": "thermostat.set", "value": 70},
                    {"do": "message.send", "to": L("Tom Doe", NAMEC),
                     "text": L("on my way, 25 min", TEXT)}]})]
    hdr = {"Authorization": L("Bearer ch_" + rnd_hex(rng, 40), CRED)}
    out.append(multipart("school", "https://sis.classhub.example.edu/api/pickup/authorize", [
        ("photo", "grandma.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("person", None, "application/json", {
            "name": L("Helen Chen", NAMEC), "relation": "grandmother",
            "phone": L("+15550100655", TEL), "id_doc_last4": L("7731", "personal.national_id"),
            "students": [L("S-20431", UID)], "valid_until": "2027-06-30"})], headers=hdr))
    for i in range(3):  # the parent app tracks the child's school bus
        la, lo = gps(i * 9, PRECISE, 5, 40.6782, -73.9442)
        out.append(case("school", "https://bus.classhub.example.edu/v1/eta", headers=hdr, query={
            "student": L("S-20431", UID), "stop_lat": L(str(la.value), PRECISE),
            "stop_lon": L(str(lo.value), PRECISE), "route": "B12", "poll": str(i)}))
    out.append(case("hotel", "https://mobile.staybright.example.com/api/v5/spa/book", headers={
        "Authorization": L("Bearer sb_" + rnd_hex(rng, 40), CRED)}, body={
        "service": L("Prenatal massage 60", f"{BUY}|{SENS}"), "slot": "2026-11-28T10:00",
        "questionnaire": {"pregnant_weeks": L(22, f"{SENS}|{MED}"),
                          "conditions": L(["high blood pressure"], MED),
                          "pressure": "light"}, "guest": L(USER_ID, UID)}))
    out.append(case("hotel", "https://mobile.staybright.example.com/api/v5/parking", headers={
        "Authorization": L("Bearer sb_" + rnd_hex(rng, 40), CRED)}, body={
        "plate": L("KJT4471", HW), "state": "NY", "car": "blue Subaru Outback",
        "valet": True, "room": "1207"}))
    acc: Acc = {}
    cards = enc([{"fn": L(n, CONTACTS), "tel": L(t, CONTACTS), "email": L(e, CONTACTS)}
                 for n, t, e in [("Anika Rao", "+15550100301", "a.rao@clinic.example.com"),
                                 ("Kevin O'Neil", "+15550100302", "kevin.oneil@example.com"),
                                 ("Tom Doe", "+15550100188", "tom.doe@example.net")]],
                "body", "cards", "gzb64", acc)
    out.append(with_labels(case("mail", "https://sync.mailnest.example.org/v2/contacts/push",
                                headers={"Authorization": L("Bearer mn_" + rnd_hex(rng, 52),
                                                            CRED)},
                                body={"cards": cards, "sync_token": rnd_hex(rng, 20),
                                      "owner_md5": L(EMAIL_MD5, MAIL)}), acc))
    acc = {}
    parked = pb64([(1, L("RE4K7F21A0093", HW)), (2, [(1, L(40.729113, PRECISE)),
                                                     (2, L(-73.994120, PRECISE))]),
                   (3, L("bump", USAGE)), (4, 1764257000)], "body", "report", acc)
    out.append(with_labels(case("dashcam", "https://cloud.roadeye.example.net/v1/parking",
                                fmt="form", body={"report": parked, "v": "3"}), acc))
    out.append(encode(case("courier", "https://api.routewise.example.com/v4/device/scan",
                           body={"wifi": [{"ssid": L(s, WIFI), "bssid": L(b, WIFI),
                                           "rssi": r} for s, b, r in [
                               (SSID, BSSID, -48), ("Depot-Guest", "f8:1a:67:02:33:9c", -70),
                               ("DIRECT-7F-Printer", "ae:12:9b:44:01:0e", -81)]],
                                 "android_id": L(ANDROID_ID, DID), "ts": 1764252500}),
                      "br"))
    out.append(case("transit", "https://tickets.metroline.example.org/api/fare-cap", query={
        "card": L("6014220799314405", UID), "week": "2026-W48",
        "spent": L("28.70", BUY), "cap": "34.00"}))
    out.append(case("translate", "https://api.polyglot.example.net/v3/feedback", body={
        "src": L("I am allergic to penicillin", f"{TEXT}|{MED}"),
        "suggested": "Tengo alergia a la penicilina", "rating": 1,
        "gaid_nodash": L(GAID_NODASH, ADID), "device": device_snake()}))
    out.append(case("rooms", "https://api.hallway.example.io/report_user", headers={
        "Authorization": L("Token hw_" + rnd_hex(rng, 40), CRED)}, body={
        "reported_user": "8812004", "reason": "harassment",
        "details": L("kept DMing me about my religion after I said stop", f"{TEXT}|{SENS}"),
        "channel": "rm_B7t"}))
    out.append(case("tryon", "https://api.lensfit.example.com/v2/consent", headers={
        "Authorization": L("Bearer lf_" + rnd_hex(rng, 40), CRED)}, body={
        "biometric_consent": True, "text_version": "bio-2026-03", "locale": L("en_US", DEV),
        "signed_name": L(NAME, NAMEC), "ip": L(PUBLIC_IP, "location.ip"),
        "device": device_camel()}))
    out.append(case("reader", "https://sync.pageturn.example.com/v2/addresses", body={
        "billing": {"name": L(NAME, NAMEC), "line1": L("412 Pacific St", ADDR),
                    "city": L("Brooklyn", COARSE), "zip": L("11217", COARSE),
                    "country": L("US", COARSE)}, "email_sha1": L(sha("sha1", EMAIL), MAIL),
        "loc": {"lat": L(LAT, PRECISE), "lon": L(LON, PRECISE)}}))
    return out

