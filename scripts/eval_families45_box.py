"""Boxing and martial-arts coach "Jabwell" with two wrist pods (punch type, speed and force from
their accelerometers and gyroscopes) and sparring video: sign-up, a log-in, ``/me`` with a JWT,
pairing the pods, a workout at the gym (her fix), a round's punches and heart rate (msgpack), a
pod's raw window (gzip JSON) and packed samples (protobuf), the workout's totals, a sparring clip
with its partner and the body-pose track, a question to the coach, an injury and a concussion
check, a class booked, gyms nearby, a check-in, a weigh-in, friends invited from her contacts, a
leaderboard, a Play subscription check, push, events and programs by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
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
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families45_kit import GYM, GYM_FIX, PARTNER_SPAR, PODS, fix, obj, pose, punches, wrist
from eval_families45_sdk import (
    ar_event,
    ar_open,
    bm_bid,
    bm_win,
    fk_crash,
    fk_crumb,
    ls_batch,
    ls_pixel,
)
from eval_families45_svc import pf_route, ph_register, pm_card, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, PHONE, USER_ID, Case, J, L, case

APP = App("jabwell", "Jabwell", "com.example.jabwell", "2.14.0", "https://api.jabwell.example.com")
IID = "X-Jabwell-Install"
PW = "SouthPaw*Rope42"
MF = f"{MOTION}|{FIT}"  # a pod's raw sensor series: motion data taken as a workout measure


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def jabwell() -> list[Case]:
    rng = random.Random(4531)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(PHONE, TEL), tier="fighter"))}
    b = {"auth": "bearer"}
    wo = obj(rng, "wo", 10)
    vid = obj(rng, "vid", 10)
    gla, glo = fix(GYM_FIX)
    win = wrist(rng, 40)
    packed = struct.pack(f"<{3 * len(win)}f", *[v for r in win for v in r[1:4]])
    lab: dict[str, str] = {}
    rawpb = pb([(1, L(USER_ID, UID)), (2, PODS["left"]["serial"]), (3, "L"), (4, 100),
                (5, L(packed, MF)), (6, 1765381210)], "", lab)
    contacts = [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[1:4]]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(DIGITS, TEL), "birthDate": L(DOB, BIRTH),
            "gender": L("female", GENDER), "heightCm": L(168, FIT), "weightKg": L(61.2, FIT),
            "reachCm": L(170, FIT), "stance": "orthodox", "level": "amateur"}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pods/pair", headers=_h(rng, **b), body={
            "pods": [dict(PODS["left"], hand="L", battery=88), dict(PODS["right"], hand="R",
                                                                    battery=91)],
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/workouts", headers=_h(rng, **b), body={
            "workout": wo, "program": "prg_heavybag_6r", "gym": GYM["id"],
            "at": {"lat": gla, "lon": glo, "acc": 8}}),
        case(f, f"{a}/v1/workouts/{wo}/rounds", fmt="msgpack", headers=_h(rng, **b), body={
            "round": 2, "secs": 180, "punches": L(punches(rng, 12), FIT),
            "hr": L([151, 163, 170, 174, 168], FIT), "restSecs": 60}),
        case(f, f"{a}/v1/workouts/{wo}/imu", gz=True, headers=_h(rng, **b), body={
            "pod": PODS["right"]["serial"], "hz": 100, "rows": L(win, MF)}),
        raw(f, f"{a}/v1/workouts/{wo}/raw", rawpb, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/workouts/{wo}/finish", headers=_h(rng, **b), body={
            "punches": L(412, FIT), "avgSpeed": L(8.7, FIT), "kcal": L(486, FIT),
            "avgHr": L(158, FIT), "maxHr": L(181, FIT), "durationS": L(2460, FIT),
            "rating": 4}),
        multipart(f, f"{a}/v1/sparring/videos", [
            ("video", "spar_r2.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "partnerId": PARTNER_SPAR[1], "partnerName": L(PARTNER_SPAR[0], NAMEC),
                "rounds": 3, "gym": GYM["id"], "clip": vid})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sparring/videos/{vid}/pose", gz=True, headers=_h(rng, **b), body={
            "model": "movenet-17", "fps": 30, "frames": L(pose(rng, 8), MOTION)}),
        case(f, f"{a}/v1/coach/questions", headers=_h(rng, **b), body={
            "clip": vid, "text": L("Am I dropping my right hand after the jab?", TEXT)}),
        case(f, f"{a}/v1/injuries", headers=_h(rng, **b), body={
            "area": L("left wrist", MED), "pain": L(6, MED), "seenDoctor": L(True, MED),
            "note": L("Sprained it on the heavy bag, swelling since Sunday", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/concussion/check", headers=_h(rng, **b), body={
            "symptoms": [L("headache", MED), L("light sensitivity", MED)],
            "score": L(7, MED), "afterSparring": vid}),
        case(f, f"{a}/v1/classes/book", fmt="form", headers=_h(rng, **b), body={
            "class": "cls_7720", "gym": GYM["id"], "price": L("28.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "slot": "2025-12-12T18:30"}),
        case(f, f"{a}/v1/gyms/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{LAT:.4f},{LON:.4f}", PRECISE), "radius": "3km", "style": "boxing"}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "gym": GYM["id"], "lat": L(round(GYM_FIX[0], 5), PRECISE),
            "lon": L(round(GYM_FIX[1], 5), PRECISE), "gymLat": GYM["lat"], "gymLon": GYM["lon"]}),
        case(f, f"{a}/v1/weighins", headers=_h(rng, **b), body={
            "weightKg": L(60.8, FIT), "bodyFatPct": L(21.4, FIT),
            "division": L("featherweight", FIT), "date": "2025-12-10"}),
        case(f, f"{a}/v1/friends/invite", headers=_h(rng, **b), body={
            "invitees": contacts, "message": L("Come hit pads with me Thursday!", TEXT)}),
        case(f, f"{a}/v1/leaderboards", headers=_h(rng, **b),
             query={"gym": GYM["id"], "week": "2025-W50", "metric": "punches"}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "sku": L("jabwell_fighter_monthly", BUY), "token": L(play_token(rng), BUY),
            "order": L("GPA.3391-0072-5518-40221", BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("America/New_York",
                                                                         DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("round_completed", 1, round=2), ev("video_uploaded", 2),
                ev("screen", 3, screen=L("Technique", USAGE))]}),
        case(f, f"{a}/v1/programs", headers=_h(rng, how="upper"),
             cookies={"jw_sid": L(opaque(rng, "", 40), CRED), "jw_did": L(INSTALL_ID, DID)}),
    ]


def jabwell_sdks() -> list[Case]:
    rng = random.Random(4532)
    return [
        ls_batch(APP, rng, [("Round Completed", {"punches": L(84, FIT), "round": 2}),
                            ("Video Uploaded", {"secs": 540})], at=GYM_FIX, nd=3),
        ls_pixel(APP, rng, "Onboarding Step", {"step": 3, "goal": L("lose weight", FIT)}),
        ar_open(APP, rng, user=True, n=14),
        ar_event(APP, rng, "class_booked", {"class": "cls_7720"}, revenue=28.0),
        bm_bid(APP, rng, {"video": {"w": 360, "h": 640, "mimes": ["video/mp4"]}},
               yob=1991, gender="F", keywords="boxing,fitness,protein"),
        bm_win(APP, rng, price="1.12"),
        fk_crash(APP, rng, ("android.bluetooth.BluetoothException", "pod R notify failed"),
                 [fk_crumb("nav", "Workout -> Round"),
                  fk_crumb("log", "pod reconnect", {"serial": PODS["right"]["serial"]})],
                 screen="RoundActivity"),
        ph_register(APP, rng, adid=True, tags={"level": "amateur"}),
        pm_card(APP, rng),
        pm_confirm(APP, rng, "28.00"),
        pf_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE),
                            ((GYM["lat"], GYM["lon"]), None)], mode="walking"),
    ]
