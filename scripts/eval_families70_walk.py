"""Personal-safety walking-home app "Nightpath": she walks home from a friend's flat at night and
shares her live route with two guardians. SMS sign-up, the profile, ``/me`` with a JWT, guardians
picked from her contacts, a walk started (from the friend's address to home), the live share
link, the route's fixes (JSON, msgpack, a protobuf heartbeat), a check-in, a timer extended,
an SOS with her fix, network, Wi-Fi and an audio clip, a fake call, arrival detected by her home
Wi-Fi, "home safe", safe spots near her, a walk rated, a report of a street, push, events and the
walk history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    IPLOC,
    M4A,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PRECISE,
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
from eval_families20_kit import FIRST, LAST, LINE1, LINE2, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families70_kit import FRIEND_FLAT, GUARDIANS, SAFE_SPOTS, SHARE, fix, home, obj, walk
from eval_families70_sdk import au_bid, bt_crumb, bt_report, ev_batch, sk_event
from eval_families70_svc import (
    as_message,
    bm_register,
    cl_geocode,
    cl_reverse,
    cl_telemetry,
    ft_eval,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("nightpath", "Nightpath", "com.example.nightpath", "6.0.1",
          "https://api.nightpath.example.com")
IID = "X-NP-Install"
MID = (40.732611, -73.985902)  # her fix halfway home (First Avenue and 14th Street)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def nightpath() -> list[Case]:
    rng = random.Random(7051)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(FIRST, NAMEC)))}
    b = {"auth": "session"}
    wk = obj(rng, "walk", 10)
    fla, flo = fix(FRIEND_FLAT[2])
    mla, mlo = fix(MID)
    hla, hlo = home(6)
    lab: dict[str, str] = {}
    beat = pb([(1, wk), (2, L(USER_ID, UID)), (3, L(MID[0] + 0.0004, PRECISE)),
               (4, L(MID[1] - 0.0003, PRECISE)), (5, 31), (6, 1765331220)], "", lab)
    return [
        case(f, f"{a}/v3/auth/sms/start", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "country": L("US", "location.coarse")}),
        case(f, f"{a}/v3/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("551730", CRED)}),
        case(f, f"{a}/v3/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "homeAddress": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR)},
            "home": {"lat": hla, "lng": hlo}, "pin": L("4719", CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/guardians", headers=_h(rng, **b), body={"guardians": [
            {"name": L(n, CONTACTS), "phone": L(p, CONTACTS), "fromContacts": True}
            for n, p in GUARDIANS]}),
        case(f, f"{a}/v3/walks", headers=_h(rng, **b), body={
            "walk": wk, "from": {"label": L(f"{FRIEND_FLAT[0]}'s", NAMEC),
                                 "address": L(FRIEND_FLAT[1], ADDR), "lat": fla, "lng": flo},
            "to": {"label": "Home", "lat": hla, "lng": hlo}, "mode": "walk",
            "etaMin": 24, "wellLit": True}),
        case(f, f"{a}/v3/walks/{wk}/share", headers=_h(rng, **b), body={
            "code": L(SHARE, CRED), "url": "https://np.example.com/l/" + SHARE,
            "guardians": [L(p, CONTACTS) for _, p in GUARDIANS], "expiresMin": 60}),
        case(f, f"{a}/v3/walks/{wk}/points", headers=_h(rng, **b), body={
            "points": walk(rng, 5, FRIEND_FLAT[2], MID), "battery": L(34, DEV)}),
        case(f, f"{a}/v3/walks/{wk}/points", fmt="msgpack", headers=_h(rng, **b), body={
            "points": walk(rng, 5, MID, (LAT, LON), t0=1765331400), "battery": L(31, DEV)}),
        raw(f, f"{a}/v3/walks/{wk}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/walks/{wk}/checkin", fmt="form", headers=_h(rng, **b), body={
            "ok": "1", "lat": mla, "lng": mlo}),
        case(f, f"{a}/v3/walks/{wk}/timer", headers=_h(rng, **b), body={
            "extendMin": 10, "reason": L("stopped for a slice, all fine", TEXT)}),
        case(f, f"{a}/v3/sos", headers=_h(rng, **b), body={
            "walk": wk, "lat": L(MID[0], PRECISE), "lng": L(MID[1], PRECISE), "acc": 11,
            "ip": L(PUBLIC_IP, IPLOC), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER), "ssid": L(SSID, WIFI),
            "network": L("lte", DEV), "battery": L(29, DEV), "silent": True}),
        multipart(f, f"{a}/v3/sos/audio", [
            ("clip", "sos.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"walk": wk, "secs": 20})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/sos/cancel", fmt="form", headers=_h(rng, **b), body={
            "walk": wk, "pin": L("4719", CRED), "note": L("false alarm, a dog barked", TEXT)}),
        case(f, f"{a}/v3/fake-call", headers=_h(rng, **b), body={
            "callerName": "Mom", "delayS": 15, "voice": "female_2"}),
        case(f, f"{a}/v3/walks/{wk}/arrived", headers=_h(rng, **b), body={
            "lat": hla, "lng": hlo, "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "detectedBy": "home_wifi"}),
        case(f, f"{a}/v3/walks/{wk}/safe", fmt="form", headers=_h(rng, **b), body={
            "message": L("Home safe, thanks for waiting up", TEXT)}),
        case(f, f"{a}/v3/safe-spots", headers=_h(rng, **b), query={
            "near": L(f"{MID[0]:.4f},{MID[1]:.4f}", PRECISE), "open": "now"}),
        case(f, f"{a}/v3/streets/reports", headers=_h(rng, **b), body={
            "lat": L(40.729871, PRECISE), "lng": L(-73.984210, PRECISE), "kind": "streetlight_out",
            "text": L("Two lights out on the east side of the block", TEXT),
            "nearby": SAFE_SPOTS}),
        case(f, f"{a}/v3/subscriptions", headers=_h(rng, **b), body={
            "product": L("nightpath_plus_monthly", BUY), "token": L(opaque(rng, "", 64), BUY)}),
        case(f, f"{a}/v3/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("walk_started", 1), ev("sos_triggered", 2), ev("home_safe", 3),
                ev("screen", 4, screen=L("LiveWalk", USAGE))]}),
        case(f, f"{a}/v3/walks", headers=_h(rng, how="nodash"),
             cookies={"np_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def nightpath_sdks() -> list[Case]:
    rng = random.Random(7052)
    return [
        ev_batch(APP, rng, [("Walk Started", {"eta_min": 24}), ("Home Safe", {})],
                 at=MID, nd=3),
        sk_event(APP, rng, "subscribe", {"plan": "plus_monthly"}, revenue=4.99),
        au_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3),
        bt_report(APP, rng, ("java.lang.SecurityException", "background location denied"),
                  [bt_crumb("nav", "Home -> LiveWalk"),
                   bt_crumb("log", "fix", lat=L(MID[0], PRECISE), lng=L(MID[1], PRECISE))],
                  screen="LiveWalkActivity"),
        ft_eval(APP, rng, {"sosAudio": True}, get=True),
        bm_register(APP, rng, at=(LAT, LON), nd=2, tags={"guardians": "2"}),
        cl_geocode(APP, rng, FRIEND_FLAT[1], ADDR, near=(LAT, LON), nd=3),
        cl_reverse(APP, rng, MID, PRECISE, nd=6),
        cl_telemetry(APP, rng, [MID, (round(LAT, 6), round(LON, 6))], PRECISE),
        as_message(APP, rng, L("My guardian didn't get the live link last night", TEXT), {}),
    ]
