"""A caja popular's member app "Tumina Jarhojpekua" (``tumina`` money, ``jarhojpekua`` help: a
Meseta savings-and-loan cooperative with a branch in Paracho; money). Keys are P'urhépecha,
ASCII-folded, with the loans a Michoacán developer keeps: ``socia`` member (loan), ``arhikua``
first name, ``apeyidu_tata`` / ``apeyidu_nana`` father's / mother's surname (loan + "father",
"mother"), ``jurhiata`` / ``kutsi`` / ``uexurhini`` day / month / year (a birth date in three
fields), ``telefunu`` phone, ``nip`` PIN, ``kumanchikua`` house (street line), ``ireta`` town,
``anchekorhita`` work (occupation), ``ingresu`` income (loan), ``jatsikua`` what is kept
(savings), ``prestamu`` loan (loan word), ``aval`` guarantor, ``uajpa`` child, ``achati``
husband, ``tumina`` money (amount), ``intskua`` giving (payment, instalment), ``uandakua``
message, ``karakata`` paper (statement): the membership application (CURP, RFC, residence card,
address), ID and proof-of-address photos, a log-in with member number and PIN, an SMS code,
``/me``, her savings by account number in the path, a deposit, a loan simulation and application
(her husband as guarantor), the schedule, an instalment, her son as beneficiary, a transfer to her
husband, a child savings account, statements by cookie, a message to the adviser, a card block,
push, events and a log-out. Set 181 has a teachers' credit union (Kiribati); this is a caja popular
(member shares, guarantor, a child account)."""

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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families228_kit import (
    BRANCH,
    CURP,
    HOME,
    HUSBAND,
    LOAN,
    MX_CLABE,
    RESIDENTE,
    RFC,
    SAVINGS,
    SOCIA,
    SON,
    hd,
    obj,
    push,
)
from eval_families228_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families228_svc import cl_card, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tuminajarho", "Tumina Jarhojpekua", "com.example.tuminajarho", "5.0.2",
          "https://api.tuminajarho.example.com")
