"""Youth football-academy app "Goolka Academy" for her son Zakariye (10), who trains in Mogadishu
during the stay (the user is the parent; the child is a data subject): the parent's sign-up and
log-in, ``/me`` with a JWT, the player's profile, his birth certificate, a headshot for his
player card, his medical form (asthma, allergy, sickle-cell trait), the term's enrolment and its
mobile-money payment, the week's sessions by his ID in the query, attendance with her fix at the
pitch, a fitness test, a training clip, a message to the coach, a pickup authorisation, a kit
order, his player card by ID in the path, media consent, a car-pool offer, push, events, a Play
subscription for match video and fixtures by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families98_kit import (
    BIRTH_CERT,
    BROTHER_IN_LAW,
    HOME,
    HOME_AT,
    HUSBAND,
    PITCH_AT,
    PLAYER,
    SON_AGE,
    SON_DOB,
    SON_FIRST,
    SON_LAST,
    fix,
    hd,
    obj,
)
from eval_families98_sdk import (
    bb_bid,
    fi_crash,
    fi_crumb,
    oq_event,
    oq_launch,
    th_batch,
    th_beacon,
)
from eval_families98_svc import bz_register, hd_message, pm_card, tk_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("goolka", "Goolka Academy", "com.example.goolka", "1.9.4",
          "https://api.goolka.example.com")
IID = "X-Goolka-Install"
PW = "Wiil-Kubad-10"
TN = f"{TEXT}|{NAMEC}"  # text naming her son


def _h(rng: random.Random, how: str = "none", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, how=how, **kw)


def goolka() -> list[Case]:
    rng = random.Random(9871)
    a, f = APP.api, APP.fam
    jw = J(claims(rng, email=L(EMAIL, MAIL), role="parent", players=[L(PLAYER, UID)]))
    b = {"auth": "bearer"}
    pl = f"{a}/v1/players/{PLAYER}"
    ala, alo = fix((2.028874, 45.315061), 5)  # her phone at the pitch's gate
    hla, hlo = fix(HOME_AT, 3)
    return [
        case(f, f"{a}/v1/parents/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "relation": "mother", "city": L("Mogadishu", COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, jwt=jw)),
        case(f, f"{a}/v1/players", headers=_h(rng, **b), body={
            "id": L(PLAYER, UID), "firstName": L(SON_FIRST, NAMEC),
            "lastName": L(SON_LAST, NAMEC), "dob": L(SON_DOB, BIRTH), "age": L(SON_AGE, BIRTH),
            "gender": L("male", GENDER), "position": "winger", "foot": "left",
            "shirtSize": "YM", "heightCm": L(138, FIT), "weightKg": L(31.5, FIT)}),
        multipart(f, f"{pl}/documents", [
            ("file", "birth_certificate.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{BIRTH}")),
            ("doc", None, "application/json", {"type": "birth_certificate",
                                               "number": L(BIRTH_CERT, NATID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{pl}/photo", [
            ("headshot", "zakariye.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{pl}/medical", headers=_h(rng, **b), body={
            "asthma": L(True, MED), "inhaler": L("salbutamol", MED),
            "allergies": [L("peanuts", MED)], "bloodGroup": L("A+", MED),
            "sickleStatus": L("AS (trait)", MED),
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/enrolments", headers=_h(rng, **b), body={
            "player": L(PLAYER, UID), "programme": "U11 weekday", "term": "2025-T3",
            "fee": L("35.00", BUY), "sessionsPerWeek": 3}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "amount": L("35.00", BUY), "msisdn": L(E164, f"{TEL}|{PAY}"),
            "reference": L("GK-T3-11842", BUY), "pin": L("6061", CRED)}),
        case(f, f"{a}/v1/sessions", headers=_h(rng, **b), query={
            "player": L(PLAYER, UID), "week": "50"}),
        case(f, f"{a}/v1/attendance", fmt="form", headers=_h(rng, **b), body={
            "player": L(PLAYER, UID), "session": obj(rng, "ses", 8), "status": "present",
            "lat": ala, "lng": alo, "pitchLat": str(PITCH_AT[0]), "pitchLng": str(PITCH_AT[1])}),
        case(f, f"{a}/v1/fitness-tests", headers=_h(rng, **b), body={
            "player": L(PLAYER, UID), "sprint30mS": L(5.41, FIT), "beepLevel": L(6.2, FIT),
            "restingHr": L(78, FIT), "testedOn": "2025-12-06", "coach": "coach_114"}),
        multipart(f, f"{pl}/clips", [
            ("video", "goal.mp4", "video/mp4", L(MP4 + b"\xd3", MEDIA)),
            ("meta", None, "application/json", {
                "title": L("Zakariye's left-foot goal vs Hodan Stars", TN), "seconds": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/coach/messages", headers=_h(rng, **b), body={
            "coach": "coach_114", "thread": obj(rng, "cth", 8),
            "text": L("Zakariye used his inhaler twice after Tuesday's session, please watch "
                      "him in the heat", f"{TN}|{MED}")}),
        case(f, f"{a}/v1/pickup", headers=_h(rng, **b), body={
            "player": L(PLAYER, UID), "adult": {"name": L(BROTHER_IN_LAW[0], NAMEC),
                                                 "phone": L(BROTHER_IN_LAW[1], TEL)},
            "pin": L("3390", CRED), "until": "2026-03-31"}),
        case(f, f"{a}/v1/kit-orders", headers=_h(rng, **b), body={
            "player": L(PLAYER, UID), "items": [{"sku": "boots-35", "qty": 1},
                                                {"sku": "kit-home-YM", "qty": 1}],
            "total": L("28.00", BUY), "deliverTo": {"line": L(HOME["line"], ADDR),
                                                   "district": L(HOME["district"], COARSE)}}),
        at_path(case(f, f"{pl}/card", headers=_h(rng, how="upper", **b)), PLAYER, UID),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "player": L(PLAYER, UID), "photos": "1", "social": "0",
            "signedBy": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/carpool/offers", headers=_h(rng, **b), body={
            "seats": 2, "from": {"lat": hla, "lng": hlo}, "phone": L(NATIONAL, TEL),
            "days": ["tue", "thu"]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "player": L(PLAYER, UID), "events": [
                ev("clip_uploaded", 1), ev("fee_paid", 2, amount=L(35.0, BUY)),
                ev("screen", 3, screen=L("PlayerCard", USAGE))]}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "productId": L("goolka_matchvideo_monthly", BUY),
            "orderId": L("GPA.3311-8841-2207-51930", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/fixtures", headers=_h(rng, how="none"),
             cookies={"gk_sess": L(opaque(rng, "", 40), CRED), "gk_player": L(PLAYER, UID)}),
    ]


def goolka_sdks() -> list[Case]:
    rng = random.Random(9872)
    return [
        th_batch(APP, rng, [("Player Added", {"age": L(SON_AGE, BIRTH)}),
                            ("Clip Uploaded", {"seconds": 14})], locale="en_US"),
        th_beacon(APP, rng, "Fixtures Viewed", {"team": "U11"}),
        oq_launch(APP, rng, first=True),
        oq_event(APP, rng, "enrolment_paid", {"programme": "U11"}, revenue=35.0),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="football,sports"),
        fi_crash(APP, rng, ("java.io.FileNotFoundException", "clip cache"),
                 [fi_crumb("nav", "Player -> UploadClip")], screen="UploadActivity"),
        tk_eval(APP, rng, {"playerAge": L(SON_AGE, BIRTH), "video": True}),
        bz_register(APP, rng, tags={"team": "U11", "player_age": L(SON_AGE, BIRTH)}),
        pm_card(APP, rng),
        hd_message(APP, rng, L("Zakariye's player card shows the wrong birth year", TN),
                   {"player": L(PLAYER, UID)}),
    ]
