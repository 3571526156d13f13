"""Shared-taxi booking on the Pamir highway "Kuhroh" (Dushanbe to Khorog in shared jeeps): SMS
log-in, the profile, ``/me``, a route search (from New York, before the flight), taxi stands
nearby, a seat booking for her and her daughter with a pickup at her Dushanbe flat, the GBAO
border-zone permit with her passport scan, the booking by code in the path, the payment, the
trip's trace (msgpack) and a protobuf heartbeat, an SOS, a luggage photo, a rating, a trip
shared with her husband, the driver's card, push, events and the wallet by a cookie GET."""

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
    DIGITS,
    E164,
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
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families131_kit import (
    BRON,
    DAUGHTER,
    DU_HOME,
    DU_HOME_AT,
    HUSBAND,
    JEEP,
    PASSPORT_US,
    PERMIT,
    STAND_AT,
    TRIP_FIXES,
    fix,
    home,
    obj,
    trip,
)
from eval_families131_sdk import (
    by_bid,
    fp_session,
    gm_batch,
    il_event,
    il_launch,
)
from eval_families131_svc import (
    at_save,
    pc_register,
    pt_confirm,
    tm_geocode,
    tm_route,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kuhroh", "Kuhroh", "com.example.kuhroh", "2.11.0", "https://api.kuhroh.example.net")
IID = "X-Kuhroh-Install"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def kuhroh() -> list[Case]:
    rng = random.Random(13111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    t = obj(rng, "trip")
    pla, plo = fix(DU_HOME_AT, 5)
    sla, slo = fix(TRIP_FIXES[2], 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, t), (3, [(1, L(38.412207, PRECISE)),
                                                (2, L(69.291534, PRECISE))]),
               (4, 47.5), (5, JEEP["id"]), (6, 2)], "", lab)
    booking = at_path(case(f, f"{a}/v2/bookings/{BRON}", headers=_h(rng, **b)), BRON, BUY)
    hla, hlo = home(3)
    return [
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "lang": L("en", DEV)}),
        case(f, f"{a}/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("662041", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "gender": L("female", GENDER), "birthYear": L(1991, BIRTH), "smsNews": False}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/routes/search", headers=_h(rng, **b), query={
            "from": L("Dushanbe", COARSE), "to": L("Khorog", COARSE), "date": "2025-12-14",
            "seats": "2", "lat": hla, "lon": hlo}),
        case(f, f"{a}/v2/stands/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{DU_HOME_AT[0]:.3f},{DU_HOME_AT[1]:.3f}", PRECISE), "r": "3000"}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "trip": t, "vehicle": JEEP["id"], "seats": [2, 3], "code": L(BRON, BUY),
            "fare": L(700, BUY), "currency": "TJS",
            "passengers": [{"name": L(f"{FIRST} {LAST}", NAMEC),
                            "passport": L(PASSPORT_US, NATID)},
                           {"name": L(DAUGHTER[0], NAMEC), "age": L(DAUGHTER[2], BIRTH),
                            "child": True}],
            "pickup": {"lat": pla, "lon": plo, "address": L(DU_HOME["line"], ADDR),
                       "note": L("Gate by the bakery, 2nd entrance", TEXT)},
            "stand": {"lat": STAND_AT[0], "lon": STAND_AT[1]}}),
        multipart(f, f"{a}/v2/permits", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NATID}")),
            ("form", None, "application/json", {
                "permitNo": L(PERMIT, NATID), "passportNo": L(PASSPORT_US, NATID),
                "dob": L(DOB, BIRTH), "surname": L(LAST, NAMEC), "given": L(FIRST, NAMEC),
                "purpose": L("visiting my husband's family in Roshtqala", TEXT),
                "districts": ["Shughnon", "Roshtqala"], "booking": L(BRON, BUY)})],
            headers=_h(rng, **b)),
        booking,
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BRON, BUY), "amount": L("700.00", BUY), "currency": "TJS",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("5678", PAY)}),
        case(f, f"{a}/v2/trips/{t}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "fixes": trip(rng), "seat": 2, "seq": 5}),
        raw(f, f"{a}/v2/trips/{t}/hb", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/trips/{t}/sos", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "kind": "medical", "altitudeM": 3420,
            "message": L("My daughter is sick from the altitude, vomiting, please stop",
                         f"{TEXT}|{MED}"),
            "notify": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/v2/bookings/{BRON}/luggage", [
            ("photo", "bags.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"pieces": 3, "kg": 41, "roof": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/trips/{t}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "4", "driver": JEEP["id"],
            "comment": L("Careful driver, but stopped too long in Kalaikhum", TEXT)}),
        case(f, f"{a}/v2/trips/{t}/share", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "channel": "sms", "link": f"https://kuhroh.example.net/t/{t}"}),
        case(f, f"{a}/v2/vehicles/{JEEP['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "tz": L("Asia/Dushanbe", DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "simCountry": L("us", "location.carrier"),
            "networkCountry": L("tj", "location.carrier")}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_paid", 1, fare=L(700, BUY)), ev("permit_uploaded", 2),
                ev("screen_view", 3, screen=L("TripLive", USAGE))]}),
        case(f, f"{a}/v2/wallet", headers=_h(rng, how="none"), cookies={
            "kr_sess": L(opaque(rng, "", 48), CRED), "kr_iid": L(INSTALL_ID, DID),
            "kr_trace": rid(rng)}),
        case(f, f"{a}/v2/drivers/{JEEP['id']}/call", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BRON, BUY), "callerPhone": L(E164, TEL), "masked": "true"}),
        case(f, f"{a}/v2/trips/{t}/status", headers=_h(rng, **b)),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), query={"upcoming": "1"}),
        case(f, f"{a}/v2/config", headers=_h(rng), query={"platform": "android", "v": APP.ver}),
    ]


def kuhroh_sdks() -> list[Case]:
    rng = random.Random(13112)
    return [
        gm_batch(APP, rng, [("Booking Paid", {"fare": L(700, BUY), "seats": 2}),
                            ("Screen Viewed", {"screen": L("TripLive", USAGE)})],
                 at=DU_HOME_AT, nd=2, adid=True),
        il_launch(APP, rng, first=True, user=True),
        il_event(APP, rng, "book_seat", {"route": L("Dushanbe-Khorog", COARSE)}, revenue=700.0),
        by_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=DU_HOME_AT, nd=3, yob=1991, gender="F"),
        fp_session(APP, rng, secs=1260),
        pc_register(APP, rng, at=DU_HOME_AT, nd=2, tags={"route": "dyu-khg"}),
        at_save(APP, rng, {"analytics": True, "ads": False, "location": True}),
        pt_confirm(APP, rng, "700.00"),
        tm_geocode(APP, rng, "kuchai Bokhtar 27", ADDR, near=DU_HOME_AT, nd=3),
        tm_route(APP, rng, [(DU_HOME_AT, PRECISE), (STAND_AT, None), ((37.48944, 71.55306), None)]),
    ]
