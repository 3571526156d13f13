"""Children's stick-dance school app "Paulitos" (the pauliteiros group of Sendim runs a school for
children who learn the lhaços, the stick dances of the Terra de Miranda, with sticks, castanets,
a piper and a drummer; Aurora, 8, has joined the girls' group). Its API's keys are Mirandese,
ASCII-folded, with English loans: ``ancarregado`` guardian, ``aluno`` pupil, ``nome``,
``apelhido``, ``correio``, ``telemobel``, ``palabra_passe``, ``data_nacimiento``, ``eidade``
age, ``sexo``, ``cc`` citizen card number, ``salude`` health, ``alergias``, ``melezinas``,
``ansaio`` rehearsal, ``lhaco`` dance, ``paulitos`` sticks, ``traje`` costume (``saia`` skirt,
``colete`` waistcoat, ``talha`` size), ``altura`` height, ``festibal``, ``biaije`` trip,
``outorizacon`` consent, ``recolha`` pick-up, ``abo`` grandmother, ``mensalidade`` monthly fee,
``presencas`` attendance, ``fotografie``, ``mensaige``, ``busca``: the parent's log-in (OAuth
password grant), ``/miu`` with an ``alunos`` claim, Aurora enrolled (her citizen card), the
health form (gzip), the monthly fee, the costume ordered with her sizes, the rehearsal calendar,
attendance by pupil number in the path, an absence note, the check-in at the hall, the festival
trip to Spain with a consent, a pick-up authorisation for her grandmother, a message to the
teacher, photo consent and a performance photo, a lost-stick notice, a search, the address, push
and events with a session cookie. The grep found "pauliteiro", "stick-dance" and "lhaço" in no
docstring ("stick dance" only as a key word of set 185); sets 228 and 235 have children's
dance troupes (masks, a festival committee), many sets dance schools: this is a stick-dance
school."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families279_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families279_sdk import ct_batch, ct_identify, lx_bid, qb_crash, qb_crumb, rs_launch
from eval_families279_svc import aj_message, bd_eval, cp_register, cu_save, mo_card, mo_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("paulitos", "Paulitos", "com.example.paulitos", "1.3.5",
          "https://api.paulitos.example.org")
IID = "X-Paulitos-Aparelho"
PW = "Lhacos!Aurora17"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUPIL = DAUGHTER["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pt=True, **kw)


def paulitos() -> list[Case]:
    rng = random.Random(27941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correio=L(EMAIL, MAIL), alunos=[L(PUPIL, UID)],
                                    papel="ancarregado"))}
    hla, hlo = fix(HALL_FIX, 5)
    att = at_path(case(f, f"{a}/v1/alunos/{PUPIL}/presencas", headers=_h(rng, **b),
                       query={"mes": "2026-02"}), PUPIL, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "paulitos-pais"}),
        case(f, f"{a}/v1/miu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/anscricones", headers=_h(rng, **b), body={
            "aluno": {"nome": L(DAUGHTER["first"], NAMEC), "apelhido": L(DAUGHTER["last"], NAMEC),
                      "data_nacimiento": L(DAUGHTER["dob"], BIRTH),
                      "sexo": L(DAUGHTER["sex"], GENDER), "cc": L(DAUGHTER["cc"], NID)},
            "grupo": "ninas_1", "numaro_aluno": L(PUPIL, UID),
            "ancarregado": {"nome": L(f"{FIRST} {LAST}", NAMEC),
                            "telemobel": L("+15550100199", TEL), "relacon": "mai"}}),
        case(f, f"{a}/v1/salude/ficha", gz=True, headers=_h(rng, **b), body={
            "aluno": L(PUPIL, UID), "nome": L(KID, NAMEC), "alergias": [L("picadas de abeilha",
                                                                         MED)],
            "melezinas": [L("bomba de asma (salbutamol) se precisar", MED)],
            "asma": L(True, MED), "grupo_sangue": L("O+", MED),
            "nota": L("She gets short of breath in the cold, keep her inhaler in her bag",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/mensalidades/pagar", fmt="form", headers=_h(rng, **b), body={
            "aluno": L(PUPIL, UID), "mes": "2026-03", "balor": L("15.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/trajes/ancomenda", headers=_h(rng, **b), body={
            "aluno": L(PUPIL, UID), "saia": "burel_negro", "colete": "bordado",
            "talha": "8-9", "altura_cm": L(128, "health.fitness"),
            "paulitos": 2, "castanholas": 1, "total": L(96, BUY)}),
        case(f, f"{a}/v1/ansaios", headers=_h(rng, **b), query={
            "grupo": "ninas_1", "salon": HALL["id"], "mes": "2026-03"}),
        att,
        case(f, f"{a}/v1/faltas", headers=_h(rng, **b), body={
            "aluno": L(PUPIL, UID), "die": "2026-02-18", "motibo": L("duenca", MED),
            "nota": L("Aurora has a cough and a temperature, she will miss tonight's rehearsal.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/chegada", headers=_h(rng, **b), body={
            "aluno": L(PUPIL, UID), "lugar": {"lat": hla, "lng": hlo},
            "salon": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]},
            "tipo": "antrega"}),
        case(f, f"{a}/v1/biaijes/fest_zamora/outorizacon", fmt="form", headers=_h(rng, **b),
             body={"aluno": L(PUPIL, UID), "outorizo": "si", "cc": L(DAUGHTER["cc"], NID),
                   "telemobel_emergencia": L("+15550100199", TEL), "balor": L("25", BUY)}),
        case(f, f"{a}/v1/recolha/outorizar", headers=_h(rng, **b), body={
            "aluno": L(PUPIL, UID),
            "pessona": {"nome": L(MOTHER_IL[0], NAMEC), "telemobel": L(MOTHER_IL[1], TEL),
                        "relacon": "abo"}, "dies": ["ter", "qui"]}),
        case(f, f"{a}/v1/mensaiges", headers=_h(rng, **b), body={
            "fio": obj(rng, "fio"), "para": "mestre_ninas",
            "testo": L("Senhor Zé, Aurora left her sticks in the hall on Thursday, can she "
                       "pick them up on Saturday?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/outorizacones/imaige", fmt="form", headers=_h(rng, **b), body={
            "aluno": L(PUPIL, UID), "redes": "nun", "jornal": "si"}),
        multipart(f, f"{a}/v1/fotografies", [
            ("fotografie", "festa_santa_barbara.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {
                "aluno": L(PUPIL, UID),
                "legenda": L("Aurora's first lhaço on stage!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/perdidos", headers=_h(rng, **b), body={
            "cousa": "paulitos pintados", "salon": HALL["id"],
            "testo": L("Two painted sticks with a red ribbon, name A.P.", TEXT)}),
        case(f, f"{a}/v1/busca", headers=_h(rng, **b), query={
            "q": L("lhaço la rosa bideo ansaio", SEARCH)}),
        case(f, f"{a}/v1/perfil/morada", headers=_h(rng, **b), body={
            "morada": L(HOME["line"], "contact.address"), "pobo": L(HOME["village"], COARSE),
            "codigo_postal": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/aparelhos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eibentos", headers=_h(rng, how="none"), cookies={
            "pl_sid": L(opaque(rng, "", 40), CRED), "pl_aparelho": L(INSTALL_ID, DID)}, body={
            "outelizador": L(USER_ID, UID), "eibentos": [
                ev("ansaios_abiertos", 1), ev("ecran", 2, ecran=L("Trajes", USAGE))]}),
        case(f, f"{a}/v1/salir", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparelho": L(INSTALL_ID, DID)}),
    ]


def paulitos_sdks() -> list[Case]:
    rng = random.Random(27942)
    return [
        ct_batch(APP, rng, [("Rehearsals Opened", {"group": "ninas_1"}),
                            ("Fee Paid", {"amount": L(15, BUY)})]),
        ct_identify(APP, rng, {"papel": "ancarregado", "alunos": 1,
                               "pobo": L("Sendim", COARSE)}),
        rs_launch(APP, rng),
        lx_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,dance,folk"),
        qb_crash(APP, rng, ("java.lang.NullPointerException", "rehearsal row"),
                 [qb_crumb("nav", "Alunos -> Ansaios")], user={"id": L(USER_ID, UID)},
                 screen="AnsaiosActivity"),
        bd_eval(APP, rng, {"group": "ninas_1", "children": 1}),
        cp_register(APP, rng, tags={"grupo": "ninas_1", "salon": HALL["id"]}),
        cu_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        mo_card(APP, rng),
        mo_confirm(APP, rng, "15.00"),
        aj_message(APP, rng, L(f"The March fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"aluno": L(PUPIL, UID)}),
    ]
