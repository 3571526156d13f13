"""A Keauhou restaurant's staff app "Tip Hui" (``hui`` club: the restaurant's tip pool, shifts and
pay; she serves three evenings a week and sleeps at Tutu's in Kailua-Kona). Its API's keys are
Hawaii Pidgin with the payroll English such apps keep (``W-4``, ``routing``, ``account``,
``token``): ``wokka_numbah`` employee number, ``nem`` / ``las_nem``, ``fone``, ``pass_wod``,
``kode`` activation code, ``social`` social security number, ``bawn_day``, ``wea_stay`` address,
``shif`` shift, ``clock_in``, ``pau_hana`` clock-out (lit. "work done"), ``wea_you_at`` where she
is, ``cash_tips`` / ``card_tips``, ``sales``, ``tip_out`` what she gives bussers and the bar,
``kala`` money (``kala_now`` instant pay-out), ``hamuch`` amount, ``fee``, ``grinds`` staff meal,
``swap_shif`` shift swap, ``sick_day``, ``mesej`` message, ``luna`` manager, ``emergency_who``):
activation, log-in, ``/me``, the W-4 (gzip: her SSN), direct deposit, the schedule, a clock-in with
her fix and the staff Wi-Fi, a clock-out with cash tips, the night's tip declaration, a protobuf
shift beat, a swap, a sick day, pay stubs by employee number in the path, an instant pay-out,
a staff meal, the pool, an offline punch queue (JSON Lines), her availability, a message to the
manager, an emergency contact, the W-2 by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families259_kit import (
    EMPLOYEE,
    GRILL,
    GRILL_FIX,
    HOME,
    HUSBAND,
    ROUTING,
    SSN,
    TUTU_AT,
    US_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families259_sdk import (
    cn_crash,
    cn_crumb,
    cn_session,
    mo_batch,
    mo_identify,
    tk_event,
    tk_launch,
)
from eval_families259_svc import fp_eval, hp_message, mp_route, pk_register, pl_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tiphui", "Tip Hui", "com.example.tiphui", "5.1.2", "https://api.tiphui.example.net")
IID = "X-TipHui-Device"
PW = "Keauhou$Pau2026"
NID = "personal.national_id"
SSID, BSSID = "KBGrill-Staff", "e8:48:b8:3c:51:a0"  # the restaurant's staff Wi-Fi she joins


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tiphui() -> list[Case]:
    rng = random.Random(25931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, wokka=L(EMPLOYEE, UID), site=GRILL["id"],
                                    role="server"))}
    gla, glo = fix(GRILL_FIX)
    shif = obj(rng, "sf")
    lab: dict[str, str] = {}
    beat = pb([(1, L(EMPLOYEE, UID)), (2, shif), (3, 1772596800),
               (4, [(1, L(GRILL_FIX[0], PRECISE)), (2, L(GRILL_FIX[1], PRECISE)), (3, 14.0)]),
               (5, L(41, DEV))], "", lab)
    stubs = at_path(case(f, f"{a}/v1/wokka/{EMPLOYEE}/paystubs", headers=_h(rng, **b),
                         query={"from": "2026-01-01", "to": "2026-02-28"}), EMPLOYEE, UID)
    return [
        case(f, f"{a}/v1/wokka/activate", headers=_h(rng), body={
            "wokka_numbah": L(EMPLOYEE, UID), "kode": L("KBG-77310", CRED),
            "nem": L(FIRST, NAMEC), "las_nem": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fone": L(E164, TEL), "pass_wod": L(PW, CRED)}),
        case(f, f"{a}/v1/log_in", fmt="form", headers=_h(rng), body={
            "wokka_numbah": L(EMPLOYEE, UID), "pass_wod": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/onboarding/w4", gz=True, headers=_h(rng, **b), body={
            "wokka_numbah": L(EMPLOYEE, UID), "social": L(SSN, NID), "bawn_day": L(DOB, BIRTH),
            "wea_stay": L(HOME["line"], ADDR), "town": L(HOME["town"], COARSE),
            "zip": L(HOME["zip"], COARSE), "filing": "married_joint", "dependents": 1,
            "extra_withholding": 0}),
        case(f, f"{a}/v1/pay/direct_deposit", fmt="form", headers=_h(rng, **b), body={
            "account": L(US_ACCOUNT, PAY), "routing": ROUTING, "kind": "checking",
            "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/shifs", headers=_h(rng, **b), query={
            "wokka": L(EMPLOYEE, UID), "week": "2026-W10"}),
        case(f, f"{a}/v1/clock_in", headers=_h(rng, **b), body={
            "shif": shif, "wea_you_at": {"lat": gla, "lng": glo, "acc": 14},
            "site": {"id": GRILL["id"], "lat": GRILL["lat"], "lng": GRILL["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/v1/pau_hana", fmt="form", headers=_h(rng, **b), body={
            "shif": shif, "cash_tips": L("86.00", BUY), "break_min": "30"}),
        case(f, f"{a}/v1/tips/declare", headers=_h(rng, **b), body={
            "shif": shif, "wokka_numbah": L(EMPLOYEE, UID), "sales": L(1420.55, BUY),
            "card_tips": L(231.40, BUY), "cash_tips": L(86.00, BUY),
            "tip_out": {"bussers": L(28.40, BUY), "bar": L(14.20, BUY)}, "tables": 17}),
        raw(f, f"{a}/v1/shif/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/swap_shif", headers=_h(rng, **b), body={
            "shif": obj(rng, "sf"), "to_wokka": "e_0391",
            "mesej": L("Can take my Saturday? I get jury duty dat week, I owe you one", TEXT)}),
        case(f, f"{a}/v1/sick_day", headers=_h(rng, **b), body={
            "day": "2026-02-13", "reason": L("sprained ankle", MED),
            "mesej": L("Wen sprain my ankle, doctah say no stand fo three days",
                       f"{TEXT}|{MED}")}),
        stubs,
        case(f, f"{a}/v1/kala_now", headers=_h(rng, **b), body={
            "hamuch": L("112.40", BUY), "fee": L("1.99", BUY),
            "to": {"account": L(US_ACCOUNT, PAY), "routing": ROUTING}, "idem": rid(rng)}),
        case(f, f"{a}/v1/grinds", fmt="form", headers=_h(rng, **b), body={
            "shif": shif, "item": "loco moco", "deduct": L("6.50", BUY)}),
        case(f, f"{a}/v1/tip_pool", headers=_h(rng, **b), query={
            "site": GRILL["id"], "date": "2026-03-06"}),
        lines(f, f"{a}/v1/offline/punches", [
            {"op": "clock_in", "wokka": L(EMPLOYEE, UID), "shif": shif,
             "at": {"lat": gla, "lng": glo}, "t": 1772593200},
            {"op": "break_start", "wokka": L(EMPLOYEE, UID), "t": 1772604000},
            {"op": "break_end", "wokka": L(EMPLOYEE, UID), "t": 1772605800}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/availability", headers=_h(rng, **b), body={
            "wokka_numbah": L(EMPLOYEE, UID), "days": ["wed", "thu", "fri"],
            "note": L("Only Wednesday to Friday, da odda days I stay home wit my keiki", TEXT)}),
        case(f, f"{a}/v1/mesej", headers=_h(rng, **b), body={
            "to": "luna_dana", "thread": obj(rng, "th"),
            "mesej": L("Dana, table 12 wen walk out on da check, I wrote um down", TEXT)}),
        case(f, f"{a}/v1/emergency_who", headers=_h(rng, **b), body={
            "nem": L(HUSBAND[0], NAMEC), "fone": L(HUSBAND[1], TEL), "who": "husband"}),
        case(f, f"{a}/v1/w2", headers=_h(rng, how="none"), query={"year": "2025"}, cookies={
            "th_sesh": L(opaque(rng, "", 40), CRED), "th_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("clock_in", 1), ev("tips_declared", 2, hamuch=L(317.4, BUY)),
                ev("screen", 3, screen=L("Paystubs", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "email": L(EMAIL, MAIL)}),
    ]


def tiphui_sdks() -> list[Case]:
    rng = random.Random(25932)
    return [
        mo_batch(APP, rng, [("Clocked In", {"site": GRILL["id"]}),
                            ("Tips Declared", {"total": L(317.4, BUY)})], at=GRILL_FIX, nd=2),
        mo_identify(APP, rng, {"role": "server", "site": GRILL["id"],
                               "wokka": L(EMPLOYEE, UID)}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "instant_payout", {"fee": L(1.99, BUY)}),
        cn_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/clock_in"),
                 [cn_crumb("nav", "Home -> ClockIn"), cn_crumb("tap", "clock_in_button")],
                 screen="ClockInActivity"),
        cn_session(APP, rng, secs=389),
        fp_eval(APP, rng, {"site": GRILL["id"], "role": "server"}),
        pk_register(APP, rng, at=TUTU_AT, nd=2, tags={"site": GRILL["id"]}),
        pl_wallet(APP, rng, "112.40", L(E164, TEL)),
        mp_route(APP, rng, [(TUTU_AT, PRECISE), ((GRILL["lat"], GRILL["lon"]), None)]),
        hp_message(APP, rng, L("My instant pay-out stay pending since Friday", TEXT),
                   {"wokka": L(EMPLOYEE, UID)}),
    ]
