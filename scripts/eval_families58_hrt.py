"""Gender-affirming hormone therapy tracker "Hormonia": sign-up (chosen name, pronouns, gender
identity, sex assigned at birth), an OAuth password grant, ``/me`` with a JWT, the regimen and her
prescriber, an injection logged (and its site photo), past injections synced (msgpack), lab
results and the lab's PDF, body measurements (gzip), a mood and dysphoria check-in, a voice
practice clip, reminders, a follow-up visit, the insurance card, a refill, labs shared with her
doctor, a community post, an export, an app-lock PIN, push, events and the injection log by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A, PDF
from eval_families14_kit import DASHED
from eval_families17_kit import (
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
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families58_kit import (
    GH_CLINIC,
    HRT_START,
    MEMBER_HR,
    PRESCRIBER,
    REGIMEN,
    RX_HR,
    code,
    injections,
    results,
)
from eval_families58_sdk import (
    fp_crumb,
    fp_report,
    gm_batch,
    gm_queue,
    st_event,
    st_session,
)
from eval_families58_svc import al_save, as_message, bg_register, cw_card, sw_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("hormonia", "Hormonia", "com.example.hormonia", "2.8.4",
          "https://api.hormonia.example.org")
IID = "X-Hormonia-Device"
PW = "Violet-Harbor-1914"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def hormonia() -> list[Case]:
    rng = random.Random(5821)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pronouns=L("she/her", GENDER)))}
    b = {"auth": "bearer"}
    shot = code(rng, "inj_", 10)
    lab_id = code(rng, "lab_", 10)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "chosenName": L(FIRST, NAMEC),
            "pronouns": L("she/her", GENDER), "genderIdentity": L("woman", GENDER),
            "assignedAtBirth": L("male", GENDER), "birthDate": L(DOB, BIRTH),
            "zip": L(ZIP, COARSE), "phone": L(DASHED, TEL), "goals": [L("feminizing", MED)]}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "hormonia-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/regimen", headers=_h(rng, **b), body={
            "startedOn": L(HRT_START, MED), "medications": [
                {"name": L(n, MED), "dose": L(d, MED), "route": L(r, MED),
                 "frequency": L(q, MED)} for n, d, r, q in REGIMEN],
            "prescriber": {"name": L(PRESCRIBER[0], NAMEC), "phone": L(PRESCRIBER[1], TEL)},
            "clinic": {"id": GH_CLINIC["id"], "name": GH_CLINIC["name"]}}),
        case(f, f"{a}/v1/injections", headers=_h(rng, **b), body={
            "id": shot, "at": "2025-12-07T20:14:00-05:00", "medication": L(REGIMEN[0][0], MED),
            "doseMg": L(5, MED), "volumeMl": L(0.25, MED), "site": L("left thigh", MED),
            "needle": "25G 5/8in", "vialLot": "EV7Q31K2", "painScore": L(2, MED),
            "notes": L("Small bruise, otherwise fine. Felt tired after.", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/injections/{shot}/photo", [
            ("photo", "site.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"takenAt": "2025-12-08T09:02:00-05:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/injections/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "device": L(INSTALL_ID, DID), "since": 1760900000,
            "entries": L(injections(rng, 8), MED)}),
        case(f, f"{a}/v1/labs", headers=_h(rng, **b), body={
            "id": lab_id, "drawnAt": "2025-11-28", "lab": "Meridian Diagnostics",
            "results": results(), "fasting": False}),
        multipart(f, f"{a}/v1/labs/{lab_id}/report", [
            ("file", "labs_2025-11-28.pdf", "application/pdf", L(PDF + b"\x82", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pages": 2})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/body", gz=True, headers=_h(rng, **b), body={"entries": [
            {"date": d, "weightKg": L(w, FIT), "waistCm": L(wc, FIT), "hipCm": L(hc, FIT),
             "chestCm": L(cc, FIT)}
            for d, w, wc, hc, cc in (("2025-10-01", 66.8, 79.0, 96.5, 90.0),
                                     ("2025-11-01", 66.1, 78.2, 97.4, 91.5),
                                     ("2025-12-01", 65.9, 77.5, 98.0, 92.0))]}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "date": "2025-12-09", "mood": L(4, MED), "dysphoria": L(2, MED),
            "energy": L(3, MED), "sleepHours": L(7.0, FIT),
            "journal": L("Good week. Someone at the bakery called me ma'am without a second "
                         "look and I cried a little in the car.", f"{TEXT}|{GENDER}")}),
        multipart(f, f"{a}/v1/voice/practice", [
            ("clip", "resonance_03.m4a", "audio/mp4", L(M4A + b"\x83", MEDIA)),
            ("meta", None, "application/json", {"exercise": "resonance_03", "medianHz": 188,
                                                "durationS": 42})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "kind": "injection", "weekday": "sun", "time": "20:00",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": dict(GH_CLINIC), "slot": "2026-01-13T10:30",
            "reason": L("Six-month HRT follow-up and estradiol level", MED),
            "copay": L("30.00", BUY)}),
        multipart(f, f"{a}/v1/insurance", [
            ("card", "card_front.jpg", "image/jpeg", L(JPEG + b"\x84", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_HR, MED),
                                                "group": "GRP-71155", "payer": "Quorum Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/refills", fmt="form", headers=_h(rng, **b), body={
            "rx": L(RX_HR, MED), "medication": L(REGIMEN[1][0], MED),
            "pharmacy": "ph_2290", "pickup": "store"}),
        case(f, f"{a}/v1/labs/{lab_id}/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(PRESCRIBER[0], NAMEC), "recipientEmail": L(PRESCRIBER[2], MAIL),
            "note": L("Latest levels before our January visit", TEXT)}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "topic": "milestones", "anonymous": True,
            "text": L("Two years on E this week. Skin is softer and my anxiety is way down.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/export", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "format": "pdf", "range": "all"}),
        case(f, f"{a}/v1/lock", fmt="form", headers=_h(rng, **b), body={
            "pin": L("0614", CRED), "biometricUnlock": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "discreetNotifications": True}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("injection_logged", 1), ev("labs_added", 2, markers=4),
                ev("screen", 3, screen=L("Timeline", USAGE))]}),
        case(f, f"{a}/v1/injections", headers=_h(rng, how="upper"), query={"from": "2025-10-01"},
             cookies={"hm_session": L(opaque(rng, "", 40), CRED)}),
    ]


def hormonia_sdks() -> list[Case]:
    rng = random.Random(5822)
    return [
        gm_batch(APP, rng, [("Injection Logged", {"medication": L(REGIMEN[0][0], MED)}),
                            ("Screen Viewed", {"screen": L("Timeline", USAGE)})]),
        gm_queue(APP, rng, [("Reminder Opened", {"kind": "injection"}),
                            ("Labs Chart Viewed", {"marker": L("estradiol", MED)})]),
        st_session(APP, rng, user=True, count=41, length=214),
        st_event(APP, rng, "subscribe", {"plan": "plus_yearly"}, revenue="39.99"),
        fp_report(APP, rng, ("java.lang.NullPointerException", "lab unit missing"),
                  [fp_crumb("Timeline -> LabDetail"),
                   fp_crumb("GET /v1/labs", "request", {"status": 200, "url": U(
                       f"{APP.api}/v1/labs", {"user": L(USER_ID, UID), "marker": "estradiol"})})],
                  screen="LabDetailActivity"),
        sw_eval(APP, rng, {"voiceTraining": True, "plan": "plus"}),
        bg_register(APP, rng, tags={"reminder": "weekly", "plan": "plus"}),
        al_save(APP, rng, {"analytics": True, "marketing": False, "research": False},
                user=True),
        cw_card(APP, rng, email=True),
        as_message(APP, rng, L("My estradiol chart shows pmol/L but my lab reports pg/mL, "
                               "can you fix the unit?", f"{TEXT}|{MED}"), {"plan": "plus"}),
    ]
