"""Beach-volleyball tournament app "Sandset". Sign-up with her federation number, a log-in,
``/me`` with a JWT, her player profile, a tournament search, a team registered with her partner,
the entry fee, the waiver signed (a signature image), a check-in at the courts, her court's
queue, scores reported (the published draw and other teams as negatives), a jump-sensor session
(protobuf), a heat-illness report, a photo of the match, team chat (msgpack), the partner's
rating lookup by ID in the path, a ranking search, a T-shirt order, an emergency contact, push,
events and her schedule by a cookie GET."""

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
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    imu,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families25_kit import PNG
from eval_families70_kit import COURT_FIX, FED_NO, OPPONENTS, PARTNER_VB, TOURNEY, VENUE, fix, obj
from eval_families70_sdk import au_bid, ev_batch, ev_pixel, sk_link, sk_session
from eval_families70_svc import (
    as_message,
    bm_open,
    bm_register,
    cl_route,
    ft_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("sandset", "Sandset", "com.example.sandset", "3.4.2", "https://api.sandset.example.com")
IID = "Sandset-Install"
PW = "DigPass!Sand19"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def sandset() -> list[Case]:
    rng = random.Random(7031)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fed=L(FED_NO, UID)))}
    b = {"auth": "bearer"}
    cla, clo = fix(COURT_FIX)
    match = obj(rng, "m", 8)
    team = obj(rng, "team", 8)
    partner_id = others(rng, 1, "pl_")[0]
    lab: dict[str, str] = {}
    jumps = pb([(1, L(USER_ID, UID)), (2, match), (3, L(46, FIT)), (4, L(61.5, FIT)),
                (5, [(1, L(COURT_FIX[0], PRECISE)), (2, L(COURT_FIX[1], PRECISE))]),
                (6, "JS-2-118402")], "", lab)
    return [
        case(f, f"{a}/v1/auth/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "birthDate": L(DOB, BIRTH), "federationNo": L(FED_NO, UID),
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/players/me", headers=_h(rng, **b), body={
            "gender": L("female", GENDER), "heightCm": L(175, FIT), "side": "left",
            "position": "defender", "homeBeach": L("Rockaway", COARSE), "shirt": "M",
            "bio": L("Lefty defender, ex-college indoor libero", TEXT)}),
        case(f, f"{a}/v1/tournaments", headers=_h(rng, **b), query={
            "q": L("womens AA rockaway december", SEARCH), "state": L(STATE, COARSE),
            "from": "2025-12-01"}),
        case(f, f"{a}/v1/tournaments/{TOURNEY['id']}/teams", headers=_h(rng, **b), body={
            "team": team, "division": L(TOURNEY["division"], GENDER),
            "partner": {"name": L(PARTNER_VB[0], NAMEC), "email": L(PARTNER_VB[1], MAIL),
                        "phone": L(PARTNER_VB[2], TEL)},
            "teamName": L("Sandy Doe-Marlow", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/tournaments/{TOURNEY['id']}/pay", fmt="form", headers=_h(rng, **b),
             body={"team": team, "amount": L("90.00", BUY), "currency": "USD",
                   "method": L(opaque(rng, "pm_", 24), "financial.payment")}),
        multipart(f, f"{a}/v1/waivers", [
            ("signature", "sig.png", "image/png", L(PNG, MEDIA)),
            ("waiver", None, "application/json", {
                "tournament": TOURNEY["id"], "signedName": L(NAME, NAMEC),
                "dob": L(DOB, BIRTH), "address": {
                    "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                    "zip": L(ZIP, COARSE)}, "version": "2025.2"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "tournament": TOURNEY["id"], "team": team, "lat": cla, "lng": clo, "acc": 6,
            "venue": {"id": VENUE["id"], "lat": VENUE["lat"], "lng": VENUE["lon"]}}),
        case(f, f"{a}/v1/courts/queue", headers=_h(rng, **b), query={
            "venue": VENUE["id"], "court": "4", "team": team}),
        case(f, f"{a}/v1/matches/{match}/score", headers=_h(rng, **b), body={
            "sets": [[21, 17], [18, 21], [15, 12]], "winner": team,
            "opponents": OPPONENTS[0], "reportedBy": L(USER_ID, UID)}),
        raw(f, f"{a}/v1/sensors/jumps", jumps, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sensors/imu", gz=True, headers=_h(rng, **b), body={
            "sensor": "JS-2-118402", "hz": 100, "window": L(imu(rng, 20), "behavior.motion")}),
        case(f, f"{a}/v1/medical/incidents", headers=_h(rng, **b), body={
            "match": match, "kind": L("heat exhaustion", MED),
            "symptoms": [L("dizziness", MED), L("cramps", MED)],
            "treatedBy": "tournament medic", "returnedToPlay": False}),
        multipart(f, f"{a}/v1/matches/{match}/photos", [
            ("photo", "dig.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"caption": L("Pancake save on match point",
                                                             TEXT), "public": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/teams/{team}/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "text": L("Court 4 at 10:40, bring the red ball", TEXT),
            "client": obj(rng, "c", 12)}),
        case(f, f"{a}/v1/players/{partner_id}/rating", headers=_h(rng, **b)),
        case(f, f"{a}/v1/partner-requests", headers=_h(rng, **b), body={
            "division": "womens_aa", "side": "left", "region": L("NYC", COARSE),
            "text": L("Left-side defender looking for a blocker for the spring tour", TEXT),
            "contactVia": "app"}),
        case(f, f"{a}/v1/rankings", headers=_h(rng, **b), query={
            "division": "womens", "region": L("NY", COARSE), "page": "2"}),
        case(f, f"{a}/v1/store/orders", headers=_h(rng, **b), body={
            "sku": "TEE-ROCK-25-M", "qty": 1, "total": L("28.00", BUY),
            "ship": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                     "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/emergency-contact", fmt="form", headers=_h(rng, **b), body={
            "name": L("Alex Doe", NAMEC), "phone": L("+15550176612", TEL),
            "relation": "partner"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "lang": L("en-US", DEV)}),
        case(f, f"{a}/v1/track", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("team_registered", 1, division="AA"), ev("checked_in", 2),
                ev("screen", 3, screen=L("Bracket", USAGE))]}),
        case(f, f"{a}/v1/me/schedule", headers=_h(rng, how="plain"),
             cookies={"sandset_sid": L(opaque(rng, "", 40), CRED), "theme": "light"}),
    ]


def sandset_sdks() -> list[Case]:
    rng = random.Random(7032)
    return [
        ev_batch(APP, rng, [("Team Registered", {"division": "AA", "fee": L(90.0, BUY)}),
                            ("Checked In", {"venue": VENUE["id"]})], at=COURT_FIX, nd=4),
        ev_pixel(APP, rng, "Bracket Viewed", {"tournament": TOURNEY["id"]}),
        sk_session(APP, rng, first=True),
        sk_link(APP, rng, U("https://sandset.example.com/join", {
            "team": "team_inv_4419", "from": L(PARTNER_VB[0], NAMEC),
            "utm_source": "sms"})),
        au_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]}},
               yob=1991, gender="F", keywords="beach volleyball,sunscreen,sports"),
        ft_eval(APP, rng, {"division": "womens_aa", "beta": False}),
        bm_register(APP, rng, at=COURT_FIX, nd=2, tags={"tournament": TOURNEY["id"]}),
        bm_open(APP, rng, "court_called_4"),
        cl_route(APP, rng, [((40.74183, -73.98931), PRECISE), ((VENUE["lat"], VENUE["lon"]),
                                                              None)], profile="driving"),
        as_message(APP, rng, L(f"My partner {PARTNER_VB[0]} can't see our team in the bracket",
                               f"{TEXT}|{NAMEC}"), {"tournament": TOURNEY["id"]}),
    ]

