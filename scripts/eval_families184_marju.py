"""A wild-berry receiving-point app "Marjukas" (she picks cloudberries and lingonberries in the
Olonets forests and sells them at the receiving points as a registered self-employed picker;
Livvi keys in ASCII: ``nimi``, ``sugunimi``, ``telefon``, ``koodu``, ``inn`` tax number,
``samozanyatoi`` self-employed, ``keriai`` picker, ``linnu``, ``schottu`` bank account, ``bik``
bank code, ``marju`` berry (``muuroi`` cloudberry, ``buolu`` lingonberry, ``mustoi``
blueberry), ``kilo``, ``hindu`` price per kilo, ``summu``, ``punktu`` receiving point,
``toimitus`` delivery docket, ``chekku`` tax receipt, ``nalog`` tax, ``ostai`` buyer, ``kohtu``
place, ``leveys`` / ``pitkys`` latitude / longitude, ``meccy`` forest, ``suo`` bog, ``paluu``
return, ``abu`` help contact, ``tervehys``, ``kuva``, ``viesti``, ``eccimine``, ``arvostelu``):
registration, an SMS code, ``/mina``, prices, points near the house, a delivery of berries, its
confirmation, the self-employed tax receipt (her INN; the buyer's INN a negative), her saved bog,
an offline forest sync (msgpack), a protobuf safety beat, a forest-safety plan with her
mother-in-law as contact and her sting allergy, a quality photo, payouts, the payout to her
account, her history by picker number in the path, a message to the point, a search, the
weather for her bog, a review, statements by cookie, push and events. Set 132 (a plantation's
copra sold to a buying station) and set 168 (a mushroom-picking permit) are other kinds: here a
self-employed wild-berry picker's sales and taxes."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families184_kit import (
    BOG_FIX,
    INN,
    MOTHER_IL,
    OLO_HOUSE_AT,
    PICKER,
    RECEIVING,
    RU_ACCOUNT,
    RU_BIK,
    fix,
    hd,
    obj,
    push,
)
from eval_families184_sdk import jg_event, jg_launch, lg_batch, lg_pixel, lg_queue
from eval_families184_svc import ab_message, dk_wallet, kl_register, kr_geocode, kr_telemetry
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("marjukas", "Marjukas", "com.example.marjukas", "1.8.5",
          "https://api.marjukas.example.net")
IID = "X-Marjukas-Laite"
NID = "personal.national_id"
BUYER_INN = "1003004125"  # the receiving company's INN (a business: a negative)
DOCKET = "TM-0817-0442"  # her delivery docket (financial.purchase: her sale)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, krl=True, **kw)


def marjukas() -> list[Case]:
    rng = random.Random(18431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, keriai=L(PICKER, UID), telefon=L(E164, TEL)))}
    bla, blo = fix(BOG_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PICKER, UID)), (2, 1755080400),
               (3, [(1, L(BOG_FIX[0], PRECISE)), (2, L(BOG_FIX[1], PRECISE)), (3, 9.0)]),
               (4, L(48, DEV)), (5, "meccy")], "", lab)
    hist = at_path(case(f, f"{a}/api/keriajat/{PICKER}/istorii", headers=_h(rng, **b),
                        query={"kauzi": "2025"}), PICKER, UID)
    return [
        case(f, f"{a}/api/keriajat", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "inn": L(INN, NID), "samozanyatoi": True, "keriai": L(PICKER, UID),
            "linnu": L("Anuksenlinnu", COARSE), "schottu": L(RU_ACCOUNT, PAY), "bik": RU_BIK}),
        case(f, f"{a}/api/kirjuttavu/koodu", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "koodu": L("330917", CRED)}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/hinnat", headers=_h(rng, **b), query={
            "punktu": RECEIVING["id"], "marju": "muuroi", "datu": "2025-08-14"}),
        case(f, f"{a}/api/punktat/lahil", headers=_h(rng, **b), query={
            "leveys": L(f"{OLO_HOUSE_AT[0]:.3f}", PRECISE),
            "pitkys": L(f"{OLO_HOUSE_AT[1]:.3f}", PRECISE), "km": "25"}),
        case(f, f"{a}/api/toimitukset", headers=_h(rng, **b), body={
            "punktu": RECEIVING["id"], "keriai": L(PICKER, UID), "toimitus": L(DOCKET, BUY),
            "marjat": [{"marju": "muuroi", "kilo": 12.4, "hindu": 650, "summu": L(8060, BUY)},
                       {"marju": "buolu", "kilo": 20.0, "hindu": 180, "summu": L(3600, BUY)}],
            "summu": L(11660, BUY), "punktan_kohtu": {"lat": RECEIVING["lat"],
                                                      "lng": RECEIVING["lon"]}}),
        case(f, f"{a}/api/toimitukset/vahvistus", fmt="form", headers=_h(rng, **b), body={
            "toimitus": L(DOCKET, BUY), "summu": L("11660.00", BUY), "allekirjutus": "ok"}),
        case(f, f"{a}/api/chekat", headers=_h(rng, **b), body={
            "inn": L(INN, NID), "summu": L(11660, BUY), "nalog": L(466.4, BUY),
            "ostai": {"inn": BUYER_INN, "nimi": "OOO Anuksen Marju"},
            "palvelu": "luonnonmarjat", "toimitus": L(DOCKET, BUY)}),
        case(f, f"{a}/api/kohtat", headers=_h(rng, **b), body={
            "nimi": "Anopin suo", "tyyppi": "suo", "lat": bla, "lng": blo,
            "keriai": L(PICKER, UID), "yksityine": True}),
        case(f, f"{a}/api/synk", fmt="msgpack", headers=_h(rng, **b), body={
            "keriai": L(PICKER, UID), "jalgi": [
                {"lat": L(round(BOG_FIX[0] + 0.0009 * i, 6), PRECISE),
                 "lng": L(round(BOG_FIX[1] - 0.0012 * i, 6), PRECISE), "t": 1755079200 + 900 * i}
                for i in range(3)], "korit": [6.1, 6.3], "offline": True}),
        raw(f, f"{a}/api/turvu/pulssi", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/turvu/plan", headers=_h(rng, **b), body={
            "meccy": "Megrega - Tuksa", "paluu": "2025-08-14T19:00",
            "abu": {"nimi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "tervehys": L("allergii ampuaizen pistolole, adrenaliinu keral", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/toimitukset/kuva", [
            ("kuva", "muuroi_kori.jpg", "image/jpeg", L(JPEG + b"\x3a", MEDIA)),
            ("meta", None, "application/json", {"toimitus": L(DOCKET, BUY), "laatu": "A"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/maksut", headers=_h(rng, **b), query={
            "keriai": L(PICKER, UID), "kuu": "2025-08"}),
        case(f, f"{a}/api/maksut/ulos", fmt="form", headers=_h(rng, **b), body={
            "schottu": L(RU_ACCOUNT, PAY), "bik": RU_BIK, "summu": L("11660.00", BUY),
            "keriai": L(PICKER, UID)}),
        hist,
        case(f, f"{a}/api/viestit", headers=_h(rng, **b), body={
            "punktu": RECEIVING["id"],
            "viesti": L("Tuon huomei 15 kilo muuroidu, oletgo avoi kahekseh?", TEXT)}),
        case(f, f"{a}/api/eccimine", headers=_h(rng, **b), query={
            "eccimine": L("mustoin hindu Anuksenlinnu", SEARCH)}),
        case(f, f"{a}/api/ilmu", headers=_h(rng, **b), query={
            "lat": L(f"{BOG_FIX[0]:.2f}", COARSE), "lng": L(f"{BOG_FIX[1]:.2f}", COARSE),
            "paivat": "3"}),
        case(f, f"{a}/api/arvostelu", fmt="form", headers=_h(rng, **b), body={
            "punktu": RECEIVING["id"], "tahtet": "5",
            "tekstu": L("Vaagat oigiet, dengat tuldih samana paivan", TEXT)}),
        case(f, f"{a}/api/tiliotteet", headers=_h(rng, how="none"), cookies={
            "mj_sess": L(opaque(rng, "", 40), CRED), "mj_laite": L(INSTALL_ID, DID),
            "mj_req": rid(rng)}),
        case(f, f"{a}/api/laite", headers=_h(rng, **b), body=push(push_token(rng), "olo_RU")),
        case(f, f"{a}/api/sobytiet", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sobytiet": [
                ev("toimitus", 1, kilo=32.4), ev("ekran", 2, ekran=L("Chekat", USAGE))],
            "sessii": obj(rng, "ss")}),
    ]


def marjukas_sdks() -> list[Case]:
    rng = random.Random(18432)
    return [
        lg_batch(APP, rng, [("Delivery Made", {"total": L(11660, BUY)}),
                            ("Receipt Issued", {})], at=BOG_FIX, nd=2, locale="olo_RU"),
        lg_queue(APP, rng, [("Bog Saved", {"kind": "suo"}), ("Safety Beat", {"n": 4})]),
        lg_pixel(APP, rng, "Prices Opened", {"berry": "muuroi"}),
        jg_launch(APP, rng, user=True),
        jg_event(APP, rng, "sale", {"toimitus": L(DOCKET, BUY)}, revenue=11660.0),
        kl_register(APP, rng, lang="olo", at=OLO_HOUSE_AT, nd=2,
                    tags={"linnu": L("Anuksenlinnu", COARSE), "marju": "muuroi"}),
        dk_wallet(APP, rng, "11660", L(E164, TEL)),
        kr_geocode(APP, rng, "Priemnyi punkt Olonets", SEARCH, near=BOG_FIX, nd=3),
        kr_telemetry(APP, rng, [BOG_FIX, OLO_HOUSE_AT], PRECISE),
        ab_message(APP, rng, L(f"Chekku toimitukseh {DOCKET} ei tulluh", f"{TEXT}|{BUY}"),
                   {"keriai": L(PICKER, UID)}),
    ]
