"""A purified-water refilling station's delivery app "Tubigan" (tubig: water; the five-gallon
containers a neighbourhood station refills and brings to the house). Keys in Waray with English:
``pulong_tago`` password (lit. "hidden word"), ``kodigo`` code, ``suki`` regular customer,
``hatod`` delivery, ``galon`` gallon, ``klase`` kind, ``kadamo`` quantity, ``presyo`` price,
``kabug_osan`` total, ``instruksyon`` instruction, ``landmark``, ``purok`` neighbourhood zone,
``marka`` rating, ``dugang`` tip (lit. "extra"), ``suskripsyon`` subscription, ``adlaw`` day,
``balik`` return, ``reklamo`` complaint, ``ig_agda`` invite, ``resibo`` receipt and the shared
words. Calls: sign-up with her local number, an SMS code, ``/ako``, the delivery pin, stations
near her house (3 decimals), an order, its e-wallet payment, the rider's position by order number
in the path, a rating with a tip, a weekly subscription (protobuf), container returns
(msgpack), a complaint with a photo, points by cookie, a promo, the history, a re-schedule, a
message to the station, an invitation to a neighbour, a receipt by order number in the path, a
search, push, events and a log-out. Water-delivery apps exist (set 126's water tanker, set 138's
tank), both for bulk tank water; Tubigan is a refilling station's five-gallon drinking-water
round (a docstring grep for "refilling", "purified" and "drinking water" found none)."""

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
from eval_families183_kit import HOME, HOME_AT, LOCAL_PH, STATION, SUKI, fix, gamit, hd, obj
from eval_families183_sdk import cd_session, mc_batch, mc_queue, tn_event, tn_launch
from eval_families183_svc import cl_wallet, hs_message, mm_reverse, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tubigan", "Tubigan", "com.example.tubigan", "1.4.7", "https://api.tubigan.example.com")
IID = "X-Tubigan-Gamit"
PW = "Galon5!Agos"
ORDERS = ("TG-26-011873", "TG-26-012240")  # her orders (financial.purchase)
LANDMARK = "tupad han sari-sari store ni Aling Bebang, asul nga gate"  # part of her address


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, war=True, **kw)


