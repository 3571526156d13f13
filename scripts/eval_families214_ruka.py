"""A ruka builders' co-operative and minga planner "Rukatun" (rukatun: to build a house; a
fictional co-operative near Lumaco builds traditional rukas of wood, colihue and straw and helps
families apply for a rural-housing subsidy; the work days are a mingako, a collective work party
fed by the family). She and her husband are building a ruka on the family land in Lof Trapilwe. Its
API's keys are Mapudungun (Unificado, ASCII-folded) with Spanish loans (``subsidio``, ``ahorro``
savings, ``libreta`` savings book): ``uy`` name, ``kupalme`` surname, ``nutramkawe`` phone,
``ellkadungu`` password, ``llegun_antu`` birth date, ``run`` RUN, ``ruka`` house (her current
street line; also the project), ``waria`` town, ``mapu`` land (the plot's corners), ``lof``
community, ``renma`` household, ``futa`` husband, ``punen`` child, ``mingako`` work party,
``kellufe`` helpers, ``iyael`` food, ``mamull`` timber, ``rakin`` count/number, ``kullin`` amount,
``kullitun`` payment, ``chew`` where, ``pikun``/``puel`` latitude/longitude, ``adentun`` photo,
``nutram`` message, ``kintun`` search, ``femun`` events: sign-up, a JSON log-in, ``/inche``, the
project with the plot's corners, the subsidy application (household, savings book), her RUN card
photo, materials (msgpack), a payment, the mingako with helpers she types, the food for it, a site
check-in with her fix, a progress photo, an inspection, an offline log (JSON Lines), the contract
by project number in the path, an invoice by cookie, a message to the builder, a search, her
husband's co-signature, push, events and a log-out. No earlier set has a traditional-house builder
or a work-party planner (a docstring grep for "minga", "work party", "thatch" and "self-build"
found only a Tuvalu pulaka pit's work party)."""

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
    EMAIL_UPPER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families214_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    LOF,
    PROJECT,
    RUN,
    SAVINGS,
    SITE_AT,
    SON,
    YARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families214_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families214_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("rukatun", "Rukatun", "com.example.rukatun", "1.1.4", "https://api.rukatun.example.com")
