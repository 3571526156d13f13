"""An e-invoicing (CFDI) and small-taxpayer (RESICO) app "Tsiib Faktura" for her English
tutoring (keys in maaya t'aan ASCII mixed with the tax words Mexican developers keep in Spanish:
``tsiib`` writing, ``faktura`` invoice, ``jmaan`` buyer (the client), ``jkoon``/``xkoon`` seller
(the issuer), ``rfc``, ``curp``, ``regimen``, ``uso_cfdi``, ``cp`` fiscal post code, ``xook``
lessons (lit. study/count), ``ya`` quantity (coinage from "yaab" many), ``tojol`` unit price,
``taakin`` amount, ``impuesto`` tax, ``bool`` payment, ``kuenta`` account, ``clabe``,
``titular`` holder, ``kaaba`` name, ``koreo`` e-mail, ``telefono`` phone, ``taakab_taan``
password, ``otoch`` home (street line), ``tuuxtaj`` send, ``kaxan`` search, ``beetil`` events,
``teen`` me, ``jookol`` log-out). Sign-up with her RFC and CURP, a log-in, ``/teen``, the
e.firma upload (her certificate and private key with its password), her tax-status PDF, the
clients (a language school, an adult student), two invoices, a cancellation and a PDF by folio
in the path, sending one by e-mail, a payment receipt (her CLABE and the student's), the bank
link, the monthly RESICO declaration (gzip), a client search, her compliance opinion by RFC in
the path, the lesson agenda (msgpack), an
offline sync (JSON Lines), invoices by cookie, push, events and a log-out. New kind: set 184 has a
self-employed picker's tax receipt inside a berry buying point and set 50 an e-invoice block in
an order; this is the issuer's own invoicing app."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, multipart, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families194_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    HOME,
    MAIL,
    MEDIA,
    MY_CLABE,
    MY_CURP,
    MY_RFC,
    NAMEC,
    NID,
    PAY,
    SCHOOL_RFC,
    SEARCH,
    STUDENT,
    TEL,
    TEXT,
    UID,
    USAGE,
    hd,
    obj,
    push,
)
from eval_families194_sdk import cc_session, mk_batch, mk_identify, tu_event, tu_launch
from eval_families194_svc import fp_eval, ha_message, ps_register, py_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tsiibfaktura", "Tsiib Faktura", "com.example.tsiibfaktura", "2.6.1",
          "https://api.tsiibfaktura.example.com")
IID = "X-TF-Install"
PW = "Resico$Ingles91"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
FOLIO = "5f0b7c1e-2a44-4d19-9b3e-0c7a61d2e8f4"  # an invoice's fiscal folio (a negative)
STUDENT_CLABE = "012910015500418823"  # the student's account on his transfer (financial.payment)
SCHOOL = {"name": "Centro de Idiomas Yaxche SC", "rfc": SCHOOL_RFC, "cp": "97000"}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def tsiibfaktura() -> list[Case]:
    rng = random.Random(19441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rfc=L(MY_RFC, NID), koreo=L(EMAIL, MAIL)))}
    pdf = case(f, f"{a}/v1/faktura/{FOLIO}/pdf", headers=_h(rng, **b))  # folio: a negative
    opinion = at_path(case(f, f"{a}/v1/contribuyente/{MY_RFC}/opinion", headers=_h(rng, **b)),
                      MY_RFC, NID)
    me = f"{FIRST} {LAST}"
    return [
        case(f, f"{a}/v1/tsiibtal", headers=_h(rng), body={
            "kaaba": L(me, NAMEC), "koreo": L(EMAIL, MAIL), "telefono": L(E164, TEL),
            "taakab_taan": L(PW, CRED), "rfc": L(MY_RFC, NID), "curp": L(MY_CURP, NID),
            "regimen": "626", "cp": L(HOME["cp"], COARSE), "otoch": L(HOME["line"], ADDR)}),
        case(f, f"{a}/v1/ookol", fmt="form", headers=_h(rng), body={
            "rfc": L(MY_RFC, NID), "taakab_taan": L(PW, CRED)}),
        case(f, f"{a}/v1/teen", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/efirma", [
            ("cer", "doja910517.cer", "application/pkix-cert", L(b"0\x82\x05" + bytes(40), NID)),
            ("key", "doja910517.key", "application/octet-stream",
             L(b"0\x82\x05\x10" + bytes(48), CRED)),
            ("taakab_taan", None, "text/plain", L("Efirma#2024", CRED))],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/constancia", [
            ("pdf", "constancia_situacion_fiscal.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"rfc": L(MY_RFC, NID), "kiin": "2026-01-05"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jmaan", headers=_h(rng, **b), body={
            "kaaba": SCHOOL["name"], "rfc": SCHOOL["rfc"], "regimen": "601",
            "cp": SCHOOL["cp"], "koreo": "pagos@yaxche.example.org"}),
        case(f, f"{a}/v1/jmaan", headers=_h(rng, **b), body={
            "kaaba": L(STUDENT[0], NAMEC), "rfc": L(STUDENT[1], NID), "regimen": "612",
            "cp": L("97130", COARSE), "koreo": L(STUDENT[2], MAIL)}),
        case(f, f"{a}/v1/faktura", headers=_h(rng, **b), body={
            "xkoon": {"rfc": L(MY_RFC, NID), "kaaba": L(me, NAMEC), "regimen": "626",
                      "cp": L(HOME["cp"], COARSE)},
            "jmaan": {"rfc": SCHOOL["rfc"], "kaaba": SCHOOL["name"], "uso_cfdi": "G03"},
            "xook": [{"tsiib": "Clases de ingles, enero", "ya": 12, "tojol": 350}],
            "taakin": L(4200, BUY), "impuesto": {"isr_ret": L(52.5, BUY)}, "moneda": "MXN"}),
        case(f, f"{a}/v1/faktura", headers=_h(rng, **b), body={
            "xkoon": {"rfc": L(MY_RFC, NID)},
            "jmaan": {"rfc": L(STUDENT[1], NID), "kaaba": L(STUDENT[0], NAMEC),
                      "cp": L("97130", COARSE), "uso_cfdi": "D10"},
            "xook": [{"tsiib": "Conversacion, 4 sesiones", "ya": 4, "tojol": 400}],
            "taakin": L(1600, BUY), "moneda": "MXN"}),
        case(f, f"{a}/v1/faktura/{FOLIO}/cancelar", fmt="form", headers=_h(rng, **b), body={
            "motivo": "02", "rfc": L(MY_RFC, NID)}),
        pdf,
        opinion,
        case(f, f"{a}/v1/faktura/tuuxtaj", headers=_h(rng, **b), body={
            "folio": FOLIO, "ti": [L(STUDENT[2], MAIL)],
            "tsiib": L("Ricardo, a faktura ti' enero. Jach ki'imak in wool!", TEXT)}),
        case(f, f"{a}/v1/bool", headers=_h(rng, **b), body={
            "folio": FOLIO, "taakin": L(1600, BUY), "forma": "03",
            "kuenta_jmaan": L(STUDENT_CLABE, PAY), "kuenta_xkoon": L(MY_CLABE, PAY),
            "kiin": "2026-01-30"}),
        case(f, f"{a}/v1/kuenta", fmt="form", headers=_h(rng, **b), body={
            "clabe": L(MY_CLABE, PAY), "titular": L(me, NAMEC), "banco": "002"}),
        case(f, f"{a}/v1/declaracion", gz=True, headers=_h(rng, **b), body={
            "rfc": L(MY_RFC, NID), "periodo": "2026-01", "ingresos": L(5800, BUY),
            "isr": L(58, BUY), "fakturas": 2}),
        case(f, f"{a}/v1/kaxan", headers=_h(rng, **b), query={
            "kaxan": L("Gamboa", SEARCH), "tipo": "jmaan"}),
        case(f, f"{a}/v1/xook", fmt="msgpack", headers=_h(rng, **b), body={
            "semana": "2026-W04", "xook": [
                {"jmaan": L(STUDENT[0], NAMEC), "kiin": "mar 18:00", "tojol": 400},
                {"jmaan": SCHOOL["name"], "kiin": "lun-vie 08:00", "tojol": 350}]}),
        lines(f, f"{a}/v1/sync", [
            {"op": "faktura_borrador", "jmaan": L(STUDENT[1], NID), "taakin": L(800, BUY)},
            {"op": "nota", "tsiib": L("Ricardo u k'aat u cambiar u k'iinil", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fakturaob", headers=_h(rng, how="none"), cookies={
            "tf_sid": L(opaque(rng, "", 40), CRED), "tf_dev": L(INSTALL_ID, DID),
            "tf_req": rid(rng)}),
        case(f, f"{a}/v1/nuukul", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/beetil", headers=_h(rng, **b), body={
            "maak": L(USER_ID, UID), "beetil": [
                ev("faktura_timbrada", 1, taakin=L(4200, BUY)),
                ev("pantalla", 2, pantalla=L("Declaracion", USAGE))]}),
        case(f, f"{a}/v1/jookol", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "borrador": obj(rng, "dr")}),
    ]


def tsiibfaktura_sdks() -> list[Case]:
    rng = random.Random(19442)
    return [
        mk_batch(APP, rng, [("Invoice Stamped", {"total": L(4200, BUY)}),
                            ("Declaration Filed", {"period": "2026-01"})]),
        mk_identify(APP, rng, {"regimen": "626", "kaaj": L("Merida", COARSE),
                               "rfc": L(MY_RFC, NID)}),
        tu_launch(APP, rng, user=True),
        tu_event(APP, rng, "subscription", {"plan": "resico_basic"}, revenue=149.0,
                 currency="MXN"),
        fp_eval(APP, rng, {"regimen": "626", "clientes": 2}),
        ps_register(APP, rng, lang="es", tags={"regimen": "626"}),
        py_wallet(APP, rng, "1600", L(E164, TEL)),
        ha_message(APP, rng, L(f"Ma' tu timbrar le faktura ti' {STUDENT[0]}",
                               f"{TEXT}|{NAMEC}"), {"rfc": L(MY_RFC, NID)}),
        cc_session(APP, rng, secs=640),
    ]
