"""A winter sweater-market seller app "Tshongra" (every winter Tenzin's family from the Bylakuppe
settlement sells woollens at a Tibetan winter market in Mysuru; she runs the app for the stall).
Keys are Tibetan in the simplified phonetic spelling with English: ``tshongpa`` /
``tshongpa_ang`` seller / seller number, ``tshongkhang`` stall, ``tshal`` lot, ``tshongzog``
stock, ``tshongdro`` sales, ``nyokhen`` buyer, ``rig`` kind, ``grangs`` count, ``ringong``
price, ``dom`` total, ``tongkhen`` supplier or sender, ``mota`` truck, ``lenkhen`` receiver,
``gst`` / ``pan`` tax numbers, ``khral`` tax, ``rogpa`` partner, ``ne`` / ``tha`` from / to,
``bilti`` (Hindi) consignment note, ``ngulkhang`` bank, ``tsikhra`` account, ``tsogpa``
association, ``lonthro`` dues, ``shutug`` complaint, ``shichag`` settlement, ``camp``, and the
set's common words (``ming``, ``lokthrin``, ``khapar``, ``sang_ang``, ``debjang``, ``sane``,
``ngul``, ``ngultro``, ``thrinyig``, ``yige``, ``tsol``, ``jungwa``): seller sign-up (Tenzin as
co-owner with his Green Book, his GSTIN, the camp), an SMS code, ``/nga``, the stall lot, the
stall rent by UPI, the arrival at the stall with her fix, the stock from the wholesaler, sales
queued offline (msgpack), a JSON Lines sync, the GST return (gzip; his PAN), the payout account,
payouts, a stock photo, a truck from the aunt's house in Camp 4 to Mysuru, a message to the
association desk, sales by seller number in the path, the stall's electricity meter reading, the
association dues, a complaint, a search, push, events and a token refresh. Set 79 sells knitwear
online; here it is a seasonal refugee market stall (lot, association, truck, GST return)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families186_kit import (
    AUNT,
    BYLAKUPPE_AT,
    GREENBOOK_H,
    GSTIN_H,
    HUSBAND,
    IFSC,
    IN_ACCOUNT,
    MARKET,
    PAN_H,
    SELLER,
    STALL_FIX,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families186_sdk import lt_event, lt_launch, ts_batch, ts_identify
from eval_families186_svc import fd_eval, hk_message, ms_geocode, pd_register, pn_upi
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tshongra", "Tshongra", "com.example.tshongra", "2.0.5",
          "https://api.tshongra.example.net")
IID = "X-Tshongra-Install"
NID = "personal.national_id"
BUYER_PHONE = "+919845012673"  # a customer's number she types for a UPI receipt (contact.phone)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tshongra() -> list[Case]:
    rng = random.Random(18631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tshongpa=L(SELLER, UID), khapar=L(E164, TEL)))}
    sla, slo = fix(STALL_FIX)
    sales = at_path(case(f, f"{a}/v2/tshongpa/{SELLER}/tshongdro", headers=_h(rng, **b),
                         query={"ne": "2025-11-15", "tha": "2026-01-31"}), SELLER, UID)
    return [
        case(f, f"{a}/v2/tshongpa", headers=_h(rng), body={
            "ming": L(f"{FIRST} {LAST}", NAMEC), "lokthrin": L(EMAIL, MAIL),
            "khapar": L(E164, TEL), "tshongpa_ang": L(SELLER, UID),
            "rogpa": {"ming": L(HUSBAND[0], NAMEC), "khapar": L(HUSBAND[1], TEL),
                       "debjang": L(GREENBOOK_H, NID)},
            "gst": L(GSTIN_H, NID), "shichag": L("Bylakuppe", COARSE),
            "camp": L("Camp 4", COARSE), "tsogpa": "mys-winter-sellers"}),
        case(f, f"{a}/v2/zhug/sms", fmt="form", headers=_h(rng), body={
            "khapar": L(E164, TEL), "sang_ang": L("550291", CRED)}),
        case(f, f"{a}/v2/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tshongkhang/tshal", headers=_h(rng, **b), query={
            "tshongpa": L(SELLER, UID), "lo": "2025-26", "market": MARKET["id"]}),
        case(f, f"{a}/v2/tshongkhang/ngultro", fmt="form", headers=_h(rng, **b), body={
            "tshongpa": L(SELLER, UID), "tshal": "C-17", "ngul": L("42000", BUY),
            "upi": L(UPI, PAY)}),
        case(f, f"{a}/v2/sleb", headers=_h(rng, **b), body={
            "tshongpa": L(SELLER, UID), "sane": {"lat": sla, "lng": slo, "acc": 12},
            "market": {"id": MARKET["id"], "lat": MARKET["lat"], "lng": MARKET["lon"]}}),
        case(f, f"{a}/v2/tshongzog", headers=_h(rng, **b), body={
            "tshongpa": L(SELLER, UID), "tongkhen": "Ludhiana Knit House",
            "bilti": "LKH-77120", "zog": [
                {"rig": "wool cardigan", "grangs": 120, "ringong": 380},
                {"rig": "kids pullover", "grangs": 80, "ringong": 240},
                {"rig": "yak-wool shawl", "grangs": 30, "ringong": 900}],
            "dom": L(91800, BUY)}),
        case(f, f"{a}/v2/tshongdro/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "tshongpa": L(SELLER, UID), "tshongdro": [
                {"id": obj(rng, "sl"), "rig": "wool cardigan", "ringong": L(950, BUY)},
                {"id": obj(rng, "sl"), "rig": "kids pullover", "ringong": L(600, BUY),
                 "nyokhen_khapar": L(BUYER_PHONE, TEL)}],
            "dom": L(1550, BUY)}),
        lines(f, f"{a}/v2/sync", [
            {"op": "zog", "rig": "wool cardigan", "grangs": 118, "by": L(SELLER, UID)},
            {"op": "tshong", "nyo": L("TSR-S-20260114-31", BUY), "dom": L(1550, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/gst/thotho", gz=True, headers=_h(rng, **b), body={
            "gst": L(GSTIN_H, NID), "pan": L(PAN_H, NID), "dus": "2025-Q4",
            "tshongdro": L(684000, BUY), "khral": L(34200, BUY), "tshongpa": L(SELLER, UID)}),
        case(f, f"{a}/v2/ngulkhang", headers=_h(rng, **b), body={
            "ming": L(f"{FIRST} {LAST}", NAMEC), "tsikhra": L(IN_ACCOUNT, PAY), "ifsc": IFSC,
            "upi": L(UPI, PAY), "tshongpa": L(SELLER, UID)}),
        case(f, f"{a}/v2/ngulkhang/tongsa", headers=_h(rng, **b), query={
            "tshongpa": L(SELLER, UID)}),
        multipart(f, f"{a}/v2/tshongzog/par", [
            ("par", "cardigans_rack.jpg", "image/jpeg", L(JPEG + b"\x3b", MEDIA)),
            ("meta", None, "application/json", {"rig": "wool cardigan", "ringong": 950})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mota", headers=_h(rng, **b), body={
            "ne": {"lat": L(BYLAKUPPE_AT[0], PRECISE), "lng": L(BYLAKUPPE_AT[1], PRECISE),
                   "camp": L("Camp 4", COARSE)},
            "tha": {"id": MARKET["id"], "lat": MARKET["lat"], "lng": MARKET["lon"]},
            "tsedrang": "2025-11-12", "ringong": L(6500, BUY),
            "tongkhen": {"ming": L(AUNT[0], NAMEC), "khapar": L(AUNT[1], TEL)}}),
        case(f, f"{a}/v2/thrinyig", headers=_h(rng, **b), body={
            "la": "tsogpa_desk",
            "yige": L("Please call Tenzin Norbu on +919816044127 about the stall electricity",
                      f"{TEXT}|{NAMEC}|{TEL}")}),
        sales,
        case(f, f"{a}/v2/tshongkhang/glog", fmt="form", headers=_h(rng, **b), body={
            "tshongpa": L(SELLER, UID), "tshal": "C-17", "meter": "MYS-WM-C17",
            "unit": "412.6"}),
        case(f, f"{a}/v2/tsogpa/lonthro", fmt="form", headers=_h(rng, **b), body={
            "tshongpa": L(SELLER, UID), "ngul": L("1500", BUY), "lo": "2025-26"}),
        case(f, f"{a}/v2/shutug", headers=_h(rng, **b), body={
            "rig": "municipal_fine",
            "yige": L("The corporation fined our lot C-17 for the awning, other lots were not "
                      "fined", TEXT)}),
        case(f, f"{a}/v2/tsol", headers=_h(rng, **b), query={
            "tsol": L("heavy wool cardigan wholesale", SEARCH)}),
        case(f, f"{a}/v2/yoche", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/jungwa", gz=True, headers=_h(rng, **b), body={
            "chokhen": L(USER_ID, UID), "jungwa": [
                ev("tshong", 1, dom=L(1550, BUY)), ev("nyenngo", 2, nyenngo=L("Zog", USAGE))]}),
        case(f, f"{a}/v2/token/sarje", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yoche": L(INSTALL_ID, DID)}),
    ]


def tshongra_sdks() -> list[Case]:
    rng = random.Random(18632)
    return [
        ts_batch(APP, rng, [("Sale Recorded", {"total": L(950, BUY)}),
                            ("Stock Counted", {"items": 3})], at=STALL_FIX, nd=2),
        ts_identify(APP, rng, {"shichag": L("Bylakuppe", COARSE), "tshongpa": L(SELLER, UID),
                               "season": "2025-26"}),
        lt_launch(APP, rng, user=True),
        lt_event(APP, rng, "stall_paid", {"tshal": "C-17"}, revenue=42000.0),
        fd_eval(APP, rng, {"market": MARKET["id"], "drongkhyer": L("Mysuru", COARSE)}),
        pd_register(APP, rng, at=STALL_FIX, nd=2, tags={"market": MARKET["id"]}),
        pn_upi(APP, rng, "950", L(UPI, PAY), msisdn=L(E164, TEL)),
        ms_geocode(APP, rng, "Mysuru transport nagar", SEARCH, near=STALL_FIX, nd=3),
        hk_message(APP, rng, L("Payout for 14 January is missing", TEXT),
                   {"tshongpa": L(SELLER, UID)}),
    ]


__all__ = ["tshongra", "tshongra_sdks"]
