"""A filing agency's app for the self-employed "Xestina" (Xestoría Uría 21 in Oviedo keeps her
books as an autónoma English teacher; its API's keys are Asturian, ASCII-folded snake_case:
``nome``, ``apellidos``, ``nie`` foreigner's number, ``naf`` social-security number,
``correu``, ``telefonu``, ``fecha_nacencia``, ``domiciliu_fiscal`` tax address, ``conceyu``,
``codigu_postal``, ``provincia``, ``cliente`` client file, ``codigu`` code, ``factura``
invoice, ``base_imponible`` taxable base, ``cuota_iva`` VAT, ``retencion`` withholding,
``gastu`` expense, ``conceutu`` item, ``trimestre`` quarter, ``resultau`` result, ``renta``
income-tax return, ``conxunta`` joint, ``pareya`` spouse, ``fios`` children, ``donativos``
donations, ``cuota_autonomos`` self-employed social-security fee, ``certificau`` digital
certificate, ``contrasena`` password, ``poder`` power of attorney, ``firma`` signature,
``mensaxe``, ``honorarios`` fees, ``titular`` holder): sign-up with her NIE and
social-security number, an SMS code, ``/mio``, an invoice issued to an academy (PDF), the
invoice list, an invoice to a pupil's mother, an expense ticket photo, the quarterly VAT return
(gzip), the income-tax instalment, the joint annual return with her husband and son, the
social-security fee by her number, her digital certificate, the power of attorney signature, a
question to the adviser, a video appointment, tax notices by client number in the path, the
agency's fee, a bank feed link (base64 JSON in a form field), documents by cookie, push and
events."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families221_kit import (
    ACADEMY,
    AGENCY,
    CLIENT_NO,
    ES_ACCOUNT,
    GJ_HOME,
    HUSBAND,
    NAF,
    NIE,
    PARTY,
    SON,
    hd,
    obj,
    push,
)
from eval_families221_sdk import (
    ax_event,
    ax_launch,
    cp_batch,
    cp_identify,
    cp_pixel,
    fa_crash,
    fa_crumb,
)
from eval_families221_svc import av_register, bd_eval, ch_attach, cs_save, pg_confirm, pg_instant
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("xestina", "Xestina", "com.example.xestina", "5.2.0", "https://api.xestina.example.net")
IID = "X-Xestina-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
P12 = b"\x30\x82\x0a\x1f\x02\x01\x03\x30\x82\x09\xe5" + bytes(range(40))
PUPIL_MUM = ("Rosa Menéndez Vigil", "10884512S")  # a pupil's mother she invoices (typed)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def xestina() -> list[Case]:
    rng = random.Random(22121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, cliente=L(CLIENT_NO, UID), nie=L(NIE, NID)))}
    notices = at_path(case(f, f"{a}/v1/clientes/{CLIENT_NO}/notificaciones",
                           headers=_h(rng, **b), query={"dende": "2025-10-01"}), CLIENT_NO, UID)
    return [
        case(f, f"{a}/v1/clientes", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "nie": L(NIE, NID),
            "naf": L(NAF, NID), "correu": L(EMAIL, MAIL), "telefonu": L(E164, TEL),
            "fecha_nacencia": L(DOB, BIRTH), "domiciliu_fiscal": L(GJ_HOME["line"], ADDR),
            "conceyu": L(GJ_HOME["town"], COARSE), "codigu_postal": L(GJ_HOME["post"], COARSE),
            "provincia": L(GJ_HOME["region"], COARSE), "cliente": L(CLIENT_NO, UID),
            "activida_iae": "933.9", "alta_reta": "2024-09-01"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefonu": L(E164, TEL), "codigu": L("305118", CRED)}),
        case(f, f"{a}/v1/mio", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/factures/emities", [
            ("factura", "F-2026-004.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "numberu": "F-2026-004", "cliente_nome": ACADEMY["name"],
                "cliente_cif": ACADEMY["cif"], "base_imponible": L(1250.0, BUY),
                "cuota_iva": L(262.5, BUY), "retencion": L(187.5, BUY),
                "total": L(1325.0, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/factures", headers=_h(rng, **b), query={
            "cliente": L(CLIENT_NO, UID), "trimestre": "2026T1", "tipu": "emities"}),
        case(f, f"{a}/v1/factures/emities/particular", headers=_h(rng, **b), body={
            "numberu": "F-2026-005",
            "destinatariu": {"nome": L(PUPIL_MUM[0], NAMEC), "nif": L(PUPIL_MUM[1], NID)},
            "conceutu": "Clases d'inglés B1, xineru (8 hores)", "base_imponible": L(160.0, BUY),
            "total": L(160.0, BUY), "exenta": True}),
        multipart(f, f"{a}/v1/gastos", [
            ("tique", "tique_llibreria.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "conceutu": "manuales Cambridge B2 y fotocopies",
                "importe": L(86.4, BUY), "fecha": "2026-01-09", "proveedor_cif": "B33104472"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/modelos/303", gz=True, headers=_h(rng, **b), body={
            "nie": L(NIE, NID), "exerciciu": 2025, "trimestre": "4T",
            "base_imponible": L(3740.0, BUY), "cuota_iva": L(785.4, BUY),
            "iva_soportau": L(112.6, BUY), "resultau": L(672.8, BUY),
            "iban_cargu": L(ES_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/modelos/130", fmt="form", headers=_h(rng, **b), body={
            "nie": L(NIE, NID), "trimestre": "4T", "rendimientu_netu": L("3201.50", BUY),
            "pagu_fraccionau": L("640.30", BUY), "cliente": L(CLIENT_NO, UID)}),
        case(f, f"{a}/v1/renta/2025/borrador", headers=_h(rng, **b), body={
            "conxunta": True, "nie": L(NIE, NID),
            "pareya": {"nome": L(HUSBAND[0], NAMEC), "dni": L(HUSBAND[2], NID)},
            "fios": [{"nome": L(f"{SON['first']} {SON['last']}", NAMEC),
                      "fecha_nacencia": L(SON["dob"], BIRTH), "dni": L(SON["dni"], NID)}],
            "vivienda_habitual": L(GJ_HOME["line"], ADDR),
            "rendimientos_activida": L(14870.0, BUY),
            "donativos": [{"entida": L(PARTY["name"], SENS), "tipu": L("cuota_afiliacion", SENS),
                           "importe": L(120.0, BUY)}],
            "iban_devolucion": L(ES_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/seguridasocial/cuota", headers=_h(rng, **b), query={
            "naf": L(NAF, NID), "mes": "2026-01"}),
        multipart(f, f"{a}/v1/certificau", [
            ("certificau", "jane_doe_fnmt.p12", "application/x-pkcs12", L(P12, CRED)),
            ("contrasena", None, "text/plain", L("Xixon.Cert.2025", CRED))],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/poder/firma", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"poder": "representacion_aeat",
                                                "firmante": L(f"{FIRST} {LAST}", NAMEC),
                                                "nie": L(NIE, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mensaxes", headers=_h(rng, **b), body={
            "asesora": "as_lucia_f", "asuntu": "portátil",
            "mensaxe": L("¿Puedo desgravar el portátil? Compréilu en payares por 899 € pa les "
                         "clases online.", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/cites/video", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "fecha": "2026-01-22T17:00",
            "token_sala": L(opaque(rng, "vs_", 36), CRED)}),
        notices,
        case(f, f"{a}/v1/honorarios/pagu", fmt="form", headers=_h(rng, **b), body={
            "trimestre": "2025T4", "xestoria": AGENCY["id"], "xestoria_cif": AGENCY["cif"],
            "importe": L("55.00", BUY), "moneda": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "caberos_cuatro": L("4444", PAY)}),
        case(f, f"{a}/v1/bancu/enllazar", fmt="form", headers=_h(rng, **b), body={
            "datos": W({"iban": L(ES_ACCOUNT, PAY), "titular": L(NAME, NAMEC),
                        "nie": L(NIE, NID)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v1/documentos", headers=_h(rng, how="none"), cookies={
            "xs_sesion": L(opaque(rng, "", 40), CRED), "xs_install": L(INSTALL_ID, DID),
            "xs_req": rid(rng)}),
        case(f, f"{a}/v1/preseos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "usuariu": L(USER_ID, UID), "eventos": [
                ev("modelu_303_unviau", 1), ev("pantalla", 2, pantalla=L("Renta2025", USAGE))]}),
    ]


def xestina_sdks() -> list[Case]:
    rng = random.Random(22122)
    return [
        cp_batch(APP, rng, [("Invoice Uploaded", {"total": L(1325.0, BUY)}),
                            ("Return Drafted", {"year": 2025})]),
        cp_identify(APP, rng, {"provincia": L("Asturias", COARSE), "cliente": L(CLIENT_NO, UID),
                               "plan": "autonoma_basicu"}),
        cp_pixel(APP, rng, "Notices Opened", {"count": 2}),
        ax_launch(APP, rng, first=True, user=True),
        ax_event(APP, rng, "subscribe", {"plan": "autonoma_basicu"}, revenue=55.0),
        fa_crash(APP, rng, ("java.io.IOException", "pkcs12 read failed"),
                 [fa_crumb("nav", "Documentos -> Certificau"), fa_crumb("tap", "xubir")],
                 screen="CertificauActivity"),
        bd_eval(APP, rng, {"plan": "autonoma_basicu", "provincia": L("Asturias", COARSE)},
                hdr=True),
        av_register(APP, rng, tags={"plan": "autonoma_basicu"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        pg_confirm(APP, rng, "55.00"),
        pg_instant(APP, rng, "160.00", L("+34611820374", TEL)),
        ch_attach(APP, rng, L(PDF, MEDIA), "nomina_pelayo.pdf", "application/pdf"),
    ]

