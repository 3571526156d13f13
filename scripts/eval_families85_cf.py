"""Cystic-fibrosis airway-clearance and lung-function tracker "Breathlane": sign-up with her
diagnosis, a log-in, ``/me``, her conditions and medicines, pairing the spirometer, a blow's
result with its flow-volume curve (gzip JSON) and a protobuf quick record, airway-clearance
sessions, a cough recording, a sputum photo, a symptom diary (msgpack), an antibiotics course,
exercise, nutrition and enzymes, a clinic visit, a message to the care team, a report shared with
her CF doctor, the insurance card, a refill, reminders, a search, push, events and reports by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families85_kit import CF_CLINIC, CF_MEMBER, GENOTYPE, SPIRO, VEST, flow_volume, obj
from eval_families85_sdk import (
    gb_batch,
    gb_queue,
    lz_event,
    lz_launch,
    xk_crash,
    xk_crumb,
    xk_session,
)
from eval_families85_svc import dg_register, fp_card, fp_confirm, kz_attach, mj_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("breathlane", "Breathlane", "com.example.breathlane", "2.11.0",
          "https://api.breathlane.example.com")
IID = "X-Breathlane-Install"
PW = "Salt-Marsh-2291"
COARSE = "location.coarse"
CF_DOC = ("Dr. Amara Lindqvist", "a.lindqvist@murrayhillcf.example.com")  # typed by her


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def breathlane() -> list[Case]:
    rng = random.Random(8521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(CF_MEMBER, MED)))}
    curve = flow_volume(rng)
    lab: dict[str, str] = {}
    quick = pb([(1, L(USER_ID, UID)), (2, SPIRO["serial"]), (3, 1765290400),
                (4, L(2.41, MED)), (5, L(3.38, MED)), (6, L(71.0, MED)), (7, 3)], "", lab)
    sess = obj(rng, "acs", 10)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, "personal.birthdate"),
            "sexAtBirth": L("female", GENDER), "phone": L(NATIONAL, TEL), "zip": L(ZIP, COARSE),
            "diagnosisYear": L(1992, MED), "genotype": L(GENOTYPE, MED),
            "clinicId": CF_CLINIC["id"], "terms": "2025-06"}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "breathlane-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile/health", headers=_h(rng, **b), body={
            "conditions": [L("CF-related diabetes", MED), L("pancreatic insufficiency", MED)],
            "medications": [{"name": L("elexacaftor/tezacaftor/ivacaftor", MED),
                             "dose": L("2 tablets AM, 1 PM", MED)},
                            {"name": L("dornase alfa", MED), "dose": L("2.5 mg nebulised", MED)},
                            {"name": L("hypertonic saline 7%", MED), "dose": L("4 ml BID", MED)}],
            "heightCm": L(165, FIT), "weightKg": L(54.2, FIT), "pseudomonas": L(True, MED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "kind": "spirometer", "serial": SPIRO["serial"], "model": SPIRO["model"],
            "firmware": SPIRO["fw"], "ble": SPIRO["ble"], "phone": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/spirometry", gz=True, headers=_h(rng, **b), body={
            "takenAt": "2025-12-09T07:42:10-05:00", "device": SPIRO["serial"], "attempts": 3,
            "fev1L": L(2.41, MED), "fvcL": L(3.38, MED), "fev1PctPred": L(71, MED),
            "pefLs": L(6.1, MED), "curve": L(curve, MED), "quality": "A"}),
        raw(f, f"{a}/v2/spirometry/quick", quick, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/clearance/{sess}", headers=_h(rng, **b), body={
            "technique": L("vest + ACBT", MED), "vestSerial": VEST["serial"],
            "minutes": L(30, MED), "frequencyHz": L(12, MED), "pressure": L(6, MED),
            "huffs": L(9, MED), "nebulisedBefore": L("hypertonic saline", MED)}),
        multipart(f, f"{a}/v2/clearance/{sess}/cough", [
            ("audio", "cough_0742.wav", "audio/wav", L(WAV, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"lengthS": 20, "gainDb": 9})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/sputum", [
            ("photo", "sputum.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"colourScore": L(5, MED),
                                                "volumeMl": L(15, MED), "card": "BSCC-8"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-09", "cough": L(3, MED), "breathless": L(2, MED),
            "energy": 3, "notes": L("More mucus than usual, a bit of blood streaking this "
                                     "morning", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/courses", headers=_h(rng, **b), body={
            "drug": L("tobramycin IV", MED), "reason": L("pulmonary exacerbation", MED),
            "start": "2025-11-20", "end": "2025-12-04", "homeIv": L(True, MED)}),
        case(f, f"{a}/v2/exercise", headers=_h(rng, **b), body={
            "kind": "brisk walk", "minutes": L(35, FIT), "steps": L(4120, FIT),
            "avgHr": L(118, FIT), "spo2Min": L(93, MED)}),
        case(f, f"{a}/v2/nutrition", fmt="form", headers=_h(rng, **b), body={
            "kcal": L("2850", MED), "enzymeCapsules": L("14", MED), "saltTabs": L("2", MED),
            "weightKg": L("54.0", FIT)}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": {"id": CF_CLINIC["id"], "name": CF_CLINIC["name"],
                       "phone": CF_CLINIC["phone"], "line": CF_CLINIC["line"],
                       "lat": CF_CLINIC["lat"], "lon": CF_CLINIC["lon"]},
            "slot": "2025-12-18T10:00", "reason": L("quarterly review, sputum culture", MED)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "cf_team",
            "text": L("FEV1 dropped from 78 to 71 percent this week, should I start the oral "
                      "cipro?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(CF_DOC[0], NAMEC), "recipientEmail": L(CF_DOC[1], MAIL),
            "range": "90d", "include": "spirometry,clearance"}),
        multipart(f, f"{a}/v2/insurance", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(CF_MEMBER, MED),
                                                "group": "GRP-71330", "payer": "Quorum Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "medication": L("dornase alfa 2.5 mg", MED), "quantity": 30,
            "pharmacy": {"id": "ph_2201", "name": "Lexington Specialty Rx",
                         "phone": "+12125550113"}, "copay": L("25.00", BUY)}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "clearanceAm": "07:30", "clearancePm": "20:00", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/library/search", headers=_h(rng, **b), query={
            "q": L("salt tablets in hot weather", SEARCH)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("spirometry_done", 1, attempts=3), ev("clearance_done", 2, minutes=30),
                ev("screen", 3, screen=L("LungTrend", USAGE))]}),
        case(f, f"{a}/v2/reports", headers=_h(rng, how="upper"),
             cookies={"bl_session": L(opaque(rng, "", 42), CRED)}),
    ]



def breathlane_sdks() -> list[Case]:
    rng = random.Random(8522)
    return [
        gb_batch(APP, rng, [("Spirometry Done", {"fev1Pct": L(71, MED), "attempts": 3}),
                            ("Clearance Done", {"minutes": 30})],
                 tz="America/New_York", locale="en_US"),
        gb_queue(APP, rng, [("Vest Disconnected", {"after_s": 640}),
                            ("Reminder Opened", {"slot": "am"})]),
        lz_launch(APP, rng, user=True),
        lz_event(APP, rng, "subscribe_plus", {"plan": "annual"}, revenue=59.99,
                 currency="USD"),
        xk_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [xk_crumb("nav", "Home -> Spirometry"),
                  xk_crumb("log", "gatt connect", {"serial": SPIRO["serial"]})],
                 screen="SpirometryActivity", tz="America/New_York"),
        xk_session(APP, rng, secs=1290),
        mj_eval(APP, rng, {"pseudomonas": L(True, MED), "newCurveUi": True}),
        dg_register(APP, rng, tz="America/New_York", tags={"clearance_reminders": "on"}),
        fp_card(APP, rng, email=True, postcode=L(ZIP, COARSE)),
        fp_confirm(APP, rng, "59.99", "usd"),
        kz_attach(APP, rng, L(JPEG + b"\x23", MEDIA), "spiro_error.jpg", "image/jpeg"),
    ]
