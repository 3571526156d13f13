"""Micro-lending app "Lanapronto" (Mexico; its API's keys are Spanish; she lives in Mexico City on
a posting): sign-up by SMS, a PIN log-in, ``/me`` with a JWT carrying her CURP, the applicant's
data (CURP, RFC, birth date, sex), her address in Roma Norte, her employment and income, a
passport scan and a liveness selfie with its template, the credit-bureau authorisation, a
device scan (installed apps, Wi-Fi, carrier, LAN address), the address book uploaded, two
references, offers, the loan application (her fix, the public IP), the contract signed with a
finger, the CLABE for the payout, repayments at a corner shop, a location ping (msgpack), a
complaint, push, events and the history by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    ADID,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families46_kit import (
    CLABE,
    CURP,
    EMPLOYER,
    MX_BOOK,
    MX_HOME,
    MX_HOME_AT,
    MX_OFFICE_AT,
    REFS,
    RFC,
    TIENDA,
    fix,
    obj,
    strokes,
    vec,
)
from eval_families46_sdk import ar_event, ar_session, bh_bid, cp_crash, cp_crumb, cs_batch
from eval_families46_svc import ft_eval, hm_message, pm_register, pq_bank, tf_reverse
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    GAID,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("lanapronto", "Lanapronto", "com.example.lanapronto", "3.12.0",
          "https://api.lanapronto.example.com")
IID = "X-Lp-Dispositivo"
TZ = "America/Mexico_City"
ES = {"Accept-Language": L("es-MX,es;q=0.9,en;q=0.8", DEV)}
PIN = "482915"
LOAN = "prs_5c1e09b7a2d4"  # the loan's ID (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {**ES, **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def lanapronto() -> list[Case]:
    rng = random.Random(4611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), curp=L(CURP, NATID)))}
    loan = LOAN
    hla, hlo = fix(MX_HOME_AT, 6)
    ola, olo = fix(MX_OFFICE_AT, 5)
    sla, slo = fix(MX_OFFICE_AT, 4)
    apps = ["com.example.lanapronto", "com.example.prestafacil", "com.example.cashnube",
            "com.example.walletmx", "com.example.rideshare", "com.example.messenger"]
    return [
        case(f, f"{a}/v2/registro", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "aceptaTerminos": "true", "canal": "sms"}),
        case(f, f"{a}/v2/registro/verificar", headers=_h(rng), body={
            "telefono": L(DIGITS, TEL), "codigo": L("590314", CRED),
            "androidId": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v2/sesion", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "nip": L(PIN, CRED), "recordar": "1"}),
        case(f, f"{a}/v2/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/solicitante/datos", headers=_h(rng, **b), body={
            "nombre": L("Jane", NAMEC), "apellidoPaterno": L("Doe", NAMEC),
            "correo": L(EMAIL_MIXED, MAIL), "fechaNacimiento": L("17/05/1991", BIRTH),
            "sexo": L("M", GENDER), "curp": L(CURP, NATID), "rfc": L(RFC, NATID),
            "estadoCivil": "soltera", "dependientes": 0}),
        case(f, f"{a}/v2/solicitante/domicilio", headers=_h(rng, **b), body={
            "calle": L(MX_HOME["calle"], ADDR), "interior": L(MX_HOME["interior"], ADDR),
            "colonia": L(MX_HOME["colonia"], COARSE), "alcaldia": L(MX_HOME["alcaldia"], COARSE),
            "codigoPostal": L(MX_HOME["cp"], COARSE), "ciudad": L(MX_HOME["ciudad"], COARSE),
            "estado": L(MX_HOME["estado"], COARSE), "tipoVivienda": "rentada",
            "aniosResidencia": 1, "geo": {"lat": hla, "lng": hlo}}),
        case(f, f"{a}/v2/solicitante/empleo", headers=_h(rng, **b), body={
            "empresa": EMPLOYER["empresa"], "puesto": EMPLOYER["puesto"],
            "telefonoEmpresa": EMPLOYER["telefono"], "ingresoMensual": 42000,
            "frecuenciaPago": "quincenal", "antiguedadMeses": 14}),
        multipart(f, f"{a}/v2/kyc/documento", [
            ("frente", "pasaporte.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NATID}")),
            ("datos", None, "application/json", {
                "tipo": "pasaporte", "numero": L(PASSPORT, NATID), "vigencia": "2031-02-28",
                "ocrConfianza": 0.97})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/kyc/selfie", headers=_h(rng, **b), body={
            "intento": obj(rng, "kyc", 10), "plantilla": L(f32b64(vec(rng, 128)), FACE),
            "puntos68": L(landmarks(rng, 68), FACE), "vivacidad": 0.988,
            "coincidencia": 0.93, "recuadro": [188, 301, 412, 412]}),
        case(f, f"{a}/v2/buro/autorizacion", headers=_h(rng, **b), body={
            "rfc": L(RFC, NATID), "nipBuro": L("7731", CRED), "autoriza": True,
            "leyenda": "Autorizo consulta de historial crediticio", "version": "2024-11"}),
        case(f, f"{a}/v2/dispositivo", gz=True, headers=_h(rng, **b), body={
            "androidId": L(ANDROID_ID, DID), "gaid": L(GAID, ADID),
            "marca": L("Google", DEV), "modelo": L("Pixel 8", DEV), "so": L("Android 14", DEV),
            "bateria": L(64, DEV), "almacenamientoLibreMb": L(38110, DEV), "root": L(False, DEV),
            "ipLocal": L(LOCAL_IP, DEV), "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "operador": L("Example Mobile", CARRIER), "mccMnc": L(MCCMNC, CARRIER),
            "zonaHoraria": L(TZ, DEV), "apps": [L(p, APPS) for p in apps]}),
        case(f, f"{a}/v2/contactos", gz=True, headers=_h(rng, **b), body={
            "total": len(MX_BOOK), "contactos": [
                {"nombre": L(n, CONTACTS), "telefonos": [L(p, CONTACTS)]} for n, p in MX_BOOK]}),
        case(f, f"{a}/v2/referencias", headers=_h(rng, **b), body={"referencias": [
            {"nombre": L(n, NAMEC), "telefono": L(p, TEL), "parentesco": r}
            for n, p, r in REFS]}),
        case(f, f"{a}/v2/ofertas", query={"monto": "3000", "plazo": "30"}, headers=_h(rng, **b)),
        case(f, f"{a}/v2/prestamos", headers=_h(rng, **b), body={
            "oferta": obj(rng, "of", 8), "monto": L(3000, BUY), "plazoDias": 30,
            "destino": "renta", "lat": L(str(ola.value), PRECISE),
            "lng": L(str(olo.value), PRECISE), "ip": L(PUBLIC_IP, IPLOC)}),
        case(f, f"{a}/v2/prestamos/{loan}/firma", headers=_h(rng, **b), body={
            "trazo": L(strokes(rng, 18), MOTION), "codigoFirma": L("118240", CRED),
            "contrato": "LP-CT-2025-v7", "aceptado": True}),
        case(f, f"{a}/v2/cuentas/clabe", fmt="form", headers=_h(rng, **b), body={
            "clabe": L(CLABE, PAY), "banco": "Banco Tezontle", "titular": L("Jane Doe", NAMEC)}),
        case(f, f"{a}/v2/prestamos/{loan}/estado", headers=_h(rng, **b)),
        case(f, f"{a}/v2/pagos", headers=_h(rng, **b), body={
            "prestamo": loan, "monto": L("3450.00", BUY), "metodo": "efectivo",
            "referencia": L("LP7741209918", BUY), "tienda": TIENDA["id"],
            "tiendaNombre": TIENDA["nombre"],
            "tiendaGeo": {"lat": TIENDA["lat"], "lng": TIENDA["lon"]}}),
        case(f, f"{a}/v2/ubicacion", fmt="msgpack", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "lat": sla, "lng": slo, "precision": 14,
            "proveedor": "fused", "ts": 1765310211}),
        case(f, f"{a}/v2/aclaraciones", headers=_h(rng, **b), body={
            "prestamo": loan, "motivo": "cargo_duplicado",
            "descripcion": L("Me cobraron dos veces el pago del 15 de diciembre en la "
                             "tienda de Álvaro Obregón", TEXT)}),
        case(f, f"{a}/v2/push/registro", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "dispositivo": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "so": L("Android 14", DEV), "idioma": L("es-MX", DEV)}),
        case(f, f"{a}/v2/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("solicitud_enviada", 1, monto=3000), ev("firma_completa", 2),
                ev("pantalla", 3, nombre=L("EstadoPrestamo", USAGE))]}),
        case(f, f"{a}/v2/historial", headers=_h(rng, how="none"),
             cookies={"lp_sesion": L(opaque(rng, "", 48), CRED),
                      "lp_disp": L(INSTALL_ID, DID)}),
    ]


def lanapronto_sdks() -> list[Case]:
    rng = random.Random(4612)
    return [
        cs_batch(APP, rng, [("Loan Applied", {"amount": L(3000, BUY), "termDays": 30}),
                            ("Contract Signed", {})], at=MX_HOME_AT, nd=2, tz=TZ,
                 locale="es-MX"),
        ar_session(APP, rng, first=True, lang="es"),
        ar_event(APP, rng, "loan_disbursed", {"loan": LOAN, "term": 30},
                 revenue=3000.0, currency="MXN", hashed=True, lang="es"),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MX_OFFICE_AT, nd=3,
               country="MEX", lang="es", yob=1991, gender="F"),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "contacts cursor closed"),
                 [cp_crumb("navigation", "Referencias -> Contactos"),
                  cp_crumb("http", "POST /v2/contactos", {"status": 413})],
                 screen="ContactosActivity", tz=TZ, locale="es_MX"),
        ft_eval(APP, rng, {"country": L("MX", COARSE), "kycLevel": 2}),
        pm_register(APP, rng, tags={"segmento": "primer_prestamo"}, tz=TZ, lang="es-MX"),
        pq_bank(APP, rng, clabe=CLABE),
        tf_reverse(APP, rng, MX_HOME_AT, PRECISE, nd=5),
        hm_message(APP, rng, L("Necesito cambiar la fecha de pago, cobro el día 20", TEXT),
                   {"prestamo": LOAN, "idioma": L("es", DEV)}),
    ]
