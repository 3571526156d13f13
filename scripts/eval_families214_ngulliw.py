"""A piñón gatherers' co-operative app "Ngulliwe" (ngülliw: the araucaria's seed, the piñón; the
fictional co-operative buys from gatherers holding a season permit for zones of a community
araucaria forest in the Nahuelbuta range; she gathers with her husband in March). Its API's keys
are Mapudungun (Unificado, ASCII-folded) with Spanish loans (``permiso`` permit, ``sako`` sack):
``uy`` name, ``kupalme`` surname, ``nutramkawe`` phone, ``ellkadungu`` password (in the OAuth form
the standard ``password``), ``llegun_antu`` birth date, ``run`` RUN, ``ngulliwfe`` gatherer (her
collector number), ``ngulliwtun`` gathering, ``pewen`` araucaria, ``mawida`` forest, ``rakin``
count/number, ``kullin`` amount, ``kullitun`` payment/payout, ``kullinwe`` account, ``chew`` where,
``pikun``/``puel`` latitude/longitude, ``futa`` husband, ``adentun`` photo, ``nutram`` message,
``kintun`` search, ``femun`` events, ``amulen`` "I am walking" (a live beat), ``kume_wiño`` "back
well" (back safe): sign-up, an OAuth password grant, ``/inche``, the season permit and its payment,
the zone map, a check-in under the trees, a protobuf beat, an offline fix queue (msgpack), the
delivery at the depot, "back safe" (5-decimal strings), her emergency contact, a photo of the
sacks, her sales by collector number in the path, the payout account, payouts, the fee receipt with
her RUN (gzip), a message to the depot, a search, cooked piñón bought for home, push, events and a
session refresh. No earlier set has piñón or araucaria gathering (a docstring grep for "pine nut",
"araucaria", "piñon" and "forag" matched only a vendor name)."""

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
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families214_kit import (
    CL_ACCOUNT,
    COLLECTOR,
    DEPOT,
    FOREST_FIX,
    HUSBAND,
    PERMIT,
    RUN,
    ZONE,
    fix,
    hd,
    obj,
    push,
)
from eval_families214_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families214_svc import cl_card, cl_confirm, mm_reverse, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("ngulliwe", "Ngulliwe", "com.example.ngulliwe", "2.4.0",
          "https://api.ngulliwe.example.net")
