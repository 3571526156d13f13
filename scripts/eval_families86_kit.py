"""Helpers for the eighty-sixth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her Copenhagen flat (she is there on a year's
assignment, roaming on her US SIM), her CPR number and the Danish roaming network; the cargo-bike
share's bike and station (negatives) and her ride; the ECG patch (an accessory: negatives), her
cardiologist and generators for an ECG strip and RR intervals; the winter-bathing club's jetty
(a negative) and her fix on it; the donor-conception forum's other members (negatives) and her
donor's number; the furniture app's seller and warehouse (negatives); the age wallet's venue
(a negative) and her ID document; the hospice, its patients (negatives) and her background
check.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Copenhagen (Ladbyen, Saltdip): she lives there for a year ------------------------------
DK_HOME = {"vejnavn": "Jægersborggade", "husnummer": "41", "etage": "3. tv",
           "postnummer": "2200", "by": "København N"}
DK_LINE = "Jægersborggade 41, 3. tv"
DK_HOME_AT = (55.692514, 12.543087)  # her Copenhagen flat (location.precise where sent)
CPR = "170591-4288"  # her Danish personal ID number (personal.national_id), synthetic
DK_NET = ("23801", "TDC Roaming")  # the roaming network she is on (location.carrier)
DK_LANG = "da-DK,da;q=0.9,en-US;q=0.8"

# --- Ladbyen (cargo-bike share and municipal services) ----------------------------------------
CARGO = {"id": "LB-0417", "lock": "LBL-99120", "ble": "D3:41:7A:0C:22:E9", "battery": 64,
         "fw": "3.2.7"}  # the share's bike (negatives)
STATION = {"id": "st_nbro_12", "name": "Nørrebro Station", "lat": 55.70058,
           "lon": 12.53764}  # a docking station (the operator's: a negative)
CARGO_END = (55.681944, 12.575313)  # where she docked after the ride (her fix)
POTHOLE_AT = (55.694882, 12.548215)  # where she stood reporting a pothole (her fix)
KOMMUNE = {"name": "Københavns Kommune", "cvr": "64942212", "phone": "+4533663366"}

# --- Atrilo (an atrial-fibrillation ECG patch) ------------------------------------------------
PATCH = {"serial": "ATR-P3-0091834", "ble": "E1:0C:5F:33:8A:12", "fw": "1.8.4",
         "model": "Atrilo Patch 3"}  # the patch (an accessory: negatives)
CARDIO = ("Dr. Marcus Feld", "+12125550147")  # her cardiologist, typed by her
CARDIO_CLINIC = {"id": "cc_1187", "name": "Chelsea Heart Associates",
                 "line": "312 West 23rd Street", "phone": "+12125550139",
                 "lat": 40.74592, "lon": -73.99896}  # the practice (negatives)
MONITOR = "MON-25-118402"  # the monitoring order (a case ID: a negative)
MEDS = [("Apixaban", "5 mg", "twice daily"), ("Metoprolol", "25 mg", "daily")]

# --- Saltdip (a sea-swimming winter-bathing club) ---------------------------------------------
JETTY_AT = (55.71892, 12.58113)  # the club's jetty at Svanemøllestranden (a negative)
JETTY_FIX = (55.718874, 12.581262)  # her phone on the jetty
CLUB_MEMBER = "SD-20417"  # her membership number (id.user)
SAUNA_BOOKING = "SB-88213"  # a sauna slot booked (financial.purchase)
BUDDY = ("Mette Kjær", "+4528114477")  # her swim buddy, typed by her

# --- Solomor (a forum for single mothers by donor conception) ---------------------------------
HANDLE = "nordlys_mor"  # her forum handle (id.user)
DONOR_NO = "SB-4471"  # her donor's number at the sperm bank (personal.sensitive, see docstring)
MEMBERS = [("havfrue82", "Anyone else at 8 weeks and exhausted all day?"),
           ("solsikke_m", "Our donor sibling group just hit 11 families!"),
           ("lille_bjorn", "Third IUI failed, taking a break this month.")]  # others' posts

# --- Moebelhent (second-hand furniture pickup) ------------------------------------------------
SELLER = {"id": "sel_6b1e92", "name": "Oak & Attic Vintage", "line": "88 Meserole Avenue",
          "phone": "+17185550151", "lat": 40.72681, "lon": -73.95233}  # a shop (negatives)
WAREHOUSE_AT = (40.70842, -73.93377)  # the app's warehouse (a negative)
DOOR_CODE = "4417#"  # her building's door code (secret.credential)
PICKUP = "MH-771204"  # a pickup order (financial.purchase)

# --- Natpas (nightlife age-verification wallet) -----------------------------------------------
VENUE = {"id": "ven_3391", "name": "Lowlight Room", "line": "212 Avenue A",
         "lat": 40.72911, "lon": -73.98122}  # a bar (negatives)
VENUE_FIX = (40.729087, -73.981301)  # her phone at the door
ID_DOC = "814 227 930"  # her driver's licence number (personal.national_id)
SCANNER = {"id": "scn_07a1", "serial": "NPS-SC-22091"}  # the door's scanner (negatives)

# --- Lysvagt (hospice volunteer scheduling) ---------------------------------------------------
HOSPICE = {"id": "hsp_21", "name": "Riverside Hospice House", "line": "415 West 57th Street",
           "phone": "+12125550117", "lat": 40.76803, "lon": -73.98691}  # (negatives)
PATIENTS = [{"id": "pt_80412", "room": "12", "initials": "R.K.", "care": "comfort",
             "dnr": True, "music": "jazz"},
            {"id": "pt_80419", "room": "7", "initials": "E.M.", "care": "comfort",
             "dnr": True, "music": "hymns"}]  # patients on her shift (negatives)
COORD = ("Gail Brenner", "gail.brenner@riversidehospice.example.org")  # staff (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trace(rng: random.Random, n: int, start: Pt, end: Pt, keys: tuple[str, str] = ("lat", "lon"),
          t0: int = 1765312000) -> list[dict[str, Any]]:
    """Her fixes on a ride, start to end (lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "v": round(rng.uniform(8, 19), 1)})
    return out


