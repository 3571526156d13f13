"""Blind set twenty, part six: a second-hand marketplace ("Swapnest"), its own API and the SDKs it
embeds (see ``eval_families20.py`` for the rules of this set, its conventions and its calls).

First party: phone sign-in (start, verify with the SMS code and the Android ID), the public
profile (a shortened name, a bio, city and a 2-decimal position), a listing photo (multipart), a
listing (title, description, asking price, a 3-decimal pickup point), the feed around the user, a
search at 4 decimals, a saved search, a first message and one quoting the user's street, an
offer, a checkout with shipping, a review by order number in the URL path, a report, push
registration, contact matching by hashed phone numbers, a listing's page, blocking another user
and the app's event log (JSON Lines, gzip); calls carry a bearer JWT (user ID and Android ID
claims), the Android ID in ``X-Swap-Device`` and OkHttp's default User-Agent. SDKs: the legacy
analytics endpoint (base64 JSON in a form: a listing, a search, a profile update), a native ad's
bid request with a 2-decimal IP geo, MMP install and a deep-link click from a friend's share, a
crash and a session keyed by the user ID, a reverse geocode, exposures, a push open, a focus
ping with the player ID in the URL path and an MMP session.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    encode,
    jsonl,
    multipart,
    push_token,
    raw,
    sha,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, T0, ZIP, App, pos
from eval_families20_sdk import (
    bh_bid,
    ck_event,
    ck_session,
    lf_click,
    lf_install,
    lf_session,
    mc_engage,
    mc_track,
)
from eval_families20_svc import fp_expose, pl_reverse, pw_focus, pw_open
from eval_payloads import ANDROID_ID, NAME, USER_ID, Case, J, L, case, rnd_hex, rnd_uuid

SW = App("swapnest", "Swapnest", "com.example.swapnest", "9.1.3",
         "https://api.swapnest.example.com/v3")
LISTING = "ls_7f21c0"
ORDER = "SN-40028"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": "okhttp/4.12.0", "X-Swap-Device": L(ANDROID_ID, DID),
                         "X-Swap-App": f"android/{SW.ver}"}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "did": L(ANDROID_ID, DID),
                                "iat": T0, "exp": T0 + 900, "typ": "access"})
    return h


def swapnest() -> list[Case]:
    rng = random.Random(20041)
    a, f = SW.api, SW.fam
    out = [case(f, f"{a}/auth/phone/start", headers=_h(rng, False), body={
        "phone": L(E164, TEL), "channel": "sms", "locale": L("en_US", DEV)})]
    out.append(case(f, f"{a}/auth/phone/verify", headers=_h(rng, False), body={
        "phone": L(E164, TEL), "code": L("551907", CRED), "device_id": L(ANDROID_ID, DID)}))
    lat, lng = pos(2)
    out.append(case(f, f"{a}/me", headers=_h(rng), body={
        "display_name": L("Jane D.", NAMEC),
        "bio": L("Selling stuff from my tiny apartment. Cash or in-app pay.", TEXT),
        "location": {"city": L(CITY, COARSE), "lat": lat, "lng": lng}}))
    out.append(multipart(f, f"{a}/media", [
        ("meta", None, "application/json", {"draft": "dr_301", "index": 0, "w": 3024,
                                            "h": 4032}),
        ("image", "IMG_1204.jpg", "image/jpeg", L(JPEG + b"\x91" * 40, MEDIA)),
    ], headers=_h(rng)))
    lat, lng = pos(3)
    out.append(case(f, f"{a}/listings", headers=_h(rng), body={
        "draft": "dr_301", "title": L("Mid-century walnut dresser", TEXT),
        "description": L("Six drawers, one handle a bit loose. Smoke-free home, pickup only.",
                         TEXT), "price": 120, "currency": "USD",
        "category": "furniture/dressers", "condition": "good",
        "pickup": {"lat": lat, "lng": lng}, "shipping": False, "media": ["md_88a1"]}))
    lat, lng = pos(2)
    out.append(case(f, f"{a}/feed", headers=_h(rng), query={
        "lat": lat, "lng": lng, "radius_km": "16", "cursor": rnd_hex(rng, 12)}))
    lat, lng = pos(4)
    out.append(case(f, f"{a}/search", headers=_h(rng), query={
        "q": L("mid century dresser", SEARCH), "lat": lat, "lng": lng, "price_max": "200",
        "sort": "distance"}))
    out.append(case(f, f"{a}/saved-searches", headers=_h(rng), body={
        "q": L("standing desk", SEARCH), "max_price": 150, "radius_km": 10, "notify": True}))
    out.append(case(f, f"{a}/conversations", headers=_h(rng), body={
        "listing": "ls_55d0e2", "to": "u_Qm81Zx", "text": L("Hi! Is this still available?",
                                                            TEXT)}))
    out.append(case(f, f"{a}/conversations/cv_1182/messages", headers=_h(rng), body={
        "text": L(f"Can you do $35? I can pick up tonight, I'm at {LINE1}", f"{TEXT}|{ADDR}"),
        "client_id": rnd_uuid(rng)}))
    out.append(case(f, f"{a}/offers", headers=_h(rng), body={"listing": "ls_55d0e2",
                                                             "amount": 35}))
    out.append(case(f, f"{a}/checkout", headers=_h(rng), body={
        "listing": "ls_0b77e1", "item": L("Vintage instant camera, tested", BUY),
        "total": L(58.4, BUY), "order_ref": L(ORDER, BUY), "buyer_protection": True,
        "shipping_address": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                             "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                             "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY)}))
    c = case(f, f"{a}/orders/{ORDER}/review", headers=_h(rng), body={
        "stars": 5, "text": L("Smooth handoff, exactly as described", TEXT)})
    c.labels[("url", "path[2]")] = BUY
    out.append(c)
    out.append(case(f, f"{a}/reports", headers=_h(rng), body={
        "listing": "ls_9e04aa", "reason": "scam",
        "details": L("Seller asked me to pay with gift cards outside the app", TEXT)}))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "token": L(push_token(rng), DID), "android_id": L(ANDROID_ID, DID),
        "os": L("14", DEV), "app": SW.ver}))
    out.append(case(f, f"{a}/contacts/match", headers=_h(rng), body={
        "hashes": [L(sha("sha256", p), CONTACTS) for _, p, _ in PEOPLE], "v": 2}))
    out.append(case(f, f"{a}/listings/{LISTING}", headers=_h(rng)))
    out.append(case(f, f"{a}/users/u_Zr0p1c/block", headers=_h(rng), body={"reason": "spam"}))
    acc: Acc = {}
    evs = [("app_open", "Launch"), ("screen_view", "Feed"), ("listing_view", "Listing"),
           ("screen_view", "Chat"), ("message_sent", "Chat"), ("screen_view", "Sell"),
           ("photo_added", "Sell"), ("listing_published", "Sell")]
    lines = jsonl([{"event": L(e, USAGE), "screen": L(s, USAGE), "sid": "s_4419",
                    "listing": LISTING if "listing" in e else None, "ts": (T0 + 15 * i) * 1000}
                   for i, (e, s) in enumerate(evs)], acc)
    out.append(add(encode(raw(f, f"{a}/events", lines, "application/x-ndjson", {},
                              headers=_h(rng)), "gzip"), acc))
    return out


def swapnest_sdks() -> list[Case]:
    rng = random.Random(20042)
    out = [mc_track(SW, rng, "Listing Created", {"category": "furniture", "price": 120,
                                                 "photos": 4})]
    out.append(mc_track(SW, rng, "Search", {"query": L("mid century dresser", SEARCH),
                                            "results": 38, "radius_km": 16}))
    out.append(mc_engage(SW, {"$phone": L(E164, TEL), "$name": L("Jane D.", NAMEC),
                              "$city": L(CITY, COARSE), "listings": 3}))
    out.append(bh_bid(SW, rng, "feed_native", size=(300, 250), nd=2, place=False))
    out.append(lf_install(SW, "utm_source=(not set)&utm_medium=organic"))
    out.append(lf_click(SW, f"https://swapnest.example.com/l/{LISTING}", {
        "ref": L("u_Qm81Zx", UID), "utm_source": "share", "utm_medium": "sms"}))
    out.append(ck_event(SW, rng, "android.database.sqlite.SQLiteConstraintException",
                        "UNIQUE constraint failed: drafts.id (code 2067)",
                        ["Feed", "Sell", "SellPhotos"]))
    out.append(ck_session(SW, rng, 233.0, did=L(USER_ID, UID)))
    out.append(pl_reverse(SW, 5))
    out.append(fp_expose(SW, [("offer_button", "b"), ("feed_rank_v7", "treatment")]))
    player = rnd_uuid(rng)
    out.append(pw_open(SW, rng, player))
    out.append(pw_focus(SW, player, 318))
    out.append(lf_session(SW, 27, 640, 51000))
    return out
