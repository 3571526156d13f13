"""A church's Christmas song-and-dance group app "Jeptaro" (a ``jepta`` is a congregation's
group that practises for months and competes with songs and dances at Christmas; her family is
in her husband's congregation's jepta). New to the evaluation (a grep of ``scripts/`` found no
jepta, Christmas-competition or choir-dance app; the churches of sets 129 and 132 are a
sacraments app and a women's fellowship). Calls: joining (her religion, the congregation), a
log-in, ``/me`` with a JWT, the family's members in the group (her son), practice attendance
with her fix at the church, the uniform order and fabric dues, the Christmas gift (``kōjjela``)
pledge and payment, the song list search, a video of the dance (multipart), a prayer request,
the roster, the group chat, a practice-absence note, the schedule by member number in the path,
a cookie GET of dues, a ride share to practice, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families148_kit import (
    CHURCH,
    CHURCH_FIX,
    HUSBAND,
    MAJ_HOME_AT,
    MEMBER,
    SON,
    fix,
    hd,
    push,
)
from eval_families148_sdk import (
    bo_bid,
    bo_notice,
    cn_crash,
    cn_crumb,
    sb_batch,
    sb_queue,
    tp_launch,
)
from eval_families148_svc import cg_check, cj_card, cj_confirm, fa_eval, ms_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jeptaro", "Jeptaro", "com.example.jeptaro", "2.0.3", "https://api.jeptaro.example.org")
IID = "X-Jepta-Device"
PW = "Kurijmoj#2025"
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(range(40))
CONG = CHURCH["name"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mh=True, **kw)


def jeptaro() -> list[Case]:
    rng = random.Random(14861)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER, UID), congregation=L(CONG, SENS)))}
    cla, clo = fix(CHURCH_FIX, 4)
    sched = at_path(case(f, f"{a}/api/members/{MEMBER}/schedule", headers=_h(rng, **b)),
                    MEMBER, UID)
    return [
        case(f, f"{a}/api/join", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dob": L(DOB, "personal.birthdate"),
            "gender": L("woman", GENDER), "congregation": L(CONG, SENS),
            "denomination": L("Protestant", SENS), "baptized": L(True, SENS),
            "group": L("Delap Bethel jepta", SENS)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/family", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "members": [
                {"name": L(HUSBAND[0], NAMEC), "role": "drummer"},
                {"name": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "dob": L(SON["dob"], "personal.birthdate"), "role": "youth dancer"}]}),
        case(f, f"{a}/api/practice/attend", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "practice": "pr_1209", "lat": cla, "lon": clo,
            "group": L("Delap Bethel jepta", SENS)}),
        case(f, f"{a}/api/uniforms/order", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "items": [{"kind": "dress", "size": "L"},
                                                {"kind": "shirt", "size": "boys 12"}],
            "total": L(38.0, BUY)}),
        case(f, f"{a}/api/gifts/pledge", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "fund": L("Christmas kōjjela", SENS),
            "amount": L(120.0, BUY), "currency": "USD"}),
        case(f, f"{a}/api/gifts/pay", fmt="form", headers=_h(rng, **b), body={
            "pledge": "pl_0091", "amount": L("60.00", BUY), "receipt": L("DBC-GF-88120", BUY)}),
        case(f, f"{a}/api/songs", headers=_h(rng, **b), query={
            "q": L("Ij iokwe eok Jisōs", f"{SEARCH}|{SENS}"), "lang": L("mh", DEV)}),
        multipart(f, f"{a}/api/videos", [
            ("video", "dance.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"caption": L(
                "Our jepta practising at Delap Bethel", f"{TEXT}|{SENS}"), "secs": 48})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/prayers", headers=_h(rng, **b), body={
            "text": L("Pray for my eyes, the screening found damage from my diabetes",
                      f"{TEXT}|{SENS}|{MED}"), "private": True}),
        case(f, f"{a}/api/roster", headers=_h(rng, **b), query={"week": "49"}),
        case(f, f"{a}/api/chat/messages", headers=_h(rng, **b), body={
            "room": "jepta-women", "text": L("Rosalind can bring the ukulele, call her +6924557102",
                                             f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/absences", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "date": "2025-12-12",
            "reason": L("Tobin is sick with asthma", f"{TEXT}|{MED}|{NAMEC}")}),
        sched,
        case(f, f"{a}/api/dues", headers=_h(rng, how="none"),
             cookies={"jp_sid": L(opaque(rng, "", 40), CRED), "jp_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/rides", headers=_h(rng, **b), body={
            "from": {"lat": L(round(MAJ_HOME_AT[0], 4), PRECISE),
                     "lon": L(round(MAJ_HOME_AT[1], 4), PRECISE)},
            "seats": 3, "to": CHURCH["id"]}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "mh_MH")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("practice_attended", 1), ev("pledge_made", 2),
                ev("screen", 3, screen=L("Songs", USAGE))]}),
        case(f, f"{a}/api/church", headers=_h(rng, **b), query={"id": CHURCH["id"]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh": L(opaque(rng, "rt_", 40), CRED)}),
    ]


def jeptaro_sdks() -> list[Case]:
    rng = random.Random(14862)
    return [
        sb_batch(APP, rng, [("Practice Attended", {"group": L("Delap Bethel jepta", SENS)}),
                            ("Song Played", {"id": "sg_31"})], at=CHURCH_FIX, nd=2,
                 locale="mh_MH"),
        sb_queue(APP, rng, [("Video Uploaded", {"secs": 48}), ("Roster Viewed", {})]),
        tp_launch(APP, rng, user=True, n=12),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        bo_notice(APP, rng, "win"),
        cn_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encode"),
                 [cn_crumb("nav", "Videos")], screen="VideoActivity"),
        cj_card(APP, rng, email=True),
        cj_confirm(APP, rng, "60.00"),
        ps_register(APP, rng, tags={"congregation": L(CONG, SENS)}, lang="mh"),
        fa_eval(APP, rng, {"congregation": L(CONG, SENS)}, hdr=True),
        cg_check(APP, rng, {"analytics": True, "ads": False}),
        ms_route(APP, rng, [(MAJ_HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 "walking"),
    ]
