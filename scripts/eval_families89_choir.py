"""Polyphonic-choir rehearsal app "Krimanchuli" (Georgian three-part chant; the app records the
singers): sign-up, SMS log-in, ``/me``, joining the ensemble with its invite code, the song
library, a part's backing track, a take recorded at home (M4A with the input device), the
intonation trainer's pitch contour, a voice enrolment (to tag singers in full-choir takes), the
full-choir take's tagging, a LAN jam session, a check-in at the hall, score annotations, the
section chat, dues, an absence, a profile photo, push, events and the takes by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, others, rid
from eval_families37_kit import fix, obj
from eval_families89_kit import CHOIR, PARISH, SONG, pitch, vector
from eval_families89_sdk import (
    kv_event,
    kv_launch,
    sh_crash,
    sh_crumb,
    sh_session,
    tv_batch,
    tv_identify,
)
from eval_families89_svc import dk_message, gd_card, gd_confirm, tk_check, zr_register
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

APP = App("krimanchuli", "Krimanchuli", "com.example.krimanchuli", "1.17.0",
          "https://api.krimanchuli.example.org")
IID = "X-Krim-Install"
INVITE = "KRM-ALTO-7Q2X"
HOME_AT = (LAT + 0.000004, LON - 0.000003)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-US,en;q=0.9,ka;q=0.6", DEV)
    return h


def krimanchuli() -> list[Case]:
    rng = random.Random(8941)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), ens=CHOIR["id"]))}
    b = {"auth": "bearer"}
    hla, hlo = fix((CHOIR["lat"] + 0.00011, CHOIR["lon"] - 0.00007), 5)
    take = obj(rng, "tk", 10)
    peers = others(rng, 4, "sng_")
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms"}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("418220", CRED), "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/singers", headers=_h(rng, auth="bearer"), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(DASHED, TEL), "voicePart": "modzakhili", "range": "G3-D5",
            "otherChoirs": [L(PARISH, SENS)], "readsNotation": True}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ensembles/join", headers=_h(rng, auth="bearer"), body={
            "invite": L(INVITE, CRED), "ensemble": CHOIR["id"], "part": "modzakhili"}),
        case(f, f"{a}/v1/ensembles/{CHOIR['id']}/songs", headers=_h(rng, auth="bearer"),
             query={"season": "winter25", "lang": L("en", DEV)}),
        case(f, f"{a}/v1/songs/{SONG['id']}/parts/modzakhili.m4a", headers=_h(rng, how="none")),
        multipart(f, f"{a}/v1/takes", [
            ("audio", "chakrulo_modzakhili_t3.m4a", "audio/mp4", L(M4A + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "song": SONG["id"], "part": "modzakhili", "take": 3, "takeId": take,
                "latencyMs": L(142, DEV), "inputDevice": L("USB-C headset", DEV),
                "network": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/takes/{take}/intonation", headers=_h(rng, **b), body={
            "f0Hz": pitch(rng, 60), "frameMs": 20, "centsOff": -14.2, "score": 81,
            "reference": SONG["id"]}),
        case(f, f"{a}/v1/voice/enrol", headers=_h(rng, **b), body={
            "purpose": "tag singers in full-choir takes", "phrases": 4,
            "embedding": L(vector(rng, 256), VOICE), "model": "xvec-256"}),
        case(f, f"{a}/v1/rehearsals/rh_1209/takes", headers=_h(rng, **b), body={
            "full": obj(rng, "tk", 10), "speakers": peers,
            "me": {"singer": L(USER_ID, UID), "segments": [[12.4, 48.0], [61.2, 95.5]]}}),
        case(f, f"{a}/v1/jam/announce", headers=_h(rng, **b), body={
            "session": obj(rng, "jam", 8), "lanIp": L(LOCAL_IP, DEV), "port": 50211,
            "peers": ["192.168.1.31", "192.168.1.44"], "codec": "opus", "bufferMs": 40}),
        case(f, f"{a}/v1/rehearsals/rh_1209/checkin", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "hall": {"lat": CHOIR["lat"], "lon": CHOIR["lon"]},
            "ensemble": CHOIR["id"]}),
        case(f, f"{a}/v1/songs/{SONG['id']}/annotations", headers=_h(rng, **b), body={
            "bar": 17, "part": "modzakhili",
            "text": L("breathe after 'chakrulo', don't scoop the D", TEXT)}),
        case(f, f"{a}/v1/chat/sections/modzakhili", headers=_h(rng, **b), body={
            "text": L("Running 10 min late, save me a seat next to Nino", TEXT),
            "clientId": rid(rng)}),
        case(f, f"{a}/v1/dues", fmt="form", headers=_h(rng, **b), body={
            "amount": L("40.00", BUY), "period": "2025-Q4",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "date": "2025-12-24",
            "reason": L("Christmas Eve liturgy with my parish choir", f"{TEXT}|{SENS}")}),
        multipart(f, f"{a}/v1/singers/me/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "device": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "singer": L(USER_ID, UID), "events": [
                ev("take_recorded", 1, part="modzakhili"), ev("intonation_viewed", 2),
                ev("screen", 3, screen=L("Score", USAGE))]}),
        case(f, f"{a}/v1/takes", headers=_h(rng, how="upper"),
             cookies={"krim_sid": L(opaque(rng, "", 40), CRED), "krim_rq": rid(rng)}),
    ]


def krimanchuli_sdks() -> list[Case]:
    rng = random.Random(8942)
    return [
        tv_batch(APP, rng, [("Take Recorded", {"part": "modzakhili", "seconds": 94}),
                            ("Screen Viewed", {"screen": L("Score", USAGE)})], at=HOME_AT, nd=2),
        tv_identify(APP, rng, {"city": L("New York", COARSE), "email": L(EMAIL, MAIL),
                               "ensemble": CHOIR["name"]}),
        kv_launch(APP, rng, user=True),
        kv_event(APP, rng, "subscribe", {"plan": "singer_pro"}, revenue=4.99),
        sh_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialized"),
                 [sh_crumb("navigation", "Song -> Record"),
                  sh_crumb("log", "audio", {"sampleRate": 48000})], screen="RecordActivity"),
        sh_session(APP, rng, secs=1804),
        tk_check(APP, rng, {"analytics": True, "marketing": False}),
        zr_register(APP, rng, tags={"part": "modzakhili", "ensemble": CHOIR["id"]}),
        gd_card(APP, rng),
        gd_confirm(APP, rng, "40.00"),
        dk_message(APP, rng, L("The upload of take 3 keeps failing at 90%", TEXT),
                   {"take": "tk_3"}),
    ]
