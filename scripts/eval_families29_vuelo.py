"""Airline app "Volavia" (a Spanish company: its API's keys are Spanish): sign-up, a log-in with
the frequent-flyer number, the traveller profile (passport, known-traveller number, a special
meal), airport and flight searches, a booking for two, the booking by its record locator (PNR), a
seat, an extra bag, arrival data for the United States, check-in, the boarding pass and its bar
code in the wallet, bag tags, a lost-bag report, the airport geofence, an upgrade bid and a
delay claim."""

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
    EMAIL_B64,
    GENDER,
    MAIL,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families18_kit import IID_UPPER, NATID
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import KTN, PARTNER, PASSPORT
from eval_families24_kit import claims, head
from eval_families27_kit import DOB_ES
from eval_families29_kit import (
    AIRLINE_MAIL,
    AIRPORT_FIX,
    BAG_TAGS,
    FFN_VL,
    HOTEL,
    HOTEL_AT,
    PARTNER_DOB,
    PARTNER_PASSPORT,
    PNR,
    TERMINAL_AT,
    TICKET,
    bcbp,
)
from eval_families29_sdk import ab_event, ab_launch, ab_link, gp_crash, gp_crumb, tf_batch
from eval_families29_svc import (
    ak_route,
    pbk_card,
    pbk_confirm,
    rp_channel,
    rp_register,
    sb_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, U, case

APP = App("volavia", "Volavia", "com.example.volavia", "12.4.1",
          "https://api.volavia.example.com")
IID = "X-Volavia-Dispositivo"
PW = "Barajas&Brisa18"
R_URL = f"https://api.volavia.example.com/api/v2/reservas/{PNR}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _res(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on her booking (its record locator in the URL path: ``financial.purchase``)."""
    c = case(APP.fam, f"{R_URL}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)
    return at_path(c, PNR, BUY)


def _home() -> dict[str, Any]:
    return {"calle": L(LINE1, ADDR), "piso": L(LINE2, ADDR), "ciudad": L(CITY, COARSE),
            "estado": L(STATE, COARSE), "codigo_postal": L(ZIP, COARSE)}


def volavia() -> list[Case]:
    rng = random.Random(2971)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL),
                                    viajero_frecuente=L(FFN_VL, UID), nivel="plata"))}
    b = {"auth": "bearer"}
    alex_first, alex_last = PARTNER[0].split()
    cases = [
        case(f, f"{a}/api/v2/registro", headers=_h(rng), body={
            "tratamiento": L("Sra.", GENDER), "nombre": L(FIRST, NAMEC),
            "apellidos": L(LAST, NAMEC), "correo": L(EMAIL, MAIL), "contrasena": L(PW, CRED),
            "telefono": L(PHONE_PAREN, TEL), "fecha_nacimiento": L(DOB_ES, BIRTH),
            "nacionalidad": "US", "idioma": L("es-US", DEV), "acepta_terminos": True}),
        case(f, f"{a}/api/v2/acceso", fmt="form", headers=_h(rng), body={
            "viajero_frecuente": L(FFN_VL, UID), "contrasena": L(PW, CRED),
            "recordar": "true"}),
        case(f, f"{a}/api/v2/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/perfil/viajero", headers=_h(rng, **b), body={
            "pasaporte": {"numero": L(PASSPORT, NATID), "pais_emision": "USA",
                          "caducidad": "2031-04-30", "nacionalidad": "USA"},
            "numero_viajero_conocido": L(KTN, NATID), "comida_especial": L("KSML", SENS),
            "asiento_preferido": "ventanilla", "direccion": _home()}),
        case(f, f"{a}/api/v2/aeropuertos", headers=_h(rng, **b),
             query={"q": L("madr", SEARCH), "limite": "8"}),
        case(f, f"{a}/api/v2/vuelos/buscar", headers=_h(rng, **b), query={
            "origen": "JFK", "destino": "MAD", "ida": "2026-01-18", "vuelta": "2026-01-27",
            "adultos": "2", "cabina": "turista"}),
        case(f, f"{a}/api/v2/reservas", headers=_h(rng, **b), body={
            "vuelos": ["VL118-20260118", "VL117-20260127"],
            "pasajeros": [
                {"id": "P1", "nombre": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC),
                 "fecha_nacimiento": L(DOB, BIRTH), "pasaporte": L(PASSPORT, NATID)},
                {"id": "P2", "nombre": L(alex_first, NAMEC), "apellidos": L(alex_last, NAMEC),
                 "fecha_nacimiento": L(PARTNER_DOB, BIRTH),
                 "pasaporte": L(PARTNER_PASSPORT, NATID)}],
            "contacto": {"correo": L(EMAIL, MAIL), "telefono": L(E164, TEL)},
            "total": L("1184.60", BUY), "moneda": "USD",
            "forma_pago": L("pm_" + opaque(rng, "", 24), PAY)}),
        _res(rng, "", cookies={"vl_sesion": L(opaque(rng, "", 48), CRED)}),
        _res(rng, "/asientos", {"segmento": "VL118-20260118", "pasajero": "P1",
                                "asiento": "14A", "precio": L(35.0, BUY)}),
        _res(rng, "/equipaje", {"pasajero": "P1", "piezas": 1, "peso_kg": 23,
                                "precio": L(60.0, BUY)}),
        _res(rng, "/apis", {
            "pasajero": "P1", "direccion_en_eeuu": _home(),
            "contacto_emergencia": {"nombre": L(PEOPLE[2][0], NAMEC),
                                    "telefono": L(PEOPLE[2][1], TEL)}}),
        _res(rng, "/facturacion", {"pasajeros": ["P1", "P2"], "documentos_verificados": True,
                                   "mercancias_peligrosas": False}),
        _res(rng, "/tarjeta-embarque/P1", query={"formato": "pkpass"}),
        case(f, f"{a}/api/v2/wallet/tarjetas", headers=_h(rng, **b), body={
            "bcbp": L(bcbp(), f"{NAMEC}|{BUY}"), "billete": L(TICKET, BUY), "asiento": "14A",
            "puerta": "B22", "embarque": "2026-01-18T17:35:00-05:00"}),
        case(f, f"{a}/api/v2/equipaje/seguimiento", headers=_h(rng, **b),
             query={"etiqueta": BAG_TAGS[0], "vuelo": "VL118"}),
        case(f, f"{a}/api/v2/equipaje/reclamaciones", headers=_h(rng, **b), body={
            "etiquetas": BAG_TAGS, "pnr": L(PNR, BUY),
            "descripcion": L("Maleta azul rígida con una cinta naranja en el asa", TEXT),
            "entrega": {"hotel": HOTEL["name"], "direccion": HOTEL["line"],
                        "telefono_hotel": HOTEL["phone"], "lat": HOTEL_AT[0],
                        "lon": HOTEL_AT[1]},
            "telefono_contacto": L(E164, TEL), "correo": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v2/aeropuerto/geocerca", headers=_h(rng, **b), body={
            "evento": "entrada", "posicion": {"lat": L(AIRPORT_FIX[0], PRECISE),
                                              "lon": L(AIRPORT_FIX[1], PRECISE)},
            "terminal": {"codigo": "JFK-T1", "lat": TERMINAL_AT[0], "lon": TERMINAL_AT[1]},
            "precision_m": 9}),
        _res(rng, "/mejora", {"segmento": "VL118-20260118", "oferta": L(220.0, BUY),
                              "forma_pago": L("pm_" + opaque(rng, "", 24), PAY)}),
        case(f, f"{a}/api/v2/reclamaciones/retraso", fmt="form", headers=_h(rng, **b), body={
            "pnr": L(PNR, BUY), "billete": L(TICKET, BUY), "nombre": L(f"{FIRST} {LAST}", NAMEC),
            "correo": L(EMAIL, MAIL), "retraso_min": "312",
            "comentario": L("Perdimos la conexión a Sevilla y una noche de hotel", TEXT),
            "copia_a": AIRLINE_MAIL}),
        case(f, f"{a}/api/v2/dispositivos", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_instalacion": L(IID_UPPER, DID),
            "zona_horaria": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v2/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("reserva_completada", 1, pnr=L(PNR, BUY)), ev("tarjeta_en_wallet", 2),
                ev("pantalla", 3, pantalla=L("TarjetaEmbarque", USAGE))]}),
        case(f, f"{a}/api/v2/millas", query={"viajero_frecuente": L(FFN_VL, UID)},
             headers=_h(rng, how="none"),
             cookies={"vl_sesion": L(opaque(rng, "", 48), CRED), "vl_disp": L(INSTALL_ID, DID)}),
    ]
    return cases


