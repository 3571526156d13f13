"""Forum for single mothers by choice through donor conception "Solomor": sign-up (her path
and stage), a log-in, ``/me``, the feed, a new post, a reply quoting another member, a reaction,
a report of another member's post, a direct message, the donor-sibling registry, the pregnancy
tracker, a clinic review, an avatar, the profile, a search, a bookmark, a block, notification
settings, a meetup RSVP, posts marked read, a Play subscription, push, events and the inbox by
a cookie GET. Other members' handles, posts and excerpts ride along as negatives."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, FIRST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families86_kit import DONOR_NO, HANDLE, MEMBERS, obj
from eval_families86_sdk import (
    bh_bid,
    bl_crash,
    bl_crumb,
    hy_batch,
    hy_identify,
    km_event,
    km_session,
)
from eval_families86_svc import fs_eval, sh_message, sy_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("solomor", "Solomor", "com.example.solomor", "6.2.1", "https://api.solomor.example.net")
IID = "X-Solomor-Install"
PW = "Moonmilk-Harbor-12"
TS = f"{TEXT}|{SENS}"  # her text stating donor conception or pregnancy


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def solomor() -> list[Case]:
    rng = random.Random(8641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), email=L(EMAIL, MAIL)))}
    posts = [obj(rng, "p", 10) for _ in range(5)]
    peers = others(rng, 2, "m_")
    return [
        case(f, f"{a}/v3/signup", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "birthYear": L(1991, BIRTH), "path": L("donor_iui", SENS),
            "stage": L("pregnant", SENS), "dueDate": L("2026-04-11", SENS),
            "city": L(CITY, COARSE), "terms": True}),
        case(f, f"{a}/v3/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/feed", headers=_h(rng, **b), query={
            "tab": "home", "cursor": opaque(rng, "c", 16), "limit": "25"}),
        case(f, f"{a}/v3/posts", headers=_h(rng, **b), body={
            "forum": "pregnancy-after-donor", "title": L("22 weeks and finally telling work", TS),
            "body": L("Donor baby due in April. How did you explain to colleagues that there "
                      "is no partner?", TS), "anonymous": False, "clientId": obj(rng, "cp", 8)}),
        case(f, f"{a}/v3/posts/{posts[0]}/replies", headers=_h(rng, **b), body={
            "text": L("Yes! Week 8 was the worst, crackers by the bed saved me", TS),
            "quote": {"author": MEMBERS[0][0], "text": MEMBERS[0][1], "post": posts[0]}}),
        case(f, f"{a}/v3/posts/{posts[1]}/reactions", fmt="form", headers=_h(rng, **b),
             body={"reaction": "heart", "author": MEMBERS[1][0]}),
        case(f, f"{a}/v3/reports", headers=_h(rng, **b), body={
            "post": posts[2], "author": MEMBERS[2][0], "excerpt": MEMBERS[2][1][:40],
            "reason": "advertising",
            "comment": L("Looks like a clinic advertising in a support thread", TEXT)}),
        case(f, f"{a}/v3/conversations/{peers[0]}/messages", headers=_h(rng, **b), body={
            "to": MEMBERS[1][0],
            "text": L("We used the same bank! My donor is SB-4471 too, maybe half-siblings?",
                      TS), "clientId": obj(rng, "dm", 8)}),
        case(f, f"{a}/v3/sibling-registry", headers=_h(rng, **b), body={
            "donorNumber": L(DONOR_NO, SENS), "bank": "Nordvig Donor Bank",
            "expected": L("2026-04", SENS), "contactable": True}),
        case(f, f"{a}/v3/tracker", headers=_h(rng, **b), body={
            "weeks": L(22, SENS), "dueDate": L("2026-04-11", SENS),
            "symptoms": [L("nausea", MED), L("back pain", MED)], "weightKg": L(68.9, FIT),
            "appointment": "2025-12-15"}),
        case(f, f"{a}/v3/clinics/cl_0931/reviews", headers=_h(rng, **b), body={
            "rating": 4, "clinicName": "Hudson Fertility Partners",
            "text": L("Three IUI rounds here before it worked, nurses were kind",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v3/me/avatar", [
            ("image", "avatar.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"crop": [0, 0, 512, 512]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/me/profile", headers=_h(rng, **b), body={
            "displayName": L(FIRST, NAMEC), "bio": L("Solo mum-to-be via donor, Brooklyn", TS),
            "age": L(34, BIRTH), "city": L(CITY, COARSE), "showAge": True}),
        at_path(case(f, f"{a}/v3/members/{HANDLE}", headers=_h(rng, **b),
                     query={"fields": "posts,badges"}), HANDLE, UID),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "q": L("telling a donor child about the donor", SEARCH), "scope": "posts"}),
        case(f, f"{a}/v3/bookmarks", fmt="form", headers=_h(rng, **b), body={
            "post": posts[3], "folder": "later"}),
        case(f, f"{a}/v3/blocks", headers=_h(rng, **b), body={"member": peers[1],
                                                               "handle": "fastfertility_ads"}),
        case(f, f"{a}/v3/me/notifications", fmt="form", headers=_h(rng, **b), body={
            "replies": "1", "dms": "1", "digest": "weekly", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v3/meetups/mu_2291/rsvp", headers=_h(rng, **b), body={
            "name": L(FIRST, NAMEC), "guests": 0, "stroller": False}),
        case(f, f"{a}/v3/read", headers=_h(rng, **b), body={"posts": posts,
                                                            "readAt": 1765321112}),
        case(f, f"{a}/v3/billing/verify", headers=_h(rng, **b), body={
            "sku": L("solomor_plus_year", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/track", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("post_created", 1), ev("dm_sent", 2),
                ev("screen", 3, screen=L("Thread", USAGE))]}),
        case(f, f"{a}/v3/inbox", headers=_h(rng, how="upper"),
             cookies={"sm_auth": L(opaque(rng, "", 48), CRED)}),
    ]


def solomor_sdks() -> list[Case]:
    rng = random.Random(8642)
    return [
        hy_batch(APP, rng, [("Post Created", {"forum": L("pregnancy-after-donor", SENS)}),
                            ("DM Sent", {})]),
        hy_identify(APP, rng, {"stage": L("pregnant", SENS), "plan": L("plus", BUY),
                               "age": L(34, BIRTH)}),
        km_session(APP, rng, user=True, n=31),
        km_event(APP, rng, "subscribe", {"sku": "plus_year"}, revenue=39.99, hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords=L("pregnancy,donor conception,single mother", SENS)),
        bl_crash(APP, rng, ("java.lang.NullPointerException", "quote.author"),
                 [bl_crumb("nav", "Feed -> Thread"), bl_crumb("ui", "tap reply")],
                 screen="ThreadActivity"),
        fs_eval(APP, rng, {"stage": L("pregnant", SENS), "newComposer": True}),
        sy_save(APP, rng, {"analytics": True, "ads": False}),
        sh_message(APP, rng, L("Can I hide my due date from my public profile?", TS),
                   {"plan": "plus"}),
    ]
