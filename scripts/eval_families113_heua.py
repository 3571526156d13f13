"""Mekong river-boat ticket app "Heuakhong" (Vientiane; its API's keys are romanised Lao: ``seu``
first name, ``nam_sakun`` surname, ``beu_tho`` phone, ``thi_yu`` address, ``ban`` village,
``meuang`` district, ``khweng`` province, ``beu_bat_pacham_tua`` identity-document number,
``van_keut`` birth date, ``lahat_phan`` password, ``phua`` husband, ``luk`` child, ``lakha``
price): registration, a log-in and the SMS code, ``/khoi`` with a JWT, piers near her house, a
family booking (her, Alex and Nina with their passports), the booking by code in the
path, the payment, her passport's photo, meals with a note on Nina's allergy, the boarding
check-in on the pier, a protobuf position ping and a msgpack trace on the river, the trip shared
with Alex, a lost-property report, a review, the timetable near her, the motorbike as cargo, a
refund, her address, push, events and the tickets by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

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
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families113_kit import (
    BIKE,
    BOAT,
    BOOKING_HK,
    DAUGHTER,
    DOB_LA,
    HOME,
    HOME_AT,
    HUSBAND,
    LA_ACCOUNT,
    LA_E164,
    LA_NAT,
    LA_PHONE,
    LANDING,
    NATID,
    NINA_PASSPORT,
    PASSPORT,
    PIER,
    PIER_FIX,
    TZ,
    fix,
    la_head,
    obj,
    river,
)
from eval_families113_sdk import (
    bl_bid,
    ff_crash,
    ff_crumb,
    ig_event,
    ig_session,
    pw_batch,
    pw_pixel,
)
from eval_families113_svc import no_register, pk_message, tb_confirm, tq_reverse
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("heuakhong", "Heuakhong", "com.example.heuakhong", "2.8.1",
          "https://api.heuakhong.example.com")
IID = "X-Heua-Device"
PW = "Mekong-Sunset-88"
FARE = "1050000"  # three tickets in kip


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return la_head(APP, rng, IID, how=how, **kw)


def heuakhong() -> list[Case]:
    rng = random.Random(11311)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, beu_tho=L(LA_E164, TEL), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    trip = obj(rng, "trip", 10)
    pla, plo = fix(PIER_FIX)
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(18.041377, PRECISE)),
                                                     (2, L(102.398214, PRECISE))]),
               (4, 11.2), (5, BOAT["mmsi"]), (6, 1765341220)], "", lab)
    bk = f"{a}/v1/bookings/{BOOKING_HK}"
    return [
        case(f, f"{a}/v1/lomthabian", headers=_h(rng), body={
            "seu": L(FIRST, NAMEC), "nam_sakun": L(LAST, NAMEC), "beu_tho": L(LA_PHONE, TEL),
            "email": L(EMAIL, MAIL), "lahat_phan": L(PW, CRED), "van_keut": L(DOB_LA, BIRTH),
            "beu_bat_pacham_tua": L(PASSPORT, NATID), "sanxat": "USA",
            "thi_yu": L(HOME["line"], ADDR), "ban": L(HOME["ban"], COARSE),
            "meuang": L(HOME["meuang"], COARSE), "khweng": L(HOME["khweng"], COARSE),
            "rap_khao": True}),
        case(f, f"{a}/v1/khao-labob", fmt="form", headers=_h(rng), body={
            "beu_tho": L(LA_E164, TEL), "lahat_phan": L(PW, CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/otp/kuat", fmt="form", headers=_h(rng), body={
            "beu_tho": L(LA_NAT, TEL), "lahat_otp": L("418207", CRED)}),
        case(f, f"{a}/v1/khoi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tha-heua", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radius": "8000"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "lahat_jong": L(BOOKING_HK, BUY), "route": f"{PIER['id']}>{LANDING['id']}",
            "departure": "2025-12-13T07:30:00+07:00", "boat": BOAT["id"],
            "seu": L(FIRST, NAMEC), "nam_sakun": L(LAST, NAMEC), "van_keut": L(DOB_LA, BIRTH),
            "beu_bat_pacham_tua": L(PASSPORT, NATID),
            "phua": {"seu": L(HUSBAND[0], NAMEC), "nam_sakun": L(HUSBAND[1], NAMEC),
                     "beu_tho": L(HUSBAND[2], TEL), "beu_bat_pacham_tua": L(HUSBAND[3], NATID)},
            "luk": {"seu": L(DAUGHTER["first"], NAMEC), "van_keut": L(DAUGHTER["dob"], BIRTH),
                    "beu_bat_pacham_tua": L(NINA_PASSPORT, NATID)},
            "seats": ["12A", "12B", "12C"], "lakha": L(FARE, BUY), "sakun_ngoen": "LAK"}),
        at_path(case(f, bk, headers=_h(rng, **b)), BOOKING_HK, BUY),
        at_path(case(f, f"{bk}/payment", fmt="form", headers=_h(rng, **b), body={
            "amount": L(FARE, BUY), "currency": "LAK", "method": "laoqr",
            "qr_ref": L("LQR-20251210-0093311", BUY), "payer_account": L(LA_ACCOUNT, PAY)}),
            BOOKING_HK, BUY),
        at_path(multipart(f, f"{bk}/passport", [
            ("photo", "passport.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "beu_bat_pacham_tua": L(PASSPORT, NATID), "expiry": "2031-02-11",
                "sanxat": "USA", "seu": L(FIRST, NAMEC)})], headers=_h(rng, **b)),
            BOOKING_HK, BUY),
        at_path(case(f, f"{bk}/meals", headers=_h(rng, **b), body={
            "meals": [{"pax": 3, "menu": "khao niaw + ping kai"}], "note": L(
                "Nina is allergic to peanuts, please no jeow with peanuts on her plate",
                f"{TEXT}|{MED}|{NAMEC}")}), BOOKING_HK, BUY),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "lahat_jong": L(BOOKING_HK, BUY), "pier": PIER["id"], "boat": BOAT["id"],
            "position": {"lat": pla, "lon": plo, "acc": 6},
            "pierPoint": {"lat": PIER["lat"], "lon": PIER["lon"]}, "scan": obj(rng, "qr", 12)}),
        raw(f, f"{a}/v1/trips/{trip}/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "points": river(rng, 5), "boat": BOAT["id"], "seq": 2}),
        case(f, f"{a}/v1/trips/{trip}/share", headers=_h(rng, **b), body={
            "to": {"seu": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC), "beu_tho": L(HUSBAND[2], TEL)},
            "channel": "sms", "expires": 21600, "eta": "2025-12-13T11:05:00+07:00"}),
        case(f, f"{a}/v1/lost-property", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "item": L("Small blue life jacket with NINA written on the collar, "
                                    "left under seat 12C", f"{TEXT}|{NAMEC}"),
            "beu_tho": L(LA_E164, TEL)}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "dao": "4",
            "khwam_hen": L("Left forty minutes late but the crew were lovely with the kids",
                           TEXT)}),
        case(f, f"{a}/v1/timetable", headers=_h(rng, **b), query={
            "near": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}", COARSE), "date": "2025-12-20"}),
        case(f, f"{a}/v1/cargo", headers=_h(rng, **b), body={
            "lahat_jong": L(BOOKING_HK, BUY), "type": "motorbike", "plate": BIKE["plate"],
            "weightKg": 98, "lakha": L("150000", BUY)}),
        case(f, f"{a}/v1/refunds", headers=_h(rng, **b), body={
            "lahat_jong": L(BOOKING_HK, BUY), "seat": "12C", "amount": L("350000", BUY),
            "reason": L("My daughter has a fever, she cannot travel on Saturday",
                        f"{TEXT}|{MED}"), "to_account": L(LA_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/khoi/thi-yu", headers=_h(rng, **b), body={
            "thi_yu": L(HOME["line"], ADDR), "ban": L(HOME["ban"], COARSE),
            "meuang": L(HOME["meuang"], COARSE), "khweng": L(HOME["khweng"], COARSE),
            "lat": hla, "lon": hlo, "beu_tho_samhong": L(PHONE, TEL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "timezone": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_paid", 1, pax=3), ev("checkin_done", 2),
                ev("screen", 3, screen=L("TripLive", USAGE))]}),
        case(f, f"{a}/v1/tickets", headers=_h(rng, how="nodash"),
             cookies={"hk_sess": L(opaque(rng, "", 40), CRED), "hk_req": rid(rng)}),
    ]


def heuakhong_sdks() -> list[Case]:
    rng = random.Random(11312)
    return [
        pw_batch(APP, rng, [("Booking Paid", {"lakha": L(1050000, BUY), "pax": 3}),
                            ("Boarded", {"pier": PIER["id"]})], at=PIER_FIX, nd=3),
        pw_pixel(APP, rng, "Timetable Viewed", {"route": "VTE-STG"}),
        ig_session(APP, rng, first=True),
        ig_event(APP, rng, "k7x2pq", {"route": "VTE-STG", "lahat_jong": L(BOOKING_HK, BUY)},
                 revenue=1050000, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PIER_FIX, nd=3,
               keywords="travel,river,laos"),
        ff_crash(APP, rng, ("java.lang.IllegalStateException", "seat map not loaded"),
                 [ff_crumb("navigation", "Booking -> Seats"),
                  ff_crumb("http", "GET", {"url": f"{APP.api}/v1/seuan-thang", "status": 200})],
                 screen="SeatMapActivity"),
        no_register(APP, rng, at=HOME_AT, nd=2, tags={"route_fav": "VTE-STG"}),
        tb_confirm(APP, rng, FARE),
        tq_reverse(APP, rng, PIER_FIX, PRECISE),
        pk_message(APP, rng, L(f"Booking {BOOKING_HK}: can we change Nina's seat to the window?",
                               f"{TEXT}|{BUY}|{NAMEC}"), {"booking": L(BOOKING_HK, BUY)}),
    ]
