"""Smart-TV remote and streaming app "Couchwave": a log-in and a token refresh, the TVs found on
the home Wi-Fi, pairing with the TV's sign-in code, remote keys and the remote keyboard through
the cloud relay, the air mouse (gyroscope, msgpack) and the touchpad, voice search (WAV, its
transcript and a speaker vector that picks the profile) and Voice Match enrolment, family
profiles (hers, her fiancé's and her son's kids profile), a profile PIN, parental controls, watch
history (gzip), casting, a search and recent searches, TV settings, a household invite,
a Play subscription, devices, events and a cookie-authenticated GET (banner and interstitial
ads on the free tier)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    SEARCH,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    f32b64,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families30_kit import voice_vec
from eval_families32_kit import FIANCE, SON, STICK, TV, TV_CODE, TV_PIN, gyro, oid
from eval_families32_sdk import (
    al_event,
    al_session,
    bf_bid,
    bf_notice,
    ck_crumb,
    ck_notify,
    tm_batch,
    tm_identify,
)
from eval_families32_svc import cs_save, pr_register, tb_eval
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("couchwave", "Couchwave", "com.example.couchwave", "8.14.0",
          "https://api.couchwave.example.com")
IID = "X-CW-Device"
PW = "Popcorn-Sofa-88"
T_URL = f"https://relay.couchwave.example.com/v2/tvs/{TV['id']}"
P_JANE, P_ETHAN, P_MILO = "pf_1a7c", "pf_2b90", "pf_3c44"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def couchwave() -> list[Case]:
    rng = random.Random(3211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), household=oid(rng, "hh")))}
    dpad = [{"key": k, "t": 1765321400000 + 420 * i}
            for i, k in enumerate(["KEY_DOWN", "KEY_DOWN", "KEY_RIGHT", "KEY_OK", "KEY_BACK"])]
    history = [
        {"title_id": oid(rng, "ti"), "title": L("Severance S2E3", USAGE),
         "position_s": L(1820, USAGE), "duration_s": 3240, "done": False, "tv": TV["id"]},
        {"title_id": oid(rng, "ti"), "title": L("The Bear S3E1", USAGE),
         "position_s": L(1985, USAGE), "duration_s": 1985, "done": True, "tv": TV["id"]},
        {"title_id": oid(rng, "ti"), "title": L("Unrest", USAGE),
         "position_s": L(610, USAGE), "duration_s": 5820, "done": False, "tv": TV["id"]}]
    cases = [
        case(f, f"{a}/v2/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device_id": L(INSTALL_ID, DID),
            "remember": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt.", 48), CRED),
            "client_id": "cw-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/devices/discover", headers=_h(rng, **b), body={
            "network": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "phone_ip": L(LOCAL_IP, DEV), "method": "mdns",
            "found": [{k: d[k] for k in ("id", "model", "mac", "serial")} | {"ip": d.get(
                "lan", "192.168.1.57")} for d in (TV, STICK)]}),
        case(f, f"{T_URL}/pair", headers=_h(rng, **b), body={
            "code": L(TV_CODE, CRED), "phone_name": L("Jane's Pixel 8", f"{NAMEC}|{DEV}"),
            "tv_serial": TV["serial"], "tv_fw": TV["fw"]}),
        case(f, f"{T_URL}/keys", headers=_h(rng, **b), body={
            "session": rid(rng), "events": dpad, "repeat": False}),
        case(f, f"{T_URL}/text", headers=_h(rng, **b), body={
            "field": "search", "text": L("severance", SEARCH), "submit": True}),
        case(f, f"{T_URL}/pointer", fmt="msgpack", headers=_h(rng, **b), body={
            "mode": "air", "hz": 100, "gyro": L(gyro(rng, 36), MOTION), "click": [350]}),
        case(f, f"{T_URL}/pointer", headers=_h(rng, **b), body={
            "mode": "touchpad", "dx": 14, "dy": -6, "click": False}),
        multipart(f, f"{a}/v2/voice/search", [
            ("audio", "query.wav", "audio/wav", L(WAV, MEDIA)),
            ("meta", None, "application/json", {
                "tv_id": TV["id"], "lang": L("en-US", DEV), "sample_rate": 16000,
                "transcript": L("funny movies with steve carell", SEARCH),
                "speaker": {"vector": L(voice_vec(rng), VOICE), "match": P_JANE,
                            "score": 0.91}})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/voice/enroll", [
            ("phrase1", "p1.wav", "audio/wav", L(WAV + b"\x01", MEDIA)),
            ("phrase2", "p2.wav", "audio/wav", L(WAV + b"\x02", MEDIA)),
            ("profile", None, "application/json", {
                "profile_id": P_JANE, "xvector_f32": L(f32b64(voice_vec(rng, 256)), VOICE),
                "phrases": ["Hey Couch, play", "Hey Couch, what's on"], "snr_db": 21.4})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/profiles", headers=_h(rng, **b), body={"profiles": [
            {"id": P_JANE, "name": L("Jane", NAMEC), "avatar": "fox", "pin": L(TV_PIN, CRED),
             "maturity": "adult"},
            {"id": P_ETHAN, "name": L(FIANCE[0].split()[0], NAMEC), "avatar": "owl",
             "maturity": "adult"},
            {"id": P_MILO, "name": L(SON[0], NAMEC), "kids": True,
             "birth_year": L(int(SON[2][:4]), BIRTH), "maturity": "7+", "avatar": "robot"}]}),
        case(f, f"{a}/v2/profiles/{P_JANE}/pin", fmt="form", headers=_h(rng, **b), body={
            "current_pin": L(TV_PIN, CRED), "new_pin": L("7305", CRED)}),
        case(f, f"{a}/v2/profiles/{P_MILO}/controls", headers=_h(rng, **b), body={
            "max_rating": "TV-Y7", "blocked": [oid(rng, "ti"), oid(rng, "ti")],
            "daily_minutes": 90, "bedtime": "19:45", "parent_pin": L(TV_PIN, CRED)}),
        case(f, f"{a}/v2/profiles/{P_JANE}/history", gz=True, headers=_h(rng, **b), body={
            "items": history, "client_ts": 1765321900}),
        case(f, f"{a}/v2/cast", headers=_h(rng, **b), body={
            "tv_id": TV["id"], "profile": P_JANE, "title_id": oid(rng, "ti"),
            "title": L("Severance S2E4", USAGE), "start_s": L(0, USAGE), "subtitles": "off",
            "session": rid(rng)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b),
             query={"q": L("bluey", SEARCH), "profile": P_MILO, "limit": "20"}),
        case(f, f"{a}/v2/search/recent", headers=_h(rng, **b), body={
            "profile": P_JANE, "terms": [L("severance", SEARCH), L("steve carell", SEARCH),
                                         L("nature documentaries", SEARCH)]}),
        case(f, f"{T_URL}/settings", headers=_h(rng, **b), body={
            "name": TV["name"], "sleep_timer_min": 60, "picture": "movie",
            "fw": TV["fw"], "mac": TV["mac"]}),
        case(f, f"{a}/v2/household/invite", headers=_h(rng, **b), body={
            "name": L(FIANCE[0], NAMEC), "email": L(FIANCE[2], MAIL), "role": "adult",
            "profile_id": P_ETHAN}),
        case(f, f"{a}/v2/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("couchwave_plus_monthly", BUY),
            "order_id": L("GPA.3351-0842-7710-52631", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v2/devices", headers=_h(rng, how="upper", **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "login_email": L(EMAIL_UPPER, MAIL)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("remote_opened", 1, mode=L("air_mouse", USAGE)),
                ev("voice_search", 2, ms=L(2400, USAGE)),
                ev("screen_view", 3, screen=L("Remote", USAGE))]}),
        case(f, f"{a}/v2/continue", query={"profile": P_JANE}, headers=_h(rng, how="none"),
             cookies={"cw_sess": L(opaque(rng, "", 44), CRED), "cw_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def couchwave_sdks() -> list[Case]:
    rng = random.Random(3212)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}, "tagid": "remote_bottom"}
    inter = {"banner": {"w": 1080, "h": 2400}, "instl": 1, "tagid": "cast_interstitial"}
    return [
        tm_batch(APP, rng, [("Remote Opened", {"mode": "air_mouse"}),
                            ("Title Cast", {"title": L("Severance S2E4", USAGE)}),
                            ("Voice Search", {"matched_profile": True})], adid=True),
        tm_identify(APP, rng, {"$email": L(EMAIL, MAIL), "plan": "plus", "profiles": 3,
                               "kids_profile": True, "$name": L("Jane Doe", NAMEC)}),
        al_session(APP, rng, first=True),
        al_event(APP, rng, "x7kq2p", {"plan": "plus_monthly"}, revenue=6.99),
        bf_bid(APP, rng, banner, at=(LAT, LON), nd=3),
        bf_bid(APP, rng, inter, yob=1991, gender="F", keywords="comedy,drama,streaming"),
        bf_notice(APP, rng),
        ck_notify(APP, rng, ("java.net.SocketTimeoutException", "relay timeout after 8000ms"),
                  [ck_crumb("Remote", "navigation"), ck_crumb("POST /keys", "request",
                                                          {"status": 504})],
                  meta={"tv": {"model": TV["model"], "fw": TV["fw"]}}, ctx="RemoteActivity"),
        tb_eval(APP, rng, {"plan": "plus", "airMouse": True}),
        pr_register(APP, rng, tags=["plan:plus", "kids:1"]),
        cs_save(APP, rng, {"analytics": True, "ads": True, "personalised_ads": False}),
    ]
