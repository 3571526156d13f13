"""Hearing-aid companion app "Clearcoil" (her aids were fitted in New York; she uses the app in
Tashkent and during December at home): sign-up, an OAuth password grant, ``/me`` with a JWT,
pairing the aids (an accessory's identifiers: negatives), her audiogram (JSON) and a photo of the
paper one, programs (msgpack), the aids' daily data log (gzip), a remote-fitting request, the
fitting call's ICE candidates, a tinnitus match, an own-voice enrolment (a speaker embedding),
find-my-aid (protobuf, a nested fix) and its map (a GET with her position), live-caption
feedback, the warranty with its receipt, a battery order shipped home, an appointment, an
HHIE-S questionnaire, settings, push, events and the aids by a cookie GET."""

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
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    TURN_IP,
    UID,
    USAGE,
    VOICE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families94_kit import AIDS, AUDIOLOGIST, audiogram
from eval_families94_sdk import kz_batch, kz_identify, mb_session, xc_crash, xc_crumb, xc_session
from eval_families94_svc import bq_eval, rz_check, tg_card, xp_register, xt_reverse
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("clearcoil", "Clearcoil", "com.example.clearcoil", "3.14.0",
          "https://api.clearcoil.example.com")
IID = "Cc-Install-Id"
PW = "Cochlea-Quiet-4417"
MT = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _aids() -> dict[str, Any]:
    return {s: {"serial": AIDS[s]["serial"], "ble": AIDS[s]["ble"], "model": AIDS[s]["model"],
                "fw": AIDS["fw"]} for s in ("left", "right")}


