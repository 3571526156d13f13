"""VPN and phone-security app "Shieldora": sign-up, log-in, a WireGuard peer registration, a VPN
connection report, a DNS-leak test, the app-inventory scan and a verdict lookup for one app, the
device's security posture, Wi-Fi safety checks (the home network with its neighbours, a café's
hotspot), breach monitoring of her e-mail, phone and SSN (and a k-anonymity range query that
sends only a hash prefix), a link check for a URL from a text message, a SIM-swap check,
anti-theft (locate, an intruder photo), the app-lock PIN, a subscription, devices, events and
a cookie GET."""

from __future__ import annotations

import hashlib
import random
from typing import Any

from eval_families17_kit import (
    APPS,
    BIRTH,
    BROWSE,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    DNS_IP,
    E164,
    GATEWAY_IP,
    JPEG,
    MAIL,
    MEDIA,
    PAY,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, ZIP, App, ev, opaque, play_token, pos
from eval_families24_kit import SSN, claims, head, rid
from eval_families31_kit import (
    CAFE_BSSID,
    CAFE_GW_MAC,
    CAFE_SSID,
    NEIGHBOURS,
    SCAM_URL,
    SHIELD_PIN,
    VPN_SERVERS,
    VPN_TUNNEL_IP,
    WG_PUB,
    apps_scan,
)
from eval_families31_sdk import (
    ct_batch,
    ct_identify,
    fw_crumb,
    fw_notify,
    tl_event,
    tl_session,
)
from eval_families31_svc import fm_eval, nc_channel, nc_register, tw_attach, tw_message, yv_save
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

APP = App("shieldora", "Shieldora", "com.example.shieldora", "4.9.2",
          "https://api.shieldora.example.net")
IID = "X-Shieldora-Client"
EMAIL_SHA1 = hashlib.sha1(EMAIL.encode()).hexdigest().upper()


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _home_wifi(rng: random.Random) -> Case:
    """The home network's check as schema-less protobuf: the SSID and BSSID, the gateway's
    address (a negative), the phone's LAN address, then repeated neighbours ``5[i]``."""
    rows = [(5, [(1, s), (2, m), (3, -70 - 4 * i)]) for i, (s, m) in enumerate(NEIGHBOURS)]
    data = pb([(1, L(SSID, WIFI)), (2, L(BSSID, WIFI)), (3, GATEWAY_IP), (4, L(LOCAL_IP, DEV)),
               *rows, (6, "wpa2_psk"), (7, 0)], "", {})
    lab = {"1": WIFI, "2": WIFI, "4": DEV}
    for i in range(len(NEIGHBOURS)):
        lab.update({f"5[{i}].1": WIFI, f"5[{i}].2": WIFI})
    return raw(APP.fam, f"{APP.api}/v2/wifi/check", data, "application/x-protobuf", lab,
               headers=_h(rng, auth="bearer"))


def shieldora() -> list[Case]:
    rng = random.Random(3161)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="total"))}
    b = {"auth": "bearer"}
    cases = [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L("Bastion-Quill-77", CRED),
            "country": L("US", "location.coarse"), "referral": None}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Bastion-Quill-77", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/vpn/peers", headers=_h(rng, **b), body={
            "public_key": L(WG_PUB, DID), "device_name": L("Pixel 8", DEV),
            "protocol": "wireguard",
            "split_tunnel": [L("com.example.hearthbank", APPS)]}),
        case(f, f"{a}/v2/vpn/connections", headers=_h(rng, **b), body={
            "server": "us-nyc-07", "server_ip": VPN_SERVERS[0], "tunnel_ip": VPN_TUNNEL_IP,
            "dns": [DNS_IP], "connected_s": L(3612, USAGE), "bytes_up": 18842210,
            "bytes_down": 240188391, "network": L("wifi", DEV)}),
        case(f, f"{a}/v2/vpn/leak-test", fmt="form", headers=_h(rng, **b), body={
            "before_ip": L(PUBLIC_IP, "location.ip"), "after_ip": VPN_SERVERS[1],
            "resolver_seen": "198.51.100.53", "leak": "false"}),
        case(f, f"{a}/v2/scan/apps", gz=True, headers=_h(rng, **b), body={
            "scan_id": rid(rng), "apps": L(apps_scan(), APPS), "count": 8,
            "os_patch": L("2025-11-05", DEV), "rooted": L(False, DEV),
            "play_protect": L(True, DEV), "screen_lock": L("pin", DEV)}),
        case(f, f"{a}/v2/scan/verdict", headers=_h(rng, **b), query={
            "pkg": L("com.example.flashlight.free", APPS),
            "sha256": hashlib.sha256(b"flashlight").hexdigest()}),
        _home_wifi(rng),
        case(f, f"{a}/v2/wifi/check", headers=_h(rng, **b), body={
            "ssid": L(CAFE_SSID, WIFI), "bssid": L(CAFE_BSSID, WIFI),
            "gateway_mac": L(CAFE_GW_MAC, WIFI), "gateway_ip": "10.0.0.1",
            "security": "open", "captive_portal": True, "arp_spoof": False,
            "auto_vpn": True, "phone_ip": L("10.0.0.57", DEV)}),
        case(f, f"{a}/v2/breach/monitors", headers=_h(rng, **b), body={
            "emails": [L(EMAIL, MAIL)], "phones": [L(E164, TEL)],
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH), "card_last4": [L("4444", PAY)],
            "alerts": "push"}),
        case(f, f"{a}/v2/breach/range/{EMAIL_SHA1[:5]}", headers=_h(rng, **b),
             query={"padding": "true"}),
        case(f, f"{a}/v2/breach/alerts/{rid(rng)}/resolve", headers=_h(rng, **b), body={
            "action": "changed_password", "site": "shopsmart.example.com"}),
        case(f, f"{a}/v2/links/check", headers=_h(rng, **b), body={
            "url": L(SCAM_URL, BROWSE), "source": "sms", "opened": False}),
        case(f, f"{a}/v2/sim/check", fmt="form", headers=_h(rng, **b), body={
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "carrier": L("Example Mobile", CARRIER), "sim_country": L("us", CARRIER),
            "msisdn": L(E164, TEL), "sim_changed": "false"}),
        case(f, f"{a}/v2/antitheft/locate", headers=_h(rng, **b), body={
            "lat": pos(6)[0], "lon": pos(6)[1], "acc_m": 7, "battery": L(44, DEV),
            "trigger": "web_console"}),
        multipart(f, f"{a}/v2/antitheft/intruder", [
            ("photo", "intruder.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"failed_unlocks": 3, "at": 1765329440,
                                                "position": {"lat": pos(5)[0],
                                                             "lon": pos(5)[1]}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/applock", headers=_h(rng, **b), body={
            "pin_sha256": L(hashlib.sha256(SHIELD_PIN.encode()).hexdigest(), CRED),
            "locked": [L("com.example.hearthbank", APPS), L("com.example.scintilla", APPS)],
            "relock_s": 30}),
        case(f, f"{a}/v2/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("shieldora_total_yearly", BUY),
            "order_id": L("GPA.3308-6612-4471-90285", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "always_on_vpn": True}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("scan_completed", 1, threats=1), ev("wifi_warning", 2, kind="open"),
                ev("screen_view", 3, screen=L("Breaches", USAGE))]}),
        case(f, f"{a}/v2/status", query={"full": "1"}, headers=_h(rng, how="nodash"),
             cookies={"sh_sess": L(opaque(rng, "", 48), CRED)}),
    ]
    return cases


