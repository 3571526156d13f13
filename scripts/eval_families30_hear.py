"""Hearing-aid companion app "Earwisp": pairing the aids (an accessory's identifiers:
negatives), the audiogram and an in-app hearing check, the aids' sound-environment log (gzip
JSON Lines), an own-voice calibration recording with its voice features, programs (msgpack),
daily wear, remote fitting by an audiologist (request, video call, the fitting accepted), a
tinnitus program, a fall alert with the aid's motion window, finding a lost aid (protobuf)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    imu,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    srflx,
)
from eval_families18_kit import IID_UPPER
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families30_kit import (
    AIDS,
    AUDIOGRAM,
    AUDIOLOGIST,
    AUDIOLOGY_AT,
    FALL_FIX,
    FREQS,
    environments,
    fix,
    voice_vec,
)
from eval_families30_sdk import bw_crash, bw_crumb, bw_session, cw_identify, cw_queue, iw_session
from eval_families30_svc import (
    ab_attach,
    ab_message,
    as_check,
    fq_eval,
    ms_search,
    nw_opened,
    nw_register,
)
from eval_payloads import EMAIL, LOCAL_IP, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("earwisp", "Earwisp", "com.example.earwisp", "5.3.1", "https://api.earwisp.example.com")
IID = "X-Earwisp-Install"
FIT_ID = "rf_9a0c71e2"
SER = [AIDS["left"]["serial"], AIDS["right"]["serial"]]
HOST = (f"candidate:2041180335 1 udp 2122260223 {LOCAL_IP} 49822 typ host generation 0 "
        "ufrag Ew2k network-cost 10")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _lost(rng: random.Random) -> Case:
    """Where the phone last heard the left aid (schema-less protobuf): the serial (a negative),
    the fix ``2.1``/``2.2``, the signal and the time."""
    lat, lon = fix((40.742871, -73.989612))
    lab: dict[str, str] = {}
    data = pb([(1, SER[0]), (2, [(1, lat), (2, lon), (3, 14.0)]), (3, -77),
               (4, 1765320444), (5, L(USER_ID, UID))], "", lab)
    return raw(APP.fam, f"{APP.api}/v2/find/last-seen", data, "application/x-protobuf", lab,
               headers=_h(rng, auth="bearer"))


def earwisp() -> list[Case]:
    rng = random.Random(3021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    flat, flon = fix(FALL_FIX)
    cases = [
        case(f, f"{a}/v2/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Quiet-Harbor-51", CRED),
            "client": {"install_id": L(IID_UPPER, DID), "model": L("Pixel 8", DEV)}}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("552190", CRED), "trust": "1"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "hearing_loss": {"type": L("sensorineural", MED), "degree": L("moderate", MED)},
            "tinnitus": L(True, MED), "aid_experience_years": 3, "mobile": L(PHONE, TEL)}),
        case(f, f"{a}/v2/aids/pair", headers=_h(rng, **b), body={
            "aids": [AIDS["left"], AIDS["right"]], "protocol": "le_audio",
            "phone": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}),
        case(f, f"{a}/v2/audiogram", headers=_h(rng, **b), body={
            "source": "clinic", "tested_on": "2025-11-20", "freq_hz": FREQS,
            "left_db_hl": [L(x, MED) for x in AUDIOGRAM["left"]],
            "right_db_hl": [L(x, MED) for x in AUDIOGRAM["right"]],
            "bone_left_db_hl": [L(x, MED) for x in (10, 15, 25, 35, 40, 45, 50, 55)],
            "masked": False}),
        case(f, f"{a}/v2/hearing-check", headers=_h(rng, **b), body={
            "snr50_db": L(4.5, MED), "left_pta": L(31.3, MED), "right_pta": L(35.0, MED),
            "duration_s": 388, "headphones": "aids_streaming", "ambient_db": 34}),
        lines(f, f"{a}/v2/environments", [
            {"aid": SER[0], "day": "2025-12-09", **e} for e in environments(rng, 4)],
            gz=True, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/own-voice/calibrate", [
            ("recording", "own_voice.wav", "audio/wav", L(WAV, MEDIA)),
            ("features", None, "application/json", {
                "f0_mean_hz": L(196.4, VOICE), "embedding": L(voice_vec(rng), VOICE),
                "level_db_spl": 71.2, "duration_ms": 12000, "snr_db": 28,
                "prompt": "The quick brown fox jumps over the lazy dog", "aids": SER})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/programs/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "aids": SER, "active": L("Restaurant", USAGE),
            "programs": [{"name": "Universal", "gain": [3, 5, 8, 11, 12, 10], "nr": 1},
                         {"name": "Restaurant", "gain": [2, 4, 9, 13, 13, 9], "nr": 3,
                          "beam": "front"}], "volume": {"l": 2, "r": 3}}),
        case(f, f"{a}/v2/usage/daily", headers=_h(rng, **b), body={
            "date": "2025-12-09", "wear_h": L(12.4, USAGE), "stream_min": L(71, USAGE),
            "program_changes": L(5, USAGE), "own_voice_share": 0.18, "aids": SER}),
        case(f, f"{a}/v2/remote-fitting/requests", headers=_h(rng, **b), body={
            "audiologist": {"id": AUDIOLOGIST["id"], "name": AUDIOLOGIST["name"],
                            "phone": AUDIOLOGIST["phone"], "practice_at": list(AUDIOLOGY_AT)},
            "reason": L("My own voice sounds boomy and I can't follow conversations in "
                        "restaurants", f"{TEXT}|{MED}"),
            "callback": L(NATIONAL, TEL), "slot": "2025-12-12T10:30", "share_logs": True}),
        case(f, f"{a}/v2/remote-fitting/{FIT_ID}/join", headers=_h(rng, **b), body={
            "ice": {"srflx": L(srflx(), IPLOC), "host": L(HOST, DEV), "relay": relay()},
            "video": True,
            "session": rid(rng)}),
        case(f, f"{a}/v2/remote-fitting/{FIT_ID}/ack", headers=_h(rng, **b), body={
            "applied": True, "by": AUDIOLOGIST["id"],
            "gains": {"l": [4, 6, 9, 12, 14, 11], "r": [5, 7, 10, 13, 15, 12]},
            "ovp": "on", "rating": 5,
            "comment": L("Much better, my voice no longer echoes", TEXT)}),
        case(f, f"{a}/v2/diary", headers=_h(rng, **b), body={
            "situation": "restaurant", "program": "Restaurant", "rating": 2,
            "note": L("Could not follow my friend across the table, the music was too loud",
                      f"{TEXT}|{MED}"), "at": "2025-12-09T20:41"}),
        case(f, f"{a}/v2/tinnitus/program", headers=_h(rng, **b), body={
            "pitch_match_hz": L(6000, MED), "loudness_match_db": L(38, MED),
            "sound": "ocean", "volume": 4, "schedule": "evenings"}),
        case(f, f"{a}/v2/safety/falls", gz=True, headers=_h(rng, **b), body={
            "aid": SER[1], "peak_g": 3.4, "imu": L(imu(rng, 40, dt=10, scale=6.0), MOTION),
            "at": {"lat": flat, "lon": flon, "acc": 7}, "response": "im_ok",
            "event": rid(rng)}),
        _lost(rng),
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "carrier": "Harborline Health", "member_id": L("HHP884120573", MED),
            "group": "GRP-20931", "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/clinics", query={"zip": L(ZIP, COARSE), "radius_mi": "15",
                                          "remote_fitting": "1"}, headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "platform": "android",
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("program_changed", 1, to="Restaurant"),
                ev("screen_view", 2, screen=L("Audiogram", USAGE)),
                ev("own_voice_calibrated", 3)]}),
        case(f, f"{a}/v2/firmware", query={"model": "wisp5_ric", "fw": AIDS["left"]["fw"],
                                           "serial": SER[0]},
             headers=_h(rng, how="none"),
             cookies={"ew_session": L(opaque(rng, "", 48), CRED)}),
    ]
    return cases


def earwisp_sdks() -> list[Case]:
    rng = random.Random(3022)
    return [
        cw_queue(APP, rng, [("Program Changed", {"to": "Restaurant"}),
                            ("AudiogramScreen", {}),
                            ("Fitting Accepted", {"rating": 5})]),
        cw_identify(APP, rng, {"hearing_loss": L("moderate", MED), "aids": 2,
                               "plan": "care_plus"}),
        iw_session(APP, rng, n=14),
        bw_crash(APP, rng, ("android.bluetooth.BluetoothException", "GATT 133 on right aid"),
                 [bw_crumb("state", "aids connected"), bw_crumb("navigation", "Programs")],
                 meta={"aid": {"fw": AIDS["right"]["fw"], "model": AIDS["right"]["model"]}},
                 screen="ProgramsActivity"),
        bw_session(APP, rng),
        fq_eval(APP, rng, {"aidFamily": "wisp5", "remoteFitting": True}, get=True),
        nw_register(APP, rng, tags={"aids": "2", "tinnitus": L("1", MED)}),
        nw_opened(APP, rng),
        as_check(APP, rng, {"analytics": True, "research": False}),
        ms_search(APP, rng, "audiologist", SEARCH, nd=2),
        ab_message(APP, rng, L("The right aid drops off every time I answer a call",
                               TEXT), {"aid_fw": AIDS["right"]["fw"]}),
        ab_attach(APP, rng, L(PNG, MEDIA), "screenshot.png", "image/png"),
    ]

