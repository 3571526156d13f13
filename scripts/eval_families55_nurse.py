"""Home-nursing ride-along app "Carerounds" (she is a visiting nurse; her patients are data
subjects): an agency log-in with an MFA code, ``/me``, the day's route, the shift's start, visit
check-in and check-out by her fix at the patient's door (EVV; a protobuf heartbeat), vitals, a
visit note, a wound photo, medicines given (msgpack), a new patient's intake, the patient's
signature, the mileage trace (gzip), the route's stops, a message to her supervisor, a masked
call, a timesheet, an incident report, push, events and the schedule by a cookie GET."""

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
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import track
from eval_families24_kit import claims, head
from eval_families55_kit import AGENCY, NURSE_NPI, PATIENTS, fix, home, obj, vitals
from eval_families55_sdk import cw_batch, cw_pixel, lm_open, sv_crash, sv_crumb
from eval_families55_svc import ag_save, br_register, pw_route, pw_telemetry, sb_eval, tb_message
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("carerounds", "Carerounds", "com.example.carerounds", "7.1.0",
          "https://api.carerounds.example.org")
IID = "X-CR-Install"
PW = "Bedside!Rounds8"
P0, P1 = PATIENTS
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(24))


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _vit(rng: random.Random) -> dict[str, Any]:
    return {k: L(v, MED) for k, v in vitals(rng).items()}


