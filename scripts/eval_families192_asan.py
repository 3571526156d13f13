"""Fishpond books app "Asanan" (the Manalang family's milkfish and tilapia pond in Sasmuan; she
keeps the books and the caretaker's pay; its API's keys are Kapampangan with English: ``asan``
fish, ``palaisdaan`` fishpond, ``semilya`` fry, ``pamangan`` feed (lit. food), ``danum`` water,
``timbang`` weight, ``kilu`` kilograms, ``ani`` harvest, ``pamaglako`` sale, ``mamimili`` buyer,
``katiwala`` caretaker, ``sueldu`` wage, ``gastus`` expense, ``lagyu`` name, ``apelyidu``
surname, ``selpon`` mobile, ``asawa`` spouse, ``balen`` town, ``probinsya`` province,
``alaga`` amount, ``bayad`` payment, ``lugal`` place, ``mensahi`` message, ``letratu`` photo,
``sulat`` note, ``aku`` me): sign-up as co-owner (her TIN), an e-mail code, ``/aku``, the pond's
corners, fry stocked, feeding (msgpack), a protobuf water-sensor beat with her fix, a water
reading from the dike, the caretaker's wage by e-wallet, the harvest with her fix, the sale at the
fish landing, the receipt photo, the payout account, sales by pond account in the path, an
offline expense sync (JSON Lines), flood alerts for the pond (3 decimals), a message to the
caretaker, a fish-kill report, push, events and a token refresh. No earlier set has a fishpond or
aquaculture app (a docstring grep for "fishpond", "fish pond", "aquaculture", "milkfish",
"tilapia" found none; set 77's fishing-crew roster is a boat's catch, not a pond's)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families192_kit import (
    CARETAKER,
    DIKE_FIX,
    FISHPORT,
    HUSBAND,
    LOCAL_NO,
    PH_ACCOUNT,
    POND,
    POND_AT,
    TIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families192_sdk import mb_batch, mb_pixel, mb_queue, tk_launch
from eval_families192_svc import cm_wallet, fb_eval, ht_message, mp_geocode, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("asanan", "Asanan", "com.example.asanan", "2.4.1", "https://api.asanan.example.org")
IID = "X-Asanan-Gamit"
NID = "personal.national_id"
HARVEST_FIX = (14.942105, 120.621208)  # her phone at the sluice gate at harvest


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pam=True, **kw)


def asanan() -> list[Case]:
    rng = random.Random(19221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, palaisdaan=L(POND, UID), selpon=L(E164, TEL)))}
    dla, dlo = fix(DIKE_FIX)
    hla, hlo = fix(HARVEST_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, "sn_do_0417"), (2, 1770900000), (3, [(1, 5.8), (2, 29.4), (3, 7.6)]),
               (4, [(1, L(DIKE_FIX[0], PRECISE)), (2, L(DIKE_FIX[1], PRECISE))]),
               (5, L(POND, UID))], "", lab)
    sales = at_path(case(f, f"{a}/v1/palaisdaan/{POND}/pamaglako", headers=_h(rng, **b),
                         query={"from": "2025-07-01", "to": "2026-01-31"}), POND, UID)
    return [
        case(f, f"{a}/v1/magpalista", headers=_h(rng), body={
            "lagyu": L(FIRST, NAMEC), "apelyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "password": L("Bangus&Tilapia88", CRED), "tin": L(TIN, NID),
            "papel": "co_owner", "palaisdaan": L(POND, UID),
            "asawa": {"lagyu": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "balen": L("Sasmuan", COARSE), "probinsya": L("Pampanga", COARSE)}),
        case(f, f"{a}/v1/lub/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("274160", CRED)}),
        case(f, f"{a}/v1/aku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/palaisdaan/sukat", headers=_h(rng, **b), body={
            "palaisdaan": L(POND, UID), "ektarya": 2.1, "asan": ["bangus", "tilapia"],
            "sulok": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in POND_AT]}),
        case(f, f"{a}/v1/semilya", headers=_h(rng, **b), body={
            "palaisdaan": L(POND, UID), "asan": "bangus", "bilang": 40000,
            "supplier": "Guagua Hatchery", "alaga": L(18000, BUY), "petsa": "2025-08-02"}),
        case(f, f"{a}/v1/pamangan", fmt="msgpack", headers=_h(rng, **b), body={
            "palaisdaan": L(POND, UID), "batch": obj(rng, "fd"),
            "pamangan": [{"klase": "grower pellets", "kilu": 50, "alaga": 1650},
                         {"klase": "lablab", "kilu": 0, "alaga": 0}],
            "gastus": L(1650, BUY), "by": L(USER_ID, UID)}),
        raw(f, f"{a}/v1/danum/sensor", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/danum/reading", headers=_h(rng, **b), body={
            "palaisdaan": L(POND, UID), "oxygen": 4.9, "ph": 7.8, "salinity": 12,
            "lugal": {"lat": dla, "lng": dlo}, "sulat": L("Malabu ya ing danum, dakal lumut",
                                                          TEXT)}),
        case(f, f"{a}/v1/katiwala/sueldu", headers=_h(rng, **b), body={
            "katiwala": {"lagyu": L(CARETAKER[0], NAMEC),
                         "ewallet": L(CARETAKER[1], f"{TEL}|{PAY}")},
            "bulan": "2026-01", "sueldu": L(9000, BUY), "bonus": L(1500, BUY)}),
        case(f, f"{a}/v1/ani", headers=_h(rng, **b), body={
            "palaisdaan": L(POND, UID), "asan": "bangus", "kilu": 3420, "size": "3-4/kg",
            "lugal": {"lat": hla, "lng": hlo}, "petsa": "2026-01-28"}),
        case(f, f"{a}/v1/pamaglako", headers=_h(rng, **b), body={
            "mamimili": {"id": FISHPORT["id"], "lagyu": FISHPORT["name"]},
            "kilu": 3420, "alaga_per_kilu": 145, "kabuuan": L(495900, BUY),
            "resibu": L("OR-SAS-" + opaque(rng, "", 6), BUY), "tin": L(TIN, NID)}),
        multipart(f, f"{a}/v1/pamaglako/resibu", [
            ("letratu", "resibu.jpg", "image/jpeg", L(JPEG + b"\x2c", MEDIA)),
            ("meta", None, "application/json", {"palaisdaan": L(POND, UID),
                                                "kabuuan": L(495900, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/payout/account", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "account": L(PH_ACCOUNT, PAY),
            "bank": "Example Savings Bank PH", "palaisdaan": L(POND, UID)}),
        sales,
        lines(f, f"{a}/v1/gastus/sync", [
            {"op": "gastus", "klase": "gasolina", "alaga": L(2400, BUY), "by": L(USER_ID, UID)},
            {"op": "gastus", "klase": "lambat", "alaga": L(5200, BUY), "by": L(USER_ID, UID)},
            {"op": "ani", "kilu": 3420, "palaisdaan": L(POND, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/alerts/albug", fmt="form", headers=_h(rng, **b), body={
            "palaisdaan": L(POND, UID), "lat": L(f"{POND_AT[0][0]:.3f}", PRECISE),
            "lng": L(f"{POND_AT[0][1]:.3f}", PRECISE), "radius_km": "5"}),
        case(f, f"{a}/v1/mensahi", headers=_h(rng, **b), body={
            "kang": {"lagyu": L(CARETAKER[0], NAMEC), "selpon": L(CARETAKER[1], TEL)},
            "mensahi": L("Mang Danny, isara ye ing sluice bukas abak, datang ing bagyu", TEXT)}),
        multipart(f, f"{a}/v1/fishkill", [
            ("letratu", "fishkill.jpg", "image/jpeg", L(JPEG + b"\x2d", MEDIA)),
            ("meta", None, "application/json", {
                "palaisdaan": L(POND, UID), "bilang_mete": 300,
                "sulat": L("Dakal a tilapia mete king pond 2 kaibat ning ulan", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gamit", headers=_h(rng, **b), body=push(push_token(rng), "pam_PH")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("harvest_logged", 1, kilu=3420), ev("screen", 2, screen=L("Gastus", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/profile/lang", headers=_h(rng, **b), body={
            "amanu": L("pam", DEV), "oras_zona": L("Asia/Manila", DEV)}),
    ]


def asanan_sdks() -> list[Case]:
    rng = random.Random(19222)
    return [
        mb_batch(APP, rng, [("Harvest Logged", {"kg": 3420}), ("Sale Recorded", {})],
                 at=DIKE_FIX, nd=2, locale="pam_PH"),
        mb_queue(APP, rng, [("Feed Logged", {"kg": 50}), ("Water Reading", {"ph": 7.8})]),
        mb_pixel(APP, rng, "Sales Opened", {"period": "2026-01"}),
        tk_launch(APP, rng, user=True),
        fb_eval(APP, rng, {"province": L("Pampanga", COARSE), "role": "co_owner"}),
        ps_register(APP, rng, at=DIKE_FIX, nd=2, tags={"balen": L("Sasmuan", COARSE)}),
        cm_wallet(APP, rng, "9000", L(LOCAL_NO, f"{TEL}|{PAY}")),
        mp_geocode(APP, rng, "Sasmuan fish landing ice plant", "behavior.search",
                   near=DIKE_FIX, nd=3),
        ht_message(APP, rng, L("The sale of 28 January shows twice in Pamaglako", TEXT),
                   {"palaisdaan": L(POND, UID)}),
    ]


__all__ = ["APP", "asanan", "asanan_sdks"]
