"""Voice assistant for the car "Cabinvox" (the phone app runs the assistant on the car's screen):
sign-up, a log-in, ``/me``, linking the car (VIN, plate, the head unit and the phone's MAC), the
wake-word enrolment (three recordings and a speaker embedding), speaker verification, a spoken
query with its audio and the car's fix, text understanding, a call placed to a contact, the
address book synced (gzip), a dictated message, navigation to work, a media request, the car's
status (protobuf), a routine with a home geofence, calendar sync, feedback on a misheard turn,
wake-word statistics, settings, push, events, a Play subscription and the voice history by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    HW,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEL,
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
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import App, ev, opaque, play_token
from eval_families22_kit import PARTNER, lines
from eval_families24_kit import claims, head
from eval_families38_kit import HEAD_UNIT, HOME, PLATE38, VIN, WAKE, WORK_AT, WORK_LINE, fix, obj
from eval_families38_sdk import (
    ab_event,
    ab_session,
    ff_crash,
    ff_crumb,
    sw_batch,
    sw_identify,
)
from eval_families38_svc import as_save, fb_eval, hc_message, mq_geocode, pp_register
from eval_payloads import EMAIL, INSTALL_ID, MAC, NAME, USER_ID, Case, J, L, case

APP = App("cabinvox", "Cabinvox", "com.example.cabinvox", "1.12.0",
          "https://api.cabinvox.example.com")
IID = "X-Cabinvox-Install"
PW = "Turnpike*Echo61"
ON_ROAD = (40.744973, -73.987204)  # her car on the way to work (her fix)
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def cabinvox() -> list[Case]:
    rng = random.Random(3871)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), vin=L(VIN, HW)))}
    b = {"auth": "bearer"}
    emb = [round(rng.gauss(0, 0.08), 4) for _ in range(256)]
    rla, rlo = fix(ON_ROAD)
    wla, wlo = fix(WORK_AT, 5)
    hla, hlo = fix(HOME, 5)
    lab: dict[str, str] = {}
    status = pb([(1, L(VIN, HW)), (2, 18422), (3, 61), (4, [(1, L(40.746882, PRECISE)),
                                                             (2, L(-73.986415, PRECISE))]),
                 (5, 24.0), (6, L(USER_ID, UID))], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(PHONE_PAREN, TEL), "locale": L("en-US", DEV)}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vehicles", headers=_h(rng, **b), body={
            "vin": L(VIN, HW), "plate": L(PLATE38, HW), "make": "Subaru", "model": "Outback",
            "year": 2022, "headUnit": {"bt": HEAD_UNIT["bt"], "serial": HEAD_UNIT["serial"],
                                       "model": HEAD_UNIT["model"]},
            "phoneMac": L(MAC, HW)}),
        multipart(f, f"{a}/v1/voice/enrol", [
            ("utt1", "wake_1.wav", "audio/wav", L(WAV + b"\x71", MEDIA)),
            ("utt2", "wake_2.wav", "audio/wav", L(WAV + b"\x72", MEDIA)),
            ("utt3", "wake_3.wav", "audio/wav", L(WAV + b"\x73", MEDIA)),
            ("profile", None, "application/json", {
                "wakeWord": WAKE, "embedding": L(emb, VOICE), "model": "cvx-spk-256",
                "snrDb": [21.4, 19.8, 22.1]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/voice/verify", headers=_h(rng, **b), body={
            "session": obj(rng, "vs", 10),
            "embedding": L(f32b64([round(x + rng.gauss(0, 0.01), 4) for x in emb]), VOICE),
            "score": 0.83, "threshold": 0.7}),
        multipart(f, f"{a}/v1/voice/query", [
            ("audio", "turn.wav", "audio/wav", L(WAV + b"\x74", MEDIA)),
            ("context", None, "application/json", {
                "turn": obj(rng, "turn", 10), "lat": rla, "lon": rlo, "kmh": 38, "heading": 22,
                "locale": L("en-US", DEV), "wakeConfidence": 0.91})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/nlu/text", headers=_h(rng, **b), body={
            "text": L(f"Call {PEOPLE[0][0]} on mobile", f"{TEXT}|{NAMEC}"),
            "turn": obj(rng, "turn", 10), "moving": True, "locale": L("en-US", DEV)}),
        case(f, f"{a}/v1/calls/log", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "number": L(PEOPLE[0][1], TEL), "seconds": 312,
            "direction": "outgoing", "via": "voice"}),
        case(f, f"{a}/v1/contacts/sync", gz=True, headers=_h(rng, **b), body={
            "contacts": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE],
            "full": True}),
        case(f, f"{a}/v1/messages/dictate", headers=_h(rng, **b), body={
            "to": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "text": L("Running ten minutes late, stuck on the BQE", TEXT), "channel": "sms"}),
        case(f, f"{a}/v1/navigation/destination", headers=_h(rng, **b), body={
            "utterance": L("take me to work", TEXT),
            "resolved": {"label": "Work", "line": L(WORK_LINE, ADDR), "lat": wla, "lon": wlo},
            "origin": {"lat": L(ON_ROAD[0], PRECISE), "lon": L(ON_ROAD[1], PRECISE)}}),
        case(f, f"{a}/v1/media/request", headers=_h(rng, **b), body={
            "utterance": L("play the latest episode of Morning Ledger", TEXT),
            "service": "podcasts", "resolved": "pod_55120_ep_312"}),
        raw(f, f"{a}/v1/car/status", status, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/routines", headers=_h(rng, **b), body={
            "name": "Good morning", "trigger": {"type": "leave_geofence", "lat": hla,
                                                "lon": hlo, "radiusM": 150},
            "actions": ["weather", "news", "text_partner_eta"]}),
        case(f, f"{a}/v1/calendar/sync", headers=_h(rng, **b), body={"events": [
            {"title": L("Therapy session", TM), "start": "2025-12-11T18:00",
             "where": "Gramercy Counseling, 120 East 23rd Street"},
            {"title": L("Quarterly review prep", TEXT), "start": "2025-12-10T09:30"}]}),
        case(f, f"{a}/v1/voice/feedback", headers=_h(rng, **b), body={
            "turn": obj(rng, "turn", 10), "heard": L("call Sam pastel", TEXT),
            "meant": L(f"call {PEOPLE[0][0]}", f"{TEXT}|{NAMEC}"), "rating": 2}),
        case(f, f"{a}/v1/diagnostics/kws", headers=_h(rng, how="nodash"), body={
            "model": "hey_cabin_v7", "falseWakes": 3, "missed": 1, "cabinNoiseDb": 64.5,
            "micGainDb": 12, "headUnit": HEAD_UNIT["model"]}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "voiceHistory": "keep_90d", "wakeSensitivity": "medium", "units": "imperial",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        lines(f, f"{a}/v1/events", [
            {"userId": L(USER_ID, UID), **ev("wake", 1, source="voice")},
            {"userId": L(USER_ID, UID), **ev("intent", 2, intent=L("call_contact", USAGE))},
            {"userId": L(USER_ID, UID), **ev("screen", 3, screen=L("VoiceHistory", USAGE))}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("cabinvox_pro_yearly", BUY),
            "orderId": L("GPA.3391-5520-1187-40631", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/voice/history", headers=_h(rng, how="upper"), query={"days": "7"},
             cookies={"cvx_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def cabinvox_sdks() -> list[Case]:
    rng = random.Random(3872)
    return [
        sw_batch(APP, rng, [("Voice Command", {"intent": L("navigate", USAGE), "ms": 840}),
                            ("Call Placed", {"via": "voice"})], at=ON_ROAD, nd=3),
        sw_identify(APP, rng, {"voiceEnrolled": True, "carMake": "Subaru", "plan": "pro"}),
        ab_session(APP, rng, user=True, count=27),
        ab_event(APP, rng, "subscribe", {"sku": "pro_yearly"}, revenue="29.99", hashed=True),
        ff_crash(APP, rng, ("java.lang.SecurityException", "BLUETOOTH_CONNECT not granted"),
                 [ff_crumb("Drive -> Listening"),
                  ff_crumb("bt", "log", {"headUnit": HEAD_UNIT["model"]})],
                 screen="DriveActivity"),
        fb_eval(APP, rng, {"onDeviceAsr": True, "carMake": "Subaru"}),
        pp_register(APP, rng, tags={"plan": "pro"}),
        as_save(APP, rng, {"analytics": True, "voice_improvement": False}, user=True),
        mq_geocode(APP, rng, WORK_LINE, ADDR, near=ON_ROAD, nd=3),
        hc_message(APP, rng, L("It keeps dialling the wrong Sam from my contacts", TEXT), {
            "plan": "pro"}),
    ]
