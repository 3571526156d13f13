"""Crohn's disease flare tracker "Crohnicle" with a stool diary: sign-up with the diagnosis, a
log-in, ``/me``, stool entries (JSON, an offline batch in msgpack, a photo), symptoms (form), a
flare with its Harvey-Bradshaw index, medicines and an injection, labs, trigger foods, restrooms
nearby, a "can't wait" card, an appointment with her GI doctor, a report shared with her, the
insurance, an iron infusion booked, a community post, a subscription check,
push, events and the export by a cookie GET."""

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families76_kit import GI_DOC, INFUSION, MEMBER_CR, RESTROOMS, code, stools
from eval_families76_sdk import pr_event, pr_session, sl_batch, sl_queue, ss_crash, ss_crumb
from eval_families76_svc import pm_message, pv_check, sk_eval, zm_search, zv_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("crohnicle", "Crohnicle", "com.example.crohnicle", "2.18.0",
          "https://api.crohnicle.example.com")
IID = "X-Crohnicle-Device"
PW = "Ileum-Quiet-2025"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def crohnicle() -> list[Case]:
    rng = random.Random(7621)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    b = {"auth": "bearer"}
    entry = code(rng, "st", 10)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, BIRTH),
            "sex": L("female", "personal.gender"), "zip": L(ZIP, COARSE),
            "diagnosis": {"condition": L("Crohn's disease", MED), "year": L(2016, MED),
                          "montreal": {"location": L("L3 ileocolonic", MED),
                                       "behavior": L("B1 inflammatory", MED)}},
            "marketingOptIn": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "crohnicle-android", "scope": "diary"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/stools", headers=_h(rng, **b), body={
            "id": entry, "at": "2025-12-09T14:22:00-05:00", "bristol": L(6, MED),
            "blood": L(True, MED), "mucus": L(False, MED), "urgency": L(4, MED),
            "pain": L(5, MED),
            "note": L("Third time since lunch, cramping low on the right side", TM)}),
        case(f, f"{a}/v1/stools/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "entries": L(stools(rng, 6), MED), "client": "offline"}),
        multipart(f, f"{a}/v1/stools/{entry}/photo", [
            ("photo", "entry.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"bristol": L(6, MED), "blurred": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/symptoms", fmt="form", headers=_h(rng, **b), body={
            "date": "2025-12-09", "fatigue": L("7", MED), "abdominalPain": L("6", MED),
            "jointPain": L("3", MED), "nausea": L("2", MED), "appetite": L("poor", MED)}),
        case(f, f"{a}/v1/flares", headers=_h(rng, **b), body={
            "start": "2025-12-06", "severity": L("moderate", MED), "hbi": L(9, MED),
            "trigger": L("Stress at work and I missed one adalimumab dose", TM),
            "steroidRescue": L(True, MED)}),
        case(f, f"{a}/v1/meds", headers=_h(rng, **b), body={"medications": [
            {"name": L("Adalimumab", MED), "dose": L("40 mg every 14 days", MED),
             "route": L("subcutaneous", MED)},
            {"name": L("Azathioprine", MED), "dose": L("100 mg daily", MED)},
            {"name": L("Budesonide", MED), "dose": L("9 mg taper", MED)}]}),
        case(f, f"{a}/v1/meds/doses", fmt="form", headers=_h(rng, **b), body={
            "med": L("adalimumab", MED), "site": L("left thigh", MED),
            "takenAt": "2025-12-08T20:15:00-05:00", "lot": "LOT 88R2C", "reminderId": "rem_12"}),
        case(f, f"{a}/v1/labs", headers=_h(rng, **b), body={
            "date": "2025-12-02", "calprotectin": L(412, MED), "crp": L(14.2, MED),
            "hemoglobin": L(11.3, MED), "ferritin": L(9, MED),
            "lab": {"name": "Lindenmark Diagnostics", "phone": "+12125550166"}}),
        case(f, f"{a}/v1/diet", headers=_h(rng, **b), body={
            "triggers": [L("dairy", MED), L("popcorn", MED), L("raw salad", MED)],
            "meals": [{"meal": "lunch", "items": ["ramen", "green tea"]}], "lowResidue": True}),
        case(f, f"{a}/v1/restrooms/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.4f}", PRECISE), "lon": L(f"{LON:.4f}", PRECISE), "radius": "400",
            "accessible": "1"}),
        case(f, f"{a}/v1/restrooms/{RESTROOMS[0][0]}/reviews", headers=_h(rng, **b), body={
            "stars": 4, "clean": True, "changingTable": False,
            "at": {"lat": RESTROOMS[0][1], "lon": RESTROOMS[0][2]}}),
        case(f, f"{a}/v1/cards/cant-wait", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "language": "en",
            "text": L("I have Crohn's disease and need urgent access to a toilet", TM)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "doctor": {"name": L(GI_DOC[0], NAMEC), "phone": L(GI_DOC[1], TEL)},
            "at": "2025-12-15T10:40", "reason": L("colonoscopy prep questions", MED),
            "reminder": "1d"}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(GI_DOC[0], NAMEC), "recipientEmail": L(GI_DOC[2], MAIL),
            "range": "90d", "include": "stools,labs,meds"}),
        case(f, f"{a}/v1/insurance", headers=_h(rng, **b), body={
            "memberId": L(MEMBER_CR, MED), "group": "GRP-71208", "payer": "Lindenmark Health",
            "specialtyPharmacy": "Pharmapick Specialty"}),
        case(f, f"{a}/v1/infusions", headers=_h(rng, **b), body={
            "center": {"id": INFUSION["id"], "name": INFUSION["name"],
                       "phone": INFUSION["phone"], "line": INFUSION["line"],
                       "lat": INFUSION["lat"], "lon": INFUSION["lon"]},
            "slot": "2025-12-18T08:00", "drug": L("iron sucrose 200 mg", MED),
            "copay": L("40.00", BUY)}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "topic": "biologics", "displayName": L("gutsy_jane", UID), "anonymous": False,
            "text": L("Anyone else flare after the switch to the biosimilar pen?", TM)}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("crohnicle_plus_yearly", BUY),
            "orderId": L("GPA.3345-1184-2290-44817", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("stool_logged", 1, bristol=L(6, MED)), ev("restroom_map_opened", 2),
                ev("screen", 3, screen=L("FlareReport", USAGE))]}),
        case(f, f"{a}/v1/export", headers=_h(rng, how="nodash"), query={"format": "pdf"},
             cookies={"cr_session": L(opaque(rng, "", 44), CRED),
                      "cr_device": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def crohnicle_sdks() -> list[Case]:
    rng = random.Random(7622)
    return [
        sl_batch(APP, rng, [("Stool Logged", {"bristol": L(6, MED), "blood": L(True, MED)}),
                            ("Restroom Search", {"results": 7})], wifi=True),
        sl_queue(APP, rng, [("Flare Started", {"severity": L("moderate", MED)}),
                            ("Reminder Snoozed", {"med": L("adalimumab", MED)}),
                            ("Paywall Viewed", {})]),
        pr_session(APP, rng, user=True),
        pr_event(APP, rng, "subscribe_plus", {"plan": "yearly", "condition": L("crohns", MED)},
                 revenue=59.99, hashed=True),
        ss_crash(APP, rng, ("java.lang.ArithmeticException", "divide by zero in hbi"),
                 [ss_crumb("navigation", "Diary -> FlareReport"),
                  ss_crumb("ui", "tap", {"view": "hbi_total"})], screen="FlareReportActivity"),
        sk_eval(APP, rng, {"condition": L("crohns", MED), "plan": "plus"}),
        zv_register(APP, rng, tags={"flare_mode": L("on", MED), "med_reminders": "1"}),
        pv_check(APP, rng, {"analytics": True, "ads": False}),
        zm_search(APP, rng, "public restroom union square", SEARCH, near=(LAT, LON), nd=4),
        pm_message(APP, rng, L("My export PDF cuts off the calprotectin column", TEXT),
                   {"plan": "plus"}),
    ]