def volavia_sdks() -> list[Case]:
    rng = random.Random(2972)
    link = U("https://volavia.example.com/r", {"pnr": L(PNR, BUY), "apellido": L(LAST, NAMEC),
                                               "e": L(EMAIL_B64, MAIL), "utm_source": "email"})
    return [
        tf_batch(APP, rng, [("Vuelo Buscado", {"origen": "JFK", "destino": "MAD"}),
                            ("Reserva Completada", {"total": L(1184.6, BUY)})]),
        ab_launch(APP, rng, user=True),
        ab_event(APP, rng, "af_purchase", {"pnr": L(PNR, BUY), "destino": "MAD"},
                 revenue=1184.6, hashed=True),
        ab_link(APP, rng, link),
        gp_crash(APP, rng, ("java.lang.IllegalStateException", "pass not found in wallet"),
                 [gp_crumb("navigation", "Reserva -> TarjetaEmbarque"),
                  gp_crumb("http", "GET", {"url": f"{R_URL}/tarjeta-embarque/P1",
                                           "status_code": 404})],
                 user={"id": L(USER_ID, UID), "username": L(FFN_VL, UID)},
                 screen="BoardingPassActivity"),
        sb_eval(APP, rng, {"nivel": "plata", "pais": L("US", COARSE)}),
        rp_register(APP, rng, nd=3, tags={"aeropuerto_base": L("JFK", COARSE)}),
        rp_channel(APP, rng, "email", L(EMAIL, MAIL)),
        pbk_card(APP, rng, email=True),
        pbk_confirm(APP, rng, "1184.60"),
        ak_route(APP, rng, (LAT, LON), PRECISE, TERMINAL_AT, None),
    ]
