"""Helpers for the hundred-and-sixteenth (blind) evaluation set. Wire helpers, the profile's
transforms and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's; ``fix``,
``home`` and ``obj`` are set 37's).

This kit adds the category ids by name and what the set's apps share: the family's winter rental
in Honolulu (Makiki) and her fixes on the island (the beach, the lagoon, the heliport), her
husband and her daughter, the surf school (a business: negatives), the canoe club and the
regatta, the sunscreen plan, her urologist and the stone log's generators, the hula hālau, her lei
shop and its workshop venue, the helicopter operator's heliport and a Hilo hotel (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families37_kit import fix, home, obj
from eval_payloads import L

Pt = tuple[float, float]

# --- category ids (TAXONOMY.md) -----------------------------------------------------------------
ADID, DID, UID, HW = "id.advertising", "id.device", "id.user", "id.hardware"
MAIL, TEL, NAMEC, ADDR = "contact.email", "contact.phone", "contact.name", "contact.address"
PRECISE, COARSE, CARRIER = "location.precise", "location.coarse", "location.carrier"
IPLOC, WIFI = "location.ip", "location.wifi"
USAGE, TEXT, MEDIA, SEARCH = "behavior.usage", "content.text", "content.media", "behavior.search"
CONTACTS, BROWSE = "content.contacts", "behavior.browsing"
BIRTH, GENDER, NATID = "personal.birthdate", "personal.gender", "personal.national_id"
SENS, FIT, MED = "personal.sensitive", "health.fitness", "health.medical"
PAY, BUY, DEV, CRED = "financial.payment", "financial.purchase", "device.info", "secret.credential"

# --- Honolulu: the family spends the winter in a rental in Makiki ---------------------------------
HNL = {"line": "1710 Makiki Street Apt 502", "city": "Honolulu", "state": "HI", "zip": "96822"}
HNL_AT = (21.305812, -157.834127)  # the rental (her place while there: location.precise)
HUSBAND = ("Mark Doe", "+18085550162", "mark.doe@example.net")  # typed by her (contact.*)
KID = {"first": "Ava", "last": "Doe", "dob": "2016-09-03", "age": 9, "id": "haumana_7c2e91"}
PASSWORD = "Kahala!Surf77"

# --- Naluwave (surf school) ---------------------------------------------------------------------
SCHOOL = {"id": "kula_0412", "name": "Kaimana Beach Surf School", "phone": "+18085550133",
          "line": "2552 Kalakaua Avenue", "lat": 21.27382, "lon": -157.82455}  # negatives
BEACH_FIX = (21.276613, -157.826954)  # her phone on the beach at check-in
LICENCE_NY = "914207385"  # her NY driver's licence number (personal.national_id)

# --- Kahakai (outrigger canoe regatta entries) ----------------------------------------------------
CLUB = {"id": "club_0117", "name": "Makiki Paddlers", "lat": 21.28466, "lon": -157.84021}
PADDLER_NO = "OCR-20417"  # her racing-association paddler number (id.user)
REGATTA = {"id": "reg_26_0214", "name": "Winter Sprint Regatta", "venue": "Keehi Lagoon",
           "lat": 21.32591, "lon": -157.89513}  # the venue (a negative)
LAGOON_FIX = (21.325402, -157.894871)  # her fix at the start line

# --- Reefbalm (reef-safe sunscreen subscription) --------------------------------------------------
SKUS = ["RB-SPF50-100", "RB-STICK-15", "RB-TINT-50"]  # products (negatives)
SUB_ID = "sub_5f81c0a2e4"  # her subscription's ID (a negative: an object ID)

# --- Stonelog (kidney-stone hydration and pain log) -----------------------------------------------
UROLOGIST = ("Dr. Priya Raman", "+12125550194")  # typed by her (contact.*)
ER = {"name": "Manoa Valley Emergency Center", "lat": 21.30719, "lon": -157.85287}

# --- Halaupay (hula hālau class fees for her daughter) --------------------------------------------
HALAU = {"id": "halau_033", "name": "Hālau Hula o Makiki", "kumu": "Kumu Lehua Akana",
         "phone": "+18085550119", "line": "1527 Keeaumoku Street"}  # the school (negatives)

# --- Leihana (lei-making workshop marketplace; she sells) -----------------------------------------
SHOP = "shop_jane_lei_81"  # her shop (id.user: the seller account's public handle)
VENUE = {"name": "Makiki Community Hall", "line": "1527 Keeaumoku Street",
         "lat": 21.30244, "lon": -157.83713}  # the venue (a negative)

# --- Lavalift (volcano-tour helicopter booking) ---------------------------------------------------
HELIPORT = {"id": "ITO-H2", "lat": 19.72041, "lon": -155.04853}  # the operator's pad (negative)
HOTEL = {"name": "Hilo Bayfront Inn", "line": "60 Banyan Drive", "phone": "+18085550128",
         "lat": 19.72802, "lon": -155.06664}  # the pick-up hotel (a business: negatives)
HELI_FIX = (19.720931, -155.048212)  # her fix at check-in
WEIGHTS = {"her": 61, "husband": 84, "kid": 31}  # kg, for the seat plan (health.fitness)
BOOKING = "LVL-8Q4K27"  # her booking reference (financial.purchase)


def intake(rng: random.Random, n: int, t0: int = 1765350000) -> list[dict[str, Any]]:
    """Her drinks logged by hand: time, drink, ml (one series: ``health.medical`` for a stone
    prevention plan, labelled once at its path by the caller)."""
    drinks = ["water", "water", "lemon water", "tea", "water"]
    return [{"t": t0 + 2400 * i + rng.randrange(0, 600), "kind": rng.choice(drinks),
             "ml": rng.choice([250, 330, 400, 500])} for i in range(n)]


def track(rng: random.Random, n: int, start: Pt, dlat: float, dlon: float,
          t0: int = 1765390000) -> list[dict[str, Any]]:
    """Her phone's fixes in the canoe (lat/lon each ``location.precise``; speed, rate not)."""
    out = []
    for i in range(n):
        la = start[0] + dlat * i + rng.uniform(-0.00004, 0.00004)
        lo = start[1] + dlon * i + rng.uniform(-0.00004, 0.00004)
        out.append({"t": t0 + 10 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "spm": rng.randrange(58, 72),
                    "kn": round(rng.uniform(5.5, 7.2), 1)})
    return out


