"""The canton's civil-protection app "Refugi" (the household's assigned shelter place, alerts by
position, the February siren test, special needs, emergency contacts; its API's keys are
Rumantsch Grischun: ``chasada`` household, ``commembers`` members, ``onn_naschientscha`` birth
year, ``plazza_da_refugi`` shelter place, ``basegns`` needs, ``sanadad`` health,
``medicaments``, ``mobilitad``, ``contacts_d_urgenza`` emergency contacts, ``relaziun``
relation, ``allarms`` alerts, ``abunament`` subscription, ``zonas`` zones, ``posiziun``,
``posiziun_actuala`` current position, ``sirena`` siren, ``udì`` heard, ``kit_d_urgenza``
emergency kit, ``absenza`` absence, ``destinaziun``, ``rapport`` report, ``privel`` hazard,
``cussegl`` advice, ``prenum``, ``num``, ``natel``, ``pledclav``, ``adressa``, ``lieu``,
``numer_postal``, ``tschertga``). No earlier set has a civil-protection or shelter app."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import multipart, raw
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
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families190_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    MOTHER_IL,
    SHELTER,
    SHELTER_FIX,
    SISTER_US,
    apparat,
    fix,
    hd,
    obj,
)
from eval_families190_sdk import bs_bid, bs_notice, cr_session, mp_batch, mp_queue, tk_launch
from eval_families190_svc import (
    co_card,
    co_confirm,
    mb_reverse,
    mb_route,
    mb_telemetry,
    pz_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("refugi", "Refugi", "com.example.refugi", "1.9.0", "https://api.refugi.example.org")
IID = "X-Refugi-Device"
PW = "Sirena-Feb2026!"
SLIDE_AT = (46.803115, 10.312688)  # her fix where she saw the small landslide (precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def refugi() -> list[Case]:
    rng = random.Random(19031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chasada=L(HOUSEHOLD, UID)))}
    sla, slo = fix(SHELTER_FIX)
    xla, xlo = fix(SLIDE_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, 1770800000),
               (3, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 15.0)]),
               (4, L(81, DEV)), (5, "1.9.0")], "", lab)
    place = at_path(case(f, f"{a}/v1/chasadas/{HOUSEHOLD}/plazza_da_refugi",
                         headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/registraziun", headers=_h(rng), body={
            "prenum": L(FIRST, NAMEC), "num": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "natel": L(E164, TEL), "pledclav": L(PW, CRED), "adressa": L(HOME["line"], ADDR),
            "lieu": L(HOME["town"], COARSE), "numer_postal": L(HOME["post"], COARSE),
            "lingua": L("en", DEV)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "pledclav": L(PW, CRED), "apparat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/jau", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/chasadas", headers=_h(rng, **b), body={
            "chasada": L(HOUSEHOLD, UID), "adressa": L(HOME["line"], ADDR), "commembers": [
                {"num": L(f"{FIRST} {LAST}", NAMEC), "onn_naschientscha": L(1991, BIRTH)},
                {"num": L(HUSBAND[0], NAMEC), "onn_naschientscha": L(1988, BIRTH)},
                {"num": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "onn_naschientscha": L(2017, BIRTH)}], "animals": 1}),
        place,
        case(f, f"{a}/v1/basegns", headers=_h(rng, **b), body={
            "chasada": L(HOUSEHOLD, UID),
            "sanadad": [L("vertigo (neuritis vestibulara), stgalas mo cun il maun-current", MED),
                        L("uffant cun asma", MED)],
            "medicaments": [L("betahistin 24 mg", MED), L("salbutamol spray", MED)],
            "mobilitad": L("na sulet en il stgalim dal refugi", MED), "oxigen": False}),
        case(f, f"{a}/v1/contacts_d_urgenza", headers=_h(rng, **b), body={
            "chasada": L(HOUSEHOLD, UID), "contacts": [
                {"num": L(MOTHER_IL[0], NAMEC), "natel": L(MOTHER_IL[1], TEL), "relaziun": "sira"},
                {"num": L(SISTER_US[0], NAMEC), "natel": L(SISTER_US[1], TEL),
                 "relaziun": "sora"}]}),
        case(f, f"{a}/v1/allarms/abunament", headers=_h(rng, **b), body={
            "zonas": [L(HOME["post"], COARSE), L("7000", COARSE)],
            "posiziun_actuala": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                                 "lng": L(round(HOME_AT[1], 5), PRECISE)},
            "lingua": L("rm", DEV), "privels": ["lavina", "auazun", "incendi"]}),
        raw(f, f"{a}/v1/allarms/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sirena/test", fmt="form", headers=_h(rng, **b), body={
            "udì": "true", "lat": L(f"{HOME_AT[0]:.4f}", PRECISE),
            "lng": L(f"{HOME_AT[1]:.4f}", PRECISE), "volum": "fleivel",
            "commentari": L("Stradun: la sirena era fitg fleivla sper la fanestra", TEXT)}),
        case(f, f"{a}/v1/kit_d_urgenza", headers=_h(rng, **b), body={
            "artitgels": [{"id": "kit_fam_4", "dumber": 1}], "summa": L(89, BUY),
            "furniziun": {"num": L(f"{FIRST} {LAST}", NAMEC), "adressa": L(HOME["line"], ADDR),
                          "numer_postal": L(HOME["post"], COARSE)}}),
        case(f, f"{a}/v1/pajaments", fmt="form", headers=_h(rng, **b), body={
            "summa": L("89.00", BUY), "valuta": "CHF", "metoda": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/refugi/visita", headers=_h(rng, **b), body={
            "refugi": SHELTER["id"], "posiziun": {"lat": sla, "lng": slo},
            "refugi_posiziun": {"lat": SHELTER["lat"], "lng": SHELTER["lon"]},
            "di_avert": "2026-05-09", "visita": obj(rng, "vi")}),
        case(f, f"{a}/v1/refugis", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radius_m": "1500"}),
        case(f, f"{a}/v1/absenza", headers=_h(rng, **b), body={
            "chasada": L(HOUSEHOLD, UID), "da": "2026-06-28", "fin": "2026-07-19",
            "destinaziun": L("Portland, Oregon", COARSE), "natel": L(E164, TEL)}),
        multipart(f, f"{a}/v1/rapports", [
            ("fotografia", "rufa.jpg", "image/jpeg", L(JPEG + b"\x5d", MEDIA)),
            ("meta", None, "application/json", {
                "privel": "rufa", "posiziun": {"lat": xla, "lng": xlo},
                "text": L("Ina pitschna rufa sur la via da Ftan, crappa sin la via.", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/cussegl", headers=_h(rng, **b), body={
            "messadi": L("Mia figlia Ursina ha asma, tge duain nus metter en il kit d'urgenza?",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/tschertga", headers=_h(rng, **b), query={
            "q": L("refugi senza stgalas Scuol", SEARCH)}),
        case(f, f"{a}/v1/allarms", headers=_h(rng, how="none"), cookies={
            "rf_sesiun": L(opaque(rng, "", 40), CRED), "rf_apparat": L(INSTALL_ID, DID),
            "rf_req": rid(rng)}),
        case(f, f"{a}/v1/apparats", headers=_h(rng, **b), body=apparat(push_token(rng))),
        case(f, f"{a}/v1/eveniments", gz=True, headers=_h(rng, **b), body={
            "utilisader": L(USER_ID, UID), "eveniments": [
                ev("sirena_test", 1), ev("visur", 2, visur=L("MiaPlazza", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparat": L(INSTALL_ID, DID)}),
    ]


def refugi_sdks() -> list[Case]:
    rng = random.Random(19032)
    return [
        mp_batch(APP, rng, [("Siren Test Answered", {"heard": True}),
                            ("Shelter Viewed", {"shelter": SHELTER["id"]})],
                 at=HOME_AT, nd=3, locale="rm_CH"),
        mp_queue(APP, rng, [("Alert Opened", {"hazard": "lavina"}), ("Kit Ordered", {})]),
        tk_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="safety,alps"),
        bs_notice(APP, rng, "imp"),
        cr_session(APP, rng, secs=241),
        pz_register(APP, rng, at=HOME_AT, nd=2, tags={"zona": L("7550", COARSE),
                                                      "lingua": L("rm", DEV)}),
        co_card(APP, rng),
        co_confirm(APP, rng, "89.00"),
        mb_reverse(APP, rng, SLIDE_AT, PRECISE, nd=5),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((SHELTER["lat"], SHELTER["lon"]), None)],
                 mode="walking"),
        mb_telemetry(APP, rng, [HOME_AT, SHELTER_FIX], PRECISE),
    ]
