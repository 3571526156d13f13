"""Municipal property-tax app "Tributapy" (a fictional municipality's own app; its API's keys are
Spanish; unlike set 105's private convenience app over a city's records it is the tax office's:
the cadastral account, the yearly assessment, payment by bank transfer or in instalments,
improvements declared with a photo, a tax-clearance certificate). Registration with her cédula and
RUC, a log-in by RUC and an SMS code, ``/yo`` with a JWT, her flat by cadastral account in the
path and by cédula in the query, the account linked with her husband as co-owner, the assessment,
a payment and its confirmation, the receipt by number in the path, an instalment plan, a new
roofed terrace declared, a clearance certificate, a pothole reported, the parcel by her point,
notifications, the car's licence tax, an appointment, invoice details, push, events and her
statement by a cookie GET."""

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
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families114_kit import (
    ACCEPT_PY,
    CEDULA,
    CTA,
    FINCA,
    HOME_PY,
    HOME_PY_AT,
    HUSBAND,
    HUSBAND_CI,
    LIQ,
    OFFICE_AT,
    PAYOUT_ACCT,
    PY_E164,
    PY_NATIONAL,
    RECIBO,
    RUC,
    TZ,
    fix,
)
from eval_families114_sdk import cp_crash, cp_crumb, cp_session, mc_batch, mc_pixel
from eval_families114_svc import cu_check, hc_message, nc_register, pp_confirm, tc_eval, tm_reverse
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("tributapy", "Tributapy", "com.example.tributapy", "2.3.7",
          "https://api.tributapy.example.org")
IID = "X-Tributa-Dispositivo"
PW = "Lapacho-Rosado-2025"
EXTRA = (-25.294655, -57.580391)  # the terrace's photo point, her own flat's yard


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_PY, DEV)
    return h