def tubigan() -> list[Case]:
    rng = random.Random(18341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, suki=L(SUKI, UID), selpon=L(LOCAL_PH, TEL)))}
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    sub = pb([(1, L(SUKI, UID)), (2, [(1, "MON"), (2, 3)]), (3, L(HOME_AT[0], PRECISE)),
              (4, L(HOME_AT[1], PRECISE)), (5, STATION["id"])], "", lab)
    rider = at_path(case(f, f"{a}/api/hatod/{ORDERS[0]}/rider", headers=_h(rng, **b)),
                    ORDERS[0], BUY)
    receipt = at_path(case(f, f"{a}/api/resibo/{ORDERS[1]}", headers=_h(rng, **b),
                           query={"format": "pdf"}), ORDERS[1], BUY)
    return [
        case(f, f"{a}/api/parehistro", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "selpon": L(LOCAL_PH, TEL),
            "email": L(EMAIL, MAIL), "pulong_tago": L(PW, CRED),
            "puyanan": L(HOME["line"], ADDR), "landmark": L(LANDMARK, ADDR),
            "barangay": L(HOME["brgy"], COARSE), "syudad": L(HOME["town"], COARSE),
            "suki": L(SUKI, UID)}),
        case(f, f"{a}/api/auth/otp", fmt="form", headers=_h(rng), body={
            "selpon": L(LOCAL_PH, TEL), "kodigo": L("905172", CRED)}),
        case(f, f"{a}/api/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/puyanan/pin", headers=_h(rng, **b), body={
            "latitud": hla, "longhitud": hlo, "puyanan": L(HOME["line"], ADDR),
            "purok": L("Purok 3", COARSE), "suki": L(SUKI, UID)}),
        case(f, f"{a}/api/stations/hirani", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "2"}),
        case(f, f"{a}/api/hatod", headers=_h(rng, **b), body={
            "order": L(ORDERS[0], BUY), "station": STATION["id"],
            "items": [{"galon": "5gal_round", "klase": "purified", "kadamo": 3, "presyo": 30}],
            "kabug_osan": L(90, BUY), "lugar_hatod": {"lat": hla, "lng": hlo},
            "instruksyon": L("Ibutang la ha gate, may iro kami nga mabangis", TEXT)}),
        case(f, f"{a}/api/bayad", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDERS[0], BUY), "kantidad": L("90.00", BUY), "currency": "PHP",
            "ewallet_numero": L(LOCAL_PH, f"{TEL}|{PAY}"), "metodo": "ewallet"}),
        rider,
        case(f, f"{a}/api/hatod/marka", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDERS[0], BUY), "marka": "5", "dugang": L("20", BUY),
            "komento": L("Salamat, kuya! Mabilis an hatod.", TEXT)}),
        raw(f, f"{a}/api/suskripsyon", sub, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/galon/balik", fmt="msgpack", headers=_h(rng, **b), body={
            "galon_ids": ["GL-0481", "GL-0482"], "deposito_balik": L(300, BUY),
            "suki": L(SUKI, UID)}),
        multipart(f, f"{a}/api/reklamo", [
            ("litrato", "galon.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(ORDERS[0], BUY),
                "reklamo": L("May lumot ha sulod han galon, diri ko iinomon", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/puntos", headers=_h(rng, how="none"), cookies={
            "tg_sesyon": L(opaque(rng, "", 40), CRED), "tg_gamit": L(INSTALL_ID, DID),
            "tg_suki": L(SUKI, UID), "tg_req": rid(rng)}),
        case(f, f"{a}/api/promo", fmt="form", headers=_h(rng, **b), body={
            "kodigo_promo": "IKAPITOLIBRE", "suki": L(SUKI, UID)}),
        case(f, f"{a}/api/hatod/kasaysayan", headers=_h(rng, **b), query={
            "suki": L(SUKI, UID), "pahina": "1"}),
        case(f, f"{a}/api/hatod/{obj(rng, 'hd')}/iskedyul", fmt="form", headers=_h(rng, **b),
             body={"order": L(ORDERS[1], BUY), "petsa": "2026-01-26", "oras": "16:00"}),
        case(f, f"{a}/api/mensahe", headers=_h(rng, **b), body={
            "para": STATION["id"],
            "mensahe": L(f"Kuya, ha {HOME['line']} la liwat, waray ako ha balay pero an akon "
                         "bana aadto", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/ig_agda", headers=_h(rng, **b), body={
            "ngaran": L("Maricel Abuyen", NAMEC), "selpon": L("+639065550321", TEL),
            "suki": L(SUKI, UID)}),
        receipt,
        case(f, f"{a}/api/pamiling", headers=_h(rng, **b), query={
            "pamiling": L("alkaline nga tubig 5 galon", SEARCH)}),
        case(f, f"{a}/api/gamit", headers=_h(rng, **b), body=gamit(push_token(rng))),
        case(f, f"{a}/api/mga_hitabo", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "mga_hitabo": [
                ev("order_gin_himo", 1, kabug_osan=L(90, BUY)),
                ev("screen", 2, screen=L("RiderMapa", USAGE))]}),
        case(f, f"{a}/api/paggawas", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
    ]


def tubigan_sdks() -> list[Case]:
    rng = random.Random(18342)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(90, BUY), "gallons": 3}),
                            ("Rider Tracked", {})], at=HOME_AT, nd=3, locale="war_PH"),
        mc_queue(APP, rng, [("Order Placed", {"total": L(90, BUY)}),
                            ("Promo Redeemed", {"code": "IKAPITOLIBRE"})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"order": L(ORDERS[0], BUY)}, revenue=90.0,
                 currency="PHP", hashed=True),
        cd_session(APP, rng, secs=188),
        cl_wallet(APP, rng, "90", L(LOCAL_PH, TEL)),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mm_telemetry(APP, rng, [HOME_AT], PRECISE),
        pt_register(APP, rng, lang="war", at=HOME_AT, nd=3, tags={"station": STATION["id"]}),
        hs_message(APP, rng, L(f"An order {ORDERS[0]} waray pa naabot", f"{TEXT}|{BUY}"),
                   {"suki": L(SUKI, UID)}),
    ]
