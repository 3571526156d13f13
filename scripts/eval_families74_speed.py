"""Speed-dating event app "Rotadate": a log-in by SMS, her profile (gender, whom she seeks, faith,
height), ``/me`` with a JWT, events near her for her age band, a ticket for a faith-based evening,
a verification selfie with its face template, profile photos, the check-in at the bar, a round's
card with a note on a date, the evening's picks (msgpack), contact details shared with a match, a
message, feedback, a safety report, a friend told she is leaving, preferences, a waitlist, a
referral, a Play purchase check, push, events and her tickets by a cookie GET."""

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
    DIGITS,
    E164,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, App, ev, opaque, play_token, pos
from eval_families24_kit import claims, head
from eval_families74_kit import TICKET, VENUE, VENUE_FIX, fix, obj
from eval_families74_sdk import (
    bw_bid,
    bw_notice,
    cb_batch,
    cb_queue,
    fg_crash,
    fg_crumb,
    rl_event,
    rl_link,
    rl_session,
)
from eval_families74_svc import ft_eval, pb_card, po_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, U, case

APP = App("rotadate", "Rotadate", "com.example.rotadate", "6.0.2",
          "https://api.rotadate.example.com")
IID = "Rd-Install-Id"
EVT = "evt_7731"  # the evening (a negative)
AGE_BAND = "30-39"  # her age band (personal.birthdate)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def rotadate() -> list[Case]:
    rng = random.Random(7451)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), tier="vip"))}
    b = {"auth": "bearer"}
    match = obj(rng, "mt", 10)
    vla, vlo = fix(VENUE_FIX)
    la4, lo4 = pos(4)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    return [
        case(f, f"{a}/v2/auth/phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms"}),
        case(f, f"{a}/v2/auth/phone/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("418302", CRED)}),
        case(f, f"{a}/v2/profile", headers=_h(rng, **{"auth": "bearer"}), body={
            "firstName": L(FIRST, NAMEC), "birthDate": L(DOB, BIRTH),
            "gender": L("woman", GENDER), "seeking": L("men", SENS),
            "faith": L("Jewish", SENS), "heightCm": L(168, FIT), "email": L(EMAIL, MAIL),
            "job": "urban planner", "bio": L("Bagels, bad puns and long walks on the High Line",
                                             TEXT)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
            "radiusKm": "10", "ageBand": L(AGE_BAND, BIRTH)}),
        case(f, f"{a}/v2/events/{EVT}/tickets", headers=_h(rng, **b), body={
            "quantity": 1, "price": L("35.00", BUY), "ageBand": L(AGE_BAND, BIRTH),
            "category": L("Jewish singles 30s", SENS), "paymentMethod":
                L(opaque(rng, "pm_", 24), PAY), "promo": None}),
        case(f, f"{a}/v2/verification/selfie", headers=_h(rng, **b), body={
            "session": obj(rng, "vs", 10), "template": L(f32b64(vec), FACE),
            "landmarks": L(landmarks(rng, 68), FACE), "liveness": 0.973, "pose": "frontal"}),
        multipart(f, f"{a}/v2/profile/photos", [
            ("photo1", "p1.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("photo2", "p2.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"order": [1, 2], "primary": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/events/{EVT}/checkin", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "lat": vla, "lng": vlo, "venue": VENUE["id"],
            "venueLat": VENUE["lat"], "venueLng": VENUE["lon"], "badge": 17}),
        case(f, f"{a}/v2/events/{EVT}/rounds/3/card", headers=_h(rng, **b), body={
            "dateBadge": 23, "choice": "yes",
            "note": L("Daniel - architect, sails on weekends, very funny", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/events/{EVT}/cards", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "picks": [
                {"badge": 23, "pick": "date"}, {"badge": 9, "pick": "friend"},
                {"badge": 31, "pick": "no"}], "submittedAt": 1765331400}),
        case(f, f"{a}/v2/matches/{match}/share", fmt="form", headers=_h(rng, **b), body={
            "phone": L(E164, TEL), "instagram": L("@janedoe.nyc", UID), "email": ""}),
        case(f, f"{a}/v2/matches/{match}/messages", headers=_h(rng, **b), body={
            "text": L("Lovely to meet you tonight! Coffee on Saturday?", TEXT),
            "clientId": opaque(rng, "", 16)}),
        case(f, f"{a}/v2/events/{EVT}/feedback", headers=_h(rng, **b), body={
            "rating": 4, "host": 5,
            "comment": L("Rounds were too short and the music too loud", TEXT)}),
        case(f, f"{a}/v2/safety/reports", headers=_h(rng, **b), body={
            "event": EVT, "badge": 31, "reason": "pressure",
            "text": L("He kept asking which subway stop I live near", TEXT)}),
        case(f, f"{a}/v2/safety/leaving", headers=_h(rng, **b), body={
            "friend": {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)},
            "message": L("Leaving the bar now, home in 30", TEXT),
            "lat": la4, "lng": lo4}),
        case(f, f"{a}/v2/preferences", headers=_h(rng, **b), body={
            "ageMin": 31, "ageMax": 42, "distanceKm": 15, "seeking": L("men", SENS),
            "notify": {"newEvents": True}}),
        case(f, f"{a}/v2/events/evt_7790/waitlist", fmt="form", headers=_h(rng, **b), body={
            "ageBand": L(AGE_BAND, BIRTH), "gender": L("woman", GENDER)}),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendEmail": L(PEOPLE[1][2], MAIL), "code": "JANE10"}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("rotadate_vip_monthly", BUY),
            "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3371-0952-1185-40021", BUY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("ticket_bought", 1, price=35), ev("card_submitted", 2, picks=3),
                ev("screen", 3, screen=L("Matches", USAGE))]}),
        case(f, f"{a}/v2/tickets", headers=_h(rng, how="upper"),
             cookies={"rd_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def rotadate_sdks() -> list[Case]:
    rng = random.Random(7452)
    return [
        cb_batch(APP, rng, [("Ticket Purchased", {"price": L(35.0, BUY), "event": EVT}),
                            ("Checked In", {"venue": VENUE["id"]})], at=VENUE_FIX, nd=3),
        rl_session(APP, rng, first=True),
        rl_link(APP, rng, U("https://go.rotadate.example.com/e/evt_7731", {
            "utm_source": "newsletter", "utm_campaign": "dec_singles", "uid": L(USER_ID, UID),
            "band": L(AGE_BAND, BIRTH)})),
        rl_event(APP, rng, "t7q0nc", "ticket_purchase", {"event": EVT}, revenue=35.0,
                 hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VENUE_FIX, nd=3, yob=1991,
               gender="F"),
        bw_notice(APP, rng, "imp"),
        fg_crash(APP, rng, ("java.lang.IllegalArgumentException", "badge out of range"),
                 [fg_crumb("navigation", "Event -> Card"),
                  fg_crumb("ui.click", "pick", {"badge": 23})], screen="CardActivity"),
        ft_eval(APP, rng, {"vip": True, "city": L("nyc", COARSE)}, hdr=True),
        po_register(APP, rng, at=(LAT, LON), nd=2, tags={"age_band": L(AGE_BAND, BIRTH)}),
        pb_card(APP, rng, email=True),
        cb_queue(APP, rng, [("Card Opened", {"round": 3}), ("Match Viewed", {})]),
    ]
