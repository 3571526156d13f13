"""Warehouse shift app "Shiftdock" (she picks orders part-time at a fulfilment centre in New
Jersey): activation by employee number, badge, birth date and the SSN's last four, a password,
a log-in, ``/me``, a face enrolment (a selfie and a float32 template), a clock-in inside the
geofence (her fix, the floor Wi-Fi, a face match), a break, a clock-out with her steps, a
protobuf presence frame (a nested fix and the BSSID), the week's shifts, a swap, time off with a
doctor's note, an injury report, direct deposit, a W-4 with her SSN and address, union dues, a
pay stub, a scanner paired, push, events and announcements by a cookie GET."""

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
    FACE,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SENS,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, rid
from eval_families37_kit import fix
from eval_families48_kit import (
    BADGE,
    CLOCK_AT,
    COWORKER,
    EMPLOYEE,
    FLOOR_WIFI,
    MEZZ_AT,
    NEAR_BSSIDS,
    SCANNER,
    UNION,
    WAREHOUSE,
    code,
    embedding,
)
from eval_families48_sdk import cw_batch, cw_queue, gm_crash, gm_crumb, gm_session, iw_session
from eval_families48_svc import hb_attach, hb_message, ms_telemetry, pt_register, tg_eval
from eval_payloads import INSTALL_ID, NAME, Case, J, L, case

APP = App("shiftdock", "Shiftdock", "com.example.shiftdock", "8.1.2",
          "https://api.shiftdock.example.com")
IID = "X-Shiftdock-Install"
PW = "Pallet-Jack-5150"
NATID = "personal.national_id"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _geofence() -> dict[str, Any]:
    return {"site": WAREHOUSE["id"], "lat": WAREHOUSE["lat"], "lon": WAREHOUSE["lon"],
            "radiusM": WAREHOUSE["radius_m"]}


