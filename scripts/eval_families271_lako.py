"""A live-selling shop app "Lakoan" (``lako`` goods for sale: Dagupan sellers' live streams of
bangus, dried fish and preloved clothes; she is a buyer who claims items with "mine"). Its API's
keys are Pangasinan in ASCII with the English of live selling: ``ngaran`` / ``apelyido``,
``selpon``, ``kontrasenya``, ``buyer_id``, ``live``, ``komento`` comment, ``mine`` claim,
``ngina`` price, ``kabuuan`` total, ``bayad`` payment, ``padala`` shipping, ``kalye`` /
``barangay`` / ``baley`` / ``zip``, ``resibo`` receipt, ``iruma`` return, ``regalo`` gift,
``mensahe`` message, ``anapen`` search: sign-up, a log-in, ``/siak``, lives in her town, joining
a live, a "mine" comment, the claim, the cart, the checkout with her address, the payment and its
proof (a screenshot), tracking by order number in the path, the delivery confirmed with her fix
at the gate, a review, following a shop, a return, a search, a wishlist (msgpack), a gift to her
mother-in-law, an offline queue of views (JSON Lines), vouchers by cookie, push."""

from __future__ import annotations

import random
from typing import Any

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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families271_kit import (
    BUYER,
    HOME,
    HOME_AT,
    LOCAL_NO,
    MOTHER_IL,
    SHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families271_sdk import (
    bk_bid,
    bk_notice,
    cs_crash,
    cs_crumb,
    mt_batch,
    mt_pixel,
    tp_event,
    tp_launch,
    tp_link,
)
from eval_families271_svc import hp_message, ma_geocode, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, Case, J, L, U, W, case

APP = App("lakoan", "Lakoan", "com.example.lakoan", "5.0.3", "https://api.lakoan.example.com")
IID = "X-Lakoan-Device"
PW = "Mine!Bangus2026"
ORDER = "LK-2603-118842"  # her order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pag=True, **kw)


def lakoan() -> list[Case]:
    rng = random.Random(27161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, buyer=L(BUYER, UID), selpon=L(LOCAL_NO, TEL)))}
    gla, glo = fix((HOME_AT[0] + 0.00004, HOME_AT[1] - 0.00002), 5)
    live = obj(rng, "lv", 8)
    track = at_path(case(f, f"{a}/v1/orders/{ORDER}/track", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/buyers", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(LOCAL_NO, TEL), "selpon_us": L(E164, TEL), "kontrasenya": L(PW, CRED),
            "buyer_id": L(BUYER, UID), "baley": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/sumlek", fmt="form", headers=_h(rng), body={
            "selpon": L(LOCAL_NO, TEL), "kontrasenya": L(PW, CRED)}),
        case(f, f"{a}/v1/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lives", headers=_h(rng, **b), query={
            "baley": L("Dagupan", COARSE), "category": "seafood,preloved"}),
        case(f, f"{a}/v1/lives/{live}/join", headers=_h(rng, **b), body={
            "buyer_id": L(BUYER, UID), "shop": SHOP["id"], "viewer_session": rid(rng)}),
        case(f, f"{a}/v1/lives/{live}/komento", headers=_h(rng, **b), body={
            "komento": L("Mine 2 kilo bangus tan 1 pack tuyo!", TEXT), "ts_ms": 1774146522117}),
        case(f, f"{a}/v1/mine", headers=_h(rng, **b), body={
            "live": live, "items": [{"item": "itm_bgs2kg", "ngina": 360, "qty": 1},
                                    {"item": "itm_tuyo", "ngina": 120, "qty": 1}],
            "claim": L(obj(rng, "cl"), BUY), "buyer_id": L(BUYER, UID)}),
        case(f, f"{a}/v1/cart", headers=_h(rng, **b), query={"buyer_id": L(BUYER, UID)}),
        case(f, f"{a}/v1/checkout", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "kabuuan": L(540, BUY), "shipping_fee": L(60, BUY),
            "padala": {"ngaran": L(f"{FIRST} {LAST}", NAMEC), "selpon": L(LOCAL_NO, TEL),
                       "kalye": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
                       "baley": L(HOME["town"], COARSE), "zip": L(HOME["zip"], COARSE),
                       "landmark": L("asul ya gate, arap na kapilya", f"{TEXT}|{ADDR}")},
            "cod": False}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "kantidad": L("540.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "wallet": L(LOCAL_NO, TEL)}),
        multipart(f, f"{a}/v1/bayad/proof", [
            ("screenshot", "gcash_proof.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"order": L(ORDER, BUY),
                                                "reference": L("7012 455 918305", BUY)})],
            headers=_h(rng, **b)),
        track,
        case(f, f"{a}/v1/delivery/confirm", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "at": {"lat": gla, "lng": glo},
            "rider": "rd_0931", "received_by": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "shop": SHOP["id"], "stars": 5,
            "komento": L("Sariwa so bangus, maong ya pakaimpake!", TEXT)}),
        case(f, f"{a}/v1/follow", fmt="form", headers=_h(rng, **b), body={
            "shop": SHOP["id"], "buyer_id": L(BUYER, UID)}),
        case(f, f"{a}/v1/iruma", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "item": "itm_jacket_m",
            "dahilan": L("Say jacket et baleg, medium so inorder ko", TEXT)}),
        case(f, f"{a}/v1/anapen", headers=_h(rng, **b), query={
            "q": L("preloved maong jacket medium", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/wishlist", fmt="msgpack", headers=_h(rng, **b), body={
            "buyer_id": L(BUYER, UID), "items": ["itm_bagoong_1l", "itm_daing_bangus"],
            "notify": True}),
        case(f, f"{a}/v1/regalo", headers=_h(rng, **b), body={
            "order": L("LK-2603-118907", BUY),
            "to": {"ngaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                   "baley": L("Calasiao", COARSE)},
            "mensahe": L("Para ed sikayo Nanay, masantos ya kaarawan!", TEXT),
            "kabuuan": L(850, BUY)}),
        lines(f, f"{a}/v1/views/batch", [
            {"event": L("live_view", USAGE), "live": live, "secs": 312, "user": L(BUYER, UID)},
            {"event": L("item_view", USAGE), "item": "itm_bgs2kg", "user": L(BUYER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vouchers", headers=_h(rng, how="none"), cookies={
            "lk_sess": L(opaque(rng, "", 40), CRED), "lk_dev": L(INSTALL_ID, DID),
            "lk_prefs": W({"buyer": L(BUYER, UID), "salita": L("pag", DEV)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
    ]


def lakoan_sdks() -> list[Case]:
    rng = random.Random(27162)
    link = U("https://lakoan.example.com/o", {"order": L(ORDER, BUY), "src": "sms",
                                              "em": L(EMAIL, MAIL)})
    return [
        mt_batch(APP, rng, [("Live Joined", {"shop": SHOP["id"]}),
                            ("Order Paid", {"total": L(540, BUY)})], at=HOME_AT, nd=2,
                 locale="pag_PH"),
        mt_pixel(APP, rng, "Live Shared", {"shop": SHOP["id"]}),
        tp_launch(APP, rng, first=True),
        tp_link(APP, rng, link),
        tp_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=540.0, hashed=True),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HOME_AT, nd=3, yob=1991,
               gender="F", keywords="seafood,preloved,live"),
        bk_notice(APP, rng, "win"),
        cs_crash(APP, rng, ("java.net.SocketException", "live stream reset"),
                 [cs_crumb("nav", "Lives -> Live"), cs_crumb("tap", "mine_button")],
                 screen="LiveActivity"),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "540.00"),
        ma_geocode(APP, rng, f"{HOME['line']}, {HOME['brgy']}", ADDR, near=HOME_AT, nd=4),
        hp_message(APP, rng, L(f"Order {ORDER} arrived with a wrong size", f"{TEXT}|{BUY}"),
                   {"buyer": L(BUYER, UID)}),
    ]

