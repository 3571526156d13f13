"""Orthodox Tewahedo parish app "Asratmezgeb" (``asrat``, the tithe; ``mezgeb``, register): her
parish's own administration app, not a personal fasting calendar (set 102's "Tsomgize" is one):
the parish register of her household, the monthly tithe ledger paid by mobile money, the
household's fasting calendar, her confessor father, a memorial (tezkar) for her late
father-in-law, Sunday school for Lwam, a building pledge, a prayer association's dues, service
attendance, a vow, prayer requests, an in-kind gift, the member card's photo, reminders, push,
events and the ledger by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, push_token
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families115_kit import (
    ADDR,
    BAPTISMAL,
    BIRTH,
    BUY,
    CHURCH,
    CHURCH_FIX,
    COARSE,
    CONFESSOR,
    CRED,
    DEV,
    DID,
    ET_PHONE,
    ET_PHONE_SP,
    HOME_MK_AT,
    HUSBAND,
    LWAM,
    MED,
    MEDIA,
    MEMBER_NO,
    MK_HOME_LINE,
    NAMEC,
    PARISH,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    TITHE_REF,
    UID,
    USAGE,
    WALLET,
    ll,
    obj,
    ti_head,
)
from eval_families115_sdk import cm_batch, cm_identify, fk_sessions, sq_event, sq_session
from eval_families115_svc import ca_save, fm_eval, mt_geocode, pm_wallet, ps_subscribe
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("asrat", "Asratmezgeb", "org.example.asratmezgeb", "1.9.4",
          "https://api.asratmezgeb.example.org")
IID = "X-Parish-Device"
PW = "Kidane-Mihret-1983"
BN = f"{NAMEC}|{SENS}"  # a baptismal name: a name, and it states her faith
TS = f"{TEXT}|{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return ti_head(APP, rng, IID, **kw)


def asratmezgeb() -> list[Case]:
    rng = random.Random(11531)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_NO, UID), parish=L(PARISH, SENS)))}
    husband = f"{HUSBAND[0]} {HUSBAND[1]}"
    return [
        case(f, f"{a}/v1/members", headers=_h(rng, auth=None), body={
            "full_name": L(NAME, NAMEC), "baptismal_name": L(BAPTISMAL, BN),
            "phone": L(ET_PHONE_SP, TEL), "parish": L(PARISH, SENS),
            "address": L(MK_HOME_LINE, ADDR), "kebele": L("14", COARSE),
            "birth_date": L(DOB, BIRTH), "household_head": L(husband, NAMEC),
            "password": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng, auth=None), body={
            "grant_type": "password", "username": L(ET_PHONE, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v1/household", headers=_h(rng), body={"members": [
            {"name": L(husband, NAMEC), "baptismal_name": L("Gebre Kidan", BN),
             "relation": "husband"},
            {"name": L(f"{LWAM['first']} {LWAM['father']}", NAMEC),
             "baptismal_name": L("Amete Selassie", BN), "birth_date": L(LWAM["dob"], BIRTH),
             "relation": "daughter"}]}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, how="upper"), query={
            "year": "2018", "member": L(MEMBER_NO, UID), "fasts": "all", "lang": L("ti", DEV)}),
        case(f, f"{a}/v1/fasts/log", headers=_h(rng), body={
            "fast": L("Tsome Nebiyat", SENS), "date": "2025-12-05", "kept": L(True, SENS),
            "exemption": L("I take my antibiotics with milk, Aba allowed it this week",
                           f"{TS}|{MED}")}),
        case(f, f"{a}/v1/asrat", headers=_h(rng), body={
            "month": "Tahsas 2018", "kind": L("asrat", SENS), "amount": L("1850.00", BUY),
            "parish": L(PARISH, SENS), "pay_from": L(ET_PHONE, WALLET),
            "ledger_line": obj(rng, "ln", 8)}),
        at_path(case(f, f"{a}/v1/asrat/{TITHE_REF}/confirm", fmt="form", headers=_h(rng),
                     body={"otp": L("551208", CRED), "channel": "wallet"}), TITHE_REF, BUY),
        case(f, f"{a}/v1/asrat/ledger", headers=_h(rng, auth=None),
             cookies={"pm_sess": L(opaque(rng, "", 40), CRED), "pm_member": L(MEMBER_NO, UID)}),
        case(f, f"{a}/v1/confessor", headers=_h(rng), body={
            "name": L(CONFESSOR[0], NAMEC), "phone": L(CONFESSOR[1], TEL),
            "parish": L(PARISH, SENS), "since": "2019"}),
        case(f, f"{a}/v1/tezkar", headers=_h(rng), body={
            "deceased": L("Gebremedhin Abraha", NAMEC), "rite": L("tezkar, 40th day", SENS),
            "date": "2025-12-14", "donation": L("2500.00", BUY),
            "note": L("For the soul of my father-in-law Gebremedhin Abraha",
                      f"{TS}|{NAMEC}")}),
        case(f, f"{a}/v1/sunday-school", headers=_h(rng), body={
            "child": L(LWAM["first"], NAMEC), "baptismal_name": L("Amete Selassie", BN),
            "age": L(LWAM["age"], BIRTH), "class": "youth-3", "parish": L(PARISH, SENS)}),
        case(f, f"{a}/v1/pledges", headers=_h(rng), body={
            "fund": L("Kidane Mihret bell tower", SENS), "amount": L("6000.00", BUY),
            "months": 6, "start": "Tir 2018"}),
        case(f, f"{a}/v1/mahber", fmt="form", headers=_h(rng), body={
            "name": L("Senbete Mariam", SENS), "dues": L("100.00", BUY), "cycle": "monthly"}),
        case(f, f"{a}/v1/attendance", headers=_h(rng), body={
            "service": L("Kidase", SENS), "church": CHURCH["id"],
            "lat": L(CHURCH_FIX[0], PRECISE), "lon": L(CHURCH_FIX[1], PRECISE),
            "churchLat": CHURCH["lat"], "churchLon": CHURCH["lon"]}),
        case(f, f"{a}/v1/churches", headers=_h(rng), query={
            "near": ll(HOME_MK_AT, 2, COARSE), "rite": "tewahedo", "page": "1"}),
        case(f, f"{a}/v1/prayer-requests", headers=_h(rng), body={
            "text": L("Pray for my daughter Lwam, her exam results come out this week",
                      f"{TS}|{NAMEC}"), "public": False}),
        case(f, f"{a}/v1/vows", headers=_h(rng), body={
            "text": L("A pilgrimage to Axum Tsion when Letay's eyes heal",
                      f"{TS}|{NAMEC}|{MED}"), "by": "2026-09"}),
        multipart(f, f"{a}/v1/members/photo", [
            ("photo", "member.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("data", None, "application/json", {"member_no": L(MEMBER_NO, UID)})],
            headers=_h(rng)),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng), body={
            "kinds": L("fast_days,kidase,tezkar", SENS), "time": "05:30",
            "tz": L("Africa/Addis_Ababa", DEV)}),
        case(f, f"{a}/v1/donations/in-kind", fmt="form", headers=_h(rng), body={
            "item": L("Incense and candles for Hidar Tsion", TS), "value": L("420.00", BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ti_ET", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng), body={
            "member": L(USER_ID, UID), "events": [
                ev("tithe_paid", 1), ev("fast_logged", 2, fast=L("nebiyat", SENS)),
                ev("screen", 3, screen=L("Ledger", USAGE))],
            "context": W({"memberNo": L(MEMBER_NO, UID), "lang": L("ti", DEV),
                          "build": 1904}, "json")}),
    ]


def asratmezgeb_sdks() -> list[Case]:
    rng = random.Random(11532)
    return [
        cm_batch(APP, rng, [("Tithe Paid", {"amount": L("1850.00", BUY)}),
                            ("Fast Logged", {"fast": L("Tsome Nebiyat", SENS)})],
                 at=CHURCH_FIX, nd=4),
        cm_identify(APP, rng, {"parish": L(PARISH, SENS), "baptismalName": L(BAPTISMAL, BN),
                               "kebele": L("14", COARSE)}),
        sq_session(APP, rng, first=True),
        sq_event(APP, rng, "tithe", {"kind": L("asrat", SENS)}, revenue="1850.00"),
        fk_sessions(APP, rng, [64, 311]),
        fm_eval(APP, rng, {"parish": L(PARISH, SENS)}),
        ps_subscribe(APP, rng, tags={"fast": L("nebiyat", SENS), "parish": L(PARISH, SENS)}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        pm_wallet(APP, rng, "1850.00", L(TITHE_REF, BUY)),
        mt_geocode(APP, rng, "Enda Mariam church", f"{SEARCH}|{SENS}", near=HOME_MK_AT),
    ]
