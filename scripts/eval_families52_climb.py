"""Rock-climbing gym app "Cruxhold": sign-up, a password grant, ``/me``, the waiver (her details,
conditions, an emergency contact, a drawn signature, the signer's IP), a card check (GET) and a
check-in (her fix, the gym's Wi-Fi), pairing the wrist band, a session's heart rate (gzip) and
summary (protobuf), the logbook, a beta video, body measurements and an injury, a Health Connect
sync (msgpack), a leaderboard handle, a partner invited, a class booked, a guest pass, a locker
code, a shop order, a feed post, push, events and her visits by her card in the path."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
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
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families52_kit import (
    BAND,
    BELAYER,
    CARD,
    GYM,
    GYM_FIX,
    GYM_WIFI,
    HANDLE,
    LOCKER,
    ascents,
    fix,
    home,
    hr_series,
    obj,
    strokes,
)
from eval_families52_sdk import cw_batch, cw_identify, sm_crash, sm_crumb, tb_event, tb_link
from eval_families52_svc import bk_register, cg_telemetry, sf_eval, tp_card, tp_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, U, W, case

APP = App("cruxhold", "Cruxhold", "com.example.cruxhold", "3.9.1",
          "https://api.cruxhold.example.com")
IID = "X-Crux-Install"
PW = "Crimp&Pinch2291"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def cruxhold() -> list[Case]:
    rng = random.Random(5261)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, card=L(CARD, UID), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    sess, waiver = obj(rng, "cs", 10), obj(rng, "wv", 8)
    gla, glo = fix(GYM_FIX, 4)
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, sess), (3, L(5820, FIT)), (4, L(118, FIT)),
                  (5, L(171, FIT)), (6, L(612, FIT)), (7, BAND["serial"])], "", lab)
    return [
        case(f, f"{a}/v1/members/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE_PAREN, TEL), "dob": L(DOB, BIRTH),
            "pronouns": L("she/her", GENDER), "homeGym": GYM["id"]}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "cruxhold-android"}),
        case(f, f"{a}/v1/members/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/waivers", headers=_h(rng, **b), body={
            "id": waiver, "version": "2025.2", "gym": GYM["id"],
            "participant": {"name": L(NAME, NAMEC), "dob": L(DOB, BIRTH),
                            "email": L(EMAIL, MAIL), "phone": L(PHONE_PAREN, TEL),
                            "line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "conditions": [L("asthma, inhaler in my bag", MED),
                           L("dislocated left shoulder 2022", MED)],
            "emergency": {"name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL)},
            "signature": {"strokes": L(strokes(rng, 30), MOTION), "ip": L(PUBLIC_IP, IPLOC),
                          "at": "2025-12-09T18:02:11-05:00"}}),
        case(f, f"{a}/v1/cards/check", headers=_h(rng, **b), query={
            "card": L(CARD, UID), "gym": GYM["id"]}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "card": L(CARD, UID), "gym": GYM["id"], "lat": gla, "lon": glo,
            "pass": W({"card": L(CARD, UID), "exp": 1765322000, "n": opaque(rng, "", 12)},
                      "b64json"),
            "wifi": {"ssid": L(GYM_WIFI[0], WIFI), "bssid": L(GYM_WIFI[1], WIFI)},
            "gymPoint": [GYM["lat"], GYM["lon"]], "band": BAND["serial"]}),
        case(f, f"{a}/v1/band/pair", fmt="form", headers=_h(rng, **b), body={
            "member": L(USER_ID, UID), "serial": BAND["serial"], "ble": BAND["ble"],
            "fw": BAND["fw"]}),
        case(f, f"{a}/v1/sessions/{sess}/hr", gz=True, headers=_h(rng, **b), body={
            "band": BAND["serial"], "hz": 0.2, "series": L(hr_series(rng, 40), FIT),
            "battery": 66}),
        raw(f, f"{a}/v1/sessions/{sess}/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/logbook", headers=_h(rng, **b), body={
            "session": sess, "gym": GYM["id"], "ascents": L(ascents(rng), FIT)}),
        multipart(f, f"{a}/v1/logbook/rt_5c21aa07/beta", [
            ("video", "beta.mp4", "video/mp4", L(MP4 + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Heel hook on the left arete, finally stuck it", TEXT),
                "route": "rt_5c21aa07", "public": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/profile/body", headers=_h(rng, **b), body={
            "heightCm": L(168, FIT), "weightKg": L(59.5, FIT), "apeIndexCm": L(3, FIT),
            "injury": L("A2 pulley strain, right ring finger", MED)}),
        case(f, f"{a}/v1/health/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "restingHr": L(58, FIT), "vo2max": L(41.2, FIT),
            "source": "health_connect"}),
        case(f, f"{a}/v1/leaderboard/handle", fmt="form", headers=_h(rng, **b), body={
            "handle": L(HANDLE, UID), "public": "true"}),
        case(f, f"{a}/v1/partners/invite", headers=_h(rng, **b), body={
            "name": L(BELAYER[0], NAMEC), "phone": L(BELAYER[1], TEL),
            "message": L("Thursday 7pm? I'll bring the rope", TEXT)}),
        case(f, f"{a}/v1/classes/cls_lead101/book", headers=_h(rng, **b), body={
            "class": "Intro to Lead", "date": "2025-12-13", "price": L("65.00", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/guests", headers=_h(rng, **b), body={
            "name": L(PEOPLE[1][0], NAMEC), "email": L(PEOPLE[1][2], MAIL),
            "date": "2025-12-13", "price": L("28.00", BUY)}),
        case(f, f"{a}/v1/lockers/112/code", fmt="form", headers=_h(rng, **b), body={
            "code": L(LOCKER, CRED), "until": "22:00"}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "CHALK-250", "qty": 1}, {"sku": "TAPE-2", "qty": 2}],
            "total": L("24.50", BUY), "cardLast4": L("4444", PAY), "pickup": GYM["id"]}),
        case(f, f"{a}/v1/feed/posts", headers=_h(rng, **b), body={
            "text": L("First 5.11a on the prow! Thanks Marco for the catch", f"{TEXT}|{NAMEC}"),
            "gym": GYM["id"], "visibility": "members"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("checkin", 1), ev("route_logged", 2, grade="V4"),
                ev("screen", 3, screen=L("Logbook", USAGE))]}),
        at_path(case(f, f"{a}/v1/members/{CARD}/visits", headers=_h(rng, how="none"),
                     cookies={"cx_session": L(opaque(rng, "", 44), CRED),
                              "cx_card": L(CARD, UID)}), CARD, UID),
    ]


def cruxhold_sdks() -> list[Case]:
    rng = random.Random(5262)
    hla, hlo = home(6)
    return [
        cw_batch(APP, rng, [("Checked In", {"gym": GYM["id"]}),
                            ("Session Ended", {"minutes": L(97, FIT), "sends": L(3, FIT)})],
                 at=GYM_FIX, nd=2),
        cw_identify(APP, rng, {"home_gym": GYM["id"], "birth_year": L(1991, BIRTH),
                               "gender": L("female", GENDER), "plan": "monthly"}),
        tb_event(APP, rng, "cx1mem", {"plan": "monthly"}, revenue=129.00, hashed=True),
        tb_link(APP, rng, U("https://cruxhold.example.com/r", {
            "ref": L(HANDLE, UID), "utm_source": "share", "utm_campaign": "buddy"})),
        sm_crash(APP, rng, ("java.lang.IllegalStateException", "band disconnected"),
                 [sm_crumb("navigation", "Session -> Live"),
                  sm_crumb("ui", "band.reconnect", {"band": BAND["serial"]})],
                 screen="LiveSessionActivity"),
        sf_eval(APP, rng, {"gym": GYM["id"], "band": True}, query=True),
        bk_register(APP, rng, tags={"gym": GYM["id"]}, at=GYM_FIX, nd=2),
        tp_card(APP, rng, email=True),
        tp_confirm(APP, rng, "129.00"),
        cg_telemetry(APP, rng, [(hla.value, hlo.value), (GYM_FIX[0], GYM_FIX[1])], PRECISE),
    ]
