"""Kidney-stone hydration tracker "Stonesip" with a smart bottle (it counts her sips). Sign-up
with her stone history, a log-in, ``/me`` with a JWT, the bottle paired, the sip log synced (JSON
and msgpack), a protobuf day summary, the fluid target her urologist set, a urine-colour check
with a photo, a 24-hour urine test's results, medicines, a diet log, pain episodes, a passed
stone's photo, a message to her urologist, a search, reminders, a caffeine log, a report shared,
push, events and the day view by a cookie GET."""

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
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families70_kit import BOTTLE, LAB_ORDER, UROLOGIST, bottle_temps, home, obj, sips
from eval_families70_sdk import (
    bt_crumb,
    bt_report,
    ev_batch,
    ev_queue,
    sk_event,
    sk_session,
)
from eval_families70_svc import bm_register, ft_eval, oq_banner, tb_card, tb_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("stonesip", "Stonesip", "com.example.stonesip", "2.11.3",
          "https://api.stonesip.example.com")
IID = "X-Sip-Device"
PW = "Citrus!Lemon48"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def stonesip() -> list[Case]:
    rng = random.Random(7021)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}",
                                                                      NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = home(5)
    log = sips(rng, 8)
    lab: dict[str, str] = {}
    day = pb([(1, L(USER_ID, UID)), (2, "2025-12-09"), (3, L(2710, MED)), (4, L(3000, MED)),
              (5, [(1, L(14, MED)), (2, 11.8)]), (6, BOTTLE["serial"])], "", lab)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH),
            "sex": L("female", "personal.gender"), "weightKg": L(64.0, FIT), "stoneHistory": {
                "type": L("calcium oxalate", MED), "episodes": L(3, MED),
                "lastEpisode": L("2025-09", MED), "lithotripsy": L(True, MED)}}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "grant_type": "password",
            "client_id": "stonesip-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/bottles", headers=_h(rng, auth="bearer"), body={
            "serial": BOTTLE["serial"], "ble": BOTTLE["ble"], "firmware": BOTTLE["fw"],
            "model": BOTTLE["model"], "battery": 78, "capacityMl": 750,
            "phone": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/intake/sync", headers=_h(rng, **b), body={
            "bottle": BOTTLE["serial"], "sips": L(log, MED), "waterTempC": bottle_temps(rng, 8),
            "syncId": obj(rng, "syn", 8)}),
        case(f, f"{a}/v2/intake/manual", fmt="msgpack", headers=_h(rng, **b), body={
            "ml": L(330, MED), "drink": L("sparkling water", MED), "at": 1765310400,
            "source": "manual"}),
        raw(f, f"{a}/v2/intake/day", day, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/plan", headers=_h(rng, **b), body={
            "targetMl": L(3000, MED), "setBy": L(UROLOGIST[0], NAMEC),
            "reason": L("recurrent calcium oxalate stones", MED), "urineGoalMl": L(2500, MED)}),
        multipart(f, f"{a}/v2/urine/colour", [
            ("photo", "strip.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("reading", None, "application/json", {"scale": L(5, MED), "at": 1765318800,
                                                   "cameraExposure": 0.012})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/labs/{LAB_ORDER}", headers=_h(rng, **b), body={
            "volumeL": L(1.6, MED), "oxalateMg": L(52, MED), "citrateMg": L(310, MED),
            "calciumMg": L(260, MED), "lab": "Quorum Labs", "collected": "2025-12-02"}),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={
            "items": [{"name": L("potassium citrate", MED), "dose": L("15 mEq twice daily", MED)},
                      {"name": L("tamsulosin", MED), "dose": L("0.4 mg as needed", MED)}]}),
        case(f, f"{a}/v2/diet", gz=True, headers=_h(rng, **b), body={
            "date": "2025-12-09", "sodiumMg": L(2100, MED), "spinach": L(True, MED),
            "note": L("Skipped the almonds, doctor said low oxalate", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/pain", headers=_h(rng, **b), body={
            "score": L(7, MED), "side": L("left flank", MED), "nausea": L(True, MED),
            "blood": L(False, MED), "at": "2025-12-08T03:10:00-05:00",
            "lat": hla, "lon": hlo}),
        multipart(f, f"{a}/v2/stones", [
            ("photo", "stone.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{MED}")),
            ("stone", None, "application/json", {"sizeMm": L(4, MED), "passed": "2025-12-08",
                                                 "sentToLab": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": {"name": L(UROLOGIST[0], NAMEC), "phone": L(UROLOGIST[1], TEL)},
            "thread": obj(rng, "thr", 8),
            "text": L("Passed a small stone last night, still some pain on the left",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/foods/search", headers=_h(rng, **b), query={
            "q": L("oxalate in beets", SEARCH), "limit": "20"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "every": "60", "quietFrom": "22:30", "quietTo": "07:00",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("stonesip_plus_yearly", BUY), "orderId": L("GPA.3391-0471-8820-11733",
                                                                    BUY),
            "purchaseToken": L(opaque(rng, "", 60), BUY)}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipient": L("p.raman@uptownurology.example.com", MAIL),
            "recipientName": L(UROLOGIST[0], NAMEC), "range": "30d"}),
        case(f, f"{a}/v2/kits/urine-24h", headers=_h(rng, **b), body={
            "kit": "U24-CITRATE", "price": L("49.00", BUY), "labOrder": LAB_ORDER,
            "ship": {"name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(LINE1, ADDR),
                     "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/profile/phone", headers=_h(rng, **b), body={
            "phone": L(E164, TEL), "national": L(DIGITS, TEL), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("goal_reached", 1, ml=3000), ev("bottle_synced", 2),
                ev("screen", 3, screen=L("Today", USAGE))]}),
        case(f, f"{a}/v2/days/2025-12-09", headers=_h(rng, how="upper"),
             cookies={"ss_session": L(opaque(rng, "", 44), CRED)}),
    ]


def stonesip_sdks() -> list[Case]:
    rng = random.Random(7022)
    return [
        ev_batch(APP, rng, [("Goal Reached", {"ml": L(3000, MED)}),
                            ("Pain Logged", {"score": L(7, MED)})]),
        ev_queue(APP, rng, [("Bottle Disconnected", {"minutes": 12}),
                            ("Reminder Snoozed", {})]),
        sk_session(APP, rng, user=True, n=14),
        sk_event(APP, rng, "subscribe", {"plan": "plus_yearly"}, revenue=39.99, hashed=True),
        bt_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                  [bt_crumb("nav", "Today -> Bottle"),
                   bt_crumb("log", "gatt", serial=BOTTLE["serial"])], screen="BottleActivity"),
        ft_eval(APP, rng, {"stoneType": L("calcium oxalate", MED), "plus": True}),
        bm_register(APP, rng, tags={"goal_ml": "3000"}),
        oq_banner(APP, rng),
        tb_card(APP, rng, email=True),
        tb_confirm(APP, rng, "39.99"),
    ]
