"""Helpers for the thirteenth (blind) evaluation set: category ids, profile transforms, device
blocks and wire helpers re-exported from the earlier kits, plus a device block in an
abbreviated key style, a SIM block and a few synthetic values shared by the topic modules.

``check_ci`` and ``report`` are the eighth kit's (``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).
"""

from __future__ import annotations

from typing import Any

from eval_families6_kit import F32, encode, jwt, multipart, pb, raw
from eval_families7_kit import enc, jsonl, pb64, urlq, with_labels, xml
from eval_families8_kit import PHONE_SHA256, check_ci, report
from eval_families9_kit import MAC_PLAIN, UA
from eval_families10_kit import MP4, PDF, WORK_LAT, WORK_LON, Acc, add, flat, near, points, series
from eval_families10_kit import token as tok
from eval_families11_kit import (
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
    DIGITS,
    E164,
    EMAIL_MD5,
    EMAIL_SHA256,
    FACE,
    FIT,
    GAID_NODASH,
    GENDER,
    HW,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    NATIONAL,
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
    WAV,
    WIFI,
    device_camel,
    device_headers,
    device_snake,
    sha,
)
from eval_payloads import EMAIL, L

EMAIL_SHA1 = sha("sha1", EMAIL.lower())
PHONE_MD5 = sha("md5", DIGITS)
IBAN = "DE89370400440532013000"  # the standard's published example IBAN
IBAN_SPACED = "DE89 3704 0044 0532 0130 00"
SSN = "078-05-1120"  # a well-known void specimen number, synthetic here
M4A = b"\x00\x00\x00\x1cftypM4A \x00\x00\x00\x00M4A isommp42" + bytes(range(72))


def device_abbrev() -> dict[str, Any]:
    """Device fields under the two-letter keys some SDKs use to keep beacons short."""
    return {"dm": L("Pixel 8", DEV), "dv": L("14", DEV), "mf": L("Google", DEV),
            "lc": L("en_US", DEV), "tz": L("America/New_York", DEV), "sw": L(1080, DEV),
            "sh": L(2400, DEV), "bl": L(64, DEV), "nt": L("wifi", DEV), "av": "5.0.3",
            "sv": "1.9.2"}


def sim_block(style: str = "camel") -> dict[str, Any]:
    """The SIM/network operator as an SDK reports it (``location.carrier`` each)."""
    if style == "snake":
        return {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                "carrier_name": L("Example Mobile", CARRIER), "sim_country": L("us", CARRIER)}
    return {"mccMnc": L("310-260", CARRIER), "operatorName": L("Example Mobile", CARRIER),
            "networkCountryIso": L("US", CARRIER), "radio": L("LTE", DEV)}


__all__ = ["ADDR", "ADID", "APPS", "BIRTH", "BROWSE", "BUY", "CARRIER", "COARSE", "CONTACTS",
           "CRED", "DEV", "DID", "DIGITS", "E164", "EMAIL_MD5", "EMAIL_SHA1", "EMAIL_SHA256",
           "F32", "FACE", "FIT", "GAID_NODASH", "GENDER", "HW", "IBAN", "IBAN_SPACED", "IPLOC",
           "JPEG", "KEYS", "M4A", "MAC_PLAIN", "MAIL", "MED", "MEDIA", "MOTION", "MP4", "NAMEC",
           "NATID", "NATIONAL", "PAY", "PDF", "PHONE_MD5", "PHONE_SHA256", "PRECISE", "SEARCH",
           "SENS", "SIM", "SSN", "TEL", "TEXT", "UA", "UID", "USAGE", "VOICE", "WAV", "WIFI",
           "WORK_LAT", "WORK_LON", "Acc", "add", "check_ci", "device_abbrev", "device_camel",
           "device_headers", "device_snake", "enc", "encode", "flat", "jsonl", "jwt",
           "multipart", "near", "pb", "pb64", "points", "raw", "report", "series", "sha",
           "sim_block", "tok", "urlq", "with_labels", "xml"]
