"""A tick-bite and tick-borne-encephalitis app "Punkkiabu" (punkki tick, abu help: bite reports,
tick testing at a private lab, TBE vaccines, immunoglobulin, follow-up diaries; Livvi keys in
ASCII: ``nimi``, ``sugunimi``, ``e_posti``, ``telefon``, ``salasana``, ``roinduspaivy``,
``sugupuoli``, ``snils``, ``polis`` OMS health policy, ``perehe`` family, ``lapsi`` child,
``purendu`` bite, ``kohtu_hibjas`` place on the body, ``leveys`` / ``pitkys``, ``analiizu`` lab
test, ``nayte`` sample, ``tulos`` result, ``privivku`` vaccination, ``annos`` dose, ``paino``
weight, ``oirehet`` symptoms, ``lampo`` temperature, ``paan_kivistys`` headache, ``rengas``
rash ring, ``likari`` doctor, ``strahovku`` insurance, ``viesti``, ``summu``, ``maksu``): sign-up
with SNILS and her OMS policy, a log-in, ``/mina``, the son added, a bite report from the garden
in Olonets, the tick's photo, a lab test ordered and paid, the result, an immunoglobulin visit,
vaccinations, a symptom diary (gzip) and a protobuf daily check, a message to the doctor, a video
consult, labs near the flat, the check-in at the lab, a tick-bite insurance policy, sharing with
her husband, documents by patient card number in the path, the result PDF, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families184_kit import (
    HUSBAND,
    LAB,
    LAB_FIX,
    OLO_HOUSE_AT,
    OMS,
    PATIENT,
    PTZ_HOME_AT,
    SNILS,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families184_sdk import jg_launch, kt_crash, kt_crumb, kt_session, lg_batch, lg_identify
from eval_families184_svc import ab_attach, dk_card, dk_confirm, kl_register, lb_check, lp_eval
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("punkkiabu", "Punkkiabu", "com.example.punkkiabu", "3.6.0",
          "https://api.punkkiabu.example.org")
IID = "X-Pa-Install"
PW = "Klesh#Olonets25"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def punkkiabu() -> list[Case]:
    rng = random.Random(18441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posti=L(EMAIL, MAIL), kartu=L(PATIENT, MED)))}
    lla, llo = fix(LAB_FIX, 5)
    gla, glo = fix(OLO_HOUSE_AT, 5)
    sample = obj(rng, "nt")
    lab: dict[str, str] = {}
    daily = pb([(1, L(PATIENT, MED)), (2, 1754870400), (3, L(KID, NAMEC)),
                (4, [(1, L(37.6, MED)), (2, L(True, MED)), (3, L(False, MED))]), (5, 9)], "", lab)
    docs = at_path(case(f, f"{a}/v1/paciientat/{PATIENT}/dokumentat", headers=_h(rng, **b)),
                   PATIENT, MED)
    return [
        case(f, f"{a}/v1/rekisteroindy", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "e_posti": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "salasana": L(PW, CRED), "roinduspaivy": L(DOB, BIRTH),
            "sugupuoli": L("naine", GENDER), "snils": L(SNILS, NID), "polis": L(OMS, MED),
            "kartu": L(PATIENT, MED)}),
        case(f, f"{a}/v1/kirjuttavu", fmt="form", headers=_h(rng), body={
            "e_posti": L(EMAIL, MAIL), "salasana": L(PW, CRED)}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/perehe", headers=_h(rng, **b), body={
            "lapsi": {"nimi": L(SON["first"], NAMEC), "sugunimi": L(SON["last"], NAMEC),
                      "roinduspaivy": L(SON["dob"], BIRTH), "sugupuoli": L(SON["sex"], GENDER),
                      "snils": L(SON["snils"], NID), "polis": L(SON["oms"], MED)},
            "kartu": L(PATIENT, MED)}),
        case(f, f"{a}/v1/purendat", headers=_h(rng, **b), body={
            "ken": L(KID, NAMEC), "aigu": "2025-08-10T18:20",
            "kohtu_hibjas": L("korvan tagan oigiel", MED), "punkki_ilmas": L(True, MED),
            "kohtu": {"leveys": gla, "pitkys": glo}, "kartu": L(PATIENT, MED)}),
        multipart(f, f"{a}/v1/purendat/kuva", [
            ("kuva", "punkki.jpg", "image/jpeg", L(JPEG + b"\x4c", MEDIA)),
            ("meta", None, "application/json", {"nayte": sample, "suurennus": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/analiizat", headers=_h(rng, **b), body={
            "nayte": sample, "laboratorii": LAB["id"], "kartu": L(PATIENT, MED),
            "testat": [L("TBE virus PCR", MED), L("Borrelia PCR", MED)], "summu": L(950, BUY)}),
        case(f, f"{a}/v1/maksu", fmt="form", headers=_h(rng, **b), body={
            "nayte": sample, "summu": L("950.00", BUY), "valuuttu": "RUB",
            "maksu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/analiizat/tulos", headers=_h(rng, **b), query={
            "nayte": sample, "kartu": L(PATIENT, MED)}),
        case(f, f"{a}/v1/immunoglobuliinu", headers=_h(rng, **b), body={
            "lapsi": L(KID, NAMEC), "paino": L(27, FIT), "aigu": "2025-08-11T09:30",
            "klinikku": "kl_ptz_det2", "syy": L("TBE virus PCR positiivine punkis", MED)}),
        case(f, f"{a}/v1/privivkat", headers=_h(rng, **b), body={
            "kartu": L(PATIENT, MED), "privivkat": [
                {"ken": L(KID, NAMEC), "rokote": L("TBE pediatric", MED),
                 "annos": L(2, MED), "datu": L("2025-05-12", MED)},
                {"ken": L(f"{FIRST} {LAST}", NAMEC), "rokote": L("TBE adult", MED),
                 "annos": L(3, MED), "datu": L("2024-04-02", MED)}]}),
        case(f, f"{a}/v1/oirehet", gz=True, headers=_h(rng, **b), body={
            "kartu": L(PATIENT, MED), "lapsi": L(KID, NAMEC), "paivat": [
                {"paivy": 7, "lampo": L(37.2, MED), "paan_kivistys": L(False, MED)},
                {"paivy": 9, "lampo": L(37.6, MED), "paan_kivistys": L(True, MED),
                 "rengas": L("ei", MED)}]}),
        raw(f, f"{a}/v1/oirehet/paivy", daily, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/viestit", headers=_h(rng, **b), body={
            "likari": "dr_pediatr_07",
            "viesti": L("Iljal on 37.6 lampo da paan kivistys yhessan paivan jalgeh purendua",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/video/huoneet", headers=_h(rng, **b), body={
            "aigu": obj(rng, "ap"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/laboratoriit", headers=_h(rng, **b), query={
            "lat": L(f"{PTZ_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{PTZ_HOME_AT[1]:.2f}", COARSE),
            "testu": "punkki"}),
        case(f, f"{a}/v1/check_in", headers=_h(rng, **b), body={
            "nayte": sample, "kohtu": {"lat": lla, "lng": llo},
            "laboratorii": {"id": LAB["id"], "lat": LAB["lat"], "lng": LAB["lon"]}}),
        case(f, f"{a}/v1/strahovku", headers=_h(rng, **b), body={
            "programmu": "punkki_2026", "summu": L(1200, BUY), "polis_nomeru": L("PK-26-551902",
                                                                                 BUY),
            "ken": [{"nimi": L(f"{FIRST} {LAST}", NAMEC), "roinduspaivy": L(DOB, BIRTH)},
                    {"nimi": L(KID, NAMEC), "roinduspaivy": L(SON["dob"], BIRTH)}]}),
        case(f, f"{a}/v1/jaga", headers=_h(rng, **b), body={
            "kartu": L(PATIENT, MED), "kenele": {"nimi": L(HUSBAND[0], NAMEC),
                                                 "telefon": L(HUSBAND[1], TEL)},
            "oigeus": ["tulokset", "privivkat"]}),
        docs,
        multipart(f, f"{a}/v1/dokumentat", [
            ("faili", "tulos_punkki.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kartu": L(PATIENT, MED), "tyyppi": "tulos"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/laite", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("bite_reported", 1), ev("screen", 2, screen=L("SymptomDiary", USAGE))]}),
    ]


def punkkiabu_sdks() -> list[Case]:
    rng = random.Random(18442)
    return [
        lg_batch(APP, rng, [("Bite Reported", {"where": L("behind ear", MED)}),
                            ("Test Paid", {"amount": L(950, BUY)})]),
        lg_identify(APP, rng, {"children": 1, "linnu": L("Petrozavodsk", COARSE),
                               "tbe_vaccinated": L(True, MED)}),
        jg_launch(APP, rng, first=True, user=True),
        kt_crash(APP, rng, ("java.io.IOException", "camera busy"),
                 [kt_crumb("nav", "Bites -> Photo")], screen="PhotoActivity"),
        kt_session(APP, rng, secs=402),
        lp_eval(APP, rng, {"region": L("Karelia", COARSE), "program": "tbe"}, hdr=True),
        kl_register(APP, rng, tags={"lab": LAB["id"], "season": "2025"}),
        lb_check(APP, rng, {"analytics": True, "research": False}),
        dk_card(APP, rng),
        dk_confirm(APP, rng, "950.00"),
        ab_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "tulos.pdf", "application/pdf"),
    ]
