"""More first-party calls of the hundred-and-sixth set's apps (same APIs, same conventions):
profile edits, settings syncs with the device block, address and contact updates, account
exports and the everyday GETs each app makes on launch."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    MAIL,
    MCCMNC,
    MED,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
)
from eval_families20_kit import DOB, FIRST, LAST, opaque
from eval_families24_kit import head
from eval_families106_carpet import APP as CARPET
from eval_families106_cars import APP as CARS
from eval_families106_deng import APP as DENG
from eval_families106_kareba import APP as KAREBA
from eval_families106_kit import BOOK, CHILD, ERB, ERB_AT, PATIENT_NO, STUDENT, SUBSCRIBER, fix
from eval_families106_leish import APP as LEISH
from eval_families106_newroz import APP as NEWROZ
from eval_families106_school import APP as SCHOOL_APP
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
)

APPS = [KAREBA, LEISH, NEWROZ, CARPET, DENG, CARS, SCHOOL_APP]


def _dev() -> dict:
    return {"model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "tz": L("Asia/Baghdad", DEV),
            "locale": L("en_IQ", DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER), "network": L("wifi", DEV)}


def more() -> list[Case]:
    rng = random.Random(10671)
    out: list[Case] = []
    for app in APPS:
        a, f = app.api, app.fam
        b = {"auth": "bearer", "lang": True}
        out += [
            case(f, f"{a}/config/launch", headers=head(app, rng, **b), query={
                "uid": L(USER_ID, UID), "did": L(INSTALL_ID, DID), "lang": L("ku", DEV),
                "v": app.ver, "cb": opaque(rng, "", 8)}),
            case(f, f"{a}/settings/sync", headers=head(app, rng, **b), body={
                "user": L(USER_ID, UID), "device": _dev(), "androidId": L(ANDROID_ID, DID),
                "notifications": {"push": True, "sms": False}, "darkMode": True,
                "sessionCount": L(12, USAGE)}),
            case(f, f"{a}/account/contact", fmt="form", headers=head(app, rng, **b), body={
                "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL), "name": L(NAME, NAMEC),
                "city": L(ERB["city_en"], COARSE)}),
        ]
    # app-specific extras
    hla, hlo = fix(ERB_AT, 4)
    out += [
        case(KAREBA.fam, f"{KAREBA.api}/v1/endam/guherandin",
             headers=head(KAREBA, rng, auth="bearer"),
             body={"nav": L(FIRST, NAMEC), "pasnav": L(LAST, NAMEC),
                   "roja_jidayikbune": L("17/05/1991", BIRTH), "hejmara_telefone": L(E164, TEL),
                   "aboner": L(SUBSCRIBER, UID)}),
        case(LEISH.fam, f"{LEISH.api}/v2/export", headers=head(LEISH, rng, auth="bearer"), body={
            "to": L("avin.rasul@clinic.example.net", MAIL), "patientNumber": L(PATIENT_NO, MED),
            "include": ["photos", "sessions"],
            "message": L("Photos of both lesions before session 4", f"{TEXT}|{MED}")}),
        case(NEWROZ.fam, f"{NEWROZ.api}/v1/diag", headers=head(NEWROZ, rng, auth="bearer"), body={
            "ip": L(PUBLIC_IP, IPLOC), "lan": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "rttMs": 88, "edge": "198.51.100.40"}),
        case(CARPET.fam, f"{CARPET.api}/api/addresses/default", headers=head(CARPET, rng,
                                                                            auth="session"),
             query={"lat": L(str(hla.value), PRECISE), "lng": L(str(hlo.value), PRECISE),
                    "phone": L(NATIONAL, TEL)}),
        case(DENG.fam, f"{DENG.api}/v3/history", headers=head(DENG, rng, auth="bearer"), body={
            "user": L(USER_ID, UID), "items": [
                {"book": BOOK["id"], "listenedSec": L(2710, USAGE)},
                {"book": "bk_30977", "listenedSec": L(640, USAGE)}],
            "recentSearches": [L("Ehmedê Xanî", SEARCH), L("çîrokên zarokan", SEARCH)]}),
        case(CARS.fam, f"{CARS.api}/v2/me/verify", headers=head(CARS, rng, auth="bearer"), body={
            "dob": L(DOB, BIRTH), "address": L(f"{ERB['line']}, {ERB['district']}", ADDR),
            "city": L(ERB["city_en"], COARSE), "selfieConsent": True}),
        case(SCHOOL_APP.fam, f"{SCHOOL_APP.api}/v1/students/{STUDENT}/health",
             headers=head(SCHOOL_APP, rng, auth="bearer"), body={
                 "name": L(CHILD["first"], NAMEC), "dob": L(CHILD["dob"], BIRTH),
                 "inhaler": L("salbutamol 100 mcg", MED), "doctorPhone": L("+9647501188230", TEL),
                 "consentSignedBy": L(NAME, NAMEC), "pin": L("7731", CRED)}),
    ]
    return out
