"""Social-housing application app "Fare Ora" (the territory's housing office; the family applies
for a larger flat so that her mother-in-law can live with them; keys in reo Tahiti with some
French, as the office's developers write them: ``ioa`` / ``ioa_utuafare`` names, ``rata_uira``
e-mail, ``niuniu`` phone, ``parau_huna`` password, ``mahana_fanauraa`` birth date,
``numera_cps`` CPS number, ``aniraa`` application, ``nohoraa`` street line, ``oire`` town,
``utuafare`` household, ``melo`` members, ``tiaraa`` relation, ``ohipa`` job, ``moni_roaa``
income, ``tarahu`` rent, ``piha`` rooms, ``handicap`` disability, ``mai`` illness,
``fare_tere_parahiraa`` wheelchair access, ``parau`` documents, ``fariiraa`` consent, ``imiraa``
search, ``hiti`` visit, ``poroi`` message, ``patoiraa`` appeal): sign-up, log-in, ``/ou``, the
application (household, rent, the son), her mother-in-law added (her disability and illnesses),
documents (a tax notice, her passport scan), the office appointment with her fix, the file by
number in the path, a message to the social worker, wishes (msgpack), the direct-debit account,
the CPS data-sharing consent, a listing search, a listing, a visit, the session by cookie, an
address change (base64 JSON in a form field), an appeal, push, events, log-out."""

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
from eval_families159_kit import (
    FILE,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_DN,
    IBAN,
    MOTHER_IL,
    MY_DN,
    OFFICE,
    SON,
    fix,
    hd,
    matini,
)
from eval_families159_sdk import bm_bid, cm_session, mt_batch, mt_identify, tv_event, tv_launch
from eval_families159_svc import cn_check, hu_attach, mo_geocode, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("fareora", "Fare Ora", "com.example.fareora", "5.1.0", "https://api.fareora.example.net")
IID = "X-FareOra-Install"
PW = "FareOra!Tipaerui9"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
OFFICE_FIX = (-17.535488, -149.564077)  # her phone at the housing office's counter


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def fare() -> list[Case]:
    rng = random.Random(15941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rata_uira=L(EMAIL, MAIL), aniraa=L(FILE, UID),
                                    cps=L(MY_DN, NID)))}
    ola, olo = fix(OFFICE_FIX, 5)
    status = at_path(case(f, f"{a}/v3/aniraa/{FILE}/tiaraa", headers=_h(rng, **b)), FILE, UID)
    return [
        case(f, f"{a}/v3/tapaoraa", headers=_h(rng), body={
            "ioa": L(FIRST, NAMEC), "ioa_utuafare": L(LAST, NAMEC), "rata_uira": L(EMAIL, MAIL),
            "niuniu": L(E164, TEL), "parau_huna": L(PW, CRED), "mahana_fanauraa": L(DOB, BIRTH),
            "numera_cps": L(MY_DN, NID)}),
        case(f, f"{a}/v3/tomo", fmt="form", headers=_h(rng), body={
            "rata_uira": L(EMAIL_UPPER, MAIL), "parau_huna": L(PW, CRED)}),
        case(f, f"{a}/v3/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/aniraa", gz=True, headers=_h(rng, **b), body={
            "aniraa": L(FILE, UID), "nohoraa": L(HOME["line"], ADDR),
            "oire": L(HOME["town"], COARSE), "code_postal": L(HOME["post"], COARSE),
            "tarahu": L(98000, BUY), "piha_i_teie_nei": 2, "piha_hinaaro": 4,
            "utuafare": {"melo": [
                {"ioa": L(HUSBAND[0], NAMEC), "tiaraa": "tane", "numera_cps": L(HUSBAND_DN, NID),
                 "ohipa": "ravaai", "moni_roaa": 215000},
                {"ioa": L(f"{FIRST} {LAST}", NAMEC), "tiaraa": "vahine", "moni_roaa": 60000},
                {"ioa": L(f"{SON['first']} {SON['last']}", NAMEC), "tiaraa": "tamaiti",
                 "mahana_fanauraa": L(SON["dob"], BIRTH), "ira": L("tamaroa", GENDER),
                 "numera_cps": L(SON["dn"], NID)}]}}),
        case(f, f"{a}/v3/aniraa/melo", headers=_h(rng, **b), body={
            "aniraa": L(FILE, UID), "ioa": L(MOTHER_IL[0], NAMEC),
            "mahana_fanauraa": L("1952-02-03", BIRTH), "numera_cps": L(MOTHER_IL[2], NID),
            "tiaraa": "metua_hoovai", "handicap": L("taux 80 %", SENS),
            "mai": [L("mai tihota", MED), L("mafatu paruparu", MED)],
            "fare_tere_parahiraa": L(True, f"{SENS}|{MED}")}),
        multipart(f, f"{a}/v3/parau", [
            ("tute", "avis_impot_2024.pdf", "application/pdf", L(PDF, MEDIA)),
            ("passeport", "passeport.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meta", None, "application/json", {"aniraa": L(FILE, UID), "count": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/farereiraa", headers=_h(rng, **b), body={
            "aniraa": L(FILE, UID), "mahana": "2026-01-08T10:30",
            "vahi": {"lat": ola, "lng": olo},
            "piha_ohipa": {"id": OFFICE["id"], "lat": OFFICE["lat"], "lng": OFFICE["lon"]}}),
        status,
        case(f, f"{a}/v3/poroi", headers=_h(rng, **b), body={
            "ia_tae": "as_tehina",
            "poroi": L(f"Te dialyse a {MOTHER_IL[0]} e toru taime i te hepetoma i Taaone, e "
                       "tia ia matou ia fare i piha'i iho.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/hinaaro", fmt="msgpack", headers=_h(rng, **b), body={
            "aniraa": L(FILE, UID), "oire": ["Pirae", "Arue", "Papeete"], "piha": 4,
            "parahiraa_pereoo": True, "tahua_rahi": False}),
        case(f, f"{a}/v3/tarahu/iban", headers=_h(rng, **b), body={
            "aniraa": L(FILE, UID), "iban": L(IBAN, PAY), "ioa": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v3/fariiraa/cps", fmt="form", headers=_h(rng, **b), body={
            "fariiraa": "true", "numera_cps": L(MY_DN, NID), "aniraa": L(FILE, UID)}),
        case(f, f"{a}/v3/fare/imiraa", headers=_h(rng, **b), query={
            "imiraa": L("F4 Pirae rez-de-chaussee", SEARCH), "piha": "4"}),
        case(f, f"{a}/v3/fare/lg_pir_0419", headers=_h(rng, **b), query={"hohoa": "1"}),
        case(f, f"{a}/v3/fare/lg_pir_0419/hiti", fmt="form", headers=_h(rng, **b), body={
            "mahana": "2026-01-15", "hora": "14:00", "niuniu": L(HUSBAND[1], TEL),
            "aniraa": L(FILE, UID)}),
        case(f, f"{a}/v3/faaararaa", headers=_h(rng, how="none"), cookies={
            "fo_sesi": L(opaque(rng, "", 40), CRED), "fo_install": L(INSTALL_ID, DID),
            "fo_req": rid(rng)}),
        case(f, f"{a}/v3/ou/nohoraa", fmt="form", headers=_h(rng, **b), body={
            "data": W({"nohoraa": L(HOME["line"], ADDR), "oire": L(HOME["town"], COARSE),
                       "code_postal": L(HOME["post"], COARSE), "aniraa": L(FILE, UID)},
                      "b64json"), "v": "1"}),
        case(f, f"{a}/v3/patoiraa", headers=_h(rng, **b), body={
            "aniraa": L(FILE, UID),
            "tumu": L("E piha hoe noa to matou fare, e taoto te tamaiti i pihai iho ia matou",
                      TEXT)}),
        case(f, f"{a}/v3/matini", headers=_h(rng, **b), body=matini(push_token(rng))),
        case(f, f"{a}/v3/tupuraa", headers=_h(rng, **b), body={
            "taata": L(USER_ID, UID), "tupuraa": [
                ev("aniraa_tono", 1), ev("hiti", 2, hiti=L("Parau", USAGE))]}),
        case(f, f"{a}/v3/haere", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "matini": L(INSTALL_ID, DID)}),
    ]


def fare_sdks() -> list[Case]:
    rng = random.Random(15942)
    return [
        mt_batch(APP, rng, [("Application Sent", {"rooms": 4}), ("Document Uploaded", {})]),
        mt_identify(APP, rng, {"oire": L("Papeete", COARSE), "aniraa": L(FILE, UID),
                               "household": 4}),
        tv_launch(APP, rng, first=True),
        tv_event(APP, rng, "application", {"aniraa": L(FILE, UID)}, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="housing,furniture,papeete"),
        cm_session(APP, rng, secs=960),
        cn_check(APP, rng, {"analytics": True}),
        pp_register(APP, rng, tags={"aniraa_tiaraa": "review"}),
        hu_attach(APP, rng, L(PDF, MEDIA), "attestation_cps.pdf", "application/pdf"),
        mo_geocode(APP, rng, HOME["line"] + ", Papeete", ADDR, near=HOME_AT, nd=3),
    ]
