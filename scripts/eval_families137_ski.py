"""A mountain resort's season-pass app "Shyngpass" (Ak Shyng, the family's winter weekends above
Almaty; camelCase API). Unlike sets 40 and 76 (a Vermont weekend's lift pass and rentals), this
is a whole-season pass bought with her passport, the gondola commute from the city, lift scans
synced, ski-patrol incidents and a guest pass for her sister-in-law. Sign-up, an OAuth password
grant, ``/me``, products, the season pass (holder, passport), its photo, the payment, the pass by
number in the path, lift scans (msgpack), a run's track (gzip JSON), a live position for the
family (protobuf), her husband located, snow by a rounded point, the resort's Wi-Fi, rentals
(height, weight, boot size), a locker PIN, an emergency profile, a ski-patrol incident with a
photo of her knee, a guest pass, the pass QR by a cookie GET, the gondola queue, push, events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families137_kit import (
    ALA_HOME_AT,
    FIT,
    GONDOLA_BASE,
    HUSBAND,
    NATID,
    PASS_NO,
    PASSPORT,
    RESORT,
    SISTER_IN_LAW,
    SLOPE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families137_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families137_svc import cy_save, fn_eval, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shyngpass", "Shyngpass", "com.example.shyngpass", "6.3.0",
          "https://api.shyngpass.example.net")
IID = "X-Device-Id"
PW = "AkShyng-Pow2026"
ORDER = "SP-ORD-2511-44017"  # the season pass order (financial.purchase)
TRACK = [(43.131902, 77.083411), (43.130744, 77.082105), (43.129518, 77.080964),
         (43.128377, 77.080012), (43.127402, 77.079118)]  # her run down the piste


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="ru", **{"how": "upper", **kw})


def shyngpass() -> list[Case]:
    rng = random.Random(13711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), passNo=L(PASS_NO, UID)))}
    sla, slo = fix(SLOPE_FIX)
    incident = "inc_" + opaque(rng, "", 10)
    lab: dict[str, str] = {}
    live = pb([(1, L(PASS_NO, UID)), (2, 1765531200),
               (3, [(1, L(SLOPE_FIX[0], PRECISE)), (2, L(SLOPE_FIX[1], PRECISE)),
                    (3, 2412.0)]), (4, 31.5), (5, L(64, DEV))], "", lab)
    pass_get = at_path(case(f, f"{a}/v1/passes/{PASS_NO}", headers=_h(rng, **b)), PASS_NO, UID)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "country": "US", "marketing": False, "lang": L("ru", DEV)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "shyngpass-android", "scope": "pass profile"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/products", headers=_h(rng, **b), query={
            "season": "2025-26", "type": "season", "currency": "KZT"}),
        case(f, f"{a}/v1/season-pass", headers=_h(rng, **b), body={
            "product": "season_adult_full", "price": L(420000, BUY), "currency": "KZT",
            "orderNo": L(ORDER, BUY), "holder": {
                "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                "birthDate": L(DOB, BIRTH), "document": {"type": "passport",
                                                         "number": L(PASSPORT, NATID),
                                                         "country": "USA"}},
            "passNo": L(PASS_NO, UID)}),
        multipart(f, f"{a}/v1/season-pass/photo", [
            ("photo", "portrait.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"passNo": L(PASS_NO, UID), "crop": "face"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "orderNo": L(ORDER, BUY), "amount": L("420000", BUY), "currency": "KZT",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY),
            "idempotencyKey": rid(rng)}),
        pass_get,
        case(f, f"{a}/v1/lift-scans/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "passNo": L(PASS_NO, UID), "scans": [
                {"gate": "G-GONDOLA-1", "t": 1765528800}, {"gate": "L-CHAIR-4", "t": 1765530610},
                {"gate": "L-CHAIR-4", "t": 1765532400}], "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/tracks", gz=True, headers=_h(rng, **b), body={
            "runId": obj(rng, "run"), "passNo": L(PASS_NO, UID), "points": [
                {"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "alt": 2450 - 40 * i,
                 "t": 1765531000 + 30 * i} for i, (la, lo) in enumerate(TRACK)],
            "maxSpeed": 48.2, "verticalM": 160}),
        raw(f, f"{a}/v1/live", live, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/friends/locate", headers=_h(rng, **b), body={
            "friend": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "shareMine": True, "minutes": 120}),
        case(f, f"{a}/v1/snow", headers=_h(rng, **b), query={
            "lat": L(f"{SLOPE_FIX[0]:.2f}", COARSE), "lon": L(f"{SLOPE_FIX[1]:.2f}", COARSE),
            "units": "metric"}),
        case(f, f"{a}/v1/wifi/connect", headers=_h(rng, **b), body={
            "ssid": L(RESORT["ssid"], WIFI), "bssid": L(RESORT["bssid"], WIFI),
            "ip": L("10.20.7.141", DEV), "passNo": L(PASS_NO, UID)}),
        case(f, f"{a}/v1/rentals", headers=_h(rng, **b), body={
            "heightCm": L(168, FIT), "weightKg": L(61, FIT), "bootEu": L(38.5, FIT),
            "level": "intermediate", "orderNo": L("RN-" + ORDER[7:], BUY),
            "price": L(18000, BUY), "days": 1}),
        case(f, f"{a}/v1/lockers", fmt="form", headers=_h(rng, **b), body={
            "locker": "LK-B-217", "pin": L("4471", CRED), "passNo": L(PASS_NO, UID)}),
        case(f, f"{a}/v1/profile/emergency", headers=_h(rng, **b), body={
            "contact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                        "relation": "husband"},
            "bloodGroup": L("A+", MED), "allergies": L("ragweed pollen, penicillin", MED)}),
        case(f, f"{a}/v1/patrol/incidents", headers=_h(rng, **b), body={
            "incidentId": incident, "passNo": L(PASS_NO, UID),
            "at": {"lat": sla, "lon": slo, "acc": 6}, "injury": L("knee", MED),
            "text": L("Twisted my left knee at the bottom of run 4, cannot ski down",
                      f"{TEXT}|{MED}"), "callback": L(E164, TEL)}),
        multipart(f, f"{a}/v1/patrol/incidents/{incident}/photos", [
            ("photo", "knee.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"passNo": L(PASS_NO, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/guest-pass", headers=_h(rng, **b), body={
            "guest": {"name": L(SISTER_IN_LAW[0], NAMEC), "phone": L(SISTER_IN_LAW[1], TEL)},
            "day": "2026-01-10", "price": L(16000, BUY), "payer": L(PASS_NO, UID)}),
        case(f, f"{a}/v1/pass/qr", headers=_h(rng, how="none"), cookies={
            "sp_session": L(opaque(rng, "", 48), CRED), "sp_device": L(INSTALL_ID, DID),
            "sp_pass": L(PASS_NO, UID)}),
        case(f, f"{a}/v1/gondola/queue", headers=_h(rng, **b), query={
            "station": "lower", "lat": f"{GONDOLA_BASE[0]:.5f}", "lon": f"{GONDOLA_BASE[1]:.5f}"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ru_KZ")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pass_scanned", 1, gate="G-GONDOLA-1"), ev("run_recorded", 2),
                ev("screen", 3, screen=L("PisteMap", USAGE))]}),
    ]


def shyngpass_sdks() -> list[Case]:
    rng = random.Random(13712)
    return [
        mc_batch(APP, rng, [("Run Finished", {"vertical": 160}),
                            ("Pass Shown", {"pass": L(PASS_NO, UID)})],
                 at=SLOPE_FIX, nd=3, locale="ru_KZ", adid=True),
        mc_queue(APP, rng, [("Lift Scanned", {"gate": "L-CHAIR-4"}),
                            ("Map Opened", {"layer": "pistes"})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=420000.0),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=SLOPE_FIX, nd=3,
               keywords="ski,snowboard"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "piste map tiles"),
                 [cd_crumb("nav", "Pass -> PisteMap")], screen="PisteMapActivity"),
        fn_eval(APP, rng, {"season": "2025-26", "city": L("Almaty", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "ads": False, "location": True}),
        mm_route(APP, rng, [(ALA_HOME_AT, PRECISE), (GONDOLA_BASE, None)]),
        mm_telemetry(APP, rng, TRACK[-3:], PRECISE),
    ]
