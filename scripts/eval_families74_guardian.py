"""Guardian app "Tetherly": she looks after her father, who has dementia and wears a GPS watch.
Sign-up, a log-in with MFA, ``/me`` with a JWT, his profile (name, birth date, phone, home and its
point, diagnosis), his photo, pairing his watch, safe zones, his latest position, an alert
acknowledged on her way, his track synced through her phone (msgpack), a fall with the watch's
IMU window, his medicines and a missed dose, a care note, her brother invited, his doctor, the day
centre, a voice message for his watch, a Play purchase check, push, events and the recipients by a
cookie GET. His care-recipient ID is labelled wherever it goes, the URL path included."""

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
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    imu,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import App, ev, opaque, play_token, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families74_kit import (
    BROTHER,
    DAD,
    DAD_HOME,
    DAD_HOME_AT,
    DAD_MEDS,
    DAYCARE,
    GERIATRICIAN,
    WATCH,
    fix,
    walk,
)
from eval_families74_sdk import (
    cb_batch,
    cb_identify,
    fg_crash,
    fg_crumb,
    fg_session,
    rl_event,
    rl_session,
)
from eval_families74_svc import cl_attach, cl_message, mw_route, po_receipt, po_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("tetherly", "Tetherly", "com.example.tetherly", "3.3.1",
          "https://api.tetherly.example.com")
IID = "X-Tetherly-Device"
PW = "Porch-Light-1944"
CR = "cr_5e1a07c39b"  # her father's care-recipient ID (id.user: his profile, labelled everywhere)
LAST_FIX = (40.765104, -73.776318)  # his last watch fix, a few blocks from home


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _cr(c: Case) -> Case:
    return at_path(c, CR, UID)


