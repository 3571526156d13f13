"""Street-cricket (tape-ball) scoring app "Tapeball": she scores for her husband's Sunday team in
Brooklyn and a gully match in Lahore. Sign-in with a provider's ID token, ``/me``, the profile,
the team (players she types in, the park as home ground), invites from her contacts, a match at
the park with her fix, balls (msgpack and a gzip over), a clip of a six, a live heartbeat
(protobuf), the result, matches near her, a ground search, team chat, a scorecard shared by SMS,
a gully match in Lahore, a tournament entry, an avatar, a Play purchase, push, events and the
leaderboard by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families75_kit import (
    GROUND,
    GROUND_FIX,
    GULLY_FIX,
    HUSBAND,
    PLAYERS,
    TEAM,
    balls,
    fix,
    obj,
)
from eval_families75_sdk import (
    bl_bid,
    bl_win,
    hl_crash,
    hl_crumb,
    nb_link,
    nb_session,
    sh_batch,
    sh_screen,
)
from eval_families75_svc import jh_eval, nq_reverse, pk_register
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, U, case

APP = App("tapeball", "Tapeball", "com.example.tapeball", "2.9.4",
          "https://api.tapeball.example.net")
IID = "X-Tapeball-Install"
HANDLE = "jane_scores_nyc"  # her handle on the app (id.user)
GOOGLE_SUB = "104729938120457781203"  # her account ID at the sign-in provider (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def tapeball() -> list[Case]:
    rng = random.Random(7531)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    m1, m2 = obj(rng, "mt", 10), obj(rng, "mt", 10)
    gla, glo = fix(GROUND_FIX, 6)
    lla, llo = fix(GULLY_FIX, 5)
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "tapeball-android",
               "iat": 1765611000, "exp": 1765614600}, "body", "idToken", acc)
    lab: dict[str, str] = {}
    beat = pb([(1, m1), (2, [(1, 87), (2, 4), (3, 6)]), (3, [(1, L(40.604512, PRECISE)),
                                                            (2, L(-73.920774, PRECISE))]),
               (4, L(USER_ID, UID)), (5, L(71, DEV))], "", lab)
    return [
        add(case(f, f"{a}/v1/auth/provider", headers=_h(rng), body={
            "provider": "accounts.example.com", "idToken": idt, "nonce": opaque(rng, "", 16)}),
            acc),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "displayName": L(NAME, NAMEC), "handle": L(HANDLE, UID), "role": "scorer",
            "city": L("New York", COARSE), "battingHand": "right",
            "avatarUrl": "https://cdn.tapeball.example.net/a/default-3.png"}),
        case(f, f"{a}/v1/teams", headers=_h(rng, **b), body={
            "name": TEAM["name"], "ballType": "tape",
            "homeGround": {"id": GROUND["id"], "lat": GROUND["lat"], "lon": GROUND["lon"]},
            "captain": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "players": [{"name": L(p, NAMEC), "role": r} for p, r in
                        zip(PLAYERS[1:], ("bat", "bowl", "wk", "all"), strict=True)]}),
        case(f, f"{a}/v1/teams/{TEAM['id']}/invites", headers=_h(rng, **b), body={
            "source": "contacts", "invitees": [
                {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[:3]]}),
        case(f, f"{a}/v1/matches", headers=_h(rng, **b), body={
            "id": m1, "home": TEAM["id"], "away": "tm_88e0a1", "overs": 8, "ball": "tape",
            "ground": GROUND["id"], "scorerAt": {"lat": gla, "lon": glo, "acc": 6},
            "toss": {"won": TEAM["id"], "chose": "bat"}}),
        case(f, f"{a}/v1/matches/{m1}/balls", fmt="msgpack", headers=_h(rng, **b), body={
            "balls": balls(rng, 3, 4), "seq": 25}),
        case(f, f"{a}/v1/matches/{m1}/overs", gz=True, headers=_h(rng, **b), body={
            "over": 5, "balls": balls(rng, 6, 5), "bowlerFigures": [1, 0, 9, 1]}),
        multipart(f, f"{a}/v1/matches/{m1}/clips", [
            ("clip", "six.mp4", "video/mp4", L(MP4 + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "over": 5, "ball": 4, "caption": L("Imran bhai ka chhakka over the fence!",
                                                    f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/matches/{m1}/live", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/matches/{m1}/result", headers=_h(rng, **b), body={
            "winner": TEAM["id"], "margin": "14 runs", "mom": "pl_3f21a0",
            "note": L("Rain stopped play for 20 minutes in the 6th over", TEXT)}),
        case(f, f"{a}/v1/matches/{m1}/scorecard", headers=_h(rng, **b),
             query={"format": "full", "innings": "1,2"}),
        case(f, f"{a}/v1/matches/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{GROUND_FIX[0]:.3f},{GROUND_FIX[1]:.3f}", PRECISE), "radius": "5km",
            "when": "today"}),
        case(f, f"{a}/v1/grounds/search", headers=_h(rng, **b), query={
            "q": L("marine park cricket", SEARCH), "city": L("New York", COARSE)}),
        case(f, f"{a}/v1/teams/{TEAM['id']}/chat", headers=_h(rng, **b), body={
            "text": L("Bring the spare tape and the stumps, we start 8 sharp", TEXT),
            "clientId": rid(rng)}),
        case(f, f"{a}/v1/matches/{m1}/share", fmt="form", headers=_h(rng, **b), body={
            "channel": "sms", "to": L(PEOPLE[3][1], TEL), "card": "scorecard"}),
        case(f, f"{a}/v1/matches", headers=_h(rng, **b), body={
            "id": m2, "quick": True, "overs": 5, "ball": "tape", "ground": None,
            "scorerAt": {"lat": lla, "lon": llo, "acc": 11}, "city": L("Lahore", COARSE),
            "teams": ["Gali No. 4", "Gali No. 6"]}),
        case(f, f"{a}/v1/tournaments/tr_2026_spring/entries", headers=_h(rng, **b), body={
            "team": TEAM["id"], "entryFee": L("150.00", BUY), "currency": "USD",
            "captain": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                        "email": L(HUSBAND[2], MAIL)}}),
        multipart(f, f"{a}/v1/profile/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, **b), body={
            "productId": L("tapeball_pro_yearly", BUY),
            "orderId": L("GPA.3317-2290-4471-55012", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("ball_scored", 1, count=47), ev("clip_uploaded", 2),
                ev("screen", 3, screen=L("LiveScorer", USAGE))]}),
        case(f, f"{a}/v1/leaderboard", headers=_h(rng, how="upper"), query={
            "scope": "city", "season": "2025"},
            cookies={"tb_sid": L(opaque(rng, "", 40), CRED), "tb_handle": L(HANDLE, UID)}),
    ]


def tapeball_sdks() -> list[Case]:
    rng = random.Random(7532)
    link = U("https://tapeball.example.net/j/match", {"m": "mt_5d10c7e2a4", "ref": L(HANDLE, UID),
                                                     "utm_source": "whatsapp"})
    return [
        sh_batch(APP, rng, [("Ball Scored", {"runs": 6}), ("Match Completed", {"overs": 8}),
                            ("Clip Uploaded", {"secs": 9})], adid=True, at=GROUND_FIX, nd=3),
        sh_screen(APP, rng, "Leaderboard", {"scope": "city", "city": L("New York", COARSE)}),
        nb_session(APP, rng, n=23, user=True),
        nb_link(APP, rng, link),
        bl_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=GROUND_FIX, nd=3, yob=1991, gender="F", keywords="cricket,tape ball,sports",
               cat=["IAB17"]),
        bl_win(APP, rng),
        hl_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "over 9 of 8"),
                 [hl_crumb("nav", "Match -> LiveScorer"), hl_crumb("tap", "undo_ball")],
                 screen="LiveScorerActivity"),
        jh_eval(APP, rng, {"role": "scorer", "city": L("New York", COARSE)}),
        pk_register(APP, rng, tags={"team": TEAM["id"], "role": "scorer"}),
        nq_reverse(APP, rng, GROUND_FIX, PRECISE, nd=5),
    ]
