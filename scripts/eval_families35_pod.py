"""Podcast app "Castmeadow" with voice clips and listening history: sign-up (age and gender),
an OAuth password grant, ``/me``, subscriptions, playback progress (msgpack), the history sync
(gzip), a search, a shared clip, a voice reply to a show (M4A and its transcript), the creator
studio's voice profile (enrolment phrases and a speaker embedding), her own episode and its audio,
a comment, a rating, a playlist, the local briefing, a car-mode session, devices, events, a Play
subscription and the queue by a cookie-authenticated GET. Audio ads between episodes."""

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
    GENDER,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    f32b64,
    flat,
    multipart,
    push_token,
)
from eval_families20_kit import ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families35_kit import EPISODES, FRIEND_PL, chapters, peaks
from eval_families35_sdk import (
    aw_link,
    aw_session,
    bt_bid,
    bt_notice,
    cl_crumb,
    cl_notify,
    cl_session,
    sl_batch,
    sl_queue,
)
from eval_families35_svc import as_check, fw_eval, pf_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("castmeadow", "Castmeadow", "com.example.castmeadow", "5.17.3",
          "https://api.castmeadow.example.com")
IID = "X-Cm-Device"
PW = "Meadowlark-Pine-9"
MY_EP = "ep_my_0003"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def castmeadow() -> list[Case]:
    rng = random.Random(3571)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    b = {"auth": "bearer"}
    plays = [{"ep": L(e[0], USAGE), "pos": L(p, USAGE), "dur": d, "speed": 1.2}
             for e, p, d in zip(EPISODES, (1812000, 955000, 2210000),
                                (3540000, 2880000, 2460000), strict=True)]
    hist = [{"id": L(e[0], USAGE), "show": e[1], "title": L(f"{e[2]}: {e[3]}", USAGE),
             "completed": i != 1} for i, e in enumerate(EPISODES)]
    cases = [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "display_name": L("Jane D.", NAMEC),
            "birth_year": L(1991, BIRTH), "gender": L("female", GENDER), "country": "US"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "castmeadow-android", "scope": "library playback"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/subscriptions", headers=_h(rng, **b), body={
            "shows": [e[1] for e in EPISODES], "notify_new": True}),
        case(f, f"{a}/v1/playback/progress", fmt="msgpack", headers=_h(rng, **b),
             body={"u": L(USER_ID, UID), "plays": plays}),
        case(f, f"{a}/v1/history/sync", gz=True, headers=_h(rng, **b), body={
            "since": 1764700000, "episodes": hist}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("sourdough starter history", SEARCH), "type": "episode,show"}),
        case(f, f"{a}/v1/episodes/{EPISODES[0][0]}/clips", headers=_h(rng, **b), body={
            "startMs": 812000, "endMs": 842000,
            "caption": L("This bit about my grandmother's bread", TEXT)}),
        multipart(f, f"{a}/v1/shows/{EPISODES[0][1]}/voice-replies", [
            ("audio", "reply_1765321.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "transcript": L("Hi, your episode on bread made me call my grandma in "
                                "Kraków for her recipe", TEXT),
                "signature": L("Jane from New York", f"{NAMEC}|{COARSE}"),
                "durationMs": 24000, "consentToAir": True})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/creator/voice-profile", [
            ("phrase1", "enrol_1.wav", "audio/wav", L(WAV, MEDIA)),
            ("phrase2", "enrol_2.wav", "audio/wav", L(WAV + b"\x01", MEDIA)),
            ("profile", None, "application/json", {
                "embedding": L(f32b64(flat(rng, 256, 0.08)), VOICE), "model": "spk-256",
                "meanF0Hz": L(196.4, VOICE), "snrDb": 31.2, "loudnessLufs": -18.1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/creator/episodes", headers=_h(rng, **b), body={
            "id": MY_EP, "title": L("Ep. 3: A winter in Warsaw", TEXT),
            "description": L("My friend Kasia and I talk about moving abroad", TEXT),
            "speakers": [{"label": "host", "name": L(NAME, NAMEC)},
                         {"label": "guest", "name": L(FRIEND_PL[0], NAMEC)}],
            "chapters": chapters(rng, 3), "waveform": peaks(rng, 48), "explicit": False}),
        multipart(f, f"{a}/v1/creator/episodes/{MY_EP}/audio", [
            ("audio", "ep3_master.m4a", "audio/mp4", L(M4A + b"\x03", MEDIA)),
            ("meta", None, "application/json", {"durationMs": 2315000, "bitrate": 128})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/comments", headers=_h(rng, **b), body={
            "episode": EPISODES[1][0], "text": L("The lighthouse story gave me chills", TEXT)}),
        case(f, f"{a}/v1/ratings", fmt="form", headers=_h(rng, **b), body={
            "show": EPISODES[1][1], "stars": "5"}),
        case(f, f"{a}/v1/playlists", headers=_h(rng, **b), body={
            "name": L("Sunday baking", TEXT), "episodes": [EPISODES[0][0]]}),
        case(f, f"{a}/v1/briefing/local", fmt="form", headers=_h(rng, **b), body={
            "zip": L(ZIP, COARSE), "time": "07:00", "voice": "warm"}),
        case(f, f"{a}/v1/car-mode/sessions", headers=_h(rng, **b), body={
            "car": {"make": "Veltra", "model": "Crosswind LX", "head_unit": "AA 12.4"},
            "duration_s": L(1860, USAGE), "episodes": L(2, USAGE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("episode_complete", 1, payload=W({"episode": L(EPISODES[0][0], USAGE),
                                                     "speed": 1.2}, "json")),
                ev("voice_reply_sent", 2, seconds=24),
                ev("screen", 3, screen=L("NowPlaying", USAGE))]}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "sku": L("castmeadow_plus_monthly", BUY), "order": L("GPA.3301-5518-2290-61172", BUY),
            "purchase_token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/queue", headers=_h(rng, how="none"),
             cookies={"cm_sid": L(opaque(rng, "", 40), CRED),
                      "cm_did": L(INSTALL_ID, DID)}),
    ]
    return cases


