"""Podcast hosting app for creators "Podloft": sign-up, a log-in, ``/me``, the show and its cover
art, an episode's upload (M4A), its transcript and chapters, a guest invited, listener stats and
the country breakdown, voice cloning for ads (her signed consent, three recorded samples, the
on-device speaker embedding), an ad-read script and a cloned read, a remote recording's ICE
candidates, a co-host, an RSS import, a reply to a listener, payout preferences, earnings,
push, events (msgpack) and episodes by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families41_kit import GUEST, SHOW, VOICE_CLONE, embedding, obj
from eval_families41_sdk import (
    bm_batch,
    bm_pixel,
    bq_bid,
    bq_notice,
    rr_event,
    rr_session,
    sf_crash,
    sf_crumb,
)
from eval_families41_svc import dw_attach, pm_bank, pp_register
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, case

APP = App("podloft", "Podloft", "com.example.podloft", "5.0.3", "https://api.podloft.example.com")
IID = "X-Podloft-Install"
PW = "Midnight-Mic-77"
COHOST = ("Dana Whitfield", "+15550188214")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def podloft() -> list[Case]:
    rng = random.Random(4171)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), creator=L(USER_ID, UID)))}
    b = {"auth": "bearer"}
    s, ep = SHOW["id"], obj(rng, "ep", 10)
    host = f"candidate:1 1 udp 2122260223 {LOCAL_IP} 50412 typ host generation 0"
    return [
        case(f, f"{a}/v1/creators", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "country": L("US", COARSE), "role": "host"}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/shows", headers=_h(rng, **b), body={
            "title": SHOW["title"], "author": L(f"{FIRST} {LAST}", NAMEC),
            "description": L("Stories from a night-shift nurse in Manhattan, told after the "
                             "shift ends.", TEXT),
            "category": "Society & Culture", "explicit": False, "language": L("en", DEV)}),
        multipart(f, f"{a}/v1/shows/{s}/artwork", [
            ("image", "cover.png", "image/png", L(PNG, MEDIA))], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/shows/{s}/episodes", [
            ("audio", "ep41.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "title": L("Ep. 41: The 3 a.m. code blue", TEXT),
                "notes": L("I talk about my worst night in the ER and how I got through it.",
                           TEXT), "season": 2, "publishAt": "2025-07-10T06:00:00Z"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/episodes/{ep}/transcript", gz=True, headers=_h(rng, **b), body={
            "language": L("en-US", DEV), "segments": [
                {"start": 0.0, "end": 6.2, "speaker": "host",
                 "text": L("Welcome back to Night Shift Notes, I'm Jane.", f"{TEXT}|{NAMEC}")},
                {"start": 6.2, "end": 14.9, "speaker": "host",
                 "text": L("Tonight I want to talk about burnout and the therapist who helped "
                           "me.", f"{TEXT}|health.medical")}]}),
        case(f, f"{a}/v1/episodes/{ep}/chapters", headers=_h(rng, **b), body={
            "chapters": [{"t": 0, "title": L("Cold open", TEXT)},
                         {"t": 312, "title": L("The code blue", TEXT)}]}),
        case(f, f"{a}/v1/shows/{s}/guests", headers=_h(rng, **b), body={
            "name": L(GUEST[0], NAMEC), "email": L(GUEST[1], MAIL),
            "message": L("Would you join me for episode 43 on the 20th?", TEXT)}),
        case(f, f"{a}/v1/shows/{s}/stats", headers=_h(rng, **b), query={
            "from": "2025-06-01", "to": "2025-06-30", "metric": "downloads", "tz": "UTC"}),
        case(f, f"{a}/v1/shows/{s}/stats/geo", headers=_h(rng, **b), query={
            "level": "country", "top": "10"}),
        case(f, f"{a}/v1/voice/consent", fmt="form", headers=_h(rng, **b), body={
            "signedName": L(NAME, NAMEC), "statement": "v3-voice-clone-ads",
            "agreed": "true", "signedAt": "2025-07-04T21:17:02Z"}),
        multipart(f, f"{a}/v1/voice/samples", [
            ("sample1", "s1.wav", "audio/wav", L(WAV, MEDIA)),
            ("sample2", "s2.wav", "audio/wav", L(WAV + b"\x02", MEDIA)),
            ("sample3", "s3.wav", "audio/wav", L(WAV + b"\x03", MEDIA)),
            ("meta", None, "application/json", {"prompts": ["p12", "p17", "p31"],
                                                "snrDb": 31.5})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/voice/clones", headers=_h(rng, **b), body={
            "speaker": L(embedding(rng), VOICE), "model": "xvec-256", "clone": VOICE_CLONE,
            "durationS": 94.2}),
        case(f, f"{a}/v1/ads/reads", headers=_h(rng, **b), body={
            "sponsor": "Brightmug Coffee", "cpm": 22.0, "placement": "mid",
            "script": L("This episode is brought to you by Brightmug, the coffee I drink "
                        "before every shift.", TEXT)}),
        case(f, f"{a}/v1/voice/clones/{VOICE_CLONE}/synthesize", headers=_h(rng, **b), body={
            "text": L("Use code NIGHTSHIFT for 20 percent off.", TEXT), "format": "mp3",
            "episode": ep}),
        case(f, f"{a}/v1/studio/rooms/{obj(rng, 'rm', 8)}/ice", headers=_h(rng, **b), body={
            "candidates": [L(host, DEV), L(srflx(), f"{IPLOC}|{DEV}"), relay()],
            "peer": obj(rng, "pe", 8)}),
        case(f, f"{a}/v1/shows/{s}/cohosts", headers=_h(rng, **b), body={
            "name": L(COHOST[0], NAMEC), "phone": L(COHOST[1], TEL), "split": 40}),
        case(f, f"{a}/v1/comments/{obj(rng, 'cm', 8)}/replies", headers=_h(rng, **b), body={
            "text": L("Thank you for listening, that night stayed with me too.", TEXT)}),
        case(f, f"{a}/v1/payouts/preferences", headers=_h(rng, **b), body={
            "paypalEmail": L(EMAIL, MAIL), "threshold": 50, "currency": "USD"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", fmt="msgpack", headers=_h(rng, **b), body={
            "creator": L(USER_ID, UID), "events": [
                ev("episode_published", 1, minutes=48), ev("clone_created", 2),
                ev("screen", 3, screen=L("Stats", USAGE))]}),
        case(f, f"{a}/v1/shows/{s}/episodes", headers=_h(rng, how="upper"),
             query={"status": "published"},
             cookies={"pl_sess": L(opaque(rng, "", 40), CRED), "pl_rid": rid(rng)}),
    ]


def podloft_sdks() -> list[Case]:
    rng = random.Random(4172)
    return [
        bm_batch(APP, rng, [("Episode Published", {"minutes": 48, "season": 2}),
                            ("Voice Clone Created", {"samples": 3})], gz=False),
        bm_pixel(APP, rng, "Embed Player Copied", {"show": SHOW["id"]}),
        rr_session(APP, rng, user=True, n=63),
        rr_event(APP, rng, "pl6c3n", {"plan": "creator_pro"}, revenue=19.0, hashed=True),
        bq_bid(APP, rng, {"audio": {"mimes": ["audio/mp4"], "minduration": 15,
                                    "maxduration": 30}}, yob=1991, gender="F",
               keywords="podcasting,microphones"),
        sf_crash(APP, rng, ("java.lang.OutOfMemoryError", "waveform render"),
                 [sf_crumb("nav", "Episodes -> Editor"),
                  sf_crumb("log", "render", {"episode": "ep41"})], screen="EditorActivity"),
        bq_notice(APP, rng, "imp"),
        pp_register(APP, rng, tags={"creator": "true"}),
        pm_bank(APP, rng),
        dw_attach(APP, rng, L(PNG + b"\x05", MEDIA), "stats_bug.png", "image/png"),
    ]
