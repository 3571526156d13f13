"""Blind set eight, part five: a password manager, a VPN and a maps app's offline regions — apps
whose traffic is mostly negatives (see ``eval_families8.py`` for the rules of this set and its
labelling conventions).

Fictional apps with request shapes typical of their kind: the password manager's pre-login (KDF
parameters for an e-mail), login with a client-side master-password hash and device fields
(form-encoded, as OAuth-style identity endpoints take it), vault sync (items as
``2.<iv>|<ct>|<mac>`` cipher strings, revision dates), a k-anonymity breach check by SHA-1
prefix and push registration; the VPN's server list, a WireGuard-style peer registration (a
base64 public key), connection telemetry with the pre-tunnel public IP, a DNS-leak test and
trusted-network rules; the maps app's offline-region download (a bounding box and zoom range),
vector-tile fetches (``/{z}/{x}/{y}.pbf``), style and glyph fetches, and a map-load telemetry
event. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random

from eval_families7_kit import enc, with_labels
from eval_families8_kit import (
    ANDROID_ID,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL,
    INSTALL_ID,
    IPLOC,
    LAT,
    LON,
    MAIL,
    PRECISE,
    UID,
    USAGE,
    WIFI,
    b64s,
    device_headers,
    device_snake,
    sha,
)
from eval_payloads import SSID, USER_ID, Case, L, case, rnd_hex, rnd_uuid

VAULT = "https://identity.vaultkey.example.com"
VPN = "https://api.tunnelr.example.net"
MAPS = "https://tiles.trailmap.example.org"


def _cipher(rng: random.Random) -> str:
    part = [base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()
            for n in (16, 48, 32)]
    return "2." + "|".join(part)


def vault() -> list[Case]:
    rng = random.Random(8811)
    out = [case("vault", f"{VAULT}/accounts/prelogin", body={"email": L(EMAIL, MAIL)})]
    out.append(case("vault", f"{VAULT}/connect/token", fmt="form", headers={
        "Auth-Email": L(b64s(EMAIL), MAIL), "Device-Type": "0",
        "User-Agent": device_headers()["User-Agent"]}, body={
        "grant_type": "password", "username": L(EMAIL, MAIL),
        "password": L(base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode(),
                      CRED),
        "scope": "api offline_access", "client_id": "mobile",
        "deviceType": "0", "deviceIdentifier": L(INSTALL_ID, DID),
        "deviceName": L("Pixel 8", DEV), "captchaResponse": ""}))
    hdr = {"Authorization": L("Bearer vk." + rnd_hex(rng, 64), CRED), "Bitwarden-Client-Name":
           "mobile", "Device-Type": "0"}
    items = [{"id": rnd_uuid(rng), "type": 1, "name": _cipher(rng),
              "login": {"username": _cipher(rng), "password": _cipher(rng),
                        "uris": [{"uri": _cipher(rng)}]},
              "revisionDate": "2026-11-20T10:00:00Z", "folderId": None} for _ in range(4)]
    out.append(case("vault", "https://api.vaultkey.example.com/sync", headers=hdr, query={
        "excludeDomains": "true"}))
    out.append(case("vault", "https://api.vaultkey.example.com/ciphers/bulk", headers=hdr,
                    gz=True, body={"ciphers": items, "key": _cipher(rng),
                                   "userId": L(rnd_uuid(random.Random(5)), UID)}))
    out.append(case("vault", "https://breach.vaultkey.example.com/range/5BAA6", headers={
        "Add-Padding": "true"}))
    push = case("vault", "https://api.vaultkey.example.com/devices/identifier/"
                f"{INSTALL_ID}/token", headers=hdr, body={
                    "pushToken": L("fcm:" + rnd_hex(rng, 140), DID)})
    push.labels[("url", "path[2]")] = DID  # the device's own identifier in the URL path
    out.append(push)
    out.append(case("vault", "https://api.vaultkey.example.com/events/collect", headers=hdr,
                    body=[{"type": 1100, "cipherId": rnd_uuid(rng), "date": "2026-11-27T10:00Z"}
                          for _ in range(3)]))
    return out


def vpn() -> list[Case]:
    rng = random.Random(8812)
    hdr = {"X-Auth-Token": L("tnr_" + rnd_hex(rng, 40), CRED), **device_headers()}
    out = [case("vpn", f"{VPN}/v1/servers", headers=hdr, query={
        "protocol": "wireguard", "platform": L("android", DEV), "v": "5.8.1"})]
    pub = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
    out.append(case("vpn", f"{VPN}/v1/peers", headers=hdr, body={
        "public_key": pub, "server": "us-nyc-wg-014", "device_id": L(ANDROID_ID, DID),
        "account": L(USER_ID, UID), "allowed_ips": "0.0.0.0/0, ::/0",
        "dns": ["10.64.0.1"], "endpoint": "198.51.100.44:51820"}))
    out += [case("vpn", f"{VPN}/v1/telemetry", headers=hdr, gz=True, body={
        "session": rnd_uuid(rng), "handshake_ms": 84 + s, "bytes_rx": 18_221_004,
        "bytes_tx": 2_004_311, "server": "us-nyc-wg-014", "server_ip": "198.51.100.44",
        "pre_tunnel_ip": L("203.0.113.7", IPLOC), "detected_country": L("US", COARSE),
        "detected_city": L("New York", COARSE), "device": device_snake(),
        "disconnect_reason": "user", "duration_s": L(5400 + s * 600, USAGE)})
        for s in range(3)]
    out.append(case("vpn", f"{VPN}/v1/leaktest", headers=hdr, query={
        "id": rnd_hex(rng, 20), "resolvers": "10.64.0.1,198.51.100.53"}))
    acc: dict[tuple[str, str], str] = {}
    rules = enc({"trusted": L([SSID, "Office-Guest"], WIFI),
                 "auto_connect_untrusted": True, "kill_switch": True}, "body", "rules", "b64",
                acc)
    out.append(with_labels(case("vpn", f"{VPN}/v1/settings", headers=hdr, body={
        "rules": rules, "updated": 1764251000}), acc))
    return out


def maps() -> list[Case]:
    rng = random.Random(8813)
    key = {"access_token": "pk.eyJ1IjoidHJhaWxtYXAifQ.example"}
    out = [case("maps", f"{MAPS}/offline/v1/regions", query=key, body={
        "name": "Region 1", "bounds": {"north": 40.9176, "south": 40.4774,
                                       "east": -73.7004, "west": -74.2591},
        "minZoom": 10, "maxZoom": 16, "style": "outdoors-v3", "estimatedTiles": 18211,
        "requestedAt": 1764251000, "regionId": rnd_uuid(rng)})]
    for z, x, y in [(14, 4825, 6156), (14, 4826, 6156), (15, 9650, 12313), (16, 19301, 24626)]:
        out.append(case("maps", f"{MAPS}/v4/outdoors/{z}/{x}/{y}.pbf", query=key))
    out.append(case("maps", f"{MAPS}/fonts/v1/Open Sans Regular/0-255.pbf", query=key))
    out.append(case("maps", "https://events.trailmap.example.org/events/v2", query=key, body=[
        {"event": L("map.load", USAGE), "created": "2026-11-27T10:15:00Z",
         "userId": L(sha("sha256", USER_ID), UID), "model": L("Pixel 8", DEV),
         "operatingSystem": L("Android 14", DEV), "resolution": L(2.625, DEV),
         "accessibilityFontScale": L(1.0, DEV), "orientation": "Portrait",
         "batteryLevel": L(64, DEV), "pluggedIn": L(False, DEV), "wifi": L(True, DEV),
         "sdkIdentifier": "trailmap-android", "sdkVersion": "10.2.0"},
        {"event": L("location", USAGE), "lat": L(round(LAT, 6), PRECISE),
         "lng": L(round(LON, 6), PRECISE), "altitude": 12.0, "horizontalAccuracy": 9,
         "source": "fused", "sessionId": rnd_hex(rng, 20)},
        {"event": L("offline.download.complete", USAGE), "regionId": rnd_uuid(rng),
         "tiles": 18211, "bytes": 131_072_000, "bounds": [-74.2591, 40.4774, -73.7004, 40.9176]}]))
    return out
