"""Smart water bottle app "Sipsense": sign-up with her body measures, a log-in, ``/me``,
pairing the bottle, the sip log (gzip JSON) and a protobuf sync packet from the bottle, a raw
level-sensor calibration (look-alike series), the daily goal and a weather-adjusted goal by a
rounded position, reminders (a medicine taken with water), pregnancy mode, a friend challenge,
the leaderboard, "find my bottle" (msgpack), a firmware check, a replacement lid ordered, a
Health Connect export, a ticket, push, events and stats by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    F32,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PEOPLE,
    PRECISE,
    SENS,
    STREET,
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
from eval_families20_kit import CITY, FIRST, LAST, STATE, ZIP, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, others
from eval_families55_kit import BOTTLE, fix, home, level_raw, sips
from eval_families55_sdk import (
    aq_bid,
    aq_notice,
    cw_batch,
    cw_identify,
    lm_open,
    sv_crash,
    sv_crumb,
)
from eval_families55_svc import br_register, cm_card, pw_reverse, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("sipsense", "Sipsense", "com.example.sipsense", "4.0.7",
          "https://api.sipsense.example.net")
IID = "X-Sipsense-Device"
PW = "Glacier+Mint77"
GYM_FIX = (40.750912, -73.983371)  # where her phone last saw the bottle (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def sipsense() -> list[Case]:
    rng = random.Random(5531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}",
                                                                       NAMEC)))}
    lab: dict[str, str] = {}
    packet = pb([(1, L(USER_ID, UID)), (2, BOTTLE["serial"]),
                 (3, [(1, 1765391000), (2, L(180, FIT))]), (4, F32(12.5)), (5, 64)], "", lab)
    gla, glo = fix(GYM_FIX)
    hla, hlo = home(6)
    return [
        case(f, f"{a}/api/v4/register", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthYear": L(1991, BIRTH), "sex": L("F", GENDER), "weightKg": L(64.5, FIT),
            "heightCm": L(168, FIT), "activity": L("moderate", FIT), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/api/v4/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v4/bottles", headers=_h(rng, **b), body={
            "serial": BOTTLE["serial"], "bleAddress": BOTTLE["ble"], "firmware": BOTTLE["fw"],
            "model": BOTTLE["model"], "battery": BOTTLE["battery"], "capacityMl": 710,
            "pairedFrom": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v4/sips/sync", gz=True, headers=_h(rng, **b), body={
            "bottle": BOTTLE["serial"], "sips": L(sips(rng, 12), FIT),
            "totalMl": L(1640, FIT), "syncedAt": 1765393000}),
        raw(f, f"{a}/api/v4/relay", packet, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/bottles/{BOTTLE['serial']}/calibration", headers=_h(rng, **b),
             body={"rows": level_raw(rng, 24), "emptyCounts": 1812, "fullCounts": 2391,
                   "tiltOffset": 1.3}),
        case(f, f"{a}/api/v4/goal", headers=_h(rng, **b), body={
            "dailyMl": L(2400, FIT), "weightKg": L(64.5, FIT), "workoutsPerWeek": L(3, FIT)}),
        case(f, f"{a}/api/v4/goal/weather", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "units": "metric"}),
        case(f, f"{a}/api/v4/reminders", fmt="form", headers=_h(rng, **b), body={
            "every": "90", "from": "08:00", "to": "21:00", "glow": "teal",
            "withMedicine": L("lithium 300 mg twice daily", MED)}),
        case(f, f"{a}/api/v4/profile/mode", headers=_h(rng, **b), body={
            "pregnant": L(True, SENS), "trimester": L(2, SENS), "extraMl": 300}),
        case(f, f"{a}/api/v4/challenges", headers=_h(rng, **b), body={
            "title": "December Drip", "days": 14,
            "invite": [{"name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL)}]}),
        case(f, f"{a}/api/v4/challenges/chl_0912/leaderboard", headers=_h(rng, **b),
             query={"around": "me", "peers": ",".join(others(rng, 3))}),
        case(f, f"{a}/api/v4/bottles/lost", fmt="msgpack", headers=_h(rng, **b), body={
            "bottle": BOTTLE["serial"], "lastSeen": 1765384400, "lat": gla, "lon": glo,
            "rssi": -71, "phone": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v4/firmware/latest", headers=_h(rng, how="nodash"), query={
            "model": BOTTLE["model"], "current": BOTTLE["fw"], "serial": BOTTLE["serial"]}),
        case(f, f"{a}/api/v4/shop/orders", headers=_h(rng, **b), body={
            "order": L("SS-4471920", BUY), "items": [{"sku": "LID-FLOW2", "qty": 1}],
            "total": L("19.00", BUY), "ship": {"name": L(f"{FIRST} {LAST}", NAMEC),
                                               "line1": L(STREET, ADDR), "city": L(CITY, COARSE),
                                               "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                                               "lat": hla, "lon": hlo}}),
        case(f, f"{a}/api/v4/export/health-connect", headers=_h(rng, **b), body={
            "hydrationMl": L([2210, 1980, 2450], FIT), "days": ["12-07", "12-08", "12-09"]}),
        multipart(f, f"{a}/api/v4/support", [
            ("ticket", None, "application/json", {
                "subject": "Lid light stuck", "bottle": BOTTLE["serial"],
                "text": L("The lid keeps glowing red even after I drink", TEXT),
                "replyTo": L(EMAIL, MAIL)}),
            ("log", "ble.txt", "text/plain", b"gatt 133\ngatt ok\n")], headers=_h(rng, **b)),
        lines(f, f"{a}/api/v4/days/backfill", [
            {"user": L(USER_ID, UID), "date": f"2025-12-0{d}", "ml": L(ml, FIT),
             "goalMet": ml >= 2400} for d, ml in ((5, 2310), (6, 2520), (7, 1890))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/reports/share", fmt="form", headers=_h(rng, **b), body={
            "doctorName": L("Dr. Alan Whitcomb", NAMEC),
            "doctorEmail": L("a.whitcomb@kipsbayuro.example.com", MAIL),
            "reason": L("kidney stones follow-up", MED), "weeks": "4"}),
        case(f, f"{a}/api/v4/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-US", DEV)}),
        case(f, f"{a}/api/v4/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("sip_synced", 1, n=12), ev("goal_met", 2),
                ev("screen", 3, screen=L("Today", USAGE))]}),
        case(f, f"{a}/api/v4/stats/week", headers=_h(rng, how="none"),
             cookies={"ss_sid": L(opaque(rng, "", 40), CRED), "ss_did": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v4/bottle-temp", fmt="form", headers=_h(rng, **b), body={
            "serial": BOTTLE["serial"], "tempC": "12.5",
            "packed": struct.pack("<3f", 12.5, 12.4, 12.6).hex()}),
    ]


def sipsense_sdks() -> list[Case]:
    rng = random.Random(5532)
    return [
        cw_batch(APP, rng, [("Goal Met", {"ml": L(2400, FIT)}), ("Bottle Synced", {"n": 12})],
                 adid=True),
        cw_identify(APP, rng, {"goalMl": L(2400, FIT), "pregnancyMode": L(True, SENS)}),
        lm_open(APP, rng, first=True),
        aq_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F",
               keywords="hydration,fitness"),
        aq_notice(APP, rng, "win"),
        sv_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [sv_crumb("nav", "Today -> Bottle"),
                  sv_crumb("log", "ble connect", {"serial": BOTTLE["serial"]})],
                 screen="BottleActivity"),
        sb_eval(APP, rng, {"pregnancyMode": L(True, SENS)}),
        br_register(APP, rng, at=(LAT, LON), nd=2, tags={"goal": "2400"}),
        cm_card(APP, rng, email=True),
        pw_reverse(APP, rng, GYM_FIX, PRECISE, 5),
    ]
