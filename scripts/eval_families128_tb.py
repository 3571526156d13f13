"""Drug-resistant TB treatment-adherence app "Phekolo" (``phekolo``, treatment) with
video-observed doses (her own health data). Unlike set 93's video DOT (drug-sensitive TB, a face
check before each dose) and set 112's blister-number DOTS, this is rifampicin-resistant TB on a
six-month all-oral regimen watched by a nurse from recorded videos, with the regimen's safety
monitoring: enrolment at the clinic (register number, regimen, HIV status, weight), a PIN log-in,
``/me``, today's doses, a dose video (MP4) with its fix, a batch of offline dose records
(msgpack), side effects, an ECG's QTc and a protobuf vitals record, a vision check for
linezolid, a missed dose, household contacts screened, her treatment supporter, a sputum
result by register number in the path, a travel note, a nutrition parcel, a message to the
nurse, push, events and the calendar by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families128_kit import (
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    NID_LS,
    POST_AT,
    REGIMEN,
    SUPPORTER,
    TB_CLINIC,
    TB_REG,
    fix,
    obj,
)
from eval_families128_sdk import sk_crash, sk_crumb, tq_batch, tq_pixel
from eval_families128_svc import cd_register, ht_attach, sb_eval
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("phekolo", "Phekolo", "com.example.phekolo", "3.2.0", "https://api.phekolo.example.org")
IID = "X-Phekolo-Device"
PIN = "5521"
MT = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def phekolo() -> list[Case]:
    rng = random.Random(12831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tb_register=L(TB_REG, MED), facility=TB_CLINIC["id"]))}
    dose_fix = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    vitals = pb([(1, L(USER_ID, UID)), (2, [(1, L(452, MED)), (2, L(78, FIT)),
                                            (3, L(63.1, FIT))]), (3, 1765351200),
                 (4, "ECG-12L-0291")], "", lab)
    return [
        case(f, f"{a}/v1/enrol", headers=_h(rng), body={
            "facility": TB_CLINIC["id"], "tb_register_no": L(TB_REG, MED),
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "phone": L(E164, TEL), "national_id": L(NID_LS, "personal.national_id"),
            "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "diagnosis": L("RR-TB, pulmonary", MED), "regimen": L(REGIMEN, MED),
            "hiv_status": L("negative", MED), "weight_kg": L(58.2, FIT),
            "start_date": L("2025-10-06", MED), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "pin": L(PIN, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/doses/today", headers=_h(rng, **b), query={"tz": L("Africa/Maseru",
                                                                             DEV)}),
        multipart(f, f"{a}/v1/doses/video", [
            ("video", "dose_20251210.mp4", "video/mp4", L(MP4, f"{MEDIA}|{MED}")),
            ("dose", None, "application/json", {
                "tb_register_no": L(TB_REG, MED), "taken_at": "2025-12-10T07:41:00+02:00",
                "pills": L(["bedaquiline 100mg x2", "pretomanid 200mg", "linezolid 600mg",
                            "moxifloxacin 400mg"], MED),
                "lat": dose_fix[0], "lon": dose_fix[1], "video_id": obj(rng, "vid", 12)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/doses/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "doses": [
                {"day": "2025-12-07", "taken": L(True, MED), "video": obj(rng, "vid", 12)},
                {"day": "2025-12-08", "taken": L(True, MED), "video": obj(rng, "vid", 12)}],
            "where": {"lat": L(round(POST_AT[0], 4), PRECISE),
                      "lon": L(round(POST_AT[1], 4), PRECISE)}}),
        case(f, f"{a}/v1/side-effects", headers=_h(rng, **b), body={
            "symptoms": [L("nausea", MED), L("tingling feet", MED), L("joint pain", MED)],
            "severity": L(2, MED), "note": L("Pins and needles in both feet since Friday", MT)}),
        case(f, f"{a}/v1/ecg", headers=_h(rng, **b), body={
            "qtcf_ms": L(452, MED), "hr_bpm": L(78, FIT), "device": "ECG-12L-0291",
            "read_by": "nurse", "date": "2025-12-09"}),
        raw(f, f"{a}/v1/vitals", vitals, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/vision-check", fmt="form", headers=_h(rng, **b), body={
            "acuity_left": L("6/9", MED), "acuity_right": L("6/6", MED),
            "colour_plates_correct": L("14", MED), "test": "linezolid-monitoring"}),
        case(f, f"{a}/v1/doses/missed", headers=_h(rng, **b), body={
            "day": "2025-12-05", "reason": L("I was vomiting and could not keep the pills down",
                                             MT), "catch_up": False}),
        case(f, f"{a}/v1/contacts/screening", headers=_h(rng, **b), body={
            "household": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                 "cough": L(False, MED), "tpt_started": L(True, MED)},
                {"name": L(DAUGHTER[1], NAMEC), "age": L(DAUGHTER[3], BIRTH),
                 "cough": L(True, MED), "referred": L(True, MED)}]}),
        case(f, f"{a}/v1/supporter", fmt="form", headers=_h(rng, **b), body={
            "name": L(SUPPORTER[0], NAMEC), "phone": L(SUPPORTER[1], TEL),
            "relation": "neighbour", "share_results": "0"}),
        at_path(case(f, f"{a}/v1/results/{TB_REG}/sputum", headers=_h(rng, **b),
                     query={"month": "2"}), TB_REG, MED),
        case(f, f"{a}/v1/travel", headers=_h(rng, **b), body={
            "from": "2025-12-22", "to": "2026-01-03", "destination": L("Thaba-Tseka", COARSE),
            "doses_to_take": 12, "clinic_near": "fac_tts"}),
        case(f, f"{a}/v1/nutrition/parcels", fmt="form", headers=_h(rng, **b), body={
            "month": "2025-12", "collect_at": TB_CLINIC["id"], "bmi": L("21.3", FIT)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse", "text": L("Can I take the pills after breakfast instead of before?",
                                     MT), "client_id": rid(rng)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("st", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "events": [
                ev("dose_video_uploaded", 1, secs=94), ev("side_effect_logged", 2),
                ev("screen", 3, screen=L("DoseCalendar", USAGE))]}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, how="upper"),
             cookies={"pk_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/clinic/visit", headers=_h(rng, **b), body={
            "clinic": {"id": TB_CLINIC["id"], "name": TB_CLINIC["name"],
                       "lat": TB_CLINIC["lat"], "lon": TB_CLINIC["lon"]},
            "slot": "2025-12-18T08:00", "reason": L("monthly review and ECG", MED)}),
        case(f, f"{a}/v1/pin", headers=_h(rng, **b), body={
            "old": L(PIN, CRED), "new": L("9034", CRED)}),
        case(f, f"{a}/v1/education", query={"topic": "linezolid-side-effects",
                                            "lang": L("st", DEV)}, headers=_h(rng, **b)),
    ]


def phekolo_sdks() -> list[Case]:
    rng = random.Random(12832)
    return [
        tq_batch(APP, rng, [("Dose Video Uploaded", {"seconds": 94}),
                            ("Side Effect Logged", {"kind": L("neuropathy", MED)})]),
        tq_pixel(APP, rng, "Login Screen", {"lang": L("st", DEV)}),
        sk_crash(APP, rng, ("java.io.IOException", "upload stalled at 61%"),
                 [sk_crumb("nav", "Today -> RecordDose"),
                  sk_crumb("http", "POST /v1/doses/video", {"status": 0})],
                 screen="RecordDoseActivity"),
        sb_eval(APP, rng, {"regimen": L(REGIMEN, MED), "vot": True}),
        cd_register(APP, rng, tags={"dose_time": "07:30"}, at=HOME_AT, nd=2, lang="st"),
        ht_attach(APP, rng, L(MP4, MEDIA), "screen_recording.mp4", "video/mp4"),
    ]
