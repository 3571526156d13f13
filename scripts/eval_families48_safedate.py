"""Dating-safety and background-check app "Trustwick": SMS sign-up, the profile (who she dates),
``/me``, her identity check (licence photos and number, a selfie, a face template and landmarks),
a background check on the man she is meeting (his name, number, age and borough, his photo for a
reverse image search), the report, a date plan at a bar with a check-in timer and trusted
contacts, her live location at the date, a check-in with her safe PIN, an SOS with a note, an
audio clip and a trail (msgpack), an area's safety score, a report about a scammer, a Play
purchase, push, events and her dates by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    FACE,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    landmarks,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, STATE, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families37_kit import LICENCE_NY, fix, home
from eval_families48_kit import (
    DATE_AT,
    DURESS_PIN,
    MATCH,
    SAFE_PIN,
    SOS_AT,
    VENUE,
    code,
    embedding,
    track,
)
from eval_families48_sdk import (
    bl_bid,
    bl_win,
    cw_batch,
    cw_beacon,
    gm_crash,
    gm_crumb,
    iw_event,
    iw_session,
)
from eval_families48_svc import cf_save, hb_message, ms_reverse, tg_eval
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("trustwick", "Trustwick", "com.example.trustwick", "4.3.0",
          "https://api.trustwick.example.com")
IID = "X-TW-Install-Id"
NATID = "personal.national_id"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def trustwick() -> list[Case]:
    rng = random.Random(4841)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    chk, dt, sos = code(rng, "chk_", 10), code(rng, "dt_", 10), code(rng, "sos_", 10)
    dla, dlo = fix(DATE_AT)
    sla, slo = fix(SOS_AT, 5)
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "locale": L("en-US", DEV)}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("630184", CRED),
            "android_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "birthDate": L(DOB, BIRTH), "gender": L("woman", GENDER),
            "datesWith": [L("men", SENS), L("women", SENS)], "ageRange": [30, 42],
            "shareLocationOnDates": True}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/identity/documents", [
            ("front", "licence_front.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("back", "licence_back.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "type": "drivers_license", "number": L(LICENCE_NY, NATID),
                "state": L(STATE, COARSE), "birthDate": L(DOB, BIRTH),
                "fullName": L(f"{FIRST} {LAST}", NAMEC), "expires": "2029-05-17"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/identity/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("face", None, "application/json", {
                "template": L(f32b64(embedding(rng, 128)), FACE),
                "landmarks": L(landmarks(rng, 68), FACE), "liveness": 0.97,
                "box": [212, 388, 508, 760], "sdk": "facecheck-2.4"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checks", headers=_h(rng, **b), body={
            "subject": {"firstName": L(MATCH["first"], NAMEC), "lastName": L(MATCH["last"], NAMEC),
                        "phone": L(MATCH["phone"], TEL), "approxAge": L(MATCH["age"], BIRTH),
                        "city": L(MATCH["city"], COARSE), "state": L(STATE, COARSE)},
            "metOn": MATCH["app"], "sources": ["criminal", "sex_offender", "identity"],
            "package": L("standard", BUY), "price": L("14.99", BUY)}),
        multipart(f, f"{a}/v1/checks/{chk}/photo", [
            ("photo", "match_profile.jpg", "image/jpeg", L(JPEG + b"\x64", MEDIA)),
            ("opts", None, "application/json", {"reverseSearch": True, "crop": [0, 0, 640, 640]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checks/{chk}/report", headers=_h(rng, **b),
             query={"format": "summary", "v": "3"}),
        case(f, f"{a}/v1/dates", headers=_h(rng, **b), body={
            "with": L(MATCH["first"], NAMEC),
            "venue": {"name": VENUE["name"], "line": VENUE["line"], "lat": VENUE["lat"],
                      "lon": VENUE["lon"]},
            "start": "2025-12-12T19:30:00-05:00", "checkInAfterMin": 90, "check": chk}),
        case(f, f"{a}/v1/dates/{dt}/contacts", headers=_h(rng, **b), body={
            "trusted": [{"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL)},
                        {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)}],
            "notifyVia": "sms"}),
        case(f, f"{a}/v1/dates/{dt}/location", headers=_h(rng, **b), body={
            "lat": dla, "lon": dlo, "accuracyM": 11, "battery": L(64, DEV),
            "at": 1765585900}),
        case(f, f"{a}/v1/dates/{dt}/checkin", fmt="form", headers=_h(rng, **b), body={
            "status": "safe", "pin": L(SAFE_PIN, CRED), "extendMin": "60"}),
        case(f, f"{a}/v1/pins", fmt="form", headers=_h(rng, **b), body={
            "safe": L(SAFE_PIN, CRED), "duress": L(DURESS_PIN, CRED)}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "id": sos, "date": dt, "lat": sla, "lon": slo, "accuracyM": 9,
            "battery": L(31, DEV), "silent": True,
            "note": L("He's following me to the subway, please call", TEXT)}),
        multipart(f, f"{a}/v1/sos/{sos}/audio", [
            ("audio", "sos_0001.m4a", "audio/mp4", L(M4A + b"\x64", MEDIA)),
            ("meta", None, "application/json", {"seq": 1, "durationMs": 15000})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sos/{sos}/trail", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "fixes": track(rng, 6, SOS_AT, (40.71832, -73.98931))}),
        case(f, f"{a}/v1/areas/score", headers=_h(rng, **b), query={
            "lat": L(f"{DATE_AT[0]:.3f}", PRECISE), "lon": L(f"{DATE_AT[1]:.3f}", PRECISE),
            "hour": "23"}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "platform": "Amorette", "theirName": L("Derek", NAMEC),
            "text": L("Asked me to send a gift card before we had even met", TEXT),
            "evidence": [code(rng, "up_", 8)]}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "sku": L("tw_plus_monthly", BUY), "order": L("GPA.3344-9021-7712-05118", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("check_purchased", 1), ev("date_created", 2, contacts=2),
                ev("screen", 3, screen=L("DateLive", USAGE))]}),
        case(f, f"{a}/v1/dates", headers=_h(rng, how="none"),
             cookies={"tw_s": L(opaque(rng, "", 48), CRED), "tw_i": L(INSTALL_ID, DID),
                      "tw_rid": rid(rng)}),
    ]


def trustwick_sdks() -> list[Case]:
    rng = random.Random(4842)
    la, lo = home(5)
    return [
        cw_batch(APP, rng, [("Check Started", {"package": "standard"}),
                            ("Date Created", {"checkin_min": 90})], at=DATE_AT, nd=2),
        cw_beacon(APP, rng, "Paywall Viewed", {"variant": "c", "price": "14.99"}),
        iw_session(APP, rng, first=True),
        iw_event(APP, rng, "check_bought", {"package": "standard"}, revenue="14.99",
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="dating,safety"),
        bl_win(APP, rng),
        gm_crash(APP, rng, ("java.lang.SecurityException", "background location denied"),
                 [gm_crumb("nav", "DateLive -> SOS"),
                  gm_crumb("tap", "hold", {"target": "sos_button"})], screen="SosActivity"),
        tg_eval(APP, rng, {"sosHold": True, "plus": False}),
        cf_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        ms_reverse(APP, rng, (la.value, lo.value), PRECISE),
        hb_message(APP, rng, L("I was charged twice for the same background check", TEXT),
                   {"plan": "free", "check": "standard"}),
    ]
