"""Men's-health telemedicine app "Virelo" (the tester answers as a male patient under the
profile's name): sign-up, an SMS log-in, ``/me``, the sexual-health questionnaire, vitals, an STI
history, scalp photos, the ID check (licence and selfie), an asynchronous consult, a message to the
clinician, a video visit's ICE candidates, a prescription accepted by its number in the path, the
pharmacy order with discreet delivery, an STI test kit, results shared with a partner, a Play
subscription, a Health Connect import, reminders, push, events and orders by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    srflx,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families39_kit import CLINICIAN, PHARMACY, RX_NO
from eval_families39_sdk import (
    af_event,
    af_launch,
    cb_crash,
    cb_crumb,
    tw_batch,
    tw_identify,
    tw_queue,
)
from eval_families39_svc import cr_save, ft_eval, pm_register, pw_card, pw_confirm
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, case

APP = App("virelo", "Virelo", "com.example.virelo", "3.3.1", "https://api.virelo.example.com")
IID = "X-Virelo-Install"
PW = "Granite-Fox-1991"
MRN = "VR-PT-220418"  # the patient's medical record number (health.medical)
HM = f"{TEXT}|{MED}"
HOST = f"candidate:3 1 udp 2122260223 {LOCAL_IP} 53211 typ host generation 0 ufrag Xq1v"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def virelo() -> list[Case]:
    rng = random.Random(3961)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    b = {"auth": "bearer"}
    cid = obj(rng, "cns", 10)
    accept = at_path(case(f, f"{a}/v1/prescriptions/{RX_NO}/accept", headers=_h(rng, **b),
                          body={"regimen": L("sildenafil 50 mg, up to 8 doses a month", MED),
                                "refills": 5, "acknowledged": True}), RX_NO, MED)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "sexAtBirth": L("male", GENDER),
            "state": L(STATE, COARSE), "phone": L(DASHED, TEL)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={"phone": L(E164, TEL)}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("318406", CRED)}),
        case(f, f"{a}/v1/patients/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake/sexual-health", headers=_h(rng, **b), body={
            "onset": L("gradual, about a year", MED), "iief5": [L(x, MED) for x in (3, 2, 3, 2, 3)],
            "iief5Total": L(13, MED), "morningErections": L("sometimes", MED),
            "partners": L("women", SENS), "relationship": "long-term",
            "nitrates": L(False, MED), "conditions": [L("hypertension", MED)],
            "medications": [{"name": L("Amlodipine", MED), "dose": L("5 mg", MED)}],
            "smoking": L("former", MED)}),
        case(f, f"{a}/v1/intake/vitals", fmt="form", headers=_h(rng, **b), body={
            "systolic": L("138", MED), "diastolic": L("86", MED), "pulse": L("72", FIT),
            "heightCm": L("178", FIT), "weightKg": L("84.5", FIT), "measuredAt": "home"}),
        case(f, f"{a}/v1/intake/sti", headers=_h(rng, **b), body={
            "lastTest": "2024-06", "lastResult": L("negative", MED),
            "partnersLast6m": L(2, MED), "symptoms": [], "prep": L(False, MED)}),
        multipart(f, f"{a}/v1/intake/photos", [
            ("crown", "crown.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{MED}")),
            ("hairline", "hairline.jpg", "image/jpeg", L(JPEG + b"\xd2", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"concern": L("thinning at the crown", MED),
                                                "since": "2023"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/identity", [
            ("licence", "licence.jpg", "image/jpeg", L(JPEG + b"\xd3", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xd4", MEDIA)),
            ("data", None, "application/json", {"number": L(LICENCE, NATID),
                                                "state": L(STATE, COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/consults", headers=_h(rng, **b), body={
            "consult": cid, "mode": "async", "concerns": [L("ed", MED), L("hair_loss", MED)],
            "preferred": L("sildenafil", MED), "clinician": CLINICIAN["id"],
            "pharmacy": {"id": PHARMACY["id"], "name": PHARMACY["name"],
                         "phone": PHARMACY["phone"], "line": PHARMACY["line"]}}),
        case(f, f"{a}/v1/consults/{cid}/messages", headers=_h(rng, **b), body={
            "to": CLINICIAN["id"],
            "text": L("Is it safe with my blood pressure pill? I take amlodipine daily", HM)}),
        case(f, f"{a}/v1/consults/{cid}/video/candidates", headers=_h(rng, **b), body={
            "candidates": [{"candidate": L(srflx(), IPLOC), "sdpMid": "0"},
                           {"candidate": L(HOST, DEV), "sdpMid": "0"}],
            "room": opaque(rng, "rm_", 16)}),
        accept,
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "rx": L(RX_NO, MED), "product": L("sildenafil-50mg-8ct", f"{BUY}|{MED}"),
            "price": L("34.00", BUY), "discreet": True, "recipient": L(NAME, NAMEC),
            "ship": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                     "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/labs/kits", fmt="form", headers=_h(rng, **b), body={
            "panel": L("sti_5_panel", MED), "price": L("89.00", BUY), "shipTo": "profile"}),
        case(f, f"{a}/v1/results/share", headers=_h(rng, **b), body={
            "email": L(PARTNER[2], MAIL), "name": L(PARTNER[0].split()[0], NAMEC),
            "results": "sti_5_2025-12", "expiresHours": 72}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("virelo_monthly_2", BUY), "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": [L(x, FIT) for x in (7012, 9240, 5580)],
            "restingHr": [L(x, FIT) for x in (64, 63, 66)], "weightKg": L(84.1, FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b),
             body={"refill": "true", "dose": "false", "quietHours": "22-07"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "showPreviews": False}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "events": [
                ev("intake_completed", 1), ev("consult_submitted", 2),
                ev("screen", 3, screen=L("OrderConfirmation", USAGE))]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, how="upper"),
             cookies={"vr_session": L(opaque(rng, "", 40), CRED)}),
    ]


def virelo_sdks() -> list[Case]:
    rng = random.Random(3962)
    return [
        tw_batch(APP, rng, [("Consult Submitted", {"category": L("ed", MED)}),
                            ("Checkout Completed", {"total": L(34.0, BUY)})]),
        tw_identify(APP, rng, {"email": L(EMAIL, MAIL), "state": L(STATE, COARSE),
                               "plan": L("ed_monthly", MED)}),
        tw_queue(APP, rng, [("Intake Step Viewed", {"step": 4}),
                            ("Photo Retaken", {"slot": "crown"})], user=False),
        af_launch(APP, rng, first=True),
        af_event(APP, rng, "af_purchase", {"content_type": L("hair_loss", MED)}, revenue=34.0,
                 hashed=True),
        cb_crash(APP, rng, ("java.lang.NullPointerException", "photo uri null"),
                 [cb_crumb("navigation", "Intake -> Photos"),
                  cb_crumb("user", "tap", {"view": "btn_take_crown"})],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                 screen="IntakePhotoActivity"),
        ft_eval(APP, rng, {"asyncConsult": True, "state": L(STATE, COARSE)}),
        pm_register(APP, rng, tags={"refillDue": "2025-12-20"}),
        cr_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        pw_card(APP, rng, email=True),
        pw_confirm(APP, rng, "34.00"),
    ]
