"""Coconut-toddy and syrup delivery app "Karewe Bou" (fresh toddy, ``karewe``, and its boiled
syrup, ``kamwaimwai``, cut by a toddy cutter in Eita and brought to the house each morning; its
API's keys are Gilbertese: ``aram`` first name, ``aran_utu`` family name (lit. "name of the
kin"), ``tarebon`` telephone, ``bongin_bung`` birth date, ``tabo_ni_maeka`` dwelling place
(street line), ``kawa`` village, ``aba`` island, ``namba_ni_kaain`` member number, ``kakoaua``
confirmation (code), ``oota`` order, ``mwaiti`` quantity, ``boo`` price, ``mwane`` money
(amount), ``kabwaka`` payment, ``tabo_ni_katoka`` drop-off place, ``kamwaia`` pause, ``taeka``
message, ``ukeuke`` search, ``kanakoa`` send, ``tia_anaa`` recipient, ``kanoa`` contents,
``tamaroa`` rating (lit. "good"), ``bong`` date, ``ngai`` me, ``tani_karewe`` toddy cutter,
``kamwaimwai_bwaoki`` syrup jars, ``kaotioti`` directions, ``mai``/``nakon`` from/to, ``kaati``
card, ``kaiaki`` complaint, ``taetae`` language, ``taone`` town, ``rongorongo`` news (opt-in);
``email``, ``password``, ``token`` English): sign-up, an SMS code, ``/ngai``,
cutters near the house, prices, the daily order, its payment, the drop-off pin, a pause while
they are on Abemama, a protobuf delivery beat, a msgpack tally, points by cookie, a review, a
search, syrup jars sent to the family in Fiji, the receipt by order number in the path, a
base64 JSON card link, a complaint, push, events and a log-out."""

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
    MAIL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families181_kit import (
    CUTTER,
    HOME,
    HOME_AT,
    KAREWE_ACC,
    SISTER_FJ,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families181_sdk import (
    bb_bid,
    bb_notice,
    ct_crash,
    ct_crumb,
    mb_batch,
    mb_identify,
    tb_event,
    tb_launch,
)
from eval_families181_svc import ce_card, ce_confirm, hb_message, mk_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("karewe", "Karewe Bou", "com.example.karewebou", "1.8.2",
          "https://api.karewebou.example.com")
IID = "X-Karewe-Device"
ORDER = "KB-OT-260114-088"  # her standing order (financial.purchase)
SIS_LINE = "Lot 22, Caubati Road, Nasinu"  # her sister-in-law's Fiji address (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gil=True, **kw)


def karewe() -> list[Case]:
    rng = random.Random(18101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    namba_ni_kaain=L(KAREWE_ACC, UID)))}
    dla, dlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(KAREWE_ACC, UID)), (2, obj(rng, "dl")), (3, 1768338000),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/oota/{ORDER}/reta", headers=_h(rng, **b)),
                      ORDER, BUY)
    pause = at_path(case(f, f"{a}/api/v1/oota/{ORDER}/kamwaia", headers=_h(rng, **b), body={
        "mai": "2026-01-20", "nakon": "2026-02-03",
        "taeka": L("Ti nako Abemama n te kaibuke", TEXT)}), ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/kaain", headers=_h(rng), body={
            "aram": L(FIRST, NAMEC), "aran_utu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "tarebon": L(E164, TEL), "password": L("Karewe!Bikeni26", CRED),
            "tabo_ni_maeka": L(HOME["line"], ADDR), "kawa": L(HOME["village"], COARSE),
            "aba": L(HOME["island"], COARSE), "namba_ni_kaain": L(KAREWE_ACC, UID),
            "rongorongo": True}),
        case(f, f"{a}/api/v1/kakoaua", fmt="form", headers=_h(rng), body={
            "tarebon": L(E164, TEL), "kakoaua": L("418206", CRED)}),
        case(f, f"{a}/api/v1/ngai", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/tani_karewe", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "6"}),
        case(f, f"{a}/api/v1/tani_karewe/{CUTTER['id']}/boo", headers=_h(rng, **b),
             query={"bong": "2026-01-14"}),
        case(f, f"{a}/api/v1/oota", headers=_h(rng, **b), body={
            "tani_karewe": CUTTER["id"], "namba_ni_oota": L(ORDER, BUY),
            "karewe_lita": 2, "kamwaimwai_bwaoki": 1, "boo": L(8.5, BUY),
            "tabo_ni_maeka": L(HOME["line"], ADDR),
            "taeka": L("Katokai n te oo, e raoiroi te kamea", TEXT),
            "namba_ni_kaain": L(KAREWE_ACC, UID)}),
        case(f, f"{a}/api/v1/kabwaka", fmt="form", headers=_h(rng, **b), body={
            "oota": L(ORDER, BUY), "mwane": L("59.50", BUY), "currency": "AUD",
            "method": L(opaque(rng, "pm_", 24), PAY), "namba_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/tabo_ni_katoka", headers=_h(rng, **b), body={
            "lat": dla, "lon": dlo, "kaotioti": L("The blue gate after the maneaba", TEXT),
            "tani_karewe": {"lat": CUTTER["lat"], "lon": CUTTER["lon"]}}),
        pause,
        raw(f, f"{a}/api/v1/katoka/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mwaiti", fmt="msgpack", headers=_h(rng, **b), body={
            "namba_ni_kaain": L(KAREWE_ACC, UID), "oota": L(ORDER, BUY),
            "bong": [{"bong": "2026-01-12", "lita": 2}, {"bong": "2026-01-13", "lita": 2}],
            "mwane": L(17, BUY)}),
        case(f, f"{a}/api/v1/points", headers=_h(rng, how="none"), cookies={
            "kb_sesia": L(opaque(rng, "", 40), CRED), "kb_device": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/api/v1/tamaroa", fmt="form", headers=_h(rng, **b), body={
            "tani_karewe": CUTTER["id"], "tamaroa": "5",
            "taeka": L("E kangkang te karewe, ko rabwa!", TEXT)}),
        case(f, f"{a}/api/v1/ukeuke", headers=_h(rng, **b), query={
            "ukeuke": L("kamwaimwai 1 lita Eita", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/kanakoa/fiti", headers=_h(rng, **b), body={
            "tia_anaa": {"aram": L(SISTER_FJ[0], NAMEC), "tarebon": L(SISTER_FJ[1], TEL),
                         "email": L(SISTER_FJ[2], MAIL), "tabo_ni_maeka": L(SIS_LINE, ADDR),
                         "taone": L("Nasinu", COARSE), "aba": L("Fiji", COARSE)},
            "kanoa": [{"kamwaimwai_bwaoki": 4}], "boo": L(46, BUY), "currency": "AUD",
            "taeka": L("Rutiana, te kamwaimwai mairoun Abemama ibukin te Kiritimati!", TEXT)}),
        receipt,
        case(f, f"{a}/api/v1/kaati/kaiia", fmt="form", headers=_h(rng, **b), body={
            "data": W({"namba_ni_kaain": L(KAREWE_ACC, UID), "tarebon": L(E164, TEL),
                       "email": L(EMAIL, MAIL)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/kaiaki", headers=_h(rng, **b), body={
            "oota": L(ORDER, BUY), "kanoa": "mwaen",
            "taeka": L("The toddy was sour on Tuesday and the bottle was not full", TEXT)}),
        case(f, f"{a}/api/v1/kawa", headers=_h(rng, **b), query={
            "kawa": L(HOME["village"], COARSE), "aba": L("Tarawa", COARSE)}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "taetae": L("gil", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("oota", 1, tani_karewe=CUTTER["id"]), ev("kabwaka", 2, mwane=L(59.5, BUY)),
                ev("screen", 3, screen=L("AoOota", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def karewe_sdks() -> list[Case]:
    rng = random.Random(18102)
    return [
        mb_batch(APP, rng, [("Order Placed", {"litres": 2, "total": L(59.5, BUY)}),
                            ("Drop Pin Set", {})], at=HOME_AT, nd=2, locale="gil_KI"),
        mb_identify(APP, rng, {"kawa": L("Bikenibeu", COARSE),
                               "namba_ni_kaain": L(KAREWE_ACC, UID), "points": 120}),
        tb_launch(APP, rng, first=True),
        tb_event(APP, rng, "purchase", {"oota": L(ORDER, BUY)}, revenue=59.5, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="coconut,toddy,food"),
        bb_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "map pin not set"),
                 [ct_crumb("nav", "AoOota -> TaboNiKatoka"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/oota", "status": 201})],
                 screen="TaboActivity"),
        pk_register(APP, rng, lang="gil", at=HOME_AT, nd=2,
                    tags={"tani_karewe": CUTTER["id"], "kawa": L("Bikenibeu", COARSE)}),
        ce_card(APP, rng),
        ce_confirm(APP, rng, "59.50"),
        mk_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hb_message(APP, rng, L(f"Order {ORDER} was charged twice", f"{TEXT}|{BUY}"),
                   {"namba_ni_kaain": L(KAREWE_ACC, UID)}),
    ]
