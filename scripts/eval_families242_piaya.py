"""Bacolod delicacy shop's pre-order app "Piayahan" (piaya, napoleones and barquillos ordered ahead
and collected at the shop or handed over at the Bacolod fast-craft terminal before the crossing;
its API's keys are Hiligaynon, ASCII, mixed with ``email``, ``token``, ``id``: ``ngalan`` first
name, ``apelyido`` surname, ``selpon`` mobile, ``tinago_nga_pulong`` password (lit. "hidden
word"), ``kaadlawon`` birthday, ``puloyan`` residence (street line), ``banwa`` town,
``numero_suki`` regular-customer card, ``orden`` order, ``kabugosan`` total, ``bili`` price,
``bayad`` payment, ``kuhaan`` pick-up point, ``biyahe`` trip, ``hatdan`` delivery address,
``manugbaton`` recipient, ``regalo`` gift, ``sulat`` message, ``pangita`` search, ``puntos``
points, ``reklamo`` complaint, ``lugar`` place, ``lenggwahe`` language, ``sona_oras`` time zone,
``ginhimo`` events, ``gowa`` log out): sign-up, log-in, ``/ako``, the card, shops near her house,
the catalogue, a pre-order with a port hand-over, its payment, the shop check-in, a protobuf
queue beat, a box for her mother-in-law delivered to her Bacolod house (msgpack), points by cookie,
a review, a search, a gift to her sister, the order by number in the path, a card link (base64
JSON in a form field), a complaint, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    NATIONAL,
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
from eval_families242_kit import (
    HOME,
    HOME_AT,
    MIL_AT,
    MIL_HOME,
    MOTHER_IL,
    ORDER,
    PORT_BCD,
    SHOP,
    SHOP_FIX,
    SISTER_US,
    SUKI,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families242_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families242_svc import cl_card, cl_confirm, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("piayahan", "Piayahan", "com.example.piayahan", "3.4.1",
          "https://api.piayahan.example.com")
IID = "X-Piayahan-Gamit"
PW = "Napoleones#Lacson26"
DOB_PH = "05/17/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hil=True, **kw)


def piayahan() -> list[Case]:
    rng = random.Random(24201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), numero_suki=L(SUKI, UID)))}
    sla, slo = fix(SHOP_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SUKI, UID)), (2, SHOP["id"]), (3, 1768550400),
               (4, [(1, L(SHOP_FIX[0], PRECISE)), (2, L(SHOP_FIX[1], PRECISE)), (3, 9.0)]),
               (5, "Q-117")], "", lab)
    order = at_path(case(f, f"{a}/v2/orden/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v2/rehistro", headers=_h(rng), body={
            "ngalan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "tinago_nga_pulong": L(PW, CRED),
            "kaadlawon": L(DOB_PH, BIRTH), "puloyan": L(HOME["line"], ADDR),
            "barangay": L(HOME["brgy"], COARSE), "banwa": L(HOME["town"], COARSE),
            "numero_suki": L(SUKI, UID), "balita": True}),
        case(f, f"{a}/v2/sulod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "tinago_nga_pulong": L(PW, CRED), "dumdumi": "1"}),
        case(f, f"{a}/v2/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kard", headers=_h(rng, **b), query={
            "numero_suki": L(SUKI, UID), "porma": "qr"}),
        case(f, f"{a}/v2/tindahan/malapit", headers=_h(rng, **b), query={
            "latitud": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "longhitud": L(f"{HOME_AT[1]:.3f}", PRECISE), "km": "60", "bukas": "true"}),
        case(f, f"{a}/v2/tindahan/{SHOP['id']}/produkto", headers=_h(rng, **b),
             query={"klase": "piaya", "pahina": "1"}),
        case(f, f"{a}/v2/orden", headers=_h(rng, **b), body={
            "tindahan": SHOP["id"], "orden": L(ORDER, BUY),
            "produkto": [{"sku": "py-ube-10", "kadamuon": 4, "bili": 120},
                         {"sku": "np-box-12", "kadamuon": 2, "bili": 380},
                         {"sku": "bq-tin-20", "kadamuon": 1, "bili": 250}],
            "kabugosan": L(1490, BUY), "kuhaan": PORT_BCD["id"],
            "biyahe": {"oras": "2026-01-16T15:40", "barko": "FC-Ocean-3"},
            "sulat": L("Palihug ibutang sa karton kay bitbiton ko sa barko", TEXT)}),
        case(f, f"{a}/v2/bayad", fmt="form", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "kantidad": L("1490.00", BUY), "kwarta": "PHP",
            "pamaagi": L(opaque(rng, "pm_", 24), PAY), "ulihi_nga_apat": L("4444", PAY)}),
        case(f, f"{a}/v2/abot", headers=_h(rng, **b), body={
            "tindahan": SHOP["id"], "lugar": {"latitud": sla, "longhitud": slo, "sigurado": 7},
            "lugar_tindahan": {"latitud": SHOP["lat"], "longhitud": SHOP["lon"]},
            "orden": L(ORDER, BUY), "abot_id": obj(rng, "ab")}),
        raw(f, f"{a}/v2/pila/pulso", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/padala", fmt="msgpack", headers=_h(rng, **b), body={
            "manugbaton": {"ngalan": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL)},
            "hatdan": {"puloyan": L(MIL_HOME["line"], ADDR), "barangay": L(MIL_HOME["brgy"], COARSE),
                       "banwa": L(MIL_HOME["town"], COARSE),
                       "latitud": L(MIL_AT[0], PRECISE), "longhitud": L(MIL_AT[1], PRECISE)},
            "produkto": [{"sku": "py-org-10", "kadamuon": 2}],
            "kabugosan": L(310, BUY),
            "sulat": L("Nay, wala sang asukar ang isa kay ginabantayan mo ang diabetes mo",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/puntos", headers=_h(rng, how="none"), cookies={
            "py_sesyon": L(opaque(rng, "", 40), CRED), "py_gamit": L(INSTALL_ID, DID),
            "py_req": rid(rng)}),
        case(f, f"{a}/v2/grado", fmt="form", headers=_h(rng, **b), body={
            "tindahan": SHOP["id"], "grado": "5",
            "komento": L("Mainit pa ang piaya pag-abot ko, kag daw bag-o lang naluto!", TEXT)}),
        case(f, f"{a}/v2/pangita", headers=_h(rng, **b), query={
            "pangita": L("piaya nga wala asukar para sa may diabetes", SEARCH),
            "pahina": "1"}),
        case(f, f"{a}/v2/regalo", headers=_h(rng, **b), body={
            "manugbaton": {"ngalan": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "sulat": L("Emily, para sa imo ini halin Bacolod, pasalubong!", TEXT),
            "kantidad": L(500, BUY), "kodigo_regalo": opaque(rng, "GC", 8)}),
        order,
        case(f, f"{a}/v2/kard/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"numero_suki": L(SUKI, UID), "selpon": L(NATIONAL, TEL),
                       "kaadlawon": L(DOB_PH, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v2/reklamo", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "klase": "kulang",
            "sulat": L("Kulang sang isa ka kahon sang napoleones ang akon orden", TEXT)}),
        case(f, f"{a}/v2/gamit", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "gamit_id": L(INSTALL_ID, DID),
            "lenggwahe": L("hil", DEV), "sona_oras": L(TZ, DEV), "modelo": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/ginhimo", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ginhimo": [
                ev("orden", 1, tindahan=SHOP["id"]), ev("bayad", 2, kantidad=L(1490, BUY)),
                ev("screen", 3, screen=L("AkonOrden", USAGE))]}),
        case(f, f"{a}/v2/gowa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
    ]


def piayahan_sdks() -> list[Case]:
    rng = random.Random(24202)
    return [
        mc_batch(APP, rng, [("Order Placed", {"shop": SHOP["id"], "total": L(1490, BUY)}),
                            ("Port Handover Chosen", {"port": PORT_BCD["id"]})],
                 at=SHOP_FIX, nd=2, locale="hil_PH"),
        mc_identify(APP, rng, {"banwa": L("Iloilo City", COARSE), "barangay": L("Tabuc Suba",
                                                                                 COARSE),
                               "numero_suki": L(SUKI, UID), "puntos": 215}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"orden": L(ORDER, BUY)}, revenue=1490.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHOP_FIX, nd=3,
               keywords="pasalubong,bacolod,piaya"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "qr scanner closed"),
                 [cd_crumb("nav", "AkonKard -> Scanner"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v2/abot", "status": 201})],
                 screen="ScannerActivity"),
        pt_register(APP, rng, lang="hil", at=HOME_AT, nd=2,
                    tags={"paborito": SHOP["id"], "banwa": L("Iloilo City", COARSE)}),
        cd_session(APP, rng, secs=612),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1490.00"),
        mm_reverse(APP, rng, MIL_AT, PRECISE, nd=5),
        hs_message(APP, rng, L(f"Ang orden {ORDER} wala naabot sa terminal", f"{TEXT}|{BUY}"),
                   {"numero_suki": L(SUKI, UID)}),
    ]