def tetherly() -> list[Case]:
    rng = random.Random(7441)
    a, f = APP.api, APP.fam
    r = f"{a}/v1/care-recipients/{CR}"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    recipients=[L(CR, UID)]))}
    b = {"auth": "bearer"}
    dla, dlo = fix(DAD_HOME_AT)
    la5, lo5 = pos(5)
    fall_at = fix((40.763812, -73.773455))
    return [
        case(f, f"{a}/v1/caregivers", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "relationship": "daughter", "terms": True}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/sessions/mfa", fmt="form", headers=_h(rng), body={
            "challenge": opaque(rng, "ch_", 16), "code": L("552071", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/care-recipients", headers=_h(rng, **b), body={
            "id": L(CR, UID), "firstName": L(DAD["first"], NAMEC),
            "lastName": L(DAD["last"], NAMEC), "birthDate": L(DAD["dob"], BIRTH),
            "phone": L(DAD["phone"], TEL),
            "home": {"line1": L(DAD_HOME["line1"], ADDR), "city": L(DAD_HOME["city"], COARSE),
                     "state": L(DAD_HOME["state"], COARSE), "zip": L(DAD_HOME["zip"], COARSE),
                     "lat": dla, "lng": dlo},
            "diagnosis": L("Alzheimer's disease, moderate", MED),
            "wanderingRisk": L("high", MED), "relationship": "father"}),
        _cr(multipart(f, f"{r}/photo", [
            ("photo", "dad.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"use": "missing_person_card"})],
            headers=_h(rng, **b))),
        _cr(case(f, f"{r}/devices", headers=_h(rng, **b), body={
            "imei": WATCH["imei"], "serial": WATCH["serial"], "model": WATCH["model"],
            "firmware": WATCH["fw"], "battery": WATCH["battery"],
            "pairedFrom": L(INSTALL_ID, DID)})),
        _cr(case(f, f"{r}/safe-zones", headers=_h(rng, **b), body={"zones": [
            {"name": "Home", "lat": dla, "lng": dlo, "radiusM": 250},
            {"name": "Day center", "lat": DAYCARE["lat"], "lng": DAYCARE["lon"],
             "radiusM": 120, "activeHours": "09:00-15:00"}]})),
        _cr(case(f, f"{r}/location/latest", headers=_h(rng, **b), query={"maxAgeS": "120"})),
        _cr(case(f, f"{r}/alerts/al_90217/ack", headers=_h(rng, **b), body={
            "action": "on_my_way", "caregiverLat": la5, "caregiverLng": lo5, "etaMin": 38})),
        _cr(case(f, f"{r}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "recipient": L(CR, UID), "watch": WATCH["serial"], "fixes": walk(rng, 6),
            "battery": 57})),
        _cr(case(f, f"{r}/falls", headers=_h(rng, **b), body={
            "lat": fall_at[0], "lng": fall_at[1], "imu": L(imu(rng, 24), MOTION),
            "peakG": 4.1, "heartRate": L(112, FIT), "responded": False})),
        _cr(case(f, f"{r}/medications", headers=_h(rng, **b), body={"medications": [
            {"name": L(n, MED), "dose": L(d, MED), "time": t} for n, d, t in DAD_MEDS]})),
        _cr(case(f, f"{r}/doses", fmt="form", headers=_h(rng, **b), body={
            "medication": L(DAD_MEDS[0][0], MED), "status": L("missed", MED),
            "scheduled": "2025-12-08T21:00:00-05:00"})),
        _cr(case(f, f"{r}/notes", headers=_h(rng, **b), body={
            "text": L("Dad asked for Mum three times tonight and didn't know the hallway",
                      f"{TEXT}|{MED}"), "mood": "agitated"})),
        _cr(case(f, f"{r}/circle", headers=_h(rng, **b), body={
            "name": L(BROTHER[0], NAMEC), "phone": L(BROTHER[1], TEL),
            "email": L(BROTHER[2], MAIL), "role": "backup", "alerts": ["zone_exit", "fall"]})),
        _cr(case(f, f"{r}/doctor", headers=_h(rng, **b), body={
            "name": L(GERIATRICIAN[0], NAMEC), "phone": L(GERIATRICIAN[1], TEL),
            "nextVisit": "2026-01-12T11:00"})),
        _cr(case(f, f"{r}/day-center", headers=_h(rng, **b), body={
            "id": DAYCARE["id"], "name": DAYCARE["name"], "phone": DAYCARE["phone"],
            "lat": DAYCARE["lat"], "lng": DAYCARE["lon"], "days": ["mon", "wed", "fri"]})),
        _cr(multipart(f, f"{r}/voice-messages", [
            ("audio", "reassure.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"playWhen": "zone_exit", "lengthS": 14})],
            headers=_h(rng, **b))),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("tetherly_family_monthly", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/push-tokens", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "critical": True}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("alert_opened", 1, kind="zone_exit"), ev("map_followed", 2, minutes=12),
                ev("screen", 3, screen=L("LiveMap", USAGE))]}),
        case(f, f"{a}/v1/care-recipients", headers=_h(rng, how="nodash"),
             cookies={"tt_sid": L(opaque(rng, "", 48), CRED)}),
    ]


def tetherly_sdks() -> list[Case]:
    rng = random.Random(7442)
    return [
        cb_batch(APP, rng, [("Zone Exit Alert", {"zone": "home"}),
                            ("Live Map Opened", {"follow": True})], at=(LAT, LON), nd=2),
        cb_identify(APP, rng, {"role": "caregiver", "recipients": 1,
                               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC)}),
        rl_session(APP, rng, user=True, n=54),
        rl_event(APP, rng, "f8w1rv", "subscribe", {"plan": "family"}, revenue=9.99),
        fg_crash(APP, rng, ("java.net.SocketTimeoutException", "watch sync timed out"),
                 [fg_crumb("navigation", "LiveMap -> Track"),
                  fg_crumb("log", "ble sync", {"watch": WATCH["serial"]})],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                 screen="TrackActivity"),
        fg_session(APP, rng, secs=1440),
        po_register(APP, rng, tags={"critical_alerts": "on"}),
        po_receipt(APP, rng, "opened"),
        mw_route(APP, rng, [((round(LAT, 6), round(LON, 6)), PRECISE), (LAST_FIX, PRECISE)]),
        cl_message(APP, rng, L("Dad's watch stopped reporting his location after 6 pm", TEXT),
                   {"recipients": 1}),
        cl_attach(APP, rng, L(JPEG + b"\x92", MEDIA), "screenshot.jpg", "image/jpeg"),
    ]
