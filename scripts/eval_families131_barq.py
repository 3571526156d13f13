"""A mountain hydro-power cooperative's outage-report app "Barqhabar" (outage apps exist in sets
33, 43, 73, 96, 98, 106, 108 and 126: this one is a Pamir village micro-hydro station's, for
her in-laws' house, whose account is in her name): linking the account, SMS log-in, ``/me``,
outages by village, an outage report with her fix and a photo, a protobuf location ping, a
meter reading, bills by account, a payment, reports queued offline (JSON Lines), SMS alerts,
the station's status, feedback, push, events and the account by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families131_kit import ACCOUNT_PM, METER, VILLAGE_AT, fix, obj
from eval_families131_sdk import (
    by_bid,
    fp_crash,
    fp_crumb,
    gm_batch,
    gm_pixel,
    il_launch,
)
from eval_families131_svc import pc_register, pt_confirm, ss_eval, tm_reverse, tm_telemetry
from eval_payloads import INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("barqhabar", "Barqhabar", "tj.example.barqhabar", "1.2.8",
          "https://api.barqhabar.example.org")
IID = "X-Barq-Device"
VILLAGE = "Roshtqala"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def barqhabar() -> list[Case]:
    rng = random.Random(13161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, acct=L(ACCOUNT_PM, UID), phone=L(E164, TEL)))}
    rep = obj(rng, "rpt", 8)
    vla, vlo = fix(VILLAGE_AT, 6)
    pla, plo = fix(VILLAGE_AT, 4)
    lab: dict[str, str] = {}
    ping = pb([(1, L(ACCOUNT_PM, UID)), (2, rep),
               (3, [(1, L(37.512408, PRECISE)), (2, L(71.558951, PRECISE))]), (4, 12.0)],
              "", lab)
    queued = [{"account": L(ACCOUNT_PM, UID), "kind": k, "ts": 1765350000 + 3600 * i,
               "lat": L(round(VILLAGE_AT[0] + 1e-5 * i, 5), PRECISE),
               "lon": L(round(VILLAGE_AT[1] - 1e-5 * i, 5), PRECISE), "offline": True}
              for i, k in enumerate(["no_power", "low_voltage", "restored"])]
    return [
        case(f, f"{a}/v1/accounts/link", headers=_h(rng), body={
            "account": L(ACCOUNT_PM, UID), "holder": L(NAME, NAMEC), "phone": L(E164, TEL),
            "village": L(VILLAGE, COARSE), "district": L("Roshtqala district", COARSE),
            "meter": METER}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "code": L("551902", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/outages", headers=_h(rng, **b), query={
            "village": L(VILLAGE, COARSE), "region": L("GBAO", COARSE), "active": "1"}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "id": rep, "account": L(ACCOUNT_PM, UID), "kind": "no_power",
            "since": "2025-12-10T17:40:00+05:00", "lat": vla, "lon": vlo, "acc": 11,
            "text": L("No power since evening, the line by the school bridge is down",
                      TEXT), "meter": METER, "station": "st_roshtqala_2"}),
        multipart(f, f"{a}/v1/reports/{rep}/photos", [
            ("photo", "line.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("where", None, "application/json", {"lat": pla, "lon": plo, "heading": 212})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/reports/{rep}/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/meter/readings", fmt="form", headers=_h(rng, **b), body={
            "account": L(ACCOUNT_PM, UID), "meter": METER, "kwh": "18233", "photo": "none"}),
        case(f, f"{a}/v1/bills", headers=_h(rng, **b), query={
            "account": L(ACCOUNT_PM, UID), "year": "2025"}),
        case(f, f"{a}/v1/bills/pay", headers=_h(rng, **b), body={
            "bill": L("PHC-B-2511-118233", BUY), "amount": L("86.40", BUY), "currency": "TJS",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        lines(f, f"{a}/v1/reports/batch", queued, headers=_h(rng, **b)),
        case(f, f"{a}/v1/alerts", headers=_h(rng, **b), body={
            "account": L(ACCOUNT_PM, UID), "sms": L(E164, TEL), "village": L(VILLAGE, COARSE),
            "types": ["planned", "unplanned"]}),
        case(f, f"{a}/v1/stations/st_roshtqala_2/status", headers=_h(rng, **b)),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "text": L("Thank you for fixing the line so fast in this cold", TEXT), "stars": "5"}),
        case(f, f"{a}/v1/reports/{rep}/network", headers=_h(rng, **b), body={
            "ssid": L("Rahimovho-WiFi", WIFI), "bssid": L("5c:e9:31:0a:44:17", WIFI),
            "rssi": -71, "gateway": "192.168.0.1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "tz": L("Asia/Dushanbe", DEV), "model": L("Pixel 8", DEV),
            "lowPower": L(True, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("report_sent", 1), ev("bill_paid", 2, amount=L(86.4, BUY)),
                ev("screen", 3, screen=L("OutageMap", USAGE))]}),
        case(f, f"{a}/v1/account", headers=_h(rng, how="none"), cookies={
            "bh_sid": L(opaque(rng, "", 40), CRED), "bh_acct": L(ACCOUNT_PM, UID),
            "bh_rid": rid(rng)}),
        case(f, f"{a}/v1/outages/{obj(rng, 'out', 8)}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/tariffs", headers=_h(rng, **b), query={"class": "household"}),
        case(f, f"{a}/v1/notifications", headers=_h(rng, **b)),
    ]


def barqhabar_sdks() -> list[Case]:
    rng = random.Random(13162)
    return [
        gm_batch(APP, rng, [("Report Sent", {"kind": "no_power"}),
                            ("Bill Paid", {"amount": L(86.4, BUY)})], at=VILLAGE_AT, nd=3),
        gm_pixel(APP, rng, "Outage Map Viewed", {"village": L(VILLAGE, COARSE)}),
        il_launch(APP, rng, first=True),
        by_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, city="Khorog"),
        fp_crash(APP, rng, ("java.io.IOException", "offline queue write failed"),
                 [fp_crumb("nav", "Map -> Report"), fp_crumb("log", "network lost")],
                 screen="ReportActivity"),
        pc_register(APP, rng, at=VILLAGE_AT, nd=2, tags={"village": L(VILLAGE, COARSE)}),
        ss_eval(APP, rng, {"region": L("GBAO", COARSE)}),
        pt_confirm(APP, rng, "86.40"),
        tm_reverse(APP, rng, VILLAGE_AT, PRECISE, nd=5),
        tm_telemetry(APP, rng, [(37.512433, 71.558902), (37.512461, 71.558873)], PRECISE),
    ]
