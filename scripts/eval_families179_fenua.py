"""Reclaimed-land plot allocation app "Fenua Fou" (a fictional government programme: families
whose houses flood at king tides apply for a plot on the new reclaimed land at Fongafale). Its
API's keys are Tuvaluan: ``igoa`` first name, ``igoa_kaiga`` family name, ``imeli`` e-mail,
``telefoni`` phone, ``upu_huna`` password (lit. "hidden word"), ``aso_fanau`` birth date,
``tuatusi`` address, ``motu`` islet, ``fenua`` island, ``talosaga`` application, ``kaiga``
family / household, ``tupuga`` origin (descent), ``tausaga`` age, ``itulagi`` sex, ``masaki``
illness / condition, ``manakoga`` needs, ``fale_nei`` present house, ``ata`` photo,
``fakamatalaga`` description, ``tai`` tide, ``maualuga`` height, ``filifiliga`` choice,
``fakatoka`` appointment, ``tupe`` amount, ``totogi`` payment, ``fekau`` message, ``sala``
search, ``koga`` place, ``fakamaoni`` confirm, ``kode`` code: sign-up, log-in, ``/au``, the
household's application (her husband's descent, the aunt's wheelchair, the child), a king-tide
photo in the house, a tide mark with her fix, the plots, her choice, her residence permit scan,
access needs, an inspection slot, an SMS code, the status by application number in the path, a
meeting RSVP, a search, a message to the officer, the fee, push, events, a receipt by cookie and a
log-out. Earlier sets have flood alerts (79, 107), a landslide watch and cyclone shelters; none an
application for a plot of reclaimed land."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families179_kit import (
    APPLICATION,
    AUNT,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    PLOTS,
    RECLAIM,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families179_sdk import (
    bl_bid,
    bl_notice,
    ck_crash,
    ck_crumb,
    me_batch,
    me_identify,
    tk_event,
    tk_launch,
)
from eval_families179_svc import ca_save, hf_message, ma_reverse, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("fenuafou", "Fenua Fou", "com.example.fenuafou", "1.3.0",
          "https://api.fenuafou.example.org")
IID = "X-FenuaFou-Masini"
PW = "Alapi!Tai2026"
NID = "personal.national_id"
AUNT_NEED = f"{MED}|{SENS}"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tvl=True, **kw)


def fenuafou() -> list[Case]:
    rng = random.Random(17901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), talosaga=L(APPLICATION, UID)))}
    hla, hlo = fix(HOME_AT, 5)
    status = at_path(case(f, f"{a}/api/v1/talosaga/{APPLICATION}/tulaga", headers=_h(rng, **b)),
                     APPLICATION, UID)
    return [
        case(f, f"{a}/api/v1/lesitala", headers=_h(rng), body={
            "igoa": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "upu_huna": L(PW, CRED), "aso_fanau": L(DOB, BIRTH),
            "numela_pemita": L(RESIDENCE, NID), "tuatusi": L(HOME["line"], ADDR),
            "motu": L(HOME["islet"], COARSE), "fenua": L(HOME["atoll"], COARSE),
            "avaga": {"igoa": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/ulu", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL_UPPER, MAIL), "upu_huna": L(PW, CRED), "manatua": "1"}),
        case(f, f"{a}/api/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/talosaga", headers=_h(rng, **b), body={
            "talosaga": L(APPLICATION, UID), "fale_nei": {
                "tuatusi": L(HOME["line"], ADDR), "motu": L(HOME["islet"], COARSE),
                "lat": hla, "lon": hlo, "ulu_vai_i_te_tausaga": 6},
            "kaiga": [
                {"igoa": L(f"{FIRST} {LAST}", NAMEC), "tausaga": L(34, BIRTH),
                 "galuega": "faiakoga"},
                {"igoa": L(HUSBAND[0], NAMEC), "tupuga": L("Nukufetau", SENS),
                 "tino_Tuvalu": L(True, SENS), "galuega": "seila"},
                {"igoa": L(KID, NAMEC), "aso_fanau": L(DAUGHTER["dob"], BIRTH),
                 "itulagi": L(DAUGHTER["sex"], GENDER)},
                {"igoa": L(AUNT[0], NAMEC), "tausaga": L(AUNT[1], BIRTH),
                 "masaki": L("e nofo i te saea tafiga", AUNT_NEED)}],
            "tino_katoa": 4}),
        multipart(f, f"{a}/api/v1/talosaga/ata", [
            ("ata", "tai_lasi_fale.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {
                "talosaga": L(APPLICATION, UID), "aso": "2026-02-18",
                "fakamatalaga": L("Te tai lasi ne ulu mai ki loto i te fale, 30 cm i te potu "
                                  "moe o Losaline", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tai/fakailoa", headers=_h(rng, **b), body={
            "koga": {"lat": hla, "lon": hlo, "sao": 6}, "maualuga_cm": 34,
            "aso": "2026-02-18T17:42", "talosaga": L(APPLICATION, UID)}),
        case(f, f"{a}/api/v1/fanua", headers=_h(rng, **b), query={
            "tulaga": "B", "tino": "4", "talosaga": L(APPLICATION, UID)}),
        case(f, f"{a}/api/v1/filifiliga", headers=_h(rng, **b), body={
            "talosaga": L(APPLICATION, UID), "koga_galuega": RECLAIM["id"],
            "filifiliga": [{"fanua": p, "lat": la, "lon": lo, "tulaga": i + 1}
                           for i, (p, la, lo) in enumerate(PLOTS)]}),
        multipart(f, f"{a}/api/v1/tusi", [
            ("tusi", "pemita.jpg", "image/jpeg", L(JPEG + b"\x18", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"talosaga": L(APPLICATION, UID),
                                                "ituaiga": "residence_permit",
                                                "numela": L(RESIDENCE, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/manakoga", headers=_h(rng, **b), body={
            "talosaga": L(APPLICATION, UID), "tino": L(AUNT[0], NAMEC),
            "manakoga": L("ala mo te saea tafiga, faleuila lautele", AUNT_NEED),
            "fesoasoani_tafiga": L(True, AUNT_NEED)}),
        case(f, f"{a}/api/v1/fakatoka", fmt="form", headers=_h(rng, **b), body={
            "talosaga": L(APPLICATION, UID), "aso": "2026-03-04", "taimi": "10:00",
            "telefoni": L(NATIONAL, TEL), "tagata_kilokilo": "off_ls04"}),
        case(f, f"{a}/api/v1/fakamaoni", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("551907", CRED)}),
        status,
        case(f, f"{a}/api/v1/fono/rsvp", headers=_h(rng, **b), body={
            "fono": "fn_2026_03_fgf", "tino": 2, "talosaga": L(APPLICATION, UID),
            "fekau": L("Ka olo mai maua mo toku avaga", TEXT)}),
        case(f, f"{a}/api/v1/sala", headers=_h(rng, **b), query={
            "sala": L("fanua mo kaiga e isi se tino masaki", SEARCH), "itulau": "1"}),
        case(f, f"{a}/api/v1/fekau", headers=_h(rng, **b), body={
            "ki": "off_ls04",
            "fekau": L(f"Talofa, ko taku avaga ko {HUSBAND[0]} e i te vaka, tena telefoni "
                       f"{HUSBAND[1]}", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/totogi", fmt="form", headers=_h(rng, **b), body={
            "talosaga": L(APPLICATION, UID), "tupe": L("25.00", BUY), "tupe_ituaiga": "AUD",
            "metotia": L(opaque(rng, "pm_", 24), "financial.payment"),
            "kati_fakaoti": L("4444", PAY)}),
        case(f, f"{a}/api/v1/masini", headers=_h(rng, **b), body=push(push_token(rng),
                                                                       "tvl_TV")),
        case(f, f"{a}/api/v1/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "tino": L(USER_ID, UID), "mea_tutupu": [
                ev("talosaga_sent", 1), ev("ata_uploaded", 2),
                ev("screen", 3, screen=L("FanuaMap", USAGE))]}),
        case(f, f"{a}/api/v1/tusi/fakamaoniga", headers=_h(rng, how="none"), cookies={
            "ff_sesi": L(opaque(rng, "", 40), CRED), "ff_masini": L(INSTALL_ID, DID),
            "ff_req": rid(rng)}),
        case(f, f"{a}/api/v1/kilokilo", headers=_h(rng, **b), query={
            "koga_galuega": RECLAIM["id"], "lat": f"{RECLAIM['lat']:.5f}",
            "lon": f"{RECLAIM['lon']:.5f}", "check": obj(rng, "vw")}),
        case(f, f"{a}/api/v1/fakaoti", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def fenuafou_sdks() -> list[Case]:
    rng = random.Random(17902)
    return [
        me_batch(APP, rng, [("Application Sent", {"household": 4}),
                            ("Tide Reported", {"height_cm": 34})], at=HOME_AT, nd=2,
                 locale="tvl_TV"),
        me_identify(APP, rng, {"motu": L("Fongafale", COARSE),
                               "talosaga": L(APPLICATION, UID), "household": 4}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "application", {"talosaga": L(APPLICATION, UID)}, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="housing,tuvalu,building"),
        bl_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo resize"),
                 [ck_crumb("nav", "Talosaga -> Ata"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/api/v1/talosaga/ata",
                                           "status": 500})], screen="AtaActivity"),
        pf_register(APP, rng, lang="tvl", at=HOME_AT, nd=3,
                    tags={"motu": L("Fongafale", COARSE), "tulaga": "B"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        ma_reverse(APP, rng, HOME_AT, "location.precise", nd=5),
        ma_reverse(APP, rng, (PLOTS[0][1], PLOTS[0][2]), None, nd=5),
        hf_message(APP, rng, L(f"Talosaga {APPLICATION}: ne seai ne fekau mai i te masina "
                               "tenei", f"{TEXT}|{UID}"), {"talosaga": L(APPLICATION, UID)}),
    ]
