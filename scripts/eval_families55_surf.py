"""Surf school and surf-weather app "Ondalisa" (its API's keys are Portuguese: nome, apelido,
nif, telemovel, morada, codigo_postal; she spends a week of lessons in Ericeira): sign-up with
her NIF, a log-in, ``/eu``, forecasts (a spot's, the nearest by her position, a buoy, tides, a
protobuf widget request with doubles, a base64 JSON widget context), a lesson pack booked, the
flat she rents as the pick-up address, a health declaration, the check-in on the beach, a
session summary (msgpack), a photo, an SMS alert, favourites by a cookie GET, an invoice with
her NIF and home address, a search, a message to the instructor, a review, push and events."""

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
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PHONE_NOPLUS,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families55_kit import (
    AULA,
    BOIA,
    ESCOLA,
    NIF,
    PRAIA_FIX,
    PT_STAY,
    PT_STAY_AT,
    SPOTS,
    fix,
    obj,
)
from eval_families55_sdk import aq_bid, cw_batch, cw_identify, lm_event, lm_open, sv_crash, sv_crumb
from eval_families55_svc import ag_save, br_register, cm_confirm, pw_geocode, tb_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ondalisa", "Ondalisa", "com.example.ondalisa", "5.2.1",
          "https://api.ondalisa.example.com")
IID = "X-Ondalisa-Dispositivo"
PW = "Onda#Azul1991"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("pt-PT,pt;q=0.9,en;q=0.8", DEV)
    return h


def ondalisa() -> list[Case]:
    rng = random.Random(5511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nif=L(NIF, NATID)))}
    pla, plo = fix(PRAIA_FIX)
    sla, slo = fix(PT_STAY_AT, 5)
    lab: dict[str, str] = {}
    widget = pb([(1, L(USER_ID, UID)), (2, [(1, L(round(PT_STAY_AT[0], 4), PRECISE)),
                                            (2, L(round(PT_STAY_AT[1], 4), PRECISE))]),
                 (3, SPOTS[0]["id"]), (3, SPOTS[1]["id"]), (4, 72)], "", lab)
    acc: Acc = {}
    ctx = enc({"lat": L(38.96, COARSE), "lon": L(-9.42, COARSE), "loc": L("pt_PT", DEV),
               "units": "metric"}, "query", "ctx", "b64url", acc)
    return [
        case(f, f"{a}/v3/contas", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "palavra_passe": L(PW, CRED), "telemovel": L(E164, TEL),
            "data_nascimento": L(DOB, BIRTH), "nif": L(NIF, NATID),
            "pais_residencia": L("US", COARSE), "nivel": "iniciante", "altura_cm": L(168, FIT),
            "peso_kg": L(71, FIT), "newsletter": False}),
        case(f, f"{a}/v3/sessao", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "palavra_passe": L(PW, CRED), "lembrar": "1"}),
        case(f, f"{a}/v3/eu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/previsao", headers=_h(rng, **b), query={
            "spot": SPOTS[0]["id"], "dias": "5", "unidades": "m"}),
        case(f, f"{a}/v3/previsao/perto", headers=_h(rng, **b), query={
            "lat": L(f"{PT_STAY_AT[0]:.3f}", PRECISE), "lon": L(f"{PT_STAY_AT[1]:.3f}", PRECISE),
            "raio_km": "25"}),
        case(f, f"{a}/v3/boias/{BOIA['id']}", headers=_h(rng, **b), query={
            "lat": str(BOIA["lat"]), "lon": str(BOIA["lon"]), "horas": "24"}),
        case(f, f"{a}/v3/mares/2025-12-11", headers=_h(rng, how="none"), query={
            "porto": "Cascais", "spot": SPOTS[1]["id"]}),
        raw(f, f"{a}/v3/widget/previsao", widget, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        add(case(f, f"{a}/v3/widget/estado", query={"ctx": ctx, "w": "4x2"},
                 headers=_h(rng, how="nodash")), acc),
        case(f, f"{a}/v3/reservas", headers=_h(rng, **b), body={
            "referencia": L(AULA, BUY), "escola": ESCOLA["id"], "pacote": L("5 aulas grupo", BUY),
            "inicio": "2025-12-11T10:00", "preco_total": L("145.00", BUY), "moeda": "EUR",
            "nome": L(f"{FIRST} {LAST}", NAMEC), "telemovel": L(E164, TEL),
            "tamanho_fato": "M", "prancha": "softboard 8'0"}),
        case(f, f"{a}/v3/reservas/{AULA}/recolha", headers=_h(rng, **b), body={
            "morada": L(PT_STAY["morada"], ADDR),
            "codigo_postal": L(PT_STAY["codigo_postal"], COARSE),
            "localidade": L(PT_STAY["localidade"], COARSE), "pais": L("PT", COARSE),
            "lat": sla, "lon": slo, "hora": "09:30"}),
        case(f, f"{a}/v3/declaracao-saude", headers=_h(rng, **b), body={
            "sabe_nadar": True, "condicoes": [L("asma", MED)],
            "medicacao": L("salbutamol inalador", MED), "gravidez": False,
            "contacto_emergencia": {"nome": L(PEOPLE[0][0], NAMEC),
                                    "telemovel": L(PEOPLE[0][1], TEL)},
            "assinatura": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v3/aulas/checkin", headers=_h(rng, **b), body={
            "aula": obj(rng, "aula", 8), "lat": pla, "lon": plo, "precisao_m": 6,
            "escola": {"id": ESCOLA["id"], "lat": ESCOLA["lat"], "lon": ESCOLA["lon"]}}),
        case(f, f"{a}/v3/sessoes", fmt="msgpack", headers=_h(rng, **b), body={
            "utilizador": L(USER_ID, UID), "spot": SPOTS[1]["id"], "inicio": 1765447200,
            "duracao_min": L(95, FIT), "ondas": L(14, FIT), "vel_max_kmh": L(21.4, FIT),
            "fc_media": L(128, FIT), "agua_c": 15.2, "ondulacao_m": 1.4}),
        multipart(f, f"{a}/v3/fotos", [
            ("foto", "onda_0412.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("dados", None, "application/json", {"spot": SPOTS[1]["id"], "aula": AULA,
                                                 "fotografo": "esc_staff_11"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/alertas", fmt="form", headers=_h(rng, **b), body={
            "spot": SPOTS[0]["id"], "altura_min": "1.2", "vento_max": "15",
            "sms": L(PHONE_NOPLUS, TEL), "canal": "sms"}),
        case(f, f"{a}/v3/favoritos", headers=_h(rng, how="none"),
             cookies={"ond_sessao": L(opaque(rng, "", 40), CRED),
                      "ond_disp": L(INSTALL_ID, DID), "ond_ab": "b"}),
        case(f, f"{a}/v3/faturas", headers=_h(rng, **b), body={
            "reserva": L(AULA, BUY), "nif": L(NIF, NATID), "nome": L(f"{FIRST} {LAST}", NAMEC),
            "morada": L(STREET, ADDR), "codigo_postal": L(ZIP, COARSE),
            "localidade": L("New York", COARSE), "pais": L("US", COARSE),
            "email_envio": L(EMAIL, MAIL)}),
        case(f, f"{a}/v3/pesquisa", headers=_h(rng, **b), query={
            "q": L("peniche supertubos", SEARCH), "tipo": "spot"}),
        case(f, f"{a}/v3/conversas/instrutor", headers=_h(rng, **b), body={
            "para": "inst_0417", "texto": L(
                "Estou no parque de Ribeira, carro branco alugado, chego em 5 min", TEXT)}),
        case(f, f"{a}/v3/avaliacoes", fmt="form", headers=_h(rng, **b), body={
            "escola": ESCOLA["id"], "estrelas": "5",
            "comentario": L("Instrutores pacientes, apanhei a primeira onda!", TEXT)}),
        case(f, f"{a}/v3/dispositivos", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "dispositivo": L(INSTALL_ID, DID),
            "idioma": L("pt_PT", DEV), "fuso": L("Europe/Lisbon", DEV),
            "modelo": L("Pixel 8", DEV), "android": L("14", DEV)}),
        case(f, f"{a}/v3/eventos", gz=True, headers=_h(rng, **b), body={
            "utilizador": L(USER_ID, UID), "eventos": [
                ev("previsao_aberta", 1, spot=SPOTS[0]["id"]), ev("aula_reservada", 2),
                ev("ecra", 3, ecra=L("MapaSpots", USAGE))]}),
    ]


