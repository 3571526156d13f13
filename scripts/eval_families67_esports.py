"""E-sports team app "Squadhalo" with voice chat and anti-cheat: sign-up with a gamer tag and
an age gate, a form log-in and a two-factor code, ``/me``, joining a team by its code, the
roster, a voice channel's ICE candidates, voice settings, a voice clip reported, the anti-cheat
attestation (gzip JSON: the Android ID, build, installed apps, root flags), its heartbeat
(protobuf, packed touch samples) and aim telemetry (msgpack), a match result, a scrim, team chat,
a looking-for-team post, a tournament entry, prize tax details and a payout account, a skin
bought on Play, a linked stream channel, push, events and the match history by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    M4A,
    MAIL,
    MOTION,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    srflx,
)
from eval_families18_kit import NATID, band_gains
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, others
from eval_families67_kit import MATCH, PKGS, SRV, TAG, TEAM, aim, obj
from eval_families67_sdk import (
    bc_bid,
    bc_notice,
    eh_batch,
    eh_queue,
    fm_crash,
    fm_crumb,
    ig_event,
    ig_install,
)
from eval_families67_svc import as_save, fg_eval, pr_register
from eval_payloads import ANDROID_ID, EMAIL, LOCAL_IP, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("squadhalo", "Squadhalo", "com.example.squadhalo", "3.2.5",
          "https://api.squadhalo.example.com")
IID = "X-SH-Device"
PW = "Tr1ckshot-Lagoon"
MATES = others(random.Random(6730), 5, "sh_")  # teammates and an opponent (negatives)
HOST_CAND = (f"candidate:2999745851 1 udp 2122260223 {LOCAL_IP} 50044 typ host generation 0 "
             "ufrag Sq7p network-cost 10")
FINGERPRINT = "google/shiba/shiba:14/AP2A.240905.003/12231197:user/release-keys"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def squadhalo() -> list[Case]:
    rng = random.Random(6731)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, tag=L(TAG, UID)))}
    b = {"auth": "bearer"}
    team = TEAM["id"]
    samples = aim(rng, 24)
    packed = b"".join(struct.pack("<Hhh", t, x, y) for t, x, y in samples)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, MATCH), (3, L(packed, MOTION)),
               (4, [(1, 59.6), (2, 16.8)]), (5, L(ANDROID_ID, DID)), (6, 1765321000)], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "gamertag": L(TAG, UID),
            "birthdate": L(DOB, BIRTH), "country": L("US", COARSE), "newsletter": False}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "login": L(TAG, UID), "password": L(PW, CRED), "device_name": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/sessions/2fa", fmt="form", headers=_h(rng), body={
            "code": L("552190", CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/teams/{team}/join", headers=_h(rng, **b), body={
            "code": L(TEAM["code"], CRED), "role": "igl", "main": "support"}),
        case(f, f"{a}/v1/teams/{team}/roster", headers=_h(rng, **b)),
        case(f, f"{a}/v1/voice/{obj(rng, 'vc', 8)}/join", headers=_h(rng, **b), body={
            "candidates": [L(srflx(50044), IPLOC), L(HOST_CAND, DEV), relay(61433)],
            "codec": "opus", "ptt": True, "team": team}),
        case(f, f"{a}/v1/voice/settings", headers=_h(rng, **b), body={
            "noiseSuppression": "high", "bandGains": band_gains(rng), "inputGainDb": 4.5,
            "pttKey": "VOLUME_DOWN", "micSensitivityDb": -42}),
        multipart(f, f"{a}/v1/reports/voice", [
            ("clip", "vc_clip.m4a", "audio/mp4", L(M4A + b"\x21", "content.media")),
            ("report", None, "application/json", {
                "reported": MATES[4], "match": MATCH, "reason": "abuse", "offsetS": 1312,
                "text": L("Kept screaming slurs at our support all second half", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/anticheat/attest", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "android_id": L(ANDROID_ID, DID),
            "build": L(FINGERPRINT, DEV), "kernel": L("6.1.25-android14-11", DEV),
            "packages": [L(p, APPS) for p in PKGS], "rooted": L(False, DEV),
            "emulator": L(False, DEV), "debugger": L(False, DEV), "hooks": [],
            "integrity": opaque(rng, "eyJpbnRlZ3JpdHki", 120), "nonce": opaque(rng, "", 32)}),
        raw(f, f"{a}/v1/anticheat/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/anticheat/telemetry", fmt="msgpack", headers=_h(rng, **b), body={
            "match": MATCH, "round": 14, "aim": L(aim(rng, 30), MOTION),
            "reactionMs": [212, 188, 240, 199], "fps": 60, "pingMs": 38, "server": SRV}),
        case(f, f"{a}/v1/matches/{MATCH}/result", headers=_h(rng, **b), body={
            "team": team, "score": "13-9", "kills": 21, "deaths": 14, "mvp": True,
            "map": "harbor", "server": SRV}),
        case(f, f"{a}/v1/scrims", headers=_h(rng, **b), body={
            "opponent": "tm_" + opaque(rng, "", 8), "slot": "2025-12-12T20:00-05:00",
            "server": "NA-East",
            "note": L("Can we push it to 8:30? Our IGL has class until 8", TEXT)}),
        case(f, f"{a}/v1/chat/{team}/messages", headers=_h(rng, **b), body={
            "client_id": obj(rng, "cm", 12), "mentions": MATES[:2],
            "body": L("gg, VOD review tomorrow 7pm, bring notes on B-site retakes", TEXT)}),
        case(f, f"{a}/v1/lft", headers=_h(rng, **b), body={
            "role": "IGL", "rank": "Diamond II", "hours": 3100, "region": "NA-East",
            "timezone": L("America/New_York", DEV),
            "text": L("IGL/support, calm comms, evenings ET, looking for a tier-2 roster", TEXT)}),
        case(f, f"{a}/v1/tournaments/winter-cup-25/register", headers=_h(rng, **b), body={
            "team": team, "captain": L(TAG, UID), "players": MATES[:4],
            "captainEmail": L(EMAIL, MAIL), "captainPhone": L(PHONE, TEL),
            "entryFee": L("50.00", BUY)}),
        case(f, f"{a}/v1/payouts/tax", fmt="form", headers=_h(rng, **b), body={
            "form": "W-9", "legal_name": L(NAME, NAMEC), "tin": L(SSN, NATID),
            "address_line1": L(LINE1, ADDR), "address_line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/payouts/method", headers=_h(rng, **b), body={
            "type": "bank", "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY),
            "holder": L(NAME, NAMEC), "currency": "USD"}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "sku": L("skin_neon_halo", BUY), "order": L("GPA.3318-7720-1145-90412", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(ANDROID_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/telemetry", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("match_end", 1, minutes=L(38, USAGE)), ev("voice_join", 2, ptt=True),
                ev("screen", 3, screen=L("TeamHub", USAGE))]}),
        case(f, f"{a}/v1/matches/history", headers=_h(rng, how="nodash"),
             cookies={"sh_sid": L(opaque(rng, "", 44), CRED)}),
    ]


def squadhalo_sdks() -> list[Case]:
    rng = random.Random(6732)
    return [
        eh_batch(APP, rng, [("Match Finished", {"result": "win", "minutes": L(38, USAGE)}),
                            ("Voice Joined", {"ptt": True})], adid=True),
        eh_queue(APP, rng, [("Scrim Scheduled", {"slot": "evening"}),
                            ("Roster Viewed", {"team_size": 5})]),
        ig_install(APP, rng, referrer="utm_source=grovenet&utm_medium=influencer"),
        ig_event(APP, rng, "purchase", {"sku": "skin_neon_halo"}, revenue=9.99),
        bc_bid(APP, rng, {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920}}, yob=1991,
               gender="F", keywords="fps,esports,headsets"),
        bc_notice(APP, rng, "win"),
        fm_crash(APP, rng, ("java.net.SocketTimeoutException", "voice relay timeout"),
                 [fm_crumb("navigation", "TeamHub -> VoiceLobby"),
                  fm_crumb("http", "POST /v1/voice/join", {"status": 504})],
                 screen="VoiceLobbyActivity"),
        fg_eval(APP, rng, {"region": "NA-East", "ranked": True}, hdr=True),
        pr_register(APP, rng, adid=True, tags={"team": TEAM["id"]}),
        as_save(APP, rng, {"analytics": True, "ads": True}, user=True),
    ]
