"""Safety app "Lumenkeep" for survivors of domestic violence, disguised as a recipe app, with a
quick-exit button and an evidence locker: an account, a log-in with TOTP, ``/me`` with a JWT, the
locker's PIN and a duress PIN, evidence (a photo of an injury with its fix, a recording, a
screenshot of threats, the protective order), an incident journal naming the abuser, trusted
contacts, a check-in timer and its all-clear, an SOS with its trail (protobuf), quick exits, a
search for resources, the safety plan, messages to an advocate, the disguise settings, push,
events, an export to her lawyer and the locker by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families60_kit import (
    ABUSER,
    ATTORNEY,
    DOCKET,
    DURESS_PIN,
    HOTLINE,
    JUSTICE,
    LOCKER_PIN,
    SAFE_CONTACTS,
    SHELTER_AT,
    fix,
    obj,
)
from eval_families60_sdk import sf_crumb, sf_error, sf_session, tl_batch
from eval_families60_svc import (
    bm_register,
    hm_message,
    mn_reverse,
    mn_search,
    pm_save,
    sb_eval,
)
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LAT, LON, SSID, USER_ID, Case, J, L, case

APP = App("lumenkeep", "Lumenkeep", "com.example.lumenkeep", "1.19.4",
          "https://vault.lumenkeep.example.org")
IID = "X-Lk-Install"
PW = "Copper-Finch-Lantern-3"
COURT_AT = (40.714823, -74.001766)  # her fix at the courthouse, filing the order
SISTER_AT = (40.678344, -73.949571)  # her sister's flat, where she stays some nights (her fix)
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def lumenkeep() -> list[Case]:
    rng = random.Random(6041)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng))}
    b = {"auth": "bearer"}
    sos = obj(rng, "sos", 10)
    pla, plo = fix((LAT, LON), 6)
    cla, clo = fix(COURT_AT, 5)
    lab: dict[str, str] = {}
    trail = pb([(1, sos), (2, [(1, L(40.742207, PRECISE)), (2, L(-73.988514, PRECISE))]),
                (3, 9.5), (4, L(22, DEV)), (5, 1765322104)], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "displayName": "J",
            "disguise": "recipes"}),
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/totp", fmt="form", headers=_h(rng), body={
            "code": L("318822", CRED), "challenge": opaque(rng, "ch_", 16)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/locker/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L(LOCKER_PIN, CRED), "duressPin": L(DURESS_PIN, CRED),
            "wipeOnDuress": "true"}),
        multipart(f, f"{a}/v1/locker/items", [
            ("file", "IMG_2041.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kind": "photo", "takenAt": "2025-12-06T22:41:00-05:00",
                "caption": L("Bruises on my left arm after Saturday night", TM),
                "gps": {"lat": pla, "lon": plo}, "exifStripped": True})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/locker/items", [
            ("file", "rec_0412.m4a", "audio/mp4", L(M4A + b"\x42", MEDIA)),
            ("meta", None, "application/json", {
                "kind": "audio", "durationS": 211,
                "note": L("He threatened me on the stairs, you can hear him at 2:10", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/locker/items", [
            ("file", "Screenshot_20251207.png", "image/png", L(PNG + b"\x43", MEDIA)),
            ("meta", None, "application/json", {
                "kind": "screenshot", "from": L(ABUSER["name"], NAMEC),
                "fromNumber": L(ABUSER["phone"], TEL), "messages": 14})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/locker/items", [
            ("file", "order_p1.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("meta", None, "application/json", {
                "kind": "court_order", "docket": DOCKET, "expires": "2026-12-01",
                "filedAt": {"lat": cla, "lon": clo}})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "date": "2025-12-06",
            "text": L("He came back drunk around 10, pushed me into the door frame. Left arm "
                      "and shoulder hurt, didn't go to the hospital.", TM),
            "abuser": {"name": L(ABUSER["name"], NAMEC), "vehicle": ABUSER["vehicle"],
                       "plate": ABUSER["plate"]},
            "witnesses": [{"name": L("Ruth Alvarez", NAMEC), "relation": "neighbour"}],
            "policeCalled": False}),
        case(f, f"{a}/v1/contacts", headers=_h(rng, **b), body={"trusted": [
            {"name": L(n, NAMEC), "phone": L(p, TEL), "notifyOnSos": True}
            for n, p in SAFE_CONTACTS]}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "dueInMin": 45, "message": L("Going back to the apartment to get my things with "
                                         "Maya", f"{TEXT}|{NAMEC}"),
            "at": {"lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE)},
            "notify": [0, 1]}),
        case(f, f"{a}/v1/checkins/{obj(rng, 'ci', 8)}/ok", fmt="form", headers=_h(rng, **b),
             body={"pin": L(LOCKER_PIN, CRED), "safe": "true"}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "sos": sos, "silent": True, "lat": L(40.742318, PRECISE),
            "lon": L(-73.988402, PRECISE), "acc": 11, "battery": L(23, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}, "notified": [0, 1]}),
        raw(f, f"{a}/v1/sos/{sos}/trail", trail, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/telemetry", fmt="form", headers=_h(rng, **b), body={
            "event": L("quick_exit", USAGE), "screen": L("Journal", USAGE),
            "decoy": "recipes", "ms": "140"}),
        case(f, f"{a}/v1/resources", headers=_h(rng, **b), query={
            "q": L("emergency shelter brooklyn with kids", SEARCH),
            "near": L(f"{LAT:.2f},{LON:.2f}", "location.coarse")}),
        case(f, f"{a}/v1/plan", headers=_h(rng, **b), body={
            "safeRoom": "bathroom (lock, window)", "bagReady": True,
            "steps": L("Keep passport and meds at Maya's. Leave when he's at work on Tuesday.",
                       f"{TEXT}|{NAMEC}"), "codeWordSet": True,
            "shelter": {"lat": SHELTER_AT[0], "lon": SHELTER_AT[1]}}),
        case(f, f"{a}/v1/advocate/messages", headers=_h(rng, **b), body={
            "org": {k: JUSTICE[k] for k in ("id", "name", "phone", "line")},
            "thread": obj(rng, "adv", 8), "hotline": HOTLINE,
            "text": L("Can you help me extend the order before it runs out? I'm staying at "
                      "my sister's some nights.", TEXT),
            "safeToCall": False, "at": {"lat": L(SISTER_AT[0], PRECISE),
                                        "lon": L(SISTER_AT[1], PRECISE)}}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "disguise": "recipes", "quickExitUrl": "https://www.example.com/weather",
            "hidePreviews": "true", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "previewHidden": True}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("locker_opened", 1), ev("quick_exit", 2, fromScreen=L("Locker", USAGE)),
                ev("sos_sent", 3)]}),
        case(f, f"{a}/v1/exports", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(ATTORNEY[0], NAMEC), "recipientEmail": L(ATTORNEY[1], MAIL),
            "items": "journal,photos,audio", "expiresH": "72"}),
        case(f, f"{a}/v1/locker", headers=_h(rng, how="plain"), query={"page": "1"},
             cookies={"lk_s": L(opaque(rng, "", 40), CRED)}),
    ]


def lumenkeep_sdks() -> list[Case]:
    rng = random.Random(6042)
    return [
        sf_error(APP, rng, ("java.io.FileNotFoundException", "locker cache missing"),
                 [sf_crumb("navigation", "Recipes -> Locker"),
                  sf_crumb("user", "quick_exit", {"ms": 140})], context="LockerActivity"),
        sf_session(APP, rng),
        tl_batch(APP, rng, [("Locker Item Added", {"kind": "photo"}),
                            ("Quick Exit", {"from": L("Journal", USAGE)})], user=False),
        sb_eval(APP, rng, {"disguise": "recipes"}, user=False),
        bm_register(APP, rng, user=False, tags={"previews": "hidden"}),
        pm_save(APP, rng, {"analytics": False, "crash": True}),
        mn_search(APP, rng, "family justice center", SEARCH, near=(LAT, LON), nd=2),
        mn_reverse(APP, rng, (40.742318, -73.988402), PRECISE, nd=6),
        hm_message(APP, rng, L("How do I make the app icon look like a calculator?", TEXT),
                   {"disguise": "recipes"}),
    ]
