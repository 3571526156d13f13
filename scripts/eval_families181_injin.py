"""Outboard-motor workshop app "Injin" (a fictional Ambo workshop that services outboard engines,
sells parts and fuel on account, and keeps a trip register so a boat that is late back is
looked for). Its API's keys are Gilbertese: the shared ``aram``, ``aran_utu``, ``tarebon``,
``tabo_ni_maeka``, ``kawa``, ``mwane``, ``kabwaka``, ``taeka``, ``ukeuke``, ``tamnei``, ``boo``,
``bong``, ``ngai``, plus ``booti`` boat, ``injin`` engine, ``kanoa`` contents (of a job: the
fault), ``nako`` trip (lit. "go"), ``oki`` return, ``tabo`` place, ``kaain_booti`` people on
board, ``tia_buoka`` emergency contact (lit. "helper"), ``tamaroa`` rating, ``reta`` letter
(invoice); ``fuel``, ``quote``, ``parts`` and ``token`` English): sign-up, a log-in, ``/ngai``,
the family boat registered, a service booked, a photo of the engine, the quote accepted, the
payment, a parts search and order, fuel on account, a trip registered (float plan), a protobuf
beat at sea, an offline queue (msgpack), back safe, invoices by customer number in the path, a
review, a message to the mechanic, the weather at 2 decimals, push, events and a token refresh.
Sets 46, 111 and 154 have fishing logbooks and a mooring association; set 144's boatmen take
passengers; none is an engine workshop."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families181_kit import (
    BOAT,
    CUSTOMER,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    SEA_FIX,
    WORKSHOP,
    hd,
    obj,
    push,
)
from eval_families181_sdk import bb_bid, bb_notice, ct_session, mb_batch, mb_queue, tb_launch
from eval_families181_svc import ce_card, ce_confirm, mk_reverse, mk_route, mk_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("injin", "Injin", "com.example.injin", "2.2.5", "https://api.injin.example.com")
IID = "X-Injin-Device"
PW = "Yamaha?No!Injin40"
LANDING_BKB = (1.368912, 173.123677)  # the family's boat landing on the lagoon side (hers)
ORDER = "INJ-PO-77120"  # the parts order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def injin() -> list[Case]:
    rng = random.Random(18141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tarebon=L(E164, TEL), customer=L(CUSTOMER, UID)))}
    trip = obj(rng, "tr")
    job = obj(rng, "jb")
    lab: dict[str, str] = {}
    beat = pb([(1, L(CUSTOMER, UID)), (2, trip), (3, 1768722000),
               (4, [(1, L(SEA_FIX[0], PRECISE)), (2, L(SEA_FIX[1], PRECISE)), (3, 11.5)]),
               (5, L(71, DEV))], "", lab)
    inv = at_path(case(f, f"{a}/v1/customers/{CUSTOMER}/reta", headers=_h(rng, **b),
                       query={"year": "2026"}), CUSTOMER, UID)
    return [
        case(f, f"{a}/v1/customers", headers=_h(rng), body={
            "aram": L(FIRST, NAMEC), "aran_utu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "tarebon": L(E164, TEL), "password": L(PW, CRED),
            "tabo_ni_maeka": L(HOME["line"], ADDR), "kawa": L(HOME["village"], COARSE),
            "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ngai", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/booti", headers=_h(rng, **b), body={
            "hull": BOAT["hull"], "injin": {"serial": BOAT["engine_serial"], "hp": BOAT["hp"],
                                            "stroke": 2},
            "owners": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "tabo": {"lat": L(LANDING_BKB[0], PRECISE), "lon": L(LANDING_BKB[1], PRECISE)},
            "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/service", headers=_h(rng, **b), body={
            "job": job, "workshop": WORKSHOP["id"], "bong": "2026-01-16",
            "kanoa": L("Overheats after 20 minutes, weak tell-tale stream", TEXT),
            "pickup": L(HOME["line"], ADDR), "customer": L(CUSTOMER, UID)}),
        multipart(f, f"{a}/v1/service/{job}/tamnei", [
            ("tamnei", "impeller.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {"job": job, "part": "water pump"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/service/{job}/quote", fmt="form", headers=_h(rng, **b), body={
            "quote": L("145.00", BUY), "accept": "yes", "labour_h": "2.5"}),
        case(f, f"{a}/v1/kabwaka", fmt="form", headers=_h(rng, **b), body={
            "job": job, "mwane": L("145.00", BUY), "currency": "AUD",
            "method": L(opaque(rng, "pm_", 24), PAY), "namba_4": L("4444", PAY)}),
        case(f, f"{a}/v1/parts", headers=_h(rng, **b), query={
            "ukeuke": L("impeller 40hp 2-stroke", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/parts/order", headers=_h(rng, **b), body={
            "oota": L(ORDER, BUY), "items": [{"sku": "IMP-6H4-44352", "qty": 1, "boo": 38.0},
                                             {"sku": "SPK-B7HS", "qty": 2, "boo": 6.5}],
            "total": L(51.0, BUY), "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/fuel", fmt="form", headers=_h(rng, **b), body={
            "customer": L(CUSTOMER, UID), "litres": "40", "mix": "50:1",
            "mwane": L("96.00", BUY), "account": "on_credit"}),
        case(f, f"{a}/v1/nako", headers=_h(rng, **b), body={
            "nako": trip, "mai": {"lat": L(LANDING_BKB[0], PRECISE),
                                  "lon": L(LANDING_BKB[1], PRECISE)},
            "nakon": L("Abaiang lagoon", COARSE), "oki_n": "2026-01-18T17:30",
            "kaain_booti": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "life_jackets": 3, "radio": "VHF 16",
            "tia_buoka": {"aram": L(MOTHER_IL[0], NAMEC), "tarebon": L(MOTHER_IL[1], TEL)}}),
        raw(f, f"{a}/v1/nako/{trip}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nako/{trip}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "customer": L(CUSTOMER, UID),
            "fixes": [{"lat": L(round(SEA_FIX[0] + 0.0021 * i, 6), PRECISE),
                       "lon": L(round(SEA_FIX[1] - 0.0017 * i, 6), PRECISE),
                       "t": 1768722300 + 300 * i} for i in range(3)]}),
        case(f, f"{a}/v1/nako/{trip}/oki", fmt="form", headers=_h(rng, **b), body={
            "status": "oki_raoi", "lat": L(f"{LANDING_BKB[0]:.5f}", PRECISE),
            "lon": L(f"{LANDING_BKB[1]:.5f}", PRECISE)}),
        inv,
        case(f, f"{a}/v1/tamaroa", fmt="form", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "tamaroa": "4",
            "taeka": L("Fixed in one day, but the spark plugs cost more than the quote", TEXT)}),
        case(f, f"{a}/v1/taeka", headers=_h(rng, **b), body={
            "nakon": "mechanic_tebano",
            "taeka": L("Taaniera brings the engine on Friday, call him on +68673012244",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L(f"{SEA_FIX[0]:.2f}", COARSE), "lon": L(f"{SEA_FIX[1]:.2f}", COARSE),
            "hours": "12"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("trip_registered", 1), ev("screen", 2, screen=L("NakoLive", USAGE))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def injin_sdks() -> list[Case]:
    rng = random.Random(18142)
    return [
        mb_batch(APP, rng, [("Trip Registered", {"people": 2}), ("Back Safe", {})],
                 at=SEA_FIX, nd=3),
        mb_queue(APP, rng, [("Trip Beat", {"speed_kn": 11.5}), ("Fuel Bought", {"litres": 40})]),
        tb_launch(APP, rng, first=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="boats,fishing,engines"),
        bb_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=1620),
        ce_card(APP, rng),
        ce_confirm(APP, rng, "145.00"),
        mk_reverse(APP, rng, SEA_FIX, PRECISE, nd=4),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((WORKSHOP["lat"], WORKSHOP["lon"]), None)]),
        mk_telemetry(APP, rng, [SEA_FIX, LANDING_BKB], PRECISE),
    ]
