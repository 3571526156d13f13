"""Ride-hailing passenger app "Rodada" (a Mexican company: its API's keys are Spanish): an SMS
sign-in, the profile, saved places (home and work), her position, destination search, a quote and
a ride to the airport (tracking in msgpack, trip sharing, chat with the driver, a rating with a
tip, a lost item), a CFDI invoice with the generic foreigner RFC, a selfie check for cash rides
and a ride in Mexico City with an SOS alert."""

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
    DIGITS,
    E164,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    flat,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import IID_UPPER
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, latlng, opaque, pos
from eval_families21_kit import track
from eval_families24_kit import claims, head, rid
from eval_families27_kit import DOB_ES
from eval_families34_kit import (
    CDMX_FIX,
    CDMX_HOTEL,
    CDMX_MUSEO,
    DRIVER,
    JFK_T5,
    PROMO,
    RFC_GENERICO,
    WORK_AT,
    WORK_LINE,
)
from eval_families34_sdk import cl_identify, cl_track, cw_crash, cw_crumb, sw_event, sw_session
from eval_families34_svc import (
    hb_message,
    mf_reverse,
    mf_route,
    mf_telemetry,
    pq_card,
    pq_confirm,
    tr_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, U, case

APP = App("rodada", "Rodada", "mx.example.rodada", "8.14.0", "https://api.rodada.example.com")
IID = "X-Rodada-Dispositivo"
TRIP, TRIP_MX = "via_7Q2K4410", "via_7Q2K9918"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _punto(at: tuple[float, float], cat: str | None, nd: int = 6) -> dict[str, Any]:
    la, lo = round(at[0], nd), round(at[1], nd)
    return {"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}


def rodada() -> list[Case]:
    rng = random.Random(3421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefono=L(E164, TEL), correo=L(EMAIL, MAIL),
                                    rol="pasajero"))}
    lat5, lon5 = pos(5)
    lat6, lon6 = pos(6)
    ride = track(random.Random(3429), 4, (LAT, LON))
    cdmx = track(random.Random(3430), 2, CDMX_FIX)
    cases = [
        case(f, f"{a}/v1/auth/otp/solicitar", headers=_h(rng), body={
            "telefono": L(E164, TEL), "canal": "sms", "id_dispositivo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/auth/otp/verificar", fmt="form", headers=_h(rng), body={
            "lada": "+1", "telefono": L(DIGITS, TEL), "codigo": L("550183", CRED)}),
        case(f, f"{a}/v1/pasajero/registro", headers=_h(rng, **b), body={
            "nombre": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC),
            "correo": L(EMAIL_MIXED, MAIL), "fecha_nacimiento": L(DOB_ES, BIRTH),
            "genero": L("mujer", GENDER), "idioma": L("en-US", DEV),
            "codigo_referido": PROMO, "acepta_terminos": True}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pasajero/lugares", headers=_h(rng, **b), body={"lugares": [
            {"etiqueta": "casa", "direccion": L(f"{LINE1}, {LINE2}", ADDR),
             "cp": L(ZIP, COARSE), "ciudad": L(CITY, COARSE), "lat": lat5, "lng": lon5},
            {"etiqueta": "trabajo", "direccion": L(WORK_LINE, ADDR),
             **_punto(WORK_AT, PRECISE)}]}),
        case(f, f"{a}/v1/pasajero/ubicacion", headers=_h(rng, **b), body={
            "lat": lat6, "lng": lon6, "precision_m": 11, "rumbo": 212, "velocidad": 0,
            "proveedor": "fused"}),
        case(f, f"{a}/v1/lugares/autocompletar", headers=_h(rng, **b), query={
            "texto": L("terminal 5 jfk", SEARCH), "cerca": latlng(3), "sesion": rid(rng)}),
        case(f, f"{a}/v1/cotizaciones", headers=_h(rng, **b), body={
            "origen": {"lat": lat5, "lng": lon5}, "destino": _punto(JFK_T5, None, 5),
            "servicios": ["rodada_x", "rodada_xl"], "codigo_promo": PROMO}),
        case(f, f"{a}/v1/viajes", headers=_h(rng, **b), body={
            "servicio": "rodada_x",
            "origen": {"direccion": L(LINE1, ADDR), "lat": lat5, "lng": lon5},
            "destino": {"nombre": "JFK Terminal 5", **_punto(JFK_T5, None, 5)},
            "tarifa_acordada": L("68.40", BUY), "moneda": "USD",
            "metodo_pago": {"tipo": "tarjeta", "id": L(opaque(rng, "pm_", 24), PAY)},
            "pasajeros": 1,
            "nota_conductor": L("Estoy en la puerta lateral con dos maletas", TEXT)}),
        case(f, f"{a}/v1/viajes/{TRIP}/estado", headers=_h(rng, **b), query={
            "lat": L(f"{ride[0]['lat'].value}", PRECISE),
            "lng": L(f"{ride[0]['lon'].value}", PRECISE)}),
        case(f, f"{a}/v1/viajes/{TRIP}/puntos", fmt="msgpack", headers=_h(rng, **b), body={
            "viaje": TRIP, "puntos": [{"t": p["t"], "lat": p["lat"], "lng": p["lon"],
                                       "vel": p["spd"]} for p in ride],
            "bateria": L(54, DEV)}),
        case(f, f"{a}/v1/viajes/{TRIP}/compartir", headers=_h(rng, **b), body={
            "contactos": [{"nombre": L(PEOPLE[0][0], NAMEC), "telefono": L(PEOPLE[0][1], TEL)}],
            "mensaje": L("Voy al aeropuerto, te aviso al llegar", TEXT)}),
        case(f, f"{a}/v1/rt/enviar", headers=_h(rng, **b), body={
            "canal": f"viaje:{TRIP}", "transporte": "long_poll", "tramas": [
                {"tipo": "chat", "seq": 7, "datos": {"para": DRIVER["id"],
                                                     "texto": L("Ya bajo, 2 minutos", TEXT)}},
                {"tipo": "escribiendo", "seq": 8, "datos": {"para": DRIVER["id"]}},
                {"tipo": "ping", "seq": 9, "datos": {"t": 1765377012}}],
            "id_cliente": rid(rng)}),
        case(f, f"{a}/v1/viajes/{TRIP}/calificacion", headers=_h(rng, **b), body={
            "estrellas": 5, "etiquetas": ["auto_limpio", "buena_ruta"],
            "comentario": L("Ulises fue muy amable y me ayudó con las maletas",
                            f"{TEXT}|{NAMEC}"),
            "propina": L(10.0, BUY), "conductor": DRIVER["id"]}),
        case(f, f"{a}/v1/objetos-perdidos", headers=_h(rng, **b), body={
            "viaje": TRIP, "conductor": DRIVER["id"], "placas": DRIVER["placas"],
            "descripcion": L("Dejé una bufanda verde en el asiento trasero", TEXT),
            "telefono_contacto": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/facturas", headers=_h(rng, **b), body={
            "viajes": [TRIP], "rfc": RFC_GENERICO, "razon_social": L(f"{FIRST} {LAST}", NAMEC),
            "correo": L(EMAIL, MAIL), "uso_cfdi": "S01", "regimen_fiscal": "616",
            "codigo_postal": "06600"}),
        case(f, f"{a}/v1/pagos/metodos", headers=_h(rng, how="none"),
             cookies={"rd_sesion": L(opaque(rng, "", 48), CRED), "rd_disp": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v1/verificacion/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("datos", None, "application/json", {
                "motivo": "pago_efectivo", "plantilla_facial": L(f32b64(flat(rng, 128, 0.05)),
                                                                  FACE),
                "puntos_faciales": L(landmarks(rng, 68), FACE), "vivacidad": 0.98,
                "sesion": rid(rng)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/viajes", headers=_h(rng, **b), body={
            "servicio": "rodada_x", "ciudad": L("Ciudad de México", COARSE),
            "origen": {"referencia": CDMX_HOTEL["nombre"], **_punto(CDMX_FIX, PRECISE)},
            "destino": {"nombre": CDMX_MUSEO["nombre"], "lat": CDMX_MUSEO["lat"],
                        "lng": CDMX_MUSEO["lng"]},
            "tarifa_acordada": L("142.00", BUY), "moneda": "MXN",
            "metodo_pago": {"tipo": "efectivo"}}),
        case(f, f"{a}/v1/seguridad/sos", headers=_h(rng, **b), body={
            "viaje": TRIP_MX, "lat": cdmx[1]["lat"], "lng": cdmx[1]["lon"], "precision_m": 6,
            "bateria": L(31, DEV), "grabar_audio": True, "motivo": "ruta_desviada"}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_instalacion": L(IID_UPPER, DID),
            "zona_horaria": L("America/New_York", DEV), "idioma": L("en-US", DEV)}),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("viaje_solicitado", 1, servicio="rodada_x"), ev("viaje_calificado", 2),
                ev("pantalla", 3, pantalla=L("MapaViaje", USAGE))]}),
    ]
    return cases


