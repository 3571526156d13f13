"""A rural drinking-water committee's app "Kowe" (ko: water, -we: place; the committee of the
fictional Lof Trapilwe near Lumaco runs the community's well, tank and pipes; the family's
connection is in her mother-in-law Rosa's name and she manages it from Padre Las Casas). Its API's
keys are Mapudungun (Unificado, ASCII-folded) with Spanish loans a Chilean developer keeps
(``medidor`` meter, ``lectura`` reading, ``boleta`` bill): ``uy`` name, ``kupalme`` surname,
``nutramkawe`` phone, ``run`` RUN, ``ko_rakin`` the connection's account number (rakin: count,
number), ``titular`` holder, ``llalla`` a woman's mother-in-law, ``renma`` family/household,
``tripantu`` age, ``lof`` community, ``ruka`` house (address line), ``kullin`` amount, ``kullitun``
payment, ``ngelay_ko`` "there is no water", ``wesadungu`` complaint (lit. bad matter), ``trawun``
assembly, ``chew`` where, ``pikun``/``puel`` latitude/longitude, ``adentun`` photo, ``nutram``
message, ``kintun`` search, ``kullinwe`` account (place of money), ``femun`` events, ``dungun``
language: joining as the holder's delegate, an SMS code, ``/inche``, the bill by account in the
path, its payment, a meter reading with a photo, a no-water report from the in-laws' house, a
turbid-water complaint, an assembly vote, the household for the social tariff, the tank level, an
offline readings sync (JSON Lines), a leak photo, a message to the operator, a cut-off notice by
cookie, a search, receipts, an automatic debit from her CuentaRUT-style account, a base64 JSON
preferences cookie, push, events and a log-out (``tripan``). Earlier sets have water-outage,
delivery and tank apps (96, 126, 138); this is a member-run committee's billing, readings, assembly
and social tariff."""

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
    JPEG,
    MAIL,
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
from eval_families24_kit import claims, rid
from eval_families214_kit import (
    APR,
    CL_ACCOUNT,
    HUSBAND,
    LLALLA,
    LOF,
    LOF_HOME_AT,
    METER,
    RUN,
    RUN_PLAIN,
    SOCIO,
    fix,
    hd,
    obj,
    push,
)
from eval_families214_sdk import mc_batch, mc_queue, tn_launch
from eval_families214_svc import cl_wallet, cy_save, fn_eval, hs_message, mm_reverse, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kowe", "Kowe", "com.example.kowe", "1.9.0", "https://api.kowe.example.org")
IID = "X-Kowe-Device"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, es=True, **kw)


