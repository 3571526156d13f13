"""Clinic app "Omuenyo" ("life"; a private Huambo clinic whose main business is the medical
examinations foreigners need to renew a residence card and workers need for a contract; its API's
keys mix Umbundu, ASCII-folded, with the clinic's Portuguese terms: ``onduko`` name,
``onduko_yepata`` surname, ``otelefone`` phone, ``eteke_lyokucitiwa`` birth date, ``sexo`` sex,
``passaporte`` passport, ``cartao_residente`` resident card, ``processo`` patient file, ``uvei``
illness, ``ovihemba`` medicines, ``ejimo`` pregnancy, ``osonde`` blood, ``uhembi`` clinician,
``esapulo`` message, ``efeto`` payment, ``olombongo`` amount, ``ocitumalo`` place): sign-up with
her passport and resident card, an SMS log-in, ``/ame``, the exam types, the residence-renewal
exam booked, the health questionnaire (gzip: illnesses, medicines, pregnancy, vaccinations), the
fee, a check-in at the clinic, a protobuf queue poll with her fix, the HIV-test consent signed,
results by patient file in the path, the yellow-fever card photographed, a chest X-ray PDF from an
outside lab, the certificate sent to the migration service, shared with her school's HR officer,
a message to the doctor about her blood pressure, prescriptions, a video consult, her insurance
card, invoices by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
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
from eval_families229_kit import (
    CLINIC,
    CLINIC_FIX,
    HOME_AT,
    PASSPORT,
    PATIENT,
    RESIDENT_CARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families229_sdk import ck_session, en_launch, tx_batch, tx_queue
from eval_families229_svc import (
    cj_check,
    cm_card,
    cm_confirm,
    ft_eval,
    hm_attach,
    mp_geocode,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("omuenyo", "Omuenyo", "com.example.omuenyo", "2.0.9", "https://api.omuenyo.example.net")
IID = "X-Omuenyo-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
HR = ("Marta Sousa", "marta.sousa@colegio-horizonte.example.org")  # her school's HR officer


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def omuenyo() -> list[Case]:
    rng = random.Random(22941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), processo=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    poll = pb([(1, L(PATIENT, MED)), (2, "T-041"), (3, 1768376400),
               (4, [(1, L(round(CLINIC_FIX[0], 6), PRECISE)),
                    (2, L(round(CLINIC_FIX[1], 6), PRECISE)), (3, 14.0)]),
               (5, "2.0.9")], "", lab)
    results = at_path(case(f, f"{a}/v1/pacientes/{PATIENT}/resultados", headers=_h(rng, **b)),
                      PATIENT, MED)
    return [
        case(f, f"{a}/v1/pacientes", headers=_h(rng), body={
            "onduko": L(FIRST, NAMEC), "onduko_yepata": L(LAST, NAMEC),
            "otelefone": L(NATIONAL, TEL), "email": L(EMAIL_UPPER, MAIL),
            "eteke_lyokucitiwa": L("17/05/1991", BIRTH), "sexo": L("F", GENDER),
            "passaporte": L(PASSPORT, NID), "cartao_residente": L(RESIDENT_CARD, NID),
            "nacionalidade": "US", "processo": L(PATIENT, MED)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "otelefone": L(E164, TEL), "codigo": L("274019", CRED)}),
        case(f, f"{a}/v1/ame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/exames/tipos", headers=_h(rng, **b), query={
            "finalidade": "renovacao_residencia", "unidade": CLINIC["id"]}),
        case(f, f"{a}/v1/marcacoes", headers=_h(rng, **b), body={
            "processo": L(PATIENT, MED), "unidade": CLINIC["id"],
            "exame": L("atestado medico: hemograma, VIH, VDRL, raio-X torax", MED),
            "eteke": "2026-01-14", "hora": "07:30", "jejum": True}),
        case(f, f"{a}/v1/questionario", gz=True, headers=_h(rng, **b), body={
            "processo": L(PATIENT, MED), "uvei": [L("enxaqueca", MED)],
            "ovihemba": [L("sumatriptano 50 mg", MED)], "alergias": [L("sulfamidas", MED)],
            "ejimo": L(False, f"{SENS}|{MED}"), "tabaco": L(False, MED),
            "tuberculose_contacto": L(False, MED),
            "vacinas": {"febre_amarela": L("2024-08-14", MED), "hepatite_b": L(True, MED)},
            "ultimo_internamento": None}),
        case(f, f"{a}/v1/efeto", fmt="form", headers=_h(rng, **b), body={
            "marcacao": obj(rng, "mc"), "olombongo": L("35000", BUY), "moeda": "AOA",
            "cartao_final": L("4444", PAY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "marcacao": obj(rng, "mc"), "ocitumalo": {"lat": cla, "lng": clo},
            "unidade": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/fila/estado", poll, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/consentimentos", [
            ("assinatura", "assinatura.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {
                "processo": L(PATIENT, MED), "teste": L("VIH 1/2 rapido", MED),
                "assinado": L(f"{FIRST} {LAST}", NAMEC), "versao": "cvih_v3"})],
            headers=_h(rng, **b)),
        results,
        multipart(f, f"{a}/v1/vacinas/cartao", [
            ("efoto", "cartao_febre_amarela.jpg", "image/jpeg",
             L(JPEG + b"\x6c", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"processo": L(PATIENT, MED),
                                                "vacina": L("febre amarela", MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/documentos", [
            ("ficheiro", "raio_x_torax.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"processo": L(PATIENT, MED),
                                                "tipo": "raio_x", "origem": "Imagem Centro"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/atestado/enviar", headers=_h(rng, **b), body={
            "processo": L(PATIENT, MED), "destino": "servico_migracao_huambo",
            "cartao_residente": L(RESIDENT_CARD, NID), "processo_migracao": "MIG-HBO-2026-004471",
            "apto": L(True, MED)}),
        case(f, f"{a}/v1/atestado/partilhar", headers=_h(rng, **b), body={
            "processo": L(PATIENT, MED), "utambuli": {"onduko": L(HR[0], NAMEC),
                                                      "email": L(HR[1], MAIL)},
            "ambito": ["apto"], "validade_dias": 30}),
        case(f, f"{a}/v1/esapulo", headers=_h(rng, **b), body={
            "uhembi": "dr_cl_hbo_04",
            "esapulo": L("Doctor, the nurse measured 150/95 at triage. Is that a problem for "
                         "the certificate? I was nervous and had no breakfast.",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/receitas", headers=_h(rng, **b), query={
            "processo": L(PATIENT, MED), "activas": "true"}),
        case(f, f"{a}/v1/teleconsulta/sala", headers=_h(rng, **b), body={
            "marcacao": obj(rng, "mc"), "token": L(opaque(rng, "tc_", 36), CRED)}),
        case(f, f"{a}/v1/seguro", fmt="form", headers=_h(rng, **b), body={
            "processo": L(PATIENT, MED), "seguradora": "Example Seguros Angola",
            "membro": L("ESA-771-20193-01", MED), "titular": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/faturas", headers=_h(rng, how="none"), cookies={
            "om_sessao": L(opaque(rng, "", 40), CRED), "om_dev": L(INSTALL_ID, DID),
            "om_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("results_viewed", 1), ev("screen", 2, screen=L("Resultados", USAGE)),
                ev("locale", 3, value=L("en_AO", DEV))]}),
    ]


def omuenyo_sdks() -> list[Case]:
    rng = random.Random(22942)
    return [
        tx_batch(APP, rng, [("Exam Booked", {"kind": L("residence", MED)}),
                            ("Fee Paid", {"amount": L(35000, BUY)})]),
        tx_queue(APP, rng, [("Result Viewed", {"test": L("hemograma", MED)}),
                            ("Certificate Sent", {})]),
        en_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=388),
        ft_eval(APP, rng, {"unit": CLINIC["id"], "program": L("residency-exam", MED)}, hdr=True),
        pk_register(APP, rng, tags={"unidade": CLINIC["id"]}),
        cj_check(APP, rng, {"analytics": True, "research": False}),
        cm_card(APP, rng, email=True),
        cm_confirm(APP, rng, "35000"),
        mp_geocode(APP, rng, "Clinica Omuenyo Huambo", "behavior.search", near=HOME_AT, nd=2),
        hm_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "hemograma.pdf", "application/pdf"),
    ]
