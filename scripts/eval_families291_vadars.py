"""Food-intolerance and elimination-diet clinic app "Vadars" (``vadars`` belly: a private
gastroenterology and dietetics centre in Daugavpils treating her histamine intolerance; its API's
keys are Latgalian, ASCII-folded, snake_case: ``vuords`` / ``pavuords``, ``personys_kods``
personal code, ``dzimsonys_dina`` birth date, ``dzymums`` sex, ``tuolrunis``, ``e_posts``,
``adress``, ``mists``, ``polise`` insurance policy, ``karte`` patient card, ``simptomi``
symptoms, ``zuolis`` medicines, ``alergeja`` allergy, ``grutniceiba`` pregnancy, ``svors``
weight, ``augums`` height, ``analizes`` lab tests, ``uorsts`` doctor, ``pieraksts``
appointment, ``iemesls`` reason, ``dinysgruomota`` diary, ``iedins`` food, ``reakceja``
reaction, ``maltiite`` meal, ``recepte`` prescription, ``aptieka`` pharmacy, ``kompensaceja``
reimbursement): registration, an SMS log-in, ``/muns``, the questionnaire (gzip), a lab result
(PDF), the doctors, an appointment, its payment, a check-in, a protobuf diary entry, an offline
diary queue (JSON Lines), a meal photo, a message to her dietitian, prescriptions, a video visit,
a recipe search, sharing the diet with her husband, invoices by card number in the path, an
insurance reimbursement, a pharmacy reservation, push and events."""

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
    E164,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families291_kit import (
    CARD_NO,
    CLINIC,
    CLINIC_FIX,
    DIETITIAN,
    HUSBAND,
    LV_ACCOUNT,
    PERSONAL_CODE,
    POLICY,
    RZ_HOME,
    RZ_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families291_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families291_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("vadars", "Vadars", "com.example.vadars", "5.0.2", "https://api.vadars.example.lv")
IID = "X-VVC-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"
DOB_LV = "17.05.1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def vadars() -> list[Case]:
    rng = random.Random(29131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posts=L(EMAIL, MAIL), karte=L(CARD_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    appt = obj(rng, "pr")
    lab: dict[str, str] = {}
    diary = pb([(1, L(CARD_NO, MED)), (2, 1771830000),
                (3, [(1, L("syurs", MED)), (2, L("tūmati", MED))]),
                (4, [(1, L(3, MED)), (2, L("nīzs uodā", MED))]), (5, "5.0.2")], "", lab)
    inv = at_path(case(f, f"{a}/v1/pacienti/{CARD_NO}/rekini", headers=_h(rng, **b)),
                  CARD_NO, MED)
    queue = [{"karte": L(CARD_NO, MED), "datums": f"2026-02-1{i}", "iedins": L(food, MED),
              "reakceja": L(react, MED), "id": obj(rng, "dg", 8)}
             for i, (food, react) in enumerate([("vuorēti kartupeļi", "nav"),
                                                ("skuobs kuposts", "vādara suopes"),
                                                ("vysta ar reisim", "nav")])]
    return [
        case(f, f"{a}/v1/pacienti", headers=_h(rng), body={
            "vuords": L(FIRST, NAMEC), "pavuords": L(LAST, NAMEC),
            "personys_kods": L(PERSONAL_CODE, NID), "dzimsonys_dina": L(DOB_LV, BIRTH),
            "dzymums": L("S", GENDER), "tuolrunis": L(E164, TEL), "e_posts": L(EMAIL, MAIL),
            "adress": L(RZ_HOME["line"], ADDR), "mists": L(RZ_HOME["town"], COARSE),
            "polise": L(POLICY, MED), "apdrusinuotuojs": "Exmp Apdrusinuosona",
            "karte": L(CARD_NO, MED)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "tuolrunis": L(E164, TEL), "kods": L("227405", CRED)}),
        case(f, f"{a}/v1/muns", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/anketa", gz=True, headers=_h(rng, **b), body={
            "karte": L(CARD_NO, MED),
            "simptomi": [L("vādara suopes", MED), L("pīpyušona", MED),
                         L("golvys suopes piec vina", MED)],
            "ilgums": L("2 godi", MED), "zuolis": [L("cetirizins 10 mg", MED)],
            "alergeja": [L("bārzu putekšni", MED)], "grutniceiba": L(False, MED),
            "svors": L(62, FIT), "augums": L(168, FIT), "smeke": L(False, MED)}),
        multipart(f, f"{a}/v1/analizes", [
            ("fails", "dao_analize.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "karte": L(CARD_NO, MED), "veids": L("DAO aktivitate", MED),
                "rezultats": L("6.2 U/ml", MED), "laboratoreja": "lab_dgp_2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/uorsti", headers=_h(rng, **b), query={
            "specialitate": "dietologs", "klinika": CLINIC["id"], "nedela": "2026-W08"}),
        case(f, f"{a}/v1/pieraksts", headers=_h(rng, **b), body={
            "karte": L(CARD_NO, MED), "uorsts": "dr_scerb", "laiks": "2026-02-19T15:30",
            "iemesls": L("histamina napanesameiba", MED), "pieraksts": appt}),
        case(f, f"{a}/v1/moksa", fmt="form", headers=_h(rng, **b), body={
            "suma": L("45.00", BUY), "valuta": "EUR", "metode": L(opaque(rng, "pm_", 24), PAY),
            "kartes_4": L("4444", PAY), "karte": L(CARD_NO, MED)}),
        case(f, f"{a}/v1/ierasona", headers=_h(rng, **b), body={
            "pieraksts": appt, "vita": {"plotums": cla, "garums": clo},
            "klinika": {"id": CLINIC["id"], "plotums": CLINIC["lat"], "garums": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/dinysgruomota", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/dinysgruomota/rinda", queue, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/dinysgruomota/bilde", [
            ("bilde", "pusdinys.jpg", "image/jpeg", L(JPEG + b"\x4d", MEDIA)),
            ("meta", None, "application/json", {"karte": L(CARD_NO, MED),
                                                "maltiite": "pusdinys"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vastis", headers=_h(rng, **b), body={
            "kam": {"vuords": L(DIETITIAN[0], NAMEC), "e_posts": L(DIETITIAN[1], MAIL)},
            "teksts": L("Piec tūmatim atsuoka niezēt uoda i suopēja vādars, voi tūmatus izslēgt?",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/receptes", headers=_h(rng, **b), query={
            "karte": L(CARD_NO, MED), "aktivys": "true"}),
        case(f, f"{a}/v1/video", fmt="form", headers=_h(rng, **b), body={
            "pieraksts": appt, "token": L(opaque(rng, "vt_", 36), CRED)}),
        case(f, f"{a}/v1/iedini/meklet", headers=_h(rng, **b), query={
            "q": L("maize bez histamina", SEARCH), "lapa": "1"}),
        case(f, f"{a}/v1/daleit", headers=_h(rng, **b), body={
            "karte": L(CARD_NO, MED), "ar": {"vuords": L(HUSBAND[0], NAMEC),
                                             "tuolrunis": L(HUSBAND[1], TEL)},
            "apjums": ["iedinu_saraksts", "pieraksti"]}),
        inv,
        case(f, f"{a}/v1/apdrusinuosona/kompensaceja", headers=_h(rng, **b), body={
            "polise": L(POLICY, MED), "suma": L(45, BUY), "rekins": L("VVC-R-26-0311", BUY),
            "konts": L(LV_ACCOUNT, PAY), "karte": L(CARD_NO, MED)}),
        case(f, f"{a}/v1/aptieka/rezervaceja", headers=_h(rng, **b), body={
            "zuole": L("DAO enzims 10 000 HDU", MED), "aptieka": "apt_dgp_12",
            "cena": L(24.9, BUY), "sanemt_leidz": "2026-02-21"}),
        case(f, f"{a}/v1/ireices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/nutykumi", headers=_h(rng, **b), body={
            "lituotuojs": L(USER_ID, UID), "sesija": rid(rng), "nutykumi": [
                ev("dinysgruomota_ieraksts", 1), ev("ekrans", 2, ekrans=L("Iedini", USAGE))]}),
    ]


def vadars_sdks() -> list[Case]:
    rng = random.Random(29132)
    return [
        mc_batch(APP, rng, [("Diary Entry", {"reaction": L(3, MED)}),
                            ("Appointment Paid", {"amount": L(45, BUY)})]),
        mc_queue(APP, rng, [("Diary Entry", {"food": L("syurs", MED)}),
                            ("Recipe Opened", {"recipe": "rc_0192"})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=604),
        fn_eval(APP, rng, {"klinika": CLINIC["id"], "programma": L("histamins", MED)}, hdr=True),
        pt_register(APP, rng, tags={"klinika": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Vadara Veseleibys Centrs", SEARCH, near=RZ_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "dao_analize.pdf", "application/pdf"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "45.00"),
    ]
