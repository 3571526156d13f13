"""Church giving and small-group app "Tithebell": sign-up, a log-in, ``/me``, her membership of
a church, the household profile, a gift and a recurring tithe, a giving statement, a small-group
search and joining one, the group's chat, a prayer request, her daughter's check-in at children's
church, a check-in at the service by position, a volunteer background check, a retreat
registration, sermon notes, a directory photo, push, events and the giving history by a cookie
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
    DASHED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
    latlng,
    opaque,
)
from eval_families22_kit import PARTNER
from eval_families24_kit import SSN, claims, head
from eval_families37_kit import fix, obj
from eval_families59_kit import CHURCH, CHURCH_FIX, GROUP_NAME, KID, TRUSTED
from eval_families59_sdk import gl_batch, gl_identify, sk_session, sn_crumb, sn_report
from eval_families59_svc import (
    ag_check,
    bk_register,
    fw_eval,
    pw_geocode,
    tf_bank,
    tf_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, W, case

APP = App("tithebell", "Tithebell", "com.example.tithebell", "4.8.0",
          "https://api.tithebell.example.com")
IID = "X-Tithebell-Device"
PW = "Psalm23&Lark"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def tithebell() -> list[Case]:
    rng = random.Random(5951)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    ch, gid = CHURCH["id"], obj(rng, "grp", 8)
    cla, clo = fix(CHURCH_FIX)
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "mobile": L(DASHED, TEL), "smsOptIn": True}),
        case(f, f"{a}/v3/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L(PW, CRED), "client_id": "tithebell-android"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/memberships", headers=_h(rng, **b), body={
            "church": L(ch, SENS), "churchName": L(CHURCH["name"], SENS),
            "status": L("member", SENS), "baptized": L(True, SENS), "campus": "Midtown",
            "since": "2019-09"}),
        case(f, f"{a}/v3/churches/{ch}/people/me", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "birthdate": L(DOB, BIRTH), "gender": L("female", GENDER),
            "maritalStatus": "married", "mobile": L(PHONE, TEL),
            "address": {"street": L(LINE1, ADDR), "unit": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "postalCode": L(ZIP, COARSE)}}),
        case(f, f"{a}/v3/churches/{ch}/gifts", headers=_h(rng, **b), body={
            "fund": "general", "amount": L("250.00", BUY), "coverFees": True,
            "feeCovered": L("7.55", BUY), "paymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "frequency": "once", "note": ""}),
        case(f, f"{a}/v3/churches/{ch}/gifts/recurring", headers=_h(rng, **b), body={
            "fund": "tithe", "amount": L("400.00", BUY), "interval": "monthly",
            "startDate": "2026-01-01", "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/churches/{ch}/text-to-give", fmt="form", headers=_h(rng, **b),
             body={"phone": L(PHONE_PAREN, TEL), "defaultAmount": "50", "fund": "general"}),
        case(f, f"{a}/v3/churches/{ch}/statements", fmt="form", headers=_h(rng, **b), body={
            "year": "2025", "email": L(EMAIL_UPPER, MAIL), "format": "pdf"}),
        case(f, f"{a}/v3/churches/{ch}/groups", headers=_h(rng, **b), query={
            "q": L("women bible study", f"{SEARCH}|{SENS}"), "near": latlng(3), "day": "tue"}),
        case(f, f"{a}/v3/groups/{gid}/join", headers=_h(rng, **b), body={
            "group": gid, "groupName": L(GROUP_NAME, SENS),
            "note": L("New here, would love to join on Tuesdays", TEXT)}),
        case(f, f"{a}/v3/groups/{gid}/messages", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "client_id": obj(rng, "cm", 12),
            "text": L("Can someone bring the study guides? I'll bring coffee.", TEXT)}),
        case(f, f"{a}/v3/churches/{ch}/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Please pray for my dad, he starts chemo for his lymphoma next week",
                      f"{TEXT}|{MED}|{SENS}"), "visibility": "group", "anonymous": False,
            "group": gid}),
        case(f, f"{a}/v3/churches/{ch}/kids/checkins", headers=_h(rng, **b), body={
            "child": {"firstName": L(KID[0], NAMEC), "lastName": L(LAST, NAMEC),
                      "birthdate": L(KID[1], BIRTH), "allergies": [L("peanuts", MED)],
                      "room": "K-3"},
            "guardian": {"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(PHONE, TEL)},
            "pickupCode": L("7QX4", CRED), "printer": "lobby-2"}),
        case(f, f"{a}/v3/churches/{ch}/attendance", headers=_h(rng, **b), body={
            "service": obj(rng, "svc", 8), "lat": cla, "lon": clo, "accuracy": 9,
            "churchAt": {"lat": CHURCH["lat"], "lon": CHURCH["lon"]}, "radiusM": 80,
            "method": "geofence"}),
        case(f, f"{a}/v3/churches/{ch}/volunteers/background-check", headers=_h(rng, **b),
             body={"legalName": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH),
                   "ssn": L(SSN, NATID), "ministry": "kids",
                   "address": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)},
                   "consent": True}),
        case(f, f"{a}/v3/events/ev_2261/registrations", headers=_h(rng, **b), body={
            "attendees": 1, "fee": L("185.00", BUY), "roommate": L(TRUSTED[0], NAMEC),
            "emergencyContact": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "shirt": "M"}),
        case(f, f"{a}/v3/notes", headers=_h(rng, **b), body={
            "sermon": "srm_1207", "title": "Ruth 1",
            "text": L("Loyalty when it costs you. Pray about the move and trust God with it.",
                      f"{TEXT}|{SENS}")}),
        multipart(f, f"{a}/v3/churches/{ch}/people/me/photo", [
            ("photo", "directory.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"showInDirectory": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID),
            "context": W({"device": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                          "campus": "midtown"}, "json"), "events": [
                ev("gift_given", 1, fund="general"), ev("group_joined", 2),
                ev("screen", 3, screen=L("GivingHistory", USAGE))]}),
        case(f, f"{a}/v3/gifts/history", headers=_h(rng, how="nodash"),
             cookies={"tb_session": L(opaque(rng, "", 40), CRED)}),
    ]


def tithebell_sdks() -> list[Case]:
    rng = random.Random(5952)
    return [
        gl_batch(APP, rng, [("Gift Given", {"amount": L(250, BUY), "recurring": False}),
                            ("Group Joined", {"kind": "bible_study"})], screen="Give"),
        gl_identify(APP, rng, {"homeChurch": L(CHURCH["name"], SENS),
                               "email": L(EMAIL, MAIL), "givingTier": "monthly"}),
        sk_session(APP, rng),
        sn_report(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                  [sn_crumb("navigation", "Give -> Confirm"),
                   sn_crumb("request", "POST /v3/churches/ch_40917/gifts", {"status": 0})],
                  context="GiveConfirmActivity"),
        fw_eval(APP, rng, {"campus": "midtown", "textToGive": True}),
        bk_register(APP, rng, tags={"group": L("womens-bible-study", SENS), "kids": "1"}),
        ag_check(APP, rng, {"analytics": True, "marketing": False}),
        tf_bank(APP, rng),
        tf_confirm(APP, rng, "250.00"),
        pw_geocode(APP, rng, "grace harbor church", f"{SEARCH}|{SENS}", near=CHURCH_FIX, nd=3),
    ]
