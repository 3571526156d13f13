"""A household-employer payroll app "Sueldito" (she employs a live-in kasambahay, Linda; its API's
keys are Chavacano in ASCII, mixed with English: ``nombre`` first name, ``apellido`` surname,
``correo`` e-mail, ``celular`` mobile, ``contrasena`` password, ``fecha_nacimiento`` birth date,
``direccion`` address, ``barangay``, ``ciudad`` city, ``codigo_postal``, ``ayudante`` helper,
``sueldo`` salary, ``paga`` pay, ``cantidad`` amount, ``descuento`` deduction, ``contribucion``
contribution, ``adelanto`` cash advance, ``ausencia`` absence, ``enfermo`` sick, ``recibo``
payslip, ``trece_mes`` 13th-month pay, ``mensaje`` message, ``empleador`` employer, ``firma``
signature, ``idioma`` language): sign-up with her ACR I-Card and TIN, log-in, an SMS code,
``/yo``, the household-employer registration, the helper added (her SSS, PhilHealth and Pag-IBIG
numbers), the signed contract (PDF), the January payroll (gzip), the salary paid, the payslip by
number in the path, the SSS contribution (msgpack), a cash advance, a sick day, the 13th-month
computation, an offline attendance queue (JSON Lines), a message to support, the helper's barangay
clearance photo, reports by cookie GET, preferences (base64 JSON in a form field), push, events
and a log-out."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families266_kit import (
    ACR,
    EMPLOYER_NO,
    HELPER,
    PH_ACCOUNT,
    PH_MOBILE,
    TIN,
    ZC_HOME,
    hd,
    obj,
    push,
)
from eval_families266_sdk import (
    cz_batch,
    cz_identify,
    lc_bid,
    qb_crash,
    qb_crumb,
    qb_session,
    rs_event,
    rs_launch,
)
from eval_families266_svc import ap_save, as_message, cp_register, pg_wallet, sn_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("sueldito", "Sueldito", "com.example.sueldito", "3.4.1",
          "https://api.sueldito.example.com")
IID = "X-Sueldito-Device"
PW = "Tetuan#Casa2026"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
LINDA = f"{HELPER['first']} {HELPER['last']}"
SLIP = "PS-2026-01-0031"  # the January payslip (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, cbk=True, **kw)


def sueldito() -> list[Case]:
    rng = random.Random(26611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL),
                                    empleador=L(EMPLOYER_NO, NID)))}
    hid = obj(rng, "ay")
    slip = at_path(case(f, f"{a}/api/v1/recibo/{SLIP}", headers=_h(rng, **b),
                        query={"formato": "pdf"}), SLIP, BUY)
    return [
        case(f, f"{a}/api/v1/registro", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "celular": L(PH_MOBILE, TEL), "contrasena": L(PW, CRED),
            "fecha_nacimiento": L(DOB, BIRTH), "direccion": L(ZC_HOME["line"], ADDR),
            "barangay": L(ZC_HOME["brgy"], COARSE), "ciudad": L(ZC_HOME["town"], COARSE),
            "codigo_postal": L(ZC_HOME["post"], COARSE), "numero_acr": L(ACR, NID),
            "tin": L(TIN, NID), "acepta_terminos": True}),
        case(f, f"{a}/api/v1/entra", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL_UPPER, MAIL), "contrasena": L(PW, CRED), "recorda": "1"}),
        case(f, f"{a}/api/v1/otp/verifica", fmt="form", headers=_h(rng), body={
            "celular": L(PH_MOBILE, TEL), "codigo": L("402918", CRED)}),
        case(f, f"{a}/api/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/empleador", headers=_h(rng, **b), body={
            "numero_empleador": L(EMPLOYER_NO, NID), "nombre_completo": L(f"{FIRST} {LAST}", NAMEC),
            "direccion": L(f"{ZC_HOME['line']}, {ZC_HOME['brgy']}", ADDR),
            "tin": L(TIN, NID), "tipo": "household"}),
        case(f, f"{a}/api/v1/ayudantes", headers=_h(rng, **b), body={
            "ayudante_id": hid, "nombre": L(HELPER["first"], NAMEC),
            "apellido": L(HELPER["last"], NAMEC), "fecha_nacimiento": L(HELPER["dob"], BIRTH),
            "celular": L(HELPER["phone"], TEL), "numero_sss": L(HELPER["sss"], NID),
            "numero_philhealth": L(HELPER["philhealth"], NID),
            "numero_pagibig": L(HELPER["pagibig"], NID), "pueblo": L(HELPER["town"], COARSE),
            "fecha_empiezo": "2025-06-01", "sueldo_mensual": L(6500, BUY),
            "dia_libre": "domingo", "vivienda": "stay-in"}),
        multipart(f, f"{a}/api/v1/contrato", [
            ("contrato", "contrato_kasambahay.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "ayudante_id": hid, "ayudante": L(LINDA, NAMEC),
                "firma": L(f"{FIRST} {LAST}", NAMEC), "version": "k-2025.2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/planilla", gz=True, headers=_h(rng, **b), body={
            "periodo": "2026-01", "ayudante_id": hid, "sueldo": L(6500, BUY),
            "contribucion": {"sss": L(380, BUY), "philhealth": L(163, BUY),
                             "pagibig": L(100, BUY)},
            "descuento": L(395, BUY), "neto": L(6105, BUY),
            "numero_sss": L(HELPER["sss"], NID)}),
        case(f, f"{a}/api/v1/paga", fmt="form", headers=_h(rng, **b), body={
            "recibo": L(SLIP, BUY), "cantidad": L("6105.00", BUY), "moneda": "PHP",
            "cuenta_banco": L(PH_ACCOUNT, PAY), "manda_na": L(HELPER["phone"], TEL),
            "referencia": rid(rng)}),
        slip,
        case(f, f"{a}/api/v1/contribucion/sss", fmt="msgpack", headers=_h(rng, **b), body={
            "numero_empleador": L(EMPLOYER_NO, NID), "numero_sss": L(HELPER["sss"], NID),
            "periodo": "2026-01", "empleador_parte": L(760, BUY), "ayudante_parte": L(380, BUY),
            "prn": opaque(rng, "PRN", 12)}),
        case(f, f"{a}/api/v1/adelanto", headers=_h(rng, **b), body={
            "ayudante_id": hid, "cantidad": L(2000, BUY), "descuenta_en": "2026-02",
            "razon": L("Ta hospital el nanay de Linda na Ipil, tiene dengue", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/ausencia", headers=_h(rng, **b), body={
            "ayudante_id": hid, "fecha": "2026-01-21", "tipo": L("enfermo", MED),
            "pagao": True,
            "nota": L("Tiene calentura y ubo si Linda, ya dale yo paracetamol", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/trece_mes", headers=_h(rng, **b), query={
            "ano": "2025", "empleador": L(EMPLOYER_NO, NID), "ayudante_id": hid}),
        lines(f, f"{a}/api/v1/asistencia/sync", [
            {"dia": "2026-01-19", "estado": "presente", "por": L(USER_ID, UID)},
            {"dia": "2026-01-20", "estado": "presente", "por": L(USER_ID, UID)},
            {"dia": "2026-01-21", "estado": L("enfermo", MED), "por": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mensajes", headers=_h(rng, **b), body={
            "tema": "sss", "hilo": obj(rng, "hl"),
            "mensaje": L(f"Buenas! Ya cambia ya el numero SSS de mi ayudante, {HELPER['sss']}, "
                         "cosa man yo hace?", f"{TEXT}|{NID}")}),
        multipart(f, f"{a}/api/v1/documentos", [
            ("foto", "brgy_clearance.jpg", "image/jpeg", L(JPEG + b"\x26", MEDIA)),
            ("meta", None, "application/json", {"tipo": "barangay_clearance",
                                                "ayudante": L(LINDA, NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/reportes", headers=_h(rng, how="none"), query={"ano": "2025"},
             cookies={"sd_sesion": L(opaque(rng, "", 40), CRED),
                      "sd_dispositivo": L(INSTALL_ID, DID), "sd_req": rid(rng)}),
        case(f, f"{a}/api/v1/preferencias", fmt="form", headers=_h(rng, **b), body={
            "data": W({"empleador": L(EMPLOYER_NO, NID), "idioma": L("cbk", DEV),
                       "dia_de_paga": 30, "recordatorio": True}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/dispositivo", headers=_h(rng, **b),
             body=push(push_token(rng), "cbk_PH")),
        case(f, f"{a}/api/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("planilla_hecho", 1), ev("paga_mandado", 2, cantidad=L(6105, BUY)),
                ev("pantalla", 3, pantalla=L("Recibos", USAGE))]}),
        case(f, f"{a}/api/v1/sale", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dispositivo": L(INSTALL_ID, DID)}),
    ]


def sueldito_sdks() -> list[Case]:
    rng = random.Random(26612)
    return [
        cz_batch(APP, rng, [("Payroll Run", {"period": "2026-01"}),
                            ("Salary Paid", {"amount": L(6105, BUY)})], locale="cbk_PH"),
        cz_identify(APP, rng, {"ciudad": L("Zamboanga City", COARSE), "helpers": 1,
                               "empleador": L(EMPLOYER_NO, NID)}),
        rs_launch(APP, rng, first=True),
        rs_event(APP, rng, "payroll_paid", {"period": "2026-01"}, hashed=True),
        lc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="household,payroll,sss"),
        qb_crash(APP, rng, ("java.lang.ArithmeticException", "contribution table"),
                 [qb_crumb("nav", "Planilla -> Contribucion"),
                  qb_crumb("net", "POST", {"url": f"{APP.api}/api/v1/planilla", "status": 500})],
                 screen="PlanillaActivity"),
        qb_session(APP, rng, secs=388),
        sn_eval(APP, rng, {"region": L("Zamboanga Peninsula", COARSE), "helpers": 1}),
        cp_register(APP, rng, lang="cbk", tags={"payday": "30"}),
        ap_save(APP, rng, {"analytics": True, "marketing": False}),
        pg_wallet(APP, rng, "6105", L(HELPER["phone"], TEL)),
        as_message(APP, rng, L(f"El recibo {SLIP} hende ta abri", f"{TEXT}|{BUY}"),
                   {"empleador": L(EMPLOYER_NO, NID)}),
    ]
