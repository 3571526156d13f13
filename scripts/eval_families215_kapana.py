"""Pre-orders at kapana grill stands in the Oshakati open market, app "Ombelela" ("meat"; its
API's keys are Oshiwambo: ``ongodi`` phone, ``okoodi`` code, ``edhina`` name, ``imeili``
e-mail, ``okakalata`` card, ``ostola`` stand, ``eindilo`` order, ``ombelela`` meat, ``omwaalu``
quantity, ``ondando`` price, ``oshimaliwa`` amount, ``efuto`` payment, ``ehala`` place,
``okukonga`` search, ``edhiladhilo`` comment, ``uuwanawa`` rating, ``omagano`` gift,
``omutaambi`` receiver, ``iiningwanima`` events, ``elaka`` language): sign-up by SMS code, the
code, ``/ngame``, stands near her (3 decimals), a stand's menu, a pre-order (msgpack cart), the
e-wallet payment, a queue ticket, her arrival at the market, the loyalty card by cookie, points,
a review, a search, favourites, a gift order for her husband, the order list by card number in
the path, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families215_kit import (
    HOME_AT,
    HUSBAND,
    KP_CARD,
    MARKET_FIX,
    NA_ACCOUNT,
    STAND,
    fix,
    hd,
    obj,
    push,
)
from eval_families215_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families215_svc import cl_wallet, cy_save, fn_eval, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ombelela", "Ombelela", "com.example.ombelela", "3.1.0",
          "https://api.ombelela.example.net")
IID = "X-Ombelela-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, ng=True, **kw)


def ombelela() -> list[Case]:
    rng = random.Random(21521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    order = "KP-" + str(rng.randrange(10 ** 6, 10 ** 7))
    jw = {"Authorization": J(claims(rng, ongodi=L(E164, TEL), okakalata=L(KP_CARD, UID)))}
    mla, mlo = fix(MARKET_FIX)
    mine = at_path(case(f, f"{a}/v2/okakalata/{KP_CARD}/omaindilo", headers=_h(rng, **b)),
                   KP_CARD, UID)
    return [
        case(f, f"{a}/v2/ishangitha", headers=_h(rng), body={
            "ongodi": L(E164, TEL), "edhina": L(FIRST, NAMEC), "elaka": L("ng", DEV)}),
        case(f, f"{a}/v2/okoodi", fmt="form", headers=_h(rng), body={
            "ongodi": L(NATIONAL, TEL), "okoodi": L("482917", CRED),
            "oshilongitho": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ngame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ngame", headers=_h(rng, **b), body={
            "imeili": L(EMAIL, MAIL), "edhina": L(FIRST, NAMEC), "okakalata": L(KP_CARD, UID)}),
        case(f, f"{a}/v2/oostola/popepi", headers=_h(rng, **b), query={
            "lat": L(f"{MARKET_FIX[0]:.3f}", PRECISE), "lon": L(f"{MARKET_FIX[1]:.3f}", PRECISE),
            "km": "2", "ya_egululwa": "eeh"}),
        case(f, f"{a}/v2/oostola/{STAND['id']}/omulandu", headers=_h(rng, **b)),
        case(f, f"{a}/v2/omaindilo", fmt="msgpack", headers=_h(rng, **b), body={
            "ostola": STAND["id"], "eindilo": L(order, BUY), "okakalata": L(KP_CARD, UID),
            "iinima": [{"ombelela": "ongombe", "omwaalu": 2, "ondando": 40},
                       {"ombelela": "oshikombo", "omwaalu": 1, "ondando": 35},
                       {"edhina": "oshipapa", "omwaalu": 2, "ondando": 10}],
            "oshimaliwa": L(145, BUY), "edhiladhilo": L("Ombelela ya pya nawa, onongwa ya yi",
                                                         TEXT)}),
        case(f, f"{a}/v2/efuto/ewallet", headers=_h(rng, **b), body={
            "eindilo": L(order, BUY), "oshimaliwa": L("145.00", BUY), "ovaluta": "NAD",
            "ongodi_yandje": L(E164, TEL), "ongodi_yostola": STAND["phone"],
            "okoodi_yewallet": L("5531", CRED)}),
        case(f, f"{a}/v2/omaindilo/{order}/omusholondondo", headers=_h(rng, **b), query={
            "okakalata": L(KP_CARD, UID)}),
        case(f, f"{a}/v2/omaindilo/{order}/nde_ya", headers=_h(rng, **b), body={
            "ehala": {"lat": mla, "lon": mlo, "uuyelele": 14},
            "ostola": {"lat": STAND["lat"], "lon": STAND["lon"]}, "okakalata": L(KP_CARD, UID)}),
        case(f, f"{a}/v2/uutoni", headers=_h(rng, how="none"), cookies={
            "om_session": L(opaque(rng, "", 40), CRED), "om_card": L(KP_CARD, UID),
            "om_req": rid(rng)}),
        case(f, f"{a}/v2/uuwanawa", fmt="form", headers=_h(rng, **b), body={
            "ostola": STAND["id"], "uuwanawa": "5",
            "edhiladhilo": L("Meme Kauna oku na ombelela yi li nawa mOshakati!", TEXT)}),
        case(f, f"{a}/v2/okukonga", headers=_h(rng, **b), query={
            "okukonga": L("kapana yongombe nopepe popepi nomaandiso", SEARCH),
            "ehala": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/v2/ehole", headers=_h(rng, **b), body={
            "oostola": [STAND["id"], "st_omk02", "st_omk31"], "okakalata": L(KP_CARD, UID)}),
        case(f, f"{a}/v2/omagano", headers=_h(rng, **b), body={
            "omutaambi": {"edhina": L(HUSBAND[0], NAMEC), "ongodi": L(HUSBAND[1], TEL)},
            "etumwalaka": L("Tangeni, kapana yoye oyi li nale kuMeme Kauna", TEXT),
            "oshimaliwa": L(90, BUY), "okoodi_yomagano": opaque(rng, "GF", 8)}),
        mine,
        case(f, f"{a}/v2/omaindilo/ya_kala", headers=_h(rng, **b), query={
            "okakalata": L(KP_CARD, UID), "omwedhi": "2026-02"}),
        case(f, f"{a}/v2/ewallet/kwatakanitha", fmt="form", headers=_h(rng, **b), body={
            "data": W({"ongodi": L(E164, TEL), "okaunda": L(NA_ACCOUNT, PAY),
                       "okakalata": L(KP_CARD, UID)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v2/enyenyeto", headers=_h(rng, **b), body={
            "eindilo": L(order, BUY), "ostola": STAND["id"],
            "etumwalaka": L("Ombelela kaya li ya pya, onda tegelele ominute 40", TEXT)}),
        case(f, f"{a}/v2/oshilongitho", headers=_h(rng, **b), body=push(push_token(rng), "ng_NA")),
        case(f, f"{a}/v2/iiningwanima", gz=True, headers=_h(rng, **b), body={
            "omulongithi": L(USER_ID, UID), "iiningwanima": [
                ev("ostola_ya_tonatelwa", 1, ostola=STAND["id"]),
                ev("eindilo", 2, oshimaliwa=L(145, BUY)),
                ev("screen", 3, screen=L("Omaindilo", USAGE))]}),
        case(f, f"{a}/v2/omupitilo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "slot": obj(rng, "sl")}),
    ]


def ombelela_sdks() -> list[Case]:
    rng = random.Random(21522)
    return [
        mc_batch(APP, rng, [("Stand Viewed", {"stand": STAND["id"]}),
                            ("Order Paid", {"total": L(145, BUY)})],
                 at=MARKET_FIX, nd=3, locale="ng_NA"),
        mc_pixel(APP, rng, "Menu Opened", {"stand": STAND["id"]}),
        mc_queue(APP, rng, [("Queue Ticket", {"n": 14}), ("Picked Up", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "order", {"eindilo": L(order_of(rng), BUY)}, revenue=145.0,
                 currency="NAD", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kapana,braai,food"),
        bf_notice(APP, rng, "imp"),
        fn_eval(APP, rng, {"market": "omk", "ewallet": True}, hdr=True),
        pt_register(APP, rng, lang="ng", at=MARKET_FIX, nd=2, tags={"ostola": STAND["id"]}),
        cy_save(APP, rng, {"analytics": True, "ads": True, "location": True}),
        cl_wallet(APP, rng, "145.00", L(E164, TEL)),
        mm_geocode(APP, rng, "Oshakati open market", SEARCH, near=HOME_AT, nd=3),
        cd_session(APP, rng, secs=233),
    ]


def order_of(rng: random.Random) -> str:
    """The order number the app passes to the MMP (a different order: a purchase)."""
    return "KP-" + str(rng.randrange(10 ** 6, 10 ** 7))
