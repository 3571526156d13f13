"""Blind set six, part three: location-heavy traffic (see ``eval_families6.py`` for the rules of
this set and its labelling conventions).

Shapes: a navigation app (a directions query with ``origin``/``destination``/``waypoints`` as
``"lat,lon"`` strings as public directions APIs take them, a trip trace in msgpack, a reroute
request carrying the driven path as an encoded polyline — the public "Encoded Polyline Algorithm
Format", 1e5 precision — place autocomplete, saved places, and a traffic probe as schema-less
protobuf with double coordinates), a weather app (forecast queries at two and four decimals, a
geohash in the URL path, an ad SDK's form-encoded request, alert subscriptions, a radar web view
with a location cookie) and VAST/OMID video-ad beacons (the IAB VAST 4 macros ``[IFA]``,
``[DEVICEIP]``, ``[LATLONG]`` after substitution, impression pixels with a redirect URL, quartile
trackers and an Open Measurement session event). Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import (
    CARRIER,
    COARSE,
    DEV,
    PRECISE,
    USAGE,
    b64,
    encode,
    pb,
    raw,
)
from eval_payloads import (
    ANDROID_ID,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    MAC,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    U,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

ADDR = "contact.address"
DLAT, DLON = 40.70613, -73.99688  # a destination, not the profile's place


def polyline(points: list[tuple[float, float]]) -> str:
    """The Encoded Polyline Algorithm Format (1e5, zigzag, 5-bit chunks + 63)."""
    out, plat, plon = [], 0, 0
    for lat, lon in points:
        for cur, prev in ((round(lat * 1e5), plat), (round(lon * 1e5), plon)):
            d = cur - prev
            v = ~(d << 1) if d < 0 else d << 1
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1F)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        plat, plon = round(lat * 1e5), round(lon * 1e5)
    return "".join(out)


def geohash(lat: float, lon: float, n: int) -> str:
    chars, even = "0123456789bcdefghjkmnpqrstuvwxyz", True
    bits: list[int] = []
    la, lo = [-90.0, 90.0], [-180.0, 180.0]
    while len(bits) < n * 5:
        rng_, v = (lo, lon) if even else (la, lat)
        mid = (rng_[0] + rng_[1]) / 2
        bits.append(1 if v >= mid else 0)
        rng_[0 if v >= mid else 1] = mid
        even = not even
    return "".join(chars[int("".join(map(str, bits[k:k + 5])), 2)] for k in range(0, n * 5, 5))


def _trace(rng: random.Random, n: int) -> list[tuple[float, float]]:
    pts = [(LAT, LON)]
    for _ in range(n - 1):
        la, lo = pts[-1]
        pts.append((round(la - rng.uniform(1e-4, 6e-4), 5), round(lo + rng.uniform(-3e-4, 3e-4),
                                                                   5)))
    return pts


def navigation(rng: random.Random, i: int) -> Case:
    kind = i % 6
    hdr = {"X-Wayfind-Key": "wf_pk_" + rnd_hex(rng, 24),  # the app's public key
           # the Android ID, base64-encoded on every other request
           "X-Device-Id": L(b64(ANDROID_ID.encode()) if i % 2 else ANDROID_ID, "id.device")}
    if kind == 0:
        q = {"origin": L(f"{LAT},{LON}", PRECISE), "destination": L(f"{DLAT},{DLON}", PRECISE),
             "waypoints": L(f"via:{LAT - 0.0121:.4f},{LON + 0.0032:.4f}", PRECISE),
             "mode": "driving", "avoid": "tolls", "alternatives": "true",
             "departure_time": str(1700000000 + i), "language": L("en-US", DEV),
             "sessiontoken": rnd_uuid(rng)}
        return case("navigation", "https://api.wayfind.example/v1/directions", query=q,
                    headers=hdr)
    if kind == 1:
        pts = _trace(rng, 60)
        # a list of position records: each sample's coordinates are labelled
        samples = [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1700000000 + 5 * k,
                    "spd": round(rng.uniform(5, 14), 1), "brg": rng.randint(170, 200),
                    "acc": 6} for k, (la, lo) in enumerate(pts)]
        body: Any = {"trip_id": rnd_uuid(rng), "user": L(USER_ID, "id.user"),
                     "points": samples, "mode": "drive", "sdk": "5.3.0"}
        return case("navigation", "https://trips.wayfind.example/v1/trace", body=body,
                    fmt="msgpack", headers=hdr)
    if kind == 2:
        pts = _trace(rng, 12)
        body = {"current": {"lat": L(pts[-1][0], PRECISE), "lon": L(pts[-1][1], PRECISE),
                            "bearing": 184, "speed_mps": 11.2},
                # the driven path so far, as an encoded polyline (1e-5 degree precision)
                "driven": L(polyline(pts), PRECISE),
                "destination": {"place_id": "wp_" + rnd_hex(rng, 12),
                                "lat": L(DLAT, PRECISE), "lon": L(DLON, PRECISE)},
                "route_id": rnd_hex(rng, 20), "reason": "off_route"}
        return encode(case("navigation", "https://api.wayfind.example/v1/reroute", body=body,
                           headers=hdr), "zstd")
    if kind == 3:
        q = {"input": L("pharmacy open now" if i % 12 == 3 else "pizza near me",
                        "behavior.search"),
             "location": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "radius": "2000",
             "sessiontoken": rnd_uuid(rng), "types": "establishment"}
        return case("navigation", "https://api.wayfind.example/v1/places/autocomplete",
                    query=q, headers=hdr)
    if kind == 4:
        places = [{"label": "home", "address": L("12 Example Street, New York, NY 10001", ADDR),
                   "lat": L(LAT, PRECISE), "lon": L(LON, PRECISE)},
                  {"label": "work", "address": L("500 Sample Avenue, New York, NY 10018", ADDR),
                   "lat": L(40.75477, PRECISE), "lon": L(-73.99104, PRECISE)}]
        body = {"places": places, "updated": 1700000000 + i, "rev": rng.randint(1, 99)}
        return case("navigation", "https://sync.wayfind.example/v1/places", body=body,
                    headers={**hdr, "Authorization": L("Bearer " + rnd_hex(rng, 40),
                                                       "secret.credential")})
    labels: dict[str, str] = {}
    # a traffic probe: repeated sample messages (field 2) with double lat/lon, speed, time;
    # a repeated field's occurrences are indexed (2[0].1, 2[1].1, ...)
    pts = _trace(rng, 20)
    probe: list[tuple[int, Any]] = [
        (2, [(1, la), (2, lo), (3, 1700000000 + 5 * k), (4, rng.randint(20, 50))])
        for k, (la, lo) in enumerate(pts)]
    msg = pb([(1, L(INSTALL_ID, "id.device")), *probe, (3, "probe-v2"),
              (4, rnd_hex(rng, 16))], "", labels)
    labels.update({f"2[{k}].{f}": PRECISE for k in range(len(pts)) for f in (1, 2)})
    return raw("navigation", "https://probe.wayfind.example/v2/probe", msg,
               "application/x-protobuf", labels)


def weather(rng: random.Random, i: int) -> Case:
    kind = i % 6
    key = rnd_hex(rng, 32)  # the app's public API key
    if kind in (0, 1):
        prec = 2 if kind == 0 else 4
        cat = COARSE if prec < 3 else PRECISE
        q = {"lat": L(f"{LAT:.{prec}f}", cat), "lon": L(f"{LON:.{prec}f}", cat),
             "units": "imperial", "lang": "en", "appid": key, "exclude": "minutely"}
        return case("weather", "https://api.skycast.example/data/3.0/onecall", query=q)
    if kind == 2:
        n = 7 if i % 12 == 2 else 4  # 7 characters is about 150 m, 4 about 40 km
        c = case("weather", f"https://api.skycast.example/v2/nowcast/{geohash(LAT, LON, n)}",
                 query={"tz": L("America/New_York", DEV), "appid": key})
        c.labels[("url", "path[2]")] = PRECISE if n >= 6 else COARSE
        return c
    if kind == 3:
        form = {"ifa": L(GAID.upper(), "id.advertising"), "lmt": "0",
                "lat": L(f"{LAT:.6f}", PRECISE), "lon": L(f"{LON:.6f}", PRECISE),
                "geo_type": "1", "ip": L(PUBLIC_IP, "location.ip"),
                "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("android", DEV),
                "osv": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                "mccmnc": L("310260", CARRIER), "connectiontype": L("2", DEV),
                # hashed device identifiers, as older ad SDKs send them
                "aid_sha1": L(h("sha1", ANDROID_ID), "id.device"),
                "mac_md5": L(h("md5", MAC), "id.hardware"),
                "zip": L("10001", COARSE), "city": L("New York", COARSE),
                "bundle": "com.example.skycast", "placement": "forecast_banner",
                "us_privacy": "1YNN", "w": "320", "h": "50", "req_id": rnd_uuid(rng)}
        return case("weather", "https://ads.skycast-adsdk.example/v4/ad", body=form,
                    fmt="form")
    if kind == 4:
        body = {"push_token": L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 110), "id.device"),
                "location": {"lat": L(round(LAT, 3), PRECISE), "lon": L(round(LON, 3),
                                                                        PRECISE)},
                "saved_cities": L(["New York, NY", "Chicago, IL"], COARSE),
                "zip_codes": L(["10001", "60601"], COARSE),
                "alert_types": ["tornado", "flood", "winter_storm"], "quiet_hours": [22, 7],
                # the user's saved places, rounded by the app to two decimals
                "places": [{"name": L(city, COARSE), "lat": L(f"{la:.2f}", COARSE),
                            "lon": L(f"{lo:.2f}", COARSE)}
                           for city, la, lo in [("New York, NY", LAT, LON),
                                                ("Chicago, IL", 41.87811, -87.6298),
                                                ("Boston, MA", 42.36008, -71.05888),
                                                ("Miami, FL", 25.76168, -80.19179),
                                                ("Denver, CO", 39.73924, -104.99025)]]}
        return encode(case("weather", "https://alerts.skycast.example/v1/subscribe", body=body),
                      "deflate")
    c = case("weather", "https://radar.skycast.example/embed",
             query={"z": "9", "center": L(f"{LAT:.2f},{LON:.2f}", COARSE), "layer": "precip"},
             cookies={"sc_loc": L(f"{LAT:.4f}%2C{LON:.4f}", PRECISE),
                      "sc_uid": L(INSTALL_ID, "id.device"), "sc_units": "F",
                      "sc_tabs_visited": L("radar,hourly,alerts", USAGE)})
    return c


def vast(rng: random.Random, i: int) -> Case:
    kind = i % 5
    cb = str(rng.randint(10**9, 10**10))
    if kind == 0:
        q = {"ifa": L(GAID.replace("-", ""), "id.advertising"),
             "ifa_sha1": L(h("sha1", GAID), "id.advertising"),
             "did_md5": L(h("md5", ANDROID_ID), "id.device"),
             "ua": L("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36", DEV),
             "ip": L(PUBLIC_IP, "location.ip"), "latlong": L(f"{LAT:.3f},{LON:.3f}", PRECISE),
             "w": "1080", "h": "608", "cb": cb, "gdpr": "0", "us_privacy": "1YNN",
             "app_bundle": "com.example.streamtv",
             "vid_duration": "30", "dnt": "0", "pod": "preroll"}
        return case("vast", "https://vast.adserve.example/v4/vast", query=q)
    if kind == 1:
        q = {"adid": "a" + rnd_hex(rng, 8), "crid": "c" + rnd_hex(rng, 8), "cb": cb,
             "ts": str(1700000000 + i), "ifa": L(GAID, "id.advertising"),
             # the partner pixel to call next, with the macros already filled in
             "redirect": U("https://pixel.measure.example/imp",
                           {"aaid": L(GAID, "id.advertising"), "ip": L(PUBLIC_IP,
                                                                      "location.ip"),
                            "c": cb})}
        return case("vast", "https://track.adserve.example/imp", query=q)
    if kind == 2:
        ev = ["start", "firstQuartile", "midpoint", "thirdQuartile", "complete"][i % 5]
        # the ad's playback progress: delivery telemetry about the ad (unlabelled)
        q = {"event": ev, "progress": "00:00:07.500", "cb": cb, "sid": rnd_uuid(rng),
             "asset": "https://cdn.adserve.example/v/" + rnd_hex(rng, 12) + ".mp4",
             "device_make": L("Google", DEV), "device_model": L("Pixel 8", DEV)}
        return case("vast", "https://track.adserve.example/q", query=q)
    if kind == 3:
        body = {"adSessionId": rnd_uuid(rng), "type": "geometryChange",
                "timestamp": 1700000000123,
                # OMID's viewport is the app window, here the whole screen (device.info)
                "data": {"viewport": {"width": L(1080, DEV), "height": L(2400, DEV)},
                         "adView": {"percentageInView": 100,
                                    "geometry": {"x": 0, "y": 220, "width": 1080,
                                                 "height": 608},
                                    "onScreenGeometry": {"x": 0, "y": 220, "width": 1080,
                                                         "height": 608, "obstructions": []}}},
                "deviceInfo": {"deviceType": L("Pixel 8", DEV), "os": L("Android", DEV),
                               "osVersion": L("14", DEV)},
                "omidJsVersion": "1.4.12", "partner": {"name": "adserve", "version": "2.1"}}
        return case("vast", "https://verify.omsdk-partner.example/v1/events", body=body)
    return case("vast", "https://track.adserve.example/err",
                query={"code": "303", "cb": cb, "reason": "no_ad", "pos": "preroll",
                       "sdk": "2.1.0", "ts": str(1700000000 + i)})


FAMILIES = (navigation, weather, vast)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
