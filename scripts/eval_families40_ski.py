"""Ski resort app "Snowpine" (a long weekend at a Vermont resort): sign-up, a log-in, ``/me``, a
lift pass bought with its photo, the pass by number in the path, rentals (height, weight, boot
size, age), the resort Wi-Fi, snow and weather by a rounded point, slope tracking (msgpack), a
live position for friends (protobuf), a run summary, lift scans, the avalanche beacon paired, a
touring plan with her partner, an incident with ski patrol, a lesson, a photo from the summit,
the leaderboard, push, events and the wallet by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families40_kit import BEACON, BUDDY, LODGE_AT, PASS_NO, RESORT, SUMMIT_AT, fix, obj, track
from eval_families40_sdk import ab_event, bv_bid, ek_batch, fh_crumb, fh_report
from eval_families40_svc import fb_eval, mf_geocode, mf_telemetry, pc_card, pc_confirm, pw_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("snowpine", "Snowpine", "com.example.snowpine", "6.3.0",
          "https://api.snowpine.example.com")
IID = "X-SP-Device"
PW = "Powder-Day-1991"
FALL_AT = (44.142781, -72.888415)  # where she fell on the Lynx trail (her fix)
RESORT_SSID, RESORT_BSSID = "Snowpine-Guest", "0c:8d:db:41:7a:20"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def snowpine() -> list[Case]:
    rng = random.Random(4031)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    run = track(rng, 8, SUMMIT_AT, (44.137211, -72.895113), alt=True)
    fla, flo = fix(FALL_AT, 6)
    lab: dict[str, str] = {}
    live = pb([(1, L(USER_ID, UID)), (2, [(1, L(round(SUMMIT_AT[0], 6), PRECISE)),
                                          (2, L(round(SUMMIT_AT[1], 6), PRECISE)),
                                          (3, 1141.0)]), (3, 1765383122), (4, "friends")],
              "", lab)
    pass_get = at_path(case(f, f"{a}/v2/passes/{PASS_NO}", headers=_h(rng, **b)), PASS_NO, BUY)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "phone": L(NATIONAL, TEL),
            "homeResort": RESORT["id"], "marketing": False}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/passes/orders", headers=_h(rng, **b), body={
            "product": "4-day-flex", "resort": RESORT["id"], "startDate": "2026-01-15",
            "skier": {"firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                      "birthDate": L(DOB, BIRTH)},
            "order": L("SPO-26-118834", BUY), "total": L("412.00", BUY),
            "insurance": L(True, BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), "financial.payment")}),
        multipart(f, f"{a}/v2/passes/photo", [
            ("photo", "pass_photo.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"order": L("SPO-26-118834", BUY),
                                                "crop": [112, 80, 512, 512]})],
            headers=_h(rng, **b)),
        pass_get,
        case(f, f"{a}/v2/rentals", headers=_h(rng, **b), body={
            "order": L("SPR-26-40721", BUY), "package": "performance-ski",
            "renter": {"name": L(NAME, NAMEC), "age": L(34, BIRTH), "heightCm": L(168, FIT),
                       "weightKg": L(61, FIT), "bootMondo": L(25.5, FIT),
                       "shoeSizeUS": L("8.5", FIT), "skierType": "II", "din": 5.5},
            "helmet": True, "pickup": "2026-01-15T08:30", "total": L("189.00", BUY)}),
        case(f, f"{a}/v2/network/hello", fmt="form", headers=_h(rng, **b), body={
            "ssid": L(RESORT_SSID, WIFI), "bssid": L(RESORT_BSSID, WIFI),
            "portal": "accepted", "rssi": "-61"}),
        case(f, f"{a}/v2/conditions", headers=_h(rng, **b), query={
            "lat": L(f"{LODGE_AT[0]:.2f}", COARSE), "lon": L(f"{LODGE_AT[1]:.2f}", COARSE),
            "units": "imperial"}),
        case(f, f"{a}/v2/tracking/{obj(rng, 'day', 8)}", fmt="msgpack", headers=_h(rng, **b),
             body={"user": L(USER_ID, UID), "points": run, "source": "gps+baro"}),
        raw(f, f"{a}/v2/friends/live", live, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/tracking/summary", headers=_h(rng, **b), body={
            "date": "2026-01-15", "runs": L(14, FIT), "verticalM": L(3820, FIT),
            "topSpeedKmh": L(71.4, FIT), "distanceKm": L(38.2, FIT), "calories": L(1910, FIT),
            "lifts": ["L-04", "L-07", "L-04"]}),
        case(f, f"{a}/v2/scans", headers=_h(rng, **b), query={
            "pass": L(PASS_NO, BUY), "date": "2026-01-15"}),
        case(f, f"{a}/v2/beacons", headers=_h(rng, **b), body={
            "serial": BEACON["serial"], "ble": BEACON["ble"], "model": BEACON["model"],
            "battery": 88, "selfTest": "ok", "phone": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/tours", headers=_h(rng, **b), body={
            "route": "Ridge traverse to Bear Bowl",
            "start": dict(zip(("lat", "lon"), fix(LODGE_AT, 5), strict=True)),
            "objective": dict(zip(("lat", "lon"), fix(SUMMIT_AT, 5), strict=True)),
            "partner": {"name": L(BUDDY[0], NAMEC), "phone": L(BUDDY[1], TEL)},
            "returnBy": "2026-01-16T15:00", "beacon": BEACON["serial"]}),
        case(f, f"{a}/v2/patrol/incidents", headers=_h(rng, **b), body={
            "lat": fla, "lon": flo, "trail": "Lynx", "callback": L(NATIONAL, TEL),
            "injury": L("left knee, twisted, can't put weight on it", f"{TEXT}|{MED}"),
            "conscious": True}),
        case(f, f"{a}/v2/lessons", fmt="form", headers=_h(rng, **b), body={
            "product": "adult-private-2h", "level": "intermediate", "date": "2026-01-16",
            "booking": L("SPL-7Q4K1", BUY), "price": L("260.00", BUY)}),
        multipart(f, f"{a}/v2/photos", [
            ("image", "summit.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("exif", None, "application/json", {
                "lat": L(round(SUMMIT_AT[0], 5), PRECISE),
                "lon": L(round(SUMMIT_AT[1], 5), PRECISE),
                "takenAt": "2026-01-15T11:12:04-05:00", "camera": L("Pixel 8", DEV)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/leaderboards/vertical", headers=_h(rng, **b), query={
            "scope": "friends", "week": "2026-03", "after": obj(rng, "cur", 12)}),
        case(f, f"{a}/v2/purchases/play", headers=_h(rng, **b), body={
            "productId": "snowpine_plus_season", "orderId": L("GPA.3391-2210-5531-88207", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("run_completed", 1, vertical=L(410, FIT)), ev("lift_scanned", 2),
                ev("screen", 3, screen=L("TrailMap", USAGE))]}),
        case(f, f"{a}/v2/wallet", headers=_h(rng, how="upper"),
             cookies={"sp_sess": L(opaque(rng, "", 40), CRED), "sp_dev": L(INSTALL_ID, DID)}),
    ]


def snowpine_sdks() -> list[Case]:
    rng = random.Random(4032)
    fixes = [(round(p[0], 5), round(p[1], 5)) for p in (SUMMIT_AT, FALL_AT, LODGE_AT)]
    return [
        ek_batch(APP, rng, [("Pass Purchased", {"value": L(412.0, BUY)}),
                            ("Trail Map Viewed", {"layer": "grooming"})], at=SUMMIT_AT, nd=2),
        ab_event(APP, rng, "purchase_pass", {"product": "4-day-flex"}, revenue=412.0,
                 hashed=True),
        bv_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=LODGE_AT, nd=3,
               keywords="ski,rentals,apres"),
        fh_report(APP, rng, ("java.lang.OutOfMemoryError", "tile cache"),
                  [fh_crumb("nav", "TrailMap -> Tracking"), fh_crumb("ui", "tap record")],
                  screen="TrackingActivity"),
        fb_eval(APP, rng, {"resort": RESORT["id"], "seasonPass": True}, hdr=True),
        pw_register(APP, rng, at=LODGE_AT, nd=2, tags={"resort": RESORT["id"]}),
        pc_card(APP, rng),
        pc_confirm(APP, rng, "412.00"),
        mf_telemetry(APP, rng, fixes, PRECISE),
        mf_geocode(APP, rng, "Snowpine Mountain base lodge parking", SEARCH, near=LODGE_AT,
                   nd=2),
    ]
