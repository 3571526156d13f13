"""A Tamarin dolphin-watching boat's app "Dofin Lagon" (a morning out in the bay with the
skipper, snorkelling after; its API's keys mix Kreol Morisien camelCase with English:
``prenon``, ``nonFami``, ``imel``, ``telefonn``, ``modpas``, ``sorti`` outing, ``bato`` boat,
``pasaze`` passengers, ``paspor`` passport, ``laz`` age, ``rezervasion`` booking, ``depo``
deposit, ``siyatir`` signature, ``malLamer`` seasickness, ``lasante`` health, ``ramase``
pick-up, ``ladres``, ``lavil``, ``pozision``, ``lat``/``lng``, ``zafer`` gear, ``pwentir`` shoe
size, ``foto``, ``legann`` caption, ``mesaz``, ``komanter``, ``letan`` weather, ``rod``): sign-up,
a log-in, ``/mwa``, the morning's outings, the booking for the three of them (her passport for
the coast-guard manifest), the deposit, the waiver's signature, the health questions, a pick-up
from home, the check-in at the jetty, a protobuf beat from the boat, an offline sightings queue
(JSON Lines), dolphin photos, the photo pack, the snorkel gear sizes, a weather reschedule, a
message to the skipper quoting her phone, a review, the booking by number in the path, the
invoice by cookie, push and events."""

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
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families244_kit import (
    BOAT_FIX,
    HUSBAND,
    JETTY,
    JETTY_FIX,
    MU_HOME,
    MU_HOME_AT,
    PASSPORT,
    SIGHTING_AT,
    SON,
    TRIP,
    fix,
    hd,
    push,
)
from eval_families244_sdk import (
    bp_bid,
    bp_notice,
    ct_session,
    td_batch,
    td_queue,
    tm_event,
    tm_launch,
    tm_link,
)
from eval_families244_svc import mp_reverse, mp_route, mp_telemetry, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("dofinlagon", "Dofin Lagon", "com.example.dofinlagon", "4.0.3",
          "https://api.dofinlagon.example.com")
