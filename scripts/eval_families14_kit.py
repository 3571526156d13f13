"""Helpers for the fourteenth (blind) evaluation set: category ids, profile transforms, device
blocks and wire helpers re-exported from the earlier kits (through ``eval_families13_kit``),
plus a few synthetic values shared by the topic modules (other people, a licence plate, the
percent-encoded e-mail) and generators for key events and hand-landmark frames.

``check_ci`` and ``report`` are the eighth kit's (``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import (
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
    enc,
    encode,
    flat,
    jsonl,
    jwt,
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
from eval_payloads import EMAIL

EMAIL_PCT = urlq(EMAIL)
DASHED = "555-010-0199"
PLATE = "KXT-4471"
# Other people (synthetic): name, E.164 phone, e-mail.
PEOPLE = [("Sam Patel", "+15550142277", "sam.patel@example.net"),
          ("Lucía Fernández", "+15550163390", "lucia.f@example.com"),
          ("Rosa Morales", "+15550187733", "rosa.m@example.com"),
          ("Tom Reyes", "+15550110042", "t.reyes@example.org"),
          ("Ana Kim", "+15550129981", "ana.kim@example.net")]


def keys(rng: random.Random, text: str, style: str = "obj") -> list[Any]:
    """Typed key events with down/up times in ms: ``obj`` ({k, d, u}), ``row`` ([k, d, u])."""
    out: list[Any] = []
    t = 0
    for ch in text:
        up = t + rng.randrange(60, 150)
        out.append({"k": ch, "d": t, "u": up} if style == "obj" else [ch, t, up])
        t += rng.randrange(90, 320)
    return out


def hands(rng: random.Random, frames: int, nd: int = 3) -> list[list[list[float]]]:
    """Per video frame, 21 hand landmarks of x/y/z (a signing hand's trajectory)."""
    return [[[round(rng.uniform(0.2, 0.8), nd), round(rng.uniform(0.2, 0.8), nd),
              round(rng.gauss(0, 0.05), nd)] for _ in range(21)] for _ in range(frames)]


def e7(x: float) -> int:
    return round(x * 1e7)


__all__ = ["ADDR", "ADID", "APPS", "BIRTH", "BROWSE", "BUY", "CARRIER", "COARSE", "CONTACTS",
           "CRED", "DASHED", "DEV", "DID", "DIGITS", "E164", "EMAIL_MD5", "EMAIL_PCT",
           "EMAIL_SHA1", "EMAIL_SHA256", "F32", "FACE", "FIT", "GAID_NODASH", "GENDER", "HW",
           "IPLOC", "JPEG", "KEYS", "M4A", "MAC_PLAIN", "MAIL", "MED", "MEDIA", "MOTION", "MP4",
           "NAMEC", "NATID", "NATIONAL", "PAY", "PDF", "PEOPLE", "PHONE_MD5", "PHONE_SHA256",
           "PLATE", "PRECISE", "SEARCH", "SENS", "SIM", "SSN", "TEL", "TEXT", "UA", "UID",
           "USAGE", "VOICE", "WAV", "WIFI", "Acc", "add", "check_ci", "device_abbrev",
           "device_camel", "device_headers", "device_snake", "e7", "enc", "encode", "flat",
           "hands", "jsonl", "jwt", "keys", "multipart", "pb", "pb64", "points", "raw",
           "report", "series", "sha", "sim_block", "tok", "urlq", "xml"]
