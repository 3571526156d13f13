"""Coffee-chain loyalty and ordering app "Grãozinho" (a Brazilian company: its API's keys are
Brazilian Portuguese), used by the profile's user while she lives in São Paulo on an
assignment: sign-up with her CPF and Brazilian mobile, an SMS code, a CPF log-in, her address
(CEP, street, bairro), stores near her, the menu, a pick-up order (a note about her diabetes, the
CPF on the receipt), a Pix payment, a delivery order, order tracking, points and a reward, a
rating, a gift card for a friend, her birthday, preferences, a complaint with a photo, the
coffee club, devices, events and a cookie-authenticated points balance."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families27_kit import code
from eval_families31_kit import (
    BAIRRO,
    CEP,
    CIDADE,
    COMPL,
    CPF,
    CPF_FMT,
    CPF_MASKED,
    DOB_BR,
    FRIEND_BR,
    LOJAS_AT,
    NUMERO,
    PHONE_BR,
    PHONE_BR_E164,
    PHONE_BR_NATIONAL,
    RUA,
    SP_FIX,
    SP_HOME_AT,
    UF,
)
from eval_families31_sdk import ct_batch, ct_identify, fw_crumb, fw_notify, tl_event, tl_session
from eval_families31_svc import (
    fm_eval,
    gh_route,
    nc_channel,
    nc_register,
    pv_pix,
    yv_save,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("graozinho", "Graozinho", "com.example.graozinho", "5.2.7",
          "https://api.graozinho.example.com")
IID = "X-Grao-Dispositivo"
TZ = "America/Sao_Paulo"
LOJA = "loja_pinheiros_02"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def graozinho() -> list[Case]:
    rng = random.Random(3171)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nome=L(FIRST, NAMEC),
                                    cpf=L(CPF_MASKED, NATID)))}
    b = {"auth": "bearer"}
    pedido, entrega = code(rng, "GZ"), code(rng, "GZ")
    cases = [
        case(f, f"{a}/v1/cadastro", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "sobrenome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "senha": L("Cafezinho@Paulista8", CRED), "cpf": L(CPF_FMT, NATID),
            "celular": L(PHONE_BR, TEL), "data_nascimento": L(DOB_BR, BIRTH),
            "genero": L("feminino", GENDER), "aceite_termos": True, "aceite_lgpd": True}),
        case(f, f"{a}/v1/verificacao/sms", fmt="form", headers=_h(rng), body={
            "celular": L(PHONE_BR_E164, TEL), "codigo": L("318204", CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "cpf": L(CPF, NATID), "senha": L("Cafezinho@Paulista8", CRED)}),
        case(f, f"{a}/v1/eu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/enderecos", headers=_h(rng, **b), body={
            "apelido": "Casa", "cep": L(CEP, COARSE), "logradouro": L(RUA, ADDR),
            "numero": L(NUMERO, ADDR), "complemento": L(COMPL, ADDR),
            "bairro": L(BAIRRO, COARSE), "cidade": L(CIDADE, COARSE), "uf": L(UF, COARSE),
            "lat": L(SP_HOME_AT[0], PRECISE), "lng": L(SP_HOME_AT[1], PRECISE),
            "referencia": L("Portão azul ao lado da padaria", TEXT)}),
        case(f, f"{a}/v1/lojas/proximas", headers=_h(rng, **b), query={
            "lat": L(f"{SP_FIX[0]:.3f}", PRECISE), "lng": L(f"{SP_FIX[1]:.3f}", PRECISE),
            "raio_km": "2", "aberta_agora": "true"}),
        case(f, f"{a}/v1/lojas/{LOJA}/cardapio", headers=_h(rng, how="upper"),
             query={"canal": "app", "versao": "2025-12"}),
        case(f, f"{a}/v1/pedidos", headers=_h(rng, **b), body={
            "loja_id": LOJA, "tipo": "retirada", "retirada_em": "2025-12-09T08:15:00-03:00",
            "itens": [{"sku": "cappuccino_m", "qtd": 1, "leite": "aveia"},
                      {"sku": "pao_de_queijo_3", "qtd": 1}],
            "observacao": L("Sem açúcar por favor, sou diabética", f"{TEXT}|{MED}"),
            "cupom": "GRAO10", "cpf_na_nota": L(CPF, NATID), "total": L("28.90", BUY),
            "pontos_ganhos": L(29, BUY), "id_cliente": rid(rng)}),
        case(f, f"{a}/v1/pagamentos", fmt="form", headers=_h(rng, **b), body={
            "pedido": L(pedido, BUY), "metodo": "pix", "valor": L("28.90", BUY),
            "chave_pix_loja": "7d9f2c1e-4b80-4a7e-9a51-2f0c6e3d8b14"}),
        case(f, f"{a}/v1/pedidos", headers=_h(rng, **b), body={
            "loja_id": LOJA, "tipo": "entrega", "endereco_id": "end_1",
            "minha_posicao": {"lat": L(SP_HOME_AT[0], PRECISE),
                              "lng": L(SP_HOME_AT[1], PRECISE)},
            "itens": [{"sku": "cold_brew_g", "qtd": 2}], "gorjeta": L("5.00", BUY),
            "taxa_entrega": L("6.90", BUY), "total": L("49.70", BUY),
            "instrucoes": L("Interfone 82, pode deixar na portaria", TEXT)}),
        at_path(case(f, f"{a}/v1/pedidos/{entrega}/status", headers=_h(rng, **b)), entrega,
                BUY),
        case(f, f"{a}/v1/recompensas/resgatar", headers=_h(rng, **b), body={
            "recompensa": "bebida_gratis", "pontos": L(150, BUY), "loja_id": LOJA}),
        case(f, f"{a}/v1/avaliacoes", headers=_h(rng, **b), body={
            "pedido": L(pedido, BUY), "nota": 4,
            "comentario": L("Cappuccino ótimo, mas o pão de queijo veio frio", TEXT)}),
        case(f, f"{a}/v1/vale-presente", headers=_h(rng, **b), body={
            "para_nome": L(FRIEND_BR[0], NAMEC), "para_celular": L(FRIEND_BR[1], TEL),
            "para_email": L(FRIEND_BR[2], MAIL), "valor": L("50.00", BUY),
            "mensagem": L("Feliz aniversário, Bia! Um café por minha conta", TEXT)}),
        case(f, f"{a}/v1/perfil/aniversario", fmt="form", headers=_h(rng, **b), body={
            "dia_mes": L("17/05", BIRTH), "receber_mimo": "true"}),
        case(f, f"{a}/v1/perfil/preferencias", fmt="form", headers=_h(rng, **b), body={
            "bebida_favorita": "cappuccino", "leite": "aveia", "notificacoes": "true",
            "email_marketing": "false"}),
        multipart(f, f"{a}/v1/fale-conosco", [
            ("foto", "pedido_errado.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("dados", None, "application/json", {
                "pedido": L(entrega, BUY), "motivo": "item_errado",
                "mensagem": L("Pedi cold brew e veio café gelado com leite", TEXT),
                "contato": L(PHONE_BR_NATIONAL, TEL)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/clube/verificar", headers=_h(rng, **b), body={
            "produto": L("clube_grao_mensal", BUY), "pedido": L("GPA.3396-4410-2287-55108",
                                                                BUY),
            "token_compra": L(play_token(rng), BUY), "pacote": APP.pkg}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_instalacao": L(INSTALL_ID, DID),
            "fuso_horario": L(TZ, DEV), "idioma": L("en-US", DEV)}),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("pedido_feito", 1, tipo="retirada"), ev("recompensa_resgatada", 2),
                ev("tela", 3, tela=L("Cardapio", USAGE))]}),
        case(f, f"{a}/v1/pontos/saldo", headers=_h(rng, how="none"),
             cookies={"gz_sessao": L(opaque(rng, "", 48), CRED),
                      "gz_disp": L(INSTALL_ID, DID)}),
    ]
    return cases


def graozinho_sdks() -> list[Case]:
    rng = random.Random(3172)
    return [
        ct_batch(APP, rng, [("Pedido Feito", {"tipo": "retirada", "total": L(28.9, BUY)}),
                            ("Tela Vista", {"tela": L("Lojas", USAGE)})],
                 at=SP_FIX, nd=3, tz=TZ),
        ct_identify(APP, rng, {"cidade": L(CIDADE, COARSE), "bairro": L(BAIRRO, COARSE),
                               "nivel": "ouro"}),
        tl_session(APP, rng, first=True),
        tl_event(APP, rng, "pedido_concluido", {"loja": LOJA}, revenue=28.9,
                 currency="BRL", hashed=True),
        fw_notify(APP, rng, ("retrofit2.HttpException", "HTTP 502"),
                  [fw_crumb("navigation", "Cardapio -> Sacola"),
                   fw_crumb("request", "POST /v1/pedidos", {"status": 502})],
                  screen="SacolaActivity", tz=TZ),
        fm_eval(APP, rng, {"uf": L(UF, COARSE), "nivel": "ouro"}),
        nc_register(APP, rng, at=SP_FIX, nd=2, tz=-10800, tags={"loja_favorita": LOJA}),
        yv_save(APP, rng, {"analytics": True, "marketing": True}, country="BR", region="SP",
                user=True),
        pv_pix(APP, rng, "28.90", CPF, L(NAME, NAMEC), L(EMAIL, MAIL)),
        nc_channel(APP, rng, "sms", L(PHONE_BR_E164, TEL)),
        gh_route(APP, rng, LOJAS_AT[0], None, SP_HOME_AT, PRECISE, mode="bicycle"),
    ]
