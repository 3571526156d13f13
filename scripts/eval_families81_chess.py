"""Children's chess school "Knightkin" (the user is the parent; her son Timur studies): the
parent's sign-up and log-in, ``/me``, the child's profile and avatar, a lesson booked, a holiday
camp's form (allergies, medicine, who picks him up), a tournament entry with his federation ID, an
online game by his ID in the path, puzzles (msgpack), a recorded question for the coach, a message
to the coach, his progress report, limits, a class video's join link, a scoresheet photo, a
subscription bought on Play, the parent PIN, report e-mails, push, events and a cookie GET. Ads are
child-directed (COPPA: no advertising ID)."""

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
    E164,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families81_kit import COACH, GRANDMA, KID, PGN, obj
from eval_families81_sdk import iz_open, qs_crash, qs_crumb, sq_batch, zb_bid
from eval_families81_svc import bg_eval, hb_register, kc_message, kl_save, tk_card, tk_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("knightkin", "Knightkin", "com.example.knightkin", "3.3.0",
          "https://api.knightkin.example.com")
IID = "X-Knightkin-Install"
PW = "Rook&Bishop2017"
PIN = "4826"
USCF = "31447802"  # the child's chess federation member ID (id.user)
LESSON = "KK-LS-771204"  # a lesson booking (financial.purchase)
RIVALS = others(random.Random(8163), 2, "ch_")  # other children (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def knightkin() -> list[Case]:
    rng = random.Random(8161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent",
                                    kids=[L(KID["id"], UID)]))}
    game = obj(rng, "g", 10)
    report = at_path(case(f, f"{a}/v1/kids/{KID['id']}/progress", headers=_h(rng, **b),
                          query={"period": "month"}), KID["id"], UID)
    played = at_path(case(f, f"{a}/v1/kids/{KID['id']}/games", headers=_h(rng, **b), body={
        "game": game, "opponent": RIVALS[0], "pgn": PGN, "result": "0-1", "timeControl": "10+5",
        "ratingBefore": 812, "durationS": L(1104, USAGE)}), KID["id"], UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "zip": L(ZIP, COARSE),
            "coppaConsent": "card_check"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kids", headers=_h(rng, **b), body={
            "id": L(KID["id"], UID), "firstName": L(KID["first"], NAMEC),
            "birthDate": L(KID["dob"], BIRTH), "age": L(KID["age"], BIRTH),
            "gender": L("boy", GENDER), "grade": 3, "level": "beginner_plus",
            "school": "PS 40 Augustus Saint-Gaudens"}),
        multipart(f, f"{a}/v1/kids/{KID['id']}/avatar", [
            ("image", "timur.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/lessons/bookings", headers=_h(rng, **b), body={
            "booking": L(LESSON, BUY), "kid": L(KID["id"], UID), "coach": COACH["name"],
            "slot": "2025-12-13T10:00", "format": "online_1on1", "price": L("35.00", BUY)}),
        case(f, f"{a}/v1/camps/winter/registrations", headers=_h(rng, **b), body={
            "kid": L(KID["id"], UID), "allergies": [L("peanuts", MED)],
            "medication": L("EpiPen Jr, in his backpack", MED),
            "pickup": [{"name": L(GRANDMA[0], NAMEC), "phone": L(GRANDMA[1], TEL),
                        "relation": "grandmother"}],
            "emergencyPhone": L(E164, TEL), "fee": L("240.00", BUY), "tshirt": "YM"}),
        case(f, f"{a}/v1/tournaments/trn_1214/entries", fmt="form", headers=_h(rng, **b), body={
            "kid": L(KID["id"], UID), "uscfId": L(USCF, UID), "section": "K-3",
            "fee": L("30.00", BUY), "byeRounds": "5"}),
        played,
        case(f, f"{a}/v1/puzzles/attempts", fmt="msgpack", headers=_h(rng, **b), body={
            "kid": L(KID["id"], UID), "solved": [4411, 4412, 4419], "failed": [4415],
            "timeSpentS": L(780, USAGE), "streak": 3}),
        multipart(f, f"{a}/v1/coach/questions", [
            ("audio", "question.m4a", "audio/mp4", L(M4A + b"\xc2", MEDIA)),
            ("meta", None, "application/json", {"kid": L(KID["id"], UID), "game": game,
                                                "durationMs": 14200})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/coach/messages", headers=_h(rng, **b), body={
            "to": COACH["mail"], "kid": L(KID["id"], UID),
            "text": L("Timur has ADHD and does better with a short break every 20 minutes",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        report,
        case(f, f"{a}/v1/parents/limits", fmt="form", headers=_h(rng, **b), body={
            "kid": L(KID["id"], UID), "dailyMinutes": "40", "chat": "coach_only",
            "rated": "0"}),
        case(f, f"{a}/v1/classes/cls_4410/join", headers=_h(rng, **b), query={
            "kid": L(KID["id"], UID), "token": L(opaque(rng, "jt_", 32), CRED)}),
        multipart(f, f"{a}/v1/homework", [
            ("scoresheet", "sheet.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("meta", None, "application/json", {"kid": L(KID["id"], UID), "lesson": LESSON})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "productId": L("knightkin_family_monthly", BUY),
            "orderId": L("GPA.3317-2045-8810-41927", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/parents/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L(PIN, CRED), "confirm": L(PIN, CRED)}),
        case(f, f"{a}/v1/parents/notifications", fmt="form", headers=_h(rng, **b), body={
            "weekly": "1", "email": L(EMAIL, MAIL), "tournaments": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "tablet": L(True, DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "kid": L(KID["id"], UID), "events": [
                ev("puzzle_solved", 1, rating=812), ev("game_finished", 2),
                ev("screen", 3, screen=L("Board", USAGE))]}),
        case(f, f"{a}/v1/kids/badges", headers=_h(rng, how="none"),
             cookies={"kk_sess": L(opaque(rng, "", 40), CRED), "kk_kid": L(KID["id"], UID)}),
    ]


def knightkin_sdks() -> list[Case]:
    rng = random.Random(8162)
    return [
        sq_batch(APP, rng, [("Puzzle Solved", {"age": L(KID["age"], BIRTH)}),
                            ("Lesson Booked", {"price": L(35.0, BUY)})]),
        iz_open(APP, rng, first=True),
        zb_bid(APP, rng, {"banner": {"w": 728, "h": 90}}, coppa=True,
               keywords="kids,chess,education"),
        qs_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad FEN"),
                 [qs_crumb("nav", "Puzzles -> Board")], screen="BoardActivity"),
        bg_eval(APP, rng, {"kidAge": L(KID["age"], BIRTH), "tournaments": True}),
        hb_register(APP, rng, tags={"role": "parent", "kid_age": L(KID["age"], BIRTH)}),
        kl_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        tk_card(APP, rng, email=True),
        tk_confirm(APP, rng, "240.00"),
        kc_message(APP, rng, L("Can Timur switch from Saturday to Sunday group lessons?",
                               f"{TEXT}|{NAMEC}"), {"plan": "family"}),
    ]
