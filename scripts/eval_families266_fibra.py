"""A home fibre-internet app "Fibramar" (a Zamboanga ISP; its API's keys are Chavacano in ASCII
with English loans: ``nombre``, ``apellido``, ``correo``, ``celular``, ``contrasena``,
``fecha_nacimiento``, ``acr``, ``direccion``, ``barangay``, ``ciudad``, ``codigo_postal``,
``lugar_casa`` the house pin, ``cuenta`` account, ``instalacion``, ``contacto``, ``nota``,
``mi_lugar`` my place, ``clave_wifi`` Wi-Fi password, ``factura`` bill, ``monto`` amount,
``pago``, ``reclamo`` complaint, ``luz`` light, ``bajada``/``subida`` down/up, ``plan_nuevo``,
``mensaje``, ``amiga`` friend, ``idioma``): the application with her ACR I-Card and the house pin,
the ID photo, a log-in, ``/yo``, installation slots and booking, the technician's ETA with her
position, the modem activated on her home Wi-Fi, a Wi-Fi password change, the bill by account
number in the path, its payment, a no-signal ticket after a brownout, a protobuf speed test (her
public and LAN addresses), a parental schedule, a plan upgrade (msgpack), a chat, the brownout
schedule, a referral, notifications by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families266_kit import (
    ACCOUNT,
    ACR,
    HUSBAND,
    OFFICE,
    PH_MOBILE,
    ZC_HOME,
    ZC_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families266_sdk import (
    cz_batch,
    cz_queue,
    lc_bid,
    qb_crash,
    qb_crumb,
    qb_session,
    rs_event,
    rs_launch,
)
from eval_families266_svc import ap_check, as_message, mp_reverse, sn_eval
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("fibramar", "Fibramar", "com.example.fibramar", "4.0.7",
          "https://api.fibramar.example.net")
IID = "X-Fibramar-Device"
PW = "Brownout?Nunca26"
NID = "personal.national_id"
INVOICE = "INV-2601-2281934"  # January's bill (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def fibramar() -> list[Case]:
    rng = random.Random(26651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, cuenta=L(ACCOUNT, UID), celular=L(PH_MOBILE, TEL)))}
    hla, hlo = fix(ZC_HOME_AT)
    tla, tlo = fix(ZC_HOME_AT, 5)
    order = obj(rng, "in")
    lab: dict[str, str] = {}
    speed = pb([(1, L(ACCOUNT, UID)), (2, L(PUBLIC_IP, IPLOC)), (3, L(LOCAL_IP, DEV)),
                (4, 48200), (5, 47900), (6, 12), (7, "zam-01")], "", lab)
    bill = at_path(case(f, f"{a}/api/cuentas/{ACCOUNT}/factura", headers=_h(rng, **b),
                        query={"mes": "2026-01"}), ACCOUNT, UID)
    return [
        case(f, f"{a}/api/solicitud", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC),
            "correo": L(EMAIL_MIXED, MAIL), "celular": L(PH_MOBILE, TEL),
            "contrasena": L(PW, CRED), "fecha_nacimiento": L(DOB, BIRTH), "acr": L(ACR, NID),
            "direccion": L(ZC_HOME["line"], ADDR), "barangay": L(ZC_HOME["brgy"], COARSE),
            "ciudad": L(ZC_HOME["town"], COARSE), "codigo_postal": L(ZC_HOME["post"], COARSE),
            "lugar_casa": {"lat": hla, "lng": hlo}, "plan": "fibra-50"}),
        multipart(f, f"{a}/api/solicitud/documentos", [
            ("foto", "acr_icard.jpg", "image/jpeg", L(JPEG + b"\x0a", MEDIA)),
            ("meta", None, "application/json", {"tipo": "acr_icard", "numero": L(ACR, NID)})],
            headers=_h(rng)),
        case(f, f"{a}/api/auth/entra", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "contrasena": L(PW, CRED)}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/instalacion/slots", headers=_h(rng, **b), query={
            "barangay": L(ZC_HOME["brgy"], COARSE), "desde": "2026-01-12"}),
        case(f, f"{a}/api/instalacion", headers=_h(rng, **b), body={
            "cuenta": L(ACCOUNT, UID), "orden": order, "slot": obj(rng, "sl"),
            "contacto": {"nombre": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL)},
            "nota": L("Tiene perro na porton, favor llama anay antes de entra", TEXT)}),
        case(f, f"{a}/api/tecnico/eta", headers=_h(rng, **b), query={
            "orden": order, "mi_lugar": L(f"{ZC_HOME_AT[0]:.4f},{ZC_HOME_AT[1]:.4f}", PRECISE),
            "oficina": OFFICE["id"]}),
        case(f, f"{a}/api/modem/activar", headers=_h(rng, **b), body={
            "cuenta": L(ACCOUNT, UID), "modem_serial": "ZXHN-F670L-3K81204",
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "clave_wifi": L("GaboTetuan2016", CRED), "lugar": {"lat": tla, "lng": tlo}}),
        case(f, f"{a}/api/wifi/cambia", fmt="form", headers=_h(rng, **b), body={
            "cuenta": L(ACCOUNT, UID), "ssid": L(SSID, WIFI),
            "clave_wifi": L("Camelia#12casa", CRED), "banda": "5g"}),
        bill,
        case(f, f"{a}/api/pagos", fmt="form", headers=_h(rng, **b), body={
            "cuenta": L(ACCOUNT, UID), "factura": L(INVOICE, BUY), "monto": L("1699.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "tarjeta_ultimo": L("4444", PAY)}),
        case(f, f"{a}/api/reclamo", headers=_h(rng, **b), body={
            "cuenta": L(ACCOUNT, UID), "tipo": "LOS", "luz_roja": True, "ticket": obj(rng, "tk"),
            "nota": L("Despues del brownout hende na ta volve el internet, pula el luz LOS", TEXT),
            "lugar": {"lat": tla, "lng": tlo}}),
        raw(f, f"{a}/api/speedtest", speed, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/control/horario", headers=_h(rng, **b), body={
            "cuenta": L(ACCOUNT, UID), "dispositivo": "tablet-sala", "mac": "5c:e5:0c:71:2a:9e",
            "bloquea": "21:00-06:00", "dias": ["dom", "lun", "mar", "mie", "jue"]}),
        case(f, f"{a}/api/plan/upgrade", fmt="msgpack", headers=_h(rng, **b), body={
            "cuenta": L(ACCOUNT, UID), "plan_nuevo": "fibra-100", "monto": L(2299, BUY),
            "efectivo": "2026-02-01"}),
        case(f, f"{a}/api/mensajes", headers=_h(rng, **b), body={
            "hilo": obj(rng, "hl"),
            "mensaje": L(f"Buenas, mi cuenta {ACCOUNT}, cosa hora ay llega el tecnico?",
                         f"{TEXT}|{UID}")}),
        case(f, f"{a}/api/brownout/horario", headers=_h(rng, **b), query={
            "barangay": L(ZC_HOME["brgy"], COARSE), "semana": "2026-W04"}),
        case(f, f"{a}/api/referido", headers=_h(rng, **b), body={
            "amiga": {"nombre": L("Maricris Santos", NAMEC), "celular": L("+639275550138", TEL)},
            "codigo_ref": opaque(rng, "REF", 6), "cuenta": L(ACCOUNT, UID)}),
        case(f, f"{a}/api/notificaciones", headers=_h(rng, how="none"), cookies={
            "fm_sesion": L(opaque(rng, "", 40), CRED),
            "fm_prefs": W({"cuenta": L(ACCOUNT, UID), "idioma": L("en", DEV)}, "b64json"),
            "fm_req": rid(rng)}),
        case(f, f"{a}/api/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "dispositivo": L(INSTALL_ID, DID), "eventos": [
                ev("factura_pagao", 1, monto=L(1699, BUY)),
                ev("pantalla", 2, pantalla=L("SpeedTest", USAGE))]}),
    ]


def fibramar_sdks() -> list[Case]:
    rng = random.Random(26652)
    return [
        cz_batch(APP, rng, [("Bill Paid", {"amount": L(1699, BUY)}),
                            ("Speed Test", {"down": 48.2})], at=ZC_HOME_AT, nd=3),
        cz_queue(APP, rng, [("Offline Banner", {"reason": "los"}),
                            ("Ticket Opened", {"kind": "LOS"})]),
        rs_launch(APP, rng, user=True),
        rs_event(APP, rng, "purchase", {"factura": L(INVOICE, BUY)}, revenue=1699.0,
                 currency="PHP", hashed=True),
        lc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ZC_HOME_AT, nd=2,
               keywords="internet,fiber,router"),
        qb_crash(APP, rng, ("java.net.SocketTimeoutException", "speedtest zam-01"),
                 [qb_crumb("nav", "Inicio -> SpeedTest")], screen="SpeedTestActivity"),
        qb_session(APP, rng, secs=196),
        sn_eval(APP, rng, {"plan": "fibra-50", "city": L("Zamboanga City", COARSE)}, hdr=True),
        ap_check(APP, rng, {"analytics": True}),
        mp_reverse(APP, rng, ZC_HOME_AT, PRECISE, nd=5),
        as_message(APP, rng, L(f"Mi cuenta {ACCOUNT} ya cobra dos veces", f"{TEXT}|{UID}"),
                   {"cuenta": L(ACCOUNT, UID)}),
    ]
