"""Dentist's orthodontic-aligner progress app "Kbilo" (her practice gives her the activation
code): sign-up, a log-in, ``/me``, the case, the current stage, the wear log, teeth photos
(three JPEG parts), a smile simulation (a selfie and 68 face landmarks), a fit check, soreness,
an appointment, the payment plan with its financing account, dental insurance, a retainer
order, a message to the orthodontist, reminders, a sync on home Wi-Fi, a referral, the stages
by her patient ID in the query, push, events and photos by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
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
    PEOPLE,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    landmarks,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import obj
from eval_families89_kit import CASE_ID, ORTHO_DOC, PRACTICE
from eval_families89_sdk import (
    bz_bid,
    kv_event,
    kv_link,
    sh_crash,
    sh_crumb,
    tv_batch,
    tv_identify,
)
from eval_families89_svc import dk_message, dr_eval, gd_card, tk_save, zr_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LAT, LON, SSID, USER_ID, Case, J, L, U, case

APP = App("kbilo", "Kbilo", "com.example.kbilo", "5.1.0", "https://api.kbilo.example.com")
IID = "X-Kbilo-Device"
PW = "Molar-Smile-3308"
PATIENT = "pt_40981772"  # her patient ID at the practice (id.user)
CM = f"{TEXT}|{MED}"
PH = f"{MEDIA}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def kbilo() -> list[Case]:
    rng = random.Random(8971)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(PATIENT, UID)))}
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/patients/activate", headers=_h(rng), body={
            "code": L("FLT-ORTHO-88Q1", CRED), "email": L(EMAIL_MIXED, MAIL),
            "password": L(PW, CRED), "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "phone": L(NATIONAL, TEL), "dob": L("05/17/1991", BIRTH)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cases/{CASE_ID}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/cases/{CASE_ID}/stage", headers=_h(rng, **b), body={
            "patient": L(PATIENT, UID), "stage": L(7, MED), "of": L(22, MED),
            "arch": L("both", MED), "attachments": L(True, MED), "startedOn": "2025-12-01"}),
        case(f, f"{a}/v1/wear", headers=_h(rng, **b), body={
            "hoursPerDay": [L(h, MED) for h in (22.1, 21.4, 19.8, 22.6, 20.9)],
            "removals": 4, "tray": "U7/L7"}),
        multipart(f, f"{a}/v1/cases/{CASE_ID}/photos", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x61", PH)),
            ("left", "left.jpg", "image/jpeg", L(JPEG + b"\x62", PH)),
            ("right", "right.jpg", "image/jpeg", L(JPEG + b"\x63", PH)),
            ("meta", None, "application/json", {"stage": L(7, MED), "retractor": True,
                                                 "capturedWith": L("Pixel 8", DEV)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/smile/simulate", [
            ("selfie", "smile.jpg", "image/jpeg", L(JPEG + b"\x64", MEDIA)),
            ("face", None, "application/json", {"landmarks": L(landmarks(rng, 68), FACE),
                                                "model": "lm68-v2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fit-checks", headers=_h(rng, **b), body={
            "stage": L(7, MED), "gapsMm": {"UL3": L(0.6, MED), "UR2": L(0.2, MED)},
            "note": L("Upper left canine not seating, tray lifts at the edge", CM)}),
        case(f, f"{a}/v1/soreness", fmt="form", headers=_h(rng, **b), body={
            "level": L("3", MED), "day": "2",
            "relief": L("ibuprofen 400 mg at night", MED)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "practice": PRACTICE["id"], "practiceName": PRACTICE["name"],
            "practicePhone": PRACTICE["phone"], "doctor": ORTHO_DOC,
            "slot": "2026-02-09T08:30", "reason": L("refinement scan, canine tracking", MED),
            "copay": L("0.00", BUY)}),
        case(f, f"{a}/v1/billing/plan", headers=_h(rng, **b), body={
            "total": L("4800.00", BUY), "down": L("800.00", BUY), "monthly": L("200.00", BUY),
            "months": 20, "financing": {"provider": "Smilefund",
                                        "account": L("SF-5526-0091-3387", PAY)}}),
        case(f, f"{a}/v1/insurance", headers=_h(rng, **b), body={
            "carrier": "Toothline Dental", "memberId": L("TLD99120475", MED),
            "group": "EMP-2231", "orthoLifetimeMax": 1500}),
        case(f, f"{a}/v1/retainers/orders", headers=_h(rng, **b), body={
            "sets": 2, "total": L("198.00", BUY), "order": L("RT-20931", BUY),
            "ship": {"name": L(f"{FIRST} {LAST}", NAMEC), "street": L(STREET, ADDR),
                     "zip": L(ZIP, COARSE), "state": L("NY", COARSE)}}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "doctor",
            "text": L("Lost tray 7 upper in Tbilisi, can I move to 8 early?", CM)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "trayChangeDays": "10", "wearNudge": "1", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/sync", headers=_h(rng, **b), body={
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}, "pending": 3,
            "battery": L(64, DEV), "free": L(41288114176, DEV)}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendName": L(PEOPLE[0][0], NAMEC), "friendPhone": L(PEOPLE[0][1], TEL),
            "note": L("Sam, this is the app my ortho uses", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/stages", headers=_h(rng, **b), query={
            "patient": L(PATIENT, UID), "case": CASE_ID}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("tray_changed", 1, stage=L(7, MED)), ev("photos_uploaded", 2),
                ev("screen", 3, screen=L("Progress", USAGE))]}),
        case(f, f"{a}/v1/photos", headers=_h(rng, how="none"),
             cookies={"kb_session": L(opaque(rng, "", 40), CRED),
                      "kb_device": L(INSTALL_ID, DID), "kb_rq": rid(rng)}),
    ]


def kbilo_sdks() -> list[Case]:
    rng = random.Random(8972)
    link = U("https://kbilo.example.com/l/case", {"pt": L(PATIENT, UID), "src": "sms"})
    return [
        tv_batch(APP, rng, [("Photos Uploaded", {"stage": L(7, MED)}),
                            ("Plan Viewed", {})], adid=True, at=(LAT, LON), nd=3),
        tv_identify(APP, rng, {"stage": L(7, MED), "plan": L("monthly_20", BUY)}),
        kv_event(APP, rng, "purchase", {"item": "retainer_2set"}, revenue=198.0, hashed=True),
        kv_link(APP, rng, link),
        bz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3, yob=1991,
               gender="F", keywords="dental,smile"),
        sh_crash(APP, rng, ("java.lang.IllegalArgumentException", "camera session closed"),
                 [sh_crumb("navigation", "Progress -> Camera"),
                  sh_crumb("log", "capture", {"shot": "left"})], screen="CaptureActivity"),
        dr_eval(APP, rng, {"stage": L(7, MED), "ortho": PRACTICE["id"]}),
        zr_register(APP, rng, tags={"stage": L("7", MED), "practice": PRACTICE["id"]}),
        tk_save(APP, rng, {"analytics": True, "ads": True}),
        gd_card(APP, rng),
        dk_message(APP, rng, L("The camera guide doesn't show on the left shot", TEXT),
                   {"case": CASE_ID}),
    ]
