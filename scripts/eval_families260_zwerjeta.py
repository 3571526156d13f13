"""Biosphere-reserve volunteers' app "Zwerjeta" (zwěrjeta: animals; the Spreewald reserve's
volunteer programme and ranger walks: stork counts, otter signs, willow pruning, damaged
boardwalks; the rangers' evening walks are booked and paid in it). Its API's keys are Lower
Sorbian, ASCII-folded, with English words kept: ``wolontarka`` volunteer (f.),
``wolontarski_numer`` volunteer ID, ``psedme``, ``familijowe_me``, ``email``, ``telefon``,
``datum_narozenja``, ``mesto``, ``adresa``, ``droga``, ``postowa_licba``, ``nuzowy_kontakt``
emergency contact, ``kuri`` walk, ``wosoby``, ``dorosli`` adults, ``zise`` child, ``suma``,
``rezerwacija``, ``plasenje``, ``bocany`` storks, ``gnezdo`` nest, ``mlode`` young, ``wudra``
otter, ``slěd`` (``sled``) sign, ``syrina`` / ``dlujkosc``, ``dokradnosc`` accuracy, ``licba``
count, ``pokazka`` note, ``goziny`` hours, ``nadawk`` task, ``skoda`` damage, ``pytanje``,
``zawescenje`` insurance, ``mlody_ranger`` junior ranger, ``grat``, ``tsojenja``: volunteer
sign-up, log-in, ``/ja``, the walks, an otter walk booked for the three of them, its payment, a
stork count with her fix beside the nest, an otter slide with a photo, an offline sighting queue
(JSON Lines), her hours (msgpack), a broken boardwalk, a search, a protobuf transect, the
volunteer certificate by ID in the path, the volunteers' accident insurance, Kito as a junior
ranger, news by cookie, the water level, push, events and a log-out."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families260_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    NEST_AT,
    OTTER_FIX,
    SIGHT_FIX,
    SON,
    STATION,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families260_sdk import (
    bk_bid,
    bk_notice,
    cs_batch,
    cs_queue,
    zl_session,
    zw_event,
    zw_launch,
)
from eval_families260_svc import bm_reverse, bm_route, pl_card, pl_confirm, pw_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zwerjeta", "Zwerjeta", "com.example.zwerjeta", "1.9.0",
          "https://api.zwerjeta.example.org")
IID = "X-Zwerjeta-Grat"
PW = "Bocan&Wudra2026"
WALK = "ZW-R-88104"  # the otter walk booked (financial.purchase)
BOARDWALK_FIX = (51.881602, 13.996117)  # her phone at the broken boardwalk
TRANSECT = [(51.879102, 13.990815), (51.879844, 13.992406)]  # her fixes on the survey line


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def zwerjeta() -> list[Case]:
    rng = random.Random(26071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    wolontarka=L(VOLUNTEER, UID)))}
    sla, slo = fix(SIGHT_FIX)
    ola, olo = fix(OTTER_FIX)
    bla, blo = fix(BOARDWALK_FIX, 4)
    lab: dict[str, str] = {}
    line = obj(rng, "ln")
    transect = pb([(1, L(VOLUNTEER, UID)), (2, line), (3, 1781420000),
                   (4, [(1, L(TRANSECT[0][0], PRECISE)), (2, L(TRANSECT[0][1], PRECISE))]),
                   (5, [(1, L(TRANSECT[1][0], PRECISE)), (2, L(TRANSECT[1][1], PRECISE))]),
                   (6, L(51, DEV))], "", lab)
    cert = at_path(case(f, f"{a}/v1/wolontarki/{VOLUNTEER}/wobswedcenje", headers=_h(rng, **b),
                        query={"leto": "2026"}), VOLUNTEER, UID)
    return [
        case(f, f"{a}/v1/wolontarki", headers=_h(rng), body={
            "psedme": L(FIRST, NAMEC), "familijowe_me": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(NATIONAL, TEL), "datum_narozenja": L(DOB, BIRTH),
            "mesto": L(HOME["town"], COARSE), "wolontarski_numer": L(VOLUNTEER, UID),
            "nuzowy_kontakt": {"me": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "zajmy": ["ptaski", "wudra", "wjerby"]}),
        case(f, f"{a}/v1/psizjawjenje", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gronidlo": L(PW, CRED), "grat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kuri", headers=_h(rng, **b), query={
            "stacija": STATION["id"], "wot": "2026-06-01", "do": "2026-06-30"}),
        case(f, f"{a}/v1/kuri/wudra_wjacor/rezerwacija", headers=_h(rng, **b), body={
            "datum": "2026-06-19T20:30", "wosoby": {"dorosli": 2, "zise": 1},
            "rezerwacija": L(WALK, BUY), "suma": L(18, BUY),
            "wolontarka": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v1/plasenje", fmt="form", headers=_h(rng, **b), body={
            "rezerwacija": L(WALK, BUY), "suma": L("18.00", BUY), "waluta": "EUR",
            "metoda": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/bocany/licenje", headers=_h(rng, **b), body={
            "gnezdo": {"id": "gn_leipe_07", "syrina": NEST_AT[0], "dlujkosc": NEST_AT[1]},
            "mestno": {"syrina": sla, "dlujkosc": slo, "dokradnosc": 6},
            "stare": 2, "mlode": 3, "datum": "2026-06-12T18:05",
            "wolontarka": L(VOLUNTEER, UID)}),
        multipart(f, f"{a}/v1/wudra/sled", [
            ("wobraz", "otter_slide.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("meta", None, "application/json", {
                "syrina": ola, "dlujkosc": olo, "sled": "slide+spraint",
                "pokazka": L("Fresh slide on the bank behind the wooden bridge, fish scales", TEXT),
                "wolontarka": L(VOLUNTEER, UID)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/wobgledowanja/rynk", [
            {"druzyna": "ciconia_ciconia", "licba": 1,
             "syrina": L(round(SIGHT_FIX[0] + 0.0021, 5), PRECISE),
             "dlujkosc": L(round(SIGHT_FIX[1] - 0.0034, 5), PRECISE), "ts": 1781284000},
            {"druzyna": "alcedo_atthis", "licba": 1,
             "syrina": L(round(OTTER_FIX[0] - 0.0008, 5), PRECISE),
             "dlujkosc": L(round(OTTER_FIX[1] + 0.0011, 5), PRECISE), "ts": 1781285900}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/goziny", fmt="msgpack", headers=_h(rng, **b), body={
            "wolontarka": L(VOLUNTEER, UID), "datum": "2026-03-14", "goziny": 4.5,
            "nadawk": "wjerby_psereznus", "skupina": "sk_lehde_3"}),
        case(f, f"{a}/v1/skoda", headers=_h(rng, **b), body={
            "typ": "most_z_deskow", "mestno": {"syrina": bla, "dlujkosc": blo},
            "pokazka": L("Two planks broken on the boardwalk to the Lehde meadows, a child "
                         "could fall through", TEXT)}),
        case(f, f"{a}/v1/pytanje", headers=_h(rng, **b), query={
            "q": L("stork nest Leipe webcam", SEARCH)}),
        raw(f, f"{a}/v1/transekty/{line}", transect, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        cert,
        case(f, f"{a}/v1/zawescenje", headers=_h(rng, **b), body={
            "wolontarka": L(VOLUNTEER, UID), "me": L(f"{FIRST} {LAST}", NAMEC),
            "datum_narozenja": L(DOB, BIRTH),
            "adresa": {"droga": L(HOME["line"], ADDR), "postowa_licba": L(HOME["post"], COARSE),
                       "mesto": L(HOME["town"], COARSE)}}),
        case(f, f"{a}/v1/mlody_ranger", headers=_h(rng, **b), body={
            "zise": {"me": L(f"{SON['first']} {SON['last']}", NAMEC),
                     "narodny_datum": L(SON["dob"], BIRTH)},
            "starsej_telefon": L(E164, TEL), "skupina": "jr_summer_2026", "pluwas": True}),
        case(f, f"{a}/v1/nowosci", headers=_h(rng, how="none"), cookies={
            "zw_sesija": L(opaque(rng, "", 40), CRED), "zw_grat": L(INSTALL_ID, DID),
            "zw_req": rid(rng)}),
        case(f, f"{a}/v1/wodowy_staw", headers=_h(rng, **b), query={
            "stacija": STATION["id"], "pegel": "lehde_ost"}),
        case(f, f"{a}/v1/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tsojenja", gz=True, headers=_h(rng, **b), body={
            "wuzywar": L(USER_ID, UID), "tsojenja": [
                ev("licenje_poslane", 1), ev("wobrazowka", 2, wobrazowka=L("Karta", USAGE))]}),
        case(f, f"{a}/v1/wotzjawjenje", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def zwerjeta_sdks() -> list[Case]:
    rng = random.Random(26072)
    return [
        cs_batch(APP, rng, [("Count Sent", {"species": "stork"}),
                            ("Walk Booked", {"total": L(18, BUY)})], at=OTTER_FIX, nd=2),
        cs_queue(APP, rng, [("Sighting Saved", {"species": "otter"}), ("Map Opened", {})]),
        zw_launch(APP, rng, first=True),
        zw_event(APP, rng, "purchase", {"rezerwacija": L(WALK, BUY)}, revenue=18.0,
                 hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="nature,birds,spreewald"),
        bk_notice(APP, rng, "imp"),
        zl_session(APP, rng, secs=1740),
        pw_register(APP, rng, at=SIGHT_FIX, nd=2, tags={"stacija": STATION["id"]}),
        bm_reverse(APP, rng, SIGHT_FIX, PRECISE, nd=4),
        bm_route(APP, rng, [(HOME_AT, PRECISE), ((STATION["lat"], STATION["lon"]), None)],
                 mode="cycling"),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "18.00"),
    ]
