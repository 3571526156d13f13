"""Thalassemia transfusion tracker "Khoonsathi" (she has beta-thalassemia intermedia and is
transfused every six weeks; chelation with deferasirox): sign-up, a log-in, ``/me``, her medical
profile, a transfusion logged, labs with a report photo, chelation doses (msgpack), reminders,
centres near her in Lahore and one centre's page, an appointment there with her husband as
companion, a donor request, her husband as family donor, her haematologist given access,
symptoms, the insurance card, vitals (protobuf), the Lahore trip, an MRI's iron results, the
ferritin report by cookie, feedback, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families75_kit import (
    BAGS,
    CENTRE,
    HEMATOLOGIST,
    HEME_CLINIC,
    HUSBAND,
    LHR_HOME_AT,
    obj,
)
from eval_families75_sdk import (
    hl_crash,
    hl_crumb,
    nb_event,
    nb_session,
    sh_batch,
    sh_queue,
)
from eval_families75_svc import ij_save, jh_eval, md_message, nq_geocode, pk_register
from eval_payloads import BSSID, EMAIL, LAT, LOCAL_IP, LON, NAME, SSID, USER_ID, Case, J, L, case

APP = App("khoonsathi", "Khoonsathi", "com.example.khoonsathi", "3.8.0",
          "https://api.khoonsathi.example.org")
IID = "X-KS-Install"
PASSWORD = "Hb-steady#2025"
MEMBER = "EHP-7720194458"  # her health-insurance member ID (health.medical)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def khoonsathi() -> list[Case]:
    rng = random.Random(7521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    tx = obj(rng, "trf", 10)
    lab: dict[str, str] = {}
    vit = pb([(1, L(USER_ID, UID)), (2, 1765612800), (3, [(1, L(8.4, MED)), (2, L(96, MED)),
                                                           (3, L(92, FIT))]),
              (4, L("Pixel 8", DEV)), (5, opaque(rng, "", 12))], "", lab)
    return [
        case(f, f"{a}/api/v2/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PASSWORD, CRED), "fullName": L(NAME, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER),
            "country": L("US", COARSE), "role": "patient", "terms": True}),
        case(f, f"{a}/api/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L(PASSWORD, CRED), "client_id": "ks-android"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/profile/medical", headers=_h(rng, **b), body={
            "diagnosis": L("beta-thalassemia intermedia", MED),
            "genotype": L("HBB c.92+5G>C / c.118C>T", MED), "bloodGroup": L("B+", MED),
            "antibodies": [L("anti-E", MED), L("anti-Kell", MED)],
            "splenectomy": L(False, MED), "intervalWeeks": L(6, MED),
            "heightCm": L(162, FIT), "weightKg": L(54.5, FIT), "clinic": HEME_CLINIC["id"]}),
        case(f, f"{a}/api/v2/transfusions", headers=_h(rng, **b), body={
            "id": tx, "date": "2025-12-20", "centre": CENTRE["id"], "units": L(2, MED),
            "preHb": L(7.9, MED), "bags": BAGS, "reaction": L("mild urticaria", MED),
            "premed": L("cetirizine 10 mg", MED),
            "note": L("Itchy rash after the second unit, settled with cetirizine",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v2/labs", [
            ("report", "cbc_ferritin.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("values", None, "application/json", {
                "date": "2025-12-16", "ferritin": L(1450, MED), "hb": L(8.1, MED),
                "alt": L(41, MED), "creatinine": L(0.7, MED), "lab": "Gramercy Labs"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/chelation/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "drug": L("deferasirox", MED), "doseMg": L(1080, MED), "takenAt": 1765610400,
            "withFood": True, "missed": L(False, MED)}),
        case(f, f"{a}/api/v2/reminders", headers=_h(rng, **b), body={
            "title": L("Jadenu 1080 mg after breakfast", MED), "time": "08:30",
            "repeat": "daily", "next": {"kind": L("transfusion", MED), "date": "2026-01-31"}}),
        case(f, f"{a}/api/v2/centres/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LHR_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{LHR_HOME_AT[1]:.3f}", PRECISE),
            "radiusKm": "15", "service": "transfusion"}),
        case(f, f"{a}/api/v2/centres/{CENTRE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/pharmacies/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.4f}", PRECISE), "lng": L(f"{LON:.4f}", PRECISE),
            "drug": L("deferasirox", MED), "open": "now"}),
        case(f, f"{a}/api/v2/appointments", headers=_h(rng, **b), body={
            "centre": CENTRE["id"], "slot": "2025-12-20T09:00+05:00",
            "reason": L("scheduled transfusion, 2 units", MED), "bloodGroup": L("B+", MED),
            "companion": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v2/donors/requests", headers=_h(rng, **b), body={
            "bloodGroup": L("B+", MED), "units": L(2, MED), "centre": CENTRE["id"],
            "needBy": "2025-12-19", "contactPhone": L(E164, TEL),
            "note": L("Need 2 B+ donors for my transfusion on 20 Dec, Ferozepur Road",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/donors/family", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "bloodGroup": L("B+", MED), "lastDonation": "2025-09-02", "relation": "husband"}),
        case(f, f"{a}/api/v2/care-team/share", fmt="form", headers=_h(rng, **b), body={
            "doctor_name": L(HEMATOLOGIST[0], NAMEC), "doctor_email": L(HEMATOLOGIST[1], MAIL),
            "scope": "transfusions,labs,chelation", "expires": "2026-06-30"}),
        case(f, f"{a}/api/v2/symptoms", headers=_h(rng, **b), body={
            "date": "2025-12-17", "fatigue": L(4, MED), "bonePain": L(2, MED),
            "jaundice": L(True, MED), "breathless": L(False, MED),
            "note": L("Very tired climbing stairs, eyes slightly yellow", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v2/insurance", [
            ("card", "insurance_front.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{MED}")),
            ("fields", None, "application/json", {"memberId": L(MEMBER, MED),
                                                  "group": "GRP-41120", "plan": "EPO Silver"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v2/vitals", vit, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/travel", headers=_h(rng, **b), body={
            "from": "2025-12-12", "to": "2026-01-04", "city": L("Lahore", COARSE),
            "country": L("PK", COARSE),
            "note": L("Need my transfusion in Lahore around 20 Dec", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/imaging", headers=_h(rng, **b), body={
            "kind": "MRI T2*", "date": "2025-10-02", "cardiacT2StarMs": L(24.1, MED),
            "liverIronMgG": L(9.2, MED), "facility": HEME_CLINIC["id"]}),
        case(f, f"{a}/api/v2/reports/ferritin", headers=_h(rng, how="none"),
             query={"from": "2025-01-01", "to": "2025-12-31"},
             cookies={"ks_session": L(opaque(rng, "", 40), CRED), "ks_req": rid(rng)}),
        case(f, f"{a}/api/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "5", "text": L("The donor request found two donors in a day", TEXT),
            "appVersion": APP.ver}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "localIp": L(LOCAL_IP, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("transfusion_logged", 1, units=L(2, MED)), ev("labs_uploaded", 2),
                ev("screen", 3, screen=L("FerritinTrend", USAGE))]}),
    ]


def khoonsathi_sdks() -> list[Case]:
    rng = random.Random(7522)
    return [
        sh_batch(APP, rng, [("Transfusion Logged", {"units": L(2, MED)}),
                            ("Reminder Set", {"kind": "chelation"})], at=(LAT, LON), nd=2),
        sh_queue(APP, rng, [("Dose Taken", {"drug": L("deferasirox", MED)}),
                            ("Screen Viewed", {"screen": L("Chelation", USAGE)}),
                            ("Symptom Logged", {"fatigue": L(4, MED)})]),
        nb_session(APP, rng, first=True),
        nb_event(APP, rng, "k4dn1x", {"flow": "donor_request"}),
        hl_crash(APP, rng, ("java.lang.IllegalStateException", "chart with no points"),
                 [hl_crumb("nav", "Home -> FerritinTrend"), hl_crumb("tap", "range_1y")],
                 screen="FerritinTrendActivity"),
        jh_eval(APP, rng, {"country": L("US", COARSE), "patient": True}, hdr=True),
        pk_register(APP, rng, tags={"interval_weeks": L("6", MED)}, at=(LAT, LON), nd=2),
        ij_save(APP, rng, {"analytics": True, "ads": False, "research": False}),
        nq_geocode(APP, rng, "Rehmat Thalassemia Centre Ferozepur Road",
                   f"{SEARCH}|{MED}", near=LHR_HOME_AT, nd=3, country="pk"),
        md_message(APP, rng, L("My ferritin chart stops in October, labs from December are "
                               "missing", f"{TEXT}|{MED}"), {"plan": "free"}),
    ]