def castmeadow_sdks() -> list[Case]:
    rng = random.Random(3572)
    ep = EPISODES[2]
    audio = {"audio": {"mimes": ["audio/mp4"], "minduration": 15, "maxduration": 30,
                       "feed": 3}}
    link = U("https://castmeadow.example.com/e", {"ep": L(ep[0], USAGE), "t": "1210",
                                                  "ref": "share_sheet"})
    return [
        sl_batch(APP, rng, [("Episode Played", {"episode": L(ep[0], USAGE), "speed": 1.2}),
                            ("Voice Reply Sent", {"seconds": 24})]),
        sl_queue(APP, rng, [("Download Completed", {"episode": L(EPISODES[1][0], USAGE)}),
                            ("Sleep Timer Set", {"minutes": 30})]),
        aw_session(APP, rng, user=True),
        aw_link(APP, rng, link),
        bt_bid(APP, rng, audio, gz=True, content={
            "id": ep[0], "title": L(f"{ep[2]}: {ep[3]}", USAGE), "series": ep[2],
            "genre": "Society & Culture"}),
        bt_notice(APP, rng, "win"),
        cl_notify(APP, rng, ("java.lang.IllegalStateException", "MediaSession released"),
                  [cl_crumb("navigation", "Library -> NowPlaying"),
                   cl_crumb("user", "play", {"episode": L(ep[0], USAGE)})],
                  ctx="NowPlayingActivity"),
        cl_session(APP, rng),
        fw_eval(APP, rng, {"plan": "plus", "creator": True}),
        pf_register(APP, rng, tags={"zip": L(ZIP, COARSE), "creator": 1}),
        as_check(APP, rng, {"analytics": True, "ads": True}),
    ]
