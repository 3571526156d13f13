"""Radiotherapy centre patient app "Raghju" (``raghju``: ray; a Bastia centre where she has five
weeks of radiotherapy after breast-cancer surgery). Its API's keys are Corsican: ``nome`` first
name, ``casata`` surname, ``telefunu`` phone, ``parolla_secreta`` password, ``data_di_nascita``
birth date, ``sessu`` sex (``donna`` woman), ``nir`` social security number, ``mutuale``
complementary insurance number, ``numeru_dossier`` patient file, ``indirizzu`` address,
``carrughju`` street line, ``cita`` town, ``codice_pustale`` post code, ``medicu_curante`` GP,
``diagnosi`` diagnosis, ``latu`` side, ``medicine``, ``allergie``, ``gravidanza`` pregnancy,
``seduta`` session, ``pelle`` skin, ``stanchezza`` fatigue, ``dulore`` pain, ``trasportu``
transport, ``accumpagnatore`` companion, ``messaghju`` message, ``testu`` text,
``cappellania`` chaplaincy, ``cunfessione`` denomination, ``somma`` amount, ``pagamentu``
payment, ``ricerca`` search, ``avvenimenti`` events, ``utilizatore`` user, ``pusizione``
position. Sign-up, log-in, an SMS code, ``/u_mo_contu``, the medical questionnaire (gzip), the
prescription (PDF), sessions, a confirmation, the check-in with her fix, a protobuf skin and
fatigue diary, a skin photo, the medical taxi, a message to her radiotherapist, the chaplaincy
request (her religion), the long-term-illness form, invoices by file number in the path, a
parking pass payment, a search, sharing with her husband, the next appointment by cookie, push,
events. Sets 91 and 99 have thyroid-cancer and Hashimoto's apps, another set a mammogram
booking; none is a course of radiotherapy with a medical taxi and a chaplaincy."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families164_kit import (
    CENTRE,
    CENTRE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MUTUELLE,
    NIR,
    PATIENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families164_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families164_svc import (
    cy_check,
    fn_eval,
    hs_attach,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("raghju", "Raghju", "com.example.raghju", "3.4.1", "https://api.raghju.example.org")
IID = "X-Raghju-Apparechju"
PW = "Scandola!Capu2026"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
DOB_FR = "17/05/1991"
DOC = ("Dr Ornella Casanova", "o.casanova@raghju.example.org")  # her radiotherapist (typed)
GP = "Dr Anghjulu Luciani"  # her GP, named in the sign-up


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, co=True, **kw)


def raghju() -> list[Case]:
    rng = random.Random(16411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dossier=L(PATIENT, MED)))}
    cla, clo = fix(CENTRE_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1772611200),
                (3, [(1, L(2, MED)), (2, L(5, MED)), (3, L("crema d'acidu ialuronicu", MED))]),
                (4, "2.0.1")], "", lab)
    inv = at_path(case(f, f"{a}/api/v1/dossier/{PATIENT}/fatture", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/api/v1/arrighjistramentu", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "casata": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "parolla_secreta": L(PW, CRED),
            "data_di_nascita": L(DOB_FR, BIRTH), "sessu": L("donna", GENDER),
            "nir": L(NIR, NID), "mutuale": L(MUTUELLE, MED),
            "indirizzu": {"carrughju": L(HOME["line"], ADDR), "cita": L(HOME["town"], COARSE),
                          "codice_pustale": L(HOME["post"], COARSE)},
            "medicu_curante": L(GP, NAMEC), "cunsensu_cgu": True}),
        case(f, f"{a}/api/v1/intrata", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "parolla_secreta": L(PW, CRED), "ricordami": "1"}),
        case(f, f"{a}/api/v1/sms/verifica", fmt="form", headers=_h(rng), body={
            "telefunu": L(E164, TEL), "codice": L("318407", CRED)}),
        case(f, f"{a}/api/v1/u_mo_contu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/dossier", headers=_h(rng, **b), query={
            "numeru_dossier": L(PATIENT, MED), "vista": "riassuntu"}),
        case(f, f"{a}/api/v1/dumanda_medica", gz=True, headers=_h(rng, **b), body={
            "numeru_dossier": L(PATIENT, MED),
            "diagnosi": L("carcinoma canalare infiltrante, pT1c N0", MED),
            "latu": L("mancu", MED), "chirurgia": L("tumorectumia 2026-01-20", MED),
            "medicine": [L("letrozole 2.5 mg", MED), L("levothyroxine 75 mcg", MED)],
            "allergie": [L("iodiu", MED)], "gravidanza": L(False, MED),
            "pacemaker": L(False, MED), "fumatrice": L(False, MED)}),
        multipart(f, f"{a}/api/v1/ducumenti", [
            ("schedariu", "ricetta_radioterapia.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numeru_dossier": L(PATIENT, MED),
                                                "tipu": "ricetta"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sedute", headers=_h(rng, **b), query={
            "numeru_dossier": L(PATIENT, MED), "settimana": "2026-W10"}),
        case(f, f"{a}/api/v1/sedute/cunferma", fmt="form", headers=_h(rng, **b), body={
            "seduta": obj(rng, "sd"), "ora": "08:40", "macchina": "linac_2",
            "numeru_dossier": L(PATIENT, MED)}),
        case(f, f"{a}/api/v1/arrivu", headers=_h(rng, **b), body={
            "seduta": obj(rng, "sd"), "pusizione": {"lat": cla, "lng": clo, "precisione": 9},
            "centru": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]}}),
        raw(f, f"{a}/api/v1/ghjurnale", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/pelle/ritratti", [
            ("ritrattu", "pelle_g12.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numeru_dossier": L(PATIENT, MED),
                                                "seduta": 12, "pelle": L("radiodermite 1", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/trasportu", headers=_h(rng, **b), body={
            "numeru_dossier": L(PATIENT, MED), "tipu": L("taxi cunvinziunatu", MED),
            "partenza": {"carrughju": L(HOME["line"], ADDR), "cita": L(HOME["town"], COARSE),
                         "lat": L(round(HOME_AT[0], 5), PRECISE),
                         "lng": L(round(HOME_AT[1], 5), PRECISE)},
            "ora": "07:55", "accumpagnatore": L(HUSBAND[0], NAMEC), "taxi": "tx_santamaria"}),
        case(f, f"{a}/api/v1/messaghji", headers=_h(rng, **b), body={
            "a": {"nome": L(DOC[0], NAMEC), "email": L(DOC[1], MAIL)},
            "testu": L("A pelle sottu u bracciu hè rossa è mi pizzica dapoi a seduta 10, "
                       "possu mette a crema a sera?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/cappellania", headers=_h(rng, **b), body={
            "cunfessione": L("cattolica", SENS),
            "testu": L("Vuleria riceve a cumunione u venneri dopu a seduta", f"{TEXT}|{SENS}"),
            "visita": "sala_d_aspettu"}),
        case(f, f"{a}/api/v1/ald", headers=_h(rng, **b), body={
            "nir": L(NIR, NID), "mutuale": L(MUTUELLE, MED), "ald": L("ALD 30", MED),
            "medicu_curante": L(GP, NAMEC)}),
        inv,
        case(f, f"{a}/api/v1/pagamentu", fmt="form", headers=_h(rng, **b), body={
            "articulu": "parcheghju_5_settimane", "somma": L("25.00", BUY), "valuta": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "ultime_quattru": L("4444", PAY)}),
        case(f, f"{a}/api/v1/ricerca", headers=_h(rng, **b), query={
            "q": L("crema per a radiodermite", f"{SEARCH}|{MED}"), "pagina": "1"}),
        case(f, f"{a}/api/v1/sparte", headers=_h(rng, **b), body={
            "numeru_dossier": L(PATIENT, MED),
            "cun": {"nome": L(HUSBAND[0], NAMEC), "telefunu": L(HUSBAND[1], TEL)},
            "scopu": ["appuntamenti", "trasportu"]}),
        case(f, f"{a}/api/v1/appuntamenti/prossimu", headers=_h(rng, how="none"), cookies={
            "rj_sessione": L(opaque(rng, "", 40), CRED), "rj_apparechju": L(INSTALL_ID, DID),
            "rj_req": rid(rng)}),
        case(f, f"{a}/api/v1/apparechju", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/avvenimenti", gz=True, headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID), "avvenimenti": [
                ev("seduta_cunfermata", 1), ev("screen", 2, screen=L("Ghjurnale", USAGE)),
                ev("trasportu_dumandatu", 3)]}),
    ]


def raghju_sdks() -> list[Case]:
    rng = random.Random(16412)
    return [
        mc_batch(APP, rng, [("Session Confirmed", {"week": 2}),
                            ("Diary Saved", {"fatigue": L(5, MED)})], locale="co_FR"),
        mc_queue(APP, rng, [("Skin Photo", {"session": 12}), ("Taxi Requested", {})]),
        tn_launch(APP, rng, first=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"centre": CENTRE["id"], "programme": L("breast", MED)}, hdr=True),
        pt_register(APP, rng, lang="co", tags={"centre": CENTRE["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((CENTRE["lat"], CENTRE["lon"]), None)]),
        hs_message(APP, rng, L("U taxi di stamane ùn hè micca ghjuntu per a seduta",
                               f"{TEXT}|{MED}"), {"dossier": L(PATIENT, MED)}),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "bon_trasportu.pdf", "application/pdf"),
    ]
