"""A gas-cylinder truck app "Garrafita" (El Alto's subsidised 10 kg cylinders are sold from trucks
that drive the streets honking). Set 96 has an LPG refill delivered to the door by a runner; here
nobody comes to the door: the household registers for its weekly subsidised quota with an
identity card, follows the trucks on the map, reserves a cylinder on the truck that will pass,
walks to the corner when it is near (a protobuf beat with her fix), pays by QR, exchanges a
dented cylinder and reports a leak. Calls: sign-up, a PIN log-in, an SMS code, the profile, the
household, trucks near her, a truck's route, a reservation, the arrival beat (protobuf), the
payment, the quota check (msgpack), a leak report and its photo, a cylinder exchange, the history
by household number in the query, a horn alert, a rating, sharing with a neighbour, a receipt by
reservation in the path, news by a cookie GET, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families139_kit import (
    BO_ACCOUNT,
    CARNET,
    CORNER_FIX,
    EA_HOME,
    EA_HOME_AT,
    HOUSEHOLD,
    NATID,
    NEIGHBOUR,
    PLANT,
    TRUCK,
    fix,
    hd,
    obj,
    push,
)
from eval_families139_sdk import (
    bc_bid,
    bc_notice,
    cq_crash,
    cq_crumb,
    mv_batch,
    mv_pixel,
    tt_event,
    tt_launch,
)
from eval_families139_svc import ch_wallet, mw_reverse, mw_telemetry, pc_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("garrafita", "Garrafita", "com.example.garrafita", "4.0.9",
          "https://api.garrafita.example.com")
IID = "X-Garrafita-Device"
PW = "GasAlto2026!"
PIN = "4821"
RESERVA = "RSV-EA-260311-0442"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def garrafita() -> list[Case]:
    rng = random.Random(13951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), hogar=L(HOUSEHOLD, UID)))}
    hla, hlo = fix(EA_HOME_AT)
    kla, klo = fix(CORNER_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, L(HOUSEHOLD, UID)), (3, RESERVA),
               (4, [(1, L(CORNER_FIX[0], PRECISE)), (2, L(CORNER_FIX[1], PRECISE)),
                    (3, 9.0)]), (5, TRUCK["id"]), (6, L(71, DEV)), (7, 1773230400)], "", lab)
    rcpt = at_path(case(f, f"{a}/api/v3/recibo/{RESERVA}", headers=_h(rng, **b)), RESERVA, BUY)
    return [
        case(f, f"{a}/api/v3/usuarios", headers=_h(rng), body={
            "nombreCompleto": L(NAME, NAMEC), "ci": L(CARNET, NATID),
            "celular": L(NATIONAL, TEL), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "direccion": {"calle": L(EA_HOME["line"], ADDR), "zona": L(EA_HOME["zone"], COARSE),
                          "referencia": L(EA_HOME["ref"], ADDR),
                          "ciudad": L("El Alto", COARSE)}}),
        case(f, f"{a}/api/v3/sesion", fmt="form", headers=_h(rng), body={
            "celular": L(E164, TEL), "pin": L(PIN, CRED)}),
        case(f, f"{a}/api/v3/otp/verificar", headers=_h(rng), body={
            "celular": L(E164, TEL), "codigo": L("551903", CRED), "canal": "sms"}),
        case(f, f"{a}/api/v3/perfil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/hogares", headers=_h(rng, **b), body={
            "hogar": L(HOUSEHOLD, UID), "titularCi": L(CARNET, NATID), "miembros": 3,
            "ubicacion": {"lat": hla, "lon": hlo}, "tipoVivienda": "casa"}),
        case(f, f"{a}/api/v3/camiones/cerca", headers=_h(rng, **b), query={
            "lat": L(f"{EA_HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{EA_HOME_AT[1]:.4f}", PRECISE),
            "radio": "800"}),
        case(f, f"{a}/api/v3/camiones/{TRUCK['id']}/ruta", headers=_h(rng, **b),
             query={"planta": PLANT["id"]}),
        case(f, f"{a}/api/v3/reservas", headers=_h(rng, **b), body={
            "reserva": L(RESERVA, BUY), "hogar": L(HOUSEHOLD, UID), "camion": TRUCK["id"],
            "garrafas": 1, "precioUnitario": 22.5, "total": L(22.5, BUY),
            "esquina": {"lat": kla, "lon": klo}}),
        raw(f, f"{a}/api/v3/reservas/llegada", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/pagos", fmt="form", headers=_h(rng, **b), body={
            "reserva": L(RESERVA, BUY), "monto": L("22.50", BUY), "metodo": "qr",
            "cuenta": L(BO_ACCOUNT, PAY)}),
        case(f, f"{a}/api/v3/cupo", fmt="msgpack", headers=_h(rng, **b), body={
            "hogar": L(HOUSEHOLD, UID), "ci": L(CARNET, NATID), "semana": "2026-W11",
            "usadas": 0}),
        case(f, f"{a}/api/v3/fugas", headers=_h(rng, **b), body={
            "direccion": L(EA_HOME["line"], ADDR), "lat": hla, "lon": hlo,
            "texto": L("Huele a gas en la cocina, ya cerre la llave y abri la ventana", TEXT),
            "celular": L(E164, TEL), "serieGarrafa": "GRF-10-5581207"}),
        multipart(f, f"{a}/api/v3/fugas/foto", [
            ("foto", "valvula.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"hogar": L(HOUSEHOLD, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/canje", headers=_h(rng, **b), body={
            "hogar": L(HOUSEHOLD, UID), "serieVieja": "GRF-10-3310482", "motivo": "abollada",
            "camion": TRUCK["id"]}),
        case(f, f"{a}/api/v3/historial", headers=_h(rng, **b), query={
            "hogar": L(HOUSEHOLD, UID), "desde": "2026-01-01"}),
        case(f, f"{a}/api/v3/avisos", headers=_h(rng, **b), body={
            "radio": 400, "centro": {"lat": L(round(EA_HOME_AT[0], 3), PRECISE),
                                     "lon": L(round(EA_HOME_AT[1], 3), PRECISE)},
            "horario": "06:00-09:00", "bocina": True}),
        case(f, f"{a}/api/v3/calificacion", fmt="form", headers=_h(rng, **b), body={
            "reserva": L(RESERVA, BUY), "estrellas": "4",
            "comentario": L("Llego tarde pero el chofer fue amable", TEXT)}),
        case(f, f"{a}/api/v3/compartir", headers=_h(rng, **b), body={
            "reserva": L(RESERVA, BUY), "vecina": {"nombre": L(NEIGHBOUR[0], NAMEC),
                                                   "celular": L(NEIGHBOUR[1], TEL)}}),
        rcpt,
        case(f, f"{a}/api/v3/novedades", headers=_h(rng, how="none"), cookies={
            "gf_sesion": L(opaque(rng, "", 40), CRED),
            "gf_disp": L(INSTALL_ID.replace("-", ""), DID)}),
        case(f, f"{a}/api/v3/dispositivo", headers=_h(rng, how="nodash", **b),
             body=push(push_token(rng))),
        case(f, f"{a}/api/v3/eventos", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "eventos": [
                ev("reserva_creada", 1), ev("camion_cerca", 2, metros=180),
                ev("vista", 3, pantalla=L("MapaCamiones", USAGE))]}),
        case(f, f"{a}/api/v3/sesion/cerrar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "obj": obj(rng, "ses")}),
    ]


def garrafita_sdks() -> list[Case]:
    rng = random.Random(13952)
    near = [(CORNER_FIX[0] + 0.00011 * i, CORNER_FIX[1] - 0.00009 * i) for i in range(3)]
    return [
        mv_batch(APP, rng, [("Cylinder Reserved", {"total": L(22.5, BUY)}),
                            ("Truck Near", {"meters": 180})], at=CORNER_FIX, nd=3),
        mv_pixel(APP, rng, "Map Opened", {"trucks": 4}),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "reservation", {"reserva": L(RESERVA, BUY)}, revenue=22.5,
                 currency="BOB"),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F"),
        bc_notice(APP, rng, "win"),
        cq_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "Index: 0, Size: 0"),
                 [cq_crumb("nav", "Mapa -> Reservar"), cq_crumb("net", "GET", {
                     "url": f"{APP.api}/api/v3/camiones/cerca", "status": 200})],
                 screen="ReservaActivity"),
        pc_register(APP, rng, at=EA_HOME_AT, nd=2, tags={"zona": L("Villa Dolores", COARSE)}),
        ch_wallet(APP, rng, "22.50", L(E164, TEL)),
        mw_telemetry(APP, rng, [(round(la, 6), round(lo, 6)) for la, lo in near], PRECISE),
        mw_reverse(APP, rng, CORNER_FIX, PRECISE, nd=6),
    ]
