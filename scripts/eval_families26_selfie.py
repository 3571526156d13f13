"""Selfie and beauty-filter camera "Espelhia" (a Brazilian company; its API's keys are
Portuguese): filters fitted to the face (landmarks, a face embedding, expression coefficients in
protobuf), photos, gallery face grouping, account recovery by a liveness check, effects the user
publishes, a pet filter, a Pro subscription, invitations."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    F32,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    anchors,
    blend,
    canonical_face,
    f32b64,
    flat,
    landmarks,
    multipart,
    pb,
    pet_landmarks,
    push_token,
    raw,
    tok,
)
from eval_families19_kit import EMAIL_MIXED, PHONE_PAREN
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families26_sdk import (
    lantern_bid,
    lantern_notice,
    loom_event,
    loom_launch,
    warden_crumb,
    warden_report,
    wren_batch,
    wren_identify,
)
from eval_families26_svc import agree_save, hive_message, tog_eval, wick_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case, rnd_hex

APP = App("espelhia", "Espelhia", "br.example.espelhia", "6.3.1",
          "https://api.espelhia.example.com")
IID = "X-Espelhia-Aparelho"
HANDLE = "jane.brilha"
AT_BRUNCH = (40.738412, -73.992207)  # the phone where the photo was taken (her own fix)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _frames(rng: random.Random) -> Case:
    """Expression coefficients per frame as schema-less protobuf: the session (1), frames
    (2, repeated: time 1, 52 float32 coefficients 2), the frame rate (3)."""
    rows = [(2, [(1, i * 33), (2, struct.pack("<52f", *blend(rng)))]) for i in range(3)]
    data = pb([(1, "ses_" + rnd_hex(rng, 12)), *rows, (3, F32(29.7))], "", {})
    labels = {f"2[{i}].2": FACE for i in range(3)}
    return raw(APP.fam, f"{APP.api}/v2/filtros/quadros", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def _recovery(rng: random.Random) -> Case:
    """Account recovery by a liveness check: a short selfie video, the face template computed
    on the phone, the e-mail; the recovery ticket a JWT cookie."""
    acc: Acc = {}
    ck = tok({"sub": L(USER_ID, UID), "escopo": "recuperacao", "exp": 1765304000}, "cookie",
             "esp_recuperacao", acc)
    return add(multipart(APP.fam, f"{APP.api}/v2/recuperacao/prova-de-vida", [
        ("video", "selfie.mp4", "video/mp4", L(MP4, MEDIA)),
        ("dados", None, "application/json", {
            "modelo_facial": L(f32b64(flat(rng, 512, 0.04)), FACE),
            "desafios": ["virar_esquerda", "piscar"], "pontuacao_vivacidade": 0.981,
            "email": L(EMAIL, MAIL), "id_pedido": rid(rng)})],
        headers=_h(rng), cookies={"esp_recuperacao": ck}), acc)


def espelhia() -> list[Case]:
    rng = random.Random(2611)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nome=L(NAME, NAMEC),
                                    apelido=L(HANDLE, UID)))}
    return [
        case(f, f"{a}/v2/contas/cadastro", headers=_h(rng), body={
            "nome": L(NAME, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "senha": L("Brilho#2025", CRED), "telefone": L(PHONE_PAREN, TEL),
            "data_nascimento": L(DOB, BIRTH), "aceita_termos": True,
            "codigo_convite": "AMIGA10"}),
        case(f, f"{a}/v2/contas/entrar", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "senha": L("Brilho#2025", CRED),
            "aparelho": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/eu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/perfil", headers=_h(rng, auth="bearer"), body={
            "apelido": L(HANDLE, UID), "genero": L("feminino", GENDER),
            "bio": L("Makeup nerd in NYC, glitter is a lifestyle", TEXT),
            "cidade": L("New York", COARSE), "idioma": L("en-US", DEV)}),
        case(f, f"{a}/v2/filtros/sessao", headers=_h(rng, auth="bearer"), body={
            "filtro": "fx_pele_glow", "marcos_faciais": L(landmarks(rng, 106), FACE),
            "caixa_rosto": [208, 392, 455, 530], "pose": {"guinada": 3.1, "arfagem": -2.4,
                                                          "rolagem": 0.6},
            "fps": 29.7, "intensidade": {"suavizar": 0.6, "afinar_rosto": 0.3, "olhos": 0.2},
            "aparelho": {"modelo": L("Pixel 8", DEV), "gpu": L("Mali-G715", DEV)}}),
        case(f, f"{a}/v2/filtros/personalizado", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"usuario": L(USER_ID, UID), "vetor_facial": L(f32b64(flat(rng, 128, 0.06)),
                                                                  FACE),
                   "formato_rosto": L("oval", FACE), "idade_estimada": L(33, BIRTH),
                   "filtro": "fx_contorno_suave", "versao_modelo": "fm-3.2"}),
        _frames(rng),
        multipart(f, f"{a}/v2/fotos", [
            ("foto", "IMG_20251209_1132.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {
                "album": "selfies", "filtro": "fx_pele_glow",
                "exif": {"lat": L(AT_BRUNCH[0], PRECISE), "lon": L(AT_BRUNCH[1], PRECISE),
                         "modelo": L("Pixel 8", DEV)},
                "legenda": L("Sunday brunch look with Sam", TEXT), "id_upload": rid(rng)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/galeria/rostos/agrupar", gz=True, headers=_h(rng, auth="bearer"),
             body={"rostos": [
                 {"foto": "ft_" + rnd_hex(rng, 8), "vetor": L(flat(rng, 128, 0.06), FACE),
                  "rotulo": "eu"},
                 {"foto": "ft_" + rnd_hex(rng, 8), "vetor": L(flat(rng, 128, 0.06), FACE),
                  "rotulo": L(PEOPLE[1][0], NAMEC)}], "modelo": "agrupador-2"}),
        _recovery(rng),
        case(f, f"{a}/v2/recuperacao/confirmar", headers=_h(rng), body={
            "token_recuperacao": L(opaque(rng, "rc_", 40), CRED),
            "nova_senha": L("Espelho!Novo26", CRED)}),
        case(f, f"{a}/v2/efeitos/catalogo", headers=_h(rng, lang=True),
             query={"versao": "412", "pais": "US", "pagina": "1"}),
        case(f, f"{a}/v2/efeitos/publicar", headers=_h(rng, auth="bearer"), body={
            "nome_efeito": L("Glitter tears", TEXT), "modelo_base": canonical_face(),
            "ancoras": anchors(rng, 3), "lut": [round(rng.random(), 3) for _ in range(16)],
            "categoria": "brilho"}),
        case(f, f"{a}/v2/pets/filtro", headers=_h(rng, auth="bearer"), body={
            "especie": "cachorro", "pontos": pet_landmarks(rng), "filtro": "fx_orelhas",
            "fps": 30.0}),
        case(f, f"{a}/v2/compras/play", headers=_h(rng, auth="bearer"), body={
            "produto": L("espelhia_pro_anual", BUY), "token_compra": L(play_token(rng), BUY),
            "pedido": L("GPA.3391-2207-4418-61520", BUY), "preco": L("29.99", BUY),
            "moeda": "USD", "pacote": APP.pkg}),
        case(f, f"{a}/v2/convites", headers=_h(rng, auth="bearer"), body={
            "contatos": [{"nome": L(PEOPLE[0][0], NAMEC), "telefone": L(PEOPLE[0][1], TEL)}],
            "mensagem": L("Try this glow filter with me!", TEXT), "codigo": "AMIGA10"}),
        case(f, f"{a}/v2/aparelhos", headers=_h(rng, auth="bearer"), body={
            "token_push": L(push_token(rng), DID), "id_instalacao": L(INSTALL_ID, DID),
            "fuso_horario": L("America/New_York", DEV), "versao_app": APP.ver}),
        case(f, f"{a}/v2/eventos", gz=True, headers=_h(rng, auth="bearer"), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("filtro_aplicado", 1, filtro="fx_pele_glow"),
                ev("foto_salva", 2, album="selfies"),
                ev("tela", 3, nome=L("Camera", USAGE))]}),
        case(f, f"{a}/v2/galeria", query={"pagina": "2"}, headers=_h(rng, how="none"),
             cookies={"esp_sessao": L(opaque(rng, "", 56), CRED),
                      "esp_aparelho": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v2/denuncias", headers=_h(rng, auth="bearer"), body={
            "post_id": "pst_" + rnd_hex(rng, 10), "motivo": "copia",
            "comentario": L("This account reposts my looks without credit", TEXT)}),
        multipart(f, f"{a}/v2/perfil/avatar", [
            ("avatar", "avatar.jpg", "image/jpeg", L(JPEG, MEDIA))],
            headers=_h(rng, auth="bearer")),
    ]


def espelhia_sdks() -> list[Case]:
    rng = random.Random(2612)
    banner = {"banner": {"w": 320, "h": 50, "pos": 1}, "tag": "galeria_banner"}
    return [
        wren_batch(APP, rng, [("Filter Applied", {"filter": "fx_pele_glow"}),
                              ("Photo Saved", {"album": "selfies"}),
                              ("Paywall Viewed", {"source": "filtro_pro"})], adid=True),
        wren_identify(APP, rng, {"genero": L("feminino", GENDER), "plano": "pro",
                                 "cidade": L("New York", COARSE)}),
        loom_launch(APP, rng, first=True),
        loom_event(APP, rng, "af_subscribe", {"af_revenue": L(29.99, BUY),
                                              "af_currency": "USD",
                                              "af_content_id": L("espelhia_pro_anual", BUY)},
                   hashed="sha256"),
        lantern_bid(APP, rng, banner, nd=3, cat=["IAB18"]),
        lantern_notice(APP, rng, "win"),
        warden_report(APP, rng, ("java.lang.IllegalStateException", "Camera2 session closed"),
                      [warden_crumb("navigation", "Galeria -> Camera"),
                       warden_crumb("user", "toque: fx_pele_glow", {"filtro": "fx_pele_glow"})],
                      screen="CameraActivity"),
        tog_eval(APP, rng, {"pais_loja": "US", "plano": "pro"}),
        wick_register(APP, rng),
        agree_save(APP, rng, {"analytics": True, "ads_personalised": False}),
        hive_message(APP, rng, L("I can't get back into my account, the face check keeps "
                                 "failing", TEXT), {"plano": "pro", "versao": APP.ver},
                     screen="Recuperacao"),
    ]
