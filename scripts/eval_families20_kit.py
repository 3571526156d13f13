"""Helpers for the twentieth (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``check_ci``/``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit``, ``eval_families18_kit`` and ``eval_families19_kit``; ``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).

This kit adds what ordinary traffic repeats: an app descriptor (package, version, first-party base
URL, the app's own User-Agent), the user's postal address in the parts forms ask for, the
position at a given number of decimals (``location.precise`` from 3 decimals, ``location.coarse``
below), analytics events with their timestamps, and opaque tokens in the shapes stores and SDKs
use (a Play purchase token, an opaque bearer, a session cookie, a Google-style push token through
``push_token``). Other people's values (a grandmother, a friend, a seller) come from
``eval_families14_kit.PEOPLE``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from eval_families17_kit import COARSE, PRECISE, USAGE
from eval_payloads import LAT, LON, L, rnd_hex

CITY, STATE, ZIP = "New York", "NY", "10118"
LINE1, LINE2 = "350 Fifth Avenue", "Apt 4B"
DOB = "1991-05-17"
FIRST, LAST = "Jane", "Doe"
T0 = 1765300000  # 2025-12-09, the capture day (epoch seconds)
_ALNUM = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class App:
    """One of the set's apps: ``fam`` names its first-party cases, ``api`` is its back end."""

    fam: str
    name: str
    pkg: str
    ver: str
    api: str

    @property
    def ua(self) -> str:
        """The app's own User-Agent (model, OS and locale: ``device.info``)."""
        return f"{self.name}/{self.ver} (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; en_US)"

    def key(self, sdk: str) -> str:
        """The app's public key for an SDK (unlabelled: it names the app, not the user)."""
        return f"{sdk}_{self.fam[:3]}_{sum(map(ord, self.pkg + sdk)) % 9973:04d}"


def pos(nd: int, dlat: float = 0.0, dlon: float = 0.0) -> tuple[L, L]:
    """The profile's position (moved by ``dlat``/``dlon``) at ``nd`` decimals, labelled."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(LAT + dlat, nd), cat), L(round(LON + dlon, nd), cat)


def latlng(nd: int, sep: str = ",") -> L:
    """The position as one ``"lat,lon"`` string, labelled by its precision."""
    return L(f"{LAT:.{nd}f}{sep}{LON:.{nd}f}", PRECISE if nd >= 3 else COARSE)


def ev(name: str, i: int, **params: Any) -> dict[str, Any]:
    """An analytics event: its name is ``behavior.usage``, the time (ms) is not."""
    return {"name": L(name, USAGE), "ts": (T0 + 37 * i) * 1000 + 113 * i, "params": params}


def play_token(rng: random.Random) -> str:
    """A Play Billing purchase token (24 letters, ``.AO-J1O``, a long tail)."""
    tail = "".join(rng.choice(_ALNUM + _ALNUM.upper() + "0123456789-_") for _ in range(110))
    return "".join(rng.choice(_ALNUM) for _ in range(24)) + ".AO-J1O" + tail


def opaque(rng: random.Random, pre: str, n: int = 40) -> str:
    return pre + rnd_hex(rng, n)


__all__ = ["CITY", "DOB", "FIRST", "LAST", "LINE1", "LINE2", "STATE", "T0", "ZIP", "App", "ev",
           "latlng", "opaque", "play_token", "pos"]
