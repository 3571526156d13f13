"""Blind set twenty-two, part six: a bike-share app ("Spokeshare"), its own API and the SDKs it
embeds (see ``eval_families22.py`` for the rules of this set, its conventions and its calls).

First party: an SMS log-in (the phone E.164, then without its plus, and the code), the public
station-status feed, stations near a 5-decimal position, an unlock at the dock (6 decimals, the
bike's QR link), the ride's track as schema-less protobuf (repeated fixes of double coordinates,
the phone's battery), the ride's end (dock position, distance, calories, fare), the receipt by the
ride ID in the URL path, an annual membership, a broken-bike report (multipart: a note, the
5-decimal position and a photo), the profile (names, the e-mail in capitals, birth year, gender,
ZIP and weight for calorie estimates), a group-ride invitation to two friends' phones, stats, push
registration and the app's event log; calls carry the app's User-Agent, the Android ID and, signed
in, a session token header. SDKs: analytics upload, MMP session and a ride event with revenue, a
crash whose HTTP breadcrumb carries the position, card token and confirmation, the map SDK's
telemetry, reverse geocoding and a place search, push, flags (initialisation and the mobile GET
with the context in the path), consent.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PHONE_NOPLUS,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, T0, ZIP, App, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import DOCK_AT, sdk_uuid
from eval_families22_sdk import (
    cr_event,
    cr_session,
    gw_event,
    http,
    nav,
    sl_event,
    sl_upload,
)
from eval_families22_svc import (
    bc_player,
    cn_event,
    fw_get,
    fw_init,
    fw_user,
    ms_events,
    ms_geocode,
    ms_reverse,
    tl_confirm,
    tl_token,
)
from eval_payloads import ANDROID_ID, LAT, LON, Case, L, case, rnd_hex

SS = App("spokeshare", "Spokeshare", "com.example.spokeshare", "9.0.4",
         "https://api.spokeshare.example.net/v1")
RIDE = "rd_7781Qz"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": L(SS.ua, DEV), "X-Client-Id": L(ANDROID_ID, DID)}
    if auth:
        h["X-Session-Token"] = L(opaque(random.Random(5), "sst_", 40), CRED)
    return h


def _track(rng: random.Random) -> Case:
    """The ride's fixes as protobuf: field 2 repeats a fix (1 lat, 2 lon, 3 time, 4 speed)."""
    fixes, lab = [], {}
    lat, lon = DOCK_AT
    for i in range(4):
        lat, lon = lat + 0.00061 + 0.00002 * i, lon - 0.00034
        fixes.append((2, [(1, round(lat, 6)), (2, round(lon, 6)), (3, T0 + 600 + 15 * i),
                          (4, 4.2 + 0.3 * i)]))
        lab.update({f"2[{i}].1": PRECISE, f"2[{i}].2": PRECISE})
    data = pb([(1, RIDE), *fixes, (3, 64)], "", {})
    lab["3"] = DEV
    return raw(SS.fam, f"{SS.api}/rides/{RIDE}/track", data, "application/x-protobuf", lab,
               headers=_h(rng))


