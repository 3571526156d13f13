"""Blind set twelve, part four: a footfall/location-attribution SDK and a maps SDK's telemetry
(see ``eval_families12.py`` for the rules of this set, its conventions and its calls).

Footfall (in the style of visit-attribution SDKs): visit batches with arrival, departure, dwell,
venue and coordinates (JSON, gzip), beacon sightings (iBeacon/Eddystone IDs), Wi-Fi scans (a list
of records), a schema-less protobuf location batch, a consent sync in a form, config.
Maps telemetry (in the style of Mapbox events): a JSON array of events (map.load, location,
navigation.depart/arrive/reroute with location traces, feedback with a screenshot), a turnstile
ping with a public access token in the query, a search request, a style fetch as negative.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families6_kit import encode, pb, raw
from eval_families7_kit import pb64, with_labels
from eval_families9_kit import (
    ADID,
    COARSE,
    DEV,
    DID,
    JPEG,
    PRECISE,
    SEARCH,
    TEXT,
    UA,
    UID,
    USAGE,
    WIFI,
    device_headers,
    device_snake,
)
from eval_families10_kit import WORK_LAT, WORK_LON, Acc, gps, near
from eval_payloads import (
    BSSID,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

FF = "https://ingest.footpath.example.com"
MAPS = "https://events.cartokit.example.com"
MEDIA = "content.media"
# a clinic the user visits (another precise place of theirs)
CLINIC = (40.73841, -73.99012)


def _wifi(rng: random.Random, n: int, own: bool) -> list[dict[str, Any]]:
    recs = []
    if own:
        recs.append({"bssid": L(BSSID, WIFI), "ssid": L(SSID, WIFI), "rssi": -48,
                     "freq": 5180, "connected": True})
    for i in range(n):
        mac = ":".join(rnd_hex(rng, 2) for _ in range(6))
        recs.append({"bssid": L(mac, WIFI), "ssid": L(f"NETGEAR-{40 + i}", WIFI),
                     "rssi": -60 - i * 4, "freq": 2437, "connected": False})
    return recs


def footfall() -> list[Case]:
    rng = random.Random(12007)
    out = []
    places = [("Home", LAT, LON, None), ("Work", WORK_LAT, WORK_LON, "WeWork 5th Ave"),
              ("Clinic", CLINIC[0], CLINIC[1], "Chelsea Fertility Center")]
    for k in range(3):
        visits = []
        for i, (_, la, lo, venue) in enumerate(places[: k + 1]):
            v: dict[str, Any] = {
                "visit_id": rnd_uuid(rng), "arrival": 1764200000 + i * 9000,
                "departure": 1764200000 + i * 9000 + 3600, "dwell_s": 3600,
                "lat": L(round(la, 6), PRECISE), "lng": L(round(lo, 6), PRECISE),
                "h_acc": 14.0, "confidence": "HIGH", "source": "wifi+gps"}
            if venue:
                v.update({"venue_id": "ven_" + rnd_hex(rng, 8),
                          "venue_name": L(venue, f"{COARSE}|personal.sensitive"
                                          if "Fertility" in venue else COARSE),
                          "venue_category": L("Fertility Clinic", "personal.sensitive")
                          if "Fertility" in venue else "Coworking Space"})
            else:
                v["label"] = "frequent_place_1"
            visits.append(v)
        out.append(case("footfall", f"{FF}/v2/visits", gz=k == 1, headers={
            "X-FP-Key": "pk_ff_1192", "X-Install": L(INSTALL_ID, DID), "User-Agent": L(UA, DEV)},
            body={"device": {"adid": L(GAID, ADID), "limit_ad_tracking": False,
                             "install_id": L(INSTALL_ID, DID), **device_snake()},
                  "app_user_id": L(USER_ID, UID), "visits": visits,
                  "batch_id": rnd_uuid(rng), "sent_at": 1764253800}))
    for k in range(3):
        sightings = [{"id": L(f"f7826da6-4fa2-4e98-8024-bc5b71e0893e:{100 + k}:{7 + i}", WIFI),
                      "rssi": -70 + i, "tx": -59, "seen": 1764253810 + i} for i in range(3)]
        eddy = [{"ns": "edd1ebeac04e5defa017", "inst": L("0bdb87539b67", WIFI), "rssi": -81}]
        lat, lon = near(k + 3)
        out.append(case("footfall", f"{FF}/v2/beacons", headers={"X-FP-Key": "pk_ff_1192"},
                        body={"install_id": L(INSTALL_ID, DID), "ibeacon": sightings,
                              "eddystone": eddy, "loc": {"lat": L(lat, PRECISE),
                                                         "lon": L(lon, PRECISE)},
                              "bt_on": L(True, DEV)}))
    for k in range(3):
        pla, plo = gps(k, PRECISE, 5)
        out.append(encode(case("footfall", f"{FF}/v2/scan", headers={
            "X-FP-Key": "pk_ff_1192"}, body={
            "iid": L(INSTALL_ID, DID), "t": 1764253900 + k * 300, "lat": pla, "lng": plo,
            "wifi": _wifi(rng, 3 + k, k == 0), "motion_state": "walking",
            "battery": L(0.61, DEV)}), ["zstd", "br", "gzip"][k]))
    for k in range(2):
        lab: dict[str, str] = {}
        fixes: list[tuple[int, Any]] = []
        for i in range(3):
            a, b = near(i + k * 5)
            fixes.append((3, [(1, a), (2, b), (3, 1764254000 + i * 60), (4, 12.5)]))
            lab[f"3[{i}].1"] = lab[f"3[{i}].2"] = PRECISE  # repeated field 3: one per fix
        data = pb([(1, L(INSTALL_ID, DID)), (2, L(GAID, ADID)), *fixes, (4, "2.8.0")], "", lab)
        out.append(raw("footfall", f"{FF}/v3/locations", data, "application/x-protobuf", lab,
                       headers={"X-FP-Key": "pk_ff_1192"}))
    out.append(case("footfall", f"{FF}/v2/consent", fmt="form", body={
        "install_id": L(INSTALL_ID, DID), "gaid": L(GAID, ADID), "precise": "granted",
        "background": "granted", "ccpa_optout": "0", "policy_version": "2026-05"}))
    out.append(case("footfall", f"{FF}/v2/config", query={
        "key": "pk_ff_1192", "sdk": "2.8.0", "os": L("android", DEV),
        "geofence_set": "gf_" + rnd_hex(rng, 6)}))
    return out


def _trace(k: int, n: int) -> list[dict[str, Any]]:
    return [{"lat": L(a, PRECISE), "lng": L(b, PRECISE), "speed": 8.2, "course": 91,
             "horizontalAccuracy": 5, "timestamp": f"2026-11-27T14:2{k}:{i:02d}Z"}
            for i, (a, b) in enumerate(near(i + k * 10) for i in range(n))]


def maps() -> list[Case]:
    rng = random.Random(12008)
    out = []
    tok = {"access_token": "pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJja3h5In0.public"}
    common = {"userId": L(INSTALL_ID, DID), "sdkIdentifier": "cartokit-maps-android",
              "sdkVersion": "11.3.0", "model": L("Pixel 8", DEV),
              "operatingSystem": L("Android - 14", DEV)}
    for k in range(3):
        evs = [{"event": "map.load", "created": "2026-11-27T14:20:00Z", **common,
                "resolution": L(2.625, DEV), "accessibilityFontScale": L(1.3, DEV),
                "orientation": L("Portrait", DEV), "wifi": L(True, DEV),
                "batteryLevel": L(61, DEV), "pluggedIn": L(False, DEV)},
               {"event": "location", "created": "2026-11-27T14:20:03Z", **common,
                "lat": L(round(LAT + k * 1e-4, 6), PRECISE),
                "lng": L(round(LON, 6), PRECISE), "altitude": 12.0,
                "horizontalAccuracy": 6, "source": "cartokit", "sessionId": rnd_hex(rng, 12)}]
        out.append(case("maps", f"{MAPS}/events/v2", query=tok, body=evs, gz=k == 2,
                        headers={"User-Agent": L("CartoKitEventsAndroid/11.3.0 " + UA, DEV)}))
    trips = []
    for k in range(3):
        dest = near(40, 6, WORK_LAT, WORK_LON)
        ev: dict[str, Any] = {
            "event": ["navigation.depart", "navigation.reroute", "navigation.arrive"][k],
            **common, "tripIdentifier": "trip_" + rnd_hex(rng, 10), "legIndex": 0,
            "lat": L(near(k * 12)[0], PRECISE), "lng": L(near(k * 12)[1], PRECISE),
            "originalDestination": {"lat": L(dest[0], PRECISE), "lng": L(dest[1], PRECISE)},
            "distanceRemaining": 3210 - k * 1400, "durationRemaining": 640 - k * 300,
            "profile": L("cycling", USAGE), "rerouteCount": k, "volumeLevel": L(40, DEV),
            "screenBrightness": L(70, DEV), "audioType": L("bluetooth", DEV)}
        if k == 1:
            ev["locationsBefore"] = _trace(k, 4)
            ev["locationsAfter"] = _trace(k + 1, 3)
        trips.append(ev)
    out.append(case("maps", f"{MAPS}/events/v2", query=tok, body=trips))
    shot = base64.b64encode(JPEG).decode()
    for k in range(2):
        out.append(case("maps", f"{MAPS}/events/v2", query=tok, body=[{
            "event": "navigation.feedback", **common, "feedbackType": "incorrect_visual",
            "description": L(["the turn onto W 23rd is blocked for my kid's school drop-off",
                              "road closed near my apartment, sent me the wrong way"][k], TEXT),
            "screenshot": L(shot, MEDIA), "lat": L(near(7)[0], PRECISE),
            "lng": L(near(7)[1], PRECISE), "feedbackId": rnd_uuid(rng)}]))
    out.append(case("maps", f"{MAPS}/events/v2", query=tok, body=[{
        "event": "appUserTurnstile", "created": "2026-11-27T14:19:58Z",
        "userId": L(INSTALL_ID, DID), "enabled.telemetry": True, "skuId": "0A",
        "sdkIdentifier": "cartokit-maps-android", "sdkVersion": "11.3.0"}]))
    for q in ["fertility clinic chelsea", "24 hour pharmacy"]:
        out.append(case("maps", f"{MAPS}/search/v1/suggest", query={
            "q": L(q, SEARCH), "proximity": L(f"{round(LON, 4)},{round(LAT, 4)}", PRECISE),
            "session_token": rnd_uuid(rng), "language": L("en", DEV), "limit": "5", **tok},
            headers=device_headers()))
    acc: Acc = {}
    lab: dict[str, str] = {}
    tile = pb([(1, "cartokit.terrain-v2"), (2, 14), (3, 4823), (4, 6160)], "", lab)
    out.append(case("maps", f"{MAPS}/styles/v1/cartokit/streets-v12", query={
        "optimize": "true", "v": "11.3.0", "tiles": base64.b64encode(tile).decode(), **tok}))
    body = pb64([(1, L(INSTALL_ID, DID)), (2, [(1, L(LAT, PRECISE)), (2, L(LON, PRECISE))]),
                 (3, L("Pixel 8", DEV)), (4, 1764254100)], "body", "e", acc)
    out.append(with_labels(case("maps", f"{MAPS}/events/v1/offline", fmt="form",
                                body={"e": body, "n": "1"}), acc))
    return out
