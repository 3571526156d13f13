"""Fertility-clinic patient app "Fertelle": log-in with an MFA code, the intake (her history,
ancestry for carrier screening, her partner), insurance-card photos, cycle-day logs, medication
logs and injection reminders, a monitoring visit, an outside lab result (PDF), a question about
a result, the embryo report's choices, an e-signed embryo-disposition consent, the partner's
collection kit, a home pregnancy test, messages to the nurses, a video consult, a financing
plan, a specialty-pharmacy delivery, an education search, devices, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import strokes
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    srflx,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families27_kit import PDF
from eval_families29_kit import PARTNER_DOB
from eval_families31_kit import (
    CLINIC_AT,
    CYCLE,
    EMBRYOS,
    MEMBER_FT,
    PATIENT_NO,
    PHARMACY,
    obj,
)
from eval_families31_sdk import (
    ct_batch,
    fw_crumb,
    fw_notify,
    fw_session,
    tl_event,
    tl_session,
)
from eval_families31_svc import (
    fm_eval,
    gh_route,
    nc_register,
    pv_bank,
    tw_message,
    yv_save,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("fertelle", "Fertelle", "com.example.fertelle", "2.17.3",
          "https://portal.fertelle.example.com")
IID = "X-Fertelle-Device"
C_URL = f"https://portal.fertelle.example.com/api/v1/cycles/{CYCLE}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def fertelle() -> list[Case]:
    rng = random.Random(3131)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(PATIENT_NO, UID),
                                    clinic="midtown"))}
    b = {"auth": "bearer"}
    cases = [
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL_UPPER, MAIL), "password": L("Oak&Lantern2019", CRED),
            "remember": "1"}),
        case(f, f"{a}/api/v1/login/mfa", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "code": L("880412", CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/intake", gz=True, headers=_h(rng, **b), body={
            "patient": {"patient_no": L(PATIENT_NO, UID), "name": L(NAME, NAMEC),
                        "dob": L(DOB, BIRTH), "sex_at_birth": L("female", GENDER),
                        "phone": L(E164, TEL), "address": {
                            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                            "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                            "zip": L(ZIP, COARSE)}},
            "partner": {"name": L(PARTNER[0], NAMEC), "dob": L(PARTNER_DOB, BIRTH),
                        "sex_at_birth": L("male", GENDER), "email": L(PARTNER[2], MAIL),
                        "phone": L(PARTNER[1], TEL)},
            "history": {"cycle_length_days": L(31, MED), "last_period": L("2025-11-22", MED),
                        "gravida": L(1, MED), "para": L(0, MED), "miscarriages": L(1, MED),
                        "diagnoses": [L("endometriosis stage II", MED),
                                      L("low ovarian reserve", MED)],
                        "smoker": L(False, MED), "trying_since": L("2023-06", SENS)},
            "ancestry_for_carrier_screening": L("Ashkenazi Jewish", SENS),
            "treatment_goal": L("ivf_icsi", MED), "referral": "ob_gyn"}),
        multipart(f, f"{a}/api/v1/insurance/cards", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{MED}")),
            ("back", "card_back.jpg", "image/jpeg", L(JPEG + b"\x32", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "payer": "Unity Health", "member_id": L(MEMBER_FT, MED), "group": "G-77120",
                "fertility_rider": True})],
            headers=_h(rng, **b)),
        case(f, f"{C_URL}/days", headers=_h(rng, **b), body={
            "date": "2025-12-09", "cycle_day": L(9, MED), "flow": L("none", MED),
            "symptoms": [L("bloating", MED), L("pelvic pressure", MED)],
            "basal_temp_c": L(36.42, MED), "lh_test": L("negative", MED),
            "note": L("Left side aches since the last injection", f"{TEXT}|{MED}")}),
        case(f, f"{C_URL}/meds/log", fmt="form", headers=_h(rng, **b), body={
            "drug": L("Gonal-f", MED), "dose": L("225 IU", MED),
            "taken_at": "2025-12-09T20:05:00-05:00", "site": "abdomen_left",
            "missed": L("false", MED), "lot": "GF2291A"}),
        case(f, f"{C_URL}/reminders", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "items": [
                {"label": L("Menopur 75 IU", MED), "at": "20:00", "repeat": "daily"},
                {"label": L("Cetrotide 0.25 mg", MED), "at": "08:00", "from": "2025-12-11"},
                {"label": L("Trigger shot - Ovidrel", MED), "at": "2025-12-15T21:30"}]}),
        case(f, f"{a}/api/v1/appointments", headers=_h(rng, **b), body={
            "slot": "2025-12-11T07:30:00-05:00", "location_id": "loc_midtown",
            "physician_id": "doc_2291", "visit": L("cycle day 11 bloodwork and ultrasound",
                                                   MED), "request_id": rid(rng)}),
        multipart(f, f"{a}/api/v1/records/outside", [
            ("file", "amh_result.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "test": L("AMH", MED), "value": L(0.9, MED), "unit": "ng/mL",
                "collected": "2025-10-02", "lab_name": "Northway Diagnostics"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/results/{obj(rng, 'res')}/questions", headers=_h(rng, **b), body={
            "text": L("My estradiol was 2,140 today - is that too high before the trigger?",
                      f"{TEXT}|{MED}"), "urgent": False}),
        case(f, f"{C_URL}/embryos/decision", headers=_h(rng, **b), body={
            "embryos_seen": [{"id": e["id"], "day": e["day"], "grade": L(e["grade"], MED),
                              "pgt": L(e["pgt"], MED)} for e in EMBRYOS],
            "transfer": ["E1"], "freeze": ["E2"], "discard_aneuploid": True,
            "disclose_sex": False}),
        case(f, f"{a}/api/v1/consents/embryo-disposition", headers=_h(rng, **b), body={
            "form": "disposition-v4", "choice": "donate_to_research",
            "typed_name": L(NAME, NAMEC), "signature": L(strokes(rng, 32), MOTION),
            "partner_to_sign": L(PARTNER[2], MAIL), "signed_at": 1765322011}),
        case(f, f"{a}/api/v1/andrology/kit", fmt="form", headers=_h(rng, **b), body={
            "partner_name": L(PARTNER[0], NAMEC), "partner_dob": L(PARTNER_DOB, BIRTH),
            "partner_phone": L(PARTNER[1], TEL), "abstinence_days": L("3", MED),
            "collection": "home", "drop_off": "2025-12-15T08:00"}),
        multipart(f, f"{C_URL}/home-test", [
            ("result", None, "application/json", {
                "kind": "hpt", "result": L("positive", f"{SENS}|{MED}"),
                "days_past_transfer": L(10, MED), "patient": L(PATIENT_NO, UID)}),
            ("photo", "test.jpg", "image/jpeg", L(JPEG + b"\x33", f"{MEDIA}|{SENS}"))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse_team", "text": L("Some spotting since last night, still taking the "
                                          "progesterone - should I come in?", f"{TEXT}|{MED}"),
            "urgent": True, "client_id": rid(rng)}),
        case(f, f"{a}/api/v1/consults/{obj(rng, 'vc')}/join", headers=_h(rng, **b), body={
            "candidates": [L(srflx(), IPLOC)], "network": L("wifi", DEV), "camera": "front"}),
        case(f, f"{a}/api/v1/billing/financing", headers=_h(rng, **b), body={
            "plan": L("12-month 0% APR", BUY), "treatment_total": L("18450.00", BUY),
            "down_payment": L("2500.00", BUY), "monthly": L("1329.17", BUY),
            "annual_income": "100k_150k", "employer": "Harborview Analytics",
            "ssn_last4": L("4325", NATID),
            "autopay_method": L("pm_" + opaque(rng, "", 24), PAY)}),
        case(f, f"{a}/api/v1/pharmacy/delivery", headers=_h(rng, **b), body={
            "pharmacy": PHARMACY["name"], "pharmacy_phone": PHARMACY["phone"],
            "meds": [L("Gonal-f 900 IU pen", MED), L("Menopur 75 IU x10", MED),
                     L("Ovidrel 250 mcg", MED)],
            "deliver_to": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                           "zip": L(ZIP, COARSE)},
            "window": "2025-12-10T08:00/12:00", "phone": L(DASHED, TEL),
            "copay": L("85.00", BUY), "refrigerate": True}),
        case(f, f"{a}/api/v1/learn/search", headers=_h(rng, **b), query={
            "q": L("what does embryo grade 4AA mean", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "discreet_notifications": True}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("med_logged", 1, drug=L("Gonal-f", MED)), ev("embryo_report_viewed", 2),
                ev("screen_view", 3, screen=L("CycleCalendar", USAGE))]}),
        case(f, f"{a}/api/v1/appointments/upcoming", headers=_h(rng, how="none"),
             cookies={"ft_sid": L(opaque(rng, "", 48), CRED), "ft_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def fertelle_sdks() -> list[Case]:
    rng = random.Random(3132)
    return [
        ct_batch(APP, rng, [("Result Viewed", {"test": L("estradiol", MED)}),
                            ("Appointment Booked", {"visit": "monitoring"}),
                            ("Screen Viewed", {"name": L("EmbryoReport", USAGE)})]),
        fw_session(APP, rng),
        tl_session(APP, rng, first=True),
        tl_event(APP, rng, "appointment_booked", {"visit": "monitoring"}, hashed=True),
        fw_notify(APP, rng, ("java.lang.IllegalArgumentException", "pdf page out of range"),
                  [fw_crumb("navigation", "Records -> Viewer"),
                   fw_crumb("request", "GET /records", {"status": 200})],
                  screen="RecordViewerActivity"),
        fm_eval(APP, rng, {"treatment": L("ivf", MED), "state": L(STATE, COARSE)}),
        nc_register(APP, rng, tags={"cycle_stage": L("stims", MED), "clinic": "midtown"}),
        yv_save(APP, rng, {"analytics": True, "advertising": False}, user=True),
        pv_bank(APP, rng),
        gh_route(APP, rng, (LAT, LON), PRECISE, CLINIC_AT, None, mode="pedestrian"),
        tw_message(APP, rng, L("Why was my financing autopay charged twice this month?", TEXT),
                   {"plan": "12m", "topic": "billing"}),
    ]
