"""Cricket fantasy-league app "Yorkerly" (an Indian T20 league). Unlike set 79's paid-contest
app, Telangana bars paid contests: the geo check from her flat places her there, so she plays
free contests and an office league; the app still wants PAN-based KYC (age and name) before it
sends a free contest's prize voucher. Sign-up with her team name (her public handle), an OTP,
``/me`` with a JWT, the state check (her fix, the IP, SIM and network country, mock and VPN
flags), fixtures, a team, a free contest, an office league created, joined by code and her
address-book invitees, the live score, chat (msgpack), a watch heartbeat (protobuf), the PAN and
its photo, a bank account for prizes, a Play purchase of boosters, limits, a support message,
the leaderboard, an avatar, push, events and the wallet by a JWT cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families20_kit import DOB, ev, play_token
from eval_families24_kit import claims, others, rid
from eval_families105_kit import BANK_ACCT, HOME_AT, IFSC, MATCH, NATID, PAN, InApp, hh, obj
from eval_families105_sdk import (
    gn_batch,
    gn_queue,
    jl_event,
    jl_session,
    px_bid,
    px_win,
    vl_crash,
    vl_crumb,
)
from eval_families105_svc import an_save, jd_eval, sm_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = InApp("yorkerly", "Yorkerly", "com.example.yorkerly", "9.0.2",
            "https://api.yorkerly.example.com")
IID = "X-Yk-Install"
HANDLE = "JaneSpinXI"  # her public team name (id.user)
LEAGUE_CODE = "YK-BLKC-7Q4M"  # the office league's join code (secret.credential)
PLAYERS = others(random.Random(10550), 11, "ply_")  # players picked (negatives)
RIVALS = others(random.Random(10551), 4, "usr_")  # other users (negatives)
INVITE = [("Anjali Menon", "+919866014420"), ("Pradeep Naidu", "+919704418831")]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how, lang=False, **kw)


def yorkerly() -> list[Case]:
    rng = random.Random(10552)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), mobile=L(E164, TEL)))}
    b = {"auth": "bearer"}
    lg = obj(rng, "lg", 8)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, MATCH["id"]), (3, L(PUBLIC_IP, IPLOC)),
               (4, L(1860, USAGE)), (5, "hls_480p")], "", lab)
    acc: Acc = {}
    wallet = add(case(f, f"{a}/v1/wallet", headers=_h(rng, how="upper"), cookies={
        "yk_auth": tok({"sub": L(USER_ID, UID), "handle": L(HANDLE, UID), "exp": 1765400000},
                       "cookie", "yk_auth", acc), "yk_ab": "grp_b"}), acc)
    score = case(f, f"{a}/v1/live/{MATCH['id']}/score", headers=_h(rng, **b),
                 query={"over": "14.3"})
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "mobile": L(E164, TEL), "email": L(EMAIL, MAIL), "teamName": L(HANDLE, UID),
            "dob": L(DOB, BIRTH), "state": L("Telangana", COARSE), "referral": "RAVI250",
            "over18": True}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "mobile": L(NATIONAL, TEL), "otp": L("660214", CRED), "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/geo/check", headers=_h(rng, **b), body={
            "lat": L(round(HOME_AT[0], 4), PRECISE), "lon": L(round(HOME_AT[1], 4), PRECISE),
            "accuracyM": 12, "state": L("Telangana", COARSE), "ip": L(PUBLIC_IP, IPLOC),
            "simCountry": L("us", CARRIER), "networkCountry": L("in", CARRIER),
            "mock": L(False, DEV), "vpn": L(False, DEV), "purpose": "paid_contest"}),
        case(f, f"{a}/v1/matches", headers=_h(rng, **b), query={
            "status": "upcoming", "league": "t20"}),
        case(f, f"{a}/v1/teams", headers=_h(rng, **b), body={
            "match": MATCH["id"], "players": PLAYERS, "captain": PLAYERS[2],
            "viceCaptain": PLAYERS[7], "label": "T1"}),
        case(f, f"{a}/v1/contests/cst_free_0142/join", fmt="form", headers=_h(rng, **b),
             body={"team": obj(rng, "tm", 8), "entryFee": "0", "kind": "free"}),
        case(f, f"{a}/v1/leagues", headers=_h(rng, **b), body={
            "id": lg, "name": L("Block C Lunch League", TEXT), "maxTeams": 20,
            "season": "t20-2026"}),
        case(f, f"{a}/v1/leagues/join", fmt="form", headers=_h(rng, **b), body={
            "code": L(LEAGUE_CODE, CRED), "team": obj(rng, "tm", 8)}),
        case(f, f"{a}/v1/leagues/{lg}/invites", headers=_h(rng, **b), body={
            "invitees": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p in INVITE],
            "via": "sms"}),
        score,
        case(f, f"{a}/v1/chat/{lg}/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "clientMsgId": rid(rng),
            "text": L("Who picked the Chennai keeper as captain? Bold move", TEXT)}),
        raw(f, f"{a}/v1/watch/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kyc/pan", headers=_h(rng, **b), body={
            "pan": L(PAN, NATID), "nameOnPan": L("JANE DOE", NAMEC),
            "dob": L("17/05/1991", BIRTH), "consent": True}),
        multipart(f, f"{a}/v1/kyc/pan/photo", [
            ("image", "pan_front.jpg", "image/jpeg", L(JPEG + b"\xe1", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"side": "front", "blurScore": 0.08})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kyc/bank", fmt="form", headers=_h(rng, **b), body={
            "account": L(BANK_ACCT, PAY), "ifsc": L(IFSC, PAY), "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "productId": L("boosters_pack_10", BUY), "orderId": L("GPA.3318-2207-5541-90312", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/play-limits", fmt="form", headers=_h(rng, **b), body={
            "dailyMinutes": "60", "breakReminder": "1"}),
        case(f, f"{a}/v1/support", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "topic": "points",
            "text": L("My points for the wicket in the 14th over were not added", TEXT)}),
        case(f, f"{a}/v1/leagues/{lg}/leaderboard", headers=_h(rng, **b), query={
            "page": "1", "around": RIVALS[0]}),
        multipart(f, f"{a}/v1/profile/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\xe2", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, "nodash", **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Asia/Kolkata", DEV),
            "rooted": L(False, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("team_created", 1, match=MATCH["id"]), ev("league_joined", 2),
                ev("screen", 3, screen=L("LiveScore", USAGE))]}),
        wallet,
    ]


def yorkerly_sdks() -> list[Case]:
    rng = random.Random(10553)
    return [
        gn_batch(APP, rng, [("Team Created", {"match": MATCH["id"], "credits": 99.5}),
                            ("Paid Contest Blocked", {"state": L("Telangana", COARSE)})]),
        gn_queue(APP, rng, [("Live Score Viewed", {"seconds": L(1860, USAGE)}),
                            ("Chat Sent", {"league": "office"})]),
        jl_session(APP, rng, first=True),
        jl_event(APP, rng, "yk9lgj", "league_joined", {"league_type": "private"}),
        px_bid(APP, rng, {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920}},
               yob=1991, gender="F", keywords="cricket,fantasy,t20"),
        px_win(APP, rng),
        vl_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "players index 11"),
                 [vl_crumb("nav", "Match -> CreateTeam"),
                  vl_crumb("ui", "tap", {"view": "captain_chip"})], screen="CreateTeamActivity"),
        jd_eval(APP, rng, {"state": L("Telangana", COARSE), "paidContests": False}),
        an_save(APP, rng, {"analytics": True, "ads_personalisation": True}),
        sm_message(APP, rng, L("Why can't I join paid contests from Hyderabad?",
                               f"{TEXT}|{COARSE}"), {"handle": L(HANDLE, UID)}),
    ]
