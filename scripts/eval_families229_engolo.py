"""A children's capoeira academy's parent app "Engolo" (named after the old martial art of southern
Angola; Kalei, 8, trains twice a week in the 6-9 class; its API's keys mix Umbundu, ASCII-folded,
with the academy's Portuguese words: ``onjali`` parent, ``omola`` child, ``onduko`` name,
``onduko_yepata`` surname, ``eteke_lyokucitiwa`` birth date, ``anyamo`` years (age), ``sexo``
sex, ``bilhete`` ID card, ``osikola`` school, ``uwalo`` clothes (the abada), ``elongiso`` lesson,
``efeto`` payment, ``olombongo`` amount, ``uvei`` illness, ``ovihemba`` medicines, ``osonde``
blood, ``ocilemo`` weight, ``ulepa`` height, ``kuku`` grandparent, ``esapulo`` message,
``okusanda`` search, ``ocitumalo`` place, ``corda`` belt, ``batizado`` belt ceremony): the
parent's log-in (OAuth password grant), ``/ame`` with an ``omala`` claim, her profile, Kalei
enrolled with his ID card number, his health form (gzip), his attendance by student number in the
path, the timetable, the monthly fee, an abada ordered, the belt ceremony with a seat for his
grandmother, a pick-up authorisation for his uncle, the door check-in, a video of his first roda,
a message to the mestre about his asthma, consent for a children's meeting in Benguela, a
search, notices by cookie GET, the term report (PDF), his photo for the card, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families229_kit import (
    ACADEMY,
    ACADEMY_FIX,
    BROTHER_IL,
    HOME,
    HUSBAND,
    MOTHER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families229_sdk import ck_crash, ck_crumb, en_launch, kb_bid, tx_batch, tx_identify
from eval_families229_svc import cj_save, cm_card, cm_confirm, ft_eval, hm_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("engolo", "Engolo", "com.example.engolo", "3.1.2", "https://api.engolo.example.net")
IID = "X-Engolo-Device"
PW = "Berimbau*Kalei17"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
ST = SON["student"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def engolo() -> list[Case]:
    rng = random.Random(22921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), omala=[L(ST, UID)],
                                    papel="onjali"))}
    ala, alo = fix(ACADEMY_FIX, 5)
    att = at_path(case(f, f"{a}/v1/omala/{ST}/presencas", headers=_h(rng, **b),
                       query={"mes": "2026-01"}), ST, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "engolo-onjali"}),
        case(f, f"{a}/v1/ame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/olonjali", headers=_h(rng, **b), body={
            "onduko": L(FIRST, NAMEC), "onduko_yepata": L(LAST, NAMEC), "otelefone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "endereco": L(HOME["line"], ADDR),
            "bairro": L(HOME["bairro"], COARSE), "ombala": L(HOME["town"], COARSE),
            "relacao": "mai"}),
        case(f, f"{a}/v1/omala", headers=_h(rng, **b), body={
            "onduko": L(SON["first"], NAMEC), "onduko_yepata": L(SON["last"], NAMEC),
            "eteke_lyokucitiwa": L(SON["dob"], BIRTH), "anyamo": L(8, BIRTH),
            "sexo": L(SON["sex"], GENDER), "bilhete": L(SON["bi"], NID),
            "osikola": "Escola Primaria n. 41", "classe": "3a", "turma": "kids_6_9",
            "aluno": L(ST, UID), "academia": ACADEMY["id"]}),
        case(f, f"{a}/v1/omala/saude", gz=True, headers=_h(rng, **b), body={
            "aluno": L(ST, UID), "uvei": [L("asma", MED)],
            "ovihemba": [L("salbutamol inalador 100 mcg", MED)],
            "alergia": [L("amendoim", MED)], "osonde": L("O+", MED),
            "ocilemo_kg": L(27, FIT), "ulepa_cm": L(128, FIT),
            "pode_treinar": L(True, MED), "medico": L("Dr. Paulo Ngola", NAMEC),
            "hospital": "Hospital Geral do Huambo"}),
        att,
        case(f, f"{a}/v1/elongiso/horario", headers=_h(rng, **b), query={
            "academia": ACADEMY["id"], "turma": "kids_6_9"}),
        case(f, f"{a}/v1/efeto", fmt="form", headers=_h(rng, **b), body={
            "aluno": L(ST, UID), "mes": "2026-02", "olombongo": L("12000", BUY), "moeda": "AOA",
            "cartao_final": L("4444", PAY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/uwalo", headers=_h(rng, **b), body={
            "aluno": L(ST, UID), "itens": [{"artigo": "abada branco", "tamanho": "10", "qt": 1},
                                            {"artigo": "camisola academia", "tamanho": "10",
                                             "qt": 2}],
            "olombongo": L(8500, BUY), "levantar": "academia"}),
        case(f, f"{a}/v1/batizado", headers=_h(rng, **b), body={
            "aluno": L(ST, UID), "corda": "crua", "eteke": "2026-03-14",
            "convidados": [{"onduko": L(MOTHER_IL[0], NAMEC), "relacao": "kuku"},
                           {"onduko": L(HUSBAND[0], NAMEC), "relacao": "tate"}],
            "bilhetes": 3, "olombongo": L(6000, BUY)}),
        case(f, f"{a}/v1/buscar/autorizar", headers=_h(rng, **b), body={
            "aluno": L(ST, UID),
            "omunu": {"onduko": L(BROTHER_IL[0], NAMEC), "otelefone": L(BROTHER_IL[1], TEL),
                      "relacao": "tio"}, "dias": ["ter", "qui"]}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "aluno": L(ST, UID), "ocitumalo": {"lat": ala, "lng": alo},
            "academia": {"id": ACADEMY["id"], "lat": ACADEMY["lat"], "lng": ACADEMY["lon"]},
            "tipo": "entrega"}),
        multipart(f, f"{a}/v1/roda/videos", [
            ("video", "roda_kalei.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "aluno": L(ST, UID),
                "legenda": L("Kalei's first au in the roda! So proud of him", f"{TEXT}|{NAMEC}"),
                "partilhar": "pais_da_turma"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/esapulo", headers=_h(rng, **b), body={
            "utambuli": "mestre_turma_kids", "aluno": L(ST, UID),
            "esapulo": L("Mestre, Kalei had an asthma attack on Saturday night. He will come "
                         "today but please let him rest if he starts to wheeze.",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/eventos/encontro-benguela/consentimento", fmt="form",
             headers=_h(rng, **b), body={
                 "aluno": L(ST, UID), "autorizo": "sim", "transporte": "autocarro_academia",
                 "contacto_emergencia": L(HUSBAND[1], TEL),
                 "dormida": L("Lobito, casa da avo", COARSE)}),
        case(f, f"{a}/v1/okusanda", headers=_h(rng, **b), query={
            "q": L("aulas de berimbau para criancas", SEARCH)}),
        case(f, f"{a}/v1/avisos", headers=_h(rng, how="none"), cookies={
            "eg_sid": L(opaque(rng, "", 40), CRED), "eg_dev": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v1/avaliacao/recebida", [
            ("relatorio", "avaliacao_1t.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"aluno": L(ST, UID),
                                                "assinado": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/omala/foto", [
            ("efoto", "kalei_cartao.jpg", "image/jpeg", L(JPEG + b"\x5b", MEDIA)),
            ("meta", None, "application/json", {"aluno": L(ST, UID), "uso": "cartao_aluno"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": obj(rng, "ss"), "events": [
                ev("fee_paid", 1), ev("screen", 2, screen=L("Presencas", USAGE))]}),
    ]


def engolo_sdks() -> list[Case]:
    rng = random.Random(22922)
    return [
        tx_batch(APP, rng, [("Fee Paid", {"amount": L(12000, BUY)}),
                            ("Video Uploaded", {"secs": 41})]),
        tx_identify(APP, rng, {"role": "parent", "children": 1,
                               "ombala": L("Huambo", COARSE)}),
        en_launch(APP, rng),
        kb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,sport,capoeira"),
        ck_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encode"),
                 [ck_crumb("nav", "Roda -> Upload")], user={"id": L(USER_ID, UID)},
                 screen="RodaUploadActivity"),
        ft_eval(APP, rng, {"academy": ACADEMY["id"], "children": 1}),
        pk_register(APP, rng, tags={"turma": "kids_6_9", "academia": ACADEMY["id"]}),
        cj_save(APP, rng, {"analytics": True, "marketing": False, "photos_public": False}),
        cm_card(APP, rng, email=True),
        cm_confirm(APP, rng, "12000"),
        hm_message(APP, rng, L(f"The February fee for {KID} shows as unpaid", f"{TEXT}|{NAMEC}"),
                   {"aluno": L(ST, UID)}),
    ]
