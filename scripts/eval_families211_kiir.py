"""Nile cargo barge app "Dholkiir" (dhol road + kiir the Nile; a barge operator's consignments
from Juba river port to Bor: she ships iron sheets, cement and sorghum for the family's house in
Bor, received by her brother-in-law). Keys are Dinka ASCII-folded with English: ``raan``,
``rin``, ``rin_wun``, ``email``, ``namba_telefon``, ``wel_thiaan``, ``namba_athor``,
``pan_dit``, ``yen``, ``ghoc`` consignment (lit. purchase), ``athor_cath`` waybill (travel
paper), ``kake`` goods (things), ``kuen`` count, ``thiek_kg`` weight, ``weu`` amount /
declared value, ``raan_gam`` receiver, ``te_jot`` delivery place (street line), ``te`` place,
``thura`` photo, ``namba_ngic`` release code, ``jam`` message, ``koor`` search, ``akool`` day,
``thaa`` time, ``ghot`` house, ``kony`` insurance (lit. help), ``riny`` damage, ``thok``
language. Sign-up, log-in, ``/yen``, sailings, the consignment, its payment (mobile money),
a photo of the goods, a check-in at the quay with her fix, a protobuf hand-over scan, tracking
by waybill in the path, a msgpack packing list, insurance, a release code for the receiver,
checkpoint fees, a search, a message to the captain, a damage claim, saved receivers, invoices
by cookie, push, events and a refresh. Sets 120-126 and 171 have passenger ferries and a river
hydrofoil, set 178 a sea-port car clearance; none ships cargo on a river barge."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families211_kit import (
    BARGE,
    BOR_PLOT,
    BOR_PORT,
    BROTHER_IL,
    HUSBAND,
    JUBA_HOME_AT,
    JUBA_PORT,
    LOCAL_PHONE,
    PORT_FIX,
    WAYBILL,
    WORK_PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families211_sdk import (
    bw_bid,
    ct_session,
    ka_batch,
    ka_pixel,
    ty_event,
    ty_launch,
    ty_link,
)
from eval_families211_svc import cw_card, cw_confirm, hl_message, mn_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("dholkiir", "Dholkiir", "com.example.dholkiir", "5.0.3",
          "https://api.dholkiir.example.com")
IID = "X-Dholkiir-Install"
PW = "Barge$Bor2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dholkiir() -> list[Case]:
    rng = random.Random(21131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(LOCAL_PHONE, TEL)))}
    pla, plo = fix(PORT_FIX)
    lab: dict[str, str] = {}
    scan = pb([(1, L(WAYBILL, BUY)), (2, JUBA_PORT["id"]), (3, 1769000000),
               (4, [(1, L(PORT_FIX[0], PRECISE)), (2, L(PORT_FIX[1], PRECISE))]),
               (5, L(USER_ID, UID))], "", lab)
    photo = at_path(multipart(f, f"{a}/v1/ghoc/{WAYBILL}/thura", [
        ("thura", "sheets.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
        ("meta", None, "application/json", {"kake": "iron sheets", "kuen": 40})],
        headers=_h(rng, auth="bearer")), WAYBILL, BUY)
    track = at_path(case(f, f"{a}/v1/ghoc/{WAYBILL}/track", headers=_h(rng, **b)), WAYBILL, BUY)
    return [
        case(f, f"{a}/v1/raan", headers=_h(rng), body={
            "rin": L(FIRST, NAMEC), "rin_wun": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "namba_telefon": L(LOCAL_PHONE, TEL), "wel_thiaan": L(PW, CRED),
            "namba_athor": L(WORK_PERMIT, NID), "pan_dit": L("Juba", COARSE)}),
        case(f, f"{a}/v1/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "wel_thiaan": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sailings", headers=_h(rng, **b), query={
            "from": JUBA_PORT["id"], "to": BOR_PORT["id"], "akool": "2026-01-27"}),
        case(f, f"{a}/v1/ghoc", headers=_h(rng, **b), body={
            "athor_cath": L(WAYBILL, BUY), "barge": BARGE["id"], "akool": "2026-01-27",
            "kake": [{"kind": "iron sheets 28g", "kuen": 40}, {"kind": "cement 50kg", "kuen": 30},
                     {"kind": "sorghum sack", "kuen": 10}],
            "thiek_kg": 2350, "weu": L(1850000, BUY), "currency": "SSP",
            "raan_gam": {"rin": L(BROTHER_IL[0], NAMEC), "namba_telefon": L(BROTHER_IL[1], TEL)},
            "te_jot": {"line": L(BOR_PLOT["line"], ADDR), "pan_dit": L(BOR_PLOT["town"], COARSE)},
            "ghot": "house build"}),
        case(f, f"{a}/v1/pay", fmt="form", headers=_h(rng, **b), body={
            "athor_cath": L(WAYBILL, BUY), "weu": L("1850000", BUY), "currency": "SSP",
            "wallet": L(LOCAL_PHONE, TEL), "method": L(opaque(rng, "pm_", 24), PAY)}),
        photo,
        case(f, f"{a}/v1/quay/checkin", headers=_h(rng, **b), body={
            "athor_cath": L(WAYBILL, BUY), "te": {"lat": pla, "lng": plo, "acc": 7},
            "port": {"id": JUBA_PORT["id"], "lat": JUBA_PORT["lat"], "lng": JUBA_PORT["lon"]}}),
        raw(f, f"{a}/v1/handover", scan, "application/x-protobuf", lab, headers=_h(rng, **b)),
        track,
        case(f, f"{a}/v1/ghoc/packing", fmt="msgpack", headers=_h(rng, **b), body={
            "athor_cath": L(WAYBILL, BUY), "lines": [
                {"line": obj(rng, "ln"), "kake": "iron sheets", "weu": L(960000, BUY)},
                {"line": obj(rng, "ln"), "kake": "cement", "weu": L(690000, BUY)},
                {"line": obj(rng, "ln"), "kake": "sorghum", "weu": L(200000, BUY)}]}),
        case(f, f"{a}/v1/kony", headers=_h(rng, **b), body={
            "athor_cath": L(WAYBILL, BUY), "cover": L(1850000, BUY), "premium": L(37000, BUY),
            "plan": "river_basic"}),
        case(f, f"{a}/v1/release", fmt="form", headers=_h(rng, **b), body={
            "athor_cath": L(WAYBILL, BUY), "namba_ngic": L("7731", CRED),
            "raan_gam_telefon": L(BROTHER_IL[1], TEL)}),
        case(f, f"{a}/v1/checkpoints/fees", headers=_h(rng, **b), query={
            "athor_cath": L(WAYBILL, BUY), "route": "juba-mangalla-bor"}),
        case(f, f"{a}/v1/koor", headers=_h(rng, **b), query={
            "koor": L("next barge to Bor with space for cement", SEARCH)}),
        case(f, f"{a}/v1/jam", headers=_h(rng, **b), body={
            "to": "captain_" + BARGE["id"],
            "jam": L("At Bor please call my husband Garang Mabior Deng, +211921550184, if "
                     "Majok is not at the port.", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/claims", headers=_h(rng, **b), body={
            "athor_cath": L(WAYBILL, BUY), "riny": "5 sheets bent", "weu": L(120000, BUY),
            "jam": L("Five sheets were bent when they were offloaded at Bor.", TEXT)}),
        case(f, f"{a}/v1/receivers", headers=_h(rng, **b), body={
            "saved": [{"rin": L(BROTHER_IL[0], NAMEC), "namba_telefon": L(BROTHER_IL[1], TEL)},
                      {"rin": L(HUSBAND[0], NAMEC), "namba_telefon": L(HUSBAND[1], TEL)}]}),
        case(f, f"{a}/v1/invoices", headers=_h(rng, how="none"), cookies={
            "dk_session": L(opaque(rng, "", 40), CRED), "dk_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "raan": L(USER_ID, UID), "events": [
                ev("consignment_booked", 1, kuen=3), ev("screen", 2, screen=L("Tracking", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "phone": L(E164, TEL)}),
    ]


def dholkiir_sdks() -> list[Case]:
    rng = random.Random(21132)
    link = U("https://dholkiir.example.com/t", {"wb": L(WAYBILL, BUY), "src": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        ka_batch(APP, rng, [("Consignment Booked", {"value": L(1850000, BUY)}),
                            ("Quay Check-in", {"port": JUBA_PORT["id"]})], at=PORT_FIX, nd=3),
        ka_pixel(APP, rng, "Tracking Opened", {"barge": BARGE["id"]}),
        ty_launch(APP, rng, first=True),
        ty_link(APP, rng, link),
        ty_event(APP, rng, "purchase", {"athor_cath": L(WAYBILL, BUY)}, revenue=1850000.0,
                 hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="cement,building,transport"),
        ct_session(APP, rng, secs=604),
        cw_card(APP, rng, email=True),
        cw_confirm(APP, rng, "37000"),
        mn_telemetry(APP, rng, [PORT_FIX, JUBA_HOME_AT], PRECISE),
        hl_message(APP, rng, L(f"Waybill {WAYBILL} still shows at Mangalla", f"{TEXT}|{BUY}"),
                   {"athor_cath": L(WAYBILL, BUY)}),
    ]
