"""Dialysis patient app "Nephrova" (snake_case API): log-in with an MFA code, ``/me`` with a JWT
carrying her record number, the kidney profile (diagnosis, modality, access), the Medicare card,
treatment sessions (weights, blood pressure, fluid removed, Kt/V, symptoms) and the chair's
vitals (msgpack), fluid intake (form and JSON), a daily check-in (protobuf), the lab panel (gzip)
and a photo of a lab sheet, medicines, a renal diet log, the transplant wait-list and her brother
as a living donor, a fistula photo, a message to the care team, transport to the unit, units near
her in Boston and a visit request, push, events and documents by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import Sint
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
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
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families46_kit import (
    BLOOD,
    BOSTON_FIX,
    BOSTON_UNIT,
    DONOR,
    LABS,
    MBI,
    MRN,
    NEPHRO,
    RENAL_MEDS,
    UNIT,
    WAITLIST,
    obj,
    vitals,
)
from eval_families46_sdk import ar_session, cp_crash, cp_crumb, cp_session, cs_batch, cs_queue
from eval_families46_svc import cr_save, ft_eval, hm_attach, pm_register, tf_geocode
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("nephrova", "Nephrova", "com.example.nephrova", "2.8.4",
          "https://api.nephrova.example.com")
IID = "X-Nv-Install"
PW = "Kestrel!River73"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def nephrova() -> list[Case]:
    rng = random.Random(4621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    sess = obj(rng, "hd", 10)
    lab: dict[str, str] = {}
    checkin = pb([(1, L(USER_ID, UID)), (2, "2025-12-09"),
                  (3, [(1, L(2, MED)), (2, L(1, MED)), (3, L(True, MED))]),
                  (4, L(71.6, FIT)), (5, Sint(-2))], "", lab)
    bla, blo = BOSTON_FIX
    return [
        case(f, f"{a}/api/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("662019", CRED), "remember_device": "true",
            "challenge": opaque(rng, "ch_", 16)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/profile", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "sex_at_birth": L("female", GENDER), "phone": L(NATIONAL, TEL),
            "primary_diagnosis": L("IgA nephropathy", MED), "ckd_stage": L("5D", MED),
            "dialysis_since": L("2022-03", MED), "modality": L("in-center hemodialysis", MED),
            "access": L("left forearm AV fistula", MED), "unit_id": UNIT["id"],
            "schedule": "MWF-2"}),
        case(f, f"{a}/api/v1/insurance", headers=_h(rng, **b), body={
            "medicare_mbi": L(MBI, MED), "part_a": "2022-06-01", "part_b": "2022-06-01",
            "secondary_plan": "Empire Guard Medigap F", "member_name": L(NAME, NAMEC)}),
        case(f, f"{a}/api/v1/sessions", query={"from": "2025-11-01", "to": "2025-12-09"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sessions", headers=_h(rng, **b), body={
            "session_id": sess, "unit_id": UNIT["id"], "chair": "B7", "date": "2025-12-08",
            "pre_weight_kg": L(73.9, MED), "post_weight_kg": L(71.2, MED),
            "dry_weight_kg": L(71.0, MED), "uf_ml": L(2700, MED), "bp_pre": L("148/88", MED),
            "bp_post": L("126/74", MED), "duration_min": L(240, MED), "kt_v": L(1.42, MED),
            "symptoms": [L("cramping", MED), L("fatigue", MED)],
            "machine": "NVX-5008-22174", "tech_initials": "RB"}),
        case(f, f"{a}/api/v1/sessions/{sess}/vitals", fmt="msgpack", headers=_h(rng, **b),
             body={"session_id": sess, "rows": L(vitals(rng, 8), MED),
                   "cols": ["t", "sys", "dia", "pulse"], "machine": "NVX-5008-22174"}),
        case(f, f"{a}/api/v1/fluid", fmt="form", headers=_h(rng, **b), body={
            "ml": L("250", MED), "drink": "tea", "at": "2025-12-09T13:05:00-05:00"}),
        case(f, f"{a}/api/v1/fluid/day", headers=_h(rng, **b), body={
            "date": "2025-12-09", "total_ml": L(900, MED), "limit_ml": L(1000, MED),
            "home_weight_kg": L(72.4, FIT), "thirst": 3}),
        raw(f, f"{a}/api/v1/checkin", checkin, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/labs", gz=True, headers=_h(rng, **b), body={
            "drawn_at": "2025-12-01T07:40:00-05:00", "lab_ref": obj(rng, "lr", 8),
            "results": [{"code": c, "name": n, "value": L(v, MED), "unit": u, "flag": fl}
                        for c, n, v, u, fl in LABS]}),
        multipart(f, f"{a}/api/v1/labs/scan", [
            ("image", "labs_dec01.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"source": "camera", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/medications", headers=_h(rng, **b), body={"medications": [
            {"name": L(n, MED), "dose": L(d, MED), "active": True} for n, d in RENAL_MEDS]}),
        case(f, f"{a}/api/v1/diet/log", headers=_h(rng, **b), body={
            "meal": "breakfast", "text": L("Oatmeal with blueberries, white toast", TEXT),
            "potassium_mg": L(310, MED), "phosphorus_mg": L(180, MED),
            "sodium_mg": L(420, MED), "fluid_ml": L(150, MED)}),
        case(f, f"{a}/api/v1/transplant/waitlist", headers=_h(rng, **b), body={
            "waitlist_id": L(WAITLIST, MED), "status": L("active", MED),
            "blood_type": L(BLOOD, MED), "cpra": L(12, MED), "listed_since": L("2023-01-18", MED),
            "center": "Manhattan Transplant Institute", "organ": L("kidney", MED)}),
        case(f, f"{a}/api/v1/transplant/living-donor", headers=_h(rng, **b), body={
            "name": L(DONOR[0], NAMEC), "phone": L(DONOR[1], TEL), "relationship": "brother",
            "blood_type": L(DONOR[2], MED), "consented_to_contact": True}),
        multipart(f, f"{a}/api/v1/access/photo", [
            ("photo", "fistula.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{MED}")),
            ("note", None, "application/json", {
                "site": L("left forearm", MED),
                "text": L("Thrill feels weaker than yesterday, a bit of redness",
                          f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/care-team/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "to": "care_team_0331",
            "text": L("Can I move Friday's treatment to Saturday? My potassium was high last "
                      "week, should I cut the bananas?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/care-team/doctor", headers=_h(rng, **b), body={
            "name": L(NEPHRO[0], NAMEC), "phone": L(NEPHRO[1], TEL), "role": "nephrologist",
            "share_labs": True}),
        case(f, f"{a}/api/v1/transport", fmt="form", headers=_h(rng, **b), body={
            "pickup_line1": L(LINE1, ADDR), "pickup_line2": L(LINE2, ADDR),
            "pickup_city": L(CITY, COARSE), "pickup_zip": L(ZIP, COARSE),
            "pickup_time": "2025-12-10T10:15", "needs_wheelchair": "false",
            "unit_id": UNIT["id"]}),
        case(f, f"{a}/api/v1/units/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{bla:.3f}", PRECISE), "lng": L(f"{blo:.3f}", PRECISE), "radius_km": "10"}),
        case(f, f"{a}/api/v1/travel/requests", headers=_h(rng, **b), body={
            "unit_id": BOSTON_UNIT["id"], "unit_point": [BOSTON_UNIT["lat"], BOSTON_UNIT["lon"]],
            "dates": ["2025-12-22", "2025-12-24"], "send_records": True,
            "stay_city": L("Boston", COARSE), "stay_state": L("MA", COARSE)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("session_logged", 1), ev("fluid_logged", 2, ml=250),
                ev("screen_view", 3, screen=L("LabTrends", USAGE))]}),
        case(f, f"{a}/api/v1/documents", headers=_h(rng, how="none"),
             cookies={"nv_session": L(opaque(rng, "", 44), CRED), "nv_region": "us-east"}),
    ]


def nephrova_sdks() -> list[Case]:
    rng = random.Random(4622)
    return [
        cs_batch(APP, rng, [("Session Logged", {"ufMl": L(2700, MED)}),
                            ("Lab Viewed", {"test": L("Potassium", MED)})]),
        cs_queue(APP, rng, [("Fluid Logged", {"ml": L(250, MED)}),
                            ("Reminder Opened", {"kind": "fluid"})]),
        ar_session(APP, rng, user=True, n=41),
        cp_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"148/88\""),
                 [cp_crumb("navigation", "Sessions -> SessionDetail"),
                  cp_crumb("ui", "save", {"field": "bp_pre"})], screen="SessionDetailActivity"),
        cp_session(APP, rng, secs=318),
        ft_eval(APP, rng, {"modality": L("in-center hemodialysis", MED), "transplantTab": True},
                hdr=True),
        pm_register(APP, rng, tags={"schedule": "MWF-2", "waitlisted": L("yes", MED)}),
        cr_save(APP, rng, {"analytics": True, "marketing": False, "research": True}, user=True),
        tf_geocode(APP, rng, "dialysis near Back Bay Boston", "behavior.search",
                   near=BOSTON_FIX, nd=2),
        hm_attach(APP, rng, L(JPEG + b"\x73", f"{MEDIA}|{MED}"), "dialysis_bill.jpg", "image/jpeg"),
    ]