def shieldora_sdks() -> list[Case]:
    rng = random.Random(3162)
    return [
        ct_batch(APP, rng, [("Scan Completed", {"threats": 1, "apps": 8}),
                            ("VPN Connected", {"server": "us-nyc-07"})]),
        ct_identify(APP, rng, {"plan": "total", "zip": L(ZIP, "location.coarse"),
                               "breach_count": 3}),
        tl_session(APP, rng, first=True),
        tl_event(APP, rng, "subscribe", {"plan": "total_yearly"}, revenue=59.99, hashed=True),
        fw_notify(APP, rng, ("java.lang.SecurityException", "VpnService not prepared"),
                  [fw_crumb("navigation", "Home -> Vpn"),
                   fw_crumb("log", "tunnel handshake timeout", {"server": VPN_SERVERS[0]})],
                  screen="VpnActivity"),
        fm_eval(APP, rng, {"plan": "total", "vpnProtocol": "wireguard"}, get=True),
        nc_register(APP, rng, tags={"plan": "total", "breaches": 3}),
        nc_channel(APP, rng, "email", L(EMAIL, MAIL)),
        yv_save(APP, rng, {"analytics": True, "crash": True, "marketing": False},
                receipt=True),
        tw_message(APP, rng, L("The VPN drops every time I switch from Wi-Fi to mobile data",
                               TEXT), {"plan": "total", "protocol": "wireguard"}),
        tw_attach(APP, rng, L(JPEG + b"\x62", MEDIA), "Screenshot_vpn.jpg", "image/jpeg"),
    ]

