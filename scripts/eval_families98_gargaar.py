"""Drought-relief cash-transfer registration app "Gargaar" (a fictional consortium's programme):
she registers her mother-in-law's household, displaced from Baidoa by the drought to a site on
the Afgooye road, and is its alternate recipient (the cash reaches her wallet). An account by
SMS, ``/me`` with a JWT, the household (its head, origin, site and shelter), its members (ages,
sexes, a disability, her pregnancy), her details as alternate recipient, her passport's photo, a
photo at the shelter, the vulnerability questionnaire, the status by the household number in the
path, a grievance, a transfer acknowledged, a cash-out at an agent, distribution points, an
offline sync (gzip), a device check (msgpack), a face template for de-duplication, feedback,
consent, the livelihood form, push, events and the payments by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims
from eval_families98_kit import (
    DIST_AT,
    HH_ID,
    MIL,
    SHELTER_AT,
    SITE,
    SON_DOB,
    SON_FIRST,
    TZ,
    VISITED,
    fix,
    hd,
    obj,
)
from eval_families98_sdk import (
    fi_crash,
    fi_crumb,
    fi_session,
    oq_launch,
    th_batch,
    th_queue,
)
from eval_families98_svc import bz_register, cx_save, hd_message, tf_search, tk_eval
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    INSTALL_ID,
    NAME,
    PHONE,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("gargaar", "Gargaar", "org.example.gargaar", "2.2.0",
          "https://api.gargaar.example.org")
IID = "X-Gargaar-Device"
PIN = "9024"
MS = f"{MED}|{SENS}"
DIS = f"{SENS}|{MED}"  # a disability (a sensitive trait and a health condition)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, how=how, **kw)


def _member(name: str, dob: str, sex: str, rel: str, **more: Any) -> dict[str, Any]:
    return {"name": L(name, NAMEC), "dob": L(dob, BIRTH), "sex": L(sex, GENDER),
            "relation": rel, **more}


def gargaar() -> list[Case]:
    rng = random.Random(9861)
    a, f = APP.api, APP.fam
    jw = J(claims(rng, hh=L(HH_ID, UID), phone=L(E164, TEL), role="alt_recipient"))
    b = {"auth": "bearer"}
    hh = f"{a}/v1/households/{HH_ID}"
    sla, slo = fix(SHELTER_AT, 6)
    pla, plo = fix(SHELTER_AT, 5)
    cla, clo = fix((2.040981, 45.313377), 4)  # her fix at the agent in Hodan
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    members = [
        _member(MIL[0], MIL[1], "F", "head"),
        _member("Maryan Warsame", "2009", "F", "daughter",
                disability=L("visual impairment", DIS)),
        _member("Cali Warsame", "2012", "M", "son"),
        _member(SON_FIRST, SON_DOB, "M", "grandson"),
        _member(NAME, DOB, "F", "daughter-in-law", pregnant=L(True, MS))]
    return [
        case(f, f"{a}/v1/accounts", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "pin": L(PIN, CRED), "lang": L("so", DEV)}),
        case(f, f"{a}/v1/accounts/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("240618", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, jwt=jw)),
        case(f, f"{a}/v1/households", headers=_h(rng, **b), body={
            "id": L(HH_ID, UID),
            "head": {"name": L(MIL[0], NAMEC), "birthYear": L(MIL[1], BIRTH),
                     "sex": L("F", GENDER), "phone": L(MIL[2], TEL)},
            "origin": {"region": L("Bay", COARSE), "district": L("Baidoa", COARSE)},
            "site": L(SITE, COARSE), "shelter": {"lat": sla, "lon": slo},
            "size": 7, "arrived": "2025-10-02", "livestockLost": 40}),
        case(f, f"{hh}/members", headers=_h(rng, **b), body={"members": members}),
        case(f, f"{hh}/alternate", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "idType": "passport", "idNumber": L(PASSPORT, NATID),
            "relation": "daughter-in-law", "wallet": L(PHONE, f"{TEL}|{PAY}")}),
        multipart(f, f"{hh}/documents", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{NATID}")),
            ("doc", None, "application/json", {"type": "passport",
                                               "number": L(PASSPORT, NATID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{hh}/photo", [
            ("photo", "shelter.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("where", None, "application/json", {"lat": pla, "lon": plo, "acc": 9})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vulnerability", headers=_h(rng, **b), body={
            "household": L(HH_ID, UID), "mealsPerDay": 1, "waterSource": "kiosk",
            "childrenUnder5": 2, "malnourishedChild": L(True, MED), "childMuacCm": L(11.2, MED),
            "chronicIllness": L("sickle cell disease", MED), "minorityGroup": L(True, SENS),
            "clan": "declined"}),
        at_path(case(f, f"{hh}/status", headers=_h(rng, **b)), HH_ID, UID),
        case(f, f"{a}/v1/grievances", headers=_h(rng, **b), body={
            "household": L(HH_ID, UID), "category": "exclusion",
            "text": L(f"My mother-in-law {MIL[0]} was left off the October list",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/transfers/{obj(rng, 'trf', 10)}/ack", fmt="form",
             headers=_h(rng, **b), body={"received": "90.00", "pin": L(PIN, CRED)}),
        case(f, f"{a}/v1/cashout", headers=_h(rng, **b), body={
            "agent": "AG-30177", "amount": L("90.00", BUY), "fee": L("0.90", BUY),
            "lat": cla, "lon": clo}),
        case(f, f"{a}/v1/distribution-points", headers=_h(rng, **b), query={
            "district": L("Daynile", COARSE), "lang": L("so", DEV)}),
        case(f, f"{a}/v1/sync", gz=True, headers=_h(rng, **b), body={
            "device": L(INSTALL_ID, DID), "records": [
                {"household": L(HH_ID, UID), "shelterLat": L(SHELTER_AT[0], PRECISE),
                 "shelterLon": L(SHELTER_AT[1], PRECISE), "members": 7,
                 "capturedAt": "2025-12-08T10:21:00+03:00"}],
            "distributionPoint": list(DIST_AT)}),
        case(f, f"{a}/v1/device", fmt="msgpack", headers=_h(rng, **b), body={
            "install": L(INSTALL_ID, DID), "androidId": L(ANDROID_ID, DID),
            "mccmnc": L(MCCMNC, CARRIER), "network": L(VISITED[1], CARRIER),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "battery": L(41, DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/dedup/face", headers=_h(rng, **b), body={
            "household": L(HH_ID, UID), "template": L(f32b64(vec), FACE), "model": "fn-128",
            "quality": 0.88, "liveness": 0.97}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "3", "comment": L("The queue at Daynile was six hours in the sun", TEXT)}),
        case(f, f"{a}/v1/consent", fmt="form", headers=_h(rng, **b), body={
            "share_with_partners": "1", "sms": "1", "version": "2025-09"}),
        case(f, f"{hh}/livelihood", headers=_h(rng, **b), body={
            "before": "pastoralist", "goatsBefore": 55, "goatsNow": 15, "incomeUsd": 0,
            "debtUsd": 120}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("so", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("household_registered", 1, members=7), ev("grievance_sent", 2),
                ev("screen", 3, screen=L("Payments", USAGE))]}),
        case(f, f"{hh}/payments", headers=_h(rng, how="upper"),
             cookies={"gg_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def gargaar_sdks() -> list[Case]:
    rng = random.Random(9862)
    return [
        th_batch(APP, rng, [("Household Registered", {"members": 7}),
                            ("Cashout Done", {"amount": L(90.0, BUY)})]),
        th_queue(APP, rng, [("Member Added", {"n": 5}), ("Photo Captured", {})]),
        oq_launch(APP, rng, first=True),
        fi_crash(APP, rng, ("android.database.sqlite.SQLiteFullException", "disk full"),
                 [fi_crumb("nav", "Members -> Sync")], screen="SyncActivity"),
        fi_session(APP, rng, secs=1240),
        tk_eval(APP, rng, {"region": L("Banaadir", COARSE), "offline": True}),
        bz_register(APP, rng, at=SHELTER_AT, nd=2, tags={"site": L(SITE, COARSE)}),
        cx_save(APP, rng, {"analytics": True, "partners": True}, user=True),
        tf_search(APP, rng, SITE, COARSE, near=SHELTER_AT, nd=2),
        hd_message(APP, rng, L(f"How do I add my husband's mother {MIL[0]} as head again?",
                               f"{TEXT}|{NAMEC}"), {"household": L(HH_ID, UID)}),
    ]
