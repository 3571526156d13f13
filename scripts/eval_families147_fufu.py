"""A Kumasi chop bar's pre-order and delivery app "Fufupa": the menu (fufu with light soup,
banku, kontomire), a pre-order for pick-up at lunch, delivery to her house with the rider's
live position, payment by mobile money and card, loyalty stamps by cookie, a group order for the
funeral helpers, a dietary note, a review, the receipt by order number in the path, an order
queue in msgpack, push and events. New: a grep for "chop bar" matched no earlier set; food
ordering apps in earlier sets are restaurant chains and bakeries, this is a single roadside chop
bar that pounds fufu to order."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families147_kit import (
    CHOPBAR,
    FUFU_ORDER,
    FUNERAL,
    KSI_HOME,
    KSI_HOME_AT,
    MOMO,
    MOTHER_IN_LAW,
    fix,
    hd,
    push,
)
from eval_families147_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families147_svc import (
    cl_card,
    cl_confirm,
    mm_geocode,
    mm_reverse,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, L, case

NID, FIT = "personal.national_id", "health.fitness"

APP = App("fufupa", "Fufupa", "com.example.fufupa", "1.4.2", "https://api.fufupa.example.net")
IID = "X-Device-Id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def fufupa() -> list[Case]:
    rng = random.Random(14751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    hla, hlo = fix(KSI_HOME_AT, 6)
    rc = at_path(case(f, f"{a}/api/orders/{FUFU_ORDER}/receipt", headers=_h(rng, **b)),
                 FUFU_ORDER, BUY)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L("lightsoup#44", CRED)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "password": L("lightsoup#44", CRED)}),
        case(f, f"{a}/api/menu", headers=_h(rng, **b), query={
            "bar": CHOPBAR["id"], "day": "mon"}),
        case(f, f"{a}/api/bars/near", headers=_h(rng, **b), query={
            "lat": L(f"{KSI_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{KSI_HOME_AT[1]:.3f}",
                                                                 PRECISE), "r": "2km"}),
        case(f, f"{a}/api/orders", headers=_h(rng, **b), body={
            "order": L(FUFU_ORDER, BUY), "bar": CHOPBAR["id"], "items": [
                {"sku": "fufu_light_goat", "qty": 2, "price": 45},
                {"sku": "kontomire_stew", "qty": 1, "price": 30}],
            "total": L(120, BUY), "mode": "pickup", "at": "12:30",
            "note": L("No pepper for my son please", TEXT)}),
        case(f, f"{a}/api/orders/{FUFU_ORDER}/pay", headers=_h(rng, **b), body={
            "amount": L(120, BUY), "method": "momo", "wallet": L(MOMO, TEL)}),
        case(f, f"{a}/api/orders/delivery", headers=_h(rng, **b), body={
            "order": L("FP-90188", BUY), "to": {
                "lat": hla, "lng": hlo, "street": L(KSI_HOME["line"], ADDR),
                "landmark": L("behind Ahodwo Total filling station", ADDR),
                "gps": L(KSI_HOME["gps"], ADDR), "phone": L(E164, TEL)},
            "total": L(95, BUY), "tip": L(5, BUY)}),
        case(f, f"{a}/api/orders/FP-90188/rider", headers=_h(rng, **b), query={"poll": "1"}),
        case(f, f"{a}/api/groups", headers=_h(rng, **b), body={
            "name": "Funeral helpers lunch", "orders": 12, "total": L(540, BUY),
            "contact": {"name": L(MOTHER_IN_LAW[0], NAMEC), "phone": L(MOTHER_IN_LAW[1], TEL)},
            "deliver_to": FUNERAL["ground"]}),
        case(f, f"{a}/api/profile/diet", headers=_h(rng, **b), body={
            "diet": ["no pork"], "allergy": [L("groundnut (son)", MED)],
            "note": L("I am pregnant, no raw pepper sauce", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/stamps", headers=_h(rng, how="none"),
             cookies={"fp_sess": L(opaque(rng, "", 32), CRED), "fp_dev": L(INSTALL_ID, DID),
                      "fp_card": L("STAMP-4471", UID)}),
        case(f, f"{a}/api/reviews", headers=_h(rng, **b), body={
            "bar": CHOPBAR["id"], "stars": 4,
            "text": L("Best light soup in Ahodwo, fufu well pounded", TEXT)}),
        case(f, f"{a}/api/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "q": [{"k": "reorder", "o": L(FUFU_ORDER, BUY)},
                                          {"k": "fav", "sku": "fufu_light_goat"}]}),
        rc,
        case(f, f"{a}/api/search", headers=_h(rng, **b), query={
            "q": L("banku and tilapia", SEARCH)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("order_placed", 1),
                                               ev("screen", 2, screen=L("Menu", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh": L(opaque(rng, "rf_", 30), CRED)}),
    ]


def fufupa_sdks() -> list[Case]:
    rng = random.Random(14752)
    return [
        mc_batch(APP, rng, [("Order Completed", {"total": L(120, BUY)}),
                            ("Menu Viewed", {"bar": CHOPBAR["id"]})], at=KSI_HOME_AT, nd=3),
        mc_identify(APP, rng, {"phone": L(E164, TEL), "area": L("Ahodwo", COARSE)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "order", {"bar": CHOPBAR["id"]}, revenue=120, currency="GHS"),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=KSI_HOME_AT, nd=2),
        bf_notice(APP, rng, "win"),
        cd_session(APP, rng, secs=204),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "95", "ghs"),
        mm_geocode(APP, rng, "Plot 22 Nana Agyeman Street Ahodwo", ADDR, near=KSI_HOME_AT,
                   nd=4),
        mm_reverse(APP, rng, KSI_HOME_AT, PRECISE, nd=5),
    ]
