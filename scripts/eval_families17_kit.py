"""Helpers for the seventeenth (blind) evaluation set: category ids, profile transforms, device
blocks and wire helpers re-exported from the earlier kits (through ``eval_families16_kit`` and
``eval_families15_kit``), plus the profile's values in further transforms (SHA-512 and SHA-1 of
the normalised e-mail, SHA-1 of the E.164 phone, MD5/SHA-1 of the Android ID, the advertising ID
upper case and MD5, the install ID without dashes and SHA-256, the public IP as an IPv4-mapped
IPv6 address), nested wrappers (``chain``: JSON under any sequence of gzip/zlib, base64,
base64url and hex), base64url protobuf, FCM-style push tokens and look-alike generators for the
short-video families (a pet's face landmarks, an effect's canonical face template, a song's
audio fingerprint, edit cut points, sticker anchors).

``check_ci`` and ``report`` are the eighth kit's (``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).
"""

from __future__ import annotations

import base64
import gzip
import json
import random
import zlib
from typing import Any

from eval_families15_kit import EMAIL_PCT, EMAIL_SHA1, PHONE_MD5
from eval_families16_kit import (
    ADDR,
    ADID,
    APPS,
    BIRTH,
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
    EDGE_IP,
    EMAIL_MD5,
    EMAIL_SHA256,
    EMAIL_UPPER,
    F32,
    FACE,
    GAID_NODASH,
    GENDER,
    HW,
    IP_HEX,
    IP_INT,
    IP_TRUNC,
    IPLOC,
    JPEG,
    KEYS,
    M4A,
    MAC_PLAIN,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    SENS,
    SIM,
    SRV_IP,
    STREET,
    TEL,
    TEXT,
    TURN_IP,
    UA,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    Acc,
    add,
    blend,
    check_ci,
    compact,
    device_abbrev,
    device_camel,
    device_headers,
    device_snake,
    dwell_flight,
    e7,
    enc,
    encode,
    f32b64,
    flat,
    frame_times,
    imu,
    jsonl,
    jwt,
    keys,
    landmarks,
    ll,
    multipart,
    obj_mesh,
    pb,
    pb64,
    points,
    raw,
    relay,
    report,
    scroll_velocity,
    series,
    sha,
    sim_block,
    srflx,
    tok,
    u16,
    urlq,
    xml,
)
from eval_payloads import ANDROID_ID, EMAIL, GAID, INSTALL_ID, MAC, USER_ID, resolve

BROWSE = "behavior.browsing"
EMAIL_SHA512 = sha("sha512", EMAIL.strip().lower())
EMAIL_B64 = base64.b64encode(EMAIL.encode()).decode()
PHONE_SHA1 = sha("sha1", E164)
PHONE_NOPLUS = E164[1:]  # "15550100199": E.164 without the plus, as some SDKs normalise
GAID_UPPER = GAID.upper()
GAID_MD5 = sha("md5", GAID)
GAID_SHA256 = sha("sha256", GAID)
AID_UPPER = ANDROID_ID.upper()
AID_SHA1 = sha("sha1", ANDROID_ID)
AID_MD5 = sha("md5", ANDROID_ID)
IID_NODASH = INSTALL_ID.replace("-", "")
IID_SHA256 = sha("sha256", INSTALL_ID)
USER_SHA256 = sha("sha256", USER_ID)
MAC_SHA1 = sha("sha1", MAC)
IP6_MAPPED = "::ffff:203.0.113.7"
GATEWAY_IP, DNS_IP = "192.168.1.1", "192.0.2.53"  # the router and a resolver: negatives


def chain(tree: Any, part: str, at: str, hows: list[str], acc: Acc) -> str:
    """Resolve ``tree`` at ``at`` as compact JSON, then apply the wrappers in order: ``gz``
    (gzip), ``z`` (zlib), ``b64``, ``b64url`` (no padding), ``hex``; the last must be textual."""
    lab: dict[str, str] = {}
    data = json.dumps(resolve(tree, at, lab), separators=(",", ":")).encode()
    acc.update({(part, p): c for p, c in lab.items()})
    for how in hows:
        if how == "gz":
            data = gzip.compress(data)
        elif how == "z":
            data = zlib.compress(data)
        elif how == "b64":
            data = base64.b64encode(data)
        elif how == "b64url":
            data = base64.urlsafe_b64encode(data).rstrip(b"=")
        else:
            data = data.hex().encode()
    return data.decode()


