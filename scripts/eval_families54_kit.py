"""Helpers for the fifty-fourth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her Stockholm flat and office (she is on a posting
there), her personnummer, the car-pool's meeting point and a co-rider (negatives); the
dermatology clinic, the biologic pen and its lot (negatives); the earplugs (an accessory:
negatives), the venue and a hearing check; the trial site and the study (negatives); the robot
(a toy: negatives), its sensor log; the pawn shop, her old phone (another device: negatives)
and her own ID; the taxi base, her cab and a passenger's pickup (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Pendlapool (car-pool commuting, Stockholm; Swedish keys) ----------------------------------
SE_HOME = {"gata": "Hornsgatan 52", "lgh": "lgh 1203", "postnummer": "118 21",
           "ort": "Stockholm"}
SE_HOME_AT = (59.317214, 18.060932)  # her Södermalm flat (location.precise where sent)
SE_WORK_AT = (59.404871, 17.944615)  # her office in Kista
PERSONNUMMER = "19910517-2383"  # synthetic, Luhn-valid shape (personal.national_id)
SE_PHONE = "+46701740199"  # her Swedish prepaid number (contact.phone)
MEET_AT = (59.31505, 18.07211)  # the app's meeting point at Medborgarplatsen (a negative)
CORIDER = {"id": "pp_usr_9k2m4q", "name": "Erik L."}  # another rider (negatives)

# --- Plaquewise (psoriasis biologic tracker) ---------------------------------------------------
DERM = {"id": "clin_4471", "name": "Chelsea Dermatology Group", "phone": "+12125550147",
        "lat": 40.74271, "lon": -73.99812}  # the clinic (negatives)
PEN = {"serial": "PQW-PEN-00731822", "lot": "L24K119B", "ble": "D0:4F:7E:22:81:3C"}
MEMBER_PQ = "ZHX448120937"  # her insurance member ID (health.medical)

# --- Decibelle (musicians' smart earplugs) ----------------------------------------------------
PLUGS = {"left": {"serial": "DB2-L-0418823", "ble": "E4:21:9B:0C:55:7A"},
         "right": {"serial": "DB2-R-0418824", "ble": "E4:21:9B:0C:55:7B"}, "fw": "3.0.2"}
VENUE = {"id": "ven_2231", "name": "Bowery Hall", "lat": 40.72043, "lon": -73.99342}
GIG_FIX = (40.720371, -73.993611)  # her phone at the venue (location.precise)

# --- Trialpath (clinical trial sign-up) -----------------------------------------------------------
STUDY = {"id": "TP-2025-0417", "registry": "NCT0000417", "site": "site_118",
         "site_lat": 40.76428, "site_lon": -73.95472}  # a public study and its site (negatives)
TRIAL_REF = "TPR-88120-QK"  # her pre-screening reference (id.user: her case at the app)

# --- Botling (kids' coding robot) ----------------------------------------------------------------
ROBOT = {"serial": "BTL-R2-7731904", "ble": "F0:08:D1:4C:9A:21", "fw": "1.12.0",
         "name": "Botling-9A21"}  # the toy robot (negatives)
KID = ("Theo", 2017)  # her son's nickname and birth year
CLASS_JOIN = "QX7-44M"  # a classroom's join code (secret.credential)

# --- Hockbird (pawn and buy-back) ----------------------------------------------------------------
SHOP = {"id": "hb_store_031", "name": "Hockbird Chelsea", "phone": "+12125550193",
        "line": "201 West 23rd Street", "lat": 40.74461, "lon": -73.99701}  # (negatives)
OLD_PHONE = {"imei": "356938035643809", "serial": "F17XK2M4HG7J", "model": "Pixel 5"}
LICENCE = "714 228 650"  # her driver's licence number (personal.national_id)
TICKET = "HB-031-774120"  # her pawn ticket (financial.purchase)

# --- Cabrook (taxi dispatch for drivers) --------------------------------------------------------
CAB = {"medallion": "7K42", "plate": "T771204C", "vin": "JTDKARFU5L3114502"}  # the fleet's
HACK = "5904417"  # her for-hire driver licence number (personal.national_id)
BASE_AT = (40.74912, -73.93944)  # the dispatch base in Long Island City (a negative)
PICKUP_AT = (40.75788, -73.98553)  # a passenger's pickup (a negative: not hers)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trace(rng: random.Random, n: int, a: Pt, b: Pt, t0: int = 1765340000,
          keys: tuple[str, str] = ("lat", "lng")) -> list[dict[str, Any]]:
    """Her fixes from ``a`` to ``b`` (lat/lng ``location.precise``; time, speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = a[0] + (b[0] - a[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = a[1] + (b[1] - a[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "v": round(rng.uniform(4, 17), 1)})
    return out


def robot_log(rng: random.Random, n: int) -> list[list[float]]:
    """The robot's own accelerometer and distance sensor rows ``[ms, ax, ay, az, cm]``."""
    return [[i * 50, round(rng.gauss(0, 0.2), 3), round(rng.gauss(0, 0.2), 3),
             round(9.8 + rng.gauss(0, 0.1), 3), rng.randrange(4, 80)] for i in range(n)]


def dose(rng: random.Random, n: int) -> list[list[float]]:
    """Per-minute sound levels at the plug ``[minute, dBA outside, dBA at the ear]``."""
    return [[i, round(rng.uniform(92, 106), 1), round(rng.uniform(76, 84), 1)] for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a ride, a trip, a log entry): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BASE_AT", "CAB", "CLASS_JOIN", "CORIDER", "DERM", "GIG_FIX", "HACK", "KID",
           "LICENCE", "MEET_AT", "MEMBER_PQ", "OLD_PHONE", "PEN", "PERSONNUMMER", "PICKUP_AT",
           "PLUGS", "ROBOT", "SE_HOME", "SE_HOME_AT", "SE_PHONE", "SE_WORK_AT", "SHOP", "STUDY",
           "TICKET", "TRIAL_REF", "VENUE", "dose", "fix", "obj", "robot_log", "trace"]