IID = "X-DL-Device"
PW = "Dofin*Tamarin7"
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dofinlagon() -> list[Case]:
    rng = random.Random(24461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))}
    jla, jlo = fix(JETTY_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TRIP, BUY)), (2, "bt_lagon2"), (3, 1769583600),
               (4, [(1, L(BOAT_FIX[0], PRECISE)), (2, L(BOAT_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(72, DEV))], "", lab)
    booking = at_path(case(f, f"{a}/v2/rezervasion/{TRIP}", headers=_h(rng, **b)), TRIP, BUY)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "prenon": L(FIRST, NAMEC), "nonFami": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefonn": L(E164, TEL), "modpas": L(PW, CRED), "lang": L("en", DEV),
            "newsletter": False}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "modpas": L(PW, CRED), "aparey": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/mwa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sorti", headers=_h(rng, **b), query={
            "dat": "2026-01-28", "depar": JETTY["id"], "nbPlas": "3"}),
        case(f, f"{a}/v2/rezervasion", headers=_h(rng, **b), body={
            "sorti": "so_0728_dofin", "bato": "bt_lagon2", "rezervasion": L(TRIP, BUY),
            "pasaze": [{"non": L(f"{FIRST} {LAST}", NAMEC), "paspor": L(PASSPORT, NID)},
                       {"non": L(HUSBAND[0], NAMEC)},
                       {"non": L(f"{SON['first']} {SON['last']}", NAMEC), "laz": L(6, BIRTH)}],
            "total": L(7500, BUY), "monnen": "MUR", "snorkel": True}),
        case(f, f"{a}/v2/depo", fmt="form", headers=_h(rng, **b), body={
            "rezervasion": L(TRIP, BUY), "montan": L("2500", BUY), "monnen": "MUR",
            "token_kart": L(opaque(rng, "tok_", 24), PAY)}),
        multipart(f, f"{a}/v2/dekarasion", [
            ("siyatir", "siyatir.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"rezervasion": L(TRIP, BUY),
                                                "siyatir_par": L(f"{FIRST} {LAST}", NAMEC),
                                                "versyon": "waiver_v4"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lasante", headers=_h(rng, **b), body={
            "rezervasion": L(TRIP, BUY), "malLamer": L(True, MED),
            "nota": L("Rajen ena lasma, li pou amenn so pomp", f"{TEXT}|{MED}"),
            "konnNaze": {"adilt": 2, "zanfan": 1}}),
        case(f, f"{a}/v2/ramase", headers=_h(rng, **b), body={
            "rezervasion": L(TRIP, BUY), "ladres": L(MU_HOME["line"], ADDR),
            "lavil": L(MU_HOME["town"], COARSE),
            "pozision": {"lat": L(round(MU_HOME_AT[0], 5), PRECISE),
                         "lng": L(round(MU_HOME_AT[1], 5), PRECISE)},
            "ler": "06:15", "pri": L(1200, BUY)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "rezervasion": L(TRIP, BUY), "pozision": {"lat": jla, "lng": jlo, "prezision": 7},
            "jete": {"id": JETTY["id"], "lat": JETTY["lat"], "lng": JETTY["lon"]}}),
        raw(f, f"{a}/v2/bato/pulsasion", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v2/obzervasion/sync", [
            {"rezervasion": L(TRIP, BUY), "kiksoz": "dofin", "kantite": 14,
             "lat": L(round(BOAT_FIX[0] + 0.0012, 6), PRECISE),
             "lng": L(round(BOAT_FIX[1] - 0.0009, 6), PRECISE), "ts": 1769584200},
            {"rezervasion": L(TRIP, BUY), "kiksoz": "balenn", "kantite": 1,
             "lat": L(round(BOAT_FIX[0] + 0.0031, 6), PRECISE),
             "lng": L(round(BOAT_FIX[1] - 0.0027, 6), PRECISE), "ts": 1769585100,
             "zonn": {"lat": SIGHTING_AT[0], "lng": SIGHTING_AT[1]}}],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/foto", [
            ("foto", "dofin_1.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "rezervasion": L(TRIP, BUY),
                "legann": L("Enn group dofin ar zot pitit dan lagon Tamarin", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/foto/pake", fmt="form", headers=_h(rng, **b), body={
            "rezervasion": L(TRIP, BUY), "pake": "dizital_tou", "montan": L("900", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/zafer", headers=_h(rng, **b), body={
            "rezervasion": L(TRIP, BUY),
            "pasaze": [{"pwentir": L(38, FIT), "mask": "M"}, {"pwentir": L(43, FIT),
                                                              "mask": "L"},
                       {"pwentir": L(30, FIT), "mask": "zanfan"}]}),
        case(f, f"{a}/v2/rezervasion/sanze", fmt="form", headers=_h(rng, **b), body={
            "rezervasion": L(TRIP, BUY), "rezon": "letan", "nouvoDat": "2026-01-30"}),
        case(f, f"{a}/v2/mesaz", headers=_h(rng, **b), body={
            "pou": "skipper_bt_lagon2",
            "mesaz": L("Nou pe vini par taxi, si ena reta mo nimero +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/komanter", fmt="form", headers=_h(rng, **b), body={
            "sorti": "so_0728_dofin", "zetwal": "5",
            "komanter": L("Skipper bien respekte dofin yo, nou garson inn kontan nage.", TEXT)}),
        booking,
        case(f, f"{a}/v2/fakti", headers=_h(rng, how="none"), cookies={
            "dl_sesion": L(opaque(rng, "", 40), CRED), "dl_aparey": L(INSTALL_ID, DID),
            "dl_req": rid(rng)}),
        case(f, f"{a}/v2/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/levennman", gz=True, headers=_h(rng, **b), body={
            "itilizater": L(USER_ID, UID), "levennman": [
                ev("rezervasion_fer", 1, total=L(7500, BUY)),
                ev("ekran", 2, ekran=L("MoSorti", USAGE))]}),
    ]


def dofinlagon_sdks() -> list[Case]:
    rng = random.Random(24462)
    link = U("https://dofinlagon.example.com/r", {"rez": L(TRIP, BUY), "src": "imel",
                                                  "em": L(EMAIL, MAIL)})
    return [
        td_batch(APP, rng, [("Trip Booked", {"total": L(7500, BUY)}),
                            ("Checked In", {"jetty": JETTY["id"]})], at=BOAT_FIX, nd=3),
        td_queue(APP, rng, [("Sighting Logged", {"kind": "dofin"}), ("Photo Taken", {})]),
        tm_launch(APP, rng, first=True),
        tm_link(APP, rng, link),
        tm_event(APP, rng, "purchase", {"rez": L(TRIP, BUY)}, revenue=7500.0, currency="MUR",
                 hashed=True),
        bp_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=JETTY_FIX, nd=2,
               keywords="dolphins,tamarin,boat"),
        bp_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=2744),
        py_card(APP, rng),
        py_confirm(APP, rng, "2500"),
        mp_reverse(APP, rng, BOAT_FIX, PRECISE, nd=4),
        mp_route(APP, rng, [(MU_HOME_AT, PRECISE), ((JETTY["lat"], JETTY["lon"]), None)]),
        mp_telemetry(APP, rng, [JETTY_FIX, BOAT_FIX], PRECISE),
    ]
