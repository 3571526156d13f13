"""Chess-club tournament app "Farzin" (a Tashkent club's rapid and classical tournaments; she
plays in the club's Open section): registration with her FIDE ID, an OAuth password grant,
``/me`` with a JWT, the profile and an avatar, clubs near her flat, the club's annual
membership, tournaments in her city, a tournament entry with an emergency contact, pairings (a
GET), live moves (msgpack) and a fair-play summary (protobuf), a result, a scoresheet photo, a
player search, a friend invited by number, the tournament chat, a check-in at the venue (her fix,
the hall's Wi-Fi), a lesson booked, push, events, her games by a cookie GET, a Play purchase and
her birth date (a form)."""

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
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families94_kit import (
    CHESS_FRIEND,
    CLUB,
    FIDE_ID,
    SPOUSE,
    TOURNEY,
    UZ_HOME_AT,
    moves,
    others,
    uz_fix,
)
from eval_families94_sdk import (
    kz_batch,
    kz_pixel,
    mb_event,
    mb_session,
    sb_bid,
    sb_notice,
    xc_session,
)
from eval_families94_svc import bq_eval, tg_card, tg_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("farzin", "Farzin", "uz.example.farzin", "5.3.0", "https://api.farzin.example.com")
IID = "X-Farzin-Device"
PW = "Sicilian-Najdorf-91"
HANDLE = "janedoe_najdorf"  # her handle (id.user)
HALL = ("Farzin-Zal", "a4:2b:b0:6e:19:f3")  # the tournament hall's Wi-Fi seen from her phone


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def farzin() -> list[Case]:
    rng = random.Random(9421)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), fide=L(FIDE_ID, UID)))}
    b = {"auth": "bearer"}
    gid = obj(rng, "g", 10)
    opp = others(rng, 4, "pl_")
    hla, hlo = uz_fix((CLUB["lat"] + 0.00011, CLUB["lon"] - 0.00007))
    lab: dict[str, str] = {}
    fair = pb([(1, L(USER_ID, UID)), (2, gid), (3, 2), (4, bytes([31, 12, 44, 9, 61, 27])),
               (5, 0.12), (6, TOURNEY)], "", lab)
    return [
        case(f, f"{a}/api/v2/auth/register", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "birthYear": L(1991, BIRTH), "fideId": L(FIDE_ID, UID),
            "federation": "UZB", "city": L("Tashkent", COARSE), "clubId": CLUB["id"]}),
        case(f, f"{a}/api/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "farzin-android", "scope": "play club"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/me/profile", headers=_h(rng, **b), body={
            "displayName": L(NAME, NAMEC), "title": None, "ratingRapid": 1712,
            "bio": L("Club player since 2019, Najdorf forever. Looking for blitz partners "
                     "in Yunusobod.", f"{TEXT}|{COARSE}"), "showRating": True}),
        multipart(f, f"{a}/api/v2/me/avatar", [
            ("avatar", "avatar.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("crop", None, "application/json", {"x": 40, "y": 22, "size": 512})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/clubs/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{UZ_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{UZ_HOME_AT[1]:.4f}", PRECISE),
            "radiusKm": "10"}),
        case(f, f"{a}/api/v2/clubs/{CLUB['id']}/membership", headers=_h(rng, **b), body={
            "plan": L("annual_adult", BUY), "fee": L("600000", BUY), "currency": "UZS",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v2/tournaments", headers=_h(rng, **b), query={
            "city": L("Tashkent", COARSE), "from": "2025-12-01", "control": "rapid"}),
        case(f, f"{a}/api/v2/tournaments/{TOURNEY}/entries", headers=_h(rng, **b), body={
            "fideId": L(FIDE_ID, UID), "section": "Open", "rating": 1712,
            "fee": L("120000", BUY), "byes": [3],
            "emergencyContact": {"name": L(" ".join(SPOUSE[:2]), NAMEC),
                                 "phone": L(SPOUSE[2], TEL)}}),
        case(f, f"{a}/api/v2/tournaments/{TOURNEY}/rounds/3/pairings", headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/games/{gid}/moves", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "ply": 23, "san": "Qd2", "clockMs": 412000,
            "opponent": opp[0], "moves": moves(rng)}),
        raw(f, f"{a}/api/v2/games/{gid}/fairplay", fair, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/games/{gid}/result", headers=_h(rng, **b), body={
            "white": L(USER_ID, UID), "black": opp[0], "result": "1-0", "round": 3,
            "board": 7, "arbiter": "arb_0091", "moves": len(moves(rng))}),
        multipart(f, f"{a}/api/v2/games/{gid}/scoresheet", [
            ("photo", "scoresheet_r3.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"round": 3, "board": 7,
                                                "signedBy": [L(NAME, NAMEC), opp[0]]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/players/search", headers=_h(rng, **b), query={
            "q": L("Tursunov", f"{SEARCH}|{NAMEC}"), "federation": "UZB"}),
        case(f, f"{a}/api/v2/friends/invite", fmt="form", headers=_h(rng, **b), body={
            "name": L(CHESS_FRIEND[0], NAMEC), "phone": L(CHESS_FRIEND[1], TEL),
            "message": L("Bekzod, join the Friday blitz at Farzin!", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v2/chat/{TOURNEY}", headers=_h(rng, **b), body={
            "text": L("Board 7 clock is broken, can an arbiter come?", TEXT),
            "clientId": obj(rng, "m", 12)}),
        case(f, f"{a}/api/v2/tournaments/{TOURNEY}/checkin", headers=_h(rng, **b), body={
            "lat": hla, "lng": hlo, "accuracy": 9,
            "venue": {"id": CLUB["id"], "lat": CLUB["lat"], "lng": CLUB["lon"]},
            "wifi": {"ssid": L(HALL[0], WIFI), "bssid": L(HALL[1], WIFI)}}),
        case(f, f"{a}/api/v2/lessons", headers=_h(rng, **b), body={
            "coach": "coach_4410", "slot": "2025-12-13T15:00+05:00", "price": L("250000", BUY),
            "topic": L("My Najdorf keeps collapsing after Be3 lines", TEXT)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "androidVersion": L("14", DEV),
            "tz": L("Asia/Tashkent", DEV)}),
        case(f, f"{a}/api/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("game_finished", 1, result="win"), ev("puzzle_solved", 2, rating=1840),
                ev("screen", 3, screen=L("Pairings", USAGE))]}),
        case(f, f"{a}/api/v2/me/games", headers=_h(rng, how="plain"), query={"limit": "50"},
             cookies={"fz_sid": L(opaque(rng, "", 36), CRED)}),
        case(f, f"{a}/api/v2/purchases/play", headers=_h(rng, **b), body={
            "productId": L("farzin_premium_year", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3391-5520-1187-40215", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/api/v2/me/birthday", fmt="form", headers=_h(rng, **b), body={
            "dob": L(DOB, BIRTH), "showAge": "false"}),
    ]


def farzin_sdks() -> list[Case]:
    rng = random.Random(9422)
    return [
        kz_batch(APP, rng, [("Game Finished", {"result": "win", "rated": True}),
                            ("Tournament Joined", {"fee": L(120000, BUY)})], adid=True),
        kz_pixel(APP, rng, "Pairings Viewed", {"round": 3}),
        mb_session(APP, rng, user=True),
        mb_event(APP, rng, "tournament_entry", {"section": "open"}, revenue=120000.0,
                 hashed=True),
        sb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=UZ_HOME_AT, nd=3, yob=1991,
               gender="F"),
        sb_notice(APP, rng, "win"),
        xc_session(APP, rng, secs=2710),
        bq_eval(APP, rng, {"club": CLUB["id"], "city": L("Tashkent", COARSE)}, hdr=True),
        tg_card(APP, rng, zip_=False),
        tg_confirm(APP, rng, "39.99"),
    ]
