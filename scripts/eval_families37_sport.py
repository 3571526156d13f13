"""Live-sports streaming app "Goalstream" with geo-blocking checks and betting odds: sign-up,
a log-in, ``/me``, the streaming rights check (the public IP, the SIM's and network's country,
MCC/MNC, the carrier, the zone), the betting geolocation check (a precise fix, the Wi-Fi she is
on and the networks around), a stream started and its heartbeat (protobuf), watch history
(gzip), favourite teams, a search, live chat (msgpack), a casting target, odds, a bettor's
identity check with an ID scan, a deposit, a bet, limits, a withdrawal to her bank, a Play
subscription, push, events and the wallet by a cookie GET."""

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
    MCCMNC,
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
from eval_families18_kit import NATID
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head
from eval_families37_kit import BETSLIP, MATCH, STADIUM_AT, home, obj
from eval_families37_sdk import (
    am_event,
    am_launch,
    am_link,
    bf_bid,
    bf_notice,
    cc_crash,
    cc_crumb,
    cc_session,
    ml_batch,
    ml_queue,
)
from eval_families37_svc import ct_save, nw_register, pl_card, ts_eval
from eval_payloads import BSSID, EMAIL, INSTALL_ID, PUBLIC_IP, SSID, USER_ID, Case, J, L, U, case

APP = App("goalstream", "Goalstream", "com.example.goalstream", "9.0.6",
          "https://api.goalstream.example.com")
