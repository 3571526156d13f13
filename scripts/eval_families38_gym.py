"""Gym "Liftgate" with face and palm check-in at the door: sign-up with an emergency contact, a
log-in, ``/me``, a membership bought, the biometric consent, the face enrolment (a float32
template and five landmarks computed on the phone) and a profile photo for the front desk, the
palm enrolment done at the door's reader and linked with its code, check-in preferences, a QR
fallback at the door, a Bluetooth door proximity beat (protobuf), clubs nearby, a class booked,
the PAR-Q, workouts, a body scan, a chest strap's heart rate (msgpack), a message to her trainer,
a guest pass, a locker, a freeze, push, events and the check-in history by a cookie GET."""

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
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families38_kit import CLUB, CLUB_FIX, MEMBER_LG, READER, STRAP, fix, hr_stream, obj
from eval_families38_sdk import (
    ab_event,
    ab_session,
    bh_bid,
    ff_session,
    sw_batch,
)
from eval_families38_svc import fb_eval, mq_reverse, pp_register, pt_card, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, Case, J, L, case

APP = App("liftgate", "Liftgate", "com.example.liftgate", "8.1.0",
          "https://api.liftgate.example.com")
IID = "X-LG-Device"
PW = "Deadlift$Dawn7"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def liftgate() -> list[Case]:
    rng = random.Random(3851)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_LG, UID), club=CLUB["id"]))}
    b = {"auth": "bearer"}
    tpl = [round(rng.gauss(0, 0.06), 5) for _ in range(512)]
    five = [[round(rng.uniform(300, 420), 1), round(rng.uniform(500, 700), 1)] for _ in range(5)]
    cla, clo = fix(CLUB_FIX)
    lab: dict[str, str] = {}
    prox = pb([(1, L(MEMBER_LG, UID)), (2, L(INSTALL_ID, DID)),
               (3, "f7826da6-4fa2-4e98-8024-bc5b71e0893e"), (4, 2), (5, -61), (6, CLUB["id"])],
              "", lab)
    return [
        case(f, f"{a}/v2/members", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "phone": L(E164, TEL), "dob": L(DOB, BIRTH),
            "gender": L("F", GENDER), "homeClub": CLUB["id"],
            "emergency": {"name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL)}}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED), "keepSignedIn": "true"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/memberships", headers=_h(rng, **b), body={
            "plan": L("flex_all_clubs_monthly", BUY), "price": L("89.00", BUY),
            "initiationFee": L("49.00", BUY), "promo": "NEWYEAR26", "club": CLUB["id"],
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/biometrics/consent", headers=_h(rng, **b), body={
            "face": True, "palm": True, "typedName": L(NAME, NAMEC), "policy": "bio-2025-10",
            "retention": "deleted 30 days after membership ends", "ip": L(PUBLIC_IP, IPLOC),
            "signedAt": 1765288211}),
        case(f, f"{a}/v2/biometrics/face", headers=_h(rng, **b), body={
            "template": L(f32b64(tpl), FACE), "dims": 512, "landmarks5": L(five, FACE),
            "model": "lgface-r100-v3", "quality": 0.91, "liveness": 0.988,
            "capture": {"camera": "front", "device": L("Pixel 8", DEV)}}),
        multipart(f, f"{a}/v2/members/me/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"use": "front_desk"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/biometrics/palm/link", headers=_h(rng, **b), body={
            "reader": READER["id"], "enrolment": READER["enrol"], "club": CLUB["id"],
            "code": L("382915", CRED), "hand": "right"}),
        case(f, f"{a}/v2/biometrics/preferences", fmt="form", headers=_h(rng, **b), body={
            "faceCheckin": "on", "palmCheckin": "on", "qrFallback": "on"}),
        case(f, f"{a}/v2/checkins/qr", headers=_h(rng, **b), body={
            "member": L(MEMBER_LG, UID), "token": L(opaque(rng, "qr1.", 28), CRED),
            "club": CLUB["id"], "lat": cla, "lon": clo, "clubLat": CLUB["lat"],
            "clubLon": CLUB["lon"]}),
        raw(f, f"{a}/v2/door/proximity", prox, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/classes/book", headers=_h(rng, **b), body={
            "class": obj(rng, "cls", 8), "className": L("Prenatal Yoga Flow", SENS),
            "instructor": "Dana Whitfield", "start": "2025-12-13T09:00",
            "booking": L("LGB-77104", BUY), "club": CLUB["id"]}),
        case(f, f"{a}/v2/health/parq", headers=_h(rng, **b), body={
            "heartCondition": L(False, MED), "chestPain": L(False, MED),
            "dizziness": L(False, MED), "boneJoint": L(True, MED),
            "details": L("ACL reconstruction left knee 2019, still sore on deep squats",
                         f"{TEXT}|{MED}"), "medications": [L("Ibuprofen as needed", MED)]}),
        case(f, f"{a}/v2/workouts", headers=_h(rng, **b), body={
            "startedAt": "2025-12-09T07:02", "minutes": L(52, FIT), "kcal": L(410, FIT),
            "avgHr": L(131, FIT), "sets": [
                {"exercise": "back squat", "reps": 5, "kg": L(70, FIT)},
                {"exercise": "bench press", "reps": 5, "kg": L(45, FIT)}]}),
        case(f, f"{a}/v2/body/scans", headers=_h(rng, **b), body={
            "weightKg": L(64.2, FIT), "bodyFatPct": L(24.8, FIT), "muscleKg": L(26.9, FIT),
            "bmi": L(22.7, FIT), "heightCm": L(168, FIT), "scanner": "kiosk_inb_04"}),
        case(f, f"{a}/v2/wearables/hr", fmt="msgpack", headers=_h(rng, **b), body={
            "strap": STRAP["serial"], "ble": STRAP["ble"], "hr": L(hr_stream(rng, 30), FIT)}),
        case(f, f"{a}/v2/trainer/messages", headers=_h(rng, **b), body={
            "trainer": "tr_0412", "text": L("Knee flared up again after Tuesday's lunges, can "
                                            "we swap them out?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/guest-passes", headers=_h(rng, **b), body={
            "guestName": L(PEOPLE[0][0], NAMEC), "guestEmail": L(PEOPLE[0][2], MAIL),
            "date": "2025-12-14", "club": CLUB["id"]}),
        case(f, f"{a}/v2/lockers/rent", fmt="form", headers=_h(rng, **b), body={
            "locker": "F-118", "pin": L("7391", CRED), "months": "1", "fee": L("15.00", BUY)}),
        case(f, f"{a}/v2/memberships/freeze", headers=_h(rng, **b), body={
            "reason": L("medical", MED), "from": "2025-12-18", "weeks": 6,
            "note": L("Knee surgery on the 18th, cleared to train again in February",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER_LG, UID), "events": [
                ev("checkin_face", 1, club=CLUB["id"]), ev("class_booked", 2),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
        at_path(case(f, f"{a}/v2/members/{MEMBER_LG}/checkins", headers=_h(rng, how="plain"),
                     query={"days": "30"}, cookies={"lg_session": L(opaque(rng, "", 40), CRED)}),
                MEMBER_LG, UID),
    ]


def liftgate_sdks() -> list[Case]:
    rng = random.Random(3852)
    return [
        sw_batch(APP, rng, [("Checked In", {"method": "face", "club": CLUB["id"]}),
                            ("Workout Logged", {"minutes": L(52, FIT)})], adid=True),
        ab_session(APP, rng, first=True, user=True),
        ab_event(APP, rng, "membership_purchase", {"plan": "flex"}, revenue="138.00",
                 hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="fitness,strength"),
        ff_session(APP, rng),
        fb_eval(APP, rng, {"palmReaders": True, "club": CLUB["id"]}),
        pp_register(APP, rng, tags={"club": CLUB["id"], "classes": "yoga"}),
        pt_card(APP, rng, email=True),
        pt_confirm(APP, rng, "138.00"),
        mq_reverse(APP, rng, CLUB_FIX, PRECISE, nd=5),
    ]
