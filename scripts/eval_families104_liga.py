"""Barangay basketball liga app "Ligahan" (camelCase API): she plays guard in the women's division
of the Lahug summer liga and keeps her team's book. Not the curling and netball league apps of
sets 74 and 96: a barangay liga with residency proof, a team manager's roster and a scorer's box
score. Registration (height, birth date, barangay), residency proof (a barangay certificate
photo), a form log-in, ``/me`` with a JWT, joining the team by code, her teammates added, the
schedule, a court check-in at her fix, the box score and her shot chart (msgpack), a highlight
clip, an ankle injury, the season's fee by e-wallet, a jersey order, the team chat (msgpack), a
player search, an MVP vote, a watch import (heart rate), referee feedback, the waiver signed on
the screen, push, events and the standings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import strokes
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families104_kit import (
    COURT,
    COURT_FIX,
    HOME,
    HOME_AT,
    JERSEY,
    MATES,
    PH_MOBILE,
    TEAMS,
    mine,
    oid,
)
from eval_families104_sdk import (
    bb_bid,
    bb_win,
    bs_crash,
    bs_crumb,
    cn_queue,
    cn_track,
    iq_link,
    iq_session,
)
from eval_families104_svc import fv_eval, mn_route, pc_opened, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("ligahan", "Ligahan", "com.example.ligahan", "1.12.0", "https://api.ligahan.example.com")
IID = "X-Liga-Device"
PW = "Crossover#23"
PLAYER = "LH-W-0233"  # her player number in the liga (her account there: id.user)
OTHERS = others(random.Random(10440), 6, "ply_")  # other players (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def ligahan() -> list[Case]:
    rng = random.Random(10441)
    a, f, t = APP.api, APP.fam, TEAMS["mine"]
    jw = {"Authorization": J(claims(rng, player=L(PLAYER, UID), phone=L(PH_MOBILE, TEL)))}
    b = {"auth": "bearer"}
    game = oid(rng, "g", 8)
    lab: dict[str, str] = {}
    chk = pb([(1, L(PLAYER, UID)), (2, game), (3, [(1, mine(COURT_FIX, 6)[0]),
                                                   (2, mine(COURT_FIX, 6)[1])]),
              (4, COURT["id"]), (5, 1765357200)], "", lab)
    box = [{"player": p, "pts": rng.randrange(0, 15), "reb": rng.randrange(0, 8),
            "ast": rng.randrange(0, 6), "pf": rng.randrange(0, 4)} for p in OTHERS[:3]]
    box.append({"player": L(PLAYER, UID), "pts": 14, "reb": 3, "ast": 6, "pf": 2})
    shots = [{"x": rng.randrange(0, 500), "y": rng.randrange(0, 470), "made": rng.random() < .45,
              "q": 1 + i // 3} for i in range(9)]
    hr = [rng.randrange(118, 176) for _ in range(12)]
    return [
        case(f, f"{a}/api/players/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "birthDate": L("05/17/1991", BIRTH),
            "gender": L("F", GENDER), "division": "Women's Open", "heightCm": L(163, FIT),
            "position": "guard", "jersey": JERSEY, "barangay": L(HOME["brgy"], COARSE),
            "mobile": L(PH_MOBILE, TEL), "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        multipart(f, f"{a}/api/players/residency", [
            ("certificate", "brgy_cert.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{ADDR}")),
            ("data", None, "application/json", {"barangay": L(HOME["brgy"], COARSE),
                                                "address": L(HOME["line"], ADDR),
                                                "yearsResident": 1})], headers=_h(rng)),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "mobile": L("09955550148", TEL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/teams/{t}/join", fmt="form", headers=_h(rng, **b), body={
            "joinCode": L("LAHUG-W-7781", CRED), "player": L(PLAYER, UID)}),
        case(f, f"{a}/api/teams/{t}/roster", headers=_h(rng, **b), body={
            "players": [{"name": L(n, NAMEC), "mobile": L(p, TEL), "jersey": 7 + 4 * i}
                        for i, (n, p) in enumerate(MATES)]}),
        case(f, f"{a}/api/schedule", headers=_h(rng, **b), query={
            "division": "W", "team": t, "season": "2025-summer"}),
        raw(f, f"{a}/api/games/{game}/checkin", chk, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/games/{game}/boxscore", headers=_h(rng, **b), body={
            "team": t, "opponent": TEAMS["them"], "score": [61, 58], "rows": box,
            "scorer": L(USER_ID, UID)}),
        case(f, f"{a}/api/games/{game}/shots", fmt="msgpack", headers=_h(rng, **b), body={
            "shooter": L(PLAYER, UID), "shots": shots}),
        multipart(f, f"{a}/api/games/{game}/highlights", [
            ("clip", "gamewinner.mp4", "video/mp4", L(MP4 + b"\x01", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Game winner from the corner!", TEXT), "tags": OTHERS[:2]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/injuries", headers=_h(rng, **b), body={
            "bodyPart": L("left ankle", MED), "kind": L("sprain", MED), "daysOut": L(10, MED),
            "game": game, "note": L("Rolled my ankle on a wet spot near the baseline",
                                    f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("1500.00", BUY), "method": "ewallet",
            "msisdn": L(PH_MOBILE, f"{TEL}|{PAY}"), "reference": L("LH-FEE-25-0233", BUY)}),
        case(f, f"{a}/api/jerseys/order", headers=_h(rng, **b), body={
            "size": "M", "nameOnBack": L("DOE", NAMEC), "number": JERSEY,
            "price": L("650.00", BUY), "pickup": COURT["id"]}),
        case(f, f"{a}/api/teams/{t}/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "clientId": oid(rng, "cm", 10),
            "text": L("Practice moved to 6pm, bring water", TEXT)}),
        case(f, f"{a}/api/players/search", headers=_h(rng, **b), query={
            "q": L("Alcoser", f"{SEARCH}|{NAMEC}"), "division": "W"}),
        case(f, f"{a}/api/mvp/vote", fmt="form", headers=_h(rng, **b), body={
            "game": game, "candidate": OTHERS[4], "voter": L(USER_ID, UID)}),
        case(f, f"{a}/api/fitness/import", gz=True, headers=_h(rng, **b), body={
            "game": game, "heartRate": L(hr, FIT), "calories": L(412, FIT),
            "steps": L(6120, FIT), "source": "com.example.watchsync"}),
        case(f, f"{a}/api/referee-feedback", headers=_h(rng, **b), body={
            "game": game, "anonymous": True,
            "text": L("Too many missed travelling calls in the 4th quarter", TEXT)}),
        case(f, f"{a}/api/waiver", headers=_h(rng, **b), body={
            "season": "2025-summer", "signedName": L(f"{FIRST} {LAST}", NAMEC),
            "signature": L(strokes(rng, 14), MOTION), "agreed": True}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("checkin", 1, court=COURT["id"]), ev("boxscore_saved", 2, rows=4),
                ev("screen", 3, screen=L("Standings", USAGE))]}),
        case(f, f"{a}/api/standings", headers=_h(rng, how="upper"),
             cookies={"lh_session": L(opaque(rng, "", 40), CRED), "lh_div": "W"}),
    ]


def ligahan_sdks() -> list[Case]:
    rng = random.Random(10442)
    link = U("https://ligahan.example.com/invite", {"team": TEAMS["mine"],
                                                    "ref": L(PLAYER, UID),
                                                    "utm_source": "messenger"})
    return [
        cn_track(APP, rng, [("Game Checked In", {"court": COURT["id"]}),
                            ("Highlight Uploaded", {"secs": 14})], at=COURT_FIX, nd=2),
        cn_queue(APP, rng, [("Scoring Started", {"game": "g_1"}),
                            ("Foul Added", {"quarter": 4})]),
        iq_session(APP, rng, 22),
        iq_link(APP, rng, link),
        bb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="basketball,sneakers"),
        bb_win(APP, rng),
        bs_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "roster row 5"),
                 [bs_crumb("navigation", "Game -> BoxScore"),
                  bs_crumb("user", "tap", {"view": "add_row"})], ctx="BoxScoreActivity"),
        fv_eval(APP, rng, {"division": "W", "scorer": True}),
        pc_register(APP, rng, tags={"team": TEAMS["mine"], "division": "W"}),
        pc_opened(APP, rng, "game_reminder_w12"),
        mn_route(APP, rng, [(HOME_AT, PRECISE), ((COURT["lat"], COURT["lon"]), None)]),
    ]
