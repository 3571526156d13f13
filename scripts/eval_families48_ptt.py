"""Push-to-talk walkie-talkie app "Hailwave" (she is on a group hike at Bear Mountain): SMS
sign-up, the profile (her handle), ``/me``, friends found by hashed numbers, a channel created
and joined by code, voice clips (Ogg Opus in multipart) and a transcript, her live location to
the group, the trail so far (msgpack), a protobuf presence frame, the talk floor, an SOS to the
group, a WebRTC fallback's ICE candidates, a Bluetooth headset, public channels nearby, a status,
a report, a Play purchase, push, events and channels by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PHONE_SHA256,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    sha,
    srflx,
)
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, others
from eval_families37_kit import fix
from eval_families48_kit import (
    CHANNEL,
    HANDLE,
    HEADSET,
    HIKE_START,
    JOIN_CODE,
    OPUS,
    SUMMIT,
    code,
    track,
)
from eval_families48_sdk import (
    bl_bid,
    bl_win,
    cw_batch,
    cw_beacon,
    gm_crash,
    gm_crumb,
    iw_link,
    iw_session,
)
from eval_families48_svc import ms_route, pt_opened, pt_register, tg_eval
from eval_payloads import INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, U, case

APP = App("hailwave", "Hailwave", "com.example.hailwave", "9.3.0",
          "https://api.hailwave.example.com")
IID = "X-Hailwave-Device"
MEMBERS = others(random.Random(4870), 5, "hw_")  # the group's other members (negatives)
HOST = (f"candidate:2209173311 1 udp 2122260223 {LOCAL_IP} 50712 typ host generation 0 "
        "ufrag Hw7q network-cost 10")
MID = (41.315711, -73.997364)  # her fix halfway up


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _clip(rng: random.Random, a: str, n: int) -> Case:
    return multipart(APP.fam, f"{a}/v1/channels/{CHANNEL}/clips", [
        ("audio", f"ptt_{n:04d}.opus", "audio/ogg", L(OPUS + bytes([n]), MEDIA)),
        ("meta", None, "application/json", {
            "from": L(USER_ID, UID), "durationMs": 3200 + 410 * n, "codec": "opus",
            "sampleRate": 16000, "seq": n, "floor": opaque(rng, "fl_", 12),
            "transcribe": True})], headers=_h(rng, auth="bearer"))


def hailwave() -> list[Case]:
    rng = random.Random(4871)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    mla, mlo = fix(MID)
    sla, slo = fix((MID[0] + 0.000412, MID[1] + 0.000951), 5)
    book = [L(sha("sha256", p[1]), CONTACTS) for p in PEOPLE] + [
        L(sha("sha256", "+15550133871"), CONTACTS)]
    lab: dict[str, str] = {}
    frame = pb([(1, L(USER_ID, UID)), (2, CHANNEL),
                (3, [(1, L(round(MID[0] + 0.000207, 6), PRECISE)),
                     (2, L(round(MID[1] + 0.000398, 6), PRECISE))]),
                (4, "listening"), (5, L(58, DEV))], "", lab)
    return [
        case(f, f"{a}/v1/auth/start", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "via": "sms", "app_hash": "Hw+9kQ2xP1a"}),
        case(f, f"{a}/v1/auth/confirm", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("552071", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "handle": L(HANDLE, UID), "displayName": L(FIRST, NAMEC), "color": "#3a7bd5",
            "status": "available"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/friends/discover", headers=_h(rng, **b), body={
            "hashes": book, "self": L(PHONE_SHA256, TEL), "algo": "sha256-e164"}),
        case(f, f"{a}/v1/channels", headers=_h(rng, **b), body={
            "name": L("Bear Mtn hike crew Sat", TEXT), "members": MEMBERS[:4],
            "owner": L(USER_ID, UID), "private": True, "ttlHours": 48}),
        case(f, f"{a}/v1/channels/join", fmt="form", headers=_h(rng, **b), body={
            "code": L(JOIN_CODE, CRED), "handle": L(HANDLE, UID)}),
        _clip(rng, a, 1),
        _clip(rng, a, 2),
        case(f, f"{a}/v1/clips/{code(rng, 'clip_', 10)}/transcript", headers=_h(rng, **b),
             body={"lang": "en", "text": L("We're at the second switchback, wait for us at "
                                           "the overlook", TEXT)}),
        case(f, f"{a}/v1/channels/{CHANNEL}/location", headers=_h(rng, **b), body={
            "lat": mla, "lon": mlo, "alt": 262.4, "accuracyM": 6, "speedMps": 1.1,
            "battery": L(58, DEV), "shareUntil": 1765314000}),
        case(f, f"{a}/v1/channels/{CHANNEL}/trail", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "points": track(rng, 8, HIKE_START, MID, alt=True)}),
        raw(f, f"{a}/v1/presence", frame, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/channels/{CHANNEL}/floor", fmt="form", headers=_h(rng, **b), body={
            "seq": "41", "priority": "normal", "token": opaque(rng, "fl_", 12)}),
        case(f, f"{a}/v1/channels/{CHANNEL}/sos", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "battery": L(41, DEV),
            "message": L("Twisted my knee on the descent, can't put weight on it",
                         f"{TEXT}|{MED}"), "summit": {"lat": SUMMIT[0], "lon": SUMMIT[1]}}),
        case(f, f"{a}/v1/rtc/{code(rng, 'call_', 10)}/candidates", headers=_h(rng, **b), body={
            "candidates": [L(srflx(50712), IPLOC), L(HOST, DEV), relay()]}),
        case(f, f"{a}/v1/headsets", headers=_h(rng, **b), body={
            "ble": HEADSET["ble"], "name": HEADSET["name"], "pttButton": "vol_down",
            "phoneModel": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/channels/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{MID[0]:.2f}", COARSE), "lon": L(f"{MID[1]:.2f}", COARSE),
            "kind": "public", "radiusKm": "10"}),
        case(f, f"{a}/v1/status", headers=_h(rng, **b), body={
            "text": L("On the trail till 4, signal is spotty", TEXT), "emoji": "⛰️"}),
        case(f, f"{a}/v1/reports", fmt="form", headers=_h(rng, **b), body={
            "user": MEMBERS[4], "channel": "ch_public_2281",
            "reason": L("Keeps keying up music on the public channel", TEXT)}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "sku": L("hw_pro_month", BUY), "order": L("GPA.3377-0192-4418-20561", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "handle": L(HANDLE, UID), "events": [
                ev("ptt_sent", 1, ms=3610), ev("location_shared", 2, minutes=240),
                ev("screen", 3, screen=L("ChannelMap", USAGE))]}),
        case(f, f"{a}/v1/channels", headers=_h(rng, how="none"),
             cookies={"hw_sid": L(opaque(rng, "", 44), CRED), "hw_dev": L(INSTALL_ID, DID)}),
    ]


def hailwave_sdks() -> list[Case]:
    rng = random.Random(4872)
    link = U("https://hailwave.example.com/j", {"c": L(JOIN_CODE, CRED), "by": L(HANDLE, UID),
                                                "utm_source": "share"})
    return [
        cw_batch(APP, rng, [("Clip Sent", {"ms": 3610, "channel_size": 5}),
                            ("Location Shared", {"minutes": 240})], at=MID, nd=2),
        cw_beacon(APP, rng, "Welcome Viewed", {"step": 1}),
        iw_session(APP, rng, first=True),
        iw_link(APP, rng, link),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MID, nd=3,
               keywords="hiking,outdoors"),
        bl_win(APP, rng),
        gm_crash(APP, rng, ("java.lang.IllegalStateException", "MediaCodec in wrong state"),
                 [gm_crumb("nav", "Channel -> Talk"),
                  gm_crumb("tap", "ptt_down", {"target": "ptt_button"})], screen="TalkActivity"),
        tg_eval(APP, rng, {"opusFec": True, "country": L("US", COARSE)}, hdr=True),
        pt_register(APP, rng, at=MID, nd=2, tags={"channels": "1"}),
        pt_opened(APP, rng, "group_waiting"),
        ms_route(APP, rng, [(MID, PRECISE), (SUMMIT, None)], "hiking"),
    ]
