"""A state housing estate's rent-to-own tenant app "Onjo Yetu" ("our house": the flat in block B7
of Centralidade Sakala, Huambo, is theirs after 20 years of monthly instalments; its API's keys mix
Umbundu, ASCII-folded, with the housing programme's Portuguese terms: ``onjo`` house, ``contrato``
contract, ``prestacao`` instalment, ``efeto`` payment, ``olombongo`` amount, ``ofuka`` debt
(arrears), ``epata`` household, ``onduko`` name, ``otelefone`` phone, ``eteke_lyokucitiwa``
birth date, ``bilhete`` ID card, ``ukombe`` visitor, ``ocisapi`` key (the intercom code),
``ovava`` water, ``okupanga`` repair, ``ondaka`` text, ``vizinhos`` neighbours, ``senha``
password, ``elimi`` language): a log-in by tax number, ``/ame``, the contract by number in the
path, the statement, January's instalment by direct debit from her IBAN, an arrears plan, a
payslip uploaded as proof of income, the household (husband and son), her documents renewed, a
repair with a photo, a water cut reported from the flat, the electricity meter reading (gzip),
the intercom code changed, a visitor pass for her mother-in-law, the parking space, the
condominium fee, the block's chat, a complaint, the smart meter joined to the home Wi-Fi,
preferences in a base64 JSON cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families229_kit import (
    AO_IBAN,
    CONTRACT,
    ESTATE,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    NIF,
    RESIDENT_CARD,
    SON,
    fix,
    hd,
    push,
)
from eval_families229_sdk import ck_crash, ck_crumb, en_launch, kb_bid, kb_notice, tx_batch
from eval_families229_svc import (
    cj_check,
    cm_card,
    cm_confirm,
    ft_eval,
    hm_message,
    pk_register,
)
from eval_payloads import BSSID, LOCAL_IP, NAME, SSID, USER_ID, Case, J, L, W, case

APP = App("onjoyetu", "Onjo Yetu", "com.example.onjoyetu", "1.4.7",
          "https://api.onjoyetu.example.com")
IID = "X-OnjoYetu-Device"
PW = "Sakala-B7-3D!"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
HUSBAND_BI = "004518276HO042"  # his Angolan ID card (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pt=True, **kw)


def onjoyetu() -> list[Case]:
    rng = random.Random(22931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, contrato=L(CONTRACT, UID), nif=L(NIF, NID)))}
    hla, hlo = fix(HOME_AT, 5)
    contract = at_path(case(f, f"{a}/v1/contratos/{CONTRACT}", headers=_h(rng, **b)),
                       CONTRACT, UID)
    return [
        case(f, f"{a}/v1/okuingila", fmt="form", headers=_h(rng), body={
            "nif": L(NIF, NID), "senha": L(PW, CRED), "canal": "app"}),
        case(f, f"{a}/v1/ame", headers=_h(rng, extra=jw)),
        contract,
        case(f, f"{a}/v1/extracto", headers=_h(rng, **b), query={
            "contrato": L(CONTRACT, UID), "ano": "2025"}),
        case(f, f"{a}/v1/efeto", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID), "prestacao": "2026-01",
            "olombongo": L("68500.00", BUY), "moeda": "AOA",
            "debito": {"iban": L(AO_IBAN, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC)},
            "referencia": rid(rng)}),
        case(f, f"{a}/v1/ofuka/plano", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID), "ofuka": L(137000, BUY), "meses": 4,
            "mensal": L(34250, BUY),
            "motivo": L("My salary came late in November and December, I can pay the arrears "
                        "over four months.", TEXT)}),
        multipart(f, f"{a}/v1/rendimentos", [
            ("recibo", "recibo_salario_dez.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"contrato": L(CONTRACT, UID), "mes": "2025-12",
                                                "tipo": "recibo_vencimento"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/epata", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID), "membros": [
                {"onduko": L(HUSBAND[0], NAMEC), "bilhete": L(HUSBAND_BI, NID),
                 "otelefone": L(HUSBAND[1], TEL), "relacao": "ulume"},
                {"onduko": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "eteke_lyokucitiwa": L(SON["dob"], BIRTH), "relacao": "omola"}]}),
        case(f, f"{a}/v1/titular/documentos", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID), "cartao_residente": L(RESIDENT_CARD, NID),
            "validade": "2028-01-31", "nif": L(NIF, NID)}),
        multipart(f, f"{a}/v1/okupanga", [
            ("efoto", "cano.jpg", "image/jpeg", L(JPEG + b"\x4e", MEDIA)),
            ("meta", None, "application/json", {
                "contrato": L(CONTRACT, UID), "divisao": "casa de banho",
                "ondaka": L("The pipe under the sink leaks and the floor is always wet", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ovava/falta", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID), "desde": "2026-01-12T06:00",
            "ocitumalo": {"lat": hla, "lng": hlo}, "bloco": ESTATE["block"],
            "escritorio": {"lat": ESTATE["lat"], "lng": ESTATE["lon"]}}),
        case(f, f"{a}/v1/energia/leitura", gz=True, headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID),
            "leituras": [{"contador": "EN-44718", "kwh": 18422.6},
                         {"contador": "AG-20931", "m3": 412.9}]}),
        case(f, f"{a}/v1/ocisapi", fmt="form", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID), "codigo": L("4172", CRED)}),
        case(f, f"{a}/v1/ukombe", headers=_h(rng, **b), body={
            "onduko": L(MOTHER_IL[0], NAMEC), "otelefone": L(MOTHER_IL[1], TEL),
            "de": "2026-02-01", "ate": "2026-02-10", "contrato": L(CONTRACT, UID)}),
        case(f, f"{a}/v1/estacionamento", headers=_h(rng, **b), query={
            "contrato": L(CONTRACT, UID), "matricula": "HO-27-48-AB"}),
        case(f, f"{a}/v1/condominio/efeto", fmt="form", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID), "olombongo": L("7500", BUY), "mes": "2026-01",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/vizinhos/mensagens", headers=_h(rng, **b), body={
            "bloco": ESTATE["block"],
            "ondaka": L("Who left the gate open again? Goats from the next bairro are eating the "
                        "garden.", TEXT)}),
        case(f, f"{a}/v1/reclamacoes", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, UID), "categoria": "ruido",
            "ondaka": L("The block's generator runs all night right under our son's window",
                        TEXT)}),
        case(f, f"{a}/v1/contador/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "contador": "EN-44718"}),
        case(f, f"{a}/v1/preferencias", headers=_h(rng, **b), cookies={
            "oy_sessao": L(opaque(rng, "", 40), CRED),
            "oy_prefs": W({"contrato": L(CONTRACT, UID), "elimi": L("en", DEV),
                           "bairro": L(HOME["bairro"], COARSE)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("prestacao_paga", 1), ev("screen", 2, screen=L("Extracto", USAGE))]}),
    ]


def onjoyetu_sdks() -> list[Case]:
    rng = random.Random(22932)
    return [
        tx_batch(APP, rng, [("Instalment Paid", {"amount": L(68500, BUY)}),
                            ("Repair Requested", {"room": "bathroom"})],
                 at=HOME_AT, nd=2, locale="pt_AO"),
        en_launch(APP, rng, user=True),
        kb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,furniture,huambo"),
        kb_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalArgumentException", "iban checksum"),
                 [ck_crumb("nav", "Efeto -> Debito")], screen="DebitoActivity"),
        ft_eval(APP, rng, {"estate": ESTATE["id"], "ombala": L("Huambo", COARSE)}, hdr=True),
        pk_register(APP, rng, lang="pt", tags={"bloco": ESTATE["block"]}),
        cj_check(APP, rng, {"analytics": True}),
        cm_card(APP, rng),
        cm_confirm(APP, rng, "7500"),
        hm_message(APP, rng, L(f"January's instalment was debited twice from my account, "
                               f"{NAME}", f"{TEXT}|{NAMEC}"), {"contrato": L(CONTRACT, UID)}),
    ]

