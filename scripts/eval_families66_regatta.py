"""Regatta race tracker for crew members "Tackline": sign-up with her sailor number, a log-in,
``/me``, joining a boat's crew by invite code, the crew declaration (weight, emergency contact,
medical notes), the course, her phone's live track (protobuf, repeated fixes) and a msgpack
batch, the start check, the phone's heel/pitch window, the finish, a protest, a photo, her
watch's heart rate, the entry fee, crew chat, the ashore check-in, a profile photo, regattas
near home, the results, push, events and the schedule by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
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
from eval_families18_kit import FIT
from eval_families20_kit import DOB, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families66_kit import (
    BOAT,
    COMMITTEE_AT,
    INVITE,
    MARKS,
    RACE,
    SAILOR_NO,
    START_AT,
    heel,
    sail,
)
from eval_families66_sdk import (
    ah_event,
    ah_launch,
    bk_bid,
    cl_crumb,
    cl_report,
    tq_batch,
    tq_pixel,
)
from eval_families66_svc import pb_register, rw_message, tm_reverse, tm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("tackline", "Tackline", "com.example.tackline", "4.0.6",
          "https://api.tackline.example.net")
IID = "X-Tackline-Device"
PW = "Spinnaker&Lee44"
CLUB_AT = (40.83142, -73.71408)  # the yacht club's dock (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _stream(rng: random.Random) -> tuple[bytes, dict[str, str]]:
    """The live stream (protobuf): the phone's install ID, the race, then repeated fixes
    ``3[i]`` (latitude and longitude doubles, speed and course floats, time)."""
    lab: dict[str, str] = {}
    data = pb([(1, L(INSTALL_ID, DID)), (2, RACE), (4, BOAT["sail"])], "", lab)
    for i, fx in enumerate(sail(rng, 4, t0=1776532200)):
        sub = pb([(1, L(fx["lat"].value, PRECISE)), (2, L(fx["lon"].value, PRECISE)),
                  (3, fx["sog"]), (4, fx["cog"]), (5, fx["t"])], f"3[{i}]", lab)
        data += pb([(3, sub)], "", {})
    return data, lab


def tackline() -> list[Case]:
    rng = random.Random(6631)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sailor=L(SAILOR_NO, UID)))}
    b = {"auth": "bearer"}
    r = f"{a}/api/v1/races/{RACE}"
    stream, slab = _stream(rng)
    fin = sail(rng, 30)[-1]
    return [
        case(f, f"{a}/api/v1/sailors", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "mobile": L(E164, TEL), "dob": L(DOB, BIRTH), "sailorNumber": L(SAILOR_NO, UID),
            "club": "Manhasset Bay YC", "usualPosition": "trimmer"}),
        case(f, f"{a}/api/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/crew/join", headers=_h(rng, **b), body={
            "invite": L(INVITE, CRED), "boat": BOAT["id"], "role": "trimmer"}),
        case(f, f"{a}/api/v1/entries/{RACE}/crew", headers=_h(rng, **b), body={
            "boat": {k: BOAT[k] for k in ("id", "name", "sail", "class", "mmsi")},
            "sailor": L(SAILOR_NO, UID), "name": L(NAME, NAMEC), "dob": L(DOB, BIRTH),
            "weightKg": L(63.5, FIT), "swimmer": True, "pfdSize": "M",
            "emergency": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
                          "relation": "partner"},
            "allergies": [L("bee stings", MED)],
            "medicalNotes": L("Cochlear implant on the right: I can't hear the horn in wind, "
                              "tap my shoulder", f"{TEXT}|{MED}")}),
        case(f, f"{r}/course", headers=_h(rng, **b), query={"boat": BOAT["id"],
                                                           "division": "PHRF-B"}),
        raw(f, f"{r}/stream", stream, "application/x-protobuf", slab,
            headers=_h(rng, how="nodash", **b)),
        case(f, f"{r}/positions", fmt="msgpack", headers=_h(rng, **b), body={
            "sailor": L(USER_ID, UID), "boat": BOAT["id"], "fixes": sail(rng, 6)}),
        case(f, f"{r}/start", headers=_h(rng, **b), body={
            "gun": 1776531600, "lat": L(START_AT[0], PRECISE), "lon": L(START_AT[1], PRECISE),
            "committee": {"lat": COMMITTEE_AT[0], "lon": COMMITTEE_AT[1]},
            "pin": {"lat": 40.85201, "lon": -73.73514}, "distToLineM": 4.2, "ocs": False}),
        case(f, f"{r}/motion", gz=True, headers=_h(rng, **b), body={
            "hz": 10, "axes": "ax,ay,az,gx,gy,gz", "samples": L(heel(rng, 40), MOTION),
            "instruments": {"tws": 14.2, "twa": 41, "bsp": 6.3, "heelDeg": 18}}),
        case(f, f"{r}/finish", headers=_h(rng, **b), body={
            "elapsed": "01:42:17", "fix": L(f"{fin['lat'].value:.5f},{fin['lon'].value:.5f}",
                                            PRECISE),
            "mark": MARKS[0]["name"], "markAt": [MARKS[0]["lat"], MARKS[0]["lon"]]}),
        case(f, f"{a}/api/v1/protests", headers=_h(rng, **b), body={
            "race": RACE, "protestor": BOAT["sail"], "protestee": "USA 60412",
            "rule": "10 (port-starboard)",
            "incidentAt": {"lat": L(40.8601, PRECISE), "lon": L(-73.7288, PRECISE)},
            "witness": L("Dana Whitlock", NAMEC),
            "text": L("On port tack USA 60412 forced us to bear away at the windward mark",
                      TEXT)}),
        multipart(f, f"{a}/api/v1/photos", [
            ("photo", "leeward_rounding.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"race": RACE, "caption": L(
                "Spinnaker down just in time at the leeward mark", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{r}/heart-rate", headers=_h(rng, **b), body={
            "source": "watch", "bpm": L([112, 131, 148, 152, 139, 127], FIT),
            "maxBpm": L(158, FIT), "kcal": L(612, FIT)}),
        case(f, f"{a}/api/v1/entries/{RACE}/fee", fmt="form", headers=_h(rng, **b), body={
            "amount": L("65.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "receipt": L("TKL-R-22817", BUY)}),
        case(f, f"{a}/api/v1/chat/boats/{BOAT['id']}", headers=_h(rng, **b), body={
            "client": rid(rng), "text": L("Dock at 9, I'll bring the new jib sheets", TEXT)}),
        case(f, f"{a}/api/v1/safety/ashore", headers=_h(rng, **b), body={
            "race": RACE, "ashore": True, "lat": L(40.831466, PRECISE),
            "lon": L(-73.714131, PRECISE), "club": {"lat": CLUB_AT[0], "lon": CLUB_AT[1]}}),
        multipart(f, f"{a}/api/v1/profile/photo", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/regattas", headers=_h(rng, **b), query={
            "near": latlng(2), "radiusKm": "60", "from": "2026-04-01"}),
        at_path(case(f, f"{a}/api/v1/sailors/{SAILOR_NO}/results", headers=_h(rng, **b),
                     query={"season": "2026", "division": "PHRF-B"}), SAILOR_NO, UID),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("America/New_York",
                                                                           DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("race_started", 1, race=RACE), ev("tracking_minutes", 2, m=L(102, USAGE)),
                ev("screen", 3, screen=L("LiveLeaderboard", USAGE))]}),
        case(f, f"{a}/api/v1/schedule", headers=_h(rng, how="none"),
             cookies={"tk_sid": L(opaque(rng, "", 40), CRED), "tk_dev": L(INSTALL_ID, DID),
                      "tk_theme": "dark"}),
    ]


def tackline_sdks() -> list[Case]:
    rng = random.Random(6632)
    return [
        tq_batch(APP, rng, [("Race Started", {"division": "PHRF-B"}),
                            ("Tracking Stopped", {"minutes": L(102, USAGE)})],
                 at=START_AT, nd=3),
        tq_pixel(APP, rng, "RegattaList", {"count": 7}),
        ah_launch(APP, rng, user=True),
        ah_event(APP, rng, "entry_fee_paid", {"race": RACE}, revenue=65.0),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="sailing,regatta,foul weather gear"),
        cl_report(APP, rng, ("java.lang.OutOfMemoryError", "track buffer"),
                  [cl_crumb("navigation", "Race -> Live"),
                   cl_crumb("log", "stream backlog", {"fixes": 1180})],
                  screen="LiveTrackActivity"),
        tm_telemetry(APP, rng, [(fx["lat"].value, fx["lon"].value) for fx in sail(rng, 3)],
                     PRECISE),
        tm_reverse(APP, rng, CLUB_AT, None),
        pb_register(APP, rng, at=(40.74183, -73.98931), nd=2,
                    tags={"division": "PHRF-B", "role": "crew"}),
        rw_message(APP, rng, L("My track stopped at the leeward mark, can you fix the result?",
                               TEXT), {"race": RACE, "sailor": L(SAILOR_NO, UID)}),
    ]
