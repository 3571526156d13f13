"""Day-care app "Duyanhan" for her daughter Lia (two) at a drop-in day-care in Lahug (camelCase
API; the user is the parent, the child a data subject). Not the centre apps of sets 94 and 96:
care is booked by the hour in blocks, a live classroom camera is opened with a stream token, a
one-time pick-up code is issued for her husband and a van fetches the child from home. The
parent's sign-up, a log-in, ``/me`` with a JWT naming the child, the child's profile (allergy,
a febrile-seizure history, her paediatrician), her photo and immunisation book by the child's ID
in the path, hours booked, her husband authorised for pick-up with his photo and a one-time code,
drop-off at the gate, the daily report, a message to the teacher, a medicine authorisation, the
camera stream, growth, an absence, fees, consents, the van's pick-up from home, the gallery by a
cookie GET, push and events."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families104_kit import (
    BANA,
    DAYCARE,
    GATE_FIX,
    HOME,
    HOME_AT,
    KID,
    KID_ID,
    PEDIA,
    PH_MOBILE,
    TEACHER,
    mine,
)
from eval_families104_sdk import bs_crash, bs_crumb, cn_screen, cn_track, iq_event, iq_install
from eval_families104_svc import fv_eval, mn_reverse, pc_register, pm_save, pr_card, pr_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("duyanhan", "Duyanhan", "com.example.duyanhan", "2.8.3",
          "https://app.duyanhan.example.com")
IID = "X-Duyan-Device"
PW = "Hammock-Lia-0314"
BOOKING = "DYH-B-55120"  # hours booked (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _kid(c: Case) -> Case:
    return at_path(c, KID_ID, UID)


def duyanhan() -> list[Case]:
    rng = random.Random(10471)
    a, f = APP.api + "/api", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), children=[L(KID_ID, UID)]))}
    b = {"auth": "bearer"}
    gla, glo = mine(GATE_FIX, 6)
    hla, hlo = mine(HOME_AT, 5)
    return [
        case(f, f"{a}/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(PH_MOBILE, TEL), "usPhone": L(PHONE_PAREN, TEL),
            "relationship": "mother", "password": L(PW, CRED),
            "address": {"line": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
                        "city": L(HOME["city"], COARSE)}}),
        case(f, f"{a}/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/children", headers=_h(rng, **b), body={
            "firstName": L(KID[0], NAMEC), "lastName": L(KID[1], NAMEC),
            "birthDate": L(KID[2], BIRTH), "sex": L("girl", GENDER),
            "allergies": [L("amoxicillin", MED)], "febrileSeizureHistory": L(True, MED),
            "pediatrician": {"name": L(PEDIA[0], NAMEC), "phone": L(PEDIA[1], TEL)},
            "nickname": L("Lialyn", NAMEC)}),
        _kid(multipart(f, f"{a}/children/{KID_ID}/photo", [
            ("photo", "lia.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA))],
            headers=_h(rng, **b))),
        _kid(multipart(f, f"{a}/children/{KID_ID}/immunizations", [
            ("page", "baby_book.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{MED}")),
            ("doses", None, "application/json", {"mmr1": L("2024-03-20", MED),
                                                 "pcv3": L("2023-07-02", MED),
                                                 "flu": L("2025-10-11", MED)})],
            headers=_h(rng, **b))),
        case(f, f"{a}/bookings", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "date": "2025-12-12",
            "blocks": ["08:00-12:00", "13:00-17:00"], "room": "toddlers",
            "booking": L(BOOKING, BUY), "total": L("960.00", BUY)}),
        multipart(f, f"{a}/pickup/authorized", [
            ("photo", "rodel.jpg", "image/jpeg", L(JPEG + b"\xa3", MEDIA)),
            ("person", None, "application/json", {"name": L(BANA[0], NAMEC),
                                                  "mobile": L(BANA[1], TEL),
                                                  "relation": "father"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/pickup/otp", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "code": L("7351", CRED), "for": "authorized_1",
            "validUntil": "2025-12-12T18:00:00+08:00"}),
        case(f, f"{a}/checkin", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "lat": gla, "lng": glo, "daycare": DAYCARE["id"],
            "daycareLat": DAYCARE["lat"], "daycareLng": DAYCARE["lon"],
            "temperatureC": L(36.7, MED), "droppedBy": L(f"{FIRST} {LAST}", NAMEC)}),
        _kid(case(f, f"{a}/children/{KID_ID}/daily-report", query={"date": "2025-12-12"},
                  headers=_h(rng, **b))),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "to": "stf_0451", "toName": TEACHER[0], "child": L(KID_ID, UID),
            "text": L("Lia had a cough last night, please watch her during nap",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/medication-authorizations", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "drug": L("paracetamol syrup 120mg/5ml", MED),
            "dose": L("2.5 ml", MED), "when": L("if temperature above 38 C", MED),
            "signedBy": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/camera/stream", headers=_h(rng, how="none"), query={
            "room": "toddlers", "token": L(opaque(rng, "cam_", 32), CRED),
            "quality": "480p"}),
        case(f, f"{a}/growth", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "weightKg": L(12.1, FIT), "heightCm": L(88, FIT),
            "measuredOn": "2025-12-01"}),
        case(f, f"{a}/absences", fmt="form", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "date": "2025-12-15", "notify": TEACHER[1],
            "reason": L("fever since Sunday, waiting for her dengue test", f"{TEXT}|{MED}")}),
        case(f, f"{a}/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("4200.00", BUY), "period": "2025-12",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "invoice": L("INV-031-2512-044",
                                                                          BUY)}),
        case(f, f"{a}/consents", headers=_h(rng, **b), body={
            "photoSharing": False, "cctvAccess": True, "newsletter": False}),
        case(f, f"{a}/van/pickup", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "address": L(HOME["line"], ADDR), "lat": hla, "lng": hlo,
            "time": "07:40", "contact": L(PH_MOBILE, TEL)}),
        case(f, f"{a}/gallery", headers=_h(rng, how="none"), query={"child": L(KID_ID, UID)},
             cookies={"dy_session": L(opaque(rng, "", 40), CRED),
                      "dy_child": L(KID_ID, UID), "dy_req": rid(rng)}),
        case(f, f"{a}/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("report_viewed", 1), ev("camera_opened", 2, room="toddlers"),
                ev("screen", 3, screen=L("DailyReport", USAGE))]}),
    ]


def duyanhan_sdks() -> list[Case]:
    rng = random.Random(10472)
    return [
        cn_track(APP, rng, [("Report Viewed", {"childAge": L(KID[3], BIRTH)}),
                            ("Camera Opened", {"room": "toddlers"})]),
        cn_screen(APP, rng, "Welcome", "Splash"),
        iq_install(APP, rng),
        iq_event(APP, rng, "hours_booked", {"booking": L(BOOKING, BUY)}, revenue=960.0),
        bs_crash(APP, rng, ("java.lang.NullPointerException", "stream surface released"),
                 [bs_crumb("navigation", "Home -> Camera"),
                  bs_crumb("request", "GET /api/camera/stream", {"status": 200})],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}, ctx="CameraActivity"),
        fv_eval(APP, rng, {"room": "toddlers", "van": True}),
        pc_register(APP, rng, tags={"childAge": L(KID[3], BIRTH), "room": "toddlers"}),
        pm_save(APP, rng, {"analytics": True, "photos": False}, user=True),
        pr_card(APP, rng),
        pr_confirm(APP, rng, "4200.00"),
        mn_reverse(APP, rng, (DAYCARE["lat"], DAYCARE["lon"]), None),
    ]
