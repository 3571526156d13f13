"""Sickle-cell clinic's follow-up app "Crescentcare" of a New York comprehensive sickle-cell centre
(she has HbSC disease; her own health data). Unlike the pain diaries of sets 60, 88 and 98 it is
the clinic's own follow-up: linking her record by clinic number, an OAuth log-in and its second
factor, ``/me`` with a JWT, the pre-visit questionnaire, vitals, a pulse oximeter's reading
(protobuf), hydroxyurea doses (msgpack), refills delivered home, the week's pain scores, the care
plan, an emergency-room letter for her trip, her check-in at the clinic (her fix), a telehealth
join (LAN and public address), a photo for the nurse, the insurance card, a message, vaccines, an
infusion booked, her daughter's trait screening, reminders, push, events and labs by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import FIT
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    F32,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
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
from eval_families20_kit import DOB, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families124_kit import CLINIC, CLINIC_FIX, DAUGHTER, MRN, PAYER_ID, fix, obj, pains
from eval_families124_sdk import ck_crumb, ck_report, ck_sessions, gh_batch, gh_identify, of_event
from eval_families124_svc import cw_attach, fc_eval, pg_register, pm_save, ps_route
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("crescentcare", "Crescentcare", "com.example.crescentcare", "4.3.2",
          "https://api.crescentcare.example.com")
IID = "X-CC-Install"
PW = "Hydroxy!Lenox24"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def crescentcare() -> list[Case]:
    rng = random.Random(12431)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    b = {"auth": "bearer"}
    visit = obj(rng, "vis", 8)
    cla, clo = fix(CLINIC_FIX, 6)
    lab: dict[str, str] = {}
    oxi = pb([(1, L(USER_ID, UID)), (2, "OXI-BT-22-004713"),
              (3, [(1, L(94, MED)), (2, L(88, FIT)), (3, 1765284120)]), (4, F32(7.2)),
              (5, "F4:12:0A:33:9C:01")], "", lab)
    return [
        case(f, f"{a}/v1/patients/link", headers=_h(rng), body={
            "mrn": L(MRN, MED), "dateOfBirth": L(DOB, BIRTH), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "mobile": L(NATIONAL, TEL),
            "password": L(PW, CRED), "acceptTerms": True}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "crescentcare-android"}),
        case(f, f"{a}/v1/oauth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("318044", CRED), "method": "sms"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/visits/{visit}/previsit", headers=_h(rng, **b), body={
            "painDays30": L(6, MED), "erVisits90": L(1, MED), "admissions90": L(0, MED),
            "hydroxyureaMissed": L(3, MED),
            "symptoms": [L("fatigue", MED), L("joint pain", MED), L("headache", MED)],
            "notes": L("Pain in my lower back most mornings since the cold weather started", TM)}),
        case(f, f"{a}/v1/vitals", headers=_h(rng, **b), body={
            "weightKg": L(63.2, FIT), "temperatureC": L(37.4, MED), "systolic": L(112, MED),
            "diastolic": L(71, MED), "heartRate": L(84, FIT), "takenAt": "2025-12-09T07:40"}),
        raw(f, f"{a}/v1/oximetry", oxi, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "drug": L("hydroxyurea", MED), "mg": L(1000, MED), "takenAt": 1765270800,
            "missed": L(False, MED)}),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "rx": [L("RX7710482", MED), L("RX7710519", MED)],
            "pharmacy": {"id": "ph_lenox", "phone": "+12125550171"},
            "deliverTo": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                          "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/pain-diary", headers=_h(rng, **b), body={
            "week": "2025-W49", "scores": L(pains(rng, 7), MED),
            "sites": [L("lower back", MED), L("knees", MED)], "opioidDoses": L(2, MED)}),
        case(f, f"{a}/v1/care-plan", query={"format": "summary"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/letters/er", headers=_h(rng, **b), body={
            "reason": L("Crisis plan letter for the ER while I travel to Nigeria", TM),
            "destination": L("Enugu", COARSE), "from": "2025-12-12", "to": "2026-01-06"}),
        case(f, f"{a}/v1/visits/{visit}/checkin", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "clinic": {"lat": CLINIC["lat"], "lon": CLINIC["lon"]},
            "qr": opaque(rng, "qr", 12)}),
        case(f, f"{a}/v1/telehealth/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room", 10), "localIp": L(LOCAL_IP, DEV),
            "publicIp": L(PUBLIC_IP, IPLOC), "network": L("wifi", DEV), "camera": "front",
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "eyes.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json",
             {"note": L("My eyes look more yellow since Sunday", TM)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/insurance", [
            ("card", "plan_front.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(PAYER_ID, MED), "group": "GRP-77310",
                                                "payer": "Hudson Mutual Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "care_team",
            "text": L("Can I raise my hydroxyurea to 1500 mg before the trip?",
                      TM)}),
        case(f, f"{a}/v1/immunizations", headers=_h(rng, **b), body={
            "vaccines": [L("pneumococcal PCV20", MED), L("meningococcal B", MED)],
            "date": "2025-11-28"}),
        case(f, f"{a}/v1/infusions/book", headers=_h(rng, **b), body={
            "therapy": L("crizanlizumab", MED), "slot": "2026-01-09T10:00:00-05:00",
            "chair": "ch_07"}),
        case(f, f"{a}/v1/family-screening", headers=_h(rng, **b), body={
            "relative": {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                         "relation": "daughter", "birthYear": L(2009, BIRTH),
                         "genotype": L("HbAS", MED)}}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "hydration": "every_2h", "hydroxyurea": "21:00", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("previsit_done", 1), ev("dose_logged", 2),
                ev("screen", 3, screen=L("Labs", USAGE))]}),
        case(f, f"{a}/v1/labs", headers=_h(rng, how="upper"),
             cookies={"cc_session": L(opaque(rng, "", 42), CRED),
                      "cc_install": L(INSTALL_ID, DID)}),
    ]


def crescentcare_sdks() -> list[Case]:
    rng = random.Random(12432)
    return [
        gh_batch(APP, rng, [("Pain Logged", {"score": L(7, MED)}),
                            ("Screen Viewed", {"screen": L("CarePlan", USAGE)})],
                 tz="America/New_York"),
        gh_identify(APP, rng, {"genotype": L("HbSC", MED), "clinic": CLINIC["id"]}),
        of_event(APP, rng, "appointment_confirmed", {"visit_type": "follow_up"}, currency="USD"),
        ck_report(APP, rng, ("java.lang.IllegalArgumentException", "dose out of range"),
                  [ck_crumb("navigation", "Home -> Doses"),
                   ck_crumb("request", "POST /v1/doses", {"status": 422})],
                  screen="DoseLogActivity", tz="America/New_York"),
        ck_sessions(APP, rng, [240, 612]),
        fc_eval(APP, rng, {"huTitration": True}),
        pg_register(APP, rng, tz="America/New_York", tags={"condition": L("scd", MED)}),
        pm_save(APP, rng, {"analytics": True, "ads": False}, user=True, country="US",
                region="NY"),
        cw_attach(APP, rng, L(JPEG + b"\x73", f"{MEDIA}|{MED}"), "swollen_hand.jpg",
                  "image/jpeg"),
        ps_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE),
                            ((CLINIC["lat"], CLINIC["lon"]), None)]),
    ]

