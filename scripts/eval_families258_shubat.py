"""A desert camel farm's milk-delivery app "Shubat" (fermented camel milk delivered to their Nukus
flat twice a week, for her anaemia on her doctor's advice; its API's keys are Karakalpak in
Latin letters, snake_case, ASCII-folded: ``ati_joni`` full name, ``telefon``, ``parol``,
``kod``, ``manzil``, ``podezd`` entrance, ``qabat`` floor, ``mahalle``, ``qala``, ``abonent``
subscriber, ``jazilis`` subscription, ``shise_sani`` bottles, ``kunler`` days, ``summa``,
``tolem``, ``karta_songi_tort``, ``sebep`` reason, ``esik_kodi`` door code, ``buyirtpa`` order,
``jetkerildi`` delivered, ``kenlik`` / ``uzinliq``, ``toqtatiw`` pause, ``eskertpe`` note,
``ferma`` farm, ``adamlar`` people, ``bala_jasi`` child's age, ``pikir`` review, ``baha``
rating, ``shagim`` complaint, ``dos`` friend, ``sebet`` basket, ``qurilma``, ``waqiyalar``):
sign-up, an SMS log-in, ``/men``, the products, the subscription (the reason her anaemia), its
payment, the door code, the delivery's track, the doorstep confirmation with her fix, a pause
naming Khiva, a farm visit and its gate check-in, a review, a complaint with a photo, an offline
queue of changes (JSON Lines), the basket (msgpack), invoices by subscriber number in the path,
a friend invited, push, events and a log-out. Milk and grocery deliveries exist; a camel-milk
(shubat) farm's subscription is new ("shubat", "camel milk" matched nothing)."""

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
    PRECISE,
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
from eval_families24_kit import claims, rid
from eval_families258_kit import (
    FARM,
    FARM_FIX,
    NK_HOME,
    NK_HOME_AT,
    SUBSCRIBER,
    fix,
    hd,
    kpush,
    obj,
)
from eval_families258_sdk import (
    bq_bid,
    bq_notice,
    es_batch,
    es_queue,
    tq_event,
    tq_launch,
    tq_link,
)
from eval_families258_svc import cb_card, cb_wallet, mp_geocode, mp_reverse
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("shubat", "Shubat", "com.example.shubat", "1.1.9", "https://api.shubat.example.com")
IID = "X-Shubat-Qurilma"
PW = "TuyeSut!77"
SUBSCRIPTION = "SB-44107"  # her subscription (financial.purchase)
FRIEND = ("Dilfuza Allamuratova", "+998933305127")  # a colleague she invites (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kaa=True, **kw)


