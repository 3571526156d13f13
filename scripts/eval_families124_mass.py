"""Catholic parish app "Offertorium" of her home parish in Enugu (St. Theresa of the Hills; her
religion), built around Mass intentions and offerings (unlike set 101's choir app): registration
as a parishioner with her baptismal name, an OAuth log-in, ``/me`` with a JWT, her sacraments and
society, Mass times, a Mass intention for her late mother with its stipend, the Sunday offering by
envelope number, a monthly tithe, a harvest pledge, a confession slot, a prayer request, the
bulletin, a retreat for her and her daughter, her check-in at Mass (her fix), the livestream's
minutes (msgpack), a baptismal certificate, a receipt by number in the path, an offering envelope
scanned (msgpack), a hymn search, a ministry, push, events and the giving summary by cookie."""

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
    EMAIL_UPPER,
    GENDER,
    MAIL,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families124_kit import (
    CHURCH_FIX,
    DAUGHTER,
    ENVELOPE,
    HUSBAND,
    MOTHER,
    NG_HOME,
    NG_HOME_AT,
    PARISH,
    fix,
    obj,
)
from eval_families124_sdk import ck_crumb, ck_report, gh_batch, gh_pixel, of_event, of_session
from eval_families124_svc import pay_card, pay_charge, pg_register, pm_status, ps_route
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("offertorium", "Offertorium", "com.example.offertorium", "1.18.0",
          "https://api.offertorium.example.org")
