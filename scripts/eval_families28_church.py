"""Church and donations app "Steeplewood" (a platform churches brand; the user belongs to
Hollow Creek Community Church): a member profile, gifts (one-time, recurring, text-to-give),
giving statements, prayer requests in free text, a small group, her son's check-in at kids'
church, a class registration, sermons and notes, live-stream chat and serving availability."""

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
    DIGITS,
    E164,
    GENDER,
    IID_NODASH,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families19_kit import PHONE_PAREN
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
    pos,
)
from eval_families24_kit import claims, head, rid
from eval_families25_kit import obj_id
from eval_families28_kit import CAMPUS_AT, CHURCH, GIFT_REF, SON, TAG_CODE
from eval_families28_sdk import (
    orig_launch,
    plot_batch,
    plot_profile,
    rook_crash,
    rook_crumb,
)
from eval_families28_svc import (
    ass_check,
    carto_route,
    chime_open,
    chime_register,
    purse_card,
    purse_confirm,
    purse_gpay,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("steeplewood", "Steeplewood", "com.example.steeplewood", "6.3.2",
          "https://api.steeplewood.example.org")
IID = "X-Sw-Device"
CH_ID = "chu_hollowcreek"  # the church's tenant ID (a negative)
GROUP = "grp_5e0a17"
GROUP_NAME = "Tuesday Women's Bible Study"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    extra = dict(kw.pop("extra", {}), **{"X-Church-Id": CH_ID})
    return head(APP, rng, iid=IID, extra=extra, **kw)


def steeplewood() -> list[Case]:
    rng = random.Random(2831)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), church=CH_ID, role="member"))}
    lat4, lon4 = pos(4)
    sermon = obj_id(rng, "srm")
    here = (round(CAMPUS_AT[0] + 0.000183, 6), round(CAMPUS_AT[1] - 0.000241, 6))
    cases = [
        case(f, f"{a}/v3/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Psalm23:Grace!", CRED),
            "church_id": CH_ID}),
        case(f, f"{a}/v3/people/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/people/me", headers=_h(rng, auth="bearer"), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "mobile": L(PHONE_PAREN, TEL), "birthdate": L(DOB, BIRTH),
            "gender": L("Female", GENDER), "marital_status": "single",
            "address": {"street": L(LINE1, ADDR), "unit": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "membership_status": L("member", SENS), "baptized": L(True, SENS),
            "baptism_date": L("2014-04-20", SENS), "directory_listed": True}),
        case(f, f"{a}/v3/giving/gifts", headers=_h(rng, auth="bearer"), body={
            "amount": L("150.00", BUY), "currency": "USD", "fund": "general",
            "cover_fees": True, "fee": L("4.65", BUY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY),
            "memo": L("In memory of my grandmother, Ruth", f"{TEXT}|{NAMEC}"),
            "idempotency_key": rid(rng)}),
        case(f, f"{a}/v3/giving/recurring", headers=_h(rng, auth="bearer"), body={
            "amount": L("50.00", BUY), "frequency": "monthly", "day_of_month": 1,
            "fund": "tithe", "start": "2026-01-01",
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/giving/sms-keyword", fmt="form", headers=_h(rng, auth="bearer"),
             body={"mobile": L(DIGITS, TEL), "keyword": "GIVE", "default_fund": "general"}),
        case(f, f"{a}/v3/giving/history", query={"year": "2025"}, headers=_h(rng, how="none"),
             cookies={"sw_session": L(opaque(rng, "", 52), CRED), "sw_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/giving/statements", fmt="form", headers=_h(rng, auth="bearer"),
             body={"year": "2025", "email": L(EMAIL, MAIL), "format": "pdf",
                   "reference": L(GIFT_REF, BUY)}),
        case(f, f"{a}/v3/prayer-requests", headers=_h(rng, auth="bearer"), body={
            "body": L("Please pray for my mother's knee surgery on Thursday and for peace in "
                      "our family this Christmas", f"{TEXT}|{SENS}|{MED}"),
            "visibility": "prayer_team", "anonymous": False, "notify_when_prayed": True}),
        case(f, f"{a}/v3/prayer-requests/pr_8812c4/responses", headers=_h(rng, auth="bearer"),
             body={"prayed": True,
                   "message": L("Praying for you and your dad this week", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v3/groups/search", headers=_h(rng, auth="bearer"), query={
            "q": L("bible study", SEARCH), "day": "tuesday", "lat": lat4, "lng": lon4}),
        case(f, f"{a}/v3/groups/{GROUP}/join", headers=_h(rng, auth="bearer"), body={
            "group_name": L(GROUP_NAME, SENS),
            "message": L("I'd love to join, I've been wanting a weeknight study group",
                         f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v3/checkin/kids", headers=_h(rng, auth="bearer"), body={
            "service": "sun_1100", "room": "K-2", "guardian_phone": L(E164, TEL),
            "child": {"first_name": L(SON[0], NAMEC), "last_name": L(SON[1], NAMEC),
                      "birthdate": L(SON[2], BIRTH), "allergies": [L("tree nuts", MED)],
                      "medical_notes": L("Carries an EpiPen in his backpack", f"{TEXT}|{MED}")},
            "kiosk": "kiosk_lobby_2"}),
        case(f, f"{a}/v3/checkin/kids/pickup", headers=_h(rng, auth="bearer"), body={
            "room": "K-2", "security_code": L(TAG_CODE, CRED), "guardian": L(USER_ID, UID)}),
        case(f, f"{a}/v3/events/evt_foundations/registrations", headers=_h(rng, auth="bearer"),
             body={"attendees": [{"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                                  "email": L(EMAIL, MAIL)}],
                   "answers": {"faith_background": L("Raised Catholic, attending here since "
                                                     "2019", f"{TEXT}|{SENS}"),
                               "childcare_needed": True},
                   "fee": L("15.00", BUY),
                   "event_contact": {"phone": CHURCH["phone"], "email": CHURCH["mail"],
                                     "where": CHURCH["line"]}}),
        case(f, f"{a}/v3/sermons/{sermon}/progress", headers=_h(rng, auth="bearer"), body={
            "position_s": L(1742, USAGE), "duration_s": 2610, "speed": 1.25, "audio_only": True}),
        case(f, f"{a}/v3/sermons/{sermon}/notes", headers=_h(rng, auth="bearer"), body={
            "note": L("Forgiveness is a decision before it is a feeling", f"{TEXT}|{SENS}"),
            "timestamp_s": 1290}),
        case(f, f"{a}/v3/live/chat", headers=_h(rng, auth="bearer"), body={
            "stream": "live_20251207", "client_id": rid(rng),
            "text": L("Amen! Watching from home today, fighting a cold", f"{TEXT}|{SENS}|{MED}")}),
        case(f, f"{a}/v3/campuses/nearby", headers=_h(rng, auth="bearer"), query={
            "lat": L(f"{LAT:.4f}", PRECISE), "lng": L(f"{LON:.4f}", PRECISE), "radius_mi": "10"}),
        case(f, f"{a}/v3/attendance", headers=_h(rng, auth="bearer"), body={
            "service": "christmas_concert", "campus": "brooklyn",
            "campus_at": {"lat": CAMPUS_AT[0], "lng": CAMPUS_AT[1]},
            "position": {"lat": L(here[0], PRECISE), "lng": L(here[1], PRECISE)},
            "party_size": 2, "first_visit": True}),
        case(f, f"{a}/v3/serve/blockouts", headers=_h(rng, auth="bearer"), body={
            "team": "welcome", "dates": ["2025-12-21", "2025-12-28"],
            "reason": L("Visiting family for the holidays", TEXT)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "device_id": L(IID_NODASH, DID),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/analytics", gz=True, headers=_h(rng, auth="bearer"), body={
            "person": L(USER_ID, UID), "events": [
                ev("gift_completed", 1, fund="general"), ev("sermon_played", 2),
                ev("screen_view", 3, screen=L("PrayerWall", USAGE))]}),
    ]
    return cases


def steeplewood_sdks() -> list[Case]:
    rng = random.Random(2832)
    return [
        plot_batch(APP, rng, [("Gift Given", {"amount": L(150.0, BUY), "fund": "general"}),
                              ("Prayer Request Submitted", {"visibility": "prayer_team"}),
                              ("Sermon Played", {"minutes": L(29, USAGE)})]),
        plot_profile(APP, rng, {"campus": "Manhattan", "member": L(True, SENS),
                                "small_group": L(GROUP_NAME, SENS), "recurring_giver": True}),
        orig_launch(APP, rng, user=True, n=61),
        rook_crash(APP, rng, ("java.net.UnknownHostException", "Unable to resolve host"),
                   [rook_crumb("nav", "Give -> Confirm"),
                    rook_crumb("net", "POST /v3/giving/gifts", {"status": 0})],
                   user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                   extra={"church_id": CH_ID}, screen="GiveConfirmActivity"),
        purse_card(APP, rng, email=True),
        purse_confirm(APP, rng, "154.65"),
        purse_gpay(APP, rng, "50.00"),
        chime_register(APP, rng, tags={"campus": "manhattan",
                                       "groups": L("womens-bible-study", SENS)}),
        chime_open(APP, rng),
        carto_route(APP, rng, (LAT, LON), PRECISE, CHURCH["at"], None, "walking"),
        ass_check(APP, rng, {"analytics": True, "marketing": False}),
    ]
