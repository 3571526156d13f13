"""Colostomy and IBD supply-ordering app "Pouchwise": sign-up, an OAuth log-in and an MFA code,
``/me``, the clinical profile (Crohn's disease, an end colostomy, stoma size), the insurance card,
the prescription with her stoma nurse, the catalogue in her size, an order and its tracking by
number in the path, delivery instructions, an output diary with a skin photo, medicines, public
restrooms near her, a "can't wait" card, messages and a callback from the nurse, a travel letter,
a forum post, push, events and the subscription by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families23_kit import GROUP_NO, MEMBER_ID
from eval_families24_kit import claims, head, rid
from eval_families65_kit import DEPOT_AT, NICK, NURSE, ORDER_PW, RESTROOM_FIX, SKUS, fix, obj
from eval_families65_sdk import al_event, al_launch, bm_bid, fk_crash, fk_crumb, sb_batch
from eval_families65_svc import cb_message, pl_register, pw_card, pw_confirm, ty_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("pouchwise", "Pouchwise", "com.example.pouchwise", "7.0.3",
          "https://api.pouchwise.example.com")
IID = "X-Pouchwise-Device"
PW = "Quiet-Harbor-2024"
BM = f"{BUY}|{MED}"  # an ostomy product in an order: the purchase names the condition


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _ship() -> dict[str, Any]:
    return {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def pouchwise() -> list[Case]:
    rng = random.Random(6521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_ID, MED)))}
    b = {"auth": "bearer"}
    rla, rlo = fix(RESTROOM_FIX, 4)
    track = at_path(case(f, f"{a}/v2/orders/{ORDER_PW}/tracking", headers=_h(rng, **b)),
                    ORDER_PW, BUY)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "dob": L(DOB, BIRTH),
            "zip": L(ZIP, COARSE), "marketingOptIn": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pouchwise-android", "scope": "orders profile"}),
        case(f, f"{a}/v2/oauth/mfa", headers=_h(rng), body={
            "challenge": rid(rng), "code": L("482913", CRED), "method": "sms"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile/clinical", headers=_h(rng, **b), body={
            "condition": L("Crohn's disease", MED), "surgery": L("end colostomy", MED),
            "surgeryDate": L("2024-03-11", MED), "stomaSizeMm": L(32, MED),
            "stomaShape": L("round", MED), "output": L("formed", MED),
            "skinIssues": [L("redness", MED), L("itching", MED)],
            "heightCm": L(168, FIT), "weightKg": L(63.2, FIT)}),
        multipart(f, f"{a}/v2/insurance", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_ID, MED),
                                                "group": GROUP_NO, "payer": "Quorum Health",
                                                "relationship": "self"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/prescriptions", headers=_h(rng, **b), body={
            "prescriber": {"name": L(NURSE[0], NAMEC), "phone": L(NURSE[1], TEL),
                           "npi": "1457390021"},
            "diagnosisCode": L("K50.90", MED), "items": [
                {"sku": SKUS[0], "perMonth": 30}, {"sku": SKUS[1], "perMonth": 10}]}),
        case(f, f"{a}/v2/catalog", headers=_h(rng, **b), query={
            "category": "pouches", "sizeMm": L("32", MED), "page": "1"}),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "orderNo": L(ORDER_PW, BUY), "items": [
                {"sku": SKUS[0], "name": L("Drainable pouch, 1-piece, cut-to-fit 32 mm", BM),
                 "qty": 30, "unit": 4.85},
                {"sku": SKUS[2], "name": L("Stoma paste 60 g", BM), "qty": 2, "unit": 12.4}],
            "total": L("170.30", BUY), "shipTo": _ship(), "discreetPackaging": True,
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "warehouse": {
                "lat": DEPOT_AT[0], "lon": DEPOT_AT[1]}}),
        track,
        case(f, f"{a}/v2/orders/{ORDER_PW}/instructions", fmt="form", headers=_h(rng, **b),
             body={"note": L("Leave with the doorman, please don't write what's inside",
                             TEXT), "buzzer": L("4B#2201", CRED)}),
        case(f, f"{a}/v2/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "outputs": L(5, MED), "consistency": L("loose", MED),
            "leaks": L(1, MED), "pain": L(4, MED), "blood": L(False, MED),
            "note": L("Flare after the work dinner, pouch leaked at night", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/diary/photos", [
            ("photo", "skin_1209.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"date": "2025-12-09",
                                                "area": L("lower right of stoma", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={"medications": [
            {"name": L("Infliximab", MED), "dose": L("5 mg/kg every 8 weeks", MED)},
            {"name": L("Loperamide", MED), "dose": L("2 mg as needed", MED)}]}),
        case(f, f"{a}/v2/restrooms/nearby", headers=_h(rng, **b), query={
            "lat": rla, "lng": rlo, "radiusM": "400", "open": "now"}),
        case(f, f"{a}/v2/cards/cant-wait", headers=_h(rng, **b), body={
            "fullName": L(NAME, NAMEC), "condition": L("Inflammatory bowel disease", MED),
            "cardNo": "CW-88213", "language": L("en", DEV)}),
        case(f, f"{a}/v2/nurse/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "urgent": True,
            "text": L("My stoma looks darker than usual since this morning, is that normal?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/nurse/callback", fmt="form", headers=_h(rng, **b), body={
            "phone": L(NATIONAL, TEL), "bestTime": "after 6pm",
            "topic": L("skin irritation around the stoma", MED)}),
        case(f, f"{a}/v2/travel-letter", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "passportNo": L(PASSPORT, NATID), "destination": "Lisbon",
            "departure": "2026-02-06",
            "statement": L("Carries ostomy supplies and must not remove the pouch at "
                           "security", MED)}),
        case(f, f"{a}/v2/community/posts", headers=_h(rng, **b), body={
            "author": L(NICK, UID), "board": "swimming",
            "text": L("Any tips for swimming laps with a colostomy? First time back in the "
                      "pool next week", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("order_placed", 1, items=2), ev("diary_saved", 2),
                ev("screen_view", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/v2/subscriptions", headers=_h(rng, how="upper"),
             cookies={"pw_session": L(opaque(rng, "", 44), CRED), "pw_req": rid(rng)}),
    ]


def pouchwise_sdks() -> list[Case]:
    rng = random.Random(6522)
    return [
        sb_batch(APP, rng, [("Order Placed", {"items": 2, "total": L(170.30, BUY)}),
                            ("Diary Saved", {"leaks": L(1, MED)})]),
        al_launch(APP, rng, user=True),
        al_event(APP, rng, "first_order", {"order": L(ORDER_PW, BUY)}, revenue=170.30,
                 hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 300, "h": 250}},
               keywords=L("ostomy,crohns,pouch liners", MED)),
        fk_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [fk_crumb("navigation", "Diary -> SkinPhoto"),
                  fk_crumb("request", "POST /v2/diary/photos", {"status": 0})],
                 screen="SkinPhotoActivity"),
        ty_eval(APP, rng, {"condition": L("crohns", MED), "plan": "medicare"}),
        pl_register(APP, rng, tags={"reorder_day": "9", "stoma_mm": L("32", MED)}),
        pw_card(APP, rng, email=True),
        pw_confirm(APP, rng, "170.30"),
        cb_message(APP, rng, L("Order PW-3390127 still shows processing, can you check?",
                               f"{TEXT}|{BUY}"), {"order": L(ORDER_PW, BUY)}),
    ]
