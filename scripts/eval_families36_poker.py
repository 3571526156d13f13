"""Online poker app "Foldstone" (real-money, US state-licensed; KYC and anti-collusion
telemetry; camelCase API): sign-up with a screen name, log-in with an MFA header, ``/me``, KYC
(SSN, address, a licence scan, a selfie with a template and landmarks), a geolocation
compliance packet (her fix, nearby Wi-Fi, IPs) and its signed verdict, a deposit, a tournament
buy-in, hand actions (msgpack), anti-collusion telemetry (chip drags, the device, the SIM),
table chat typed with key timings, a player report, a break with its reason, a
withdrawal, a W-2G, invitations, a hand-history export, push, events and the lobby by a
cookie-authenticated GET."""

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
    FACE,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MCCMNC,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    compact,
    dwell_flight,
    f32b64,
    keys,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import NATID, sjwt
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head
from eval_families36_kit import PLAYERS, SCREEN, TABLE, WALLET, embedding, obj, touches
from eval_families36_sdk import ab_event, ab_launch, fw_crash, fw_crumb, tq_batch, tq_pixel
from eval_families36_svc import (
    cl_message,
    cp_email,
    cp_register,
    fm_eval,
    ol_save,
    ps_card,
)
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

APP = App("foldstone", "Foldstone Poker", "com.example.foldstone", "7.22.0",
          "https://api.foldstone.example.com")
