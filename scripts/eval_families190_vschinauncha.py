"""The commune of Scuol's residents'-office app "Mia Vschinauncha" (arrival registration, church
tax, dog tax, waste sacks, certificates; its API's keys are Rumantsch Grischun: ``abitanta``
resident (f.), ``annunzia_d_arrivada`` arrival registration, ``prenum``, ``num``,
``data_naschientscha``, ``schlattaina`` sex (``dunna`` woman), ``naziunalitad`` nationality,
``numer_avs`` AHV number, ``permiss`` permit, ``passaport``, ``confessiun`` denomination,
``stadi_civil`` civil status, ``consort`` spouse, ``uffants`` children, ``domicil_anteriur``
previous home, ``data_d_entrada`` arrival date, ``attestat`` certificate, ``intent`` purpose,
``chaun`` dog, ``possessura`` owner (f.), ``taglia`` tax, ``taglia_da_baselgia`` church tax,
``baselgia`` church, ``sacs_da_rument`` waste sacks, ``chalender`` calendar, ``parcadi``
parking, ``donn`` damage, ``scola`` school, ``classa`` class, ``enquista`` survey,
``respostas`` answers, ``vegliadetgna`` age band, ``quints`` bills, ``document``). Set 97 has a
move-in, tax-band and bins app; this is a Swiss commune's residents' control (AHV numbers, permit,
denomination for church tax, the child's school enrolment)."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families190_kit import (
    AHV_HER,
    AHV_MEN,
    COMMUNE,
    DAUGHTER,
    DOG,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PASSPORT,
    PERMIT,
    RESIDENT,
    apparat,
    fix,
    hd,
    obj,
)
from eval_families190_sdk import bs_bid, cr_session, mp_batch, mp_queue, tk_launch
from eval_families190_svc import cs_check, fm_eval, hm_attach, mb_geocode, pz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

INSTALL_ID_U = INSTALL_ID.upper()

APP = App("vschinauncha", "Mia Vschinauncha", "com.example.vschinauncha", "3.0.2",
          "https://api.vschinauncha.example.net")
IID = "X-Vschinauncha-Apparat"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SCAN = JPEG + b"\x2b"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, rm=True, **kw)


def vschinauncha() -> list[Case]:
    rng = random.Random(19021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, abitanta=L(RESIDENT, UID), avs=L(AHV_HER, NID)))}
    dla, dlo = fix(HOME_AT, 5)
    dossier = at_path(case(f, f"{a}/api/abitants/{RESIDENT}/dossier", headers=_h(rng, **b)),
                      RESIDENT, UID)
    return [
        case(f, f"{a}/api/abitants/annunzia_d_arrivada", headers=_h(rng), body={
            "prenum": L(FIRST, NAMEC), "num": L(LAST, NAMEC), "data_naschientscha": L(DOB, BIRTH),
            "schlattaina": L("dunna", GENDER), "naziunalitad": "USA",
            "numer_avs": L(AHV_HER, NID), "passaport": L(PASSPORT, NID),
            "permiss": {"tip": "B", "numer": L(PERMIT, NID)},
            "confessiun": L("evangelic-refurmà", SENS), "stadi_civil": "maridada",
            "adressa": L(HOME["line"], ADDR), "numer_postal": L(HOME["post"], COARSE),
            "lieu": L(HOME["town"], COARSE),
            "domicil_anteriur": {"adressa": L(LINE1, ADDR), "lieu": L(CITY, COARSE),
                                 "pajais": L("USA", COARSE)},
            "data_d_entrada": "2025-08-01",
            "consort": {"prenum": L("Men", NAMEC), "num": L("Tschander", NAMEC),
                        "numer_avs": L(AHV_MEN, NID)},
            "uffants": [{"prenum": L(DAUGHTER["first"], NAMEC), "num": L(DAUGHTER["last"], NAMEC),
                         "data_naschientscha": L(DAUGHTER["dob"], BIRTH),
                         "numer_avs": L(DAUGHTER["ahv"], NID)}],
            "email": L(EMAIL, MAIL), "natel": L(E164, TEL), "abitanta": L(RESIDENT, UID)}),
        case(f, f"{a}/api/login/sms", fmt="form", headers=_h(rng), body={
            "natel": L(E164, TEL), "code": L("530871", CRED)}),
        case(f, f"{a}/api/jau", headers=_h(rng, extra=jw)),
        dossier,
        multipart(f, f"{a}/api/documents", [
            ("document", "permiss_b.jpg", "image/jpeg", L(SCAN, f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"tip": "permiss", "abitanta": L(RESIDENT, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/attestats", headers=_h(rng, **b), body={
            "tip": "attestat da domicil", "intent": "banca", "abitanta": L(RESIDENT, UID),
            "summa": L(20, BUY), "copias": 1}),
        case(f, f"{a}/api/pajaments", fmt="form", headers=_h(rng, **b), body={
            "summa": L("20.00", BUY), "valuta": "CHF", "metoda": L(opaque(rng, "pm_", 24), PAY),
            "referenza": L("210000000003139471430009017", BUY)}),
        case(f, f"{a}/api/chauns", headers=_h(rng, **b), body={
            "num_chaun": DOG["name"], "chip": DOG["chip"], "rassa": DOG["breed"],
            "possessura": L(f"{FIRST} {LAST}", NAMEC), "adressa": L(HOME["line"], ADDR),
            "taglia": L(120, BUY), "abitanta": L(RESIDENT, UID)}),
        case(f, f"{a}/api/rument/sacs", fmt="form", headers=_h(rng, **b), body={
            "sacs_da_rument": "35l", "quantitad": "20", "summa": L("42.00", BUY),
            "abitanta": L(RESIDENT, UID)}),
        case(f, f"{a}/api/rument/chalender", headers=_h(rng, **b), query={
            "numer_postal": L(HOME["post"], COARSE), "onn": "2026"}),
        case(f, f"{a}/api/taglia_da_baselgia", headers=_h(rng, **b), body={
            "confessiun": L("evangelic-refurmà", SENS),
            "baselgia": L("Baselgia evangelica Scuol", SENS), "abitanta": L(RESIDENT, UID),
            "exempziun": False, "consort_confessiun": L("evangelic-refurmà", SENS)}),
        case(f, f"{a}/api/parcadi/permiss", headers=_h(rng, **b), body={
            "zona": "Stradun", "placa": "GR 118 204", "adressa": L(HOME["line"], ADDR),
            "summa": L(360, BUY), "abitanta": L(RESIDENT, UID)}),
        multipart(f, f"{a}/api/annunzias/donn", [
            ("fotografia", "lanterna.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {
                "posiziun": {"latitudo": dla, "longitudo": dlo},
                "text": L("La lanterna davant nossa chasa è donnegiada dapi in'emna.", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/avis", headers=_h(rng, **b), query={
            "vschinauncha": COMMUNE["id"], "dapi": "2026-01-01"}),
        case(f, f"{a}/api/scola/annunzia", headers=_h(rng, **b), body={
            "uffant": {"prenum": L(DAUGHTER["first"], NAMEC), "num": L(DAUGHTER["last"], NAMEC),
                       "data_naschientscha": L(DAUGHTER["dob"], BIRTH),
                       "numer_avs": L(DAUGHTER["ahv"], NID)},
            "classa": "3", "lingua_da_scola": "rumantsch", "abitanta": L(RESIDENT, UID)}),
        case(f, f"{a}/api/enquista", gz=True, headers=_h(rng, **b), body={
            "enquista": "servetschs-2026", "respostas": [{"q": 1, "a": 4}, {"q": 2, "a": 3}],
            "vegliadetgna": L("35-44", BIRTH),
            "commentari": L("Pli bleras colliaziuns da bus la saira fissan bunas.", TEXT)}),
        case(f, f"{a}/api/tschertga", headers=_h(rng, **b), query={
            "q": L("uras d'avertura center da rument", SEARCH)}),
        case(f, f"{a}/api/messadis", headers=_h(rng, **b), body={
            "a": "controlla_abitants",
            "messadi": L(f"Mia sira {MOTHER_IL[0]} ({MOTHER_IL[1]}) stat tar nus en favrer, "
                         "sto ella s'annunziar?", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/contact", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "natel": L(E164, TEL),
            "natel_consort": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/quints", headers=_h(rng, how="none"), cookies={
            "vs_sesiun": L(opaque(rng, "", 40), CRED), "vs_apparat": L(INSTALL_ID_U, DID),
            "vs_req": rid(rng)}),
        case(f, f"{a}/api/apparats", headers=_h(rng, **b), body=apparat(push_token(rng))),
        case(f, f"{a}/api/eveniments", headers=_h(rng, **b), body={
            "utilisader": L(USER_ID, UID), "sesiun": rid(rng), "eveniments": [
                ev("attestat_empustà", 1), ev("visur", 2, visur=L("MiasTaglias", USAGE))]}),
    ]


def vschinauncha_sdks() -> list[Case]:
    rng = random.Random(19022)
    return [
        mp_batch(APP, rng, [("Certificate Ordered", {"total": L(20, BUY)}),
                            ("Dog Registered", {})]),
        mp_queue(APP, rng, [("Waste Calendar Opened", {"numer_postal": L("7550", COARSE)}),
                            ("Notice Read", {"id": obj(rng, "av")})]),
        tk_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=388),
        fm_eval(APP, rng, {"vschinauncha": COMMUNE["id"], "lingua": L("rm", DEV)}, hdr=True),
        pz_register(APP, rng, lang="rm", tags={"vschinauncha": COMMUNE["id"],
                                               "numer_postal": L("7550", COARSE)}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, "Stradun 318 Scuol", "contact.address", near=HOME_AT, nd=2),
        hm_attach(APP, rng, L(SCAN, f"{MEDIA}|{NID}"), "permiss_b_dies.jpg", "image/jpeg"),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="gemeinde,engiadina"),
    ]