def ondalisa_sdks() -> list[Case]:
    rng = random.Random(5512)
    return [
        cw_batch(APP, rng, [("Forecast Viewed", {"spot": SPOTS[0]["id"]}),
                            ("Lesson Booked", {"price": L(145.0, BUY), "pack": "5x"})],
                 at=PT_STAY_AT, nd=2, tz="Europe/Lisbon", locale="pt-PT"),
        cw_identify(APP, rng, {"localidade": L("Ericeira", COARSE), "nivel": "iniciante",
                               "idade": L(34, BIRTH)}),
        lm_open(APP, rng, first=True),
        lm_event(APP, rng, "purchase", {"booking": L(AULA, BUY)}, revenue=145.0,
                 currency="EUR", hashed=True),
        aq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PRAIA_FIX, nd=3, country="PRT",
               keywords="surf,ericeira,wetsuit"),
        sv_crash(APP, rng, ("java.lang.IllegalStateException", "forecast tile not ready"),
                 [sv_crumb("nav", "Inicio -> Previsao"),
                  sv_crumb("net", "GET", {"url": f"{APP.api}/v3/previsao", "status": 200})],
                 screen="PrevisaoActivity", tz="Europe/Lisbon"),
        br_register(APP, rng, tz="Europe/Lisbon", lang="pt", at=PT_STAY_AT, nd=2,
                    tags={"spot_fav": SPOTS[0]["id"], "nivel": "iniciante"}),
        ag_save(APP, rng, {"analytics": True, "ads": False}, user=True, country="PT",
                region="11"),
        cm_confirm(APP, rng, "145.00", "eur", {"booking": L(AULA, BUY)}),
        pw_geocode(APP, rng, "Rua Dr. Miguel Bombarda 12, Ericeira", ADDR, near=PRAIA_FIX,
                   nd=4, lang="pt"),
        tb_message(APP, rng, L("Preciso de mudar a aula de amanhã, tenho asma e está frio",
                               f"{TEXT}|{MED}"), {"reserva": L(AULA, BUY)}),
    ]
