"""Polycystic-kidney-disease trial diary "Kidnova" (a phase 3 study of a study drug; she is a
participant): enrolment with an invitation code, a password grant, ``/me``, the daily dose, the
symptom diary, fluids (msgpack), home blood pressure (JSON and a protobuf cuff sync), weight,
a lab report photo with eGFR and creatinine, visits (the schedule, a check-in at the site),
imaging results, an adverse event, e-consent with a drawn signature, a pain questionnaire
(gzip), reminders, a message to the coordinator, travel reimbursement, family history and
genetics, a Health Connect import, push, events and the calendar by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families20_kit import DOB, LINE1, ZIP, App, ev, opaque
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families25_kit import PNG
from eval_families71_kit import (
    ADDR,
    BIRTH,
    COARSE,
    COORD_MAIL,
    CRED,
    DEV,
    DID,
    FIT,
    GENDER,
    KIT_NO,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SITE,
    SUBJECT,
    TEXT,
    UID,
    USAGE,
    fix,
    home,
    obj,
)
from eval_families71_sdk import fl_crash, fl_crumb, fl_session, gp_batch, gp_queue, tr_open
from eval_families71_svc import ab_upload, as_check, at_route, bq_register, fm_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("kidnova", "Kidnova", "com.example.kidnova", "2.14.0", "https://api.kidnova.example.org")
IID = "X-Kidnova-Install"
PASS = "Nephron!River88"
SITE_FIX = (40.764688, -73.954402)  # her phone at the site's door (location.precise)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def kidnova() -> list[Case]:
    rng = random.Random(7121)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, subject=L(SUBJECT, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    visit = obj(rng, "vis", 8)
    sla, slo = fix(SITE_FIX)
    lab: dict[str, str] = {}
    cuff = pb([(1, L(SUBJECT, UID)), (2, "KNV-BP1-204471"),
               (3, [(1, L(138, MED)), (2, L(88, MED)), (3, L(74, FIT)), (4, 1765290000)]),
               (4, "1.0.7")], "", lab)
    return [
        case(f, f"{a}/v2/enrol", headers=_h(rng), body={
            "inviteCode": L("KDN-7Q4M-X2", CRED), "participant": L(SUBJECT, UID),
            "email": L(EMAIL, MAIL), "password": L(PASS, CRED), "dateOfBirth": L(DOB, BIRTH),
            "sexAtBirth": L("female", GENDER), "siteId": SITE["id"], "armBlinded": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PASS, CRED),
            "client_id": "kidnova-android", "scope": "diary visits"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/diary/doses", headers=_h(rng, **b), body={
            "participant": L(SUBJECT, UID), "kit": KIT_NO, "doseMg": L(45, MED),
            "medication": L("study drug (blinded)", MED), "takenAt": "2025-12-09T07:40:00-05:00",
            "missed": False, "entryId": obj(rng, "ent", 10)}),
        case(f, f"{a}/v2/diary/symptoms", headers=_h(rng, **b), body={
            "flankPain": L(4, MED), "visibleBlood": L(False, MED), "nocturia": L(3, MED),
            "thirst": L("severe", MED),
            "note": L("Right side ache after the long walk, peed 3 times last night",
                      f"{TEXT}|{MED}"), "entryId": obj(rng, "ent", 10)}),
        case(f, f"{a}/v2/diary/fluids", fmt="msgpack", headers=_h(rng, **b), body={
            "intakeMl": L(3200, MED), "urineMl": L(2900, MED), "day": "2025-12-09",
            "entryId": obj(rng, "ent", 10)}),
        case(f, f"{a}/v2/readings/bp", headers=_h(rng, **b), body={
            "systolic": L(141, MED), "diastolic": L(91, MED), "pulse": L(76, FIT),
            "arm": "left", "cuff": "KNV-BP1-204471", "at": 1765289400}),
        raw(f, f"{a}/v2/readings/bp/sync", cuff, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/readings/weight", fmt="form", headers=_h(rng, **b), body={
            "kg": L("63.8", FIT), "scale": "manual", "at": "1765288800"}),
        multipart(f, f"{a}/v2/labs", [
            ("report", "labs.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("values", None, "application/json", {
                "eGFR": L(58, MED), "creatinineMgDl": L(1.21, MED), "drawn": "2025-12-02",
                "labId": "lab_" + opaque(rng, "", 6)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), query={
            "participant": L(SUBJECT, UID), "site": SITE["id"], "from": "2025-12-01"}),
        case(f, f"{a}/v2/visits/{visit}/checkin", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "accuracy": 9, "site": SITE["id"],
            "siteLat": SITE["lat"], "siteLon": SITE["lon"]}),
        case(f, f"{a}/v2/imaging/ack", headers=_h(rng, **b), body={
            "study": obj(rng, "mri", 8), "htTKV": L(742, MED), "mayoClass": L("1C", MED),
            "viewed": True}),
        case(f, f"{a}/v2/adverse-events", headers=_h(rng, **b), body={
            "participant": L(SUBJECT, UID), "term": L("urinary tract infection", MED),
            "severity": L("moderate", MED), "serious": L(False, MED), "onset": "2025-12-05",
            "narrative": L("Burning and fever 38.4, GP gave me nitrofurantoin",
                           f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/econsent", [
            ("signature", "sig.png", "image/png", L(PNG + b"\x82", MEDIA)),
            ("form", None, "application/json", {
                "version": "ICF v4.2", "typedName": L(NAME, NAMEC), "signedAt": 1765202000,
                "optionalBiobank": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/questionnaires/pain", gz=True, headers=_h(rng, **b), body={
            "instrument": "ADPKD-PDS", "answers": [L(a_, MED) for a_ in (3, 2, 4, 1, 3, 2)],
            "total": L(15, MED), "participant": L(SUBJECT, UID)}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "dose": "07:30", "fluids": "every 2h", "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": COORD_MAIL, "thread": obj(rng, "thr", 8),
            "text": L("Can I take ibuprofen for the flank pain before Friday's visit?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/reimbursements", headers=_h(rng, **b), body={
            "visit": visit, "from": L(LINE1, ADDR), "fromZip": L(ZIP, COARSE), "miles": 7.4,
            "amount": "14.80", "account": L(ACCOUNT, PAY), "routing": L(ROUTING, PAY),
            "payee": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/history/family", headers=_h(rng, **b), body={
            "motherPKD": L(True, MED), "variant": L("PKD1 truncating", MED),
            "note": L("Mum started dialysis at 54", f"{TEXT}|{MED}"), "siblingsTested": 1}),
        case(f, f"{a}/v2/import/health-connect", headers=_h(rng, **b), body={
            "steps": L(8412, FIT), "restingHr": L(64, FIT), "source": "health_connect",
            "day": "2025-12-09"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dose_logged", 1), ev("bp_logged", 2),
                ev("screen_view", 3, screen=L("Diary", USAGE))]}),
        case(f, f"{a}/v2/diary/calendar", headers=_h(rng, how="none"), cookies={
            "knv_sid": L(opaque(rng, "", 40), CRED), "knv_p": L(SUBJECT, UID)}),
    ]


def kidnova_sdks() -> list[Case]:
    rng = random.Random(7122)
    hla, hlo = home(5)
    return [
        gp_batch(APP, rng, [("Dose Logged", {"onTime": True}),
                            ("Screen Viewed", {"screen": L("BloodPressure", USAGE)})]),
        gp_queue(APP, rng, [("Symptom Logged", {"painScore": L(4, MED)}),
                            ("Fluids Logged", {"ml": L(3200, MED)})]),
        tr_open(APP, rng, user=True, n=31),
        fl_crash(APP, rng, ("java.lang.NumberFormatException", "systolic: '14l'"),
                 [fl_crumb("ui", "tap", {"target": "save_bp"})], screen="BpEntryActivity"),
        fl_session(APP, rng, secs=212),
        fm_eval(APP, rng, {"site": SITE["id"], "diaryV2": True}, hdr=True),
        bq_register(APP, rng, tags={"arm": "blinded", "reminders": "on"}),
        as_check(APP, rng, {"analytics": True, "research": True}),
        at_route(APP, rng, [((hla.value, hlo.value), PRECISE), ((SITE["lat"], SITE["lon"]), None)],
                 mode="transit"),
        ab_upload(APP, rng, L(JPEG + b"\x83", f"{MEDIA}|{MED}"), "urine_dipstick.jpg",
                  "image/jpeg"),
    ]
