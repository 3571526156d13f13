"""Church small-group app "Fellowly": registration, a magic-link log-in, ``/me``, her profile
(address, baptism, membership class) and photo, joining a small group, a meeting she hosts at
home, attendance with a first-time guest, a prayer request, praying for another's, a Sunday
check-in with her daughter (allergy, pick-up code), weekly giving, a giving statement, sermon
notes, a highlighted verse (msgpack), a volunteer sign-up with a background check, an event
RSVP, a group search near her, the group chat, push, events and the directory by a cookie
GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families37_kit import FRIEND
from eval_families51_kit import CHURCH, DAUGHTER, GROUP, PICKUP_CODE, fix, home, obj
from eval_families51_sdk import iv_session, ty_batch, ty_pixel
from eval_families51_svc import (
    af_message,
    cg_status,
    fs_eval,
    pk_opened,
    pk_register,
    pq_card,
    pq_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, PHONE, USER_ID, Case, J, L, case

APP = App("fellowly", "Fellowly", "com.example.fellowly", "8.2.0",
          "https://api.fellowly.example.org")
IID = "X-Fellowly-Device"
MEMBERS = others(random.Random(5150), 6, "mbr_")  # other members (negatives)
PEW_FIX = (40.748102, -73.995291)  # her phone at the Sunday service
REL = f"{TEXT}|{SENS}"  # text stating her faith


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def fellowly() -> list[Case]:
    rng = random.Random(5151)
    a, f = APP.api + "/api", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}", NAMEC),
                                    church=CHURCH["id"]))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    pla, plo = fix(PEW_FIX)
    return [
        case(f, f"{a}/auth/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(PHONE, TEL), "birthday": L("05-17", BIRTH), "church": CHURCH["id"]}),
        case(f, f"{a}/auth/magic-link", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "church": CHURCH["id"]}),
        case(f, f"{a}/auth/magic-link/verify", fmt="form", headers=_h(rng), body={
            "token": L(opaque(rng, "ml_", 32), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/profile", headers=_h(rng, **b), body={
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "faith": {"baptized": L(True, SENS), "baptismDate": L("2019-04-21", SENS),
                      "membershipClass": L(True, SENS)},
            "maritalStatus": "married", "shareBirthday": False}),
        multipart(f, f"{a}/profile/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/groups/{GROUP}/join", headers=_h(rng, **b), body={
            "message": L("Hi! I just moved to Chelsea and would love to join", TEXT),
            "childcare": True}),
        case(f, f"{a}/groups/{GROUP}/meetings", headers=_h(rng, **b), body={
            "title": L("Tuesday women's Bible study: Romans 8", REL),
            "host": L(USER_ID, UID), "address": L(f"{LINE1}, {LINE2}", ADDR),
            "lat": hla, "lon": hlo, "starts": "2025-12-16T19:30:00-05:00",
            "notes": L("Childcare in the den, bring a snack to share", TEXT)}),
        case(f, f"{a}/groups/{GROUP}/attendance", headers=_h(rng, **b), body={
            "meeting": obj(rng, "mtg", 8), "present": MEMBERS[:4],
            "guests": [{"name": L(FRIEND[0], NAMEC), "phone": L(FRIEND[1], TEL)}]}),
        case(f, f"{a}/prayer-requests", headers=_h(rng, **b), body={
            "group": GROUP, "visibility": "group", "anonymous": False, "text": L(
                "Please pray for my mom, she has a biopsy on Friday and is scared",
                f"{REL}|{MED}")}),
        case(f, f"{a}/prayer-requests/{obj(rng, 'pr', 8)}/praying", fmt="form",
             headers=_h(rng, **b), body={"praying": "1", "notify_author": "1"}),
        case(f, f"{a}/checkin/service", headers=_h(rng, **b), body={
            "service": "sun_0930", "campus": dict(CHURCH), "lat": pla, "lon": plo,
            "kids": [{"name": L(DAUGHTER[0], NAMEC), "birthdate": L(DAUGHTER[1], BIRTH),
                      "allergies": L(DAUGHTER[2], MED), "room": "Preschool B",
                      "pickupCode": L(PICKUP_CODE, CRED)}]}),
        case(f, f"{a}/giving", fmt="form", headers=_h(rng, **b), body={
            "amount": L("120.00", BUY), "fund": "general", "frequency": "weekly",
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "cover_fees": "1"}),
        case(f, f"{a}/giving/statement", headers=_h(rng, **b), query={
            "year": "2025", "email": L(EMAIL, MAIL), "format": "pdf"}),
        case(f, f"{a}/notes", headers=_h(rng, **b), body={
            "sermon": "2025-12-07", "text": L(
                "God is faithful even when I can't see it. Psalm 13, trust in the waiting",
                REL)}),
        case(f, f"{a}/bible/highlights", fmt="msgpack", headers=_h(rng, **b), body={
            "ref": "PSA.13.5", "version": "WEB", "color": "yellow",
            "note": L("read this when I feel far from God", REL)}),
        case(f, f"{a}/serve/signup", fmt="form", headers=_h(rng, **b), body={
            "team": "kids_ministry", "dob": L(DOB, BIRTH), "ssn_last4": L("4325", NATID),
            "background_check_consent": "1", "legal_name": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/events/{obj(rng, 'ev', 6)}/rsvp", headers=_h(rng, **b), body={
            "adults": 2, "children": 1, "dietary": "vegetarian", "volunteer": False}),
        case(f, f"{a}/groups/search", headers=_h(rng, **b), query={
            "q": L("women's bible study", SEARCH), "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE),
            "day": "tue"}),
        case(f, f"{a}/groups/{GROUP}/chat", headers=_h(rng, **b), body={
            "text": L("Running late, start without me!", TEXT), "mentions": MEMBERS[4:],
            "client_id": obj(rng, "cm", 10)}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/analytics", gz=True, headers=_h(rng, **b), body={
            "member": L(USER_ID, UID), "events": [
                ev("prayer_posted", 1), ev("checkin", 2, kids=1),
                ev("screen", 3, screen=L("GroupHome", USAGE))]}),
        case(f, f"{a}/directory", headers=_h(rng, how="nodash"),
             cookies={"fw_session": L(opaque(rng, "", 40), CRED)}),
    ]


def fellowly_sdks() -> list[Case]:
    rng = random.Random(5152)
    return [
        ty_batch(APP, rng, [("Prayer Posted", {"visibility": "group"}),
                            ("Gift Given", {"amount": L(120.0, BUY), "recurring": True})]),
        ty_pixel(APP, rng, "Welcome Viewed", {"church": CHURCH["id"]}),
        iv_session(APP, rng, first=True),
        fs_eval(APP, rng, {"kidsCheckin": True, "giving": True}),
        pk_register(APP, rng, tags={"group": GROUP, "campus": CHURCH["id"]}),
        pk_opened(APP, rng, "advent_week2"),
        cg_status(APP, rng, {"analytics": True, "ads": False}),
        pq_card(APP, rng, email=True),
        pq_confirm(APP, rng, "120.00"),
        af_message(APP, rng, L("My weekly gift went through twice this month", TEXT),
                   {"campus": CHURCH["id"]}),
    ]
