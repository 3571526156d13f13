"""Blind set seven, part four: a mobile-ads SDK's query-string ad request and a network speed-test
app (see ``eval_families7.py`` for the rules of this set and its labelling conventions).

Shapes: a GMA-style ad request (``GET /mads/gma`` with a long query string: ad size and format,
screen ``u_w``/``u_h``/``u_sd``, time-zone offset ``u_tz``, language ``hl``, network ``net``,
the advertising ID ``rdid`` with its ``is_lat`` flag, ``carrier`` as MCC+MNC, experiment IDs
``eid``, an opaque signals blob ``ms``, ``cust_params`` as a nested query string and a
publisher-provided ID ``ppid``), its impression ping and a rewarded-ad completion report; a
speed-test app in the style of public crowdsourced-measurement apps (a result with the test server,
the client's IP, ISP, position, Wi-Fi and LTE serving cell — MCC, MNC, TAC, cell ID, PCI, EARFCN,
RSRP as Android's ``CellIdentityLte``/``CellSignalStrengthLte`` name them; background coverage
samples gzip-compressed; a legacy XML result; a Wi-Fi scan as hex-wrapped JSON; a traceroute).
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, raw
from eval_families7_kit import (
    ADID,
    CARRIER,
    COARSE,
    DEV,
    DID,
    IPLOC,
    PRECISE,
    UID,
    USAGE,
    WIFI,
    Labels,
    enc,
    sha,
    with_labels,
    xml,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    GAID,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

ADS = "https://ads.example.com"


def ad_requests() -> list[Case]:
    rng = random.Random(7401)
    out = []
    for n in range(10):
        adid = [GAID, GAID.upper(), GAID][n % 3]
        q: dict[str, Any] = {
            "format": rng.choice(["320x50_mb", "interstitial_mb", "rewarded_mb"]),
            "sz": "320x50", "preqs": str(n), "seq_num": str(n + 1),
            "u_w": L("411", DEV), "u_h": L("914", DEV), "u_sd": L("2.625", DEV),
            "u_tz": L("-300", DEV), "u_so": "p", "hl": L("en", DEV),
            "msid": "com.example.recipebox", "an": "5.12.0.android.com.example.recipebox",
            "net": L("wi", DEV), "rdid": L(adid, ADID), "is_lat": "0",
            "carrier": L("310260", CARRIER), "submodel": L("Pixel 8", DEV),
            "osv": L("14", DEV), "js": "afma-sdk-a-v23.5.0",
            "eid": "318484496,44776368,31078663", "loeid": "44766141",
            "correlator": str(rng.getrandbits(52)), "ms": rnd_hex(rng, 60),
            "request_id": rnd_uuid(rng), "app_muted": "false", "dtsdk": "7834"}
        if n % 2 == 0:
            q["cust_params"] = "age=34&gender=f&diet=vegan&section=desserts"
        if n % 3 == 0:
            q["ppid"] = L(sha("sha256", USER_ID), UID)
        if n % 4 == 1:
            q["lat"], q["lng"] = L(f"{LAT:.2f}", COARSE), L(f"{LON:.2f}", COARSE)
        if n % 4 == 3:
            q["lat"], q["lng"] = L(f"{LAT:.5f}", PRECISE), L(f"{LON:.5f}", PRECISE)
        c = case("adreq7", f"{ADS}/mads/gma", query=q, headers={
            "User-Agent": L("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240105.004; wv)"
                            " AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36", DEV)})
        if n % 2 == 0:
            # The publisher's custom targeting: age and gender of the user, a diet preference
            # (unlabelled: no category) and the app section (unlabelled, a placement).
            c.labels[("query", "cust_params.age")] = "personal.birthdate"
            c.labels[("query", "cust_params.gender")] = "personal.gender"
        out.append(c)
    for _n in range(3):
        out.append(case("adreq7", f"{ADS}/pagead/adview", query={
            "ai": rnd_hex(rng, 80), "sigh": rnd_hex(rng, 16), "cid": rnd_hex(rng, 24),
            "correlator": str(rng.getrandbits(52)), "rdid": L(GAID, ADID), "ts": "1764240000"}))
    for n in range(3):
        acc: Labels = {}
        out.append(case("adreq7", f"{ADS}/v1/rewarded/complete", body={
            "ad_unit": "ca-app-pub-0000000000000000/1111111111", "reward_type": "coins",
            "reward_amount": 25, "user_id": L(USER_ID, UID),
            "custom_data": enc({"level": L(n + 12, USAGE), "session_count": L(n + 40, USAGE)},
                               "body", "custom_data", "b64", acc),
            "transaction_id": rnd_hex(rng, 32), "signature": rnd_hex(rng, 64)}))
        out[-1].labels.update(acc)
    return out


SPEED = "https://api.speed.example.net"


def _cell(rng: random.Random, serving: bool) -> dict[str, Any]:
    return {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "tac": L(rng.randint(10000, 60000), CARRIER),
            "ci": L(rng.randint(10**7, 2 * 10**8), CARRIER), "pci": rng.randint(0, 503),
            "earfcn": 5230, "rsrp": rng.randint(-120, -70), "rsrq": rng.randint(-20, -3),
            "registered": serving}


def speedtest() -> list[Case]:
    rng = random.Random(7402)
    out = []
    server = {"id": 10390, "host": "nyc.speed.example.net:8080", "ip": "198.51.100.44",
              "city": "New York", "country": "US", "lat": 40.7128, "lon": -74.006,
              "sponsor": "Example Fiber Lab"}
    for n in range(5):
        wifi = n % 2 == 0
        body: dict[str, Any] = {
            "result_id": rnd_uuid(rng), "download_kbps": rng.randint(20000, 900000),
            "upload_kbps": rng.randint(5000, 40000), "latency_ms": rng.randint(6, 60),
            "jitter_ms": round(rng.uniform(0.3, 9), 2), "packet_loss": 0.0, "server": server,
            "client": {"ip": L(PUBLIC_IP, IPLOC),
                       "isp": L("Example Fiber" if wifi else "Example Mobile", CARRIER),
                       "lat": L(round(LAT, 6), PRECISE), "lon": L(round(LON, 6), PRECISE),
                       "location_source": "gps", "accuracy_m": 8.0},
            "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                       "os": L("Android 14", DEV),
                       "device_hash": L(sha("sha256", ANDROID_ID), DID),
                       "account_hex": L(USER_ID.encode().hex(), UID)},
            "sim_country": L("us", CARRIER), "network_country": L("us", CARRIER),
            "cells": [_cell(rng, True), _cell(rng, False)]}
        if wifi:
            body["connection"] = {"type": L("wifi", DEV), "ssid": L(SSID, WIFI),
                                  "bssid": L(BSSID, WIFI), "frequency_mhz": 5180,
                                  "link_speed_mbps": 866, "rssi": -52,
                                  "local_ip": L(LOCAL_IP, DEV)}
        else:
            body["connection"] = {"type": L("cellular", DEV), "technology": L("LTE", DEV)}
        out.append(case("speedtest", f"{SPEED}/v1/results", body=body,
                        headers={"X-Device-Id": L(INSTALL_ID, DID)}))
    for n in range(6):
        # Background coverage samples along the user's commute: position fixes (ordinary
        # records) with the serving cell; not the profile's coordinates.
        samples = []
        for i in range(8):
            la, lo = 40.70 + rng.random() * 0.1, -74.02 + rng.random() * 0.1
            samples.append({"ts": 1764240000 + i * 60, "lat": L(round(la, 5), PRECISE),
                            "lon": L(round(lo, 5), PRECISE), "acc": round(rng.uniform(3, 40), 1),
                            "network_type": L(rng.choice(["LTE", "NR_NSA"]), DEV),
                            "operator": L("Example Mobile", CARRIER), **{
                                k: v for k, v in _cell(rng, True).items() if k != "registered"}})
        c = case("speedtest", f"{SPEED}/v1/coverage", body={
            "device_uuid": L(INSTALL_ID, DID), "batch": rnd_uuid(rng), "samples": samples})
        out.append(encode(c, "gzip") if n % 2 else encode(c, "zstd"))
    lab: dict[str, str] = {}
    body_xml = xml("result", {
        "client": {"@ip": L(PUBLIC_IP, IPLOC), "@isp": L("Example Fiber", CARRIER),
                   "@lat": L(f"{LAT:.4f}", PRECISE), "@lon": L(f"{LON:.4f}", PRECISE)},
        "server": {"@id": "10390", "@host": "nyc.speed.example.net"},
        "download": "412033", "upload": "21877", "ping": "11",
        "hash": sha("md5", "11-21877-412033-salt")}, "result", lab)
    out.append(raw("speedtest", f"{SPEED}/api/legacy/upload.xml",
                   ('<?xml version="1.0" encoding="UTF-8"?>' + body_xml).encode(),
                   "application/xml", lab))
    for _n in range(2):
        acc: Labels = {}
        scan = [{"ssid": L(s, WIFI), "bssid": L(b, WIFI), "rssi": rng.randint(-90, -40),
                 "freq": rng.choice([2437, 5180, 5745])}
                for s, b in ((SSID, BSSID), ("Brewbar Guest", "f4:92:bf:0a:11:9c"),
                             ("DIRECT-7B-Printer", "86:25:19:4e:aa:01"))]
        out.append(with_labels(case("speedtest", f"{SPEED}/v1/diagnostics", body={
            "diag": enc({"wifi_scan": scan, "scan_ts": 1764240000}, "body", "diag", "hex",
                        acc), "client_id": L(INSTALL_ID, DID)}), acc))
    out.append(case("speedtest", f"{SPEED}/v1/traceroute", body={
        "target": "nyc.speed.example.net", "hops": [
            {"ttl": 1, "ip": "192.168.1.1", "rtt_ms": 1.8},
            {"ttl": 2, "ip": "100.64.0.1", "rtt_ms": 7.2},
            {"ttl": 3, "ip": "198.51.100.9", "rtt_ms": 9.9}], "run_id": rnd_uuid(rng)}))
    return out


def build() -> list[Case]:
    return ad_requests() + speedtest()
