"""A pharmacy's consulting-room app "Tatan" (lit. "medicine"; the doctor's office next to a
Tlaxiaco pharmacy, as many Mexican pharmacies have: a queue ticket, a cheap consultation, the
prescription filled at the counter). Its API's keys are Mixtec ASCII-folded with the clinic's
loans: ``sivi`` name, ``apeyido`` surname, ``kivi_kaku`` birth date, ``sexo``, ``curp``,
``telefono``, ``kodigo`` code, ``expediente`` file, ``turno`` queue ticket, ``kuee`` illness
(kue'e), ``tatan`` medicine, ``nii`` blood (``nii_presion`` blood pressure), ``peso`` weight,
``ndeyu`` temperature (a coinage from "hot"), ``kutoo`` pregnant (a coinage), ``receta``,
``prueba`` test, ``xuun`` money, ``chavi`` payment, ``yii`` husband, ``kasaa`` arrival,
``ndatuun`` message, ``nanduku`` search, ``ora`` hour, ``tarjeta`` card.

Registration (her CURP as a temporary resident), an SMS code, ``/yo`` with her file number,
a queue ticket with her complaint, arrival with her fix, triage (blood pressure, weight,
temperature, pregnancy, allergies), the consultation note by file number in the path, the
prescription, filling it at the counter, a breath test ordered, an old lab result's photo, a
message to the doctor, a medicine reminder (msgpack), a search, the loyalty card, a CFDI invoice
(her RFC), a preferences cookie, a protobuf symptom diary, sharing with her husband, push,
events and a log-out. Pharmacies and tele-consults appear in many sets; a pharmacy's adjoining
consulting room ("consultorio", "pharmacy doctor": no match) is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families295_kit import (
    FILE,
    HUSBAND,
    PHARMACY,
    PHARMACY_FIX,
    RFC,
    TX_HOME,
    TX_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families295_sdk import cr_session, ms_batch, ms_queue, ty_launch
from eval_families295_svc import (
    ck_check,
    cx_card,
    cx_confirm,
    fg_eval,
    hc_attach,
    mp_geocode,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tatan", "Tatan", "com.example.tatan", "2.2.7", "https://api.tatan.example.net")
IID = "X-Tatan-Device"
NID = "personal.national_id"
CURP = "DOXJ910517MNEXXN09"  # her CURP (a temporary resident has one): personal.national_id
LOYALTY = "YK-7730-1182-44"  # the pharmacy's loyalty card (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mx=True, **kw)


def tatan() -> list[Case]:
    rng = random.Random(29541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefono=L(E164, TEL), expediente=L(FILE, MED)))}
    pla, plo = fix(PHARMACY_FIX)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE, MED)), (2, 1768694400),
                (3, [(1, L(3, MED)), (2, L("ardor", MED)), (3, L("omeprazol 20 mg", MED))]),
                (4, "2.2.7")], "", lab)
    note = at_path(case(f, f"{a}/v1/expedientes/{FILE}/consultas", headers=_h(rng, **b)),
                   FILE, MED)
    return [
        case(f, f"{a}/v1/registro", headers=_h(rng), body={
            "sivi": L(FIRST, NAMEC), "apeyido": L(LAST, NAMEC), "kivi_kaku": L(DOB, BIRTH),
            "sexo": L("F", GENDER), "curp": L(CURP, NID), "telefono": L(E164, TEL),
            "email": L(EMAIL, MAIL), "nuu": L(TX_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/kodigo", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "kodigo": L("550917", CRED)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/turno", headers=_h(rng, **b), body={
            "farmacia": PHARMACY["id"], "turno": obj(rng, "tu"), "expediente": L(FILE, MED),
            "kuee": L("dolor de estomago y ardor al orinar", MED)}),
        case(f, f"{a}/v1/kasaa", headers=_h(rng, **b), body={
            "lugar": {"lat": pla, "lon": plo, "sizuste": 6},
            "farmacia": {"id": PHARMACY["id"], "lat": PHARMACY["lat"], "lon": PHARMACY["lon"]}}),
        case(f, f"{a}/v1/triage", headers=_h(rng, **b), body={
            "expediente": L(FILE, MED), "nii_presion": L("118/76", MED),
            "peso": L(64.0, "health.fitness"), "ndeyu": L(37.2, MED),
            "kutoo": L(False, f"{MED}|{SENS}"), "alergias": [L("sulfas", MED)]}),
        note,
        case(f, f"{a}/v1/recetas", headers=_h(rng, **b), query={
            "expediente": L(FILE, MED), "activa": "1"}),
        case(f, f"{a}/v1/recetas/surtir", headers=_h(rng, **b), body={
            "expediente": L(FILE, MED), "tatan": [
                {"sivi": L("omeprazol 20 mg", MED), "kuenta": 14},
                {"sivi": L("nitrofurantoina 100 mg", MED), "kuenta": 20}],
            "xuun": L(286.5, BUY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/pruebas", fmt="form", headers=_h(rng, **b), body={
            "expediente": L(FILE, MED), "prueba": L("aliento H. pylori", MED),
            "xuun": L("650", BUY), "kivi": "2026-01-22"}),
        multipart(f, f"{a}/v1/resultados/foto", [
            ("foto", "biometria_2025.jpg", "image/jpeg", L(JPEG + b"\x47", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"expediente": L(FILE, MED),
                                                "tipo": "biometria_hematica"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ndatuun", headers=_h(rng, **b), body={
            "to": "dra_consultorio2", "hilo": obj(rng, "th"),
            "ndatuun": L("Doctora, sigo con ardor despues de 3 dias de nitrofurantoina, "
                         "es normal?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/recordatorios", fmt="msgpack", headers=_h(rng, **b), body={
            "tatan": L("omeprazol 20 mg", MED), "ora": ["07:30"], "dias": 14,
            "expediente": L(FILE, MED)}),
        case(f, f"{a}/v1/nanduku", headers=_h(rng, **b), query={
            "q": L("omeprazol generico precio", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/tarjeta", headers=_h(rng, **b), query={
            "tarjeta": L(LOYALTY, UID), "puntos": "1"}),
        case(f, f"{a}/v1/facturas", headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "razon_social": L(f"{FIRST} {LAST}", NAMEC),
            "cp": L(TX_HOME["post"], COARSE), "email": L(EMAIL, MAIL), "uso": "D01",
            "ticket": L("TK-FX07-0088213", BUY), "regimen": "605"}),
        case(f, f"{a}/v1/prefs", headers=_h(rng, how="none"), cookies={
            "tt_sid": L(opaque(rng, "", 40), CRED),
            "tt_prefs": W({"tarjeta": L(LOYALTY, UID), "lang": L("es", DEV)}, "b64json")}),
        raw(f, f"{a}/v1/diario", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/comparte", headers=_h(rng, **b), body={
            "expediente": L(FILE, MED), "yii": {"sivi": L(HUSBAND[0], NAMEC),
                                                "telefono": L(HUSBAND[1], TEL)},
            "alcance": ["recetas", "citas"]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "es_MX")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("turno_tomado", 1), ev("pantalla", 2, pantalla=L("Receta", USAGE))]}),
        case(f, f"{a}/v1/kee", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tatan_sdks() -> list[Case]:
    rng = random.Random(29542)
    return [
        ms_batch(APP, rng, [("Ticket Taken", {"pharmacy": PHARMACY["id"]}),
                            ("Prescription Filled", {"total": L(286.5, BUY)})], locale="es_MX"),
        ms_queue(APP, rng, [("Symptom Logged", {"kuee": L("ardor", MED)}),
                            ("Reminder Done", {})]),
        ty_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=388),
        fg_eval(APP, rng, {"farmacia": PHARMACY["id"], "programa": L("gastritis", MED)},
                hdr=True),
        pk_register(APP, rng, lang="es", tags={"farmacia": PHARMACY["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Farmacia Yaa Kuu Tlaxiaco", SEARCH, near=TX_HOME_AT, nd=2),
        hc_attach(APP, rng, L(JPEG + b"\x48", f"{MEDIA}|{MED}"), "receta.jpg", "image/jpeg"),
        cx_card(APP, rng),
        cx_confirm(APP, rng, "286.50", "mxn"),
    ]
