"""Ride-hailing and motorcycle-taxi app "Vaivém" in São Paulo (its API's keys are Portuguese;
she is there on a three-month assignment): sign-up with her CPF, an SMS log-in, ``/eu``, her
saved places, drivers nearby, a fare estimate, a motorcycle ride requested (pickup and drop-off),
the helmet check, her fixes during the ride (msgpack), the trip shared with a friend, an SOS
(protobuf), the rating with a tip, a Pix payment, a receipt, a lost item, a car ride to the
airport, a profile photo, a promo code, the anti-fraud device check, push, events and the trip
history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families49_kit import (
    AMIGA,
    CGH_AT,
    CGH_DROP,
    CPF,
    CPF_DIGITS,
    DATA_NASC,
    PILOTO,
    SP_HOME,
    SP_HOME_AT,
    SP_WORK_AT,
    SP_WORK_LINE,
    path_fixes,
)
from eval_families49_sdk import (
    bq_bid,
    cm_event,
    cm_session,
    cw_crash,
    cw_crumb,
    eb_batch,
    eb_identify,
)
from eval_families49_svc import fs_eval, pb_pix, pm_register, tb_geocode, tb_reverse
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("vaivem", "Vaivem", "com.example.vaivem", "6.14.2", "https://api.vaivem.example.com")
IID = "X-Vaivem-Aparelho"
SENHA = "Jabuticaba#91"
E164 = PHONE.replace(" ", "")
TZ = "America/Sao_Paulo"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("pt-BR,pt;q=0.9,en;q=0.7", DEV)
    return h


def _end(at: tuple[float, float], nd: int = 6) -> dict[str, Any]:
    la, lo = fix(at, nd)
    return {"lat": la, "lng": lo}


def vaivem() -> list[Case]:
    rng = random.Random(4911)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, cpf=L(CPF_DIGITS, NATID), tel=L(E164, TEL)))}
    b = {"auth": "bearer"}
    moto, carro = obj(rng, "corr", 10), obj(rng, "corr", 10)
    lab: dict[str, str] = {}
    sos = pb([(1, L(USER_ID, UID)), (2, moto), (3, [(1, L(-23.574418, PRECISE)),
                                                    (2, L(-46.679902, PRECISE))]),
              (4, 1765391022), (5, L(38, DEV)), (6, "moto")], "", lab)
    est = (f"{SP_HOME_AT[0]:.6f},{SP_HOME_AT[1]:.6f}", f"{SP_WORK_AT[0]:.6f},{SP_WORK_AT[1]:.6f}")
    recibo = case(f, f"{a}/v2/corridas/{moto}/recibo", headers=_h(rng, **b),
                  query={"formato": "pdf", "enviarPara": L(EMAIL.upper(), MAIL)})
    return [
        case(f, f"{a}/v2/cadastro", headers=_h(rng), body={
            "nome": L(NAME, NAMEC), "email": L(EMAIL_MIXED, MAIL), "telefone": L(E164, TEL),
            "cpf": L(CPF, NATID), "data_nascimento": L(DATA_NASC, BIRTH),
            "genero": L("feminino", GENDER), "senha": L(SENHA, CRED), "aceite_termos": True,
            "idioma": L("pt-BR", DEV)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefone": L(PHONE, TEL), "canal": "sms", "tentativa": "1"}),
        case(f, f"{a}/v2/auth/sms/verificar", fmt="form", headers=_h(rng), body={
            "telefone": L(E164, TEL), "codigo": L("481920", CRED),
            "aparelho": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/eu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/perfil/lugares", headers=_h(rng, **b), body={
            "rotulo": "Casa", "endereco": {
                "logradouro": L(SP_HOME["logradouro"], ADDR), "numero": L(SP_HOME["numero"], ADDR),
                "complemento": L(SP_HOME["complemento"], ADDR),
                "bairro": L(SP_HOME["bairro"], COARSE), "cidade": L(SP_HOME["cidade"], COARSE),
                "uf": L(SP_HOME["uf"], COARSE), "cep": L(SP_HOME["cep"], COARSE)},
            "posicao": _end(SP_HOME_AT)}),
        case(f, f"{a}/v2/perfil/lugares", headers=_h(rng, **b), body={
            "rotulo": "Trabalho", "endereco": {"linha": L(SP_WORK_LINE, ADDR)},
            "posicao": _end(SP_WORK_AT, 5)}),
        case(f, f"{a}/v2/motoristas/proximos", headers=_h(rng, **b), query={
            "lat": L(f"{SP_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{SP_HOME_AT[1]:.4f}", PRECISE),
            "categoria": "moto"}),
        case(f, f"{a}/v2/estimativa", headers=_h(rng, **b), query={
            "origem": L(est[0], PRECISE), "destino": L(est[1], PRECISE),
            "categorias": "moto,pop,comfort"}),
        case(f, f"{a}/v2/corridas", headers=_h(rng, **b), body={
            "id": moto, "categoria": "moto", "origem": _end(SP_HOME_AT),
            "destino": _end(SP_WORK_AT), "valorCombinado": L("14.90", BUY),
            "tarifaDinamica": 1.2, "pagamento": "pix", "passageiros": 1,
            "observacao": L("Estou no portão do prédio, blusa verde", TEXT)}),
        case(f, f"{a}/v2/corridas/{moto}/capacete", fmt="form", headers=_h(rng, **b), body={
            "capaceteRecebido": "1", "toucaHigienica": "1", "piloto": PILOTO["id"],
            "placa": PILOTO["placa"]}),
        case(f, f"{a}/v2/corridas/{moto}/posicoes", fmt="msgpack", headers=_h(rng, **b), body={
            "pts": path_fixes(rng, 5, SP_HOME_AT, SP_WORK_AT), "seq": 4,
            "piloto": {"id": PILOTO["id"], "lat": PILOTO["lat"], "lng": PILOTO["lng"]}}),
        case(f, f"{a}/v2/corridas/{moto}/compartilhar", headers=_h(rng, **b), body={
            "contato": {"nome": L(AMIGA[0], NAMEC), "telefone": L(AMIGA[1], TEL)},
            "canal": "whatsapp", "expiraEm": 3600}),
        raw(f, f"{a}/v2/seguranca/sos", sos, "application/x-protobuf", lab,
            headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/v2/corridas/{moto}/avaliacao", fmt="form", headers=_h(rng, **b), body={
            "nota": "5", "comentario": L("Piloto muito cuidadoso, respeitou os limites", TEXT),
            "piloto": PILOTO["id"], "gorjeta": L("3.00", BUY), "tags": "seguro,educado"}),
        case(f, f"{a}/v2/pagamentos/pix", headers=_h(rng, **b), body={
            "corrida": moto, "valor": L("17.90", BUY), "chaveCobranca": opaque(rng, "", 32),
            "pagador": {"nome": L(NAME, NAMEC), "cpf": L(CPF_DIGITS, NATID)}}),
        recibo,
        case(f, f"{a}/v2/achados-perdidos", headers=_h(rng, **b), body={
            "corrida": moto, "descricao": L("Esqueci um guarda-chuva azul no bagageiro", TEXT),
            "contato": L(NATIONAL, TEL)}),
        case(f, f"{a}/v2/corridas", headers=_h(rng, **b), body={
            "id": carro, "categoria": "comfort", "origem": _end(SP_WORK_AT, 5),
            "destino": _end(CGH_DROP), "destinoNome": "Congonhas - Embarque",
            "aeroporto": {"codigo": "CGH", "lat": CGH_AT[0], "lng": CGH_AT[1]},
            "valorCombinado": L("38.50", BUY), "pagamento": "cartao", "malas": 1}),
        multipart(f, f"{a}/v2/perfil/foto", [
            ("foto", "perfil.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"origem": "camera", "recorte": [0, 0, 640, 640]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/promocoes/aplicar", fmt="form", headers=_h(rng, **b), body={
            "codigo": "MOTO10", "corrida": carro}),
        case(f, f"{a}/v2/antifraude/aparelho", headers=_h(rng, how="nodash", **b), body={
            "androidId": L(ANDROID_ID, DID), "ip": L(PUBLIC_IP, IPLOC), "ipLocal": L(LOCAL_IP, DEV),
            "operadora": L("Example Mobile", "location.carrier"),
            "mccmnc": L(MCCMNC, "location.carrier"), "roaming": L(True, DEV),
            "root": L(False, DEV), "emulador": L(False, DEV), "fuso": L(TZ, DEV)}),
        case(f, f"{a}/v2/aparelhos/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "aparelho": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "so": L("Android 14", DEV), "idioma": L("pt_BR", DEV)}),
        case(f, f"{a}/v2/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("corrida_solicitada", 1, categoria="moto"), ev("sos_tocado", 2),
                ev("tela", 3, nome=L("AvaliacaoPiloto", USAGE))]}),
        case(f, f"{a}/v2/corridas/historico", headers=_h(rng, how="upper"),
             cookies={"vv_sessao": L(opaque(rng, "", 44), CRED), "vv_idioma": "pt-BR"}),
    ]


def vaivem_sdks() -> list[Case]:
    rng = random.Random(4912)
    return [
        eb_batch(APP, rng, [("Ride Requested", {"category": "moto", "fare": L(14.9, BUY)}),
                            ("SOS Pressed", {})], at=SP_HOME_AT, nd=2, tz=TZ, locale="pt-BR"),
        eb_identify(APP, rng, {"city": L("São Paulo", COARSE), "email": L(EMAIL, MAIL),
                               "rides": 2}),
        cm_session(APP, rng, first=True, lang="pt", country="BR"),
        cm_event(APP, rng, "ride_completed", {"category": "moto", "city": L("sao-paulo", COARSE)},
                 revenue="17.90", currency="BRL", hashed=True, lang="pt", country="BR"),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SP_HOME_AT, nd=3, country="BRA"),
        cw_crash(APP, rng, ("java.lang.IllegalStateException", "pix qr not ready"),
                 [cw_crumb("navigation", "Corrida -> Pagamento"),
                  cw_crumb("request", "POST /v2/pagamentos/pix", {"status": 502})],
                 screen="PagamentoActivity", tz=TZ, locale="pt_BR"),
        fs_eval(APP, rng, {"city": L("sao-paulo", COARSE), "motoEnabled": True}),
        pm_register(APP, rng, tags={"cidade": L("sp", COARSE)}, tz=TZ, lang="pt"),
        pb_pix(APP, rng, "17.90", CPF),
        tb_geocode(APP, rng, "Aeroporto de Congonhas", "behavior.search", near=SP_WORK_AT,
                   nd=3, lang="pt"),
        tb_reverse(APP, rng, SP_HOME_AT, PRECISE, nd=5),
    ]
