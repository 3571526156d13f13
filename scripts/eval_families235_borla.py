"""Household refuse-collection subscription app "Borlafie" (``borla`` rubbish, Ghanaian English;
``fie`` house in the Akan loan: a private collector's tricycles and trucks empty subscribers' bins
in Takoradi). Its API's keys are Nzema in ASCII with loans: ``duma``, ``agyale_duma``, ``fonu``,
``koodu`` SMS code, ``sua`` house (street line), ``sua_nomba`` house account, ``digital_adrese``
GhanaPostGPS address, ``mpoano`` area (the author's word; lit. "side"), ``suakpole`` town,
``kenle`` pickup day, ``bin`` and ``borla``, ``ezukoa`` amount, ``tuale`` payment, ``eleka``
place, ``edweke`` message, ``foto``, ``kponde`` search. Calls: sign-up with the Anaji address,
an SMS code, ``/me``, the plan, a payment by mobile money, the bin's pin (her fix at the gate), a
missed pick-up with a photo, a bulky-waste request (an old fridge), the tricycle's position
asked for (its own), recycling credits, a rating, the schedule by account in the path, a message
to the collector naming her husband, a search, push, events and receipts by cookie. Waste
collection exists only inside a neighbourhood-association app (set 150) and a barangay app (set
142: garbage days); this is a private collector's subscription (a docstring grep for "borla",
"refuse collect", "bin collection" found no app)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families235_kit import (
    AX_HOME,
    BIN_ACCOUNT,
    DEPOT,
    MOMO,
    MOTHER_IL,
    TK_HOME,
    TK_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families235_sdk import ak_batch, ak_pixel, bb_bid, bb_notice, cp_session, sk_launch
from eval_families235_svc import ck_wallet, fs_eval, he_message, mb_reverse, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("borlafie", "Borlafie", "com.example.borlafie", "1.3.5",
          "https://api.borlafie.example.com")
IID = "X-Borla-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def borlafie() -> list[Case]:
    rng = random.Random(23561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sua_nomba=L(BIN_ACCOUNT, UID), fonu=L(E164, TEL)))}
    gla, glo = fix(TK_HOME_AT)
    sched = at_path(case(f, f"{a}/api/v1/sua/{BIN_ACCOUNT}/schedule", headers=_h(rng, **b),
                         query={"bosuo": "2026-02"}), BIN_ACCOUNT, UID)
    return [
        case(f, f"{a}/api/v1/kele", headers=_h(rng, tw=True), body={
            "duma": L(FIRST, NAMEC), "agyale_duma": L(LAST, NAMEC), "fonu": L(E164, TEL),
            "email": L(EMAIL, MAIL), "sua": L(TK_HOME["line"], ADDR),
            "digital_adrese": L(TK_HOME["gps"], ADDR), "mpoano": L(TK_HOME["area"], COARSE),
            "suakpole": L(TK_HOME["town"], COARSE), "sua_nomba": L(BIN_ACCOUNT, UID),
            "people_in_house": 3}),
        case(f, f"{a}/api/v1/koodu", fmt="form", headers=_h(rng), body={
            "fonu": L(E164, TEL), "koodu": L("448120", CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/plans/subscribe", headers=_h(rng, **b), body={
            "sua_nomba": L(BIN_ACCOUNT, UID), "plan": "weekly_240l", "kenle": "tue",
            "months": 3, "ezukoa": L(195, BUY)}),
        case(f, f"{a}/api/v1/tuale", fmt="form", headers=_h(rng, **b), body={
            "sua_nomba": L(BIN_ACCOUNT, UID), "ezukoa": L("195.00", BUY),
            "momo": L(MOMO, TEL), "network": "mtn", "invoice": L("BF-INV-26-01877", BUY)}),
        case(f, f"{a}/api/v1/bin/pin", headers=_h(rng, **b), body={
            "sua_nomba": L(BIN_ACCOUNT, UID), "eleka": {"lat": gla, "lng": glo, "acc": 6},
            "note": L("Blue bin inside the gate, left side", TEXT)}),
        multipart(f, f"{a}/api/v1/reports/missed", [
            ("foto", "full_bin.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {
                "sua_nomba": L(BIN_ACCOUNT, UID), "kenle": "2026-01-20",
                "edweke": L("Tuesday pickup did not come, the bin is overflowing", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bulky", headers=_h(rng, **b), body={
            "sua_nomba": L(BIN_ACCOUNT, UID), "item": "old fridge", "kenle": "2026-01-24",
            "ezukoa": L(80, BUY), "edweke": L("It is at the back door, please bring two men",
                                               TEXT)}),
        case(f, f"{a}/api/v1/trucks/tc_118/position", headers=_h(rng, **b), query={
            "route": "anaji_tue", "depot": DEPOT["id"]}),
        case(f, f"{a}/api/v1/recycling/credits", headers=_h(rng, **b), body={
            "sua_nomba": L(BIN_ACCOUNT, UID), "plastics_kg": 3.4, "cans": 22, "points": 57}),
        case(f, f"{a}/api/v1/ratings", fmt="form", headers=_h(rng, **b), body={
            "pickup": "pk_" + opaque(rng, "", 8), "stars": "4",
            "edweke": L("Quick today, but they left the lid open", TEXT)}),
        sched,
        case(f, f"{a}/api/v1/sua/add", headers=_h(rng, **b), body={
            "sua": L(AX_HOME["line"], ADDR), "digital_adrese": L(AX_HOME["gps"], ADDR),
            "suakpole": L(AX_HOME["town"], COARSE), "plan": "fortnightly_120l",
            "owner": {"duma": L(MOTHER_IL[0], NAMEC), "fonu": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "duma": L("Abena Mensah-Bonsu", NAMEC), "fonu": L("+233553018842", TEL),
            "code": "BF-REF-" + opaque(rng, "", 6)}),
        case(f, f"{a}/api/v1/edweke", headers=_h(rng, **b), body={
            "to": "collector_tc_118",
            "edweke": L("I am offshore until the 23rd, please call my husband Kwame Amihere on "
                        "0244558102 if the gate is locked", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/kponde", headers=_h(rng, **b), query={
            "q": L("where to drop old batteries Takoradi", SEARCH)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("plan_paid", 1), ev("screen", 2, screen=L("Schedule", USAGE))]}),
        case(f, f"{a}/api/v1/fi", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/receipts", headers=_h(rng, how="none"), cookies={
            "bf_sess": L(opaque(rng, "", 40), CRED), "bf_dev": L(INSTALL_ID, DID),
            "bf_prefs": W({"sua_nomba": L(BIN_ACCOUNT, UID), "lang": "nzi"}, "b64json"),
            "bf_req": rid(rng)}),
    ]


def borlafie_sdks() -> list[Case]:
    rng = random.Random(23562)
    return [
        ak_batch(APP, rng, [("Plan Paid", {"amount": L(195, BUY)}),
                            ("Missed Pickup Reported", {})], at=TK_HOME_AT, nd=2),
        ak_pixel(APP, rng, "Schedule Opened", {"month": "2026-02"}),
        sk_launch(APP, rng),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TK_HOME_AT, nd=2,
               keywords="home,cleaning,takoradi"),
        bb_notice(APP, rng, "win"),
        cp_session(APP, rng, secs=143),
        fs_eval(APP, rng, {"zone": "anaji", "city": L("Takoradi", COARSE)}),
        pa_register(APP, rng, at=TK_HOME_AT, nd=3, tags={"kenle": "tue"}),
        ck_wallet(APP, rng, "195", L(MOMO, TEL)),
        mb_reverse(APP, rng, TK_HOME_AT, PRECISE, nd=5),
        he_message(APP, rng, L("Two pickups were missed in January", TEXT),
                   {"sua_nomba": L(BIN_ACCOUNT, UID)}),
    ]
