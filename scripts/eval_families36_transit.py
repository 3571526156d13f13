"""Public-transport app of Zaragoza "Rutalia" (account-based ticketing; its API's keys are
Spanish; she lives in Zaragoza for a few months): registration with her NIE, log-in and SMS code,
``/yo``, a personalised card (photo, address), a reduced fare for disability (a certificate),
top-ups and a monthly pass, QR validations at a stop (JSON) and NFC validations on a bus
(protobuf with a nested fix), stops nearby, a journey planner, saved places, real-time arrivals,
accessibility settings, a claim, a lost item, a trip-history export, push, events
and the balance by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
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
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families27_kit import DOB_ES, PDF
from eval_families36_kit import NIE, STOP_FIX, STOPS, TARJETA, ZGZ, ZGZ_HOME, fix, obj
from eval_families36_sdk import ab_event, ab_launch, bg_bid, fw_crash, fw_crumb, tq_batch
from eval_families36_svc import cp_register, fm_eval, ol_save, ps_card, rw_search, rw_telemetry
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("rutalia", "Rutalia", "com.example.rutalia.zgz", "4.2.7",
          "https://api.rutalia.example.es")
IID = "X-Rutalia-Dispositivo"
PW = "Ebro&Pilar2025"
TZ = "Europe/Madrid"
OFICINA_AT = (41.656207, -0.877741)  # her office in Zaragoza (her own workplace)
WALK = [(41.65291, -0.88102), (41.65162, -0.88311), (41.65048, -0.88540)]  # her walk (5 dp)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("es-ES,es;q=0.9,en;q=0.6", DEV)
    return h


def rutalia() -> list[Case]:
    rng = random.Random(3651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), tarjeta=L(TARJETA, UID)))}
    sla, slo = fix(STOP_FIX)
    hla, hlo = fix(ZGZ_HOME, 5)
    parada = STOPS["P. España"]
    bus_lab: dict[str, str] = {}
    nfc = pb([(1, L(USER_ID, UID)), (2, L(TARJETA.replace(" ", ""), UID)),
              (3, STOPS["Delicias"][0]), (4, "L35"), (5, [(1, L(41.658204, PRECISE)),
                                                          (2, L(-0.908077, PRECISE))]),
              (6, 1765352400)], "", bus_lab)
    return [
        case(f, f"{a}/v1/registro", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "contrasena": L(PW, CRED), "nombre": L("Jane", NAMEC),
            "apellidos": L("Doe", NAMEC), "fecha_nacimiento": L(DOB_ES, BIRTH),
            "telefono": L(E164, TEL), "tipo_documento": "NIE", "documento": L(NIE, NATID),
            "acepta_publicidad": False}),
        case(f, f"{a}/v1/sesion", fmt="form", headers=_h(rng), body={
            "usuario": L(EMAIL, MAIL), "clave": L(PW, CRED), "recordar": "1"}),
        case(f, f"{a}/v1/sesion/sms", fmt="form", headers=_h(rng), body={
            "telefono": L(PHONE, TEL), "codigo": L("204718", CRED)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/tarjetas/personalizada", [
            ("foto", "foto_carnet.jpg", "image/jpeg", L(JPEG + b"\x67", MEDIA)),
            ("datos", None, "application/json", {
                "nombre_completo": L(NAME, NAMEC), "documento": L(NIE, NATID),
                "fecha_nacimiento": L(DOB_ES, BIRTH), "direccion": L(ZGZ["calle"], ADDR),
                "codigo_postal": L(ZGZ["cp"], COARSE), "municipio": L(ZGZ["ciudad"], COARSE),
                "envio": "domicilio"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/tarifas/reducida", [
            ("certificado", "certificado_discapacidad.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{SENS}")),
            ("solicitud", None, "application/json", {
                "tarjeta": L(TARJETA, UID), "motivo": L("discapacidad", SENS),
                "grado": L(33, SENS), "caduca": "2028-03-31"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/recargas", headers=_h(rng, **b), body={
            "tarjeta": L(TARJETA, UID), "importe": L("20.00", BUY), "moneda": "EUR",
            "metodo_pago": L(opaque(rng, "pm_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/v1/abonos", fmt="form", headers=_h(rng, **b), body={
            "tarjeta": L(TARJETA, UID), "producto": L("ABONO_30_REDUCIDO", BUY),
            "precio": L("10.00", BUY), "inicio": "2025-12-10"}),
        case(f, f"{a}/v1/validaciones/qr", headers=_h(rng, **b), body={
            "tarjeta": L(TARJETA, UID), "parada": parada[0], "linea": "T1",
            "posicion": {"lat": sla, "lon": slo, "precision_m": 8},
            "codigo_qr": L(opaque(rng, "RTQ1.", 48), CRED), "sentido": "Mago de Oz"}),
        raw(f, f"{a}/v1/validaciones/nfc", nfc, "application/x-protobuf", bus_lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/paradas/cercanas", query={
            "lat": L(f"{STOP_FIX[0]:.4f}", PRECISE), "lon": L(f"{STOP_FIX[1]:.4f}", PRECISE),
            "radio": "400"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/planificador", headers=_h(rng, **b), body={
            "origen": {"lat": hla, "lon": hlo, "texto": "Mi ubicación"},
            "destino": {"texto": L("estación delicias", SEARCH)},
            "salida": "2025-12-10T08:05:00+01:00", "modos": ["tranvia", "bus"]}),
        case(f, f"{a}/v1/lugares", headers=_h(rng, **b), body={"lugares": [
            {"nombre": "Casa", "direccion": L(ZGZ["calle"], ADDR),
             "lat": L(ZGZ_HOME[0], PRECISE), "lon": L(ZGZ_HOME[1], PRECISE)},
            {"nombre": "Trabajo", "lat": L(OFICINA_AT[0], PRECISE),
             "lon": L(OFICINA_AT[1], PRECISE)}]}),
        case(f, f"{a}/v1/paradas/{parada[0]}/llegadas", query={"lineas": "T1"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/accesibilidad", headers=_h(rng, **b), body={
            "silla_de_ruedas": L(True, SENS), "rampa_aviso": True, "texto_grande": False}),
        case(f, f"{a}/v1/reclamaciones", headers=_h(rng, **b), body={
            "tarjeta": L(TARJETA, UID), "viaje": obj(rng, "vj", 10),
            "texto": L("Me cobraron dos veces en la parada Plaza Aragón el martes", TEXT),
            "contacto": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/objetos-perdidos", fmt="form", headers=_h(rng, **b), body={
            "descripcion": L("Paraguas azul y una bufanda gris, tranvía de las 8:10", TEXT),
            "telefono": L(E164, TEL), "linea": "T1"}),
        case(f, f"{a}/v1/historial/exportar", fmt="form", headers=_h(rng, **b), body={
            "correo": L(EMAIL.upper(), MAIL), "mes": "2025-11", "formato": "pdf"}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_instalacion": L(INSTALL_ID, DID),
            "idioma": L("es", DEV), "zona_horaria": L(TZ, DEV)}),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("validacion_qr", 1, linea="T1"), ev("recarga", 2),
                ev("pantalla", 3, screen=L("Planificador", USAGE))]}),
        case(f, f"{a}/v1/saldo", headers=_h(rng, how="none"), cookies={
            "rt_sesion": L(opaque(rng, "", 40), CRED), "rt_disp": L(INSTALL_ID, DID)}),
    ]


def rutalia_sdks() -> list[Case]:
    rng = random.Random(3652)
    return [
        tq_batch(APP, rng, [("validacion", {"linea": "T1"}),
                            ("recarga", {"importe": L(20.0, BUY)})], at=STOP_FIX, nd=3,
                 tz=TZ, locale="es_ES"),
        ab_launch(APP, rng, user=True),
        ab_event(APP, rng, "recarga", {"tarjeta": L(TARJETA, UID)}, revenue=20.0),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STOP_FIX, nd=3),
        fw_crash(APP, rng, ("android.nfc.TagLostException", "Tag was lost"),
                 [fw_crumb("nfc", "tap", {"stop": STOPS["Delicias"][0]})],
                 screen="ValidarActivity", tz=TZ),
        fm_eval(APP, rng, {"ciudad": L("zaragoza", COARSE)}, user=False),
        cp_register(APP, rng, tags={"lineas": "T1,35", "tarifa": "reducida"},
                    at=ZGZ_HOME, nd=3, tz=TZ, lang="es"),
        ol_save(APP, rng, {"analitica": True, "publicidad": False}),
        ps_card(APP, rng, zip_=L(ZGZ["cp"], COARSE)),
        rw_search(APP, rng, "Estación Delicias", SEARCH, near=STOP_FIX, nd=3, lang="es"),
        rw_telemetry(APP, rng, WALK, PRECISE),
    ]
