"""A vehicle emission-test (pollution-under-control certificate) app "Dhoachek" (``dhoa`` smoke,
loan: a private testing centre chain in Agartala that books slots, issues the six-monthly
certificate, reminds and sells scooter insurance): her scooter's test. Its API's keys are
Kokborok with Bengali loans, ASCII-folded: ``malik_mung`` owner's name (loan), ``mobail``
mobile, ``gopon_kok`` password (lit. "secret word"), ``jonmo_tarikh`` birth date, ``thikana``
address, ``sohor`` town, ``gari`` vehicle (loan), ``gari_nambar`` registration plate, ``tel``
fuel (loan, "oil"), ``licence_nambar`` driving licence, ``porikkha`` test (loan), ``somoi``
time slot, ``rang`` amount, ``rang_rwnai`` payment, ``bima`` insurance (loan), ``jorimana`` fine
(loan), ``chalak`` driver (loan), ``khorang`` message, ``nai`` search, ``jaga`` place,
``ghatana`` events: sign-up with her licence, log-in, ``/me``, the scooter, centres near her
house, a slot, the payment, the check-in with her fix, the readings, the certificate by booking
number in the path, reminders, an insurance quote and purchase, a second driver (her husband),
a fine check, a complaint, a search, a route, push, events and a log-out."""

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
    E164,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families298_kit import (
    AG_HOME,
    AG_HOME_AT,
    DL,
    HUSBAND,
    PUC,
    PUC_FIX,
    SCOOTER,
    TZ,
    UPI_VPA,
    fix,
    hd,
    obj,
)
from eval_families298_sdk import bf_bid, bf_notice, cd_crash, cd_crumb, mc_batch, tn_event
from eval_families298_svc import cl_wallet, fn_eval, mm_reverse, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dhoachek", "Dhoachek", "com.example.dhoachek", "5.0.3",
          "https://api.dhoachek.example.in")
