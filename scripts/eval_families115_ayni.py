"""Trachoma eye-surgery follow-up app "Aynilid" (``ayni``, eye): she had surgery for trachomatous
trichiasis of her right upper lid (bilamellar tarsal rotation) at a Mekelle eye clinic and is
followed at day 1, day 14, month 3 and month 6. Registration, a log-in, ``/me``, the surgery
record, eyelid photos, the day-14 review, daily symptoms (msgpack), ointment doses, the household's
azithromycin round, clinics near her, an appointment, a transport voucher, a message to the nurse,
a hygiene lesson watched, a vision test, research consent, Tesfay as caregiver, the check-in at the
clinic (protobuf), her community health-insurance number, feedback, push, events and the records
by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims
from eval_families115_kit import (
    BIRTH,
    BUY,
    CBHI,
    CLINIC_FIX,
    COARSE,
    CRED,
    DEV,
    DID,
    ET_PHONE,
    ET_PHONE_NAT,
    EYE_CLINIC,
    GENDER,
    HOME_MK_AT,
    HUSBAND,
    LWAM,
    MED,
    MEDIA,
    NAMEC,
    PATIENT_NO,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WALLET,
    ll,
    obj,
    ti_head,
)
from eval_families115_sdk import cm_batch, cm_queue, fk_crash, fk_crumb, sq_session
from eval_families115_svc import (
    ca_check,
    cs_attach,
    fm_eval,
    mt_reverse,
    mt_route,
    ps_subscribe,
)
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("ayni", "Aynilid", "org.example.aynilid", "2.4.1", "https://api.aynilid.example.org")
IID = "X-Aynilid-Install"
PW = "Quiha-Lid-0419"
VISIT = "vis_7c20d91e"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return ti_head(APP, rng, IID, **kw)


def aynilid() -> list[Case]:
    rng = random.Random(11521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, patient=L(PATIENT_NO, MED)))}
    lab: dict[str, str] = {}
    checkin = pb([(1, L(USER_ID, UID)), (2, VISIT),
                  (3, [(1, L(CLINIC_FIX[0], PRECISE)), (2, L(CLINIC_FIX[1], PRECISE))]),
                  (4, L(PATIENT_NO, MED)), (5, 1765262100)], "", lab)
    return [
        case(f, f"{a}/v1/patients/register", headers=_h(rng, auth=None), body={
            "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC),
            "phone": L(ET_PHONE, TEL), "dob": L(DOB, BIRTH), "sex": L("F", GENDER),
            "town": L("Mekelle", COARSE), "kebele": L("14", COARSE), "password": L(PW, CRED),
            "language": L("ti", DEV)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng, auth=None), body={
            "phone": L(ET_PHONE_NAT, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v1/surgery", headers=_h(rng), body={
            "patientNo": L(PATIENT_NO, MED), "eye": L("right", MED),
            "procedure": L("BLTR", MED), "date": L("2025-11-27", MED),
            "lashesTouchingGlobe": L(5, MED), "cornealOpacity": L(False, MED),
            "surgeonId": "sg_0412", "clinic": EYE_CLINIC["id"]}),
        multipart(f, f"{a}/v1/followups/{VISIT}/photos", [
            ("front", "lid_front.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("everted", "lid_everted.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"eye": L("right", MED),
                                                "daysPostOp": L(14, MED)})],
            headers=_h(rng)),
        case(f, f"{a}/v1/followups/{VISIT}", headers=_h(rng), body={
            "painScore": L(2, MED), "lashesTouching": L(0, MED), "granuloma": L(False, MED),
            "contourDefect": L("mild", MED), "vaRight": L("6/12", MED),
            "vaLeft": L("6/6", MED),
            "note": L("Slight notch at the lid margin, no lashes on the eye", TM)}),
        case(f, f"{a}/v1/symptoms", fmt="msgpack", headers=_h(rng), body={
            "date": "2025-12-05", "pain": L(1, MED), "discharge": L(False, MED),
            "swelling": L("less", MED), "photophobia": L(True, MED), "entryId": obj(rng, "sy")}),
        case(f, f"{a}/v1/medications/doses", headers=_h(rng), body={
            "drug": L("Tetracycline eye ointment 1%", MED), "dose": L("1 cm, right eye", MED),
            "taken": L(True, MED), "at": "2025-12-05T20:10:00+03:00"}),
        case(f, f"{a}/v1/household/azithromycin", headers=_h(rng), body={
            "round": "2025-R2", "members": [
                {"name": L(NAME, NAMEC), "dose": L("1 g", MED)},
                {"name": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC), "dose": L("1 g", MED)},
                {"name": L(LWAM["first"], NAMEC), "dose": L("1 g", MED)}]}),
        case(f, f"{a}/v1/clinics", headers=_h(rng, how="upper"), query={
            "near": ll(HOME_MK_AT, 3, PRECISE), "service": "tt_surgery", "radius": "15"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng), body={
            "clinic": EYE_CLINIC["id"], "slot": "2026-02-26T09:00",
            "reason": L("3-month review after trichiasis surgery", MED)}),
        case(f, f"{a}/v1/transport-voucher", fmt="form", headers=_h(rng), body={
            "visit": VISIT, "fare": L("60.00", BUY), "wallet": L(ET_PHONE, WALLET)}),
        case(f, f"{a}/v1/messages", headers=_h(rng), body={
            "thread": obj(rng, "thr", 8), "to": "nurse",
            "text": L("The stitches itch and my right eye waters in the morning", TM)}),
        case(f, f"{a}/v1/lessons/face-washing/progress", fmt="form", headers=_h(rng), body={
            "watchedSec": L("184", USAGE), "completed": "true", "quiz": "3/3"}),
        case(f, f"{a}/v1/vision-test", headers=_h(rng), body={
            "method": "tumbling_e", "right": L("6/12", MED), "left": L("6/6", MED),
            "brightness": L(0.8, DEV), "distanceM": 3}),
        case(f, f"{a}/v1/consent/research", fmt="form", headers=_h(rng), body={
            "study": "TT-RECUR-2025", "agree": "1", "signatureName": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/caregiver", headers=_h(rng), body={
            "name": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC), "phone": L(HUSBAND[2], TEL),
            "relation": "husband", "canSeeResults": True}),
        raw(f, f"{a}/v1/checkin", checkin, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/v1/insurance", headers=_h(rng), body={
            "scheme": "CBHI", "number": L(CBHI, MED),
            "householdHead": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC), "validTo": "2026-06-30"}),
        case(f, f"{a}/v1/feedback", headers=_h(rng), body={
            "stars": 5, "text": L("The nurse explained the ointment in Tigrinya, thank you",
                                  TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, how="nodash"), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ti_ET", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng), body={
            "userId": L(USER_ID, UID), "events": [
                ev("photo_uploaded", 1), ev("dose_logged", 2),
                ev("screen", 3, screen=L("FollowUp", USAGE))]}),
        case(f, f"{a}/v1/records", headers=_h(rng, auth=None),
             cookies={"ay_session": L(opaque(rng, "", 44), CRED)}),
    ]


def aynilid_sdks() -> list[Case]:
    rng = random.Random(11522)
    return [
        cm_batch(APP, rng, [("Follow Up Saved", {"daysPostOp": L(14, MED)}),
                            ("Photo Uploaded", {"view": "everted"})], at=HOME_MK_AT, nd=2),
        cm_queue(APP, rng, [("Dose Logged", {"drug": L("tetracycline", MED)}),
                            ("Lesson Completed", {"lesson": "face-washing"})]),
        sq_session(APP, rng, user=True, count=14),
        fk_crash(APP, rng, ("java.io.IOException", "camera preview failed"),
                 [fk_crumb("nav", "FollowUp -> LidPhoto"), fk_crumb("log", "camera open")],
                 screen="LidPhotoActivity", wifi=True),
        fm_eval(APP, rng, {"condition": L("trichiasis", MED), "stage": L("post_op", MED)}),
        ps_subscribe(APP, rng, tags={"followup": L("d14", MED), "lang": "ti"}),
        ca_check(APP, rng, {"analytics": True, "research": True}),
        mt_reverse(APP, rng, HOME_MK_AT, PRECISE),
        mt_route(APP, rng, [(HOME_MK_AT, PRECISE),
                            ((EYE_CLINIC["lat"], EYE_CLINIC["lon"]), None)]),
        cs_attach(APP, rng, L(JPEG + b"\x93", f"{MEDIA}|{MED}"), "eye_morning.jpg",
                  "image/jpeg"),
    ]
