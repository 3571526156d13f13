"""Alp cow-sponsorship app "Vatgetta" (she sponsors the cow Flurina for a summer on Alp
Muntatsch above Scuol: a named bell, a visit, the cheese share, seats at the autumn
``dischalpada`` (the herd's descent); its API's keys are Rumantsch Grischun: ``patruna`` patron
(f.), ``prenum``, ``num``, ``natel``, ``pledclav``, ``adressa``, ``lieu``, ``numer_postal``,
``chantun`` canton, ``vatga`` cow, ``rassa`` breed, ``stagiun`` season, ``patrunadi``
sponsorship, ``brunsina`` bell, ``inscripziun`` engraving, ``summa``, ``pajament``, ``visita``
visit, ``uffants`` children, ``vegliadetgna`` age, ``intoleranzas`` intolerances,
``arrivada`` arrival, ``fotografia`` photo, ``legenda`` caption, ``chaschiel`` cheese,
``empustaziun`` order, ``furniziun`` delivery, ``regal`` gift, ``retschavidra`` recipient (f.),
``certificat``, ``commentari``, ``tschertga``, ``messadi``, ``pastur`` herdsman). Set 164 has a
shepherd's cheese-box subscription with a transhumance walk; here she sponsors one cow for a
season (the bell, the visit, the cow's collar position a negative), the cheese share a side."""

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
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families190_kit import (
    ALP,
    ALP_FIX,
    COW,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    PATRON,
    SISTER_US,
    apparat,
    fix,
    hd,
    obj,
)
from eval_families190_sdk import cr_crash, cr_crumb, mp_batch, mp_identify, mp_pixel, tk_event
from eval_families190_svc import co_card, co_confirm, cs_save, hm_message, mb_route, pz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vatgetta", "Vatgetta", "com.example.vatgetta", "2.4.0",
          "https://api.vatgetta.example.org")
