"""Helpers for the ninety-second (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``head``, ``claims``, ``rid`` and
``sdk_id`` are set 24's).

This kit adds what the set's apps share: her Bratislava flat (she is on a year's posting there),
her Slovak birth number and health-insurance card, the thermal spa (a business: negatives); the
tremor tracker's medicines, neurologist and generators for a wrist accelerometer window and a
finger-tapping test; the mountain-rescue base and huts (negatives) and her hike's fixes; the
home swap's other families' homes (negatives); the vinyl shop's records and a seller (negatives);
the support group's moderator line (a negative); the school run's school and the other children
(negatives), her son and her car.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Termalka (thermal baths and a health insurer's card), Slovak keys ------------------------
SK_HOME = {"ulica": "Panenská 14", "mesto": "Bratislava", "psc": "811 03"}
SK_HOME_AT = (48.146912, 17.103318)  # her Bratislava flat
RODNE = "915517/4237"  # her Slovak birth number (personal.national_id)
PREUKAZ = "80703000041285677"  # her health-insurance card number (health.medical)
SPA = {"id": "kup_031", "nazov": "Termálne kúpele Zlatý Prameň", "ulica": "Kúpeľná 2",
       "telefon": "+421 2 5550 1120", "lat": 48.09412, "lon": 17.14081}  # negatives
SPA_FIX = (48.094203, 17.140644)  # her phone at the pool
SK_PHONE = "+421 905 550 199"  # her Slovak mobile (contact.phone)

# --- Tremolog (Parkinson's tremor and medication timing) -------------------------------------
NEURO = ("MUDr. Katarína Hrušková", "+421255501377")  # her neurologist, typed by her
MEDS = [("Levodopa/carbidopa", "100/25 mg", ["07:00", "11:00", "15:00", "19:00"]),
        ("Rasagiline", "1 mg", ["08:00"])]

# --- Hrebenar (High Tatras mountain-rescue registration) --------------------------------------
RESCUE = {"id": "hzs_tatry_ss", "name": "Horská strážna služba Tatry", "tel": "+421185550100",
          "lat": 49.13871, "lon": 20.21902}  # the rescue base (negatives)
HUT = {"id": "chata_07", "name": "Chata pod Sedlom", "lat": 49.17933, "lon": 20.16041}
TREK_START = (49.139021, 20.220417)  # where she started (her fix)
TREK_END = (49.178866, 20.161190)
POLICY = "ALP-25-0091734"  # her rescue insurance policy (financial.purchase)
BUDDY = ("Tomáš Šebo", "+421905550733")  # her hiking partner, typed by her

# --- Domovymen (home swap) ---------------------------------------------------------------------
HOME_AT = (40.741830, -73.989310)  # her New York flat, the listing's point (location.precise)
HOMES = [{"id": "hm_5520a1", "title": "Sunny flat near Vienna's Naschmarkt",
          "street": "Kettenbrückengasse 9", "lat": 48.19694, "lon": 16.36012,
          "host": "usr_b7f20c"},
         {"id": "hm_77c3e9", "title": "Family house in Kraków with a garden",
          "street": "ul. Zielna 4", "lat": 50.05471, "lon": 19.92780, "host": "usr_41e9aa"}]
PASSPORT_NO = "583204117"  # her passport number (personal.national_id)

# --- Drazka (vinyl collector marketplace) -----------------------------------------------------
RECORDS = [{"release": "r_1184021", "cat": "BLP 4003", "title": "Moanin'", "grade": "VG+",
            "price": "48.00"},
           {"release": "r_2009177", "cat": "OP-1701", "title": "Blue Moods", "grade": "NM",
            "price": "35.00"}]
SELLER = {"id": "sel_9932", "name": "Groove Cellar", "ship_from": "Brno",
          "mail": "orders@groovecellar.example.net"}  # negatives
ORDER = "DRZ-2512-40177"  # her order (financial.purchase)

# --- Nadejka (pregnancy-after-loss support groups) ---------------------------------------------
NICK = "rainbowhope91"  # her group nickname (id.user)
MOD_LINE = "+421255509000"  # the moderators' helpline (a negative)
DUE = "2026-06-02"  # her due date (personal.sensitive: pregnancy)

# --- Svezko (school-run carpool) -----------------------------------------------------------------
KID = ("Oliver", "Doe", "2017-09-03", 8)  # her son
SCHOOL = {"id": "sch_204", "name": "Lakeside Elementary", "line": "120 W 21st St",
          "lat": 40.74211, "lon": -73.99412}  # negatives
OTHERS = [{"kid": "kid_2b91c0", "stop": (40.74533, -73.98120)},
          {"kid": "kid_83fa17", "stop": (40.73788, -73.98407)}]  # other children (negatives)
CAR = {"model": "Škoda Octavia Combi", "seats": 4, "colour": "grey"}
LICENCE = "822 410 903"  # her driver's licence (personal.national_id)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def trek(rng: random.Random, n: int, start: Pt = TREK_START, end: Pt = TREK_END,
         t0: int = 1765350000) -> list[dict[str, Any]]:
    """Her fixes on a hike (lat/lon ``location.precise``; altitude, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        out.append({"t": t0 + 300 * i,
                    "lat": L(round(start[0] + (end[0] - start[0]) * f
                                   + rng.uniform(-5e-5, 5e-5), 6), PRECISE),
                    "lon": L(round(start[1] + (end[1] - start[1]) * f
                                   + rng.uniform(-5e-5, 5e-5), 6), PRECISE),
                    "alt": round(1300 + 900 * f + rng.uniform(-8, 8))})
    return out


def tremor(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """A wrist accelerometer window ``[ms, x, y, z]`` with a 5 Hz resting tremor."""
    return [[i * 1000 // hz, round(0.12 * math.sin(2 * math.pi * 5 * i / hz)
                                   + rng.gauss(0, 0.01), 4),
             round(0.05 * math.cos(2 * math.pi * 5 * i / hz) + rng.gauss(0, 0.01), 4),
             round(0.99 + rng.gauss(0, 0.01), 4)] for i in range(n)]


def taps(rng: random.Random, n: int) -> list[list[int]]:
    """A finger-tapping test: ``[ms, x, y]`` per tap, alternating two targets."""
    t, out = 0, []
    for i in range(n):
        t += rng.randrange(180, 420)
        out.append([t, 270 if i % 2 else 810, 1500 + rng.randrange(-30, 30)])
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a visit, a post, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BUDDY", "CAR", "DUE", "HOMES", "HOME_AT", "HUT", "KID", "LICENCE", "MEDS",
           "MOD_LINE", "NEURO", "NICK", "ORDER", "OTHERS", "PASSPORT_NO", "POLICY", "PREUKAZ",
           "RECORDS", "RESCUE", "RODNE", "SCHOOL", "SELLER", "SK_HOME", "SK_HOME_AT",
           "SK_PHONE", "SPA", "SPA_FIX", "TREK_END", "TREK_START", "fix", "home", "obj",
           "taps", "trek", "tremor"]
