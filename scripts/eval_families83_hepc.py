"""Hepatitis-C treatment adherence app "Hepcura" (snake_case API): sign-up, an OAuth password
grant, an MFA code, ``/me``, the treatment profile (genotype, viral load, fibrosis, regimen), the
insurance card, the prescription, pairing the smart pillbox, dose events (protobuf with repeated
sub-messages), a manual dose (msgpack), a dosing video, symptoms, labs, clinics near home,
reminders, the report shared with her hepatologist, a nurse message, a refill and its status by
order in the path, alcohol, an article search, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
    SEARCH,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, LINE1, ZIP, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families83_kit import (
    HEP_MEMBER,
    HEPATOLOGIST,
    LIVER_CLINIC,
    PILLBOX,
    REGIMEN,
    RX_NO,
    SPECIALTY_RX,
    ids,
)
from eval_families83_sdk import gb_crash, gb_crumb, gb_session, gj_event, gj_session, vz_batch
from eval_families83_svc import fx_eval, nd_message, nj_register, pq_check, pq_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hepcura", "Hepcura", "com.example.hepcura", "2.6.1", "https://api.hepcura.example.com")
IID = "X-Hepcura-Install"
PW = "Saffron!Ledger42"
REFILL = "RF-2025-33107"  # a refill order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid=IID, **kw)


def _doses(rng: random.Random) -> Case:
    """Pillbox dose events (schema-less protobuf): the user ``1``, the pillbox serial ``2`` (a
    negative), events ``3[i]`` (time, compartment, taken) and a batch ID ``4``."""
    days = [(1765184400 + 86400 * i, i + 1, i != 2) for i in range(4)]
    data = pb([(1, USER_ID), (2, PILLBOX["serial"]),
               *[(3, [(1, t), (2, c), (3, taken)]) for t, c, taken in days],
               (4, ids(rng, "db", 12))], "", {})
    labels = {"1": UID, **{f"3[{i}].3": MED for i in range(len(days))}}
    return raw(APP.fam, f"{APP.api}/api/v2/doses:sync", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def hepcura() -> list[Case]:
    rng = random.Random(8321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(HEP_MEMBER, MED)))}
    return [
        case(f, f"{a}/api/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "date_of_birth": L(DOB, BIRTH),
            "sex": L("female", GENDER), "phone": L(NATIONAL, TEL), "terms_version": "2025-03"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "hepcura-android", "scope": "patient"}),
        case(f, f"{a}/api/v2/auth/mfa", headers=_h(rng), body={
            "challenge": opaque(rng, "ch_", 20), "code": L("730118", CRED), "method": "sms"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/me/treatment", headers=_h(rng, **b), body={
            "condition": L("chronic hepatitis C", MED), "genotype": L("1a", MED),
            "viral_load_iu_ml": L(1850000, MED), "fibrosis_stage": L("F2", MED),
            "regimen": L(REGIMEN, MED), "weeks": L(12, MED), "start_date": "2025-11-24",
            "treatment_experienced": L(False, MED),
            "exposure": L("past injection drug use", MED), "clinic_id": LIVER_CLINIC["id"]}),
        multipart(f, f"{a}/api/v2/insurance", [
            ("card_front", "card.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "member_id": L(HEP_MEMBER, MED), "group": "GRP-22071",
                "payer": "Riverbend Health Plan",
                "holder": L(f"{FIRST} {LAST}", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/prescriptions", headers=_h(rng, **b), body={
            "rx_number": L(RX_NO, MED), "drug": L(REGIMEN, MED), "quantity": 28,
            "pharmacy": {"id": SPECIALTY_RX["id"], "phone": SPECIALTY_RX["phone"]},
            "prescriber": {"name": L(HEPATOLOGIST[0], NAMEC),
                           "phone": L(HEPATOLOGIST[1], TEL)}}),
        case(f, f"{a}/api/v2/pillbox/pair", headers=_h(rng, **b), body={
            "serial": PILLBOX["serial"], "ble": PILLBOX["ble"], "firmware": PILLBOX["fw"],
            "compartments": 7, "battery": 88}),
        _doses(rng),
        case(f, f"{a}/api/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "taken_at": 1765357200, "drug": L(REGIMEN, MED),
            "late_minutes": L(95, MED),
            "note": L("took it late after the night shift, felt queasy", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v2/doses/video", [
            ("video", "dose.mp4", "video/mp4", L(MP4 + b"\x07", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "dose_id": ids(rng, "dz", 10), "duration_ms": 11200, "camera": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/symptoms", headers=_h(rng, **b), body={
            "date": "2025-12-09", "fatigue": L(3, MED), "headache": L(True, MED),
            "nausea": L("mild", MED), "itching": L(False, MED),
            "note": L("headache most afternoons since week 2", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/labs", headers=_h(rng, **b), body={
            "drawn_on": "2025-12-05", "lab": "Harbor Labs 0412",
            "results": {"alt_u_l": L(38, MED), "ast_u_l": L(31, MED),
                        "hcv_rna": L("not detected", MED), "week": L(2, MED)}}),
        case(f, f"{a}/api/v2/clinics", headers=_h(rng, **b), query={
            "near": latlng(3), "radius_km": "5", "service": "hepatology"}),
        case(f, f"{a}/api/v2/health-connect/import", gz=True, headers=_h(rng, **b), body={
            "source": "health_connect", "days": [
                {"date": "2025-12-08", "steps": L(6210, FIT), "weight_kg": L(63.4, FIT),
                 "sleep_min": L(402, FIT)},
                {"date": "2025-12-09", "steps": L(7844, FIT), "weight_kg": L(63.1, FIT),
                 "sleep_min": L(377, FIT)}]}),
        case(f, f"{a}/api/v2/reminders", headers=_h(rng, **b), body={
            "times": ["08:00"], "timezone": L("America/New_York", DEV), "snooze_min": 15,
            "escalate_to_caregiver": False}),
        case(f, f"{a}/api/v2/reports/share", headers=_h(rng, **b), body={
            "recipient_name": L(HEPATOLOGIST[0], NAMEC),
            "recipient_fax_or_phone": L(HEPATOLOGIST[1], TEL),
            "include": ["adherence", "symptoms", "labs"], "period_days": 28}),
        case(f, f"{a}/api/v2/messages", headers=_h(rng, **b), body={
            "thread": ids(rng, "th", 8), "to": "nurse_team",
            "text": L("I missed Saturday's dose of my hep C pills, should I double up?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/refills", headers=_h(rng, **b), body={
            "rx_number": L(RX_NO, MED), "copay": L("0.00", BUY), "ship_to": {
                "line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)}, "signature_required": True}),
        at_path(case(f, f"{a}/api/v2/refills/{REFILL}/status", headers=_h(rng, **b)),
                REFILL, BUY),
        case(f, f"{a}/api/v2/lifestyle/alcohol", fmt="form", headers=_h(rng, **b), body={
            "drinks_per_week": L("0", MED), "stopped_on": "2025-11-20"}),
        case(f, f"{a}/api/v2/articles/search", headers=_h(rng, **b), query={
            "q": L("reinfection after cure", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("dose_confirmed", 1, source="pillbox"), ev("symptom_logged", 2),
                ev("screen_view", 3, screen="Labs")]}),
        case(f, f"{a}/api/v2/education/week/3", headers=_h(rng, how="none"),
             cookies={"hc_session": L(opaque(rng, "", 40), CRED),
                      "hc_install": L(INSTALL_ID, DID)}),
    ]


def hepcura_sdks() -> list[Case]:
    rng = random.Random(8322)
    return [
        vz_batch(APP, rng, [("Dose Confirmed", {"streak": 14, "source": "pillbox"}),
                            ("Regimen Viewed", {"regimen": L(REGIMEN, MED)})]),
        gj_session(APP, rng, user=True, n=31),
        gj_event(APP, rng, "onboarding_complete", {"genotype": L("1a", MED)}),
        gb_crash(APP, rng, ("java.lang.IllegalStateException", "BLE GATT 133"),
                 [gb_crumb("navigation", "Doses -> PillboxPair"),
                  gb_crumb("ble", "connect", {"serial": PILLBOX["serial"]})],
                 screen="PillboxActivity"),
        gb_session(APP, rng, secs=212),
        fx_eval(APP, rng, {"programme": "sof_vel_12w"}, hdr=True),
        nj_register(APP, rng, tags={"reminder": "08:00", "weeks_left": 9}),
        pq_save(APP, rng, {"analytics": True, "marketing": False}),
        pq_check(APP, rng, {"analytics": True, "marketing": False}),
        nd_message(APP, rng, L("The pillbox says compartment 3 is open but I closed it",
                               TEXT), {"programme": "sof_vel_12w"}),
    ]
