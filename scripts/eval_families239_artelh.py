"""Forefoot-surgery clinic app "Artelh" (artelh: toe; a private Toulouse clinic's pathway for her
hallux valgus operation, done as day surgery; its API's keys are Occitan with the French health
system's loans: ``pacient``, ``nom`` surname, ``prenom`` first name, ``email``, ``telefon_mobil``
mobile, ``senhal`` password, ``naissenca`` birth date, ``sexe`` sex (``femna``),
``numero_secu`` social-security number, ``mutuala`` top-up insurer, ``numero_aderent`` its
member number, ``dorsièr`` → ``dorsier`` patient file, ``questionari``, ``potingas`` medicines,
``alergias``, ``fumaire`` smoker, ``pes`` weight, ``talha`` height, ``radiografia`` X-ray,
``anestesia``, ``consentiment``, ``signatura``, ``dintrada`` admission, ``dejun`` fasting,
``dolor`` pain, ``enfladura`` swelling, ``cicatritz`` scar, ``infirmièra`` → ``infirmiera``
nurse, ``injeccions``, ``sabata`` post-op shoe, ``arrest_trabalh`` sick leave, ``factura``
invoice, ``soma`` amount, ``rendetz_vos`` appointment, ``messatge``, ``partejar`` share):
sign-up with her social-security number and insurer, an SMS code, ``/ieu``, the pre-admission
questionnaire (gzip), her X-rays (PDF), the anaesthetist's consultation, the consent signed, the
fee deposit, the admission check-in with her fix, a protobuf pain-and-swelling diary, scar
photos, a message to the surgeon's secretary, the home nurse booked for her anticoagulant
injections, the post-op shoe hired, the sick-leave certificate sent to her employer, the physio
prescription, the invoices by file number in the path, a video follow-up, sharing with her
husband, push and events. Orthopaedic apps exist (set 178's fracture and cast clinic, set 232's
knee arthroscopy, set 163's insoles); "hallux" and "bunion" matched nothing, and this is a
day-surgery pathway with home nursing and sick leave rather than a fracture or a knee."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families239_kit import (
    CLINIC,
    CLINIC_FIX,
    FILE_NO,
    HOME,
    HOME_AT,
    HUSBAND,
    MUTUAL,
    NIR,
    NURSE,
    SURGEON,
    fix,
    hd,
    obj,
    push,
)
from eval_families239_sdk import cg_session, mg_batch, mg_queue, tc_launch
from eval_families239_svc import co_check, fc_eval, ht_attach, mp_geocode, mp_route, pc_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("artelh", "Artelh", "com.example.artelh", "5.1.2", "https://api.artelh.example.fr")
IID = "X-Artelh-Installacion"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def artelh() -> list[Case]:
    rng = random.Random(23911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dorsier=L(FILE_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1769040000),
                (3, [(1, L(5, MED)), (2, L("moderada", MED)), (3, L("paracetamòl 1 g", MED)),
                     (4, L(True, MED))]), (4, "2.0.7")], "", lab)
    inv = at_path(case(f, f"{a}/v2/dorsiers/{FILE_NO}/facturas", headers=_h(rng, **b)),
                  FILE_NO, MED)
    return [
        case(f, f"{a}/v2/pacients", headers=_h(rng), body={
            "prenom": L(FIRST, NAMEC), "nom": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon_mobil": L(E164, TEL), "naissenca": L(DOB, BIRTH),
            "sexe": L("femna", GENDER), "numero_secu": L(NIR, NID),
            "mutuala": {"nom": "Mutuala Exemple", "numero_aderent": L(MUTUAL, MED)},
            "metge_traitant": L("Dr Pau Castan", NAMEC), "lenga": "en"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon_mobil": L(E164, TEL), "codi": L("604218", CRED)}),
        case(f, f"{a}/v2/ieu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/preadmission/questionari", gz=True, headers=_h(rng, **b), body={
            "dorsier": L(FILE_NO, MED), "potingas": [L("levonorgestrèl (pillola)", MED)],
            "alergias": [L("iòde", MED), L("latèx", MED)], "fumaire": L(False, MED),
            "diabet": L(False, MED), "pes": L(61, FIT), "talha": L(168, FIT),
            "operacions_passadas": [L("apendicectomia 2004", MED)],
            "dolor_actuala": L(6, MED)}),
        multipart(f, f"{a}/v2/imatjaria", [
            ("radiografia", "pe_esquerre_facia.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dorsier": L(FILE_NO, MED),
                                                "angle_hallux": L(34, MED),
                                                "costat": L("esquèrra", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/anestesia/rendetz_vos", fmt="form", headers=_h(rng, **b), body={
            "dorsier": L(FILE_NO, MED), "crenel": obj(rng, "cr"), "tipe": L("locoregionala", MED)}),
        multipart(f, f"{a}/v2/consentiments", [
            ("signatura", "signatura.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(36), MEDIA)),
            ("formulari", None, "application/json", {
                "dorsier": L(FILE_NO, MED), "operacion": L("osteotomia de Scarf", MED),
                "signat_per": L(f"{FIRST} {LAST}", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/pagaments/depassament", fmt="form", headers=_h(rng, **b), body={
            "soma": L("450.00", BUY), "moneda": "EUR", "darriers_quatre": L("4444", PAY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "dorsier": L(FILE_NO, MED)}),
        case(f, f"{a}/v2/dintrada", headers=_h(rng, **b), body={
            "rendetz_vos": obj(rng, "rv"), "dejun_dempuei": "00:00",
            "posicion": {"lat": cla, "lng": clo},
            "clinica": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/jornal", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/cicatritz/fotos", [
            ("foto", "jorn10.jpg", "image/jpeg", L(JPEG + b"\x19", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dorsier": L(FILE_NO, MED), "jorn": 10,
                                                "enfladura": L("leugièra", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/messatges", headers=_h(rng, **b), body={
            "a": {"nom": SURGEON[0], "email": SURGEON[1]},
            "texte": L("Bonjorn, lo pè es encara fòrt enflat al jorn 10, es normal? Pòrti la "
                       "sabata tota la jornada.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/infirmiera/rendetz_vos", headers=_h(rng, **b), body={
            "infirmiera": {"nom": L(NURSE[0], NAMEC), "telefon": L(NURSE[1], TEL)},
            "injeccions": L("enoxaparina 4000 UI, 14 jorns", MED),
            "adreca": L(HOME["line_fr"], "contact.address"), "ora": "08:00"}),
        case(f, f"{a}/v2/sabata/locacion", fmt="form", headers=_h(rng, **b), body={
            "talha_sabata": L("38", FIT), "setmanas": "6", "soma": L("36.00", BUY),
            "dorsier": L(FILE_NO, MED)}),
        case(f, f"{a}/v2/arrest_trabalh", headers=_h(rng, **b), body={
            "dorsier": L(FILE_NO, MED), "de": "2026-01-19", "fins_a": "2026-02-15",
            "motiu": L("cirurgia del pè, marcha limitada", MED),
            "emplegaire": {"nom": "Aerofil Sistèmas", "email": "rh@aerofil.example.fr"},
            "numero_secu": L(NIR, NID)}),
        case(f, f"{a}/v2/ordonancas", headers=_h(rng, **b), query={
            "dorsier": L(FILE_NO, MED), "tipe": L("kinesiterapia", MED)}),
        case(f, f"{a}/v2/sortida/questionari", headers=_h(rng, **b), body={
            "dorsier": L(FILE_NO, MED), "dolor_sortida": L(3, MED), "nausea": L(False, MED),
            "acompanhaire": {"nom": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "sortida_ora": "2026-01-19T17:40"}),
        inv,
        case(f, f"{a}/v2/teleconsulta", headers=_h(rng, **b), body={
            "rendetz_vos": obj(rng, "rv"), "token_sala": L(opaque(rng, "vs_", 36), CRED)}),
        case(f, f"{a}/v2/partejar", headers=_h(rng, **b), body={
            "dorsier": L(FILE_NO, MED),
            "amb": {"nom": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "abast": ["rendetz_vos", "consignas"]}),
        case(f, f"{a}/v2/aparelhs", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/eveniments", headers=_h(rng, **b), body={
            "utilizaire": L(USER_ID, UID), "sesilha": rid(rng), "eveniments": [
                ev("questionari_mandat", 1), ev("ecran", 2, ecran=L("JornalDolor", USAGE))]}),
    ]


def artelh_sdks() -> list[Case]:
    rng = random.Random(23912)
    return [
        mg_batch(APP, rng, [("Questionnaire Sent", {"step": 2}),
                            ("Deposit Paid", {"amount": L(450, BUY)})]),
        mg_queue(APP, rng, [("Diary Entry", {"pain": L(5, MED)}),
                            ("Photo Uploaded", {"day": 10})]),
        tc_launch(APP, rng, first=True, user=True),
        cg_session(APP, rng, secs=604),
        fc_eval(APP, rng, {"clinic": CLINIC["id"], "pathway": L("hallux-valgus", MED)}, hdr=True),
        pc_register(APP, rng, tags={"clinic": CLINIC["id"], "pathway": L("ambulatori", MED)}),
        co_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Clinica del Pè Garona", "behavior.search", near=HOME_AT, nd=2),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)]),
        ht_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ordonança_kine.pdf", "application/pdf"),
    ]
