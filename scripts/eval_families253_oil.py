"""Heating-oil delivery and tank-gauge app "Chiass" (``chiass`` heat: a Ramsey fuel depot's
customers order kerosene, pay by a monthly budget plan and pair a tank gauge; its API's keys are
Manx Gaelic, ASCII-folded, snake_case: ``ennym_slane`` full name, ``post_l`` e-mail,
``chellvane`` phone, ``fockle_follit`` password (lit. hidden word), ``enmys`` address, ``straid``
street, ``balley`` town, ``skeerey`` parish, ``coad_post`` postcode, ``coontey`` account,
``litryn`` litres, ``boayl`` place, ``lheead``/``lhiurid`` latitude/longitude, ``sym`` amount,
``sym_mee`` monthly amount, ``eeckey`` payment, ``kiare_jerree`` last four, ``laa_livrey``
delivery day, ``noteyn_livrey`` delivery notes, ``coad_giat`` gate code, ``ennym_coontey``
account holder, ``earroo_coontey`` account number, ``oyr`` reason, ``eash_lhiannoo`` child's age,
``feme_chiass`` needs heat, ``chaghteraght`` message, ``shirrey`` search, ``chengey`` language,
``greie`` device, ``taghyrtyn`` events): the account with the tank's position, a log-in,
``/mish``, the price by postcode district, an order, its payment, the direct-debit budget plan
(sort code and account number), gauge readings (msgpack), the gauge joined to the home Wi-Fi, the
gauge's history, a boiler service for her husband to let in, the priority-services register (her
illness), the receipt by order number in the path, the delivery's tracking, an offline sync (JSON
Lines), a complaint, a search, a base64 JSON preferences cookie, push, events and a token
refresh. No file name or docstring matched "heating oil" (one docstring lists it among words it
found nothing for), "oil tank", "oil delivery" or "oil boiler"."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    MED,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families253_kit import (
    ACCOUNT_NO,
    DEPOT,
    GAUGE,
    HOME,
    HOME_AT,
    HUSBAND,
    OIL_ACCOUNT,
    SORT_CODE,
    TANK_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families253_sdk import (
    bl_bid,
    bl_notice,
    cc_crash,
    cc_crumb,
    co_batch,
    co_pixel,
    tv_event,
    tv_launch,
)
from eval_families253_svc import ep_card, ep_confirm, hm_message, mb_reverse, pk_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("chiass", "Chiass", "com.example.chiass", "3.0.7", "https://api.chiass.example.com")
IID = "X-Chiass-Greie"
PW = "Kerosene#Lezayre9"
ORDER = "MF-ORD-558120"  # the kerosene order (financial.purchase)
GATE = "1944"  # the side gate's code (secret.credential)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def chiass() -> list[Case]:
    rng = random.Random(25321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, coontey=L(OIL_ACCOUNT, UID), post_l=L(EMAIL, MAIL)))}
    tla, tlo = fix(TANK_AT)
    receipt = at_path(case(f, f"{a}/api/orders/{ORDER}/receipt", headers=_h(rng, **b)),
                      ORDER, BUY)
    return [
        case(f, f"{a}/api/coontey", headers=_h(rng), body={
            "ennym_slane": L(f"{FIRST} {LAST}", NAMEC), "post_l": L(EMAIL_MIXED, MAIL),
            "chellvane": L(NATIONAL, TEL), "fockle_follit": L(PW, CRED),
            "enmys": {"straid": L(HOME["line"], ADDR), "balley": L(HOME["town"], COARSE),
                      "skeerey": L(HOME["parish"], COARSE), "coad_post": L(HOME["post"], COARSE)},
            "coontey": L(OIL_ACCOUNT, UID),
            "tank": {"litryn": 1200, "boayl": {"lheead": tla, "lhiurid": tlo},
                     "aght": "bunded"}}),
        case(f, f"{a}/api/cur-stiagh", headers=_h(rng), body={
            "post_l": L(EMAIL, MAIL), "fockle_follit": L(PW, CRED), "greie": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mish", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/prices", headers=_h(rng, **b), query={
            "coad_post": L("IM8", COARSE), "litryn": "900", "depot": DEPOT["id"]}),
        case(f, f"{a}/api/orders", headers=_h(rng, **b), body={
            "coontey": L(OIL_ACCOUNT, UID), "order": L(ORDER, BUY), "litryn": 900,
            "price_lityr": 0.712, "sym": L(640.80, BUY), "laa_livrey": "2026-01-22",
            "coad_giat": L(GATE, CRED),
            "noteyn_livrey": L("Tank is behind the shed, side gate code 1944, mind the dog",
                               f"{TEXT}|{CRED}")}),
        case(f, f"{a}/api/eeckey", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "sym": L("640.80", BUY), "currency": "GBP",
            "method": L(opaque(rng, "pm_", 24), PAY), "kiare_jerree": L("4444", PAY)}),
        case(f, f"{a}/api/budget-plan", headers=_h(rng, **b), body={
            "coontey": L(OIL_ACCOUNT, UID), "ennym_coontey": L(f"{FIRST} {LAST}", NAMEC),
            "sort_code": L(SORT_CODE, PAY), "earroo_coontey": L(ACCOUNT_NO, PAY),
            "sym_mee": L(95, BUY), "laa_mee": 1, "mandate": obj(rng, "dd")}),
        case(f, f"{a}/api/gauge/readings", fmt="msgpack", headers=_h(rng, **b), body={
            "gauge": GAUGE["serial"], "model": GAUGE["model"], "coontey": L(OIL_ACCOUNT, UID),
            "readings": [{"t": 1768900000 + 3600 * i, "cm": 61 - i, "pct": 24 - i}
                         for i in range(3)], "temp_c": 4.5, "rssi": -71}),
        case(f, f"{a}/api/gauge/wifi", headers=_h(rng, **b), body={
            "gauge": GAUGE["serial"], "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "ip": L(LOCAL_IP, DEV), "gauge_ip": "192.168.1.57"}),
        case(f, f"{a}/api/gauge/{GAUGE['serial']}/history", headers=_h(rng, **b), query={
            "coontey": L(OIL_ACCOUNT, UID), "days": "30"}),
        case(f, f"{a}/api/boiler/service", headers=_h(rng, **b), body={
            "laa": "2026-02-10", "enmys": L(HOME["line"], ADDR),
            "ennym": L(HUSBAND[0], NAMEC), "chellvane": L(HUSBAND[1], TEL),
            "sym": L(85, BUY), "boiler": "condensing 21 kW"}),
        case(f, f"{a}/api/priority-register", headers=_h(rng, **b), body={
            "coontey": L(OIL_ACCOUNT, UID),
            "oyr": L("Chronic illness (fibromyalgia), the cold makes the pain much worse",
                     f"{TEXT}|{MED}"),
            "feme_chiass": L(True, MED), "eash_lhiannoo": L(11, BIRTH),
            "paitchyn_fo_queig": False}),
        receipt,
        case(f, f"{a}/api/livrey/track", headers=_h(rng, **b), query={
            "order": L(ORDER, BUY), "lorry": "lr_07"}),
        lines(f, f"{a}/api/sync", [
            {"op": "reading_seen", "pct": 22, "coontey": L(OIL_ACCOUNT, UID)},
            {"op": "order_draft", "litryn": 500, "sym": L(356.0, BUY)},
            {"op": "screen", "name": L("TankLevel", USAGE)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/complaints", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY),
            "chaghteraght": L("The driver left the side gate open and our dog got out", TEXT)}),
        case(f, f"{a}/api/search", headers=_h(rng, **b), query={
            "shirrey": L("kerosene price Ramsey 1000 litres", SEARCH)}),
        case(f, f"{a}/api/profile/prefs", headers=_h(rng, **b), cookies={
            "ch_sess": L(opaque(rng, "", 40), CRED),
            "ch_prefs": W({"coontey": L(OIL_ACCOUNT, UID), "chengey": L("gv", DEV),
                           "units": "litres"}, "b64json")}),
        case(f, f"{a}/api/greie", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/taghyrtyn", gz=True, headers=_h(rng, **b), body={
            "ymmydeyr": L(USER_ID, UID), "taghyrtyn": [
                ev("order_placed", 1, litryn=900), ev("screen", 2, screen=L("Gauge", USAGE))]}),
        case(f, f"{a}/api/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "greie": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def chiass_sdks() -> list[Case]:
    rng = random.Random(25322)
    return [
        co_batch(APP, rng, [("Order Placed", {"total": L(640.80, BUY)}),
                            ("Gauge Paired", {"model": GAUGE["model"]})], at=HOME_AT, nd=2),
        co_pixel(APP, rng, "Price Viewed", {"district": L("IM8", COARSE)}),
        tv_launch(APP, rng),
        tv_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=640.8, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="heating,oil,home"),
        bl_notice(APP, rng, "win"),
        cc_crash(APP, rng, ("java.io.IOException", "gauge pairing timed out"),
                 [cc_crumb("nav", "Gauge -> Pair"), cc_crumb("tap", "join_wifi")],
                 screen="PairActivity"),
        pk_register(APP, rng, at=TANK_AT, nd=3, tags={"depot": DEPOT["id"]}),
        ep_card(APP, rng, email=True),
        ep_confirm(APP, rng, "640.80"),
        mb_reverse(APP, rng, TANK_AT, PRECISE, nd=6),
        hm_message(APP, rng, L(f"Order {ORDER} was delivered but the app still says pending",
                               f"{TEXT}|{BUY}"), {"coontey": L(OIL_ACCOUNT, UID)}),
    ]
