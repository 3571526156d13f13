"""Live-caption phone-call app "Captelo" for a hard-of-hearing user (camelCase API): an account,
the SMS code, ``/me``, the relay service's registration (SSN last four, address, hearing-loss
self-certification, her audiologist) and the signed certification, her hearing profile, the SIP
line, an outgoing call to her mother (an ICE candidate), its captions (JSON Lines and a protobuf
stream), an audio chunk, the call's end, an incoming call from a pharmacy, a saved transcript,
the address book synced, her 911 location, settings, a voicemail transcribed, her hearing aids
(negatives), caption feedback, push, events and the call history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    F32,
    IPLOC,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    pb,
    push_token,
    raw,
    srflx,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import AIDS, AUDIOGRAM, FREQS, claims, head, rid
from eval_families62_kit import AUDIOLOGIST, MOTHER, PHARMACY_NO, SIP, SSN4, captions, home, obj
from eval_families62_sdk import (
    as_session,
    ck_crash,
    ck_crumb,
    ck_sessions,
    mq_batch,
    mq_identify,
    mq_queue,
)
from eval_families62_svc import cm_check, cp_message, fh_eval, px_open, px_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("captelo", "Captelo", "com.example.captelo", "5.0.2",
          "https://api.captelo.example.com")
IID = "X-Captelo-Install"
PW = "Loud&Clear-Lines7"
NATID = "personal.national_id"
HL = f"{SENS}|{MED}"  # hearing loss: a disability and a health condition
LINES = ["Hi sweetheart, can you read me okay?", "Dad's knee surgery went well this morning",
         "We'll be home by Sunday, call your brother"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def captelo() -> list[Case]:
    rng = random.Random(6261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, line=L(E164, TEL), email=L(EMAIL, MAIL)))}
    call = obj(rng, "call", 12)
    hla, hlo = home(6)
    lab: dict[str, str] = {}
    stream = pb([(1, call), (2, 7), (3, [(1, L(LINES[1], f"{TEXT}|{MED}")), (2, F32(0.91))]),
                 (4, L(USER_ID, UID))], "", lab)
    segs = captions(rng, LINES)
    recs = [{"callId": call, "seq": s["seq"], "startMs": s["startMs"], "final": True,
             "text": L(s["text"], f"{TEXT}|{MED}" if s["seq"] == 1 else TEXT)} for s in segs]
    book = [PEOPLE[0], PEOPLE[2], PEOPLE[3], (MOTHER[0], MOTHER[1], "")]
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "lineNumber": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH)}),
        case(f, f"{a}/v2/accounts/verify", fmt="form", headers=_h(rng), body={
            "lineNumber": L(DIGITS, TEL), "code": L("118204", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/registration/ipcts", headers=_h(rng, **b), body={
            "fullName": L(NAME, NAMEC), "birthDate": L(DOB, BIRTH), "ssnLast4": L(SSN4, NATID),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "selfCertifiesHearingLoss": L(True, HL),
            "professional": {"name": L(AUDIOLOGIST[0], NAMEC), "phone": L(AUDIOLOGIST[1], TEL)},
            "understandsCost": True}),
        multipart(f, f"{a}/v2/registration/certification", [
            ("form", "ipcts_certification.pdf", "application/pdf", L(PDF, f"{MEDIA}|{HL}")),
            ("meta", None, "application/json", {"signedBy": L(NAME, NAMEC),
                                                "signedOn": "2025-12-02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/profile/hearing", headers=_h(rng, **b), body={
            "degree": L("severe", HL), "onset": L("sudden, 2019", MED),
            "audiogram": {"hz": FREQS, "left": L(AUDIOGRAM["left"], MED),
                          "right": L(AUDIOGRAM["right"], MED)}, "usesHearingAids": True,
            "aids": {"left": AIDS["left"]["model"], "right": AIDS["right"]["model"]}}),
        case(f, f"{a}/v2/sip/register", fmt="form", headers=_h(rng, **b), body={
            "username": L(SIP[0], UID), "password": L(SIP[1], CRED),
            "device": L(INSTALL_ID, DID), "transport": "tls"}),
        case(f, f"{a}/v2/calls", headers=_h(rng, **b), body={
            "callId": call, "from": L(E164, TEL), "to": L(MOTHER[1], TEL),
            "toName": L(MOTHER[0], NAMEC), "captionLanguage": "en-US",
            "ice": [L(srflx(), f"{IPLOC}|{DEV}")]}),
        lines(f, f"{a}/v2/calls/{call}/captions", recs, headers=_h(rng, **b)),
        raw(f, f"{a}/v2/calls/{call}/stream", stream, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/calls/{call}/audio", [
            ("chunk", "c0007.wav", "audio/wav", L(WAV + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"seq": 7, "codec": "pcm16", "ms": 2000})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/calls/{call}/end", fmt="form", headers=_h(rng, **b), body={
            "durationS": L("412", USAGE), "endedBy": "remote", "quality": "4"}),
        case(f, f"{a}/v2/calls/incoming", headers=_h(rng, **b), body={
            "callId": obj(rng, "call", 12), "caller": PHARMACY_NO,
            "callerName": "Lexington Pharmacy", "answered": True}),
        case(f, f"{a}/v2/transcripts", headers=_h(rng, **b), body={
            "callId": call, "title": L("Mom - Dad's knee surgery", f"{TEXT}|{MED}"),
            "segments": len(LINES), "keep": "forever"}),
        case(f, f"{a}/v2/contacts/sync", gz=True, headers=_h(rng, **b), body={
            "contacts": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in book],
            "full": True}),
        case(f, f"{a}/v2/e911", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "lat": hla, "lon": hlo,
            "callback": L(E164, TEL)}),
        case(f, f"{a}/v2/settings", fmt="form", headers=_h(rng, **b), body={
            "fontSize": "22", "captionSpeed": "fast", "voiceCarryOver": "1",
            "theme": "high_contrast"}),
        multipart(f, f"{a}/v2/voicemail/transcribe", [
            ("audio", "vm_1207.wav", "audio/wav", L(WAV + b"\x08", MEDIA)),
            ("meta", None, "application/json", {"from": L(PEOPLE[2][1], TEL), "secs": 38})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/hearing-aids/stream", headers=_h(rng, **b), body={
            "left": {"serial": AIDS["left"]["serial"], "ble": AIDS["left"]["ble"]},
            "right": {"serial": AIDS["right"]["serial"], "ble": AIDS["right"]["ble"]},
            "asha": True, "phoneBt": L("5.3", DEV)}),
        case(f, f"{a}/v2/feedback/captions", headers=_h(rng, **b), body={
            "callId": call, "stars": 2,
            "comment": L("Captions lagged a lot when my mom talked fast", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "minutesCaptioned": L(38, USAGE), "events": [
                ev("call_captioned", 1), ev("transcript_saved", 2),
                ev("screen", 3, screen=L("LiveCall", USAGE))]}),
        case(f, f"{a}/v2/calls/history", headers=_h(rng, how="none"), query={"days": "30"},
             cookies={"cap_session": L(opaque(rng, "", 44), CRED), "cap_req": rid(rng)}),
    ]


def captelo_sdks() -> list[Case]:
    rng = random.Random(6262)
    return [
        mq_batch(APP, rng, [("Call Captioned", {"minutes": L(7, USAGE)}),
                            ("Caption Font Changed", {"size": 22})]),
        mq_identify(APP, rng, {"hearing_loss": L("severe", HL), "aids": True}),
        mq_queue(APP, rng, [("Call Missed", {}), ("Voicemail Transcribed", {"secs": 38})]),
        as_session(APP, rng, first=True),
        ck_crash(APP, rng, ("org.webrtc.PeerConnectionException", "ICE failed"),
                 [ck_crumb("navigation", "Dialer -> LiveCall"),
                  ck_crumb("log", "relay", {"region": "us-east"})],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                 screen="LiveCallActivity"),
        ck_sessions(APP, rng, secs=1210),
        fh_eval(APP, rng, {"captionEngine": "v5"}, user=False),
        px_register(APP, rng, tags={"ipcts": "registered"}),
        px_open(APP, rng, "missed_call"),
        cm_check(APP, rng, {"analytics": True, "ads": False}),
        cp_message(APP, rng, L("Captions stopped halfway through a call with my mother", TEXT),
                   {"callId": obj(rng, "call", 12)}),
    ]
