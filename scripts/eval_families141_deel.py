"""A deel tailor's atelier app "Oyudal" (oyudal: sewing; Ulaanbaatar; camelCase API): the family's
new deels for Tsagaan Sar. Not set 79's Dhaka tailor shipping abroad: a local atelier that
measures the whole household, sells the silk and the lining by the metre, books fittings at
the atelier and sells gift cards. Calls: sign-up, a log-in, ``/me`` with a JWT, her
measurements, her daughter's and her husband's, the fabric catalogue, a fabric search, an
inspiration photo, a fit photo, the order (delivered home), the deposit, a fitting booked and
checked in at the atelier with her fix, the order's status by number in the path, a note to the
tailor, a gift card for her sister-in-law, a review, loyalty points (msgpack), a delivery slot,
an address update, push, events and the basket by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families141_kit import (
    ATELIER,
    ATELIER_FIX,
    DAUGHTER,
    DEEL_ORDER,
    HUSBAND,
    SIL,
    UB_HOME,
    UB_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families141_sdk import (
    bj_bid,
    cz_crash,
    cz_crumb,
    mg_batch,
    mg_identify,
    tb_event,
    tb_launch,
)
from eval_families141_svc import mo_geocode, mo_reverse, pg_card, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("oyudal", "Oyudal", "com.example.oyudal", "3.0.8", "https://api.oyudal.example.com")
IID = "X-Oyudal-Install"
PW = "BlueSilk!Deel26"
FIT = "health.fitness"
CHILD = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, how: str = "none", **kw: Any) -> dict[str, Any]:
    """No Accept-Language; the install ID header only where a call asks for it."""
    return hd(APP, rng, IID, how=how, lang=None, **kw)


def oyudal() -> list[Case]:
    rng = random.Random(14161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}",
                                                                      NAMEC)))}
    ala, alo = fix(ATELIER_FIX, 6)
    status = at_path(case(f, f"{a}/v3/orders/{DEEL_ORDER}/status", headers=_h(rng, **b)),
                     DEEL_ORDER, BUY)
    return [
        case(f, f"{a}/v3/customers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "marketing": False}),
        case(f, f"{a}/v3/auth/login", fmt="form", headers=_h(rng), body={
            "login": L("JANE.DOE@EXAMPLE.ORG", MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/measurements", headers=_h(rng, **b), body={
            "for": "self", "heightCm": L(166, FIT), "bustCm": L(92, FIT),
            "waistCm": L(76, FIT), "hipsCm": L(101, FIT), "shoulderCm": L(39, FIT),
            "sleeveCm": L(59, FIT), "profileId": obj(rng, "mp")}),
        case(f, f"{a}/v3/measurements", headers=_h(rng, **b), body={
            "for": "child", "name": L(DAUGHTER["first"], NAMEC), "age": L(9, BIRTH),
            "heightCm": L(131, FIT), "chestCm": L(64, FIT), "sleeveCm": L(44, FIT),
            "profileId": obj(rng, "mp")}),
        case(f, f"{a}/v3/measurements", headers=_h(rng, **b), body={
            "for": "husband", "name": L(HUSBAND["name"], NAMEC), "heightCm": L(178, FIT),
            "chestCm": L(104, FIT), "waistCm": L(92, FIT), "sleeveCm": L(63, FIT),
            "profileId": obj(rng, "mp")}),
        case(f, f"{a}/v3/fabrics", headers=_h(rng, **b), query={
            "kind": "silk", "colour": "blue", "page": "1"}),
        case(f, f"{a}/v3/fabrics/search", headers=_h(rng, **b), query={
            "q": L("dark blue silk with cloud pattern", SEARCH)}),
        multipart(f, f"{a}/v3/inspirations", [
            ("image", "inspiration.jpg", "image/jpeg", L(JPEG + b"\x33", MEDIA)),
            ("meta", None, "application/json", {"note": L("Collar like this one", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/fit-photos", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x34", MEDIA)),
            ("meta", None, "application/json", {"for": "self", "heightCm": L(166, FIT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/orders", headers=_h(rng, **b), body={
            "orderNo": L(DEEL_ORDER, BUY), "items": [
                {"sku": "deel-women-silk", "for": "self", "fabric": "fb_2211", "qty": 1},
                {"sku": "deel-child", "for": "child", "fabric": "fb_2214", "qty": 1},
                {"sku": "deel-men-brocade", "for": "husband", "fabric": "fb_0930", "qty": 1}],
            "total": L(1450000, BUY), "currency": "MNT", "needBy": "2026-02-15",
            "delivery": {"name": L(f"{FIRST} {LAST}", NAMEC), "line": L(UB_HOME["line"], ADDR),
                         "district": L(UB_HOME["district"], COARSE), "phone": L(E164, TEL)}}),
        case(f, f"{a}/v3/payments/deposit", fmt="form", headers=_h(rng, **b), body={
            "orderNo": L(DEEL_ORDER, BUY), "amount": L("500000", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "cardLast4": L("4444", PAY),
            "idempotency": rid(rng)}),
        case(f, f"{a}/v3/fittings", headers=_h(rng, **b), body={
            "orderNo": L(DEEL_ORDER, BUY), "atelier": ATELIER["id"],
            "slot": "2026-01-20T18:30+08:00", "people": ["self", "child"],
            "note": L("Saruul can only come after 6 pm", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/fittings/checkin", headers=_h(rng, **b), body={
            "atelier": ATELIER["id"], "at": {"lat": ala, "lng": alo},
            "atelierAt": {"lat": ATELIER["lat"], "lng": ATELIER["lon"]},
            "fittingId": obj(rng, "ft")}),
        status,
        case(f, f"{a}/v3/orders/{DEEL_ORDER}/notes", headers=_h(rng, **b), body={
            "text": L("Please make the left sleeve a little wider, my shoulder is still stiff "
                      "after the frozen-shoulder treatment", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/giftcards", headers=_h(rng, **b), body={
            "amount": L(200000, BUY), "recipient": {"name": L(SIL[0], NAMEC),
                                                    "email": L(SIL[1], MAIL)},
            "message": L("Sar shinedee saikhan shineleerei, Enkhjin!", f"{TEXT}|{NAMEC}"),
            "sendOn": "2026-02-17", "cardRef": L("GC-88123", BUY)}),
        case(f, f"{a}/v3/reviews", fmt="form", headers=_h(rng, **b), body={
            "atelier": ATELIER["id"], "stars": "5",
            "text": L("Beautiful work, the child's deel fits perfectly", TEXT)}),
        case(f, f"{a}/v3/loyalty/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "customer": L(USER_ID, UID), "points": 1450, "tier": "silver",
            "lastOrder": L(DEEL_ORDER, BUY)}),
        case(f, f"{a}/v3/delivery/slots", fmt="form", headers=_h(rng, **b), body={
            "data": W({"orderNo": L(DEEL_ORDER, BUY), "line": L(UB_HOME["line"], ADDR),
                       "phone": L(E164, TEL)}, "b64json"), "slot": "2026-02-10_am"}),
        case(f, f"{a}/v3/addresses", headers=_h(rng, **b), body={
            "label": "home", "line": L(UB_HOME["line"], ADDR),
            "district": L(UB_HOME["district"], COARSE), "city": L(UB_HOME["city"], COARSE),
            "lat": L(round(UB_HOME_AT[0], 4), "location.precise"),
            "lng": L(round(UB_HOME_AT[1], 4), "location.precise")}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("measurements_saved", 1), ev("order_placed", 2, total=L(1450000, BUY)),
                ev("screen", 3, view=L("FabricCatalogue", USAGE))]}),
        case(f, f"{a}/v3/basket", headers=_h(rng, how="upper"), cookies={
            "oy_session": L(opaque(rng, "", 40), CRED), "oy_device": L(INSTALL_ID, DID),
            "oy_rid": rid(rng)}),
    ]


def oyudal_sdks() -> list[Case]:
    rng = random.Random(14162)
    return [
        mg_batch(APP, rng, [("Fabric Viewed", {"fabric": "fb_2211"}),
                            ("Order Placed", {"total": L(1450000, BUY)})], adid=True),
        mg_identify(APP, rng, {"city": L("Ulaanbaatar", COARSE), "orders": 1,
                               "name": L(f"{FIRST} {LAST}", NAMEC)}),
        tb_launch(APP, rng, first=True),
        tb_event(APP, rng, "purchase", {"order": L(DEEL_ORDER, BUY)}, revenue=1450000.0,
                 currency="MNT", hashed=True),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=ATELIER_FIX, nd=3,
               keywords="deel,silk,tsagaan sar"),
        cz_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [cz_crumb("nav", "Inspirations -> Camera"), cz_crumb("log", "decode")],
                 screen="CameraActivity"),
        pk_register(APP, rng, tags={"tier": "silver"}),
        pg_card(APP, rng, email=True),
        mo_geocode(APP, rng, UB_HOME["line"], "contact.address|behavior.search"),
        mo_reverse(APP, rng, ATELIER_FIX, "location.precise", nd=5),
    ]
