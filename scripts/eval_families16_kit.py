"""Helpers for the sixteenth (blind) evaluation set: category ids, profile transforms, device
blocks and wire helpers re-exported from the earlier kits (through ``eval_families15_kit``),
plus the profile's public IP and MCC/MNC in further transforms, server addresses for negatives,
keystroke-timing encoders (compact strings, packed uint16 in base64 or hex), float32 templates
in base64, face-landmark and ICE-candidate builders, and look-alike generators (a virtual
object's mesh, a video's frame timings, a scroll-velocity series).

``check_ci`` and ``report`` are the eighth kit's (``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).
"""

from __future__ import annotations

import base64
import random
import struct
from typing import Any

from eval_families15_kit import (
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
    DOTTED,
    E164,
    EMAIL_MD5,
    EMAIL_SHA256,
    EMAIL_UPPER,
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
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    SENS,
    SIM,
    SSN,
    STREET,
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
    imu,
    jsonl,
    jwt,
    keys,
    ll,
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
from eval_payloads import LOCAL_IP, PUBLIC_IP

# The profile's public IP (203.0.113.7) as an integer, as hex, reversed (PTR style), and with
# its last octet zeroed (a truncated address still places the device in its network).
IP_INT = 3405803783
IP_HEX = "cb007107"
IP_PTR = "7.113.0.203"
IP_TRUNC = "203.0.113.0"
assert int(IP_HEX, 16) == IP_INT and PUBLIC_IP.split(".")[::-1] == IP_PTR.split(".")
# Servers the app talks to: ingest, TURN relay, CDN edge (negatives wherever they appear).
SRV_IP, TURN_IP, EDGE_IP = "198.51.100.20", "192.0.2.44", "198.51.100.131"
MCCMNC = "310260"


def srflx(port: int = 53211) -> str:
    """A WebRTC server-reflexive ICE candidate: the device's public IP, its LAN address as
    ``raddr``."""
    return (f"candidate:842163049 1 udp 1677729535 {PUBLIC_IP} {port} typ srflx raddr "
            f"{LOCAL_IP} rport {port} generation 0 ufrag Xq1v network-cost 10")


def relay(port: int = 61002) -> str:
    """A TURN relay candidate: the relay server's address only."""
    return (f"candidate:1935421 1 udp 41885439 {TURN_IP} {port} typ relay raddr 0.0.0.0 "
            "rport 0 generation 0 ufrag Xq1v network-cost 10")


def f32b64(vec: list[float], urlsafe: bool = False) -> str:
    """A float32 template packed little-endian and base64-encoded."""
    data = struct.pack(f"<{len(vec)}f", *vec)
    return (base64.urlsafe_b64encode(data).decode().rstrip("=") if urlsafe
            else base64.b64encode(data).decode())


def u16(values: list[int], how: str = "b64") -> str:
    """Millisecond intervals packed as little-endian uint16, base64 or hex."""
    data = struct.pack(f"<{len(values)}H", *values)
    return data.hex() if how == "hex" else base64.b64encode(data).decode()


def dwell_flight(rng: random.Random, n: int) -> tuple[list[int], list[int]]:
    """Per-key hold times and key-to-key gaps in ms for ``n`` keys."""
    return ([rng.randrange(55, 160) for _ in range(n)],
            [rng.randrange(70, 380) for _ in range(n - 1)])


def compact(events: list[dict[str, Any]], masked: bool = False) -> str:
    """Key events as an SDK's compact string ``k:down:up|...`` (``*`` for a masked key)."""
    return "|".join(f"{'*' if masked else e['k']}:{e['d']}:{e['u']}" for e in events)


def landmarks(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[float]:
    """``n`` face landmarks as a flat pixel list ``[x0, y0, x1, y1, ...]``."""
    out: list[float] = []
    for _ in range(n):
        out += [round(rng.uniform(0.3 * w, 0.7 * w), 1), round(rng.uniform(0.3 * h, 0.6 * h), 1)]
    return out


def blend(rng: random.Random, n: int = 52) -> list[float]:
    """Face blendshape weights (expression coefficients, 0..1)."""
    return [round(rng.random(), 3) for _ in range(n)]


def obj_mesh(rng: random.Random, n: int) -> list[list[float]]:
    """A virtual object's vertices in model units (an AR prop, an avatar's hat): a look-alike."""
    return [[round(rng.uniform(-12, 12), 3), round(rng.uniform(0, 30), 3),
             round(rng.uniform(-12, 12), 3)] for _ in range(n)]


def frame_times(n: int, fps: float = 30.0, jitter: random.Random | None = None) -> list[float]:
    """A video's presentation timestamps in ms (a look-alike of a timing series)."""
    step = 1000.0 / fps
    return [round(i * step + (jitter.uniform(-0.4, 0.4) if jitter else 0.0), 2) for i in range(n)]


def scroll_velocity(rng: random.Random, n: int) -> list[float]:
    """Feed fling velocities in px/s, one per fling (a look-alike of a behavioural series)."""
    return [round(rng.uniform(300, 4200), 1) for _ in range(n)]


__all__ = ["ADDR", "ADID", "APPS", "BIRTH", "BUY", "CARRIER", "COARSE", "CONTACTS", "CRED",
           "DASHED", "DEV", "DID", "DIGITS", "DOTTED", "E164", "EDGE_IP", "EMAIL_MD5",
           "EMAIL_SHA256", "EMAIL_UPPER", "F32", "FACE", "FIT", "GAID_NODASH", "GENDER", "HW",
           "IPLOC", "IP_HEX", "IP_INT", "IP_PTR", "IP_TRUNC", "JPEG", "KEYS", "M4A", "MAC_PLAIN",
           "MAIL", "MCCMNC", "MED", "MEDIA", "MOTION", "MP4", "NAMEC", "NATID", "NATIONAL", "PAY",
           "PDF", "PEOPLE", "PHONE_SHA256", "PRECISE", "SEARCH", "SENS", "SIM", "SRV_IP", "SSN",
           "STREET", "TEL", "TEXT", "TURN_IP", "UA", "UID", "USAGE", "VOICE", "WAV", "WIFI", "Acc",
           "add", "blend", "check_ci", "compact", "device_abbrev", "device_camel",
           "device_headers", "device_snake", "dwell_flight", "e7", "enc", "encode", "f32b64",
           "flat", "frame_times", "imu", "jsonl", "jwt", "keys", "landmarks", "ll", "multipart",
           "obj_mesh", "pb", "pb64", "points", "raw", "relay", "report", "scroll_velocity",
           "series", "sha", "sim_block", "srflx", "tok", "u16", "urlq", "xml"]
