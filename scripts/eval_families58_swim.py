"""Kids' swimming-lesson booking app "Splashpath" (she books for her two children, Ruby and
Theo): the parent's sign-up and log-in, ``/me`` with a JWT, both children's profiles (birth date,
gender, swim level, medical notes), pools nearby, the classes, a term booked for both with a
sibling discount, the booking confirmed by its code in the path, a waiver, authorised pick-up
people, a child's photo for the coach, a check-in at the pool (both children), a child's progress
by ID in the path, a note to the coach, a make-up lesson, a wait list, preferences (msgpack), a
membership bought on Play, a referral, push, events and the bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
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
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import fix, home
from eval_families58_kit import COACH, KIDS, POOL, POOL_FIX, SWIM_BOOKING, code
from eval_families58_sdk import bs_bid, fp_crumb, fp_report, gm_batch, st_event, st_session
from eval_families58_svc import (
    al_save,
    as_message,
    bg_register,
    cm_route,
    cw_gpay,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("splashpath", "Splashpath", "com.example.splashpath", "4.1.2",
          "https://api.splashpath.example.com")
IID = "X-Splash-Device"
PW = "Otter-Lane-2207"
RUBY, THEO = KIDS
PEDIATRICIAN = ("Dr. Samuel Adeyemi", "+12125550152")  # the children's doctor, typed by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _kid(k: dict[str, str], level: str, medical: list[str],
         allergies: list[str]) -> dict[str, Any]:
    return {"name": L(k["name"], NAMEC), "dob": L(k["dob"], BIRTH),
            "gender": L(k["gender"], GENDER), "level": level,
            "medical": [L(m, MED) for m in medical],
            "allergies": [L(x, MED) for x in allergies], "photoConsent": False}


def splashpath() -> list[Case]:
    rng = random.Random(5851)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    kids=[L(RUBY["id"], UID), L(THEO["id"], UID)]))}
    b = {"auth": "bearer"}
    pla, plo = fix(POOL_FIX)
    classes = ["cls_" + code(rng, "", 6) for _ in range(2)]
    confirm = at_path(case(f, f"{a}/v2/bookings/{SWIM_BOOKING}/confirm", headers=_h(rng, **b),
                           body={"accept": True, "calendarSync": True}), SWIM_BOOKING, BUY)
    progress = at_path(case(f, f"{a}/v2/kids/{THEO['id']}/progress", headers=_h(rng, **b),
                            query={"term": "winter-2026"}), THEO["id"], UID)
    return [
        case(f, f"{a}/v2/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE_PAREN, TEL), "marketing": False}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kids", headers=_h(rng, **b), body={
            "id": RUBY["id"], **_kid(RUBY, "level_3", ["asthma, inhaler in her bag"],
                                   ["penicillin"]),
            "pediatrician": {"name": L(PEDIATRICIAN[0], NAMEC),
                             "phone": L(PEDIATRICIAN[1], TEL)}}),
        case(f, f"{a}/v2/kids", headers=_h(rng, **b), body={
            "id": THEO["id"], **_kid(THEO, "parent_child_2", ["ear tubes: needs earplugs"], [])}),
        case(f, f"{a}/v2/pools/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{home(3)[0].value}", PRECISE), "lng": L(f"{home(3)[1].value}", PRECISE),
            "radiusKm": "3"}),
        case(f, f"{a}/v2/pools/{POOL['id']}/classes", headers=_h(rng, **b), query={
            "levels": "level_3,parent_child_2", "day": "sat"}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "code": L(SWIM_BOOKING, BUY), "pool": POOL["id"], "term": "winter-2026",
            "items": [{"kid": L(RUBY["id"], UID), "class": classes[0], "price": L(240, BUY)},
                      {"kid": L(THEO["id"], UID), "class": classes[1], "price": L(200, BUY)}],
            "siblingDiscount": L(-44, BUY), "total": L(396, BUY), "currency": "USD"}),
        confirm,
        case(f, f"{a}/v2/kids/{RUBY['id']}/waiver", fmt="form", headers=_h(rng, **b), body={
            "guardianName": L(f"{FIRST} {LAST}", NAMEC), "relationship": "mother",
            "signedAt": "2025-12-09T21:02:11-05:00", "version": "w-2025-3"}),
        case(f, f"{a}/v2/pickup", headers=_h(rng, **b), body={"kids": [
            L(RUBY["id"], UID), L(THEO["id"], UID)], "people": [
            {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL), "relation": "father"},
            {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
             "relation": "nanny"}]}),
        multipart(f, f"{a}/v2/kids/{RUBY['id']}/photo", [
            ("photo", "ruby.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"visibleTo": "instructors"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/attendance/checkin", headers=_h(rng, **b), body={
            "pool": POOL["id"], "kids": [L(RUBY["id"], UID), L(THEO["id"], UID)],
            "lat": pla, "lng": plo, "poolPoint": {"lat": POOL["lat"], "lng": POOL["lon"]},
            "deskQr": "SPQ-12-0449"}),
        progress,
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": COACH["id"], "kid": L(THEO["id"], UID),
            "text": L("Theo is nervous about putting his face in, could you go slow with him?",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/makeups", fmt="form", headers=_h(rng, **b), body={
            "kid": L(RUBY["id"], UID), "missed": "2026-01-17",
            "reason": L("Ruby had an asthma flare and stayed home",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/waitlist", headers=_h(rng, **b), body={
            "kid": L(THEO["id"], UID), "class": "cls_" + code(rng, "", 6), "pool": POOL["id"]}),
        case(f, f"{a}/v2/preferences", fmt="msgpack", headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "reminders": {"hoursBefore": 3, "sms": True},
            "kids": [L(RUBY["id"], UID), L(THEO["id"], UID)], "calendar": "google"}),
        case(f, f"{a}/v2/store/verify", headers=_h(rng, **b), body={
            "productId": L("splash_family_monthly", BUY),
            "orderId": L("GPA.3371-2208-9914-50372", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendEmail": L(PEOPLE[4][2], MAIL), "code": "RUBYSWIMS"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "events": [
                ev("booking_confirmed", 1, kids=2), ev("checkin", 2),
                ev("screen", 3, screen=L("KidProgress", USAGE))]}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, how="none"),
             cookies={"sp_sess": L(opaque(rng, "", 40), CRED), "sp_kid": L(RUBY["id"], UID)}),
    ]


def splashpath_sdks() -> list[Case]:
    rng = random.Random(5852)
    hla, hlo = home(6)
    return [
        gm_batch(APP, rng, [("Booking Confirmed", {"kids": 2, "total": L(396, BUY)}),
                            ("Kid Added", {"age": L(5, BIRTH)})]),
        st_session(APP, rng, user=True, count=12),
        st_event(APP, rng, "purchase", {"term": "winter-2026", "kids": 2}, revenue="396.00",
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(hla.value, hlo.value), nd=3,
               keywords="family,swimming"),
        fp_report(APP, rng, ("java.lang.IndexOutOfBoundsException", "slot list empty"),
                  [fp_crumb("Classes -> Booking"), fp_crumb("tap slot", "user", {"slot": 3})],
                  screen="BookingActivity"),
        bg_register(APP, rng, tags={"kids": "2", "pool": POOL["id"]}),
        al_save(APP, rng, {"analytics": True, "ads": True}),
        cw_gpay(APP, rng, "396.00"),
        as_message(APP, rng, L("Can Ruby and Theo be in back-to-back slots on Saturdays?",
                               f"{TEXT}|{NAMEC}"), {"kids": 2}),
        cm_route(APP, rng, [((hla.value, hlo.value), PRECISE),
                            ((POOL["lat"], POOL["lon"]), None)], profile="walking"),
    ]
