"""Netball league app "Centrepass" (she plays goal defence for a social team in Durban):
registration with her ID number, emergency contact and asthma, a log-in, ``/me``, joining the
team by code, fixtures, availability, a check-in at the courts, her match stats, a watch import
(heart rate, distance), an injury report, first-aid notes, a team photo, the team chat (msgpack),
the season's fees, a kit order, her player card by number in the path, a player search, a lift
offered to an away game, settings, push, events and the standings by a cookie GET."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families37_kit import fix, obj
from eval_families96_kit import (
    COURTS,
    DBN,
    HUSBAND,
    LEAGUE_NO,
    NETBALL_FIX,
    SA_ID,
    TEAM,
    TEAM_CODE,
    heart,
)
from eval_families96_sdk import (
    ab_link,
    ab_session,
    bk_bid,
    co_session,
    tw_batch,
    tw_identify,
    tw_queue,
)
from eval_families96_svc import fp_eval, hb_attach, od_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("centrepass", "Centrepass", "com.example.centrepass", "4.1.0",
          "https://api.centrepass.example.com")
IID = "X-Cp-Install"
PW = "GoalDefence!91"
FIXTURE = "fx_2612_b07"  # a fixture's ID (a negative)
MATES = others(random.Random(9661), 3, "pl_")  # teammates' player IDs (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def centrepass() -> list[Case]:
    rng = random.Random(9662)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), league=L(LEAGUE_NO, UID)))}
    b = {"auth": "bearer"}
    cla, clo = fix(NETBALL_FIX, 6)
    lab: dict[str, str] = {}
    stats = pb([(1, L(LEAGUE_NO, UID)), (2, FIXTURE), (3, "GD"),
                (4, [(1, 4), (2, 6), (3, 3), (4, 2)]), (5, 4), (6, MATES[0])], "", lab)
    card = at_path(case(f, f"{a}/v1/players/{LEAGUE_NO}/card", headers=_h(rng, **b)),
                   LEAGUE_NO, UID)
    return [
        case(f, f"{a}/v1/players", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "idNumber": L(SA_ID, NATID), "dob": L(DOB, BIRTH),
            "gender": L("female", GENDER), "password": L(PW, CRED),
            "emergency": {"name": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
                          "relation": "spouse"},
            "medical": {"conditions": [L("asthma", MED)], "carriesInhaler": L(True, MED)}}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/teams/join", headers=_h(rng, **b), body={
            "code": L(TEAM_CODE, CRED), "team": TEAM["id"], "position": "GD", "bib": 7}),
        case(f, f"{a}/v1/fixtures", headers=_h(rng, **b), query={
            "team": TEAM["id"], "season": "2026", "division": TEAM["division"]}),
        case(f, f"{a}/v1/venues/{COURTS['id']}/follow", headers=_h(rng, **b), body={
            "closures": True, "parking": False}),
        case(f, f"{a}/v1/fixtures/{FIXTURE}/availability", headers=_h(rng, **b),
             body={"available": "yes", "player": L(LEAGUE_NO, UID)}),
        case(f, f"{a}/v1/fixtures/{FIXTURE}/checkin", headers=_h(rng, **b), body={
            "at": {"lat": cla, "lng": clo, "acc": 7}, "venue": COURTS["id"],
            "venuePoint": {"lat": COURTS["lat"], "lng": COURTS["lon"]}, "court": 3}),
        raw(f, f"{a}/v1/fixtures/{FIXTURE}/stats", stats, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/workouts/import", gz=True, headers=_h(rng, **b), body={
            "source": "watch", "fixture": FIXTURE, "heartRate": heart(rng, 40),
            "avgHr": L(148, FIT), "maxHr": L(181, FIT), "distanceKm": L(4.2, FIT),
            "kcal": L(512, FIT), "steps": L(6930, FIT)}),
        case(f, f"{a}/v1/injuries", headers=_h(rng, **b), body={
            "fixture": FIXTURE, "bodyPart": L("right ankle", MED), "severity": L("mild", MED),
            "text": L("Rolled my ankle landing after an intercept, iced it, slight swelling",
                      f"{TEXT}|{MED}"), "seenPhysio": False}),
        case(f, f"{a}/v1/players/me/first-aid", headers=_h(rng, **b), body={
            "notes": L("Mild asthma, my inhaler is in the side pocket of my bag",
                       f"{TEXT}|{MED}"), "bloodType": L("O+", MED), "consent": True}),
        multipart(f, f"{a}/v1/teams/{TEAM['id']}/photos", [
            ("photo", "gazelles.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Gazelles after beating the Berea Bees 31-24!", TEXT),
                "fixture": FIXTURE})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/teams/{TEAM['id']}/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "id": obj(rng, "m", 12), "text": L("Who can bring the bibs on Saturday? I have the "
                                               "balls", TEXT), "replyTo": None}),
        case(f, f"{a}/v1/payments/fees", headers=_h(rng, **b), body={
            "product": L("season_2026_social", BUY), "amount": L("650.00", BUY),
            "currency": "ZAR", "method": "payduiker"}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "dress-gzl-m", "qty": 1}, {"sku": "bib-gd", "qty": 1}],
            "total": L("545.00", BUY), "collect": "club"}),
        card,
        case(f, f"{a}/v1/players/search", headers=_h(rng, **b), query={
            "q": L("Ayanda", SEARCH), "team": TEAM["id"]}),
        case(f, f"{a}/v1/lifts", headers=_h(rng, **b), body={
            "fixture": "fx_2612_b09", "fromSuburb": L(DBN["suburb"], COARSE), "seats": 3,
            "departs": "2025-12-13T07:30+02:00"}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "lang": L("en", DEV), "tz": L("Africa/Johannesburg", DEV), "shareStats": "team"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installationId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "playerId": L(USER_ID, UID), "events": [
                ev("checkin", 1), ev("stats_saved", 2),
                ev("screen", 3, screen=L("Standings", USAGE))]}),
        case(f, f"{a}/v1/standings", headers=_h(rng, how="nodash"),
             cookies={"cp_session": L(opaque(rng, "", 40), CRED)}),
    ]


def centrepass_sdks() -> list[Case]:
    rng = random.Random(9663)
    link = U("https://centrepass.example.com/join", {
        "team": TEAM["id"], "code": L(TEAM_CODE, CRED), "utm_source": "whatsapp"})
    return [
        tw_batch(APP, rng, [("Checked In", {"venue": COURTS["id"]}),
                            ("Stats Saved", {"intercepts": 4})], at=NETBALL_FIX, nd=3),
        tw_identify(APP, rng, {"team": TEAM["name"], "position": "GD",
                               "city": L("Durban", COARSE)}),
        ab_session(APP, rng, user=True, n=41),
        ab_link(APP, rng, link),
        bk_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="netball,sport"),
        tw_queue(APP, rng, [("Fixture Viewed", {"fixture": FIXTURE}), ("Lift Offered", {})]),
        co_session(APP, rng, secs=1260),
        fp_eval(APP, rng, {"league": "durban-social", "statsBeta": True}),
        od_save(APP, rng, {"analytics": True, "ads": False, "photos": True}),
        hb_attach(APP, rng, L(JPEG + b"\xe2", MEDIA), "fees_screenshot.jpg", "image/jpeg"),
    ]
