"""Helpers for the seventy-fourth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Vilnius (she lives there on a residence
permit: her street, city, post code and eldership), her Lithuanian personal code, IBAN, payer
code and permit number, the heat supplier, the State Treasury and the meters (negatives); her
neurologist, the weather station and a barometric series (negatives); the curling club, its
point and the other teams (negatives), her membership number and her fix at the rink; her father
(his name, birth date, phone, home, its point and his medicines: his data), his watch (an
accessory: negatives), the day centre (a negative), her brother and his doctor; the speed-dating
venue (a negative); the car-sharing fleet's car (negatives), her licence and her trip; her
apiaries (her places), other keepers' apiaries and the hive-scale gateway (negatives), and
generators for her father's walk, a trip, hive weights and a broom's sweep sensor.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Komunalis (Vilnius utility bills and e-government): she lives in Vilnius on a permit -----
VLN_HOME = {"gatve": "Pylimo g. 21-7", "miestas": "Vilnius", "pasto_kodas": "LT-01141",
            "seniunija": "Senamiesčio seniūnija"}
VLN_HOME_AT = (54.679025, 25.281472)  # her Vilnius flat (location.precise where sent)
ASMENS_KODAS = "49105172088"  # her personal code (a woman born 1991-05-17; check digit valid)
IBAN_LT = "LT617304400001234567"  # her bank account (financial.payment)
PAYER_CODE = "SS-0471182"  # her payer code at the heat supplier (id.user: her account there)
PERMIT_NO = "LL8921043"  # her residence permit card (personal.national_id)
SUPPLIER = {"id": "tiek_0417", "pavadinimas": "UAB Šilta Sostinė", "kodas": "304118771",
            "iban": "LT337180000000005511", "tel": "+37052550140",
            "adresas": "Jočionių g. 13, Vilnius"}  # the heat supplier (a business: negatives)
TREASURY_IBAN = "LT104010051000734021"  # the State Treasury's collection account (a negative)
METERS = {"saltas": "VM-22-118840", "karstas": "VM-22-118841", "elektra": "ESO-9921077"}
CLERK_MAIL = "priimamasis@vilnius-savivalda.example.org"  # the municipality's desk (a negative)

# --- Aurelune (a migraine-with-aura diary) -----------------------------------------------------
NEURO = ("Dr. Priya Raman", "+12125550184", "praman@eastsideneuro.example.com")  # typed by her
STATION = {"id": "KNYC-0457", "lat": 40.77898, "lon": -73.96925}  # a weather station (negative)
MIG_MEDS = [("Rizatriptan", "10 mg"), ("Propranolol", "40 mg")]
OFFICE_AT = (40.75021, -73.98369)  # her office in Midtown (her place: location.precise)

# --- Pebblehouse (a curling club's league app) -------------------------------------------------
CLUB = {"id": "club_0291", "name": "Hudson Valley Curling Club", "phone": "+18455550117",
        "line": "12 Rink Road, Beacon, NY 12508", "lat": 41.50412, "lon": -73.96528}  # negative
RIVAL_CLUB = {"id": "club_0117", "name": "Catskill Stones CC", "phone": "+18455550162",
              "lat": 42.21784, "lon": -73.86470}  # another club (negatives)
MEMBER_CC = "HVCC-2291"  # her club membership number (id.user)
RINK_FIX = (41.504188, -73.965102)  # her phone at the rink (her fix)

# --- Tetherly (a guardian app: her father has dementia; his data is his) -----------------------
DAD = {"first": "Harold", "last": "Doe", "dob": "1944-02-11", "phone": "+17185550143"}
DAD_HOME = {"line1": "41-17 Bell Boulevard", "city": "Bayside", "state": "NY", "zip": "11361"}
DAD_HOME_AT = (40.761983, -73.770714)  # his house (location.precise: his home)
DAD_MEDS = [("Donepezil", "10 mg", "21:00"), ("Memantine", "10 mg", "08:00")]
WATCH = {"imei": "356938035643809", "serial": "TTW2-0044172", "model": "Tether Watch 2",
         "fw": "1.8.4", "battery": 58}  # his GPS watch (an accessory: negatives)
DAYCARE = {"id": "dc_77", "name": "Bayside Adult Day Center", "phone": "+17185550171",
           "lat": 40.76412, "lon": -73.77633}  # the day centre (a business: negatives)
BROTHER = ("Michael Doe", "+15550176654", "mike.doe@example.net")  # invited by her
GERIATRICIAN = ("Dr. Samuel Ortiz", "+17185550190")  # his doctor, typed by her

# --- Rotadate (a speed-dating event app) --------------------------------------------------------
VENUE = {"id": "ven_118", "name": "The Copper Kettle", "line": "211 West 14th Street",
         "phone": "+12125550193", "lat": 40.73899, "lon": -74.00121}  # the bar (negatives)
VENUE_FIX = (40.738961, -74.001187)  # her phone at the check-in desk (her fix)
TICKET = "RD-88-31540"  # her ticket's order code (financial.purchase)

# --- Strandcar (one-way car sharing) ------------------------------------------------------------
CAR = {"id": "car_4471", "plate": "LXR-4412", "vin": "WBY8P2C57K7D41122",
       "ble": "E2:41:7A:0C:55:93", "fuel": 64, "odo": 18833}  # the fleet's car (negatives)
LICENCE = "741 205 388"  # her driver's licence number (personal.national_id)
TRIP_START = (40.742137, -73.988512)  # near home
TRIP_END = (40.686418, -73.977106)  # a street in Fort Greene where she left the car
ZONE_CENTRE = (40.68502, -73.97564)  # the operator's home-zone centroid (a negative)

# --- Combscale (a hive-scale monitor for her beehives) -----------------------------------------
APIARY_ROOF = (40.678432, -73.975018)  # her hives on a Park Slope garden roof (her place)
APIARY_FARM = (41.726553, -74.058612)  # her second apiary at a friend's farm upstate
OTHER_APIARIES = [(40.67109, -73.98212), (40.69451, -73.96603), (40.66028, -73.96917),
                  (41.73340, -74.07715)]  # other keepers' apiaries (negatives)
GATEWAY = {"serial": "CS-GW3-118204", "mac": "B8:27:EB:4C:11:9F", "fw": "3.4.2",
           "model": "Combscale Gateway 3"}  # the scale's gateway (an accessory: negatives)
WIFI_PASS = "Honeycomb!2291"  # her home Wi-Fi password, given to the gateway (credential)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6, cat: str = PRECISE) -> tuple[L, L]:
    """A point of hers (or her father's) at ``nd`` decimals."""
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def walk(rng: random.Random, n: int, start: Pt = DAD_HOME_AT, t0: int = 1765321000,
         step: Pt = (0.00031, -0.00044)) -> list[dict[str, Any]]:
    """Her father's watch fixes as he wanders off (lat/lon his ``location.precise``)."""
    out = []
    for i in range(n):
        la = start[0] + step[0] * i + rng.uniform(-0.00004, 0.00004)
        lo = start[1] + step[1] * i + rng.uniform(-0.00004, 0.00004)
        out.append({"ts": t0 + 60 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "acc": rng.randrange(4, 15)})
    return out


def trip(rng: random.Random, n: int, start: Pt = TRIP_START, end: Pt = TRIP_END,
         t0: int = 1765316000) -> list[list[Any]]:
    """Her car-sharing trip as ``[t, lat, lon, kmh]`` rows (one series: her fixes)."""
    out: list[list[Any]] = []
    for i in range(n):
        f = i / (n - 1)
        out.append([t0 + 30 * i,
                    round(start[0] + (end[0] - start[0]) * f + rng.uniform(-5e-5, 5e-5), 6),
                    round(start[1] + (end[1] - start[1]) * f + rng.uniform(-5e-5, 5e-5), 6),
                    round(rng.uniform(12, 48), 1)])
    return out


def pressure(rng: random.Random, n: int) -> list[float]:
    """Hourly barometric pressure in hPa from the weather service (the sky: a negative)."""
    return [round(1016 - 0.9 * i + rng.uniform(-0.4, 0.4), 1) for i in range(n)]


def hive_series(rng: random.Random, n: int, kg: float = 41.2) -> list[list[float]]:
    """A hive scale's rows ``[t, kg, tempC, rh]`` (the bees' colony: negatives)."""
    return [[1765250000 + 900 * i, round(kg + 0.03 * i + rng.uniform(-0.05, 0.05), 2),
             round(34.6 + rng.uniform(-0.4, 0.4), 1), rng.randrange(52, 66)] for i in range(n)]


def sweep(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """A broom-head sensor's sweep: ``[ms, force N, stroke angle]`` rows (her effort)."""
    return [[i * 1000 // hz, round(38 + 22 * math.sin(i / 2.1) + rng.gauss(0, 2), 1),
             round(14 * math.sin(i / 2.1), 1)] for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an attack, a bill, a game, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APIARY_FARM", "APIARY_ROOF", "ASMENS_KODAS", "BROTHER", "CAR", "CLERK_MAIL", "CLUB",
           "DAD", "DAD_HOME", "DAD_HOME_AT", "DAD_MEDS", "DAYCARE", "GATEWAY", "GERIATRICIAN",
           "IBAN_LT", "LICENCE", "MEMBER_CC", "METERS", "MIG_MEDS", "NEURO", "OFFICE_AT",
           "OTHER_APIARIES", "PAYER_CODE", "PERMIT_NO", "RINK_FIX", "RIVAL_CLUB", "STATION",
           "SUPPLIER", "TICKET", "TREASURY_IBAN", "TRIP_END", "TRIP_START", "VENUE", "VENUE_FIX",
           "VLN_HOME", "VLN_HOME_AT", "WATCH", "WIFI_PASS", "ZONE_CENTRE", "fix", "hive_series",
           "obj", "pressure", "sweep", "trip", "walk"]
