"""Dengue self-report app "Madurumura" (maduru: mosquito; mura: guard) of a fictional city
vector-control programme in Colombo: unlike set 104's symptom tracker with a paired thermometer,
this is a notification to the public-health office that sets off a premises inspection, fogging
and follow-up of the household. Her own illness: registration (NIC, address with her health
division and ward), a password grant, ``/me`` with a JWT, the self-report (fever day, warning
signs, her position), a lab result photo (NS1, platelets), daily checks (msgpack), the household,
an inspection request with the gate code, a breeding site with a photo, cases near her by
``lat,lon`` in the path, the fogging schedule, her admission, travel, a medical certificate, the
hotline, reminders, the report shared with her GP, feedback, recovery, push, events and advisories
by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import IID_NODASH
from eval_families110_kit import (
    ADDR,
    BHT,
    BIRTH,
    CASE_NO,
    CMB_HOME,
    CMB_HOME_AT,
    COARSE,
    CRED,
    DEV,
    DID,
    DOB,
    GENDER,
    GIRL,
    GN,
    HOSPITAL,
    HUSBAND,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOH,
    NAMEC,
    NATID,
    NIC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    TZ,
    UID,
    USAGE,
    App,
    at_path,
    claims,
    ev,
    fix,
    lk_head,
    multipart,
    opaque,
    push_token,
)
from eval_families110_sdk import ch_crash, ch_crumb, ch_session, sk_batch
from eval_families110_svc import ck_message, cw_save, pk_register, sm_geocode, sm_reverse, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("madurumura", "Madurumura", "com.example.madurumura", "4.2.0",
          "https://api.madurumura.example.org")
IID = "X-MM-Device"
PW = "Guppy-Tank-515"
R = f"https://api.madurumura.example.org/api/v1/reports/{CASE_NO}"
GP = ("Dr. Priyanka Silva", "p.silva@kirula-gp.example.net")  # her GP, typed by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return lk_head(APP, rng, IID, how, lang=False, **kw)


def madurumura() -> list[Case]:
    rng = random.Random(11031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    hla, hlo = fix(CMB_HOME_AT, 5)
    sla, slo = fix(CMB_HOME_AT, 6)
    seg = f"{CMB_HOME_AT[0]:.4f},{CMB_HOME_AT[1]:.4f}"
    near = at_path(case(f, f"{a}/api/v1/cases/near/{seg}", headers=_h(rng, **b),
                        query={"radius_m": "500", "days": "14"}), seg, PRECISE)
    jw = {"Authorization": J(claims(rng, nic=L(NIC, NATID), moh=L(MOH, COARSE)))}
    return [
        case(f, f"{a}/api/v1/citizens/register", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "nic": L(NIC, NATID), "mobile": L(PHONE, TEL),
            "email": L(EMAIL, MAIL), "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "password": L(PW, CRED), "address": {
                "line": L(CMB_HOME["line"], ADDR), "gn_division": L(GN, COARSE),
                "moh_area": L(MOH, COARSE), "district": L(CMB_HOME["district"], COARSE),
                "postcode": L(CMB_HOME["postcode"], COARSE)}}),
        case(f, f"{a}/api/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "madurumura-android"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/reports", headers=_h(rng, **b), body={
            "fever_day": L(3, MED), "max_temp_c": L(39.4, MED), "onset": L("2025-12-06", MED),
            "symptoms": [L(s, MED) for s in ("headache", "pain behind the eyes", "muscle pain",
                                             "rash")],
            "warning_signs": {"abdominal_pain": L(True, MED), "persistent_vomiting": L(False, MED),
                              "bleeding_gums": L(False, MED), "lethargy": L(True, MED)},
            "pregnant": L(False, f"{SENS}|{MED}"), "prior_dengue": L(False, MED),
            "home": {"lat": hla, "lon": hlo}, "moh": L(MOH, COARSE)}),
        multipart(f, f"{R}/lab", [
            ("photo", "ns1.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("result", None, "application/json", {
                "ns1": L("positive", MED), "platelets": L(112000, MED), "hct": L(41.2, MED),
                "wbc": L(3.1, MED), "lab": "Havelock Diagnostics", "test_date": "2025-12-08"})],
            headers=_h(rng, **b)),
        case(f, f"{R}/daily", fmt="msgpack", headers=_h(rng, **b), body={
            "day": L(5, MED), "temp_c": L(37.9, MED), "platelets": L(98000, MED),
            "fluids_ml": L(2600, MED), "urine_6h": L(True, MED), "at": 1765290000}),
        case(f, f"{R}/household", headers=_h(rng, **b), body={
            "size": 3, "members": [
                {"name": L(HUSBAND[0], NAMEC), "relation": "husband", "age": L(38, BIRTH),
                 "fever": L(True, MED)},
                {"name": L(GIRL[0], NAMEC), "relation": "stepdaughter", "age": L(17, BIRTH),
                 "fever": L(False, MED)}]}),
        case(f, f"{a}/api/v1/premises/inspection-request", fmt="form", headers=_h(rng, **b),
             body={"address": L(CMB_HOME["line"], ADDR), "gn": L(GN, COARSE),
                   "preferred": "2025-12-11", "gate_code": L("4412", CRED),
                   "notes": L("Dog in the garden, please ring twice", TEXT)}),
        multipart(f, f"{a}/api/v1/breeding-sites", [
            ("photo", "gutter.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("site", None, "application/json", {
                "kind": "roof gutter", "lat": sla, "lon": slo, "case": CASE_NO,
                "note": L("Blocked gutter behind our house, and old tyres next door", TEXT)})],
            headers=_h(rng, **b)),
        near,
        case(f, f"{a}/api/v1/fogging/schedule", headers=_h(rng, **b), query={
            "gn": L(GN, COARSE), "moh": L(MOH, COARSE)}),
        case(f, f"{a}/api/v1/admissions", headers=_h(rng, **b), body={
            "case": CASE_NO, "hospital": {"id": HOSPITAL["id"], "name": HOSPITAL["name"],
                                          "phone": HOSPITAL["phone"], "lat": HOSPITAL["lat"],
                                          "lon": HOSPITAL["lon"]},
            "ward": "W-07", "bht": L(BHT, MED), "admitted": "2025-12-10T21:40+05:30",
            "reason": L("platelets 86,000 and abdominal pain", MED)}),
        case(f, f"{R}/travel", headers=_h(rng, **b), body={"places": [
            {"place": L("Hatton", COARSE), "from": "2025-11-24", "to": "2025-11-30"},
            {"place": L("Ratnapura", COARSE), "from": "2025-12-01", "to": "2025-12-02"}]}),
        case(f, f"{a}/api/v1/medical-certificates", fmt="form", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "nic": L(NIC, NATID), "days": "7",
            "diagnosis": L("Dengue fever, NS1 positive", MED), "employer": "Glenmorrow Estate"}),
        case(f, f"{a}/api/v1/hotline/messages", headers=_h(rng, **b), body={
            "case": CASE_NO, "text": L("My platelets dropped to 98,000 today, should I go to the "
                                       "hospital now?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "fluids_every_h": "2", "paracetamol_every_h": L("6", MED), "tz": L(TZ, DEV)}),
        case(f, f"{R}/share", headers=_h(rng, **b), body={
            "doctor_name": L(GP[0], NAMEC), "doctor_email": L(GP[1], MAIL),
            "include": ["lab", "daily", "household"]}),
        case(f, f"{a}/api/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "4", "comment": L("The inspector came the next morning, thank you", TEXT)}),
        case(f, f"{R}/recovery", headers=_h(rng, **b), body={
            "recovered_on": L("2025-12-16", MED), "days_ill": L(10, MED),
            "still_tired": L(True, MED)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(IID_NODASH, DID), "lang": L("si", DEV),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("report_submitted", 1), ev("lab_uploaded", 2),
                ev("screen_view", 3, screen=L("CasesMap", USAGE))]}),
        case(f, f"{a}/api/v1/advisories", headers=_h(rng, how="none"), cookies={
            "mm_session": L(opaque(rng, "", 40), CRED), "mm_device": L(INSTALL_ID, DID),
            "mm_moh": L(MOH, COARSE)}),
    ]


def madurumura_sdks() -> list[Case]:
    rng = random.Random(11032)
    return [
        sk_batch(APP, rng, [("Report Submitted", {"feverDay": L(3, MED)}),
                            ("Lab Uploaded", {"ns1": L("positive", MED)})]),
        ch_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap decode"),
                 [ch_crumb("nav", "Report -> Lab"), ch_crumb("tap", "attach photo")],
                 screen="LabUploadActivity"),
        ch_session(APP, rng, secs=455),
        tp_eval(APP, rng, {"moh": L(MOH, COARSE), "inspections": True}),
        pk_register(APP, rng, at=CMB_HOME_AT, nd=2, tags={"moh": L(MOH, COARSE)}),
        cw_save(APP, rng, {"analytics": False, "research": True}),
        sm_reverse(APP, rng, CMB_HOME_AT, PRECISE),
        sm_geocode(APP, rng, "27/3 Dharmarama Road, Colombo 06", ADDR, near=CMB_HOME_AT, nd=4),
        ck_message(APP, rng, L("I was admitted last night, please pause the daily reminders",
                               f"{TEXT}|{MED}"), {"case": CASE_NO}),
    ]
