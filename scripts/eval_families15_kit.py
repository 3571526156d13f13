"""Helpers for the fifteenth (blind) evaluation set: category ids, profile transforms, device
blocks and wire helpers re-exported from the earlier kits (through ``eval_families14_kit``),
plus a few profile transforms not yet there (dotted phone, upper-case e-mail, ``"lat,lon"``
strings), other synthetic people and generators for IMU windows and body-pose keypoints.

``check_ci`` and ``report`` are the eighth kit's (``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import IBAN, IBAN_SPACED
from eval_families14_kit import (
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
    DASHED,
    DEV,
    DID,
    DIGITS,
    E164,
    EMAIL_MD5,
    EMAIL_PCT,
    EMAIL_SHA1,
    EMAIL_SHA256,
    F32,
    FACE,
    FIT,
    GAID_NODASH,
    GENDER,
    HW,
    IPLOC,
    JPEG,
    KEYS,
    M4A,
    MAC_PLAIN,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    NATID,
    NATIONAL,
    PAY,
    PDF,
    PEOPLE,
    PHONE_MD5,
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    SENS,
    SIM,
    SSN,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    Acc,
    add,
    check_ci,
    device_abbrev,
    device_camel,
    device_headers,
    device_snake,
    e7,
    enc,
    encode,
    flat,
    jsonl,
    jwt,
    keys,
    multipart,
    pb,
    pb64,
    points,
    raw,
    report,
    series,
    sha,
    sim_block,
    tok,
    urlq,
    xml,
)
from eval_payloads import EMAIL, LAT, LON

DOTTED = "555.010.0199"
EMAIL_UPPER = EMAIL.upper()
STREET = "350 Fifth Avenue Apt 4B"
IBAN_RCPT = "GB82WEST12345698765432"  # the standard's published UK example, a recipient here
# The user's child (as set 14's household) and the other parent (set 14's PEOPLE[3]).
CHILD = ("Mia Doe", "2018-07-19")
EX = PEOPLE[3]


def ll(nd: int, dlat: float = 0.0, dlon: float = 0.0, sep: str = ",") -> str:
    """The profile's position (moved by ``dlat``/``dlon``) as a ``"lat,lon"`` string."""
    return f"{round(LAT + dlat, nd):.{nd}f}{sep}{round(LON + dlon, nd):.{nd}f}"


def imu(rng: random.Random, n: int, dt: int = 5, scale: float = 4.0) -> list[dict[str, Any]]:
    """An accelerometer+gyroscope window: ``t`` in ms plus six axes per sample."""
    return series(rng, n, ("ax", "ay", "az", "gx", "gy", "gz"), dt, scale)


def pose(rng: random.Random, frames: int, joints: int = 17) -> list[list[list[float]]]:
    """Per video frame, ``joints`` body keypoints of x/y/score (a pose-estimation track)."""
    return [[[round(rng.uniform(0.1, 0.9), 3), round(rng.uniform(0.05, 0.95), 3),
              round(rng.uniform(0.6, 1.0), 2)] for _ in range(joints)] for _ in range(frames)]


__all__ = ["ADDR", "ADID", "APPS", "BIRTH", "BROWSE", "BUY", "CARRIER", "CHILD", "COARSE",
           "CONTACTS", "CRED", "DASHED", "DEV", "DID", "DIGITS", "DOTTED", "E164", "EMAIL_MD5",
           "EMAIL_PCT", "EMAIL_SHA1", "EMAIL_SHA256", "EMAIL_UPPER", "EX", "F32", "FACE", "FIT",
           "GAID_NODASH", "GENDER", "HW", "IBAN", "IBAN_RCPT", "IBAN_SPACED", "IPLOC", "JPEG",
           "KEYS", "M4A", "MAC_PLAIN", "MAIL", "MED", "MEDIA", "MOTION", "MP4", "NAMEC", "NATID",
           "NATIONAL", "PAY", "PDF", "PEOPLE", "PHONE_MD5", "PHONE_SHA256", "PRECISE", "SEARCH",
           "SENS", "SIM", "SSN", "STREET", "TEL", "TEXT", "UA", "UID", "USAGE", "VOICE", "WAV",
           "WIFI", "Acc", "add", "check_ci", "device_abbrev", "device_camel", "device_headers",
           "device_snake", "e7", "enc", "encode", "flat", "imu", "jsonl", "jwt", "keys", "ll",
           "multipart", "pb", "pb64", "points", "pose", "raw", "report", "series", "sha",
           "sim_block", "tok", "urlq", "xml"]
