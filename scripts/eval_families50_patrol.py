"""Ride-along app "Beatpartner" for police auxiliary volunteers (she volunteers with a precinct in
Manhattan): the application, a background check (SSN, licence, a prior address), the licence
scans and a selfie, a log-in with an MFA code, ``/me``, shift check-in at the precinct, the
patrol track (msgpack) and a protobuf ping, an incident report with a witness, a body-cam clip, a
photo and a voice memo with its transcript, radio status, an SOS with the serving cell, training,
the schedule, availability, her emergency contact, an expense receipt, a unit chat message, push,
events and bulletins by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import SSN, claims, head, rid
from eval_families50_kit import (
    BADGE,
    HUSBAND,
    INCIDENT,
    LICENCE_BP,
    PRECINCT,
    SCENE_AT,
    UNIT,
    WITNESS,
    mine,
    obj,
    trace,
)
from eval_families50_sdk import cw_crash, cw_crumb, cw_sessions, sm_batch, sm_queue
from eval_families50_svc import (
    ag_save,
    bt_register,
    fb_eval,
    pb_geocode,
    pb_reverse,
    pb_route,
    pb_telemetry,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("beatpartner", "Beatpartner", "com.example.beatpartner", "4.0.8",
          "https://api.beatpartner.example.org")
IID = "X-BP-Device"
NID = "personal.national_id"
PW = "Gramercy!Watch42"
AT_PCT = (40.736981, -73.982046)  # her phone at the precinct's desk (her fix)
SHIFT = "sh_44c1e90b"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def beatpartner() -> list[Case]:
    rng = random.Random(5041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, badge=L(BADGE, UID), email=L(EMAIL, MAIL)))}
    pla, plo = mine(AT_PCT)
    sla, slo = mine(SCENE_AT, 5)
    lab: dict[str, str] = {}
    ping = pb([(1, L(BADGE, UID)), (2, 1765314022),
               (3, [(1, L(round(SCENE_AT[0] + 0.00041, 6), PRECISE)),
                    (2, L(round(SCENE_AT[1] - 0.00022, 6), PRECISE)), (3, 6)]),
               (4, L(71, DEV)), (5, UNIT["call"])], "", lab)
    return [
        case(f, f"{a}/v1/applicants", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "address": {
                "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "precinct": PRECINCT["id"], "languages": ["English", "Spanish"]}),
        case(f, f"{a}/v1/applicants/background", headers=_h(rng), body={
            "ssn": L(SSN, NID), "driversLicence": L(LICENCE_BP, NID),
            "licenceState": L("NY", COARSE), "priorAddresses": [{
                "line1": L("88 Bedford Ave Apt 2", ADDR), "city": L("Brooklyn", COARSE),
                "zip": L("11211", COARSE), "from": "2016-08", "to": "2021-05"}],
            "convictions": False, "fcraConsent": True}),
        multipart(f, f"{a}/v1/applicants/documents", [
            ("licenceFront", "licence_front.jpg", "image/jpeg",
             L(JPEG + b"\x71", f"{MEDIA}|{NID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"capturedWith": "camera", "retries": 1})],
            headers=_h(rng)),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("318004", CRED), "challenge": obj(rng, "ch", 12)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/shifts/checkin", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "shift": SHIFT, "unit": UNIT["call"], "car": UNIT["plate"],
            "position": {"lat": pla, "lon": plo, "acc": 9},
            "precinctPin": {"lat": PRECINCT["lat"], "lon": PRECINCT["lon"]}, "odometer": 48812}),
        case(f, f"{a}/v1/shifts/{SHIFT}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "fixes": trace(rng, 6, AT_PCT, SCENE_AT)}),
        raw(f, f"{a}/v1/shifts/{SHIFT}/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/incidents", headers=_h(rng, **b), body={
            "number": INCIDENT, "type": "found_property", "reportedBy": L(BADGE, UID),
            "position": {"lat": sla, "lon": slo}, "crossStreets": L("Lexington Ave & E 24th St",
                                                                    COARSE),
            "narrative": L("Wallet handed in by a passer-by, owner reached by phone and collected "
                           "it at the precinct", TEXT),
            "witness": {"name": L(WITNESS[0], NAMEC), "phone": L(WITNESS[1], TEL),
                        "address": L(WITNESS[2], ADDR)},
            "unit": UNIT["call"], "occurredAt": "2025-12-09T22:41:00-05:00"}),
        multipart(f, f"{a}/v1/incidents/{INCIDENT}/bodycam", [
            ("clip", "bwc_2241.mp4", "video/mp4", L(MP4 + b"\x21", MEDIA)),
            ("meta", None, "application/json", {
                "camera": UNIT["bodycam"], "startedAt": 1765338060, "durationS": 94,
                "gps": {"lat": L(round(SCENE_AT[0], 5), PRECISE),
                        "lon": L(round(SCENE_AT[1], 5), PRECISE)},
                "sha256": "3b1f0e7a9c24d58e6f01a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/incidents/{INCIDENT}/photos", [
            ("photo", "IMG_20251209_2243.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA))],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/incidents/{INCIDENT}/memos", [
            ("audio", "memo.m4a", "audio/mp4", L(M4A + b"\x22", MEDIA)),
            ("meta", None, "application/json", {
                "durationMs": 21400,
                "transcript": L("Wallet has two cards and forty dollars, owner says nothing is "
                                "missing", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/radio/status", fmt="form", headers=_h(rng, **b), body={
            "status": "10-8", "unit": UNIT["call"], "badge": L(BADGE, UID)}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "lat": L(round(SCENE_AT[0] + 0.00012, 6), PRECISE),
            "lon": L(round(SCENE_AT[1] + 0.00009, 6), PRECISE), "battery": L(68, DEV),
            "network": L("LTE", DEV), "cell": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                                               "cid": L(20764931, CARRIER)},
            "test": True}),
        case(f, f"{a}/v1/training/complete", headers=_h(rng, **b), body={
            "module": "trn_deescalation_2", "score": 92, "signature": L(f"{FIRST} {LAST}", NAMEC),
            "badge": L(BADGE, UID)}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, how="upper", **b), query={
            "badge": L(BADGE, UID), "month": "2025-12"}),
        case(f, f"{a}/v1/availability", fmt="form", headers=_h(rng, **b), body={
            "days": "tue,thu,sat", "note": L("Not available Dec 24-26, family visiting", TEXT)}),
        case(f, f"{a}/v1/emergency-contact", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[2], TEL), "relation": "spouse"}),
        multipart(f, f"{a}/v1/expenses", [
            ("receipt", "receipt.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("data", None, "application/json", {"amount": L("18.50", BUY),
                                                "merchant": "Gramercy Deli", "shift": SHIFT})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/units/{UNIT['call']}/chat", headers=_h(rng, **b), body={
            "from": L(BADGE, UID), "clientId": rid(rng),
            "text": L("Back at the desk in 10, bringing coffee", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("shift_started", 1), ev("incident_filed", 2, kind="found_property"),
                ev("screen", 3, screen=L("IncidentForm", USAGE))]}),
        case(f, f"{a}/v1/bulletins", headers=_h(rng, how="none"),
             cookies={"bp_session": L(opaque(rng, "", 44), CRED), "bp_device": L(INSTALL_ID, DID),
                      "bp_precinct": PRECINCT["id"]}),
    ]


def beatpartner_sdks() -> list[Case]:
    rng = random.Random(5042)
    route = [AT_PCT, (40.73814, -73.98302), (40.73877, -73.98344)]
    return [
        sm_batch(APP, rng, [("Shift Started", {"unit": UNIT["call"]}),
                            ("Incident Filed", {"type": "found_property", "photos": 1})]),
        sm_queue(APP, rng, [("Offline Incident Saved", {"type": "found_property"}),
                            ("Bodycam Linked", {"camera": UNIT["bodycam"]})]),
        cw_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "camera in use"),
                 [cw_crumb("nav", "Incident -> Photo"),
                  cw_crumb("ui", "tap", {"target": "shutter"})], screen="IncidentPhotoActivity"),
        cw_sessions(APP, rng, [1840, 3620]),
        fb_eval(APP, rng, {"precinct": "pct-13", "role": "auxiliary"}, hdr=True),
        bt_register(APP, rng, tags={"precinct": "13", "role": "auxiliary"}),
        pb_telemetry(APP, rng, [(round(la, 6), round(lo, 6)) for la, lo in route], PRECISE),
        pb_reverse(APP, rng, SCENE_AT, PRECISE, nd=5),
        pb_geocode(APP, rng, "Lexington Ave & E 24th St", COARSE, near=SCENE_AT, nd=3),
        pb_route(APP, rng, [((PRECINCT["lat"], PRECINCT["lon"]), None),
                            ((round(SCENE_AT[0], 5), round(SCENE_AT[1], 5)), PRECISE)],
                 mode="walking"),
        ag_save(APP, rng, {"analytics": True, "crash": True, "marketing": False}, user=True),
    ]
