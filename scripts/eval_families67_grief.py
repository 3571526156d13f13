"""Bereavement and grief-support forum "Afterlight": sign-up with a handle, a form log-in,
``/me``, a memorial page for her late father and his photo, posts in a parent-loss forum and a
faith forum, a reply, a reaction, a search, a private message, a mood check-in, a private
journal entry (msgpack), an audio letter, support groups nearby and an RSVP, a counselling
session booked, an anniversary reminder, a report, a call-back request, a memorial donation,
push, events and the forums by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families20_kit import ZIP, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families67_kit import CRISIS_LINE, FATHER, HANDLE, VENUE, obj
from eval_families67_sdk import eh_batch, eh_queue, fm_crash, fm_crumb, fm_session, ig_session
from eval_families67_svc import am_message, as_check, fg_eval, pm_card, pr_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("afterlight", "Afterlight", "com.example.afterlight", "2.6.1",
          "https://api.afterlight.example.org")
IID = "X-Afterlight-Install"
PW = "Lighthouse-Linen-31"
MEMBERS = others(random.Random(6760), 3, "al_")  # other members (negatives)
TM, TS = f"{TEXT}|{MED}", f"{TEXT}|{SENS}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def afterlight() -> list[Case]:
    rng = random.Random(6761)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    mem, post = obj(rng, "mem", 8), obj(rng, "post", 10)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "birthYear": L(1991, BIRTH), "zip": L(ZIP, COARSE), "agreeGuidelines": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/memorials", headers=_h(rng, **b), body={
            "id": mem, "name": L(FATHER[0], NAMEC), "born": L(FATHER[1], BIRTH),
            "died": FATHER[2], "relationship": "father", "cause": L("pancreatic cancer", MED),
            "story": L("Dad taught me to fish off City Island and never missed an opening day.",
                       TEXT), "visibility": "members"}),
        multipart(f, f"{a}/v1/memorials/{mem}/photos", [
            ("photo", "dad_city_island.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Dad on City Island, summer 1994", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/forums/loss-of-a-parent/posts", headers=_h(rng, **b), body={
            "title": L("Two months on and the quiet is the worst part", TEXT),
            "body": L("I started seeing a therapist for depression last month and I'm on "
                      "sertraline now. Some days are ok.", TM), "anonymous": False}),
        case(f, f"{a}/v1/forums/faith-and-grief/posts", headers=_h(rng, **b), body={
            "title": L("Going back to Mass after the funeral", TS),
            "body": L("Our parish priest visited every week while Dad was in hospice. I'm "
                      "Catholic but angry at God right now.", TS), "anonymous": True}),
        case(f, f"{a}/v1/posts/{post}/replies", headers=_h(rng, **b), body={
            "body": L("Sending you a hug. The first holidays were the hardest for me too.",
                      TEXT), "notify": True}),
        case(f, f"{a}/v1/reactions", fmt="form", headers=_h(rng, **b), body={
            "post": obj(rng, "post", 10), "reaction": "hug"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("first christmas without dad", SEARCH), "scope": "posts"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": MEMBERS[0], "client_id": obj(rng, "dm", 10),
            "body": L("Thank you for replying. How long was it before you could go through "
                      "his things?", TEXT)}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "mood": L(2, MED), "sleepTrouble": L(True, MED), "appetite": L("poor", MED),
            "phq2": L([2, 2], MED), "date": "2025-12-09"}),
        case(f, f"{a}/v1/journal", fmt="msgpack", headers=_h(rng, **b), body={
            "prompt": "what_was_hard_today", "private": True,
            "entry": L("Couldn't get out of bed until noon. Called in sick again.", TM)}),
        multipart(f, f"{a}/v1/letters/audio", [
            ("audio", "letter_to_dad.m4a", "audio/mp4", L(M4A + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"memorial": mem, "durationMs": 95000,
                                                "private": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/groups/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "radiusKm": "5"}),
        case(f, f"{a}/v1/groups/{VENUE['id']}/rsvp", headers=_h(rng, **b), body={
            "session": "2025-12-16T19:00", "venue": {k: VENUE[k] for k in
                                                     ("name", "line", "lat", "lon", "phone")},
            "firstTime": True, "smsReminder": L(DIGITS, TEL)}),
        case(f, f"{a}/v1/counselling/bookings", headers=_h(rng, **b), body={
            "counsellor": "cns_4410", "slot": "2025-12-15T18:00", "fee": L("65.00", BUY),
            "reason": L("grief counselling after my father's death; trouble sleeping", MED),
            "insurance": False}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "post": obj(rng, "post", 10), "reason": "spam",
            "comment": L("Selling psychic readings to grieving people", TEXT)}),
        case(f, f"{a}/v1/support/callback", headers=_h(rng, **b), body={
            "phone": L(E164, TEL), "window": "evening", "helpline": CRISIS_LINE,
            "selfHarmThoughts": L(False, MED),
            "reason": L("I can't stop crying at work", TM)}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "fund": "fund_pancreas_research", "amount": L("50.00", BUY),
            "inMemoryOf": L(FATHER[0], NAMEC), "paymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "showName": False}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("post_created", 1, forum="loss-of-a-parent"), ev("checkin_done", 2),
                ev("screen", 3, screen=L("ForumHome", USAGE))]}),
        case(f, f"{a}/v1/forums", headers=_h(rng, how="nodash"),
             cookies={"al_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def afterlight_sdks() -> list[Case]:
    rng = random.Random(6762)
    return [
        eh_batch(APP, rng, [("Post Created", {"forum": "loss-of-a-parent"}),
                            ("Check-in Completed", {"mood": L(2, MED)})]),
        eh_queue(APP, rng, [("Forum Viewed", {"forum": "faith-and-grief"}),
                            ("Reply Sent", {"chars": 71})]),
        ig_session(APP, rng, count=21),
        fm_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "Index: 3, Size: 3"),
                 [fm_crumb("navigation", "Forum -> Compose"),
                  fm_crumb("ui.click", "attach_photo")], screen="ComposeActivity"),
        fm_session(APP, rng, secs=1905),
        fg_eval(APP, rng, {"journal_v2": True}),
        pr_register(APP, rng, tags={"forum_parent": "1"}),
        as_check(APP, rng, {"analytics": True, "ads": False}),
        am_message(APP, rng, L("How do I make my father's memorial page visible only to my "
                               "brother?", TEXT), {"plan": "free"}),
        pm_card(APP, rng, email=True),
    ]
