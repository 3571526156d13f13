"""A Queen-pineapple growers' collective's box app "Anarasbox" (``anaras`` pineapple, loan: a
collective near Nalchar packs farm-gate boxes in season, delivers in Agartala and couriers gift
boxes to Kolkata): she is a customer. Its API's keys are Kokborok with Bengali loans,
ASCII-folded: ``purno_mung`` full name (loan), ``phon`` phone, ``email_code`` e-mail code,
``thikana`` address, ``sohor`` town, ``customer_nambar`` customer number, ``jinis`` items
(loan), ``dam`` price, ``mot_rang`` total, ``rang_rwnai`` payment, ``upohar`` gift (loan),
``pathano`` delivery (loan, "sending"), ``hapta`` week (loan), ``khorang`` message, ``nai``
search, ``jaga`` place, ``tara`` rating, ``kok`` remark, ``nalish`` complaint (loan), ``chobi``
photo, ``ferot`` refund (loan), ``point`` points, ``ghatana`` events: sign-up, an e-mail code,
``/me``, the catalogue, a box order, a gift box for her friend in Kolkata (her name, phone and
address), the payment, a weekly subscription, a farm-shed visit with her fix, the delivery by
order number in the path, a delivery note quoting her phone, a cart (msgpack), a review, a
complaint with a photo, a refund to her UPI address, points by cookie, a search, preferences by
base64 JSON cookie, push and events."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families298_kit import (
    AG_HOME,
    AG_HOME_AT,
    BUYER,
    FRIEND_KOL,
    SHED,
    SHED_FIX,
    UPI_VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families298_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families298_svc import cl_card, cl_confirm, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("anarasbox", "Anarasbox", "com.example.anarasbox", "2.6.0",
          "https://api.anarasbox.example.in")
IID = "X-Anaras-Device"
ORDER, GIFT = "AX-26-011842", "AX-26-011843"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kb=True, **kw)


def anarasbox() -> list[Case]:
    rng = random.Random(29851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), customer=L(BUYER, UID)))}
    sla, slo = fix(SHED_FIX, 5)
    track = at_path(case(f, f"{a}/api/order/{ORDER}/pathano", headers=_h(rng, **b)),
                    ORDER, BUY)
    return [
        case(f, f"{a}/api/customer", headers=_h(rng), body={
            "purno_mung": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phon": L(E164, TEL), "thikana": L(AG_HOME["line"], ADDR),
            "sohor": L(AG_HOME["town"], COARSE), "pin": L(AG_HOME["pin"], COARSE),
            "customer_nambar": L(BUYER, UID), "whatsapp": True}),
        case(f, f"{a}/api/auth/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "email_code": L("381906", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/catalogue", headers=_h(rng, **b), query={
            "season": "2026-kharif", "shed": SHED["id"]}),
        case(f, f"{a}/api/order", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "jinis": [{"sku": "queen_5kg", "qty": 2, "dam": 450},
                                              {"sku": "jam_500g", "qty": 1, "dam": 160}],
            "mot_rang": L(1060, BUY), "pathano": {"thikana": L(AG_HOME["line"], ADDR),
                                                  "pin": L(AG_HOME["pin"], COARSE)},
            "customer_nambar": L(BUYER, UID)}),
        case(f, f"{a}/api/order/upohar", headers=_h(rng, **b), body={
            "order": L(GIFT, BUY), "jinis": [{"sku": "queen_gift_8", "qty": 1, "dam": 890}],
            "upohar": {"purno_mung": L(FRIEND_KOL[0], NAMEC), "phon": L(FRIEND_KOL[1], TEL),
                       "thikana": L(FRIEND_KOL[2], ADDR), "sohor": L(FRIEND_KOL[3], COARSE),
                       "pin": L(FRIEND_KOL[4], COARSE)},
            "khorang": L("Moumita, Tripura-ni Queen anaras! Mwchang chakhai", TEXT),
            "mot_rang": L(890, BUY)}),
        case(f, f"{a}/api/rang_rwnai", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "rang": L("1060.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/api/subscription", headers=_h(rng, **b), body={
            "plan": "hapta_3kg", "hapta": 8, "rang": L(2640, BUY), "sal": "sat",
            "customer_nambar": L(BUYER, UID)}),
        case(f, f"{a}/api/shed/visit", headers=_h(rng, **b), body={
            "shed": SHED["id"], "jaga": {"lat": sla, "lng": slo},
            "shed_jaga": {"lat": SHED["lat"], "lng": SHED["lon"]}, "manush": 3,
            "visit_id": obj(rng, "vs")}),
        track,
        case(f, f"{a}/api/order/{ORDER}/note", fmt="form", headers=_h(rng, **b), body={
            "khorang": L("Gate-o bell kwrwi, phaikha phon khlai +1 555 010 0199",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "customer_nambar": L(BUYER, UID), "jinis": [
                {"sku": "queen_5kg", "qty": 1}, {"sku": "dried_rings_200g", "qty": 2}],
            "updated": 1768200000}),
        case(f, f"{a}/api/review", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "tara": "5",
            "kok": L("Anaras mwchang ham, kintu box-o kisa twi", TEXT)}),
        multipart(f, f"{a}/api/nalish", [
            ("chobi", "bruised.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(GIFT, BUY),
                "nalish": L("Moumita-ni box-o anaras kwnwi thaikha", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ferot", headers=_h(rng, **b), body={
            "order": L(GIFT, BUY), "rang": L(445, BUY), "upi": L(UPI_VPA, PAY)}),
        case(f, f"{a}/api/point", headers=_h(rng, how="none"), cookies={
            "ax_session": L(opaque(rng, "", 40), CRED), "ax_device": L(INSTALL_ID, DID),
            "ax_req": rid(rng)}),
        case(f, f"{a}/api/nai", headers=_h(rng, **b), query={
            "nai": L("pineapple jam sugar free", SEARCH)}),
        case(f, f"{a}/api/prefs", headers=_h(rng, **b), cookies={
            "ax_prefs": W({"customer": L(BUYER, UID), "kok": L("trp", DEV),
                           "pin": L(AG_HOME["pin"], COARSE)}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "trp_IN")),
        case(f, f"{a}/api/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/ghatana", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatana": [
                ev("order_placed", 1, mot_rang=L(1060, BUY)),
                ev("screen", 2, screen=L("Upohar", USAGE))]}),
    ]


def anarasbox_sdks() -> list[Case]:
    rng = random.Random(29852)
    link = U("https://anarasbox.example.in/o", {"order": L(ORDER, BUY), "src": "mail",
                                                "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(1060, BUY)}),
                            ("Gift Sent", {"city": L("Kolkata", COARSE)})],
                 at=AG_HOME_AT, nd=2, locale="trp_IN"),
        mc_identify(APP, rng, {"customer": L(BUYER, UID), "city": L("Agartala", COARSE),
                               "subscriber": True}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=1060.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="fruit,pineapple,gift"),
        cd_session(APP, rng, secs=388),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "1060.00", "inr"),
        mm_geocode(APP, rng, f"{FRIEND_KOL[2]}, {FRIEND_KOL[3]}", ADDR),
        pt_register(APP, rng, lang="trp", at=SHED_FIX, nd=3, tags={"plan": "hapta_3kg"}),
        hs_message(APP, rng, L(f"Gift order {GIFT} reached damaged", f"{TEXT}|{BUY}"),
                   {"customer": L(BUYER, UID)}),
    ]
