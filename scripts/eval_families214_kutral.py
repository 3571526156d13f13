"""A municipal wood-smoke app "Kutralwe" (kütralwe: the hearth; fictional, for the Temuco and Padre
Las Casas air-quality plan: daily episode levels that restrict wood heaters, the heater register,
the heater-replacement programme, certified dry-firewood sellers and smoke complaints). Its API's
keys are Mapudungun (Unificado, ASCII-folded) with Spanish loans (``episodio``, ``recambio``
replacement, ``parte`` fine): ``uy`` name, ``kupalme`` surname, ``nutramkawe`` phone, ``run`` RUN,
``ruka`` house (street line), ``waria`` town, ``sector`` neighbourhood, ``kutral`` fire,
``kutralwe`` heater, ``mamull`` firewood, ``wesa_kuruf`` bad air (air quality), ``renma``
household, ``punen`` child, ``kutran`` illness, ``pikun``/``puel`` latitude/longitude, ``chew``
where, ``adentun`` photo, ``nutram`` message, ``dungu`` text, ``kintun`` search, ``kullin`` amount,
``kullitun`` payment, ``ngillan`` purchase, ``femun`` events: sign-up, an e-mail code, ``/inche``,
a no-burning declaration, the episode at her position, the heater registered, the replacement
application (Antu's asthma), a photo of the old heater, sellers near her, a firewood moisture
reading, a smoke complaint with her fix and a neighbour's address, alert sectors, the indoor
monitor on the home Wi-Fi (msgpack), a fine appeal, a firewood order and its payment, a search, a
message to the inspector, the heater certificate by cookie, push, events and a log-out. Set 146 has
a firewood co-operative's delivery app, an Ohrid set a chimney sweep with a stove subsidy, a
Lilongwe set a cookstove carbon programme; this is the city's air-quality regulation side
(episodes, register, complaints, appeals)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families214_kit import HOME, HOME_AT, RUN, SON, fix, hd, obj, push
from eval_families214_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_launch,
)
from eval_families214_svc import cl_card, cl_confirm, cy_check, mm_reverse, pt_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("kutralwe", "Kutralwe", "com.example.kutralwe", "2.0.7",
          "https://api.kutralwe.example.org")
IID = "X-Kutralwe-Device"
NID = "personal.national_id"
SECTOR = "Pulmahue"
KID = f"{SON['first']} {SON['last']}"
SELLER = {"id": "lv_0412", "name": "Lenas Secas El Roble", "lat": -38.75102, "lon": -72.61877}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def kutralwe() -> list[Case]:
    rng = random.Random(21461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), run=L(RUN, NID),
                                    sector=L(SECTOR, COARSE)))}
    hla, hlo = fix(HOME_AT, 6)
    return [
        case(f, f"{a}/v1/che", headers=_h(rng), body={
            "uy": L(FIRST, NAMEC), "kupalme": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nutramkawe": L(E164, TEL), "run": L(RUN, NID), "ruka": L(HOME["line"], ADDR),
            "waria": L(HOME["town"], COARSE), "sector": L(SECTOR, COARSE),
            "acepta_alertas": True}),
        case(f, f"{a}/v1/episodio/declaracion", fmt="form", headers=_h(rng, **b), body={
            "run": L(RUN, NID), "kutral": "apagado", "kutralwe_alt": "pellet",
            "fecha": "2026-06-18"}),
        case(f, f"{a}/v1/auth/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "codigo": L("650182", CRED)}),
        case(f, f"{a}/v1/inche", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/episodio/hoy", headers=_h(rng, **b), query={
            "pikun": L(f"{HOME_AT[0]:.3f}", PRECISE), "puel": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "fecha": "2026-06-18"}),
        case(f, f"{a}/v1/kutralwe", headers=_h(rng, **b), body={
            "run": L(RUN, NID), "kutralwe": {"tipo": "salamandra", "marca": "Calorsur",
                                             "anio": 2014, "doble_camara": False},
            "ruka": L(HOME["line"], ADDR), "renma_rakin": 3}),
        case(f, f"{a}/v1/recambio", headers=_h(rng, **b), body={
            "run": L(RUN, NID), "ruka": L(HOME["line"], ADDR), "renma_rakin": 3,
            "preferencia": "pellet",
            "kutran": L(f"Mi punen {KID} tiene asma y empeora con el humo",
                        f"{TEXT}|{MED}|{NAMEC}"),
            "punen_asma": L(True, MED)}),
        multipart(f, f"{a}/v1/recambio/adentun", [
            ("adentun", "salamandra.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"postulacion": obj(rng, "rc")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mamull/vendedores", headers=_h(rng, **b), query={
            "pikun": L(f"{HOME_AT[0]:.4f}", PRECISE), "puel": L(f"{HOME_AT[1]:.4f}", PRECISE),
            "radio_km": "5", "certificada": "true"}),
        case(f, f"{a}/v1/mamull/humedad", headers=_h(rng, **b), body={
            "medidor_ble": "e4:5f:01:7a:33:c2", "lecturas": [18.5, 21.0, 19.2],
            "vendedor": SELLER["id"], "che": L(USER_ID, UID)}),
        multipart(f, f"{a}/v1/denuncia", [
            ("adentun", "humo.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "chew": {"pikun": hla, "puel": hlo},
                "direccion_denunciada": L("Pasaje Los Canelos 0461", ADDR),
                "dungu": L("Humo negro desde las 19:00 en plena preemergencia", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/alertas/sectores", fmt="form", headers=_h(rng, **b), body={
            "sector": L(SECTOR, COARSE), "sector2": L("Centro Temuco", COARSE),
            "canal": "push", "wesa_kuruf": "desde_alerta"}),
        case(f, f"{a}/v1/monitor", fmt="msgpack", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip_local": L(LOCAL_IP, DEV),
            "monitor": "pm_0088", "pm25": [41, 56, 87], "che": L(USER_ID, UID)}),
        case(f, f"{a}/v1/parte/apelacion", headers=_h(rng, **b), body={
            "parte": "PT-2026-118", "run": L(RUN, NID),
            "dungu": L("Ese día usé el calefactor a pellet, no la salamandra", TEXT)}),
        case(f, f"{a}/v1/mamull/ngillan", headers=_h(rng, **b), body={
            "vendedor": SELLER["id"], "m3": 4, "precio_m3": 38000,
            "ngillan": L(obj(rng, "OL", 8), BUY), "kullin": L(152000, BUY),
            "entrega": L(HOME["line"], ADDR), "recibe": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/kullitun", fmt="form", headers=_h(rng, **b), body={
            "kullin": L("152000", BUY), "moneda": "CLP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/v1/kintun", headers=_h(rng, **b), query={
            "kintun": L("lena seca certificada padre las casas", SEARCH)}),
        case(f, f"{a}/v1/nutram", headers=_h(rng, **b), body={
            "iney": "inspector_plc",
            "nutram": L("Mi vecino enciende la salamandra con leña mojada todas las noches",
                        TEXT)}),
        case(f, f"{a}/v1/kutralwe/certificado", headers=_h(rng, how="none"), cookies={
            "kt_sesion": L(opaque(rng, "", 40), CRED), "kt_device": L(INSTALL_ID, DID),
            "kt_req": rid(rng)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/femun", gz=True, headers=_h(rng, **b), body={
            "che": L(USER_ID, UID), "femun": [
                ev("episodio_visto", 1), ev("screen", 2, screen=L("Denuncia", USAGE))]}),
        case(f, f"{a}/v1/tripan", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kutralwe_sdks() -> list[Case]:
    rng = random.Random(21462)
    return [
        mc_batch(APP, rng, [("Episode Viewed", {"level": "preemergencia"}),
                            ("Complaint Sent", {})], at=HOME_AT, nd=3, locale="es_CL"),
        mc_identify(APP, rng, {"sector": L(SECTOR, COARSE), "kutralwe": "salamandra"}),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="calefaccion,lena,pellet"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "episode map tile"),
                 [cd_crumb("nav", "Inche -> Episodio")], screen="EpisodioActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"sector": L(SECTOR, COARSE)}),
        cy_check(APP, rng, {"analytics": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "152000"),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
