"""Blind set twenty, part four: a sports-scores app ("Scorecast"), mostly used signed out and paid
for by ads, its own API and the SDKs it embeds (see ``eval_families20.py`` for the rules of this
set, its conventions and its calls).

First party: the scoreboard (query with the time zone), a live game, a live-score subscription
(msgpack), local teams from a 2-decimal position, follows, score alerts with the push token and
quiet hours, search, sign-up (e-mail, password, display name, birth year, ZIP), single sign-on
with the identity provider's ID token (a JWT in a JSON field), game chat, a poll vote, the
account, highlight progress (the title watched) and a pick'em entry; calls carry the Dalvik
User-Agent and the install ID in ``X-SC-Device``, signed-in calls a session cookie. SDKs: four
OpenRTB bid requests (banner, interstitial, native beside an article with its title and URL,
rewarded; geo at 4, 2 and 3 decimals) and win/impression/click beacons, ad-free subscription
validation under an anonymous subscriber ID (receipt, subscriber fetch, attributes), analytics
(batch with the carrier, protobuf upload), MMP install and session, a crash without a user,
consent geo lookup and save, remote config and exposures, push registration with the
advertising ID.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADID,
    BIRTH,
    BROWSE,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    SEARCH,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    push_token,
    tok,
)
from eval_families20_kit import FIRST, LAST, T0, ZIP, App, ev, opaque, pos
from eval_families20_sdk import (
    bh_beacon,
    bh_bid,
    bh_user,
    ck_event,
    lf_install,
    lf_session,
    mc_batch,
    mc_proto,
)
from eval_families20_svc import (
    fp_expose,
    fp_fetch,
    pm_geo,
    pm_save,
    pw_register,
    rc_attr,
    rc_attrs,
    rc_receipt,
    rc_subscriber,
)
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, Case, L, case, rnd_hex, rnd_uuid

SC = App("scorecast", "Scorecast", "com.example.scorecast", "11.4.2",
         "https://api.scorecast.example.com/v2")
GAME = "g_401705"
HANDLE = "janed_91"


def _h() -> dict[str, Any]:
    return {"User-Agent": L(UA, DEV), "X-SC-Device": L(INSTALL_ID, DID), "X-SC-Build": "11402"}


def scorecast() -> list[Case]:
    rng = random.Random(20021)
    a, f = SC.api, SC.fam
    jar = {"sc_sess": L(opaque(rng, "s1.", 56), CRED), "sc_ab": "scores_v3:b"}
    out = [case(f, f"{a}/scoreboard", headers=_h(), query={
        "date": "2025-12-09", "leagues": "nba,nhl,ncaaf", "tz": L("America/New_York", DEV)})]
    out.append(case(f, f"{a}/games/{GAME}/live", headers=_h(), query={"since": str(T0 + 311)}))
    out.append(case(f, f"{a}/live/subscribe", headers=_h(), fmt="msgpack", body={
        "games": [GAME, "g_401706", "g_401711"], "device": L(INSTALL_ID, DID),
        "tz": L("America/New_York", DEV), "fmt": "delta", "v": 3}))
    lat, lon = pos(2)
    out.append(case(f, f"{a}/onboarding/local-teams", headers=_h(), query={
        "lat": lat, "lon": lon, "leagues": "nba,nhl,nfl"}))
    out.append(case(f, f"{a}/me/follows", headers=_h(), body={
        "teams": ["nba:nyk", "nhl:nyr", "ncaaf:rutgers"], "players": ["p_30012"]}))
    out.append(case(f, f"{a}/alerts/subscriptions", headers=_h(), body={
        "push_token": L(push_token(rng), DID), "teams": ["nba:nyk", "nhl:nyr"],
        "alerts": ["game_start", "close_game", "final"],
        "quiet_hours": {"start": "23:00", "end": "07:00"}, "tz": L("America/New_York", DEV)}))
    out.append(case(f, f"{a}/search", headers=_h(), query={
        "q": L("knicks trade rumors", SEARCH), "types": "news,teams,players"}))
    out.append(case(f, f"{a}/account/signup", headers=_h(), body={
        "email": L(EMAIL, MAIL), "password": L("Garden-Party-91", CRED),
        "display_name": L(HANDLE, UID), "birth_year": L(1991, BIRTH), "zip": L(ZIP, COARSE),
        "favorite_team": "nba:nyk", "newsletter": True}))
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.idp.example.com", "aud": "sc-android.apps.example.com",
               "sub": L("109876543210987654321", UID), "email": L(EMAIL, MAIL),
               "email_verified": True, "name": L(NAME, NAMEC), "given_name": L(FIRST, NAMEC),
               "family_name": L(LAST, NAMEC), "iat": T0, "exp": T0 + 3600}, "body", "id_token",
              acc)
    out.append(add(case(f, f"{a}/auth/sso", headers=_h(), body={
        "provider": "idp_example", "id_token": idt, "nonce": rnd_hex(rng, 16)}), acc))
    out.append(case(f, f"{a}/games/{GAME}/chat", headers=_h(), cookies=jar, body={
        "text": L("that was a foul all day, refs are blind tonight", TEXT),
        "client_id": rnd_uuid(rng)}))
    out.append(case(f, f"{a}/polls/pl_77/vote", headers=_h(), cookies=jar, body={"choice": "b"}))
    out.append(case(f, f"{a}/me", headers=_h(), cookies=jar))
    out.append(case(f, f"{a}/video/v_20211/progress", headers=_h(), body={
        "event": L("progress_50", USAGE), "title": L("Knicks vs Celtics: full highlights",
                                                     USAGE), "position_s": 43, "duration_s": 95}))
    out.append(case(f, f"{a}/pickem/contests/c_w14/entries", headers=_h(), cookies=jar, body={
        "display_name": L(HANDLE, UID), "entry_name": "Bench Mob", "tiebreaker": 212,
        "picks": [{"game": g, "winner": w} for g, w in [("g_1", "nyk"), ("g_2", "bos"),
                                                        ("g_3", "mil")]]}))
    out.append(case(f, f"{a}/news/a_55812", headers=_h(), query={"ref": "home"}))
    return out


def scorecast_sdks() -> list[Case]:
    rng = random.Random(20022)
    out = [bh_bid(SC, rng, "scores_banner", nd=4, user=bh_user())]
    out.append(bh_bid(SC, rng, "game_interstitial", size=(320, 480), nd=2, place=False))
    out.append(bh_bid(SC, rng, "news_native_mrec", size=(300, 250), nd=3, phone=True,
                      user=bh_user(gender=False), content={
                          "title": L("Knicks rally past Celtics in overtime", USAGE),
                          "url": L("https://scorecast.example.com/news/knicks-rally-ot", BROWSE),
                          "cat": ["IAB17"], "keywords": "nba,knicks,celtics"}))
    out.append(bh_bid(SC, rng, "rewarded_video", size=(320, 480), nd=4, place=False, gz=False,
                      user={"keywords": "basketball,hockey"}))
    out += [bh_beacon(rng, "win"), bh_beacon(rng, "imp", ifa=True), bh_beacon(rng, "click")]
    anon = "$RCAnonymousID:" + rnd_hex(rng, 32)
    out.append(rc_receipt(SC, rng, "scorecast_adfree_monthly", 2.99, who=anon, cat=DID,
                          attrs={"$gpsAdId": rc_attr(GAID, ADID)}))
    out.append(rc_subscriber(SC, anon, DID))
    out.append(rc_attrs(SC, anon, {"$email": rc_attr(EMAIL, MAIL),
                                   "$displayName": rc_attr(NAME, NAMEC)}, DID))
    out.append(mc_batch(SC, [
        ev("app_open", 0), ev("screen_view", 1, screen_name=L("Scoreboard", USAGE),
                              engagement_time_msec=L(31000, USAGE)),
        ev("game_view", 2, game_id=GAME, league="nba"),
        ev("alert_toggle", 3, alert="close_game", on=True), ev("share", 4, content_type="game")],
        props={"fav_league": "nba", "alerts_on": "true"}, uid=False, carrier=True))
    out.append(mc_proto(SC, [("app_open", "Launch"), ("screen_view", "Scoreboard"),
                             ("game_view", "GameCenter"), ("screen_view", "Standings")]))
    out.append(lf_install(SC, "utm_source=sportsnet&utm_medium=display&utm_campaign=nba_tipoff"))
    out.append(lf_session(SC, 14, 2200, 18500))
    out.append(ck_event(SC, rng, "java.lang.NullPointerException",
                        "Attempt to invoke virtual method 'int com.example.scorecast.model."
                        "Period.getNumber()' on a null object reference",
                        ["Scoreboard", "GameCenter", "BoxScore"],
                        user={"ip_address": "{{auto}}"}))
    out.append(pm_geo(SC))
    out.append(pm_save(SC, rnd_uuid(rng), "accept_all"))
    out.append(fp_fetch(SC, {"fav_league": "nba", "premium": "false"}))
    out.append(fp_expose(SC, [("scoreboard_v3", "b"), ("paywall_copy", "control")]))
    out.append(pw_register(SC, push_token(rng), tags={"fav_team": "nyk"}, uid=False, adid=True))
    return out
