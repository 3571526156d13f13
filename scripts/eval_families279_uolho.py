"""Keratoconus clinic app "Uolho Claro" (an eye clinic in Miranda do Douro following her
keratoconus: corneal maps, corneal cross-linking of the left eye, scleral lenses). Its API's keys
are Mirandese, ASCII-folded, with English loans: ``nome``, ``apelhido``, ``correio``,
``telemobel``, ``palabra_passe``, ``data_nacimiento``, ``sexo`` (``mulhier``), ``numaro_utente``
health-service number, ``ficha`` clinical record, ``uolho`` eye (``squierdo``/``dreito`` left /
right), ``bista`` visual acuity, ``cornea``, ``topografie`` corneal map, ``duencas`` illnesses,
``melezinas`` medicines, ``alergias``, ``gotas`` drops, ``lentes`` lenses, ``cunsulta``
appointment, ``cirurgie`` surgery, ``cunsentimiento`` consent, ``assinatura`` signature, ``dor``
pain, ``receita`` prescription, ``fatura`` invoice, ``prestacones`` instalments, ``seguro``
insurance, ``partilhar`` share: sign-up, an SMS code, ``/miu`` (her profile), the history (gzip),
a corneal map PDF, the cross-linking plan and its quote, a deposit, the surgery booked, consent,
a check-in at the clinic, a protobuf post-op diary, an eye photo, a message to the doctor, the
prescriptions, a video consult, the scleral lens order, the lens insurance, sharing with her
husband, invoices by record number in the path, instalments, push and events. Set 152 has a
refractive-surgery clinic with a corneal topography and set 154 an optician; "keratoconus",
"scleral" and "cross-linking" matched no docstring: this is a keratoconus follow-up."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families279_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME_AT,
    HUSBAND,
    PT_ACCOUNT,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families279_sdk import ct_batch, ct_identify, ct_queue, qb_session, rs_launch
from eval_families279_svc import (
    aj_attach,
    bd_eval,
    cp_register,
    cu_check,
    mo_confirm,
    mp_geocode,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("uolho", "Uolho Claro", "com.example.uolhoclaro", "2.4.1",
          "https://api.uolhoclaro.example.org")
IID = "X-UC-Anstalacon"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
UTENTE = "298117604"  # her national health-service user number (health.medical, as a member ID)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def uolho() -> list[Case]:
    rng = random.Random(27921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correio=L(EMAIL, MAIL), ficha=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1772409600),
                (3, [(1, L(6, MED)), (2, L("fotofobia", MED)), (3, L("ofloxacina gotas", MED))]),
                (4, "2.4.1")], "", lab)
    inv = at_path(case(f, f"{a}/v1/fichas/{CHART}/faturas", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/v1/pacientes", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelhido": L(LAST, NAMEC), "correio": L(EMAIL, MAIL),
            "telemobel": L(E164, TEL), "data_nacimiento": L(DOB, BIRTH),
            "sexo": L("mulhier", GENDER), "titulo_residencia": L(RESIDENCE, NID),
            "numaro_utente": L(UTENTE, MED), "lhengua": "en", "cumo_soubo": "amiga"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telemobel": L(E164, TEL), "codigo": L("270419", CRED)}),
        case(f, f"{a}/v1/miu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/storial", gz=True, headers=_h(rng, **b), body={
            "ficha": L(CHART, MED), "duencas": [L("queratocone", MED), L("rinite alergica", MED)],
            "melezinas": [L("cetirizina 10 mg", MED)], "alergias": [L("latex", MED)],
            "sfrega_uolhos": L(True, MED), "lentes_contato": L("rigidas desde 2019", MED),
            "familiares_queratocone": L(False, MED), "grabidez": L(False, MED)}),
        multipart(f, f"{a}/v1/topografies", [
            ("mapa", "pentacam_2026_02.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "ficha": L(CHART, MED), "uolho": L("squierdo", MED), "kmax": L(56.8, MED),
                "paquimetrie_min": L(452, MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/planos/atual", headers=_h(rng, **b), query={"ficha": L(CHART, MED)}),
        case(f, f"{a}/v1/planos/aceitar", headers=_h(rng, **b), body={
            "ficha": L(CHART, MED), "uolho": L("squierdo", MED),
            "tratamiento": L("crosslinking epi-off", MED), "orcamento": L(1150, BUY),
            "moeda": "EUR"}),
        case(f, f"{a}/v1/pagamientos/sinal", fmt="form", headers=_h(rng, **b), body={
            "balor": L("300", BUY), "moeda": "EUR", "redadeiros_4": L("4444", PAY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ficha": L(CHART, MED)}),
        case(f, f"{a}/v1/cunsultas", headers=_h(rng, **b), body={
            "ficha": L(CHART, MED), "tipo": L("cirurgie crosslinking", MED),
            "ampeco": "2026-03-05T09:30", "sala": "bl_2", "anestesia": L("gotas", MED)}),
        multipart(f, f"{a}/v1/cunsentimientos", [
            ("assinatura", "assinatura.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28),
                                                          MEDIA)),
            ("form", None, "application/json", {"ficha": L(CHART, MED), "form": "cxl_v3",
                                                "assinado_por": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/chegada", headers=_h(rng, **b), body={
            "cunsulta": obj(rng, "cs"), "lugar": {"lat": cla, "lng": clo},
            "clinica": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/diairo", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/uolho/fotografies", [
            ("fotografie", "die3.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"ficha": L(CHART, MED), "die": 3,
                                                "bermelhidon": L("moderada", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mensaiges", headers=_h(rng, **b), body={
            "para": {"nome": L(DOCTOR[0], NAMEC), "correio": L(DOCTOR[1], MAIL)},
            "testo": L("Day 3 after cross-linking, the left eye still burns and waters a lot. "
                       "Should I keep the bandage lens in?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/receitas", headers=_h(rng, **b), query={
            "ficha": L(CHART, MED), "atibas": "true"}),
        case(f, f"{a}/v1/bideo/salas", headers=_h(rng, **b), body={
            "cunsulta": obj(rng, "cs"), "token_sala": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/lentes/ancomenda", fmt="form", headers=_h(rng, **b), body={
            "ficha": L(CHART, MED), "tipo": L("sclerale 16.5", MED),
            "uolho_squierdo": L("BC 7.9 / -4.25", MED), "uolho_dreito": L("BC 8.1 / -2.00", MED),
            "precio": L("890", BUY)}),
        case(f, f"{a}/v1/lentes/seguro", headers=_h(rng, **b), body={
            "ficha": L(CHART, MED), "plano": "perda_quebra_12m", "balor": L(79, BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/partilhar", headers=_h(rng, **b), body={
            "ficha": L(CHART, MED), "cun": {"nome": L(HUSBAND[0], NAMEC),
                                            "telemobel": L(HUSBAND[1], TEL)},
            "ambito": ["cunsultas", "faturas"]}),
        inv,
        case(f, f"{a}/v1/pagamientos/prestacones", headers=_h(rng, **b), body={
            "total": L(850, BUY), "meses": 5, "mensal": L(170, BUY),
            "iban": L(PT_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/aparelhos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eibentos", headers=_h(rng, **b), body={
            "outelizador": L(USER_ID, UID), "sesson": rid(rng), "eibentos": [
                ev("plano_bisto", 1), ev("ecran", 2, ecran=L("DiairoPosOperatorio", USAGE))]}),
    ]


def uolho_sdks() -> list[Case]:
    rng = random.Random(27922)
    return [
        ct_batch(APP, rng, [("Plan Accepted", {"eye": L("left", MED)}),
                            ("Deposit Paid", {"amount": L(300, BUY)})]),
        ct_queue(APP, rng, [("Diary Entry", {"pain": L(6, MED)}),
                            ("Photo Uploaded", {"day": 3})]),
        rs_launch(APP, rng, first=True, user=True),
        qb_session(APP, rng, secs=604),
        ct_identify(APP, rng, {"clinic": CLINIC["id"], "cunceilho": L("Miranda do Douro",
                                                                     COARSE)}),
        bd_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("keratoconus", MED)}, hdr=True),
        cp_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cu_check(APP, rng, {"analytics": True, "research": False}),
        mo_confirm(APP, rng, "300.00"),
        mp_geocode(APP, rng, "Clínica de Uolhos de Miranda", "behavior.search",
                   near=HOME_AT, nd=2),
        aj_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "topografie_dreito.pdf",
                  "application/pdf"),
    ]
