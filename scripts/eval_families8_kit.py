"""Helpers for the eighth (blind) evaluation set: the profile's values in the transforms the issue
lists, a few device-information blocks in the key styles of different SDKs, and a path check that
compares header names case-insensitively (RFC 9110 §5.1), as ``eval_classifiers.py`` scores them.

Encoders (base64url/zlib/gzip/hex JSON, XML, JSON Lines) come from ``eval_families7_kit``, wire
helpers (multipart, protobuf, content codings, JWTs) from ``eval_families6_kit``. Labels are
``(part, path) -> category`` as in ``eval_payloads.Case``; paths are DESIGN.md's.
"""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families7_kit import (
    ADDR,
    ADID,
    APPS,
    BIRTH,
    BROWSE,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    FACE,
    FIT,
    GENDER,
    HW,
    IPLOC,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WIFI,
    sha,
)
from eval_payloads import ANDROID_ID, EMAIL, GAID, IMEI, INSTALL_ID, LAT, LON, MAC, PHONE, Case, L

E164 = PHONE.replace(" ", "")
NATIONAL = "(555) 010-0199"
DIGITS = "5550100199"
EMAIL_SHA256 = sha("sha256", EMAIL.lower())
EMAIL_MD5 = sha("md5", EMAIL.lower())
PHONE_SHA256 = sha("sha256", E164)
GAID_NODASH = GAID.replace("-", "")
MAC_PLAIN = MAC.replace(":", "").upper()
UA = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64))
WAV = b"RIFF\x24\x08\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00" + bytes(48)


def b64s(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def device_snake() -> dict[str, Any]:
    """Device fields as snake_case SDKs name them."""
    return {"os": L("android", DEV), "os_version": L("14", DEV), "model": L("Pixel 8", DEV),
            "manufacturer": L("Google", DEV), "locale": L("en_US", DEV),
            "timezone": L("America/New_York", DEV), "screen_width": L(1080, DEV),
            "screen_height": L(2400, DEV), "network": L("wifi", DEV), "app_version": "3.12.0",
            "sdk_version": "5.4.1"}


def device_camel() -> dict[str, Any]:
    """Device fields as camelCase (JavaScript/React Native) SDKs name them."""
    return {"platform": L("android", DEV), "osVersion": L("14", DEV),
            "deviceModel": L("Pixel 8", DEV), "brand": L("google", DEV),
            "language": L("en-US", DEV), "timeZone": L("America/New_York", DEV),
            "screenScale": L(2.625, DEV), "batteryLevel": L(0.64, DEV),
            "isEmulator": L(False, DEV), "appBuild": "4120"}


def device_headers() -> dict[str, Any]:
    """Device fields in custom request headers, with the mixed-case names apps send."""
    return {"User-Agent": L(UA, DEV), "X-Device-Model": L("Pixel 8", DEV),
            "X-OS-Version": L("Android 14", DEV), "Accept-Language": L("en-US,en;q=0.9", DEV),
            "X-App-Version": "3.12.0", "X-Request-ID": "req-8f2c41d7a9b3"}


def fixes(rng: random.Random, n: int, nd: int, keys: tuple[str, str] = ("lat", "lng"),
          extra: bool = True) -> list[dict[str, Any]]:
    """A track of position records near the profile's position; each coordinate a leaf."""
    cat = PRECISE if nd >= 3 else COARSE
    out = []
    for i in range(n):
        rec: dict[str, Any] = {keys[0]: L(round(LAT + i * 0.00021 + rng.uniform(0, 1e-5), nd), cat),
                               keys[1]: L(round(LON + i * 0.00017 + rng.uniform(0, 1e-5), nd), cat)}
        if extra:
            rec.update({"speed": round(rng.uniform(5, 14), 1), "bearing": rng.randrange(360),
                        "accuracy": round(rng.uniform(3, 12), 1), "ts": 1764250000000 + i * 1000})
        out.append(rec)
    return out


def check_ci(cases: list[Case]) -> list[str]:
    """Labelled (part, path) pairs the decoders produce neither as a leaf nor as a list node;
    header names compared case-insensitively."""
    from analysis.decoders import decode_exchange

    def norm(part: str, path: str) -> tuple[str, str]:
        if part != "header":
            return part, path
        name, dot, rest = path.partition(".")
        return part, name.lower() + dot + rest

    missing = []
    for n, c in enumerate(cases):
        d = decode_exchange(c.exchange)
        have = ({norm(str(x.part), x.path) for x in d.leaves}
                | {norm(str(n.part), n.path) for n in d.nodes})
        missing += [f"{n} {c.family} {part}:{path} ({cat})"
                    for (part, path), cat in c.labels.items() if norm(part, path) not in have]
    return missing


__all__ = ["ADDR", "ADID", "ANDROID_ID", "APPS", "BIRTH", "BROWSE", "BUY", "CARRIER", "COARSE",
           "CRED", "DEV", "DID", "DIGITS", "E164", "EMAIL", "EMAIL_MD5", "EMAIL_SHA256", "FACE",
           "FIT", "GAID", "GAID_NODASH", "GENDER", "HW", "IMEI", "INSTALL_ID", "IPLOC", "JPEG",
           "KEYS", "LAT", "LON", "MAC", "MAC_PLAIN", "MAIL", "MED", "MEDIA", "MOTION", "NAMEC",
           "NATID", "NATIONAL", "PAY", "PHONE", "PHONE_SHA256", "PRECISE", "SEARCH", "SENS", "SIM",
           "TEL", "TEXT", "UA", "UID", "USAGE", "VOICE", "WAV", "WIFI", "b64s", "check_ci",
           "device_camel", "device_headers", "device_snake", "fixes", "sha"]


def report(cases: list[Case], decoder_gaps: set[tuple[str, str]]) -> None:
    """What a blind set's ``main`` prints: counts per category, part and family, and the
    labelled paths the decoders do not produce (exit 1 when there are any beyond the gaps the
    set states)."""
    import sys

    from eval_families7_kit import counts
    missing = [m for m in check_ci(cases) if (m.split()[1], m.split()[2]) not in decoder_gaps]
    cat, part, fam = counts(cases)
    print(f"{len(cases)} exchanges, {sum(cat.values())} labels")
    for title, cnt in (("category", cat), ("part", part), ("family", fam)):
        print(f"\nper {title}:")
        for k, v in sorted(cnt.items()):
            print(f"  {k:22} {v}")
    if missing:
        print("\nlabelled paths the decoders do not produce:")
        print("\n".join(missing))
        sys.exit(1)
