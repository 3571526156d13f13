"""A Nahua village's communal-work and assembly app "Tekitl" (Huasteca Nahuatl "work", the
village's faena/tequio; the village near Chicontepec where her husband is a comunero and she is
registered as an avecindada). Keys in Huasteca Nahuatl with Spanish loans and English:
``tokaitl`` name, ``selular`` mobile, ``curp``, ``ichtakatlajtoli`` password, ``altepetl``
village, ``namiktli`` spouse, ``tekitl`` communal work, ``tlanechikoli`` assembly,
``tlapepenali`` vote/choice (from ``pepena`` "choose"), ``tlapalewili`` contribution (lit.
"help"), ``tlaxtlawili`` payment, ``tomin`` money, ``atl`` water, ``tlajpiyali`` watch (the
village patrol), ``kaltlaixpiyali`` household census (coinage), ``tlakamej`` people, ``xiwitl``
year (of birth), ``tlajtoli`` language, ``nawatl``, ``kampa`` where, ``ixkopinali`` photo,
``tlanawatili`` message, ``tlajtlakoli`` complaint (lit. "fault"), ``tlali_amatl`` land paper
(the parcel certificate), ``sindikato`` union (loan), ``tonali`` day. Calls: registration with her
CURP and her husband's, a log-in (JSON password), ``/nejwatl``, the faena list, attendance at a
faena with her fix, a missed-faena fine paid, the assembly agenda, a vote on the road, the vote
for the agente municipal, the minutes' signature page, the water turns, the patrol rota, a
complaint, a landslide photo with her fix, the village chat, the household census (gzip), a
residence certificate request, her husband's union membership, receipts by cookie GET, push,
events and a session refresh. No earlier set has a faena/tequio or ejido assembly app (a
docstring grep for "faena", "ejido", "communal land" found nothing; sets 109 and 113 have
community assemblies inside other apps)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families173_kit import (
    CURP,
    DAUGHTER,
    FAENA_FIX,
    HUSBAND,
    HUSBAND_CURP,
    MOTHER_IL,
    RESIDENT_CARD,
    VILLAGE,
    VILLAGE_HALL,
    fix,
    hd,
    obj,
    push,
)
from eval_families173_sdk import bh_bid, cc_crash, cc_crumb, tm_batch, tz_launch
from eval_families173_svc import (
    cx_save,
    ft_eval,
    hc_message,
    mp_reverse,
    pj_card,
    pj_confirm,
    px_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tekitl", "Tekitl", "com.example.tekitl", "1.3.7", "https://api.tekitl.example.org")
IID = "X-Tekitl-Device"
PW = "Tequio.Tecomate.2025"
NID = "personal.national_id"
MEMBER = "TEC-AV-0118"  # her registration as an avecindada (id.user)
SLIDE_FIX = (20.966104, -98.153372)  # her phone at the landslide on the village road


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, es=True, **kw)


def tekitl() -> list[Case]:
    rng = random.Random(17341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, miembro=L(MEMBER, UID), altepetl=L(VILLAGE["name"],
                                                                             COARSE)))}
    fla, flo = fix(FAENA_FIX)
    sla, slo = fix(SLIDE_FIX, 5)
    return [
        case(f, f"{a}/v1/miembro", headers=_h(rng), body={
            "tokaitl": L(f"{FIRST} {LAST}", NAMEC), "curp": L(CURP, NID),
            "tarjeta_residente": L(RESIDENT_CARD, NID), "selular": L(E164, TEL),
            "korreo": L(EMAIL_MIXED, "contact.email"), "ichtakatlajtoli": L(PW, CRED),
            "altepetl": L(VILLAGE["name"], COARSE), "municipio": L(VILLAGE["muni"], COARSE),
            "tipo": "avesindada", "miembro": L(MEMBER, UID),
            "namiktli": {"tokaitl": L(HUSBAND[0], NAMEC), "curp": L(HUSBAND_CURP, NID),
                         "tipo": "komunero", "tlali_amatl": "CP-30-0412-88"}}),
        case(f, f"{a}/v1/login", headers=_h(rng), body={
            "korreo": L(EMAIL_UPPER, "contact.email"), "ichtakatlajtoli": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/nejwatl", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tekitl", headers=_h(rng, **b), query={
            "altepetl": VILLAGE_HALL["id"], "metstli": "2025-11"}),
        case(f, f"{a}/v1/tekitl/asistensia", headers=_h(rng, **b), body={
            "tekitl": obj(rng, "tk"), "miembro": L(MEMBER, UID), "tonali": "2025-11-08",
            "kampa": {"lat": fla, "lon": flo}, "tlatekitl": "chapoleo kamino"}),
        case(f, f"{a}/v1/tlaxtlawili", fmt="form", headers=_h(rng, **b), body={
            "miembro": L(MEMBER, UID), "konsepto": "multa tekitl 2025-10", "tomin": L("250",
                                                                                    "financial.purchase"),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tlanechikoli/orden", headers=_h(rng, **b), query={
            "tlanechikoli": "asamblea-2025-11-16", "altepetl": VILLAGE_HALL["id"]}),
        case(f, f"{a}/v1/tlanechikoli/tlapepenali", fmt="form", headers=_h(rng, **b), body={
            "punto": "kamino_pavimento", "tlapepenali": "kena", "miembro": L(MEMBER, UID)}),
        case(f, f"{a}/v1/tlanechikoli/agente", headers=_h(rng, **b), body={
            "eleksion": "agente-municipal-2026", "miembro": L(MEMBER, UID),
            "tlapepenali": L("Planilla Verde - Eusebio Martinez", SENS)}),
        multipart(f, f"{a}/v1/tlanechikoli/akta", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"akta": "ak_2025_11",
                                                "tokaitl": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/atl/turnos", headers=_h(rng, **b), query={
            "miembro": L(MEMBER, UID), "seksion": "3"}),
        case(f, f"{a}/v1/tlajpiyali", headers=_h(rng, **b), body={
            "tokaitl": L(HUSBAND[0], NAMEC), "selular": L(HUSBAND[1], TEL),
            "youal": ["2025-11-12", "2025-11-26"], "seksion": "3"}),
        case(f, f"{a}/v1/tlajtlakoli", headers=_h(rng, **b), body={
            "miembro": L(MEMBER, UID), "tema": "lindero",
            "tlanawatili": L("Ne itlatsaktli ikalte Rufino okalakik tomila ome metro",
                             TEXT)}),
        multipart(f, f"{a}/v1/reporte/derrumbe", [
            ("ixkopinali", "derrumbe.jpg", "image/jpeg", L(JPEG + b"\x46", MEDIA)),
            ("meta", None, "application/json", {
                "kampa": {"lat": sla, "lon": slo},
                "tlanawatili": L("Tepetl owetsik ipan kamino kampa kaltlamachtiloyan", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "kanal": "tecomate-seksion-3",
            "tlanawatili": L("Moztla tekitl ika 7, xikwikakan machete wan atl", TEXT)}),
        case(f, f"{a}/v1/kaltlaixpiyali", gz=True, headers=_h(rng, **b), body={
            "miembro": L(MEMBER, UID), "tlakamej": [
                {"tokaitl": L(HUSBAND[0], NAMEC), "xiwitl": L(1988, BIRTH),
                 "tlajtoli": L("nawatl", SENS)},
                {"tokaitl": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "xiwitl": L(2017, BIRTH), "tlajtoli": L("nawatl", SENS)},
                {"tokaitl": L(MOTHER_IL[0], NAMEC), "xiwitl": L(1959, BIRTH),
                 "tlajtoli": L("nawatl", SENS)}],
            "kali": {"tlali_amatl": "CP-30-0412-88", "atl": True, "luz": True}}),
        case(f, f"{a}/v1/konstansia", fmt="form", headers=_h(rng, **b), body={
            "curp": L(CURP, NID), "tipo": "vesindad", "para": "banko",
            "tokaitl": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/sindikato", headers=_h(rng, **b), body={
            "tokaitl": L(HUSBAND[0], NAMEC), "curp": L(HUSBAND_CURP, NID),
            "sindikato": L("Union de Jornaleros y Campesinos de la Huasteca", SENS),
            "kuota": L(50, "financial.purchase")}),
        case(f, f"{a}/v1/rekibos", headers=_h(rng, how="none"), cookies={
            "tk_sesion": L(opaque(rng, "", 40), CRED), "tk_dev": L(INSTALL_ID, DID),
            "tk_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tlachiwali", gz=True, headers=_h(rng, **b), body={
            "id": L(USER_ID, UID), "tlachiwali": [
                ev("faena_checkin", 1), ev("screen", 2, screen=L("Tlanechikoli", USAGE))]}),
        case(f, f"{a}/v1/sesion/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tekitl_sdks() -> list[Case]:
    rng = random.Random(17342)
    return [
        tm_batch(APP, rng, [("Faena Checked In", {}), ("Vote Cast", {})], at=FAENA_FIX, nd=2),
        tz_launch(APP, rng),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="campo,herramienta"),
        cc_crash(APP, rng, ("java.lang.IllegalArgumentException", "vote closed"),
                 [cc_crumb("nav", "Tlanechikoli -> Agente")], screen="VoteActivity"),
        ft_eval(APP, rng, {"altepetl": L(VILLAGE["name"], COARSE), "tipo": "avesindada"},
                hdr=True),
        px_register(APP, rng, tags={"seksion": "3", "altepetl": L(VILLAGE["name"], COARSE)}),
        cx_save(APP, rng, {"analytics": True, "marketing": False}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "250.00"),
        mp_reverse(APP, rng, SLIDE_FIX, PRECISE, nd=4),
        hc_message(APP, rng, L("Nomulta ya onikxtlajki wan nojkia nesi", TEXT),
                   {"miembro": L(MEMBER, UID)}),
    ]