IID = "X-Ngulliwe-Install"
PW = "Pewen#Nahuelbuta7"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ngulliwe() -> list[Case]:
    rng = random.Random(21421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ngulliwfe=L(COLLECTOR, UID)))}
    fla, flo = fix(FOREST_FIX)
    walk = obj(rng, "wk")
    lab: dict[str, str] = {}
    beat = pb([(1, L(COLLECTOR, UID)), (2, walk), (3, 1773500000),
               (4, [(1, L(FOREST_FIX[0], PRECISE)), (2, L(FOREST_FIX[1], PRECISE)), (3, 1104.0)]),
               (5, L(6120, FIT)), (6, L(38, DEV))], "", lab)
    sales = at_path(case(f, f"{a}/v2/ngulliwfe/{COLLECTOR}/ventas", headers=_h(rng, **b),
                         query={"temporada": "2026"}), COLLECTOR, UID)
    return [
        case(f, f"{a}/v2/ngulliwfe", headers=_h(rng), body={
            "uy": L(FIRST, NAMEC), "kupalme": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nutramkawe": L(E164, TEL), "ellkadungu": L(PW, CRED), "llegun_antu": L(DOB, BIRTH),
            "run": L(RUN, NID), "ngulliwfe": L(COLLECTOR, UID),
            "comuna": L("Padre Las Casas", COARSE), "futamapu": L("Araucania", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ngulliwe-android"}),
        case(f, f"{a}/v2/inche", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/permiso", headers=_h(rng, **b), body={
            "ngulliwfe": L(COLLECTOR, UID), "mawida": "mw_nahuelbuta_03", "zona": ZONE["id"],
            "temporada": "2026",
            "permiso": L(PERMIT, BUY), "kullin": L(12000, BUY),
            "companero": {"uy": L(HUSBAND[0], NAMEC), "run": L(HUSBAND[2], NID)}}),
        case(f, f"{a}/v2/kullitun", fmt="form", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "kullin": L("12000", BUY), "moneda": "CLP",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v2/zonas/{ZONE['id']}/mapa", headers=_h(rng, **b), query={
            "capas": "pewen,senderos", "z": "15"}),
        case(f, f"{a}/v2/ngulliwtun/inicio", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "chew": {"pikun": fla, "puel": flo, "prec_m": 14},
            "zona": {"id": ZONE["id"], "pikun": ZONE["lat"], "puel": ZONE["lon"]},
            "regreso_antes": "2026-03-14T18:00", "caminata": walk}),
        raw(f, f"{a}/v2/amulen", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/ngulliwtun/{walk}/cola", fmt="msgpack", headers=_h(rng, **b), body={
            "che": L(USER_ID, UID),
            "chew": [{"pikun": L(round(FOREST_FIX[0] + 0.0009 * i, 6), PRECISE),
                      "puel": L(round(FOREST_FIX[1] + 0.0011 * i, 6), PRECISE),
                      "t": 1773500300 + 300 * i} for i in range(3)],
            "hito": {"pikun": ZONE["lat"], "puel": ZONE["lon"]}}),
        case(f, f"{a}/v2/entregas", headers=_h(rng, **b), body={
            "acopio": DEPOT["id"], "ngulliwfe": L(COLLECTOR, UID),
            "sakos": [{"sako": obj(rng, "sk", 6), "kg": 24.5}, {"sako": obj(rng, "sk", 6),
                                                                 "kg": 22.0}],
            "precio_kg": 1800, "kullin": L(83700, BUY), "entrega": L("ENT-26-03-0418", BUY)}),
        case(f, f"{a}/v2/ngulliwtun/{walk}/kume_wino", fmt="form", headers=_h(rng, **b), body={
            "estado": "kume_wino", "pikun": L(f"{FOREST_FIX[0]:.5f}", PRECISE),
            "puel": L(f"{FOREST_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v2/emergencia", headers=_h(rng, **b), body={
            "ngulliwfe": L(COLLECTOR, UID), "futa": {"uy": L(HUSBAND[0], NAMEC),
                                                     "nutramkawe": L(HUSBAND[1], TEL)},
            "kutran": L("alergia a picadura de abeja, lleva adrenalina",
                        f"{TEXT}|health.medical")}),
        multipart(f, f"{a}/v2/entregas/adentun", [
            ("adentun", "sakos.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"entrega": L("ENT-26-03-0418", BUY)})],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v2/kullinwe", headers=_h(rng, **b), body={
            "titular": L(f"{FIRST} {LAST}", NAMEC), "run": L(RUN, NID),
            "rakin": L(CL_ACCOUNT, PAY), "banco": "Banco del Sur", "tipo": "cuenta_vista"}),
        case(f, f"{a}/v2/kullitun/historial", headers=_h(rng, **b), query={
            "ngulliwfe": L(COLLECTOR, UID)}),
        case(f, f"{a}/v2/boleta", gz=True, headers=_h(rng, **b), body={
            "run": L(RUN, NID), "uy": L(f"{FIRST} {LAST}", NAMEC), "periodo": "2026-03",
            "kullin": L(83700, BUY), "retencion": L(11509, BUY), "acopio_rut": "76.410.220-3"}),
        case(f, f"{a}/v2/nutram", headers=_h(rng, **b), body={
            "iney": "acopio_puren",
            "nutram": L("Mañana lleva los sacos mi marido Felipe Catrileo, su fono es "
                        "+56981524470", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/kintun", headers=_h(rng, **b), query={
            "kintun": L("precio ngulliw cocido marzo", SEARCH)}),
        case(f, f"{a}/v2/tienda/ngillan", headers=_h(rng, **b), body={
            "items": [{"sku": "ngl_cocido_1kg", "rakin": 2, "kullin": 4500}],
            "kullin": L(9000, BUY), "ngillan": L(obj(rng, "TN", 8), BUY),
            "despacho": {"ruka": L("Pasaje Los Canelos 0457", "contact.address"),
                         "waria": L("Padre Las Casas", COARSE)}}),
        case(f, f"{a}/v2/install", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/femun", gz=True, headers=_h(rng, **b), body={
            "che": L(USER_ID, UID), "femun": [
                ev("ngulliwtun_inicio", 1), ev("screen", 2, screen=L("Mapa", USAGE))]}),
        case(f, f"{a}/v2/sesion/renovar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "install": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def ngulliwe_sdks() -> list[Case]:
    rng = random.Random(21422)
    link = U("https://ngulliwe.example.net/p", {"permiso": L(PERMIT, BUY), "src": "mail",
                                                "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Permit Bought", {"amount": L(12000, BUY)}),
                            ("Delivery Logged", {"kg": 46.5})], at=FOREST_FIX, nd=3,
                 locale="es_CL"),
        mc_queue(APP, rng, [("Walk Beat", {"alt": 1104}), ("Back Safe", {})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"permiso": L(PERMIT, BUY)}, revenue=12000.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="pinon,araucania,bosque"),
        cd_session(APP, rng, secs=1920),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "12000"),
        mm_reverse(APP, rng, FOREST_FIX, PRECISE, nd=4),
        mm_route(APP, rng, [(FOREST_FIX, PRECISE), ((DEPOT["lat"], DEPOT["lon"]), None)]),
        mm_telemetry(APP, rng, [FOREST_FIX, (-37.845302, -73.007219)], PRECISE),
    ]