IID = "X-FS-Device"
PW = "Rivered!Ace91"
CHAT = "nh, gl all"
NJ_FIX = (40.743991, -74.032363)  # her phone at a café in Hoboken (she plays in NJ)
CAFE_WIFI = ("Bean&Barrel-Guest", "4c:ed:fb:17:a0:62")  # the café's network, nearby


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def foldstone() -> list[Case]:
    rng = random.Random(3671)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, screenName=L(SCREEN, UID), state=L(STATE, COARSE)))}
    acc: dict[tuple[str, str], str] = {}
    verdict = sjwt({"iss": "geo.foldstone", "sub": L(USER_ID, UID), "state": L("NJ", COARSE),
                    "lat": L(40.74, COARSE), "lng": L(-74.03, COARSE), "ok": True,
                    "exp": 1765322400}, "header", "x-fs-geo", acc)
    typed = keys(rng, CHAT)
    dw, fl = dwell_flight(rng, 9)
    tourney = obj(rng, "trn", 8)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "screenName": L(SCREEN, UID),
            "dateOfBirth": L(DOB, BIRTH), "state": L("NJ", COARSE), "promo": "WELCOME100"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng, extra={
            "X-MFA-Code": L("660912", CRED)}), body={
            "login": L(SCREEN, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kyc", headers=_h(rng, **b), body={
            "legalName": L(NAME, NAMEC), "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}, "phone": L(E164, TEL),
            "occupation": "analyst", "pep": False,
            "ssnTyping": {"dwellMs": L(dw, KEYS), "flightMs": L(fl, KEYS), "pastes": 0}}),
        multipart(f, f"{a}/v1/kyc/documents", [
            ("front", "licence.jpg", "image/jpeg", L(JPEG + b"\x6b", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x6c", MEDIA)),
            ("data", None, "application/json", {
                "docNumber": L(LICENCE, NATID), "docState": L(STATE, COARSE),
                "faceTemplate": L(f32b64(embedding(rng, 256)), FACE),
                "landmarks": L(landmarks(rng, 68), FACE), "liveness": 0.97})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/geo/packet", gz=True, headers=_h(rng, **b), body={
            "fix": {"lat": L(NJ_FIX[0], PRECISE), "lng": L(NJ_FIX[1], PRECISE),
                    "acc": 12.0, "provider": "fused", "mock": L(False, DEV)},
            "wifi": [{"ssid": L(CAFE_WIFI[0], WIFI), "bssid": L(CAFE_WIFI[1], WIFI), "rssi": -41},
                     {"ssid": L("HBK-Library-Public", WIFI), "bssid": L("58:8b:f3:22:91:0e", WIFI),
                      "rssi": -83}],
            "ip": {"public": L(PUBLIC_IP, IPLOC), "local": L(LOCAL_IP, DEV)},
            "developerOptions": L(False, DEV), "vpn": L(False, DEV)}),
        case(f, f"{a}/v1/lobby/tables", query={"game": "nlh", "stakes": "0.25-0.50"},
             headers=_h(rng, auth="bearer", extra={"X-FS-Geo": verdict})),
        case(f, f"{a}/v1/wallet/{WALLET}/deposits", headers=_h(rng, **b), body={
            "amount": L("100.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "bonusCode": "WELCOME100", "wallet": L(WALLET, PAY)}),
        case(f, f"{a}/v1/tournaments/{tourney}/register", fmt="form", headers=_h(rng, **b),
             body={"buyIn": L("22.00", BUY), "ticket": "", "seatPref": "any"}),
        case(f, f"{a}/v1/tables/{TABLE}/actions", fmt="msgpack", headers=_h(rng, **b), body={
            "hand": obj(rng, "hand", 12), "seat": 4, "actions": [
                {"a": "raise", "amt": L(1.5, BUY), "ms": 4120},
                {"a": "call", "amt": L(3.0, BUY), "ms": 2210}],
            "opponents": PLAYERS[:3]}),
        case(f, f"{a}/v1/integrity/telemetry", gz=True, headers=_h(rng, **b), body={
            "table": TABLE, "screenName": L(SCREEN, UID),
            "chipDrags": [L(touches(rng, 14), MOTION), L(touches(rng, 11), MOTION)],
            "decisionMs": [4120, 2210, 980, 6030], "tabSwitches": L(3, USAGE),
            "device": {"androidId": L(ANDROID_ID, DID), "installId": L(INSTALL_ID, DID),
                       "model": L("Pixel 8", DEV), "rooted": L(False, DEV)},
            "sim": {"mccmnc": L(MCCMNC, CARRIER), "operator": L("Example Mobile", CARRIER)},
            "seatedWith": PLAYERS}),
        case(f, f"{a}/v1/tables/{TABLE}/chat", headers=_h(rng, **b), body={
            "text": L(CHAT, TEXT), "typing": L(compact(typed), f"{KEYS}|{TEXT}")}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "reported": PLAYERS[1], "hand": obj(rng, "hand", 12), "kind": "collusion",
            "details": L("tiltproof and m0nk_fold never raise each other, soft-playing",
                         TEXT)}),
        case(f, f"{a}/v1/responsible/break", headers=_h(rng, **b), body={
            "days": 30, "reason": L("Playing too late on work nights", TEXT)}),
        case(f, f"{a}/v1/wallet/{WALLET}/withdrawals", fmt="form", headers=_h(rng, **b), body={
            "amount": L("240.00", BUY), "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY),
            "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/tax/w2g", headers=_h(rng, **b), body={
            "tin": L(SSN.replace("-", ""), NATID), "name": L(NAME, NAMEC),
            "winnings": L("1320.00", BUY), "event": tourney}),
        case(f, f"{a}/v1/invites", headers=_h(rng, **b), body={
            "name": L("Tom Reyes", NAMEC), "phone": L("+15550110042", TEL),
            "message": L("Home game moved online, join my table", TEXT)}),
        case(f, f"{a}/v1/history/export", query={"email": L(EMAIL, MAIL), "year": "2025"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "screenName": L(SCREEN, UID), "events": [
                ev("table_join", 1, stakes="0.25-0.50"), ev("hand_won", 2),
                ev("screen", 3, screen=L("Cashier", USAGE))]}),
        case(f, f"{a}/v1/lobby", headers=_h(rng, how="none"), cookies={
            "fs_sess": L(opaque(rng, "", 40), CRED), "fs_dev": L(INSTALL_ID, DID)}),
    ]


def foldstone_sdks() -> list[Case]:
    rng = random.Random(3672)
    return [
        tq_batch(APP, rng, [("deposit", {"amount": L(100.0, BUY)}),
                            ("table_join", {"stakes": "0.25-0.50"})], tz="America/New_York"),
        tq_pixel(APP, rng, "landing_view", {"campaign": "q4_nj"}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "first_deposit", {"wallet": L(WALLET, PAY)}, revenue=100.0,
                 hashed=True),
        fw_crash(APP, rng, ("java.net.SocketTimeoutException", "table socket"),
                 [fw_crumb("ws", "table", {"table": TABLE, "seat": 4})],
                 user={"id": L(USER_ID, UID), "username": L(SCREEN, UID)}, screen="TableActivity"),
        fm_eval(APP, rng, {"state": L("NJ", COARSE), "kycDone": True}, hdr=True),
        cp_register(APP, rng, tags={"state": L("NJ", COARSE), "vip": "0"}),
        cp_email(APP, rng),
        ol_save(APP, rng, {"analytics": True, "marketing": True}, user=True),
        ps_card(APP, rng),
        cl_message(APP, rng, L("Withdrawal pending 3 days, ticket about my W-2G", TEXT),
                   {"screenName": L(SCREEN, UID), "wallet": L(WALLET, PAY)}),
    ]
