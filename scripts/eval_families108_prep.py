"""HIV PrEP refill-reminder and clinic app "Dzivirira" (her own PrEP; a Harare public clinic's
programme). Set 61's "Steadydose" is an adherence reminder with an intake and insurance; this one
is built around refills collected from a community pick-up point with a one-time collection PIN,
HIV self-test results with a photo of the test, a switch from daily to event-driven PrEP, a
transfer of care between clinics and a disguised icon. Also: an alias account, a PIN log-in,
``/me`` with a JWT (her client number), the enrolment, refills due, pick-up points near her, doses
(msgpack), side effects, a 3-month review booked, labs acknowledged, a reminder, a message to the
counsellor, the check-in at the clinic (protobuf, a nested fix), push, events and the history by a
cookie GET. No ads."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families108_kit import (
    BIRTH,
    CLINIC,
    CRED,
    DEV,
    DID,
    GENDER,
    HOME_ZW_AT,
    LOCAL_NO,
    MED,
    MEDIA,
    PICKUP,
    PRECISE,
    PREP_NO,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    obj,
)
from eval_families108_sdk import at_session, cm_crash, cm_crumb, cm_session, ms_batch
from eval_families108_svc import ch_message, cn_save, md_search, pj_register, ta_eval
from eval_payloads import ANDROID_ID, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dzivirira", "Dzivirira", "com.example.dzivirira", "2.0.4",
          "https://api.dzivirira.example.org")
IID = "X-Dz-Device"
PIN = "280619"
ALIAS = "jacaranda_22"  # her account's alias (id.user)
AT_CLINIC = (-17.795287, 31.037204)  # her phone at the clinic's door


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def dzivirira() -> list[Case]:
    rng = random.Random(10851)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, client=L(PREP_NO, MED), alias=L(ALIAS, UID)))}
    refill = obj(rng, "rf", 10)
    visit = obj(rng, "vs", 10)
    lab: dict[str, str] = {}
    chk = pb([(1, L(PREP_NO, MED)), (2, CLINIC["id"]),
              (3, [(1, L(AT_CLINIC[0], PRECISE)), (2, L(AT_CLINIC[1], PRECISE))]),
              (4, 31), (5, L(USER_ID, UID))], "", lab)
    taken = ["2025-12-01", "2025-12-02", "2025-12-03", "2025-12-05", "2025-12-06"]
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "alias": L(ALIAS, UID), "phone": L(LOCAL_NO, TEL), "pin": L(PIN, CRED),
            "dob": L(DOB, BIRTH), "sex": L("female", GENDER), "lang": L("en", DEV)}),
        case(f, f"{a}/v2/auth/pin", fmt="form", headers=_h(rng), body={
            "phone": L(LOCAL_NO, TEL), "pin": L(PIN, CRED), "device": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/enrolment", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "clientNo": L(PREP_NO, MED), "started": "2025-09-02",
            "regimen": L("TDF/FTC 300/200 mg", MED), "mode": L("daily", MED),
            "reason": L("partner status unknown", MED),
            "pregnancyIntention": L("not planning", SENS),
            "lastTest": {"date": "2025-11-28", "result": L("negative", MED)}}),
        case(f, f"{a}/v2/refills/due", headers=_h(rng, **b)),
        case(f, f"{a}/v2/pickup-points", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_ZW_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_ZW_AT[1]:.3f}", PRECISE),
            "km": "2"}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "refill": refill, "point": PICKUP["id"], "regimen": L("TDF/FTC 300/200 mg", MED),
            "bottles": L(3, MED), "collectBy": "2025-12-12"}),
        case(f, f"{a}/v2/refills/{refill}/collect", fmt="form", headers=_h(rng, **b), body={
            "point": PICKUP["id"], "code": L("5514", CRED), "locker": "B07"}),
        multipart(f, f"{a}/v2/selftests", [
            ("photo", "selftest.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{MED}")),
            ("result", None, "application/json", {
                "kit": "oral_fluid", "lot": "OF2510-334", "result": L("non-reactive", MED),
                "readAt": "2025-12-08T19:42:00+02:00"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "client": L(PREP_NO, MED), "taken": [L(d, MED) for d in taken],
            "missed": [L("2025-12-04", MED)]}),
        case(f, f"{a}/v2/side-effects", headers=_h(rng, **b), body={
            "symptoms": [L("nausea", MED), L("headache", MED)], "severity": L("mild", MED),
            "note": L("Nausea in the first week, better now if I take it after supper",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "clinicPhone": CLINIC["phone"], "date": "2025-12-16",
            "slot": "09:00",
            "reason": L("3-month PrEP review, creatinine and HIV test", MED)}),
        case(f, f"{a}/v2/visits/{visit}/labs", headers=_h(rng, **b),
             query={"client": L(PREP_NO, MED)}),
        case(f, f"{a}/v2/labs/ack", headers=_h(rng, **b), body={
            "visit": visit, "creatinine": L(68, MED), "egfr": L(104, MED),
            "hbsag": L("negative", MED), "hiv": L("negative", MED)}),
        case(f, f"{a}/v2/transfers", headers=_h(rng, **b), body={
            "client": L(PREP_NO, MED), "from": "fac_hre_088", "to": CLINIC["id"],
            "note": L("Moved house, the new clinic is closer to work", TEXT)}),
        case(f, f"{a}/v2/mode", fmt="form", headers=_h(rng, **b), body={
            "mode": L("event_driven", MED), "from": "2026-01-01"}),
        case(f, f"{a}/v2/reminders", headers=_h(rng, **b), body={
            "time": "20:30", "text": "Drink some water", "channel": "push", "snoozeMin": 15}),
        case(f, f"{a}/v2/settings/disguise", headers=_h(rng, **b), body={
            "icon": "calculator", "appLockPin": L("9043", CRED), "hideNotifications": True}),
        case(f, f"{a}/v2/chat", headers=_h(rng, **b), body={
            "to": "counsellor", "text": L(
                "I missed a pill on Thursday because I was travelling, do I double up?",
                f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v2/checkin", chk, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("dose_logged", 1), ev("refill_collected", 2),
                ev("screen", 3, screen=L("Calendar", USAGE))]}),
        case(f, f"{a}/v2/history", headers=_h(rng, how="none"), cookies={
            "dz_sess": L(opaque(rng, "", 40), CRED), "dz_client": L(PREP_NO, MED)}),
    ]


def dzivirira_sdks() -> list[Case]:
    rng = random.Random(10852)
    return [
        ms_batch(APP, rng, [("Dose Logged", {"streak": 5}), ("Refill Collected", {
            "regimen": L("TDF/FTC", MED)})]),
        ms_batch(APP, rng, [("Self Test Logged", {"result": L("non-reactive", MED)}),
                            ("Screen Viewed", {"screen": L("Clinic", USAGE)})]),
        at_session(APP, rng, first=True),
        cm_crash(APP, rng, ("java.lang.IllegalArgumentException", "alarm in the past"),
                 [cm_crumb("Calendar -> Reminder"), cm_crumb("set", "state", {"t": "20:30"})],
                 screen="ReminderActivity"),
        cm_session(APP, rng),
        ta_eval(APP, rng, {"mode": L("event_driven", MED), "disguise": True}),
        pj_register(APP, rng, tags={"reminder": "20:30"}),
        cn_save(APP, rng, {"analytics": True, "ads": False}),
        md_search(APP, rng, "pharmacy Avondale", SEARCH, near=HOME_ZW_AT, nd=2),
        ch_message(APP, rng, L("My collection code for the locker did not arrive",
                               TEXT), {"programme": "prep"}),
    ]

