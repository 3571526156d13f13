"""Horse-racing (Naadam) fan app "Khurdan Mori": sign-up and an OAuth password log-in, ``/me``,
the profile, races and a horse, a favourite, her check-in at the finish (fix and the venue's
Wi-Fi), a stand ticket and a shuttle seat, the prediction game, a comment, a finish-line photo,
a search, race chat (msgpack), sharing with a friend, a highlight's heartbeat (protobuf), a
leaderboard, a Play purchase, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families93_kit import COMPANION, FINISH_FIX, HORSE, RACE, RACECOURSE_AT, TICKET_NAADAM
from eval_families93_sdk import (
    ac_crash,
    ac_crumb,
    md_event,
    md_launch,
    md_link,
    tx_batch,
    tx_pixel,
    zb_bid,
    zb_notice,
)
from eval_families93_svc import gt_telemetry, mp_register, tg_eval, tl_card, tl_confirm, zv_check
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("khurdan", "KhurdanMori", "com.example.khurdanmori", "5.3.0",
          "https://api.khurdanmori.example.com")
IID = "X-KM-Install"
NICK = "saaral_fan91"  # her public handle (id.user)


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, auth=auth, lang=True, **kw)


def khurdan() -> list[Case]:
    rng = random.Random(9321)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nick=L(NICK, UID)))}
    fla, flo = fix(FINISH_FIX, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, obj(rng, "pb", 12)), (3, "hl_soyolon_final"),
               (4, L(187, USAGE)), (5, L("Pixel 8", DEV)), (6, 1080)], "", lab)
    return [
        case(f, f"{a}/v2/signup", fmt="form", headers=_h(rng, auth=None), body={
            "email": L(EMAIL, MAIL), "password": L("Saaral!2025", CRED),
            "handle": L(NICK, UID), "newsletter": "0"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng, auth=None), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L("Saaral!2025", CRED), "client_id": "km-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v2/me/profile", headers=_h(rng), body={
            "displayName": L("Jane D.", NAMEC), "handle": L(NICK, UID),
            "birthYear": L(1991, BIRTH), "favouriteAimag": "Tov", "avatar": "av_horse_03"}),
        case(f, f"{a}/v2/races", headers=_h(rng), query={
            "year": "2025", "class": RACE["class"], "day": "2"}),
        case(f, f"{a}/v2/horses/{HORSE['id']}", headers=_h(rng)),
        case(f, f"{a}/v2/me/favourites", headers=_h(rng), body={
            "horse": HORSE["id"], "trainer": HORSE["trainer"], "notify": True}),
        case(f, f"{a}/v2/races/{RACE['id']}/checkin", headers=_h(rng), body={
            "lat": fla, "lng": flo, "acc": 7.5,
            "wifi": {"bssid": L("6c:3b:6b:91:20:4e", WIFI), "ssid": L("Naadam-Free-WiFi", WIFI)},
            "venue": {"lat": RACECOURSE_AT[0], "lng": RACECOURSE_AT[1]}}),
        case(f, f"{a}/v2/tickets", headers=_h(rng), body={
            "event": "naadam-2025-day2", "stand": "B", "seat": "B-14-07", "qty": 1,
            "price": L(45000, BUY), "currency": "MNT", "ticket": L(TICKET_NAADAM, BUY)}),
        case(f, f"{a}/v2/shuttles/book", fmt="form", headers=_h(rng), body={
            "route": "UB-KhuiDoloon", "depart": "2025-07-12T06:30", "fare": L("8000", BUY),
            "pickup": "State Department Store stop"}),
        case(f, f"{a}/v2/predictions", headers=_h(rng), body={
            "race": RACE["id"], "pick": [HORSE["id"], "hr_2291", "hr_1877"],
            "stakePoints": 200, "odds": 4.5}),
        case(f, f"{a}/v2/races/{RACE['id']}/comments", headers=_h(rng), body={
            "text": L("Khurdan Saaral led from the 15th km, the boy rider was brilliant", TEXT),
            "replyTo": obj(rng, "cm", 8)}),
        multipart(f, f"{a}/v2/races/{RACE['id']}/photos", [
            ("photo", "finish.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"lat": L(round(FINISH_FIX[0], 4), PRECISE),
                                                 "lng": L(round(FINISH_FIX[1], 4), PRECISE),
                                                 "caption": L("Finish line dust!", TEXT)})],
            headers=_h(rng)),
        case(f, f"{a}/v2/search", headers=_h(rng), query={
            "q": L("khurdan saaral soyolon", SEARCH), "type": "horse"}),
        case(f, f"{a}/v2/chat/{RACE['id']}", fmt="msgpack", headers=_h(rng), body={
            "from": L(USER_ID, UID), "msg": L("Who is the rider on number 7?", TEXT),
            "cid": obj(rng, "c", 10), "ts": 1752300111}),
        case(f, f"{a}/v2/share", headers=_h(rng), body={
            "to": {"name": L(COMPANION[0], NAMEC), "phone": L(COMPANION[1], TEL)},
            "link": f"https://khurdanmori.example.com/r/{RACE['id']}", "channel": "sms"}),
        raw(f, f"{a}/v2/highlights/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng)),
        case(f, f"{a}/v2/leaderboard", headers=_h(rng), query={
            "season": "2025", "scope": "friends", "limit": "50"}),
        case(f, f"{a}/v2/billing/play/verify", headers=_h(rng), body={
            "productId": L("km_premium_season", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3381-0072-4419-21107", BUY)}),
        case(f, f"{a}/v2/me/notifications", fmt="form", headers=_h(rng), body={
            "user": L(USER_ID, UID), "raceStart": "1", "horse": HORSE["id"],
            "sms": L(E164, TEL)}),
        case(f, f"{a}/v2/devices", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng), body={
            "user": L(USER_ID, UID), "events": [
                ev("race_live_opened", 1, race=RACE["id"]), ev("photo_posted", 2),
                ev("screen", 3, screen=L("RaceLive", USAGE))]}),
        case(f, f"{a}/v2/me/tickets", headers=_h(rng, auth=None),
             cookies={"km_session": L(opaque(rng, "", 44), CRED), "km_ab": "b"}),
    ]


def khurdan_sdks() -> list[Case]:
    rng = random.Random(9322)
    return [
        tx_batch(APP, rng, [("Race Opened", {"race": RACE["id"]}),
                            ("Ticket Bought", {"price": L(45000, BUY)})], adid=True,
                 at=FINISH_FIX, nd=4),
        tx_pixel(APP, rng, "Results Viewed", {"class": RACE["class"]}),
        md_launch(APP, rng, first=True),
        md_event(APP, rng, "ticket_purchase", {"stand": "B"}, revenue=45000, hashed=True),
        md_link(APP, rng, U("https://khurdanmori.example.com/invite", {
            "ref": L(NICK, UID), "race": RACE["id"], "utm_source": "sms"})),
        zb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FINISH_FIX, nd=3, yob=1991,
               gender="F", keywords="horse racing,naadam"),
        zb_notice(APP, rng, "win"),
        ac_crash(APP, rng, ("java.net.SocketTimeoutException", "live positions"),
                 [ac_crumb("nav", "Home -> RaceLive")], screen="RaceLiveActivity"),
        tg_eval(APP, rng, {"premium": True, "livePositions": "v2"}),
        mp_register(APP, rng, tags={"horse": HORSE["id"]}, at=FINISH_FIX, nd=2),
        zv_check(APP, rng, {"ads": True, "analytics": True}),
        tl_card(APP, rng, email=True),
        tl_confirm(APP, rng, "45000"),
        gt_telemetry(APP, rng, [FINISH_FIX, (47.779311, 106.623802)], PRECISE),
    ]