def rodada_sdks() -> list[Case]:
    rng = random.Random(3422)
    crumb_url = U(f"{APP.api}/v1/viajes/{TRIP}/estado",
                  {"lat": L(f"{LAT:.6f}", PRECISE), "lng": L(f"{LON:.6f}", PRECISE)})
    ride = track(random.Random(3431), 3, (LAT, LON))
    return [
        cl_track(APP, rng, [("Viaje Solicitado", {"servicio": "rodada_x",
                                                  "tarifa": L(68.4, BUY)}),
                            ("Pantalla Vista", {"pantalla": L("Calificacion", USAGE)})], nd=2),
        cl_identify(APP, rng, {"ciudad": L("New York", COARSE), "viajes_totales": L(14, BUY),
                               "pago_preferido": "tarjeta", "correo": L(EMAIL, MAIL)}),
        sw_session(APP, rng, user=True, n=14),
        sw_event(APP, rng, "rd4k1x", {"servicio": "rodada_x", "viaje": TRIP}, revenue=68.4,
                 hashed=True, name="viaje_completado"),
        cw_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [cw_crumb("nav", "Inicio -> MapaViaje"),
                  cw_crumb("net", "GET", {"url": crumb_url, "status": 504})],
                 screen="TripActivity"),
        tr_eval(APP, rng, {"ciudad": L("nyc", COARSE), "mercado": "us"}),
        pq_card(APP, rng, email=True),
        pq_confirm(APP, rng, "78.40"),
        mf_reverse(APP, rng, (LAT, LON), PRECISE, nd=6),
        mf_route(APP, rng, (round(LAT, 5), round(LON, 5)), PRECISE, JFK_T5, None),
        mf_telemetry(APP, rng, [(p["lat"].value, p["lon"].value) for p in ride], PRECISE),
        hb_message(APP, rng, L("Me cobraron dos veces el viaje al aeropuerto", TEXT),
                   {"ciudad": "nyc", "viaje": TRIP}),
    ]
