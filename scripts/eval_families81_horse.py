"""Horse-racing betting app "Furlongo": sign-up (address, SSN's last four), log-in with an MFA
code, ``/me``, the geolocation check (her fix, her Wi-Fi, nearby BSSIDs, the IP), an ID check
with a selfie, a bank account linked, a deposit, the race card, a bet, live odds (msgpack), a
protobuf stream heartbeat, favourites, a horse search, handicapping notes, limits, a withdrawal,
a W-9 for winnings, a referral, venues near her, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
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
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    latlng,
    opaque,
)
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, rid
from eval_families81_kit import NATID, RACE, SSN4, TICKET, TRACK_AT, home, obj
from eval_families81_sdk import (
    iz_event,
    iz_open,
    qs_crash,
    qs_crumb,
    sq_batch,
    sq_beacon,
    zb_bid,
    zb_win,
)
from eval_families81_svc import bg_eval, kl_save, tk_card
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("furlongo", "Furlongo", "com.example.furlongo", "6.0.3",
          "https://api.furlongo.example.com")
IID = "X-Furlongo-Device"
PW = "Belmont#Stakes19"
NEARBY = ["f0:9f:c2:41:8e:10", "a4:2b:b0:77:31:c5", "58:ef:68:0d:92:4a"]  # neighbours' APs


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def furlongo() -> list[Case]:
    rng = random.Random(8131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jurisdiction=L("NY", COARSE)))}
    la, lo = home(6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, RACE["id"]), (3, 188000), (4, 2400),
               (5, L(PUBLIC_IP, IPLOC)), (6, "edge-ewr-03")], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "phone": L(E164, TEL),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "ssnLast4": L(SSN4, NATID), "promo": "TRIPLECROWN25", "over21": True}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/sessions/mfa", fmt="form", headers=_h(rng), body={
            "code": L("602913", CRED), "challenge": rid(rng)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/geo/check", headers=_h(rng, **b), body={
            "lat": la, "lon": lo, "accuracyM": 14, "mock": L(False, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "nearby": [L(x, WIFI) for x in NEARBY], "ip": L(PUBLIC_IP, IPLOC),
            "lanIp": L(LOCAL_IP, DEV), "simCountry": L("us", CARRIER), "vpn": L(False, DEV)}),
        multipart(f, f"{a}/v1/kyc/documents", [
            ("front", "id_front.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("meta", None, "application/json", {"docType": "drivers_license",
                                                "issuer": L("NY", COARSE), "glare": 0.04})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/funding/ach", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "type": "checking",
            "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/funding/deposits", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "currency": "USD", "idempotency": rid(rng)}),
        case(f, f"{a}/v1/races/{RACE['id']}", headers=_h(rng, **b), query={
            "with": "runners,odds,scratches"}),
        case(f, f"{a}/v1/bets", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "race": RACE["id"], "type": "exacta",
            "selections": [RACE["runners"][1], RACE["runners"][3]], "stake": L("10.00", BUY),
            "odds": "7-2", "potentialPayout": "46.20"}),
        case(f, f"{a}/v1/odds/subscribe", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "races": [RACE["id"], "rc_20251209_bel_08"],
            "pool": "win", "seq": 11}),
        raw(f, f"{a}/v1/stream/hb", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/favourites", headers=_h(rng, **b), body={
            "horses": [RACE["runners"][1], "Ketil Breeze"], "jockeys": ["J. Ortiz"],
            "trainer": "C. Brown"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("night tulpar past performances", SEARCH), "type": "horse"}),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "race": RACE["id"], "horse": RACE["runners"][1],
            "text": L("Closes well on soft turf, skip if it rains", TEXT)}),
        case(f, f"{a}/v1/limits", fmt="form", headers=_h(rng, **b), body={
            "depositDaily": "100", "wagerWeekly": "250", "coolOff": "0"}),
        case(f, f"{a}/v1/funding/withdrawals", headers=_h(rng, **b), body={
            "amount": L("86.20", BUY), "toAccountLast4": L(ACCOUNT[-4:], PAY),
            "withdrawalId": obj(rng, "wd", 10)}),
        case(f, f"{a}/v1/tax/w9", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "tin": L(SSN, NATID), "tinType": "ssn",
            "address": L(f"{LINE1}, {LINE2}", ADDR), "cityStateZip": L(f"{CITY}, {STATE} {ZIP}",
                                                                      COARSE)}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendEmail": L("marcus.oyelaran@example.net", MAIL), "bonus": "ref25"}),
        case(f, f"{a}/v1/venues/near", headers=_h(rng, **b), query={
            "ll": latlng(3), "radiusKm": "40", "track": f"{TRACK_AT[0]},{TRACK_AT[1]}"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("bet_placed", 1, type="exacta"), ev("stream_started", 2),
                ev("screen", 3, screen=L("RaceCard", USAGE))]}),
        case(f, f"{a}/v1/bets/history", headers=_h(rng, how="upper"),
             cookies={"fg_session": L(opaque(rng, "", 44), CRED), "fg_state": L("NY", COARSE)}),
    ]


def furlongo_sdks() -> list[Case]:
    rng = random.Random(8132)
    return [
        sq_batch(APP, rng, [("Bet Placed", {"stake": L(10.0, BUY), "type": "exacta"}),
                            ("Stream Started", {"race": RACE["id"]})], adid=True),
        sq_beacon(APP, rng, "Race Card Viewed", {"track": "BEL"}),
        iz_open(APP, rng, first=True),
        iz_event(APP, rng, "first_deposit", {"method": "ach"}, revenue=50.0, hashed=True),
        zb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(40.74183, -73.98931), nd=3,
               yob=1991, gender="F"),
        zb_win(APP, rng),
        qs_crash(APP, rng, ("java.net.SocketTimeoutException", "odds stream"),
                 [qs_crumb("http", "GET /v1/races", {"status": 200}),
                  qs_crumb("nav", "RaceCard -> BetSlip")], screen="BetSlipActivity"),
        bg_eval(APP, rng, {"state": L("NY", COARSE), "kycPassed": True}, hdr=True),
        kl_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        tk_card(APP, rng, email=True),
    ]
