"""A Catholic patronal fiesta's preste (sponsor) app "Prestepasa" (she and her husband are this
year's prestes of the Virgen del Carmen fiesta of their parish in Villa Dolores: her religion).
The sponsors keep the ayni ledger (gifts relatives bring, to be returned in kind), contract a
brass band, book the preste's Mass, register as dancers in the fiesta's morenada, rent costumes,
follow the procession, list guests and expenses and hand the cargo to next year's prestes.
Calls: sign-up, a log-in, ``/yo`` (me), the preste registration, an ayni received, the band's
contract, the Mass, the dancers' registration and photo, a costume rental (msgpack), the
programme, a fix at the procession, guests, expenses, a receipt photo, a group message, the ayni
balance by preste number in the path, a donation for the Virgin's mantle, a parish search, the
handover, notifications by a cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
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
from eval_families139_kit import (
    CARNET,
    EA_HOME,
    FIESTA,
    HUSBAND,
    MOTHER_IN_LAW,
    NATID,
    NEIGHBOUR,
    PARISH,
    PARISH_FIX,
    PASANTE,
    fix,
    hd,
    obj,
    push,
)
from eval_families139_sdk import cq_crash, cq_crumb, mv_batch, mv_identify, mv_pixel, tt_event
from eval_families139_svc import ch_card, ch_confirm, ck_save, hy_message, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("prestepasa", "Prestepasa", "com.example.prestepasa", "1.6.0",
          "https://api.prestepasa.example.net")
IID = "X-Pp-Instalacion"
PW = "Carmen!Preste26"
BAND_CONTRACT = "BND-2026-0731"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def prestepasa() -> list[Case]:
    rng = random.Random(13931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasante=L(PASANTE, UID),
                                    parroquia=L(PARISH["name"], SENS)))}
    pla, plo = fix(PARISH_FIX, 4)
    balance = at_path(case(f, f"{a}/api/aynis/{PASANTE}/saldo", headers=_h(rng, **b)),
                      PASANTE, UID)
    return [
        case(f, f"{a}/api/registro", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "celular": L(E164, TEL), "password": L(PW, CRED), "fechaNacimiento": L(DOB, BIRTH),
            "genero": L("F", GENDER)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "recordar": "1"}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pasantes", headers=_h(rng, **b), body={
            "fiesta": L(FIESTA, SENS), "parroquia": L(PARISH["name"], SENS),
            "cargo": L("preste mayor", SENS), "pasante": L(PASANTE, UID),
            "esposo": {"nombre": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL)},
            "domicilio": L(EA_HOME["line"], ADDR), "zona": L(EA_HOME["zone"], COARSE),
            "gestion": 2026}),
        case(f, f"{a}/api/aynis", headers=_h(rng, **b), body={
            "pasante": L(PASANTE, UID), "de": {"nombre": L(MOTHER_IN_LAW[0], NAMEC),
                                               "celular": L(MOTHER_IN_LAW[1], TEL)},
            "tipo": "dinero", "valor": L(1000, BUY), "devolver": True,
            "nota": L("Ayni de la mama de Ruben para la banda", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/contratos/banda", headers=_h(rng, **b), body={
            "contrato": L(BAND_CONTRACT, BUY), "banda": "Banda Espectacular Illampu",
            "bandaTelefono": "+59177231190", "fecha": "2026-07-18", "horas": 14,
            "monto": L(24000, BUY), "anticipo": L(8000, BUY), "pasante": L(PASANTE, UID)}),
        case(f, f"{a}/api/misas", fmt="form", headers=_h(rng, **b), body={
            "parroquia": PARISH["id"], "tipo": L("misa de preste", SENS),
            "fecha": "2026-07-18T10:00",
            "intencion": L("Por la salud de mi suegra Dominga y por nuestra familia",
                           f"{TEXT}|{SENS}|{NAMEC}"), "ofrenda": L("300", BUY)}),
        case(f, f"{a}/api/fraternidad/inscripcion", headers=_h(rng, **b), body={
            "fraternidad": "Morenada Senorial Qhantati", "bloque": "cholas",
            "nombre": L(f"{FIRST} {LAST}", NAMEC), "ci": L(CARNET, NATID),
            "devocion": L("Virgen del Carmen", SENS), "cuota": L(450, BUY), "talla": "M",
            "pasante": L(PASANTE, UID)}),
        multipart(f, f"{a}/api/fraternidad/foto", [
            ("foto", "bailarina.jpg", "image/jpeg", L(JPEG + b"\x6c", MEDIA)),
            ("meta", None, "application/json", {"pasante": L(PASANTE, UID), "uso": "credencial"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/trajes/alquiler", fmt="msgpack", headers=_h(rng, **b), body={
            "traje": "pollera de morenada", "talla": "M", "dias": 3,
            "garantia": L(500, BUY), "monto": L(350, BUY), "pasante": L(PASANTE, UID),
            "alquiler": obj(rng, "alq")}),
        case(f, f"{a}/api/cronograma", headers=_h(rng, **b), query={
            "fiesta": "vcarmen-vd-2026", "dia": "2026-07-18"}),
        case(f, f"{a}/api/procesion/ubicacion", headers=_h(rng, **b), body={
            "pasante": L(PASANTE, UID), "yo": {"lat": pla, "lon": plo},
            "iglesia": {"lat": PARISH["lat"], "lon": PARISH["lon"]}, "tramo": 2}),
        case(f, f"{a}/api/invitados", headers=_h(rng, **b), body={
            "pasante": L(PASANTE, UID), "invitados": [
                {"nombre": L(NEIGHBOUR[0], NAMEC), "celular": L(NEIGHBOUR[1], TEL), "mesa": 4},
                {"nombre": L(MOTHER_IN_LAW[0], NAMEC), "celular": L(MOTHER_IN_LAW[1], TEL),
                 "mesa": 1}]}),
        case(f, f"{a}/api/gastos", headers=_h(rng, **b), body={
            "pasante": L(PASANTE, UID), "items": [
                {"concepto": "local", "monto": L(3500, BUY)},
                {"concepto": "comida", "monto": L(6200, BUY)},
                {"concepto": "cohetes", "monto": L(900, BUY)}], "total": L(10600, BUY)}),
        multipart(f, f"{a}/api/gastos/comprobante", [
            ("imagen", "recibo_local.jpg", "image/jpeg", L(JPEG + b"\x6d", f"{MEDIA}|{BUY}")),
            ("data", None, "application/json", {"pasante": L(PASANTE, UID),
                                                "monto": L(3500, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/mensajes", headers=_h(rng, **b), body={
            "grupo": "grp_prestes_vd", "texto": L(
                "Hermanos, la misa de preste es el sabado 18 a las 10, traigan las velas "
                "para la Virgen", f"{TEXT}|{SENS}")}),
        balance,
        case(f, f"{a}/api/donaciones", headers=_h(rng, **b), body={
            "parroquia": PARISH["id"], "fondo": L("Manto nuevo de la Virgen del Carmen", SENS),
            "monto": L(200, BUY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/parroquias/buscar", headers=_h(rng, **b), query={
            "q": L("parroquia virgen del carmen villa dolores", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/api/prestes/entrega", headers=_h(rng, **b), body={
            "pasante": L(PASANTE, UID), "fiesta": L(FIESTA, SENS),
            "recibe": {"nombre": L(NEIGHBOUR[0], NAMEC), "correo": L(NEIGHBOUR[2], MAIL)},
            "fecha": "2026-07-19"}),
        case(f, f"{a}/api/notificaciones", headers=_h(rng, how="none"), cookies={
            "pp_sesion": L(opaque(rng, "", 40), CRED), "pp_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/dispositivos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("ayni_registrado", 1), ev("misa_reservada", 2),
                ev("pantalla", 3, nombre=L("LibroAyni", USAGE))]}),
    ]


def prestepasa_sdks() -> list[Case]:
    rng = random.Random(13932)
    return [
        mv_batch(APP, rng, [("Ayni Recorded", {"value": L(1000, BUY)}),
                            ("Mass Booked", {"parish": L(PARISH["name"], SENS)})]),
        mv_identify(APP, rng, {"fiesta": L(FIESTA, SENS), "cargo": L("preste mayor", SENS),
                               "zona": L("Villa Dolores", COARSE), "pasante": L(PASANTE, UID)}),
        mv_pixel(APP, rng, "Programme Opened", {"day": "2026-07-18"}),
        tt_event(APP, rng, "donation", {"fund": L("manto", SENS)}, revenue=200.0,
                 currency="BOB", hashed=True),
        cq_crash(APP, rng, ("java.lang.ArithmeticException", "BigInteger divide by zero"),
                 [cq_crumb("nav", "LibroAyni -> Resumen"), cq_crumb("tap", "calcular")],
                 screen="AyniActivity"),
        pc_register(APP, rng, at=PARISH_FIX, nd=2,
                    tags={"fiesta": L("virgen_del_carmen", SENS), "cargo": L("preste", SENS)}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        ch_card(APP, rng),
        ch_confirm(APP, rng, "200"),
        hy_message(APP, rng, L("No me deja cargar el ayni de mi suegra", f"{TEXT}"),
                   {"pasante": L(PASANTE, UID)}),
    ]
