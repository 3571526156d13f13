"""Seasonal malaria chemoprevention card "Biig Koglgo" (biiga "child", koglgo "protection"; the
parent's copy of a district campaign's SMC card: four monthly cycles of three days' tablets in
the rainy season for children under five; Awa, 4, is the data subject; the user is her mother).
Moore keys with English: ``yuure`` first name, ``sondre`` family name, ``rogem_daare`` birth
date, ``poaka_rao`` sex (``bipuglga`` girl), ``acte`` birth-certificate entry, ``biiga`` child,
``kamba`` children, ``ma`` mother, ``yaaba`` grandmother, ``telefon`` phone, ``zaka`` home,
``saka`` quarter, ``tenga`` town, ``kart`` card, ``tiim`` medicine, ``daare`` day, ``kiuugu``
month, ``tuuli`` vomiting, ``tulgo`` temperature (lit. heat), ``kilo`` weight, ``taille``
height, ``laafi`` health, ``koeega`` message, ``baoobo`` search, ``soaba`` user, ``yela``
events: an OAuth password grant, ``/maam`` with a ``kamba`` claim, Awa's registration, the cycles
by card number in the path, the first day's dose given by the community health worker, the
home-visit fix, days two and three (form), a side effect, a photo of the paper card, a rapid
test at the health centre, reminders, an offline dose queue (msgpack), growth measures, a
message to the health worker, a health-centre search, the card by cookie, the campaign consent,
vaccinations, her grandmother as second caregiver, push and events. Set 121 has a bed-net
distribution registry and set 107 a rapid-test reporter; no set has seasonal chemoprevention
("chemoprev" found nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families167_kit import (
    CSPS,
    DAUGHTER,
    HOME,
    HOME_AT,
    LOCAL,
    MOTHER_IL,
    SMC_CARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families167_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families167_svc import cy_save, fn_eval, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("biigkoglgo", "Biig Koglgo", "com.example.biigkoglgo", "1.3.5",
          "https://api.biigkoglgo.example.org")
IID = "X-BK-Device"
PW = "Awa2021!Koglgo"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def biigkoglgo() -> list[Case]:
    rng = random.Random(16731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    c = L(SMC_CARD, UID)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kamba=[L(SMC_CARD, UID)],
                                    role="parent"))}
    hla, hlo = fix(HOME_AT, 5)
    cycles = at_path(case(f, f"{a}/v1/kamba/{SMC_CARD}/cycles", headers=_h(rng, **b),
                          query={"campagne": "2026"}), SMC_CARD, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "biigkoglgo-parent"}),
        case(f, f"{a}/v1/maam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kamba", headers=_h(rng, **b), body={
            "biiga": {"yuure": L(DAUGHTER["first"], NAMEC), "sondre": L(DAUGHTER["last"], NAMEC),
                      "rogem_daare": L(DAUGHTER["dob"], BIRTH),
                      "poaka_rao": L("bipuglga", GENDER), "acte": L(DAUGHTER["acte"], NID)},
            "kart": c, "ma": {"yuure": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(LOCAL, TEL)},
            "zaka": L(HOME["line"], ADDR), "saka": L(HOME["area"], COARSE),
            "district": L("District sanitaire de Baskuy", COARSE)}),
        cycles,
        case(f, f"{a}/v1/doses", headers=_h(rng, **b), body={
            "kart": c, "cycle": 1, "daare": 1, "tiim": L("SPAQ 150/12.5 mg", MED),
            "prise_observee": L(True, MED), "agent": "asc_0931", "kilo": L(15.2, FIT),
            "tulgo": L(36.8, MED)}),
        case(f, f"{a}/v1/visites", headers=_h(rng, **b), body={
            "kart": c, "visite": obj(rng, "vs"), "at": {"lat": hla, "lng": hlo, "acc": 14},
            "menage": "men_baskuy_0417"}),
        case(f, f"{a}/v1/doses/suivi", fmt="form", headers=_h(rng, **b), body={
            "kart": L(SMC_CARD, UID), "cycle": "1", "daare": "2", "prise": L("oui", MED),
            "tuuli": L("non", MED)}),
        case(f, f"{a}/v1/doses/suivi", fmt="form", headers=_h(rng, **b), body={
            "kart": L(SMC_CARD, UID), "cycle": "1", "daare": "3", "prise": L("oui", MED),
            "tuuli": L("oui", MED)}),
        case(f, f"{a}/v1/effets", headers=_h(rng, **b), body={
            "kart": c, "cycle": 1,
            "koeega": L("Awa a vomi apres la deuxieme dose et a des boutons sur les bras",
                        f"{TEXT}|{MED}|{NAMEC}"),
            "gravite": L("leger", MED)}),
        multipart(f, f"{a}/v1/kart/foto", [
            ("foto", "carte_cps.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {"kart": c, "cycle": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tdr", headers=_h(rng, **b), body={
            "kart": c, "csps": CSPS["id"], "resultat": L("negatif", MED),
            "tulgo": L(38.1, MED), "tiim": [L("paracetamol", MED)]}),
        case(f, f"{a}/v1/rappels", headers=_h(rng, **b), query={
            "kart": L(SMC_CARD, UID), "kiuugu": "2026-08"}),
        case(f, f"{a}/v1/doses/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "doses": [
                {"kart": c, "cycle": 2, "daare": i, "tiim": L("SPAQ", MED),
                 "t": 1783900800 + 86400 * i} for i in (1, 2, 3)]}),
        case(f, f"{a}/v1/croissance", headers=_h(rng, **b), body={
            "kart": c, "kilo": L(15.4, FIT), "taille": L(101, FIT), "pb_mm": L(148, FIT),
            "daare": "2026-08-12"}),
        case(f, f"{a}/v1/koeega", headers=_h(rng, **b), body={
            "reegda": "asc_0931",
            "koeega": L("We travel to Koudougou for cycle 3, can she take it there?", TEXT)}),
        case(f, f"{a}/v1/baoobo", headers=_h(rng, **b), query={
            "baoobo": L("CSPS ouvert dimanche Koudougou", SEARCH), "rayon": "5"}),
        case(f, f"{a}/v1/kart/latest", headers=_h(rng, how="none"), cookies={
            "bk_sid": L(opaque(rng, "", 40), CRED), "bk_dev": L(INSTALL_ID, DID),
            "bk_req": rid(rng)}),
        case(f, f"{a}/v1/consentement", fmt="form", headers=_h(rng, **b), body={
            "kart": L(SMC_CARD, UID), "campagne": "cps_2026", "accord": "oui",
            "signe_par": L(f"{FIRST} {LAST}", NAMEC), "lien": "mere"}),
        case(f, f"{a}/v1/vaccins", headers=_h(rng, **b), body={
            "kart": c, "vaccins": {"RR2": L("2023-02-10", MED), "VPI": L("2021-11-15", MED),
                                   "paludisme_R21": L("2024-09-03", MED)}}),
        case(f, f"{a}/v1/gardiens", headers=_h(rng, **b), body={
            "kart": c, "yaaba": {"yuure": L(MOTHER_IL[0], NAMEC),
                                 "telefon": L(MOTHER_IL[1], TEL),
                                 "tenga": L("Koudougou", COARSE)}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/yela", gz=True, headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "yela": [
                ev("dose_logged", 1), ev("screen", 2, screen=L("Carnet", USAGE))]}),
        case(f, f"{a}/oauth/revoke", fmt="form", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "rt_", 48), CRED), "token_type_hint": "refresh_token"}),
    ]


def biigkoglgo_sdks() -> list[Case]:
    rng = random.Random(16732)
    return [
        mc_batch(APP, rng, [("Dose Logged", {"cycle": 1}), ("Card Photo", {})],
                 at=HOME_AT, nd=2),
        mc_identify(APP, rng, {"role": "parent", "kamba": 1, "tenga": L("Ouagadougou", COARSE)}),
        tn_launch(APP, rng),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "cycle row"),
                 [cd_crumb("nav", "Carnet -> Cycle")], screen="CycleActivity"),
        fn_eval(APP, rng, {"district": L("Baskuy", COARSE), "campagne": "cps_2026"}),
        pt_register(APP, rng, tags={"campagne": "cps_2026"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        hs_message(APP, rng, L(f"The card for {KID} shows cycle 1 as missed", f"{TEXT}|{NAMEC}"),
                   {"kart": L(SMC_CARD, UID)}),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