IID = "X-Dhoachek-Device"
PW = "Activa!Ramnagar4"
NID = "personal.national_id"
BOOKING = "DC-PUC-260117-0742"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dhoachek() -> list[Case]:
    rng = random.Random(29841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))}
    pla, plo = fix(PUC_FIX)
    cert = at_path(case(f, f"{a}/v2/porikkha/{BOOKING}/certificate", headers=_h(rng, **b)),
                   BOOKING, BUY)
    return [
        case(f, f"{a}/v2/malik", headers=_h(rng), body={
            "malik_mung": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "gopon_kok": L(PW, CRED),
            "jonmo_tarikh": L("17/05/1991", BIRTH), "licence_nambar": L(DL, NID),
            "thikana": L(AG_HOME["line"], ADDR), "sohor": L(AG_HOME["town"], COARSE),
            "pin": L(AG_HOME["pin"], COARSE)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "mobail": L(NATIONAL, TEL), "gopon_kok": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/gari", headers=_h(rng, **b), body={
            "gari_nambar": SCOOTER["plate"], "gari_model": SCOOTER["model"],
            "tel": SCOOTER["fuel"], "bwswr": SCOOTER["year"], "chassis_sesh5": "K4471",
            "malik": L(USER_ID, UID)}),
        case(f, f"{a}/v2/centre/near", headers=_h(rng, **b), query={
            "lat": L(f"{AG_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{AG_HOME_AT[1]:.3f}", PRECISE),
            "km": "3"}),
        case(f, f"{a}/v2/somoi", headers=_h(rng, **b), query={
            "centre": PUC["id"], "tarikh": "2026-01-17"}),
        case(f, f"{a}/v2/porikkha/book", headers=_h(rng, **b), body={
            "centre": PUC["id"], "somoi": "2026-01-17T10:30", "booking": L(BOOKING, BUY),
            "gari_nambar": SCOOTER["plate"], "rang": L(100, BUY)}),
        case(f, f"{a}/v2/rang_rwnai", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "rang": L("100.00", BUY), "upi": L(UPI_VPA, PAY),
            "txn": rid(rng)}),
        case(f, f"{a}/v2/porikkha/checkin", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "jaga": {"lat": pla, "lng": plo},
            "centre": {"lat": PUC["lat"], "lng": PUC["lon"]}, "lane": 2}),
        case(f, f"{a}/v2/porikkha/result", headers=_h(rng, **b), query={
            "booking": L(BOOKING, BUY)}),
        cert,
        case(f, f"{a}/v2/reminder", fmt="form", headers=_h(rng, **b), body={
            "gari_nambar": SCOOTER["plate"], "agam_din": "7", "sms": "1",
            "mobail": L(E164, TEL)}),
        case(f, f"{a}/v2/bima/quote", headers=_h(rng, **b), body={
            "gari_nambar": SCOOTER["plate"], "malik_mung": L(f"{FIRST} {LAST}", NAMEC),
            "jonmo_tarikh": L("17/05/1991", BIRTH), "purano_policy": L("TWP/26/884172", BUY),
            "ncb": 20}),
        case(f, f"{a}/v2/bima/buy", headers=_h(rng, **b), body={
            "quote": obj(rng, "qt"), "policy": L("TWP/27/190553", BUY), "rang": L(1284, BUY),
            "nominee": {"mung": L(HUSBAND[0], NAMEC), "somporko": "swami"},
            "upi": L(UPI_VPA, PAY)}),
        case(f, f"{a}/v2/chalak", headers=_h(rng, **b), body={
            "gari_nambar": SCOOTER["plate"],
            "chalak": {"mung": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL),
                       "licence_nambar": L("TR01 20150009321", NID)}}),
        case(f, f"{a}/v2/gari/rc", headers=_h(rng, **b), body={
            "gari_nambar": SCOOTER["plate"], "malik_mung": L(f"{FIRST} {LAST}", NAMEC),
            "thikana": L(AG_HOME["line"], ADDR), "registration_tarikh": "2021-08-02",
            "rto": "TR-01 Agartala"}),
        case(f, f"{a}/v2/jorimana", headers=_h(rng, **b), query={
            "gari_nambar": SCOOTER["plate"], "licence_nambar": L(DL, NID)}),
        case(f, f"{a}/v2/khorang", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY),
            "khorang": L("10:30 somoi-o phaikha, kintu 40 minute line-o tongkha", TEXT)}),
        case(f, f"{a}/v2/nai", headers=_h(rng, **b), query={
            "nai": L("PUC centre open Sunday Agartala", SEARCH)}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "kok": L("en", DEV), "somoi_anchal": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/ghatana", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatana": [
                ev("puc_booked", 1, centre=PUC["id"]), ev("bima_bought", 2, rang=L(1284, BUY)),
                ev("screen", 3, screen=L("Certificate", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def dhoachek_sdks() -> list[Case]:
    rng = random.Random(29842)
    return [
        mc_batch(APP, rng, [("Test Booked", {"centre": PUC["id"]}),
                            ("Insurance Bought", {"premium": L(1284, BUY)})],
                 at=AG_HOME_AT, nd=2),
        tn_event(APP, rng, "purchase", {"booking": L(BOOKING, BUY)}, revenue=100.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PUC_FIX, nd=3,
               keywords="scooter,insurance,helmet"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.io.IOException", "pdf render failed"),
                 [cd_crumb("nav", "Porikkha -> Certificate")], screen="CertificateActivity"),
        fn_eval(APP, rng, {"city": L("Agartala", COARSE), "vehicle": "2w"}),
        pt_register(APP, rng, at=AG_HOME_AT, nd=2, tags={"vehicle": "2w"}),
        cl_wallet(APP, rng, "1284.00", L(E164, TEL)),
        mm_route(APP, rng, [(AG_HOME_AT, PRECISE), ((PUC["lat"], PUC["lon"]), None)]),
        mm_reverse(APP, rng, PUC_FIX, PRECISE, nd=4),
    ]
