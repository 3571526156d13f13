"""Labelled evaluation payloads for ``eval_classifiers.py``, built in code.

Realistic shapes of several SDK families (analytics, attribution, ads/OpenRTB, crash reporting,
a fictional app's own API, a fitness tracker) with the device profile's values planted in every
transform the classifiers claim to handle, plus negative controls (event/trace IDs, nonces,
content hashes, timestamps, versions, experiment buckets, UI coordinates, server addresses).
All values are synthetic; every host is under example.* (RFC 2606).

A planted value is ``L(value, category)``; ``W(tree, how)`` wraps a sub-tree into a string (base64
JSON, gzip+base64, hex) whose labels continue the path, as the decoders do.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import random
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange

GAID = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
ANDROID_ID = "3f2a9c81b7d4e6f0"
IMEI = "490154203237518"
SERIAL = "R58N12ABCDE"
MAC = "3c:5a:b4:12:34:56"
IMSI = "310260123456789"
ICCID = "8901260123456789012"
USER_ID = "u_7Hq2Kx9PzL"
INSTALL_ID = "c0ffee00-1234-4abc-9def-0123456789ab"
EMAIL = "jane.doe@example.org"
PHONE = "+1 555 010 0199"
NAME = "Jane Doe"
LAT, LON = 40.74183, -73.98931
PUBLIC_IP, LOCAL_IP = "203.0.113.7", "192.168.1.23"
SSID, BSSID = "HomeNet-5G", "aa:bb:cc:11:22:33"


def profile() -> DeviceProfile:
    return DeviceProfile(
        device=DeviceInfo(platform="android", country="US"),
        identifiers={"advertising_id": GAID, "android_id": ANDROID_ID, "imei": IMEI,
                     "serial": SERIAL, "mac": MAC, "imsi": IMSI, "iccid": ICCID,
                     "user_id": USER_ID, "install_id": INSTALL_ID},
        contact={"email": EMAIL, "phone": PHONE, "name": NAME},
        location={"lat": LAT, "lon": LON},
        carrier={"mcc": "310", "mnc": "260", "name": "Example Mobile", "sim_country": "US"},
        network={"public_ip": PUBLIC_IP, "local_ip": LOCAL_IP, "wifi_ssid": SSID,
                 "wifi_bssid": BSSID},
    )


@dataclass
class L:
    value: Any
    category: str


@dataclass
class W:
    tree: Any
    how: str  # json | b64json | gzb64json | hexjson


@dataclass
class U:
    """A URL whose query parameters are labelled (a deep link, a referrer)."""

    base: str
    params: dict[str, Any]


@dataclass
class J:
    """A bearer JWT: the token is a credential, its claims continue the path."""

    claims: dict[str, Any]


def _seg(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def h(algo: str, text: str) -> str:
    return hashlib.new(algo, text.encode()).hexdigest()


def resolve(tree: Any, path: str, labels: dict[str, str]) -> Any:
    """Replace markers by values, collecting {path: category} as the decoders will name them."""
    if isinstance(tree, L):
        labels[path or "$"] = tree.category
        return resolve(tree.value, path, labels)
    if isinstance(tree, U):
        return tree.base + "?" + urlencode(resolve(tree.params, path, labels))
    if isinstance(tree, J):
        labels[path or "$"] = "secret.credential"
        claims = resolve(tree.claims, f"{path}.claims", labels)
        return f"Bearer {_seg({'alg': 'HS256', 'typ': 'JWT'})}.{_seg(claims)}.c2lnbmF0dXJl"
    if isinstance(tree, W):
        inner = resolve(tree.tree, path, labels)
        raw = json.dumps(inner).encode()
        if tree.how == "b64json":
            return base64.b64encode(raw).decode()
        if tree.how == "json":
            return json.dumps(inner)
        if tree.how == "gzb64json":
            return base64.b64encode(gzip.compress(raw)).decode()
        return raw.hex()
    if isinstance(tree, dict):
        return {k: resolve(v, f"{path}.{k}" if path else k, labels) for k, v in tree.items()}
    if isinstance(tree, list):
        return [resolve(v, f"{path}[{i}]", labels) for i, v in enumerate(tree)]
    return tree


@dataclass
class Case:
    exchange: Exchange
    # (part, path) -> category, or several joined by "|" (typed keys are keystrokes and text)
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    family: str = ""


def case(family: str, url: str, *, query: dict[str, Any] | None = None,
         headers: dict[str, Any] | None = None, cookies: dict[str, Any] | None = None,
         body: Any = None, fmt: str = "json", gz: bool = False) -> Case:
    labels: dict[tuple[str, str], str] = {}
    hdrs: list[tuple[str, str]] = []
    lab: dict[str, str] = {}
    if query:
        q = resolve(query, "", lab)
        labels.update({("query", p): c for p, c in lab.items()})
        url += "?" + urlencode(q)
    for name, value in (headers or {}).items():
        lab = {}
        hdrs.append((name, str(resolve(value, name.lower(), lab))))
        labels.update({("header", p): c for p, c in lab.items()})
    if cookies:
        lab = {}
        jar = resolve(cookies, "", lab)
        hdrs.append(("Cookie", "; ".join(f"{k}={v}" for k, v in jar.items())))
        labels.update({("cookie", p): c for p, c in lab.items()})
    data = None
    if body is not None:
        lab = {}
        tree = resolve(body, "", lab)
        labels.update({("body", p): c for p, c in lab.items()})
        if fmt == "json":
            data = json.dumps(tree).encode()
            hdrs.append(("Content-Type", "application/json"))
        elif fmt == "form":
            data = urlencode(tree).encode()
            hdrs.append(("Content-Type", "application/x-www-form-urlencoded"))
        elif fmt == "msgpack":
            import msgpack

            data = msgpack.packb(tree)
            hdrs.append(("Content-Type", "application/x-msgpack"))
        elif fmt == "jsonl":
            data = b"\n".join(json.dumps(t).encode() for t in tree)
            hdrs.append(("Content-Type", "application/x-ndjson"))
        if gz:
            data = gzip.compress(data or b"")
            hdrs.append(("Content-Encoding", "gzip"))
    host = url.split("/")[2]
    ex = Exchange(ts=1.7e9, method="POST" if data else "GET", url=url, host=host,
                  request_headers=tuple(hdrs), request_body=data)
    return Case(ex, labels, family)


def rnd_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rnd_hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


__all__ = ["ANDROID_ID", "BSSID", "EMAIL", "GAID", "ICCID", "IMEI", "IMSI", "INSTALL_ID",
           "LAT", "LOCAL_IP", "LON", "MAC", "NAME", "PHONE", "PUBLIC_IP", "SERIAL", "SSID",
           "USER_ID", "Case", "J", "L", "U", "W", "case", "h", "profile", "quote", "rnd_hex",
           "rnd_uuid"]
