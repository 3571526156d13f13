"""Football club's members and season-ticket app "Guyra Pytã Socios" (a fictional Asunción club;
its API's keys are Spanish): registration as a member, a log-in by cédula and password,
``/socios/yo`` with a JWT, the season's tickets, her season ticket bought, a match's seat passed
to her husband by ticket in the path, the member-card photo, the ticket's QR by number in the path,
the gate check (her fix at gate 4) and a protobuf heartbeat inside the stadium, a jersey printed
with her son's name, the monthly dues by card, fixtures, a survey, a partner discount, her son
added as a junior member, stadium parking, live reactions (msgpack), a raffle, a lost jacket,
push, events and her tickets by a cookie GET."""

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
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families114_kit import (
    ABONO,
    ACCEPT_PY,
    CEDULA,
    CEDULA_DOTS,
    CLUB_PHONE,
    GATE_FIX,
    HOME_PY,
    HUSBAND,
    HUSBAND_CI,
    PY_E164,
    PY_LINE,
    PY_NATIONAL,
    SOCIO,
    SON,
    STADIUM_AT,
    TZ,
    fix,
    obj,
)
from eval_families114_sdk import (
    ag_event,
    ag_link,
    ag_session,
    bc_bid,
    cp_crash,
    cp_crumb,
    mc_batch,
    mc_pixel,
)
from eval_families114_svc import cu_check, nc_register, tm_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("guyrapyta", "GuyraPytaSocios", "com.example.guyrapyta", "6.0.3",
          "https://api.guyrapyta.example.org")
IID = "X-GP-Dispositivo"
PW = "Kelito#Platea14"
PARKED = (-25.303412, -57.559187)  # where she left the car by the stadium (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_PY, DEV)
    return h