def spokeshare() -> list[Case]:
    rng = random.Random(22061)
    a, f = SS.api, SS.fam
    out = [case(f, f"{a}/auth/sms/start", headers=_h(rng, False), body={
        "phone": L(E164, TEL), "channel": "sms", "locale": L("en-US", DEV)})]
    out.append(case(f, f"{a}/auth/sms/verify", headers=_h(rng, False), body={
        "phone": L(PHONE_NOPLUS, TEL), "code": L("705318", CRED)}))
    out.append(case(f, "https://gbfs.spokeshare.example.net/gbfs/en/station_status.json",
                    headers={"User-Agent": L(SS.ua, DEV)}))
    lat, lon = pos(5)
    out.append(case(f, f"{a}/stations/nearby", headers=_h(rng), query={
        "lat": lat, "lon": lon, "ebike": "1", "limit": "12"}))
    lat, lon = pos(6, DOCK_AT[0] - LAT + 0.00003, DOCK_AT[1] - LON - 0.00005)
    out.append(case(f, f"{a}/rides/unlock", headers=_h(rng), body={
        "bike_id": "SB-20931", "station": "st_5av_28st", "method": "qr",
        "qr": "https://spokeshare.example.net/b/SB-20931", "lat": lat, "lon": lon,
        "ebike": True, "nonce": rnd_hex(rng, 16)}))
    out.append(_track(rng))
    lat, lon = pos(5, 0.0062, -0.0031)
    out.append(at_path(case(f, f"{a}/rides/{RIDE}/end", headers=_h(rng), body={
        "dock": "st_madison_23", "lat": lat, "lon": lon, "duration_s": 742,
        "distance_m": L(2810, FIT), "calories": L(96, FIT), "fare": L(4.35, BUY)}), RIDE, BUY))
    out.append(at_path(case(f, f"{a}/rides/{RIDE}/receipt", headers=_h(rng)), RIDE, BUY))
    out.append(case(f, f"{a}/memberships", headers=_h(rng), body={
        "plan": L("annual_member", BUY), "price": L(219.0, BUY),
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY), "auto_renew": True}))
    lat, lon = pos(5, 0.0061, -0.0030)
    out.append(multipart(f, f"{a}/reports", [
        ("meta", None, "application/json", {
            "bike_id": "SB-11872", "issue": "brakes", "lat": lat, "lon": lon,
            "note": L("Rear brake barely works, bike left at the end of the dock", TEXT)}),
        ("photo", "report_1.jpg", "image/jpeg", L(JPEG + b"\x0b" * 40, MEDIA)),
    ], headers=_h(rng)))
    out.append(case(f, f"{a}/me", headers=_h(rng), body={
        "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
        "email": L(EMAIL_UPPER, "contact.email"), "birth_year": L(1991, BIRTH),
        "gender": L("female", GENDER), "zip": L(ZIP, COARSE), "weight_kg": L(61, FIT)}))
    out.append(case(f, f"{a}/group-rides", headers=_h(rng), body={
        "meet": "st_5av_28st", "start": "2025-12-14T10:00:00-05:00",
        "phones": [L(PEOPLE[0][1], TEL), L(PEOPLE[4][1], TEL)],
        "message": L("Sunday ride to the bridge? Meet at the 28th St dock", TEXT)}))
    out.append(case(f, f"{a}/me/stats", headers=_h(rng), query={"period": "2025-12"}))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "token": L(push_token(rng), DID), "os": L("android 14", DEV)}))
    out.append(case(f, f"{a}/events", headers=_h(rng), body={
        "client_ts": (T0 + 900) * 1000, "events": [
            {"type": "screen", "name": L("Map", USAGE)},
            {"type": "tap", "name": L("unlock_button", USAGE)},
            {"type": "screen", "name": L("RideSummary", USAGE)}]}))
    return out


def spokeshare_sdks() -> list[Case]:
    rng = random.Random(22062)
    cuid = sdk_uuid(rng)
    out = [sl_upload(SS, [
        sl_event(SS, 0, "Ride Started", {"ebike": True}),
        sl_event(SS, 1, "Ride Ended", {"ride_id": L(RIDE, BUY), "fare": L(4.35, BUY),
                                       "minutes": 12})])]
    out.append(cr_session(SS, cuid, 41, push=push_token(rng)))
    out.append(cr_event(SS, cuid, 41, "rd3nd9", {"ride_id": L(RIDE, BUY)}, revenue=4.35))
    lat, lon = pos(4)
    out.append(gw_event(SS, rng, "retrofit2.HttpException", "HTTP 503 Service Unavailable", [
        nav("Map", "StationSheet"),
        http(f"{SS.api}/stations/nearby", {"lat": lat, "lon": lon, "ebike": "1"}, 503)]))
    out.append(tl_token(SS, rng, name=False))
    out.append(tl_confirm(SS, rng))
    out.append(ms_events(SS, sdk_uuid(rng), nd=5))
    out.append(ms_reverse(SS, 5))
    out.append(ms_geocode(SS, "brooklyn bridge park", SEARCH, nd=2))
    out.append(bc_player(SS, push_token(rng), {"member": "annual", "ebike_fan": "1"}))
    out.append(fw_init(SS, fw_user(SS, plan="annual")))
    out.append(fw_get(SS))
    out.append(cn_event(SS, sdk_uuid(rng), True))
    return out

