"""Wine cellar and home-brewing log "Cellarly": sign-up behind an age gate, log-in, ``/me``, an
age check with her licence, a bottle added (vintage, ABV, price paid), a label scan, the cellar
synced (gzip), a tasting note, a cellar sensor's readings, a bottle listed for sale and one
bought on the marketplace, the order's status by number in the path, a wine club, a friend
invited to the cellar, a brewing batch, the hydrometer's readings (protobuf), a brew-day note
(msgpack), a recipe search, wine shops near home, push, events and the cellar's value by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import F32, pb, raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head
from eval_families44_kit import BATCH, BOTTLES, FLOAT, SHOP, obj
from eval_families44_sdk import (
    bs_bid,
    cf_crumb,
    cf_report,
    lr_event,
    lr_session,
    tb_identify,
    tb_track,
)
from eval_families44_svc import fh_eval, pb_opened, pw_confirm, pw_method
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("cellarly", "Cellarly", "com.example.cellarly", "4.1.3", "https://api.cellarly.example.com")
IID = "Cellarly-Install-Id"
PW = "Pauillac&Hops15"
ORDER = "CL-ORD-551207"  # her marketplace order (financial.purchase)


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _ship() -> dict[str, Any]:
    return {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def _bottle(rng: random.Random, w: dict[str, Any]) -> dict[str, Any]:
    return {"id": obj(rng, "bt", 8), "wine": w["wine"], "vintage": w["vintage"], "abv": w["abv"],
            "qty": w["qty"], "bin": w["bin"], "ageYears": 2025 - w["vintage"],
            "pricePaid": L(w["price"], BUY)}


def cellarly() -> list[Case]:
    rng = random.Random(4451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), age_ok=True))}
    lab: dict[str, str] = {}
    reads = pb([(1, L(USER_ID, UID)), (2, BATCH["id"]), (3, FLOAT["serial"])]
               + [(4, [(1, 1765000000 + 21600 * i), (2, F32(1.052 - 0.006 * i)),
                       (3, F32(19.0 + 0.3 * i))]) for i in range(4)], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "displayName": L(NAME, NAMEC),
            "birthDate": L(DOB, BIRTH), "country": L("US", COARSE), "state": L(STATE, COARSE),
            "over21": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/age-check", [
            ("id_front", "licence.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "dob": L(DOB, BIRTH), "number": L(LICENCE, NATID), "state": L(STATE, COARSE),
                "expires": "2030-05-17", "type": "drivers_licence"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/bottles", headers=_h(rng, **b), body={
            **_bottle(rng, BOTTLES[0]), "purchasedFrom": SHOP["id"], "shop": SHOP["name"],
            "shopPhone": SHOP["phone"], "purchasedOn": "2025-11-29"}),
        multipart(f, f"{a}/v1/labels/scan", [
            ("label", "label.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("hints", None, "application/json", {"ocr": "LERCHENHOF RIESLING SPATLESE 2019 8.5%",
                                                 "ean": "4006542019831"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/cellar/sync", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "bottles": [_bottle(rng, w) for w in BOTTLES],
            "tempC": 13.2, "rev": 88}),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "wine": BOTTLES[1]["wine"], "vintage": 1991, "score": 95,
            "text": L("Opened the '91 port for my 34th birthday, figs and walnut, still alive",
                      f"{TEXT}|{BIRTH}")}),
        case(f, f"{a}/v1/sensors/readings", headers=_h(rng, **b), body={
            "sensor": "CS-TH1-0419", "ble": "C9:41:22:0D:6B:18", "readings": [
                [1765382400, 13.1, 68], [1765386000, 13.3, 67], [1765389600, 13.2, 68]]}),
        case(f, f"{a}/v1/market/listings", headers=_h(rng, **b), body={
            "bottle": obj(rng, "bt", 8), "ask": "160.00", "vintage": 2015, "condition": "cellar",
            "shipFrom": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/market/orders", headers=_h(rng, **b), body={
            "listing": obj(rng, "ls", 8), "price": L("140.00", BUY), "shipping": L("18.00", BUY),
            "shipTo": _ship(), "paymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "adultSignature": True}),
        at_path(case(f, f"{a}/v1/market/orders/{ORDER}", headers=_h(rng, **b)), ORDER, BUY),
        case(f, f"{a}/v1/club/join", headers=_h(rng, **b), body={
            "plan": L("club_collector_quarterly", BUY), "price": L("119.00", BUY),
            "shipTo": _ship(), "contactPhone": L(NATIONAL, TEL), "giftNote": None}),
        case(f, f"{a}/v1/cellar/share", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[2][0], NAMEC), "email": L(PEOPLE[2][2], MAIL), "role": "viewer"}),
        case(f, f"{a}/v1/brew/batches", headers=_h(rng, **b), body={
            "batch": BATCH["id"], "name": BATCH["name"], "style": "American Pale Ale",
            "og": BATCH["og"], "targetFg": 1.011, "ibu": BATCH["ibu"], "litres": BATCH["litres"],
            "abvTarget": 5.4, "hydrometer": {"serial": FLOAT["serial"], "ble": FLOAT["ble"]}}),
        raw(f, f"{a}/v1/brew/readings", reads, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/brew/{BATCH['id']}/log", fmt="msgpack", headers=_h(rng, **b), body={
            "step": "dry_hop", "grams": 60, "hop": "Citra",
            "note": L("Dry hopped a day early, the airlock smells like grapefruit", TEXT)}),
        case(f, f"{a}/v1/recipes/search", headers=_h(rng, **b),
             query={"q": L("hazy pale ale extract", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/shops/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE), "km": "3"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("bottle_added", 1, vintage=2015), ev("note_saved", 2, score=95),
                ev("screen", 3, screen=L("CellarGrid", USAGE))]}),
        case(f, f"{a}/v1/cellar/value", headers=_h(rng, how="none"), cookies={
            "cl_session": L(opaque(rng, "", 40), CRED), "cl_device": L(INSTALL_ID, DID)}),
    ]


def cellarly_sdks() -> list[Case]:
    rng = random.Random(4452)
    return [
        tb_track(APP, rng, [("Bottle Added", {"pricePaid": L(89.0, BUY), "vintage": 2015}),
                            ("Batch Created", {"style": "APA"})]),
        tb_identify(APP, rng, {"email": L(EMAIL, MAIL), "ageVerified": True,
                               "state": L(STATE, COARSE), "bottles": 10}),
        lr_session(APP, rng, first=True),
        lr_event(APP, rng, "or8m2c", {"listing": "port_1991"}, revenue=158.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gz=True,
               keywords="wine,bordeaux,homebrew"),
        cf_report(APP, rng, ("java.lang.NumberFormatException", "For input string: \"13,5\""),
                  [cf_crumb("navigation", "Cellar -> AddBottle")], context="AddBottleActivity"),
        fh_eval(APP, rng, {"market": True, "state": L(STATE, COARSE)}),
        pw_method(APP, rng, email=True),
        pw_confirm(APP, rng, "158.00"),
        pb_opened(APP, rng, "club_drop_dec"),
    ]
