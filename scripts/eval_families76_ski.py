"""Ski resort lift-pass app "Birchcrest" (Vermont, a January weekend with her children): sign-up,
a log-in, ``/me``, products and a cart, the order with the pass photo, the pass by number in the
path, a day reload, gate scans synced (msgpack), a run's track (gzip JSON), a live
position (protobuf), friends located, a leaderboard, rentals, a ski-school booking for the
children, a patrol alert, lost and found, parking by plate, the lodge Wi-Fi, push, events and the
passes by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import F32
from eval_families14_kit import PLATE
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families76_kit import (
    BASE_FIX,
    KIDS,
    LIFTS,
    ORDER_SKI,
    OTHER_PASSES,
    PASS_NO,
    RESORT,
    code,
    runs,
    scans,
)
from eval_families76_sdk import (
    dz_bid,
    pr_event,
    pr_session,
    sl_batch,
    sl_queue,
    ss_crash,
    ss_crumb,
)
from eval_families76_svc import pv_save, sk_eval, zm_telemetry, zv_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("birchcrest", "Birchcrest", "com.example.birchcrest", "7.1.3",
          "https://api.birchcrest.example.com")
IID = "X-Birchcrest-Install"
PW = "Corduroy-Morning-3"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def birchcrest() -> list[Case]:
    rng = random.Random(7671)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pass_no=L(PASS_NO, BUY)))}
    b = {"auth": "bearer"}
    pass_get = at_path(case(f, f"{a}/v1/passes/{PASS_NO}", headers=_h(rng, **b)), PASS_NO, BUY)
    lab: dict[str, str] = {}
    lla, llo = fix((44.206617, -72.917402), 6)
    live = pb([(1, L(USER_ID, UID)), (2, [(1, lla), (2, llo)]), (3, F32(31.5)),
               (4, LIFTS[0][0]), (5, L(48, DEV))], "", lab)
    gla, glo = fix((44.208033, -72.919951), 5)
    pla, plo = fix((44.209411, -72.920778), 6)
    return [
        case(f, f"{a}/v1/guests", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "phone": L(E164, TEL),
            "zip": L(ZIP, COARSE), "skier": {"ability": "intermediate", "heightCm": L(168, FIT),
                                             "weightKg": L(62, FIT)}}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/products", headers=_h(rng, **b),
             query={"resort": RESORT["id"], "start": "2026-01-10", "days": "2"}),
        case(f, f"{a}/v1/cart", headers=_h(rng, **b), body={
            "items": [{"product": "2day-adult", "price": 189.0, "qty": 1},
                      {"product": "2day-junior", "price": 129.0, "qty": 2}],
            "promo": "EARLYBIRD", "cartId": code(rng, "cart", 8)}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order": L(ORDER_SKI, BUY), "total": L("447.00", BUY),
            "passes": [{"holder": L(NAME, NAMEC), "birthDate": L(DOB, BIRTH),
                        "product": "2day-adult"}],
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/passes/photo", [
            ("photo", "pass_photo.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"pass": L(PASS_NO, BUY), "crop": [40, 60, 360]})],
            headers=_h(rng, **b)),
        pass_get,
        case(f, f"{a}/v1/passes/{PASS_NO}/reload", fmt="form", headers=_h(rng, **b), body={
            "product": "day-adult", "date": "2026-01-11", "amount": L("99.00", BUY)}),
        case(f, f"{a}/v1/scans/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "pass": L(PASS_NO, BUY), "scans": scans(rng), "reader": "nfc"}),
        case(f, f"{a}/v1/tracking/runs", gz=True, headers=_h(rng, **b), body={
            "run": code(rng, "run", 8), "trail": "Birch Glades", "points": runs(rng, 7),
            "verticalM": L(412, FIT), "maxKmh": L(58.2, FIT), "kcal": L(96, FIT)}),
        raw(f, f"{a}/v1/tracking/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/groups/locate", headers=_h(rng, **b), body={
            "lat": gla, "lon": glo, "friends": OTHER_PASSES, "group": code(rng, "grp", 6)}),
        case(f, f"{a}/v1/leaderboard", headers=_h(rng, **b),
             query={"season": "2025-26", "around": L(PASS_NO, BUY), "metric": "vertical"}),
        case(f, f"{a}/v1/rentals", headers=_h(rng, **b), body={
            "heightCm": L(168, FIT), "weightKg": L(62, FIT), "age": L(34, BIRTH),
            "bootMondo": 24.5, "skierType": "II", "din": 5.5, "pickup": "Base Lodge",
            "total": L("118.00", BUY)}),
        case(f, f"{a}/v1/ski-school/bookings", headers=_h(rng, **b), body={"students": [
            {"name": L(k[0], NAMEC), "birthDate": L(k[1], BIRTH), "level": lvl}
            for k, lvl in zip(KIDS, ("blue", "green"), strict=True)],
            "parentPhone": L(E164, TEL), "total": L("340.00", BUY), "date": "2026-01-10"}),
        case(f, f"{a}/v1/patrol/alerts", headers=_h(rng, **b), body={
            "lat": pla, "lon": plo, "trail": "T-17", "callback": L(E164, TEL),
            "injury": L("Twisted my knee, can't put weight on it", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/lost-found", fmt="form", headers=_h(rng, **b), body={
            "item": "helmet", "email": L(EMAIL, MAIL),
            "text": L("White helmet with a fox sticker, left near Summit Quad unload", TEXT)}),
        case(f, f"{a}/v1/parking/reservations", headers=_h(rng, **b), body={
            "lot": "P2", "date": "2026-01-10", "plate": L(PLATE, HW),
            "plateState": L("NY", COARSE), "fee": L("20.00", BUY)}),
        case(f, f"{a}/v1/wifi/lodge", headers=_h(rng, **b), body={
            "ssid": L("Birchcrest-Guest", WIFI), "pass": L(PASS_NO, BUY), "accept": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pass_scanned", 1, lift=LIFTS[0][0]), ev("run_recorded", 2),
                ev("screen", 3, screen=L("MyDay", USAGE))]}),
        case(f, f"{a}/v1/passes", headers=_h(rng, how="nodash"),
             cookies={"bc_sess": L(opaque(rng, "", 44), CRED), "bc_trace": rid(rng)}),
    ]


def birchcrest_sdks() -> list[Case]:
    rng = random.Random(7672)
    return [
        sl_batch(APP, rng, [("Pass Purchased", {"value": L(447.0, BUY)}),
                            ("Run Recorded", {"vertical": L(412, FIT)})],
                 at=BASE_FIX, nd=2),
        sl_queue(APP, rng, [("Lift Status Viewed", {"lift": LIFTS[1][0]}),
                            ("Gate Scanned", {"lift": LIFTS[0][0], "gate": LIFTS[0][2]})]),
        pr_session(APP, rng, first=True),
        pr_event(APP, rng, "purchase_pass", {"product": "2day-adult", "order": L(ORDER_SKI, BUY)},
                 revenue=447.0,
                 hashed=True),
        dz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               geo_ip={"country": "USA", "region": "VT", "city": "Stowe", "zip": "05672"}),
        ss_crash(APP, rng, ("android.nfc.TagLostException", "pass read"),
                 [ss_crumb("navigation", "MyDay -> ScanPass")], screen="ScanPassActivity"),
        sk_eval(APP, rng, {"resort": RESORT["id"], "passHolder": True}),
        zv_register(APP, rng, at=BASE_FIX, nd=2, tags={"powder_alerts": "1"}),
        pv_save(APP, rng, {"analytics": True, "ads": False}, region="VT"),
        zm_telemetry(APP, rng, [(44.205108, -72.914877), (44.205377, -72.915291)], PRECISE),
    ]
