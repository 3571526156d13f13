"""Blind set twenty-one, part four: a fuel-price finder ("Fuelfinch"), mostly used signed out and
paid for by ads, its own API and the SDKs it embeds (see ``eval_families21.py`` for the rules of
this set, its conventions and its calls).

First party: stations near the user (a schema-less protobuf RPC with double coordinates, and a
3-decimal query), a station's page and prices, a price report with the reporter's 5-decimal
position, a search with a 2-decimal ``"lat,lon"``, sign-up (e-mail, password, a nickname, ZIP) and
an OAuth password grant (form), the user's car (make, model, plate), a fill-up log (gallons and the
amount paid), a price alert by ZIP with the push token, a trend by ZIP, stations along a route
(origin and destination as ``"lat,lon"``), a station's photo (multipart with EXIF GPS of the
station: the user was there) and the app's event log; calls carry the Dalvik User-Agent, a device
cookie and, signed in, a session cookie. SDKs: three OpenRTB bid requests (banner at 3 decimals with
city, interstitial at 2, a rewarded one with the year of birth, gender and a hashed e-mail), the
SDK's own query-string ad request, beacons, analytics without the user, MMP launch, push, a crash
session, consent status and save, flags for an anonymous install and a nearby-place search.
"""

from __future__ import annotations

import random

from eval_families14_kit import PLATE
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    PRECISE,
    SEARCH,
    UA,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import T0, ZIP, App, latlng, opaque, pos
from eval_families21_kit import STATION_AT, sdk_uid
from eval_families21_sdk import (
    aw_beacon,
    aw_bid,
    aw_request,
    aw_user,
    bf_session,
    ew_batch,
    ew_msg,
    tm_launch,
)
from eval_families21_svc import ch_save, ch_status, gn_search, nf_register, tg_ctx, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, Case, L, case, rnd_hex, rnd_uuid

FF = App("fuelfinch", "Fuelfinch", "com.example.fuelfinch", "5.9.0",
         "https://api.fuelfinch.example.net/v1")
ST = "st_4471"


