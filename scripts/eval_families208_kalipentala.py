"""Carpentry workshop order app "Kalipentala" (a carpenter) of a Mzuzu joinery that makes beds,
wardrobes and chairs from Viphya pine and mukwa to order: she orders a bed and a wardrobe for
their house in Chiputula. Its API's keys are Chitumbuka: ``lembeska`` register, ``njira`` log in,
``ine`` me, ``zina``, ``zina_la_fuko``, ``imelo``, ``foni``, ``mazgu_ghachisisi``, ``keyala``
address, ``msumba`` town, ``chigawa`` area, ``katundu`` furniture (goods), ``chinthu`` item,
``chitala`` bed, ``kabati`` wardrobe, ``mpando`` chair, ``khuni`` wood, ``vipimo``
measurements, ``mtundu`` kind, ``mtengo`` price, ``oda`` order, ``ndalama_zose`` total,
``ndalama_zakwamba`` deposit (lit. first money), ``malipiro`` payment, ``mwezi`` month,
``kupeleka`` delivery, ``kupima`` measuring visit, ``wakupokera`` the one who receives,
``malo`` place, ``chithuzi`` photo, ``uthenga`` message, ``penja`` search, ``ndemanga`` review,
``nyenyezi`` stars, ``chitsimikizo`` guarantee, ``risiti`` receipt, ``zuwa`` date,
``vyakuchitika`` events, ``fuma`` log out. Sign-up, a log-in, ``/ine``, the catalogue,
the order (her address and house point), photos of the room by order number in the path, the
deposit, the order's status by number in the path, a message, a measuring visit (her husband
receives), measurements (msgpack), a protobuf delivery confirmation with her fix, a search, a
review, a guarantee claim, instalments, the receipt by cookie, delivery slots, push,
events and a log-out. No earlier set has a carpenter's or joinery's app (a docstring grep for
"carpent", "joiner" and "kalipentala" found nothing; "furniture" matched five lines about shops
and removals, not made-to-order joinery)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families208_kit import (
    HUSBAND,
    MW_ACCOUNT,
    MW_PHONE,
    MZ_HOME,
    MZ_HOME_AT,
    ORDER,
    WORKSHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families208_sdk import bc_bid, mn_batch, mn_identify, tv_event, tv_launch
from eval_families208_svc import cs_card, cs_confirm, hu_message, mk_geocode, mk_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kalipentala", "Kalipentala", "com.example.kalipentala", "1.2.9",
          "https://api.kalipentala.example.com")
IID = "X-Kalipentala-Device"
PW = "Mukwa&Viphya88"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kalipentala() -> list[Case]:
    rng = random.Random(20871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, foni=L(MW_PHONE, TEL), imelo=L(EMAIL, MAIL)))}
    hla, hlo = fix(MZ_HOME_AT)
    item = obj(rng, "it", 8)
    lab: dict[str, str] = {}
    done = pb([(1, L(ORDER, BUY)), (2, [(1, L(MZ_HOME_AT[0], PRECISE)),
                                        (2, L(MZ_HOME_AT[1], PRECISE))]),
               (3, 1769932800), (4, 5)], "", lab)
    photos = multipart(f, f"{a}/api/oda/{ORDER}/vithuzi", [
        ("chithuzi", "chipinda.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
        ("meta", None, "application/json", {"vipimo": "3.4 x 3.1 m", "kona": "kumanzere"})],
        headers=_h(rng, **b))
    status = case(f, f"{a}/api/oda/{ORDER}", headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/lembeska", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_la_fuko": L(LAST, NAMEC), "imelo": L(EMAIL, MAIL),
            "foni": L(MW_PHONE, TEL), "mazgu_ghachisisi": L(PW, CRED),
            "keyala": L(MZ_HOME["line"], ADDR), "msumba": L(MZ_HOME["town"], COARSE),
            "chigawa": L(MZ_HOME["area"], COARSE)}),
        case(f, f"{a}/api/njira", fmt="form", headers=_h(rng), body={
            "foni": L(MW_PHONE, TEL), "mazgu_ghachisisi": L(PW, CRED)}),
        case(f, f"{a}/api/ine", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/katundu", headers=_h(rng, **b), query={
            "mtundu": "chitala", "khuni": "mukwa", "peji": "1"}),
        case(f, f"{a}/api/oda", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "workshop": WORKSHOP["id"],
            "katundu": [{"chinthu": item, "vipimo": "6x4 ft", "khuni": "mukwa",
                         "mtengo": 420000},
                        {"chinthu": "kabati_3", "vipimo": "180x120x55", "khuni": "paini",
                         "mtengo": 310000}],
            "ndalama_zose": L(730000, BUY),
            "kupeleka": {"keyala": L(MZ_HOME["line"], ADDR), "chigawa": L(MZ_HOME["area"],
                                                                          COARSE),
                         "malo": {"lat": hla, "lng": hlo}, "foni": L(MW_PHONE, TEL)}}),
        at_path(photos, ORDER, BUY),
        case(f, f"{a}/api/malipiro", fmt="form", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "ndalama_zakwamba": L("250000", BUY), "ndalama_za": "MWK",
            "wallet": L(MW_PHONE, TEL), "method": L(opaque(rng, "pm_", 24), PAY)}),
        at_path(status, ORDER, BUY),
        case(f, f"{a}/api/uthenga", headers=_h(rng, **b), body={
            "ku": WORKSHOP["id"], "oda": L(ORDER, BUY), "uthenga": L(
                "Chonde kabati likhale na malo gha kupachikamo malaya, tikukhala ku Chiputula",
                f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/api/kupima", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "zuwa": "2026-01-22T15:00",
            "keyala": L(MZ_HOME["line"], ADDR),
            "malo": {"lat": L(round(MZ_HOME_AT[0], 5), PRECISE),
                     "lng": L(round(MZ_HOME_AT[1], 5), PRECISE)},
            "wakupokera": {"zina": L(HUSBAND[0], NAMEC), "foni": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/oda/vipimo", fmt="msgpack", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "khoma_a": 3.42, "khoma_b": 3.11, "msinkhu": 2.6,
            "khomo": 0.82}),
        raw(f, f"{a}/api/kupeleka/confirm", done, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/penja", headers=_h(rng, **b), query={
            "penja": L("chitala cha mukwa na kabati la paini", SEARCH)}),
        case(f, f"{a}/api/ndemanga", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "nyenyezi": 5,
            "ndemanga": L("Ntchito yiwemi chomene, chitala chakhora makora", TEXT)}),
        case(f, f"{a}/api/chitsimikizo", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "chinthu": "kabati_3",
            "uthenga": L("Chitseko cha kabati chikujalika makora yayi", TEXT)}),
        case(f, f"{a}/api/malipiro/mwezi", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "yotsala": L(480000, BUY), "myezi": 4,
            "pa_mwezi": L(120000, BUY), "account": L(MW_ACCOUNT, PAY)}),
        case(f, f"{a}/api/risiti/latest", headers=_h(rng, how="none"), cookies={
            "kp_session": L(opaque(rng, "", 40), CRED), "kp_device": L(INSTALL_ID, DID),
            "kp_req": rid(rng)}),
        case(f, f"{a}/api/kupeleka/slots", headers=_h(rng, **b), query={
            "oda": L(ORDER, BUY), "chigawa": L(MZ_HOME["area"], COARSE)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "en")),
        case(f, f"{a}/api/vyakuchitika", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "vyakuchitika": [
                ev("order_placed", 1, ndalama=L(730000, BUY)),
                ev("screen", 2, screen=L("OdaYane", USAGE))]}),
        case(f, f"{a}/api/fuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kalipentala_sdks() -> list[Case]:
    rng = random.Random(20872)
    return [
        mn_batch(APP, rng, [("Order Placed", {"total": L(730000, BUY)}),
                            ("Deposit Paid", {"amount": L(250000, BUY)})], at=MZ_HOME_AT, nd=2),
        mn_identify(APP, rng, {"msumba": L("Mzuzu", COARSE),
                               "chigawa": L(MZ_HOME["area"], COARSE), "orders": 1}),
        tv_launch(APP, rng, first=True),
        tv_event(APP, rng, "purchase", {"oda": L(ORDER, BUY)}, revenue=730000.0, hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=MZ_HOME_AT, nd=3,
               keywords="furniture,beds,mzuzu"),
        cs_card(APP, rng),
        cs_confirm(APP, rng, "250000"),
        mk_geocode(APP, rng, MZ_HOME["line"] + ", Mzuzu", ADDR, near=MZ_HOME_AT, nd=3),
        mk_reverse(APP, rng, MZ_HOME_AT, PRECISE, nd=5),
        hu_message(APP, rng, L(f"Oda {ORDER} yachedwa kufika", f"{TEXT}|{BUY}"),
                   {"oda": L(ORDER, BUY)}),
    ]