def shiftdock() -> list[Case]:
    rng = random.Random(4851)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, employee=L(EMPLOYEE, UID), site=WAREHOUSE["id"]))}
    b = {"auth": "bearer"}
    cla, clo = fix(CLOCK_AT)
    bla, blo = fix((CLOCK_AT[0] + 0.000241, CLOCK_AT[1] + 0.000318), 5)
    ola, olo = fix((CLOCK_AT[0] - 0.000052, CLOCK_AT[1] + 0.000077))
    mla, mlo = fix(MEZZ_AT)
    shift, off = code(rng, "shf_", 8), code(rng, "to_", 8)
    lab: dict[str, str] = {}
    presence = pb([(1, L(EMPLOYEE, UID)), (2, WAREHOUSE["id"]),
                   (3, [(1, L(round(CLOCK_AT[0] + 0.000113, 6), PRECISE)),
                        (2, L(round(CLOCK_AT[1] - 0.000091, 6), PRECISE))]),
                   (4, L(52, DEV)), (5, L(FLOOR_WIFI[1], WIFI)), (6, 1765281600)], "", lab)
    face = L(f32b64(embedding(rng, 128)), FACE)
    return [
        case(f, f"{a}/v1/activate", fmt="form", headers=_h(rng), body={
            "employee_number": L(EMPLOYEE, UID), "badge": L(BADGE, UID),
            "dob": L(DOB, BIRTH), "ssn_last4": L(SSN[-4:], NATID)}),
        case(f, f"{a}/v1/activate/credentials", headers=_h(rng), body={
            "employeeNumber": L(EMPLOYEE, UID), "password": L(PW, CRED),
            "email": L(EMAIL_MIXED, MAIL), "mobile": L(NATIONAL, "contact.phone")}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMPLOYEE, UID), "password": L(PW, CRED),
            "client_id": "shiftdock-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/face/enroll", [
            ("selfie", "enroll.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "employeeNumber": L(EMPLOYEE, UID), "template": face, "model": "fn-128-v2",
                "liveness": 0.98, "consentVersion": "bipa-2024-02"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/clock/in", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "shift": shift, "position": {"lat": cla, "lon": clo,
                                                                 "accuracyM": 8},
            "geofence": _geofence(), "inside": True,
            "wifi": {"ssid": L(FLOOR_WIFI[0], WIFI), "bssid": L(FLOOR_WIFI[1], WIFI),
                     "nearby": [L(x, WIFI) for x in NEAR_BSSIDS]},
            "face": {"template": L(f32b64(embedding(rng, 128)), FACE), "match": 0.94,
                     "liveness": 0.97}, "deviceTime": "2025-12-09T06:58:41-05:00"}),
        case(f, f"{a}/v1/clock/break", fmt="form", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "kind": "meal", "lat": bla, "lon": blo}),
        case(f, f"{a}/v1/clock/out", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "shift": shift, "position": {"lat": ola, "lon": olo},
            "steps": L(18412, FIT), "scanner": SCANNER["serial"], "units": 611}),
        raw(f, f"{a}/v1/presence", presence, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/shifts", headers=_h(rng, **b), query={
            "week": "2025-W50", "site": WAREHOUSE["id"], "dept": "outbound"}),
        case(f, f"{a}/v1/shifts/{shift}/swap", headers=_h(rng, **b), body={
            "with": COWORKER[1], "withName": L(COWORKER[0], NAMEC),
            "note": L("Swapping so I can take my mom to her chemo appointment",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/timeoff", headers=_h(rng, **b), body={
            "id": off, "from": "2025-12-11", "to": "2025-12-11", "type": "sick",
            "reason": L("Migraine since last night, doctor's note to follow", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/timeoff/{off}/documents", [
            ("note", "doctors_note.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{MED}"))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/incidents", headers=_h(rng, **b), body={
            "kind": "injury", "bodyPart": L("right ankle", MED),
            "description": L("Rolled my ankle stepping off the mezzanine stairs",
                             f"{TEXT}|{MED}"), "zone": "MEZZ-B",
            "position": {"lat": mla, "lon": mlo}, "witness": L(COWORKER[0], NAMEC),
            "firstAid": L(True, MED)}),
        case(f, f"{a}/v1/payroll/direct-deposit", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "type": "checking",
            "holder": L(NAME, NAMEC), "split": "100"}),
        case(f, f"{a}/v1/payroll/w4", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "filingStatus": "single", "dependents": 0, "extraWithholding": "0.00"}),
        case(f, f"{a}/v1/union/dues", headers=_h(rng, **b), body={
            "member": L(True, SENS), "local": L(UNION, SENS), "authorizeDeduction": True,
            "employeeNumber": L(EMPLOYEE, UID)}),
        case(f, f"{a}/v1/payroll/stubs/2025-12-05", headers=_h(rng, **b),
             query={"format": "pdf"}),
        case(f, f"{a}/v1/scanners/pair", fmt="form", headers=_h(rng, **b), body={
            "scanner": SCANNER["serial"], "bt": SCANNER["bt"], "model": SCANNER["model"],
            "badge": L(BADGE, UID)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "employee": L(EMPLOYEE, UID), "events": [
                ev("clock_in", 1, method="face"), ev("break_start", 2),
                ev("screen", 3, screen=L("MySchedule", USAGE))]}),
        case(f, f"{a}/v1/announcements", headers=_h(rng, how="upper"),
             cookies={"sd_session": L(opaque(rng, "", 40), CRED), "sd_site": WAREHOUSE["id"]}),
        case(f, f"{a}/v1/safety/heat", headers=_h(rng, **b), body={
            "symptoms": [L("dizziness", MED), L("headache", MED)], "waterBreaks": 3,
            "zone": "DOCK-4", "employee": L(EMPLOYEE, UID), "requestId": rid(rng)}),
    ]


def shiftdock_sdks() -> list[Case]:
    rng = random.Random(4852)
    near = [(round(CLOCK_AT[0] + 0.00003 * i, 6), round(CLOCK_AT[1] - 0.00004 * i, 6))
            for i in range(3)]
    return [
        cw_batch(APP, rng, [("Clocked In", {"method": "face", "site": WAREHOUSE["id"]}),
                            ("Shift Swap Requested", {"dept": "outbound"})],
                 at=CLOCK_AT, nd=2),
        cw_queue(APP, rng, [("Offline Punch Stored", {"kind": "break"}),
                            ("Offline Punch Sent", {"delay_s": 420})]),
        iw_session(APP, rng, user=True, n=54),
        gm_crash(APP, rng, ("android.hardware.camera2.CameraAccessException",
                            "CAMERA_DISCONNECTED"),
                 [gm_crumb("nav", "Home -> FaceClock"),
                  gm_crumb("log", "geofence", {"site": WAREHOUSE["id"], "inside": True})],
                 screen="FaceClockActivity"),
        gm_session(APP, rng, secs=312),
        tg_eval(APP, rng, {"site": WAREHOUSE["id"], "faceClock": True}),
        pt_register(APP, rng, tags={"site": WAREHOUSE["id"], "shift": "early"}),
        ms_telemetry(APP, rng, near, PRECISE),
        hb_message(APP, rng, L(f"Face clock-in keeps failing on badge {BADGE}",
                               f"{TEXT}|{UID}"), {"site": WAREHOUSE["id"]}),
        hb_attach(APP, rng, L(JPEG + b"\x73", MEDIA), "error_screen.jpg", "image/jpeg"),
    ]
