"""A vestibular (vertigo) clinic's patient app "Sturnizi" (a clinic in Chur; she has had
vestibular neuritis since the autumn; its API's keys are Rumantsch Grischun: ``pazienta``
patient (f.), ``numer_pazienta`` patient number, ``assicuranza`` insurer,
``numer_carta_assicuranza`` insurance card number, ``numer_avs``, ``schlattaina``,
``questiunari`` questionnaire, ``sintoms`` symptoms, ``attaccas`` attacks, ``durada``
duration, ``nausea``, ``udida`` hearing, ``tinnitus``, ``medicaments``, ``allergias``,
``gravidanza`` pregnancy, ``test``, ``termin`` appointment, ``tip`` kind, ``diari`` diary,
``intensitad``, ``cagiun`` trigger, ``exercizis`` exercises, ``giroscop`` gyroscope,
``repetiziuns``, ``audiogram``, ``sanester``/``dretg`` left/right, ``franchisa`` deductible,
``rembursament`` refund, ``parter`` share, ``rapports`` reports, ``consentiment`` consent,
``suttascrit`` signed by, ``sala`` room, ``token_entrada`` join token). No earlier set has a
vertigo or vestibular-rehabilitation app (set 24 has hearing aids, several sets tinnitus)."""

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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families190_kit import (
    AHV_HER,
    CH_IBAN,
    CLINIC,
    CLINIC_FIX,
    ENT,
    HOME,
    HOME_AT,
    HUSBAND,
    PATIENT,
    apparat,
    fix,
    hd,
    obj,
)
from eval_families190_sdk import cr_session, mp_batch, mp_queue, tk_launch
from eval_families190_svc import cs_check, fm_eval, hm_attach, mb_geocode, pz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sturnizi", "Sturnizi", "com.example.sturnizi", "2.2.5",
          "https://api.sturnizi.example.net")
IID = "X-Sturnizi-Install"
NID = "personal.national_id"
CARD_NO = "80756001234567890123"  # her health-insurance card number (health.medical, set 37)
MP4V = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(24)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
MM = f"{MOTION}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _gyro(rng: random.Random, n: int = 8) -> L:
    """A head-turn exercise's gyroscope series (``[t, x, y, z]`` rows: one ``structure``)."""
    return L([[round(0.02 * i, 2), round(rng.uniform(-2.5, 2.5), 3),
               round(rng.uniform(-0.4, 0.4), 3), round(rng.uniform(-0.3, 0.3), 3)]
              for i in range(n)], MM)


