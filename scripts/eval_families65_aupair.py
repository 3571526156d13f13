"""Au-pair matching agency app "Hearthmatch" (the user is the au pair, applying to host
families in Hamburg): an application, a log-in and a phone code, ``/me``, her profile (religion,
allergies, smoking), photos and an intro video, her passport, a background check with her SSN,
references, a medical form, a search, a family's page and a like, messages, an interview, the
contract signed, a visa appointment, her arrival check-in, push, events, a premium purchase and
her status by a cookie GET. Host families are negatives."""

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
    E164,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families22_kit import PASSPORT
from eval_families24_kit import SSN, claims, head, rid
from eval_families65_kit import AP_DOCTOR, APPLICANT, FAMILIES, HAMBURG_FIX, REFS, fix, obj
from eval_families65_sdk import (
    al_event,
    al_launch,
    bm_bid,
    fk_crash,
    fk_crumb,
    sb_batch,
    sb_identify,
)
from eval_families65_svc import cb_message, mc_geocode, px_save, ty_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, Case, J, L, case

APP = App("hearthmatch", "Hearthmatch", "com.example.hearthmatch", "3.3.0",
          "https://api.hearthmatch.example.com")
IID = "X-HM-Device"
PW = "Elbe-Ferry-2026"
FAM = FAMILIES[0]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def hearthmatch() -> list[Case]:
    rng = random.Random(6551)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), applicant=L(APPLICANT, UID)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(HAMBURG_FIX, 5)
    conv = obj(rng, "cv", 10)
    return [
        case(f, f"{a}/v1/applicants", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dateOfBirth": L(DOB, BIRTH), "gender": L("female", GENDER),
            "nationality": "US", "homeCity": L(CITY, COARSE), "password": L(PW, CRED),
            "destination": "DE"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/otp", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("730214", CRED), "nonce": rid(rng)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/applicants/me/profile", headers=_h(rng, **b), body={
            "aboutMe": L("I'm Jane, I've looked after my cousins' three kids for six years "
                         "and I love baking and swimming", f"{TEXT}|{NAMEC}"),
            "languages": ["en", "es", "de-A2"], "religion": L("Catholic", SENS),
            "smoker": L(False, MED), "allergies": [L("cats", MED)],
            "driversLicence": True, "swimmer": True, "diet": "vegetarian",
            "childcareYears": 6}),
        multipart(f, f"{a}/v1/applicants/me/photos", [
            ("photo", "me_park.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("With my cousin's twins in Central Park", TEXT),
                "order": 1})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/applicants/me/video", [
            ("video", "intro.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"durationS": 58, "lang": "en"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/applicants/me/documents", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"type": "passport",
                                                "number": L(PASSPORT, NATID),
                                                "expires": "2031-04-30", "country": "USA"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/background-check", fmt="form", headers=_h(rng, **b), body={
            "fullName": L(NAME, NAMEC), "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID),
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "consent": "true"}),
        case(f, f"{a}/v1/references", headers=_h(rng, **b), body={"references": [
            {"name": L(n, NAMEC), "phone": L(p, TEL), "email": L(m, MAIL), "relation": r}
            for (n, p, m), r in zip(REFS, ("family I babysat for", "swim coach"),
                                    strict=True)]}),
        case(f, f"{a}/v1/applicants/me/medical", headers=_h(rng, **b), body={
            "vaccinations": [L("MMR", MED), L("Tdap", MED), L("Varicella", MED)],
            "conditions": [], "fitForChildcare": L(True, MED),
            "doctor": {"name": L(AP_DOCTOR[0], NAMEC), "phone": L(AP_DOCTOR[1], TEL)}}),
        case(f, f"{a}/v1/families/search", headers=_h(rng, **b), query={
            "q": L("Hamburg Eppendorf two kids no pets", SEARCH), "start": "2026-03",
            "page": "1"}),
        case(f, f"{a}/v1/families/{FAM['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/matches", headers=_h(rng, **b), body={
            "family": FAM["id"], "action": "like",
            "note": L("Your boys sound like so much fun! I'd love to talk", TEXT)}),
        case(f, f"{a}/v1/conversations/{conv}/messages", headers=_h(rng, **b), body={
            "to": FAM["id"], "toName": FAM["name"], "clientId": rid(rng),
            "text": L("Hallo! Could we do a video call on Thursday evening your time?",
                      TEXT)}),
        case(f, f"{a}/v1/interviews", headers=_h(rng, **b), body={
            "family": FAM["id"], "slot": "2025-12-18T19:00:00+01:00",
            "myTimezone": L("America/New_York", DEV), "fallbackPhone": L(E164, TEL)}),
        case(f, f"{a}/v1/contracts/ct_33190/sign", headers=_h(rng, **b), body={
            "family": FAM["id"], "signature": L(NAME, NAMEC), "signedIp": L(PUBLIC_IP, IPLOC),
            "pocketMoneyEur": 280, "start": "2026-03-02", "hoursPerWeek": 30}),
        case(f, f"{a}/v1/visa/appointments", headers=_h(rng, **b), body={
            "consulate": "de-consulate-nyc", "passportNo": L(PASSPORT, NATID),
            "slot": "2026-01-09T10:20", "applicant": L(APPLICANT, UID)}),
        case(f, f"{a}/v1/arrivals/checkin", headers=_h(rng, **b), body={
            "arrivedSafely": True, "lat": hla, "lon": hlo,
            "familyHome": {"lat": FAM["lat"], "lon": FAM["lon"]}, "at": 1772458211}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "applicant": L(APPLICANT, UID), "events": [
                ev("family_liked", 1), ev("video_uploaded", 2, secs=58),
                ev("screen", 3, screen=L("FamilyProfile", USAGE))]}),
        case(f, f"{a}/v1/premium/verify", headers=_h(rng, **b), body={
            "sku": L("hm_applicant_premium", BUY), "token": L(play_token(rng), BUY),
            "orderId": L("GPA.3371-0048-2219-61104", BUY)}),
        case(f, f"{a}/v1/applicants/me/status", headers=_h(rng, how="upper"),
             cookies={"hm_sess": L(opaque(rng, "", 40), CRED), "hm_app": L(APPLICANT, UID)}),
    ]


def hearthmatch_sdks() -> list[Case]:
    rng = random.Random(6552)
    return [
        sb_batch(APP, rng, [("Family Liked", {"familyCity": "Hamburg"}),
                            ("Video Uploaded", {"secs": 58})], adid=True),
        sb_identify(APP, rng, {"homeCity": L(CITY, COARSE), "gender": L("female", GENDER),
                               "birthYear": L(1991, BIRTH), "religion": L("Catholic", SENS)}),
        al_launch(APP, rng, first=True),
        al_event(APP, rng, "complete_registration", {"applicant": L(APPLICANT, UID)},
                 hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="au pair,germany,childcare"),
        fk_crash(APP, rng, ("java.lang.SecurityException", "camera permission revoked"),
                 [fk_crumb("navigation", "Profile -> IntroVideo"),
                  fk_crumb("request", "POST /v1/applicants/me/video", {"status": 413})],
                 screen="IntroVideoActivity"),
        ty_eval(APP, rng, {"destination": "DE", "premium": True}),
        px_save(APP, rng, {"analytics": True, "ads": True}),
        cb_message(APP, rng, L("The agency hasn't confirmed my background check yet", TEXT),
                   {"applicant": L(APPLICANT, UID)}),
        mc_geocode(APP, rng, "Eppendorfer Landstraße, Hamburg", SEARCH, lang="en"),
    ]
