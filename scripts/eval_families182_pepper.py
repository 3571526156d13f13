"""A cross-border red-pepper trade app "Kasuwudiffa" (``kasuwu`` market: dried Diffa red
pepper bought from her mother-in-law's suppliers in Diffa, Niger, in CFA francs, trucked through
Damasak and sold at her sister-in-law's stall in Maiduguri's Monday Market in naira; she
finances the trade). Kanuri keys: ``cu``, ``cu_abba``, ``lamba_waya``, ``imel``, ``sirri``,
``lamba_nin``, ``lamba_bvn``, ``bla`` town, ``kasa`` country, ``fato`` house, ``yaa_kwanyi``
my husband's mother, ``lamba_trader`` trader card, ``oda`` order, ``buhu`` bags, ``kilo``,
``kurdi`` money (``kurdi_xof``/``kurdi_ngn``), ``kurdi_pat`` total, ``yiwa`` payment,
``akawun`` account, ``kasuwu`` market, ``kaye`` goods, ``hoto``, ``labar``, ``lamar``,
``nemtu``, ``rasit``, ``luga``. Sign-up, log-in, ``/nyi``, a purchase in Diffa, the XOF payment
to her mother-in-law's wallet, a truck booked from her house, the border declaration, a protobuf
truck beat with her fix in Diffa, the stall stock (msgpack), a sale, prices, the ledger by trader
number in the path, a naira/CFA quote, a photo, a message, a search, the payout account, a
receipt with a base64 JSON preferences cookie, an offline sync (JSON Lines), a complaint, push
and events. Set 136 has a small-traders' border pass (Gatumba/Uvira) and set 152 a pepper
relish; this is a produce trade's ledger across the Niger/Nigeria border."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families182_kit import (
    ACCOUNT,
    BVN,
    DIFFA_AT,
    DIFFA_HOME,
    HOME_AT,
    LOCAL_NAT,
    MARKET,
    MOTHER_IL,
    NIN,
    STALL,
    TRADER,
    fix,
    hd,
    obj,
    push,
)
from eval_families182_sdk import bk_bid, bk_notice, mk_batch, mk_pixel, ty_event, ty_launch
from eval_families182_svc import cn_wallet, hp_message, mp_geocode, mp_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kasuwudiffa", "Kasuwudiffa", "com.example.kasuwudiffa", "1.9.0",
          "https://api.kasuwudiffa.example.net")
IID = "X-Kasuwu-Mashin"
PW = "Tatashe!Diffa26"
NID = "personal.national_id"
ORDER = "KD-OD-26-0412"  # the Diffa purchase (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kr=True, **kw)


def kasuwudiffa() -> list[Case]:
    rng = random.Random(18221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lamba_trader=L(TRADER, UID), lamba_waya=L(E164, TEL)))}
    dla, dlo = fix(DIFFA_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TRADER, UID)), (2, "trk_5521"), (3, 1768200000),
               (4, [(1, L(DIFFA_AT[0], PRECISE)), (2, L(DIFFA_AT[1], PRECISE))]),
               (5, L(77, DEV))], "", lab)
    ledger = at_path(case(f, f"{a}/api/traders/{TRADER}/ledger", headers=_h(rng, **b),
                          query={"wata": "2026-01"}), TRADER, UID)
    return [
        case(f, f"{a}/api/rijista", headers=_h(rng), body={
            "cu": L(FIRST, NAMEC), "cu_abba": L(LAST, NAMEC), "lamba_waya": L(LOCAL_NAT, TEL),
            "imel": L(EMAIL, MAIL), "sirri": L(PW, CRED), "lamba_nin": L(NIN, NID),
            "bla": L("Maiduguri", COARSE), "kasa": L("NG", COARSE),
            "lamba_trader": L(TRADER, UID),
            "yaa_kwanyi": {"cu": L(MOTHER_IL[0], NAMEC), "lamba_waya": L(MOTHER_IL[1], TEL),
                           "bla": L(MOTHER_IL[2], COARSE)}}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "lamba_waya": L(E164, TEL), "sirri": L(PW, CRED)}),
        case(f, f"{a}/api/nyi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/oda/diffa", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "kaye": "tatashe_bushe", "buhu": 40, "kilo": 1000,
            "kurdi_xof": L(1400000, BUY), "currency": "XOF",
            "mai_kaye": {"cu": L(MOTHER_IL[0], NAMEC), "lamba_waya": L(MOTHER_IL[1], TEL)},
            "bla": L("Diffa", COARSE), "kasa": L("NE", COARSE)}),
        case(f, f"{a}/api/yiwa/xof", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "kurdi": L(1400000, BUY), "currency": "XOF",
            "wallet": L(MOTHER_IL[1], f"{TEL}|{PAY}"), "provider": "ne_wallet",
            "ref": rid(rng)}),
        case(f, f"{a}/api/truck", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "truck": "trk_5521", "plate": "DF-8842-NE",
            "fato": L(DIFFA_HOME["line"], "contact.address"), "bla": L("Diffa", COARSE),
            "at": {"lat": dla, "lng": dlo}, "kurdi": L(180000, BUY), "kau": "2026-01-12"}),
        case(f, f"{a}/api/border/declaration", headers=_h(rng, **b), body={
            "lamba_nin": L(NIN, NID), "oda": L(ORDER, BUY), "hs": "0904.21",
            "kilo": 1000, "kurdi_ngn": L(2590000, BUY), "origin": L("Diffa", COARSE),
            "post": "Damasak", "ecowas_trls": True}),
        raw(f, f"{a}/api/truck/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/stock", fmt="msgpack", headers=_h(rng, **b), body={
            "kasuwu": MARKET["id"], "stall": L(STALL, ADDR), "buhu": 40,
            "kaye": [{"iri": "tatashe", "kilo": 1000}], "lamba_trader": L(TRADER, UID)}),
        case(f, f"{a}/api/sales", headers=_h(rng, **b), body={
            "oda": L("KD-SL-26-1133", BUY), "buhu": 6, "kurdi_pat": L(420000, BUY),
            "mai_saye": "walk_in", "kasuwu": MARKET["id"]}),
        case(f, f"{a}/api/prices", headers=_h(rng, **b), query={
            "kasuwu": MARKET["id"], "kaye": "tatashe_bushe", "kau": "2026-01-19"}),
        ledger,
        case(f, f"{a}/api/exchange/quote", fmt="form", headers=_h(rng, **b), body={
            "kurdi_xof": L("1400000", BUY), "to": "NGN", "rate": "2.61", "quote": obj(rng, "q")}),
        multipart(f, f"{a}/api/hoto", [
            ("hoto", "buhu_tatashe.jpg", "image/jpeg", L(JPEG + b"\x57", MEDIA)),
            ("meta", None, "application/json", {"oda": L(ORDER, BUY), "buhu": 40})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/labar", headers=_h(rng, **b), body={
            "to": "stall_c41",
            "labar": L("Kaltumi, buhu 40 Litinin isəna, row C kəlawu ye", TEXT)}),
        case(f, f"{a}/api/nemtu", headers=_h(rng, **b), query={
            "nemtu": L("tatashe kurdi Diffa Maiduguri", SEARCH)}),
        case(f, f"{a}/api/akawun", headers=_h(rng, **b), body={
            "cu_pat": L(f"{FIRST} {LAST}", NAMEC), "akawun": L(ACCOUNT, PAY),
            "lamba_bvn": L(BVN, NID), "banki": "057"}),
        case(f, f"{a}/api/rasit/latest", headers=_h(rng, how="none"), cookies={
            "kd_zaman": L(opaque(rng, "", 40), CRED), "kd_mashin": L(INSTALL_ID, DID),
            "kd_pref": W({"lamba_trader": L(TRADER, UID), "luga": L("kr", DEV)}, "b64json")}),
        lines(f, f"{a}/api/sync", [
            {"op": "sale", "oda": L("KD-SL-26-1134", BUY), "kurdi_pat": L(140000, BUY)},
            {"op": "stock", "buhu": 33, "kam": L(TRADER, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/lamar", headers=_h(rng, **b), body={
            "iri": "border",
            "labar": L("Damasak ye kurdi 15000 ngəwu cinna, rasit ba", TEXT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "kr_NG")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "kam": L(USER_ID, UID), "events": [
                ev("oda_diffa", 1, kurdi=L(1400000, BUY)),
                ev("screen", 2, screen=L("Ledger", USAGE))]}),
    ]


def kasuwudiffa_sdks() -> list[Case]:
    rng = random.Random(18222)
    return [
        mk_batch(APP, rng, [("Order Placed", {"total": L(1400000, BUY)}),
                            ("Truck Booked", {})], at=DIFFA_AT, nd=2, locale="kr_NG"),
        mk_pixel(APP, rng, "Prices Opened", {"market": MARKET["id"]}),
        ty_launch(APP, rng, user=True),
        ty_event(APP, rng, "purchase", {"oda": L(ORDER, BUY)}, revenue=2590000.0),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="market,pepper,trade"),
        bk_notice(APP, rng, "imp"),
        cn_wallet(APP, rng, "1400000", L(MOTHER_IL[1], f"{TEL}|{PAY}"), currency="XOF",
                  provider="ne_wallet"),
        mp_geocode(APP, rng, "Grand Marche Diffa", "behavior.search", near=HOME_AT, nd=3),
        mp_reverse(APP, rng, DIFFA_AT, PRECISE, nd=4),
        hp_message(APP, rng, L(f"Payment for {ORDER} shows pending for two days",
                               f"{TEXT}|{BUY}"), {"lamba_trader": L(TRADER, UID)}),
    ]
