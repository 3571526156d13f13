"""Blind set fourteen, part one: an LGBTQ+ community/social app and a sobriety/recovery app with
remote breath-alcohol monitoring (see ``eval_families14.py`` for the rules of this set, its
conventions and its calls).

LGBTQ+ community app (in the style of queer social/meet-up apps): sign-up, a profile with
identity fields (msgpack), a nearby grid (query with a bearer JWT, a geohash), chat with a
shared place and a photo (multipart), groups (form), an event RSVP with a legible slug in the
URL path, selfie verification, a travel-safety check, an embedded ad SDK's query-string request
and an analytics SDK's JSON Lines (gzip). Recovery app (in the style of sobriety trackers and
court-ordered breath monitoring): onboarding, daily check-ins (form), meeting attendance
(schema-less protobuf), breath tests with a face match (multipart), a medication log (XML), a
sponsor, milestones (query), a coin purchase, an analytics header (base64 JSON).
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families14_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_SHA256,
    FACE,
    FIT,
    GENDER,
    HW,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    device_camel,
    device_headers,
    enc,
    encode,
    flat,
    jsonl,
    multipart,
    pb,
    raw,
    xml,
)
from eval_payloads import (
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

PRISM = "https://api.prismcircle.example.net"
ADS = "https://ads.adpipe.example.com"
SOBER = "https://api.soberday.example.org"
BREATH = "BX-4410-77812"


def pride() -> list[Case]:
    rng = random.Random(14001)
    out = []
    out.append(case("pride", f"{PRISM}/v2/signup", headers=device_headers(), body={
        "email": L(EMAIL, MAIL), "password": L("Rainbow*Tea42", CRED),
        "birthDate": L("1991-03-08", BIRTH), "installId": L(INSTALL_ID, DID),
        "acceptedTos": "2026-09", "captcha": rnd_hex(rng, 32)}))
    auth = {"Authorization": J({"sub": L(USER_ID, UID), "scope": "app", "iat": 1764280000,
                                "jti": rnd_uuid(rng)}), "User-Agent": L(UA, DEV)}
    out.append(case("pride", f"{PRISM}/v2/me/profile", fmt="msgpack", headers=auth, body={
        "displayName": L("jd_on_the_L", UID), "pronouns": L("they/them", GENDER),
        "genderIdentity": L("non-binary", GENDER), "orientation": L("queer", SENS),
        "outTo": L(["friends", "coworkers"], SENS),
        "hiv": {"status": L("negative", MED), "prep": L(True, MED),
                "lastTested": L("2026-10-02", MED)},
        "heightCm": L(171, FIT), "weightKg": L(64, FIT),
        "bio": L("Trans-masc enby, 2 yrs on T. Coffee, climbing, zines.", f"{TEXT}|{SENS}|{MED}"),
        "lookingFor": ["friends", "community"], "photos": ["ph_" + rnd_hex(rng, 8)]}))
    for k, (nd, seek) in enumerate([(6, "women,nonbinary"), (4, "trans_men")]):
        out.append(case("pride", f"{PRISM}/v2/nearby", headers=auth, query={
            "lat": L(round(LAT + k * 1e-4, nd), PRECISE),
            "lon": L(round(LON - k * 1e-4, nd), PRECISE),
            "seeking": L(seek, SENS), "ageMin": "25", "ageMax": "40", "page": str(k)}))
    out.append(case("pride", f"{PRISM}/v2/nearby", headers=auth, query={
        "gh": L("dr5ru2fdk", PRECISE), "radiusKm": "2", "online": "1"}))
    out.append(case("pride", f"{PRISM}/v2/chats/c_8812/messages", headers=auth, body={
        "clientMsgId": rnd_uuid(rng), "to": "p_" + rnd_hex(rng, 10),
        "text": L("Are you going to the trans support group Thursday? I just started T and "
                  "could use a friend there", f"{TEXT}|{SENS}|{MED}")}))
    out.append(case("pride", f"{PRISM}/v2/chats/c_8812/messages", headers=auth, body={
        "clientMsgId": rnd_uuid(rng), "type": "location",
        "place": L(f"{LAT:.5f},{LON:.5f}", PRECISE), "label": "my place",
        "expiresIn": 3600}))
    out.append(multipart("pride", f"{PRISM}/v2/chats/c_8812/media", [
        ("meta", None, "application/json", {"expiring": True, "viewOnce": True,
                                            "clientMsgId": rnd_uuid(rng)}),
        ("file", "img_0412.jpg", "image/jpeg", L(JPEG + b"\x02" * 10, MEDIA)),
    ], headers={"Authorization": L("Bearer pc_" + rnd_hex(rng, 40), CRED)}))
    for group in ("Trans Masc Support NYC", "Queer Climbers Brooklyn"):
        out.append(case("pride", f"{PRISM}/v2/groups/join", fmt="form", body={
            "group": L(group, SENS), "user": L(USER_ID, UID), "notify": "all"}))
    c = case("pride", f"{PRISM}/v2/events/queer-book-club-dec/rsvp", headers=auth, body={
        "status": "going", "plusOne": L("Sam Patel", NAMEC), "remind": True})
    c.labels[("url", "path[2]")] = SENS
    out.append(c)
    out.append(multipart("pride", f"{PRISM}/v2/verify/selfie", [
        ("meta", None, "application/json", {
            "user": L(USER_ID, UID), "pose": "thumbs_up",
            "embedding": L(flat(rng, 128, 0.08), FACE), "model": "fv-2.3",
            "liveness": 0.98}),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x03" * 20, MEDIA)),
    ], headers=auth))
    out.append(case("pride", f"{PRISM}/v2/safety/travel-check", headers=auth, body={
        "countryIso": L("AE", COARSE), "ip": L(PUBLIC_IP, IPLOC),
        "simCountry": L("us", CARRIER), "hideDistance": True, "discreetIcon": True}))
    out.append(case("pride", f"{PRISM}/v2/me/applock", headers=auth, fmt="form", body={
        "pin": L("4817", CRED), "biometricUnlock": "1"}))
    out.append(case("pride", f"{ADS}/v1/req", query={
        "app": "com.example.prism", "fmt": "banner_320x50", "gaid": L(GAID, ADID),
        "lat": L(round(LAT, 2), COARSE), "lon": L(round(LON, 2), COARSE),
        "age": L("35", BIRTH), "g": L("nb", GENDER), "kw": L("queer,trans,nonbinary", SENS),
        "mccmnc": L("310260", CARRIER), "ip": L(PUBLIC_IP, IPLOC), "ua": L(UA, DEV),
        "bidfloor": "0.35", "req": rnd_uuid(rng)}))
    acc: Acc = {}
    lines = jsonl([{"ev": L(n, USAGE), "uid": L(USER_ID, UID), "iid": L(INSTALL_ID, DID),
                    "ts": 1764281000 + i, "eid": rnd_uuid(rng),
                    "up": {"orientation": L("queer", SENS), "hiv_prep": L(True, MED)}
                    if i == 0 else {}} for i, n in enumerate(
        ["grid_opened", "profile_viewed", "chat_started", "group_joined"])], acc)
    out.append(add(encode(raw("pride", "https://collect.tapmetrics.example.com/v3/e", lines,
                              "application/x-ndjson", {}), "gzip"), acc))
    out.append(case("pride", f"{PRISM}/v2/reports", headers=auth, body={
        "reported": "p_" + rnd_hex(rng, 10), "reason": "harassment",
        "details": L("He keeps messaging me slurs after I blocked his first account",
                     TEXT)}))
    # negatives: a venue card (the bar's own coordinates) and the sticker catalogue
    out.append(case("pride", f"{PRISM}/v2/venues/vn_223", query={"fields": "name,geo,hours"}))
    out.append(case("pride", f"{PRISM}/v2/stickers", query={"pack": "pride2026",
                                                            "etag": rnd_hex(rng, 16)}))
    return out


def sober() -> list[Case]:
    rng = random.Random(14002)
    out = []
    out.append(case("sober", f"{SOBER}/v1/onboarding", headers=device_headers(), body={
        "email": L(EMAIL, MAIL), "firstName": L("Jane", NAMEC),
        "birthYear": L(1991, BIRTH), "substances": L(["alcohol", "opioids"], MED),
        "soberSince": L("2026-08-29", MED), "program": L("AA", MED),
        "goal": L("stay sober through the holidays for my kids", f"{TEXT}|{MED}"),
        "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer sd_" + rnd_hex(rng, 36), CRED)}
    for k in range(3):
        out.append(case("sober", f"{SOBER}/v1/checkins", fmt="form", headers=auth, body={
            "day": f"2026-11-2{k + 5}", "craving": L(str([7, 4, 2][k]), MED),
            "mood": L(["anxious", "ok", "good"][k], MED),
            "triggers": L(["payday,bar near work", "argument", ""][k], MED)
            if k < 2 else "", "journal": L(["Walked past Dave's and almost went in.",
                                            "Called my sponsor instead of drinking.",
                                            "Slept 8h"][k], f"{TEXT}|{MED}"),
            "user": L(USER_ID, UID)}))
    for k in range(2):
        lab: dict[str, str] = {}
        data = pb([(1, L(USER_ID, UID)), (2, L("Tuesday Night Serenity Group (AA)", MED)),
                   (3, [(1, L(LAT + 0.0031 * k, PRECISE)), (2, L(LON - 0.0012 * k, PRECISE)),
                        (3, 12.0)]),
                   (4, 1764290000 + k * 604800), (5, L("CR-2026-004417", UID)),
                   (6, rnd_hex(rng, 16))], "", lab)
        out.append(raw("sober", f"{SOBER}/v1/meetings/attend", data, "application/x-protobuf",
                       lab, headers=auth))
    for k in range(3):
        out.append(multipart("sober", f"{SOBER}/v1/breath/tests", [
            ("result", None, "application/json", {
                "device": L(BREATH, HW), "bac": L([0.0, 0.0, 0.021][k], MED),
                "scheduled": k != 2, "case": L("CR-2026-004417", UID),
                "faceMatch": {"template": L(flat(rng, 128, 0.07), FACE), "score": 0.93},
                "geo": {"lat": L(round(LAT + k * 2e-4, 6), PRECISE),
                        "lon": L(round(LON + k * 1e-4, 6), PRECISE), "acc": 8},
                "testId": rnd_uuid(rng)}),
            ("photo", f"t{k}.jpg", "image/jpeg", L(JPEG + bytes([k + 5]) * 8, MEDIA)),
        ], headers=auth))
    out.append(case("sober", f"{SOBER}/v1/breath/pair", headers=auth, body={
        "serial": L(BREATH, HW), "mac": L("c4:7c:8d:61:0a:3e", HW), "fw": "3.1.0",
        "calibratedAt": "2026-11-01", "phone": device_camel()}))
    lab = {}
    doc = xml("DoseLog", {"@patient": L(USER_ID, UID), "Dose": [
        {"@at": f"2026-11-2{d}T08:00", "Drug": L("buprenorphine/naloxone 8mg/2mg", MED),
         "Taken": L("true", MED)} for d in range(3)],
        "Prescriber": L("Dr. Ana Kim", NAMEC), "Pharmacy": "Main St Pharmacy #204"},
        "DoseLog", lab)
    out.append(encode(raw("sober", f"{SOBER}/v1/mat/doses", doc.encode(), "application/xml",
                          lab, headers=auth), "deflate"))
    name, phone, _ = PEOPLE[3]
    out.append(case("sober", f"{SOBER}/v1/support/sponsor", headers=auth, body={
        "name": L(name, NAMEC), "phone": L(phone, TEL), "role": "sponsor",
        "myPhone": L(NATIONAL, TEL), "emergency": True}))
    out.append(case("sober", f"{SOBER}/v1/support/share-results", headers=auth, body={
        "officer": {"name": L("Officer R. Morales", NAMEC),
                    "email": L("r.morales@probation.example.gov", MAIL)},
        "case": L("CR-2026-004417", UID), "includeLocation": True}))
    out.append(case("sober", f"{SOBER}/v1/milestones/share", query={
        "days": L("90", MED), "u": L(USER_ID, UID), "channel": "sms",
        "to": L(E164, TEL)}))
    out.append(case("sober", f"{SOBER}/v1/store/purchase", fmt="form", headers=auth, body={
        "sku": L("coin_90_days_bronze", BUY), "price": L("12.00", BUY),
        "pm": L("pm_" + rnd_hex(rng, 24), PAY), "last4": L("1881", PAY),
        "shipTo": L("350 Fifth Avenue Apt 4B, New York, NY 10118", ADDR)}))
    out.append(case("sober", f"{SOBER}/v1/community/posts", headers=auth, body={
        "board": "first-90-days", "text": L("Relapsed on Saturday after 61 days. Starting "
                                            "over, not giving up.", f"{TEXT}|{MED}"),
        "anonymous": True}))
    acc: Acc = {}
    ctx = enc({"screen": L("CravingSOS", USAGE), "soberDays": L(91, MED),
               "hashedEmail": L(EMAIL_SHA256, MAIL), "ip": L(PUBLIC_IP, IPLOC)},
              "header", "x-ctx", "b64", acc)
    out.append(add(case("sober", f"{SOBER}/v1/a", headers={"X-Ctx": ctx}, body={
        "n": rnd_hex(rng, 12)}), acc))
    out.append(case("sober", f"{SOBER}/v1/push/register", cookies={
        "sd_session": L(rnd_hex(rng, 48), CRED), "sd_ab": "coins_v2"}, body={
        "token": L("fcm:" + rnd_hex(rng, 64), DID), "quietHours": "22-07"}))
    # negatives: the daily quote and the remote config
    out.append(case("sober", f"{SOBER}/v1/quotes/today", query={"v": "6.4.1"}))
    out.append(case("sober", f"{SOBER}/v1/config", query={"build": "6041", "exp": "b"}))
    return out
