"""A driver-hire app "Andiwat" (``andiwat moto`` driver: a fictional Calabar service sends a
vetted driver to drive the family's own car, by the hour, for a trip or for the school run). Its
API's keys are Efik in ASCII with English where such apps keep it (``email``, ``token``,
``plate``, ``make``, ``model``, ``fuel``, ``tip``, ``lat``/``lng``): ``enyin`` name,
``enyin_ubon`` surname, ``ukwak_iko`` phone, ``iko_ndibe`` password, ``moto`` car,
``nyene`` owner, ``isan`` trip (lit. "journey"), ``itie_ntongo`` start (lit. "place of
beginning"), ``itie_utit`` destination (lit. "place of the end"), ``itie_odung`` address,
``obio`` town, ``usung`` route, ``ini`` time, ``usen`` day, ``hours`` (kept), ``owo``
passengers / user, ``eyen`` child, ``isua`` age, ``ibat_okuk`` amount, ``ukpe`` payment,
``ofiong`` month, ``ndise`` photo, ``iko`` words, ``etop`` message, ``ndiyom`` search,
``unwam`` help (the SOS contact), ``itie_mi`` my places. Calls: sign-up, a form log-in,
``/ami``, the car registered, a quote (``lat,lon`` at 4 decimals in query values), the trip to
Uyo booked, its payment, the trip by number in the path, live position beats (protobuf), an
offline fix queue (JSON Lines), the SOS contact, a fuel receipt photo, a rating and tip, a
message to the driver, a search, saved places, a school-run plan, invoices by cookie, a lost
item, push, events and a log-out. Ride-hailing, taxi and intercity seat apps are common in
earlier sets; hiring a driver for one's own car ("driver hire", "chauffeur", "private driver"
matched nothing) is new."""

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
from eval_families255_kit import (
    CAR,
    CB_HOME,
    CB_HOME_AT,
    DAUGHTER,
    HUSBAND,
    MIL_HOME,
    MIL_HOME_AT,
    OFFICE,
    SISTER_US,
    TRIP,
    fix,
    hd,
    obj,
    push,
)
from eval_families255_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    tn_launch,
    tn_link,
)
from eval_families255_svc import (
    cl_card,
    cl_confirm,
    cl_wallet,
    mm_reverse,
    mm_route,
    mm_telemetry,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("andiwat", "Andiwat", "com.example.andiwat", "4.0.1", "https://api.andiwat.example.net")
IID = "X-Andiwat-Device"
PW = "Andiwat!Uyo2026"
ROAD_FIX = (5.134417, 8.150732)  # her phone in the car on the Calabar-Itu road
ROAD_FIX2 = (5.201963, 7.991284)  # near Itu bridge
SCHOOL_AT = (4.95871, 8.32244)  # the daughter's school gate (a business's point: negative)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def andiwat() -> list[Case]:
    rng = random.Random(25571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ukwak_iko=L(E164, TEL)))}
    hla, hlo = fix(CB_HOME_AT)
    mla, mlo = fix(MIL_HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TRIP, BUY)), (2, 1768290000),
               (3, [(1, L(ROAD_FIX[0], PRECISE)), (2, L(ROAD_FIX[1], PRECISE)), (3, 21.5)]),
               (4, 78), (5, L(52, DEV))], "", lab)
    trip = at_path(case(f, f"{a}/v1/isan/{TRIP}", headers=_h(rng, **b)), TRIP, BUY)
    return [
        case(f, f"{a}/v1/owo", headers=_h(rng), body={
            "enyin": L(FIRST, NAMEC), "enyin_ubon": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "ukwak_iko": L(E164, TEL), "iko_ndibe": L(PW, CRED), "usen_emana": L(DOB, BIRTH),
            "obio": L(CB_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/ndiduk", fmt="form", headers=_h(rng), body={
            "ukwak_iko": L(E164, TEL), "iko_ndibe": L(PW, CRED), "ukwak": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/moto", headers=_h(rng, **b), body={
            "plate": CAR["plate"], "make": CAR["make"], "model": CAR["model"],
            "year": CAR["year"], "gearbox": "automatic", "office": OFFICE["id"],
            "nyene": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/isan/quote", headers=_h(rng, **b), query={
            "itie_ntongo": L(f"{CB_HOME_AT[0]:.4f},{CB_HOME_AT[1]:.4f}", PRECISE),
            "itie_utit": L(f"{MIL_HOME_AT[0]:.4f},{MIL_HOME_AT[1]:.4f}", PRECISE),
            "hours": "10", "return": "true"}),
        case(f, f"{a}/v1/isan", headers=_h(rng, **b), body={
            "isan": L(TRIP, BUY), "usen": "2026-01-13", "ini": "06:30",
            "itie_ntongo": {"itie_odung": L(CB_HOME["line"], ADDR), "lat": hla, "lng": hlo},
            "itie_utit": {"itie_odung": L(MIL_HOME["line"], ADDR),
                          "obio": L(MIL_HOME["town"], COARSE), "lat": mla, "lng": mlo},
            "owo": [{"enyin": L(f"{FIRST} {LAST}", NAMEC)},
                    {"enyin": L(KID, NAMEC), "eyen": True, "isua": L(8, BIRTH)}],
            "ibat_okuk": L(45000, BUY), "moto": CAR["plate"]}),
        case(f, f"{a}/v1/ukpe", fmt="form", headers=_h(rng, **b), body={
            "isan": L(TRIP, BUY), "ibat_okuk": L("45000.00", BUY), "currency": "NGN",
            "ukpe": L(opaque(rng, "pm_", 24), PAY)}),
        trip,
        raw(f, f"{a}/v1/isan/{TRIP}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/isan/{TRIP}/fixes", [
            {"isan": L(TRIP, BUY), "lat": L(ROAD_FIX2[0], PRECISE),
             "lng": L(ROAD_FIX2[1], PRECISE), "t": 1768291800, "speed": 64},
            {"isan": L(TRIP, BUY), "lat": L(round(ROAD_FIX2[0] + 0.0231, 6), PRECISE),
             "lng": L(round(ROAD_FIX2[1] - 0.0304, 6), PRECISE), "t": 1768292100,
             "speed": 71}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/unwam", headers=_h(rng, **b), body={
            "unwam": [{"enyin": L(HUSBAND[0], NAMEC), "ukwak_iko": L(HUSBAND[1], TEL)},
                      {"enyin": L(SISTER_US[0], NAMEC), "ukwak_iko": L(SISTER_US[1], TEL)}],
            "share_trip": True}),
        multipart(f, f"{a}/v1/fuel", [
            ("ndise", "fuel_receipt.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {"isan": L(TRIP, BUY),
                                                "ibat_okuk": L(28000, BUY), "litres": 35})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rating", fmt="form", headers=_h(rng, **b), body={
            "isan": L(TRIP, BUY), "stars": "5", "tip": L("3000", BUY),
            "iko": L("Careful driver, he slowed down at every pothole after Itu", TEXT)}),
        case(f, f"{a}/v1/etop", headers=_h(rng, **b), body={
            "to": "drv_0583",
            "etop": L(f"Good morning, I am waiting at the gate of {CB_HOME['line']}",
                      f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/ndiyom", headers=_h(rng, **b), query={
            "ndiyom": L("driver for a wedding in Uyo on Saturday", SEARCH)}),
        case(f, f"{a}/v1/itie_mi", headers=_h(rng, **b), body={
            "itie_mi": [
                {"name": "Ufok", "itie_odung": L(CB_HOME["line"], ADDR),
                 "lat": L(CB_HOME_AT[0], PRECISE), "lng": L(CB_HOME_AT[1], PRECISE)},
                {"name": "Mma Uyo", "itie_odung": L(MIL_HOME["line"], ADDR),
                 "lat": L(MIL_HOME_AT[0], PRECISE), "lng": L(MIL_HOME_AT[1], PRECISE)},
                {"name": "Ufok nwed", "lat": SCHOOL_AT[0], "lng": SCHOOL_AT[1]}]}),
        case(f, f"{a}/v1/plans/school_run", headers=_h(rng, **b), body={
            "ofiong": "2026-02", "days": ["mon", "tue", "wed", "thu", "fri"], "ini": "07:10",
            "eyen": {"enyin": L(KID, NAMEC)}, "school": {"lat": SCHOOL_AT[0],
                                                         "lng": SCHOOL_AT[1]},
            "ibat_okuk": L(120000, BUY), "plan": L(opaque(rng, "SR-", 8), BUY)}),
        case(f, f"{a}/v1/invoices", headers=_h(rng, how="none"), cookies={
            "aw_sesion": L(opaque(rng, "", 40), CRED), "aw_device": L(INSTALL_ID, DID),
            "aw_req": rid(rng)}),
        case(f, f"{a}/v1/lost", headers=_h(rng, **b), body={
            "isan": L(TRIP, BUY), "item": obj(rng, "li"),
            "iko": L("My daughter's blue water bottle is under the back seat", TEXT)}),
        case(f, f"{a}/v1/ukwak", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("trip_booked", 1, hours=10), ev("screen", 2, screen=L("LiveTrip", USAGE))]}),
        case(f, f"{a}/v1/ndiworo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ukwak": L(INSTALL_ID, DID)}),
    ]


def andiwat_sdks() -> list[Case]:
    rng = random.Random(25572)
    link = U("https://andiwat.example.net/t", {"isan": L(TRIP, BUY), "ref": "sms",
                                               "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Trip Booked", {"total": L(45000, BUY)}),
                            ("Driver Rated", {"stars": 5})], at=CB_HOME_AT, nd=2),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=ROAD_FIX, nd=3,
               keywords="cars,travel,uyo"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "live trip socket closed"),
                 [cd_crumb("nav", "Isan -> LiveTrip"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v1/isan/beat", "status": 502})],
                 screen="LiveTripActivity"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "45000.00", "ngn"),
        cl_wallet(APP, rng, "3000", L(E164, TEL)),
        mm_route(APP, rng, [(CB_HOME_AT, PRECISE), (MIL_HOME_AT, PRECISE)]),
        mm_reverse(APP, rng, ROAD_FIX, PRECISE, nd=4),
        mm_telemetry(APP, rng, [ROAD_FIX, ROAD_FIX2], PRECISE),
    ]
