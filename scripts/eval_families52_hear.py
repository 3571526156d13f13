"""Hearing-aid fitting app "Hearloom" for an audiologist's remote session: log-in, an MFA code,
``/me``, pairing the aids, joining the video session (ICE candidates) and its stats, the in-situ
audiogram, the fitting prescription, a feedback check (msgpack), her adjustments with a comment, an
SSQ-12 questionnaire, tinnitus, a chat message to the audiologist, an own-voice recording with its
embedding, a firmware check (GET), the aids' data log (gzip), find-my-aid (protobuf), an
appointment, insurance and a claim (multipart), an order of domes, push, events and the upcoming
sessions by a cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    srflx,
)
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families52_kit import (
    AIDS,
    AUDIOGRAM,
    AUDIOLOGIST,
    FREQS,
    MEMBER_HL,
    TARGETS,
    away,
    fix,
    gains,
    obj,
)
from eval_families52_sdk import (
    cw_batch,
    cw_queue,
    sm_crash,
    sm_crumb,
    tb_session,
)
from eval_families52_svc import bk_register, cg_geocode, cg_reverse, hd_message, ob_banner, sf_eval
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("hearloom", "Hearloom", "com.example.hearloom", "5.6.0",
          "https://api.hearloom.example.com")
IID = "X-Hearloom-Install"
PW = "Cochlea&Tide41"
LOST_AT = away(0.00912, 0.00644)  # where the phone last heard the left aid (a café)


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid=IID, how=how, **kw)


def _aid(side: str) -> dict[str, Any]:
    a = AIDS[side]
    return {"serial": a["serial"], "ble": a["ble"], "model": a["model"], "fw": a["fw"]}


def hearloom() -> list[Case]:
    rng = random.Random(5221)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    sid = obj(rng, "rs", 12)
    host = f"candidate:1 1 udp 2122260223 {LOCAL_IP} 50212 typ host generation 0"
    vec = [round(rng.gauss(0, 0.07), 4) for _ in range(192)]
    lla, llo = fix(LOST_AT, 5)
    lab: dict[str, str] = {}
    lost = pb([(1, L(USER_ID, UID)), (2, "left"), (3, [(1, lla), (2, llo), (3, 1765309113)]),
               (4, -81), (5, AIDS["left"]["serial"])], "", lab)
    return [
        case(f, f"{a}/api/v4/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}),
        case(f, f"{a}/api/v4/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("604117", CRED), "remember": "true"}),
        case(f, f"{a}/api/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v4/aids/pair", headers=_h(rng, **b), body={
            "left": _aid("left"), "right": _aid("right"), "pairedAt": 1765311200}),
        case(f, f"{a}/api/v4/sessions/{sid}/join", headers=_h(rng, **b, extra={
            "X-Hearloom-Client": W({"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                    "iid": L(INSTALL_ID, DID), "camera": "front",
                                    "leAudio": True}, "b64json")}), body={
            "joinCode": L("HL-7Q4K-22", CRED), "displayName": L("Jane D.", NAMEC),
            "audiologist": AUDIOLOGIST["id"], "network": L("wifi", DEV),
            "candidates": [{"candidate": L(srflx(50212), IPLOC), "sdpMLineIndex": 0},
                           {"candidate": L(host, DEV), "sdpMLineIndex": 0},
                           {"candidate": relay(61233), "sdpMLineIndex": 0}]}),
        case(f, f"{a}/api/v4/sessions/{sid}/stats", headers=_h(rng, **b), body={
            "rttMs": 48, "jitterMs": 3.1, "packetsLost": 12, "bitrateKbps": 812,
            "localCandidate": {"address": L(PUBLIC_IP, IPLOC), "port": 50212,
                               "type": "srflx"}, "networkType": L("wifi", DEV)}),
        case(f, f"{a}/api/v4/audiogram", headers=_h(rng, **b), body={
            "session": sid, "method": "in-situ", "freqs": FREQS,
            "left": L(AUDIOGRAM["left"], MED), "right": L(AUDIOGRAM["right"], MED),
            "testedBy": AUDIOLOGIST["id"], "aids": [AIDS["left"]["serial"],
                                                    AIDS["right"]["serial"]]}),
        case(f, f"{a}/api/v4/fitting/prescription", headers=_h(rng, **b), body={
            "formula": "NAL-NL2", "freqs": FREQS, "targets": {
                "left": L(TARGETS["left"], MED), "right": L(TARGETS["right"], MED)},
            "acclimatisation": 2, "session": sid}),
        case(f, f"{a}/api/v4/fitting/feedback", fmt="msgpack", headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "session": sid,
            "left": {"path": gains(rng), "margin_db": 11.5, "serial": AIDS["left"]["serial"]},
            "right": {"path": gains(rng), "margin_db": 9.0, "serial": AIDS["right"]["serial"]}}),
        case(f, f"{a}/api/v4/fitting/adjustments", headers=_h(rng, **b), body={
            "program": "Restaurant", "volume": 2, "bass": -1, "treble": 3,
            "comment": L("Voices still sound tinny in the kitchen, my own voice is boomy",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v4/questionnaires/ssq12", headers=_h(rng, **b), body={
            "answers": [L(x, MED) for x in (6, 4, 5, 3, 7, 5, 4, 6, 3, 5, 6, 4)],
            "total": L(4.8, MED), "completedAt": "2025-12-09T18:40:00-05:00"}),
        case(f, f"{a}/api/v4/tinnitus", fmt="form", headers=_h(rng, **b), body={
            "present": L("true", MED), "ear": L("right", MED), "pitch_hz": L("6000", MED),
            "loudness": L("4", MED), "masker": "ocean"}),
        case(f, f"{a}/api/v4/sessions/{sid}/chat", headers=_h(rng, **b), body={
            "to": AUDIOLOGIST["id"], "text": L("The right one whistles when I put my glasses on",
                                               f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v4/ownvoice", [
            ("recording", "ownvoice.wav", "audio/wav", L(WAV + b"\x31", MEDIA)),
            ("profile", None, "application/json", {
                "embedding": L(f32b64(vec), VOICE), "f0Mean": L(196.4, VOICE),
                "snrDb": 31.2, "seconds": 12})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/firmware", headers=_h(rng, **b), query={
            "serial": AIDS["right"]["serial"], "fw": AIDS["right"]["fw"], "model": "ARC5"}),
        case(f, f"{a}/api/v4/datalog", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "days": 14,
            "wearHours": [L(x, USAGE) for x in (11.5, 12.0, 9.5, 13.0, 10.0, 12.5, 8.0)],
            "programSwitches": L(37, USAGE),
            "environments": {"quiet": 0.41, "speech": 0.28, "noise": 0.21, "music": 0.10},
            "aids": [AIDS["left"]["serial"], AIDS["right"]["serial"]]}),
        raw(f, f"{a}/api/v4/find", lost, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/appointments", headers=_h(rng, **b), body={
            "practice": AUDIOLOGIST["practice"], "type": "follow-up",
            "slot": "2025-12-19T10:00:00-05:00",
            "reason": L("Tinnitus louder since the flight last week", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v4/insurance", headers=_h(rng, **b), body={
            "memberId": L(MEMBER_HL, MED), "plan": "Hearing Plus", "group": "GRP-30418",
            "subscriber": {"name": L(NAME, NAMEC), "dob": L(DOB, BIRTH)}}),
        multipart(f, f"{a}/api/v4/insurance/claims", [
            ("receipt", "invoice_arcus5.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("claim", None, "application/json", {
                "memberId": L(MEMBER_HL, MED), "amount": L("4980.00", BUY),
                "cpt": L(["V5261", "V5160"], MED), "dateOfService": "2025-11-21",
                "provider": AUDIOLOGIST["practice"]})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/orders", fmt="form", headers=_h(rng, **b), body={
            "item": "domes_open_8mm", "qty": "2", "total": L("18.00", BUY),
            "ship_line1": L(LINE1, ADDR), "ship_line2": L(LINE2, ADDR),
            "ship_city": L(CITY, COARSE), "ship_state": L(STATE, COARSE),
            "ship_zip": L(ZIP, COARSE)}),
        case(f, f"{a}/api/v4/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV),
            "bluetoothLeAudio": True}),
        case(f, f"{a}/api/v4/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("session_joined", 1), ev("program_changed", 2, program="Restaurant"),
                ev("screen", 3, screen=L("FittingLive", USAGE))]}),
        case(f, f"{a}/api/v4/sessions/upcoming", headers=_h(rng, how="none"),
             cookies={"hl_sess": L(opaque(rng, "", 40), CRED),
                      "hl_iid": L(INSTALL_ID.upper(), DID)}),
    ]


def hearloom_sdks() -> list[Case]:
    rng = random.Random(5222)
    return [
        cw_batch(APP, rng, [("Session Joined", {"minutes": L(34, USAGE)}),
                            ("Program Changed", {"program": "Restaurant"})]),
        cw_queue(APP, rng, [("Audiogram Viewed", {}), ("Tinnitus Logged", {"ear": L("right",
                                                                                     MED)})]),
        tb_session(APP, rng, first=True),
        sm_crash(APP, rng, ("org.webrtc.PeerConnectionException", "ICE failed"),
                 [sm_crumb("navigation", "Sessions -> FittingLive"),
                  sm_crumb("http", "POST", {"url": f"{APP.api}/api/v4/sessions/join",
                                            "status": 200})], screen="FittingLiveActivity"),
        sf_eval(APP, rng, {"remoteFitting": True,
                           "hearingLoss": L("moderate sensorineural", MED)}),
        bk_register(APP, rng, tags={"followUp": "2025-12-19"}),
        ob_banner(APP, rng),
        hd_message(APP, rng, L("My left aid disconnects every time I take a call", TEXT),
                   {"aids": "Arcus 5"}),
        cg_geocode(APP, rng, "hearing aid batteries", SEARCH, near=LOST_AT, nd=3),
        cg_reverse(APP, rng, LOST_AT, PRECISE, nd=5),
    ]
