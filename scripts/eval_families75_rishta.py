"""Matrimonial (rishta) app "Rishtamilan": she manages the profile of her brother-in-law Faisal
(the family's search for his bride). Her account and SMS code, ``/me``, his profile (birth date,
height, religion, sect, caste), the family details (parents, siblings, the family home), photos,
his CNIC verification, partner preferences, a search, an interest sent, a shortlist, a chat
message, her number shared, a family visit arranged, privacy settings, a fake profile reported,
a profile viewed, a Play purchase, push, events and daily matches by cookie."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PHONE_NOPLUS,
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
from eval_families18_kit import FIT, NATID
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families75_kit import CANDIDATE, FIL, HUSBAND, LHR_HOME, MIL, SIL, others
from eval_families75_sdk import (
    bl_bid,
    hl_crash,
    hl_crumb,
    nb_event,
    nb_session,
    sh_batch,
    sh_identify,
)
from eval_families75_svc import ij_check, ij_save, md_message, pk_register
from eval_payloads import EMAIL, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("rishtamilan", "Rishtamilan", "com.example.rishtamilan", "7.2.1",
          "https://api.rishtamilan.example.com")
IID = "X-RM-Device"
PASSWORD = "Gulberg!Rishta7"
PID = CANDIDATE["pid"]
PURL = f"https://api.rishtamilan.example.com/v3/profiles/{PID}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _p(c: Case) -> Case:
    return at_path(c, PID, UID)


def rishtamilan() -> list[Case]:
    rng = random.Random(7541)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone_number=L(E164, TEL),
                                    profiles=[L(PID, UID)]))}
    b = {"auth": "bearer"}
    seen = others(rng, 3)
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng, lang=True), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "password": L(PASSWORD, CRED),
            "phone": L(PHONE, TEL), "createdFor": "brother_in_law", "country": L("US", COARSE)}),
        case(f, f"{a}/v3/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("907215", CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/profiles", headers=_h(rng, **b), body={
            "id": L(PID, UID), "name": L(CANDIDATE["name"], NAMEC),
            "dob": L(CANDIDATE["dob"], BIRTH), "gender": L("male", GENDER),
            "height": L("5'10\"", FIT), "maritalStatus": "never_married",
            "religion": L("Islam", SENS), "sect": L("Sunni", SENS), "caste": L("Arain", SENS),
            "motherTongue": "Punjabi", "education": "BS Computer Science",
            "profession": "Software engineer", "incomeBand": "PKR 300k-500k",
            "city": L("Lahore", COARSE), "country": L("PK", COARSE),
            "about": L("Faisal is calm and family-minded, prays regularly and loves cricket",
                       f"{TEXT}|{NAMEC}|{SENS}")}),
        _p(case(f, f"{PURL}/family", headers=_h(rng, **b), body={
            "father": {"name": L(FIL[0], NAMEC), "occupation": "retired banker"},
            "mother": {"name": L(MIL, NAMEC), "occupation": "homemaker"},
            "brothers": [{"name": L(HUSBAND[0], NAMEC), "status": "married, settled in USA"}],
            "sisters": [{"name": L(SIL, NAMEC), "status": "married"}],
            "familyType": "joint", "familyValues": L("religious", SENS),
            "home": {"line": L(LHR_HOME["line"], ADDR), "city": L(LHR_HOME["city"], COARSE)},
            "houseOwned": True})),
        _p(multipart(f, f"{PURL}/photos", [
            ("photo1", "faisal_1.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("photo2", "faisal_2.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("settings", None, "application/json", {"blurUntilMatch": True, "primary": 1})],
            headers=_h(rng, **b))),
        _p(multipart(f, f"{PURL}/verification", [
            ("cnic_front", "cnic.jpg", "image/jpeg", L(JPEG + b"\xa3", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"cnic": L(CANDIDATE["cnic"], NATID),
                                                "nameOnCard": L(CANDIDATE["name"], NAMEC)})],
            headers=_h(rng, **b))),
        _p(case(f, f"{PURL}/preferences", headers=_h(rng, **b), body={
            "ageMin": 23, "ageMax": 28, "heightMin": "5'2\"", "sect": [L("Sunni", SENS)],
            "caste": "any", "cities": ["Lahore", "Islamabad", "Faisalabad"],
            "education": "graduate", "maritalStatus": ["never_married"]})),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "gender": L("female", SEARCH), "age": L("23-28", SEARCH), "city": L("Lahore", SEARCH),
            "sect": L("Sunni", f"{SEARCH}|{SENS}"), "education": L("masters", SEARCH),
            "for": L(PID, UID), "near": L(f"{LAT:.4f},{LON:.4f}", PRECISE), "page": "1"}),
        case(f, f"{a}/v3/config/options", headers=_h(rng, **b), query={
            "fields": "sects,castes,education", "lang": L("en", DEV)}),
        case(f, f"{a}/v3/interests", headers=_h(rng, **b), body={
            "from": L(PID, UID), "to": seen[0],
            "message": L("Assalam o alaikum, we liked your daughter's profile for Faisal",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/shortlist", fmt="form", headers=_h(rng, **b), body={
            "profile": seen[1], "for": L(PID, UID)}),
        case(f, f"{a}/v3/chats/th_{seen[0][3:]}/messages", headers=_h(rng, **b), body={
            "text": L("Faisal works at a software house in Gulberg; his mother would like to "
                      "call you this weekend", f"{TEXT}|{NAMEC}"), "clientId": rid(rng)}),
        case(f, f"{a}/v3/contact-share", headers=_h(rng, **b), body={
            "with": seen[0], "phone": L(E164, TEL), "whatsapp": L(PHONE_NOPLUS, TEL),
            "contactPerson": L(NAME, NAMEC), "relation": "bhabhi"}),
        case(f, f"{a}/v3/meetings", headers=_h(rng, **b), body={
            "with": seen[0], "date": "2025-12-27T17:00+05:00",
            "venue": {"line": L(LHR_HOME["line"], ADDR), "city": L("Lahore", COARSE)},
            "hostPhone": L(FIL[1], TEL), "hostName": L(FIL[0], NAMEC)}),
        case(f, f"{a}/v3/privacy", headers=_h(rng, **b), body={
            "photoVisibility": "accepted_only", "hidePhone": True, "hideIncome": True}),
        case(f, f"{a}/v3/reports", fmt="form", headers=_h(rng, **b), body={
            "profile": seen[2], "reason": "fake",
            "details": L("Asked for money before any family meeting", TEXT)}),
        case(f, f"{a}/v3/profiles/{seen[1]}/view", headers=_h(rng, **b), query={
            "source": "search", "viewer": L(PID, UID)}),
        case(f, f"{a}/v3/billing/verify", headers=_h(rng, **b), body={
            "product": L("rm_gold_3m", BUY), "price": L("24.99", BUY),
            "orderId": L("GPA.3391-8820-1174-40219", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L("Pixel 8", DEV),
            "osVersion": L("14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("interest_sent", 1), ev("profile_viewed", 2),
                ev("screen", 3, screen=L("DailyMatches", USAGE))]}),
        case(f, f"{a}/v3/matches/daily", headers=_h(rng, how="nodash"), query={"for": L(PID, UID)},
             cookies={"rm_sess": L(opaque(rng, "", 40), CRED), "rm_profile": L(PID, UID)}),
    ]


def rishtamilan_sdks() -> list[Case]:
    rng = random.Random(7542)
    return [
        sh_batch(APP, rng, [("Interest Sent", {"sect": L("Sunni", SENS)}),
                            ("Profile Viewed", {"source": "search"})], ip=True),
        sh_identify(APP, rng, {"createdFor": "brother_in_law", "plan": "gold",
                               "city": L("New York", COARSE), "profileCity": L("Lahore", COARSE)}),
        nb_session(APP, rng, first=True),
        nb_event(APP, rng, "gld3mx", {"plan": "gold_3m"}, revenue=24.99, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords=L("rishta,sunni,lahore", SENS),
               cat=["IAB14"]),
        hl_crash(APP, rng, ("java.lang.NullPointerException", "family.sisters[0].status"),
                 [hl_crumb("nav", "Profile -> FamilyDetails"), hl_crumb("tap", "save")],
                 screen="FamilyDetailsActivity"),
        pk_register(APP, rng, tags={"plan": "gold", "for": "brother_in_law"}),
        ij_save(APP, rng, {"analytics": True, "ads": True, "matching": True}, user=True),
        ij_check(APP, rng, {"analytics": True, "ads": True, "matching": True}),
        md_message(APP, rng, L("Please verify Faisal's CNIC, we uploaded it on Friday",
                               f"{TEXT}|{NAMEC}"), {"plan": "gold"}),
    ]
