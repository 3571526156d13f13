"""School-uniform shop app "Formachy" (forma: a uniform) where she orders her son Timur's
uniform for his Bishkek gymnasium (the user is the parent; the child's data is what the order
needs; not the school fee and report apps of sets 100, 106 and 108: a shop). Sign-up, a log-in,
``/me`` with a JWT, the child's profile (name, birth date, sex, class) and his sizes by his
profile ID in the path, a fitting photo, the school's list, a search, the basket, a name
embroidered, delivery to her flat, the order, its tracking by order number in the path, a
return with a photo, a size question, a review, push, events and her orders by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, push_token
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families117_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FIT,
    GENDER,
    KG_HOME,
    KG_HOME_AT,
    KG_LANG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SCHOOL,
    SEARCH,
    SON,
    SON_ID,
    SON_SIZES,
    TEL,
    TEXT,
    UID,
    UNIFORM_ORDER,
    USAGE,
    fix,
)
from eval_families117_sdk import ag_batch, ag_queue, ay_event, ay_install, bs_bid, ci_session
from eval_families117_svc import fj_eval, hk_attach, hk_message, mm_search, ps_register, tp_card
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("formachy", "Formachy", "com.example.formachy", "2.11.0",
          "https://api.formachy.example.com")
IID = "X-Formachy-Device"
PW = "Timur-Forma-0903"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(KG_LANG, DEV)
    return h


def formachy() -> list[Case]:
    rng = random.Random(11761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(SON_ID, UID)]))}
    hla, hlo = fix(KG_HOME_AT, 6)
    kid = f"{a}/api/children/{SON_ID}"
    sizes = {k: L(v, FIT) for k, v in SON_SIZES.items()}
    return [
        case(f, f"{a}/api/accounts", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL_MIXED, MAIL), "phone": L(PHONE, TEL),
            "password": L(PW, CRED), "city": L("Bishkek", COARSE), "newsletter": True}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/children", headers=_h(rng, **b), body={
            "childId": L(SON_ID, UID), "firstName": L(SON["first"], NAMEC),
            "birthDate": L(SON["dob"], BIRTH), "sex": L("boy", GENDER),
            "school": SCHOOL["id"], "class": SON["grade"]}),
        at_path(case(f, f"{kid}/sizes", headers=_h(rng, **b), body={
            **sizes, "shoeEu": L(34, FIT), "fit": "regular"}), SON_ID, UID),
        at_path(multipart(f, f"{kid}/fitting-photo", [
            ("photo", "timur_fitting.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"pose": "front", "heightCm": L(134, FIT)})],
            headers=_h(rng, **b)), SON_ID, UID),
        case(f, f"{a}/api/schools/{SCHOOL['id']}/list", headers=_h(rng, **b),
             query={"grade": "3", "season": "2025"}),
        case(f, f"{a}/api/search", headers=_h(rng, **b), query={
            "q": L("navy blazer boys 134", SEARCH), "school": SCHOOL["id"]}),
        case(f, f"{a}/api/basket", headers=_h(rng, **b), body={
            "items": [{"sku": "blz-navy-134", "qty": 1, "price": 3200},
                      {"sku": "trs-grey-134", "qty": 2, "price": 1400},
                      {"sku": "sht-white-134", "qty": 3, "price": 700}],
            "childId": L(SON_ID, UID)}),
        case(f, f"{a}/api/basket/embroidery", fmt="form", headers=_h(rng, **b), body={
            "sku": "blz-navy-134", "text": L("Timur D.", f"{TEXT}|{NAMEC}"),
            "font": "block", "price": "250"}),
        case(f, f"{a}/api/addresses", headers=_h(rng, **b), body={
            "recipient": L(NAME, NAMEC), "line": L(KG_HOME["line"], ADDR),
            "city": L(KG_HOME["town"], COARSE), "zip": L(KG_HOME["zip"], COARSE),
            "region": L(KG_HOME["region"], COARSE), "lat": hla, "lon": hlo,
            "phone": L(PHONE, TEL)}),
        case(f, f"{a}/api/orders", headers=_h(rng, **b), body={
            "orderNo": L(UNIFORM_ORDER, BUY), "total": L("9550", BUY), "currency": "KGS",
            "delivery": "courier", "payment": L(opaque(rng, "pm_", 24), PAY),
            "childId": L(SON_ID, UID), "giftNote": L("For Timur's first day in 3-B!",
                                                     f"{TEXT}|{NAMEC}")}),
        at_path(case(f, f"{a}/api/orders/{UNIFORM_ORDER}/tracking", headers=_h(rng, **b)),
                UNIFORM_ORDER, BUY),
        at_path(multipart(f, f"{a}/api/orders/{UNIFORM_ORDER}/returns", [
            ("photo", "trousers.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("return", None, "application/json", {
                "sku": "trs-grey-134", "qty": 1, "reason": "too_long",
                "comment": L("Trousers are 4 cm too long for him", TEXT),
                "refund": L("1400", BUY)})], headers=_h(rng, **b)), UNIFORM_ORDER, BUY),
        case(f, f"{a}/api/questions", headers=_h(rng, **b), body={
            "sku": "blz-navy-134", "text": L("He is 134 cm and slim, 134 or 140?",
                                             f"{TEXT}|{FIT}")}),
        case(f, f"{a}/api/reviews", fmt="form", headers=_h(rng, **b), body={
            "sku": "sht-white-134", "stars": "4", "text": L("Good cotton, shrinks a little",
                                                            TEXT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("ru", DEV),
            "requestId": rid(rng)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("child_added", 1), ev("order_placed", 2, items=6),
                ev("screen", 3, screen=L("SizeGuide", USAGE))]}),
        case(f, f"{a}/api/orders", headers=_h(rng, how="none"), cookies={
            "fm_sid": L(opaque(rng, "", 40), CRED), "fm_dev": L(INSTALL_ID, DID),
            "fm_child": L(SON_ID, UID)}),
    ]


def formachy_sdks() -> list[Case]:
    rng = random.Random(11762)
    return [
        ag_batch(APP, rng, [("Child Added", {"age": L(SON["age"], BIRTH)}),
                            ("Order Placed", {"total": L(9550, BUY)})], at=KG_HOME_AT, nd=2),
        ag_queue(APP, rng, [("Size Guide Viewed", {"height": L(134, FIT)}),
                            ("Basket Viewed", {"items": 6})]),
        ay_install(APP, rng),
        ay_event(APP, rng, "purchase", {"order": L(UNIFORM_ORDER, BUY)}, revenue=9550),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, yob=1991, gender="F",
               keywords="school,uniform,kids"),
        ci_session(APP, rng, secs=611),
        fj_eval(APP, rng, {"children": 1, "childAge": L(SON["age"], BIRTH)}),
        ps_register(APP, rng, tags={"child_grade": "3", "school": SCHOOL["id"]}),
        tp_card(APP, rng),
        mm_search(APP, rng, KG_HOME["line"] + ", Bishkek", ADDR),
        hk_message(APP, rng, L("Order FM-250912-3307 came without the blazer",
                               f"{TEXT}|{BUY}"), {"order": L(UNIFORM_ORDER, BUY)}),
        hk_attach(APP, rng, L(JPEG + b"\x73", MEDIA), "parcel.jpg", "image/jpeg"),
    ]
