"""Tuberculosis DOTS treatment-adherence app "Wergi" (snake_case English API; her own health
data). Unlike set 93's video DOT app, doses are confirmed by the number hidden behind each
blister and by a smart pill box, and a neighbour observes as treatment supporter: enrolment at
the health centre (register number, diagnosis, regimen, HIV status, weight), a PIN log-in,
``/me``, today's dose, offline doses (msgpack), pairing the pill box and its week (protobuf), side
effects, a missed dose during the Magal, a travel pack, sputum results by register number in the
path, a lab result's photo, weight, an appointment, the supporter, household screening, a
message to her nurse, a check-in at the centre, reminders, an article search, push, events and
the month's doses by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
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
from eval_families112_kit import (
    CS,
    CS_FIX,
    DK_HOME,
    PILLBOX,
    REGIMEN,
    SN_E164,
    SN_NATIONAL,
    SON,
    SUPPORTER,
    TB_REG,
    dose_code,
    fix,
    obj,
)
from eval_families112_sdk import ag_session, ck_crash, ck_crumb, ck_session, lb_batch, lb_pixel
from eval_families112_svc import cj_save, cw_message, fn_eval, ps_register, tl_geocode
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("wergi", "Wergi", "org.example.wergi", "1.9.3", "https://api.wergi.example.org")
IID = "X-Wergi-Install"
PIN = "0617"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def wergi() -> list[Case]:
    rng = random.Random(11221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, register_no=L(TB_REG, MED), phone=L(SN_E164, TEL)))}
    lab: dict[str, str] = {}
    week = pb([(1, L(USER_ID, UID)), (2, PILLBOX["serial"]), (3, 1765238400),
               (4, L(6, MED)), (5, L(1, MED)), (6, 74)], "", lab)
    cla, clo = fix(CS_FIX, 6)
    return [
        case(f, f"{a}/v1/enrol", headers=_h(rng), body={
            "register_no": L(TB_REG, MED), "facility_id": CS["id"],
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "phone": L(SN_NATIONAL, TEL), "dob": L(DOB, BIRTH), "sex": L("F", GENDER),
            "address": L(DK_HOME["line"], ADDR), "district": L("Dakar-Ouest", COARSE),
            "diagnosis": L("pulmonary TB, bacteriologically confirmed", MED),
            "regimen": L(REGIMEN, MED), "start_date": L("2025-11-03", MED),
            "hiv_status": L("negative", MED), "weight_kg": L(58.5, FIT)}),
        case(f, f"{a}/v1/auth/pin", fmt="form", headers=_h(rng), body={
            "phone": L(SN_E164, TEL), "pin": L(PIN, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/doses", headers=_h(rng, **b), body={
            "date": "2025-12-09", "code": L(dose_code(rng), MED), "taken_at": "08:12",
            "phase": L("intensive", MED), "pills": L(3, MED), "observed_by": "supporter"}),
        case(f, f"{a}/v1/doses/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "doses": L([
                {"d": f"2025-12-0{i}", "code": dose_code(rng), "t": "08:0" + str(i)}
                for i in range(5, 9)], MED), "client": rid(rng)}),
        case(f, f"{a}/v1/pillbox/pair", headers=_h(rng, **b), body={
            "serial": PILLBOX["serial"], "ble": PILLBOX["ble"], "firmware": PILLBOX["fw"],
            "battery": 81, "phone_install": L(INSTALL_ID, DID)}),
        raw(f, f"{a}/v1/pillbox/week", week, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/side-effects", headers=_h(rng, **b), body={
            "symptoms": [L("nausea", MED), L("orange urine", MED), L("joint pain", MED)],
            "severity": L("moderate", MED),
            "note": L("Nausea every morning about an hour after the pills", TM)}),
        case(f, f"{a}/v1/doses/missed", headers=_h(rng, **b), body={
            "date": "2026-08-03", "reason": L(
                "Was at the Magal in Touba and forgot the pack at the host house",
                f"{TM}|{SENS}")}),
        case(f, f"{a}/v1/travel-pack", fmt="form", headers=_h(rng, **b), body={
            "from": "2026-08-01", "to": "2026-08-04", "destination": L("Touba", COARSE),
            "doses": L("4", MED)}),
        at_path(case(f, f"{a}/v1/results/{TB_REG}/sputum", headers=_h(rng), cookies={
            "wg_session": L(opaque(rng, "", 40), CRED)}), TB_REG, MED),
        multipart(f, f"{a}/v1/results/upload", [
            ("image", "genexpert.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "test": L("GeneXpert MTB/RIF", MED),
                "result": L("MTB detected, rifampicin resistance not detected", MED),
                "date": "2025-10-29", "lab": "LAB-DK-04"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/weight", headers=_h(rng, **b), body={
            "kg": L(59.2, FIT), "bmi": L(21.0, FIT), "measured": "2025-12-08"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "facility": {"id": CS["id"], "name": CS["name"], "phone": CS["phone"]},
            "slot": "2026-01-05T09:00", "reason": L("month-2 sputum smear", MED)}),
        case(f, f"{a}/v1/supporter", headers=_h(rng, **b), body={
            "name": L(SUPPORTER[0], NAMEC), "phone": L(SUPPORTER[1], TEL),
            "relation": "neighbour", "observes": "evening"}),
        case(f, f"{a}/v1/household-screening", headers=_h(rng, **b), body={"contacts": [
            {"first_name": L(SON["first"], NAMEC), "age": L(SON["age"], BIRTH),
             "cough": L(False, MED), "referred": False},
            {"first_name": L("Ousmane", NAMEC), "age": L(41, BIRTH), "cough": L(True, MED),
             "referred": True}]}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "nurse",
            "text": L("Can I take the pills with bouye juice? The nausea is worse", TM)}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "facility_id": CS["id"], "lat": cla, "lon": clo, "accuracy_m": 11,
            "facility_point": [CS["lat"], CS["lon"]]}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "time": "07:45", "tz": L("Africa/Dakar", DEV), "sms_backup": "1"}),
        case(f, f"{a}/v1/articles", headers=_h(rng, **b), query={
            "q": L("contagious after two weeks of treatment", f"{SEARCH}|{MED}"),
            "lang": L("en", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("dose_confirmed", 1, streak=L(37, MED)), ev("article_read", 2),
                ev("screen", 3, screen=L("DoseCalendar", USAGE))]}),
        case(f, f"{a}/v1/doses", headers=_h(rng, how="nodash"), query={"month": "2025-12"},
             cookies={"wg_session": L(opaque(rng, "", 40), CRED), "wg_lang": L("en", DEV)}),
    ]


def wergi_sdks() -> list[Case]:
    rng = random.Random(11222)
    return [
        lb_batch(APP, rng, [("Dose Confirmed", {"phase": L("intensive", MED),
                                                "streak": L(37, MED)}),
                            ("Reminder Opened", {})], locale="en_US"),
        lb_pixel(APP, rng, "sms_link_opened", {"campaign": "dose_reminder"}),
        ag_session(APP, rng, first=True, lang="en"),
        ck_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [ck_crumb("navigation", "Today -> PillBox"),
                  ck_crumb("log", "pillbox connect", {"serial": PILLBOX["serial"]})],
                 screen="PillBoxActivity"),
        ck_session(APP, rng, secs=214),
        fn_eval(APP, rng, {"phase": L("intensive", MED), "pillbox": True}),
        ps_register(APP, rng, lang="en", tags={"regimen": L(REGIMEN, MED), "slot": "07:45"}),
        cj_save(APP, rng, {"analytics": True, "health_research": False}, user=True),
        tl_geocode(APP, rng, "Centre de santé Sicap", SEARCH),
        cw_message(APP, rng, L("The pill box shows a red light since this morning", TEXT),
                   {"register_no": L(TB_REG, MED)}),
    ]