def carerounds() -> list[Case]:
    rng = random.Random(5541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), npi=L(NURSE_NPI, UID),
                                    agency=AGENCY["id"]))}
    d0la, d0lo = fix(P0["door"])
    d1la, d1lo = fix(P1["door"], 5)
    hla, hlo = home(5)
    v0 = obj(rng, "vis", 8)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, [(1, L(P1["door"][0], PRECISE)),
                                          (2, L(P1["door"][1], PRECISE))]),
               (3, obj(rng, "vis", 8)), (4, 1765393500)], "", lab)
    return [
        case(f, f"{a}/v7/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "agency": AGENCY["id"]}),
        case(f, f"{a}/v7/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("604417", CRED), "remember_device": "1"}),
        case(f, f"{a}/v7/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v7/route", headers=_h(rng, **b), query={"date": "2025-12-10"}),
        case(f, f"{a}/v7/shifts/start", headers=_h(rng, **b), body={
            "at": {"lat": hla, "lon": hlo}, "odometer": 48210, "vehicle": "personal"}),
        case(f, f"{a}/v7/visits/{v0}/checkin", headers=_h(rng, **b), body={
            "patient": P0["id"], "lat": d0la, "lon": d0lo, "accuracyM": 8,
            "patientHome": {"lat": P0["at"][0], "lon": P0["at"][1]}, "method": "gps"}),
        case(f, f"{a}/v7/visits/{v0}/vitals", headers=_h(rng, **b), body={
            "mrn": L(P0["mrn"], MED), **_vit(rng), "painScore": L(4, MED)}),
        case(f, f"{a}/v7/visits/{v0}/note", headers=_h(rng, **b), body={
            "mrn": L(P0["mrn"], MED), "text": L(
                "CHF stable, 1+ pedal edema, reinforced 2 g sodium diet and daily weights",
                f"{TEXT}|{MED}"), "template": "skilled_nursing"}),
        multipart(f, f"{a}/v7/visits/{v0}/wounds", [
            ("image", "wound_sacral.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("wound", None, "application/json", {
                "mrn": L(P0["mrn"], MED), "site": L("sacrum", MED), "stage": L(2, MED),
                "lengthCm": L(2.1, MED), "widthCm": L(1.4, MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v7/visits/{v0}/mar", fmt="msgpack", headers=_h(rng, **b), body={
            "mrn": L(P0["mrn"], MED), "given": [
                {"drug": L("furosemide", MED), "dose": L("40 mg", MED), "route": "PO"},
                {"drug": L("metoprolol", MED), "dose": L("25 mg", MED), "route": "PO"}],
            "nurse": L(NURSE_NPI, UID)}),
        case(f, f"{a}/v7/patients", headers=_h(rng, **b), body={
            "name": L(P1["name"], NAMEC), "dob": L(P1["dob"], BIRTH),
            "line1": L(P1["line"], ADDR), "zip": L(P1["zip"], COARSE),
            "phone": L(P1["phone"], TEL), "mrn": L(P1["mrn"], MED),
            "allergies": [L("penicillin", MED), L("latex", MED)],
            "diagnoses": [L("type 2 diabetes", MED), L("COPD", MED)],
            "emergencyContact": {"name": L("Marisol Delgado", NAMEC),
                                 "phone": L("+12125550654", TEL)}}),
        multipart(f, f"{a}/v7/visits/{v0}/signature", [
            ("sig", "signature.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"signer": L(P0["name"], NAMEC),
                                                "relation": "self"})], headers=_h(rng, **b)),
        case(f, f"{a}/v7/visits/{v0}/checkout", headers=_h(rng, **b), body={
            "lat": d0la, "lon": d0lo, "minutes": 52, "tasks": ["vitals", "wound", "meds"]}),
        case(f, f"{a}/v7/mileage", gz=True, headers=_h(rng, **b), body={
            "trip": obj(rng, "trip", 8), "fixes": track(rng, 6, P0["door"]),
            "miles": 2.4, "purpose": "patient visit"}),
        raw(f, f"{a}/v7/evv/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v7/visits/vis_next/checkin", headers=_h(rng, **b), body={
            "patient": P1["id"], "lat": d1la, "lon": d1lo, "accuracyM": 11}),
        case(f, f"{a}/v7/route/stops", headers=_h(rng, **b), body={
            "stops": [{"patient": p["id"], "line1": L(p["line"], ADDR), "zip": L(p["zip"], COARSE),
                       "lat": p["at"][0], "lon": p["at"][1]} for p in PATIENTS]}),
        case(f, f"{a}/v7/messages", headers=_h(rng, **b), body={
            "to": "sup_0071", "text": L(
                "Mrs Delgado's sugar was 312 again, she is skipping insulin at night",
                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v7/calls/masked", fmt="form", headers=_h(rng, **b), body={
            "patient": P1["id"], "dial": L(P1["phone"], TEL), "proxy": "+12125550699"}),
        case(f, f"{a}/v7/timesheets", fmt="form", headers=_h(rng, **b), body={
            "npi": L(NURSE_NPI, UID), "week": "2025-W50", "hours": "38.5", "visits": "19"}),
        case(f, f"{a}/v7/incidents", headers=_h(rng, **b), body={
            "mrn": L(P1["mrn"], MED), "type": L("fall", MED),
            "description": L("Found on the floor by the bed, no head strike, BP 142/88",
                             f"{TEXT}|{MED}"), "reportedBy": L(NURSE_NPI, UID)}),
        case(f, f"{a}/v7/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("America/New_York",
                                                                           DEV)}),
        case(f, f"{a}/v7/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("visit_checkin", 1), ev("vitals_saved", 2),
                ev("screen", 3, screen=L("Route", USAGE))]}),
        case(f, f"{a}/v7/schedule/week", headers=_h(rng, how="upper"),
             cookies={"cr_session": L(opaque(rng, "", 48), CRED), "cr_agency": AGENCY["id"]}),
    ]


def carerounds_sdks() -> list[Case]:
    rng = random.Random(5542)
    return [
        cw_batch(APP, rng, [("Visit Checked In", {"minutesLate": 4}),
                            ("Vitals Saved", {"fields": 6})]),
        cw_pixel(APP, rng, "login_viewed", {"agency": AGENCY["id"]}),
        lm_open(APP, rng, user=True),
        sv_crash(APP, rng, ("java.lang.IllegalArgumentException", "vitals out of range"),
                 [sv_crumb("nav", "Route -> Visit"),
                  sv_crumb("ui", "open patient", {"patient": L(P1["name"], NAMEC)})],
                 screen="VisitActivity"),
        sb_eval(APP, rng, {"agency": AGENCY["id"], "evv": True}),
        br_register(APP, rng, tags={"role": "rn", "agency": AGENCY["id"]}),
        pw_route(APP, rng, [((LAT, LON), PRECISE), (P0["at"], None), (P1["at"], None)]),
        pw_telemetry(APP, rng, [P0["door"], P1["door"]], PRECISE),
        ag_save(APP, rng, {"analytics": True, "crash": True}, user=True),
        tb_message(APP, rng, L("EVV keeps rejecting my check-in at the Avenue B patient",
                               TEXT), {"agency": AGENCY["id"]}),
    ]
