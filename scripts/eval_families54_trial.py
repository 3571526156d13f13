"""Clinical-trial sign-up app "Trialpath": an account, the matching search by condition and ZIP,
the eligibility questionnaire (conditions, medications, pregnancy, smoking, ethnicity), a
pre-screen application to one study, the e-consent signature, uploading a lab report, a
caregiver, the site visit's travel, a stipend payout, saved searches, push and analytics."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families27_kit import PDF
from eval_families54_kit import STUDY, TRIAL_REF, obj
from eval_families54_sdk import qm_batch, qm_queue, tb_event, tb_link, tb_open
from eval_families54_svc import ab_message, cv_payout, pf_check, pw_register, rm_route, sh_flags
from eval_payloads import EMAIL, LAT, LON, USER_ID, Case, J, L, U, case

APP = App("trial", "Trialpath", "com.example.trialpath", "1.17.0",
          "https://api.trialpath.example.org")


def _h(rng: random.Random, auth: str | None = "session", **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid="X-TP-Install", how="plain", auth=auth, **kw)


def trialpath() -> list[Case]:
    rng = random.Random(5431)
    a, f = APP.api, APP.fam
    sid = STUDY["id"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ref=L(TRIAL_REF, UID)))}
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng, None), body={
            "email": L(EMAIL, MAIL), "password": L("Cohort!Lane42", CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "contactByText": True}),
        case(f, f"{a}/v1/accounts/verify", fmt="form", headers=_h(rng, None), body={
            "email": L(EMAIL, MAIL), "code": L("615094", CRED)}),
        case(f, f"{a}/v1/accounts/me", headers=_h(rng, None, extra=jw)),
        case(f, f"{a}/v1/studies/search", headers=_h(rng), query={
            "condition": L("psoriatic arthritis", f"behavior.search|{MED}"),
            "zip": L(ZIP, COARSE), "radiusMi": "25", "phase": "2,3", "page": "1"}),
        case(f, f"{a}/v1/studies/{sid}", headers=_h(rng), query={"fields": "sites,criteria"}),
        case(f, f"{a}/v1/profile/health", headers=_h(rng), body={
            "dateOfBirth": L(DOB, BIRTH), "sexAtBirth": L("female", GENDER),
            "heightCm": L(168, "health.fitness"), "weightKg": L(63.5, "health.fitness"),
            "conditions": L(["psoriatic arthritis", "plaque psoriasis", "hypothyroidism"], MED),
            "diagnosedYear": L(2019, MED),
            "medications": L([{"name": "Levothyroxine", "dose": "75 mcg"},
                              {"name": "Ixekizumab", "dose": "80 mg q4w"}], MED),
            "allergies": L(["penicillin"], MED)}),
        case(f, f"{a}/v1/studies/{sid}/eligibility", headers=_h(rng), body={
            "study": sid, "answers": {
                "pregnantOrPlanning": L(False, SENS), "breastfeeding": L(False, SENS),
                "smoker": L("never", MED), "priorBiologics": L(1, MED),
                "tenderJoints": L(5, MED), "hepatitisB": L(False, MED),
                "ethnicity": L("Hispanic or Latino", SENS), "race": L("White", SENS)},
            "version": 3}),
        case(f, f"{a}/v1/studies/{sid}/apply", fmt="form", headers=_h(rng), body={
            "site": STUDY["site"], "ref": L(TRIAL_REF, UID), "bestTime": "mornings",
            "phone": L(E164, TEL), "note": L("I can only do visits before 10am, I work "
                                             "afternoons", TEXT)}),
        case(f, f"{a}/v1/studies/{sid}/econsent", headers=_h(rng), body={
            "document": "ICF-v4.1", "signedName": L(f"{FIRST} {LAST}", NAMEC),
            "signedAt": "2025-12-09T19:02:11Z", "initials": L("JD", NAMEC),
            "sigPath": L([[12, 40], [30, 22], [51, 38], [77, 18]], "behavior.motion"),
            "witness": None}),
        multipart(f, f"{a}/v1/records/upload", [
            ("file", "labs_nov.pdf", "application/pdf", L(PDF + b"\x31", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "lab_report",
                                                "takenOn": "2025-11-20", "study": sid})],
            headers=_h(rng)),
        case(f, f"{a}/v1/profile/caregiver", headers=_h(rng), body={
            "name": L("Alex Doe", NAMEC), "phone": L("+15550176612", TEL),
            "relationship": "spouse", "mayReceiveResults": False}),
        case(f, f"{a}/v1/profile/address", headers=_h(rng), body={
            "line1": L(LINE1, ADDR), "city": L(CITY, COARSE), "state": L(STATE, COARSE),
            "zip": L(ZIP, COARSE), "country": "US"}),
        case(f, f"{a}/v1/travel/estimate", headers=_h(rng), query={
            "from": L(f"{LAT:.5f},{LON:.5f}", PRECISE),
            "to": f"{STUDY['site_lat']},{STUDY['site_lon']}", "mode": "transit"}),
        case(f, f"{a}/v1/stipends/payout", fmt="form", headers=_h(rng), body={
            "visit": obj(rng, "vis", 8), "amount": "75.00",
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY)}),
        case(f, f"{a}/v1/searches/saved", headers=_h(rng), body={
            "name": L("PsA near me", f"{TEXT}|{MED}"), "condition": L("psoriatic arthritis", MED),
            "zip": L(ZIP, COARSE), "notify": "weekly"}),
        case(f, f"{a}/v1/messages", headers=_h(rng), body={
            "thread": obj(rng, "thr", 8), "to": "coordinator",
            "text": L("Do I need to stop my levothyroxine before the screening blood draw?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "lang": L("en-US", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng), body={
            "u": L(USER_ID, UID), "e": [
                ev("study_viewed", 1, study=sid), ev("eligibility_done", 2, eligible=True),
                ev("screen", 3, screen=L("StudyDetail", USAGE))]}),
        case(f, f"{a}/v1/studies/{sid}/screening-visit", headers=_h(rng), body={
            "site": STUDY["site"], "slot": "2025-12-17T08:30:00-05:00",
            "ref": L(TRIAL_REF, UID), "needsInterpreter": False,
            "mobility": L("uses a cane on bad days", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/profile/demographics", fmt="form", headers=_h(rng), body={
            "ethnicity": L("Hispanic or Latino", SENS), "veteran": "no",
            "education": "bachelor", "householdIncome": "75-100k",
            "zip": L(ZIP, COARSE), "birthYear": L("1991", BIRTH)}),
        case(f, f"{a}/v1/applications", headers=_h(rng, None),
             cookies={"tp_sid": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/privacy/export", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "format": "json"}),
        case(f, f"{a}/v1/feedback", headers=_h(rng), body={
            "rating": 4, "text": L("Wish the map showed sites by subway", TEXT)}),
    ]


def trialpath_sdks() -> list[Case]:
    rng = random.Random(5432)
    return [
        qm_batch(APP, rng, [("Study Viewed", {"phase": 3}),
                            ("Eligibility Completed", {"eligible": True,
                                                       "condition": L("psoriatic arthritis",
                                                                      MED)})]),
        qm_queue(APP, rng, [("Search", {"results": 4}), ("Study Saved", {})]),
        tb_open(APP, rng, first=True),
        tb_event(APP, rng, "application_submitted", {"study": sid_of()}, hashed=True),
        tb_link(APP, rng, U("https://trialpath.example.org/s", {
            "study": STUDY["id"], "ref": L(TRIAL_REF, UID), "utm_source": "newsletter"})),
        sh_flags(APP, rng, {"zip": L(ZIP, COARSE)}),
        pw_register(APP, rng, tags={"saved_search": True}),
        pf_check(APP, rng, {"analytics": True, "ads": False}),
        cv_payout(APP, rng, {"routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY)}),
        rm_route(APP, rng, [((LAT, LON), PRECISE), ((STUDY["site_lat"], STUDY["site_lon"]),
                                                     None)], mode="transit"),
        ab_message(APP, rng, L("How do I withdraw from the pre-screen?", TEXT),
                   {"study": STUDY["id"]}),
    ]


def sid_of() -> str:
    return STUDY["id"]
