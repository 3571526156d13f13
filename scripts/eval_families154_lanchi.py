"""Mooring association's app "Lanchi" (``lanchi``: a small boat; the family keeps a fishing boat on
a rented buoy at Spanish Water; the association's app handles fees, float plans and catches;
its API's keys are Papiamentu: ``miembro`` member, ``doño`` owner (``dono``, ``ko_dono``
co-owner), ``boya`` mooring buoy, ``kuota`` fee, ``plan_biahe`` float plan, ``salida``
departure, ``bolbe`` return, ``destinashon`` destination, ``pasaheronan`` people aboard,
``chaleko`` life jacket, ``edat`` age, ``pisa`` weight, ``pulso`` beat, ``kaptura`` catch,
``piska`` fish, ``gasolin`` fuel, ``liter`` litres, ``bientu`` wind, ``emergensia`` emergency,
``haf`` harbour, ``mapa`` map, ``sertifikado`` certificate (her boating licence); the rest as in
``_honrun.py``): member sign-up with her sédula, an OAuth password grant, ``/mi``, the boat
registered with her husband as co-owner, the fee by member number in the path and its payment,
a float plan to Klein Curaçao (the family aboard, the son's weight for his life jacket, her
mother-in-law ashore), a protobuf position beat, an offline track (msgpack), "back at the buoy"
(5-decimal strings), a catch with her fix and its photo, fuel, the wind near home, an engine
emergency, a message to the harbour master, the buoy map by cookie, her boating licence (PDF),
push, events and a token refresh. Set 151's hike registry and the marina/crew sets differ: this
is a boat owners' mooring association with float plans."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families154_kit import (
    CW_HOME,
    CW_HOME_AT,
    HUSBAND,
    MOTHER_IL,
    SEDULA,
    SON,
    fix,
    hd,
    push,
)
from eval_families154_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families154_svc import cl_card, cl_confirm, mm_reverse, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lanchi", "Lanchi", "com.example.lanchi", "1.11.3", "https://api.lanchi.example.net")
IID = "X-Lanchi-Aparato"
PW = "SpanishWater!22"
NID, FIT = "personal.national_id", "health.fitness"
FIELD = {"id": "sw_fld_b", "name": "Spanish Water mooring field B", "lat": 12.08012,
         "lon": -68.86311}  # the association's mooring field (a negative)
MOOR_FIX = (12.080174, -68.863152)  # her phone at their buoy
SEA_FIX = (12.052917, -68.781204)  # her phone at sea
MEMBER = "LN-M-0622"  # her member number (id.user)
LICENCE = "VB-CW-118274"  # her boating licence number (personal.national_id)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(34))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lanchi() -> list[Case]:
    rng = random.Random(15461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, miembro=L(MEMBER, UID), selular=L(E164, TEL)))}
    cla, clo = fix(SEA_FIX, 4)
    plan = "pb_" + opaque(rng, "", 10)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, plan), (3, 1765465200),
               (4, [(1, L(SEA_FIX[0], PRECISE)), (2, L(SEA_FIX[1], PRECISE)), (3, 7.4)]),
               (5, L(63, DEV))], "", lab)
    fee = at_path(case(f, f"{a}/v1/miembro/{MEMBER}/kuota", headers=_h(rng, **b),
                       query={"aña": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/miembro", headers=_h(rng), body={
            "nomber": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "korreo": L(EMAIL_MIXED, MAIL),
            "selular": L(E164, TEL), "kontrasena": L(PW, CRED),
            "adres": L(CW_HOME["line"], ADDR), "bario": L(CW_HOME["area"], COARSE),
            "number_sedula": L(SEDULA, NID), "miembro": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lanchi-android"}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lanchi", headers=_h(rng, **b), body={
            "nomber_lanchi": "Dushi Yu", "registrashon": "CUR-2291-B", "largura_m": 6.4,
            "motor": "115 HP", "boya": "boya_22", "dono": L(f"{FIRST} {LAST}", NAMEC),
            "ko_dono": {"nomber": L(HUSBAND[0], NAMEC), "selular": L(HUSBAND[1], TEL)}}),
        fee,
        case(f, f"{a}/v1/kuota/pago", fmt="form", headers=_h(rng, **b), body={
            "miembro": L(MEMBER, UID), "suma": L("720.00", BUY), "moneda": "XCG",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/plan_biahe", headers=_h(rng, **b), body={
            "plan": plan, "salida": "2025-12-13T06:30", "bolbe": "2025-12-13T16:00",
            "destinashon": L("Klein Curaçao", COARSE),
            "pasaheronan": [{"nomber": L(f"{FIRST} {LAST}", NAMEC)},
                            {"nomber": L(HUSBAND[0], NAMEC)},
                            {"nomber": L(f"{SON['first']} {SON['last']}", NAMEC),
                             "edat": L(10, BIRTH), "pisa": L(34, FIT)}],
            "chalekonan": 3, "kanal_vhf": 16,
            "kontakto_emergensia": {"nomber": L(MOTHER_IL[0], NAMEC),
                                    "selular": L(MOTHER_IL[1], TEL)}}),
        raw(f, f"{a}/v1/plan/{plan}/pulso", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/plan/{plan}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "miembro": L(MEMBER, UID),
            "puntonan": [{"lat": L(round(SEA_FIX[0] - 0.0042 * i, 6), PRECISE),
                          "lng": L(round(SEA_FIX[1] + 0.0061 * i, 6), PRECISE),
                          "t": 1765465260 + 600 * i} for i in range(3)]}),
        case(f, f"{a}/v1/plan/{plan}/bolbe", fmt="form", headers=_h(rng, **b), body={
            "estado": "na_boya", "lat": L(f"{MOOR_FIX[0]:.5f}", PRECISE),
            "lng": L(f"{MOOR_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/kaptura", headers=_h(rng, **b), body={
            "plan": plan, "piska": "dorado", "kantidat": 2, "kg": 11.5,
            "luga": {"lat": cla, "lng": clo}, "miembro": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/kaptura/potret", [
            ("potret", "dorado.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"plan": plan, "piska": "dorado"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gasolin", fmt="form", headers=_h(rng, **b), body={
            "pomp": "pomp_2", "liter": "64", "suma": L("172.80", BUY), "moneda": "XCG",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "miembro": L(MEMBER, UID)}),
        case(f, f"{a}/v1/bientu", headers=_h(rng, **b), query={
            "lat": L(f"{CW_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{CW_HOME_AT[1]:.2f}", COARSE),
            "oranan": "12"}),
        case(f, f"{a}/v1/emergensia", headers=_h(rng, **b), body={
            "plan": plan, "tipo": "motor",
            "teksto": L("E motor a stop, nos ta drif pa wèst, tur hende bon.", TEXT),
            "luga": {"lat": L(SEA_FIX[0], PRECISE), "lng": L(SEA_FIX[1], PRECISE)},
            "selular": L(E164, TEL), "pasaheronan": 3}),
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "pa": "haf_master",
            "teksto": L("Mi esposo lo pasa buska e yabi di boya 22 djaweps.", TEXT)}),
        case(f, f"{a}/v1/boya/mapa", headers=_h(rng, how="none"), cookies={
            "ln_seshon": L(opaque(rng, "", 40), CRED), "ln_aparato": L(INSTALL_ID, DID),
            "ln_req": rid(rng)}, query={"field": FIELD["id"]}),
        multipart(f, f"{a}/v1/sertifikado", [
            ("dokumento", "vaarbewijs.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"number": L(LICENCE, NID),
                                                "titular": L(f"{FIRST} {LAST}", NAMEC),
                                                "valido_te": "2030-05-17"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventonan", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventonan": [
                ev("plan_habri", 1), ev("pantaya", 2, pantaya=L("PlanBiahe", USAGE))]}),
        case(f, f"{a}/v1/seshon/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def lanchi_sdks() -> list[Case]:
    rng = random.Random(15462)
    return [
        mc_batch(APP, rng, [("Float Plan Opened", {"people": 3}),
                            ("Catch Logged", {"kg": 11.5})], at=SEA_FIX, nd=3),
        mc_queue(APP, rng, [("Track Point", {"n": 3}), ("Back At Buoy", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"miembro": L(MEMBER, UID)}, revenue=720.0,
                 currency="XCG", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="boat,fishing,curacao"),
        cd_crash(APP, rng, ("java.net.UnknownHostException", "api.lanchi.example.net"),
                 [cd_crumb("nav", "Plan -> Live"), cd_crumb("net", "POST", {"status": 0})],
                 screen="PlanLiveActivity"),
        mm_telemetry(APP, rng, [SEA_FIX, MOOR_FIX], PRECISE),
        mm_reverse(APP, rng, MOOR_FIX, PRECISE, nd=5),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "720.00"),
    ]