def pbu(fields: list[tuple[int, Any]], part: str, at: str, acc: Acc) -> str:
    """A schema-less protobuf message, base64url without padding, its labels under ``at``."""
    lab: dict[str, str] = {}
    data = pb(fields, at, lab)
    acc.update({(part, p): c for p, c in lab.items()})
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def varints(values: list[int]) -> bytes:
    """Integers as packed protobuf varints (the payload of a packed repeated field)."""
    out = bytearray()
    for v in values:
        while True:
            b, v = v & 0x7F, v >> 7
            out.append(b | (0x80 if v else 0))
            if not v:
                break
    return bytes(out)


def push_token(rng: random.Random) -> str:
    """An FCM-style registration token (instance part, ``:APA91b`` and a long tail)."""
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return ("".join(rng.choice(alpha) for _ in range(22)) + ":APA91b"
            + "".join(rng.choice(alpha) for _ in range(134)))


def swipe(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """A finger's upward swipe on the screen: pixel x/y, pressure and time (one series)."""
    x, y, pts = 540, 1900, []
    for i in range(n):
        x += rng.randrange(-6, 7)
        y -= rng.randrange(30, 70)
        pts.append({"t": i * 16, "x": x, "y": y, "p": round(rng.uniform(0.3, 0.7), 2)})
    return pts


def pet_landmarks(rng: random.Random) -> list[list[float]]:
    """A cat's or dog's 46 face keypoints for a pet filter (not a person: a look-alike)."""
    return [[round(rng.uniform(180, 540), 1), round(rng.uniform(300, 700), 1)]
            for _ in range(46)]


def canonical_face(n: int = 106) -> list[float]:
    """An effect bundle's mean-face template (the same in every copy of the app)."""
    out: list[float] = []
    for i in range(n):
        out += [round(0.5 + 0.3 * ((i * 37) % 100 - 50) / 50, 4),
                round(0.5 + 0.35 * ((i * 61) % 100 - 50) / 50, 4)]
    return out


def audio_fp(rng: random.Random, n: int = 48) -> list[int]:
    """A song-recognition fingerprint: 32-bit spectral-peak hashes of the background music."""
    return [rng.getrandbits(32) for _ in range(n)]


def cuts(rng: random.Random, n: int) -> list[int]:
    """An edit's cut points in ms, snapped to a beat (a look-alike of a timing series)."""
    beat = 60000 // rng.choice([96, 110, 120, 128])
    return sorted({beat * rng.randrange(1, 64) for _ in range(n)})


def anchors(rng: random.Random, n: int) -> list[dict[str, float]]:
    """Stickers' positions on the video frame (normalised x/y, scale, rotation)."""
    return [{"x": round(rng.random(), 3), "y": round(rng.random(), 3),
             "s": round(rng.uniform(0.5, 2), 2), "r": rng.randrange(-45, 45)} for _ in range(n)]


__all__ = ["ADDR", "ADID", "AID_MD5", "AID_SHA1", "AID_UPPER", "APPS", "BIRTH", "BROWSE", "BUY",
           "CARRIER", "COARSE", "CONTACTS", "CRED", "DASHED", "DEV", "DID", "DIGITS", "DNS_IP",
           "E164", "EDGE_IP", "EMAIL_B64", "EMAIL_MD5", "EMAIL_PCT", "EMAIL_SHA1", "EMAIL_SHA256",
           "EMAIL_SHA512", "EMAIL_UPPER", "F32", "FACE", "GAID_MD5", "GAID_NODASH", "GAID_SHA256",
           "GAID_UPPER", "GATEWAY_IP", "GENDER", "HW", "IID_NODASH", "IID_SHA256", "IP6_MAPPED",
           "IPLOC", "IP_HEX", "IP_INT", "IP_TRUNC", "JPEG", "KEYS", "M4A", "MAC_PLAIN", "MAC_SHA1",
           "MAIL", "MCCMNC", "MED", "MEDIA", "MOTION", "MP4", "NAMEC", "NATIONAL", "PAY", "PEOPLE",
           "PHONE_MD5", "PHONE_NOPLUS", "PHONE_SHA1", "PHONE_SHA256", "PRECISE", "SEARCH", "SENS",
           "SIM", "SRV_IP", "STREET", "TEL", "TEXT", "TURN_IP", "UA", "UID", "USAGE",
           "USER_SHA256", "VOICE", "WAV", "WIFI", "Acc", "add", "anchors", "audio_fp", "blend",
           "canonical_face", "chain", "check_ci", "compact", "cuts", "device_abbrev",
           "device_camel", "device_headers", "device_snake", "dwell_flight", "e7", "enc", "encode",
           "f32b64", "flat", "frame_times", "imu", "jsonl", "jwt", "keys", "landmarks", "ll",
           "multipart", "obj_mesh", "pb", "pb64", "pbu", "pet_landmarks", "points", "push_token",
           "raw", "relay", "report", "scroll_velocity", "series", "sha", "sim_block", "srflx",
           "swipe", "tok", "u16", "urlq", "varints", "xml"]