def ecg(rng: random.Random, n: int, hz: int = 128) -> list[int]:
    """An ECG strip in microvolts (single lead, irregular R waves as in AF)."""
    out, beat = [], 0
    for i in range(n):
        beat += rng.randrange(1, 3)
        spike = 900 if beat % rng.choice([37, 41, 53]) == 0 else 0
        out.append(int(80 * math.sin(i / hz * 2 * math.pi * 6) + spike + rng.gauss(0, 25)))
    return out


def rr(rng: random.Random, n: int) -> list[int]:
    """RR intervals in ms (irregularly irregular)."""
    return [rng.randrange(420, 1100) for _ in range(n)]


def temps(rng: random.Random, n: int) -> list[float]:
    """The jetty's water-temperature readings (the club's sensor: a negative)."""
    return [round(rng.uniform(3.1, 4.4), 1) for _ in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a post, a ride, a shift): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BUDDY", "CARDIO", "CARDIO_CLINIC", "CARGO", "CARGO_END", "CLUB_MEMBER", "COORD",
           "CPR", "DK_HOME", "DK_HOME_AT", "DK_LANG", "DK_LINE", "DK_NET", "DONOR_NO",
           "DOOR_CODE", "HANDLE", "HOSPICE", "ID_DOC", "JETTY_AT", "JETTY_FIX", "KOMMUNE", "MEDS",
           "MEMBERS", "MONITOR", "PATCH", "PATIENTS", "PICKUP", "POTHOLE_AT", "SAUNA_BOOKING",
           "SCANNER", "SELLER", "STATION", "VENUE", "VENUE_FIX", "WAREHOUSE_AT", "ecg", "fix",
           "obj", "rr", "temps", "trace"]
