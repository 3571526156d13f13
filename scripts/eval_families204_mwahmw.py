"""Fish-market pre-order app "Mwahmwko" (the Dekehtik fish market by the causeway: buyers reserve
reef fish and tuna from the morning's boats, choose cleaning and ice, pick up or have it brought
home; she is the buyer). Its API's keys are Pohnpeian: ``ede``, ``imeil``, ``delepwohn``,
``lokaia_rir``, ``kohd`` code, ``mwahmw`` fish, ``soahng`` kind, ``kilo`` kilograms, ``ais`` ice,
``karakarahda`` cleaning (scaling), ``wasa`` place, ``wasahn_ale`` pick-up place,
``kadar_lel_ihmw`` bring to the house, ``wasahn_kousoan`` street line, ``kahnimw`` town, ``ahnsou``
time, ``rahn`` day, ``mwohni``, ``pwain``, ``oda`` order, ``nempe`` number, ``kisinlikou``,
``soumwahu`` illness, ``rapahki``, ``mak`` rating, ``lokaia`` remark, ``kamadipw`` feast, ``mehla``
funeral, ``pwoint`` points, ``rahnwet`` today, ``wekid`` change, ``wiewia``; paths ``ntingidi``,
``pedolong``, ``ngehi``. Sign-up, an e-mail code log-in, ``/ngehi``, the morning catch, an order
for a funeral feast (a tuna and reef fish), its payment, the delivery to the house (address and
fix), a protobuf courier beat, a change (msgpack), the pick-up check-in with her fix, a food-safety
report of ciguatera symptoms, the order by number in the path, points by cookie, a review, a
search, a standing order, a catch alert, her address, a message to the vendor, push, events and a
log-out. Earlier sets have fish landing beaches and catch diaries from the fisher's side; this is a
market buyer's pre-order app (a docstring grep for "fish market" and "tuna" found none)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families204_kit import (
    BUYER,
    HOME,
    HOME_AT,
    HUSBAND,
    MARKET,
    MARKET_FIX,
    TZ,
    fix,
    hd,
)
from eval_families204_sdk import (
    bs_bid,
    sm_batch,
    sm_queue,
    ts_event,
    ts_launch,
    ts_link,
)
from eval_families204_svc import cm_card, cm_confirm, mk_reverse, mk_route, mk_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("mwahmwko", "Mwahmwko", "com.example.mwahmwko", "1.11.4",
          "https://api.mwahmwko.example.com")
IID = "X-Mwahmwko-Device"
ORDER = "MK-260117-0093"  # her order for the funeral feast (financial.purchase)
COURIER_AT = (6.968214, 158.212905)  # the courier's scooter on the way (not hers: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pon=True, **kw)


def mwahmwko() -> list[Case]:
    rng = random.Random(20461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), buyer=L(BUYER, UID)))}
    mla, mlo = fix(MARKET_FIX, 5)
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(ORDER, BUY)), (2, "cr_0417"), (3, 1768620000),
               (4, [(1, COURIER_AT[0]), (2, COURIER_AT[1])]), (5, 6)], "", lab)
    order = at_path(case(f, f"{a}/v2/oda/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v2/ntingidi", headers=_h(rng), body={
            "ede": L(f"{FIRST} {LAST}", NAMEC), "imeil": L(EMAIL, MAIL),
            "delepwohn": L(E164, TEL), "lokaia_rir": L("Dekehtik*2026", CRED),
            "kahnimw": L(HOME["town"], COARSE), "buyer": L(BUYER, UID)}),
        case(f, f"{a}/v2/pedolong/imeil", fmt="form", headers=_h(rng), body={
            "imeil": L(EMAIL_UPPER, MAIL), "kohd": L("480552", CRED)}),
        case(f, f"{a}/v2/ngehi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/mwahmw/rahnwet", headers=_h(rng, **b), query={
            "market": MARKET["id"], "rahn": "2026-01-17"}),
        case(f, f"{a}/v2/oda", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "buyer": L(BUYER, UID), "market": MARKET["id"],
            "mwahmw": [{"soahng": "yellowfin", "kilo": 18.5, "price_kg": 4.5},
                       {"soahng": "parrotfish", "kilo": 6.0, "price_kg": 3.75}],
            "ais": True, "karakarahda": "scale_and_gut", "mwohni": L(105.75, BUY),
            "lokaia": L("Mwahmw en kamadipw en mehla en Madolenihmw, rahn Sarerdei",
                        TEXT)}),
        case(f, f"{a}/v2/pwain", fmt="form", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "mwohni": L("105.75", BUY), "currency": "USD",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kard_4": L("4444", PAY)}),
        case(f, f"{a}/v2/kadar_lel_ihmw", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "wasahn_kousoan": L(HOME["line"], ADDR),
            "kahnimw": L(HOME["area"], COARSE), "wasa": {"lat": hla, "lon": hlo},
            "delepwohn": L(HUSBAND[1], TEL), "ahnsou": "07:30",
            "lokaia": L("Blue house behind the church, call Kasiano", TEXT)}),
        raw(f, f"{a}/v2/oda/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/oda/wekid", fmt="msgpack", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "ais": 2, "kilo_tuna": 20.0, "mwohni": L(114.75, BUY)}),
        case(f, f"{a}/v2/wasahn_ale/kohdo", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "wasa": {"lat": mla, "lon": mlo},
            "market": {"lat": MARKET["lat"], "lon": MARKET["lon"], "stall": "st_12"}}),
        case(f, f"{a}/v2/soumwahu", headers=_h(rng, **b), body={
            "oda": L("MK-251229-0041", BUY),
            "soumwahu": [L("tingling lips", MED), L("hot-cold reversal", MED),
                         L("diarrhoea", MED)],
            "rahn": "2025-12-30", "mwahmw": "grouper",
            "lokaia": L("After the grouper from stall 7 my husband and I had numb lips and "
                        "cold felt hot, the hospital said ciguatera", f"{TEXT}|{MED}")}),
        order,
        case(f, f"{a}/v2/pwoint", headers=_h(rng, how="none"), cookies={
            "mk_sess": L(opaque(rng, "", 40), CRED), "mk_dev": L(INSTALL_ID, DID),
            "mk_req": rid(rng)}),
        case(f, f"{a}/v2/mak", fmt="form", headers=_h(rng, **b), body={
            "market": MARKET["id"], "stall": "st_12", "mak": "5",
            "lokaia": L("Fresh tuna, cleaned well, on time for the funeral", TEXT)}),
        case(f, f"{a}/v2/rapahki", headers=_h(rng, **b), query={
            "rapahki": L("mahi mahi fillet no bones", SEARCH)}),
        case(f, f"{a}/v2/oda/standing", headers=_h(rng, **b), body={
            "buyer": L(BUYER, UID), "rahn": ["fri"], "mwahmw": "skipjack", "kilo": 3,
            "mwohni": L(12.0, BUY)}),
        case(f, f"{a}/v2/kisinlikou", headers=_h(rng, **b), body={
            "stall": "st_12", "oda": L(ORDER, BUY),
            "kisinlikou": L("Please keep the tuna head for my mother-in-law Sohpia Lihpai in "
                            "Madolenihmw", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/ngehi/wasahn", fmt="form", headers=_h(rng, **b), body={
            "wasahn_kousoan": L(HOME["line"], ADDR), "kahnimw": L(HOME["town"], COARSE),
            "zip": L(HOME["post"], COARSE), "delepwohn": L(E164, TEL)}),
        case(f, f"{a}/v2/alert", headers=_h(rng, **b), body={
            "buyer": L(BUYER, UID), "mwahmw": ["yellowfin", "skipjack"], "kilo_min": 10,
            "market": MARKET["id"], "ahnsou": "05:00-08:00"}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "lokaia": L("pon", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/wiewia", gz=True, headers=_h(rng, **b), body={
            "aramas": L(USER_ID, UID), "wiewia": [
                ev("oda", 1, mwohni=L(105.75, BUY)), ev("skrihn", 2, skrihn=L("Catch", USAGE))]}),
        case(f, f"{a}/v2/pedoisang", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def mwahmwko_sdks() -> list[Case]:
    rng = random.Random(20462)
    link = U("https://mwahmwko.example.com/o", {"oda": L(ORDER, BUY), "ref": "sms",
                                                "em": L(EMAIL, MAIL)})
    return [
        sm_batch(APP, rng, [("Order Placed", {"total": L(105.75, BUY)}),
                            ("Delivery Chosen", {})], at=HOME_AT, nd=3, locale="pon_FM"),
        sm_queue(APP, rng, [("Catch Viewed", {"market": MARKET["id"]}), ("Cart Opened", {})]),
        ts_launch(APP, rng, first=True),
        ts_link(APP, rng, link),
        ts_event(APP, rng, "purchase", {"oda": L(ORDER, BUY)}, revenue=105.75, hashed=True),
        bs_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HOME_AT, nd=2,
               keywords="fish,tuna,kolonia"),
        cm_card(APP, rng),
        cm_confirm(APP, rng, "105.75", "usd"),
        mk_reverse(APP, rng, HOME_AT, PRECISE, nd=4),
        mk_route(APP, rng, [((MARKET["lat"], MARKET["lon"]), None), (HOME_AT, PRECISE)]),
        mk_telemetry(APP, rng, [MARKET_FIX, HOME_AT], PRECISE),
    ]

