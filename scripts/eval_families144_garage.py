"""A Marsa garage's VRT (roadworthiness test) and service booking app "Garaxx": sign-up with her
Maltese driving licence, a log-in (form), ``/me`` (JWT bearer), the car (plate, VIN, make: no
taxonomy type, unlabelled), the VRT booking and its payment, the drop-off with her fix at the
garage, the courtesy car's pick-up with her licence scan, the mechanic's findings, an approval of
extra work, a protobuf OBD dongle upload (her fix nested), a job's invoice by number in the path,
a service-history GET with the job in the query, a breakdown call from the Coast Road (``lat,lon``
in the path), a review, insurance details, a message to the service desk, a loyalty stamp by
cookie, push and events. Set 54 mentions a vehicle inspection in passing; this is a garage's
booking app for the Maltese VRT."""

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
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families144_kit import (
    CAR,
    DRIVING_LIC,
    GARAGE,
    GARAGE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    JOB,
    fix,
    hd,
    obj,
    push,
)
from eval_families144_sdk import bk_bid, cf_session, sl_batch, tg_event, tg_launch
from eval_families144_svc import cz_card, cz_confirm, mg_geocode, mg_reverse, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("garaxx", "Garaxx", "com.example.garaxx", "2.2.5", "https://book.garaxx.example.net")
IID = "X-Garaxx-Device"
PW = "Picanto!Marsa19"
NATID = "personal.national_id"
COAST_FIX = (35.937712, 14.426095)  # her breakdown on the Coast Road (location.precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def garaxx() -> list[Case]:
    rng = random.Random(14411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), licence=L(DRIVING_LIC, NATID)))}
    gla, glo = fix(GARAGE_FIX, 5)
    lab: dict[str, str] = {}
    obd = pb([(1, L(USER_ID, UID)), (2, "OBD-7719-AX"), (3, 1768140000),
              (4, [(1, L(GARAGE_FIX[0], PRECISE)), (2, L(GARAGE_FIX[1], PRECISE))]),
              (5, [(1, 48211), (2, "P0420"), (3, 12.4)])], "", lab)
    seg = f"{COAST_FIX[0]:.5f},{COAST_FIX[1]:.5f}"
    bd = at_path(case(f, f"{a}/v1/breakdown/{seg}", headers=_h(rng, **b), body={
        "phone": L(E164, TEL), "problem": L("Flat tyre near Ghadira, spare is flat too", TEXT),
        "passengers": 2}), seg, PRECISE)
    inv = at_path(case(f, f"{a}/v1/invoices/{JOB}", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "mobile": L(E164, TEL),
            "password": L(PW, CRED), "licenceNo": L(DRIVING_LIC, NATID),
            "dob": L(DOB, BIRTH), "address": L(HOME["line"], ADDR),
            "town": L("Valletta", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vehicles", headers=_h(rng, **b), body={
            "plate": CAR["plate"], "vin": CAR["vin"], "make": CAR["make"], "model": CAR["model"],
            "year": CAR["year"], "owner": L(f"{FIRST} {LAST}", NAMEC), "mileageKm": 48211}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "garage": GARAGE["id"], "service": "vrt", "slot": "2026-01-15T08:30+01:00",
            "price": L(25.0, BUY), "bookingRef": L("GX-BK-55120", BUY), "plate": CAR["plate"]}),
        case(f, f"{a}/v1/bookings/pay", fmt="form", headers=_h(rng, **b), body={
            "bookingRef": L("GX-BK-55120", BUY), "amount": L("25.00", BUY),
            "pm": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/dropoff", headers=_h(rng, **b), body={
            "bookingRef": L("GX-BK-55120", BUY), "keyBox": "K14",
            "at": {"lat": gla, "lon": glo}, "garageAt": {"lat": GARAGE["lat"],
                                                          "lon": GARAGE["lon"]}}),
        multipart(f, f"{a}/v1/courtesy-car", [
            ("licence", "licence.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("form", None, "application/json", {
                "licenceNo": L(DRIVING_LIC, NATID), "driver": L(f"{FIRST} {LAST}", NAMEC),
                "dob": L(DOB, BIRTH), "deposit": L(100, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/jobs/{obj(rng, 'job')}/findings", headers=_h(rng, **b)),
        case(f, f"{a}/v1/jobs/approve", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "extra": [{"item": "rear brake pads", "price": 62.0}],
            "total": L(149.0, BUY), "signature": L(f"{FIRST} {LAST}", NAMEC)}),
        raw(f, f"{a}/v1/obd/upload", obd, "application/x-protobuf", lab, headers=_h(rng, **b)),
        inv,
        case(f, f"{a}/v1/history", headers=_h(rng, **b), query={
            "job": L(JOB, BUY), "plate": CAR["plate"]}),
        bd,
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "garage": GARAGE["id"], "stars": "4",
            "text": L("Quick VRT, but they kept the car an extra day", TEXT)}),
        case(f, f"{a}/v1/insurance", headers=_h(rng, **b), body={
            "insurer": "Harbour Mutual Example", "policyNo": L("HMX-PV-7710934", PAY),
            "namedDrivers": [L(HUSBAND[0], NAMEC)], "expiry": "2026-11-30"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "service_desk",
            "text": L("Can my husband collect the car? He'll call from +356 7991 2043",
                      f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/loyalty", headers=_h(rng, how="none"), cookies={
            "gx_s": L(opaque(rng, "", 40), CRED), "gx_d": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_paid", 1, amount=L(25.0, BUY)), ev("breakdown_called", 2),
                ev("screen", 3, screen=L("JobStatus", USAGE))]}),
        case(f, f"{a}/v1/vehicles/reminders", headers=_h(rng, **b), body={
            "plate": CAR["plate"], "vrtDue": "2027-01-15", "channel": "sms",
            "phone": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/garages/near", headers=_h(rng, **b), query={
            "ll": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE), "service": "vrt"}),
        case(f, f"{a}/v1/tyres/quote", fmt="form", headers=_h(rng, **b), body={
            "size": "175/65R14", "qty": "2", "quoteRef": obj(rng, "q"),
            "total": L("118.00", BUY)}),
    ]


def garaxx_sdks() -> list[Case]:
    rng = random.Random(14412)
    return [
        sl_batch(APP, rng, [("Booking Paid", {"amount": L(25.0, BUY)}),
                            ("Breakdown Called", {"kind": "tyre"})], at=COAST_FIX, nd=2),
        tg_launch(APP, rng, first=True),
        tg_event(APP, rng, "booking", {"ref": L("GX-BK-55120", BUY)}, revenue=25.0,
                 currency="EUR", hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="tyres,insurance"),
        cf_session(APP, rng, secs=204),
        pq_register(APP, rng, tags={"garage": GARAGE["id"], "vrt_due": "2026-01"}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "14900", "eur"),
        mg_geocode(APP, rng, "tyre shop open Sunday Mellieha", "behavior.search",
                   near=COAST_FIX, nd=4),
        mg_reverse(APP, rng, COAST_FIX, PRECISE, nd=5),
    ]
