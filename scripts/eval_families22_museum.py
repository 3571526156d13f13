"""Blind set twenty-two, part five: a museum audio-guide app ("Docentia"), its own API and the SDKs
it embeds (see ``eval_families22.py`` for the rules of this set, its conventions and its calls).

First party: museums near a 3-decimal ``"lat,lon"``, a museum's tours in the device language, an
offline tour package, timed-entry tickets (the buyer's e-mail, name and ZIP, a wallet payment
token, the total and order reference), a membership linked by its number, the arrival geofence at
the entrance (5 decimals), indoor positioning by the Wi-Fi networks in range (BSSIDs and SSIDs),
the guide's offline queue (JSON Lines: stops played and listening time, a beacon, a tap on the
museum's phone number: a negative), a collection search, artwork recognition from the user's photo
(multipart, EXIF make, model and 6-decimal GPS), a question to the guide, accessibility settings
with a low-vision flag, feedback (form, the e-mail), push registration and a pixel with the install
ID, screen, resolution and language; calls carry the Dalvik User-Agent, a visitor cookie with the
install ID and, once tickets are bought, a session cookie. SDKs: analytics upload, a crash whose
HTTP breadcrumb carries the search, a crash session, walking directions and the map SDK's
telemetry, push with a last-known position, a session and an opened notification, and consent.
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEXT,
    UA,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, T0, ZIP, App, latlng, opaque, pos
from eval_families22_kit import MEMBER, MUSEUM_AT, MUSEUM_PHONE, lines, sdk_uuid
from eval_families22_sdk import gw_event, gw_session, http, nav, sl_event, sl_upload
from eval_families22_svc import (
    bc_opened,
    bc_player,
    bc_session,
    cn_event,
    ms_directions,
    ms_events,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, Case, L, case, rnd_hex

DC = App("docentia", "Docentia", "com.example.docentia", "4.2.0",
         "https://api.docentia.example.org/v1")
MUS = "mus_midtown_art"
ORDER = "DC-88112"


def docentia() -> list[Case]:
    rng = random.Random(22051)
    a, f = DC.api, DC.fam
    h = {"User-Agent": L(UA, DEV), "X-Docentia-App": DC.ver}
    vid = {"dcn_vid": L(INSTALL_ID, DID)}
    jar = {**vid, "dcn_session": L(opaque(rng, "", 44), CRED)}
    out = [case(f, f"{a}/museums/nearby", headers=h, cookies=vid, query={
        "ll": latlng(3), "radius_km": "5", "open_now": "1"})]
    out.append(case(f, f"{a}/museums/{MUS}/tours", headers=h, cookies=vid,
                    query={"lang": L("en", DEV)}))
    out.append(case(f, f"{a}/tours/tr_highlights/package", headers=h, cookies=vid,
                    query={"quality": "high", "format": "opus"}))
    out.append(case(f, f"{a}/tickets/checkout", headers=h, cookies=vid, body={
        "museum": MUS, "date": "2025-12-13", "entry": "11:30",
        "tickets": [{"type": "adult", "qty": 1, "unit": 25.0},
                    {"type": "child_under_12", "qty": 1, "unit": 0.0}],
        "buyer": {"email": L(EMAIL, MAIL), "name": L(f"{FIRST} {LAST}", NAMEC),
                  "zip": L(ZIP, COARSE)},
        "payment": {"method": "wallet", "token": L("wlt_" + rnd_hex(rng, 40), PAY)},
        "total": L(25.0, BUY), "order_ref": L(ORDER, BUY)}))
    out.append(case(f, f"{a}/members/link", headers=h, cookies=jar, body={
        "member_number": L(MEMBER, UID), "last_name": L(LAST, NAMEC),
        "zip": L(ZIP, COARSE)}))
    lat, lon = pos(5, MUSEUM_AT[0] - LAT - 0.00018, MUSEUM_AT[1] - LON + 0.00009)
    out.append(case(f, f"{a}/arrivals", headers=h, cookies=jar, body={
        "museum": MUS, "lat": lat, "lon": lon, "trigger": "geofence_enter",
        "ts": (T0 + 86400 * 4) * 1000}))
    scan = [{"bssid": L(b, WIFI), "ssid": L(s, WIFI), "rssi": r}
            for b, s, r in [("70:3a:0e:51:c2:10", "Docentia-Guest", -58),
                            ("70:3a:0e:51:c2:24", "Docentia-Guest", -67),
                            ("f2:18:98:aa:03:7e", "DIRECT-4F-Printer", -81)]]
    out.append(case(f, f"{a}/positioning", headers=h, cookies=jar, body={
        "museum": MUS, "floor_hint": 2, "scan": scan, "ts": (T0 + 86400 * 4 + 300) * 1000}))
    out.append(lines(f, f"{a}/queue", [
        {"k": L("stop_play", USAGE), "stop": "214", "t": (T0 + 86400 * 4 + 400) * 1000},
        {"k": L("stop_complete", USAGE), "stop": "214", "listened_s": L(93, USAGE)},
        {"k": "beacon_enter", "major": 12, "minor": 7, "rssi": -71},
        {"k": L("call_tap", USAGE), "tel": MUSEUM_PHONE, "t": (T0 + 86400 * 4 + 650) * 1000},
        {"k": L("stop_play", USAGE), "stop": "215", "t": (T0 + 86400 * 4 + 700) * 1000}],
        headers=h, cookies=jar))
    out.append(case(f, f"{a}/search", headers=h, cookies=jar, query={
        "q": L("water lilies", SEARCH), "museum": MUS, "type": "artwork"}))
    out.append(multipart(f, f"{a}/recognize", [
        ("meta", None, "application/json", {
            "museum": MUS, "exif": {"make": L("Google", DEV), "model": L("Pixel 8", DEV),
                                    "gps": {"lat": L(round(MUSEUM_AT[0] + 0.00012, 6), PRECISE),
                                            "lon": L(round(MUSEUM_AT[1] - 0.00007, 6),
                                                     PRECISE)}}}),
        ("image", "PXL_20251213_121802.jpg", "image/jpeg", L(JPEG + b"\x6d" * 40, MEDIA)),
    ], headers=h, cookies=jar))
    out.append(case(f, f"{a}/questions", headers=h, cookies=jar, body={
        "stop": "215", "text": L("Was this painted before or after he went blind in one eye?",
                                 TEXT)}))
    out.append(case(f, f"{a}/me/accessibility", headers=h, cookies=jar, body={
        "audio_description": True, "large_text": True, "low_vision": L(True, SENS),
        "transcript_scale": 1.3}))
    out.append(case(f, f"{a}/feedback", headers=h, cookies=jar, fmt="form", body={
        "rating": "4", "comment": L("Loved the highlights tour, the map lagged on floor 3",
                                    TEXT),
        "email": L(EMAIL, MAIL), "app_version": DC.ver}))
    out.append(case(f, f"{a}/devices", headers=h, cookies=jar, body={
        "token": L(push_token(rng), DID), "tz": L("America/New_York", DEV),
        "lang": L("en", DEV)}))
    out.append(case(f, "https://px.docentia.example.org/i.gif", query={
        "e": L("tour_start", USAGE), "vid": L(INSTALL_ID, DID), "scr": L("TourPlayer", USAGE),
        "tour": "tr_highlights", "sr": L("1080x2400", DEV), "ul": L("en-us", DEV),
        "z": rnd_hex(rng, 8)}))
    return out


def docentia_sdks() -> list[Case]:
    rng = random.Random(22052)
    out = [sl_upload(DC, [
        sl_event(DC, 0, "Tour Started", {"tour": "tr_highlights"}, uid=False, adid=False),
        sl_event(DC, 1, "Stop Completed", {"stop": "214", "listened_s": L(93, USAGE)},
                 uid=False, adid=False),
        sl_event(DC, 2, "Tickets Purchased", {"order": L(ORDER, BUY), "value": L(25.0, BUY)},
                 uid=False, adid=False)])]
    out.append(gw_event(DC, rng, "java.lang.IllegalStateException",
                        "MediaPlayer prepareAsync called in state 8", [
                            nav("Museum", "Search"),
                            http(f"{DC.api}/search", {"q": L("water lilies", SEARCH),
                                                       "museum": MUS}),
                            nav("Search", "TourPlayer")],
                        user={"id": L(INSTALL_ID, DID)}, tags={"floor": "2"}))
    out.append(gw_session(DC, rng, uid=False))
    out.append(ms_directions(DC, MUSEUM_AT, "walking"))
    out.append(ms_events(DC, sdk_uuid(rng)))
    pid, tok = sdk_uuid(rng), push_token(rng)
    out.append(bc_player(DC, tok, {"member": "1", "lang": "en"}, ext=False, loc=4))
    out.append(bc_session(DC, pid, tok))
    out.append(bc_opened(DC, rng, pid))
    out.append(cn_event(DC, sdk_uuid(rng), True, uid=False))
    return out