IID = "X-Vatgetta-Apparat"
PW = "Flurina#Alp2026"
SPONSOR = "PT-2026-0419-17"  # her sponsorship of the cow for 2026 (financial.purchase)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def vatgetta() -> list[Case]:
    rng = random.Random(19011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patruna=L(PATRON, UID)))}
    ala, alo = fix(ALP_FIX)
    cert = at_path(case(f, f"{a}/v2/patrunadi/{SPONSOR}/certificat", headers=_h(rng, **b)),
                   SPONSOR, BUY)
    return [
        case(f, f"{a}/v2/patrunas", headers=_h(rng), body={
            "prenum": L(FIRST, NAMEC), "num": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "natel": L(E164, TEL), "pledclav": L(PW, CRED), "adressa": L(HOME["line"], ADDR),
            "lieu": L(HOME["town"], COARSE), "numer_postal": L(HOME["post"], COARSE),
            "patruna": L(PATRON, UID), "newsletter": True}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "vatgetta-android"}),
        case(f, f"{a}/v2/jau", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/vatgas", headers=_h(rng, **b), query={
            "alp": ALP["id"], "rassa": "Braunvieh", "libra": "true"}),
        case(f, f"{a}/v2/patrunadi", headers=_h(rng, **b), body={
            "vatga": COW["id"], "num_vatga": COW["name"], "stagiun": 2026,
            "patrunadi": L(SPONSOR, BUY), "summa": L(380, BUY), "valuta": "CHF",
            "brunsina": {"grondezza": "mesauna",
                         "inscripziun": L(f"{FIRST} {LAST} & {KID}", f"{TEXT}|{NAMEC}")},
            "patruna": L(PATRON, UID)}),
        case(f, f"{a}/v2/pajaments", fmt="form", headers=_h(rng, **b), body={
            "patrunadi": L(SPONSOR, BUY), "summa": L("380.00", BUY), "valuta": "CHF",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "ultimas_quatter": L("4444", PAY)}),
        case(f, f"{a}/v2/vatgas/{COW['id']}/posiziun", headers=_h(rng, **b)),
        case(f, f"{a}/v2/visitas", headers=_h(rng, **b), body={
            "alp": ALP["id"], "data": "2026-07-18", "persunas": 3,
            "uffants": [{"prenum": L(DAUGHTER["first"], NAMEC), "vegliadetgna": L(9, BIRTH)}],
            "tschaina": True, "intoleranzas": [L("lactosa", MED)], "patruna": L(PATRON, UID),
            "visita": obj(rng, "vs")}),
        case(f, f"{a}/v2/visitas/arrivada", headers=_h(rng, **b), body={
            "posiziun": {"latitudo": ala, "longitudo": alo, "exactadad_m": 12},
            "alp": {"id": ALP["id"], "latitudo": ALP["lat"], "longitudo": ALP["lon"]},
            "patruna": L(PATRON, UID)}),
        multipart(f, f"{a}/v2/fotografias", [
            ("fotografia", "flurina.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {
                "vatga": COW["id"],
                "legenda": L("Ursina e Flurina sin l'alp, la brunsina tunna!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/chaschiel/empustaziun", fmt="msgpack", headers=_h(rng, **b), body={
            "patrunadi": L(SPONSOR, BUY), "chaschiel": [{"sort": "chaschiel d'alp", "kg": 4},
                                                       {"sort": "paun da chaschiel", "kg": 1}],
            "furniziun": {"adressa": L(HOME["line"], ADDR), "numer_postal": L(HOME["post"],
                                                                              COARSE)},
            "summa": L(96, BUY)}),
        case(f, f"{a}/v2/dischalpada/plazzas", headers=_h(rng, **b), body={
            "data": "2026-09-19", "persunas": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                                               L(KID, NAMEC)],
            "summa": L(45, BUY), "patruna": L(PATRON, UID)}),
        case(f, f"{a}/v2/regals", headers=_h(rng, **b), body={
            "retschavidra": {"num": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "messadi": L("Laura, questa stad es ti patruna d'ina vatga a Scuol!", TEXT),
            "summa": L(190, BUY), "cupun": opaque(rng, "VG", 8)}),
        cert,
        case(f, f"{a}/v2/commentaris", fmt="form", headers=_h(rng, **b), body={
            "vatga": COW["id"], "valitaziun": "5",
            "commentari": L("Il pastur ans ha mussà co mulscher, fitg bel!", TEXT)}),
        case(f, f"{a}/v2/tschertga", headers=_h(rng, **b), query={
            "q": L("vatga cun corns Alp Muntatsch", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v2/quint", headers=_h(rng, how="none"), cookies={
            "vg_sesiun": L(opaque(rng, "", 40), CRED), "vg_apparat": L(INSTALL_ID, DID),
            "vg_req": rid(rng)}),
        case(f, f"{a}/v2/adressa", headers=_h(rng, **b), body={
            "adressa": L(HOME["line"], ADDR), "lieu": L(HOME["town"], COARSE),
            "numer_postal": L(HOME["post"], COARSE), "chantun": L("GR", COARSE)}),
        case(f, f"{a}/v2/messadis", headers=_h(rng, **b), body={
            "a": "pastur_" + ALP["id"],
            "messadi": L("Mia sora Laura vegn en avust, ella ha il numer +1 555 014 8830.",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/newsletter", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL_MIXED, MAIL), "lingua": "rm", "temas": "alp,chaschiel"}),
        case(f, f"{a}/v2/apparats", headers=_h(rng, **b), body=apparat(push_token(rng))),
        case(f, f"{a}/v2/eveniments", headers=_h(rng, how="none"), cookies={
            "vg_sesiun": L(opaque(rng, "", 40), CRED)}, body={
            "utilisader": L(USER_ID, UID), "eveniments": [
                ev("patrunadi", 1, vatga=COW["id"]), ev("visur", 2, visur=L("MiaVatga", USAGE))]}),
        case(f, f"{a}/v2/sesiun/renovar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparat": L(INSTALL_ID, DID)}),
    ]


def vatgetta_sdks() -> list[Case]:
    rng = random.Random(19012)
    return [
        mp_batch(APP, rng, [("Cow Sponsored", {"total": L(380, BUY)}),
                            ("Alp Visited", {"alp": ALP["id"]})], at=ALP_FIX, nd=2),
        mp_identify(APP, rng, {"lieu": L("Scuol", COARSE), "patruna": L(PATRON, UID),
                               "vatgas": 1}),
        mp_pixel(APP, rng, "Cow Map Opened", {"cow": COW["id"]}),
        tk_event(APP, rng, "sponsorship", {"patrunadi": L(SPONSOR, BUY)}, revenue=380.0,
                 hashed=True),
        cr_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo decode"),
                 [cr_crumb("nav", "MiaVatga -> Fotografias"), cr_crumb("tap", "upload")],
                 screen="FotografiasActivity"),
        pz_register(APP, rng, lang="rm", at=HOME_AT, nd=2, tags={"alp": ALP["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": True}),
        co_card(APP, rng, email=True),
        co_confirm(APP, rng, "380.00"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((ALP["lat"], ALP["lon"]), None)],
                 mode="walking"),
        hm_message(APP, rng, L("Il certificat da patrunadi n'è betg arrivà", TEXT),
                   {"patruna": L(PATRON, UID)}),
    ]
