"""Shellfish-harvesting permit and quota app "Ameixapass" of the guild's on-foot harvesters (her
second trade, on the Arealonga bank; its API's keys are Spanish): sign-up with her NIE,
social-security number and permit, a log-in with her IP and SIM, an OTP with the Android ID,
``/yo``, the permit by number in the path, its renewal (her NIE card and a fitness certificate),
the calendar, her quotas (permit in the query), a check-in on the bank, catches (msgpack), the
check-out, the weighing at the control point, her sales and an invoice by number in the path, a
poaching report with a photo, closures near her, a course, guild dues, a work accident, push,
events and notices by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families111_kit import (
    BANCO,
    BANCO_FIX,
    CHALECO,
    GL_E164,
    HOME_GL,
    IBAN_ES,
    NAF,
    NATID,
    NIE,
    PERMEX,
    SOCIO,
    fix,
    gl_head,
    obj,
)
from eval_families111_sdk import ab_event, ab_open, bp_bid, cv_crash, cv_crumb, tr_batch, tr_pixel
from eval_families111_svc import fh_eval, pc_sepa, pm_register, tf_reverse
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("ameixapass", "Ameixapass", "com.example.ameixapass", "3.1.0",
          "https://app.ameixapass.example.org")
IID = "X-Ameixa-Install"
PW = "Ameixa.Fina.2291"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
FACTURA = "FV-2025-0031877"
OUT_FIX = (42.284133, -8.661472)  # her fix leaving the bank
POACH_AT = (42.2861, -8.6571)  # where she saw the poachers (her position, 4 decimals)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return gl_head(APP, rng, IID, how=how, lang=None, **kw)


def ameixapass() -> list[Case]:
    rng = random.Random(11121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nif=L(NIE, NATID), socio=L(SOCIO, UID)))}
    jor = obj(rng, "jor", 8)
    bla, blo = fix(BANCO_FIX)
    ola, olo = fix(OUT_FIX, 5)
    venta = obj(rng, "vta", 8)
    permiso = at_path(case(f, f"{a}/api/permisos/{PERMEX}", headers=_h(rng, **b)), PERMEX, NATID)
    factura = at_path(case(f, f"{a}/api/ventas/{venta}/facturas/{FACTURA}", headers=_h(rng, **b),
                           query={"formato": "pdf"}), FACTURA, BUY)
    return [
        case(f, f"{a}/api/alta", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "nif": L(NIE, NATID),
            "naf": L(NAF, NATID), "telefono": L(GL_E164, TEL), "email": L(EMAIL, MAIL),
            "fecha_nacimiento": L(DOB, BIRTH), "direccion": L(HOME_GL["rua"], ADDR),
            "cp": L(HOME_GL["cp"], COARSE), "municipio": L(HOME_GL["concello"], COARSE),
            "provincia": L(HOME_GL["provincia"], COARSE), "contrasena": L(PW, CRED),
            "permex": L(PERMEX, NATID), "cofradia": "CF-VIGO", "agrupacion": "a_pe",
            "socio": L(SOCIO, UID)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "usuario": L(EMAIL, MAIL), "clave": L(PW, CRED), "ip": L(PUBLIC_IP, IPLOC),
            "sim": L(MCCMNC, CARRIER), "operador": L("Example Mobile", CARRIER)}),
        case(f, f"{a}/api/login/otp", headers=_h(rng), body={
            "otp": L("730416", CRED), "dispositivo": L(ANDROID_ID, DID), "recordar": True}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        permiso,
        at_path(multipart(f, f"{a}/api/permisos/{PERMEX}/renovacion", [
            ("nie_anverso", "nie.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
            ("certificado_aptitud", "aptitud.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("datos", None, "application/json", {"iban": L(IBAN_ES, PAY),
                                                 "tasa": L("28.40", BUY), "campana": "2026"})],
            headers=_h(rng, **b)), PERMEX, NATID),
        case(f, f"{a}/api/calendario", headers=_h(rng, **b), query={
            "zona": BANCO["zona"], "mes": "2025-12", "especie": "ameixa_fina"}),
        case(f, f"{a}/api/cupos", headers=_h(rng, **b), query={
            "permex": L(PERMEX, NATID), "fecha": "2025-12-09"}),
        case(f, f"{a}/api/jornadas/entrada", headers=_h(rng, **b), body={
            "jornada": jor, "zona": BANCO["zona"],
            "zona_centro": {"lat": BANCO["lat"], "lon": BANCO["lon"]},
            "posicion": {"lat": bla, "lon": blo, "precision": 5}, "chaleco": CHALECO,
            "dentro_geocerca": True, "hora": "2025-12-09T08:02:00+01:00"}),
        case(f, f"{a}/api/jornadas/{jor}/capturas", fmt="msgpack", headers=_h(rng, **b), body={
            "especie": "ameixa_fina", "kg": 3.2, "talla_ok": True, "usuario": L(USER_ID, UID),
            "lat": L(round(BANCO_FIX[0] + 0.00021, 5), PRECISE),
            "lon": L(round(BANCO_FIX[1] - 0.00017, 5), PRECISE)}),
        case(f, f"{a}/api/jornadas/{jor}/salida", headers=_h(rng, **b), body={
            "kg_total": 6.9, "hora": "2025-12-09T10:31:00+01:00",
            "posicion": {"lat": ola, "lon": olo}}),
        case(f, f"{a}/api/pesaje", fmt="form", headers=_h(rng, **b), body={
            "jornada": jor, "especie": "ameixa_fina", "kg": "6.9", "punto_control": "PC-VIG-2",
            "permex": L(PERMEX, NATID), "bascula": "BSC-0091"}),
        case(f, f"{a}/api/ventas", headers=_h(rng, how="none"),
             query={"desde": "2025-12-01", "hasta": "2025-12-09"},
             cookies={"ap_sess": L(opaque(rng, "", 44), CRED), "ap_inst": L(INSTALL_ID, DID)}),
        factura,
        case(f, f"{a}/api/incidencias", headers=_h(rng, **b), body={
            "tipo": "furtivismo", "anonima": True,
            "texto": L("Dos persoas con rastrillo fora de horario na zona norte", TEXT),
            "lat": L(POACH_AT[0], PRECISE), "lon": L(POACH_AT[1], PRECISE),
            "hora": "2025-12-08T19:40:00+01:00"}),
        multipart(f, f"{a}/api/incidencias/fotos", [
            ("foto", "incidencia.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("meta", None, "application/json", {"incidencia": obj(rng, "inc", 8)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cierres", headers=_h(rng, **b), query={
            "ll": L(f"{BANCO_FIX[0]:.2f},{BANCO_FIX[1]:.2f}", COARSE), "motivo": "biotoxinas"}),
        case(f, f"{a}/api/formacion/inscripcion", headers=_h(rng, **b), body={
            "curso": "CUR-2026-SEG-04", "nif": L(NIE, NATID), "nombre": L(NAME, NAMEC),
            "importe": L("15.00", BUY), "turno": "tarde"}),
        case(f, f"{a}/api/cuotas/pago", headers=_h(rng, **b), body={
            "socio": L(SOCIO, UID), "trimestre": "2025-T4", "importe": L("42.00", BUY),
            "recibo": L("REC-CF-25-4418", BUY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/salud/accidente", headers=_h(rng, **b), body={
            "fecha": "2025-12-04", "lugar": BANCO["zona"], "baja": L(True, MED),
            "lesion": L("corte profundo en la mano izquierda", MED),
            "relato": L("Me corté con el rastro al levantar una piedra; tres puntos en urgencias",
                        f"{TEXT}|{MED}"), "naf": L(NAF, NATID)}),
        case(f, f"{a}/api/dispositivos", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "instalacion": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "android": L("14", DEV), "idioma": L("es_ES", DEV)}),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("jornada_entrada", 1), ev("captura_registrada", 2, kg=3.2),
                ev("pantalla", 3, nombre=L("Cupos", USAGE))]}),
        case(f, f"{a}/api/avisos", headers=_h(rng, how="nodash"),
             cookies={"ap_sess": L(opaque(rng, "", 44), CRED), "ap_zona": BANCO["zona"]}),
    ]


def ameixapass_sdks() -> list[Case]:
    rng = random.Random(11122)
    return [
        tr_batch(APP, rng, [("Jornada Entrada", {"zona": BANCO["zona"]}),
                            ("Captura", {"kg": 3.2})], at=BANCO_FIX, nd=2, locale="es-ES"),
        tr_pixel(APP, rng, "Login Visto", {"origen": "push"}),
        ab_open(APP, rng, first=True),
        ab_event(APP, rng, "cuota_pagada", {"trimestre": "2025-T4"}, revenue=42.0),
        bp_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, ipgeo=("GA", "Redondela", "36800")),
        cv_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [cv_crumb("nav", "Jornada -> Salida"), cv_crumb("tap", "btn_salida")],
                 screen="JornadaActivity"),
        fh_eval(APP, rng, {"agrupacion": "a_pe", "zona": BANCO["zona"]}, hdr=True),
        pm_register(APP, rng, lang="es", tags={"zona": BANCO["zona"], "especie": "ameixa"}),
        pc_sepa(APP, rng),
        tf_reverse(APP, rng, OUT_FIX, PRECISE),
    ]