def shubat() -> list[Case]:
    rng = random.Random(25851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, abonent=L(SUBSCRIBER, UID), telefon=L(E164, TEL)))}
    hla, hlo = fix(NK_HOME_AT)
    fla, flo = fix(FARM_FIX, 5)
    inv = at_path(case(f, f"{a}/v1/abonentler/{SUBSCRIBER}/esaplar", headers=_h(rng, **b),
                       query={"ay": "2026-02"}), SUBSCRIBER, UID)
    return [
        case(f, f"{a}/v1/dizim", headers=_h(rng), body={
            "ati_joni": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
            "el_pochta": L(EMAIL, MAIL), "parol": L(PW, CRED),
            "manzil": L(NK_HOME["line"], ADDR), "podezd": L("2", ADDR), "qabat": L("3", ADDR),
            "mahalle": L(NK_HOME["mahalle"], COARSE), "qala": L(NK_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/kiriw/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("740263", CRED)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/onimler", headers=_h(rng, **b), query={
            "ferma": FARM["id"], "til": "kaa"}),
        case(f, f"{a}/v1/jazilis", headers=_h(rng, **b), body={
            "abonent": L(SUBSCRIBER, UID), "jazilis": L(SUBSCRIPTION, BUY),
            "onim": "shubat_1l", "shise_sani": 2, "kunler": ["sesh", "juma"],
            "summa": L(224000, BUY), "sebep": L("temir jetispewshiligi (anemiya)", MED)}),
        case(f, f"{a}/v1/tolem", fmt="form", headers=_h(rng, **b), body={
            "jazilis": L(SUBSCRIPTION, BUY), "summa": L("224000", BUY), "valyuta": "UZS",
            "karta_songi_tort": L("4444", PAY), "usil": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/jetkeriw/esik", fmt="form", headers=_h(rng, **b), body={
            "abonent": L(SUBSCRIBER, UID), "esik_kodi": L("1407", CRED),
            "waqit": "07:00-09:00"}),
        case(f, f"{a}/v1/jetkeriw/baqlaw", headers=_h(rng, **b), query={
            "buyirtpa": L("BY-260224-3310", BUY)}),
        case(f, f"{a}/v1/jetkeriw/aldim", headers=_h(rng, **b), body={
            "buyirtpa": L("BY-260224-3310", BUY), "orin": {"kenlik": hla, "uzinliq": hlo},
            "kurer": "kr_0019", "kurer_telefon": "+998905117702"}),
        case(f, f"{a}/v1/jazilis/toqtatiw", headers=_h(rng, **b), body={
            "jazilis": L(SUBSCRIPTION, BUY), "bastap": "2026-03-10", "shekem": "2026-03-20",
            "eskertpe": L("Xiywaga enemnin ayina ketemiz", f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/v1/ferma/sapar", headers=_h(rng, **b), body={
            "ferma": FARM["id"], "sane": "2026-04-05", "adamlar": 3,
            "bala_jasi": L(10, BIRTH), "summa": L(150000, BUY), "bron": obj(rng, "fb")}),
        case(f, f"{a}/v1/ferma/keldik", headers=_h(rng, **b), body={
            "ferma": FARM["id"], "orin": {"kenlik": fla, "uzinliq": flo},
            "ferma_orni": {"kenlik": FARM["lat"], "uzinliq": FARM["lon"]}}),
        case(f, f"{a}/v1/pikirler", fmt="form", headers=_h(rng, **b), body={
            "baha": "5", "pikir": L("Shubat jaqsi, salqin keledi, kurer waqtinda.", TEXT)}),
        multipart(f, f"{a}/v1/shagimlar", [
            ("suwret", "shise.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {
                "buyirtpa": L("BY-260224-3310", BUY),
                "xabar": L("Bir shisenin qaqpagi ashiq keldi", TEXT)})], headers=_h(rng, **b)),
        lines(f, f"{a}/v1/sinxron", [
            {"amel": "shise_ozgertiw", "jazilis": L(SUBSCRIPTION, BUY), "shise_sani": 3,
             "abonent": L(SUBSCRIBER, UID)},
            {"amel": "kun_qosiw", "kun": "dus", "abonent": L(SUBSCRIBER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sebet", fmt="msgpack", headers=_h(rng, **b), body={
            "abonent": L(SUBSCRIBER, UID), "onimler": [
                {"onim": "shubat_1l", "sani": 2, "baha": 56000},
                {"onim": "tuye_jun_shulik", "sani": 1, "baha": 120000}],
            "jami": L(232000, BUY)}),
        inv,
        case(f, f"{a}/v1/dos_shaqiriw", headers=_h(rng, **b), body={
            "dos": {"ati_joni": L(FRIEND[0], NAMEC), "telefon": L(FRIEND[1], TEL)},
            "xabar": L(f"Dilfuza, meni kodim menen birinshi shise tegin! Telefonim {PHONE}",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/qurilma", headers=_h(rng, **b), body=kpush(push_token(rng))),
        case(f, f"{a}/v1/waqiyalar", gz=True, headers=_h(rng, **b), body={
            "paydalaniwshi": L(USER_ID, UID), "waqiyalar": [
                ev("jazilis", 1), ev("ekran", 2, ekran=L("Jetkeriw", USAGE))]}),
        case(f, f"{a}/v1/shigiw", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "qurilma": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def shubat_sdks() -> list[Case]:
    rng = random.Random(25852)
    link = U("https://shubat.example.com/j", {"jazilis": L(SUBSCRIPTION, BUY), "ref": "sms",
                                              "em": L(EMAIL, MAIL)})
    return [
        es_batch(APP, rng, [("Subscribed", {"total": L(224000, BUY)}),
                            ("Delivered", {"bottles": 2})], at=NK_HOME_AT, nd=3),
        es_queue(APP, rng, [("Farm Visit Booked", {"people": 3}), ("Farm Gate", {})]),
        tq_launch(APP, rng, first=True),
        tq_link(APP, rng, link),
        tq_event(APP, rng, "purchase", {"jazilis": L(SUBSCRIPTION, BUY)}, revenue=224000.0,
                 currency="UZS", hashed=True),
        bq_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=NK_HOME_AT, nd=2,
               keywords="sut,ferma,densawliq"),
        bq_notice(APP, rng, "imp"),
        cb_card(APP, rng),
        cb_wallet(APP, rng, "224000", L(E164, TEL)),
        mp_reverse(APP, rng, NK_HOME_AT, PRECISE, nd=5),
        mp_geocode(APP, rng, NK_HOME["line"], ADDR, near=NK_HOME_AT, nd=4),
    ]
