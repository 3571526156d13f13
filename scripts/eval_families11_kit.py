"""Helpers for the eleventh (blind) evaluation set: category ids and wire helpers re-exported from
the earlier kits, a few profile transforms, and a track of position records.

Device blocks and the eighth kit's ``check_ci`` come through ``eval_families9_kit``
(``check_ci`` runs ``analysis.decoders.decode_exchange`` only and lists the labelled paths it
does not produce).
"""

from __future__ import annotations

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
    CONTACTS,
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
from eval_families9_kit import (
    E164,
    JPEG,
    WAV,
    check_ci,
    device_camel,
    device_headers,
    device_snake,
)
from eval_payloads import EMAIL, GAID, LAT, LON, L

NATIONAL = "(555) 010-0199"
DIGITS = "5550100199"
EMAIL_SHA256 = sha("sha256", EMAIL.lower())
EMAIL_MD5 = sha("md5", EMAIL.lower())
GAID_NODASH = GAID.replace("-", "")


def fixes(rng: random.Random, n: int, nd: int, keys: tuple[str, str] = ("lat", "lng"),
          lat: float = LAT, lon: float = LON) -> list[dict[str, Any]]:
    """Position records near ``lat``/``lon``; each coordinate a leaf label."""
    cat = PRECISE if nd >= 3 else COARSE
    return [{keys[0]: L(round(lat + i * 0.00019 + rng.uniform(0, 1e-5), nd), cat),
             keys[1]: L(round(lon + i * 0.00023 + rng.uniform(0, 1e-5), nd), cat),
             "speed": round(rng.uniform(0, 2.5), 1), "accuracy": round(rng.uniform(3, 20), 1),
             "ts": 1764250000000 + i * 1000} for i in range(n)]


__all__ = ["ADDR", "ADID", "APPS", "BIRTH", "BROWSE", "BUY", "CARRIER", "COARSE", "CONTACTS",
           "CRED", "DEV", "DID", "DIGITS", "E164", "EMAIL", "EMAIL_MD5", "EMAIL_SHA256", "FACE",
           "FIT", "GAID", "GAID_NODASH", "GENDER", "HW", "IPLOC", "JPEG", "KEYS", "MAIL", "MED",
           "MEDIA", "MOTION", "NAMEC", "NATID", "NATIONAL", "PAY", "PRECISE", "SEARCH", "SENS",
           "SIM", "TEL", "TEXT", "UID", "USAGE", "VOICE", "WAV", "WIFI", "check_ci",
           "device_camel", "device_headers", "device_snake", "fixes", "sha"]