def clearcoil() -> list[Case]:
    rng = random.Random(9441)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    sess = obj(rng, "fit", 10)
    lab: dict[str, str] = {}
    seen = pb([(1, L(USER_ID, UID)), (2, AIDS["right"]["serial"]),
               (3, [(1, L(round(LAT, 6), PRECISE)), (2, L(round(LON, 6), PRECISE))]),
               (4, -71), (5, 34), (6, 1765290100)], "", lab)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "birthDate": L(DOB, BIRTH), "phone": L(E164, TEL), "zip": L(ZIP, COARSE),
            "marketingOptIn": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "clearcoil-android"}),
        case(f, f"{a}/v2/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/aids/pair", headers=_h(rng, **b), body={
            "aids": _aids(), "phoneInstall": L(INSTALL_ID, DID), "pairedVia": "asha",
            "battery": {"left": 88, "right": 91}}),
        case(f, f"{a}/v2/audiogram", headers=_h(rng, **b), body={
            "thresholds": audiogram(), "testedAt": "2025-06-11",
            "lossType": L("bilateral sensorineural, moderate", MED),
            "practice": {"id": AUDIOLOGIST["id"], "name": AUDIOLOGIST["name"]}}),
        multipart(f, f"{a}/v2/audiogram/scan", [
            ("scan", "audiogram_2025.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pages": 1, "source": "camera"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/programs", fmt="msgpack", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "active": "restaurant", "programs": [
                {"name": "universal", "gainOffsetDb": [0, 0, 0, 0]},
                {"name": "restaurant", "gainOffsetDb": [-4, -2, 2, 3], "directional": True},
                {"name": "music", "gainOffsetDb": [2, 1, 0, 0], "feedbackMgr": "soft"}]}),
        case(f, f"{a}/v2/datalog", gz=True, headers=_h(rng, **b), body={
            "aids": [AIDS["left"]["serial"], AIDS["right"]["serial"]],
            "days": ["2025-11-30", "2025-12-01", "2025-12-02"],
            "wearHours": L([11.5, 13.0, 9.25], MED),
            "environments": {"quiet": 0.41, "speech": 0.33, "noise": 0.19, "music": 0.07},
            "volumeChanges": 14, "streamingMin": 96}),
        case(f, f"{a}/v2/remote-fitting/requests", headers=_h(rng, **b), body={
            "practiceId": AUDIOLOGIST["id"], "preferred": "2025-12-05T18:00:00+05:00",
            "message": L("Speech in restaurants is muffled on the right and my own voice "
                         "booms", MT)}),
        case(f, f"{a}/v2/remote-fitting/{sess}/ice", headers=_h(rng, **b), body={
            "candidates": [
                {"type": "host", "address": L(LOCAL_IP, DEV), "port": 50312},
                {"type": "srflx", "address": L(PUBLIC_IP, IPLOC), "port": 50312},
                {"type": "relay", "address": TURN_IP, "port": 61002}],
            "ufrag": opaque(rng, "", 8)}),
        case(f, f"{a}/v2/tinnitus", headers=_h(rng, **b), body={
            "pitchHz": L(6000, MED), "loudnessDb": L(12, MED), "ear": L("both", MED),
            "tfiScore": L(38, MED), "masker": "ocean", "maskerVolume": 0.3}),
        case(f, f"{a}/v2/own-voice/enrol", headers=_h(rng, **b), body={
            "embedding": L([round(rng.gauss(0, 0.08), 4) for _ in range(192)], VOICE),
            "model": "ov-ecapa-192", "utterances": 4, "snrDb": 21.7}),
        raw(f, f"{a}/v2/find/last-seen", seen, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/find/map", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.5f}", PRECISE), "lon": L(f"{LON:.5f}", PRECISE), "zoom": "17"}),
        case(f, f"{a}/v2/captions/feedback", headers=_h(rng, **b), body={
            "language": L("en-US", DEV), "rating": 2,
            "snippet": L("I said my flight to Tashkent is on the 28th, it wrote 'flight to "
                         "task end'", f"{TEXT}|{COARSE}"), "wer": 0.22}),
        multipart(f, f"{a}/v2/warranty", [
            ("receipt", "aids_receipt.jpg", "image/jpeg", L(JPEG + b"\xc2", f"{MEDIA}|{BUY}")),
            ("data", None, "application/json", {
                "serials": [AIDS["left"]["serial"], AIDS["right"]["serial"]],
                "purchased": "2025-06-20", "price": L("3890.00", BUY),
                "practiceId": AUDIOLOGIST["id"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "bat-312-60", "qty": 1}, {"sku": "dome-open-8", "qty": 2}],
            "total": L("24.90", BUY), "shipTo": {
                "name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/appointments", fmt="form", headers=_h(rng, **b), body={
            "practiceId": AUDIOLOGIST["id"], "slot": "2025-12-18T11:00:00-05:00",
            "reason": L("annual hearing test and fine-tuning", MED)}),
        case(f, f"{a}/v2/questionnaires/hhie-s", headers=_h(rng, **b), body={
            "answers": L([4, 2, 4, 0, 2, 4, 2, 2, 0, 4], MED), "score": L(24, MED),
            "completedAt": "2025-12-03T20:11:00+05:00"}),
        case(f, f"{a}/v2/settings", headers=_h(rng, **b), body={
            "tz": L("Asia/Tashkent", DEV), "locale": L("en_US", DEV), "autoStreaming": True,
            "tinnitusReminder": "21:30", "units": "metric"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("program_changed", 1, to="restaurant"), ev("volume_up", 2, side="right"),
                ev("screen", 3, screen=L("Programs", USAGE))]}),
        case(f, f"{a}/v2/aids", headers=_h(rng, how="nodash"),
             cookies={"cc_session": L(opaque(rng, "", 40), CRED)}),
    ]


def clearcoil_sdks() -> list[Case]:
    rng = random.Random(9442)
    return [
        kz_batch(APP, rng, [("Program Changed", {"to": "restaurant"}),
                            ("Aid Found", {"side": "right"})], at=(LAT, LON), nd=4,
                 tz="America/New_York"),
        kz_identify(APP, rng, {"plan": "care_plus", "zip": L(ZIP, COARSE),
                               "hearingLoss": L("moderate", MED)}),
        mb_session(APP, rng, user=True, roaming=False),
        xc_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [xc_crumb("nav", "Home -> Programs"),
                  xc_crumb("log", "asha reconnect", {"serial": AIDS["left"]["serial"]})],
                 screen="ProgramsActivity", tz="America/New_York"),
        xc_session(APP, rng, secs=188),
        bq_eval(APP, rng, {"aidModel": AIDS["left"]["model"], "ownVoice": True}),
        xp_register(APP, rng, at=(LAT, LON), nd=2, tz="America/New_York"),
        rz_check(APP, rng, {"analytics": True, "marketing": False}),
        tg_card(APP, rng, email=True),
        xt_reverse(APP, rng, (LAT, LON), PRECISE, nd=5),
    ]
