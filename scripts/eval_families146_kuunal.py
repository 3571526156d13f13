"""An Orthodox parish's candle and commemoration app "Küünlavalgus" (candlelight; her religion;
English API): sign-up, a log-in, ``/me`` with the parish-register claim, joining the parish, a
candle lit remotely, a commemoration list (names of the living and the departed), a
memorial-service (panikhida) request for her husband's grandmother, a donation, confession and
communion slots, attendance at the Dormition church with her fix, a name-day reminder, a
pilgrimage sign-up, a sung-liturgy audio search, the parish newsletter, a message to the priest,
donation receipts by cookie GET and by number in the path, push, events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families146_kit import (
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    HUSBAND,
    PARISH_NO,
    PARISHIONER,
    fix,
    hd,
    obj,
    push,
)
from eval_families146_sdk import cd_session, mc_batch, mc_identify, mc_pixel, tn_launch
from eval_families146_svc import cl_card, cl_confirm, cy_check, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kuunlavalgus", "Küünlavalgus", "com.example.kuunlavalgus", "2.0.7",
          "https://app.kuunlavalgus.example.com")
IID = "X-KV-Device"
PW = "Uspenski#1991"
GIFT = "ANN-2025-07713"  # a donation receipt (financial.purchase)
PARISH = CHURCH["name"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def _kuunlavalgus_core() -> list[Case]:
    rng = random.Random(14631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, parish_no=L(PARISH_NO, UID),
                                    parish=L(PARISH, SENS)))}
    cla, clo = fix(CHURCH_FIX, 5)
    rec = at_path(case(f, f"{a}/v1/giving/receipts/{GIFT}.pdf", headers=_h(rng, **b)),
                  f"{GIFT}.pdf", BUY)
    return [
        case(f, f"{a}/v1/auth/signup", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "baptismalName": L("Ioanna", SENS), "parish": L(PARISH, SENS)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kv-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/parish/join", headers=_h(rng, **b), body={
            "parish": L(PARISH, SENS), "jurisdiction": L("Estonian Orthodox Church", SENS),
            "registerNo": L(PARISH_NO, UID), "receivedInto": L("chrismation 2024-04-27", SENS)}),
        case(f, f"{a}/v1/candles", headers=_h(rng, **b), body={
            "icon": "Theotokos of Pskov-Pechery", "size": "large", "count": 3,
            "intention": L("For the health of Rasmus and Liisa",
                           f"{TEXT}|{SENS}|{NAMEC}"), "amount": L(6.0, BUY)}),
        case(f, f"{a}/v1/commemorations", headers=_h(rng, **b), body={
            "living": [L("Rasmus", NAMEC), L("Liisa", NAMEC), L("Emily", NAMEC)],
            "departed": [L("Maie", NAMEC), L("Arvo", NAMEC)],
            "service": L("Divine Liturgy", SENS), "date": "2025-11-09",
            "amount": L(5.0, BUY)}),
        case(f, f"{a}/v1/panikhida", fmt="form", headers=_h(rng, **b), body={
            "for": L("Maie Tamm", NAMEC), "reposed": "2019-11-20", "fortieth": "0",
            "requestedBy": L(PARISH_NO, UID),
            "note": L("Grandmother of my husband Rasmus Tamm", f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/v1/giving", headers=_h(rng, **b), body={
            "fund": L("Church restoration", SENS), "amount": L(30.0, BUY), "currency": "EUR",
            "method": L(opaque(rng, "pm_", 24), PAY), "receipt": L(GIFT, BUY)}),
        case(f, f"{a}/v1/sacraments/confession", headers=_h(rng, **b), body={
            "slot": "2025-11-08T17:00+02:00", "priest": "fr_nikolai",
            "sacrament": L("confession", SENS), "registerNo": L(PARISH_NO, UID)}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "service": L("Vigil", SENS), "at": {"lat": cla, "lon": clo},
            "church": {"lat": CHURCH["lat"], "lon": CHURCH["lon"]}, "ts": 1762614000}),
        case(f, f"{a}/v1/nameday", headers=_h(rng, **b), body={
            "saint": L("St John the Theologian", SENS), "day": "05-08",
            "family": [{"name": L(DAUGHTER["first"], NAMEC), "dob": L(DAUGHTER["dob"], BIRTH),
                        "saint": L("St Elizabeth", SENS)}]}),
        case(f, f"{a}/v1/pilgrimages/signup", headers=_h(rng, **b), body={
            "trip": L("Kuremäe convent, June", SENS), "seats": 2,
            "companion": L(PARISHIONER[0], NAMEC), "companionPhone": L(PARISHIONER[1], TEL),
            "total": L(70.0, BUY)}),
        case(f, f"{a}/v1/audio/search", headers=_h(rng, **b), query={
            "q": L("Cherubic hymn Estonian", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v1/newsletter", headers=_h(rng, **b), query={
            "lang": L("et", DEV), "parish": CHURCH["id"]}),
        case(f, f"{a}/v1/messages/priest", headers=_h(rng, **b), body={
            "text": L("Father, I would like to prepare for communion but I am not fasting "
                      "because of my diabetes", f"{TEXT}|{SENS}|health.medical"),
            "ref": rid(rng)}),
        case(f, f"{a}/v1/giving/statement", headers=_h(rng, how="none"), query={
            "year": "2025"}, cookies={"kv_sid": L(opaque(rng, "", 40), CRED),
                                      "kv_dev": L(INSTALL_ID, DID)}),
        rec,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "batch": obj(rng, "eb"), "events": [
                ev("candle_lit", 1), ev("commemoration_sent", 2),
                ev("screen", 3, screen=L("Calendar", USAGE))]}),
    ]


def kuunlavalgus_sdks() -> list[Case]:
    rng = random.Random(14632)
    return [
        tn_launch(APP, rng, first=True),
        mc_batch(APP, rng, [("Candle Lit", {"parish": L(PARISH, SENS)}),
                            ("Donation", {"amount": L(30.0, BUY)})]),
        mc_identify(APP, rng, {"parish": L(PARISH, SENS), "register_no": L(PARISH_NO, UID)}),
        mc_pixel(APP, rng, "Calendar Opened", {"fast": L("Nativity fast", SENS)}),
        cd_session(APP, rng, secs=288),
        pt_register(APP, rng, tags={"parish": L("uspenski", SENS), "lang": "en"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "30.00"),
        hs_message(APP, rng, L("My candle payment was taken twice", f"{TEXT}|{BUY}"),
                   {"register_no": L(PARISH_NO, UID)}),
    ]


def _kuunlavalgus_more() -> list[Case]:
    rng = random.Random(14633)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/calendar", headers=_h(rng, **b), query={
            "month": "2025-12", "calendar": L("julian", SENS), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/family/baptism", headers=_h(rng, **b), body={
            "child": L(DAUGHTER["first"], NAMEC), "dob": L(DAUGHTER["dob"], BIRTH),
            "baptised": L("2018-01-19 Uspenski", SENS), "godparent": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/volunteer", fmt="form", headers=_h(rng, **b), body={
            "duty": "prosphora baking", "registerNo": L(PARISH_NO, UID), "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/fasting/log", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "fast": L("Nativity fast", SENS), "days": 12}),
        case(f, f"{a}/v1/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 32), CRED)}),
    ]


def kuunlavalgus() -> list[Case]:
    return [*_kuunlavalgus_core(), *_kuunlavalgus_more()]
