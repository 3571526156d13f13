"""Karaoke and singing app "Croonly": a voice profile from a sung scale, performances (M4A) with
their note scoring, the sung pitch track and MFCC frames sent for the vocal coach, practice logs
(msgpack), duets, comments, contact matching, a live room (an ICE candidate), coins and gifts,
nearby karaoke bars and a check-in."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    EMAIL_UPPER,
    IID_NODASH,
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    audio_fp,
    f32b64,
    flat,
    multipart,
    push_token,
    relay,
    sha,
    srflx,
)
from eval_families18_kit import band_gains
from eval_families20_kit import App, ev, latlng, opaque, play_token, pos
from eval_families24_kit import claims, head, others, rid
from eval_families26_kit import VENUE_AT, VENUE_PHONE, f0_track, melody, note_scores
from eval_families26_sdk import (
    lantern_bid,
    lantern_vast,
    loom_event,
    loom_launch,
    warden_crumb,
    warden_report,
    warden_session,
    wren_batch,
    wren_offline,
)
from eval_families26_svc import agree_save, tog_eval, wick_register
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("croonly", "Croonly", "com.example.croonly", "4.22.0", "https://api.croonly.example.com")
IID = "X-Croonly-Install"
HANDLE = "janedoe_sings"
PERF = "pf_8c20a41e77"
SONG = "sg_midnight_harbor"
AT_BAR = (40.726911, -73.989302)  # the phone at the karaoke bar (her own fix)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def croonly() -> list[Case]:
    rng = random.Random(2621)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    preferred_username=L(HANDLE, UID)))}
    lat5, lon5 = pos(5)
    mfcc = [flat(rng, 13, 6.0, 2) for _ in range(12)]
    contacts = [sha("sha256", p[1]) for p in PEOPLE[:4]]
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L("HighNote!77", CRED), "client_id": "croonly-android"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "croonly-android"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/profile", headers=_h(rng, auth="bearer"), body={
            "display_name": L(HANDLE, UID), "birth_year": L(1991, BIRTH),
            "bio": L("Alto, mostly 90s R&B and the occasional power ballad", TEXT),
            "home_city": L("New York", COARSE), "voice_type": "alto"}),
        case(f, f"{a}/v3/songs/search", headers=_h(rng, auth="bearer"),
             query={"q": L("midnight harbor ballad", SEARCH), "limit": "20", "key": "any"}),
        case(f, f"{a}/v3/voice-profile", headers=_h(rng, auth="bearer"), body={
            "user_id": L(USER_ID, UID), "range_hz": L([146.8, 698.5], VOICE),
            "f0_mean_hz": L(214.3, VOICE), "timbre": L(f32b64(flat(rng, 192, 0.05)), VOICE),
            "jitter": L(0.0058, VOICE), "shimmer": L(0.037, VOICE),
            "exercise": "scale_c_major", "mic": "built_in"}),
        multipart(f, f"{a}/v3/performances", [
            ("audio", "take_3.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "song_id": SONG, "score": 87, "notes": note_scores(rng, 24),
                "lyrics_offset_ms": 180, "duet_with": others(rng, 1)[0],
                "caption": L("Third try at this one, the bridge finally landed!", TEXT),
                "upload_id": rid(rng)})], headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v3/performances/{PERF}/analysis", gz=True,
             headers=_h(rng, auth="bearer"), body={
                 "hop_ms": 10, "f0_hz": L(f0_track(rng, 80), VOICE), "mfcc": L(mfcc, VOICE),
                 "reference": melody(rng, 8), "song_id": SONG, "coach": "breath_support"}),
        case(f, f"{a}/v3/practice/sync", fmt="msgpack", headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "sessions": [
                {"song": SONG, "minutes": L(22, USAGE), "takes": 3},
                {"song": "sg_paper_lanterns", "minutes": L(9, USAGE), "takes": 1}],
            "streak_days": L(6, USAGE), "warmups": ["lip_trill", "sirens"]}),
        case(f, f"{a}/v3/comments", headers=_h(rng, auth="bearer"), body={
            "performance_id": "pf_" + opaque(rng, "", 10),
            "text": L("Your harmony at the bridge gave me chills @lena.sings", TEXT),
            "mentions": [L("lena.sings", UID)]}),
        case(f, f"{a}/v3/duets/invite", headers=_h(rng, auth="bearer"), body={
            "performance_id": PERF, "name": L(PEOPLE[3][0], NAMEC),
            "phone": L(PEOPLE[3][1], TEL), "part": "harmony"}),
        case(f, f"{a}/v3/contacts/match", headers=_h(rng, auth="bearer"), body={
            "algo": "sha256", "hashes": [L(x, CONTACTS) for x in contacts],
            "batch": 1, "of": 1}),
        case(f, f"{a}/v3/live/rooms/rm_41c2/join", headers=_h(rng, auth="bearer"), body={
            "ice": [L(srflx(), IPLOC), relay()], "latency_ms": 142,
            "headset": {"name": "Buds Pro", "ble": "7C:11:CB:42:9E:03", "codec": "aac"}}),
        case(f, f"{a}/v3/store/coins", headers=_h(rng, auth="bearer"), body={
            "product_id": L("coins_500", BUY), "purchase_token": L(play_token(rng), BUY),
            "order_id": L("GPA.3318-0042-7719-20416", BUY), "price": L("4.99", BUY)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "android_id": L(ANDROID_ID, DID),
            "install_id": L(INSTALL_ID, DID), "mic_permission": True}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("song_started", 1, song=SONG), ev("take_uploaded", 2, score=87),
                ev("screen_view", 3, screen=L("Studio", USAGE))]}),
        case(f, f"{a}/v3/feed", query={"tab": "following"}, headers=_h(rng, how="none"),
             cookies={"cr_sess": L(opaque(rng, "", 52), CRED), "cr_did": L(IID_NODASH, DID)}),
        case(f, f"{a}/v3/lyrics/custom", headers=_h(rng, auth="bearer"), body={
            "title": L("Sam's thirtieth", TEXT), "song_id": "sg_happy_bday_inst",
            "lines": [L("Thirty years of Sam and still no sense of direction", TEXT),
                      L("We love you anyway, now blow the candles out", TEXT)]}),
        case(f, f"{a}/v3/songs/recognize", headers=_h(rng, auth="bearer"), body={
            "fp": audio_fp(rng, 32), "offset_ms": 4200, "duration_ms": 8000}),
        case(f, f"{a}/v3/audio/noise-profile", headers=_h(rng, auth="bearer"), body={
            "bands_db": band_gains(rng, 16), "rt60_ms": 420, "headset": True}),
        case(f, f"{a}/v3/venues/nearby", headers=_h(rng, auth="bearer"),
             query={"ll": latlng(3), "radius_m": "2000", "open_now": "1"}),
        case(f, f"{a}/v3/venues/vn_hollow/checkin", headers=_h(rng, auth="bearer"), body={
            "venue": {"id": "vn_hollow", "lat": VENUE_AT[0], "lon": VENUE_AT[1],
                      "phone": VENUE_PHONE},
            "me": {"lat": L(AT_BAR[0], PRECISE), "lon": L(AT_BAR[1], PRECISE), "acc_m": 11},
            "last_known": {"lat": lat5, "lon": lon5}}),
    ]


def croonly_sdks() -> list[Case]:
    rng = random.Random(2622)
    video = {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920, "minduration": 5,
                       "maxduration": 30, "placement": 5}, "rwdd": 1, "tag": "coins_reward"}
    return [
        wren_batch(APP, rng, [("Song Started", {"song": SONG}),
                              ("Take Uploaded", {"score": 87, "duet": False}),
                              ("Coins Purchased", {"value": L(4.99, BUY)})]),
        wren_offline(APP, rng, [("Practice Ended", {"minutes": L(22, USAGE)}),
                                ("Warmup Done", {"kind": "lip_trill"})]),
        loom_launch(APP, rng, user=True, launches=14),
        loom_event(APP, rng, "purchase", {"revenue": L(4.99, BUY), "currency": "USD",
                                          "sku": L("coins_500", BUY)}, hashed="md5"),
        lantern_bid(APP, rng, video, nd=None, yob=1991, gender="F", cat=["IAB1-6"]),
        lantern_vast(APP, rng, nd=2),
        warden_report(APP, rng, ("java.lang.RuntimeException", "AudioRecord start failed"),
                      [warden_crumb("navigation", "Song -> Studio"),
                       warden_crumb("state", "mic permission granted"),
                       warden_crumb("request", "GET", {"url": f"{APP.api}/v3/songs/{SONG}",
                                                       "status": 200})],
                      screen="StudioActivity"),
        warden_session(APP, rng),
        tog_eval(APP, rng, {"tier": "free", "coach_beta": True}, get=True),
        wick_register(APP, rng),
        agree_save(APP, rng, {"analytics": True, "ads_personalised": True}),
    ]
