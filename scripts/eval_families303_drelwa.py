"""Satellite messenger companion app "Drelwa" (``drelwa`` link, connection: a pocket two-way
satellite messenger paired over Bluetooth; the app writes messages, syncs the inbox, keeps the
SOS profile and emergency contacts, uploads the track and a share page; she carries one on
every walk above the villages since her frostbite). Its API's keys are Sherpa, ASCII-folded,
with English loans (``imei``, ``serial``, ``plan``, ``email``, ``token``): ``min`` / ``gyuming``
given / family name, ``khapar`` phone, ``sangta`` password, ``kyetshe`` birth date, ``yul``
town, ``trulkhor`` the device, ``tam`` message, ``lendzin`` recipient, ``lamshul`` track,
``sacha`` place, ``nyenkha`` emergency (SOS), ``nyenkha_drog`` emergency contacts, ``trak``
blood (group), ``ne`` illness, ``men`` medicine / allergy, ``bima`` insurance (Nepali loan),
``namshi`` weather, ``gormo`` amount, ``tro`` payment. Calls: sign-up, log-in, ``/nga``, pairing
the messenger, a plan paid, the SOS profile (gzip), preset messages, a message sent with her fix,
the inbox, a protobuf track beat, a track batch (msgpack), a share page, an "I am OK" check,
weather at her spot (2 decimals) and at the ice school (a negative), a firmware check, the
devices by user ID in the path, an invoice by cookie, a support message, push, events and a
log-out. New kind: a docstring grep for "satellite messenger", "inreach" and "two-way satellite"
found nothing ("satellite" matched a relief worker's satellite phone in set 182, a cabin's
satellite Wi-Fi in 217, and 72's rescue, 243's gite, 294, 295): this is an accessory's companion
app."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    HW,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families303_kit import (
    HOME,
    HUSBAND,
    ICESCHOOL,
    MESSENGER,
    POLICY,
    SISTER_US,
    THAME_FIX,
    TRAIL_FIX,
    fix,
    hd,
    push,
)
from eval_families303_sdk import (
    ct_crash,
    ct_crumb,
    ct_session,
    th_event,
    th_launch,
    th_link,
    tr_batch,
    tr_queue,
)
from eval_families303_svc import cp_card, fc_eval, mg_reverse, mg_telemetry, pd_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("drelwa", "Drelwa", "com.example.drelwa", "5.1.0", "https://api.drelwa.example.net")
IID = "X-Drelwa-Install"
PW = "Phortse#Ice2026"
SER, IMEI = MESSENGER["serial"], MESSENGER["imei"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def drelwa() -> list[Case]:
    rng = random.Random(30361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), imei=L(IMEI, HW)))}
    tla, tlo = fix(TRAIL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, SER), (3, 1771398000),
               (4, [(1, L(TRAIL_FIX[0], PRECISE)), (2, L(TRAIL_FIX[1], PRECISE)), (3, 3680.0)]),
               (5, 61)], "", lab)
    devs = at_path(case(f, f"{a}/api/users/{USER_ID}/devices", headers=_h(rng, **b)),
                   USER_ID, UID)
    return [
        case(f, f"{a}/api/tho", headers=_h(rng), body={
            "min": L(FIRST, NAMEC), "gyuming": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "khapar": L(E164, TEL), "sangta": L(PW, CRED), "kyetshe": L(DOB, BIRTH),
            "yul": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sangta": L(PW, CRED)}),
        case(f, f"{a}/api/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/trulkhor/pair", headers=_h(rng, **b), body={
            "serial": SER, "imei": L(IMEI, HW), "fw": "4.2.1", "nickname": "Drelwa Mini",
            "phone": {"model": L("Pixel 8", "device.info"), "bt": "le"}}),
        case(f, f"{a}/api/plan", fmt="form", headers=_h(rng, **b), body={
            "plan": "safety-10", "gormo": L("1650", BUY), "dram": "NPR",
            "tro": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/nyenkha/profile", gz=True, headers=_h(rng, **b), body={
            "min": L(NAME, NAMEC), "kyetshe": L(DOB, BIRTH), "trak": L("O+", MED),
            "ne": [L("frostbite, left foot, January 2026", MED)],
            "men": [L("penicillin allergy", MED)], "bima": L(POLICY, UID),
            "nyenkha_drog": [
                {"min": L(HUSBAND[0], NAMEC), "khapar": L(HUSBAND[1], TEL)},
                {"min": L(SISTER_US[0], NAMEC), "khapar": L(SISTER_US[1], TEL),
                 "email": L(SISTER_US[2], MAIL)}]}),
        case(f, f"{a}/api/tam/preset", headers=_h(rng, **b), body={
            "tam": [L("Reached the lodge, all fine", TEXT),
                    L("Delayed by snow, do not worry", TEXT)]}),
        case(f, f"{a}/api/tam/send", headers=_h(rng, **b), body={
            "lendzin": L(HUSBAND[1], TEL), "trulkhor": SER,
            "tam": L("At Phortse Tenga, up to the ice school tomorrow, no phone signal after "
                     "this.", TEXT), "sacha": {"lat": tla, "lng": tlo}}),
        case(f, f"{a}/api/tam/inbox", headers=_h(rng, **b), query={
            "trulkhor": SER, "since": "2026-02-17T06:00:00Z"}),
        raw(f, f"{a}/api/lamshul/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lamshul", fmt="msgpack", headers=_h(rng, **b), body={
            "trulkhor": SER, "fixes": [
                {"lat": L(round(TRAIL_FIX[0] + 0.0009 * i, 6), PRECISE),
                 "lng": L(round(TRAIL_FIX[1] - 0.0012 * i, 6), PRECISE),
                 "alt": 3680 + 22 * i, "t": 1771398000 + 600 * i} for i in range(3)]}),
        case(f, f"{a}/api/share", headers=_h(rng, **b), body={
            "with": [L(SISTER_US[2], MAIL), L(HUSBAND[1], TEL)],
            "page_sangta": L("gokyo2026", CRED), "hours": 72}),
        case(f, f"{a}/api/ok", fmt="form", headers=_h(rng, **b), body={
            "tam": "OK", "lat": L(f"{THAME_FIX[0]:.4f}", PRECISE),
            "lng": L(f"{THAME_FIX[1]:.4f}", PRECISE)}),
        case(f, f"{a}/api/namshi", headers=_h(rng, **b), query={
            "lat": L(f"{TRAIL_FIX[0]:.2f}", COARSE), "lng": L(f"{TRAIL_FIX[1]:.2f}", COARSE),
            "days": "3"}),
        case(f, f"{a}/api/namshi", headers=_h(rng, **b), query={
            "sa": f"{ICESCHOOL['lat']},{ICESCHOOL['lon']}", "days": "3"}),
        case(f, f"{a}/api/trulkhor/fw", headers=_h(rng, **b), query={
            "serial": SER, "imei": L(IMEI, HW), "fw": "4.2.1"}),
        devs,
        case(f, f"{a}/api/invoices/latest", headers=_h(rng, how="none"), cookies={
            "dw_session": L(opaque(rng, "", 40), CRED), "dw_dev": L(INSTALL_ID, DID),
            "dw_req": rid(rng)}),
        case(f, f"{a}/api/support", headers=_h(rng, **b), body={
            "serial": SER,
            "tam": L("My messenger stopped sending the track after the firmware update", TEXT)}),
        case(f, f"{a}/api/devices/push", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("message_sent", 1), ev("screen", 2, screen=L("TrackMap", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def drelwa_sdks() -> list[Case]:
    rng = random.Random(30362)
    link = U("https://drelwa.example.com/share", {"u": L(USER_ID, UID), "em": L(EMAIL, MAIL),
                                                   "ref": "sms"})
    return [
        tr_batch(APP, rng, [("Message Sent", {}), ("Track Shared", {"hours": 72})],
                 at=TRAIL_FIX, nd=3),
        tr_queue(APP, rng, [("Check OK", {}), ("Track Synced", {"points": 3})]),
        th_launch(APP, rng, first=True),
        th_link(APP, rng, link),
        th_event(APP, rng, "subscribe", {"plan": "safety-10"}, revenue=1650.0, hashed=True),
        ct_crash(APP, rng, ("java.io.IOException", "bt socket closed"),
                 [ct_crumb("nav", "Devices -> Pair"), ct_crumb("log", "gatt 133")],
                 screen="PairActivity"),
        ct_session(APP, rng, secs=1290),
        fc_eval(APP, rng, {"plan": "safety-10"}),
        pd_register(APP, rng, at=TRAIL_FIX, nd=2, tags={"plan": "safety-10"}),
        mg_reverse(APP, rng, TRAIL_FIX, PRECISE, nd=5),
        mg_telemetry(APP, rng, [TRAIL_FIX, THAME_FIX], PRECISE),
        cp_card(APP, rng, email=True),
    ]
