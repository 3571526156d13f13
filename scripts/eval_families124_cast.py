"""Film casting-call app "Sidesheet" where she auditions (in New York, where her agent is):
sign-up, a log-in and its second factor, ``/me`` with a JWT, her talent profile (measurements,
ethnicity, her performers' union number), a headshot and the face template the app computes from
it for its look-alike search, a search of casting calls near her, a role, a submission with a
cover note, a self-tape (MP4), an audition booked and her check-in at the studio (her fix, its
Wi-Fi), the sides, a callback answered, her agent, a message to the casting director, payout
details with her SSN for the tax form, a Play subscription, push, events, a cookie GET and her
public profile by her talent ID in the path."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import FIT, NATID
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, LINE1, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head
from eval_families124_kit import AGENT, GUILD, STUDIO, STUDIO_FIX, STUDIO_WIFI, face, fix, obj
from eval_families124_sdk import as_bid, ck_sessions, gh_batch, gh_queue, of_event, of_link
from eval_families124_svc import cw_attach, fc_eval, pg_opened, pm_save
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("sidesheet", "Sidesheet", "com.example.sidesheet", "5.2.0",
          "https://api.sidesheet.example.com")
IID = "X-Sidesheet-Install"
PW = "Callback#Reel88"
TALENT = "tal_58841207"  # her talent ID (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def sidesheet() -> list[Case]:
    rng = random.Random(12411)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), talent=L(TALENT, UID)))}
    b = {"auth": "bearer"}
    role, sub, aud, cb = (obj(rng, p, 8) for p in ("role", "sub", "aud", "cb"))
    sla, slo = fix(STUDIO_FIX, 6)
    public = at_path(case(f, f"{a}/v3/talent/{TALENT}/public", headers=_h(rng, **b)),
                     TALENT, UID)
    return [
        case(f, f"{a}/v3/auth/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "phone": L(E164, TEL),
            "birthDate": L(DOB, BIRTH), "gender": L("female", GENDER),
            "city": L("New York", COARSE), "state": L("NY", COARSE), "marketing": False}),
        case(f, f"{a}/v3/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "installId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("604118", CRED), "remember": "1"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/talent/profile", headers=_h(rng, **b), body={
            "stageName": L("Jane Eze-Doe", NAMEC), "heightCm": L(168, FIT),
            "weightKg": L(64, FIT), "bustCm": L(91, FIT), "waistCm": L(74, FIT),
            "hipsCm": L(99, FIT), "eyes": "brown", "hair": "black, locs",
            "ethnicity": L("Black African (Igbo)", SENS), "playingAge": {"min": 30, "max": 40},
            "languages": ["English", "Igbo", "Nigerian Pidgin"],
            "skills": ["stage combat", "Igbo folk song"], "union": L("APU", SENS),
            "unionNumber": L(GUILD, SENS),
            "bio": L("Stage and screen actress; ten years of theatre in Enugu and New York",
                     TEXT)}),
        multipart(f, f"{a}/v3/talent/media", [
            ("file", "headshot_1.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"primary": True, "kind": "headshot",
                                                "credit": "Photo: K. Obi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/talent/lookalike-vector", headers=_h(rng, **b), body={
            "vector": L(face(rng), FACE), "model": "lookalike-v2", "dims": 128,
            "media": obj(rng, "med", 8)}),
        case(f, f"{a}/v3/calls", headers=_h(rng, **b), query={
            "q": L("nurse 30s", SEARCH), "near": L(f"{LAT:.2f},{LON:.2f}", COARSE),
            "radiusMi": "25", "union": "any", "page": "1"}),
        case(f, f"{a}/v3/calls/{role}", headers=_h(rng, **b)),
        case(f, f"{a}/v3/calls/{role}/submissions", headers=_h(rng, **b), body={
            "talent": L(TALENT, UID), "agentRep": True,
            "availability": ["2025-12-15", "2025-12-16"],
            "note": L("I played Nurse Adaku in Harmattan Ward at the Enugu Arts Theatre", TEXT)}),
        multipart(f, f"{a}/v3/submissions/{sub}/selftape", [
            ("video", "selftape_take2.mp4", "video/mp4", L(MP4 + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"slateName": L(NAME, NAMEC), "durationS": 94,
                                                "take": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/auditions/{aud}/book", headers=_h(rng, **b), body={
            "slot": "2025-12-15T14:20:00-05:00", "venue": dict(STUDIO),
            "reminderSms": L(NATIONAL, TEL)}),
        case(f, f"{a}/v3/auditions/{aud}/checkin", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "accuracy": 11,
            "venue": {"lat": STUDIO["lat"], "lon": STUDIO["lon"]},
            "wifi": {"ssid": L(STUDIO_WIFI[0], WIFI), "bssid": L(STUDIO_WIFI[1], WIFI)}}),
        case(f, f"{a}/v3/roles/{role}/sides", query={"format": "pdf"},
             headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/v3/callbacks/{cb}/respond", fmt="form", headers=_h(rng, **b), body={
            "accept": "1", "note": L("Yes, I can do the Saturday callback after 2pm", TEXT)}),
        case(f, f"{a}/v3/talent/representation", headers=_h(rng, **b), body={
            "agentName": L(AGENT[0], NAMEC), "agentPhone": L(AGENT[1], TEL),
            "agentEmail": L(AGENT[2], MAIL), "agency": "Brightline Talent"}),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "to": obj(rng, "cd", 8), "role": role,
            "text": L("Thank you! Should I prepare the monologue in Igbo or English?", TEXT)}),
        case(f, f"{a}/v3/payouts/setup", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "holder": L(NAME, NAMEC),
            "ssn": L(SSN, NATID), "address": L(LINE1, ADDR), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v3/billing/play", headers=_h(rng, **b), body={
            "productId": L("pro_monthly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3381-2290-4471-50213", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/analytics", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("call_viewed", 1), ev("selftape_uploaded", 2, seconds=94),
                ev("screen", 3, screen=L("Submissions", USAGE))]}),
        case(f, f"{a}/v3/credits", headers=_h(rng, how="none"),
             cookies={"ss_session": L(opaque(rng, "", 44), CRED),
                      "ss_install": L(INSTALL_ID.upper(), DID)}),
        public,
    ]


def sidesheet_sdks() -> list[Case]:
    rng = random.Random(12412)
    invite = U("https://sidesheet.example.com/invite", {
        "role": "role_7c1d20a4", "talent": L(TALENT, UID), "utm_source": "email"})
    return [
        gh_batch(APP, rng, [("Role Applied", {"union": "any"}),
                            ("Self Tape Uploaded", {"seconds": 94})],
                 at=(LAT, LON), nd=2, tz="America/New_York", wifi=True),
        gh_queue(APP, rng, [("Call Viewed", {"category": "film"}),
                            ("Search", {"q": L("nurse 30s", SEARCH)})]),
        of_event(APP, rng, "subscribe", {"plan": "pro_monthly"}, revenue=14.99,
                 currency="USD", hashed=True),
        of_link(APP, rng, invite),
        as_bid(APP, rng, {"video": {"w": 640, "h": 360, "mimes": ["video/mp4"]}},
               at=(LAT, LON), nd=3, yob=1991, gender="F", keywords="acting,auditions,film"),
        pg_opened(APP, rng, "callback_reminders"),
        ck_sessions(APP, rng, [412, 95, 1330]),
        fc_eval(APP, rng, {"tier": "pro"}, get=True),
        pm_save(APP, rng, {"analytics": True, "ads": False}, country="US", region="NY"),
        cw_attach(APP, rng, L(JPEG + b"\x63", MEDIA), "upload_error.jpg", "image/jpeg"),
    ]
