"""Family chore and allowance app "Tallyjar" (she is the parent of Ava, 11, and Theo, 8): the
parent's sign-up, a log-in, ``/me``, the two children added, the children's tablet paired, a
parent PIN, chores, a chore's photo and its approval, allowance rules, a top-up from her card,
Ava's card controls, Theo's activity by his ID in the path, a savings goal, a message to Ava, a
reminder, a birthday bonus, the co-parent invited, push, events and the ledger by a cookie GET."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families41_kit import FAMILY, KID_CARD4, KID_TABLET, KIDS, obj
from eval_families41_sdk import bm_batch, bm_identify, rr_event, rr_session, sf_crash, sf_crumb
from eval_families41_svc import as_status, dw_message, pm_card, pp_register, sg_flags
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tallyjar", "Tallyjar", "com.example.tallyjar", "3.11.4",
          "https://api.tallyjar.example.com")
IID = "X-Tallyjar-Device"
PW = "Maple-Jar-Sun-3"
AVA, THEO = KIDS


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _kid(k: dict[str, Any]) -> dict[str, Any]:
    return {"firstName": L(k["name"], NAMEC), "dob": L(k["dob"], BIRTH),
            "gender": L(k["gender"], GENDER), "avatar": "fox", "family": FAMILY}


def tallyjar() -> list[Case]:
    rng = random.Random(4161)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent", family=FAMILY,
                                    kids=[L(AVA["id"], UID), L(THEO["id"], UID)]))}
    b = {"auth": "bearer"}
    chore = obj(rng, "ch", 8)
    theo = at_path(case(f, f"{a}/v2/kids/{THEO['id']}/activity", headers=_h(rng, **b),
                        query={"days": "30"}), THEO["id"], UID)
    return [
        case(f, f"{a}/v2/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "phone": L(E164, TEL), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "grant": "password"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kids", headers=_h(rng, **b), body=_kid(AVA)),
        case(f, f"{a}/v2/kids", headers=_h(rng, **b), body=_kid(THEO)),
        case(f, f"{a}/v2/kids/pair", headers=_h(rng, **b), body={
            "code": L("TJ-48Q2", CRED), "kid": L(THEO["id"], UID), "kidDevice": KID_TABLET,
            "kidDeviceModel": "Tab A9", "parentDevice": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/parents/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L("9146", CRED), "biometricUnlock": "true"}),
        case(f, f"{a}/v2/chores", headers=_h(rng, **b), body={"chores": [
            {"title": "Empty the dishwasher", "kid": L(AVA["id"], UID), "reward": 1.5,
             "repeat": "daily"},
            {"title": "Feed the cat", "kid": L(THEO["id"], UID), "reward": 1.0,
             "repeat": "daily"}]}),
        multipart(f, f"{a}/v2/chores/{chore}/proof", [
            ("photo", "room.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"kid": L(AVA["id"], UID), "takenBy": "parent"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/chores/{chore}/approve", fmt="form", headers=_h(rng, **b), body={
            "approved": "true", "kid": L(AVA["id"], UID), "bonus": "0.50"}),
        case(f, f"{a}/v2/allowance/rules", headers=_h(rng, **b), body={
            "kid": L(AVA["id"], UID), "weekly": 10, "payDay": "sat",
            "split": {"spend": 60, "save": 30, "give": 10}}),
        case(f, f"{a}/v2/wallet/topups", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "cardLast4": L("4444", PAY)}),
        case(f, f"{a}/v2/kids/{AVA['id']}/card/controls", headers=_h(rng, **b), body={
            "last4": L(KID_CARD4, PAY), "blocked": ["gaming", "gambling"],
            "dailyLimit": 20, "onlineAllowed": False}),
        theo,
        case(f, f"{a}/v2/goals", headers=_h(rng, **b), body={
            "kid": L(THEO["id"], UID), "title": L("Theo's new bike", f"{TEXT}|{NAMEC}"),
            "target": 180, "match": 0.25}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": L(AVA["id"], UID),
            "text": L("Great job Ava, your room looks amazing!", f"{TEXT}|{NAMEC}"),
            "sticker": "star-3"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "kid": L(THEO["id"], UID), "time": "18:30", "text": L("Feed Whiskers", TEXT),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/bonuses/birthday", headers=_h(rng, **b), body={
            "kid": L(AVA["id"], UID), "date": L("2026-02-11", BIRTH), "amount": 20,
            "age": L(12, BIRTH)}),
        case(f, f"{a}/v2/family/invites", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "phone": L(PARTNER[1], TEL), "role": "co-parent", "family": FAMILY}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "events": [
                ev("chore_approved", 1, kids=2), ev("topup_done", 2),
                ev("screen", 3, screen=L("Ledger", USAGE))]}),
        case(f, f"{a}/v2/ledger", headers=_h(rng, how="nodash"), query={"month": "2025-07"},
             cookies={"tj_sess": L(opaque(rng, "", 40), CRED), "tj_trace": rid(rng)}),
    ]


def tallyjar_sdks() -> list[Case]:
    rng = random.Random(4162)
    return [
        bm_batch(APP, rng, [("Chore Approved", {"kidAge": L(11, BIRTH), "bonus": True}),
                            ("Top Up", {"amount": L(50.0, BUY)})]),
        bm_identify(APP, rng, {"kids": 2, "zip": L(ZIP, COARSE), "plan": "family"}),
        rr_session(APP, rng, first=True),
        rr_event(APP, rng, "tj2s9m", {"plan": "family_monthly"}, revenue=5.99, hashed=True),
        sf_crash(APP, rng, ("java.lang.IllegalArgumentException", "kid not in family"),
                 [sf_crumb("nav", "Kids -> Theo"),
                  sf_crumb("net", "GET", {"url": f"{APP.api}/v2/kids/activity", "status": 404})],
                 screen="KidDetailActivity"),
        sg_flags(APP, rng, {"kidsCard": True, "plan": "family"}, get=True),
        pp_register(APP, rng, tags={"kids": "2", "payday": "sat"}),
        as_status(APP, rng, {"analytics": True, "ads": False}),
        pm_card(APP, rng),
        dw_message(APP, rng, L("Ava's card was declined at the school book fair",
                               f"{TEXT}|{NAMEC}"), {"kidsCard": True}),
    ]
