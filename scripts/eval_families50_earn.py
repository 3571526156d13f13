"""Earnings tracker "Laneledger" run by a union of app-based drivers (she drives part-time for two
platforms in New York and is a member of the union's local): sign-up with her membership, a
log-in, ``/me``, linking both platforms (an OAuth code; a platform log-in), trips imported (gzip),
a shift's track (msgpack) and a protobuf heartbeat, a weekly statement's screenshot, a fuel
expense and its receipt, mileage, a deactivation grievance, dues, a strike vote, a picket
check-in, an earnings summary, a tax estimate, a pay survey, SMS alerts, a co-driver invited,
push, events and the union's actions by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families50_kit import CAR, HUB, MEMBER_LL, PLATFORMS, UNION, home, mine, obj, trace, trips
from eval_families50_sdk import cw_crash, cw_crumb, sm_batch, sm_identify, tw_event, tw_open
from eval_families50_svc import (
    bt_opened,
    bt_register,
    cr_card,
    cr_confirm,
    cr_payout_account,
    fb_eval,
    pb_route,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("laneledger", "Laneledger", "com.example.laneledger", "3.4.1",
          "https://api.laneledger.example.org")
IID = "X-LL-Install"
NID = "personal.national_id"
PW = "Fair-Miles-2026"
PICKET_FIX = (40.749402, -73.937611)  # her phone at the picket outside the hub (her fix)
LIC = (40.744618, -73.948507)  # a shift's end in Long Island City (her fix)
SHIFT = "shf_90c2a7"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def laneledger() -> list[Case]:
    rng = random.Random(5071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_LL, UID), local=L(UNION["local"], SENS)))}
    hla, hlo = home(6)
    pla, plo = mine(PICKET_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, [(1, L(round(LIC[0], 6), PRECISE)),
                                          (2, L(round(LIC[1], 6), PRECISE))]),
               (3, 1), (4, "rydeko"), (5, 1765312800)], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(DASHED, TEL), "zip": L(ZIP, COARSE), "password": L(PW, CRED),
            "union": {"name": L(UNION["name"], SENS), "local": L(UNION["local"], SENS),
                      "memberNo": L(MEMBER_LL, UID)},
            "platforms": ["rydeko", "bitebolt"]}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/platforms/rydeko/link", headers=_h(rng, **b), body={
            "authCode": L(opaque(rng, "rc_", 32), CRED), "driverId": L(PLATFORMS["rydeko"], UID),
            "redirectUri": "laneledger://oauth/rydeko", "state": opaque(rng, "", 16)}),
        case(f, f"{a}/v1/platforms/bitebolt/link", fmt="form", headers=_h(rng, **b), body={
            "login": L(EMAIL, MAIL), "password": L("Bolt!Queens88", CRED),
            "driverId": L(PLATFORMS["bitebolt"], UID)}),
        case(f, f"{a}/v1/trips/import", gz=True, headers=_h(rng, **b), body={
            "platform": "rydeko", "driverId": L(PLATFORMS["rydeko"], UID),
            "week": "2025-W49", "trips": trips(rng, 5)}),
        case(f, f"{a}/v1/shifts/{SHIFT}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "fixes": trace(rng, 6, (LAT, LON), LIC, keys=("la", "lo")), "odometer": 48120.4,
            "online": True}),
        raw(f, f"{a}/v1/shifts/{SHIFT}/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/statements", [
            ("screenshot", "rydeko_week49.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"platform": "rydeko", "weekOf": "2025-12-01",
                                                "gross": 1184.22, "trips": 61})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/expenses", headers=_h(rng, **b), body={
            "kind": "fuel", "amount": L("48.20", BUY), "gallons": 13.1, "cardLast4": L("4444", PAY),
            "station": {"name": "Astoria Fuel Stop", "lat": 40.76412, "lon": -73.92188},
            "expenseId": obj(rng, "ex", 8)}),
        multipart(f, f"{a}/v1/expenses/{obj(rng, 'ex', 8)}/receipt", [
            ("image", "fuel.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/mileage", headers=_h(rng, **b), body={
            "car": {"plate": CAR["plate"], "vin": CAR["vin"], "make": CAR["make"],
                    "model": CAR["model"], "year": CAR["year"]},
            "startOdo": 48012.0, "endOdo": 48120.4, "businessMiles": 96.1}),
        case(f, f"{a}/v1/grievances", headers=_h(rng, **b), body={
            "kind": "deactivation", "platform": "rydeko", "driverId": L(PLATFORMS["rydeko"], UID),
            "text": L("Deactivated after a rider complaint I never saw. 4.96 rating, three years "
                      "on the app.", TEXT), "wantsRep": True, "ref": obj(rng, "gr", 8)}),
        case(f, f"{a}/v1/union/dues", fmt="form", headers=_h(rng, **b), body={
            "memberNo": L(MEMBER_LL, UID), "amount": L("25.00", BUY), "period": "2025-12",
            "method": L(opaque(rng, "pm_", 24), PAY), "code": L("UNION_DUES_L12", SENS)}),
        case(f, f"{a}/v1/union/ballots/strike-2025-12/votes", headers=_h(rng, **b), body={
            "memberNo": L(MEMBER_LL, UID), "choice": L("yes", SENS), "receipt": rid(rng)}),
        case(f, f"{a}/v1/union/actions/picket-lic/checkins", headers=_h(rng, **b), body={
            "position": {"lat": pla, "lon": plo}, "site": L(HUB["name"], SENS),
            "siteAt": {"lat": HUB["lat"], "lon": HUB["lon"]}, "memberNo": L(MEMBER_LL, UID)}),
        case(f, f"{a}/v1/earnings/summary", headers=_h(rng, how="upper", **b), query={
            "week": "2025-W49", "driver": L(USER_ID, UID), "platforms": "rydeko,bitebolt"}),
        case(f, f"{a}/v1/taxes/estimate", headers=_h(rng, **b), body={
            "ssnLast4": L("4325", NID), "filingStatus": "married_joint", "dependents": 2,
            "grossYtd": 31220.5, "businessMiles": 8120, "state": L("NY", COARSE)}),
        case(f, f"{a}/v1/surveys/pay-2025", headers=_h(rng, **b), body={
            "hoursPerWeek": 22, "feelSafe": "sometimes", "shareWithResearchers": True,
            "comments": L("Pay per mile dropped since the summer, I drive more for less", TEXT)}),
        case(f, f"{a}/v1/sms/optin", fmt="form", headers=_h(rng, **b), body={
            "phone": L(E164, TEL), "topics": "alerts,actions"}),
        case(f, f"{a}/v1/invites", headers=_h(rng, **b), body={
            "name": L("Ramon Ortiz", NAMEC), "phone": L("+15550193318", TEL),
            "message": L("Join the local, the tracker shows what the apps really pay",
                          f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "home": {"lat": hla, "lon": hlo}, "events": [
                ev("trips_imported", 1, n=5), ev("dues_paid", 2),
                ev("screen", 3, screen=L("WeeklyEarnings", USAGE))]}),
        case(f, f"{a}/v1/actions", headers=_h(rng, how="none"),
             cookies={"ll_session": L(opaque(rng, "", 44), CRED), "ll_dev": L(INSTALL_ID, DID)}),
    ]


def laneledger_sdks() -> list[Case]:
    rng = random.Random(5072)
    return [
        sm_batch(APP, rng, [("Trips Imported", {"n": 5, "platform": "rydeko"}),
                            ("Dues Paid", {"amount": L(25.0, BUY)})], at=(LAT, LON), nd=2),
        sm_identify(APP, rng, {"local": L(UNION["local"], SENS), "platforms": 2,
                               "zip": L(ZIP, COARSE)}),
        tw_open(APP, rng, user=True),
        tw_event(APP, rng, "dues_paid", {"period": "2025-12"}, revenue=25.0),
        cw_crash(APP, rng, ("java.lang.NumberFormatException", "statement total '1,184.22'"),
                 [cw_crumb("nav", "Statements -> Upload"),
                  cw_crumb("log", "ocr", {"platform": "rydeko", "lines": 14})],
                 screen="StatementActivity"),
        fb_eval(APP, rng, {"local": L("12", SENS), "strikeBallot": True}),
        bt_register(APP, rng, tags={"local": L("12", SENS), "platforms": "rydeko,bitebolt"}),
        bt_opened(APP, rng, "cmp_7712"),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "25.00"),
        cr_payout_account(APP, rng),
        pb_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE),
                            ((HUB["lat"], HUB["lon"]), None)]),
    ]