def sturnizi() -> list[Case]:
    rng = random.Random(19041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pazienta=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1768300000),
                (3, [(1, L(6, MED)), (2, L(40, MED)), (3, L("volver il chau en letg", MED))]),
                (4, "2.2.5")], "", lab)
    reps = at_path(case(f, f"{a}/v3/pazientas/{PATIENT}/rapports", headers=_h(rng, **b)),
                   PATIENT, MED)
    return [
        case(f, f"{a}/v3/pazientas", headers=_h(rng), body={
            "prenum": L(FIRST, NAMEC), "num": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "natel": L(E164, TEL), "data_naschientscha": L(DOB, BIRTH),
            "schlattaina": L("f", GENDER), "numer_avs": L(AHV_HER, NID),
            "assicuranza": "Example Health AG", "numer_carta_assicuranza": L(CARD_NO, MED),
            "adressa": L(HOME["line"], ADDR), "lieu": L(HOME["town"], COARSE),
            "numer_postal": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "natel": L(E164, TEL), "code": L("118406", CRED)}),
        case(f, f"{a}/v3/jau", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/questiunari", gz=True, headers=_h(rng, **b), body={
            "numer_pazienta": L(PATIENT, MED),
            "sintoms": [L("sturnizi rotatoric", MED), L("nausea", MED), L("malsegirezza", MED)],
            "attaccas_per_emna": L(4, MED), "durada": L("sec. 30-60", MED),
            "udida": L("normala", MED), "tinnitus": L(False, MED),
            "medicaments": [L("betahistin 24 mg", MED)], "allergias": [L("penicillina", MED)],
            "gravidanza": L(False, MED), "emprima_attacca": "2025-10"}),
        multipart(f, f"{a}/v3/videos", [
            ("video", "nistagmus.mp4", "video/mp4", L(MP4V, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numer_pazienta": L(PATIENT, MED),
                                                "test": L("Dix-Hallpike dretg", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/termins", headers=_h(rng, **b), query={
            "numer_pazienta": L(PATIENT, MED), "clinica": CLINIC["id"], "emna": "2026-W04"}),
        case(f, f"{a}/v3/termins", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "tip": L("test vestibular e VNG", MED),
            "numer_pazienta": L(PATIENT, MED), "lingua": "en"}),
        case(f, f"{a}/v3/checkin", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "posiziun": {"lat": cla, "lng": clo},
            "clinica": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v3/diari", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/exercizis", headers=_h(rng, **b), body={
            "numer_pazienta": L(PATIENT, MED), "exercizi": L("Cawthorne-Cooksey 2", MED),
            "repetiziuns": 10, "giroscop_hz": 50, "giroscop": _gyro(rng),
            "sturnizi_suenter": L(3, MED)}),
        case(f, f"{a}/v3/messadis", headers=_h(rng, **b), body={
            "a": {"num": L(ENT[0], NAMEC), "email": L(ENT[1], MAIL)},
            "messadi": L("Il sturnizi è pli ferm la damaun, dastg jau prender ina dosa "
                         "dapli?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/recepts", headers=_h(rng, **b), query={
            "numer_pazienta": L(PATIENT, MED), "activ": "true"}),
        case(f, f"{a}/v3/video/salas", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "token_entrada": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v3/audiogram", headers=_h(rng, **b), body={
            "numer_pazienta": L(PATIENT, MED), "frequenzas": [500, 1000, 2000, 4000],
            "sanester": [L(15, MED), L(15, MED), L(20, MED), L(25, MED)],
            "dretg": [L(10, MED), L(15, MED), L(15, MED), L(20, MED)]}),
        case(f, f"{a}/v3/pajaments/franchisa", fmt="form", headers=_h(rng, **b), body={
            "summa": L("180.00", BUY), "valuta": "CHF", "metoda": L(opaque(rng, "pm_", 24), PAY),
            "numer_pazienta": L(PATIENT, MED)}),
        case(f, f"{a}/v3/parter", headers=_h(rng, **b), body={
            "numer_pazienta": L(PATIENT, MED), "cun": {"num": L(HUSBAND[0], NAMEC),
                                                      "natel": L(HUSBAND[1], TEL)},
            "scope": ["termins", "quints"]}),
        reps,
        case(f, f"{a}/v3/rembursament", headers=_h(rng, **b), body={
            "iban": L(CH_IBAN, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC),
            "summa": L(62.4, BUY), "quint": L("CVC-Q-2026-0311", BUY)}),
        multipart(f, f"{a}/v3/consentiment", [
            ("suttascripziun", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"numer_pazienta": L(PATIENT, MED),
                                                "formular": "vng_v3",
                                                "suttascrit": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/apparats", headers=_h(rng, **b), body=apparat(push_token(rng), "en_CH")),
        case(f, f"{a}/v3/eveniments", headers=_h(rng, how="none"), cookies={
            "sz_sesiun": L(opaque(rng, "", 40), CRED), "sz_apparat": L(INSTALL_ID, DID)}, body={
            "utilisader": L(USER_ID, UID), "sesiun": rid(rng), "eveniments": [
                ev("exercizi_fatg", 1), ev("visur", 2, visur=L("MiDiari", USAGE))]}),
    ]


def sturnizi_sdks() -> list[Case]:
    rng = random.Random(19042)
    return [
        mp_batch(APP, rng, [("Exercise Done", {"exercise": L("Cawthorne-Cooksey 2", MED)}),
                            ("Deductible Paid", {"amount": L(180, BUY)})]),
        mp_queue(APP, rng, [("Diary Entry", {"intensity": L(6, MED)}),
                            ("Video Uploaded", {"test": L("Dix-Hallpike", MED)})]),
        tk_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=934),
        fm_eval(APP, rng, {"clinica": CLINIC["id"], "program": L("vestibular-rehab", MED)},
                hdr=True),
        pz_register(APP, rng, tags={"clinica": CLINIC["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": True}),
        mb_geocode(APP, rng, "Center da vertigo Chur", "behavior.search", near=HOME_AT, nd=2),
        hm_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "rapport_vng.pdf", "application/pdf"),
    ]
