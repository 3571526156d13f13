"""Cutaneous leishmaniasis treatment tracker "Leishcare" (a treatment programme's app: she caught
it in Erbil; intralesional antimony and cryotherapy at a dermatology centre): sign-up, log-in,
``/me`` with a JWT, the intake (diagnosis, lesions, pregnancy screen, conditions), lesion photos
with sizes, injection and cryotherapy sessions, side effects, a weight for the dose, an ECG
upload, a reminder schedule, a visit booked, a message to the nurse, the dermatologist's
contact, the programme's sandfly-exposure survey with her position, push, events (gzip) and the
treatment history by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
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
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families106_kit import CLINIC, DERM_DOC, ERB_AT, PATIENT_NO, fix, near, obj
from eval_families106_sdk import hw_session, lt_batch, lt_pixel, ob_bid, sl_crash
from eval_families106_svc import cw_register, fk_eval, gm_route, pb_attach, pb_message
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, case

APP = App("leish", "Leishcare", "com.example.leishcare", "1.9.4",
          "https://api.leishcare.example.org")


def _h(rng: random.Random, **kw: object) -> dict:
    return head(APP, rng, iid="X-Device-Install", **kw)


def leishcare() -> list[Case]:
    rng = random.Random(10611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    les = obj(rng, "lesion", 8)
    sla, slo = fix(near(ERB_AT, rng), 5)
    return [
        case(f, f"{a}/v2/auth/register", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L("Sandfly!2025", CRED),
            "fullName": L(NAME, NAMEC), "phone": L(E164, TEL), "dateOfBirth": L(DOB, BIRTH),
            "sex": L("female", GENDER), "language": L("en", DEV)}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Sandfly!2025", CRED), "client_id": "leishcare-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(PATIENT_NO, MED)))})),
        case(f, f"{a}/v2/intake", headers=_h(rng, **b), body={
            "patientNumber": L(PATIENT_NO, MED),
            "diagnosis": L("cutaneous leishmaniasis (L. tropica), smear positive", MED),
            "onset": "2025-10-02", "lesionCount": L(2, MED), "pregnant": L(False, f"{MED}|{SENS}"),
            "conditions": [L("mild asthma", MED)], "allergies": [L("penicillin", MED)],
            "clinic": CLINIC["id"], "weightKg": L(63.5, FIT), "heightCm": L(168, FIT)}),
        multipart(f, f"{a}/v2/lesions/{les}/photos", [
            ("photo", "lesion_forearm.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "site": L("left forearm", MED), "diameterMm": L(14, MED),
                "ulcerated": L(True, MED), "rulerInFrame": True, "captureId": obj(rng, "cap")})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/lesions", [
            ("photo", "lesion_cheek.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"site": L("right cheek", MED),
                                                "diameterMm": L(6, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sessions", headers=_h(rng, **b), body={
            "type": L("intralesional_injection", MED),
            "drug": L("meglumine antimoniate", MED), "doseMl": L(1.5, MED),
            "lesion": les, "session": 3, "of": 6, "clinic": CLINIC["id"],
            "at": "2025-12-08T10:20:00+03:00"}),
        case(f, f"{a}/v2/sessions", headers=_h(rng, **b), body={
            "type": L("cryotherapy", MED), "cycles": L(2, MED), "lesion": les, "session": 2}),
        case(f, f"{a}/v2/side-effects", headers=_h(rng, **b), body={
            "items": [L("pain at injection site", MED), L("swelling", MED)],
            "severity": L(2, MED),
            "note": L("The sore on my arm is weeping after the last shot", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/ecg", [
            ("file", "ecg_baseline.pdf", "application/pdf", L(b"%PDF-1.4\n%ecg\x00", MED)),
            ("meta", None, "application/json", {"qtcMs": L(412, MED), "date": "2025-11-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reminders", headers=_h(rng, **b), body={
            "items": [{"kind": "session", "at": "2025-12-15T09:00:00+03:00"},
                      {"kind": "dressing", "at": "2025-12-11T20:00:00+03:00"}],
            "tz": L("Asia/Baghdad", DEV)}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "clinicPhone": CLINIC["phone"], "slot": obj(rng, "slot", 6),
            "reason": L("session 4, lesion check", MED), "patientNumber": L(PATIENT_NO, MED)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr"), "text": L(
                "Can I swim while the lesions are healing? The cheek one is smaller now",
                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/care-team/doctor", headers=_h(rng, **b), body={
            "name": L(DERM_DOC[0], NAMEC), "phone": L(DERM_DOC[1], TEL), "shareResults": True}),
        case(f, f"{a}/v2/survey/exposure", headers=_h(rng, **b), body={
            "home": {"lat": L(round(ERB_AT[0], 4), PRECISE),
                     "lng": L(round(ERB_AT[1], 4), PRECISE)},
            "bitesSeen": L(True, MED), "sleepsOutdoors": False, "bednet": True,
            "lastFix": {"lat": sla, "lng": slo}, "districtCode": "ER-ANK"}),
        case(f, f"{a}/v2/profile/phone", fmt="form", headers=_h(rng, **b),
             body={"phone": L(DIGITS, TEL), "verify": "sms"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "osVersion": L("14", DEV), "locale": L("en_IQ", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("photo_taken", 1, lesion=les), ev("session_logged", 2),
                ev("screen_view", 3, screen=L("HealingTimeline", USAGE))]}),
        case(f, f"{a}/v2/timeline", headers=_h(rng, how="upper"),
             cookies={"lc_session": L(opaque(rng, "", 44), CRED)}),
    ]


def leishcare_sdks() -> list[Case]:
    rng = random.Random(10612)
    return [
        lt_batch(APP, rng, [("lesion_photo_added", {"count": 2}),
                            ("session_logged", {"type": L("cryotherapy", MED)})],
                 locale="en_IQ"),
        lt_pixel(APP, rng, "onboarding_viewed", {"step": 2}),
        hw_session(APP, rng, first=True),
        ob_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords=L("skin care,wound dressing", MED)),
        sl_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap decode lesion_forearm.jpg"),
                 ["open Camera", "capture"], screen="LesionCameraActivity"),
        fk_eval(APP, rng, {"programme": "ERB-CL", "newCamera": True}),
        cw_register(APP, rng, tags={"regimen": L("intralesional", MED)}),
        gm_route(APP, rng, [(ERB_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)]),
        pb_message(APP, rng, L("I can't upload my ECG, the app closes", TEXT),
                   {"patient": L(PATIENT_NO, MED)}),
        pb_attach(APP, rng, L(JPEG + b"\x83", MEDIA), "screenshot.jpg", "image/jpeg"),
    ]
