"""News app "Inkstead" with comments, a metered paywall and personalised topics: a GraphQL log-in,
an account with a local edition, topics, articles read (the slug in the path), reading progress
and scroll depth, a reading-history sync (msgpack), a comment and the comment form's bot check
(typing rhythm and a touch trace), a report, a saved article, a search, the paywall, a
subscription, a gifted article, a news tip with a photo, an in-app browser visit, devices,
events, a Play purchase and the "for you" feed by cookie (base64 JSON meter cookie). Banner and
native ads, one on the article being read."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BROWSE,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    dwell_flight,
    multipart,
    push_token,
    swipe,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import ZIP, App, ev, opaque, play_token
from eval_families22_kit import gql
from eval_families24_kit import claims, head
from eval_families33_kit import ARTICLES, SUB_ORDER, obj
from eval_families33_sdk import (
    bs_bid,
    bs_notice,
    fm_crumb,
    fm_notify,
    rh_event,
    rh_link,
    rh_session,
    th_batch,
    th_profile,
    th_queue,
)
from eval_families33_svc import ag_check, ag_save, fc_eval, pw_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, W, case

APP = App("inkstead", "Inkstead", "com.example.inkstead", "9.14.2",
          "https://api.inkstead.example.com")
IID = "X-Ink-Device"
WEB = "https://www.inkstead.example.com"
TIP_FIX = (40.739412, -73.990087)  # where she took the photo she sends as a tip
A0, A1, A2 = ARTICLES
LOGIN = "mutation Login($email: String!, $password: String!) { login(email: $email, " \
        "password: $password) { token user { id } } }"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _read(f: str, rng: random.Random, art: tuple[str, str, str, str], ck: Any) -> Case:
    slug = art[1].split("/")[-1]
    c = case(f, f"{APP.api}/api/articles/{slug}", query={"ref": "home_top", "ab": "hl_v3"},
             headers=_h(rng, how="none"), cookies=ck)
    c.labels[("url", "path[2]")] = USAGE  # the article she opened
    return c


def inkstead() -> list[Case]:
    rng = random.Random(3331)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), entitlement="digital"))}
    b = {"auth": "bearer"}
    sess = opaque(rng, "", 40)
    ck = {"ink_sess": L(sess, CRED), "ink_dev": L(INSTALL_ID, DID)}
    dwell, flight = dwell_flight(rng, 24)
    cases = [
        case(f, f"{a}/api/accounts", headers=_h(rng), body={
            "displayName": L("Jane D.", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "password": L("Broadsheet#42", CRED), "zip": L(ZIP, COARSE),
            "newsletterOptIn": True}),
        case(f, f"{a}/graphql", headers=_h(rng), body=gql("Login", LOGIN, {
            "email": L(EMAIL, MAIL), "password": L("Broadsheet#42", CRED)})),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/me/topics", headers=_h(rng, **b), body={
            "follow": ["city-politics", "climate", "knicks", "food"],
            "mute": ["celebrity"], "localEdition": L("manhattan", COARSE),
            "digestTime": "07:00"}),
        _read(f, rng, A0, ck),
        _read(f, rng, A1, ck),
        case(f, f"{a}/api/reading/progress", headers=_h(rng, **b), body={
            "articleId": L(A0[0], USAGE), "section": L(A0[2], USAGE),
            "scrollDepth": L(0.82, USAGE), "secondsActive": L(143, USAGE)}),
        case(f, f"{a}/api/history/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "reads": [
                {"id": L(art[0], USAGE), "pct": L(p, USAGE), "ts": 1765300000 + 611 * i}
                for i, (art, p) in enumerate([(A0, 0.82), (A1, 0.35), (A2, 1.0)])]}),
        case(f, f"{a}/api/trust/comment-check", fmt="form", headers=_h(rng, **b), body={
            "s": W({"kd": L(dwell, KEYS), "kf": L(flight, KEYS),
                    "tp": L(swipe(rng, 12), MOTION), "ori": L("portrait", DEV),
                    "wv": False, "ms": 38120}, "b64json"), "form": "comment"}),
        case(f, f"{a}/api/articles/{A0[0]}/comments", headers=_h(rng, **b), body={
            "body": L("The rent freeze is the only thing this council got right. Vote the "
                      "landlord caucus out in November.", f"{TEXT}|{SENS}"),
            "displayName": L("Jane D.", NAMEC), "replyTo": obj(rng, "cm", 8),
            "notifyReplies": True}),
        case(f, f"{a}/api/comments/{obj(rng, 'cm', 8)}/report", fmt="form",
             headers=_h(rng, **b), body={
                 "reason": "harassment",
                 "detail": L("This user keeps posting my neighbourhood and calling me out",
                             TEXT)}),
        case(f, f"{a}/api/saved", headers=_h(rng, **b), body={
            "articleId": L(A1[0], USAGE), "folder": L("Apartment hunting", TEXT)}),
        case(f, f"{a}/api/search", headers=_h(rng, **b), query={
            "q": L("rent guidelines board vote", SEARCH), "sort": "recent", "page": "1"}),
        case(f, f"{a}/api/paywall/events", headers=_h(rng, **b), body={
            "event": L("paywall_shown", USAGE), "articleId": L(A1[0], USAGE), "meter": 5,
            "offer": "digital_1usd_4w", "variant": "wall-D"}),
        case(f, f"{a}/api/subscriptions", headers=_h(rng, **b), body={
            "offer": L("digital_1usd_4w", BUY), "price": L("1.00", BUY),
            "renewalPrice": L("17.00", BUY), "orderRef": L(SUB_ORDER, BUY),
            "billing": {"name": L(NAME, NAMEC), "zip": L(ZIP, COARSE)},
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/gifts", headers=_h(rng, **b), body={
            "articleId": L(A0[0], USAGE), "recipientEmail": L(PEOPLE[1][2], MAIL),
            "message": L("This is the vote I told you about", TEXT)}),
        multipart(f, f"{a}/api/tips", [
            ("photo", "IMG_20251209_1744.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("tip", None, "application/json", {
                "text": L("Water main break on W 23rd St, the street is flooding", TEXT),
                "contactPhone": L(DASHED, TEL), "mayContact": True,
                "exif": {"lat": L(TIP_FIX[0], PRECISE), "lon": L(TIP_FIX[1], PRECISE),
                         "make": L("Google", DEV), "model": L("Pixel 8", DEV)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/inapp-browser/visits", headers=_h(rng, **b), body={
            "url": L("https://rentboard.example.org/2025-vote/final-guidelines", BROWSE),
            "fromArticle": L(A0[0], USAGE), "secondsOpen": 51}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "alerts": ["breaking", "metro"], "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/billing/play/verify", headers=_h(rng, **b), body={
            "productId": L("inkstead_digital_monthly", BUY),
            "orderId": L("GPA.3382-0071-5530-18821", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("article_view", 1, id=L(A0[0], USAGE)), ev("comment_posted", 2),
                ev("screen_view", 3, screen=L("ForYou", USAGE))]}),
        case(f, f"{a}/api/for-you", query={"limit": "20"}, headers=_h(rng, how="none"),
             cookies={"ink_sess": L(sess, CRED), "ink_meter": W(
                 {"n": 5, "read": [L(A0[0], USAGE), L(A1[0], USAGE)], "exp": 1767225600},
                 "b64json")}),
    ]
    return cases


def inkstead_sdks() -> list[Case]:
    rng = random.Random(3332)
    banner = {"banner": {"w": 320, "h": 50, "pos": 1}, "tagid": "ink_article_banner"}
    mrec = {"banner": {"w": 300, "h": 250, "pos": 3}, "tagid": "ink_article_mrec"}
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"title":{"len":70}}]}',
                         "ver": "1.2"}, "tagid": "ink_feed_native"}
    content = {"id": A1[0], "title": L(A1[3], USAGE), "url": L(f"{WEB}/{A1[1]}", BROWSE),
               "cat": ["IAB7"], "language": "en"}
    return [
        th_batch(APP, rng, [("Article Read", {"articleId": L(A0[0], USAGE),
                                              "depth": L(0.82, USAGE)}),
                            ("Comment Posted", {"articleId": L(A0[0], USAGE)})]),
        th_queue(APP, rng, [("Article Read", {"articleId": L(A2[0], USAGE)}),
                            ("Audio Listened", {"sec": L(264, USAGE)})]),
        th_profile(APP, rng, {"subscriber": True, "zip": L(ZIP, COARSE),
                              "topics": ["city-politics", "climate", "knicks", "food"]}),
        rh_session(APP, rng, n=14, user=True),
        rh_link(APP, rng, U("inkstead://article", {"id": L(A0[0], USAGE), "utm_source": "share",
                                                   "sharer": "usr_k7d2m9qx4a"})),
        rh_event(APP, rng, "subscribe", {"offer": "digital_1usd_4w"}, revenue=1.0),
        bs_bid(APP, rng, banner, content=content, gz=True),
        bs_bid(APP, rng, mrec, at=(LAT, LON), nd=2, yob=1991, keywords="news,local,politics"),
        bs_bid(APP, rng, native, hem=True),
        bs_notice(APP, rng, "win"),
        fm_notify(APP, rng, ("android.webkit.WebViewRenderProcessGone", "renderer crashed"),
                  [fm_crumb("navigation", "ForYou -> Article"),
                   fm_crumb("request", L("GET /api/articles/council-passes-rent-freeze", USAGE))],
                  context="ArticleActivity", fg_ms=412000),
        fc_eval(APP, rng, {"subscriber": True, "edition": L("manhattan", COARSE)}, get=True),
        pw_register(APP, rng, tags={"edition": L("manhattan", COARSE), "breaking": "1"}),
        ag_check(APP, rng, {"analytics": True, "ads": True}),
        ag_save(APP, rng, {"analytics": True, "ads": True}, user=True, receipt=True),
    ]
