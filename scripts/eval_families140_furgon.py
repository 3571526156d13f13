"""An intercity furgon (shared minibus) app "Furgoni" (Tirana to Permet, where her husband's
mother lives). Sets 73, 78, 94, 107, 108, 129 and 134 have urban minibus route and fare apps;
Furgoni books seats on a fixed departure from a Tirana terminal, tracks the van on the mountain
road, sends a parcel with the driver and drops the family at a pin. Calls: sign-up, an SMS
code, ``/me``, routes, departures, a seat booking for three (her son by name and age), the
fare, a check-in at the terminal, the trip shared with her mother-in-law, a position beat
(protobuf), an offline track (JSON Lines), a parcel with its photo, the parcel's tracking by
waybill in the path, a drop-off pin (``lat,lon`` in the path), a driver rating, a lost item,
tickets by a cookie GET, a search, an SOS, push and events."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families140_kit import (
    HUSBAND,
    MOTHER_IN_LAW,
    PARCEL,
    PLATE,
    SON,
    TERMINAL,
    TERMINAL_FIX,
    TICKET,
    VILLAGE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families140_sdk import (
    bb_bid,
    bb_notice,
    cx_crash,
    cx_crumb,
    mk_batch,
    mk_queue,
    td_launch,
)
from eval_families140_svc import ck_wallet, md_reverse, md_telemetry, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("furgoni", "Furgoni", "com.example.furgoni", "3.5.2", "https://api.furgoni.example.com")
IID = "X-Furgon-Install"
PW = "Permet!Leuse44"
ROAD = [(40.712402, 19.951377), (40.521896, 20.002741), (40.296118, 20.016524)]  # her phone
#   on the way (Elbasan road, Fier turn, Tepelene): location.precise


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sq=True, **kw)


def furgoni() -> list[Case]:
    rng = random.Random(14061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), rider=L("rd_" + USER_ID[2:], UID)))}
    trip, dep = obj(rng, "trp"), obj(rng, "dep")
    tla, tlo = fix(TERMINAL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, 1765533600),
               (4, [(1, L(ROAD[1][0], PRECISE)), (2, L(ROAD[1][1], PRECISE)), (3, 18.0)]),
               (5, 74), (6, L(55, DEV))], "", lab)
    seg = f"{VILLAGE_AT[0]:.6f},{VILLAGE_AT[1]:.6f}"
    drop = at_path(case(f, f"{a}/v2/trips/{trip}/dropoff/{seg}", headers=_h(rng, **b),
                        body={"ticket": L(TICKET, BUY), "note": "at the fountain"}), seg, PRECISE)
    track = at_path(case(f, f"{a}/v2/parcels/{PARCEL}/track", headers=_h(rng, **b)), PARCEL, BUY)
    queued = lines(f, f"{a}/v2/trips/{trip}/track", [
        {"t": 1765533000 + 600 * i, "lat": L(la, PRECISE), "lon": L(lo, PRECISE),
         "rider": L(USER_ID, UID), "spd": s}
        for i, ((la, lo), s) in enumerate(zip(ROAD, (63.0, 48.5, 37.0), strict=True))],
        headers=_h(rng, **b))
    return [
        case(f, f"{a}/v2/register", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "lang": L("sq", DEV)}),
        case(f, f"{a}/v2/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "cc": "1", "otp": L("319027", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/routes", headers=_h(rng, **b), query={
            "from": L("Tirana", COARSE), "to": L("Permet", COARSE)}),
        case(f, f"{a}/v2/departures", headers=_h(rng, **b), query={
            "route": "tr-pr", "date": "2025-12-12", "terminal": TERMINAL["id"]}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "departure": dep, "seats": 3, "ticket": L(TICKET, BUY), "fare": L(3600, BUY),
            "passengers": [{"name": L(f"{FIRST} {LAST}", NAMEC)},
                           {"name": L(HUSBAND[0], NAMEC)},
                           {"name": L(SON["first"], NAMEC), "age": L(8, BIRTH)}],
            "luggage": 2, "pickup": TERMINAL["id"]}),
        case(f, f"{a}/v2/bookings/{TICKET}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("3600", BUY), "currency": "ALL", "method": L(opaque(rng, "pm_", 24), PAY),
            "save": "1"}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "at": {"lat": tla, "lng": tlo},
            "terminal": {"id": TERMINAL["id"], "lat": TERMINAL["lat"], "lng": TERMINAL["lon"]},
            "plate": PLATE, "seats": ["4", "5", "6"]}),
        case(f, f"{a}/v2/trips/{trip}/share", headers=_h(rng, **b), body={
            "to": {"name": L(MOTHER_IN_LAW[0], NAMEC), "phone": L(MOTHER_IN_LAW[1], TEL)},
            "message": L("Nisemi ne 8, jemi aty rreth ores 1. Ilir do byrek!", TEXT),
            "link": U("https://furgoni.example.com/t", {"trip": trip, "t": L(TICKET, BUY)})}),
        raw(f, f"{a}/v2/trips/{trip}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        queued,
        case(f, f"{a}/v2/parcels", headers=_h(rng, **b), body={
            "waybill": L(PARCEL, BUY), "price": L(500, BUY), "weightKg": 3.2,
            "sender": {"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL)},
            "recipient": {"name": L(MOTHER_IN_LAW[0], NAMEC), "phone": L(MOTHER_IN_LAW[1], TEL),
                          "address": L(MOTHER_IN_LAW[2], ADDR)},
            "contents": L("Drita's blood pressure tablets and a coat", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/parcels/{PARCEL}/photo", [
            ("photo", "parcel.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"waybill": L(PARCEL, BUY), "sealed": True})],
            headers=_h(rng, **b)),
        track,
        drop,
        case(f, f"{a}/v2/ratings", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "stars": "4",
            "comment": L("Shofer i mire, por muzika shume e larte", TEXT)}),
        case(f, f"{a}/v2/lost", headers=_h(rng, **b), body={
            "trip": trip, "ticket": L(TICKET, BUY),
            "text": L("Left a child's green backpack under seat 6", TEXT)}),
        case(f, f"{a}/v2/tickets", headers=_h(rng, how="none"), cookies={
            "fg_sid": L(opaque(rng, "", 40), CRED), "fg_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("furgon Permet e diel mbremje", SEARCH)}),
        case(f, f"{a}/v2/sos", headers=_h(rng, **b), body={
            "trip": trip, "at": {"lat": L(ROAD[2][0], PRECISE), "lng": L(ROAD[2][1], PRECISE)},
            "contact": L(HUSBAND[1], TEL),
            "text": L("Driver overtaking on the bends after Tepelene, we are scared", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "sq_AL")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("seat_booked", 1, seats=3), ev("parcel_sent", 2),
                ev("screen", 3, view=L("LiveTrip", USAGE))]}),
    ]


def furgoni_sdks() -> list[Case]:
    rng = random.Random(14062)
    return [
        mk_batch(APP, rng, [("Seats Booked", {"seats": 3, "fare": L(3600, BUY)}),
                            ("Trip Shared", {})], at=VILLAGE_AT, nd=2, locale="sq_AL"),
        mk_queue(APP, rng, [("Beat Sent", {"n": 31}), ("Screen Viewed",
                                                        {"screen": L("LiveTrip", USAGE)})]),
        td_launch(APP, rng, first=True),
        bb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="travel,bus,permet"),
        bb_notice(APP, rng, "imp"),
        cx_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [cx_crumb("nav", "LiveTrip -> Map"), cx_crumb("log", "no signal")],
                 screen="LiveTripActivity"),
        pl_register(APP, rng, lang="sq", tags={"route": "tr-pr"}),
        ck_wallet(APP, rng, "3600", L(E164, TEL)),
        md_reverse(APP, rng, VILLAGE_AT, PRECISE, nd=6),
        md_telemetry(APP, rng, ROAD[:2], PRECISE),
    ]
