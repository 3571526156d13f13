"""Helpers for the eighteenth (blind) evaluation set. Category ids, the earlier profile
transforms, device blocks, wire helpers and ``check_ci``/``report`` stay in the earlier kits (the
family modules import them from ``eval_families17_kit``; ``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).

This kit adds the profile's values in further transforms (the public IP as base64 of its four
bytes, an octet list, a ``/24`` CIDR, ``ip:port`` and ``0x`` hex; SHA-256 of the phone without
its plus, MD5/SHA-512 of E.164; the e-mail as hex and its SHA-256 upper case; the MAC dashed and
lower case, MD5 of the IMEI, the serial lower case, SHA-256 of the Android ID, base64 of the
advertising ID, the install ID upper case), cell identities, position encoders new to the
evaluation (Open Location Code, geohash, WKT, micro-degrees, degrees-minutes-seconds),
keystroke-timing encoders (base36, zigzag-delta varints, centisecond bytes, seconds strings),
face/voice template encoders (int16 landmarks, float16 and int8 vectors, ``x,y;`` strings, the
52 blendshape names), a signed JWT that is no credential, and look-alike generators
(noise-suppression band gains, a voice note's display waveform, an avatar's preset expression,
ephemeris longitudes, a star catalogue).
"""

from __future__ import annotations

import base64
import random
import struct
from typing import Any

from eval_families17_kit import E164, EMAIL_SHA256, PHONE_NOPLUS, Acc, sha, tok, varints
from eval_payloads import ANDROID_ID, EMAIL, GAID, IMEI, INSTALL_ID, LAT, LON, MAC, SERIAL

FIT, NATID = "health.fitness", "personal.national_id"
IP_OCTETS = [203, 0, 113, 7]
IP_B64 = base64.b64encode(bytes(IP_OCTETS)).decode()  # "ywBxBw=="
IP_CIDR = "203.0.113.0/24"
IP_PORT = "203.0.113.7:53211"
IP_0X = "0xCB007107"
PHONE_NOPLUS_SHA256 = sha("sha256", PHONE_NOPLUS)
PHONE_E164_MD5 = sha("md5", E164)
PHONE_SHA512 = sha("sha512", E164)
EMAIL_HEX = EMAIL.encode().hex()
EMAIL_SHA256_UPPER = EMAIL_SHA256.upper()
MAC_DASHED = MAC.replace(":", "-").upper()
MAC_LOWER = MAC.replace(":", "")
IMEI_MD5 = sha("md5", IMEI)
SERIAL_LOWER = SERIAL.lower()
AID_SHA256 = sha("sha256", ANDROID_ID)
GAID_B64 = base64.b64encode(GAID.encode()).decode()
IID_UPPER = INSTALL_ID.upper()
CELL_ID, TAC = 27452417, 4601  # an LTE E-UTRAN cell identity (28 bits) and tracking area
DMS = "40°44'30.6\"N 73°59'21.5\"W"  # the profile's position to a tenth of a second (~3 m)
WKT = f"POINT({LON:.5f} {LAT:.5f})"
_OLC = "23456789CFGHJMPQRVWX"
_GH = "0123456789bcdefghjkmnpqrstuvwxyz"


