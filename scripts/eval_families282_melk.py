"""A dairy farm's milk vending machine and farm shop app "Molkepumpe" (Hof Albers in Scharrel:
raw milk from the machine with a prepaid chip card, eggs and cheese ordered for pick-up; short
Saterland Frisian keys: ``noome``, ``handy``, ``pin``, ``kaart`` card, ``saldo`` balance,
``upladen`` top-up, ``bedraach``, ``metode``, ``automoat`` machine, ``liter``, ``flaske``
bottle, ``pand`` deposit, ``steede``, ``breedte``/``lengte``, ``bestaalenge`` order,
``ouhoalje`` pick-up, ``adresse``, ``naricht``, ``saike``, ``punkte`` points): sign-up, a
log-in, ``/ik``, the balance, a top-up, the machine's status, a tap (msgpack), the unlock with
her fix, a farm-shop order, bottle deposits, the receipt by order number in the path, an offline
tap queue (JSON Lines), a weekly delivery for her mother-in-law, a rating, a message to the
farmer, a search, points by cookie, push, events and a log-out. Two earlier sets have doorstep
milk subscriptions; this is a self-service vending machine with a prepaid card."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families282_kit import CHIP, FARM, FARM_FIX, HOME, HOME_AT, MOTHER_IL, fix, hd, obj
from eval_families282_sdk import bk_bid, bk_notice, ct_session, mr_batch, ts_launch
from eval_families282_svc import cs_card, cs_confirm, fs_eval, ms_reverse, ms_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("molkepumpe", "Molkepumpe", "com.example.molkepumpe", "1.3.7",
          "https://api.molkepumpe.example.net")
IID = "X-MP-Install"
PIN = "290417"
ORDER = "HL-26-00931"  # a farm-shop order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, de=True, **kw)


def molkepumpe() -> list[Case]:
    rng = random.Random(28251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaart=L(CHIP, UID), handy=L(E164, TEL)))}
    fla, flo = fix(FARM_FIX)
    rcpt = at_path(case(f, f"{a}/api/v1/quittungen/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/kunde", headers=_h(rng), body={
            "noome": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "handy": L(NATIONAL, TEL), "pin": L(PIN, CRED), "kaart": L(CHIP, UID),
            "postnumer": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "pin": L(PIN, CRED)}),
        case(f, f"{a}/api/v1/ik", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/saldo", headers=_h(rng, **b), query={"kaart": L(CHIP, UID)}),
        case(f, f"{a}/api/v1/upladen", headers=_h(rng, **b), body={
            "kaart": L(CHIP, UID), "bedraach": L(20, BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "upladen_id": obj(rng, "ul")}),
        case(f, f"{a}/api/v1/automoaten/{FARM['machine']}/stoatus", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tappe", fmt="msgpack", headers=_h(rng, **b), body={
            "kaart": L(CHIP, UID), "automoat": FARM["machine"], "liter": 2,
            "bedraach": L(2.4, BUY), "tank_temp": 3.8, "tank_fol": 0.62}),
        case(f, f"{a}/api/v1/upsluute", headers=_h(rng, **b), body={
            "automoat": FARM["machine"], "kaart": L(CHIP, UID),
            "steede": {"breedte": fla, "lengte": flo, "akk": 6},
            "automoat_steede": {"breedte": FARM["lat"], "lengte": FARM["lon"]}}),
        case(f, f"{a}/api/v1/bestaalenge", headers=_h(rng, **b), body={
            "bestaalenge": L(ORDER, BUY), "hof": FARM["id"],
            "artikels": [{"art": "aaier_10", "antal": 2, "pries": 3.2},
                         {"art": "hoffkaese_250g", "antal": 1, "pries": 4.9}],
            "bedraach": L(11.3, BUY), "ouhoalje": "2026-02-07T10:00",
            "noome": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/pand", fmt="form", headers=_h(rng, **b), body={
            "kaart": L(CHIP, UID), "flaske": "3", "bedraach": L("1.50", BUY)}),
        rcpt,
        lines(f, f"{a}/api/v1/sync", [
            {"op": "tappe", "kaart": L(CHIP, UID), "liter": 1, "bedraach": L(1.2, BUY),
             "t": 1770300100},
            {"op": "pand", "kaart": L(CHIP, UID), "flaske": 2, "t": 1770300160}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/abo", headers=_h(rng, **b), body={
            "foar": {"noome": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                     "adresse": L("Hauptstrasse 88, 26683 Scharrel", ADDR)},
            "liter_per_wiek": 3, "dai": "fr", "bedraach": L(3.6, BUY),
            "kaart": L(CHIP, UID)}),
        case(f, f"{a}/api/v1/bewaertenge", headers=_h(rng, **b), body={
            "hof": FARM["id"], "stere": 4,
            "kommentoar": L("Milk lovely as always, but the machine was empty on Sunday.",
                            TEXT)}),
        case(f, f"{a}/api/v1/naricht", headers=_h(rng, **b), body={
            "an": "hof_albers",
            "tekst": L("Could you keep two litres for me on Saturday? Call me on "
                       "+1 555 010 0199 if not.", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/saike", headers=_h(rng, **b), query={
            "saike": L("rohmilch kaese ziege", SEARCH)}),
        case(f, f"{a}/api/v1/punkte", headers=_h(rng, how="none"), cookies={
            "mp_sesjoon": L(opaque(rng, "", 40), CRED), "mp_install": L(INSTALL_ID, DID),
            "mp_req": rid(rng)}),
        case(f, f"{a}/api/v1/apparoat", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "sproake": L("de", DEV), "modell": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/evente", headers=_h(rng, **b), body={
            "bruker": L(USER_ID, UID), "evente": [
                ev("tappt", 1, liter=2), ev("skirm", 2, skirm=L("Saldo", USAGE))]}),
        case(f, f"{a}/api/v1/oulogje", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def molkepumpe_sdks() -> list[Case]:
    rng = random.Random(28252)
    return [
        mr_batch(APP, rng, [("Milk Tapped", {"litres": 2, "total": L(2.4, BUY)}),
                            ("Top Up", {"amount": L(20, BUY)})], at=FARM_FIX, nd=3),
        ts_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="farm,milk,regional"),
        bk_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=95),
        pg_register(APP, rng, at=HOME_AT, nd=2, tags={"hof": FARM["id"]}),
        cs_card(APP, rng),
        cs_confirm(APP, rng, "20.00"),
        ms_route(APP, rng, [(HOME_AT, PRECISE), ((FARM["lat"], FARM["lon"]), None)]),
        ms_reverse(APP, rng, FARM_FIX, PRECISE, nd=5),
        fs_eval(APP, rng, {"hof": FARM["id"], "automoat": FARM["machine"]}, hdr=True),
    ]
