"""Second-hand clothing (kaunjika) bale app "Kaunjika Bale" of a Mzuzu wholesaler: she runs a
kaunjika stall at Mzuzu's main market, reserves and buys bales, films the bale opening, sorts it
into grades, logs her sales and pays the market levy. Its API's keys are Chitumbuka:
``lembeska`` register, ``njira`` log in, ``ine`` me, ``zina``, ``zina_la_fuko``, ``imelo``,
``foni``, ``mazgu_ghachisisi`` password, ``chiphaso`` ID document number, ``msumba`` town,
``msika`` market, ``sitolo`` stall, ``belo`` / ``mabelo`` bale / bales, ``mtundu`` kind or grade,
``unyinji`` quantity, ``mtengo`` price, ``ndalama`` amount, ``ndalama_zonse`` total,
``malipiro`` payment, ``risiti`` receipt, ``oda`` order, ``kusunga`` reserve (lit. keep),
``kupeleka`` delivery, ``kokuluta`` destination, ``kuvundula`` opening (a bale),
``vyakuguliska`` sales, ``chinthu`` item, ``wakugula`` buyer, ``makasitomala`` customers,
``kasitomala`` customer, ``uthenga`` message, ``penja`` search, ``makani`` news,
``zuwa`` date, ``vyakuchitika`` events, ``fuma`` log out. Sign-up with her tax number, a log-in,
``/ine``, the catalogue, a bale reserved, the order and its payment, the receipt by order number in
the path, the bale-opening video, the sorting, a sales log, an offline sync (JSON Lines), the
stall opened with her fix, a daily till (msgpack), a protobuf depot gate pass, the market levy,
a search, a complaint to the depot, the payout account, a customer's reserved suit, news by
cookie, the pick-up delivery, push, events and a log-out. No earlier set has kaunjika or a
second-hand clothing bale trade (a docstring grep for "kaunjika", "used cloth" and "thrift" found
nothing); set 133's "Kitoko Wax" buys bales of new wax prints for a stall and set 100's
"Bookswapa" swaps second-hand textbooks: here she buys, opens and grades bales of used clothes."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    EMAIL_UPPER,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
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
from eval_families208_kit import (
    DEPOT,
    MARKET,
    MW_ACCOUNT,
    MW_LOCAL,
    MW_PHONE,
    PERMIT,
    STALL_FIX,
    TRADER,
    fix,
    hd,
    obj,
    push,
)
from eval_families208_sdk import (
    bc_bid,
    bc_notice,
    mn_batch,
    mn_identify,
    mn_pixel,
    tv_event,
    tv_launch,
)
from eval_families208_svc import cs_wallet, fz_eval, hu_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kaunjika", "Kaunjika Bale", "com.example.kaunjikabale", "3.0.7",
          "https://api.kaunjika.example.com")
IID = "X-Kaunjika-Device"
PW = "Belo!Msika2026"
NID = "personal.national_id"
TPIN = "70418227"  # her Malawi taxpayer number (personal.national_id)
BALE_ORDER = "KB-OD-55180"  # her bale order (financial.purchase)
STALL = "C-114"  # the market's stall number (a public place: negative)
CUSTOMER = ("Chikondi Banda", "+265994630218")  # a regular customer, typed by her


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tum=True, **kw)


def kaunjika() -> list[Case]:
    rng = random.Random(20831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, trader=L(TRADER, UID), foni=L(MW_PHONE, TEL)))}
    sla, slo = fix(STALL_FIX)
    bale = obj(rng, "bl")
    lab: dict[str, str] = {}
    gate = pb([(1, L(TRADER, UID)), (2, DEPOT["id"]), (3, 1768636800),
               (4, L(BALE_ORDER, BUY)), (5, 2)], "", lab)
    receipt = at_path(case(f, f"{a}/api/oda/{BALE_ORDER}/risiti", headers=_h(rng, **b)),
                      BALE_ORDER, BUY)
    return [
        case(f, f"{a}/api/lembeska", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_la_fuko": L(LAST, NAMEC), "imelo": L(EMAIL, MAIL),
            "foni": L(MW_PHONE, TEL), "mazgu_ghachisisi": L(PW, CRED),
            "chiphaso": L(PERMIT, NID), "tpin": L(TPIN, NID), "msika": MARKET["id"],
            "sitolo": STALL, "msumba": L("Mzuzu", COARSE), "trader": L(TRADER, UID)}),
        case(f, f"{a}/api/njira", fmt="form", headers=_h(rng), body={
            "imelo": L(EMAIL_UPPER, MAIL), "mazgu_ghachisisi": L(PW, CRED)}),
        case(f, f"{a}/api/ine", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/mabelo", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "mtundu": "ladies_tops_A", "peji": "1"}),
        case(f, f"{a}/api/mabelo/{bale}/kusunga", fmt="form", headers=_h(rng, **b), body={
            "trader": L(TRADER, UID), "maora": "24"}),
        case(f, f"{a}/api/oda", headers=_h(rng, **b), body={
            "oda": L(BALE_ORDER, BUY), "depot": DEPOT["id"],
            "mabelo": [{"belo": bale, "mtundu": "ladies_tops_A", "kg": 45, "mtengo": 185000},
                       {"belo": obj(rng, "bl"), "mtundu": "kids_jeans", "kg": 50,
                        "mtengo": 210000}],
            "ndalama_zonse": L(395000, BUY), "trader": L(TRADER, UID),
            "kupeleka": {"kokuluta": MARKET["id"], "sitolo": STALL, "foni": L(MW_PHONE, TEL)}}),
        case(f, f"{a}/api/malipiro", fmt="form", headers=_h(rng, **b), body={
            "oda": L(BALE_ORDER, BUY), "ndalama": L("395000", BUY), "ndalama_za": "MWK",
            "wallet": L(MW_LOCAL, TEL), "method": L(opaque(rng, "pm_", 24), PAY)}),
        receipt,
        multipart(f, f"{a}/api/mabelo/{bale}/kuvundula", [
            ("video", "kuvundula.mp4", "video/mp4", L(MP4 + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"vinthu": 312, "trader": L(TRADER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mabelo/{bale}/mitundu", headers=_h(rng, **b), body={
            "A": 188, "B": 97, "C": 27, "vyakunyeka": 11, "trader": L(TRADER, UID)}),
        case(f, f"{a}/api/vyakuguliska", headers=_h(rng, **b), body={
            "zuwa": "2026-01-17", "sitolo": STALL,
            "vinthu": [{"chinthu": "jinzi", "mtengo": 6500}, {"chinthu": "bulauzi",
                                                              "mtengo": 3000}],
            "ndalama_zonse": L(41500, BUY), "trader": L(TRADER, UID)}),
        lines(f, f"{a}/api/sync", [
            {"op": "sale", "line": obj(rng, "sl"), "total": L(9500, BUY), "by": L(TRADER, UID)},
            {"op": "stock", "grade": "A", "left": 121, "by": L(TRADER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sitolo/kujula", headers=_h(rng, **b), body={
            "sitolo": STALL, "malo": {"lat": sla, "lng": slo, "acc": 7},
            "msika": {"id": MARKET["id"], "lat": MARKET["lat"], "lng": MARKET["lon"]}}),
        case(f, f"{a}/api/sitolo/till", fmt="msgpack", headers=_h(rng, **b), body={
            "zuwa": "2026-01-17", "ndalama_zonse": L(41500, BUY), "cash": L(29000, BUY),
            "mobile": L(12500, BUY), "trader": L(TRADER, UID)}),
        raw(f, f"{a}/api/depot/geti", gate, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/msika/levy", fmt="form", headers=_h(rng, **b), body={
            "sitolo": STALL, "ndalama": L("500", BUY), "zuwa": "2026-01-17",
            "tpin": L(TPIN, NID)}),
        case(f, f"{a}/api/penja", headers=_h(rng, **b), query={
            "penja": L("mabelo gha majinzi gha wana", SEARCH)}),
        case(f, f"{a}/api/uthenga", headers=_h(rng, **b), body={
            "ku": DEPOT["id"], "oda": L(BALE_ORDER, BUY),
            "uthenga": L("Belo la majinzi lili na vinthu 11 vyakunyeka, nkhukhumba kuwezgerwa "
                         "ndalama", TEXT)}),
        case(f, f"{a}/api/payout/account", headers=_h(rng, **b), body={
            "zina": L(f"{FIRST} {LAST}", NAMEC), "account": L(MW_ACCOUNT, PAY),
            "bank": "Example Bank Malawi", "trader": L(TRADER, UID)}),
        case(f, f"{a}/api/makasitomala", headers=_h(rng, **b), body={
            "kasitomala": {"zina": L(CUSTOMER[0], NAMEC), "foni": L(CUSTOMER[1], TEL)},
            "chinthu": "suti ya buluu", "deposit": L(5000, BUY), "zuwa": "2026-01-24"}),
        case(f, f"{a}/api/makani", headers=_h(rng, how="none"), cookies={
            "kb_session": L(opaque(rng, "", 40), CRED), "kb_device": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/api/kupeleka", headers=_h(rng, **b), body={
            "oda": L(BALE_ORDER, BUY), "kufuma": DEPOT["id"], "kokuluta": MARKET["id"],
            "galimoto": "matola", "ndalama": L(8000, BUY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/vyakuchitika", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "vyakuchitika": [
                ev("bale_reserved", 1), ev("screen", 2, screen=L("Vyakuguliska", USAGE))]}),
        case(f, f"{a}/api/fuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kaunjika_sdks() -> list[Case]:
    rng = random.Random(20832)
    return [
        mn_batch(APP, rng, [("Bale Ordered", {"total": L(395000, BUY)}),
                            ("Stall Opened", {"stall": STALL})], at=STALL_FIX, nd=3),
        mn_identify(APP, rng, {"msumba": L("Mzuzu", COARSE), "trader": L(TRADER, UID),
                               "mabelo": 2}),
        mn_pixel(APP, rng, "Catalogue Opened", {"grade": "ladies_tops_A"}),
        tv_launch(APP, rng, user=True),
        tv_event(APP, rng, "purchase", {"oda": L(BALE_ORDER, BUY)}, revenue=395000.0,
                 hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="clothes,market,mzuzu"),
        bc_notice(APP, rng, "win"),
        cs_wallet(APP, rng, "41500", L(MW_PHONE, TEL)),
        fz_eval(APP, rng, {"market": MARKET["id"], "role": "trader"}),
        hu_message(APP, rng, L(f"Oda {BALE_ORDER} yindafike", f"{TEXT}|{BUY}"),
                   {"trader": L(TRADER, UID)}),
    ]
