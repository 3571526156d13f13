"""Zebu livestock-market app "Ombyvaro" (the Tsiroanomandidy cattle market): she sells one of the
family's oxen. Log-in, the seller's profile with her identity card, an ox listed with its
passport and photos, the market day's check-in at the market, offers, the sale to a buyer she
types in, the commune's transfer fee, the receipt by number in the path, a vet certificate, a
transport booking, a price search, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families107_kit import (
    BUYER,
    FIELD_AT,
    MARKET,
    MARKET_FIX,
    MG_PHONE,
    MG_PHONE_NAT,
    OX,
    RESIDENT_CARD,
    SALE,
    fix,
    obj,
)
from eval_families107_sdk import bt_bid, ck_crash, ck_crumb, ly_batch, ly_queue, sf_event
from eval_families107_svc import ca_save, cv_message, mz_geocode, pf_register, pv_confirm
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ombyvaro", "Ombyvaro", "mg.example.ombyvaro", "4.1.0", "https://api.ombyvaro.example.com")
IID = "X-Omby-Install"
PASS = "Omby-mavo-2019"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def ombyvaro() -> list[Case]:
    rng = random.Random(10741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, name=L(f"{FIRST} {LAST}", NAMEC)))}
    lst = obj(rng, "lst", 10)
    mla, mlo = fix(MARKET_FIX, 6)
    rc = at_path(case(f, f"{a}/v1/sales/{SALE}/receipt", headers=_h(rng, **b)), SALE, BUY)
    return [
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "phone": L(MG_PHONE_NAT, TEL), "password": L(PASS, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sellers", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(MG_PHONE, TEL),
            "cin": L(RESIDENT_CARD, NATID), "commune": L("Ambohidratrimo", COARSE),
            "herd_size": 4}),
        multipart(f, f"{a}/v1/listings", [
            ("photo1", "omby1.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("photo2", "omby2.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("listing", None, "application/json", {
                "listing": lst, "passport": OX["passport"], "ear_tag": OX["tag"],
                "color": OX["color"], "age": OX["age"], "kg_est": 380,
                "ask_price": 2400000, "market": MARKET["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/markets/{MARKET['id']}/checkin", headers=_h(rng, **b), body={
            "listing": lst, "at": {"lat": mla, "lon": mlo, "acc_m": 9},
            "market": {"lat": MARKET["lat"], "lon": MARKET["lon"], "name": MARKET["name"]}}),
        case(f, f"{a}/v1/markets", headers=_h(rng, **b), query={
            "near": L(f"{FIELD_AT[0]:.2f},{FIELD_AT[1]:.2f}", COARSE), "day": "wed"}),
        case(f, f"{a}/v1/listings/{lst}/offers", headers=_h(rng, **b), query={"sort": "amount"}),
        case(f, f"{a}/v1/listings/{lst}/offers/of_88120/accept", headers=_h(rng, **b), body={
            "price": L(2250000, BUY), "note": L("Ekena, fa aloa mialoha ny 14 ora", TEXT)}),
        case(f, f"{a}/v1/sales", headers=_h(rng, **b), body={
            "sale": L(SALE, BUY), "listing": lst, "passport": OX["passport"],
            "buyer": {"name": L(BUYER[0], NAMEC), "phone": L(BUYER[1], TEL)},
            "price": L(2250000, BUY), "seller_phone": L(MG_PHONE, TEL)}),
        case(f, f"{a}/v1/sales/{SALE}/fee", fmt="form", headers=_h(rng, **b), body={
            "fee": L("45000", BUY), "wallet": L(MG_PHONE, TEL),
            "method": L(opaque(rng, "wl_", 16), PAY), "commune": "Tsiroanomandidy"}),
        rc,
        multipart(f, f"{a}/v1/vet", [
            ("cert", "vet.jpg", "image/jpeg", JPEG + b"\xb3"),
            ("meta", None, "application/json", {"passport": OX["passport"],
                                                "vaccines": ["charbon", "pasteurellose"],
                                                "vet_no": "VET-BNG-0211"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/transport", headers=_h(rng, **b), body={
            "from": {"lat": mla, "lon": mlo}, "heads": 1, "date": "2025-12-17",
            "contact": L(MG_PHONE, TEL), "truck": "TRK-BNG-07"}),
        case(f, f"{a}/v1/prices", headers=_h(rng, **b), query={
            "q": L("omby mavo 6 taona", SEARCH), "market": MARKET["id"]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("listing_created", 1), ev("sale_done", 2),
                                               ev("screen", 3, s=L("Offers", USAGE))]}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"), cookies={
            "ov_sid": L(opaque(rng, "", 40), CRED), "ov_dev": L(INSTALL_ID, DID),
            "ov_ab": "b"}),
        case(f, f"{a}/v1/support", headers=_h(rng, **b), body={
            "ref": rid(rng), "text": L(f"Mbola tsy voaray ny vola tamin'ny {SALE}",
                                       f"{TEXT}|{BUY}")}),
    ]


def ombyvaro_sdks() -> list[Case]:
    rng = random.Random(10742)
    return [
        ly_batch(APP, rng, [("Listing Created", {"price": 2400000}),
                            ("Sale Completed", {"price": L(2250000, BUY)})], at=MARKET_FIX, nd=4),
        ly_queue(APP, rng, [("Offer Viewed", {"n": 3}), ("Screen", {"name": L("Sale", USAGE)})]),
        sf_event(APP, rng, "sale", {"sale": L(SALE, BUY)}, revenue=2250000.0, hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="omby,fambolena"),
        ck_crash(APP, rng, ("android.database.sqlite.SQLiteException", "disk I/O"),
                 [ck_crumb("ui", "tap", {"view": "btn_accept"})], screen="OffersActivity"),
        pf_register(APP, rng, tags={"market": "TSR"}),
        ca_save(APP, rng, {"analytics": True, "ads": True}),
        pv_confirm(APP, rng, "45000", "mga"),
        mz_geocode(APP, rng, "Tsiroanomandidy", COARSE, near=MARKET_FIX, nd=2),
        cv_message(APP, rng, L("Ahoana no hanovana ny laharana finday?", TEXT),
                   {"phone": L(MG_PHONE, TEL)}),
    ]

