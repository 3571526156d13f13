"""Tobacco-auction floor ticket app "Fodyafloor" for a grower (she is the registered grower of the
family's farm near Mazowe): log-in by grower number and PIN, the SMS code, ``/me`` with a JWT,
the grower profile (her ID number, the farm and its point, her bank account), the floors (their
data negatives), a sales-floor booking and the booking by reference in the path, bale tickets
(negatives) registered against it, a bale's photo, the gate check-in (protobuf, a nested fix),
the live sale board (negatives), a rejected bid re-offered, a bid accepted with her PIN, the
sales summary by grower number, the payout to her bank and a share to mobile money, the input
loan's deduction, a truck and its driver, the farm's weather at 2 decimals, a message to the
grower desk, push, events and statements by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families108_kit import (
    BALES,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DRIVER,
    FARM_AT,
    FLOOR,
    FLOOR_BOOKING,
    GROWER,
    LOCAL_NAT,
    LOCAL_NO,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    ZW_BANK,
    ZW_ID,
    fix,
)
from eval_families108_sdk import (
    at_event,
    at_session,
    bn_bid,
    cm_crash,
    cm_crumb,
    cm_session,
    ms_batch,
    ms_identify,
)
from eval_families108_svc import cn_save, md_reverse, pm_bank, ta_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("fodya", "Fodyafloor", "com.example.fodyafloor", "5.0.3",
          "https://api.fodyafloor.example.com")
IID = "X-Fodya-Install"
PIN = "40719"
GATE_AT = (-17.850466, 31.058113)  # her phone at the floor's gate


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def fodya() -> list[Case]:
    rng = random.Random(10831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), name=L(NAME, NAMEC)))}
    fla, flo = fix(FARM_AT, 5)
    lab: dict[str, str] = {}
    gate = pb([(1, L(GROWER, UID)), (2, L(FLOOR_BOOKING, BUY)),
               (3, [(1, L(GATE_AT[0], PRECISE)), (2, L(GATE_AT[1], PRECISE))]),
               (4, 14), (5, FLOOR["id"])], "", lab)
    summ = at_path(case(f, f"{a}/v3/growers/{GROWER}/sales/summary", headers=_h(rng, **b),
                        query={"season": "2025"}), GROWER, UID)
    return [
        case(f, f"{a}/v3/growers/login", fmt="form", headers=_h(rng), body={
            "growerNo": L(GROWER, UID), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v3/growers/otp", fmt="form", headers=_h(rng), body={
            "phone": L(LOCAL_NAT, TEL), "code": L("550912", CRED)}),
        case(f, f"{a}/v3/growers/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/growers/profile", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "nationalId": L(ZW_ID, NATID), "phone": L(LOCAL_NO, TEL),
            "dateOfBirth": L("17/05/1991", BIRTH),
            "email": L(EMAIL, MAIL), "farm": {
                "name": "Chiedza Farm", "district": L("Mazowe", COARSE),
                "province": L("Mashonaland Central", COARSE), "lat": fla, "lon": flo,
                "hectares": 6.5},
            "bank": {"name": ZW_BANK["name"], "branch": ZW_BANK["branch"],
                     "account": L(ZW_BANK["account"], PAY)}}),
        case(f, f"{a}/v3/floors", headers=_h(rng, **b), query={
            "province": "Mashonaland Central", "open": "true"}),
        case(f, f"{a}/v3/bookings", headers=_h(rng, **b), body={
            "growerNo": L(GROWER, UID), "floor": {k: FLOOR[k] for k in (
                "id", "name", "line", "phone")}, "date": "2025-12-11",
            "bales": 14, "estKg": 1260, "transport": "hired"}),
        at_path(case(f, f"{a}/v3/bookings/{FLOOR_BOOKING}", headers=_h(rng, **b)),
                FLOOR_BOOKING, BUY),
        case(f, f"{a}/v3/bales/tickets", headers=_h(rng, **b), body={
            "booking": L(FLOOR_BOOKING, BUY), "bales": [
                {"ticket": t, "kg": 88 + 3 * i, "grade": g} for i, (t, g) in
                enumerate(zip(BALES, ["L2O", "L3O", "X2L", "L2O"], strict=True))]}),
        multipart(f, f"{a}/v3/bales/{BALES[0]}/photo", [
            ("photo", "bale.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"ticket": BALES[0], "moisture": 14.5})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v3/checkin", gate, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/sales/live", headers=_h(rng, **b), query={
            "floor": FLOOR["id"], "row": "7"}),
        case(f, f"{a}/v3/sales/{BALES[2]}/dispute", headers=_h(rng, **b), body={
            "ticket": BALES[2], "bid": "2.85", "reason": "price",
            "text": L("Price too low for this grade, I want it re-offered tomorrow", TEXT)}),
        case(f, f"{a}/v3/sales/{BALES[0]}/accept", fmt="form", headers=_h(rng, **b), body={
            "ticket": BALES[0], "bid": "3.40", "accept": "true", "pin": L(PIN, CRED)}),
        summ,
        case(f, f"{a}/v3/payouts", headers=_h(rng, **b), body={
            "growerNo": L(GROWER, UID), "amount": L("2918.40", BUY), "currency": "USD",
            "split": {"usd": 70, "local": 30}, "account": L(ZW_BANK["account"], PAY)}),
        case(f, f"{a}/v3/payouts/mobile", fmt="form", headers=_h(rng, **b), body={
            "msisdn": L(LOCAL_NO, TEL), "amount": L("300.00", BUY)}),
        case(f, f"{a}/v3/inputs/deductions", headers=_h(rng, **b), body={
            "contract": "CTR-25-0912", "growerNo": L(GROWER, UID),
            "deduction": L("412.00", BUY), "inputs": ["fertiliser", "seedlings"]}),
        case(f, f"{a}/v3/transport", headers=_h(rng, **b), body={
            "booking": L(FLOOR_BOOKING, BUY), "driver": L(DRIVER[0], NAMEC),
            "driverPhone": L(DRIVER[1], TEL), "truck": "AEZ 7713",
            "pickup": {"lat": L(round(FARM_AT[0], 4), PRECISE),
                       "lon": L(round(FARM_AT[1], 4), PRECISE)}}),
        case(f, f"{a}/v3/weather", headers=_h(rng, **b), query={
            "lat": L(f"{FARM_AT[0]:.2f}", COARSE), "lon": L(f"{FARM_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "desk": "grower_services", "text": L(
                f"Please move my booking {FLOOR_BOOKING} to Friday, the truck broke down",
                f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_US", DEV)}),
        lines(f, f"{a}/v3/events", [
            {"grower": L(GROWER, UID), "user": L(USER_ID, UID), **e} for e in (
                ev("bid_accepted", 1), ev("payout_requested", 2),
                ev("screen", 3, screen=L("SaleBoard", USAGE)))], gz=True,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/statements", headers=_h(rng, how="none"), cookies={
            "ff_session": L(opaque(rng, "", 40), CRED), "ff_grower": L(GROWER, UID)}),
    ]


def fodya_sdks() -> list[Case]:
    rng = random.Random(10832)
    return [
        ms_batch(APP, rng, [("Bid Accepted", {"kg": 88}), ("Payout Requested", {
            "amount": L(2918.4, BUY)})], at=FARM_AT, nd=3),
        ms_identify(APP, rng, {"grower": L(GROWER, UID), "district": L("Mazowe", COARSE),
                               "bales_2025": 14}),
        at_session(APP, rng, user=True),
        at_event(APP, rng, "sale_completed", {"bales": 14}, revenue=2918.4, hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, yob=1991, gender="F",
               keywords="tobacco,farming,inputs"),
        cm_crash(APP, rng, ("java.lang.NullPointerException", "bale grade null"),
                 [cm_crumb("Board -> Bale"), cm_crumb("GET /v3/sales/live", "request")],
                 screen="SaleBoardActivity", meta={"grower": {"no": L(GROWER, UID)}}),
        cm_session(APP, rng),
        ta_eval(APP, rng, {"growerType": "independent", "province": L(
            "Mashonaland Central", COARSE)}),
        cn_save(APP, rng, {"analytics": True, "ads": True, "location": True}, user=True),
        pm_bank(APP, rng),
        md_reverse(APP, rng, FARM_AT, PRECISE, nd=4),
    ]
