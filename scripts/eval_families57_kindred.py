"""Mental-health peer-support forum "Kindred" (she posts under a handle): sign-up, a log-in,
``/me``, joining circles, a daily mood check-in, posts and replies, a post with a photo, a
reaction, a direct message (msgpack), a search, a crisis-screen answer, a follow, a report of
another member, a draft saved (JSON Lines autosave), notification settings, a group voice
room's voice note, blocking a member, a safety plan with her contacts, push, events and the
feed by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    CRED,
    DEV,
    DID,
    EMAIL_SHA256,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import PARTNER, lines
from eval_families24_kit import claims, head, others
from eval_families57_kit import HANDLE, MEMBERS, obj
from eval_families57_sdk import gw_crash, gw_crumb, me_batch, me_queue, tb_session
from eval_families57_svc import bm_register, ov_check, ov_save, sf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kindred", "Kindred", "com.example.kindred", "2.44.0",
          "https://api.kindred-circle.example.org")
IID = "X-Kindred-Device"
PW = "Harbor.Light.204"
MT = f"{TEXT}|{MED}"  # text stating a mental-health fact


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def kindred() -> list[Case]:
    rng = random.Random(5761)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), email_hash=L(EMAIL_SHA256, MAIL)))}
    b = {"auth": "bearer"}
    post = obj(rng, "pst", 10)
    ids = others(rng, 3, "mbr_")
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "birthYear": L(1991, BIRTH), "pronouns": L("she/her", GENDER),
            "guidelinesAccepted": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/circles/join", headers=_h(rng, **b), body={
            "circles": [L("postpartum-anxiety", MED), L("panic-disorder", MED),
                        L("lgbtq-parents", SENS)], "source": "onboarding"}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "mood": L(2, MED), "anxiety": L(4, MED), "sleptHours": L(5, "health.fitness"),
            "tags": [L("panic_attack", MED), L("work", MED)], "shareWithCircle": False}),
        case(f, f"{a}/v1/circles/panic-disorder/posts", headers=_h(rng, **b), body={
            "title": L("Third panic attack this week on the subway", MT),
            "body": L("My heart races and I'm sure I'm dying. Sertraline is at 50mg. Does it get "
                      "better?", MT), "anonymous": False, "contentWarning": "panic"}),
        case(f, f"{a}/v1/posts/{obj(rng, 'pst', 10)}/replies", headers=_h(rng, **b), body={
            "body": L("Box breathing helped me too, you're not alone", TEXT),
            "replyTo": ids[0]}),
        multipart(f, f"{a}/v1/circles/lgbtq-parents/posts", [
            ("image", "our_family.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("post", None, "application/json", {
                "body": L("My wife and I finally told our parents about the adoption",
                          f"{TEXT}|{SENS}"), "circle": "lgbtq-parents"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/posts/{post}/reactions", fmt="form", headers=_h(rng, **b), body={
            "kind": L("hug", USAGE), "author": MEMBERS[0]}),
        case(f, f"{a}/v1/dm/threads/{obj(rng, 'dmt', 8)}/messages", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "to": MEMBERS[1], "text": L("Thanks for checking on me. Therapy is Thursday", MT),
                 "clientId": obj(rng, "cm", 12)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("intrusive thoughts postpartum", f"{SEARCH}|{MED}"), "scope": "posts"}),
        case(f, f"{a}/v1/safety/screen", headers=_h(rng, **b), body={
            "phq9_item9": L(1, MED), "safeNow": L(True, MED), "wantsResources": True,
            "region": "US-NY"}),
        case(f, f"{a}/v1/follows", fmt="form", headers=_h(rng, **b), body={
            "member": MEMBERS[2], "notify": "true"}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "member": MEMBERS[3], "post": post, "reason": "selling_meds",
            "details": L("This account keeps DMing people offering Xanax", TEXT)}),
        lines(f, f"{a}/v1/drafts/autosave", [
            {"draft": obj(rng, "drf", 8), "seq": i, "text": L(t, MT), "ts": 1765390000 + 9 * i}
            for i, t in enumerate(["I haven't told anyone",
                                   "I haven't told anyone that I stopped my meds",
                                   "I haven't told anyone that I stopped my meds two weeks ago"])],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/settings/notifications", fmt="form", headers=_h(rng, **b), body={
            "replies": "true", "digest": "weekly", "quietHours": "22:00-07:00"}),
        multipart(f, f"{a}/v1/rooms/{obj(rng, 'room', 8)}/voice", [
            ("audio", "share.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"durationS": 48, "transcript": L(
                "I want to share that I made it through the week without a panic attack", MT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/blocks", fmt="form", headers=_h(rng, **b), body={
            "member": ids[1], "reason": "harassment"}),
        case(f, f"{a}/v1/safety/plan", headers=_h(rng, **b), body={
            "warningSigns": L("Not sleeping, skipping meals, avoiding calls", MT),
            "copingSteps": [L("walk around the block", MT), L("call my sister", TEXT)],
            "contacts": [{"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
                         {"name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL)}],
            "therapist": {"name": L("Dana Whitfield, LCSW", NAMEC),
                          "phone": L("+12125550177", TEL)}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("post_created", 1, circle=L("panic-disorder", MED)), ev("reaction_sent", 2),
                ev("screen", 3, screen=L("CircleFeed", USAGE))]}),
        case(f, f"{a}/v1/feed", headers=_h(rng, how="nodash"),
             cookies={"kd_sess": L(opaque(rng, "", 40), CRED), "kd_seen": opaque(rng, "", 12)}),
    ]


def kindred_sdks() -> list[Case]:
    rng = random.Random(5762)
    return [
        tb_session(APP, rng, first=True),
        me_batch(APP, rng, [("Circle Joined", {"circle": L("postpartum-anxiety", MED)}),
                            ("Check In Completed", {"mood": L(2, MED)})]),
        me_queue(APP, rng, [("Post Viewed", {"circle": L("panic-disorder", MED)}),
                            ("Reaction Sent", {"kind": "hug"})]),
        gw_crash(APP, rng, ("java.lang.OutOfMemoryError", "image decode"),
                 [gw_crumb("navigation", "Feed -> Composer"),
                  gw_crumb("ui", "attach_image")], screen="ComposerActivity",
                 user={"id": L(USER_ID, UID), "username": L(HANDLE, UID)}),
        sf_eval(APP, rng, {"circles": 3, "new_composer": True}),
        sf_eval(APP, rng, {"onboarding": "v3"}, user=False, hdr=True),
        bm_register(APP, rng, tags={"circle_panic": L("1", MED), "digest": "weekly"}),
        ov_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        ov_check(APP, rng, {"analytics": True, "ads": False}),
    ]
