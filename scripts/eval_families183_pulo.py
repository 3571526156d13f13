"""A sandbar island's day-trip permit and boat app "Pulohan" (pulo: island) of a fictional
municipal eco-tourism desk off Palompon, Leyte: a capped number of visitors a day, an
environmental fee, a registered outrigger boat and a passenger manifest. Keys in Waray with
English: ``bisita`` visitor, ``permiso`` permit, ``baroto`` boat, ``pasahero`` passenger,
``manifesto`` manifest, ``salbabida`` life vest, ``tolda`` tent, ``pantalan`` port,
``pasaporte`` passport, ``nasyonalidad`` nationality, ``edad`` age, ``bayad_kalikupan``
environmental fee, ``aksidente`` incident, ``balik`` return, ``panahon`` weather and the shared
words. Calls: sign-up (her passport), log-in, ``/ako``, the day's capacity, the permit for the
three of them, its e-wallet payment, the boat, the manifest (JSON Lines), life vests, the port
check-in with her fix (the desk's Wi-Fi joined), the permit by number in the path, a protobuf
beat from the sandbar, an offline fix queue (msgpack), an overnight tent, photos, an incident,
the sea advisory, a review, "back on shore" (5-decimal strings), the invoice by cookie, push
and events. Island-hopping (set 120, the Faroes) and ferry apps (set 126) exist; Pulohan is a
municipality's visitor cap and permit with a registered boat's manifest (a docstring grep for
"sandbar", "day-trip" and "visitor permit" found none)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families183_kit import (
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    ISLAND_AT,
    ISLAND_FIX,
    LOCAL_PH,
    MOTHER_IL,
    PASSPORT,
    PERMIT,
    PORT,
    fix,
    gamit,
    hd,
    obj,
)
from eval_families183_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families183_svc import mm_reverse, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("pulohan", "Pulohan", "com.example.pulohan", "1.2.9", "https://api.pulohan.example.org")
IID = "X-Pulohan-Gamit"
PW = "Balasan$Sandbar26"
NID, FIT = "personal.national_id", "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PORT_FIX = (11.050188, 124.384702)  # her phone at the port
DESK_WIFI = ("PalomponEco-Free", "d8:07:b6:5e:21:4c")  # the desk's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _pax(name: str, age: int, sex: str) -> dict[str, Any]:
    return {"ngaran": L(name, NAMEC), "edad": L(age, BIRTH), "sekso": L(sex, GENDER),
            "emergency": {"ngaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL)}}


def pulohan() -> list[Case]:
    rng = random.Random(18361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), selpon=L(E164, TEL)))}
    pla, plo = fix(PORT_FIX)
    trip = obj(rng, "tr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, 1773360000),
               (4, [(1, L(ISLAND_FIX[0], PRECISE)), (2, L(ISLAND_FIX[1], PRECISE)), (3, 1.5)]),
               (5, L(63, DEV))], "", lab)
    permit = at_path(case(f, f"{a}/v1/permiso/{PERMIT}", headers=_h(rng, **b)), PERMIT, BUY)
    return [
        case(f, f"{a}/v1/parehistro", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "password": L(PW, CRED), "nasyonalidad": "American",
            "pasaporte": L(PASSPORT, NID)}),
        case(f, f"{a}/v1/pagsulod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "gamit": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kapasidad", headers=_h(rng, **b), query={
            "pulo": "balasan", "petsa": "2026-03-14"}),
        case(f, f"{a}/v1/permiso", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "petsa": "2026-03-14", "pulo": "balasan",
            "bisita": [{"ngaran": L(f"{FIRST} {LAST}", NAMEC), "pasaporte": L(PASSPORT, NID)},
                       {"ngaran": L(HUSBAND[0], NAMEC), "edad": L(41, BIRTH)},
                       {"ngaran": L(KID, NAMEC), "edad": L(10, BIRTH)}],
            "bayad_kalikupan": L(450, BUY)}),
        case(f, f"{a}/v1/permiso/bayad", fmt="form", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "kantidad": L("450.00", BUY), "currency": "PHP",
            "ewallet_numero": L(LOCAL_PH, f"{TEL}|{PAY}")}),
        case(f, f"{a}/v1/baroto/booking", headers=_h(rng, **b), body={
            "operator": "bo_palompon_07", "baroto": "MB Bulan Dagat", "pasahero": 3,
            "presyo": L(2500, BUY), "pantalan": PORT["id"], "oras_biya": "07:00",
            "permiso": L(PERMIT, BUY)}),
        lines(f, f"{a}/v1/baroto/manifesto", [
            _pax(f"{FIRST} {LAST}", 34, "babaye"), _pax(HUSBAND[0], 41, "lalaki"),
            _pax(KID, 10, DAUGHTER["sex"])], headers=_h(rng, **b)),
        case(f, f"{a}/v1/salbabida", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "mga_sukat": [
                {"size": "M", "bugat_kg": L(64, FIT)}, {"size": "L", "bugat_kg": L(78, FIT)},
                {"size": "youth", "bugat_kg": L(31, FIT)}]}),
        case(f, f"{a}/v1/pantalan/check_in", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "lugar": {"lat": pla, "lon": plo, "acc": 7},
            "pantalan": {"lat": PORT["lat"], "lon": PORT["lon"]},
            "wifi": {"ssid": L(DESK_WIFI[0], WIFI), "bssid": L(DESK_WIFI[1], WIFI)}}),
        permit,
        raw(f, f"{a}/v1/biyahe/{trip}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/biyahe/{trip}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "fixes": [{"lat": L(round(ISLAND_FIX[0] + 0.0004 * i, 6), PRECISE),
                       "lon": L(round(ISLAND_FIX[1] - 0.0003 * i, 6), PRECISE),
                       "t": 1773360300 + 300 * i} for i in range(3)],
            "pulo": {"lat": ISLAND_AT[0], "lon": ISLAND_AT[1]}}),
        case(f, f"{a}/v1/tolda", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "tolda": L("TL-0219", BUY), "gab_i": 1,
            "kabug_osan": L(800, BUY)}),
        multipart(f, f"{a}/v1/litrato", [
            ("litrato", "sandbar.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Kami tulo ha puti nga baras, kadamo han isda!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aksidente", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "klase": "samad",
            "deskripsyon": L("Nasamad an tiil han akon anak ha bato, nagdudugo pa", f"{TEXT}|{MED}"),
            "kinahanglan_medic": True}),
        case(f, f"{a}/v1/panahon", headers=_h(rng, **b), query={
            "pulo": "balasan", "petsa": "2026-03-14"}),
        case(f, f"{a}/v1/review", fmt="form", headers=_h(rng, **b), body={
            "pulo": "balasan", "marka": "5",
            "komento": L("Malinis an baras, maupay an mga bantay", TEXT)}),
        case(f, f"{a}/v1/biyahe/{trip}/balik", fmt="form", headers=_h(rng, **b), body={
            "status": "naabot_na", "lat": L(f"{PORT_FIX[0]:.5f}", PRECISE),
            "lon": L(f"{PORT_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/invoice/urhi", headers=_h(rng, how="none"), cookies={
            "pl_sesyon": L(opaque(rng, "", 40), CRED), "pl_gamit": L(INSTALL_ID, DID),
            "pl_req": rid(rng)}),
        case(f, f"{a}/v1/gamit", headers=_h(rng, **b), body=gamit(push_token(rng))),
        case(f, f"{a}/v1/mga_hitabo", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "mga_hitabo": [
                ev("permiso_bayad", 1), ev("screen", 2, screen=L("Manifesto", USAGE))]}),
    ]


def pulohan_sdks() -> list[Case]:
    rng = random.Random(18362)
    link = U("https://pulohan.example.org/p", {"permiso": L(PERMIT, BUY), "ref": "email",
                                               "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Permit Paid", {"total": L(450, BUY)}),
                            ("Boat Booked", {"pax": 3})], at=ISLAND_FIX, nd=3),
        mc_queue(APP, rng, [("Island Beat", {"pax": 3}), ("Back On Shore", {})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"permiso": L(PERMIT, BUY)}, revenue=2950.0,
                 currency="PHP", hashed=True),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=ISLAND_FIX, nd=2,
               keywords="beach,island,leyte"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1460),
        mm_reverse(APP, rng, ISLAND_FIX, PRECISE, nd=4),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((PORT["lat"], PORT["lon"]), None)]),
        mm_telemetry(APP, rng, [PORT_FIX, ISLAND_FIX], PRECISE),
    ]
