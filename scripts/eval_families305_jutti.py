"""A made-to-order jutti maker's app "Mochdi" (a family shoemaker by the Clock Tower in Jodhpur
that stitches embroidered leather juttis to a customer's foot tracing). Its API's keys are
Marwari in ASCII with English loans: ``naanv`` name, ``fon`` phone, ``gupt_sabad`` password,
``thikano`` address, ``sahar`` town, ``pin``, ``pag`` foot, ``pag_ro_naap`` foot measure,
``lambai``/``chaudai`` length/width, ``jodi`` pair, ``rang`` colour, ``kasido`` embroidery,
``chamdo`` leather, ``mol`` price, ``rakam`` amount, ``chukaro`` payment, ``bhejno`` sending,
``lenwalo`` receiver, ``tipni`` note, ``sodh`` search, ``photu`` photo, ``jagah`` place,
``order``: sign-up, a log-in, ``/mharo``, the catalogue, a search, her foot measurements and
tracing photo, a custom pair ordered, the cart (msgpack), the payment, a gift pair for her sister
in Ohio with an international shipping quote, the fitting at the shop with her fix, the order by
number in the path, a loosening request, a review with a photo, the saved address, an invoice
by cookie, push and events. Earlier sets have shoe fittings in foot-care and diabetes apps and a
shoe size in a uniform order; none a shoemaker's made-to-order shop."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
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
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families305_kit import (
    HOME,
    HOME_AT,
    ORDER,
    SHOP,
    SHOP_FIX,
    SISTER_ADDR,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families305_sdk import (
    bb_bid,
    bb_notice,
    ck_session,
    kj_event,
    kj_launch,
    kj_link,
    mo_batch,
)
from eval_families305_svc import cn_card, cn_confirm, mh_reverse, mh_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("mochdi", "Mochdi", "com.example.mochdi", "2.2.0", "https://api.mochdi.example.com")
IID = "X-Mochdi-Device"
PW = "Ghantaghar@Jutti9"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mochdi() -> list[Case]:
    rng = random.Random(30551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fon=L(E164, TEL)))}
    sla, slo = fix(SHOP_FIX, 3)
    gift = obj(rng, "od", 8)
    track = at_path(case(f, f"{a}/api/order/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "naanv": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "fon": L(NATIONAL, TEL), "gupt_sabad": L(PW, CRED), "sahar": L("Jodhpur", COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "gupt_sabad": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mharo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/catalogue", headers=_h(rng, **b), query={
            "kisam": "lugai", "chamdo": "oont", "panno": "1"}),
        case(f, f"{a}/api/sodh", headers=_h(rng, **b), query={
            "sodh": L("lal kasido wali jutti chaudo pag", SEARCH)}),
        case(f, f"{a}/api/pag_ro_naap", headers=_h(rng, **b), body={
            "jimno": {"lambai_cm": L(24.1, FIT), "chaudai_cm": L(9.4, FIT)},
            "dabo": {"lambai_cm": L(24.3, FIT), "chaudai_cm": L(9.7, FIT)},
            "naap": L("EU 38", FIT), "user": L(USER_ID, UID)}),
        multipart(f, f"{a}/api/pag/photu", [
            ("photu", "pag_kagad.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {"paanv": "dono", "kagad": "A4"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/order", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "design": "dz_marwari_12", "rang": "lal-sonel",
            "kasido": "dabka", "chamdo": "oont", "naap": L("EU 38", FIT),
            "mol": L(2400, BUY),
            "tipni": L("Edi par gaddi lagajo, mhari edi dukhe", f"{TEXT}|health.medical")}),
        case(f, f"{a}/api/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "items": [{"sku": "jt_dz12_38", "jodi": 1, "mol": 2400},
                                              {"sku": "poly_kit", "jodi": 1, "mol": 150}],
            "rakam": L(2550, BUY), "user": L(USER_ID, UID)}),
        case(f, f"{a}/api/chukaro", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "rakam": L("2550.00", BUY), "mudra": "INR",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/bhet", headers=_h(rng, **b), body={
            "order": L(gift, BUY),
            "lenwalo": {"naanv": L(SISTER_US[0], NAMEC), "fon": L(SISTER_US[1], TEL),
                        "email": L(SISTER_US[2], MAIL), "thikano": L(SISTER_ADDR["line"], ADDR),
                        "sahar": L(SISTER_ADDR["town"], COARSE),
                        "zip": L(SISTER_ADDR["zip"], COARSE), "desh": L("US", COARSE)},
            "naap": "EU 39", "sandeso": L("Ellen, Jodhpur su thare vaaste! Pehar ne photu bhejje.",
                                          TEXT), "mol": L(2400, BUY)}),
        case(f, f"{a}/api/bhejno/bhav", headers=_h(rng, **b), query={
            "desh": L("US", COARSE), "zip": L(SISTER_ADDR["zip"], COARSE), "vajan_g": "650",
            "order": L(gift, BUY)}),
        case(f, f"{a}/api/fitting/checkin", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "jagah": {"lat": sla, "lng": slo},
            "dukan": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"],
                      "fon": SHOP["phone"]}}),
        track,
        case(f, f"{a}/api/badlav", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY),
            "tipni": L("Dabo pag angutha kane tang hai, aadho naap dhilo karjo",
                       f"{TEXT}|{FIT}")}),
        multipart(f, f"{a}/api/review", [
            ("photu", "jutti_pehri.jpg", "image/jpeg", L(JPEG + b"\x48", MEDIA)),
            ("meta", None, "application/json", {
                "dukan": SHOP["id"], "tara": 5,
                "tipni": L("Ekdam naram, kasido sohno. Shaadi mein saara ne pasand aayi.",
                           TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/profile/thikano", headers=_h(rng, **b), body={
            "thikano": L(HOME["line"], ADDR), "sahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE),
            "jagah": W({"lat": L(round(HOME_AT[0], 5), PRECISE),
                        "lng": L(round(HOME_AT[1], 5), PRECISE)}, "json")}),
        case(f, f"{a}/api/bill/naveen", headers=_h(rng, how="none"), cookies={
            "mc_sesan": L(opaque(rng, "", 40), CRED), "mc_device": L(INSTALL_ID, DID),
            "mc_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, mol=L(2400, BUY)),
                ev("screen", 2, screen=L("PagRoNaap", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def mochdi_sdks() -> list[Case]:
    rng = random.Random(30552)
    link = U("https://mochdi.example.com/o", {"order": L(ORDER, BUY), "src": "sms",
                                              "fon": L(E164, TEL)})
    return [
        mo_batch(APP, rng, [("Product Viewed", {"sku": "jt_dz12_38", "price": 2400}),
                            ("Order Placed", {"total": L(2550, BUY)})], at=HOME_AT, nd=2),
        kj_launch(APP, rng, first=True),
        kj_link(APP, rng, link),
        kj_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=2550.0, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHOP_FIX, nd=3,
               keywords="jutti,mojari,leather"),
        bb_notice(APP, rng, "win"),
        ck_session(APP, rng, secs=604),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "2550.00"),
        mh_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mh_route(APP, rng, [(HOME_AT, PRECISE), ((SHOP["lat"], SHOP["lon"]), None)],
                 mode="driving"),
    ]
