"""Anonymous workplace whistle-blowing app "Candorbox" that still leaks identifiers: the
employer's access code, a report naming her manager (with the install ID and model beside it), the
case passphrase, a photo whose metadata keeps where she took it, a voice statement, witnesses,
details (union membership, her pregnancy), a log-in by case number and passphrase, messages with
the investigator, an e-mail opt-in, a device-integrity check with the Android ID, a jurisdiction
check with her IP and SIM, a draft in msgpack, a lawyer callback, a forwarded e-mail, push, events
and the status by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import head, rid
from eval_families65_kit import (
    CASE,
    MANAGER,
    ORG,
    PASSPHRASE,
    UNION,
    WAREHOUSE_AT,
    WITNESSES,
    fix,
    obj,
)
from eval_families65_sdk import (
    al_event,
    al_launch,
    fk_crash,
    fk_crumb,
    fk_session,
    sb_batch,
    sb_queue,
)
from eval_families65_svc import cb_message, pl_open, pl_register, px_save, ty_eval
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PUBLIC_IP, Case, L, W, case

APP = App("candorbox", "Candorbox", "com.example.candorbox", "1.12.0",
          "https://api.candorbox.example.org")
IID = "X-Candor-Client"
TN = f"{TEXT}|{NAMEC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _sess(rng: random.Random) -> dict[str, Any]:
    return {"cb_sess": L(opaque(rng, "", 40), CRED)}


def _case(rng: random.Random, tail: str, **kw: Any) -> Case:
    """A call on her case: the case number in the path, the case session in a cookie."""
    return at_path(case(APP.fam, f"{APP.api}/v1/reports/{CASE}/{tail}", headers=_h(rng),
                        cookies=_sess(rng), **kw), CASE, UID)


def candorbox() -> list[Case]:
    rng = random.Random(6571)
    a, f = APP.api, APP.fam
    wla, wlo = fix(WAREHOUSE_AT, 6)
    return [
        case(f, f"{a}/v1/orgs/verify", fmt="form", headers=_h(rng), body={
            "accessCode": L(ORG["code"], CRED), "lang": "en"}),
        case(f, f"{a}/v1/reports", headers=_h(rng, extra={"X-Candor-Ctx": W({
            "client": L(INSTALL_ID, DID), "tz": L("America/New_York", DEV),
            "locale": L("en_US", DEV)}, "b64json")}), body={
            "org": ORG["id"], "category": "harassment", "anonymous": True,
            "site": "Warehouse B, dock 4", "department": "Night picking",
            "occurred": "2025-11-28",
            "text": L(f"My shift manager {MANAGER[0]} keeps cornering me in the break room "
                      "and commenting on my body", TN),
            "client": {"installId": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV),
                       "os": L("Android 14", DEV)}}),
        _case(rng, "key", body={"passphrase": L(PASSPHRASE, CRED), "hint": "none"}),
        multipart(f, f"{a}/v1/reports/{CASE}/attachments", [
            ("file", "rota_week48.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "exif": {"lat": wla, "lon": wlo, "taken": "2025-11-29T02:14:07",
                         "make": L("Google", DEV), "model": L("Pixel 8", DEV)},
                "caption": L("Rota after I complained: every night shift is mine", TEXT)})],
            headers=_h(rng), cookies=_sess(rng)),
        multipart(f, f"{a}/v1/reports/{CASE}/voice", [
            ("audio", "statement.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"durationS": 142, "transcribe": True})],
            headers=_h(rng), cookies=_sess(rng)),
        _case(rng, "witnesses", body={"witnesses": [
            {"name": L(WITNESSES[0], NAMEC), "role": "picker", "sawIt": True},
            {"name": L(WITNESSES[1], NAMEC), "role": "forklift driver", "sawIt": False}]}),
        _case(rng, "details", body={
            "unionMember": L(True, SENS), "union": L(UNION, SENS), "pregnant": L(True, SENS),
            "retaliation": L("It started after I told HR I was pregnant and asked for "
                             "lighter duties", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "case": L(CASE, UID), "passphrase": L(PASSPHRASE, CRED)}),
        _case(rng, "messages", query={"since": "2025-12-01T00:00:00Z"}),
        _case(rng, "messages", body={
            "clientId": rid(rng),
            "text": L("Yes, the second time was on December 3rd at about 2 am", TEXT)}),
        case(f, f"{a}/v1/notify/optin", fmt="form", headers=_h(rng), body={
            "case": L(CASE, UID), "email": L(EMAIL, MAIL), "frequency": "on_reply"}),
        case(f, f"{a}/v1/integrity", headers=_h(rng), body={
            "androidId": L(ANDROID_ID, DID), "installId": L(INSTALL_ID, DID),
            "nonce": opaque(rng, "", 32), "verdict": "eyJ" + opaque(rng, "", 60),
            "rooted": L(False, DEV), "emulator": L(False, DEV)}),
        case(f, f"{a}/v1/geo/jurisdiction", headers=_h(rng), body={
            "clientIp": L(PUBLIC_IP, IPLOC), "simCountry": L("US", CARRIER),
            "mccMnc": L(MCCMNC, CARRIER), "tz": L("America/New_York", DEV),
            "org": ORG["id"]}),
        case(f, f"{a}/v1/resources/hotlines", headers=_h(rng), query={
            "state": L("NJ", COARSE), "topic": "harassment"}),
        _case(rng, "followup", body={
            "text": L(f"{MANAGER[0].split()[0]} moved me to the freezer section after my first "
                      "report", TN)}),
        case(f, f"{a}/v1/drafts", fmt="msgpack", headers=_h(rng), cookies=_sess(rng), body={
            "draft": obj(rng, "dr", 10), "case": L(CASE, UID), "edited": 1765392211,
            "text": L("On Dec 3 he said if I want to keep the day shift I should be nicer "
                      "to him", TEXT)}),
        case(f, f"{a}/v1/legal/consult", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(DIGITS, TEL), "email": L(EMAIL, MAIL),
            "bestTime": "weekday evenings",
            "topic": L("Pregnancy discrimination and retaliation at work", f"{TEXT}|{SENS}")}),
        _case(rng, "evidence/email", body={
            "from": L(MANAGER[1], MAIL), "subject": L("Your shifts", TEXT),
            "received": "2025-12-04T08:12:00-05:00",
            "body": L("Jane, night shifts from now on. Don't go to HR again.", TN)}),
        case(f, f"{a}/v1/devices", headers=_h(rng), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "case": L(CASE, UID), "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng), body={
            "anon": L(INSTALL_ID, DID), "events": [
                ev("report_submitted", 1, category="harassment"), ev("voice_added", 2),
                ev("screen", 3, screen=L("CaseInbox", USAGE))]}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng), body={
            "stars": "4", "text": L("Felt safe, but the voice upload failed twice", TEXT)}),
        case(f, f"{a}/v1/policies", headers=_h(rng), query={"org": ORG["id"], "lang": "en"}),
        case(f, f"{a}/v1/status", headers=_h(rng, how="nodash"),
             cookies={"cb_case": L(CASE, UID), **_sess(rng)}),
    ]


def candorbox_sdks() -> list[Case]:
    rng = random.Random(6572)
    return [
        sb_batch(APP, rng, [("Report Submitted", {"category": "harassment"}),
                            ("Voice Added", {"secs": 142})], user=False, adid=True),
        sb_queue(APP, rng, [("Case Opened", {"case": L(CASE, UID)}),
                            ("Quick Exit", {})], user=False),
        al_launch(APP, rng, first=True),
        al_event(APP, rng, "report_submitted", {"org": ORG["id"]}, user=False),
        fk_crash(APP, rng, ("java.io.FileNotFoundException", "statement.m4a"),
                 [fk_crumb("navigation", "Case -> Voice"),
                  fk_crumb("request", "POST voice", {"case": L(CASE, UID), "status": 0})],
                 user={"id": L(INSTALL_ID, DID)}, screen="VoiceActivity"),
        fk_session(APP, rng, user=False, secs=905),
        ty_eval(APP, rng, {"org": ORG["id"], "voice": True}, user=False),
        pl_register(APP, rng, user=False, tags={"case": L(CASE, UID)}),
        pl_open(APP, rng),
        px_save(APP, rng, {"analytics": True, "ads": False}),
        cb_message(APP, rng, L("How long until someone reads my report?", TEXT), {},
                   user=False, email=L(EMAIL, MAIL)),
    ]
