"""A Tu'un Savi (Mixtec) interpreters' roster "Ndatuun" (lit. "conversation": a fictional
network that books remote interpreters for clinics and courts in California and Oregon, where many
Mixtec families live; she interprets Tlaxiaco Mixtec, Spanish and English from home). Its API's
keys mix Mixtec ASCII-folded and the US payroll's English: ``sivi`` name, ``apeyido``
surname, ``telefono``, ``tuun_kasi`` password, ``kivi_kaku`` birth date, ``tuun`` language
(word), ``tuun_sii`` mother tongue (lit. "mother's word"), ``nayivi_savi`` (ñayivi savi: a
person of the Rain People, the Mixtec self-identification), ``pueblo``, ``variante``,
``interprete``, ``tinu`` work (an assignment), ``kana`` call, ``minuto``, ``xuun`` money,
``chavi`` payment, ``ichi`` street, ``nuu`` town, ``firma`` signature, ``ndatuun`` message,
``nanduku`` search, ``kivi`` day, ``ora`` hour; ``ssn``, ``routing``, ``account`` stay
English.

Sign-up (her Mixtec self-identification and mother tongue), log-in, ``/yo``, a certificate
(PDF), the W-9 (gzip; her SSN, her US mailing address at her sister's), the bank account, her
availability, assignments, one accepted, a call's start (a room token) and its timesheet, her
glossary note, a message to the coordinator, payments by interpreter number in the path, the
indigenous-interpreter directory opt-in, a search, a voice sample for the language test (M4A),
a receipt by cookie, an offline call log (JSON Lines), push and events. Interpreting appears
earlier only as a booking inside other apps (sets 14, 224): an interpreter's own roster is new."""

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
    E164,
    M4A,
    MAIL,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, rid
