"""Helpers for the eighty-first (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Almaty (she is there on a year's
assignment), her utility accounts, meters and IIN, the city's offices (negatives); the inhaler
cap (an accessory: negatives), her medicines and a puff log generator; the racetrack, a race and
her betting account; the yurt camp (a negative), her trip's fixes and the friends travelling with
her; the car-share's cities, her pickup point and a driver (negatives); her son's chess profile
and a game's moves; the mole-scan app's lesions and her dermatologist; generators for tracks,
puffs and object IDs.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]
FIT = "health.fitness"
NATID = "personal.national_id"

# --- Almatolem (Almaty utilities and tax): her flat in Almaty -----------------------------------
KZ_HOME = {"mekenzhai": "Abai dangyly 52, 17 pater", "kala": "Almaty",
           "poshta_indeksi": "050010", "audan": "Bostandyq"}
KZ_HOME_AT = (43.238412, 76.912655)  # her Almaty flat (location.precise where sent)
ZHSN = "910517450128"  # her IIN (personal.national_id)
ESEP = {"elektr": "EL-0471129934", "su": "SU-22081945", "gaz": "GZ-7730215"}  # her accounts
METERS = {"elektr": "MTR-E-88120471", "su": "MTR-S-30917"}  # the meters' serials (negatives)
KZ_PHONE = "+77015550143"  # the utility's call centre (a look-alike, negative)
CSC_AT = (43.25654, 76.92848)  # the public service centre (a negative)
TAX_OFFICE = "6007"  # the tax office's code (a negative)

# --- Dempuff (a smart inhaler cap) ---------------------------------------------------------------
CAP = {"serial": "DPC-2-0091377", "ble": "D4:3A:7C:19:E0:52", "fw": "1.8.4",
       "model": "Dempuff Cap 2"}  # the cap (an accessory: negatives)
RESCUE = {"name": "albuterol sulfate HFA", "dose": "90 mcg/actuation", "puffs": 2}
CONTROLLER = {"name": "fluticasone propionate", "dose": "110 mcg", "schedule": "2x daily"}
PULMO = ("Dr. Ramon Aguilar", "+12125550184")  # her pulmonologist, typed by her
PHARMACY_AT = (40.74391, -73.98512)  # a pharmacy (a negative)

# --- Furlongo (horse-racing betting) -------------------------------------------------------------
TRACK_AT = (40.71553, -73.72574)  # the racetrack (a negative)
RACE = {"id": "rc_20251209_bel_07", "track": "BEL", "race": 7,
        "runners": ["Copper Steppe", "Night Tulpar", "Harbor Lantern", "Sable Meridian"]}
TICKET = "FG-7H2K-99104"  # her bet ticket's reference (financial.purchase)
SSN4 = "4325"  # last four of her SSN (personal.national_id)

# --- Kiizuy (yurt-camping booking) ---------------------------------------------------------------
CAMP = {"id": "camp_kolsai_03", "name": "Kolsai Felt Yurts", "phone": "+77275550119",
        "lat": 42.98562, "lon": 78.32441}  # the camp (negatives)
BOOKING_KZ = "KZY-25-04418"  # her booking (financial.purchase)
PASSPORT = "A41922871"  # her passport number (guest registration: personal.national_id)
GUESTS = [("Aliya Serikova", "+77015550172"), ("Tom Brennan", "+15550147720")]  # her friends
TRAIL_START = (42.98601, 78.32512)

# --- Karvanly (intercity car-share) --------------------------------------------------------------
CITIES = {"from": "New York", "to": "Philadelphia"}
PICKUP_AT = (40.741617, -73.989902)  # her pickup point, a block from home (location.precise)
DRIVER = {"id": "drv_5k2q9x7m", "car": "Subaru Outback", "plate": "KVL-4471",
          "meet_at": (40.75052, -73.99345)}  # the driver's (negatives)
FRIEND = ("Grace Liu", "+15550116643")  # the friend she shares her trip with

# --- Knightkin (a children's chess school): her son -------------------------------------------
KID = {"first": "Timur", "dob": "2017-03-09", "age": 8, "id": "ch_9a31f04c"}  # id.user
COACH = {"name": "Coach Bekzat", "mail": "bekzat@knightkin.example.com"}  # negatives
GRANDMA = ("Linda Doe", "+15550129944")  # picks him up from class (contact.*)
PGN = "1. e4 e5 2. Nf3 Nc6 3. Bc4 Nf6 4. Ng5 d5 5. exd5 Na5"  # a game's moves (unlabelled)

# --- Molemapa (mole scanning) --------------------------------------------------------------------
DERM = ("Dr. Priya Raman", "derm.raman@gramercyskin.example.com")  # her dermatologist
LESIONS = [{"id": "les_01", "site": "left shoulder blade", "x": 0.41, "y": 0.28},
           {"id": "les_02", "site": "right calf", "x": 0.63, "y": 0.81}]
SCOPE = {"serial": "MMS-DX4-20773", "model": "Molemapa Dermo Lens"}  # an accessory (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def trace(rng: random.Random, n: int, start: Pt, step: Pt = (0.0011, 0.0009),
          t0: int = 1765312000) -> list[dict[str, Any]]:
    """Her fixes on the move (lat/lon ``location.precise``; time and speed not)."""
    out = []
    for i in range(n):
        lat = start[0] + step[0] * i + rng.uniform(-0.00005, 0.00005)
        lon = start[1] + step[1] * i + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 30 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "kmh": round(rng.uniform(4, 95), 1)})
    return out


def puffs(rng: random.Random, n: int, t0: int = 1765180000) -> list[dict[str, Any]]:
    """The cap's actuation log: time, shake and inhalation flow (the medicine's use)."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(3600, 40000)
        out.append({"t": t, "shakeOk": rng.random() > 0.2,
                    "flowLpm": round(rng.uniform(18, 62), 1), "kind": rng.choice(["R", "C"])})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a bill, a bet, a scan): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def away(dlat: float, dlon: float, nd: int = 5) -> Pt:
    """A point near the profile's position (someone else's place: a negative)."""
    return round(LAT + dlat, nd), round(LON + dlon, nd)


__all__ = [
    "BOOKING_KZ",
    "CAMP",
    "CAP",
    "CITIES",
    "COACH",
    "CONTROLLER",
    "CSC_AT",
    "DERM",
    "DRIVER",
    "ESEP",
    "FIT",
    "FRIEND",
    "GRANDMA",
    "GUESTS",
    "KID",
    "KZ_HOME",
    "KZ_HOME_AT",
    "KZ_PHONE",
    "LESIONS",
    "METERS",
    "NATID",
    "PASSPORT",
    "PGN",
    "PHARMACY_AT",
    "PICKUP_AT",
    "PULMO",
    "RACE",
    "RESCUE",
    "SCOPE",
    "SSN4",
    "TAX_OFFICE",
    "TICKET",
    "TRACK_AT",
    "TRAIL_START",
    "ZHSN",
    "away",
    "fix",
    "home",
    "obj",
    "puffs",
    "trace",
]
