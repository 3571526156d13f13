"""Whale-watching tour app "Tohora" (a licensed operator's humpback tours off Moorea; keys in reo
Tahiti: ``ioa`` / ``ioa_utuafare`` names, ``rata_uira`` e-mail, ``niuniu`` phone, ``parau_huna``
password, ``tere`` tour, ``tapearaa`` booking, ``ratere`` travellers, ``matahiti`` age,
``parahiraa`` seats, ``tino_moni`` total, ``moni`` amount, ``aufauraa`` payment, ``hapu``
pregnant, ``mafatu`` heart, ``mai_moana`` seasickness, ``hopu`` swim, ``tapao_rima``
signature, ``vahi`` place, ``hiti`` sighting, ``poti`` boat, ``hohoa`` photo, ``faito`` rating,
``manao`` opinion, ``imiraa`` search, ``ohipa_taoa`` gift, ``poroi`` message, ``tumu`` reason,
``tapao`` points): sign-up, an OAuth password grant, ``/ou``, tours, the booking for the three of
them, the payment, the swim waiver (her health answers), the check-in at the quay, a protobuf
sighting beat from the boat, the boat's track (msgpack), a whale-fluke photo, the boat's Wi-Fi, a
review, a search, the receipt by booking number in the path, a gift card for her sister, points
by cookie, a message to the skipper, a refund request, push, events, a refresh. Set 104's dive
app logs whales seen underwater; Tohora is a surface tour with a swim waiver and no dive log."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families159_kit import (
    BOAT_FIX,
    HOME_AT,
    HUSBAND,
    OPERATOR,
    QUAY,
    SISTER_US,
    SON,
    TOUR,
    fix,
    hd,
    obj,
    push,
)
from eval_families159_sdk import (
    bm_bid,
    bm_notice,
    cm_session,
    mt_batch,
    mt_queue,
    tv_event,
    tv_launch,
    tv_link,
)
from eval_families159_svc import cp_card, cp_confirm, mo_route, mo_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("tohora", "Tohora", "com.example.tohora", "2.4.0", "https://api.tohora.example.com")
IID = "X-Tohora-Device"
PW = "Tohora#Vaiare25"
QUAY_FIX = (-17.522761, -149.775433)  # her phone at the quay's check-in desk
BOAT_SSID, BOAT_BSSID = "Poti-Teva-Guest", "d8:07:b6:5c:11:9e"  # the boat's Wi-Fi (joined: wifi)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def tohora() -> list[Case]:
    rng = random.Random(15911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rata_uira=L(EMAIL, MAIL), tapao=340))}
    qla, qlo = fix(QUAY_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TOUR, BUY)), (2, 1765872000),
               (3, [(1, L(BOAT_FIX[0], PRECISE)), (2, L(BOAT_FIX[1], PRECISE)), (3, 6.0)]),
               (4, "metua_e_te_fanau"), (5, L(64, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/v2/tapearaa/{TOUR}/rite", headers=_h(rng, **b)), TOUR, BUY)
    return [
        case(f, f"{a}/v2/tapaoraa", headers=_h(rng), body={
            "ioa": L(FIRST, NAMEC), "ioa_utuafare": L(LAST, NAMEC),
            "rata_uira": L(EMAIL_MIXED, MAIL), "niuniu": L(NATIONAL, TEL),
            "parau_huna": L(PW, CRED), "mahana_fanauraa": L(DOB, BIRTH), "reo": "en"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tohora-android"}),
        case(f, f"{a}/v2/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tere", headers=_h(rng, **b), query={
            "mahana": "2025-12-16", "motu": "Moorea", "taata": "3"}),
        case(f, f"{a}/v2/tapearaa", headers=_h(rng, **b), body={
            "tere": "tr_am_1216", "poti": "poti_teva", "tapearaa": L(TOUR, BUY),
            "ratere": [{"ioa": L(f"{FIRST} {LAST}", NAMEC), "matahiti": L(34, BIRTH)},
                       {"ioa": L(HUSBAND[0], NAMEC)},
                       {"ioa": L(KID, NAMEC), "matahiti": L(5, BIRTH)}],
            "parahiraa": 3, "tino_moni": L(29700, BUY), "faito_moni": "XPF"}),
        case(f, f"{a}/v2/aufauraa", fmt="form", headers=_h(rng, **b), body={
            "tapearaa": L(TOUR, BUY), "moni": L("29700", BUY), "faito_moni": "XPF",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "maha_hopea": L("4444", PAY)}),
        case(f, f"{a}/v2/hopu/parau", headers=_h(rng, **b), body={
            "tapearaa": TOUR, "hopu": True, "hapu": L(False, MED), "mafatu": L(False, MED),
            "mai_moana": L("e, e inu au i te raau", MED), "ite_au": True,
            "tapao_rima": L(f"{FIRST} {LAST}", NAMEC), "tamarii_hopu": False}),
        case(f, f"{a}/v2/tomo", headers=_h(rng, **b), body={
            "tapearaa": L(TOUR, BUY), "vahi": {"lat": qla, "lng": qlo, "acc": 9},
            "uahu": {"id": QUAY["id"], "lat": QUAY["lat"], "lng": QUAY["lon"]},
            "tomo_id": obj(rng, "tm")}),
        raw(f, f"{a}/v2/hiti", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/poti/ea", fmt="msgpack", headers=_h(rng, **b), body={
            "taata": L(USER_ID, UID), "tapearaa": L(TOUR, BUY),
            "vahi": [{"lat": L(round(BOAT_FIX[0] - 0.0017 * i, 6), PRECISE),
                      "lng": L(round(BOAT_FIX[1] + 0.0022 * i, 6), PRECISE),
                      "t": 1765871700 + 120 * i} for i in range(3)],
            "tohora": {"lat": -17.4891, "lng": -149.8197, "rahi": 2}}),
        multipart(f, f"{a}/v2/hohoa", [
            ("hohoa", "fluke.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {"tapearaa": L(TOUR, BUY), "aero": "T-0212",
                                                "manao": L("Ua hiti oia e piti taime!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/wifi", headers=_h(rng, **b), body={
            "ssid": L(BOAT_SSID, WIFI), "bssid": L(BOAT_BSSID, WIFI),
            "ip_roto": L("10.8.0.23", DEV), "tapearaa": L(TOUR, BUY), "minuti": 90}),
        case(f, f"{a}/v2/manao", fmt="form", headers=_h(rng, **b), body={
            "poti": "poti_teva", "faito": "5",
            "manao": L("Ua mai moana vau i te hoe hora, area ra e mea nehenehe roa te tohora.",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/imiraa", headers=_h(rng, **b), query={
            "imiraa": L("hopu e te tohora e te tamarii", SEARCH), "api": "1"}),
        receipt,
        case(f, f"{a}/v2/ohipa_taoa", headers=_h(rng, **b), body={
            "ia_tae": {"ioa": L(SISTER_US[0], NAMEC), "rata_uira": L(SISTER_US[2], MAIL)},
            "poroi": L("Emily, a haere mai i Moorea, e hiti taua i te tohora!", TEXT),
            "moni": L(9900, BUY), "tapao": opaque(rng, "GC", 8)}),
        case(f, f"{a}/v2/tapao", headers=_h(rng, how="none"), cookies={
            "th_sesi": L(opaque(rng, "", 40), CRED), "th_device": L(INSTALL_ID.upper(), DID),
            "th_req": rid(rng)}),
        case(f, f"{a}/v2/poroi", headers=_h(rng, **b), body={
            "ia_tae": "skipper_" + OPERATOR["id"],
            "poroi": L("Ua roaa ia matou te pahi 7:30, to'u niuniu +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/faahoi", fmt="form", headers=_h(rng, **b), body={
            "tapearaa": L(TOUR, BUY), "moni": L("9900", BUY),
            "tumu": L("Ua mai ta'u tamaiti, e fiva to'na", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/tupuraa", gz=True, headers=_h(rng, **b), body={
            "taata": L(USER_ID, UID), "tupuraa": [
                ev("tapearaa", 1, tere="tr_am_1216"), ev("aufauraa", 2, moni=L(29700, BUY)),
                ev("hiti", 3, hiti=L("HitiOra", USAGE))]}),
        case(f, f"{a}/v2/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "device": L(INSTALL_ID.upper(), DID)}),
    ]


def tohora_sdks() -> list[Case]:
    rng = random.Random(15912)
    link = U("https://tohora.example.com/t", {"tapearaa": L(TOUR, BUY), "ref": "rata",
                                              "em": L(EMAIL, MAIL)})
    return [
        mt_batch(APP, rng, [("Tour Booked", {"total": L(29700, BUY)}),
                            ("Whale Sighted", {"count": 2})], at=BOAT_FIX, nd=3),
        mt_queue(APP, rng, [("Sighting Beat", {"n": 4}), ("Photo Saved", {})]),
        tv_launch(APP, rng, first=True),
        tv_link(APP, rng, link),
        tv_event(APP, rng, "purchase", {"tapearaa": L(TOUR, BUY)}, revenue=29700.0,
                 currency="XPF", hashed=True),
        bm_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=BOAT_FIX, nd=2,
               keywords="whales,moorea,ocean"),
        bm_notice(APP, rng, "imp"),
        cm_session(APP, rng, secs=1830),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "29700"),
        mo_route(APP, rng, [(HOME_AT, PRECISE), ((QUAY["lat"], QUAY["lon"]), None)]),
        mo_telemetry(APP, rng, [BOAT_FIX, QUAY_FIX], PRECISE),
    ]
