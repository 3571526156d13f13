"""A Tartu firewood co-operative's delivery app "Puuriit" (puuriit: a woodpile; its API's keys
are Estonian): sign-up and a log-in, ``/minu`` with the customer-number claim, her delivery
address, birch and alder log orders, a moisture reading of a delivered load, the payment, a
stacking helper booked, a delivery window, the driver's arrival, a photo of the pile, a
complaint, an autumn subscription, invoices by customer number in the path, a search, an
offline queue (msgpack), push, events."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families146_kit import (
    EE_IBAN,
    HUSBAND,
    ISIKUKOOD,
    KLIENT,
    TARTU_HOME,
    TARTU_HOME_AT,
    WOOD_ORDER,
    WOODYARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families146_sdk import bf_bid, bf_notice, mc_batch, mc_identify, tn_launch
from eval_families146_svc import cl_card, cl_confirm, mm_geocode, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

NATID = "personal.national_id"

APP = App("puuriit", "Puuriit", "com.example.puuriit", "3.1.2", "https://api.puuriit.example.net")
IID = "X-Puuriit-Seade"
PW = "Kask!Lepp2025"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, et=True, **kw)


def _puuriit_core() -> list[Case]:
    rng = random.Random(14611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kliendinumber=L(KLIENT, UID),
                                    meiliaadress=L(EMAIL, MAIL)))}
    hla, hlo = fix(TARTU_HOME_AT, 6)
    hla4, hlo4 = fix(TARTU_HOME_AT, 4)
    inv = at_path(case(f, f"{a}/v2/kliendid/{KLIENT}/arved", headers=_h(rng, **b),
                       query={"aasta": "2025"}), KLIENT, UID)
    ol = obj(rng, "rida")
    return [
        case(f, f"{a}/v2/registreeru", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "perenimi": L(LAST, NAMEC), "meiliaadress": L(EMAIL, MAIL),
            "mobiil": L(E164, TEL), "salasona": L(PW, CRED), "synnikuupaev": L(DOB, BIRTH),
            "isikutunnus": L(ISIKUKOOD, NATID), "keel": L("en", DEV)}),
        case(f, f"{a}/v2/sisene", fmt="form", headers=_h(rng), body={
            "meiliaadress": L(EMAIL, MAIL), "salasona": L(PW, CRED), "seade": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/minu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/minu/elukoht", headers=_h(rng, **b), body={
            "tanavaaadress": L(TARTU_HOME["line"], ADDR), "linnaosa": L(TARTU_HOME["area"], COARSE),
            "asula": L(TARTU_HOME["town"], COARSE), "maakond": L(TARTU_HOME["county"], COARSE),
            "sihtnumber": L(TARTU_HOME["zip"], COARSE),
            "asukoht": {"laius": hla, "pikkus": hlo}, "sissesoit": "hoovist, värav kood puudub"}),
        case(f, f"{a}/v2/minu/abikaasa", headers=_h(rng, **b), body={
            "abikaasa_nimi": L(HUSBAND[0], NAMEC), "abikaasa_mobiil": L(HUSBAND[1], TEL),
            "volitus": "vastuvotmine"}),
        case(f, f"{a}/v2/tooted", headers=_h(rng, **b), query={
            "liik": "kask", "pikkus_cm": "30", "ladu": WOODYARD["id"]}),
        case(f, f"{a}/v2/tellimused", headers=_h(rng, **b), body={
            "kliendinumber": L(KLIENT, UID), "tellimus": L(WOOD_ORDER, BUY),
            "read": [{"rida": ol, "toode": "kask_30cm_kuiv", "kogus_rm": 6, "hind": 68.0},
                     {"toode": "lepp_40cm", "kogus_rm": 2, "hind": 61.0}],
            "summa": L(530.0, BUY), "valuuta": "EUR", "ladu": WOODYARD["id"],
            "tarneaadress": L(TARTU_HOME["line"], ADDR)}),
        case(f, f"{a}/v2/maksed", headers=_h(rng, **b), body={
            "tellimus": L(WOOD_ORDER, BUY), "summa": L(530.0, BUY),
            "makseviis": L(opaque(rng, "pm_", 24), PAY), "kontonumber": L(EE_IBAN, PAY),
            "viitenumber": "2025441079"}),
        case(f, f"{a}/v2/tarned/aken", fmt="form", headers=_h(rng, **b), body={
            "tellimus": L(WOOD_ORDER, BUY), "kuupaev": "2025-10-14", "vahemik": "08-12",
            "helista_enne": "1", "mobiil": L(E164, TEL)}),
        case(f, f"{a}/v2/tarned/{WOOD_ORDER}/saabumine", headers=_h(rng, **b), query={
            "laius": L(f"{TARTU_HOME_AT[0]:.5f}", "location.precise"),
            "pikkus": L(f"{TARTU_HOME_AT[1]:.5f}", "location.precise")}),
        case(f, f"{a}/v2/laotaja/broneeri", headers=_h(rng, **b), body={
            "tellimus": L(WOOD_ORDER, BUY), "tunnid": 2, "tunnihind": 18.0,
            "kommentaar": L("Riit kuuri taha, abikaasa Rasmus on kodus",
                            f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/niiskus", headers=_h(rng, **b), body={
            "tellimus": L(WOOD_ORDER, BUY), "mootmised": [17.5, 19.0, 18.2],
            "mooturi_seerianr": "MM-220-5541", "asukoht": {"laius": hla4, "pikkus": hlo4}}),
        multipart(f, f"{a}/v2/tarned/pildid", [
            ("pilt", "riit.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("andmed", None, "application/json", {
                "tellimus": L(WOOD_ORDER, BUY), "kommentaar": L(
                    "Pool koormast on märg ja hallitanud", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/kaebused", headers=_h(rng, **b), body={
            "kliendinumber": L(KLIENT, UID), "teema": "niiskus",
            "kirjeldus": L("Lepp oli märg, palun vahetage 2 ruumi välja", TEXT),
            "tagasiside_mobiil": L(E164, TEL)}),
        case(f, f"{a}/v2/tellimused/sygis", fmt="msgpack", headers=_h(rng, **b), body={
            "kliendinumber": L(KLIENT, UID), "kogus_rm": 8, "kuud": ["09", "10"],
            "summa": L(544.0, BUY), "tarneaadress": L(TARTU_HOME["line"], ADDR)}),
        inv,
        case(f, f"{a}/v2/otsing", headers=_h(rng, **b), query={
            "q": L("kuiv kask Karlova", SEARCH)}),
        case(f, f"{a}/v2/seadmed", headers=_h(rng, **b), body=push(push_token(rng), "et_EE")),
        case(f, f"{a}/v2/syndmused", gz=True, headers=_h(rng, **b), body={
            "kasutaja": L(USER_ID, UID), "syndmused": [
                ev("tellimus_tehtud", 1), ev("makse", 2),
                ev("vaade", 3, vaade=L("Tarned", USAGE))]}),
    ]


def puuriit_sdks() -> list[Case]:
    rng = random.Random(14612)
    return [
        tn_launch(APP, rng, first=True),
        tn_launch(APP, rng, user=True, n=4),
        mc_batch(APP, rng, [("Order Placed", {"rm": 8, "amount": L(530.0, BUY)}),
                            ("Delivery Slot Chosen", {})], at=TARTU_HOME_AT, nd=2,
                 locale="et_EE"),
        mc_identify(APP, rng, {"kliendinumber": L(KLIENT, UID),
                               "maakond": L("Tartumaa", COARSE)}),
        bf_bid(APP, rng, {"id": "1", "banner": {"w": 320, "h": 50}}),
        bf_notice(APP, rng),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "530.00"),
        mm_geocode(APP, rng, "Tähe tn 27, Tartu", ADDR, near=TARTU_HOME_AT, nd=3),
        mm_route(APP, rng, [((WOODYARD["lat"], WOODYARD["lon"]), None),
                            (TARTU_HOME_AT, "location.precise")]),
    ]


def _puuriit_more() -> list[Case]:
    rng = random.Random(14613)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v2/minu/profiil", headers=_h(rng, **b), cookies={
            "pr_olek": W({"kliendinumber": L(KLIENT, UID), "keel": L("et", DEV),
                          "asula": L("Tartu", COARSE)}, "b64json")}),
        case(f, f"{a}/v2/ladud/lahim", headers=_h(rng, **b), query={
            "laius": L(f"{TARTU_HOME_AT[0]:.2f}", COARSE),
            "pikkus": L(f"{TARTU_HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/v2/tagasiside", fmt="form", headers=_h(rng, **b), body={
            "tellimus": L(WOOD_ORDER, BUY), "hinne": "4",
            "kommentaar": L("Autojuht oli viisakas, aga hilines tund aega", TEXT)}),
        case(f, f"{a}/v2/minu/arveldus", headers=_h(rng, **b), body={
            "kontonumber": L(EE_IBAN, PAY), "kontoomanik": L(f"{FIRST} {LAST}", NAMEC),
            "e_arve": True}),
        case(f, f"{a}/v2/valju", fmt="form", headers=_h(rng, **b), body={
            "seade": L(INSTALL_ID, DID), "kogu": "0"}),
    ]


def puuriit() -> list[Case]:
    return [*_puuriit_core(), *_puuriit_more()]
