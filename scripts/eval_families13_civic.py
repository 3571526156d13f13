"""Blind set thirteen, part one: a petition/civic-campaign app and a trade-union member app (see
``eval_families13.py`` for the rules of this set, its conventions and its calls).

Petitions (in the style of campaign platforms): signing (JSON, a legible slug in the URL path),
a donation to a campaign committee (form), a voter-registration lookup (JSON with a bearer JWT),
"find your representative" (query with a ``lat,lon`` string), an analytics beacon batch (JSON
Lines, brotli) and cause interests in a cookie. Union (in the style of a members' app): sign-in
(form, JWT claims), the membership card and dues mandate (msgpack), a grievance report
(multipart with a photo), a strike ballot (XML), picket check-ins (schema-less protobuf),
push topics (hex JSON in a form field). Values are synthetic; hosts are under example.*.
"""

from __future__ import annotations

import random

from eval_families13_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_SHA256,
    IBAN,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    NATIONAL,
    PAY,
    PRECISE,
    SENS,
    SSN,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    device_abbrev,
    device_camel,
    device_headers,
    enc,
    encode,
    jsonl,
    jwt,
    multipart,
    pb,
    raw,
    sha,
    xml,
)
from eval_payloads import (
    EMAIL,
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

PET = "https://api.signright.example.org"
UNION = "https://app.unionhall.example.net"
SLUGS = ["protect-abortion-access-ny", "stop-the-pipeline-expansion", "ban-dark-money-now"]


def petitions() -> list[Case]:
    rng = random.Random(13001)
    out = []
    for k, slug in enumerate(SLUGS):
        c = case("petition", f"{PET}/v3/petitions/{slug}/signatures", headers={
            "X-Client-Id": "web_pub_51aa", **device_headers()}, body={
            "petition_id": 884120 + k,
            "signer": {"first_name": L("Jane", NAMEC), "last_name": L("Doe", NAMEC),
                       "email": L(EMAIL if k != 1 else EMAIL.upper(), MAIL),
                       "postal_code": L("10010", COARSE), "country": L("US", COARSE),
                       "phone": L([E164, NATIONAL, "555.010.0199"][k], TEL)},
            "comment": L(["My sister needed this care and could not get it",
                          "Our water is not for sale", ""][k], f"{TEXT}|{SENS}")
            if k != 2 else "",
            "public_signature": k == 0, "sms_opt_in": k != 2,
            "source": "share_whatsapp", "signed_at": 1764260000 + k})
        c.labels[("url", "path[2]")] = SENS  # the petition's legible slug: a political stance
        out.append(c)
    for k in range(2):
        out.append(case("petition", f"{PET}/v3/donations", fmt="form", body={
            "committee": L("Citizens for Clean Elections PAC", SENS),
            "amount_cents": L(str(2500 + k * 2500), BUY), "recurring": "monthly" if k else "",
            "card_token": L("tok_" + rnd_hex(rng, 24), PAY), "card_last4": L("4242", PAY),
            "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL),
            "address1": L("350 Fifth Avenue Apt 4B", ADDR), "city": L("New York", COARSE),
            "zip": L("10118", COARSE), "employer": "Acme Widgets", "occupation": "Nurse",
            "idempotency_key": rnd_uuid(rng)}))
    lab: dict[str, str] = {}
    bearer = jwt({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "iat": 1764260100,
                  "exp": 1764263700, "scope": "voter:lookup"}, "authorization", lab)
    c = case("petition", f"{PET}/v3/voter/lookup", headers={"Authorization": "Bearer " + bearer},
             body={"first": L("Jane", NAMEC), "last": L("Doe", NAMEC),
                   "dob": L("1989-04-12", BIRTH), "street": L("350 5th Ave", ADDR),
                   "zip5": L("10118", COARSE), "ssn4": L(SSN[-4:], NATID),
                   "dl_number": L("123 456 789", NATID), "party": L("DEM", SENS)})
    out.append(add(c, {("header", p): v for p, v in lab.items()}))
    for nd in (5, 3):
        out.append(case("petition", f"{PET}/v3/representatives", query={
            "ll": L(f"{LAT:.{nd}f},{LON:.{nd}f}", PRECISE), "levels": "federal,state",
            "install": L(INSTALL_ID, DID), "lang": L("en", DEV)}))
    out.append(case("petition", f"{PET}/v3/representatives", query={
        "address": L("350 5th Ave, New York, NY 10118", ADDR), "levels": "local"}))
    acc: Acc = {}
    beacons = jsonl([{"e": L("petition_viewed", USAGE), "slug": L(SLUGS[0], SENS),
                      "iid": L(INSTALL_ID, DID), "ts": 1764260200, "eid": rnd_uuid(rng)},
                     {"e": L("share_tapped", USAGE), "channel": "whatsapp",
                      "iid": L(INSTALL_ID, DID), "ts": 1764260210, "eid": rnd_uuid(rng)},
                     {"e": L("search", USAGE), "q": L("medicaid cuts", "behavior.search"),
                      "iid": L(INSTALL_ID, DID), "ts": 1764260230, "eid": rnd_uuid(rng)},
                     {"e": L("app_foreground", USAGE), "ctx": device_abbrev(),
                      "ip": L(PUBLIC_IP, IPLOC), "iid": L(INSTALL_ID, DID),
                      "ts": 1764260240, "eid": rnd_uuid(rng)}], acc)
    out.append(add(encode(raw("petition", f"{PET}/v1/b", beacons, "application/x-ndjson", {},
                              headers={"User-Agent": L(UA, DEV)}), "br"), acc))
    out.append(case("petition", f"{PET}/v3/me/interests", cookies={
        "sr_sess": L(rnd_hex(rng, 40), CRED), "sr_causes": L("climate|reproductive-rights|"
                                                              "immigration", SENS),
        "sr_ab": "feed_v4", "_ga": L("GA1.2.18822731.1764200000", DID)}))
    out.append(case("petition", f"{PET}/v3/match", body={
        "hashed_email": L(EMAIL_SHA256, MAIL), "hashed_phone": L(sha("sha256", E164), TEL),
        "list": "volunteer_2026", "consent": True}))
    # negatives: the petition feed and a signature counter (no personal data)
    out.append(case("petition", f"{PET}/v3/petitions", query={
        "sort": "trending", "page": "2", "per": "20", "etag": rnd_hex(rng, 16)}))
    return out


def union() -> list[Case]:
    rng = random.Random(13002)
    out = []
    member = "UH-0044817"
    out.append(case("union", f"{UNION}/auth/token", fmt="form", body={
        "grant_type": "password", "username": L(EMAIL, MAIL),
        "password": L("Solidar1ty!2026", CRED), "client_id": "uh-android"}))
    auth = {"Authorization": J({"sub": L(member, UID), "local": L("Nurses United Local 12", SENS),
                                "role": "steward", "iat": 1764261000})}
    for k in range(1):
        c = case("union", f"{UNION}/api/v2/members/me/card", fmt="msgpack", headers=auth,
                 body={"memberNo": L(member, UID), "name": L("Jane Doe", NAMEC),
                       "union": L("Nurses United", SENS), "local": L("Local 12", SENS),
                       "status": L("in_good_standing", SENS), "since": "2019-06-01",
                       "employer": "Example General Hospital", "worksite": "Ward 7B",
                       "dues": {"mandate": L(IBAN, PAY), "holder": L("Jane Doe", NAMEC),
                                "monthly": L(42.5 + k, BUY)},
                       "device": device_camel()})
        out.append(c)
    out.append(multipart("union", f"{UNION}/api/v2/grievances", [
        ("report", None, "application/json", {
            "memberNo": L(member, UID), "category": "unsafe_staffing",
            "description": L("Third double shift this week, 1 nurse for 9 patients. Charge "
                             "nurse told me to skip my insulin break.", TEXT),
            "witnesses": [{"name": L("Sam Patel", NAMEC), "phone": L("+15550142277", TEL)},
                          {"name": L("Lucía Fernández", NAMEC)}],
            "occurredAt": "2026-11-20T07:00:00-05:00", "anonymousToEmployer": True}),
        ("photo", "rota.jpg", "image/jpeg", L(JPEG, MEDIA)),
    ], headers={"Authorization": L("Bearer " + rnd_hex(rng, 32), CRED)}))
    for k in range(2):
        lab: dict[str, str] = {}
        doc = xml("Ballot", {"@id": "BL-2026-11", "@local": L("12", SENS), "Voter": {
            "MemberNo": L(member, UID), "DeviceId": L(INSTALL_ID, DID)},
            "Question": {"@ref": "strike-authorisation", "Choice": L(["YES", "NO"][k], SENS)},
            "Receipt": rnd_hex(rng, 32), "CastAt": f"2026-11-28T12:0{k}:00Z"},
            "Ballot", lab)
        out.append(raw("union", f"{UNION}/api/v2/ballots/BL-2026-11/cast", doc.encode(),
                       "application/xml", lab, headers=auth))
    for k in range(2):
        lab = {}
        data = pb([(1, L(member, UID)), (2, "picket_checkin"),
                   (3, [(1, L(LAT + k * 0.0004, PRECISE)), (2, L(LON - k * 0.0003, PRECISE)),
                        (3, 6.5)]),
                   (4, 1764262000 + k * 3600), (5, L("Example General Hospital gate B", SENS)),
                   (6, rnd_uuid(rng))], "", lab)
        out.append(raw("union", f"{UNION}/api/v2/actions/checkin", data,
                       "application/x-protobuf", lab, headers=auth))
    acc: Acc = {}
    topics = enc({"token": L("fcm:" + rnd_hex(rng, 60), DID), "topics": L(
        ["local12-news", "local12-strike-updates", "stewards"], SENS),
        "memberNo": L(member, UID)}, "body", "t", "hex", acc)
    out.append(add(case("union", f"{UNION}/api/v2/push/register", fmt="form", body={
        "t": topics, "platform": L("android", DEV), "v": "4.2.0"}), acc))
    out.append(case("union", f"{UNION}/api/v2/members/me/contact", headers=auth, body={
        "personalEmail": L(EMAIL, MAIL), "mobile": L(E164, TEL),
        "homeAddress": {"line1": L("350 Fifth Avenue Apt 4B", ADDR),
                        "city": L("New York", COARSE), "zip": L("10118", COARSE)},
        "preferredLanguage": L("es", DEV), "contactAtWork": False}))
    out.append(encode(case("union", f"{UNION}/api/v2/shifts", headers=auth, body={
        "memberNo": L(member, UID), "shifts": [
            {"start": f"2026-11-2{i}T07:00", "end": f"2026-11-2{i}T19:30",
             "breaksMissed": i % 2, "unit": "7B"} for i in range(4)],
        "overtimeHours": 14.5}), "zstd"))
    # negatives: contract PDF index and app config
    out.append(case("union", f"{UNION}/api/v2/docs", query={
        "local": "12", "type": "contract", "rev": "2025-07", "etag": rnd_hex(rng, 12)}))
    out.append(case("union", f"{UNION}/api/v2/config", query={
        "v": "4.2.0", "exp": "onboarding_b"}))
    return out
