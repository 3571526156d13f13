"""Blind set twelve, part seven: more shapes of the same twelve SDK kinds (see
``eval_families12.py`` for the rules of this set, its conventions and its calls).

XML survey responses with demographic answers, dictated messages and a contacts vocabulary
for the speech SDK, CDP attributes in a base64url header and a cookie, keystroke dynamics in hex
JSON, a geofence event in a form, a route in the URL path and an encoded polyline, a kids'
viewer profile, a chat transcript in XML, a HealthKit-style XML export, phone changes and e-mail
fallback codes, and negative-only exchanges full of IDs, hashes, versions and timestamps.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, raw
from eval_families7_kit import enc, with_labels, xml
from eval_families9_kit import (
    BIRTH,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    FIT,
    GENDER,
    KEYS,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
)
from eval_families10_kit import WORK_LAT, WORK_LON, Acc, near
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

SURVEY = "https://api.askly.example.com"
STT = "https://speech.voxscribe.example.net"
MP = "https://nativesdks.cdpkit.example.com"
FR = "https://collect.trustlayer.example.com"
FF = "https://ingest.footpath.example.com"
MAPS = "https://events.cartokit.example.com"
MUX = "https://beacon.playstat.example.com"
CHAT = "https://chat.talkbubble.example.io"
HA = "https://api.vitalsync.example.com"
OTP = "https://verify.codepass.example.net"


def _polyline(points: list[tuple[float, float]]) -> str:
    """Encoded polyline (precision 5), as route APIs take it."""
    out, plat, plon = [], 0, 0
    for lat, lon in points:
        for v, prev in ((round(lat * 1e5), plat), (round(lon * 1e5), plon)):
            d = v - prev
            d = ~(d << 1) if d < 0 else d << 1
            while d >= 0x20:
                out.append(chr((0x20 | (d & 0x1F)) + 63))
                d >>= 5
            out.append(chr(d + 63))
        plat, plon = round(lat * 1e5), round(lon * 1e5)
    return "".join(out)


def more() -> list[Case]:
    rng = random.Random(12013)
    out = []
    for k in range(2):
        lab: dict[str, str] = {}
        doc = xml("Response", {"@survey": "SV_8812", "@id": "R_" + rnd_hex(rng, 12), "Embedded": {
            "Email": L(EMAIL, MAIL), "ExternalRef": L(USER_ID, UID)}, "Answer": [
            {"@q": "QID1", "Value": "7"},
            {"@q": "QID2", "Value": L(["Hispanic or Latino", "Black or African American"][k],
                                      SENS)},
            {"@q": "QID3", "Value": L("I use a screen reader most days", f"{TEXT}|{SENS}")},
            {"@q": "QID4", "Value": L("Female", GENDER)},
            {"@q": "QID5", "Value": "$50,000-$74,999"},
            {"@q": "QID6", "Value": L("1990", BIRTH)}]}, "Response", lab)
        out.append(raw("survey", f"{SURVEY}/API/v3/responses", doc.encode(), "application/xml",
                       lab, headers={"X-API-TOKEN": "pk_live_9c1e77a2"}))
    out.append(case("speech", f"{STT}/v1/vocabularies", headers={
        "Authorization": L("Bearer vx_" + rnd_hex(rng, 36), CRED)}, body={
        "name": "contacts-sync", "phrases": L(["Sam Patel", "Dr. Amal Osei", "Mom",
                                               "Lucía Fernández"], CONTACTS),
        "source": "address_book", "installId": L(INSTALL_ID, DID)}))
    for k, (text, cats) in enumerate([
            ("text Sam at 555 201 3344 that I'm running late", f"{TEXT}|{TEL}"),
            ("remind me to refill my sertraline on Monday", f"{TEXT}|{MED}")]):
        out.append(case("speech", f"{STT}/v1/dictation/final", body={
            "utteranceId": rnd_uuid(rng), "text": L(text, cats), "confidence": 0.93,
            "intent": L(["send_message", "create_reminder"][k], USAGE),
            "audioMs": 2900 + k, "lang": L("en-US", DEV)}))
    acc: Acc = {}
    attrs = enc({"$Mobile": L(E164, TEL), "$State": L("NY", COARSE),
                 "pregnant": L(True, SENS), "due_date": L("2027-03-02", SENS),
                 "favourite_store": "Union Sq"}, "header", "x-mp-user-attributes", "b64url", acc)
    out.append(with_labels(case("cdp", f"{MP}/v2/us1-7bd2c1e9/attributes", headers={
        "X-MP-User-Attributes": attrs, "x-mp-key": "us1-7bd2c1e9"}, cookies={
        "mprtcl-v4": L(f"mpid%3D-8123341223981%7Cgs%3D{rnd_hex(rng, 8)}", UID),
        "mp_cid": L(INSTALL_ID, DID)}), acc))
    for k in range(2):
        acc = {}
        typed = "jane.doe@exam" if k == 0 else "Tr1cky"
        evs = []
        t = 0
        for ch in typed:
            evs.append({"c": ch if k == 0 else "*", "dn": t, "up": t + rng.randrange(60, 120)})
            t += rng.randrange(90, 320)
        blob = enc({"field": ["email", "password"][k], "ev": L(evs, KEYS if k else
                                                             f"{KEYS}|{MAIL}"),
                    "sid": rnd_uuid(rng)}, "body", "kd", "hex", acc)
        out.append(with_labels(case("fraud", f"{FR}/v3/kd", fmt="form", body={
            "kd": blob, "org": "org_3391", "fp": L("fp_7c1e0a9b33d24f6e8a51", DID)}), acc))
    for k in range(2):
        out.append(case("footfall", f"{FF}/v2/geofence", fmt="form", body={
            "iid": L(INSTALL_ID, DID), "event": ["enter", "exit"][k],
            "fence": "gf_" + rnd_hex(rng, 6), "lat": L(f"{LAT:.4f}", PRECISE),
            "lng": L(f"{LON:.4f}", PRECISE), "city_lat": L(f"{LAT:.2f}", COARSE),
            "city_lng": L(f"{LON:.2f}", COARSE), "ts": str(1764254800 + k * 600)}))
    route = f"{LON:.6f},{LAT:.6f};{WORK_LON:.6f},{WORK_LAT:.6f}"
    c = case("maps", f"{MAPS}/directions/v5/cycling/{route}", query={
        "alternatives": "true", "geometries": "polyline", "steps": "true",
        "access_token": "pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJja3h5In0.public"})
    c.labels[("url", "path[3]")] = PRECISE
    out.append(c)
    out.append(case("maps", f"{MAPS}/events/v2/trace", body={
        "tripIdentifier": "trip_" + rnd_hex(rng, 10), "userId": L(INSTALL_ID, DID),
        "polyline": L(_polyline([near(i) for i in range(8)]), PRECISE),
        "distance": 1840.2, "duration": 412, "profile": L("cycling", USAGE)}))
    out.append(case("video", f"{MUX}/v1/profiles", headers={"User-Agent": L(UA, DEV)}, body={
        "account": L(USER_ID, UID), "profile": {"name": L("Mia", NAMEC),
                                                "birth_year": L(2018, BIRTH), "kids": True,
                                                "avatar": "av_12"},
        "parental_pin": L("4417", CRED), "maturity": "TV-Y7"}))
    lab = {}
    doc = xml("transcript", {"@chat": "ch_9911", "visitor": {
        "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL)}, "msg": [
        {"@from": "visitor", "@t": "14:20", "text": L("hi, my order never arrived", TEXT)},
        {"@from": "agent", "@t": "14:21", "text": "Sorry to hear that! Let me check."},
        {"@from": "visitor", "@t": "14:22", "text": L("please call me on 555 010 0199",
                                                      f"{TEXT}|{TEL}")}]}, "transcript", lab)
    out.append(raw("chat", f"{CHAT}/v2/transcripts", doc.encode(), "text/xml", lab))
    lab = {}
    recs = [{"@type": "HKQuantityTypeIdentifierStepCount", "@value": L(str(800 + i * 37), FIT),
             "@startDate": f"2026-11-27 0{i}:00:00 -0500"} for i in range(3)]
    recs += [{"@type": "HKQuantityTypeIdentifierBloodGlucose", "@value": L("112", MED),
              "@unit": "mg/dL", "@startDate": "2026-11-27 08:00:00 -0500"},
             {"@type": "HKCategoryTypeIdentifierSexualActivity", "@value": L("1", SENS),
              "@startDate": "2026-11-26 22:00:00 -0500"}]
    doc = xml("HealthData", {"@locale": "en_US", "Me": {
        "@HKCharacteristicTypeIdentifierDateOfBirth": L("1990-04-12", BIRTH),
        "@HKCharacteristicTypeIdentifierBiologicalSex": L("HKBiologicalSexFemale", GENDER),
        "@HKCharacteristicTypeIdentifierBloodType": L("HKBloodTypeAPositive", MED)},
        "Record": recs}, "HealthData", lab)
    out.append(encode(raw("health", f"{HA}/v2/sdk/import/healthkit", doc.encode(),
                          "application/xml", lab), "gzip"))
    out.append(case("otp", f"{OTP}/v1/phone/change", body={
        "user_id": L(USER_ID, UID), "old_phone": L(E164, TEL),
        "new_phone": L("+15550142277", TEL), "reason": L("lost my old SIM on holiday", TEXT),
        "otp_old": L("771204", CRED)}))
    out.append(case("otp", f"{OTP}/v1/verifications", query={
        "to": L(EMAIL, MAIL), "channel": "email", "code_length": "6",
        "template": "tpl_login"}))
    out.append(case("otp", f"{OTP}/v1/verifications/check", fmt="form", body={
        "to": L(EMAIL.upper(), MAIL), "code": L("093381", CRED),
        "phone_hint": L("+1******0199", TEL)}))
    return out


def negatives() -> list[Case]:
    """Exchanges with no personal data: IDs, hashes, versions, timestamps, server values."""
    rng = random.Random(12014)
    out = [
        case("survey", f"{SURVEY}/v2/health", query={"t": "1764254900", "v": "3.4.0"}),
        case("speech", f"{STT}/v1/sessions/ss_91/close", body={
            "sessionId": "ss_" + rnd_hex(rng, 10), "reason": "client_end", "chunks": 4,
            "bytes": 128000, "requestId": rnd_uuid(rng), "latencyP95Ms": 412}),
        case("cdp", f"{MP}/v2/us1-7bd2c1e9/ack", body={
            "batchIds": [rnd_uuid(rng) for _ in range(3)], "status": "ok",
            "ct": 1764254901000, "planVersion": 7}),
        case("adverify", "https://pixel.adverify.example.net/imp/v3/hb", query={
            "imp": "imp_" + rnd_hex(rng, 12), "t": "30", "seq": "3",
            "cb": str(rng.getrandbits(32)), "sdk": "4.9.0"}),
        case("fraud", f"{FR}/v3/nonce", query={"org": "org_3391", "n": rnd_hex(rng, 32)}),
        case("captcha", "https://api.humancheck.example.org/hsw.js", query={
            "v": "9c1e2a4", "sha": rnd_hex(rng, 40)}),
        case("footfall", f"{FF}/v2/places/catalog", query={
            "region": "nyc", "rev": "2026-11-20", "bbox": "-74.26,40.49,-73.70,40.92"}),
        case("maps", f"{MAPS}/v4/cartokit.streets-v8/14/4823/6160.vector.pbf", query={
            "access_token": "pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJja3h5In0.public", "sku": "0A"}),
        case("video", f"{MUX}/v1/player-config", query={
            "env": "env_7hq2", "player": "exo", "abr": "bola", "exp": "ab_player_v2:B"}),
        case("chat", f"{CHAT}/v2/widget/theme", query={"license": "1488220", "rev": "88"}),
        case("health", f"{HA}/v2/sdk/ping", body={
            "jobs": [{"id": rnd_uuid(rng), "state": "done", "records": 412}],
            "sdk": "1.6.2", "sent": 1764254905}),
        case("otp", f"{OTP}/v1/templates", query={"app": "app_71c2", "v": "12"}),
        encode(case("cdp", f"{MP}/v2/us1-7bd2c1e9/diag", body={
            "errors": [{"code": 429, "retryAfter": 30}], "queueDepth": 12,
            "dbSizeKb": 880, "uploadIntervalS": 60}), "br"),
    ]
    return out

