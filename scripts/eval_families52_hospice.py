"""Hospice volunteer scheduling app "Vigilrota": the application (faith for the spiritual-care
team), log-in, ``/me``, the background check (SSN, licence, prior addresses, a drawn consent
signature, the signer's IP), the health screening (a TB test photo, vaccinations), a badge photo,
references, an emergency contact, training progress, open shifts (GET), claiming a shift, checking
in at the hospice (her fix, its Wi-Fi), visit logs about patients (notes, comfort needs, a
chaplaincy request, an incident), mileage, a condolence card, availability, an hours export, a
message to the coordinator, push, events and her shifts by a cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import SSN, claims, head
from eval_families52_kit import (
    HOSPICE,
    HOSPICE_FIX,
    HOSPICE_WIFI,
    LICENCE,
    PATIENTS,
    PRIOR,
    fix,
    home,
    obj,
    strokes,
)
from eval_families52_sdk import cw_batch, cw_pixel, sm_crash, sm_crumb, sm_session, tb_session
from eval_families52_svc import bk_register, cg_geocode, cg_route, hd_message, sf_eval
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("vigilrota", "Vigilrota", "com.example.vigilrota", "2.4.8",
          "https://api.vigilrota.example.org")
IID = "X-Vigil-Device"
PW = "Lantern-Quiet-63"
COORD = {"id": "stf_0192", "email": "volunteers@stillwaterhospice.example.org"}  # a negative


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def vigilrota() -> list[Case]:
    rng = random.Random(5251)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="volunteer"))}
    b = {"auth": "bearer"}
    shift, visit = obj(rng, "sh", 8), obj(rng, "vis", 10)
    pt1, pt2 = PATIENTS
    cla, clo = fix(HOSPICE_FIX)
    hla, hlo = home(5)
    return [
        case(f, f"{a}/api/volunteers/apply", headers=_h(rng, lang=True), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(DASHED, TEL), "dob": L(DOB, BIRTH), "address": {
                "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "languages": ["English", "Spanish"], "teams": ["vigil", "spiritual-care"],
            "faith": L("Catholic", SENS),
            "why": L("I want to give back for the care my family received", TEXT),
            "password": L(PW, CRED)}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/background-check", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "driversLicense": L(LICENCE, NATID),
            "licenseState": L(STATE, COARSE), "dob": L(DOB, BIRTH),
            "priorAddresses": L(PRIOR, ADDR), "convictions": "none",
            "consent": {"signature": L(strokes(rng, 24), MOTION), "ip": L(PUBLIC_IP, IPLOC),
                        "signedAt": "2025-11-02T19:44:10-05:00", "form": "FCRA-2024"}}),
        multipart(f, f"{a}/api/health-screening", [
            ("tb_result", "ppd.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("screening", None, "application/json", {
                "tbTest": L("negative", MED), "tbDate": L("2025-10-28", MED),
                "fluVaccine": L(True, MED), "covidBooster": L("2025-10-02", MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/volunteers/me/badge", [
            ("photo", "badge.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("badge", None, "application/json", {
                "printedName": L("Jane D.", NAMEC), "team": "vigil",
                "volunteerNo": L("VOL-20931", UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/references", headers=_h(rng, **b), body={"references": [
            {"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL), "years": 6},
            {"name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL), "years": 3}]}),
        case(f, f"{a}/api/emergency-contact", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
            "relation": "sister"}),
        case(f, f"{a}/api/training/progress", headers=_h(rng, **b), body={
            "module": "trn_boundaries_grief", "secondsWatched": L(1840, USAGE),
            "quizScore": 92, "completed": True}),
        case(f, f"{a}/api/shifts/open", headers=_h(rng, **b), query={
            "from": "2025-12-10", "to": "2025-12-24", "team": "vigil",
            "site": HOSPICE["id"]}),
        case(f, f"{a}/api/shifts/{shift}/claim", headers=_h(rng, **b), body={
            "shift": shift, "site": HOSPICE["id"], "role": "vigil"}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "shift": shift, "lat": cla, "lon": clo, "accuracy": 8,
            "wifi": {"ssid": L(HOSPICE_WIFI[0], WIFI), "bssid": L(HOSPICE_WIFI[1], WIFI)},
            "site": {"lat": HOSPICE["lat"], "lon": HOSPICE["lon"], "radius": 120}}),
        case(f, f"{a}/api/visits", headers=_h(rng, **b), body={
            "id": visit, "patient": pt1["id"], "room": pt1["room"], "minutes": 45,
            "activities": ["reading", "hand massage"],
            "note": L("Harold was short of breath but loved the Yankees recap; asked when his "
                      "daughter Ruth lands", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/visits/{visit}/comfort", fmt="msgpack", headers=_h(rng, **b), body={
            "patient": pt1["id"], "needs": [L("oxygen cannula slipping", MED),
                                            L("asked to be repositioned", MED)],
            "painObserved": L(6, MED), "nurseNotified": True}),
        case(f, f"{a}/api/patients/{pt2['id']}/spiritual", fmt="form", headers=_h(rng, **b),
             body={"request": L("Ruth would like a rabbi to visit before Shabbat",
                                f"{TEXT}|{SENS}|{NAMEC}"), "room": pt2["room"]}),
        case(f, f"{a}/api/incidents", headers=_h(rng, **b), body={
            "patient": pt2["id"], "room": pt2["room"], "kind": "fall",
            "text": L("Ruth slid from the chair in 14A, no visible injury, nurse called",
                      f"{TEXT}|{MED}|{NAMEC}"), "at": "2025-12-09T16:20:00-05:00"}),
        case(f, f"{a}/api/mileage", headers=_h(rng, **b), body={
            "date": "2025-12-09", "from": {"lat": hla, "lon": hlo},
            "to": {"lat": HOSPICE["lat"], "lon": HOSPICE["lon"]}, "miles": 6.2}),
        case(f, f"{a}/api/bereavement/cards", headers=_h(rng, **b), body={
            "family": "fam_3107", "message": L("Harold's Navy stories kept us all laughing. "
                                               "With love, Jane", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/availability", fmt="form", headers=_h(rng, **b), body={
            "days": "tue,thu,sat", "from": "17:00", "to": "21:00", "overnight": "0"}),
        case(f, f"{a}/api/hours/export", fmt="form", headers=_h(rng, **b), body={
            "year": "2025", "email": L(EMAIL, MAIL), "format": "pdf"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": COORD["id"], "cc": COORD["email"],
            "text": L("Running 15 minutes late, train stuck at 59th", TEXT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("America/New_York",
                                                                             DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("shift_claimed", 1), ev("visit_logged", 2, minutes=45),
                ev("screen", 3, screen=L("MyShifts", USAGE))]}),
        case(f, f"{a}/api/shifts/mine", headers=_h(rng, how="none"),
             cookies={"vr_sess": L(opaque(rng, "", 40), CRED),
                      "vr_device": L(INSTALL_ID, DID)}),
    ]


def vigilrota_sdks() -> list[Case]:
    rng = random.Random(5252)
    hla, hlo = home(6)
    return [
        cw_batch(APP, rng, [("Shift Claimed", {"team": "vigil"}),
                            ("Visit Logged", {"minutes": 45})]),
        cw_pixel(APP, rng, "Application Started", {"source": "flyer"}),
        tb_session(APP, rng, first=True),
        sm_crash(APP, rng, ("java.lang.NullPointerException", "shift.site was null"),
                 [sm_crumb("navigation", "Shifts -> CheckIn"),
                  sm_crumb("http", "POST", {"url": f"{APP.api}/api/checkin", "status": 500})],
                 screen="CheckInActivity"),
        sm_session(APP, rng, secs=318),
        sf_eval(APP, rng, {"team": "vigil", "site": HOSPICE["id"]}),
        bk_register(APP, rng, tags={"team": "vigil", "site": HOSPICE["id"]}),
        cg_geocode(APP, rng, "Stillwater Hospice House", SEARCH, near=HOSPICE_FIX, nd=3),
        cg_route(APP, rng, [((hla.value, hlo.value), PRECISE),
                            ((HOSPICE["lat"], HOSPICE["lon"]), None)], mode="transit"),
        hd_message(APP, rng, L("Can't see the Thursday overnight vigil shifts anymore", TEXT),
                   {"team": "vigil"}),
    ]
