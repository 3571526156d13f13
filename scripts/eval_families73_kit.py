"""Helpers for the seventy-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``eval_families17_kit`` to
``eval_families24_kit``: ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's).

She is on a year's assignment in Cape Town and keeps her US number. This kit holds what the
set's apps share: her Cape Town flat (Afrikaans keys where the power app sends them), her
passport as the power app's ``id_nommer``, the prepaid meter, the inverter (her equipment:
negatives), her son Liam and his rugby club, the game reserve's lodge, rangers and collared
animals (negatives), the cleaner she employs (a data subject), the church and its choir, the
minibus-taxi ranks (negatives), the wine farm, and small generators.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her Cape Town home (she is there for a year) -----------------------------------------------
CT_HOME = {"straat": "12 Kloofnek Road", "voorstad": "Tamboerskloof", "stad": "Kaapstad",
           "poskode": "8001"}
CT_HOME_EN = {"line1": "12 Kloofnek Road", "suburb": "Tamboerskloof", "city": "Cape Town",
              "postcode": "8001"}
CT_HOME_AT = (-33.930412, 18.405117)
WORK_AT = (-33.918861, 18.423292)  # her office on the Foreshore (her place)
CT_PHONE_LOCAL = "+27 71 555 0148"  # a local prepaid SIM she added (contact.phone)
PASSPORT = "A41872093"  # her US passport, the power app's ``id_nommer`` (national ID)

# --- Kragstroom (load-shedding and solar battery) -----------------------------------------------
METER = "04179362581"  # her flat's prepaid meter (id.user: the household's utility account)
STS_TOKEN = "5821 0093 4471 2286 0915"  # a bought electricity token (financial.purchase)
AREA = "Tamboerskloof (7)"  # her load-shedding block (location.coarse)
INVERTER = {"serial": "KS-HX5K-22A0918", "fw": "3.14.2", "model": "Helix 5kW",
            "lan": "192.168.1.57", "mac": "A4:CF:12:9B:33:0E"}  # her equipment (negatives)

# --- Scrumsafe (concussion symptoms, her son's rugby) ------------------------------------------
SON = ("Liam", "Doe", "2010-03-14", 15)  # her son (a data subject)
CLUB = {"id": "club_0419", "name": "Gardens Rugby Club U16",
        "coach": "Pieter van Wyk", "coach_phone": "+27215550174"}  # echoed roster (negatives)
TEAM_DOC = ("Dr. Ayesha Parker", "+27215550183")  # the sports doctor she types (contact.*)
SCHOOL = "Westerford High"  # his school (unlabelled)

# --- Veldtrek (game-reserve safari) ------------------------------------------------------------
LODGE = {"id": "lodge_ng07", "name": "Ngala Ridge Camp", "phone": "+27135550166",
         "lat": -24.38915, "lon": 31.74422}  # the lodge (a business: negatives)
RANGERS = ["Sipho Mthembu", "Thandi Khumalo"]  # guides (negatives, echoed)
COLLARS = [{"collar": "EL-2201", "species": "elephant", "lat": -24.40218, "lon": 31.75903},
           {"collar": "LI-0417", "species": "lion", "lat": -24.37561, "lon": 31.72188}]
SIGHT_AT = (-24.396731, 31.752914)  # her vehicle's fix at a sighting (location.precise)
BOOKING_V = "VT-88K4-21Q"  # the booking reference (financial.purchase)

# --- Huishulp (domestic-worker payroll) --------------------------------------------------------
WORKER = {"name": "Nomsa Dlamini", "first": "Nomsa", "last": "Dlamini",
          "id": "8504150823081", "phone": "+27825550137", "dob": "1985-04-15",
          "address": "44 Sithebe Street, Khayelitsha", "postcode": "7784"}
WORKER_BANK = {"bank": "Karoo Mutual", "branch": "470010", "account": "1049227816"}
UIF_REF = "U2849917/3"  # her employer registration with the labour fund (personal.national_id)

# --- Harmonyloft (church choir rehearsals) -----------------------------------------------------
CHURCH = {"id": "ch_stgeorge", "name": "St George's Anglican Choir", "lat": -33.92489,
          "lon": 18.41872, "director": "Marlene Jacobs"}  # the church (its point a negative)

# --- Kombiroute (minibus taxis) ----------------------------------------------------------------
RANKS = [{"id": "rank_cbd03", "name": "Cape Town Station Deck", "lat": -33.92271,
          "lon": 18.42635}, {"id": "rank_mow11", "name": "Mowbray Terminus",
                             "lat": -33.94668, "lon": 18.47544}]  # ranks (negatives)

# --- Proeplek (wine-farm tastings) -------------------------------------------------------------
FARM = {"id": "farm_bkl", "name": "Blaauwklip Estate", "phone": "+27218555012",
        "lat": -33.96214, "lon": 18.87103}  # the farm (a business: negatives)
CLUB_NO = "PL-WC-200418"  # her wine-club membership (id.user)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trip(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765312000,
         keys: tuple[str, str] = ("lat", "lng")) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lon ``location.precise``; time, speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "spd": round(rng.uniform(0, 16), 1)})
    return out


def sway(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """A balance test's accelerometer rows ``[ms, x, y, z]`` from the phone held to the chest."""
    return [[i * 1000 // hz, round(0.03 * math.sin(i / 7) + rng.gauss(0, 0.01), 4),
             round(0.02 * math.cos(i / 5) + rng.gauss(0, 0.01), 4),
             round(0.99 + rng.gauss(0, 0.005), 4)] for i in range(n)]


def reactions(rng: random.Random, n: int) -> list[int]:
    """A reaction-time test's responses in ms."""
    return [rng.randrange(260, 420) for _ in range(n)]


def soc(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The battery's state of charge and load per 5 minutes (equipment telemetry)."""
    return [{"t": 1765300000 + 300 * i, "soc": 88 - i, "pv_w": rng.randrange(0, 3400),
             "load_w": rng.randrange(300, 1400)} for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a sighting, a payslip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "AREA",
    "BOOKING_V",
    "CHURCH",
    "CLUB",
    "CLUB_NO",
    "COLLARS",
    "CT_HOME",
    "CT_HOME_AT",
    "CT_HOME_EN",
    "CT_PHONE_LOCAL",
    "FARM",
    "INVERTER",
    "LODGE",
    "METER",
    "PASSPORT",
    "RANGERS",
    "RANKS",
    "SCHOOL",
    "SIGHT_AT",
    "SON",
    "STS_TOKEN",
    "TEAM_DOC",
    "UIF_REF",
    "WORKER",
    "WORKER_BANK",
    "WORK_AT",
    "fix",
    "obj",
    "reactions",
    "soc",
    "sway",
    "trip",
]