IID = "X-Offertorium-Device"
PW = "Ave!Theresa1991"
STIPEND = "MI-4N8QK2TZ"  # the Mass intention's stipend receipt (financial.purchase)
NS = f"{NAMEC}|{SENS}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def offertorium() -> list[Case]:
    rng = random.Random(12421)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), envelope=L(ENVELOPE, UID)))}
    b = {"auth": "bearer"}
    cla, clo = fix(CHURCH_FIX, 5)
    mass, retreat = obj(rng, "mass", 8), obj(rng, "evt", 8)
    rcpt = at_path(case(f, f"{a}/api/v2/receipts/{STIPEND}", headers=_h(rng, **b)),
                   STIPEND, BUY)
    return [
        case(f, f"{a}/api/v2/parishioners/register", headers=_h(rng), body={
            "title": L("Mrs", GENDER), "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "baptismalName": L("Monica", NS), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED),
            "parish": {"id": PARISH["id"], "name": L(PARISH["name"], SENS)},
            "address": L(NG_HOME["line"], ADDR), "city": L(NG_HOME["city"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "offertorium-android"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/parishioners/me/profile", headers=_h(rng, **b), body={
            "envelopeNumber": L(ENVELOPE, UID), "sacraments": {
                "baptism": L("1991-06-23", SENS), "firstCommunion": L("1999-05-30", SENS),
                "confirmation": L("2003-08-15", SENS), "matrimony": L("2008-12-27", SENS)},
            "society": L("Catholic Women Organisation", SENS), "maritalStatus": "married",
            "spouse": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/v2/masses", query={"parish": PARISH["id"], "from": "2025-12-14"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/intentions", headers=_h(rng, **b), body={
            "mass": mass, "kind": "repose", "forName": L(MOTHER, NAMEC),
            "intention": L(f"For the repose of the soul of my mother, {MOTHER}",
                           f"{TEXT}|{NAMEC}|{SENS}"),
            "requestedBy": L(NAME, NAMEC), "stipend": L("5000", BUY), "currency": "NGN",
            "receipt": L(STIPEND, BUY)}),
        case(f, f"{a}/api/v2/offerings", fmt="form", headers=_h(rng, **b), body={
            "fund": "sunday_collection", "amount": L("2000", BUY),
            "envelope": L(ENVELOPE, UID), "method": "saved_card"}),
        case(f, f"{a}/api/v2/tithes/recurring", headers=_h(rng, **b), body={
            "amount": L("15000", BUY), "interval": "monthly", "dayOfMonth": 1,
            "envelope": L(ENVELOPE, UID), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v2/harvest/pledges", headers=_h(rng, **b), body={
            "pledge": L("50000", BUY), "familyName": L("Doe family", NAMEC),
            "due": "2026-08-16"}),
        case(f, f"{a}/api/v2/sacraments/book", headers=_h(rng, **b), body={
            "sacrament": L("reconciliation", SENS), "slot": "2025-12-20T16:30:00+01:00",
            "priest": "fr_0012"}),
        case(f, f"{a}/api/v2/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Please pray for my husband Emeka, travelling back to Lagos on the 20th",
                      f"{TEXT}|{NAMEC}|{SENS}"), "public": False}),
        case(f, f"{a}/api/v2/bulletins/latest", headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/api/v2/events/{retreat}/register", headers=_h(rng, **b), body={
            "attendees": [{"name": L(NAME, NAMEC), "role": "self"},
                          {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                           "age": L(DAUGHTER["age"], BIRTH)}],
            "fee": L("12000", BUY), "dietary": "none"}),
        case(f, f"{a}/api/v2/attendance/checkin", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "church": {"lat": PARISH["lat"], "lon": PARISH["lon"]},
            "service": L("Sunday Mass 8:00", SENS), "envelope": L(ENVELOPE, UID)}),
        case(f, f"{a}/api/v2/live/heartbeat", fmt="msgpack", headers=_h(rng, **b), body={
            "stream": obj(rng, "live", 8), "watchedS": L(1260, USAGE), "quality": "480p"}),
        case(f, f"{a}/api/v2/certificates", headers=_h(rng, **b), body={
            "type": "baptism", "baptismDate": L("1991-06-23", SENS),
            "parents": [L(MOTHER, NAMEC), L("Joseph Eze", NAMEC)],
            "deliverTo": L(EMAIL, MAIL)}),
        rcpt,
        case(f, f"{a}/api/v2/envelopes/scan", fmt="msgpack", headers=_h(rng, **b), body={
            "envelope": L(ENVELOPE, UID), "amount": L(3000, BUY), "qr": opaque(rng, "q", 16)}),
        case(f, f"{a}/api/v2/hymns", query={"q": L("Ekele Maria", SEARCH), "lang": "ig"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/ministries/join", fmt="form", headers=_h(rng, **b), body={
            "ministry": L("lector", SENS), "sundays": "1,3"}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Africa/Lagos", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("intention_booked", 1), ev("offering_given", 2),
                ev("screen", 3, screen=L("Giving", USAGE))]}),
        case(f, f"{a}/api/v2/giving/summary", headers=_h(rng, how="none"),
             cookies={"of_session": L(opaque(rng, "", 40), CRED),
                      "of_device": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def offertorium_sdks() -> list[Case]:
    rng = random.Random(12422)
    return [
        gh_batch(APP, rng, [("Intention Booked", {"kind": "repose"}),
                            ("Offering Given", {"amount": L(2000, BUY)})]),
        gh_pixel(APP, rng, "App Opened", {"screen": L("Home", USAGE)}),
        of_session(APP, rng, user=True, n=14),
        of_event(APP, rng, "offering", {"fund": "tithe"}, revenue=15000.0),
        ck_report(APP, rng, ("java.net.SocketTimeoutException", "live stream manifest"),
                  [ck_crumb("navigation", "Home -> Live"),
                   ck_crumb("request", "GET /live/manifest.m3u8", {"status": 0})],
                  screen="LiveMassActivity"),
        pg_register(APP, rng, tags={"parish": L(PARISH["name"], SENS),
                                    "society": L("CWO", SENS)}),
        pm_status(APP, rng, {"analytics": True, "marketing": False}),
        pay_card(APP, rng),
        pay_charge(APP, rng, 500000, STIPEND),
        ps_route(APP, rng, [(NG_HOME_AT, "location.precise"),
                            ((PARISH["lat"], PARISH["lon"]), None)]),
    ]
