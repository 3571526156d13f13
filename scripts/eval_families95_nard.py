"""Online nard (backgammon) game "Zarli" (long and short nard, ranked matches, tournaments, coins):
a guest session by the Android ID, sign-up with a screen name, a log-in, ``/me`` with a JWT, the
client header (base64 JSON), matchmaking, moves (msgpack), in-game chat, a result, friends
invited from her address book, a friend request, an invite link, a tournament and a coin pack
bought on Play, the city leaderboard, an avatar, an integrity check, a presence heartbeat
(protobuf), a player reported, settings, a daily bonus, push, events and the inventory by a
cookie GET. Ads are rewarded videos and banners."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    PEOPLE,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, others
from eval_families95_kit import BAKU_HOME_AT, NICK, moves, obj
from eval_families95_sdk import (
    be_bid,
    be_win,
    cm_batch,
    cm_identify,
    fm_crash,
    fm_crumb,
    fm_sessions,
    sm_event,
    sm_session,
)
from eval_families95_svc import ov_check, pt_register, sb_eval
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    U,
    W,
    case,
)

APP = App("zarli", "Zarli", "com.example.zarli", "3.3.0", "https://api.zarli.example.org")
IID = "X-Zarli-Install"
PW = "DoubleSix!66"
RIVALS = others(random.Random(9550), 3, "pl_")  # other players (negatives)


def _h(rng: random.Random, how: str = "plain", client: bool = False, **kw: Any) -> dict[str, Any]:
    """The app's headers; ``client`` adds the anti-cheat client header (base64 JSON) that the
    auth, game and integrity calls carry."""
    h = head(APP, rng, iid=IID, how=how, **kw)
    if client:
        h["X-Zarli-Client"] = W({"v": APP.ver, "dev": L("Pixel 8", DEV), "os": L("14", DEV),
                                 "tz": L("Asia/Baku", DEV)}, "b64json")
    return h


def zarli() -> list[Case]:
    rng = random.Random(9551)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, nick=L(NICK, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    game = obj(rng, "g", 12)
    lab: dict[str, str] = {}
    presence = pb([(1, L(USER_ID, UID)), (2, "in_game"), (3, game), (4, L(PUBLIC_IP, IPLOC)),
                   (5, L(LOCAL_IP, DEV)), (6, 84)], "", lab)
    return [
        case(f, f"{a}/auth/guest", headers=_h(rng, client=True), body={
            "android_id": L(ANDROID_ID, DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/accounts", headers=_h(rng), body={
            "nickname": L(NICK, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "birth_year": L(1991, BIRTH), "country": L("US", COARSE), "marketing": False}),
        case(f, f"{a}/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(NICK, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/matchmaking/queue", headers=_h(rng, client=True, **b), body={
            "variant": "long", "stake_coins": 500, "rating": 1612, "region": "eu-central",
            "ping_ms": 84}),
        case(f, f"{a}/games/{game}/moves", fmt="msgpack", headers=_h(rng, client=True, **b), body={
            "player": L(USER_ID, UID), "opponent": RIVALS[0], "moves": moves(rng, 6),
            "seq": 6}),
        case(f, f"{a}/games/{game}/chat", headers=_h(rng, **b), body={
            "to": RIVALS[0],
            "text": L("gg! playing from Baku tonight, rematch tomorrow?", f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/games/{game}/result", headers=_h(rng, **b), body={
            "winner": RIVALS[0], "score": "5-7", "duration_s": L(1422, USAGE),
            "rating_delta": -11, "mars": False}),
        case(f, f"{a}/friends/invite-contacts", headers=_h(rng, **b), body={
            "contacts": [{"name": L(PEOPLE[1][0], CONTACTS), "phone": L(PEOPLE[1][1], CONTACTS)},
                         {"name": L(PEOPLE[2][0], CONTACTS), "phone": L(PEOPLE[2][1], CONTACTS)}],
            "channel": "sms"}),
        case(f, f"{a}/friends", fmt="form", headers=_h(rng, **b), body={
            "nick": "Kamran_Baku", "player": RIVALS[1]}),
        case(f, f"{a}/invites", headers=_h(rng, **b), body={
            "link": U("https://zarli.example.org/join", {"inviter": L(NICK, UID), "c": "nard25"}),
            "channel": "copy"}),
        case(f, f"{a}/tournaments/tr_2231/join", headers=_h(rng, **b), body={
            "productId": L("tourney_entry_199", BUY), "orderId": L("GPA.3311-8410-2277-51930", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/store/verify", headers=_h(rng, **b), body={
            "productId": L("coins_5000", BUY), "orderId": L("GPA.3391-0026-5512-84411", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/leaderboards", headers=_h(rng, **b), query={
            "scope": "city", "city": L("Baku", COARSE), "country": L("AZ", COARSE),
            "variant": "long"}),
        multipart(f, f"{a}/me/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/integrity", headers=_h(rng, client=True, **b), body={
            "android_id": L(ANDROID_ID, DID), "rooted": L(False, DEV), "emulator": L(False, DEV),
            "vpn": L(False, DEV), "installer": "com.android.vending",
            "fingerprint": L("google/shiba/shiba:14/AP2A.240905.003/12231197:user/release-keys",
                             DEV)}),
        raw(f, f"{a}/presence", presence, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/reports", fmt="form", headers=_h(rng, **b), body={
            "player": RIVALS[2], "reason": "disconnects",
            "text": L("He leaves the game every time he is losing", TEXT)}),
        case(f, f"{a}/settings", fmt="form", headers=_h(rng, **b), body={
            "sound": "0", "dice_anim": "fast", "lang": L("en", DEV), "chat": "friends"}),
        case(f, f"{a}/daily-bonus", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "streak": L(4, USAGE), "tz": L("Asia/Baku", DEV),
            "claimed": 250}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("match_start", 1, variant="long"), ev("match_end", 2, won=False),
                ev("screen", 3, screen=L("Lobby", USAGE))]}),
        case(f, f"{a}/inventory", headers=_h(rng, how="none"),
             cookies={"zr_sess": L(opaque(rng, "", 40), CRED), "zr_uid": L(USER_ID, UID)}),
    ]


def zarli_sdks() -> list[Case]:
    rng = random.Random(9552)
    return [
        cm_batch(APP, rng, [("Game Finished", {"variant": "long", "won": False}),
                            ("Coins Purchased", {"price": L(4.99, BUY)})],
                 ip=True, baku=True, tz="Asia/Baku"),
        cm_identify(APP, rng, {"nick": L(NICK, UID), "homeCountry": L("US", COARSE),
                               "birthYear": L(1991, BIRTH)}),
        sm_session(APP, rng, 57),
        sm_event(APP, rng, "purchase", {"sku": L("coins_5000", BUY)}, revenue="4.99"),
        be_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]},
                          "rwdd": 1}, baku=True, yob=1991, gender="F",
               keywords="board games,nard"),
        be_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BAKU_HOME_AT, nd=3, baku=True),
        be_win(APP, rng),
        fm_crash(APP, rng, ("java.net.SocketTimeoutException", "presence"),
                 [fm_crumb("navigation", "Lobby -> Game"),
                  fm_crumb("log", "game", {"id": "g_3c0e91a2b7d4"})],
                 screen="GameActivity", tz="Asia/Baku"),
        fm_sessions(APP, rng, [31, 18, 44, 9]),
        sb_eval(APP, rng, {"variant": "long", "rating": 1612}, get=True, country="AZ"),
        pt_register(APP, rng, adid=True, tz="Asia/Baku", tags={"level": "18"}),
        ov_check(APP, rng, {"ads": True, "analytics": True}),
    ]