def fuelfinch() -> list[Case]:
    rng = random.Random(21021)
    a, f = FF.api, FF.fam
    h = {"User-Agent": L(UA, DEV), "X-FF-Build": "5900"}
    did = {"ff_did": L(INSTALL_ID, DID)}
    jar = {**did, "ff_sid": L(opaque(rng, "", 52), CRED)}
    lab: dict[str, str] = {}
    data = pb([(1, L(round(LAT, 6), PRECISE)), (2, L(round(LON, 6), PRECISE)), (3, "regular"),
               (4, 5000), (5, [(1, "price"), (2, 20)])], "", lab)
    out = [raw(f, f"{a}/rpc/StationService/Nearby", data, "application/x-protobuf", lab,
               headers=h, cookies=did)]
    lat, lon = pos(3)
    out.append(case(f, f"{a}/stations/nearby", headers=h, cookies=did, query={
        "lat": lat, "lon": lon, "fuel": "regular", "radius_mi": "5", "sort": "price"}))
    out.append(case(f, f"{a}/stations/{ST}", headers=h, cookies=did))
    out.append(case(f, f"{a}/stations/{ST}/prices", headers=h, cookies=did,
                    query={"history": "7d"}))
    lat, lon = pos(5, STATION_AT[0] - LAT, STATION_AT[1] - LON)
    out.append(case(f, f"{a}/prices", headers=h, cookies=jar, body={
        "station": ST, "fuel": "regular", "price": 3.199, "seen_at": "2025-12-09T08:14:00-05:00",
        "reporter": {"lat": lat, "lon": lon, "accuracy_m": 9}}))
    out.append(case(f, f"{a}/search", headers=h, cookies=did, query={
        "q": L("costco gas", SEARCH), "near": latlng(2), "limit": "20"}))
    out.append(case(f, f"{a}/users", headers=h, cookies=did, body={
        "email": L(EMAIL, MAIL), "password": L("Octane-Ninety3", CRED),
        "nickname": L("jdoe_fills", UID), "zip": L(ZIP, COARSE), "price_alerts": True}))
    out.append(case(f, f"{a}/oauth/token", headers=h, cookies=did, fmt="form", body={
        "grant_type": "password", "username": L(EMAIL_MIXED, MAIL),
        "password": L("Octane-Ninety3", CRED), "client_id": "ff-android", "scope": "user"}))
    out.append(case(f, f"{a}/me/vehicles", headers=h, cookies=jar, body={
        "make": "Honda", "model": "Civic", "year": 2019, "fuel": "regular",
        "plate": L(PLATE, HW), "tank_gal": 12.4}))
    out.append(case(f, f"{a}/me/fillups", headers=h, cookies=jar, body={
        "vehicle": "vh_" + rnd_hex(rng, 6), "station": ST, "gallons": 11.2,
        "price_per_gal": 3.199, "total": L(35.83, BUY), "odometer_mi": 48211,
        "filled_at": "2025-12-09T08:21:00-05:00"}))
    out.append(case(f, f"{a}/alerts", headers=h, cookies=jar, body={
        "zip": L(ZIP, COARSE), "fuel": "regular", "below": 3.05,
        "push_token": L(push_token(rng), DID)}))
    out.append(case(f, f"{a}/trends", headers=h, cookies=did, query={
        "zip": L(ZIP, COARSE), "fuel": "regular", "period": "90d"}))
    out.append(case(f, f"{a}/route/stations", headers=h, cookies=did, query={
        "from": latlng(5), "to": L("40.70621,-74.00912", PRECISE), "detour_mi": "2",
        "fuel": "regular"}))
    out.append(multipart(f, f"{a}/stations/{ST}/photos", [
        ("meta", None, "application/json", {
            "station": ST, "kind": "price_board",
            "exif": {"make": L("Google", DEV), "model": L("Pixel 8", DEV),
                     "gps": {"lat": L(round(STATION_AT[0] + 0.00004, 6), PRECISE),
                             "lon": L(round(STATION_AT[1] - 0.00003, 6), PRECISE)}}}),
        ("photo", "PXL_20251209_081455.jpg", "image/jpeg", L(JPEG + b"\x4f" * 40, MEDIA)),
    ], headers=h, cookies=jar))
    out.append(case(f, f"{a}/events", headers=h, cookies=did, gz=True, body={
        "device": L(INSTALL_ID, DID), "events": [
            {"n": L(e, USAGE), "s": L(s, USAGE), "station": st, "t": (T0 + 25 * i) * 1000}
            for i, (e, s, st) in enumerate([("app_open", "Map", None),
                                            ("station_tap", "Map", ST),
                                            ("price_report", "Station", ST),
                                            ("screen_view", "Trends", None)])]}))
    return out


def fuelfinch_sdks() -> list[Case]:
    rng = random.Random(21022)
    uid = sdk_uid(rng)
    out = [aw_bid(FF, rng, "map_banner", nd=3)]
    out.append(aw_bid(FF, rng, "station_interstitial", size=(320, 480), nd=2, city=False))
    out.append(aw_bid(FF, rng, "rewarded_coupon", size=(320, 480), nd=4, city=False,
                      user=aw_user(gender=True), hashed=True, gz=False))
    out.append(aw_request(FF, rng, "list_native", "native"))
    out += [aw_beacon(rng, "win"), aw_beacon(rng, "imp", gaid=True), aw_beacon(rng, "click")]
    out.append(ew_batch(FF, [
        ew_msg(0, "Map", kind="screen", uid=False),
        ew_msg(1, "Station Viewed", {"station_id": ST, "brand": "Example Fuel"}, uid=False),
        ew_msg(2, "Price Reported", {"fuel": "regular", "delta": -0.04}, uid=False)],
        gz=False))
    out.append(tm_launch(FF, uid, 31, referrer="utm_source=roadtripblog&utm_medium=referral"))
    out.append(nf_register(FF, push_token(rng), [L(f"zip_{ZIP}", COARSE), "fuel_regular"],
                           named=False))
    out.append(bf_session(FF, rng, uid=False))
    cid = rnd_uuid(rng)
    out.append(ch_status(FF, cid))
    out.append(ch_save(FF, cid, True))
    out.append(tg_eval(FF, tg_ctx(uid=False), ["map_clusters", "ad_refresh_30s"]))
    out.append(gn_search(FF, "car wash", 3))
    return out
