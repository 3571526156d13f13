"""A paid opinion-survey panel "Ondaka" ("word": panellists in Angolan towns answer market,
social and political surveys and are paid in kwanzas to a mobile wallet or a bank account; its
API's keys are Umbundu, ASCII-folded, with the survey trade's Portuguese words: ``onduko`` name,
``otelefone`` phone, ``senha`` password, ``eteke_lyokucitiwa`` birth date, ``sexo`` sex,
``ekolelo`` faith (religion), ``etnia`` ethnicity, ``epulilo`` question, ``ekumbululo`` answer,
``ocisimilo`` opinion, ``okusola`` choice (the vote), ``olombongo`` money (the amount), ``efeto``
payment (payout), ``ekamba`` friend, ``ocitumalo`` place, ``ombala`` town, ``painelista``
panellist): sign-up, an e-mail code, ``/ame``, the demographic profile (gzip: religion,
ethnicity, household), surveys offered, a political survey answered (local elections, her voting
intention, an opinion), a religion-and-society survey, a consumer survey (msgpack), an in-store
shelf audit with a photo and her fix, a spoken answer (audio), the balance by cookie GET, payouts
to her mobile wallet and her bank account, the identity check for payouts (resident card, tax
number, a selfie), a friend referred, an offline sync of answers (JSON Lines), the town check
(2 decimals), a survey's questions, her history by panel number in the path, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families229_kit import (
    AO_IBAN,
    FRIEND,
    HOME,
    HOME_AT,
    NIF,
    PANELIST,
    RESIDENT_CARD,
    SHOP_AT,
    SHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families229_sdk import (
    ck_crash,
    ck_crumb,
    en_event,
    en_launch,
    kb_bid,
    tx_batch,
    tx_identify,
    tx_pixel,
)
from eval_families229_svc import cj_save, cm_wallet, hm_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ondaka", "Ondaka", "com.example.ondaka", "5.2.1", "https://api.ondaka.example.org")
IID = "X-Ondaka-Device"
PW = "Ekumbululo#91"
NID = "personal.national_id"
POL = obj(random.Random(22950), "sv")  # the political survey's ID (negative)
REL = obj(random.Random(22951), "sv")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pt=True, **kw)


def ondaka() -> list[Case]:
    rng = random.Random(22952)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, painelista=L(PANELIST, UID), email=L(EMAIL, MAIL)))}
    sla, slo = fix(SHOP_FIX)
    hist = at_path(case(f, f"{a}/v1/painelista/{PANELIST}/historico", headers=_h(rng, **b),
                        query={"pagina": "1"}), PANELIST, UID)
    return [
        case(f, f"{a}/v1/painelista", headers=_h(rng), body={
            "onduko": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "otelefone": L(E164, TEL), "senha": L(PW, CRED),
            "eteke_lyokucitiwa": L(DOB, BIRTH), "sexo": L("feminino", GENDER),
            "provincia": L(HOME["province"], COARSE), "ombala": L(HOME["town"], COARSE),
            "bairro": L(HOME["bairro"], COARSE), "painelista": L(PANELIST, UID)}),
        case(f, f"{a}/v1/auth/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "codigo": L("903582", CRED)}),
        case(f, f"{a}/v1/ame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/perfil", gz=True, headers=_h(rng, **b), body={
            "painelista": L(PANELIST, UID),
            "ekolelo": L("evangelica (protestante)", SENS), "etnia": L("branca", SENS),
            "estado_civil": "casada", "filhos": 1, "escolaridade": "mestrado",
            "rendimento_faixa": "300-500 mil Kz", "linguas_em_casa": ["pt", "en", "umb"],
            "trabalho": "professora"}),
        case(f, f"{a}/v1/inqueritos", headers=_h(rng, **b), query={
            "painelista": L(PANELIST, UID), "estado": "disponivel"}),
        case(f, f"{a}/v1/inqueritos/{POL}/ekumbululo", headers=_h(rng, **b), body={
            "painelista": L(PANELIST, UID), "inicio": "2026-01-13T19:02:11",
            "ovikumbululo": [
                {"epulilo": "q1", "ekumbululo": L("sim, se houver autarquicas", SENS)},
                {"epulilo": "q2", "okusola": L("partido da oposicao", SENS)},
                {"epulilo": "q3", "ekumbululo": L("confia pouco no governo provincial", SENS)},
                {"epulilo": "q4", "ocisimilo": L(
                    "Huambo needs elected local government so the municipality answers to the "
                    "people here and not to Luanda.", f"{TEXT}|{SENS}")}]}),
        case(f, f"{a}/v1/inqueritos/{REL}/ekumbululo", headers=_h(rng, **b), body={
            "painelista": L(PANELIST, UID),
            "ovikumbululo": [
                {"epulilo": "r1", "ekumbululo": L("culto todos os domingos", SENS)},
                {"epulilo": "r2", "ekumbululo": L("dizimo: sim", SENS)},
                {"epulilo": "r3", "ocisimilo": L(
                    "Our church runs the only library in the bairro, the state should help it.",
                    f"{TEXT}|{SENS}")}]}),
        case(f, f"{a}/v1/inqueritos/{obj(rng, 'sv')}/ekumbululo", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "painelista": L(PANELIST, UID),
                 "ovikumbululo": [{"epulilo": "m1", "ekumbululo": "opcao_2"},
                                  {"epulilo": "m2", "ekumbululo": "5000-10000 Kz"},
                                  {"epulilo": "m3", "ocisimilo": L(
                                      "Data bundles run out too fast and the signal drops on "
                                      "the Benguela road", TEXT)}]}),
        multipart(f, f"{a}/v1/auditoria", [
            ("efoto", "prateleira.jpg", "image/jpeg", L(JPEG + b"\x7d", MEDIA)),
            ("meta", None, "application/json", {
                "tarefa": obj(rng, "au"), "loja": "sm_hbo_centro",
                "ocitumalo": {"lat": sla, "lng": slo, "acc_m": 12},
                "loja_pos": {"lat": SHOP_AT[0], "lng": SHOP_AT[1]},
                "precos": [{"produto": "oleo 1L", "preco": 2800},
                           {"produto": "fuba 5kg", "preco": 3900}]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/audio", [
            ("audio", "resposta_q7.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"painelista": L(PANELIST, UID), "epulilo": "q7",
                                                "duracao_s": 38})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/olombongo/saldo", headers=_h(rng, how="none"), cookies={
            "ond_sessao": L(opaque(rng, "", 40), CRED), "ond_pn": L(PANELIST, UID),
            "ond_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/efeto/carteira", fmt="form", headers=_h(rng, **b), body={
            "painelista": L(PANELIST, UID), "olombongo": L("4500", BUY), "moeda": "AOA",
            "carteira": L(E164, TEL)}),
        case(f, f"{a}/v1/efeto/banco", headers=_h(rng, **b), body={
            "painelista": L(PANELIST, UID), "olombongo": L(12000, BUY),
            "iban": L(AO_IBAN, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC),
            "referencia": rid(rng)}),
        multipart(f, f"{a}/v1/verificacao", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x1f", MEDIA)),
            ("dados", None, "application/json", {"cartao_residente": L(RESIDENT_CARD, NID),
                                                 "nif": L(NIF, NID),
                                                 "painelista": L(PANELIST, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ekamba/convidar", headers=_h(rng, **b), body={
            "onduko": L(FRIEND[0], NAMEC), "email": L(FRIEND[2], MAIL),
            "otelefone": L(FRIEND[1], TEL),
            "ondaka": L("Teresa, this pays real kwanzas for 10 minutes of questions!", TEXT)}),
        lines(f, f"{a}/v1/sync", [
            {"inquerito": obj(rng, "sv"), "epulilo": "t1", "ekumbululo": "4",
             "painelista": L(PANELIST, UID), "t": 1768300101},
            {"inquerito": obj(rng, "sv"), "epulilo": "t2", "t": 1768300164,
             "ocisimilo": L("The candongueiro fare to Benguela went up again", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ocitumalo", headers=_h(rng, **b), body={
            "ombala": L("Huambo", COARSE), "lat": L(round(HOME_AT[0], 2), COARSE),
            "lng": L(round(HOME_AT[1], 2), COARSE), "fonte": "gps"}),
        case(f, f"{a}/v1/inqueritos/{POL}/ovipulilo", headers=_h(rng, **b), query={
            "lingua": "pt", "versao": "3"}),
        hist,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "pt_AO")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("survey_completed", 1), ev("screen", 2, screen=L("Saldo", USAGE)),
                ev("payout_requested", 3, amount=L(4500, BUY))]}),
    ]


def ondaka_sdks() -> list[Case]:
    rng = random.Random(22953)
    return [
        tx_batch(APP, rng, [("Survey Completed", {"survey": POL, "minutes": 11}),
                            ("Payout Requested", {"amount": L(4500, BUY)})],
                 at=HOME_AT, nd=2, adid=True, locale="pt_AO"),
        tx_identify(APP, rng, {"ombala": L("Huambo", COARSE), "sexo": L("feminino", GENDER),
                               "ekolelo": L("evangelica", SENS), "panel": L(PANELIST, UID)}),
        tx_pixel(APP, rng, "Invite Opened", {"ref": "wa"}),
        en_launch(APP, rng, first=True),
        en_event(APP, rng, "payout", {"painelista": L(PANELIST, UID)}, revenue=4500.0,
                 hashed=True),
        kb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="surveys,rewards"),
        ck_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "question 12 of 11"),
                 [ck_crumb("nav", "Inquerito -> Pergunta"), ck_crumb("tap", "next")],
                 screen="InqueritoActivity"),
        pk_register(APP, rng, lang="pt", at=HOME_AT, nd=2,
                    tags={"ombala": L("Huambo", COARSE), "temas": "sociedade"}),
        cj_save(APP, rng, {"analytics": True, "marketing": True, "sensitive_topics": True}),
        cm_wallet(APP, rng, "4500", L(E164, TEL)),
        hm_message(APP, rng, L("My payout of 12000 Kz to the bank is pending for a week",
                               f"{TEXT}|{BUY}"), {"painelista": L(PANELIST, UID)}),
    ]
