"""Helpers for the ninth (blind) evaluation set: category ids and wire helpers re-exported from
the earlier kits, a few profile transforms, device-information blocks in three key styles and
the case-insensitive path check of the eighth set.

``check_ci`` is the eighth kit's (it runs ``analysis.decoders.decode_exchange`` only and lists the
labelled paths the decoders do not produce).
"""

from __future__ import annotations

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
    CONTACTS,
    CRED,
    DEV,
    DID,
    FIT,
    GENDER,
    HW,
    IPLOC,
    KEYS,
    MAIL,
    MED,
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
    WIFI,
    sha,
)
from eval_families8_kit import check_ci
from eval_payloads import ANDROID_ID, EMAIL, GAID, IMEI, INSTALL_ID, LAT, LON, MAC, PHONE, L

E164 = PHONE.replace(" ", "")
MAC_PLAIN = MAC.replace(":", "").upper()
UA = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(80))
WAV = b"RIFF\x24\x08\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00" + bytes(64)


def device_snake() -> dict[str, Any]:
    """Device fields as snake_case SDKs name them (app and SDK versions: unlabelled)."""
    return {"os_name": L("Android", DEV), "os_version": L("14", DEV), "model": L("Pixel 8", DEV),
            "manufacturer": L("Google", DEV), "locale": L("en_US", DEV),
            "tz": L("America/New_York", DEV), "screen": L("1080x2400", DEV),
            "dpi": L(420, DEV), "connection": L("wifi", DEV), "app_version": "3.12.0",
            "sdk_version": "2.7.0"}


def device_camel() -> dict[str, Any]:
    """Device fields as camelCase (JavaScript/Kotlin) SDKs name them."""
    return {"platform": L("android", DEV), "osVersion": L("14", DEV),
            "deviceModel": L("Pixel 8", DEV), "brand": L("google", DEV),
            "language": L("en-US", DEV), "timeZone": L("America/New_York", DEV),
            "screenDensity": L(2.625, DEV), "batteryLevel": L(0.64, DEV),
            "isRooted": L(False, DEV), "appBuild": "4120"}


def device_headers() -> dict[str, Any]:
    """Device fields in request headers with the mixed-case names apps send."""
    return {"User-Agent": L(UA, DEV), "x-device-model": L("Pixel 8", DEV),
            "X-Os-Version": L("Android 14", DEV), "Accept-Language": L("en-US,en;q=0.9", DEV),
            "X-Timezone": L("America/New_York", DEV), "X-App-Build": "4120",
            "X-Trace-Id": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}


__all__ = ["ADDR", "ADID", "ANDROID_ID", "APPS", "BIRTH", "BROWSE", "BUY", "CARRIER", "COARSE",
           "CONTACTS", "CRED", "DEV", "DID", "E164", "EMAIL", "FIT", "GAID", "GENDER", "HW",
           "IMEI", "INSTALL_ID", "IPLOC", "JPEG", "KEYS", "LAT", "LON", "MAC", "MAC_PLAIN",
           "MAIL", "MED", "NAMEC", "NATID", "PAY", "PRECISE", "SEARCH", "SENS", "SIM", "TEL",
           "TEXT", "UA", "UID", "USAGE", "WAV", "WIFI", "check_ci", "device_camel",
           "device_headers", "device_snake", "sha"]
