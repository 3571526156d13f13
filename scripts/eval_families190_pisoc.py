"""A youth alpine ski-racing club's parent app "Pisoc" (Ursina races slalom and giant slalom in
the U10 group; its API's keys are Rumantsch Grischun: ``genitura`` parent, ``uffant`` child,
``curridra`` racer (f.), ``licenza`` racer licence, ``commembranza`` membership, ``cursa``
race, ``categoria`` age group, ``annunzia`` entry, ``numer_da_start`` bib, ``certificat_medical``
medical certificate, ``resultat`` finding, ``sanadad`` health, ``allergias``, ``asma``,
``gruppa_sanguina`` blood group, ``contact_d_urgenza``, ``transport``, ``fermada`` stop,
``arrivada`` finish area, ``manchas`` runs, ``temp`` time, ``fotografia``, ``legenda``,
``trenader`` coach, ``material`` equipment, ``renta`` rental, ``autezza`` height, ``paisa``
weight, ``voluntaris`` volunteers, ``consentiment``, ``publitgar`` publish, ``calender``).
Set 184 has an adult cross-country ski marathon and set 40 a ski resort's lift-pass app; this
is a children's racing club run by parents (the child is the data subject)."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families190_kit import (
    DAUGHTER,
    HOME,
    HUSBAND,
    MOTHER_IL,
    RACE_FIX,
    RACER,
    SKILIFT,
    apparat,
    fix,
    hd,
    obj,
)
from eval_families190_sdk import bs_bid, cr_crash, cr_crumb, mp_batch, mp_identify, tk_launch
from eval_families190_svc import co_card, co_confirm, cs_save, fm_eval, hm_message, pz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pisoc", "Pisoc", "com.example.pisoc", "4.1.3", "https://api.pisoc.example.org")
IID = "X-Pisoc-Device"
PW = "Slalom!Ursina17"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))
RACE = "cs_sent_gs_0125"  # a club race (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, rm=True, **kw)


def pisoc() -> list[Case]:
    rng = random.Random(19051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), uffants=[L(RACER, UID)],
                                    rolla="genitura"))}
    rla, rlo = fix(RACE_FIX)
    res = at_path(case(f, f"{a}/api/v2/curridras/{RACER}/resultats", headers=_h(rng, **b),
                       query={"stagiun": "2025-26"}), RACER, UID)
    return [
        case(f, f"{a}/api/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "pisoc-genituras"}),
        case(f, f"{a}/api/v2/jau", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/commembranza", headers=_h(rng, **b), body={
            "genitura": {"prenum": L(FIRST, NAMEC), "num": L(LAST, NAMEC),
                         "email": L(EMAIL, MAIL), "natel": L("+15550100199", TEL)},
            "uffant": {"prenum": L(DAUGHTER["first"], NAMEC), "num": L(DAUGHTER["last"], NAMEC),
                       "data_naschientscha": L(DAUGHTER["dob"], BIRTH),
                       "schlattaina": L(DAUGHTER["sex"], GENDER),
                       "numer_avs": L(DAUGHTER["ahv"], NID)},
            "adressa": L(HOME["line"], ADDR), "lieu": L(HOME["town"], COARSE),
            "licenza": L(RACER, UID), "summa": L(180, BUY)}),
        res,
        case(f, f"{a}/api/v2/cursas", headers=_h(rng, **b), query={
            "categoria": L("U10", BIRTH), "stagiun": "2025-26", "regiun": "engiadina"}),
        case(f, f"{a}/api/v2/cursas/{RACE}/annunzia", headers=_h(rng, **b), body={
            "licenza": L(RACER, UID), "categoria": L("U10", BIRTH), "disciplina": "GS",
            "summa": L(25, BUY), "annunzia": obj(rng, "an")}),
        case(f, f"{a}/api/v2/pajaments", fmt="form", headers=_h(rng, **b), body={
            "summa": L("25.00", BUY), "valuta": "CHF", "metoda": L(opaque(rng, "pm_", 24), PAY),
            "ultimas_quatter": L("4444", PAY)}),
        multipart(f, f"{a}/api/v2/certificat_medical", [
            ("certificat", "certificat_ursina.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"licenza": L(RACER, UID),
                                                "resultat": L("abla per cursas", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/sanadad", gz=True, headers=_h(rng, **b), body={
            "licenza": L(RACER, UID), "uffant": L(KID, NAMEC),
            "allergias": [L("nuschs", MED)], "asma": L(True, MED),
            "medicaments": [L("salbutamol spray avant la cursa", MED)],
            "gruppa_sanguina": L("0+", MED),
            "contact_d_urgenza": {"num": L(HUSBAND[0], NAMEC), "natel": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v2/temps", fmt="msgpack", headers=_h(rng, **b), body={
            "licenza": L(RACER, UID), "cursa": RACE, "numer_da_start": 31,
            "manchas": [{"mancha": 1, "temp": 48.31}, {"mancha": 2, "temp": 47.92}],
            "genitura": L(USER_ID, UID)}),
        case(f, f"{a}/api/v2/transport", headers=_h(rng, **b), body={
            "cursa": RACE, "uffant": L(KID, NAMEC), "fermada": "Scuol staziun",
            "natel_genitura": L("+15550100199", TEL), "plazzas": 1}),
        case(f, f"{a}/api/v2/arrivada", headers=_h(rng, **b), body={
            "cursa": RACE, "posiziun": {"lat": rla, "lng": rlo, "exactadad": 6},
            "start": {"id": SKILIFT["id"], "lat": SKILIFT["lat"], "lng": SKILIFT["lon"]}}),
        multipart(f, f"{a}/api/v2/fotografias", [
            ("fotografia", "ursina_gs.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {
                "cursa": RACE, "legenda": L(f"{KID} a la porta 12, 3. plazza!",
                                            f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/messadis", headers=_h(rng, **b), body={
            "a": "trenader_u10",
            "messadi": L("Ursina ha mal il schanugl dretg dapi il trenament da mesemna, ella "
                         "vegn mo a la cursa.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v2/material/renta", fmt="form", headers=_h(rng, **b), body={
            "licenza": L(RACER, UID), "skis_cm": "120", "autezza_cm": L("131", FIT),
            "paisa_kg": L("27", FIT), "summa": L("60.00", BUY)}),
        case(f, f"{a}/api/v2/tschertga", headers=_h(rng, **b), query={
            "q": L("curs da slalom U10 Sent favrer", SEARCH)}),
        case(f, f"{a}/api/v2/voluntaris", headers=_h(rng, **b), body={
            "cursa": RACE, "num": L(MOTHER_IL[0], NAMEC), "natel": L(MOTHER_IL[1], TEL),
            "incumbensa": "controlla da portas"}),
        case(f, f"{a}/api/v2/consentiment", fmt="form", headers=_h(rng, **b), body={
            "licenza": L(RACER, UID), "publitgar_fotografias": "na",
            "publitgar_resultats": "gea"}),
        case(f, f"{a}/api/v2/calender", headers=_h(rng, how="none"), cookies={
            "ps_sesiun": L(opaque(rng, "", 40), CRED), "ps_apparat": L(INSTALL_ID, DID),
            "ps_req": rid(rng)}),
        case(f, f"{a}/api/v2/apparats", headers=_h(rng, **b), body=apparat(push_token(rng))),
        case(f, f"{a}/api/v2/eveniments", gz=True, headers=_h(rng, **b), body={
            "utilisader": L(USER_ID, UID), "eveniments": [
                ev("annunzia_cursa", 1, cursa=RACE), ev("visur", 2, visur=L("Resultats", USAGE))]}),
    ]


def pisoc_sdks() -> list[Case]:
    rng = random.Random(19052)
    return [
        mp_batch(APP, rng, [("Race Entered", {"fee": L(25, BUY)}),
                            ("Results Viewed", {"race": RACE})], at=RACE_FIX, nd=2),
        mp_identify(APP, rng, {"rolla": "genitura", "uffants": 1, "lieu": L("Scuol", COARSE)}),
        tk_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="ski,kids,helmets"),
        cr_crash(APP, rng, ("java.lang.NullPointerException", "results row"),
                 [cr_crumb("nav", "Cursas -> Resultats")], screen="ResultatsActivity"),
        fm_eval(APP, rng, {"club": "ssc_pisoc", "uffants": 1}),
        pz_register(APP, rng, lang="rm", tags={"categoria": L("U10", BIRTH)}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        co_card(APP, rng),
        co_confirm(APP, rng, "25.00"),
        hm_message(APP, rng, L(f"La licenza da {KID} mussa anc la stagiun veglia",
                               f"{TEXT}|{NAMEC}"), {"licenza": L(RACER, UID)}),
    ]
