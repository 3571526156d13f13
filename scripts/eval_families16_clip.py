"""Blind set sixteen, part two: a duet/voice-effects video editor and a creator-studio
(analytics and monetisation) app (see ``eval_families16.py`` for the rules of this set, its
conventions and its calls).

Duet editor (in the style of short-video duet and voice-changer apps): a duet recording
(multipart MP4 + JPEG + JSON with the voice effect's settings and the clip's frame timings), a
voice-match upload (x-vector as base64 float32, pitch statistics, MFCCs; gzip), lip-sync
scoring with mouth landmarks beside the song's beat grid, a caption form with dwell/flight
strings, a music search with the common region/carrier query parameters, publishing with
mentions and a tagged place, an in-feed ad beacon (hex IP), a draft sync (base64 protobuf in a
form field), friend finding with hashed numbers, comment replies (key-event rows). Creator studio
(in the style of creator dashboards): OTP sign-in, dashboard queries with a client-set
``X-Forwarded-For``, a tax form (XML with the signer's IP), a payout account, brand-deal mail,
a scheduled post, an analytics SDK beacon (base64 protobuf), a reply composer with packed uint16
timings, a creator-fund application, adding an editor. Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import random
import struct

from eval_families16_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    F32,
    FACE,
    GENDER,
    IP_HEX,
    IP_INT,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MCCMNC,
    MEDIA,
    MP4,
    NAMEC,
    NATID,
    PAY,
    PEOPLE,
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    SSN,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    Acc,
    add,
    device_abbrev,
    device_headers,
    dwell_flight,
    encode,
    f32b64,
    flat,
    frame_times,
    keys,
    landmarks,
    ll,
    multipart,
    pb,
    pb64,
    raw,
    sha,
    tok,
    u16,
    xml,
)
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

DUET = "https://api.duetly.example.com"
HUB = "https://studio.creatorhub.example.org"


def duet() -> list[Case]:
    rng = random.Random(16003)
    out = []
    auth = {"Authorization": L("Bearer dt." + rnd_hex(rng, 36), CRED)}
    fx = {"pitchShift": 3, "formant": 1.1, "reverb": 0.3, "robot": False, "preset": "chipmunk"}
    out.append(multipart("duet", f"{DUET}/v2/duets", [
        ("meta", None, "application/json", {
            "origin": "v_77120", "layout": "side", "fx": fx,
            "frameMs": frame_times(45, 30.0, rng), "loc": L(ll(6), PRECISE),
            "device": device_abbrev()}),
        ("clip", "duet.mp4", "video/mp4", L(MP4 + b"\x31" * 12, MEDIA)),
        ("cover", "cover.jpg", "image/jpeg", L(JPEG + b"\x32" * 12, MEDIA)),
    ], headers=auth))
    out.append(encode(case("duet", f"{DUET}/v2/voice/match", headers=auth, body={
        "xvec": L(f32b64(flat(rng, 192, 0.05)), VOICE),
        "pitch": {"mean": L(211.4, VOICE), "sd": L(31.2, VOICE)},
        "mfcc": L(flat(rng, 13, 3.0, 2), VOICE),
        "effect": {"autotune": "C major", "strength": 0.8, "shiftCurve": [0, 1, 2, 2, 1, 0]},
        "user": L(USER_ID, UID)}), "gzip"))
    out.append(case("duet", f"{DUET}/v2/lipsync/score", headers=auth, body={
        "mouth": L([landmarks(rng, 20) for _ in range(3)], FACE), "score": 0.82,
        "beatMs": [round(i * 468.75, 2) for i in range(16)], "song": "s_4471"}))
    d, f = dwell_flight(rng, 24)
    out.append(case("duet", f"{DUET}/v2/drafts/caption", fmt="form", headers=auth, body={
        "caption": L("singing with my sister again lol", TEXT),
        "tags": L("#duet #sisters #fyp", TEXT), "kd": L(",".join(map(str, d)), KEYS),
        "kf": L(",".join(map(str, f)), KEYS), "draft": "dr_" + rnd_hex(rng, 8)}))
    out.append(case("duet", f"{DUET}/v2/music/search", headers=auth, query={
        "q": L("sad piano cover taylor", SEARCH), "sys_region": L("US", DEV),
        "carrier_region": L("US", CARRIER), "op_region": L("US", CARRIER),
        "mcc_mnc": L(MCCMNC, CARRIER), "ac": L("wifi", DEV), "device_id": L(INSTALL_ID, DID),
        "_rticket": "1764720001234", "count": "20"}))
    out.append(case("duet", f"{DUET}/v2/posts", headers=auth, body={
        "caption": L("round 3 with @lena.sings 🎤", TEXT), "mentions": [L("lena.sings", UID)],
        "poi": {"id": "poi_8812", "name": L("Madison Square Park", COARSE)},
        "privacy": "friends", "allowDuet": True, "videoId": "v_" + rnd_hex(rng, 10)}))
    out.append(case("duet", "https://imp.reelads.example.net/beacon", query={
        "ev": "q3", "viewable": "1", "ms": "7800", "aid": L(GAID, ADID),
        "ipx": L(IP_HEX, IPLOC), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
        "cr": "cr_5519", "cb": rnd_hex(rng, 8)}))
    acc: Acc = {}
    blob = pb64([(1, L(USER_ID, UID)), (2, [(1, "fx_chipmunk"), (2, 3), (3, 0.3)]),
                 (3, L(ll(5), PRECISE)), (4, rnd_hex(rng, 12))], "body", "p", acc)
    out.append(add(case("duet", f"{DUET}/v2/drafts/sync", fmt="form", headers=auth,
                        body={"p": blob, "v": "7"}), acc))
    out.append(case("duet", f"{DUET}/v2/friends/find", headers=auth, body={
        "me": L(PHONE_SHA256, TEL),
        "book": L([sha("sha256", p[1]) for p in PEOPLE], CONTACTS), "salt": ""}))
    out.append(case("duet", f"{DUET}/v2/comments/reply", headers=auth, body={
        "text": L("you sound like mom", TEXT),
        "kev": L(keys(rng, "you sound like mom", "row"), f"{KEYS}|{TEXT}"),
        "parent": "c_" + rnd_hex(rng, 8)}))
    out.append(case("duet", "https://ev.clipmetric.example.com/track", body=[
        {"e": L(n, USAGE), "u": L(USER_ID, UID), "a": L(ANDROID_ID, DID),
         "t": 1764720100 + i} for i, n in enumerate(["duet_start", "fx_applied", "publish"])]))
    lab: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, L(struct.pack("<128f", *flat(rng, 128, 0.05)), VOICE)),
               (3, F32(L(203.6, VOICE).value)), (4, "harmony_3rds"), (5, 3), (5, 7)], "", lab)
    lab["3"] = VOICE
    out.append(encode(raw("duet", f"{DUET}/v2/voice/harmony", data, "application/x-protobuf",
                          lab, headers=auth), "br"))
    # negatives: the effect catalogue, a sound's beat grid, videos at a venue the user browses
    out.append(case("duet", f"{DUET}/v2/effects", query={"cat": "voice", "v": "41"}))
    out.append(case("duet", f"{DUET}/v2/sounds/s_4471", headers=auth, body={
        "bpm": 128, "beatsMs": [round(i * 468.75, 2) for i in range(64)],
        "pitchShiftOptions": [-5, -3, 0, 3, 5], "keySig": "Am"}))
    out.append(case("duet", f"{DUET}/v2/poi/poi_3310/videos", headers=auth, query={
        "lat": "40.758896", "lng": "-73.985130", "name": "Times Square", "cursor": "0"}))
    return out


def creator() -> list[Case]:
    rng = random.Random(16004)
    out = []
    out.append(case("creator", f"{HUB}/auth/otp/verify", fmt="form", body={
        "phone": L(E164, TEL), "otp": L("482913", CRED), "device": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer ch_" + rnd_hex(rng, 40), CRED)}
    hdrs = {**auth, **device_headers(), "X-Forwarded-For": L(PUBLIC_IP, IPLOC)}
    out.append(case("creator", f"{HUB}/api/analytics/overview", headers=hdrs, query={
        "from": "2026-11-01", "to": "2026-11-30", "metrics": "views,watch_time,followers"}))
    lab: dict[str, str] = {}
    doc = xml("TaxForm", {"@type": "W-9", "Name": L("Jane Doe", NAMEC),
                          "TIN": L(SSN.replace("-", ""), NATID),
                          "Address": {"Street": L(STREET, ADDR), "City": L("New York", COARSE),
                                      "State": L("NY", COARSE), "Zip": L("10118", COARSE)},
                          "Signed": {"@ip": L(PUBLIC_IP, IPLOC), "@at": "2026-11-30T15:02Z"}},
              "TaxForm", lab)
    out.append(raw("creator", f"{HUB}/api/monetization/tax", doc.encode(), "application/xml",
                   lab, headers=auth))
    out.append(case("creator", f"{HUB}/api/monetization/payout-method", headers=auth, body={
        "routingNumber": L("021000021", PAY), "accountNumber": L("000123456789", PAY),
        "holder": L("Jane Doe", NAMEC), "type": "checking"}))
    out.append(case("creator", f"{HUB}/api/inbox/send", headers=auth, body={
        "to": L("partnerships@brand.example.com", MAIL),
        "body": L("Hi! My rate for one dedicated video is $1,200, reach me at "
                  "jane.doe@example.org", f"{TEXT}|{MAIL}"), "thread": "th_" + rnd_hex(rng, 6)}))
    out.append(case("creator", f"{HUB}/api/posts/schedule", headers=auth, body={
        "caption": L("Morning routine in my tiny apartment", TEXT),
        "geotag": {"lat": L(round(LAT, 5), PRECISE), "lng": L(round(LON, 5), PRECISE)},
        "publishAt": "2026-12-02T13:00Z", "media": ["m_" + rnd_hex(rng, 8)]}))
    acc: Acc = {}
    beacon = pb64([(1, L(USER_ID, UID)), (2, L("Pixel 8", DEV)), (3, L(IP_INT, IPLOC)),
                   (4, [(1, L("310", CARRIER)), (2, L("260", CARRIER)),
                        (3, L("Example Mobile", CARRIER))]),
                   (5, L("dashboard_viewed", USAGE)), (6, 1764721000)], "body", "b", acc)
    out.append(add(case("creator", "https://sdk.creatorpulse.example.net/c", fmt="form",
                        body={"b": beacon, "k": "pub_9c1e"}), acc))
    d, f = dwell_flight(rng, 18)
    out.append(case("creator", f"{HUB}/api/comments/reply", headers=auth, body={
        "text": L("thank you!! link in bio", TEXT), "fl": L(u16(f), KEYS),
        "dw": L(u16(d, "hex"), KEYS), "comment": "c_" + rnd_hex(rng, 8)}))
    out.append(multipart("creator", f"{HUB}/api/fund/apply", [
        ("form", None, "application/json", {
            "dob": L("1994-06-02", BIRTH), "gender": L("female", GENDER),
            "country": L("US", COARSE), "passport": L("X12345678", NATID),
            "followers": 48200, "niche": "lifestyle"}),
        ("id", "passport.jpg", "image/jpeg", L(JPEG + b"\x41" * 10, MEDIA)),
    ], headers=auth))
    out.append(case("creator", f"{HUB}/api/team/editors", headers=auth, body={
        "email": L(PEOPLE[4][2], MAIL), "role": "editor", "invitedBy": L(EMAIL, MAIL)}))
    out.append(case("creator", f"{HUB}/api/shop/orders", headers=auth, body={
        "order": L("SO-88120", BUY), "items": L(["ring light", "lav mic"], BUY),
        "total": L(89.5, BUY)}))
    acc = {}
    ck = tok({"sub": L(USER_ID, UID), "ip": L(PUBLIC_IP, IPLOC), "simcc": L("us", CARRIER),
              "exp": 1767000000}, "cookie", "ch_at", acc)
    out.append(add(case("creator", f"{HUB}/api/live/metrics", cookies={"ch_at": ck}, query={
        "stream": "st_" + rnd_hex(rng, 8), "viewerPeak": "812", "region": "us-east-2"}), acc))
    # negatives: saved audience insights (aggregates), the upload region probe, a payout list
    out.append(case("creator", f"{HUB}/api/insights/save", headers={**auth,
                                                                    "X-Req": rnd_uuid(rng)},
                    body={"topCountries": {"US": 0.41, "GB": 0.12, "BR": 0.09},
                          "ageBuckets": {"18-24": 0.52, "25-34": 0.31},
                          "retention": [round(1 - i * 0.03, 2) for i in range(30)],
                          "watchHeatmap": [rng.randrange(0, 100) for _ in range(60)]}))
    out.append(case("creator", "https://upload.creatorhub.example.org/probe", query={
        "region": "us-east-2", "edge": "198.51.100.131", "rtt": "31"}))
    out.append(case("creator", f"{HUB}/api/payouts", query={"page": "1", "size": "20"}))
    return out
