"""A children's giant-kite team app "Kaqiq" ("wind": a workshop in Sumpango where children build
the barriletes gigantes flown over the cemetery on 1 November; their son Balam is on a team).
Keys are Kaqchikel, ASCII-folded, with English and Spanish loans: ``biaj`` name, ``ruka_biaj``
surname (coinage, "second name"), ``oyonibal`` telephone, ``correo``, ``ewal_tzij`` password,
``retal`` sign/code (the SMS code), ``akwal`` child, ``rute`` his mother, ``ralaxik`` birth,
``rujuna`` his years (age), ``ala_xtan`` boy/girl (sex, coinage), ``cui`` (the child's RENAP
number, loan), ``yabil`` illness, ``aqom`` medicine, ``ralal`` weight, ``rupalem`` height
(coinage), ``molaj`` group (team), ``barrilete`` kite (loan), ``kaqiq`` wind, ``wuj`` paper,
``bonil`` colour, ``rajil`` price, ``tojonik`` payment, ``kaminaqi`` the dead (names honoured
on the kite), ``qati_t`` our grandmother/grandfather, ``tzij`` message, ``kanoj`` search,
``wachibal`` picture, ``akuchi`` where, ``qij`` day, ``chajinel`` guardian (pick-up, coinage):
the parent's sign-up, an SMS code, ``/yin`` with an ``akwal`` claim, the son enrolled (CUI, age,
sex, asthma), the height-work permission, teams, the work calendar, a drop-off at the workshop
with her fix, materials ordered, the fee, a photo of the son at work, the names of the dead the
team's kite honours, his attendance by team number in the path, festival passes, a check-in at
the festival field, an offline task queue (JSON Lines), a message to the instructor, the health
form (gzip), notices, a pick-up person, a video of the flight, a search, push and events with a
session cookie. "kite" in earlier sets is kite-surfing (71, 85) or a Maori word (166);
"barrilete", "Sumpango" and "all saints" as a kite festival matched nothing."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families232_kit import (
    CEMETERY,
    HOME_AT,
    HUSBAND,
    KITER,
    MOTHER_IL,
    SON,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families232_sdk import ck_session, mq_batch, mq_queue, tp_launch
from eval_families232_svc import (
    cc_save,
    fj_eval,
    hh_message,
    mf_route,
    pg_register,
    pp_card,
    pp_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kaqiq", "Kaqiq", "com.example.kaqiq", "1.8.5", "https://api.kaqiq.example.com")
IID = "X-Kaqiq-Install"
PW = "Barrilete!Smp2025"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kaqiq() -> list[Case]:
    rng = random.Random(23211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), akwal=[L(KITER, UID)],
                                    rol="rute"))}
    wla, wlo = fix(WORKSHOP_FIX, 5)
    fla, flo = fix((CEMETERY[0] + 0.000214, CEMETERY[1] - 0.000187), 4)
    att = at_path(case(f, f"{a}/api/akwal/{KITER}/asistencia", headers=_h(rng, **b),
                       query={"ik": "2025-10"}), KITER, UID)
    return [
        case(f, f"{a}/api/tzibaxik", headers=_h(rng), body={
            "biaj": L(FIRST, NAMEC), "ruka_biaj": L(LAST, NAMEC), "correo": L(EMAIL_MIXED, MAIL),
            "oyonibal": L(E164, TEL), "ewal_tzij": L(PW, CRED), "rol": "rute"}),
        case(f, f"{a}/api/okem/retal", fmt="form", headers=_h(rng), body={
            "oyonibal": L(E164, TEL), "retal": L("518204", CRED)}),
        case(f, f"{a}/api/yin", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/akwal", headers=_h(rng, **b), body={
            "biaj": L(SON["first"], NAMEC), "ruka_biaj": L(SON["last"], NAMEC),
            "ralaxik": L(SON["dob"], BIRTH), "rujuna": L(10, BIRTH),
            "ala_xtan": L(SON["sex"], GENDER), "cui": L(SON["cui"], NID),
            "yabil": L("asma leve", MED), "aqom": L("salbutamol inhalador", MED),
            "rute": L(f"{FIRST} {LAST}", NAMEC), "molaj": "mj_kaqiq_b",
            "ajilabal": L(KITER, UID)}),
        case(f, f"{a}/api/permiso/altura", fmt="form", headers=_h(rng, **b), body={
            "akwal": L(KITER, UID), "escalera": "si", "andamio": "no",
            "retal_biaj": L(f"{FIRST} {LAST}", NAMEC),
            "emergencia_biaj": L(HUSBAND[0], NAMEC),
            "emergencia_oyonibal": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/molaj", headers=_h(rng, **b), query={
            "taller": WORKSHOP["id"], "akwal": L(KITER, UID)}),
        case(f, f"{a}/api/samaj/calendario", headers=_h(rng, **b), query={
            "molaj": "mj_kaqiq_b", "ik": "2025-10"}),
        case(f, f"{a}/api/asistencia/entrega", headers=_h(rng, **b), body={
            "akwal": L(KITER, UID), "akuchi": {"lat": wla, "lon": wlo},
            "taller": {"id": WORKSHOP["id"], "lat": WORKSHOP["lat"], "lon": WORKSHOP["lon"]},
            "ramaj": "14:05"}),
        case(f, f"{a}/api/materiales", headers=_h(rng, **b), body={
            "pedido": L(obj(rng, "mt"), BUY),
            "wuj": [{"bonil": "morado", "pliegos": 40}, {"bonil": "amarillo", "pliegos": 25}],
            "cana_castilla": 12, "rajil": L(186, BUY), "akwal": L(KITER, UID)}),
        case(f, f"{a}/api/tojonik", fmt="form", headers=_h(rng, **b), body={
            "concepto": "cuota-taller-oct", "rajil": L("120.00", BUY), "moneda": "GTQ",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "akwal": L(KITER, UID)}),
        multipart(f, f"{a}/api/wachibal", [
            ("foto", "balam_taller.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "akwal": L(KITER, UID),
                "tzij": L("Balam pegando papel de china en el barrilete de 8 metros",
                          f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/barrilete/kaminaqi", headers=_h(rng, **b), body={
            "molaj": "mj_kaqiq_b",
            "kaminaqi": [L("Pedro Xinico Boc", NAMEC), L("Juana Cumez Tepaz", NAMEC)],
            "tzij": L("Para el abuelo Pedro y la abuela Juana, que el viento les lleve saludos",
                      TEXT), "akwal": L(KITER, UID)}),
        att,
        case(f, f"{a}/api/festival/entradas", headers=_h(rng, **b), body={
            "qij": "2025-11-01", "entradas": 3, "rajil": L(45, BUY),
            "boleto": L(opaque(rng, "FB-", 8).upper(), BUY), "akwal": L(KITER, UID)}),
        case(f, f"{a}/api/festival/okel", headers=_h(rng, **b), body={
            "akuchi": {"lat": fla, "lon": flo},
            "campo": {"lat": CEMETERY[0], "lon": CEMETERY[1]}, "puerta": "norte"}),
        lines(f, f"{a}/api/samaj/cola", [
            {"tarea": obj(rng, "tk"), "hecho": True, "akwal": L(KITER, UID), "t": 1761500100},
            {"tarea": obj(rng, "tk"), "hecho": False, "akwal": L(KITER, UID), "t": 1761500460},
            {"nota": L("Faltan 10 pliegos de papel morado", TEXT), "t": 1761500520}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tzij", headers=_h(rng, **b), body={
            "chi": "instructor_mj_b",
            "tzij": L("Balam tiene tos desde ayer, hoy mejor que no suba a la escalera",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/akwal/salud", gz=True, headers=_h(rng, **b), body={
            "akwal": L(KITER, UID), "biaj": L(KID, NAMEC), "ralaxik": L(SON["dob"], BIRTH),
            "ralal": L(31, FIT), "rupalem": L(138, FIT), "yabil": [L("asma leve", MED)],
            "alergia": [L("penicilina", MED)], "sangre": L("O+", MED),
            "seguro": "ninguno"}),
        case(f, f"{a}/api/rutzijol", headers=_h(rng, **b), query={
            "taller": WORKSHOP["id"], "molaj": "mj_kaqiq_b", "ruxaq": "1"}),
        case(f, f"{a}/api/chajinel", headers=_h(rng, **b), body={
            "akwal": L(KITER, UID),
            "chajinel": {"biaj": L(MOTHER_IL[0], NAMEC), "oyonibal": L(MOTHER_IL[1], TEL),
                         "relacion": "ati_t"}, "qij": ["sab"]}),
        multipart(f, f"{a}/api/festival/video", [
            ("video", "vuelo.mp4", "video/mp4", L(MP4 + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"molaj": "mj_kaqiq_b", "segundos": 41})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kanoj", headers=_h(rng, **b), query={
            "kanoj": L("como amarrar la cola del barrilete", SEARCH)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, how="none"), cookies={
            "kq_sid": L(opaque(rng, "", 40), CRED), "kq_dev": L(INSTALL_ID, DID)}, body={
            "okisanel": L(USER_ID, UID), "events": [
                ev("foto_subida", 1), ev("screen", 2, screen=L("Festival", USAGE))]}),
    ]


def kaqiq_sdks() -> list[Case]:
    rng = random.Random(23212)
    return [
        mq_batch(APP, rng, [("Child Enrolled", {"team": "mj_kaqiq_b"}),
                            ("Fee Paid", {"amount": L(120, BUY)})]),
        mq_queue(APP, rng, [("Task Done", {"team": "mj_kaqiq_b"}),
                            ("Photo Uploaded", {"n": 1})]),
        tp_launch(APP, rng),
        ck_session(APP, rng, secs=377),
        fj_eval(APP, rng, {"taller": WORKSHOP["id"], "children": 1}),
        pg_register(APP, rng, tags={"molaj": "mj_kaqiq_b", "taller": WORKSHOP["id"]}),
        cc_save(APP, rng, {"analytics": True, "marketing": False}),
        pp_card(APP, rng),
        pp_confirm(APP, rng, "120.00"),
        mf_route(APP, rng, [(HOME_AT, PRECISE), ((WORKSHOP["lat"], WORKSHOP["lon"]), None)]),
        hh_message(APP, rng, L(f"La cuota de {KID} sale pendiente", f"{TEXT}|{NAMEC}"),
                   {"akwal": L(KITER, UID)}),
    ]
