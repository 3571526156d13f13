"""Spanish train and loyalty app "Rielora" (its API's keys are Spanish; she spends the spring in
Madrid on a research stay, with an NIE): registration, a log-in, ``/perfil``, the loyalty card,
a station search and a timetable search, a seat hold, a booking for her and a colleague, the
payment, the ticket by locator in the path and in the query, boarding at Atocha, the train's
position on the way (msgpack), the on-board Wi-Fi portal, a saved companion, points redeemed, a
delay claim with a refund IBAN and a photo, an invoice, preferences, push, events and the trips
by a cookie GET."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
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
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families53_kit import (
    ATOCHA_FIX,
    COMPANION,
    ES_HOME,
    ES_HOME_AT,
    IBAN,
    LOCALIZADOR,
    NIE,
    ONBOARD,
    STATIONS,
    TARJETA,
    TRAIN,
    obj,
)
from eval_families53_sdk import bt_bid, ck_event, ck_link, ck_session, mp_batch, sk_crash, sk_crumb
from eval_families53_svc import bz_register, ov_save, pw_confirm, rt_search, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("rielora", "Rielora", "com.example.rielora", "6.3.2", "https://api.rielora.example.com")
IID = "X-Rielora-Dispositivo"
CLAVE = "Atocha*Girasol7"
DOB_ES = "17/05/1991"
MAD, SVQ = STATIONS["MAD"], STATIONS["SVQ"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("es-ES,es;q=0.9,en;q=0.8", DEV)
    return h


def _yo() -> dict[str, Any]:
    return {"nombre": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "tipo_documento": "NIE",
            "dni": L(NIE, NATID), "fecha_nacimiento": L(DOB_ES, BIRTH),
            "tarjeta": L(TARJETA, UID)}


def _ella() -> dict[str, Any]:
    c = COMPANION
    return {"nombre": L(c["nombre"], NAMEC), "apellidos": L(c["apellidos"], NAMEC),
            "tipo_documento": "DNI", "dni": L(c["dni"], NATID), "telefono": L(c["telefono"], TEL)}


def rielora() -> list[Case]:
    rng = random.Random(5311)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), tarjeta=L(TARJETA, UID)))}
    b = {"auth": "bearer"}
    gla, glo = fix(ATOCHA_FIX)
    tla, tlo = fix((39.021874, -3.937552), 5)  # her phone on the train, south of Ciudad Real
    hold = obj(rng, "blq", 10)
    billete = at_path(case(f, f"{a}/v1/billetes/{LOCALIZADOR}", headers=_h(rng, **b)),
                      LOCALIZADOR, BUY)
    return [
        case(f, f"{a}/v1/usuarios", headers=_h(rng), body={
            **{k: v for k, v in _yo().items() if k != "tarjeta"}, "correo": L(EMAIL, MAIL),
            "contrasena": L(CLAVE, CRED),
            "telefono": L(PHONE, TEL), "direccion": L(ES_HOME["direccion"], ADDR),
            "codigo_postal": L(ES_HOME["codigo_postal"], COARSE),
            "ciudad": L(ES_HOME["ciudad"], COARSE), "provincia": L(ES_HOME["provincia"], COARSE),
            "pais": L("ES", COARSE), "acepta_publicidad": False, "acepta_condiciones": True}),
        case(f, f"{a}/v1/sesion", fmt="form", headers=_h(rng), body={
            "usuario": L(EMAIL_UPPER, MAIL), "contrasena": L(CLAVE, CRED), "recordar": "1"}),
        case(f, f"{a}/v1/perfil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fidelizacion/tarjeta", headers=_h(rng, **b), query={
            "numero": L(TARJETA, UID), "formato": "qr"}),
        case(f, f"{a}/v1/estaciones", headers=_h(rng, **b), query={
            "q": L("Sevil", SEARCH),
            "cerca": L(f"{ES_HOME_AT[0]:.3f},{ES_HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v1/trenes", headers=_h(rng, **b), query={
            "origen": L(MAD["codigo"], SEARCH), "destino": L(SVQ["codigo"], SEARCH),
            "fecha": "2026-04-17", "pasajeros": "2", "tarifa": "flexible"}),
        case(f, f"{a}/v1/reservas/plazas", headers=_h(rng, **b), body={
            "tren": TRAIN["numero"], "coche": TRAIN["coche"], "plazas": ["09A", "09B"],
            "bloqueo": hold, "caduca": "2025-12-09T23:35:00+01:00"}),
        case(f, f"{a}/v1/reservas", headers=_h(rng, **b), body={
            "bloqueo": hold, "localizador": L(LOCALIZADOR, BUY),
            "pasajeros": [_yo(), _ella()],
            "trayecto": {"tren": TRAIN["numero"], "origen": MAD["codigo"],
                         "destino": SVQ["codigo"], "salida": "2026-04-17T08:00:00+02:00"},
            "tarifa": "flexible", "precio_total": L("116.80", BUY), "moneda": "EUR"}),
        case(f, f"{a}/v1/pagos", fmt="form", headers=_h(rng, **b), body={
            "localizador": L(LOCALIZADOR, BUY), "importe": L("116.80", BUY), "moneda": "EUR",
            "metodo": L(opaque(rng, "pm_", 22), PAY), "ultimos4": L("4444", PAY),
            "tarjeta_fidelizacion": L(TARJETA, UID)}),
        billete,
        case(f, f"{a}/v1/wallet/pase", headers=_h(rng, how="upper", **b), query={
            "localizador": L(LOCALIZADOR, BUY), "pasajero": "1", "formato": "pkpass"}),
        case(f, f"{a}/v1/embarque", headers=_h(rng, **b), body={
            "localizador": L(LOCALIZADOR, BUY), "posicion": {"lat": gla, "lon": glo,
                                                             "precision": 9},
            "estacion": {"codigo": MAD["codigo"], "lat": MAD["lat"], "lon": MAD["lon"]},
            "puerta": "14", "tren": TRAIN["numero"]}),
        case(f, f"{a}/v1/trenes/{TRAIN['numero']}/posicion", fmt="msgpack",
             headers=_h(rng, **b), body={"pos": [tla, tlo], "vel": 247, "coche": TRAIN["coche"],
                                          "ts": 1776405912}),
        case(f, "https://portal.rielora.example.com/wifi/alta", fmt="form", headers={
            "User-Agent": L(APP.ua, DEV)}, body={
            "correo": L(EMAIL, MAIL), "ssid": L(ONBOARD["ssid"], WIFI),
            "ap": L(ONBOARD["bssid"], WIFI),
            "tren": TRAIN["numero"], "plaza": TRAIN["plaza"], "acepto": "1"}),
        case(f, f"{a}/v1/acompanantes", headers=_h(rng, **b), body={
            **_ella(), "relacion": "colega", "guardar": True}),
        case(f, f"{a}/v1/fidelizacion/canje", headers=_h(rng, **b), body={
            "tarjeta": L(TARJETA, UID), "puntos": 1200, "producto": "mejora_confort",
            "localizador": L(LOCALIZADOR, BUY)}),
        case(f, f"{a}/v1/reclamaciones", headers=_h(rng, **b), body={
            "localizador": L(LOCALIZADOR, BUY), "motivo": "retraso", "minutos": 75,
            "texto": L("El tren 02141 llegó a Sevilla con 75 minutos de retraso y perdimos "
                       "la conexión.", TEXT),
            "iban": L(IBAN, PAY), "titular": L(NAME, NAMEC)}),
        multipart(f, f"{a}/v1/reclamaciones/{obj(rng, 'rc', 8)}/adjuntos", [
            ("foto", "billete.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("datos", None, "application/json", {"localizador": L(LOCALIZADOR, BUY),
                                                 "tipo": "billete"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/facturas", headers=_h(rng, **b), body={
            "localizador": L(LOCALIZADOR, BUY), "nif": L(NIE, NATID),
            "razon_social": L(NAME, NAMEC), "direccion": L(ES_HOME["direccion"], ADDR),
            "codigo_postal": L(ES_HOME["codigo_postal"], COARSE), "correo": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/preferencias", fmt="form", headers=_h(rng, **b), body={
            "asiento": "ventana", "idioma": L("es", DEV), "ofertas": "0", "modo_oscuro": "1"}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "dispositivo": L(INSTALL_ID, DID),
            "idioma": L("es_ES", DEV), "zona_horaria": L("Europe/Madrid", DEV),
            "modelo": L("Pixel 8", DEV), "sistema": L("Android 14", DEV)}),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("billete_comprado", 1, pasajeros=2), ev("embarque_ok", 2),
                ev("pantalla", 3, pantalla=L("MisViajes", USAGE))]}),
        case(f, f"{a}/v1/viajes", headers=_h(rng, how="none"), cookies={
            "rl_sesion": L(opaque(rng, "", 40), CRED), "rl_disp": L(INSTALL_ID, DID),
            "rl_req": rid(rng)}),
    ]


def rielora_sdks() -> list[Case]:
    rng = random.Random(5312)
    link = U("https://rielora.example.com/l/oferta", {"c": "PRIMAVERA15",
                                                      "tarjeta": L(TARJETA, UID),
                                                      "utm_source": "correo"})
    return [
        mp_batch(APP, rng, [("Booking Completed", {"price": L(116.8, BUY), "passengers": 2}),
                            ("Station Searched", {"query": L("Sevil", SEARCH)})],
                 screen="Billete", at=ES_HOME_AT, nd=2, tz="Europe/Madrid", locale="es-ES"),
        ck_session(APP, rng, first=True),
        ck_event(APP, rng, "k3v9pa", "purchase", {"localizador": L(LOCALIZADOR, BUY),
                                                  "ruta": "MAD-SVQ"},
                 revenue=116.8, currency="EUR", hashed=True),
        ck_link(APP, rng, link),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ES_HOME_AT, nd=3, country="ESP",
               keywords="viajes,tren,sevilla"),
        sk_crash(APP, rng, ("java.lang.IllegalStateException", "seat map not ready"),
                 [sk_crumb("nav", "Trenes -> Plazas"),
                  sk_crumb("net", "POST /v1/reservas/plazas", {"status": 409})],
                 screen="PlazasActivity", tz="Europe/Madrid"),
        tg_eval(APP, rng, {"mercado": L("ES", COARSE), "nivel": "oro"}),
        bz_register(APP, rng, tz="Europe/Madrid", lang="es", at=ES_HOME_AT, nd=2,
                    tags={"ciudad": L("Madrid", COARSE)}),
        ov_save(APP, rng, {"analitica": True, "publicidad": False}, country="ES",
                region="MD", lang="es"),
        pw_confirm(APP, rng, "116.80", "eur"),
        rt_search(APP, rng, "Calle de Lagasca 27", ADDR, near=ES_HOME_AT, nd=3, lang="es"),
    ]
