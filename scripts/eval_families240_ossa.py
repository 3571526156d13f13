"""A metabolic-bone clinic's patient app "Ossa Forti" (Palermo, Via Liberta; her osteopenia found
early after years of inhaled steroids for asthma, with her mother's hip fracture in the family:
DXA scans, vitamin D and a weekly bisphosphonate, an exercise plan; its API's keys are Sicilian,
snake_case, ASCII-folded, with English ``email``, ``token``, ``id`` and the clinical Italian
loans ``t_score``, ``moc``: ``nomu`` first name, ``cugnomu`` surname, ``telefunu`` phone,
``jornu_di_nascita`` birth date, ``sessu`` sex, ``codici_fiscali`` tax code, ``documentu``
document (``tipu`` kind, ``nummaru`` number), ``codici`` code, ``cartella`` clinic record,
``anamnesi`` history, ``fratturi`` fractures, ``caruti`` falls, ``cortisoni`` steroids,
``fumu`` smoking, ``ciclu`` menstrual cycle, ``matri`` mother, ``pisu`` weight, ``autizza``
height, ``rifertu`` report, ``esami`` exams, ``pianu`` plan, ``appuntamenti`` appointments,
``ticket`` co-pay, ``mpurtu`` amount, ``pagamenti`` payments, ``arrivu`` arrival,
``pusizzioni`` position, ``diariu`` diary, ``ricetti`` prescriptions, ``missaggi`` messages,
``testu`` text, ``esercizi`` exercises, ``minuti``, ``duluri`` pain, ``stanzi`` rooms,
``cundivisioni`` sharing, ``fatturi`` invoices, ``detrazzioni`` tax deductions, ``spisi``
expenses, ``prumemoria`` reminder, ``midicina`` medicine, ``sedi`` sites): sign-up (tax code,
residence card), an SMS code, ``/iu``, the history (gzip), the DXA report (PDF), the plan, a
follow-up booked, the co-pay, the arrival with her fix, a protobuf diary (calcium, steps, the
vitamin D), prescriptions, a message to her doctor, the exercise log, a video room, sharing with
her husband, invoices by record number in the path, the tax-deduction statement, a medicine
reminder, the health card's photo, sites near Catania (2 decimals), push and events. Bone
health is new ("osteopor", "osteopeni", "bone density", "dexa" matched nothing; set 227's
pelvic-floor physiotherapy only names osteoporosis as a word it checked)."""

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
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families240_kit import (
    CF_HER,
    CHART,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME_AT,
    HUSBAND,
    NID,
    NRE,
    PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families240_sdk import cc_session, mk_batch, mk_queue, tt_launch
from eval_families240_svc import (
    cs_card,
    fz_eval,
    hc_attach,
    ks_check,
    mu_geocode,
    mu_route,
    pp_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("ossaforti", "Ossa Forti", "com.example.ossaforti", "3.0.7",
          "https://api.ossaforti.example.org")
IID = "X-OF-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ossaforti() -> list[Case]:
    rng = random.Random(24031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cartella=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1768435200),
                (3, [(1, L(1150, MED)), (2, L(6240, FIT)),
                     (3, L("colecalciferolo 25000 UI", MED))]),
                (4, "2.1.0")], "", lab)
    inv = at_path(case(f, f"{a}/api/v3/pazienti/{CHART}/fatturi", headers=_h(rng, **b),
                       query={"annu": "2025"}), CHART, MED)
    return [
        case(f, f"{a}/api/v3/pazienti", headers=_h(rng), body={
            "nomu": L(FIRST, NAMEC), "cugnomu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "jornu_di_nascita": L(DOB, BIRTH),
            "sessu": L("F", GENDER), "codici_fiscali": L(CF_HER, NID),
            "documentu": {"tipu": "carta_soggiornu_familiari_UE", "nummaru": L(PERMIT, NID)},
            "lingua": "en", "cunsensu_privacy": True}),
        case(f, f"{a}/api/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "telefunu": L(E164, TEL), "codici": L("583021", CRED)}),
        case(f, f"{a}/api/v3/iu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/anamnesi", gz=True, headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "fratturi": [L("polsu destru 2019", MED)],
            "caruti_ultimu_annu": L(1, MED),
            "cortisoni": L("budesonide inalatoria da 6 anni", MED), "fumu": L(False, MED),
            "ciclu": L("regulari", MED), "matri_frattura_femuri": L(True, MED),
            "pisu_kg": L(56, FIT), "autizza_cm": L(165, FIT)}),
        multipart(f, f"{a}/api/v3/esami", [
            ("rifertu", "moc_dxa_2026.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("dati", None, "application/json", {
                "cartella": L(CHART, MED), "tipu": L("MOC-DXA", MED),
                "t_score_lombari": L(-1.8, MED), "t_score_femuri": L(-1.4, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/pianu", headers=_h(rng, **b), query={"cartella": L(CHART, MED)}),
        case(f, f"{a}/api/v3/appuntamenti", headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "tipu": L("visita di cuntrollu osteopenia", MED),
            "jornu": "2026-02-10T09:30", "ambulatoriu": "amb_3", "sedi": CLINIC["id"]}),
        case(f, f"{a}/api/v3/pagamenti/ticket", fmt="form", headers=_h(rng, **b), body={
            "mpurtu": L("36.15", BUY), "valuta": "EUR", "ultimi_quattru": L("4444", PAY),
            "metudu": L(opaque(rng, "pm_", 24), PAY), "cartella": L(CHART, MED)}),
        case(f, f"{a}/api/v3/arrivu", headers=_h(rng, **b), body={
            "appuntamentu": obj(rng, "ap"), "pusizzioni": {"lat": cla, "lng": clo},
            "clinica": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/api/v3/diariu", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/ricetti", headers=_h(rng, **b), query={
            "cartella": L(CHART, MED), "nre": L(NRE, MED), "attivi": "true"}),
        case(f, f"{a}/api/v3/missaggi", headers=_h(rng, **b), body={
            "a": {"nomu": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "testu": L("Dottoressa, cu l'alendronato mi veni u bruciuri di stomacu, u pozzu "
                       "pigghiari dopu manciari?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/esercizi", headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "jornu": "2026-01-15",
            "sessioni": [{"tipu": "camminata", "minuti": L(35, FIT)},
                         {"tipu": "pesi_leggeri", "ripetizioni": L("3x12", FIT)}],
            "duluri_schina": L(2, MED)}),
        case(f, f"{a}/api/v3/video/stanzi", headers=_h(rng, **b), body={
            "appuntamentu": obj(rng, "ap"), "token_trasiri": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v3/cundivisioni", headers=_h(rng, **b), body={
            "cartella": L(CHART, MED),
            "cu": {"nomu": L(HUSBAND[0], NAMEC), "telefunu": L(HUSBAND[1], TEL)},
            "pirmessi": ["appuntamenti", "fatturi"]}),
        inv,
        case(f, f"{a}/api/v3/detrazzioni", headers=_h(rng, **b), body={
            "codici_fiscali": L(CF_HER, NID), "annu": "2025", "cartella": L(CHART, MED),
            "spisi_sanitarii": L(412.30, BUY)}),
        case(f, f"{a}/api/v3/prumemoria", fmt="form", headers=_h(rng, **b), body={
            "midicina": L("alendronato 70 mg", MED), "jornu_simana": "lunidi", "ura": "07:00",
            "cartella": L(CHART, MED)}),
        multipart(f, f"{a}/api/v3/documenti/fotu", [
            ("fotu", "tessera_sanitaria.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("dati", None, "application/json", {"tipu": "tessera_sanitaria",
                                                "cartella": L(CHART, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/sedi", headers=_h(rng, **b), query={
            "lat": L(round(HOME_AT[0], 2), COARSE), "lng": L(round(HOME_AT[1], 2), COARSE),
            "sirvizziu": "moc"}),
        case(f, f"{a}/api/v3/dispusitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/eventi", headers=_h(rng, **b), body={
            "utenti": L(USER_ID, UID), "sessioni": rid(rng), "eventi": [
                ev("rifertu_caricatu", 1), ev("schermu", 2, schermu=L("Diariu", USAGE))]}),
    ]


def ossaforti_sdks() -> list[Case]:
    rng = random.Random(24032)
    return [
        mk_batch(APP, rng, [("Exam Uploaded", {"kind": L("MOC-DXA", MED)}),
                            ("Ticket Paid", {"amount": L(36.15, BUY)})]),
        mk_queue(APP, rng, [("Diary Entry", {"calcium_mg": L(1150, MED)}),
                            ("Walk Logged", {"minutes": L(35, FIT)})]),
        tt_launch(APP, rng, first=True, user=True),
        cc_session(APP, rng, secs=603),
        fz_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("osteopenia", MED)}, hdr=True),
        pp_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ks_check(APP, rng, {"analytics": True, "research": False}),
        mu_geocode(APP, rng, "Centro Ossa Forti Via Liberta Palermo", "behavior.search",
                   near=HOME_AT, nd=2),
        mu_route(APP, rng, [(HOME_AT, "location.precise"), ((CLINIC["lat"], CLINIC["lon"]), None)]),
        cs_card(APP, rng, email=True),
        hc_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "esami_vitamina_d.pdf", "application/pdf"),
    ]
