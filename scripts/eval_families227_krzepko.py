"""A pelvic-floor physiotherapy practice's patient app "Krzepkô" (Gdańsk-Wrzeszcz; her stress
incontinence since Maja's birth, treated with exercises and a Bluetooth biofeedback trainer; its
API's keys are Kashubian in camelCase, ASCII-folded, with English ``email``, ``token``, ``id``:
``miono``, ``nozwesko``, ``telefon``, ``dzenUrodzenio``, ``plec``, ``pesel``, ``pacjent``
patient file, ``ankieta`` questionnaire, ``porode`` (pòrodë) births, ``cesarsczi`` caesarean,
``nietrzimanie`` incontinence, ``wenik`` score, ``ciaza`` pregnancy, ``bolenie`` (bòlenié)
pain, ``skierowanie`` referral, ``rozpoznanie`` diagnosis, ``termin`` slot, ``wizyta`` visit,
``rodzaj`` kind, ``sema`` amount, ``placenk`` payment, ``trener`` trainer, ``sesjo`` session,
``cesnienie`` pressure, ``trzimanie`` hold, ``serie`` series, ``dzennik`` (dzénnik) diary,
``ilosc`` volume, ``wyciek`` leak, ``cwiczenia`` exercises, ``zwrot`` reimbursement, ``polisa``
policy, ``konto``, ``udostepnienie`` sharing, ``dochtor`` (dochtór) doctor, ``wiadomosc``):
sign-up (PESEL), an SMS code, ``/ja``, the questionnaire (gzip: births, symptoms, ICIQ score,
pregnancy), the gynaecologist's referral (PDF), the slots, a visit booked and paid, a check-in
at the practice, pairing the trainer, a protobuf trainer session, a contraction series
(msgpack), the bladder diary, a message to her physiotherapist, the exercise plan, a video room,
the insurer's reimbursement claim, invoices by patient number in the path, sharing her progress
with her gynaecologist, push and events. New: "pelvic floor", "incontinence", "kegel" and
"osteopor" matched no file name or docstring; physiotherapy files exist (``_physio``, set 221's
osteopathy clinic for a herniated disc) and set 34 has HRV biofeedback breathing: this is a
pelvic-floor programme with a pressure biofeedback trainer (her own health data)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    E164,
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families227_kit import (
    KT_HOME_AT,
    PATIENT,
    PESEL,
    PHYSIO,
    PL_ACCOUNT,
    PRACTICE,
    PRACTICE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families227_sdk import ch_session, mg_batch, mg_queue, to_launch
from eval_families227_svc import (
    cr_check,
    fw_eval,
    hg_attach,
    mw_geocode,
    pl_register,
    ps_card,
    ps_confirm,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("krzepko", "Krzepko", "com.example.krzepko", "2.0.7", "https://api.krzepko.example.com")
IID = "X-KRZ-Install"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
NID = "personal.national_id"
GYN = ("dr Joanna Wenta", "j.wenta@ginekologia.example.net")  # her gynaecologist (typed by her)
POLICY = "ZDR-PL-44190327"  # her health-insurance policy number (health.medical, as set 37)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def krzepko() -> list[Case]:
    rng = random.Random(22741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pacjent=L(PATIENT, MED)))}
    pla, plo = fix(PRACTICE_FIX, 5)
    sess = obj(rng, "ss")
    lab: dict[str, str] = {}
    trainer = pb([(1, L(PATIENT, MED)), (2, sess), (3, 1765537200),
                  (4, [(1, L(38.5, MED)), (2, L(21.2, MED)), (3, L(8, MED)), (4, L(6.0, MED))]),
                  (5, "2.1.4"), (6, L(64, DEV))], "", lab)
    inv = at_path(case(f, f"{a}/v1/pacjenci/{PATIENT}/rachunczi", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/v1/pacjenci", headers=_h(rng), body={
            "miono": L(FIRST, NAMEC), "nozwesko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "dzenUrodzenio": L(DOB, BIRTH), "plec": L("K", GENDER),
            "pesel": L(PESEL, NID), "jazek": "en", "skad": "przejaczelka"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("702418", CRED)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ankieta", gz=True, headers=_h(rng, **b), body={
            "pacjent": L(PATIENT, MED), "porode": L(1, MED), "cesarsczi": L(False, MED),
            "nietrzimanie": L("przë kaszlu, skòkach i biegu", MED), "iciqWenik": L(9, MED),
            "ciaza": L(False, f"{MED}|{SENS}"), "bolenie": L("krziż, czasã", MED),
            "lekarstwa": [L("brak", MED)], "sport": L("bieg 3x w tidzeniu", "health.fitness")}),
        multipart(f, f"{a}/v1/skierowanie", [
            ("plik", "skierowanie_uroginek.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pacjent": L(PATIENT, MED),
                                                "rozpoznanie": L("N39.3", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/termine", headers=_h(rng, **b), query={
            "praktyka": PRACTICE["id"], "tidzen": "2025-W51"}),
        case(f, f"{a}/v1/wizyta", headers=_h(rng, **b), body={
            "pacjent": L(PATIENT, MED), "termin": obj(rng, "tm"), "gabinet": "g3",
            "rodzaj": L("fizjoterapia uroginekologiczna", MED), "sema": L(220, BUY)}),
        case(f, f"{a}/v1/placenk", fmt="form", headers=_h(rng, **b), body={
            "sema": L("220.00", BUY), "waluta": "PLN", "ostatneSztere": L("4444", PAY),
            "metoda": L(opaque(rng, "pm_", 24), PAY), "wizyta": obj(rng, "wz")}),
        case(f, f"{a}/v1/meldunek", headers=_h(rng, **b), body={
            "wizyta": obj(rng, "wz"), "polozenie": {"szerzo": pla, "dlegosc": plo},
            "praktyka": {"id": PRACTICE["id"], "szerzo": PRACTICE["lat"],
                         "dlegosc": PRACTICE["lon"]}}),
        case(f, f"{a}/v1/trener/parowanie", headers=_h(rng, **b), body={
            "pacjent": L(PATIENT, MED), "trener": {"model": "PelviSense P2",
                                                   "firmware": "2.1.4", "bt": "le"}}),
        raw(f, f"{a}/v1/trener/sesjo", trainer, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trener/serie", fmt="msgpack", headers=_h(rng, **b), body={
            "sesjo": sess, "pacjent": L(PATIENT, MED),
            "cesnienie": [L(v, MED) for v in (12.4, 28.9, 36.1, 38.5, 30.2, 14.8)],
            "trzimanie_s": L(6.0, MED), "probkowanie_hz": 10, "temp_trenera": 33.9}),
        case(f, f"{a}/v1/dzennik", headers=_h(rng, **b), body={
            "pacjent": L(PATIENT, MED), "dzen": "2025-12-10", "wpise": [
                {"godzena": "07:10", "ilosc_ml": L(320, MED), "wyciek": L(False, MED)},
                {"godzena": "12:45", "ilosc_ml": L(250, MED), "wyciek": L(True, MED)},
                {"godzena": "18:30", "ilosc_ml": L(280, MED), "wyciek": L(False, MED)}]}),
        case(f, f"{a}/v1/wiadomosc", headers=_h(rng, **b), body={
            "do": {"miono": L(PHYSIO[0], NAMEC), "email": L(PHYSIO[1], MAIL)},
            "wiadomosc": L("After Saturday's run I leaked again, should I add a third series?",
                           f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/cwiczenia", headers=_h(rng, **b), query={
            "pacjent": L(PATIENT, MED), "tidzen": "3"}),
        case(f, f"{a}/v1/wideo/pokoj", headers=_h(rng, **b), body={
            "wizyta": obj(rng, "wz"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/zwrot", headers=_h(rng, **b), body={
            "polisa": L(POLICY, MED), "pacjent": L(PATIENT, MED), "sema": L(880, BUY),
            "wizyte": 4, "konto": L(PL_ACCOUNT, PAY)}),
        inv,
        case(f, f"{a}/v1/udostepnienie", headers=_h(rng, **b), body={
            "pacjent": L(PATIENT, MED),
            "dochtor": {"miono": L(GYN[0], NAMEC), "email": L(GYN[1], MAIL)},
            "zakres": ["ankieta", "dzennik", "trener"]}),
        case(f, f"{a}/v1/szukanie", headers=_h(rng, **b), query={
            "q": L("ćwiczenia po porodzie bieganie", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/urzadzenie", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/wedarzenia", headers=_h(rng, **b), body={
            "brekownik": L(USER_ID, UID), "sesja": rid(rng), "wedarzenia": [
                ev("trener_sesjo", 1), ev("ekran", 2, ekran=L("Dzennik", USAGE))]}),
    ]


def krzepko_sdks() -> list[Case]:
    rng = random.Random(22742)
    return [
        mg_batch(APP, rng, [("Visit Booked", {"amount": L(220, BUY)}),
                            ("Trainer Session", {"holds": L(8, MED)})]),
        mg_queue(APP, rng, [("Diary Entry", {"leak": L(True, MED)}),
                            ("Exercise Done", {"week": 3})]),
        to_launch(APP, rng, first=True, user=True),
        ch_session(APP, rng, secs=734),
        fw_eval(APP, rng, {"praktyka": PRACTICE["id"],
                           "program": L("uroginekologia", MED)}, hdr=True),
        pl_register(APP, rng, tags={"praktyka": PRACTICE["id"]}),
        cr_check(APP, rng, {"analytics": True, "research": False}),
        mw_geocode(APP, rng, "Fizjo Krzepkô Wrzeszcz", SEARCH, near=KT_HOME_AT, nd=2),
        hg_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "wenik_usg.pdf", "application/pdf"),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "220.00"),
    ]
