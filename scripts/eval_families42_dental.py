"""Kids' dentist appointment app "Toothsprout" (the user is the parent; her daughter Ava is the
patient): sign-up, a log-in, ``/me`` with the children in the JWT, the child's profile and
medical history, the dental insurance card, offices near her, slots, an appointment and a
check-in at the office, the child's chart by patient ID in the path, X-rays from the previous
dentist, a photo of a chipped tooth, a referral with the teeth chart, a message to the office, a
treatment consent signed, a payment, a co-parent invited, brushing sessions, reminders, push,
events and statements by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families42_kit import DENTAL_MEMBER, DENTIST, KID, KID_ID, OFFICE, fix, obj, teeth
from eval_families42_sdk import aw_event, aw_launch, bs_bid, fk_crash, fk_crumb, tf_batch
from eval_families42_svc import (
    cb_check,
    ch_attach,
    fm_eval,
    mf_geocode,
    pc_register,
    pw_card,
    pw_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("toothsprout", "Toothsprout", "com.example.toothsprout", "2.4.1",
          "https://api.toothsprout.example.com")
IID = "X-TS-Install"
PW = "Floss-Boss-8181"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\x80\x08\x06"
CHECKIN_AT = (40.746102, -73.980411)  # her phone at the office's door (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def toothsprout() -> list[Case]:
    rng = random.Random(4271)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID_ID, UID)]))}
    b = {"auth": "bearer"}
    appt = obj(rng, "apt", 8)
    cla, clo = fix(CHECKIN_AT)
    chart = case(f, f"{a}/v1/patients/{KID_ID}/chart", headers=_h(rng, how="upper"),
                 cookies={"ts_sess": L(opaque(rng, "", 40), CRED), "ts_child": L(KID_ID, UID)})
    return [
        case(f, f"{a}/v1/guardians", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "mobile": L(E164, TEL), "relationship": "mother"}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/patients", headers=_h(rng, **b), body={
            "id": L(KID_ID, UID), "firstName": L(KID[0], NAMEC), "lastName": L(KID[1], NAMEC),
            "dob": L(KID[2], BIRTH), "sex": L("F", GENDER), "school": "PS 116",
            "grade": "2"}),
        case(f, f"{a}/v1/patients/{KID_ID}/history", headers=_h(rng, **b), body={
            "allergies": [L("penicillin", MED)], "conditions": [L("asthma", MED)],
            "medications": [L("albuterol inhaler", MED)], "thumbSucking": L(True, MED),
            "fluorideWater": True, "lastVisit": "2025-05-20"}),
        multipart(f, f"{a}/v1/patients/{KID_ID}/insurance", [
            ("card", "dental_card.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{MED}")),
            ("plan", None, "application/json", {
                "memberId": L(DENTAL_MEMBER, MED), "group": "GRP-88120",
                "payer": "Brightsmile Dental Plan", "subscriber": L(NAME, NAMEC),
                "subscriberDob": L(DOB, BIRTH)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/offices", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.4f}", PRECISE), "lng": L(f"{LON:.4f}", PRECISE),
            "pediatric": "true", "plan": "brightsmile"}),
        case(f, f"{a}/v1/offices/{OFFICE['id']}/slots", headers=_h(rng, **b), query={
            "date": "2025-12-16", "provider": "prv_0092"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "id": appt, "patient": L(KID_ID, UID), "office": {
                "id": OFFICE["id"], "name": OFFICE["name"], "phone": OFFICE["phone"],
                "line": OFFICE["line"]}, "provider": DENTIST, "slot": "2025-12-16T15:30",
            "reason": L("She says a back tooth hurts when she drinks cold milk",
                        f"{TEXT}|{MED}"), "copay": L("25.00", BUY)}),
        case(f, f"{a}/v1/appointments/{appt}/checkin", headers=_h(rng, **b), body={
            "lat": cla, "lng": clo, "officeLat": OFFICE["lat"], "officeLng": OFFICE["lon"],
            "geofenceM": 75}),
        at_path(chart, KID_ID, UID),
        multipart(f, f"{a}/v1/patients/{KID_ID}/xrays", [
            ("bitewing_left", "bw_left.jpg", "image/jpeg", L(JPEG + b"\xd2", f"{MEDIA}|{MED}")),
            ("bitewing_right", "bw_right.jpg", "image/jpeg",
             L(JPEG + b"\xd3", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"takenOn": "2025-05-20", "source": "upload"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/patients/{KID_ID}/photos", [
            ("photo", "chipped.jpg", "image/jpeg", L(JPEG + b"\xd4", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"tooth": L("E", MED), "kind": "injury"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/referrals", gz=True, headers=_h(rng, **b), body={
            "patient": L(KID_ID, UID), "to": "Midtown Kids Orthodontics",
            "chart": L(teeth(rng), MED), "crossbite": L(True, MED),
            "xrays": [obj(rng, "xr", 8), obj(rng, "xr", 8)]}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "office": OFFICE["id"], "patient": L(KID_ID, UID), "thread": obj(rng, "th", 8),
            "text": L("Ava chipped her front tooth at recess, can we come in today?",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/consents", [
            ("signature", "sig.png", "image/png", L(PNG, MEDIA)),
            ("consent", None, "application/json", {
                "form": "sealants_fluoride_v3", "patient": L(KID_ID, UID),
                "guardianName": L(NAME, NAMEC), "relationship": "mother"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "statement": "st_55120", "amount": L("85.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/guardians/invite", fmt="form", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL), "patient": KID_ID}),
        case(f, f"{a}/v1/brushing", headers=_h(rng, **b), body={
            "patient": L(KID_ID, UID), "sessions": [
                {"at": "2025-12-09T07:41", "seconds": L(118, USAGE)},
                {"at": "2025-12-09T19:58", "seconds": L(95, USAGE)}], "stickers": 2}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "appointment": appt, "hoursBefore": "24", "channel": "sms"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("appointment_booked", 1), ev("xray_uploaded", 2),
                ev("screen", 3, screen=L("ToothChart", USAGE))]}),
        case(f, f"{a}/v1/statements", headers=_h(rng, how="nodash"),
             cookies={"ts_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def toothsprout_sdks() -> list[Case]:
    rng = random.Random(4272)
    return [
        tf_batch(APP, rng, [("Appointment Booked", {"copay": L(25.0, BUY)}),
                            ("Chart Viewed", {})]),
        aw_launch(APP, rng, user=True, n=9),
        aw_event(APP, rng, "appointment_booked", {"office": OFFICE["id"]}, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        fk_crash(APP, rng, ("java.lang.NullPointerException", "xray thumbnail null"),
                 [fk_crumb("navigation", "Chart -> Xrays"),
                  fk_crumb("http", f"GET /v1/patients/{KID_ID}/xrays", {"status": 200})],
                 screen="XrayGalleryActivity"),
        fm_eval(APP, rng, {"teledentistry": True, "kids": 1}),
        pc_register(APP, rng, tags={"kid_age": L(KID[3], BIRTH)}),
        cb_check(APP, rng, {"analytics": True, "advertising": True}),
        pw_card(APP, rng),
        pw_confirm(APP, rng, "8500"),
        mf_geocode(APP, rng, "350 Fifth Avenue", "contact.address", near=(LAT, LON), nd=3),
        ch_attach(APP, rng, L(JPEG + b"\xd5", MEDIA), "bill.jpg", "image/jpeg"),
    ]
