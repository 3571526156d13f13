"""Beverage-container deposit-refund app "Pwoatolpwurodo" ("bottles come back": the island's
container-deposit scheme pays back the deposit on cans and bottles at a redemption depot or by a
pick-up; refunds go to a wallet, a bank account or a school's drive). Its API's keys are Pohnpeian:
``ede``, ``imeil``, ``delepwohn``, ``lokaia_rir``, ``kard`` card, ``nempe`` number, ``pwoatol``
bottles, ``kehn`` cans, ``pwehk`` bags, ``mwohni`` money (the refund), ``pwain`` payment/pay-out,
``wasa`` place, ``wasahn_kousoan`` home street line, ``kahnimw`` town, ``ihmw`` house, ``rahn``
day, ``ahnsou`` time, ``sukuhl`` school, ``kilahs`` class, ``seri`` child, ``kilel`` photo,
``kisinlikou`` message, ``rapahki`` search, ``wiewia`` events, ``peneinei`` household; paths
``ntingidi``, ``pedolong``, ``ngehi``, ``pwurodo`` (returns), ``doadoahk`` (pick-up job),
``karani`` (near). Sign-up (JSON), an OAuth password grant, ``/ngehi``, depots near home, a return
at the depot with her fix, a protobuf reverse-vending session, an offline scan queue (msgpack), the
refund to her wallet and to her bank (routing and account), a pick-up from the house (address and
fix), a photo of the bags, the school drive credited to Meriam's class, the household, the history
by card number in the path, a leaderboard by cookie, a sync (JSON Lines), a complaint, a search,
push, events. Earlier sets have water refill stations and a council's recycling centre (a negative
there); no set has a deposit-refund app (a docstring grep for "container deposit" and "bottle
deposit" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families204_kit import (
    ACCOUNT,
    DAUGHTER,
    DEPOT,
    DEPOT_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    REDEEMER,
    ROUTING,
    fix,
    hd,
    obj,
    push,
)
from eval_families204_sdk import bs_bid, cp_crash, cp_crumb, sm_batch, ts_launch
from eval_families204_svc import cm_wallet, ct_save, fm_eval, hk_message, mk_route, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pwoatol", "Pwoatolpwurodo", "com.example.pwoatolpwurodo", "2.2.0",
          "https://api.pwoatolpwurodo.example.org")
IID = "X-PW-Device"
PW = "Kehn&Pwoatol77"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, pon=True, **kw)


def pwoatol() -> list[Case]:
    rng = random.Random(20421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kard=L(REDEEMER, UID), imeil=L(EMAIL, MAIL)))}
    dla, dlo = fix(DEPOT_FIX, 5)
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    rvm = pb([(1, "rvm_nett_03"), (2, L(REDEEMER, UID)), (3, 212), (4, 37), (5, 1768300000),
              (6, [(1, L(DEPOT_FIX[0], PRECISE)), (2, L(DEPOT_FIX[1], PRECISE))]),
              (7, L(12.45, BUY))], "", lab)
    hist = at_path(case(f, f"{a}/v1/kard/{REDEEMER}/pwurodo", headers=_h(rng, **b),
                        query={"sounpar": "2026"}), REDEEMER, UID)
    return [
        case(f, f"{a}/v1/ntingidi", headers=_h(rng), body={
            "ede": L(f"{FIRST} {LAST}", NAMEC), "imeil": L(EMAIL_MIXED, MAIL),
            "delepwohn": L(E164, TEL), "lokaia_rir": L(PW, CRED), "kard": L(REDEEMER, UID),
            "kahnimw": L(HOME["town"], COARSE), "wasahn_kousoan": L(HOME["line"], ADDR)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pwoatol-android"}),
        case(f, f"{a}/v1/ngehi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/depot/karani", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "10"}),
        case(f, f"{a}/v1/pwurodo", headers=_h(rng, **b), body={
            "depot": DEPOT["id"], "kard": L(REDEEMER, UID), "pwoatol": 64, "kehn": 212,
            "mwohni": L(13.8, BUY), "wasa": {"lat": dla, "lon": dlo},
            "wasahn_depot": {"lat": DEPOT["lat"], "lon": DEPOT["lon"]},
            "pwurodo_id": obj(rng, "rt")}),
        raw(f, f"{a}/v1/rvm/sesin", rvm, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/scan/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "kard": L(REDEEMER, UID),
            "scans": [{"barcode": "0049000028911", "n": 24}, {"barcode": "0012000161155",
                                                             "n": 13}],
            "wasa": {"lat": L(HOME_AT[0], PRECISE), "lon": L(HOME_AT[1], PRECISE)}}),
        case(f, f"{a}/v1/pwain/wallet", fmt="form", headers=_h(rng, **b), body={
            "kard": L(REDEEMER, UID), "mwohni": L("13.80", BUY), "delepwohn": L(E164, TEL)}),
        case(f, f"{a}/v1/pwain/bank", headers=_h(rng, **b), body={
            "kard": L(REDEEMER, UID), "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY),
            "ede": L(f"{FIRST} {LAST}", NAMEC), "mwohni": L(25.0, BUY)}),
        case(f, f"{a}/v1/doadoahk", headers=_h(rng, **b), body={
            "wasahn_kousoan": L(HOME["line"], ADDR), "kahnimw": L(HOME["area"], COARSE),
            "wasa": {"lat": hla, "lon": hlo}, "pwehk": 6, "rahn": "2026-01-24",
            "ahnsou": "morning", "delepwohn": L(HUSBAND[1], TEL),
            "lokaia": L("Bags are under the mango tree, the dog is friendly", TEXT)}),
        multipart(f, f"{a}/v1/doadoahk/kilel", [
            ("kilel", "pwehk.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"doadoahk": obj(rng, "pk"), "pwehk": 6})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sukuhl/drive", headers=_h(rng, **b), body={
            "sukuhl": "sch_nett_es", "kilahs": "3B", "seri": L(KID, NAMEC),
            "kard": L(REDEEMER, UID), "mwohni": L(8.4, BUY)}),
        case(f, f"{a}/v1/peneinei", headers=_h(rng, **b), body={
            "kard": L(REDEEMER, UID), "tohn": [
                {"ede": L(HUSBAND[0], NAMEC), "delepwohn": L(HUSBAND[1], TEL)},
                {"ede": L(KID, NAMEC),
                 "rahnen_ipwidi": L(DAUGHTER["dob"], "personal.birthdate")}]}),
        hist,
        case(f, f"{a}/v1/leaderboard", headers=_h(rng, how="none"), cookies={
            "pw_sess": L(opaque(rng, "", 40), CRED), "pw_dev": L(INSTALL_ID, DID),
            "pw_req": rid(rng)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "return", "depot": DEPOT["id"], "kehn": 212, "kard": L(REDEEMER, UID)},
            {"op": "payout", "mwohni": L(13.8, BUY), "kard": L(REDEEMER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kisinlikou", headers=_h(rng, **b), body={
            "depot": DEPOT["id"], "kind": "short_count",
            "kisinlikou": L("The machine counted 37 bottles but I brought 64, receipt attached",
                            TEXT)}),
        case(f, f"{a}/v1/rapahki", headers=_h(rng, **b), query={
            "rapahki": L("depot ahnsou Sarerdei Madolenihmw", SEARCH)}),
        case(f, f"{a}/v1/ngehi/wasahn", fmt="form", headers=_h(rng, **b), body={
            "wasahn_kousoan": L(HOME["line"], ADDR), "kahnimw": L(HOME["town"], COARSE),
            "zip": L(HOME["post"], COARSE), "state": L(HOME["state"], COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "pon_FM")),
        case(f, f"{a}/v1/wiewia", gz=True, headers=_h(rng, **b), body={
            "aramas": L(USER_ID, UID), "wiewia": [
                ev("pwurodo", 1, kehn=212), ev("skrihn", 2, skrihn=L("Leaderboard", USAGE)),
                ev("pwain", 3, mwohni=L(13.8, BUY))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "lang": L("pon", DEV)}),
    ]


def pwoatol_sdks() -> list[Case]:
    rng = random.Random(20422)
    return [
        sm_batch(APP, rng, [("Return Logged", {"cans": 212}),
                            ("Refund Paid", {"amount": L(13.8, BUY)})], at=DEPOT_FIX, nd=3),
        ts_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="recycling,cans,refund"),
        cp_crash(APP, rng, ("java.lang.NumberFormatException", "barcode"),
                 [cp_crumb("nav", "Scan -> Queue"), cp_crumb("tap", "flush")],
                 screen="ScanActivity"),
        fm_eval(APP, rng, {"depot": DEPOT["id"], "kahnimw": L("Kolonia", COARSE)}),
        pn_register(APP, rng, at=HOME_AT, nd=2, tags={"depot": DEPOT["id"]}),
        ct_save(APP, rng, {"analytics": True, "marketing": False}),
        cm_wallet(APP, rng, "13.80", L(E164, TEL)),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((DEPOT["lat"], DEPOT["lon"]), None)]),
        hk_message(APP, rng, L(f"Card {REDEEMER}: the refund did not arrive in my wallet",
                               f"{TEXT}|{UID}"), {"kard": L(REDEEMER, UID)}),
    ]
