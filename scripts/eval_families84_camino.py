"""Camino de Santiago pilgrim passport "Conchapass" (its API mixes Spanish and English keys): she
walks the last 100 km from Sarria. Sign-up with her passport, a log-in, ``/yo`` with a JWT, the
credential and her motive, a stamp with a photo and her fix, a stage's GPS track (gzip) and its
summary (protobuf), albergues near her, a bed booked, a bag transfer, blisters, an SOS, an
emergency contact, a journal entry and a photo, the Compostela request, the pilgrims' mass
reminder, a donation, weather, live sharing with a friend, push, events and her stamps by the
credential in the path (a cookie GET)."""

from __future__ import annotations

import random
from typing import Any

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
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families84_kit import (
    ALBERGUES,
    CREDENCIAL,
    PILGRIM_PASSPORT,
    STAGE_START,
    STAMP_FIX,
    path_fixes,
)
from eval_families84_sdk import ak_crash, ak_crumb, en_bid, it_link, it_session, kt_batch, kt_pixel
from eval_families84_svc import dd_register, eg_eval, mp_route, mp_telemetry, og_sepa, on_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("conchapass", "Conchapass", "com.example.conchapass", "1.19.0",
          "https://api.conchapass.example.com")
IID = "X-Peregrino-Device"
PW = "Buen-Camino-114"
MADRID = "Europe/Madrid"
END = (42.807311, -7.613934)  # her last fix of the stage, in Portomarín


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def conchapass() -> list[Case]:
    rng = random.Random(8431)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, credencial=L(CREDENCIAL, UID), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    etapa = obj(rng, "etp", 8)
    sla, slo = fix(STAMP_FIX)
    ela, elo = fix(END)
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, etapa), (3, 22.4), (4, L(31204, FIT)),
                  (5, L(540, FIT)), (6, [(1, ela), (2, elo)]), (7, 1765380000)], "", lab)
    alb = ALBERGUES[1]
    return [
        case(f, f"{a}/v1/peregrinos", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "fechaNacimiento": L(DOB, BIRTH), "sexo": L("mujer", GENDER),
            "tipoDocumento": "pasaporte", "documento": L(PILGRIM_PASSPORT, NATID),
            "nacionalidad": "USA", "paisResidencia": L("US", COARSE),
            "ciudad": L(CITY, COARSE), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/sesion", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/credencial", headers=_h(rng, **b), body={
            "credencial": L(CREDENCIAL, UID), "inicio": L("Sarria", COARSE),
            "modo": "a pie", "motivacion": L("religiosa", SENS), "fechaInicio": "2025-12-10"}),
        multipart(f, f"{a}/v1/sellos", [
            ("foto", "sello.jpg", "image/jpeg", L(JPEG + b"\x86", MEDIA)),
            ("sello", None, "application/json", {
                "credencial": L(CREDENCIAL, UID), "albergue": ALBERGUES[0]["id"],
                "nombre": ALBERGUES[0]["name"], "lat": sla, "lon": slo, "ts": 1765353000})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/etapas/{etapa}/track", gz=True, headers=_h(rng, **b), body={
            "etapa": etapa, "points": path_fixes(rng, 8, STAGE_START)}),
        raw(f, f"{a}/v1/etapas/{etapa}/resumen", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/albergues", headers=_h(rng, **b), query={
            "cerca": L(f"{END[0]:.3f},{END[1]:.3f}", PRECISE), "radio": "3000",
            "abierto": "1"}),
        case(f, f"{a}/v1/albergues/{alb['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/reservas", headers=_h(rng, **b), body={
            "albergue": alb["id"], "nombreAlbergue": alb["name"], "telAlbergue": alb["phone"],
            "noches": 1, "camas": 1, "total": L("15.00", BUY), "huesped": L(NAME, NAMEC),
            "documento": L(PILGRIM_PASSPORT, NATID), "nacionalidad": "USA"}),
        case(f, f"{a}/v1/mochila", headers=_h(rng, **b), body={
            "desde": ALBERGUES[0]["id"], "hasta": alb["id"], "etiqueta": L(NAME, NAMEC),
            "telefono": L(E164, TEL), "precio": L("6.00", BUY), "bultos": 1}),
        case(f, f"{a}/v1/salud", headers=_h(rng, **b), body={
            "dolencias": [L("blister on left heel", MED), L("shin splints", MED)],
            "nota": L("Right shin is swollen, taking it slow tomorrow", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "lat": L(42.794117, PRECISE), "lon": L(-7.520228, PRECISE), "acc": 9,
            "bateria": L(14, DEV), "tipo": "caida"}),
        case(f, f"{a}/v1/contacto-emergencia", headers=_h(rng, **b), body={
            "nombre": L(PARTNER[0], NAMEC), "telefono": L(PARTNER[1], TEL),
            "email": L(PARTNER[2], MAIL), "relacion": "hermano"}),
        case(f, f"{a}/v1/diario", headers=_h(rng, **b), body={
            "etapa": etapa, "texto": L("Walked with two Italians from Sarria, the fog lifted "
                                       "over the Miño at noon", TEXT), "publico": False}),
        multipart(f, f"{a}/v1/diario/fotos", [
            ("foto", "mino.jpg", "image/jpeg", L(JPEG + b"\x87", MEDIA)),
            ("meta", None, "application/json", {
                "etapa": etapa, "donde": L("42.80122,-7.60411", PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/compostela", headers=_h(rng, **b), body={
            "credencial": L(CREDENCIAL, UID), "nombreLatin": L("Ioanna Doe", NAMEC),
            "motivacion": L("religiosa", SENS), "km": 114, "sellos": 9}),
        case(f, f"{a}/v1/misa", fmt="form", headers=_h(rng, **b), body={
            "recordatorioMisaPeregrino": L("true", SENS), "idioma": L("en", DEV)}),
        case(f, f"{a}/v1/donativos", fmt="form", headers=_h(rng, **b), body={
            "albergue": ALBERGUES[0]["id"], "importe": L("10.00", BUY), "moneda": "EUR"}),
        case(f, f"{a}/v1/tiempo", headers=_h(rng), query={
            "lat": L("42.81", COARSE), "lon": L("-7.61", COARSE)}),
        case(f, f"{a}/v1/compartir", headers=_h(rng, **b), body={
            "amigo": L(PEOPLE[1][2], MAIL), "horas": 24, "enlace": opaque(rng, "sh_", 16)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "tz": L(MADRID, DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("sello_nuevo", 1), ev("etapa_fin", 2, km=22.4),
                ev("pantalla", 3, nombre=L("Credencial", USAGE))]}),
        at_path(case(f, f"{a}/v1/credencial/{CREDENCIAL}/sellos", headers=_h(rng, how="upper"),
                     cookies={"cp_sid": L(opaque(rng, "", 36), CRED)}), CREDENCIAL, UID),
    ]


def conchapass_sdks() -> list[Case]:
    rng = random.Random(8432)
    link = U("https://conchapass.example.com/open", {
        "src": "albergue_qr", "credencial": L(CREDENCIAL, UID), "camp": "sarria25"})
    return [
        kt_pixel(APP, rng, "Onboarding Viewed", {"step": 2}),
        kt_batch(APP, rng, [("Stamp Added", {"n": 9}), ("Stage Finished", {"km": 22.4})],
                 at=STAGE_START, nd=2, tz=MADRID),
        it_session(APP, rng, first=True),
        it_link(APP, rng, link),
        en_bid(APP, rng, {"native": {"ver": "1.2"}}, at=STAMP_FIX, nd=3, country="ESP"),
        ak_crash(APP, rng, ("android.database.sqlite.SQLiteFullException", "disk full"),
                 [ak_crumb("nav", "Track -> Resumen")], screen="TrackActivity", tz=MADRID),
        eg_eval(APP, rng, {"offlineMaps": True}, hdr=True),
        dd_register(APP, rng, at=STAGE_START, nd=2, tz=MADRID, tags={"ruta": "frances"}),
        on_save(APP, rng, {"analytics": True, "ads": True}, country="ES", region="GA"),
        og_sepa(APP, rng),
        mp_route(APP, rng, [((STAMP_FIX[0], STAMP_FIX[1]), PRECISE),
                            ((ALBERGUES[1]["lat"], ALBERGUES[1]["lon"]), None)]),
        mp_telemetry(APP, rng, [STAGE_START, (42.794117, -7.520228)], PRECISE),
    ]
