"""Kidney-dialysis session and fluid-restriction tracker "Neerlog": sign-up (CKD stage, modality),
a log-in, ``/me``, her prescription (dry weight, fluid limit, access) and nephrologist, a
session at the centre (check-in fix, pre weight and BP, intradialytic vitals in gzip JSON, the
end with UF, Kt/V and symptoms, a protobuf machine sync), the day's fluid log (JSON Lines) and a
quick sip (form), a home scale reading (msgpack), labs and a lab report PDF, medicines, a diet
search, a fistula photo, the transplant waitlist, the state scheme card, a caregiver, a message
to the centre, reminders, push, events and the schedule by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    BIRTH,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families37_kit import fix
from eval_families87_kit import (
    ACCEPT_IN,
    CENTRE,
    CHN,
    CHN_AT,
    DRY_WEIGHT,
    EMERGENCY,
    FLUID_LIMIT,
    MACHINE,
    NEPHRO,
    TZ,
    fluids,
    gen_id,
    med,
    vitals,
)
from eval_families87_sdk import am_event, am_open, ck_crash, ck_crumb, ck_session, km_batch
from eval_families87_svc import kd_eval, kp_card, kp_verify, mo_register, pt_attach, vp_route
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("neerlog", "Neerlog", "com.example.neerlog", "2.8.0", "https://api.neerlog.example.net")
IID = "X-Neerlog-Install"
PW = "Adyar-Tide-2291"
CENTRE_FIX = (13.006487, 80.257322)  # her phone at the centre's chair (her fix)
SCHEME_NO = "SHS-33-0419-2207-18"  # her state health-scheme card number (health.medical)
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_IN, DEV)
    return h


def neerlog() -> list[Case]:
    rng = random.Random(8721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    sid = gen_id(rng, "hd", 12)
    cla, clo = fix(CENTRE_FIX, 5)
    sync_lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, sid), (3, MACHINE["serial"]),
               (4, [(1, L(2350, MED)), (2, L(1.38, MED)), (3, L(300, MED)),
                    (4, L(236, MED))]), (5, 1765544400)], "", sync_lab)
    return [
        case(f, f"{a}/v2/auth/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "mobile": L(E164, TEL), "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER),
            "pincode": L(CHN["pin"], "location.coarse"), "ckdStage": med("5D"),
            "modality": med("HD"), "onDialysisSince": med("2023-03"), "bloodGroup": med("B+")}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL.upper(), MAIL), "password": L(PW, CRED), "grant": "password"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/prescription", headers=_h(rng, **b), body={
            "dryWeightKg": med(DRY_WEIGHT), "fluidLimitMl": med(FLUID_LIMIT),
            "sessionsPerWeek": med(3), "hoursPerSession": med(4),
            "access": med("AV fistula, left forearm"), "dialyzer": med("high-flux 1.8 m2"),
            "potassiumBath": med(2.0),
            "nephrologist": {"name": L(NEPHRO[0], NAMEC), "phone": L(NEPHRO[1], TEL)}}),
        case(f, f"{a}/v2/centres/select", headers=_h(rng, **b), body={
            "centreId": CENTRE["id"], "name": CENTRE["name"], "phone": CENTRE["phone"],
            "lat": CENTRE["lat"], "lon": CENTRE["lon"], "shift": "MWF-morning"}),
        case(f, f"{a}/v2/sessions", headers=_h(rng, **b), body={
            "sessionId": sid, "centreId": CENTRE["id"], "station": MACHINE["station"],
            "machineSerial": MACHINE["serial"], "checkIn": {"lat": cla, "lon": clo, "acc": 9},
            "preWeightKg": L(61.1, FIT), "preBp": med("148/88"), "tempC": med(36.8),
            "startedAt": "2025-12-12T07:05:00+05:30"}),
        case(f, f"{a}/v2/sessions/{sid}/vitals", gz=True, headers=_h(rng, **b), body={
            "machineSerial": MACHINE["serial"], "readings": med(vitals(rng, 8))}),
        raw(f, f"{a}/v2/sessions/{sid}/machine-sync", sync, "application/x-protobuf",
            sync_lab, headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/v2/sessions/{sid}/end", headers=_h(rng, **b), body={
            "postWeightKg": L(58.8, FIT), "postBp": med("126/80"), "ufMl": med(2350),
            "ktv": med(1.38), "durationMin": med(236),
            "symptoms": [med("cramps"), med("low BP in last hour")],
            "note": L("Cramps in both calves at 3h, nurse gave saline", f"{TEXT}|{MED}")}),
        lines(f, f"{a}/v2/fluids/sync", [
            {"userId": L(USER_ID, UID), "date": "2025-12-12", "entries": med(fluids(rng, 7)),
             "totalMl": med(760), "limitMl": med(FLUID_LIMIT)},
            {"userId": L(USER_ID, UID), "date": "2025-12-11", "entries": med(fluids(rng, 6)),
             "totalMl": med(1040), "limitMl": med(FLUID_LIMIT)}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/fluids/quick", fmt="form", headers=_h(rng, **b), body={
            "ml": med("120"), "drink": "tea", "at": "1765551200"}),
        case(f, f"{a}/v2/weights", fmt="msgpack", headers=_h(rng, **b), body={
            "kg": L(59.6, FIT), "source": "ble_scale", "scaleSerial": "KS-220-0088317",
            "scaleMac": "D4:36:39:0A:77:12", "at": 1765501200}),
        case(f, f"{a}/v2/labs", headers=_h(rng, **b), body={
            "date": "2025-12-05", "lab": "Adyar Diagnostics", "results": {
                "potassium": med(5.6), "phosphorus": med(6.1), "hemoglobin": med(9.8),
                "albumin": med(3.6), "pth": med(412), "ureaReductionPct": med(68)}}),
        multipart(f, f"{a}/v2/labs/report", [
            ("file", "labs_dec.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"lab": "Adyar Diagnostics", "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={"items": [
            {"name": med("Sevelamer"), "dose": med("800 mg with meals")},
            {"name": med("Erythropoietin"), "dose": med("4000 IU after dialysis")},
            {"name": med("Calcitriol"), "dose": med("0.25 mcg")}]}),
        case(f, f"{a}/v2/diet/search", query={"q": L("low potassium snacks", f"{SEARCH}|{MED}"),
                                              "lang": L("en", DEV)}, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/access/photo", [
            ("photo", "fistula.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"arm": med("left"), "thrill": med(True),
                                                "redness": med(False)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/transplant", headers=_h(rng, **b), body={
            "waitlisted": med(True), "registryNo": med("TXR-TN-2024-01187"),
            "bloodGroup": med("B+"), "since": "2024-06"}),
        multipart(f, f"{a}/v2/scheme-card", [
            ("card", "scheme_card.png", "image/png", L(PNG, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"cardNo": med(SCHEME_NO),
                                                "holder": L(NAME, NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/caregivers", headers=_h(rng, **b), body={
            "name": L(EMERGENCY[0], NAMEC), "phone": L(EMERGENCY[1], TEL), "relation": "friend",
            "alerts": {"missedSession": True, "fluidOver": True}}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": CENTRE["id"], "thread": gen_id(rng, "th", 8),
            "text": L("Can I shift Friday's session to evening? My BP was 90/60 after last one",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "fluidCheck": "10:00,14:00,18:00", "binder": "with_meals", "tz": L(TZ, DEV)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_IN", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("fluid_logged", 1, ml=120), ev("session_ended", 2),
                ev("screen", 3, screen=L("FluidToday", USAGE))]}),
        case(f, f"{a}/v2/schedule", headers=_h(rng, how="upper"), cookies={
            "nl_sess": L(opaque(rng, "", 44), CRED)}),
    ]


def neerlog_sdks() -> list[Case]:
    rng = random.Random(8722)
    return [
        km_batch(APP, rng, [("Fluid Logged", {"ml": 120, "overLimit": False}),
                            ("Session Ended", {"ufMl": med(2350)})]),
        am_open(APP, rng, user=True, opens=41),
        am_event(APP, rng, "subscribe", {"plan": "care_plus_m"}, revenue="299.00", hashed=True),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"1,2\""),
                 [ck_crumb("nav", "Today -> QuickFluid"), ck_crumb("tap", "add_120ml")],
                 screen="QuickFluidActivity"),
        ck_session(APP, rng, secs=312),
        kd_eval(APP, rng, {"modality": med("HD"), "premium": True}),
        mo_register(APP, rng, tags={"shift": "MWF-morning", "fluid_alerts": "on"}),
        kp_card(APP, rng),
        kp_verify(APP, rng, "299.00"),
        pt_attach(APP, rng, L(JPEG + b"\x92", f"{MEDIA}|{MED}"), "prescription.jpg",
                  "image/jpeg"),
        vp_route(APP, rng, [(CHN_AT, PRECISE), ((CENTRE["lat"], CENTRE["lon"]), None)]),
    ]
