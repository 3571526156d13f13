"""Diabetic foot-care clinic app "Yavacare" (``yava``, foot) of a Suva foot centre where she is a
patient (type 2 diabetes since 2019, mild neuropathy). Unlike set 105's wound-photo tracker and set
102's podoconiosis programme, this is a clinic's screening and appointments app: sign-up with the
patient number, a log-in, ``/me`` with a JWT, her history, the annual foot screening (monofilament
sites, pulses, risk grade), the daily self-check (gzip), a callus photo, glucose readings
(msgpack), an HbA1c, slots and a booking, the booking by ID in the path, a footwear voucher with
her foot measurements, an activity import, a message to the nurse, an education video watched,
reminders, her husband as carer, a protobuf meter sync, a refill, push, events and her care plan
by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families6_kit import pb, raw
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families24_kit import claims, rid
from eval_families37_kit import obj
from eval_families122_kit import CLINIC, FJ_TZ, HUSBAND, PATIENT, SUVA_AT, evs, glucose, hdr
from eval_families122_sdk import fp_crash, fp_crumb, fp_sessions, gf_batch, ir_event
from eval_families122_svc import ag_route, am_attach, cr_confirm, ft_eval, pk_register, pm_status
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yavacare", "Yavacare", "com.example.yavacare", "2.2.0",
          "https://api.yavacare.example.com")
IID = "X-Yava-Install"
PW = "Yava-Bula-2291"
APPT = "apt_5c10e2"  # an appointment's ID (a negative)
METER = "GM-88-201447"  # the glucose meter's serial (an accessory: a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hdr(APP, rng, IID, how, **kw)


def yavacare() -> list[Case]:
    rng = random.Random(12251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(PATIENT, MED)))}
    readings = [7.8, 9.4, 6.9, 11.2, 8.1, 7.2]
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, METER), (3, 1765400000),
               (4, L(struct.pack(f"<{len(readings)}f", *readings), MED)), (5, 6)], "", lab)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_UPPER, MAIL), "mobile": L(E164, TEL), "password": L(PW, CRED),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("F", GENDER),
            "patientNo": L(PATIENT, MED), "clinic": CLINIC["id"]}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), body={
            "diabetesType": L("type 2", MED), "diagnosedYear": L(2019, MED),
            "medicines": [{"name": L("Metformin", MED), "dose": L("1000 mg twice daily", MED)},
                          {"name": L("Gliclazide", MED), "dose": L("40 mg", MED)}],
            "neuropathy": L(True, MED), "previousUlcer": L(False, MED),
            "smoker": L(False, MED), "familyAmputation": L(True, MED)}),
        case(f, f"{a}/v1/screenings", headers=_h(rng, **b), body={
            "date": "2025-12-10", "monofilament": {
                "left": L([True, True, False, True, True, False, True, True, True, True], MED),
                "right": L([True, True, True, True, False, True, True, True, True, True], MED)},
            "vibration": L("reduced left", MED), "pulses": {"dp": L("present", MED),
                                                             "pt": L("weak left", MED)},
            "abi": L(0.92, MED), "risk": L("moderate", MED), "nurse": "nurse_017"}),
        case(f, f"{a}/v1/selfchecks", gz=True, headers=_h(rng, **b), body={
            "date": "2025-12-12", "blisters": L(False, MED), "redness": L(True, MED),
            "cracks": L(True, MED), "swelling": L(False, MED),
            "note": L("Red patch under the left big toe after the long walk at the market",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "left_foot.jpg", "image/jpeg", L(JPEG + b"\x27\x01", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"foot": "left", "site": L("callus, 1st MTP",
                                                                          MED),
                                                "rulerMm": 20})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/glucose", fmt="msgpack", headers=_h(rng, **b), body={
            "meter": METER, "unit": "mmol/L", "readings": L(glucose(rng, 8), MED)}),
        case(f, f"{a}/v1/labs/hba1c", fmt="form", headers=_h(rng, **b), body={
            "value": L("8.1", MED), "unit": "%", "date": "2025-11-28"}),
        case(f, f"{a}/v1/appointments/slots", headers=_h(rng, **b), query={
            "clinic": CLINIC["id"], "date": "2025-12-21", "type": "podiatry"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "slot": "2025-12-21T09:15", "type": "podiatry",
            "reason": L("red patch and callus on left foot", MED), "fee": L("15.00", BUY),
            "clinic": {"id": CLINIC["id"], "name": CLINIC["name"], "phone": CLINIC["phone"],
                       "lat": CLINIC["lat"], "lon": CLINIC["lon"]}}),
        case(f, f"{a}/v1/appointments/{APPT}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/footwear/vouchers", headers=_h(rng, **b), body={
            "footLengthMm": {"left": L(248, FIT), "right": L(246, FIT)},
            "widthMm": L(98, FIT), "voucher": L("FW-2025-0771", BUY),
            "subsidy": L("60.00", BUY)}),
        case(f, f"{a}/v1/activity/import", gz=True, headers=_h(rng, **b), body={
            "steps": L([5210, 7320, 3980, 6610], FIT), "weightKg": L(78.4, FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse_017", "thread": obj(rng, "th", 8),
            "text": L("My sugar was 11.2 after lunch and the left toe feels numb, should I come "
                      "in before the 21st?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/education/progress", fmt="form", headers=_h(rng, **b), body={
            "lesson": "les_nail_care", "watchedSec": L("312", USAGE), "completed": "1"}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "footCheck": "19:30", "medicine": L("Metformin", MED), "times": ["07:00", "19:00"],
            "tz": L(FJ_TZ, DEV)}),
        case(f, f"{a}/v1/carers", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "husband",
            "canSeeResults": True}),
        raw(f, f"{a}/v1/meters/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "medicines": [L("Metformin 1000 mg", MED), L("Gliclazide 40 mg", MED)],
            "pharmacy": "ph_tamavua_02", "copay": L("7.50", BUY), "pickup": "2025-12-16"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_FJ", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "events": evs("selfcheck_done", "photo_sent",
                                                      "screen_CarePlan")}),
        case(f, f"{a}/v1/careplan", headers=_h(rng, how="upper"),
             cookies={"yc_sess": L(opaque(rng, "", 40), CRED), "yc_req": rid(rng)}),
    ]


def yavacare_sdks() -> list[Case]:
    rng = random.Random(12252)
    return [
        gf_batch(APP, rng, [("Screening Viewed", {"risk": L("moderate", MED)}),
                            ("Selfcheck Completed", {"redness": L(True, MED)})]),
        ir_event(APP, rng, "appointment_booked", {"type": "podiatry"}, revenue=15.0),
        fp_crash(APP, rng, ("java.io.IOException", "meter gatt 133"),
                 [fp_crumb("nav", "Glucose -> Sync"), fp_crumb("log", "meter",
                                                               {"serial": METER})],
                 screen="MeterSyncActivity"),
        fp_sessions(APP, rng, [240000, 61000]),
        ft_eval(APP, rng, {"clinic": CLINIC["id"], "photoTriage": True}),
        pk_register(APP, rng, tags={"clinic": CLINIC["id"], "risk": L("moderate", MED)}),
        pm_status(APP, rng, {"analytics": True, "research": False}),
        cr_confirm(APP, rng, "15.00"),
        ag_route(APP, rng, [(SUVA_AT, "location.precise"), ((CLINIC["lat"], CLINIC["lon"]),
                                                            None)]),
        am_attach(APP, rng, L(JPEG + b"\x27\x02", f"{MEDIA}|{MED}"), "toe.jpg", "image/jpeg"),
    ]