def pluscode(lat: float = LAT, lon: float = LON, n: int = 10) -> str:
    """An Open Location Code (``87G8Q2RV+P7``): 10 digits is a ~14 m cell, 6 a ~5 km one
    (padded with zeros, as the specification writes a short code's area)."""
    la, lo, res, code = lat + 90, (lon + 180) % 360, 20.0, ""
    for _ in range(5):
        a, b = int(la // res), int(lo // res)
        la, lo, res, code = la - a * res, lo - b * res, res / 20, code + _OLC[a] + _OLC[b]
    code = code[:n] + "0" * (8 - n) if n < 8 else code[:n]
    return code[:8] + "+" + code[8:]


def geohash(lat: float = LAT, lon: float = LON, n: int = 7) -> str:
    """A geohash of ``n`` characters (7 is about 150 m, 5 about 5 km)."""
    lo_r, la_r, out, bits, ch, even = [-180.0, 180.0], [-90.0, 90.0], "", 0, 0, True
    while len(out) < n:
        rng_, v = (lo_r, lon) if even else (la_r, lat)
        mid = (rng_[0] + rng_[1]) / 2
        ch = ch << 1 | (v >= mid)
        rng_[0 if v >= mid else 1] = mid
        even, bits = not even, bits + 1
        if bits == 5:
            out, bits, ch = out + _GH[ch], 0, 0
    return out


def e6(x: float) -> int:
    return round(x * 1e6)


def b36(values: list[int]) -> str:
    """Intervals in ms as dot-separated base36 numbers (``2s.3k.1z``)."""
    def one(v: int) -> str:
        s = ""
        while True:
            v, r = divmod(v, 36)
            s = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + s
            if not v:
                return s
    return ".".join(one(v) for v in values)


def zigzag(values: list[int]) -> str:
    """Key-down times as zigzag-encoded deltas, packed varints, base64url (no padding)."""
    prev, out = 0, []
    for v in values:
        d, prev = v - prev, v
        out.append((d << 1) ^ (d >> 63))
    return base64.urlsafe_b64encode(varints(out)).decode().rstrip("=")


def centis(values: list[int]) -> bytes:
    """Intervals as one byte each, in hundredths of a second (capped at 255)."""
    return bytes(min(255, v // 10) for v in values)


def secs(values: list[int]) -> str:
    return ";".join(f"{v / 1000:.3f}" for v in values)


def i16b64(pts: list[float]) -> str:
    """Landmark pixel coordinates packed as little-endian int16, base64."""
    return base64.b64encode(struct.pack(f"<{len(pts)}h", *[round(p) for p in pts])).decode()


def f16hex(vec: list[float]) -> str:
    return struct.pack(f"<{len(vec)}e", *vec).hex()


def i8b64(vec: list[float], scale: float = 0.1) -> str:
    """A template quantised to int8 (value / scale * 127, clipped), base64."""
    q = [max(-127, min(127, round(v / scale * 127))) for v in vec]
    return base64.b64encode(struct.pack(f"<{len(q)}b", *q)).decode()


def lmstr(pts: list[float]) -> str:
    return ";".join(f"{pts[i]:.1f},{pts[i + 1]:.1f}" for i in range(0, len(pts), 2))


_SIDE = ["eyeBlink", "eyeLookDown", "eyeLookIn", "eyeLookOut", "eyeLookUp", "eyeSquint",
         "eyeWide", "mouthSmile", "mouthFrown", "mouthDimple", "mouthStretch", "mouthPress",
         "mouthLowerDown", "mouthUpperUp", "browDown", "browOuterUp", "cheekSquint", "noseSneer"]
# The 52 expression coefficients of the common face-tracking convention (names only).
BS_NAMES = ([s + side for s in _SIDE for side in ("Left", "Right")]
            + ["jawForward", "jawLeft", "jawRight", "jawOpen", "mouthClose", "mouthFunnel",
               "mouthPucker", "mouthLeft", "mouthRight", "mouthRollLower", "mouthRollUpper",
               "mouthShrugLower", "mouthShrugUpper", "browInnerUp", "cheekPuff", "tongueOut"])
assert len(BS_NAMES) == 52


def sjwt(claims: dict[str, Any], part: str, at: str, acc: Acc) -> str:
    """A signed JWT that opens nothing (a receipt, a signed context): its claims are labelled
    at ``at.claims``, the token itself is not a credential."""
    lab: Acc = {}
    t = tok(claims, part, at, lab)
    del lab[(part, at)]
    acc.update(lab)
    return t


def band_gains(rng: random.Random, n: int = 22) -> list[float]:
    """A noise suppressor's per-band gains in dB (the room's noise, not the speaker)."""
    return [round(rng.uniform(-18, 0), 2) for _ in range(n)]


def peaks(rng: random.Random, n: int = 64) -> list[int]:
    """A voice note's display waveform: one 0-31 bar height per slice."""
    return [rng.randrange(2, 32) for _ in range(n)]


def preset(rng: random.Random) -> list[float]:
    """A stock avatar's canned expression (the same 52 weights in every copy of the app)."""
    return [round(abs(((i * 29) % 17 - 8) / 10), 2) for i in range(52)]


def ephemeris(rng: random.Random) -> list[dict[str, Any]]:
    """Planets' ecliptic longitudes for a date (the sky, not the user)."""
    return [{"body": b, "lon": round(rng.uniform(0, 360), 4), "speed": round(rng.gauss(0.5, 0.4),
                                                                             4)}
            for b in ("sun", "moon", "mercury", "venus", "mars", "jupiter", "saturn")]


def stars(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """A star catalogue slice: right ascension and declination in degrees, magnitude."""
    return [{"hip": rng.randrange(1000, 120000), "ra": round(rng.uniform(0, 360), 5),
             "dec": round(rng.uniform(-60, 80), 5), "mag": round(rng.uniform(-1, 6), 2)}
            for _ in range(n)]
