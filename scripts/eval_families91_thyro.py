"""Thyroid-cancer survivorship app "Thyrolume" (her follow-up with a New York practice; she is
in New York, at the profile's position, for her annual review): sign-up, an OAuth password grant,
MFA, ``/me``, her history (diagnosis, surgery, radioiodine), thyroglobulin and TSH labs (gzip),
medicines and a dose log, symptoms, a neck ultrasound and a whole-body scan (multipart), an
appointment, her endocrinologist, sharing with her by e-mail, practices nearby, the insurance
card, a journal entry, vitals, a community post, a reminder, push, events and the lab trend by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

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
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import obj
from eval_families91_kit import ENDO, LABS, MEMBER_TH, PRACTICE
from eval_families91_sdk import hb_batch, jm_event, jm_install, rp_crash, rp_crumb
from eval_families91_svc import bp_card, iz_save, lw_register, sd_eval, st_attach, st_message
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("thyrolume", "Thyrolume", "com.example.thyrolume", "3.2.0",
          "https://api.thyrolume.example.org")
IID = "X-Thyrolume-Install"
PW = "Butterfly!Neck2021"
NY = "America/New_York"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n"
DICOM = b"\x00" * 128 + b"DICM" + bytes(range(64))


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def thyrolume() -> list[Case]:
    rng = random.Random(9121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    labs = [{"drawn": d, "tg": L(tg, MED), "tsh": L(tsh, MED), "ft4": L(ft4, MED),
             "tgAb": L("<1.0", MED), "units": {"tg": "ng/mL", "tsh": "mIU/L"},
             "ref": {"tsh": [0.4, 4.5]}, "labRef": obj(rng, "lab", 8)} for d, tg, tsh, ft4 in LABS]
    return [
        case(f, f"{a}/api/v2/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "phone": L(NATIONAL, TEL), "dateOfBirth": L(DOB, BIRTH),
            "sexAtBirth": L("female", GENDER), "zip": L(ZIP, COARSE), "tos": "2025-03"}),
        case(f, f"{a}/api/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "thyrolume-android", "scope": "openid profile labs"}),
        case(f, f"{a}/api/v2/mfa/verify", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "code": L("660314", CRED)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/history", headers=_h(rng, **b), body={
            "diagnosis": L("papillary thyroid carcinoma", MED), "stage": L("I", MED),
            "diagnosedOn": L("2021-08", MED), "variant": L("BRAF V600E", MED),
            "surgery": {"type": L("total thyroidectomy", MED), "date": L("2021-10-04", MED),
                        "centralNeckDissection": L(True, MED)},
            "radioiodine": {"doseMci": L(100, MED), "date": L("2021-12-13", MED),
                            "lowIodineDiet": L(True, MED)}, "updated": 1765300000}),
        case(f, f"{a}/api/v2/labs", gz=True, headers=_h(rng, **b), body={
            "results": labs, "source": "manual", "batch": rid(rng)}),
        case(f, f"{a}/api/v2/medications", headers=_h(rng, **b), body={"items": [
            {"name": L("levothyroxine", MED), "doseMcg": L(125, MED), "time": "06:00",
             "withFood": False},
            {"name": L("calcium carbonate", MED), "doseMg": L(500, MED), "time": "20:00"}]}),
        case(f, f"{a}/api/v2/doses", fmt="form", headers=_h(rng, **b), body={
            "medication": L("levothyroxine", MED), "doseMcg": L("125", MED), "taken": "true",
            "at": "1765339200", "med_id": obj(rng, "med", 8)}),
        case(f, f"{a}/api/v2/symptoms", headers=_h(rng, **b), body={
            "symptoms": [L("fatigue", MED), L("hoarse voice", MED), L("tingling fingers", MED)],
            "severity": 2, "note": L("Tingling after skipping calcium, voice tired by evening",
                                     f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v2/scans", [
            ("image", "neck_us.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kind": L("neck ultrasound", MED), "date": L("2025-12-03", MED),
                "findings": L("Thyroid bed clear; 4 mm left level III node, stable",
                              f"{TEXT}|{MED}"), "site": PRACTICE["id"],
                "device": "LOGIQ-E10-SN4471"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/scans", [
            ("image", "wbs_anterior.dcm", "application/dicom", L(DICOM, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kind": L("I-131 whole-body scan", MED), "date": L("2025-11-18", MED),
                "study": obj(rng, "st", 10)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/appointments", headers=_h(rng, **b), body={
            "site": PRACTICE["id"], "slot": "2025-12-15T10:30:00-05:00",
            "reason": L("Annual Tg and ultrasound review", MED), "telehealth": False}),
        case(f, f"{a}/api/v2/care-team", headers=_h(rng, **b), body={
            "name": L(ENDO[0], NAMEC), "phone": L(ENDO[1], TEL), "role": "endocrinologist",
            "practice": PRACTICE["name"], "practicePhone": PRACTICE["phone"]}),
        case(f, f"{a}/api/v2/shares", headers=_h(rng, **b), body={
            "to": L("p.raman@murrayhill-endo.example.com", MAIL), "scope": ["labs", "scans"],
            "expiresDays": 30, "note": L("Labs before our visit on the 15th", TEXT)}),
        case(f, f"{a}/api/v2/practices/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "specialty": "endocrinology", "radius": "10"}),
        case(f, f"{a}/api/v2/insurance", headers=_h(rng, **b), body={
            "memberId": L(MEMBER_TH, MED), "group": "GRP-44120", "payer": "py_0912",
            "holder": L(NAME, NAMEC), "relationship": "self"}),
        multipart(f, f"{a}/api/v2/insurance/card", [
            ("front", "card.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{MED}"))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/journal", headers=_h(rng, **b), body={
            "entry": L("Tg crept up to 0.6. Trying not to panic before the ultrasound.",
                       f"{TEXT}|{MED}"), "mood": 2, "private": True}),
        case(f, f"{a}/api/v2/vitals", headers=_h(rng, **b), body={
            "weightKg": L(61.4, FIT), "restingHr": L(64, FIT), "at": "2025-12-09"}),
        case(f, f"{a}/api/v2/community/posts", headers=_h(rng, **b), body={
            "topic": "rai-recovery", "anonymous": True,
            "text": L("Four years since RAI, Tg still detectable but stable. Anyone else?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "title": L("Tg + TgAb blood draw", f"{TEXT}|{MED}"), "at": "2025-12-12T08:00",
            "repeat": "none"}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(NY, DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lab_added", 1, count=3), ev("scan_uploaded", 2),
                ev("screen_view", 3, screen=L("TgTrend", USAGE))]}),
        case(f, f"{a}/api/v2/labs/trend", headers=_h(rng, how="none"), query={"marker": "tg"},
             cookies={"tl_session": L(opaque(rng, "", 40), CRED), "tl_csrf": opaque(rng, "", 16)}),
    ]


def thyrolume_sdks() -> list[Case]:
    rng = random.Random(9122)
    return [
        hb_batch(APP, rng, [("Lab Added", {"marker": L("thyroglobulin", MED)}),
                            ("Scan Uploaded", {"kind": L("neck ultrasound", MED)})],
                 tz=NY, locale="en_US"),
        jm_install(APP, rng, first=False, user=True, n=9),
        jm_event(APP, rng, "subscribe", {"plan": L("plus_yearly", BUY)}, revenue=39.99,
                 currency="USD"),
        rp_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"<1.0\""),
                 [rp_crumb("nav", "Labs -> AddLab"), rp_crumb("tap", "save")],
                 screen="AddLabActivity", tz=NY),
        sd_eval(APP, rng, {"zip": L(ZIP, COARSE), "plan": "plus"}),
        lw_register(APP, rng, tz=NY, tags={"reminders": "on"}),
        iz_save(APP, rng, {"analytics": True, "marketing": False}, user=True, country="US",
                region="NY"),
        bp_card(APP, rng, email=True, poskod=ZIP),
        st_message(APP, rng, L("My TSH shows 0.6 but the chart says 0.3", f"{TEXT}|{MED}"),
                   {"plan": "plus"}),
        st_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "tg_results.pdf", "application/pdf"),
    ]