IID = "X-GS-Device"
PW = "Offside!Ferry31"
BETTOR = "GSB-0091274"  # her betting account number (id.user)
TV_IP = "192.168.1.41"  # the living-room TV she casts to (not the phone: a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def goalstream() -> list[Case]:
    rng = random.Random(3771)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), bettor=L(BETTOR, UID),
                                    tier="season_pass"))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    ev_id = MATCH["id"]
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, ev_id), (3, 2711000), (4, 4800),
               (5, "edge-use1-17"), (6, L(PUBLIC_IP, IPLOC))], "", lab)
    return [
        case(f, f"{a}/v2/account", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, BIRTH),
            "state": L(STATE, COARSE), "marketingOptIn": False}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/rights/check", headers=_h(rng, **b), body={
            "event": ev_id, "clientIp": L(PUBLIC_IP, IPLOC), "simCountry": L("us", CARRIER),
            "networkCountry": L("us", CARRIER), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER), "timeZone": L("America/New_York", DEV),
            "vpnActive": L(False, DEV), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/betting/geocomply", headers=_h(rng, **b), body={
            "fix": {"lat": hla, "lon": hlo, "accuracyM": 11, "mock": L(False, DEV)},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "nearby": [{"bssid": L("a4:2b:b0:71:3e:0c", WIFI), "rssi": -71},
                       {"bssid": L("f8:1a:67:c2:90:15", WIFI), "rssi": -80}],
            "jurisdiction": L("NY", COARSE), "stadium": list(STADIUM_AT),
            "ip": L(PUBLIC_IP, IPLOC), "simCountry": L("US", CARRIER)}),
        case(f, f"{a}/v2/playback/{ev_id}/start", headers=_h(rng, **b), body={
            "drm": "widevine", "securityLevel": L("L1", DEV), "hdcp": L("2.2", DEV),
            "maxHeight": L(1080, DEV), "session": obj(rng, "ps", 12)}),
        raw(f, f"{a}/v2/playback/{ev_id}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/history", gz=True, headers=_h(rng, **b), body={"watched": [
            {"event": "evt_1187990", "minutes": L(96, USAGE), "live": True},
            {"event": "evt_1188011", "minutes": L(12, USAGE), "live": False},
            {"event": ev_id, "minutes": L(45, USAGE), "live": True}]}),
        case(f, f"{a}/v2/favorites", fmt="form", headers=_h(rng, **b), body={
            "teams": "tm_brk_tides,tm_chi_lakers", "alerts": "goals,kickoff",
            "homeMarket": L("New York", COARSE)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("harbormen highlights", SEARCH), "type": "video"}),
        case(f, f"{a}/v2/chat/{ev_id}", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "text": L("that was never offside 😤", TEXT),
            "ts": 1765322100}),
        case(f, f"{a}/v2/cast/sessions", headers=_h(rng, **b), body={
            "receiver": "Living Room TV", "receiverIp": TV_IP, "event": ev_id,
            "senderModel": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/odds/{ev_id}", headers=_h(rng, **b), query={
            "markets": "moneyline,spread,total", "format": "american"}),
        multipart(f, f"{a}/v2/betting/kyc", [
            ("idFront", "id_front.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                "dob": L(DOB, BIRTH), "ssnLast4": L(SSN[-4:], NATID), "phone": L(E164, TEL),
                "address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/wallet/deposits", fmt="form", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "bettor": L(BETTOR, UID)}),
        case(f, f"{a}/v2/bets", headers=_h(rng, **b), body={
            "slip": L(BETSLIP, BUY), "stake": L("20.00", BUY), "event": ev_id,
            "market": "moneyline", "selection": MATCH["home"], "odds": "+135",
            "potentialPayout": "47.00", "acceptOddsChange": False}),
        case(f, f"{a}/v2/betting/limits", headers=_h(rng, **b), body={
            "depositWeekly": 100, "sessionMinutes": 60, "coolOff": None,
            "realityCheckMin": 30}),
        case(f, f"{a}/v2/wallet/withdrawals", fmt="form", headers=_h(rng, **b), body={
            "amount": L("47.00", BUY), "routing": L(ROUTING, PAY),
            "account": L(ACCOUNT, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/store/verify", headers=_h(rng, **b), body={
            "sku": L("gs_season_pass", BUY), "orderId": L("GPA.3312-5540-8812-04417", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("stream_start", 1, event=ev_id), ev("bet_placed", 2, stake=L(20.0, BUY)),
                ev("screen", 3, screen=L("LiveMatch", USAGE))]}),
        case(f, f"{a}/v2/wallet", headers=_h(rng, how="none"),
             cookies={"gs_sess": L(opaque(rng, "", 48), CRED),
                      "gs_dev": L(INSTALL_ID.upper(), DID)}),
    ]


def goalstream_sdks() -> list[Case]:
    rng = random.Random(3772)
    link = U("https://goalstream.example.com/go", {"promo": "FIRSTBET20", "event": MATCH["id"],
                                                   "ref": L(BETTOR, UID)})
    instream = {"video": {"mimes": ["video/mp4"], "w": 1920, "h": 1080, "startdelay": 0,
                          "placement": 1}}
    return [
        ml_batch(APP, rng, [("Stream Started", {"event": MATCH["id"], "league": "NAL"}),
                            ("Bet Placed", {"stake": L(20.0, BUY)})], adid=True),
        ml_queue(APP, rng, [("Geo Check Passed", {"jurisdiction": L("NY", COARSE)}),
                            ("Odds Viewed", {"event": MATCH["id"]})]),
        am_launch(APP, rng, first=True),
        am_link(APP, rng, link),
        am_event(APP, rng, "first_deposit", {"method": "card"}, revenue=50.0, hashed=True),
        bf_bid(APP, rng, instream, yob=1991, keywords="basketball,betting,nal"),
        bf_notice(APP, rng, "win"),
        cc_session(APP, rng, secs=6420),
        cc_crash(APP, rng, ("android.media.MediaCodec$CodecException", "Error 0xfffffff4"),
                 [cc_crumb("navigation", "Home -> LiveMatch"),
                  cc_crumb("http", "POST", {"url": f"{APP.api}/v2/rights/check",
                                            "status": 451})], screen="PlayerActivity"),
        ts_eval(APP, rng, {"state": L(STATE, COARSE), "betting": True}),
        nw_register(APP, rng, adid=True, tags={"team": "tides", "state": L(STATE, COARSE)}),
        ct_save(APP, rng, {"analytics": True, "ads": True, "sale_of_data": False}),
        pl_card(APP, rng),
    ]
