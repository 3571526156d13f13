"""Messenger "Hushline" with disappearing messages, contact discovery by hashed phone numbers and
voice notes: registration by SMS, a registration-lock PIN, the profile and its photo, ``/me``,
contact discovery, adding a friend by number, messages (JSON and msgpack) with timers, a voice
note and its transcript, a group, the default timer, a live location, a link preview, a GIF
search, pre-keys, a call's ICE candidates, a linked desktop, a spam report, push, events, a
sticker GET by cookie and a supporter badge bought on Play."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    IPLOC,
    JPEG,
    M4A,
    NAMEC,
    PHONE_SHA256,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    relay,
    sha,
    srflx,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, others
from eval_families37_kit import FRIEND, GROUP, IDENTITY_KEY, REG_LOCK, home, obj
from eval_families37_sdk import am_launch, cc_crash, cc_crumb, ml_batch, ml_pixel
from eval_families37_svc import ct_save, hq_message, nw_register, ts_eval
from eval_payloads import INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, case

APP = App("hushline", "Hushline", "com.example.hushline", "7.14.2",
          "https://chat.hushline.example.com")
IID = "X-Hush-Install"
BUY = "financial.purchase"
PEERS = others(random.Random(3701), 5, "hl_")  # other users (negatives)
HOST_CAND = (f"candidate:1840029371 1 udp 2122260223 {LOCAL_IP} 41822 typ host generation 0 "
             "ufrag Hq3x network-cost 10")


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _msg(rng: random.Random, to: str, text: L, timer: int) -> dict[str, Any]:
    return {"from": L(USER_ID, UID), "to": to, "client_id": obj(rng, "cm", 12),
            "expire_secs": timer,
            "body": text, "sent_ms": 1765321500118}


def hushline() -> list[Case]:
    rng = random.Random(3711)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    hla, hlo = home(5)
    mine = [L(sha("sha256", n)[:20], CONTACTS) for n in
            ("+15550142277", "+15550163390", "+15550133871", "+15550187733", "+15550129981",
             "+15550110042")]
    return [
        case(f, f"{a}/v1/accounts/sms/code", fmt="form", headers=_h(rng), body={
            "number": L(E164, TEL), "client": "android", "captcha": opaque(rng, "", 32)}),
        case(f, f"{a}/v1/accounts/verify", fmt="form", headers=_h(rng), body={
            "number": L(DIGITS, TEL), "code": L("884019", CRED),
            "registration_id": L(14871, DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/accounts/reglock", headers=_h(rng, **b), body={
            "pin": L(REG_LOCK, CRED), "enabled": True}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "given_name": L(FIRST, NAMEC), "family_name": L(LAST, NAMEC),
            "username": L("janedoe.42", UID),
            "about": L("mostly here for the group chats", TEXT), "about_emoji": "🌿"}),
        multipart(f, f"{a}/v1/profile/avatar", [
            ("avatar", "avatar.jpg", "image/jpeg", L(JPEG + b"\x71", "content.media"))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/directory/discover", headers=_h(rng, **b), body={
            "hashes": mine, "self": L(PHONE_SHA256[:20], TEL), "truncate": 20}),
        case(f, f"{a}/v1/contacts", headers=_h(rng, **b), body={
            "number": L(FRIEND[1], TEL), "display_name": L(FRIEND[0], NAMEC),
            "verified": False}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body=_msg(
            rng, PEERS[0], L("running 10 late, save me a seat", TEXT), 3600)),
        case(f, f"{a}/v1/messages", fmt="msgpack", headers=_h(rng, **b), body=_msg(
            rng, PEERS[1], L("door code is 4B, buzz twice, 350 Fifth", f"{TEXT}|contact.address"),
            300)),
        multipart(f, f"{a}/v1/attachments/voice", [
            ("audio", "voice_note.m4a", "audio/mp4", L(M4A + b"\x13", "content.media")),
            ("meta", None, "application/json", {
                "to": GROUP, "duration_ms": 14210, "expire_secs": 86400,
                "waveform": [rng.randrange(0, 255) for _ in range(32)]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/attachments/{obj(rng, 'att', 12)}/transcript", headers=_h(rng, **b),
             body={"lang": "en", "text": L("ok so the plan for saturday is brunch at ten then "
                                           "the market", TEXT)}),
        case(f, f"{a}/v1/groups", headers=_h(rng, **b), body={
            "title": L("Queer book club 📚", f"{TEXT}|personal.sensitive"),
            "members": PEERS[:4], "expire_secs": 604800,
            "admins": [L(USER_ID, UID)]}),
        case(f, f"{a}/v1/settings/disappearing", fmt="form", headers=_h(rng, **b), body={
            "default_timer": "86400", "screen_security": "1", "read_receipts": "0"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": PEERS[2], "client_id": obj(rng, "cm", 12), "expire_secs": 3600,
            "live_location": {"lat": hla, "lon": hlo, "acc_m": 9, "until": 1765325100}}),
        case(f, f"{a}/v1/link-preview", headers=_h(rng, **b), query={
            "url": L("https://recipes.example.com/shakshuka-for-two", TEXT)}),
        case(f, f"{a}/v1/gifs/search", headers=_h(rng, **b), query={
            "q": L("happy dance", SEARCH), "limit": "24"}),
        case(f, f"{a}/v1/keys", headers=_h(rng, **b), body={
            "identity_key": IDENTITY_KEY, "signed_prekey": {"id": 41, "key": opaque(rng, "B", 43),
                                                           "sig": opaque(rng, "", 86)},
            "one_time": [{"id": 900 + i, "key": opaque(rng, "B", 43)} for i in range(3)]}),
        case(f, f"{a}/v1/calls/{obj(rng, 'call', 10)}/ice", headers=_h(rng, **b), body={
            "candidates": [L(srflx(41822), IPLOC), L(HOST_CAND, DEV), relay()]}),
        case(f, f"{a}/v1/devices/link", headers=_h(rng, **b), body={
            "provisioning_code": L(opaque(rng, "", 24), CRED), "name": "Desktop (Linux)",
            "capabilities": ["voice", "stories"]}),
        case(f, f"{a}/v1/reports/spam", headers=_h(rng, **b), body={
            "sender": PEERS[4], "message_ids": [obj(rng, "m", 10)],
            "comment": L("keeps sending crypto links from a number I don't know", TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/metrics", gz=True, headers=_h(rng, **b), body={
            "account": L(USER_ID, UID), "events": [
                ev("voice_note_sent", 1, secs=14), ev("timer_changed", 2, secs=86400),
                ev("screen", 3, screen=L("ConversationList", USAGE))]}),
        case(f, f"{a}/v1/stickers/packs", headers=_h(rng, how="none"),
             cookies={"hl_sid": L(opaque(rng, "", 44), CRED),
                      "hl_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/donations/verify", headers=_h(rng, **b), body={
            "sku": L("hushline_supporter_5", BUY), "order": L("GPA.3371-0418-2207-55120", BUY),
            "token": L(play_token(rng), BUY)}),
    ]


def hushline_sdks() -> list[Case]:
    rng = random.Random(3712)
    return [
        ml_batch(APP, rng, [("Message Sent", {"kind": "voice", "timer": 86400}),
                            ("Contacts Synced", {"matched": 4})]),
        ml_pixel(APP, rng, "Welcome Viewed", {"step": 1, "variant": "b"}),
        am_launch(APP, rng, first=True),
        cc_crash(APP, rng, ("java.lang.IllegalStateException", "codec not released"),
                 [cc_crumb("navigation", "Chat -> VoiceRecorder"),
                  cc_crumb("ui", "hold", {"target": "mic_button"})], screen="ConversationActivity"),
        ts_eval(APP, rng, {"country": L("US", "location.coarse"), "beta": False}, hdr=True),
        nw_register(APP, rng, tags={"previews": "off"}),
        ct_save(APP, rng, {"crash_reports": True, "analytics": False}),
        hq_message(APP, rng, L("My registration lock PIN isn't accepted after reinstalling",
                               TEXT), {"plan": "free", "os": "android"}),
    ]