IID = "X-TJ-Dispositivo"
NIP = "260917"
NID = "personal.national_id"
HUSBAND_CURP = "TICR870211HMNZRF05"  # typed by her as the guarantor's (personal.national_id)
HUSBAND_CLABE = "021470064419037721"  # his account, typed by her (financial.payment)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def caja() -> list[Case]:
    rng = random.Random(22841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, socia=L(SOCIA, UID), sucursal=BRANCH["id"]))}
    moves = at_path(case(f, f"{a}/api/cuentas/{SAVINGS}/movimientos", headers=_h(rng, **b),
                         query={"mes": "2026-02"}), SAVINGS, PAY)
    return [
        case(f, f"{a}/api/socias/solicitud", headers=_h(rng), body={
            "arhikua": L(FIRST, NAMEC), "apeyidu_tata": L(LAST, NAMEC), "apeyidu_nana": "",
            "jurhiata": L(17, BIRTH), "kutsi": L(5, BIRTH), "uexurhini": L(1991, BIRTH),
            "curp": L(CURP, NID), "rfc": L(RFC, NID), "residente": L(RESIDENTE, NID),
            "telefunu": L(E164, TEL), "email": L(EMAIL, MAIL),
            "kumanchikua": L(HOME["line"], ADDR), "ireta": L(HOME["town"], COARSE),
            "municipiu": L(HOME["muni"], COARSE), "kodigu_postal": L(HOME["post"], COARSE),
            "anchekorhita": "comerciante", "ingresu": 14000, "parte_social": L(500, BUY),
            "sucursal": BRANCH["id"]}),
        multipart(f, f"{a}/api/socias/documentos", [
            ("residente", "tarjeta_residente.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("comprobante", "recibo_luz.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"curp": L(CURP, NID), "tipos": ["id", "dom"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "socia": L(SOCIA, UID), "nip": L(NIP, CRED), "dispositivo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "socia": L(SOCIA, UID), "kodigu": L("770415", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        moves,
        case(f, f"{a}/api/jatsikua/depositos", headers=_h(rng, **b), body={
            "cuenta": L(SAVINGS, PAY), "tumina": L(1500, BUY), "canal": "ventanilla",
            "referensia": opaque(rng, "DP", 12)}),
        case(f, f"{a}/api/prestamu/simular", fmt="form", headers=_h(rng, **b), body={
            "tumina": L("30000", BUY), "plazu_meses": "12", "tasa_anual": "18.5",
            "tipu": "productivo"}),
        case(f, f"{a}/api/prestamu/solicitud", headers=_h(rng, **b), body={
            "socia": L(SOCIA, UID), "prestamu": L(LOAN, BUY), "tumina": L(30000, BUY),
            "plazu_meses": 12,
            "destinu": L("Madera de abeto y palo escrito para el taller de guitarras de mi esposo",
                         TEXT),
            "aval": {"arhikua": L(HUSBAND[0], NAMEC), "telefunu": L(HUSBAND[1], TEL),
                     "curp": L(HUSBAND_CURP, NID), "parentesku": "achati"},
            "ingresu": 14000, "deposito_clabe": L(MX_CLABE, PAY)}),
        case(f, f"{a}/api/prestamu/tabla", headers=_h(rng, **b), query={
            "prestamu": L(LOAN, BUY), "formatu": "json"}),
        case(f, f"{a}/api/prestamu/intskua", fmt="form", headers=_h(rng, **b), body={
            "prestamu": L(LOAN, BUY), "intskua_num": "1", "tumina": L("2764.30", BUY),
            "cuenta": L(SAVINGS, PAY), "idempotencia": rid(rng)}),
        case(f, f"{a}/api/beneficiarios", headers=_h(rng, **b), body={
            "socia": L(SOCIA, UID), "beneficiarios": [{
                "arhikua": L(f"{SON['first']} {SON['last']}", NAMEC),
                "tsipekua_jurhiata": L(SON["dob"], BIRTH), "parentesku": "uajpa",
                "porsentaje": 100}]}),
        case(f, f"{a}/api/transferencias", headers=_h(rng, **b), body={
            "origen": L(SAVINGS, PAY),
            "destinatariu": {"arhikua": L(HUSBAND[0], NAMEC), "clabe": L(HUSBAND_CLABE, PAY)},
            "tumina": L(8000, BUY), "concepto": L("abeto aleman", TEXT),
            "rastreo": opaque(rng, "MBAN", 20)}),
        case(f, f"{a}/api/sucursales/{BRANCH['id']}/citas", headers=_h(rng, **b), query={
            "jurhiata": "2026-03-10", "tramite": "firma_pagare"}),
        case(f, f"{a}/api/jatsikua/uajpa", headers=_h(rng, **b), body={
            "uajpa": {"arhikua": L(SON["first"], NAMEC), "apeyidu_tata": L("Tzintzun", NAMEC),
                      "apeyidu_nana": L("Doe", NAMEC), "curp": L(SON["curp"], NID),
                      "tsipekua_jurhiata": L(SON["dob"], BIRTH)},
            "tumina_inicial": L(200, BUY), "tutora": L(SOCIA, UID)}),
        case(f, f"{a}/api/karakata/estado", headers=_h(rng, how="none"), cookies={
            "tj_sesion": L(opaque(rng, "", 40), CRED), "tj_disp": L(INSTALL_ID, DID),
            "tj_req": rid(rng)}, query={"periodo": "2026-02"}),
        case(f, f"{a}/api/uandakua", headers=_h(rng, **b), body={
            "asesora": "as_par_02", "hilo": obj(rng, "hl"),
            "uandakua": L(f"Quiero adelantar dos pagos del préstamo {LOAN}, ¿se recalcula el "
                          "interés?", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/tarjeta/bloqueo", fmt="form", headers=_h(rng, **b), body={
            "ultimos4": L("4444", PAY), "motivo": "extravio", "nip": L(NIP, CRED)}),
        case(f, f"{a}/api/dispositivos", headers=_h(rng, **b), body=push(push_token(rng),
                                                                            "es_MX")),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "kuiripu": L(USER_ID, UID), "eventos": [
                ev("prestamu_solicitado", 1), ev("pantalla", 2, pantalla=L("Ahorro", USAGE))]}),
        case(f, f"{a}/api/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def caja_sdks() -> list[Case]:
    rng = random.Random(22842)
    return [
        mc_batch(APP, rng, [("Loan Requested", {"amount": L(30000, BUY)}),
                            ("Deposit Made", {"amount": L(1500, BUY)})], locale="es_MX"),
        mc_identify(APP, rng, {"socia": L(SOCIA, UID), "ireta": L("Paracho", COARSE),
                               "sucursal": BRANCH["id"]}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "loan_requested", {"tipu": "productivo"}),
        cd_crash(APP, rng, ("java.lang.NumberFormatException", "tabla amortizacion"),
                 [cd_crumb("nav", "Prestamo -> Tabla")], screen="TablaActivity"),
        cd_session(APP, rng, secs=301),
        fn_eval(APP, rng, {"sucursal": BRANCH["id"], "ireta": L("Paracho", COARSE)}),
        pt_register(APP, rng, lang="es", tags={"sucursal": BRANCH["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "credit_bureau": True}),
        cl_card(APP, rng),
        hs_message(APP, rng, L("No me llegó el código SMS para entrar", TEXT),
                   {"socia": L(SOCIA, UID)}),
    ]
