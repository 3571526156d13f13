"""Kitesurf-school booking app "Kiteloop" (a school at Mellieha, Malta): sign-up with her weight
and height (kite sizing), a log-in, ``/me``, lesson availability, a booking and its reschedule by
number in the path, a health declaration, a signed waiver, her emergency contact, the wind
forecast, a check-in at the spot, a session's track (gzip JSON) and a live safety position
(protobuf), gear rental, session photos, feedback, a chat with the school, push, events and her
bookings by a cookie GET. The school, its spot and instructors are negatives."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
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
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families85_kit import (
    EMERGENCY,
    INSTRUCTOR,
    KITE_BOOKING,
    SCHOOL,
    SPOT_AT,
    fix,
    kite_track,
)
from eval_families85_sdk import gb_batch, lz_event, lz_launch, pz_bid, xk_crash, xk_crumb
from eval_families85_svc import bj_save, fp_card, fp_sepa, gm_geocode, gm_reverse, mj_eval
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("kiteloop", "Kiteloop", "com.example.kiteloop", "2.0.7",
          "https://api.kiteloop.example.com")
IID = "X-Kiteloop-Install"
PW = "Gregal-Gust-27"
CHECKIN = (35.965688, 14.357912)  # her phone at check-in on the beach


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def kiteloop() -> list[Case]:
    rng = random.Random(8571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(PHONE, TEL)))}
    cla, clo = fix(CHECKIN, 5)
    lab: dict[str, str] = {}
    live = pb([(1, L(USER_ID, UID)), (2, L(KITE_BOOKING, BUY)),
               (3, [(1, L(35.966312, PRECISE)), (2, L(14.359507, PRECISE)), (3, 4.0)]),
               (4, 1765450120), (5, L(71, DEV))], "", lab)
    resched = case(f, f"{a}/v1/bookings/{KITE_BOOKING}/reschedule", headers=_h(rng, auth="bearer"),
                   body={"to": "2025-12-13T10:00", "reason": "wind too light"})
    return [
        case(f, f"{a}/v1/riders", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(f"{FIRST} {LAST}", NAMEC),
            "phone": L(PHONE, TEL), "dob": L(DOB, "personal.birthdate"),
            "weightKg": L(56, FIT), "heightCm": L(165, FIT), "level": "beginner",
            "canSwim200m": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/schools/{SCHOOL['id']}/slots", headers=_h(rng, **b), query={
            "from": "2025-12-10", "to": "2025-12-14", "type": "private"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "school": SCHOOL["id"], "instructor": INSTRUCTOR["id"], "lesson": "private_3h",
            "slot": "2025-12-12T10:00", "reference": L(KITE_BOOKING, BUY),
            "price": L("210.00", BUY), "currency": "EUR", "rider": L(USER_ID, UID)}),
        at_path(resched, KITE_BOOKING, BUY),
        case(f, f"{a}/v1/health-declaration", headers=_h(rng, **b), body={
            "epilepsy": L(False, MED), "heartCondition": L(False, MED),
            "asthma": L(True, MED), "recentSurgery": L(False, MED),
            "pregnant": L(False, "personal.sensitive"),
            "medication": L("salbutamol inhaler as needed", MED),
            "signed": "2025-12-10"}),
        multipart(f, f"{a}/v1/waivers", [
            ("signature", "signature.png", "image/png", L(PNG + b"\x71", MEDIA)),
            ("data", None, "application/json", {"name": L(f"{FIRST} {LAST}", NAMEC),
                                                "version": "waiver-2025-3",
                                                "booking": L(KITE_BOOKING, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/me/emergency-contact", fmt="form", headers=_h(rng, **b), body={
            "name": L(EMERGENCY[0], NAMEC), "phone": L(EMERGENCY[1], TEL),
            "relation": "friend"}),
        case(f, f"{a}/v1/forecast", headers=_h(rng, how="upper"), query={
            "spot": "mellieha", "lat": str(SPOT_AT[0]), "lon": str(SPOT_AT[1]), "days": "3"}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "booking": L(KITE_BOOKING, BUY), "lat": cla, "lon": clo, "accM": 8,
            "spot": {"lat": SPOT_AT[0], "lon": SPOT_AT[1]}}),
        case(f, f"{a}/v1/sessions", gz=True, headers=_h(rng, **b), body={
            "id": opaque(rng, "ses_", 10), "track": kite_track(rng, 12),
            "durationMin": L(94, FIT), "jumps": L(3, FIT), "kcal": L(540, FIT),
            "maxKn": 24.1, "kiteM2": 9}),
        raw(f, f"{a}/v1/safety/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rentals", fmt="form", headers=_h(rng, **b), body={
            "kite": "9m", "board": "138x41", "wetsuit": "S", "harness": "seat",
            "booking": L(KITE_BOOKING, BUY), "price": L("45.00", BUY)}),
        multipart(f, f"{a}/v1/sessions/photos", [
            ("photo", "first_ride.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"takenBy": INSTRUCTOR["id"], "share": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "instructor": INSTRUCTOR["id"], "stars": 5,
            "text": L("Luca was patient, I finally got up on the board on the last run", TEXT)}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "to": SCHOOL["id"], "text": L("Can I bring my own harness? My back is sore from "
                                          "the seat one", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/spots/search", headers=_h(rng, **b), query={
            "q": L("flat water lagoon beginner", SEARCH)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_MT", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "rider": L(USER_ID, UID), "events": [
                ev("booking_made", 1, lesson="private_3h"), ev("checkin", 2),
                ev("screen", 3, screen=L("SessionSummary", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="nodash"),
             cookies={"kl_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def kiteloop_sdks() -> list[Case]:
    rng = random.Random(8572)
    return [
        gb_batch(APP, rng, [("Lesson Booked", {"price": L(210.0, BUY)}),
                            ("Checked In", {"spot": "mellieha"})], at=CHECKIN, nd=4),
        lz_launch(APP, rng, first=True),
        lz_event(APP, rng, "booking", {"lesson": "private_3h"}, revenue=210.0),
        pz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CHECKIN, nd=3,
               keywords="kitesurf,malta"),
        xk_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [xk_crumb("nav", "Session -> LiveSafety")], screen="LiveSafetyActivity"),
        mj_eval(APP, rng, {"liveSafety": True}, hdr=True),
        bj_save(APP, rng, {"analytics": True, "advertising": True}),
        fp_card(APP, rng),
        fp_sepa(APP, rng),
        gm_geocode(APP, rng, "Ghadira Bay", SEARCH, near=CHECKIN, nd=3),
        gm_reverse(APP, rng, CHECKIN, PRECISE, nd=5),
    ]