IID = "X-Rukatun-Device"
PW = "Kolew&Ruka2026"
NID = "personal.national_id"
SITE_FIX = (-38.134552, -72.951611)  # her phone on the plot
HELPERS = [("Hector Painemal Nahuel", "+56976340118"), ("Marisol Llancaqueo Ancan", "+56965012783")]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(28)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def rukatun() -> list[Case]:
    rng = random.Random(21451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ruka=L(PROJECT, BUY)))}
    sla, slo = fix(SITE_FIX)
    contract = at_path(case(f, f"{a}/api/ruka/{PROJECT}/contrato", headers=_h(rng, **b)),
                       PROJECT, BUY)
    return [
        case(f, f"{a}/api/che", headers=_h(rng), body={
            "uy": L(FIRST, NAMEC), "kupalme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nutramkawe": L(E164, TEL), "ellkadungu": L(PW, CRED), "llegun_antu": L(DOB, BIRTH),
            "run": L(RUN, NID), "ruka": L(HOME["line"], ADDR), "waria": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/konun", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ellkadungu": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/inche", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ruka", headers=_h(rng, **b), body={
            "ruka": L(PROJECT, BUY), "tipo": "ruka_pichi_8x6", "lof": L(LOF["name"], COARSE),
            "comuna": L(LOF["commune"], COARSE),
            "mapu": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in SITE_AT],
            "kullin": L(6800000, BUY), "patio": YARD["id"]}),
        case(f, f"{a}/api/subsidio", headers=_h(rng, **b), body={
            "run": L(RUN, NID), "ruka": L(PROJECT, BUY), "renma": [
                {"uy": L(HUSBAND[0], NAMEC), "run": L(HUSBAND[2], NID)},
                {"uy": L(f"{SON['first']} {SON['last']}", NAMEC), "parentesco": "punen",
                 "llegun_antu": L(SON["dob"], BIRTH)}],
            "ahorro": {"libreta": L(SAVINGS, PAY), "saldo_uf": 10.2},
            "rsh_tramo": "40", "discapacidad": L(False, MED)}),
        multipart(f, f"{a}/api/subsidio/documentos", [
            ("carnet", "carnet_run.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"run": L(RUN, NID), "tipo": "cedula_extranjero"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/materiales", fmt="msgpack", headers=_h(rng, **b), body={
            "ruka": L(PROJECT, BUY), "items": [
                {"mamull": "roble_pellin_4x4", "rakin": 24, "kullin": 9800},
                {"item": "colihue_atado", "rakin": 60, "kullin": 3500},
                {"item": "paja_ratonera_fardo", "rakin": 120, "kullin": 2200}],
            "kullin": L(709200, BUY), "entrega": L(LOF["line"], ADDR)}),
        case(f, f"{a}/api/kullitun", fmt="form", headers=_h(rng, **b), body={
            "ruka": L(PROJECT, BUY), "kullin": L("709200", BUY), "moneda": "CLP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "cuota": "2"}),
        case(f, f"{a}/api/mingako", headers=_h(rng, **b), body={
            "ruka": L(PROJECT, BUY), "antu": "2026-03-21", "tarea": "techado",
            "kellufe": [{"uy": L(HELPERS[0][0], NAMEC), "nutramkawe": L(HELPERS[0][1], TEL)},
                        {"uy": L(HELPERS[1][0], NAMEC), "nutramkawe": L(HELPERS[1][1], TEL)},
                        {"uy": L(HUSBAND[0], NAMEC), "nutramkawe": L(HUSBAND[1], TEL)}]}),
        case(f, f"{a}/api/mingako/iyael", headers=_h(rng, **b), body={
            "mingako": obj(rng, "mk"), "personas": 14, "menu": ["cazuela", "sopaipillas"],
            "dungu": L("Un plato sin sal y sin azúcar para el tío Héctor, es diabético",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/obra/checkin", headers=_h(rng, **b), body={
            "ruka": L(PROJECT, BUY), "chew": {"pikun": sla, "puel": slo, "prec_m": 6},
            "patio": {"pikun": YARD["lat"], "puel": YARD["lon"]}}),
        multipart(f, f"{a}/api/obra/adentun", [
            ("adentun", "ruka_avance.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"ruka": L(PROJECT, BUY), "etapa": "estructura",
                                                "dungu": L("Ya están los 8 pilares", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/inspeccion", fmt="form", headers=_h(rng, **b), body={
            "ruka": L(PROJECT, BUY), "bloque": obj(rng, "bl"), "inspector": "it_044"}),
        lines(f, f"{a}/api/sync", [
            {"op": "avance", "ruka": L(PROJECT, BUY), "pct": 40},
            {"op": "gasto", "kullin": L(85000, BUY), "dungu": L("clavos y alambre", TEXT)}],
            headers=_h(rng, **b)),
        contract,
        case(f, f"{a}/api/facturas/ultima", headers=_h(rng, how="none"), cookies={
            "rk_sesion": L(opaque(rng, "", 40), CRED), "rk_device": L(INSTALL_ID, DID),
            "rk_req": rid(rng)}),
        case(f, f"{a}/api/nutram", headers=_h(rng, **b), body={
            "iney": "maestro_ruka", "hilo": obj(rng, "th"),
            "nutram": L("Don Sergio, llámeme al +1 555 010 0199 antes de subir con la paja",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/kintun", headers=_h(rng, **b), query={
            "kintun": L("paja ratonera o totora para techo", SEARCH)}),
        multipart(f, f"{a}/api/ruka/firma", [
            ("firma", "firma_felipe.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"futa": {"uy": L(HUSBAND[0], NAMEC),
                                                         "run": L(HUSBAND[2], NID)},
                                                "ruka": L(PROJECT, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/femun", gz=True, headers=_h(rng, **b), body={
            "che": L(USER_ID, UID), "femun": [
                ev("mingako_creado", 1), ev("screen", 2, screen=L("Obra", USAGE))]}),
        case(f, f"{a}/api/tripan", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def rukatun_sdks() -> list[Case]:
    rng = random.Random(21452)
    return [
        mc_batch(APP, rng, [("Project Created", {"amount": L(6800000, BUY)}),
                            ("Work Party Planned", {"helpers": 3})], at=SITE_FIX, nd=2,
                 locale="es_CL"),
        mc_identify(APP, rng, {"lof": L("Trapilwe", COARSE), "ruka": L(PROJECT, BUY)}),
        mc_pixel(APP, rng, "Contract Opened", {"page": 1}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"ruka": L(PROJECT, BUY)}, revenue=709200.0),
        fn_eval(APP, rng, {"comuna": L("Lumaco", COARSE), "subsidio": True}),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"comuna": L("Lumaco", COARSE)}),
        cl_wallet(APP, rng, "709200", L(E164, TEL)),
        mm_geocode(APP, rng, "ferreteria Lumaco", SEARCH, near=SITE_FIX, nd=3),
        hs_message(APP, rng, L(f"El contrato {PROJECT} tiene mal mi RUN", f"{TEXT}|{BUY}"),
                   {"ruka": L(PROJECT, BUY)}),
    ]
