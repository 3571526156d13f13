"""Online poker room "Pocketnine Poker" (real money, licensed in New Jersey, where she plays from a
café in Jersey City; identity verification and anti-collusion telemetry; camelCase API): sign-up
with a screen name, log-in with a 2FA header, ``/me``, KYC (legal name, the SSN's last four, her
address), a passport and a selfie with a face template, a utility bill as proof of address, the
geolocation check (her fix, Wi-Fi nearby, IPs, SIM and network country) and a protobuf geo
heartbeat, a deposit, a seat, hand actions (msgpack), anti-collusion telemetry (installed apps,
accessibility services, the device, bet-slider drags), table chat with key timings, a note on an
opponent, limits, a withdrawal, a W-2G, a tournament, the leaderboard, an invitation, a history
export, push, events and the lobby by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    IID_NODASH,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    compact,
    f32b64,
    keys,
    landmarks,
    multipart,
    pb,
    push_token,
    raw,
    swipe,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, ev, opaque
from eval_families22_kit import PASSPORT
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, others
from eval_families63_kit import BANNED, CAFE_NET, JC_FIX, NEAR_NET, SCREEN9, TABLE9, App63, obj
from eval_families63_sdk import (
    fp_crumb,
    fp_report,
    sw_event,
    sw_open,
    tb_batch,
    tb_pixel,
)
from eval_families63_svc import fg_eval, pbay_save, pm_card, pw_register, rf_message
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App63("pocketnine", "Pocketnine Poker", "com.example.pocketnine", "9.4.1",
            "https://api.pocketnine.example.com")
IID = "X-P9-Device"
PW = "Suited-Conn3ctors!"
CHAT = "gg wp, nice river"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def pocketnine() -> list[Case]:
    rng = random.Random(6361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, screenName=L(SCREEN9, UID), state=L("NJ", COARSE),
                                    kyc="verified"))}
    players = others(rng, 5, "pl_")
    tourney = obj(rng, "mtt", 8)
    typed = keys(rng, CHAT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, [(1, L(JC_FIX[0], PRECISE)),
                                          (2, L(JC_FIX[1], PRECISE))]),
               (3, L(PUBLIC_IP, IPLOC)), (4, 1765362000), (5, TABLE9)], "", lab)
    return [
        case(f, f"{a}/api/players", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "screenName": L(SCREEN9, UID),
            "dateOfBirth": L(DOB, BIRTH), "state": L("NJ", COARSE), "mobile": L(E164, TEL),
            "promo": "NINEFREE"}),
        case(f, f"{a}/api/auth", fmt="form", headers=_h(rng, extra={
            "X-2FA-Code": L("305817", CRED)}), body={
            "login": L(SCREEN9, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/api/players/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kyc", headers=_h(rng, **b), body={
            "legalName": L(NAME, NAMEC), "ssnLast4": L(SSN[-4:], NATID), "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}, "occupation": "analyst",
            "sourceOfFunds": "salary", "pep": False}),
        multipart(f, f"{a}/api/kyc/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("data", None, "application/json", {
                "docNumber": L(PASSPORT, NATID), "docCountry": "USA",
                "faceTemplate": L(f32b64([round(rng.gauss(0, 0.08), 5) for _ in range(128)]),
                                  FACE),
                "landmarks": L(landmarks(rng, 68), FACE), "liveness": 0.981})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/kyc/address-proof", [
            ("file", "utility_bill.jpg", "image/jpeg", L(JPEG + b"\xd3", f"{MEDIA}|{ADDR}")),
            ("data", None, "application/json", {"docType": "utility_bill",
                                                "issued": "2025-11-28"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/geo/check", gz=True, headers=_h(rng, **b), body={
            "fix": {"lat": L(JC_FIX[0], PRECISE), "lng": L(JC_FIX[1], PRECISE), "acc": 14.0,
                    "isMock": L(False, DEV)},
            "wifi": [{"ssid": L(CAFE_NET[0], WIFI), "bssid": L(CAFE_NET[1], WIFI), "rssi": -44,
                      "connected": True},
                     {"ssid": L(NEAR_NET[0], WIFI), "bssid": L(NEAR_NET[1], WIFI), "rssi": -80}],
            "ip": {"public": L(PUBLIC_IP, IPLOC), "lan": L(LOCAL_IP, DEV)},
            "simCountry": L("us", CARRIER), "networkCountry": L("us", CARRIER),
            "vpnActive": L(False, DEV)}),
        raw(f, f"{a}/api/geo/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cashier/deposits", headers=_h(rng, **b), body={
            "amount": L("150.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "bonus": "NINEFREE"}),
        case(f, f"{a}/api/tables/{TABLE9}/seat", fmt="form", headers=_h(rng, **b), body={
            "buyIn": L("50.00", BUY), "seat": "6", "autoRebuy": "false"}),
        case(f, f"{a}/api/tables/{TABLE9}/actions", fmt="msgpack", headers=_h(rng, **b), body={
            "hand": obj(rng, "hd", 12), "seat": 6, "actions": [
                {"a": "bet", "amt": L(2.0, BUY), "ms": 3310},
                {"a": "raise", "amt": L(6.5, BUY), "ms": 5120}], "opponents": players[:3]}),
        case(f, f"{a}/api/integrity/telemetry", gz=True, headers=_h(rng, **b), body={
            "screenName": L(SCREEN9, UID), "table": TABLE9,
            "installedApps": [L(p, APPS) for p in BANNED],
            "accessibilityServices": [L("com.example.remotedesk/.ControlService", APPS)],
            "device": {"androidId": L(ANDROID_ID, DID), "installId": L(INSTALL_ID, DID),
                       "model": L("Pixel 8", DEV), "rooted": L(False, DEV),
                       "emulator": L(False, DEV), "screenRecording": L(False, DEV)},
            "betSlider": L(swipe(rng, 12), MOTION), "decisionMs": [3310, 5120, 1480],
            "tablesOpen": L(2, USAGE), "seatedWith": players}),
        case(f, f"{a}/api/tables/{TABLE9}/chat", headers=_h(rng, **b), body={
            "text": L(CHAT, TEXT), "keys": L(compact(typed), f"{KEYS}|{TEXT}")}),
        case(f, f"{a}/api/notes", headers=_h(rng, **b), body={
            "player": players[1], "color": "orange",
            "text": L("Limps small pairs, folds to 3-bets out of position", TEXT)}),
        case(f, f"{a}/api/responsible/limits", headers=_h(rng, **b), body={
            "depositWeekly": "200.00", "sessionMinutes": 120,
            "reason": L("Keeping it to weekends after a bad month", TEXT)}),
        case(f, f"{a}/api/cashier/withdrawals", fmt="form", headers=_h(rng, **b), body={
            "amount": L("310.00", BUY), "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY),
            "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/api/tax/w2g", headers=_h(rng, **b), body={
            "tin": L(SSN, NATID), "name": L(NAME, NAMEC), "winnings": L("1875.00", BUY),
            "event": tourney}),
        case(f, f"{a}/api/tournaments/{tourney}/register", headers=_h(rng, **b), body={
            "buyIn": L("33.00", BUY), "ticket": None, "lateReg": False}),
        case(f, f"{a}/api/leaderboard", headers=_h(rng, **b), query={
            "period": "week", "game": "nlh"}),
        case(f, f"{a}/api/friends/invite", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL),
            "message": L("Sunday 9pm tourney, bring your A game", TEXT)}),
        case(f, f"{a}/api/history/export", headers=_h(rng, **b), query={
            "email": L(EMAIL, MAIL), "year": "2025", "format": "txt"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "screenName": L(SCREEN9, UID), "events": [
                ev("table_join", 1, stakes="0.50-1.00"), ev("hand_won", 2),
                ev("screen", 3, screen=L("Cashier", USAGE))]}),
        case(f, f"{a}/api/lobby", headers=_h(rng, how="none"), cookies={
            "p9_sess": L(opaque(rng, "", 40), CRED), "p9_dev": L(IID_NODASH, DID)}),
    ]


def pocketnine_sdks() -> list[Case]:
    rng = random.Random(6362)
    return [
        tb_batch(APP, rng, [("Deposit", {"amount": L(150.0, BUY)}),
                            ("Table Joined", {"stakes": "0.50-1.00"})]),
        tb_pixel(APP, rng, "Promo Viewed", {"campaign": "nj_winter"}),
        sw_open(APP, rng, first=True),
        sw_event(APP, rng, "first_deposit", {"method": "card"}, revenue=150.0, hashed=True),
        fp_report(APP, rng, ("java.net.SocketException", "table socket reset"),
                  [fp_crumb("nav", "Lobby -> Table"),
                   fp_crumb("log", "seat", {"table": TABLE9, "seat": 6})],
                  user={"id": L(USER_ID, UID), "username": L(SCREEN9, UID)},
                  screen="TableActivity"),
        fg_eval(APP, rng, {"state": L("NJ", COARSE), "kyc": True}, hdr=True),
        pw_register(APP, rng, tags={"state": L("NJ", COARSE), "vip": "1"}),
        pbay_save(APP, rng, {"analytics": True, "marketing": True}, user=True, region="NJ"),
        pm_card(APP, rng),
        rf_message(APP, rng, L("Withdrawal of 310 still pending after 4 days", TEXT),
                   {"screenName": L(SCREEN9, UID)}),
    ]
