"""Helpers for the twenty-first (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``check_ci``/``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families20_kit``; ``check_ci`` runs
``analysis.decoders.decode_exchange`` only and lists the labelled paths it does not produce).

This kit adds what the set's apps share: a label for a value in the URL path (``path[i]``, 0-based
over the non-empty segments), the SDKs' own per-install IDs in their usual shapes, the positions of
places that are not the user's (a restaurant, a florist, an office, a ski resort: negatives), a GPS
track of the user's own day away from the profile's position, and the office's Wi-Fi the phone joins
(``location.wifi``: it is the network the phone is on, not a profile value).
"""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import urlsplit

from eval_families17_kit import PRECISE
from eval_payloads import Case, L, rnd_hex

# Places that are not the user's: their own coordinates are negatives.
RESTAURANT_AT = (40.72641, -73.98432)
FLORIST_AT = (40.73905, -73.99361)
OFFICE_AT = (40.72371, -74.00261)
RESORT_AT = (44.53012, -72.78148)
STATION_AT = (40.74402, -73.99518)
OFFICE_SSID, OFFICE_BSSID = "Deskhop-Members", "f4:92:bf:6a:10:c2"
STORE_PHONE = "+12125550143"  # a restaurant's published number (a look-alike)
SUPPORT_MAIL = "help@petalpost.example.com"  # an app's support address (a look-alike)


def at_path(c: Case, segment: str, cat: str) -> Case:
    """Label the URL path segment equal to ``segment`` as ``url`` ``path[i]``."""
    segs = [s for s in urlsplit(c.exchange.url).path.split("/") if s]
    c.labels[("url", f"path[{segs.index(segment)}]")] = cat
    return c


def sdk_uid(rng: random.Random) -> str:
    """An MMP SDK's own install ID: install time in ms, a dash, 19 random digits."""
    return f"{1765300000000 + rng.randrange(10 ** 6)}-{rng.randrange(10 ** 18, 10 ** 19)}"


def channel(rng: random.Random) -> str:
    """A push SDK's channel ID (a UUID the SDK mints per install)."""
    return "-".join(rnd_hex(rng, n) for n in (8, 4, 4, 4, 12))


def track(rng: random.Random, n: int, at: tuple[float, float], nd: int = 6,
          t0: int = 1765450000) -> list[dict[str, Any]]:
    """The user's own GPS fixes on a day out (each lat/lon ``location.precise``)."""
    lat, lon, out = at[0], at[1], []
    for i in range(n):
        lat += rng.uniform(-0.0009, 0.0002)
        lon += rng.uniform(-0.0004, 0.0006)
        out.append({"t": (t0 + 20 * i) * 1000, "lat": L(round(lat, nd), PRECISE),
                    "lon": L(round(lon, nd), PRECISE), "alt": round(1100 - 14.5 * i, 1),
                    "spd": round(rng.uniform(4, 16), 1), "acc": rng.choice([4, 5, 6, 8])})
    return out


__all__ = ["FLORIST_AT", "OFFICE_AT", "OFFICE_BSSID", "OFFICE_SSID", "RESORT_AT",
           "RESTAURANT_AT", "STATION_AT", "STORE_PHONE", "SUPPORT_MAIL", "at_path", "channel",
           "sdk_uid", "track"]
