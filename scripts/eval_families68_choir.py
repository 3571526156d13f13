"""Choir-practice app "Choirloft" (she sings alto in a community chorus): an account, a log-in,
``/me`` with a JWT, joining the choir by its code, the schedule and her part, a recorded take
(M4A) and its pitch analysis, a voice enrolment so the app can tell singers apart in section
recordings, a range test, practice logs (msgpack), a note on the score, a section message, an
invited friend, a live sectional's ICE candidates, dues, concert tickets, a check-in at the hall
with her fix, an avatar, push, events and the library by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEXT,
    UID,
    USAGE,
    VOICE,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families68_kit import CHOIR, PIECE, SECTION, fix, home, obj
from eval_families68_sdk import bl_bid, cm_batch, cm_screen, eg_crash, eg_crumb, sk_session
from eval_families68_svc import ch_message, mc_route, nj_register, or_save, tl_confirm
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, case

APP = App("choirloft", "Choirloft", "com.example.choirloft", "5.1.4",
          "https://api.choirloft.example.org")
IID = "Choirloft-Install-Id"
PW = "Descant!Harbor8"
HOST_CAND = (f"candidate:2219804412 1 udp 2122260223 {LOCAL_IP} 40122 typ host generation 0 "
             "ufrag Pz7d network-cost 10")
HALL_FIX = (40.747882, -74.000811)  # her phone at the rehearsal hall


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def choirloft() -> list[Case]:
    rng = random.Random(6831)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    rec, room = obj(rng, "tk", 10), obj(rng, "live", 8)
    hla, hlo = fix(HALL_FIX)
    return [
        case(f, f"{a}/api/v1/accounts", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "birthYear": L(1991, BIRTH), "voicePart": "Alto 2", "readsMusic": True}),
        case(f, f"{a}/api/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/choirs/join", fmt="form", headers=_h(rng, **b), body={
            "inviteCode": L("CHR-77QK-4M", CRED), "choir": CHOIR["id"]}),
        case(f, f"{a}/api/v1/choirs/{CHOIR['id']}/schedule", headers=_h(rng, **b),
             query={"month": "2025-12", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/pieces/{PIECE['id']}/parts", headers=_h(rng, **b),
             query={"part": "alto2", "format": "mp3", "tempo": "0.8"}),
        multipart(f, f"{a}/api/v1/recordings", [
            ("take", "take_0412.m4a", "audio/mp4", L(M4A + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"piece": PIECE["id"], "bars": "33-56",
                                                "latencyMs": 142, "take": rec})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/recordings/{rec}/analysis", headers=_h(rng, **b), body={
            "centsOff": [round(rng.gauss(0, 14), 1) for _ in range(24)], "score": 82,
            "tempoDrift": -0.03, "piece": PIECE["id"]}),
        case(f, f"{a}/api/v1/voice/enrol", headers=_h(rng, **b), body={
            "purpose": "label singers in section recordings", "phrases": 4,
            "embedding": L([round(rng.gauss(0, 0.08), 4) for _ in range(256)], VOICE),
            "model": "xvec-256", "snrDb": 27.5}),
        case(f, f"{a}/api/v1/range-test", headers=_h(rng, **b), body={
            "lowest": "F3", "highest": "D5", "suggested": "alto"}),
        case(f, f"{a}/api/v1/practice/log", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-09", "minutes": L(35, USAGE), "streakDays": L(12, USAGE),
            "pieces": [PIECE["id"]], "loops": 9}),
        case(f, f"{a}/api/v1/annotations", headers=_h(rng, **b), body={
            "piece": PIECE["id"], "bar": 41,
            "text": L("breathe after 'lanterns', not before", TEXT)}),
        case(f, f"{a}/api/v1/sections/alto/messages", headers=_h(rng, **b), body={
            "text": L("Running ten minutes late, save me a seat in the alto row", TEXT),
            "mentions": SECTION[:2], "choir": CHOIR["id"]}),
        case(f, f"{a}/api/v1/invites", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL),
            "note": L("Come sing with us, Tuesdays at 7!", TEXT), "choir": CHOIR["id"]}),
        case(f, f"{a}/api/v1/live/{room}/ice", headers=_h(rng, **b), body={
            "candidates": [
                {"candidate": L(HOST_CAND, DEV), "sdpMid": "0", "sdpMLineIndex": 0},
                {"candidate": L(srflx(40122), IPLOC), "sdpMid": "0", "sdpMLineIndex": 0},
                {"candidate": relay(), "sdpMid": "0", "sdpMLineIndex": 0}]}),
        case(f, f"{a}/api/v1/dues", fmt="form", headers=_h(rng, **b), body={
            "amount": L("60.00", BUY), "term": "spring-2026",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/tickets", headers=_h(rng, **b), body={
            "concert": "cc_winter25", "seats": 2, "total": L("44.00", BUY),
            "order": L("CL-TK-55120", BUY)}),
        case(f, f"{a}/api/v1/attendance", headers=_h(rng, **b), body={
            "rehearsal": obj(rng, "rh", 8), "lat": hla, "lon": hlo, "accuracy": 9,
            "hall": {"name": CHOIR["hall"], "lat": CHOIR["lat"], "lon": CHOIR["lon"]}}),
        multipart(f, f"{a}/api/v1/profile/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/carpool", fmt="form", headers=_h(rng, **b), body={
            "offer": "1", "seats": "2", "from": L("350 Fifth Avenue", ADDR),
            "rehearsal": "rh_tue"}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "headset": "bt"}),
        lines(f, f"{a}/api/v1/events", [
            {"user": L(USER_ID, UID), **ev("take_recorded", 1, seconds=94)},
            {"user": L(USER_ID, UID), **ev("part_played", 2, tempo=0.8)},
            {"user": L(USER_ID, UID), **ev("screen", 3, screen=L("PartPlayer", USAGE))}],
            gz=True, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/library", headers=_h(rng, how="plain"),
             cookies={"cl_session": L(opaque(rng, "", 40), CRED),
                      "cl_install": L(INSTALL_ID, DID)}),
    ]


def choirloft_sdks() -> list[Case]:
    rng = random.Random(6832)
    hla, hlo = home(5)
    return [
        cm_batch(APP, rng, [("Take Recorded", {"piece": PIECE["id"], "seconds": 94}),
                            ("Practice Streak", {"days": L(12, USAGE)})]),
        cm_screen(APP, rng, "PartPlayer", {"piece": PIECE["id"]}),
        sk_session(APP, rng, user=True, n=17),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="choir,sheet music"),
        eg_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialised"),
                 [eg_crumb("navigation", "Library -> Record"),
                  eg_crumb("user", "tap record", {"piece": PIECE["id"]})],
                 screen="RecordActivity"),
        nj_register(APP, rng, tags={"part": "alto2", "choir": CHOIR["id"]}),
        or_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        tl_confirm(APP, rng, "60.00"),
        mc_route(APP, rng, [((hla.value, hlo.value), PRECISE),
                            ((CHOIR["lat"], CHOIR["lon"]), None)], mode="transit"),
        ch_message(APP, rng, L("I paid the spring dues twice, can one be refunded?", TEXT),
                   {"choir": CHOIR["id"], "dues": L("60.00", BUY)}),
    ]
