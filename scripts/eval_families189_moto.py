"""A mototaxi cooperative's app "Motobinni" (the three-wheeled motocarros of a Juchitan
cooperative: rides from its stands, a monthly school run for her daughter, saved places, an SOS
button). Earlier ride apps (set 150's becak, set 110's three-wheeler, set 178's e-moto swap) are
a pedicab, a porter and a battery lease; this one is a cooperative's dispatch with a school-run
subscription. Isthmus Zapotec keys in ASCII with Spanish loans: ``telefonu`` phone, ``codigu``
code (loan), ``la`` / ``la_bixhoze`` names, ``correo``, ``lidxe`` home, ``seccion``, ``naa`` me,
``biaje`` trip (loan), ``ra_biree`` origin (coinage, "where one leaves"), ``ra_chi``
destination (coinage, "where one will go"), ``ra_nuu`` where one is, ``neza`` road/route,
``binni`` passengers, ``bueltu`` fare/amount, ``guixhe`` pay, ``xcuidi`` child, ``scuela``
school (loan), ``dxi_gule`` birth date, ``chofer`` driver (loan), ``diidxa`` message,
``guyubi`` search, ``gaxha`` near, ``yoo`` house, ``jnaa`` mother, ``biuu`` / ``biree`` in / out.
Calls: an SMS code requested and checked, the profile, ``/naa``, stands nearby, a ride with her
fix, its status, a protobuf position while waiting, the fare, a rating, the school run, her trips
by rider number in the path, saved places, SOS, a lost item, tariffs, a chat to the driver, a
search, receipts by cookie, push, events and log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families189_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    RIDER,
    SCHOOL_AT,
    STAND,
    fix,
    hd,
    obj,
    push,
)
from eval_families189_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families189_svc import mm_geocode, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("motobinni", "Motobinni", "com.example.motobinni", "5.1.0",
          "https://api.motobinni.example.com")
IID = "X-Motobinni-Device"
MIL_HOME = (16.324418, -95.236102)  # her mother-in-law's house in Tehuantepec (a person's home)
MIL_LINE = "Calle Guerrero 12, Barrio San Blas"
SCHOOL_RUN = "ESC-2026-0193"  # the school-run subscription (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def motobinni() -> list[Case]:
    rng = random.Random(18921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefonu=L(E164, TEL), cliente=L(RIDER, UID)))}
    hla, hlo = fix(HOME_AT)
    ride = obj(rng, "bj")
    lab: dict[str, str] = {}
    wait = pb([(1, L(RIDER, UID)), (2, ride), (3, 1770012000),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 6.0)]),
               (5, L(48, DEV))], "", lab)
    trips = at_path(case(f, f"{a}/api/v2/cliente/{RIDER}/viajes", headers=_h(rng, **b),
                         query={"beeu": "2026-01"}), RIDER, UID)
    return [
        case(f, f"{a}/api/v2/biuu/sms", fmt="form", headers=_h(rng), body={
            "telefonu": L(E164, TEL), "canal": "sms"}),
        case(f, f"{a}/api/v2/biuu/codigu", fmt="form", headers=_h(rng), body={
            "telefonu": L(E164, TEL), "codigu": L("508317", CRED)}),
        case(f, f"{a}/api/v2/cliente", headers=_h(rng, **b), body={
            "la": L(FIRST, NAMEC), "la_bixhoze": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "cliente": L(RIDER, UID), "lidxe": L(HOME["line"], ADDR),
            "seccion": L(HOME["area"], COARSE)}),
        case(f, f"{a}/api/v2/naa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/sitios/gaxha", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radio": "800"}),
        case(f, f"{a}/api/v2/biaje", headers=_h(rng, **b), body={
            "biaje": ride, "ra_biree": {"lat": hla, "lon": hlo},
            "ra_chi": {"la": STAND["name"], "lat": STAND["lat"], "lon": STAND["lon"]},
            "binni": 2, "bueltu": L(35, BUY), "sitio": STAND["id"]}),
        case(f, f"{a}/api/v2/biaje/{ride}/estado", headers=_h(rng, **b)),
        raw(f, f"{a}/api/v2/biaje/{ride}/ra_nuu", wait, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/guixhe", fmt="form", headers=_h(rng, **b), body={
            "biaje": ride, "bueltu": L("35.00", BUY), "propina": L("5", BUY),
            "metodo": "efectivo"}),
        case(f, f"{a}/api/v2/calificacion", fmt="form", headers=_h(rng, **b), body={
            "biaje": ride, "chofer": "ch_0412", "estrellas": "5",
            "diidxa": L("El chofer manejo con cuidado y espero con las bolsas", TEXT)}),
        case(f, f"{a}/api/v2/escolar", headers=_h(rng, **b), body={
            "contrato": L(SCHOOL_RUN, BUY), "bueltu": L(600, BUY),
            "xcuidi": {"la": L(DAUGHTER["first"], NAMEC), "la_bixhoze": L(DAUGHTER["last"], NAMEC),
                       "dxi_gule": L(DAUGHTER["dob"], BIRTH), "grado": "3"},
            "ra_biree": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                         "lon": L(round(HOME_AT[1], 5), PRECISE)},
            "scuela": {"lat": SCHOOL_AT[0], "lon": SCHOOL_AT[1]}, "hora": "07:20",
            "recoge": {"la": L(MOTHER_IL[0], NAMEC), "telefonu": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/v2/biaje/programado", headers=_h(rng, **b), body={
            "ra_biree": {"lat": hla, "lon": hlo}, "hora": "2026-02-14T08:00",
            "ra_chi": {"lidxe": L(MIL_LINE, ADDR), "lat": L(MIL_HOME[0], PRECISE),
                       "lon": L(MIL_HOME[1], PRECISE)}, "binni": 3, "bueltu": L(260, BUY)}),
        trips,
        case(f, f"{a}/api/v2/favoritos", headers=_h(rng, **b), body={"lugares": [
            {"nombre": "lidxe", "lat": L(HOME_AT[0], PRECISE), "lon": L(HOME_AT[1], PRECISE)},
            {"nombre": "yoo jnaa Candido", "lidxe": L(MIL_LINE, ADDR),
             "lat": L(MIL_HOME[0], PRECISE), "lon": L(MIL_HOME[1], PRECISE)}]}),
        case(f, f"{a}/api/v2/sos", headers=_h(rng, **b), body={
            "biaje": ride, "ra_nuu": {"lat": L(16.435902, PRECISE), "lon": L(-95.019411, PRECISE)},
            "telefonu_emergencia": L(HUSBAND[1], TEL), "chofer": "ch_0412"}),
        case(f, f"{a}/api/v2/perdidos", headers=_h(rng, **b), body={
            "biaje": ride,
            "diidxa": L("Deje una bolsa con totopos y el uniforme de mi hija", TEXT)}),
        case(f, f"{a}/api/v2/tarifas", headers=_h(rng, **b), query={"zona": "centro"}),
        case(f, f"{a}/api/v2/biaje/{ride}/diidxa", headers=_h(rng, **b), body={
            "diidxa": L("Estoy en 2 de Abril 38, la casa azul con la buganvilia",
                        f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/v2/guyubi", headers=_h(rng, **b), query={
            "guyubi": L("farmacia abierta 24 horas", SEARCH)}),
        case(f, f"{a}/api/v2/recibos", headers=_h(rng, how="none"), cookies={
            "mb_sesion": L(opaque(rng, "", 40), CRED), "mb_device": L(INSTALL_ID, DID),
            "mb_req": rid(rng)}),
        case(f, f"{a}/api/v2/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("biaje_pedido", 1), ev("pantalla", 2, pantalla=L("Escolar", USAGE))]}),
        case(f, f"{a}/api/v2/biree", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def motobinni_sdks() -> list[Case]:
    rng = random.Random(18922)
    link = U("https://motobinni.example.com/r", {"codigo": "ISTMO10", "src": "whatsapp",
                                                 "cliente": L(RIDER, UID)})
    return [
        mc_batch(APP, rng, [("Ride Requested", {"stand": STAND["id"]}),
                            ("Ride Paid", {"fare": L(35, BUY)})], at=HOME_AT, nd=3),
        mc_pixel(APP, rng, "Tariffs Opened", {"zone": "centro"}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"contrato": L(SCHOOL_RUN, BUY)}, revenue=600.0,
                 currency="MXN", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="transporte,juchitan"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "driver marker"),
                 [cd_crumb("nav", "Biaje -> Mapa")], screen="MapaActivity"),
        cd_session(APP, rng, secs=318),
        mm_geocode(APP, rng, "Mercado 5 de Septiembre", SEARCH, near=HOME_AT, nd=3),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (SCHOOL_AT, None)], mode="driving"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"sitio": STAND["id"]}),
    ]
