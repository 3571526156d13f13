"""Hospital parking and visitor-pass app "Wardpass" (her father is an inpatient on a cardiac unit):
log-in by SMS, her visitor profile, ``/me`` with a JWT, her car, hospitals near her, the patient
looked up, a visit booked, the health screening, her ID scan and badge photo, the visitor pass and
its QR by code in the path, a garage session with her fix, a parking validation and payment,
indoor wayfinding by the hospital's Wi-Fi, a message to the nurses' station, flowers to his room,
the garage's rates, push, events and the visits by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families14_kit import PLATE
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    JPEG,
    MAIL,
    MED,
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
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families68_kit import (
    GARAGE,
    GARAGE_FIX,
    HOSPITAL,
    PASS_CODE,
    PATIENT,
    bssid_scan,
    fix,
    home,
    obj,
)
from eval_families68_sdk import cm_batch, cm_identify, eg_crash, eg_crumb, sk_session
from eval_families68_svc import (
    ch_message,
    mc_route,
    nj_register,
    or_save,
    tl_confirm,
    ty_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case, rnd_hex

APP = App("wardpass", "Wardpass", "com.example.wardpass", "1.12.3",
          "https://api.wardpass.example.com")
IID = "X-Wardpass-Device"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def wardpass() -> list[Case]:
    rng = random.Random(6871)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    gla, glo = fix(GARAGE_FIX)
    visit, ps = obj(rng, "vs", 8), obj(rng, "pk", 8)
    lab: dict[str, str] = {}
    entry = pb([(1, ps), (2, L(USER_ID, UID)), (3, GARAGE["id"]), (4, [(1, gla), (2, glo)]),
                (5, [(1, GARAGE["lat"]), (2, GARAGE["lon"])]), (6, L(PLATE, HW)), (7, 3),
                (8, 1765395482)], "", lab)
    qr = at_path(case(f, f"{a}/v1/passes/{PASS_CODE}/qr", headers=_h(rng, **b),
                      query={"size": "480"}), PASS_CODE, CRED)
    return [
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "country": "US"}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("275530", CRED)}),
        case(f, f"{a}/v1/visitors/me", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "dob": L(DOB, BIRTH), "language": L("en", DEV)}),
        case(f, f"{a}/v1/visitors/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vehicles", headers=_h(rng, **b), body={
            "plate": L(PLATE, HW), "state": L("NY", COARSE), "make": "Honda", "color": "grey"}),
        case(f, f"{a}/v1/hospitals/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "km": "15"}),
        case(f, f"{a}/v1/patients/lookup", headers=_h(rng, **b), body={
            "hospital": HOSPITAL["id"], "patientName": L(PATIENT["name"], NAMEC),
            "patientDob": L(PATIENT["dob"], BIRTH), "relationship": "daughter"}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "id": visit, "hospital": HOSPITAL["id"], "mrn": L(PATIENT["mrn"], MED),
            "unit": L(PATIENT["unit"], MED), "room": PATIENT["room"],
            "from": "2025-12-10T14:00", "to": "2025-12-10T16:00", "visitors": 1}),
        case(f, f"{a}/v1/visits/{visit}/screening", headers=_h(rng, **b), body={
            "fever": L(False, MED), "cough": L(False, MED), "exposure14d": L(False, MED),
            "fluVaccine": L(True, MED), "attestedBy": L(NAME, NAMEC)}),
        multipart(f, f"{a}/v1/visitors/me/id", [
            ("front", "id_front.jpg", "image/jpeg", L(JPEG + b"\xe1", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"docType": "driver_licence",
                                                "state": L("NY", COARSE)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/visitors/me/photo", [
            ("photo", "badge.jpg", "image/jpeg", L(JPEG + b"\xe2", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/passes", headers=_h(rng, **b), body={
            "visit": visit, "code": L(PASS_CODE, CRED), "wards": ["7W"],
            "validFrom": "2025-12-10T13:45", "validTo": "2025-12-10T16:15"}),
        qr,
        raw(f, f"{a}/v1/parking/sessions", entry, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/parking/sessions/{ps}/validate", fmt="form", headers=_h(rng, **b),
             body={"validation": L("VAL-7W-4410", BUY), "visit": visit}),
        case(f, f"{a}/v1/parking/sessions/{ps}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("12.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/parking/rates", headers=_h(rng, **b), query={
            "garage": GARAGE["id"], "day": "wed"}),
        case(f, f"{a}/v1/wayfinding/locate", headers=_h(rng, **b), body={
            "hospital": HOSPITAL["id"], "scan": bssid_scan(rng), "floorHint": 7,
            "beacon": {"uuid": "4c1f0e27-9a2b-4d8e-b3f5-" + rnd_hex(rng, 12), "major": 12,
                       "minor": 7}, "target": "7W-nurses"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "7W-nurses", "visit": visit,
            "text": L("Can my father have visitors after his stress test today?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/gift-shop/orders", headers=_h(rng, **b), body={
            "order": L("WP-GS-20931", BUY), "item": "tulips_small", "total": L("34.50", BUY),
            "deliverTo": {"patient": L(PATIENT["name"], NAMEC), "room": PATIENT["room"]},
            "card": L("Get well soon Dad, love Jane", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pass_issued", 1, ward="7W"), ev("parking_paid", 2),
                ev("screen", 3, screen=L("VisitorPass", USAGE))]}),
        case(f, f"{a}/v1/visits", headers=_h(rng, how="upper"),
             cookies={"wp_session": L(opaque(rng, "", 40), CRED),
                      "wp_device": L(INSTALL_ID, DID)}),
    ]


def wardpass_sdks() -> list[Case]:
    rng = random.Random(6872)
    hla, hlo = home(5)
    return [
        cm_batch(APP, rng, [("Pass Issued", {"ward": "7W"}),
                            ("Parking Paid", {"amount": L(12.0, BUY)})], at=GARAGE_FIX, nd=4),
        cm_identify(APP, rng, {"visitor": True, "zip": L(ZIP, COARSE)}),
        sk_session(APP, rng, user=True, n=3),
        eg_crash(APP, rng, ("java.lang.SecurityException", "camera in use"),
                 [eg_crumb("navigation", "Pass -> ScanGate"),
                  eg_crumb("log", "gate", {"garage": GARAGE["id"]})], screen="ScanGateActivity"),
        ty_eval(APP, rng, {"hospital": HOSPITAL["id"], "wayfinding": True}),
        nj_register(APP, rng, at=GARAGE_FIX, nd=2, tags={"hospital": HOSPITAL["id"]}),
        or_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        tl_confirm(APP, rng, "12.00"),
        mc_route(APP, rng, [((hla.value, hlo.value), PRECISE),
                            ((GARAGE["lat"], GARAGE["lon"]), None)]),
        ch_message(APP, rng, L("I was charged twice for parking on Wednesday",
                               TEXT), {"garage": GARAGE["id"], "amount": L("12.00", BUY)}),
    ]