def kowe() -> list[Case]:
    rng = random.Random(21411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ko_rakin=L(SOCIO, UID), nutramkawe=L(E164, TEL)))}
    hla, hlo = fix(LOF_HOME_AT, 5)
    boleta = at_path(case(f, f"{a}/api/ko/{SOCIO}/boleta", headers=_h(rng, **b),
                          query={"mes": "2026-01"}), SOCIO, UID)
    return [
        case(f, f"{a}/api/che", headers=_h(rng), body={
            "uy": L(FIRST, NAMEC), "kupalme": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nutramkawe": L(E164, TEL), "run": L(RUN, NID), "ko_rakin": L(SOCIO, UID),
            "titular": {"uy": L(LLALLA[0], NAMEC), "run": L(LLALLA[2], NID),
                        "nutramkawe": L(LLALLA[1], TEL)},
            "parentesco": "llalla", "lof": L(LOF["name"], COARSE),
            "comuna": L(LOF["commune"], COARSE), "ruka": L(LOF["line"], ADDR),
            "comite": APR["id"]}),
        case(f, f"{a}/api/sms/verificar", fmt="form", headers=_h(rng), body={
            "nutramkawe": L(E164, TEL), "codigo": L("508316", CRED)}),
        case(f, f"{a}/api/inche", headers=_h(rng, extra=jw)),
        boleta,
        case(f, f"{a}/api/kullitun", fmt="form", headers=_h(rng, **b), body={
            "ko_rakin": L(SOCIO, UID), "boleta": L("BOL-2026-01-0093", BUY),
            "kullin": L("9450", BUY), "moneda": "CLP",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/api/lectura", [
            ("adentun", "medidor.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {
                "ko_rakin": L(SOCIO, UID), "medidor": METER, "lectura": 1284.6,
                "chew": {"pikun": L(LOF_HOME_AT[0], PRECISE),
                         "puel": L(LOF_HOME_AT[1], PRECISE)}})], headers=_h(rng, **b)),
        case(f, f"{a}/api/ngelay_ko", headers=_h(rng, **b), body={
            "ko_rakin": L(SOCIO, UID), "desde": "2026-01-19T06:40",
            "chew": {"pikun": hla, "puel": hlo}, "estanque": {"pikun": APR["lat"],
                                                             "puel": APR["lon"]}}),
        case(f, f"{a}/api/wesadungu", headers=_h(rng, **b), body={
            "ko_rakin": L(SOCIO, UID), "tipo": "agua_turbia",
            "dungu": L("El agua sale café desde el lunes, mi llalla no puede tomarla", TEXT)}),
        case(f, f"{a}/api/trawun/votar", fmt="form", headers=_h(rng, **b), body={
            "trawun": "asamblea_2026_01", "mocion": "mo_bomba_nueva", "voto": "may",
            "ko_rakin": L(SOCIO, UID)}),
        case(f, f"{a}/api/tarifa_social", headers=_h(rng, **b), body={
            "ko_rakin": L(SOCIO, UID), "renma": [
                {"uy": L(LLALLA[0], NAMEC), "run": L(LLALLA[2], NID), "tripantu": L(71, BIRTH)},
                {"uy": L(HUSBAND[0], NAMEC), "run": L(HUSBAND[2], NID)},
                {"uy": L(f"{FIRST} {LAST}", NAMEC), "run": L(RUN_PLAIN, NID)}],
            "rsh_tramo": "40"}),
        case(f, f"{a}/api/estanque", headers=_h(rng, **b), query={"comite": APR["id"]}),
        lines(f, f"{a}/api/sync", [
            {"op": "lectura", "medidor": METER, "valor": 1290.1, "ko_rakin": L(SOCIO, UID)},
            {"op": "ngelay_ko", "hasta": "2026-01-19T15:10", "ko_rakin": L(SOCIO, UID)},
            {"op": "kullitun", "kullin": L(9450, BUY)}], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/filtracion", [
            ("adentun", "caneria.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {
                "ko_rakin": L(SOCIO, UID),
                "dungu": L("Se rompió la cañería frente a la ruka, pierde mucha agua", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/nutram", headers=_h(rng, **b), body={
            "iney": "operador", "hilo": obj(rng, "th"),
            "nutram": L("Don Luis, por favor avísele a Rosa Millaman al +56972210384 cuando "
                        "vuelva el agua", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/aviso_corte", headers=_h(rng, how="none"), cookies={
            "kw_sesion": L(opaque(rng, "", 40), CRED), "kw_device": L(INSTALL_ID, DID),
            "kw_req": rid(rng)}),
        case(f, f"{a}/api/kintun", headers=_h(rng, **b), query={
            "kintun": L("cuanto cloro echar al estanque de la casa", SEARCH)}),
        case(f, f"{a}/api/recibos", headers=_h(rng, **b), query={
            "ko_rakin": L(SOCIO, UID), "anio": "2025"}),
        case(f, f"{a}/api/pac", headers=_h(rng, **b), body={
            "titular_cuenta": L(f"{FIRST} {LAST}", NAMEC), "run": L(RUN, NID),
            "kullinwe": {"banco": "Banco del Sur", "tipo": "cuenta_vista",
                         "rakin": L(CL_ACCOUNT, PAY)}, "ko_rakin": L(SOCIO, UID)}),
        case(f, f"{a}/api/preferencias", headers=_h(rng, **b), cookies={
            "kw_sess": L(opaque(rng, "", 40), CRED),
            "kw_prefs": W({"ko_rakin": L(SOCIO, UID), "dungun": L("es", DEV)}, "b64json")}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/femun", headers=_h(rng, **b), body={
            "che": L(USER_ID, UID), "femun": [
                ev("boleta_vista", 1), ev("screen", 2, screen=L("Lectura", USAGE))]}),
        case(f, f"{a}/api/tripan", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kowe_sdks() -> list[Case]:
    rng = random.Random(21412)
    return [
        mc_batch(APP, rng, [("Bill Paid", {"amount": L(9450, BUY)}),
                            ("Outage Reported", {})], at=LOF_HOME_AT, nd=2, locale="es_CL"),
        mc_queue(APP, rng, [("Reading Saved", {"meter": METER}), ("Vote Cast", {})]),
        tn_launch(APP, rng),
        fn_eval(APP, rng, {"comite": APR["id"], "lof": L(LOF["name"], COARSE)}, hdr=True),
        pt_register(APP, rng, tags={"lof": L("Trapilwe", COARSE), "comite": APR["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "9450", L(E164, TEL)),
        mm_reverse(APP, rng, LOF_HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L("Pagué la boleta de enero dos veces", f"{TEXT}|{BUY}"),
                   {"ko_rakin": L(SOCIO, UID)}),
    ]
