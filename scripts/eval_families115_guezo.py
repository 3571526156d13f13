"""Intercity bus-ticket app "Guezobus" (Mekelle to Addis Ababa, Adigrat, Shire): its API's keys are
romanised Tigrinya - ``shim`` (name), ``shim_abo`` (father's name), ``qutsri_silki`` (phone number),
``adrasha`` (address), ``ketema`` (town), ``qutsri_menenet`` (identity-card number),
``ilete_lidet`` (birth date), ``mehlefi_qal`` (password), ``sebay`` (husband), with ``tsota``
(sex), ``idme`` (age), ``qwanqwa`` (language), ``kab``/``nab`` (from/to), ``wenber`` (seat),
``kiflit`` (payment), ``gual`` (daughter). Registration, the SMS code, a log-in, ``/me``, a
route search, seats, a booking for her and Lwam with Tesfay as the contact, a mobile-money
payment, the booking by its code in the path, the ticket shared, her ID card's photo, her trip
shared live (msgpack), the boarding scan (protobuf), a review, a lost item, a refund, a baggage
fee, a password change, her husband added as a co-traveller, push, events and the loyalty page
by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families115_kit import (
    ADDR,
    BIRTH,
    BOOKING,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DOB_EC,
    ET_PHONE,
    ET_PHONE_NAT,
    ET_PHONE_SP,
    GENDER,
    HOME_MK_AT,
    HUSBAND,
    HUSBAND_ID,
    LWAM,
    MAIL,
    MED,
    MEDIA,
    MK_HOME,
    MK_HOME_LINE,
    NAMEC,
    NATID,
    ON_BUS,
    PRECISE,
    RESIDENT_ID,
    SEARCH,
    TEL,
    TERMINAL,
    TEXT,
    TRIP,
    UID,
    USAGE,
    WALLET,
    fix,
    ll,
    ti_head,
)
from eval_families115_sdk import (
    cm_batch,
    cm_identify,
    fk_crash,
    fk_crumb,
    ok_bid,
    sq_event,
    sq_session,
)
from eval_families115_svc import fm_eval, mt_geocode, pm_wallet, ps_subscribe
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("guezo", "Guezobus", "com.example.guezobus", "5.3.2", "https://api.guezobus.example.com")
IID = "X-Guezo-Device"
PW = "Hidar-Selam-2017"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return ti_head(APP, rng, IID, **kw)


def guezobus() -> list[Case]:
    rng = random.Random(11501)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, silki=L(ET_PHONE, TEL)))}
    tesfay = {"shim": L(HUSBAND[0], NAMEC), "shim_abo": L(HUSBAND[1], NAMEC),
              "qutsri_silki": L(HUSBAND[2], TEL)}
    lab: dict[str, str] = {}
    scan = pb([(1, L(BOOKING, BUY)), (2, "12"), (3, [(1, L(13.493601, PRECISE)),
                                                   (2, L(39.472874, PRECISE))]),
               (4, L(USER_ID, UID)), (5, TRIP["id"]), (6, 1765331400)], "", lab)
    trace = [{"t": 1765340000 + 900 * i, "lat": la, "lon": lo, "spd": 61 + 4 * i}
             for i, (la, lo) in enumerate(fix(p, 6) for p in ON_BUS)]
    return [
        case(f, f"{a}/v1/temezgeb", headers=_h(rng, auth=None), body={
            "shim": L("Jane", NAMEC), "shim_abo": L("Doe", NAMEC),
            "qutsri_silki": L(ET_PHONE_SP, TEL), "imeyl": L(EMAIL, MAIL),
            "adrasha": L(MK_HOME_LINE, ADDR), "ketema": L("Mekelle", COARSE),
            "qutsri_menenet": L(RESIDENT_ID, NATID), "ilete_lidet": L(DOB_EC, BIRTH),
            "tsota": L("ansteyti", GENDER), "mehlefi_qal": L(PW, CRED),
            "qwanqwa": L("ti", DEV)}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng, auth=None), body={
            "qutsri_silki": L(ET_PHONE, TEL), "code": L("482913", CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ato", fmt="form", headers=_h(rng, auth=None), body={
            "qutsri_silki": L(ET_PHONE_NAT, TEL), "mehlefi_qal": L(PW, CRED),
            "client_id": "guezo-android"}),
        case(f, f"{a}/v1/ane", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v1/routes/search", headers=_h(rng), query={
            "kab": L("Mekelle", SEARCH), "nab": L("Addis Ababa", SEARCH), "date": "2025-12-18",
            "near": ll(HOME_MK_AT, 3, PRECISE), "pax": "2"}),
        case(f, f"{a}/v1/trips/{TRIP['id']}/seats", headers=_h(rng, how="upper")),
        case(f, f"{a}/v1/bookings", headers=_h(rng), body={
            "trip": TRIP["id"], "wenber": ["12", "13"],
            "boarding": {k: TERMINAL[k] for k in ("id", "name", "lat", "lon", "phone")},
            "passengers": [
                {"shim": L("Jane", NAMEC), "shim_abo": L("Doe", NAMEC),
                 "qutsri_menenet": L(RESIDENT_ID, NATID), "qutsri_silki": L(ET_PHONE, TEL)},
                {"shim": L(LWAM["first"], NAMEC), "shim_abo": L(LWAM["father"], NAMEC),
                 "ilete_lidet": L(LWAM["dob_ec"], BIRTH), "idme": L(LWAM["age"], BIRTH),
                 "gual": True}],
            "sebay": tesfay, "waga": L("2840.00", BUY), "currency": "ETB"}),
        case(f, f"{a}/v1/kiflit/mobile-money", fmt="form", headers=_h(rng), body={
            "booking": L(BOOKING, BUY), "wallet": L(ET_PHONE, WALLET),
            "amount": L("2840.00", BUY), "request_id": opaque(rng, "", 16)}),
        at_path(case(f, f"{a}/v1/bookings/{BOOKING}", headers=_h(rng, how="nodash")), BOOKING,
                BUY),
        case(f, f"{a}/v1/bookings/{BOOKING}/share", fmt="form", headers=_h(rng), body={
            "to_shim": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC),
            "to_silki": L(HUSBAND[2], TEL), "channel": "sms"}),
        multipart(f, f"{a}/v1/ane/menenet", [
            ("photo", "id_front.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"qutsri_menenet": L(RESIDENT_ID, NATID),
                                                "kind": "resident_card"})],
            headers=_h(rng)),
        case(f, f"{a}/v1/trips/{TRIP['id']}/live", fmt="msgpack", headers=_h(rng), body={
            "bus": TRIP["bus"], "trace": trace, "shareWith": L(HUSBAND[2], TEL),
            "battery": L(41, DEV)}),
        raw(f, f"{a}/v1/boarding/scan", scan, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/v1/reviews", headers=_h(rng), body={
            "trip": TRIP["id"], "stars": 4, "driver": TRIP["driver"],
            "text": L("Careful driver, but we waited two hours at the Alamata checkpoint",
                      TEXT)}),
        case(f, f"{a}/v1/lost-items", fmt="form", headers=_h(rng), body={
            "trip": TRIP["id"], "wenber": "12",
            "description": L("A blue netela scarf left on seat 12", TEXT),
            "qutsri_silki": L(ET_PHONE_SP, TEL)}),
        case(f, f"{a}/v1/bookings/{BOOKING}/refund", headers=_h(rng), body={
            "booking": L(BOOKING, BUY), "refund": L("2556.00", BUY),
            "reason": L("Lwam has typhoid fever, we will travel next month",
                        f"{TEXT}|{MED}|{NAMEC}"), "to_wallet": L(ET_PHONE, WALLET)}),
        case(f, f"{a}/v1/baggage", fmt="form", headers=_h(rng), body={
            "booking": L(BOOKING, BUY), "bags": "2", "kg": "34", "fee": L("150.00", BUY)}),
        case(f, f"{a}/v1/ane/mehlefi-qal", fmt="form", headers=_h(rng), body={
            "old": L(PW, CRED), "new": L("Tahsas-Birhan-2018", CRED)}),
        case(f, f"{a}/v1/ane/sebay", headers=_h(rng), body={
            "sebay": dict(tesfay, qutsri_menenet=L(HUSBAND_ID, NATID)), "role": "co_traveller"}),
        case(f, f"{a}/v1/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ti_ET", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng), body={
            "user": L(USER_ID, UID), "events": [
                ev("route_searched", 1, route="MEK-ADD"), ev("seat_picked", 2, seat="12"),
                ev("screen", 3, screen=L("TicketWallet", USAGE))]}),
        case(f, f"{a}/v1/loyalty", headers=_h(rng, auth=None),
             cookies={"gz_sess": L(opaque(rng, "", 40), CRED),
                      "gz_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ane/profile", headers=_h(rng), body={
            "ilete_lidet_gregorian": L(DOB, BIRTH), "adrasha": L(MK_HOME_LINE, ADDR),
            "kifle_ketema": L(MK_HOME["kifle_ketema"], COARSE),
            "kebele": L(MK_HOME["kebele"], COARSE), "milikit": L(MK_HOME["landmark"], ADDR),
            "ketema": L("Mekelle", COARSE), "imeyl": L(EMAIL.upper(), MAIL)}),
    ]


def guezobus_sdks() -> list[Case]:
    rng = random.Random(11502)
    return [
        cm_batch(APP, rng, [("Route Searched", {"route": "MEK-ADD"}),
                            ("Booking Paid", {"amount": L("2840.00", BUY)})],
                 at=HOME_MK_AT, nd=2),
        cm_identify(APP, rng, {"ketema": L("Mekelle", COARSE), "language": L("ti", DEV)}),
        sq_session(APP, rng, first=True),
        sq_event(APP, rng, "booking", {"route": "MEK-ADD", "pax": 2}, revenue="2840.00"),
        ok_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_MK_AT, nd=3),
        fk_crash(APP, rng, ("java.lang.IllegalStateException", "seat map not loaded"),
                 [fk_crumb("nav", "Search -> Seats"), fk_crumb("net", "GET /v1/trips/seats",
                                                               {"status": 504})],
                 screen="SeatMapActivity"),
        fm_eval(APP, rng, {"city": L("Mekelle", COARSE)}),
        ps_subscribe(APP, rng, tags={"route": "MEK-ADD"}),
        pm_wallet(APP, rng, "2840.00", L(BOOKING, BUY)),
        mt_geocode(APP, rng, "Mekelle bus terminal", SEARCH, near=HOME_MK_AT, nd=2),
    ]

