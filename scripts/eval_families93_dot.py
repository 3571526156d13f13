"""Tuberculosis directly-observed-therapy (DOT) video app "Ariun Tun": she films herself taking
each day's pills for the district TB cabinet. Log-in by phone and PIN, ``/me``, enrolment
(register number, diagnosis, regimen, weight), a face check before the dose, the dose video with
its fix, side effects, a missed dose, the pill box, weight, a sputum-test booking, results by
register number in the path, a message to her nurse, a trip to the countryside, household
contacts for screening, the signed consent, push, events (msgpack) and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    JPEG,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    landmarks,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families93_kit import (
    COMPANION,
    NURSE_ID,
    REGIMEN,
    TB_CABINET,
    TB_REG,
    UB_HOME_AT,
    WINTER_CAMP,
)
from eval_families93_sdk import ac_crash, ac_crumb, ac_session, tx_batch, tx_queue
from eval_families93_svc import gt_route, mp_register, tc_message, tg_eval, zv_save
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

FIT_ = "health.fitness"
APP = App("ariuntun", "AriunTun", "org.example.ariuntun", "1.12.4",
          "https://dot.ariuntun.example.org")
IID = "X-Ariun-Device"


def _h(rng: random.Random, auth: str | None = "session", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how="nodash", auth=auth, **kw)


def ariuntun() -> list[Case]:
    rng = random.Random(9311)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, tb=L(TB_REG, MED), phone=L(E164, TEL)))}
    dose = obj(rng, "dose", 10)
    hla, hlo = fix(UB_HOME_AT, 5)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    res = case(f, f"{a}/v1/patients/{TB_REG}/results", headers=_h(rng), query={"kind": "sputum"})
    return [
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng, auth=None), body={
            "phone": L(E164, TEL), "pin": L("0917", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v1/enrolment", headers=_h(rng), body={
            "registerNo": L(TB_REG, MED), "cabinet": TB_CABINET["id"],
            "diagnosis": L("pulmonary TB, drug-susceptible, new case", MED),
            "regimen": [L(r, MED) for r in REGIMEN], "phase": L("intensive", MED),
            "startDate": "2025-11-03", "weightKg": L(58.5, FIT_),
            "hivTested": L(True, MED), "nurse": NURSE_ID}),
        case(f, f"{a}/v1/doses/{dose}/face", headers=_h(rng), body={
            "template": L(f32b64(vec), FACE), "landmarks": L(landmarks(rng, 68), FACE),
            "liveness": 0.97, "match": 0.93, "camera": "front"}),
        multipart(f, f"{a}/v1/doses/{dose}/video", [
            ("video", "dose.mp4", "video/mp4", L(MP4 + b"\x41", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "dose": dose, "pills": L(4, MED), "takenAt": "2025-12-10T08:02:11+08:00",
                "lat": hla, "lng": hlo, "durationMs": 41200, "fps": 30})],
            headers=_h(rng)),
        case(f, f"{a}/v1/doses/{dose}/side-effects", headers=_h(rng), body={
            "symptoms": [L("nausea", MED), L("joint pain", MED), L("orange urine", MED)],
            "severity": L(2, MED),
            "note": L("Nausea for two hours after the pills, ate before this time",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/doses/missed", fmt="form", headers=_h(rng), body={
            "date": "2025-12-07", "reason": L("vomited the morning dose, took nothing after",
                                              f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/pillbox", [
            ("photo", "box.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{MED}")),
            ("count", None, "application/json", {"remaining": L(38, MED), "blister": "B-2211"})],
            headers=_h(rng)),
        case(f, f"{a}/v1/weights", headers=_h(rng), body={
            "kg": L(57.9, FIT_), "date": "2025-12-09", "scale": "home"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng), body={
            "cabinet": TB_CABINET["id"], "cabinetPhone": TB_CABINET["phone"],
            "type": L("sputum smear month 2", MED), "slot": "2025-12-22T09:30:00+08:00",
            "smsTo": L(E164, TEL)}),
        at_path(res, TB_REG, MED),
        case(f, f"{a}/v1/messages", headers=_h(rng), body={
            "to": NURSE_ID, "thread": obj(rng, "thr", 8),
            "text": L("Can I take the pills with airag? My liver test is on Monday",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/travel", headers=_h(rng), body={
            "from": "2025-12-20", "to": "2025-12-28", "reason": L("visiting the herders' "
                                                                  "winter camp", TEXT),
            "camp": {"lat": fix(WINTER_CAMP, 4)[0], "lng": fix(WINTER_CAMP, 4)[1]},
            "takeDoses": L(8, MED)}),
        case(f, f"{a}/v1/contacts/screening", headers=_h(rng), body={
            "contacts": [{"name": L(COMPANION[0], NAMEC), "phone": L(COMPANION[1], TEL),
                          "relation": "co-worker", "hours": 30},
                         {"name": L("Bold Ganzorig", NAMEC), "phone": L("+97699087413", TEL),
                          "relation": "landlord", "hours": 6}]}),
        multipart(f, f"{a}/v1/consent", [
            ("signature", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n\x00\x01", MEDIA)),
            ("form", None, "application/json", {"version": "dot-2024-3", "name": L(NAME, NAMEC),
                                                "videoRetentionDays": 90})],
            headers=_h(rng)),
        case(f, f"{a}/v1/liver-test", headers=_h(rng), body={
            "alt": L(48, MED), "ast": L(41, MED), "date": "2025-12-08", "lab": "lab_0071"}),
        case(f, f"{a}/v1/profile", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "lang": L("mn", DEV),
            "videoQuality": "low"}),
        case(f, f"{a}/v1/reminders", headers=_h(rng), body={
            "time": "08:00", "snoozeMin": 15, "tone": "soft"}),
        case(f, f"{a}/v1/devices", headers=_h(rng), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "sdk": L(34, DEV), "lang": L("mn", DEV)}),
        case(f, f"{a}/v1/events", fmt="msgpack", headers=_h(rng), body={
            "u": L(USER_ID, UID), "ev": [ev("dose_recorded", 1, seconds=41),
                                         ev("side_effect_logged", 2),
                                         ev("screen", 3, screen=L("Calendar", USAGE))]}),
        case(f, f"{a}/v1/doses/calendar", headers=_h(rng, auth=None), query={"month": "2025-12"},
             cookies={"at_sid": L(opaque(rng, "", 40), CRED), "at_lang": "mn"}),
        case(f, f"{a}/v1/education/progress", fmt="form", headers=_h(rng), body={
            "module": "tb-basics-3", "watchedSec": L("312", USAGE), "quiz": "4/5"}),
        case(f, f"{a}/v1/food-support", headers=_h(rng), body={
            "registerNo": L(TB_REG, MED), "pickup": TB_CABINET["id"], "week": 50}),
    ]


def ariuntun_sdks() -> list[Case]:
    rng = random.Random(9312)
    return [
        tx_batch(APP, rng, [("Dose Recorded", {"phase": L("intensive", MED)}),
                            ("Screen Viewed", {"screen": L("DoseCamera", USAGE)})]),
        tx_queue(APP, rng, [("App Opened", {}), ("Reminder Tapped", {"hour": 8}),
                            ("Video Uploaded", {"mb": 6.2})]),
        ac_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encoder"),
                 [ac_crumb("nav", "Calendar -> DoseCamera"), ac_crumb("tap", "record")],
                 screen="DoseCameraActivity"),
        ac_session(APP, rng),
        tg_eval(APP, rng, {"phase": L("intensive", MED), "cabinet": TB_CABINET["id"]},
                hdr=True),
        mp_register(APP, rng, tags={"dose_time": "08:00"}),
        zv_save(APP, rng, {"analytics": False, "video_research": True}),
        gt_route(APP, rng, [(UB_HOME_AT, PRECISE), ((TB_CABINET["lat"], TB_CABINET["lon"]),
                                                     None)], mode="pedestrian"),
        tc_message(APP, rng, L("The app won't upload my dose video on mobile data", TEXT),
                   {"tb": L(TB_REG, MED)}),
    ]
