"""Online chess school "Zinvor" run by a Yerevan chess academy for diaspora children (the user is
the parent in New York; her daughter Ani, eight, takes live group classes by video): the parent's
sign-up and log-in, ``/me``, Ani's profile (federation ID, rating), the term's enrolment and
tuition, a class joined (a protobuf presence ping), a rated game against another pupil (msgpack
moves), puzzles, homework with a voice note to the coach, a tournament entry, the parent's
consent to recording, progress by her ID in the path, a certificate with her name, a message to
the coach, a classmate search, limits, push, events and the schedule by a cookie GET. Unlike
the chess schools of sets 81 and 103 (in-person academies with pick-ups and door attendance),
this one is online-only, across the Yerevan time zone, with a child-directed ad call."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import M4A, Acc, add, multipart, pb, raw, tok
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families127_kit import (
    BIRTH,
    BUY,
    COACH,
    COARSE,
    CRED,
    DAUGHTER,
    DEV,
    DID,
    FED_ID,
    GENDER,
    KID_ID,
    MAIL,
    MEDIA,
    NAMEC,
    RIVALS,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    moves,
    obj,
)
from eval_families127_sdk import ab_open, bq_bid, cf_crash, cf_crumb, mc_batch, mc_beacon
from eval_families127_svc import co_check, nc_register, pg_card, pg_charge, tq_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("chess", "Zinvor", "com.example.zinvorchess", "4.6.0", "https://api.zinvorchess.example.org")
IID = "X-Zinvor-Device"
PW = "Petrosian-Tigran-29"
PIN = "4719"  # the parent PIN (secret.credential)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def zinvor() -> list[Case]:
    rng = random.Random(12711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID_ID, UID)]))}
    lab: dict[str, str] = {}
    ping = pb([(1, L(KID_ID, UID)), (2, obj(rng, "cls", 8)), (3, 1765322400),
               (4, L(INSTALL_ID, DID)), (5, 1), (6, 38)], "", lab)
    acc: Acc = {}
    prog = case(f, f"{a}/v1/students/{KID_ID}/progress", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(PHONE, TEL), "parentPin": L(PIN, CRED), "timezone": L(
                "America/New_York", DEV)}),
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "firstName": L(DAUGHTER[0], NAMEC), "birthDate": L(DAUGHTER[2], BIRTH),
            "gender": L("girl", GENDER), "federationId": L(FED_ID, UID), "rating": 1140,
            "level": "pawn-3", "avatar": "knight_blue", "language": L("hy", DEV)}),
        case(f, f"{a}/v1/enrolments", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "course": "junior-tactics-w26", "group": "NY-Sat-9am",
            "tuition": L("240.00", BUY), "term": "2026-winter"}),
        raw(f, f"{a}/v1/classes/presence", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/games", fmt="msgpack", headers=_h(rng, **b), body={
            "white": L(KID_ID, UID), "black": RIVALS[0], "moves": moves(rng, 14),
            "clock": [600, 5], "result": "1-0", "rated": True}),
        case(f, f"{a}/v1/puzzles/attempts", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "attempts": [
                {"puzzle": "pz_" + str(41200 + i), "solved": i % 3 != 0,
                 "ms": rng.randrange(8000, 60000)} for i in range(5)]}),
        multipart(f, f"{a}/v1/homework/{obj(rng, 'hw', 8)}", [
            ("voice", "question.m4a", "audio/mp4", L(M4A + b"\x21", MEDIA)),
            ("data", None, "application/json", {
                "student": L(KID_ID, UID),
                "text": L("Why can't my king castle through check?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tournaments/ny-junior-open/entries", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "federationId": L(FED_ID, UID),
            "section": "U10 girls", "fee": L("35.00", BUY), "birthYear": L(2017, BIRTH)}),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "recordClasses": "1", "showOnLeaderboard": "0",
            "parentPin": L(PIN, CRED)}),
        at_path(prog, KID_ID, UID),
        case(f, f"{a}/v1/certificates", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "title": "Pawn level 3",
            "printName": L(DAUGHTER[1], NAMEC), "coach": COACH["name"]}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": COACH["id"], "thread": obj(rng, "thr", 8),
            "text": L("Ani will miss Saturday's class, she has a fever",
                      f"{TEXT}|health.medical")}),
        case(f, f"{a}/v1/classmates", headers=_h(rng, **b), query={
            "q": L("Narek", SEARCH), "group": "NY-Sat-9am"}),
        case(f, f"{a}/v1/friends", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "add": RIVALS[1:], "approvedBy": "parent"}),
        case(f, f"{a}/v1/limits", fmt="form", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "dailyMinutes": "45", "chat": "canned",
            "bedtime": "20:30"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "fcm_", 64), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/telemetry", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "student": L(KID_ID, UID), "events": [
                ev("class_joined", 1), ev("game_finished", 2, result="win"),
                ev("screen", 3, screen=L("Board", USAGE))]}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, how="upper"),
             cookies={"zv_sess": L(opaque(rng, "", 40), CRED), "zv_kid": L(KID_ID, UID)}),
        add(case(f, f"{a}/v1/rooms/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room", 8), "ticket": tok({"sub": L(KID_ID, UID), "role": "pupil",
                                                        "exp": 1765326000}, "body", "ticket",
                                                       acc),
            "camera": False}), acc),
        case(f, f"{a}/v1/games/archive", headers=_h(rng, **b), query={
            "student": L(KID_ID, UID), "since": "2025-09-01", "opponent": RIVALS[2]}),
        case(f, f"{a}/v1/openings", headers={"User-Agent": L(APP.ua, DEV), "X-Req": rid(rng)},
             query={"eco": "C50"}),
    ]


def zinvor_sdks() -> list[Case]:
    rng = random.Random(12712)
    return [
        mc_batch(APP, rng, [("Class Joined", {"group": "NY-Sat-9am"}),
                            ("Puzzle Solved", {"streak": 4})], tz="America/New_York"),
        mc_beacon(APP, rng, "Paywall Viewed", {"plan": "term"}),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        ab_open(APP, rng, first=True),
        cf_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "square 64"),
                 [cf_crumb("nav", "Lobby -> Board"), cf_crumb("ui", "drag piece")],
                 user={"id": L(USER_ID, UID)}, screen="BoardActivity"),
        tq_eval(APP, rng, {"kidAge": L(DAUGHTER[3], BIRTH), "region": L("NY", COARSE)}),
        nc_register(APP, rng, tags={"kid_age": L(str(DAUGHTER[3]), BIRTH), "group": "sat"}),
        co_check(APP, rng, {"analytics": True, "ads": False}),
        pg_card(APP, rng),
        pg_charge(APP, rng, "24000", desc="Junior tactics, winter term"),
    ]