def tributapy() -> list[Case]:
    rng = random.Random(11451)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, ruc=L(RUC, NATID), cuentas=[L(CTA, UID)]))}
    b = {"auth": "bearer"}
    ela, elo = fix(EXTRA)
    pla, plo = fix(HOME_PY_AT, 5)
    return [
        case(f, f"{a}/v1/contribuyentes", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "cedula": L(CEDULA, NATID),
            "ruc": L(RUC, NATID), "email": L(EMAIL, MAIL), "telefono": L(PY_E164, TEL),
            "fecha_nacimiento": L(DOB, BIRTH), "clave": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/ingresar", fmt="form", headers=_h(rng), body={
            "ruc": L(RUC, NATID), "clave": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "codigo": L("552901", CRED), "canal": "sms"}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/v1/inmuebles/{CTA}", headers=_h(rng, **b)), CTA, UID),
        case(f, f"{a}/v1/inmuebles", headers=_h(rng, **b), query={"cedula": L(CEDULA, NATID)}),
        case(f, f"{a}/v1/inmuebles/vincular", headers=_h(rng, **b), body={
            "cta_catastral": L(CTA, UID), "finca": FINCA, "direccion": L(HOME_PY["line"], ADDR),
            "barrio": L(HOME_PY["barrio"], COARSE), "porcentaje": 50,
            "copropietario": {"nombre": L(HUSBAND[0], NAMEC), "cedula": L(HUSBAND_CI, NATID)}}),
        case(f, f"{a}/v1/liquidaciones", headers=_h(rng, **b), query={
            "cta": L(CTA, UID), "anio": "2025"}),
        case(f, f"{a}/v1/pagos", headers=_h(rng, **b), body={
            "liquidacion": L(LIQ, BUY), "monto": L(1284000, BUY), "moneda": "PYG",
            "medio": "transferencia", "cuenta_origen": L(PAYOUT_ACCT, PAY),
            "cta_catastral": L(CTA, UID), "ip_cliente": L(PUBLIC_IP, IPLOC)}),
        case(f, f"{a}/v1/pagos/confirmar", fmt="form", headers=_h(rng, **b), body={
            "referencia": L("TRF-20251209-77812", BUY), "monto": L("1284000", BUY)}),
        at_path(case(f, f"{a}/v1/recibos/{RECIBO}", headers=_h(rng, **b),
                     query={"formato": "pdf"}), RECIBO, BUY),
        case(f, f"{a}/v1/planes-de-pago", headers=_h(rng, **b), body={
            "cta_catastral": L(CTA, UID), "cuotas": 6, "monto_cuota": L(214000, BUY),
            "total": L(1284000, BUY), "debito_cuenta": L(PAYOUT_ACCT, PAY)}),
        multipart(f, f"{a}/v1/mejoras", [
            ("foto", "quincho.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("datos", None, "application/json", {
                "cta_catastral": L(CTA, UID), "tipo": "quincho techado", "m2": 24,
                "lat": ela, "lon": elo})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/certificados/no-adeudo", headers=_h(rng, **b), body={
            "cta_catastral": L(CTA, UID), "motivo": "venta",
            "escribania_email": "escribania.gimenez@example.com"}),
        case(f, f"{a}/v1/reclamos", headers=_h(rng, **b), body={
            "tipo": "bache", "lat": pla, "lon": plo,
            "texto": L("Hay un bache enorme frente a Teniente Vera 1422", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/mapa/parcela", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_PY_AT[0]:.5f}", PRECISE), "lon": L(f"{HOME_PY_AT[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/notificaciones", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "sms": L(PY_NATIONAL, TEL), "idioma": L("es", DEV)}),
        case(f, f"{a}/v1/patentes", headers=_h(rng, **b), body={
            "chapa": "AAFK 221", "anio": 2026, "monto": L(356000, BUY), "ruc": L(RUC, NATID)}),
        case(f, f"{a}/v1/turnos", headers=_h(rng, **b), body={
            "oficina": "Catastro - sede central",
            "oficina_at": {"lat": OFFICE_AT[0], "lon": OFFICE_AT[1]},
            "fecha": "2025-12-16T08:30", "motivo": "actualizar titularidad",
            "cedula": L(CEDULA, NATID)}),
        case(f, f"{a}/v1/facturacion", headers=_h(rng, **b), body={
            "razon_social": L(NAME, NAMEC), "ruc": L(RUC, NATID),
            "email_factura": L(EMAIL_UPPER, MAIL)}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "dispositivo": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "so": L("Android 14", DEV), "zona": L(TZ, DEV)}),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("pago_iniciado", 1), ev("recibo_descargado", 2),
                ev("pantalla", 3, pantalla=L("EstadoCuenta", USAGE))]}),
        case(f, f"{a}/v1/estado-cuenta", headers=_h(rng, how="nodash"),
             cookies={"tp_sesion": L(opaque(rng, "", 40), CRED), "tp_cta": L(CTA, UID)}),
    ]


def tributapy_sdks() -> list[Case]:
    rng = random.Random(11452)
    return [
        mc_batch(APP, rng, [("Tax Paid", {"amount": L(1284000, BUY)}),
                            ("Receipt Downloaded", {})]),
        mc_pixel(APP, rng, "Tax Lookup Started", {"source": "home"}),
        cp_crash(APP, rng, ("android.os.FileUriExposedException", "recibo.pdf"),
                 [cp_crumb("navigation", "Pagos -> Recibo"),
                  cp_crumb("http", "GET", {"status": 200, "bytes": 48211})],
                 screen="ReceiptActivity"),
        cp_session(APP, rng, secs=288),
        tc_eval(APP, rng, {"instalments": True, "city": L("Asunción", COARSE)}),
        nc_register(APP, rng, tags={"due_reminders": "on"}),
        cu_check(APP, rng, {"analytics": True, "ads": False}),
        pp_confirm(APP, rng, "356000"),
        tm_reverse(APP, rng, HOME_PY_AT, PRECISE),
        hc_message(APP, rng, L("Pagué la cuota pero el estado de cuenta sigue igual",
                               TEXT), {"cuenta": L(CTA, UID)}),
    ]
