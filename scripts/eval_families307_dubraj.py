"""A heritage-rice farmers' company app "Dubraj Dana" (``dana`` grain; a fictional farmer
producer company at Nagri, Dhamtari district, that sells its members' aromatic and heritage
rice, Dubraj, Jeeraphool, Vishnubhog and red rice, by monthly subscription to city households,
with farm visits at harvest). Its API's keys are Chhattisgarhi in Latin letters with the English
an online shop keeps (``password``, ``email``, ``coupon``, ``sku``): ``grahak`` customer,
``naanv`` first name, ``upnaanv`` surname, ``mobail`` mobile, ``chaur`` rice (husked),
``dhaan`` paddy, ``kisam`` variety, ``kilo``, ``sadasyata`` subscription, ``pahunchai``
delivery, ``thikana`` address, ``para`` neighbourhood, ``sahar`` town, ``bhent`` gift,
``daam`` price, ``rakam`` amount, ``chukara`` payment, ``kisan`` farmer, ``khet`` field,
``jagha`` place, ``khoj`` search, ``raay`` review, ``sandesa`` message, ``photu`` photo,
``shikayat`` complaint, ``saas`` mother-in-law, ``sugar_layak`` fit for a diabetic diet:
sign-up, log-in, ``/mor``, the catalogue, a 10-kilo monthly Dubraj subscription, its payment,
the subscription by number in the path, the delivery pin (her fix), a gift sack for her
mother-in-law, a coupon, a farmer's page, a harvest farm visit and her check-in there, a photo
of weevils, a complaint, a search, a review, the cart (msgpack), her diet preference (her
pre-diabetes), an invoice list by cookie, an offline order sync (JSON Lines), push and events.
Set 113 has a cooperative that mills its members' paddy (she is a member there); here she is a
city buyer of a named heritage variety ("heritage rice", "dubraj", "aromatic rice" matched
nothing)."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families307_kit import (
    BSP_HOME,
    HUSBAND,
    MOTHER_IL,
    RP_HOME,
    RP_HOME_AT,
    SISTER_US,
    STORE,
    SUBSCRIPTION,
    fix,
    hd,
    obj,
    push,
)
from eval_families307_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_identify,
    mc_queue,
    tn_launch,
)
from eval_families307_svc import cl_card, cl_confirm, hs_attach, mm_geocode, mm_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dubrajdana", "Dubraj Dana", "com.example.dubrajdana", "5.1.0",
          "https://api.dubrajdana.example.com")
IID = "X-Dana-Install"
PW = "Jeeraphool*2026"
FARM_FIX = (20.349817, 81.953342)  # her phone at the member farmer's field at harvest


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dubraj() -> list[Case]:
    rng = random.Random(30771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), grahak=L("DD-G-" + USER_ID[2:],
                                                                      UID)))}
    hla, hlo = fix(RP_HOME_AT)
    fla, flo = fix(FARM_FIX, 5)
    sub = at_path(case(f, f"{a}/api/v3/sadasyata/{SUBSCRIPTION}", headers=_h(rng, **b)),
                  SUBSCRIPTION, BUY)
    return [
        case(f, f"{a}/api/v3/signup", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "upnaanv": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "password": L(PW, CRED), "sahar": L("Raipur", COARSE)}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v3/mor", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/chaur/suchi", headers=_h(rng, **b), query={
            "kisam": "dubraj,jeeraphool,vishnubhog,laal_chaur", "bori": "5,10,25"}),
        case(f, f"{a}/api/v3/sadasyata", headers=_h(rng, **b), body={
            "sadasyata": L(SUBSCRIPTION, BUY), "kisam": "dubraj", "kilo_mahina": 10,
            "daam_kilo": 138, "rakam": L(1380, BUY),
            "pahunchai": {"naanv": L(f"{FIRST} {LAST}", NAMEC),
                          "thikana": L(RP_HOME["line"], ADDR),
                          "para": L(RP_HOME["para"], COARSE), "pin": L(RP_HOME["pin"], COARSE),
                          "mobail": L(E164, TEL)},
            "tithi": 5}),
        case(f, f"{a}/api/v3/chukara", fmt="form", headers=_h(rng, **b), body={
            "sadasyata": L(SUBSCRIPTION, BUY), "rakam": L("1380.00", BUY),
            "card_token": L(opaque(rng, "tok_", 24), PAY), "mudra": "INR"}),
        sub,
        case(f, f"{a}/api/v3/pahunchai/jagha", headers=_h(rng, **b), body={
            "sadasyata": L(SUBSCRIPTION, BUY), "lat": hla, "lng": hlo,
            "gate_note": L("Neela gate, ghanti nai bajat, phone karihav", TEXT)}),
        case(f, f"{a}/api/v3/bhent", headers=_h(rng, **b), body={
            "paane_wala": {"naanv": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
                           "thikana": L(BSP_HOME["line"], ADDR),
                           "sahar": L(BSP_HOME["town"], COARSE), "pin": L(BSP_HOME["pin"], COARSE)},
            "kisam": "jeeraphool", "kilo": 5, "rakam": L(790, BUY),
            "sandesa": L("Saas ji bar Navratri ke bhog bar, Rakesh aur Jane ke taraf le",
                         f"{TEXT}|{NAMEC}"),
            "order_id": L("DD-ORD-26-21877", BUY)}),
        case(f, f"{a}/api/v3/coupon", fmt="form", headers=_h(rng, **b), body={
            "coupon": "HARELI10", "cart_total": L("790", BUY)}),
        case(f, f"{a}/api/v3/kisan/kis_0214", headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/khet/visit", headers=_h(rng, **b), body={
            "store": STORE["id"], "tithi": "2026-11-14", "log": 3,
            "naanv": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "rakam": L(900, BUY), "visit_id": obj(rng, "kv")}),
        case(f, f"{a}/api/v3/khet/checkin", headers=_h(rng, **b), body={
            "visit_id": obj(rng, "kv"), "jagha": {"lat": fla, "lng": flo},
            "store": {"id": STORE["id"], "lat": STORE["lat"], "lng": STORE["lon"],
                      "mobail": STORE["phone"]}}),
        multipart(f, f"{a}/api/v3/shikayat/photu", [
            ("photu", "ghun.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {
                "order_id": L("DD-ORD-26-20931", BUY),
                "vivran": L("Bori ma ghun (weevil) niklis, aadha chaur kharab", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/shikayat", headers=_h(rng, **b), body={
            "order_id": L("DD-ORD-26-20931", BUY), "maang": "badli",
            "shikayat": L("Pichhla mahina ke bori ma ghun rahis, badal ke bhejav", TEXT)}),
        case(f, f"{a}/api/v3/khoj", headers=_h(rng, **b), query={
            "khoj": L("laal chaur sugar bar", SEARCH), "panna": "1"}),
        case(f, f"{a}/api/v3/raay", fmt="form", headers=_h(rng, **b), body={
            "kisam": "dubraj", "tara": "5",
            "raay": L("Dubraj ke khusbu ekdam gaon jaisan, bhaat narm banthe", TEXT)}),
        case(f, f"{a}/api/v3/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "grahak": L("DD-G-" + USER_ID[2:], UID),
            "saman": [{"sku": "dbj_10", "ginti": 1, "daam": 1380},
                      {"sku": "lal_5", "ginti": 1, "daam": 610}],
            "rakam": L(1990, BUY)}),
        case(f, f"{a}/api/v3/pasand/aahar", headers=_h(rng, **b), body={
            "sugar_layak": L(True, MED), "karan": L("pre-diabetes, doctor kahis low GI",
                                                    f"{TEXT}|{MED}"),
            "kisam_pasand": ["laal_chaur", "dubraj"]}),
        case(f, f"{a}/api/v3/bill/sab", headers=_h(rng, how="none"), cookies={
            "dd_satr": L(opaque(rng, "", 40), CRED), "dd_device": L(INSTALL_ID, DID),
            "dd_req": rid(rng)}),
        lines(f, f"{a}/api/v3/sync", [
            {"op": "bhent_order", "order_id": L("DD-ORD-26-21877", BUY), "rakam": L(790, BUY)},
            {"op": "sandesa_bahini", "naanv": L(SISTER_US[0], NAMEC),
             "email": L(SISTER_US[2], MAIL)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("subscribed", 1, rakam=L(1380, BUY)),
                ev("screen", 2, screen=L("KhetVisit", USAGE))]}),
    ]


def dubraj_sdks() -> list[Case]:
    rng = random.Random(30772)
    return [
        mc_batch(APP, rng, [("Subscribed", {"kg": 10, "total": L(1380, BUY)}),
                            ("Gift Sent", {"total": L(790, BUY)})], at=RP_HOME_AT, nd=2,
                 adid=True),
        mc_identify(APP, rng, {"city": L("Raipur", COARSE), "plan": "monthly_10"}),
        mc_queue(APP, rng, [("Field Visited", {"store": STORE["id"]}),
                            ("Photo Taken", {})]),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, at=RP_HOME_AT, nd=3,
               keywords="rice,grocery,organic"),
        bf_notice(APP, rng, "win"),
        cd_session(APP, rng, secs=274),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "1380.00"),
        mm_geocode(APP, rng, "Nagri Dhamtari", "behavior.search", near=RP_HOME_AT, nd=2),
        mm_reverse(APP, rng, FARM_FIX, PRECISE, nd=4),
        hs_attach(APP, rng, L(JPEG + b"\x4c", MEDIA), "bori_label.jpg", "image/jpeg"),
    ]
