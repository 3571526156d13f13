"""A fertility clinic's patient app "Awoboa" (she and her husband are trying for a second child:
cycle tracking, a consultation, hormone results, an ultrasound scan, a prescription, injections
logged, a partner's semen analysis consent, the fee paid, her insurance, messages to the nurse,
a video consult, a lab slip PDF, results by record number, protobuf basal-temperature sync,
push and events). Her own health data throughout."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families24_kit import claims
from eval_families147_kit import (
    CLINIC,
    CLINIC_FIX,
    GHANA_CARD,
    HUSBAND,
    KSI_HOME,
    KSI_HOME_AT,
    MOMO,
    NURSE,
    PATIENT_NO,
    fix,
    hd,
    obj,
    push,
)
from eval_families147_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    tn_launch,
)
from eval_families147_svc import (
    cy_save,
    fn_eval,
    hs_attach,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, LOCAL_IP, USER_ID, Case, J, L, case

NID, FIT = "personal.national_id", "health.fitness"

APP = App("awoboa", "Awoboa", "com.example.awoboa", "3.2.0", "https://api.awoboa.example.com")
IID = "X-Awoboa-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def awoboa() -> list[Case]:
    rng = random.Random(14731)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, mrn=L(PATIENT_NO, MED), email=L(EMAIL, MAIL)))}
    cla, clo = fix(CLINIC_FIX, 6)
    lab: dict[str, str] = {}
    temps = pb([(1, L(PATIENT_NO, MED)), (2, [(1, 1767744000), (2, L(36.42, MED))]),
                (3, [(1, 1767830400), (2, L(36.71, MED))]), (4, "thermo-ble-22")], "", lab)
    res = at_path(case(f, f"{a}/v1/patients/{PATIENT_NO}/results", headers=_h(rng, **b),
                       query={"kind": "hormones"}), PATIENT_NO, MED)
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "phone": L(E164, TEL), "email": L(EMAIL, MAIL), "password": L("Akwaaba!7x", CRED),
            "ghanaCard": L(GHANA_CARD, NID), "address": L(KSI_HOME["line"], ADDR),
            "town": L("Kumasi", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L("Jane.Doe@Example.org", MAIL), "password": L("Akwaaba!7x", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "tryingMonths": L(22, MED), "previousBirths": L(1, MED),
            "cycleLengthDays": L(31, MED), "conditions": [L("fibroids", MED)],
            "medications": [L("folic acid 5mg", MED)], "heightCm": L(168, FIT),
            "weightKg": L(71.5, FIT), "partner": {"name": L(HUSBAND[0], NAMEC),
                                                  "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/cycles", gz=True, headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "lmp": L("2026-01-02", MED),
            "days": L([{"d": f"2026-01-0{i}", "flow": "medium" if i < 6 else "none"}
                       for i in range(2, 9)], MED)}),
        raw(f, f"{a}/v1/bbt/sync", temps, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2026-01-14T09:00Z",
            "reason": L("Follicle scan day 12", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "at": {"lat": cla, "lng": clo}, "mrn": L(PATIENT_NO, MED)}),
        res,
        multipart(f, f"{a}/v1/scans", [
            ("image", "scan.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(PATIENT_NO, MED),
                                                "follicleMm": L(18.5, MED), "day": 12})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prescriptions", headers=_h(rng, **b), query={
            "mrn": L(PATIENT_NO, MED), "active": "1"}),
        case(f, f"{a}/v1/injections", fmt="msgpack", headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "drug": L("follitropin 75 IU", MED), "site": L(
                "abdomen left", MED), "t": 1767860000}),
        case(f, f"{a}/v1/consents", headers=_h(rng, **b), body={
            "kind": L("partner semen analysis", MED), "partner": L(HUSBAND[0], NAMEC),
            "signedBy": L(f"{FIRST} {LAST}", NAMEC), "ip": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/v1/payments", headers=_h(rng, **b), body={
            "invoice": L("AFC-INV-77120", BUY), "amount": L(3150, BUY), "currency": "GHS",
            "method": "momo", "wallet": L(MOMO, TEL)}),
        case(f, f"{a}/v1/insurance", fmt="form", headers=_h(rng, **b), body={
            "scheme": "private", "member_no": L("GLH-5518-0021", MED),
            "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": L(NURSE[1], MAIL), "text": L(
                "Nurse Abena, some spotting today after the injection, is that normal?",
                f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/video/join", headers=_h(rng, **b), body={
            "room": obj(rng, "vr"), "token": L(opaque(rng, "vt_", 32), CRED)}),
        multipart(f, f"{a}/v1/documents", [
            ("file", "lab_slip.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(PATIENT_NO, MED), "type": "lab"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "items": [{"at": "20:00", "what": L("follitropin injection", MED)},
                      {"at": "07:00", "what": L("basal temperature", MED)}]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("scan_viewed", 1), ev("injection_logged", 2),
                ev("screen", 3, screen=L("Cycle", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, how="nodash"), body={},
             cookies={"awb_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def awoboa_sdks() -> list[Case]:
    rng = random.Random(14732)
    return [
        mc_batch(APP, rng, [("Appointment Booked", {"clinic": CLINIC["id"]}),
                            ("Screen Viewed", {"screen": "Cycle"})], user=False),
        tn_launch(APP, rng, first=True),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "cycle day null"),
                 [cd_crumb("nav", "Cycle")], user={"id": L(USER_ID, UID),
                                                   "email": L(EMAIL, MAIL)},
                 screen="CycleActivity"),
        cd_session(APP, rng, secs=312),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("ivf_prep", MED)}),
        pt_register(APP, rng, tags={"programme": L("ivf_prep", MED)}),
        cy_save(APP, rng, {"analytics": True, "ads": False, "health_research": False}),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "referral.pdf", "application/pdf"),
        hs_message(APP, rng, L("Can I move my scan to Friday? Day 13 then", f"{TEXT}|{MED}"),
                   {"mrn": L(PATIENT_NO, MED)}),
        mm_route(APP, rng, [(KSI_HOME_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)]),
    ]
