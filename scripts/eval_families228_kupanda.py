"""An avocado orchard's logbook app "Kupandarhu" (``kupanda`` avocado, ``-rhu`` place: the family's
Hass orchard near Uruapan, run by her brother-in-law Ignacio; she keeps its records, books the
harvest cut and sells to a packing house). Keys are P'urhépecha, ASCII-folded, with loans:
``arhikua`` name, ``apeyidu`` surname (loan), ``telefunu`` phone, ``kodigu`` code (loan),
``jatsiri`` owner (the grower account), ``echeri`` land (the orchard), ``juata`` hill,
``ireta`` town, ``municipiu`` municipality (loan), ``trampa`` trap (loan), ``plaga`` pest
(loan), ``fumigasion`` spraying (loan), ``korte`` cut (harvest, loan), ``anchikuarhiri``
workers (the cutting crew), ``kilu`` kilogram (loan), ``tumina`` money, ``intskua`` payment,
``karakata`` paper (invoice), ``uandakua`` message, ``jurhiata`` day): the grower's sign-up (RFC,
CURP, her brother-in-law as co-owner), an SMS code, ``/me``, the orchard's boundary, its traps,
a trap reading with her fix, a spray record (msgpack), a pest photo, the harvest cut request, the
crew booked, the cut's check-in, a protobuf weighing ticket, packers' prices, the settlement (her
CLABE), the CFDI (gzip), an offline trap queue (JSON Lines), the weather at 2 decimals, a message
to the packer, sales by grower number in the path, push, events and a refresh. Set 187 has an
avocado packhouse's QC clerk (employee app) and set 173 an orange orchard selling lots; this is
the grower's phytosanitary logbook (traps, sprays, the cut permit)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families228_kit import (
    BROTHER_IL,
    CURP,
    GROWER,
    HUERTA_REG,
    MX_CLABE,
    ORCHARD_AT,
    PACKER,
    RFC,
    ROW_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families228_sdk import mc_batch, mc_identify, mc_queue, tn_launch
from eval_families228_svc import (
    cl_wallet,
    fn_eval,
    hs_message,
    mm_geocode,
    mm_reverse,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kupandarhu", "Kupandarhu", "com.example.kupandarhu", "4.7.2",
          "https://api.kupandarhu.example.net")
IID = "X-Kupanda-Install"
NID = "personal.national_id"
CUT = "KR-26-03-0118"  # the harvest cut sold to the packer (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def kupanda() -> list[Case]:
    rng = random.Random(22871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, jatsiri=L(GROWER, UID), telefunu=L(E164, TEL)))}
    rla, rlo = fix(ROW_FIX)
    cla, clo = fix((ROW_FIX[0] + 0.00031, ROW_FIX[1] - 0.00027), 5)
    lab: dict[str, str] = {}
    ticket = pb([(1, L(GROWER, UID)), (2, CUT), (3, 1774360800),
                 (4, [(1, 8460.0), (2, 412), (3, "bascula_emp12")]), (5, L(51, DEV))], "", lab)
    sales = at_path(case(f, f"{a}/v1/jatsiri/{GROWER}/ventas", headers=_h(rng, **b),
                         query={"temporada": "2025-2026"}), GROWER, UID)
    t1, t2 = obj(rng, "tr", 6), obj(rng, "tr", 6)
    return [
        case(f, f"{a}/v1/jatsiri", headers=_h(rng), body={
            "arhikua": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "rfc": L(RFC, NID), "curp": L(CURP, NID),
            "ireta": L("Paracho", COARSE), "municipiu": L("Paracho de Verduzco", COARSE),
            "jatsiri_id": L(GROWER, UID),
            "echeri_jatsiri": {"arhikua": L(BROTHER_IL[0], NAMEC),
                               "telefunu": L(BROTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/auth/kodigu", fmt="form", headers=_h(rng), body={
            "telefunu": L(E164, TEL), "kodigu": L("304178", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/echeri", headers=_h(rng, **b), body={
            "registro": HUERTA_REG, "variedad": "Hass", "hectareas": 3.2,
            "municipiu": L("Uruapan", COARSE), "juata": "Cerro de la Cruz",
            "limites": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in ORCHARD_AT],
            "jatsiri": L(GROWER, UID)}),
        case(f, f"{a}/v1/echeri/{HUERTA_REG}/trampas", headers=_h(rng, **b),
             query={"activas": "true"}),
        case(f, f"{a}/v1/trampas/lectura", headers=_h(rng, **b), body={
            "trampa": t1, "plaga": "barrenador de hueso", "capturas": 0,
            "ubicacion": {"lat": rla, "lng": rlo, "precision": 5}, "jatsiri": L(GROWER, UID)}),
        case(f, f"{a}/v1/fumigasion", fmt="msgpack", headers=_h(rng, **b), body={
            "registro": HUERTA_REG, "producto": "abamectina 1.8%", "dosis_ml_100l": 60,
            "jurhiata": "2026-02-27", "aplicador": L(BROTHER_IL[0], NAMEC),
            "intervalo_dias": 14}),
        multipart(f, f"{a}/v1/plaga/fotos", [
            ("foto", "hoja_trips.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "trampa": t2, "uandakua": L("Hojas con manchas en la orilla del surco 14, "
                                            "¿será trips?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/korte/solicitud", headers=_h(rng, **b), body={
            "registro": HUERTA_REG, "korte": L(CUT, BUY), "kilos_estimados": 8500,
            "empakadora": PACKER["id"], "jurhiata": "2026-03-24", "calibre": "extra"}),
        case(f, f"{a}/v1/korte/cuadrilla", fmt="form", headers=_h(rng, **b), body={
            "korte": L(CUT, BUY), "anchikuarhiri": "8", "tumina_dia": L("4800", BUY),
            "jefe_cuadrilla": "cq_017"}),
        case(f, f"{a}/v1/korte/checkin", headers=_h(rng, **b), body={
            "korte": L(CUT, BUY), "ubicacion": {"lat": cla, "lng": clo},
            "empakadora": {"id": PACKER["id"], "lat": PACKER["lat"], "lng": PACKER["lon"]}}),
        raw(f, f"{a}/v1/korte/pesaje", ticket, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/precios", headers=_h(rng, **b), query={
            "calibre": "extra", "jurhiata": "2026-03-24", "region": "uruapan"}),
        case(f, f"{a}/v1/liquidacion", headers=_h(rng, **b), body={
            "korte": L(CUT, BUY), "kilos": 8460, "precio_kg": 38.5,
            "tumina_total": L(325710, BUY), "clabe": L(MX_CLABE, PAY), "rfc": L(RFC, NID),
            "empakadora": PACKER["id"]}),
        case(f, f"{a}/v1/karakata/cfdi", gz=True, headers=_h(rng, **b), body={
            "emisor_rfc": L(RFC, NID), "receptor_rfc": "ETF0402197K3", "korte": L(CUT, BUY),
            "total": L(325710, BUY), "moneda": "MXN", "uso": "G01"}),
        lines(f, f"{a}/v1/trampas/sync", [
            {"trampa": t1, "capturas": 0, "jatsiri": L(GROWER, UID),
             "lat": L(round(ROW_FIX[0] + 0.0004, 6), PRECISE),
             "lng": L(round(ROW_FIX[1] + 0.0003, 6), PRECISE), "t": 1773900000},
            {"trampa": t2, "capturas": 2, "jatsiri": L(GROWER, UID),
             "lat": L(round(ROW_FIX[0] - 0.0005, 6), PRECISE),
             "lng": L(round(ROW_FIX[1] + 0.0009, 6), PRECISE), "t": 1773900600}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/clima", headers=_h(rng, **b), query={
            "lat": L(f"{ROW_FIX[0]:.2f}", COARSE), "lng": L(f"{ROW_FIX[1]:.2f}", COARSE),
            "dias": "5"}),
        case(f, f"{a}/v1/uandakua", headers=_h(rng, **b), body={
            "para": PACKER["id"], "korte": CUT,
            "uandakua": L("El camión lo recibe mi cuñado Ignacio Tzintzun Cuara, su cel es "
                          "+52 452 173 9024.", f"{TEXT}|{NAMEC}|{TEL}")}),
        sales,
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body=push(push_token(rng),
                                                                           "es_MX")),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "kuiripu": L(USER_ID, UID), "eventos": [
                ev("trampa_leida", 1), ev("pantalla", 2, pantalla=L("Korte", USAGE))]}),
        case(f, f"{a}/v1/auth/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "disp": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def kupanda_sdks() -> list[Case]:
    rng = random.Random(22872)
    return [
        mc_batch(APP, rng, [("Trap Read", {"captures": 0}), ("Cut Requested", {"kg": 8500})],
                 at=ROW_FIX, nd=2, locale="es_MX"),
        mc_queue(APP, rng, [("Trap Read", {"captures": 2}), ("Photo Taken", {})]),
        mc_identify(APP, rng, {"municipiu": L("Uruapan", COARSE), "jatsiri": L(GROWER, UID)}),
        tn_launch(APP, rng, user=True),
        fn_eval(APP, rng, {"region": L("Uruapan", COARSE), "rol": "productora"}),
        pt_register(APP, rng, lang="es", at=ROW_FIX, nd=2,
                    tags={"municipiu": L("Uruapan", COARSE)}),
        cl_wallet(APP, rng, "4800", L(E164, TEL)),
        mm_reverse(APP, rng, ROW_FIX, PRECISE, nd=4),
        mm_geocode(APP, rng, "Empacadora Tierra Fría Uruapan", "behavior.search",
                   near=ROW_FIX, nd=3),
        mm_telemetry(APP, rng, [ROW_FIX, (19.455344, -102.102519)], PRECISE),
        hs_message(APP, rng, L(f"La liquidación del korte {CUT} no llega", f"{TEXT}|{BUY}"),
                   {"jatsiri": L(GROWER, UID)}),
    ]
