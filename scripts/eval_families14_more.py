"""Blind set fourteen, part seven: batches of the same twelve app kinds that repeat context per
record, as offline queues do (see ``eval_families14.py`` for the rules of this set, its
conventions and its calls), and negative-only exchanges.

Batches: the LGBTQ+ app's analytics batch with a per-event context (gzip), a breath-test
history (hex JSON in a form field), a household's weigh-ins (a top-level JSON array), ride
history (JSON Lines, zstd) and a parking-session history (base64 JSON in a JSON field).
Negatives: experiment assignments, a weather station's coordinates, a camera filter's float
lookup table and a microphone level curve, upload network jitter, animation frame timings,
an attestation nonce with a public client key and a content hash, and the operator's own
scooters' firmware report. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families14_kit import (
    ADID,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    FIT,
    HW,
    IPLOC,
    MED,
    NAMEC,
    PLATE,
    PRECISE,
    SEARCH,
    SENS,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    encode,
    jsonl,
    raw,
)
from eval_payloads import (
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

PRISM = "https://api.prismcircle.example.net"
SOBER = "https://api.soberday.example.org"
HOME = "https://api.hearthguard.example.com"
SCALE = "https://api.weighwell.example.com"
SIGN = "https://api.signbridge.example.org"
HIRE = "https://api.hirelens.example.com"
GATE = "https://api.gatepass.example.net"
PARK = "https://api.parkpal.example.com"
ZIP = "https://api.zipzap.example.org"
LOAN = "https://api.cashnow.example.com"


def _ctx(i: int) -> dict[str, Any]:
    return {"ip": L(PUBLIC_IP, IPLOC), "locale": L("en-US", DEV),
            "device": {"model": L("Pixel 8", DEV), "adId": L(GAID, ADID)},
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(i % 2 == 1, DEV)},
            "location": {"lat": L(round(LAT + i * 1e-4, 4), PRECISE),
                         "lng": L(round(LON - i * 1e-4, 4), PRECISE)}}


def more() -> list[Case]:
    rng = random.Random(14013)
    out = []
    names = ["grid_opened", "profile_viewed", "message_sent", "group_joined", "event_rsvp",
             "group_search", "album_unlocked", "app_background"]
    batch = [{"type": "track", "event": L(n, USAGE), "userId": L(USER_ID, UID),
              "anonymousId": L(INSTALL_ID, DID), "messageId": rnd_uuid(rng),
              "traits": {"orientation": L("queer", SENS), "pronouns": L("they/them",
                                                                        "personal.gender")}
              if i == 0 else {},
              "properties": {"group": L("Trans Masc Support NYC", SENS)} if i == 3 else
              {"q": L("trans healthcare nyc", SEARCH)} if i == 5 else {},
              "context": _ctx(i), "timestamp": f"2026-11-28T21:0{i}:00Z"}
             for i, n in enumerate(names)]
    out.append(encode(case("pride", f"{PRISM}/v2/analytics/batch",
                           headers={"User-Agent": L(UA, DEV)},
                           body={"batch": batch, "writeKey": "wk_pub_a19c"}), "gzip"))
    acc: Acc = {}
    hist = enc({"user": L(USER_ID, UID), "tests": [
        {"at": 1764290000 + i * 43200, "bac": L([0.0, 0.0, 0.021, 0.0, 0.0][i], MED),
         "lat": L(round(LAT + i * 3e-4, 5), PRECISE), "lon": L(round(LON + i * 2e-4, 5),
                                                               PRECISE),
         "device": L("BX-4410-77812", HW)} for i in range(5)]}, "body", "h", "hex", acc)
    out.append(add(case("sober", f"{SOBER}/v1/breath/history", fmt="form", body={
        "h": hist, "case": L("CR-2026-004417", UID)}), acc))
    weighins = [{"user": L(n, NAMEC), "kg": L(kg, FIT), "fatPct": L(fp, FIT),
                 "at": 1764400000 + i * 60, "scale": L("WW-S3-7781204", HW)}
                for i, (n, kg, fp) in enumerate([("Jane Doe", 64.1, 23.9),
                                                 ("Tom Reyes", 82.4, 18.2),
                                                 ("Mia Doe", 23.0, 17.5)])]
    out.append(case("scale", f"{SCALE}/v2/measurements/household", body=weighins))
    acc = {}
    rides = jsonl([{"ride": "rd_" + rnd_hex(rng, 8), "rider": L(USER_ID, UID),
                    "start": {"lat": L(round(LAT + i * 0.003, 6), PRECISE),
                              "lng": L(round(LON - i * 0.002, 6), PRECISE)},
                    "end": {"lat": L(round(LAT + i * 0.003 + 0.006, 6), PRECISE),
                            "lng": L(round(LON - i * 0.002 + 0.004, 6), PRECISE)},
                    "cost": L(round(3.5 + i * 1.1, 2), BUY), "startedAt": 1764350000 + i * 86400}
                   for i in range(6)], acc)
    out.append(add(encode(raw("scooter", f"{ZIP}/v1/rides/history/sync", rides,
                              "application/x-ndjson", {}), "zstd"), acc))
    acc = {}
    sessions = enc({"plate": L(PLATE, HW), "sessions": [
        {"zone": L(str(4512 + i), COARSE), "lat": L(round(LAT + i * 5e-4, 3), PRECISE),
         "lng": L(round(LON - i * 5e-4, 3), PRECISE), "paid": L(4.5 + i, BUY)}
        for i in range(4)]}, "body", "data", "b64", acc)
    out.append(add(case("parking", f"{PARK}/v2/history/upload", body={
        "data": sessions, "user": L(USER_ID, UID), "enc": "b64"}), acc))
    return out


def negatives() -> list[Case]:
    """Exchanges with no personal data: IDs, hashes, versions, timings and public places."""
    rng = random.Random(14014)
    return [
        case("pride", f"{PRISM}/v2/experiments/assign", body={
            "unit": rnd_hex(rng, 16), "exp": "grid_density", "bucket": 23, "salt": "g7"}),
        case("alarm", f"{HOME}/v3/widgets/weather", query={
            "station": "KNYC", "stationLat": "40.77898", "stationLon": "-73.96925",
            "units": "imperial"}),
        case("signing", f"{SIGN}/v1/calibration/tables", body={
            "filterLut": [round(rng.uniform(0, 1), 4) for _ in range(128)],
            "micLevelDb": [round(-42 + rng.uniform(-4, 18), 1) for _ in range(40)],
            "table": "lut_warm_v2"}),
        case("interview", f"{HIRE}/v2/upload/netstats", body={
            "jitterMs": [round(rng.uniform(1, 12), 1) for _ in range(20)],
            "rttMs": [rng.randrange(30, 140) for _ in range(20)], "lossPct": 0.3,
            "edge": "edge-iad-2", "uploadId": rnd_uuid(rng)}),
        case("tickets", f"{GATE}/v1/perf/frames", body={
            "screen": "SeatMap", "frameTimesMs": [16 + rng.randrange(0, 9) for _ in range(30)],
            "jank": 2, "build": "8.1.0"}),
        case("loan", f"{LOAN}/v1/attest/nonce", body={
            "clientKey": "pk_live_51Hx2aPUBLIC", "nonce": rnd_hex(rng, 32),
            "bodySha256": rnd_hex(rng, 64), "ts": 1764361000}),
        encode(case("scooter", f"{ZIP}/v1/fleet/ota-report", body={
            "vehicles": [{"id": f"ZZ-SC-{20400 + i}", "batt": rng.randrange(20, 100),
                          "fw": "4.0.7", "ok": True} for i in range(5)],
            "operatorRegion": "svc-12"}), "deflate"),
    ]
