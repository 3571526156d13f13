"""Gig electrician marketplace "Sparkwise" (she books an electrician for her flat): sign-up by
phone, the SMS code, ``/me``, her address and the building's door code, a job request with the
breaker panel's photos, electricians nearby, a quote accepted, a chat with the electrician
(msgpack), his live position (his, a negative) and her arrival check, a change order, a
payment, a tip, a review, an invoice by number in the path, a warranty claim with a video, a
referral, a saved home profile, push, events and jobs by a cookie GET."""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families15_kit import STREET
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families57_kit import GATE_CODE, JOB, PRO, obj
from eval_families57_sdk import bl_bid, bl_notice, gw_session, me_batch, me_beacon, tb_event
from eval_families57_svc import cb_geocode, ph_message, tl_card, tl_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("sparkwise", "Sparkwise", "com.example.sparkwise", "3.18.0",
          "https://api.sparkwise.example.net")
IID = "X-Sparkwise-Install"
INVOICE = "SPW-INV-2025-118204"  # her invoice (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def sparkwise() -> list[Case]:
    rng = random.Random(5751)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone_number=L(PHONE, TEL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    la, lo = pos(5)
    inv = at_path(case(f, f"{a}/v1/invoices/{INVOICE}", headers=_h(rng, **b)), INVOICE, BUY)
    return [
        case(f, f"{a}/v1/auth/phone", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "country": "US", "channel": "sms"}),
        case(f, f"{a}/v1/auth/phone/verify", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "code": L("552018", CRED), "installId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "homeType": "apartment", "owner": False}),
        case(f, f"{a}/v1/addresses", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "lat": la, "lng": lo,
            "accessCode": L(GATE_CODE, CRED),
            "accessNotes": L("Buzz 4B, super is Mr. Kowalski if I'm not home", f"{TEXT}|{ADDR}")}),
        multipart(f, f"{a}/v1/jobs", [
            ("panel", "breaker_panel.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("outlet", "scorched_outlet.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("job", None, "application/json", {
                "category": "outlet_repair", "urgency": "today",
                "description": L("Kitchen outlet sparked and now the breaker keeps tripping",
                                 TEXT),
                "address": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pros/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", "location.precise"), "lng": L(f"{LON:.3f}", "location.precise"),
            "trade": "electrician", "licensed": "true"}),
        case(f, f"{a}/v1/jobs/{JOB}/quotes/accept", headers=_h(rng, **b), body={
            "pro": PRO["id"], "quote": obj(rng, "qt", 8), "amount": L("185.00", BUY),
            "window": "2025-12-10T14:00/16:00", "proLicence": PRO["licence"]}),
        case(f, f"{a}/v1/jobs/{JOB}/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "to": PRO["id"], "text": L("I'll leave the panel door unlocked, the dog is friendly",
                                       TEXT), "sent": 1765374211}),
        case(f, f"{a}/v1/jobs/{JOB}/tracking", headers=_h(rng, **b), query={
            "pro": PRO["id"], "since": "1765375000"}),
        case(f, f"{a}/v1/jobs/{JOB}/arrival", headers=_h(rng, **b), body={
            "confirmedBy": L(USER_ID, UID), "at": 1765378200,
            "proPosition": {"lat": PRO["lat"], "lng": PRO["lon"]},
            "customerPosition": {"lat": L(round(LAT, 6), "location.precise"),
                                 "lng": L(round(LON, 6), "location.precise")}}),
        case(f, f"{a}/v1/jobs/{JOB}/change-orders", headers=_h(rng, **b), body={
            "item": "replace 20A GFCI breaker", "amount": L("96.00", BUY), "approved": True,
            "signature": L(base64.b64encode(PNG + b"\x93").decode(), MEDIA)}),
        case(f, f"{a}/v1/jobs/{JOB}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("281.00", BUY), "paymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "cardLast4": L("4444", PAY), "tip": L("30.00", BUY)}),
        case(f, f"{a}/v1/pros/{PRO['id']}/reviews", headers=_h(rng, **b), body={
            "stars": 5, "text": L("Luis found a loose neutral, explained everything", TEXT),
            "job": JOB}),
        inv,
        multipart(f, f"{a}/v1/warranty", [
            ("video", "breaker_trip.mp4", "video/mp4", L(MP4, MEDIA)),
            ("claim", None, "application/json", {"invoice": L(INVOICE, BUY),
                                                 "issue": L("Same breaker tripped again", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendName": L(PEOPLE[4][0], NAMEC), "friendPhone": L(PEOPLE[4][1], TEL),
            "code": "JANE25"}),
        case(f, f"{a}/v1/home-profile", headers=_h(rng, **b), body={
            "address": L(STREET, ADDR), "builtYear": 1931, "panelAmps": 100,
            "aluminumWiring": False, "evCharger": False}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "platform": "android", "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("job_posted", 1, trade="electrician"), ev("quote_accepted", 2),
                ev("screen", 3, screen=L("JobTracking", USAGE))]}),
        case(f, f"{a}/v1/jobs", headers=_h(rng, how="upper"),
             cookies={"spw_session": L(opaque(rng, "", 40), CRED),
                      "spw_csrf": opaque(rng, "", 24)}),
    ]


def sparkwise_sdks() -> list[Case]:
    rng = random.Random(5752)
    return [
        me_batch(APP, rng, [("Job Posted", {"trade": "electrician", "zip": L(ZIP, COARSE)}),
                            ("Quote Accepted", {"amount": L(185.0, BUY)})], at=(LAT, LON), nd=4),
        me_beacon(APP, rng, "Landing Viewed", {"src": "search_ad"}),
        tb_event(APP, rng, "job_paid", {"job": JOB}, revenue=281.0, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3, hem=True),
        bl_notice(APP, rng, "win"),
        gw_session(APP, rng, secs=266),
        tl_card(APP, rng),
        tl_confirm(APP, rng, "281.00"),
        cb_geocode(APP, rng, "350 Fifth Ave", ADDR, near=(LAT, LON), nd=2),
        ph_message(APP, rng, L("The electrician was charged twice for the same job", TEXT),
                   {"job": JOB, "invoice": L(INVOICE, BUY)}),
    ]
