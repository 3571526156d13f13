"""Helpers for the tenth (blind) evaluation set: labels moved into a part, JWTs and base64 JSON
outside headers, point series (face meshes, strokes, sensor samples) and a few synthetic values
(other people, a second place of the user's) shared by the family modules.

Wire helpers come from ``eval_families6_kit``/``eval_families7_kit``, the profile transforms
and device blocks from ``eval_families8_kit``. Labels are ``(part, path) -> category`` as in
``eval_payloads.Case``; paths are DESIGN.md's.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import jwt
from eval_payloads import LAT, LON, Case, L

Acc = dict[tuple[str, str], str]
MP4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + bytes(range(96))
OGG = b"OggS\x00\x02" + bytes(range(80))
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(40))
# The user's workplace (a second precise place of theirs, not the profile's position).
WORK_LAT, WORK_LON = 40.75302, -73.98342


def token(claims: dict[str, Any], part: str, at: str, acc: Acc) -> str:
    """A bare JWT in a cookie, form field or JSON value: the token is a credential at ``at``,
    its claims continue at ``at.claims``."""
    lab: dict[str, str] = {}
    tok = jwt(claims, at, lab)
    acc.update({(part, p): c for p, c in lab.items()})
    return tok


def add(c: Case, acc: Acc) -> Case:
    c.labels.update(acc)
    return c


def points(rng: random.Random, n: int, dims: int = 3, scale: float = 0.1,
           nd: int = 4) -> list[list[float]]:
    """``n`` points of ``dims`` coordinates (face mesh vertices, iris landmarks)."""
    return [[round(rng.gauss(0, scale), nd) for _ in range(dims)] for _ in range(n)]


def flat(rng: random.Random, n: int, scale: float = 0.1, nd: int = 4) -> list[float]:
    return [round(rng.gauss(0, scale), nd) for _ in range(n)]


def series(rng: random.Random, n: int, keys: tuple[str, ...], dt: int = 20,
           scale: float = 1.0) -> list[dict[str, Any]]:
    """Timestamped sensor/touch samples: ``t`` in ms offsets plus one float per key."""
    return [{"t": i * dt, **{k: round(rng.gauss(0, scale), 3) for k in keys}} for i in range(n)]


def strokes(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """A handwritten signature: touch points with pressure and time."""
    return [{"x": 40 + i * 6 + rng.randrange(4), "y": 120 + rng.randrange(-30, 30),
             "p": round(rng.uniform(0.2, 0.9), 2), "t": i * 12} for i in range(n)]


def near(i: int, nd: int = 6, lat: float = LAT, lon: float = LON) -> tuple[float, float]:
    """A position ``i`` small steps away from ``lat``/``lon``, at ``nd`` decimals."""
    return round(lat + i * 0.000137, nd), round(lon - i * 0.000091, nd)


def gps(i: int, cat: str, nd: int = 6, lat: float = LAT, lon: float = LON) -> tuple[L, L]:
    a, b = near(i, nd, lat, lon)
    return L(a, cat), L(b, cat)
