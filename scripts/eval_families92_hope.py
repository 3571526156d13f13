"""Pregnancy-after-loss support-group app "Nadejka": sign-up under a nickname, log-in, ``/me``,
her pregnancy (due date, week) and her losses, group membership, posts and replies, a
memorial, a voice note to a group, an anxiety check-in, kick counts, appointments, a scan photo,
a message to a moderator, a private circle, a live meet-up nearby, reports, push, events and a
cookie GET. The moderators' helpline and other members' IDs are negatives."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SENS,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families92_kit import DUE, MOD_LINE, NICK, SK_HOME_AT, fix, obj
from eval_families92_sdk import (
    bz_event,
    bz_open,
    kb_crash,
    kb_crumb,
    kb_session,
    lp_batch,
    lp_pixel,
)
from eval_families92_svc import hl_register, pm_message, pr_eval, su_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("nadejka", "Nadejka", "com.example.nadejka", "2.2.0",
          "https://api.nadejka.example.org")
IID = "X-Nadejka-Install"
PW = "Rainbow-After-Rain7"
PS = f"{SENS}|{MED}"  # a pregnancy and a loss: a sensitive trait and a health fact
TPS = f"{TEXT}|{SENS}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def nadejka() -> list[Case]:
    rng = random.Random(9251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nick=L(NICK, UID), email=L(EMAIL, MAIL)))}
    grp = "grp_after_mc"
    acc: Acc = {}
    invite = tok({"sub": L(USER_ID, UID), "circle": "cir_71b2", "exp": 1765990000},
                 "body", "invite", acc)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "nickname": L(NICK, UID), "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "birthYear": L(1991, BIRTH), "country": L("SK", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/journey", headers=_h(rng, **b), body={
            "pregnant": L(True, SENS), "dueDate": L(DUE, SENS), "week": L(15, SENS),
            "losses": [{"type": L("miscarriage", MED), "week": L(11, MED), "year": 2024},
                       {"type": L("chemical pregnancy", MED), "year": 2025}],
            "ivf": L(False, MED), "highRisk": L(True, MED)}),
        case(f, f"{a}/v1/groups/{grp}/join", headers=_h(rng, **b), body={
            "group": grp, "groupName": L("Pregnant after miscarriage", PS),
            "displayNick": L(NICK, UID)}),
        case(f, f"{a}/v1/groups/{grp}/posts", headers=_h(rng, **b), body={
            "postId": obj(rng, "pst"), "anonymous": False,
            "title": L("15 weeks and terrified", f"{TEXT}|{SENS}"),
            "body": L("Last time we lost the baby at 11 weeks. Every cramp scares me.", TPS),
            "tags": [L("anxiety", MED), L("second trimester", SENS)]}),
        case(f, f"{a}/v1/posts/{obj(rng, 'pst')}/replies", headers=_h(rng, **b), body={
            "replyTo": others(rng, 1, "mbr_")[0],
            "text": L("Sending you hugs, the heartbeat at my scan helped me too", TPS)}),
        case(f, f"{a}/v1/memorials", headers=_h(rng, **b), body={
            "babyName": L("Ema", f"{TEXT}|{MED}"), "date": L("2024-03-18", MED),
            "candle": True, "text": L("Forever in our hearts, little Ema", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/groups/{grp}/voice", [
            ("audio", "note.m4a", "audio/mp4", L(M4A + b"\x71", f"{MEDIA}|{PS}")),
            ("meta", None, "application/json", {"secs": 42, "postId": obj(rng, "pst")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "mood": L(2, MED), "anxiety": L(8, MED),
            "sleptHours": L(5.5, "health.fitness"), "week": L(15, SENS)}),
        case(f, f"{a}/v1/kicks", headers=_h(rng, **b), body={
            "session": obj(rng, "kc"), "kicks": L(10, PS), "minutes": L(34, PS),
            "week": L(28, SENS)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "type": L("early reassurance scan", PS), "when": "2025-12-19T08:40",
            "clinic": "Gyn ambulancia Staré Mesto", "clinicPhone": "+421255502210",
            "reminder": True}),
        multipart(f, f"{a}/v1/journey/scans", [
            ("image", "scan_12w.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{PS}")),
            ("meta", None, "application/json", {"week": L(12, SENS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/moderators/message", headers=_h(rng, **b), body={
            "to": "moderators", "helpline": MOD_LINE,
            "text": L("A member keeps sending me private messages about her church", TEXT)}),
        add(case(f, f"{a}/v1/circles/accept", headers=_h(rng, **b), body={
            "invite": invite, "circle": "cir_71b2"}), acc),
        case(f, f"{a}/v1/meetups/nearby", query={
            "lat": fix(SK_HOME_AT, 3)[0], "lon": fix(SK_HOME_AT, 3)[1], "km": "15"},
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/meetups/{obj(rng, 'mtp', 6)}/rsvp", fmt="form", headers=_h(rng, **b),
             body={"going": "1", "partner": "0", "firstName": L("Jane", NAMEC)}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "target": others(rng, 1, "mbr_")[0], "reason": "unsolicited advice",
            "details": L("Keeps telling me stress caused my miscarriage", TPS)}),
        case(f, f"{a}/v1/settings/privacy", headers=_h(rng, **b), body={
            "hideFromSearch": True, "blurScans": True, "pregnancyUpdates": False}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("post_created", 1), ev("kick_session", 2),
                ev("screen", 3, screen=L("GroupFeed", USAGE))]}),
        case(f, f"{a}/v1/feed", headers=_h(rng, how="upper"),
             cookies={"nd_session": L(opaque(rng, "", 40), CRED),
                      "nd_ctx": W({"u": L(USER_ID, UID), "wk": L(15, SENS)}, "b64json")}),
        case(f, f"{a}/v1/groups", query={"birth": L(DOB, BIRTH), "lang": L("en", DEV)},
             headers=_h(rng, **b)),
    ]


def nadejka_sdks() -> list[Case]:
    rng = random.Random(9252)
    return [
        lp_batch(APP, rng, [("Post Created", {"group": L("after_miscarriage", PS)}),
                            ("Kick Session", {"week": L(28, SENS)})]),
        lp_pixel(APP, rng, "Onboarding Viewed", {"step": 2}),
        bz_open(APP, rng, first=True),
        bz_event(APP, rng, "journey_set", {"stage": L("pregnant_after_loss", PS)}),
        kb_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad week 0"),
                 [kb_crumb("navigation", "Journey -> Kicks")], screen="KicksActivity"),
        kb_session(APP, rng, 1290),
        pr_eval(APP, rng, {"week": L(15, SENS)}, hdr=True),
        hl_register(APP, rng, tags={"due_month": L("2026-06", SENS)}),
        su_save(APP, rng, {"analytics": True, "ads": False}),
        pm_message(APP, rng, L("How do I delete my memorial post?", TEXT), {"plan": "free"}),
    ]