from eval_families295_kit import INTERPRETER, SISTER_US, hd, obj, push
from eval_families295_sdk import (
    cr_crash,
    cr_crumb,
    cr_session,
    ms_batch,
    ms_identify,
    ty_event,
    ty_launch,
)
from eval_families295_svc import ck_check, fg_eval, hc_attach, hc_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ndatuun", "Ndatuun", "com.example.ndatuun", "5.1.3", "https://api.ndatuun.example.com")
IID = "X-Ndatuun-Install"
PW = "TuunSavi*2026"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
MAILING = {"line": "418 Cooper Rd", "town": "Oxnard", "state": "CA", "zip": "93030"}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ndatuun() -> list[Case]:
    rng = random.Random(29531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, interprete=L(INTERPRETER, UID), email=L(EMAIL, MAIL),
                                    tuun=["en", "es", "mix-tlx"]))}
    tinu = obj(rng, "tn")
    pays = at_path(case(f, f"{a}/v1/interpretes/{INTERPRETER}/chavi", headers=_h(rng, **b),
                        query={"desde": "2026-01-01"}), INTERPRETER, UID)
    return [
        case(f, f"{a}/v1/registro", headers=_h(rng), body={
            "sivi": L(FIRST, NAMEC), "apeyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "tuun_kasi": L(PW, CRED), "kivi_kaku": L(DOB, BIRTH),
            "nayivi_savi": L(True, SENS), "tuun_sii": L("Tu'un Savi (Tlaxiaco)", SENS),
            "tuun": ["en", "es", "mix-tlx"], "interprete": L(INTERPRETER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "tuun_kasi": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/certificados", [
            ("certificado", "certificado_interprete.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"interprete": L(INTERPRETER, UID),
                                                "tipo": "medical_interpreting_40h"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/w9", gz=True, headers=_h(rng, **b), body={
            "sivi": L(f"{FIRST} {LAST}", NAMEC), "ssn": L(SSN, NID),
            "ichi": L(MAILING["line"], ADDR), "nuu": L(MAILING["town"], COARSE),
            "estado": L(MAILING["state"], COARSE), "zip": L(MAILING["zip"], COARSE),
            "tax_class": "individual", "firma": L(f"{FIRST} {LAST}", NAMEC),
            "kivi": "2026-01-05"}),
        case(f, f"{a}/v1/banco", headers=_h(rng, **b), body={
            "interprete": L(INTERPRETER, UID), "routing": ROUTING,
            "account": L(ACCOUNT, PAY), "tipo": "checking",
            "titular": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/disponibilidad", headers=_h(rng, **b), body={
            "interprete": L(INTERPRETER, UID), "tz": L("America/Mexico_City", DEV),
            "ora": [{"kivi": "lun", "desde": "08:00", "hasta": "13:00"},
                    {"kivi": "mie", "desde": "15:00", "hasta": "19:00"}]}),
        case(f, f"{a}/v1/tinu", headers=_h(rng, **b), query={
            "interprete": L(INTERPRETER, UID), "kivi": "2026-01-19", "tuun": "mix-tlx"}),
        case(f, f"{a}/v1/tinu/{tinu}/acepta", fmt="form", headers=_h(rng, **b), body={
            "acepta": "1", "interprete": L(INTERPRETER, UID)}),
        case(f, f"{a}/v1/kana", headers=_h(rng, **b), body={
            "tinu": tinu, "room": "rm_" + opaque(rng, "", 12),
            "room_token": L(opaque(rng, "kt_", 36), CRED), "red": L("wifi", DEV),
            "clinic": "cl_salinas_peds"}),
        case(f, f"{a}/v1/kana/fin", headers=_h(rng, **b), body={
            "tinu": tinu, "minuto": 42, "xuun": L(63.0, BUY), "moneda": "USD",
            "interprete": L(INTERPRETER, UID)}),
        case(f, f"{a}/v1/glosario", headers=_h(rng, **b), body={
            "interprete": L(INTERPRETER, UID),
            "ndatuun": L("kue'e ini = dolor de estomago / stomach ache; tatan = medicina", TEXT)}),
        case(f, f"{a}/v1/ndatuun", headers=_h(rng, **b), body={
            "to": "coord_ca", "hilo": obj(rng, "th"),
            "ndatuun": L("Manana no puedo en la tarde, llevo a mi hijo al torneo en Huajuapan",
                         TEXT)}),
        pays,
        case(f, f"{a}/v1/directorio", fmt="form", headers=_h(rng, **b), body={
            "interprete": L(INTERPRETER, UID), "pueblo": L("Nuu Savi", SENS),
            "variante": L("mixteco de Tlaxiaco", SENS), "publico": "1"}),
        case(f, f"{a}/v1/nanduku", headers=_h(rng, **b), query={
            "q": L("vocabulario medico mixteco embarazo", SEARCH), "tuun": "mix-tlx"}),
        multipart(f, f"{a}/v1/prueba/audio", [
            ("audio", "muestra.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"interprete": L(INTERPRETER, UID),
                                                "tuun": "mix-tlx", "segundos": 58})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/recibos/ultimo", headers=_h(rng, how="none"), cookies={
            "nd_sesion": L(opaque(rng, "", 40), CRED), "nd_dev": L(INSTALL_ID, DID),
            "nd_req": rid(rng)}),
        lines(f, f"{a}/v1/kana/sync", [
            {"tinu": obj(rng, "tn"), "minuto": 17, "interprete": L(INTERPRETER, UID)},
            {"tinu": obj(rng, "tn"), "minuto": 29, "interprete": L(INTERPRETER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tinu_aceptado", 1), ev("screen", 2, screen=L("Timesheet", USAGE))]}),
    ]


def ndatuun_sdks() -> list[Case]:
    rng = random.Random(29532)
    return [
        ms_batch(APP, rng, [("Assignment Accepted", {"lang": "mix-tlx"}),
                            ("Call Ended", {"minutes": 42})]),
        ms_identify(APP, rng, {"interprete": L(INTERPRETER, UID),
                               "tuun_sii": L("Tu'un Savi", SENS), "pais": "MX"}),
        ty_launch(APP, rng, first=True, user=True),
        ty_event(APP, rng, "assignment_paid", {"tinu": "remote"}, revenue=63.0,
                 currency="USD", hashed=True),
        cr_crash(APP, rng, ("java.io.IOException", "audio route lost"),
                 [cr_crumb("nav", "Tinu -> Kana"), cr_crumb("log", "bluetooth headset off")],
                 screen="KanaActivity"),
        cr_session(APP, rng, secs=2790),
        fg_eval(APP, rng, {"variante": L("mix-tlx", SENS), "tier": "medical"}),
        pk_register(APP, rng, lang="es", tags={"tuun": L("mixteco", SENS), "tier": "medical"}),
        ck_check(APP, rng, {"analytics": True}),
        hc_message(APP, rng, L(f"My W-9 shows the old address, please use {SISTER_US[0]}'s house",
                               f"{TEXT}|{NAMEC}"), {"interprete": L(INTERPRETER, UID)}),
        hc_attach(APP, rng, L(PDF, MEDIA), "w9_signed.pdf", "application/pdf"),
    ]
