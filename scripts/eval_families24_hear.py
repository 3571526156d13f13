"""Hearing-aid companion app "Hearloop": pairing the aids (an accessory's identifiers:
negatives), the user's audiogram and hearing test, wear time, remote care with an audiologist,
finding a lost aid, fall alerts, live captions."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
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
    WAV,
    device_abbrev,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, pos
from eval_families24_kit import (
    AIDS,
    AUDIOGRAM,
    AUDIOLOGIST_PHONE,
    CLINIC_AT,
    FREQS,
    claims,
    head,
    rid,
)
from eval_families24_sdk import bay_minidump, graph_batch, graph_identify
from eval_families24_svc import (
    agree_save,
    chime_channel,
    chime_register,
    flag_fetch,
    quill_reverse,
    wharf_start,
)
from eval_payloads import EMAIL, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("hearloop", "Hearloop", "com.example.hearloop", "4.6.0",
          "https://cloud.hearloop.example.com")
IID = "X-HL-Installation"
CAP = "cap_5510"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def hearloop() -> list[Case]:
    rng = random.Random(2451)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    llat, llon = pos(6, 0.00113, -0.00052)  # where the phone last heard the left aid
    fall = pb([(1, "fall_" + rid(rng)[:8]), (2, round(40.74221, 5)), (3, round(-73.98874, 5)),
               (4, 3.1), (5, "im_ok"), (6, 1765322511)], "", {})
    serials = [AIDS["left"]["serial"], AIDS["right"]["serial"]]
    cases = [
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng),
             body={"grant_type": "password", "username": L(EMAIL, MAIL),
                   "password": L("Loop7-quiet!", CRED), "client_id": "hearloop-android"}),
        case(f, f"{a}/v1/oauth/mfa", headers=_h(rng),
             body={"mfa_token": L(opaque(rng, "mfa_", 40), CRED), "otp": L("318274", CRED),
                   "remember_device": True}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, auth="bearer"),
             body={"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                   "dob": L(DOB, BIRTH), "hearing_loss": L("sensorineural, bilateral", MED),
                   "aids_since": 2022}),
        case(f, f"{a}/v1/aids/pair", headers=_h(rng, auth="bearer"),
             body={"left": AIDS["left"], "right": AIDS["right"], "streaming": "asha",
                   "phone": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}),
        case(f, f"{a}/v1/audiogram", headers=_h(rng, auth="bearer"),
             body={"source": "clinic_upload", "tested_on": "2025-10-14",
                   "frequencies_hz": FREQS,
                   "left_db": [L(x, MED) for x in AUDIOGRAM["left"]],
                   "right_db": [L(x, MED) for x in AUDIOGRAM["right"]]}),
        case(f, f"{a}/v1/hearing-test", headers=_h(rng, auth="bearer"),
             body={"left_pta": L(38.8, MED), "right_pta": L(42.5, MED),
                   "tinnitus": L(True, MED), "noise_exposure": L("occupational", MED),
                   "duration_s": 412, "headphones": "wired_reference"}),
        case(f, f"{a}/v1/programs/sync", fmt="msgpack", headers=_h(rng, auth="session"),
             body={"user": L(USER_ID, UID), "aids": serials, "active": 1,
                   "programs": [{"name": "Restaurant", "gain_db": [4, 6, 9, 12, 12, 8],
                                 "nr": 2}, {"name": "Music", "gain_db": [2, 3, 5, 7, 7, 5],
                                            "nr": 0}], "volume": {"l": 3, "r": 3}}),
        case(f, f"{a}/v1/usage/daily", gz=True, headers=_h(rng, auth="session"),
             body={"date": "2025-12-09", "wear_hours": L(11.2, USAGE),
                   "streaming_min": L(94, USAGE), "program_switches": L(6, USAGE),
                   "env": {"speech_in_noise_pct": 22, "avg_spl_db": 64}, "aids": serials}),
        case(f, f"{a}/v1/remote-care/sessions", headers=_h(rng, auth="bearer"),
             body={"audiologist_id": "aud_118", "audiologist_phone": AUDIOLOGIST_PHONE,
                   "reason": L("Voices sound tinny since the update and my tinnitus is worse "
                               "in the evenings", f"{TEXT}|{MED}"),
                   "callback_phone": L(PHONE, TEL), "share_data": True}),
        case(f, f"{a}/v1/find/last-seen", headers=_h(rng, auth="bearer"),
             body={"side": "left", "serial": serials[0], "lat": llat, "lng": llon,
                   "rssi": -71, "seen_at": 1765320444}),
        case(f, f"{a}/v1/safety/contacts", headers=_h(rng, auth="bearer"),
             body={"contacts": [{"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
                                 "relation": "sister"}]}),
        raw(f, f"{a}/v1/safety/falls", fall, "application/x-protobuf",
            {"2": PRECISE, "3": PRECISE}, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/appointments", headers=_h(rng, auth="bearer"),
             body={"clinic_id": "cl_hear_88", "clinic_lat": CLINIC_AT[0],
                   "clinic_lng": CLINIC_AT[1], "slot": "2026-01-06T09:40",
                   "reason": L("ear wax removal", MED),
                   "insurance_member_id": L("KHX2093318", MED)}),
        case(f, f"{a}/v1/clinics", query={"zip": L(ZIP, COARSE), "radius_mi": "25"},
             headers=_h(rng, auth="bearer")),
        multipart(f, f"{a}/v1/captions/{CAP}/chunks", [
            ("meta", None, "application/json", {"lang": L("en-US", DEV), "seq": 4,
                                                 "sample_rate": 16000}),
            ("audio", "chunk_0004.wav", "audio/wav", L(WAV, MEDIA))],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/captions/{CAP}/save", headers=_h(rng, auth="bearer"),
             body={"title": L("Dinner with Sam", TEXT), "speakers": 2,
                   "text": L("- Did you get the new ones? - Yes, the left one whistles when "
                             "I wear a hat. - Ha, mine did that too.", TEXT)}),
        case(f, f"{a}/v1/firmware/check", query={"model": "loop7_ric", "fw": "3.2.1",
                                                 "serial": serials[0]},
             headers=_h(rng, how="none")),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer"),
             body={"push": L(push_token(rng), DID), "platform": "android",
                   "device": device_abbrev()}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, auth="bearer"),
             body={"u": L(USER_ID, UID), "events": [
                 ev("program_changed", 1, program="Restaurant"),
                 ev("screen_view", 2, screen=L("Audiogram", USAGE)),
                 ev("captions_started", 3, seconds=L(410, USAGE))]}),
    ]
    return cases


def hearloop_sdks() -> list[Case]:
    rng = random.Random(2452)
    return [
        graph_batch(APP, rng, [("aids_paired", {"model": "Loop 7 RIC"}),
                               ("hearing_test_done", {"tinnitus": L(True, MED)}),
                               ("captions_saved", {"speakers": 2})]),
        graph_identify(APP, rng, {"aid_model": "Loop 7 RIC",
                                  "hearing_loss": L("moderate", MED)}),
        bay_minidump(APP, rng),
        flag_fetch(APP, rng, {"aid_family": "loop7", "region": L("NY", COARSE)}),
        chime_register(APP, rng, tags={"aids": "2", "remote_care": "1"}),
        chime_channel(APP, rng, "SMS"),
        wharf_start(APP, rng, L("The right aid disconnects every time I take a call and I "
                                "can't hear the other person", TEXT),
                    custom={"aid": AIDS["left"]["serial"]}, screen="Troubleshoot"),
        quill_reverse(APP, rng, 6),
        agree_save(APP, rng, {"analytics": True, "research": False}),
    ]
