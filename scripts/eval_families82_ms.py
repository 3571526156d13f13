"""Multiple-sclerosis relapse and MRI-results tracker "Myelog": sign-up, log-in, ``/me``, her
diagnosis and treatment, a relapse (symptoms, onset, steroids, a note), daily symptoms (gzip), a
timed walk with an accelerometer window, a nine-hole peg test, a processing-speed test, an MRI
report photographed and a DICOM export with the radiology summary, the infusion appointment, her
neurologist and a shared summary, heat sensitivity by city, medicine reminders, a forum post, an
accommodation letter, push, events, a cookie GET and a subscription."""

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
    MOTION,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, DOB, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families82_kit import MRI_ACC, MRI_CENTRE, MS_DX, NEURO, gait, obj
from eval_families82_sdk import kk_session, ll_event, ll_open, oz_batch, oz_identify, oz_queue
from eval_families82_svc import pk_check, pz_message, pz_upload, sz_eval, zv_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("myelog", "Myelog", "com.example.myelog", "2.8.4", "https://api.myelog.example.com")
DICOM = b"\x00" * 128 + b"DICM" + bytes(range(64))
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-Myelog-Install", **kw)


def myelog() -> list[Case]:
    rng = random.Random(8211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    rel = obj(rng, "rel", 10)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L("Myelin-Strong-77", CRED),
            "fullName": L(NAME, NAMEC), "dateOfBirth": L(DOB, BIRTH),
            "sex": L("female", GENDER), "acceptTerms": True}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Myelin-Strong-77", CRED), "client_id": "myelog-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, email=L(EMAIL, MAIL)))})),
        case(f, f"{a}/v1/me/condition", headers=_h(rng, **b), body={
            "msType": L(MS_DX["type"], MED), "diagnosedYear": L(MS_DX["diagnosed"], MED),
            "treatment": {"name": L(MS_DX["dmt"], MED), "dose": L(MS_DX["dose"], MED),
                          "lastInfusion": L("2025-10-14", MED)},
            "edssSelf": L(2.5, MED), "vitaminD": True}),
        case(f, f"{a}/v1/relapses", headers=_h(rng, **b), body={
            "id": rel, "onset": L("2025-12-06", MED),
            "symptoms": [L("optic neuritis left eye", MED), L("numbness right hand", MED),
                         L("fatigue", MED)],
            "severity": L("moderate", MED), "steroids": {"drug": L("methylprednisolone", MED),
                                                         "days": L(3, MED)},
            "note": L("Blurry left eye since Saturday, pain moving it. Called the nurse line.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/symptoms/daily", gz=True, headers=_h(rng, **b), body={"days": [
            {"date": f"2025-12-0{d}", "fatigue": L(rng.randrange(3, 8), MED),
             "pain": L(rng.randrange(0, 5), MED), "bladder": L(rng.choice([0, 1]), MED),
             "sleepHours": 6.5} for d in (7, 8, 9)]}),
        case(f, f"{a}/v1/tests/walk", headers=_h(rng, **b), body={
            "test": "T25FW", "seconds": L(6.2, MED), "aid": L("none", MED),
            "accel": L(gait(rng, 40), f"{MOTION}|{MED}"), "sampleHz": 50}),
        case(f, f"{a}/v1/tests/peg", headers=_h(rng, **b), body={
            "test": "9HPT", "dominantSec": L(21.4, MED), "nonDominantSec": L(24.9, MED),
            "attempt": 2}),
        case(f, f"{a}/v1/tests/sdmt", headers=_h(rng, **b), body={
            "correct": L(52, MED), "errors": L(2, MED), "durationSec": 90,
            "version": "sdmt-b"}),
        multipart(f, f"{a}/v1/mri/reports", [
            ("photo", "mri_report.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "scanDate": L("2025-11-28", MED), "accession": MRI_ACC,
                "centre": {"id": MRI_CENTRE["id"], "name": MRI_CENTRE["name"],
                           "phone": MRI_CENTRE["phone"]},
                "newT2Lesions": L(2, MED), "gadEnhancing": L(1, MED),
                "impression": L("Two new T2 lesions, one enhancing; consistent with active MS.",
                                f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/mri/studies", [
            ("series", "brain_flair.dcm", "application/dicom", L(DICOM, MED)),
            ("meta", None, "application/json", {"accession": MRI_ACC, "sequence": "FLAIR",
                                                 "slices": 48})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "kind": L("ocrelizumab infusion", MED), "at": "2026-04-14T09:00:00-04:00",
            "place": {"name": "Midtown Infusion Suite", "lat": MRI_CENTRE["lat"],
                      "lon": MRI_CENTRE["lon"]}, "remindHoursBefore": 24}),
        case(f, f"{a}/v1/care-team", headers=_h(rng, **b), body={
            "role": "neurologist", "name": L(NEURO[0], NAMEC), "phone": L(NEURO[1], TEL),
            "email": L(NEURO[2], MAIL)}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "to": L(NEURO[2], MAIL), "period": "90d", "include": "relapses,mri,tests",
            "message": L("Dr. Raman, the relapse summary before my appointment. Jane",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/weather/heat", headers=_h(rng, **b), query={
            "city": L(CITY, COARSE), "zip": L(ZIP, COARSE), "units": "F"}),
        case(f, f"{a}/v1/medications/reminders", headers=_h(rng, **b), body={"items": [
            {"drug": L("vitamin D3", MED), "dose": L("4000 IU", MED), "time": "08:00"},
            {"drug": L("baclofen", MED), "dose": L("10 mg", MED), "time": "21:00"}]}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "board": "relapses", "title": L("First relapse on ocrelizumab?", f"{TEXT}|{MED}"),
            "text": L("Two years stable and now optic neuritis again. Anyone else?",
                      f"{TEXT}|{MED}"), "anonymous": False}),
        case(f, f"{a}/v1/documents/accommodation", headers=_h(rng, **b), body={
            "template": "employer_letter", "employeeName": L(NAME, NAMEC),
            "needs": L("Flexible hours during relapses and a cooler desk away from windows",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/imports/health-connect", gz=True, headers=_h(rng, **b), body={
            "source": "health_connect", "days": [
                {"date": f"2025-12-0{d}", "steps": L(rng.randrange(2500, 9000), "health.fitness"),
                 "restingHr": L(rng.randrange(58, 70), "health.fitness")} for d in (7, 8, 9)],
            "weightKg": L(61.8, "health.fitness")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("relapse_logged", 1), ev("mri_uploaded", 2),
                ev("screen_view", 3, screen=L("Timeline", USAGE))]}),
        case(f, f"{a}/v1/timeline", headers=_h(rng, how="none"), query={"from": "2025-09-01"},
             cookies={"myelog_session": L(opaque(rng, "", 44), CRED)}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "sku": L("myelog_plus_yearly", BUY), "token": L(play_token(rng), BUY),
            "order": L("GPA.3307-5512-9981-20415", BUY)}),
    ]


def myelog_sdks() -> list[Case]:
    rng = random.Random(8212)
    return [
        oz_batch(APP, rng, [("Relapse Logged", {"severity": L("moderate", MED)}),
                            ("Walk Test Done", {"seconds": L(6.2, MED)})]),
        oz_identify(APP, rng, {"msType": L("RRMS", MED), "plan": "plus",
                               "birthYear": L(1991, BIRTH)}),
        oz_queue(APP, rng, [("App Opened", {}), ("Reminder Taken", {"drug": L("baclofen", MED)})]),
        ll_open(APP, rng, first=True),
        ll_event(APP, rng, "subscribe", {"sku": "yearly"}, revenue=59.99, hashed=True),
        kk_session(APP, rng, secs=845),
        sz_eval(APP, rng, {"mriImport": True}),
        zv_register(APP, rng, tags={"reminders": "on"}),
        pk_check(APP, rng, {"analytics": True, "marketing": False}),
        pz_message(APP, rng, L("My MRI upload failed twice, the DICOM is 40 MB",
                               TEXT), {"plan": "plus"}),
        pz_upload(APP, rng, L(JPEG + b"\x82", MEDIA), "error.jpg", "image/jpeg"),
    ]
