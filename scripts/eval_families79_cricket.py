"""Cricket fantasy-league app "Chhokkadol" (a Bangladeshi league played from New York;
snake_case API): sign-up with a handle, a log-in, ``/me``, the paid-contest location check (her
fix, IP, SIM and network country, mock and VPN flags), fixtures, a team of eleven, a contest
entry, a private league with a join code, friends invited from her address book, league chat
(msgpack), a deposit, an identity check (SSN last four and a licence photo), a withdrawal, a
player search, limits, an avatar, push, events and the wallet by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, STATE, ZIP, App, ev, opaque
from eval_families24_kit import SSN, claims, head, rid
from eval_families79_kit import HANDLE, LEAGUE_CODE, MATCH, PLAYERS, home, obj
from eval_families79_sdk import (
    bg_bid,
    bg_win,
    bl_session,
    gn_batch,
    gn_queue,
    sk_event,
    sk_link,
)
from eval_families79_svc import gb_register, pk_eval, sm_save, tp_bank, tp_card
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PUBLIC_IP, USER_ID, Case, J, L, U, case

APP = App("chhokkadol", "Chhokkadol", "com.example.chhokkadol", "6.0.2",
          "https://api.chhokkadol.example.com")
IID = "X-CKD-Device"
PW = "Sixer#Tigers91"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def chhokkadol() -> list[Case]:
    rng = random.Random(7951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = home(4)
    team = obj(rng, "tm", 10)
    lg = obj(rng, "lg", 8)
    acc: Acc = {}
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "dob": L(DOB, BIRTH), "state": L(STATE, COARSE),
            "referral": "RAFI-2210", "accept_terms": True}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "login": L(HANDLE, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/compliance/location", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "accuracy_m": 16, "ip": L(PUBLIC_IP, IPLOC),
            "sim_country": L("US", CARRIER), "network_country": L("US", CARRIER),
            "mock_location": L(False, DEV), "vpn": L(False, DEV), "region": L("NY", COARSE)}),
        case(f, f"{a}/v1/fixtures", headers=_h(rng, **b), query={
            "league": "BPL", "season": "2025", "status": "upcoming"}),
        case(f, f"{a}/v1/teams", headers=_h(rng, **b), body={
            "match": MATCH["id"], "team_id": team, "players": PLAYERS,
            "captain": PLAYERS[2], "vice_captain": PLAYERS[5],
            "team_name": L("Mirpur Monsoon XI", TEXT)}),
        case(f, f"{a}/v1/contests/ct_88120/entries", fmt="form", headers=_h(rng, **b), body={
            "team_id": team, "entry_fee": L("49.00", BUY), "wallet": "main",
            "client_ref": rid(rng)}),
        case(f, f"{a}/v1/leagues", headers=_h(rng, **b), body={
            "league_id": lg, "name": L("Jackson Heights Tigers", TEXT),
            "join_code": L(LEAGUE_CODE, CRED), "max_members": 10, "entry_fee": L("10.00", BUY)}),
        case(f, f"{a}/v1/leagues/join", fmt="form", headers=_h(rng, **b), body={
            "code": L("CKD-QNS-4K8", CRED)}),
        case(f, f"{a}/v1/leagues/{lg}/invites", headers=_h(rng, **b), body={
            "invitees": [{"name": L("Rafiq Hossain", CONTACTS), "phone": L("+17185550162",
                                                                          CONTACTS)},
                         {"name": L("Sumaiya Khan", CONTACTS),
                          "phone": L("+13475550118", CONTACTS)}],
            "source": "contacts", "message": L("Join my league, code inside!", TEXT)}),
        case(f, f"{a}/v1/leagues/{lg}/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "msg_id": obj(rng, "m", 10), "user": L(USER_ID, UID),
            "text": L("Captain pick was a disaster, 4 runs", TEXT)}),
        case(f, f"{a}/v1/wallet/deposits", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "currency": "USD",
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "promo": "FIRSTSIX"}),
        multipart(f, f"{a}/v1/kyc", [
            ("id_front", "licence.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "legal_name": L(NAME, NAMEC), "dob": L(DOB, BIRTH),
                "ssn_last4": L(SSN[-4:], NATID), "state": L(STATE, COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wallet/withdrawals", fmt="form", headers=_h(rng, **b), body={
            "amount": L("120.00", BUY), "payout_account": L(opaque(rng, "ba_", 20), PAY)}),
        case(f, f"{a}/v1/players/search", headers=_h(rng, **b), query={
            "q": L("left arm spinner dhaka", SEARCH), "match": MATCH["id"]}),
        case(f, f"{a}/v1/me/limits", headers=_h(rng, **b), body={
            "deposit_weekly": 100, "contest_daily": 5, "cool_off_days": 0}),
        multipart(f, f"{a}/v1/me/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("team_saved", 1, players=11), ev("contest_joined", 2),
                ev("screen", 3, screen=L("Leaderboard", USAGE))]}),
        case(f, f"{a}/v1/tax/w9", headers=_h(rng, **b), body={
            "legal_name": L(NAME, NAMEC), "ssn": L(SSN, NATID), "address": L(LINE1, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "certified": True}),
        case(f, f"{a}/v1/me/notifications", fmt="form", headers=_h(rng, **b), body={
            "toss": "1", "lineups": "1", "promos": "0", "tz": L("America/New_York", DEV)}),
        add(case(f, f"{a}/v1/wallet", headers=_h(rng, how="nodash"), cookies={
            "ckd_sid": tok({"sub": L(USER_ID, UID), "handle": L(HANDLE, UID), "iat": 1765300000,
                            "exp": 1767892000}, "cookie", "ckd_sid", acc),
            "ckd_dev": L(INSTALL_ID, DID)}), acc),
    ]


def chhokkadol_sdks() -> list[Case]:
    rng = random.Random(7952)
    link = U("https://chhokkadol.example.com/invite", {"ref": L(HANDLE, UID),
                                                        "league": "lg_1f04a7c2"})
    return [
        gn_batch(APP, rng, [("Contest Joined", {"fee": L(49.0, BUY), "match": MATCH["id"]}),
                            ("Team Saved", {"captain": PLAYERS[2]})], adid=True),
        gn_queue(APP, rng, [("Fixture Viewed", {"match": MATCH["id"]}),
                            ("Chat Sent", {"len": 38})]),
        sk_event(APP, rng, "first_deposit", {"method": "card"}, revenue=50.0, hashed=True),
        sk_link(APP, rng, link),
        bg_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=(LAT, LON), nd=4, yob=1991, keywords="cricket,fantasy"),
        bg_win(APP, rng),
        bl_session(APP, rng, secs=1310),
        pk_eval(APP, rng, {"state": L("NY", COARSE), "paidContests": True}),
        gb_register(APP, rng, adid=True, tags={"fav_team": "dhaka_dynamos"}),
        tp_card(APP, rng),
        tp_bank(APP, rng),
        sm_save(APP, rng, {"analytics": True, "ads": True}, user=True),
    ]


__all__ = ["APP", "chhokkadol", "chhokkadol_sdks"]
