"""Borehole water-meter prepaid app "Sedibameter" of the borehole syndicate at the family's
cattle post near Kumakwane (unlike earlier borehole and prepaid-water sets: a syndicate's shared
borehole, a Bluetooth meter paired by the phone, a Wi-Fi gateway set up on her home network and
20-digit water tokens). Sign-up, a log-in, ``/me``, pairing the meter, readings with her fix and a
protobuf reading, offline readings (msgpack), a token bought and entered, the balance by her
account in the path, a leak photo, a co-owner, the levy, the gateway's Wi-Fi set-up, network
diagnostics, history by query, rationing by village, a complaint, push, events and receipts by a
cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import E164, JPEG, MCCMNC, multipart, pb, push_token, raw
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families130_kit import (
    ADDR,
    BOREHOLE_AT,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    GAB_AT,
    HUSBAND,
    IPLOC,
    MAIL,
    MEDIA,
    METER,
    METER_ACCT,
    NAMEC,
    POST_AT,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    VILLAGE,
    WIFI,
    BwApp,
    fix,
    hd,
    home,
    obj,
)
from eval_families130_sdk import (
    ak_event,
    ak_launch,
    bc_bid,
    bc_notice,
    fl_crash,
    fl_crumb,
    fl_session,
    ql_batch,
)
from eval_families130_svc import bh_register, ps_confirm, tb_route
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

APP = BwApp("sedibameter", "Sedibameter", "com.example.sedibameter", "1.4.0",
            "https://api.sedibameter.example.com")
IID = "X-Sm-Install"
PW = "Metsi-Pula-73"
TOKEN = "4821 0977 3315 6402 1189"  # a 20-digit water token she bought (financial.purchase)


def _h(rng: random.Random, **kw: object) -> dict:
    return hd(APP, rng, iid=IID, **kw)


def sedibameter() -> list[Case]:
    rng = random.Random(13061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    reading = pb([(1, METER["serial"]), (2, 18342), (3, L(USER_ID, UID)),
                  (4, [(1, fix(POST_AT, 6)[0]), (2, fix(POST_AT, 6)[1])]), (5, 1765346400),
                  (6, 87)], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "account": L(METER_ACCT, UID), "plot": L("Plot 221, Metsimotlhabe ward", ADDR),
            "village": L(VILLAGE, COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, acct=L(METER_ACCT, UID)))})),
        case(f, f"{a}/v1/meters/pair", headers=_h(rng, **b), body={
            "serial": METER["serial"], "ble": METER["ble"], "firmware": METER["fw"],
            "syndicate": METER["account"], "phone": L(INSTALL_ID, DID), "rssi": -61}),
        case(f, f"{a}/v1/meters/{METER['serial']}/readings", headers=_h(rng, **b), body={
            "litres": 18342, "valve": "open", "battery": 87,
            "at": {"lat": fix(POST_AT, 5)[0], "lon": fix(POST_AT, 5)[1]},
            "meterPoint": {"lat": BOREHOLE_AT[0], "lon": BOREHOLE_AT[1]}}),
        raw(f, f"{a}/v1/meters/readings.pb", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/meters/readings/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "account": L(METER_ACCT, UID), "serial": METER["serial"],
            "rows": [{"t": 1765256400 + 86400 * i, "l": 17900 + 140 * i} for i in range(3)]}),
        case(f, f"{a}/v1/tokens/purchase", headers=_h(rng, **b), body={
            "account": L(METER_ACCT, UID), "amount": L("120.00", BUY), "kilolitres": 4,
            "method": "card", "order": opaque(rng, "wt-", 10)}),
        case(f, f"{a}/v1/meters/{METER['serial']}/tokens", fmt="form", headers=_h(rng, **b),
             body={"token": L(TOKEN, BUY), "entered": "keypad"}),
        at_path(case(f, f"{a}/v1/accounts/{METER_ACCT}/balance", headers=_h(rng, **b)),
                METER_ACCT, UID),
        multipart(f, f"{a}/v1/faults", [
            ("photo", "leak.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("data", None, "application/json", {
                "kind": "leak", "text": L("Pipe from the tank to the trough leaks at the joint",
                                          TEXT),
                "lat": fix(POST_AT, 4)[0], "lon": fix(POST_AT, 4)[1]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/accounts/{METER_ACCT}/owners", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "role": "co-owner"}),
        case(f, f"{a}/v1/levies", fmt="form", headers=_h(rng, **b), body={
            "account": L(METER_ACCT, UID), "amount": L("75.00", BUY), "period": "2025-Q4"}),
        case(f, f"{a}/v1/gateway/provision", headers=_h(rng, **b), body={
            "gateway": "GW-" + METER["serial"][-6:], "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "wifiPassword": L("Lapa-la-rona-5G", CRED),
            "phoneIp": L(LOCAL_IP, DEV), "home": {"lat": home(5)[0], "lon": home(5)[1]}}),
        case(f, f"{a}/v1/diagnostics", headers=_h(rng, **b), body={
            "publicIp": L(PUBLIC_IP, IPLOC), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER), "network": L("LTE", DEV),
            "bleOn": L(True, DEV), "latencyMs": 412}),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), query={
            "account": L(METER_ACCT, UID), "from": "2025-09-01", "to": "2025-12-09"}),
        case(f, f"{a}/v1/rationing", headers=_h(rng, **b), query={
            "village": L(VILLAGE, COARSE), "week": "2025-W50"}),
        case(f, f"{a}/v1/complaints", headers=_h(rng, **b), body={
            "text": L("The syndicate pump was off for three days and my cattle had no water",
                      TEXT), "ref": obj(rng, "cmp")}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_BW", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("token_bought", 1), ev("meter_read", 2),
                ev("screen", 3, screen=L("Balance", USAGE))]}),
        case(f, f"{a}/v1/receipts", headers=_h(rng, how="upper"),
             cookies={"sm_sess": L(opaque(rng, "", 40), CRED), "sm_acct": L(METER_ACCT, UID)}),
        case(f, f"{a}/v1/alerts", fmt="form", headers=_h(rng, **b), body={
            "lowBalanceKl": "1", "smsTo": L(E164, TEL), "leakAlert": "1"}),
    ]


def sedibameter_sdks() -> list[Case]:
    rng = random.Random(13062)
    return [
        ql_batch(APP, rng, [("Token Purchased", {"kl": 4, "value": L(120, BUY)}),
                            ("Meter Read", {"litres": 18342})], at=GAB_AT, nd=2),
        ak_launch(APP, rng, user=True),
        ak_event(APP, rng, "token_purchase", {"kl": 4}, revenue=120.0),
        bc_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=GAB_AT, nd=4),
        bc_notice(APP, rng, "imp"),
        fl_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [fl_crumb("nav", "Meter -> Pair"),
                  fl_crumb("log", "ble connect", {"serial": METER["serial"]})],
                 screen="PairMeterActivity"),
        fl_session(APP, rng, secs=95),
        bh_register(APP, rng, tags={"village": L(VILLAGE, COARSE)}, at=POST_AT, nd=2),
        tb_route(APP, rng, [(GAB_AT, PRECISE), (BOREHOLE_AT, None)]),
        ps_confirm(APP, rng, "12000"),
    ]