def strokes(rng: random.Random, n: int) -> list[list[float]]:
    """The phone's accelerometer in the canoe: ``[ms, x, y, z]`` rows (the paddling rhythm)."""
    import math
    return [[i * 20, round(0.4 * math.sin(i / 3) + rng.gauss(0, 0.05), 3),
             round(rng.gauss(0, 0.04), 3), round(0.98 + rng.gauss(0, 0.05), 3)]
            for i in range(n)]


__all__ = [
    "ADDR",
    "ADID",
    "BEACH_FIX",
    "BIRTH",
    "BOOKING",
    "BROWSE",
    "BUY",
    "CARRIER",
    "CLUB",
    "COARSE",
    "CONTACTS",
    "CRED",
    "DEV",
    "DID",
    "ER",
    "FIT",
    "GENDER",
    "HALAU",
    "HELIPORT",
    "HELI_FIX",
    "HNL",
    "HNL_AT",
    "HOTEL",
    "HUSBAND",
    "HW",
    "IPLOC",
    "KID",
    "LAGOON_FIX",
    "LICENCE_NY",
    "MAIL",
    "MED",
    "MEDIA",
    "NAMEC",
    "NATID",
    "PADDLER_NO",
    "PASSWORD",
    "PAY",
    "PRECISE",
    "REGATTA",
    "SCHOOL",
    "SEARCH",
    "SENS",
    "SHOP",
    "SKUS",
    "SUB_ID",
    "TEL",
    "TEXT",
    "UID",
    "UROLOGIST",
    "USAGE",
    "VENUE",
    "WEIGHTS",
    "WIFI",
    "fix",
    "home",
    "intake",
    "obj",
    "strokes",
    "track",
]