def guyrapyta() -> list[Case]:
    rng = random.Random(11421)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, socio=L(SOCIO, UID), cedula=L(CEDULA, NATID)))}
    b = {"auth": "bearer"}
    match = obj(rng, "ptd", 8)
    gla, glo = fix(GATE_FIX)
    lab: dict[str, str] = {}
    ila, ilo = fix((-25.302291, -57.561405), 5)
    beat = pb([(1, L(SOCIO, UID)), (2, "P4"), (3, [(1, ila), (2, ilo)]), (4, 1765582210),
               (5, match)], "", lab)
    ceder = at_path(case(f, f"{a}/api/abonos/{ABONO}/ceder", headers=_h(rng, **b), body={
        "partido": match, "nombre": L(HUSBAND[0], NAMEC), "cedula": L(HUSBAND_CI, NATID),
        "celular": L(HUSBAND[1], TEL)}), ABONO, BUY)
    qr = at_path(case(f, f"{a}/api/abonos/{ABONO}/qr", headers=_h(rng, **b)), ABONO, BUY)
    return [
        case(f, f"{a}/api/socios/registro", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC),
            "cedula": L(CEDULA_DOTS, NATID), "fechaNacimiento": L("17/05/1991", BIRTH),
            "email": L(EMAIL, MAIL), "celular": L(PY_NATIONAL, TEL), "sexo": L("F", GENDER),
            "ciudad": L(HOME_PY["city"], COARSE), "direccion": L(HOME_PY["line"], ADDR),
            "password": L(PW, CRED), "aceptaReglamento": True}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "usuario": L(CEDULA, NATID), "clave": L(PW, CRED), "recordar": "1"}),
        case(f, f"{a}/api/socios/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/abonos/temporada", headers=_h(rng, **b), query={
            "sector": "platea", "temporada": "2026"}),
        case(f, f"{a}/api/abonos", headers=_h(rng, **b), body={
            "socio": L(SOCIO, UID), "abono": L(ABONO, BUY), "sector": "Platea Norte",
            "fila": "K", "asiento": "14", "precio": L(1450000, BUY), "cuotas": 3}),
        ceder,
        multipart(f, f"{a}/api/socios/foto", [
            ("foto", "carnet.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("datos", None, "application/json", {"socio": L(SOCIO, UID),
                                                 "recorte": [0, 0, 600, 800]})],
            headers=_h(rng, **b)),
        qr,
        case(f, f"{a}/api/acceso/validar", headers=_h(rng, **b), body={
            "abono": L(ABONO, BUY), "puerta": "P4", "partido": match, "lat": gla, "lon": glo,
            "estadio": {"lat": STADIUM_AT[0], "lon": STADIUM_AT[1], "tel": CLUB_PHONE}}),
        raw(f, f"{a}/api/acceso/latido", beat, "application/x-protobuf", lab,
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/tienda/pedidos", headers=_h(rng, **b), body={
            "pedido": L("TDA-118342", BUY), "total": L(395000, BUY), "retiro": "sede",
            "items": [{"sku": "CAM-26-LOC", "talle": "10", "estampado": L("TOMÁS 10", NAMEC)}]}),
        case(f, f"{a}/api/cuotas/debito", headers=_h(rng, **b), body={
            "socio": L(SOCIO, UID), "monto": L(120000, BUY), "tarjetaUlt4": L("4444", PAY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "diaDebito": 5}),
        case(f, f"{a}/api/partidos", headers=_h(rng, **b), query={
            "desde": "2025-12-01", "hasta": "2026-02-28", "torneo": "apertura"}),
        case(f, f"{a}/api/encuestas/{obj(rng, 'enc', 6)}", headers=_h(rng, **b), body={
            "nota": 4, "comentario": L("La fila de la puerta 4 fue un caos, 40 minutos", TEXT)}),
        case(f, f"{a}/api/beneficios/canjear", headers=_h(rng, **b), body={
            "beneficio": "bnf_22", "comercio": "Pizzería Ñu Guasu", "socio": L(SOCIO, UID),
            "codigo": L("GPY-7Q21", BUY)}),
        case(f, f"{a}/api/socios/familia", headers=_h(rng, **b), body={
            "nombre": L(SON[0], NAMEC), "apellido": L(SON[1], NAMEC),
            "fechaNacimiento": L(SON[2], BIRTH), "parentesco": "hijo", "categoria": "infantil"}),
        case(f, f"{a}/api/estacionamiento", fmt="form", headers=_h(rng, **b), body={
            "partido": match, "chapa": "AAFK 221", "monto": L("30000", BUY)}),
        case(f, f"{a}/api/vivo/reacciones", fmt="msgpack", headers=_h(rng, **b), body={
            "socio": L(SOCIO, UID), "partido": match,
            "reacciones": L([{"t": 612, "r": "gol"}, {"t": 1804, "r": "aplauso"},
                             {"t": 2711, "r": "tarjeta"}], USAGE)}),
        case(f, f"{a}/api/sorteos/participar", fmt="form", headers=_h(rng, **b), body={
            "sorteo": "srt_2025_navidad", "socio": L(SOCIO, UID),
            "celular": L(PY_E164, TEL)}),
        case(f, f"{a}/api/objetos-perdidos", headers=_h(rng, **b), body={
            "partido": match, "contacto": L(PY_LINE, TEL),
            "descripcion": L("Perdí una campera azul en la platea norte, fila K", TEXT)}),
        case(f, f"{a}/api/dispositivos", headers=_h(rng, **b), body={
            "tokenPush": L(push_token(rng), DID), "dispositivo": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "sistema": L("Android 14", DEV),
            "idioma": L("es-PY", DEV), "zona": L(TZ, DEV)}),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("abono_comprado", 1), ev("qr_abierto", 2),
                ev("pantalla", 3, pantalla=L("MiAbono", USAGE))]}),
        case(f, f"{a}/api/socios/yo/abonos", headers=_h(rng, how="none"),
             cookies={"gp_sesion": L(opaque(rng, "", 40), CRED), "gp_socio": L(SOCIO, UID)}),
    ]


def guyrapyta_sdks() -> list[Case]:
    rng = random.Random(11422)
    link = U("https://guyrapyta.example.org/l/abono", {"socio": L(SOCIO, UID),
                                                       "utm_source": "whatsapp",
                                                       "c": "renovacion26"})
    return [
        mc_batch(APP, rng, [("Gate Validated", {"gate": "P4"}),
                            ("Season Ticket Bought", {"price": L(1450000, BUY)})],
                 at=GATE_FIX, nd=2),
        mc_pixel(APP, rng, "Fixture Viewed", {"match": obj(rng, "ptd", 8)}),
        ag_session(APP, rng, 41, secs=1220),
        ag_event(APP, rng, "abono_x1", {"abono": L(ABONO, BUY), "sector": "platea"},
                 revenue=1450000.0),
        ag_link(APP, rng, link),
        bc_bid(APP, rng, {"video": {"w": 640, "h": 360, "mimes": ["video/mp4"]}}, yob=1991,
               gender="F", keywords="futbol,abono"),
        cp_crash(APP, rng, ("java.net.SocketTimeoutException", "acceso/validar timeout"),
                 [cp_crumb("navigation", "MiAbono -> Acceso"),
                  cp_crumb("http", "POST", {"url": f"{APP.api}/api/acceso/validar",
                                            "status": 0})], screen="AccessActivity"),
        nc_register(APP, rng, tags={"sector": "platea", "socio": L(SOCIO, UID)}),
        cu_check(APP, rng, {"analytics": True, "ads": True}),
        tm_reverse(APP, rng, PARKED, PRECISE),
    ]
