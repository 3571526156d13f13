"""Helpers for the thirty-seventh (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the messenger's chats, a friend and the hashed address
book; her flat in Lyon (she is there for a year), the supermarket's store (a negative), her fix in
it, the loyalty card and a scan-and-go basket; the sleep clinic (a negative), her sleep doctor,
the chest band (an accessory: negatives) and generators for its breathing-effort window and the
night's snore events; the scooter fleet (vehicles: negatives), her ride and her licence; the
kids' coding game's child, classroom and a block's drag path; the budgeting app's bank and her
transactions; the sports app's match, the betting book and the stadium's point (a negative).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Hushline (a messenger) --------------------------------------------------------------------
FRIEND = ("Noor Haddad", "+15550133871")  # a friend she adds by number (contact.*)
GROUP = "grp_5b21c7e0a4"  # a group's ID (a negative)
REG_LOCK = "731904"  # her registration-lock PIN (secret.credential)
IDENTITY_KEY = "BdJ3u1m0qW2yZx9Kc4vR7tLa8sHn6pEo5fGi1jUk2lYb"  # a public key (a negative)

# --- Panier d'Or (a French supermarket): she is on a year's assignment in Lyon -----------------
FR_HOME = {"rue": "14 rue Mercière", "complement": "3e étage gauche", "cp": "69002",
           "ville": "Lyon"}
FR_HOME_AT = (45.762214, 4.832091)  # her Lyon flat (location.precise where sent)
FIDELITE = "2910448120573"  # her loyalty card, EAN-13 shape (id.user)
MAGASIN = {"id": "PDO-LY-0214", "nom": "Panier d'Or Lyon Cordeliers",
           "adresse": "5 place des Cordeliers", "tel": "+33 4 78 55 01 42",
           "lat": 45.76344, "lon": 4.83592}  # the store (a business: negatives)
MAGASIN_FIX = (45.763417, 4.835861)  # her phone inside the store
EANS = ["3017620422003", "3228857000852", "3560070976478", "3046920029759"]  # products
COMMANDE = "PDO-2512-88417"  # a click-and-collect order number (financial.purchase)

# --- Somnara (a sleep clinic's app) -------------------------------------------------------------
CLINIC = {"id": "cl_2207", "name": "Gramercy Sleep Center", "phone": "+12125550161",
          "line": "245 East 19th Street", "lat": 40.73527, "lon": -73.98288}
SLEEP_DOC = ("Dr. Helen Okafor", "+12125550175")  # her referring doctor, typed by her
BAND = {"serial": "SMN-CB2-0047712", "ble": "C8:2B:96:4E:10:A7", "fw": "2.3.1",
        "model": "Somnara Band 2"}  # the chest band (an accessory: negatives)
STUDY = "HST-25-04471"  # the home sleep test's order number (a case ID: a negative)
MEMBER_SM = "QHP771204458"  # her health-insurance member ID (health.medical)

# --- Zipwheel (scooter and e-bike rental) ------------------------------------------------------
SCOOTER = {"id": "ZW-8812", "qr": "zw://v/8812-KQ4", "serial": "ZWS3-2204-118812",
           "battery": 71}  # the fleet's vehicle (negatives)
BIKE = {"id": "ZB-3307", "qr": "zw://v/3307-MT9", "serial": "ZWB1-2109-033307"}
DOCK_AT = (40.74422, -73.98596)  # a parking zone's centre (the operator's: a negative)
LICENCE_NY = "812 440 917"  # her driver's licence number (personal.national_id)
RIDE_START = (40.741902, -73.989187)  # near home
PARK_FIX = (40.750318, -73.993655)  # where she parked (her fix)

# --- Bytebud (a kids' coding game) -------------------------------------------------------------
KID_FIRST, KID_BIRTH_YEAR, KID_AGE = "Milo", 2016, 9  # her son
CLASS_CODE = "BB-7QK4-2M"  # the classroom's join code (secret.credential)
TEACHER_MAIL = "ms.alvarez@ps116.example.edu"  # the teacher's school mailbox (a negative)
PARENT_PIN = "2580"

# --- Budgetfinch (budgeting, bank aggregation) -------------------------------------------------
BANK = {"id": "ins_109508", "name": "Harborline Bank"}
BANK_USER = "janedoe91"  # her online-banking log-in (secret.credential: it is what logs in)
BANK_PASS = "Tidewater#2291"
ACCT_CHECK, ACCT_SAVE = "4471209913", "4471209957"  # her account numbers (financial.payment)
CARD_LAST4 = "3318"

# --- Goalstream (live sports, betting) ---------------------------------------------------------
MATCH = {"id": "evt_1188204", "home": "Brooklyn Tides", "away": "Boston Harbormen",
         "league": "NAL"}
STADIUM_AT = (40.68265, -73.97537)  # the arena (a negative)
BETSLIP = "BS-77120483"  # her bet slip's reference (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def ride(rng: random.Random, n: int, start: Pt = RIDE_START, end: Pt = PARK_FIX,
         t0: int = 1765312000) -> list[dict[str, Any]]:
    """Her fixes on a ride, start to end (lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00006, 0.00006)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00006, 0.00006)
        out.append({"t": t0 + 20 * i, "lat": L(round(lat, 6), PRECISE),
                    "lng": L(round(lon, 6), PRECISE), "kmh": round(rng.uniform(9, 22), 1)})
    return out


def effort(rng: random.Random, n: int, hz: int = 25) -> list[list[float]]:
    """The chest band's accelerometer rows ``[ms, x, y, z]`` in g: breathing effort."""
    import math
    return [[i * 1000 // hz, round(0.02 * math.sin(i / 9) + rng.gauss(0, 0.004), 4),
             round(rng.gauss(0, 0.003), 4),
             round(0.98 + 0.03 * math.sin(i / 9) + rng.gauss(0, 0.004), 4)] for i in range(n)]


def snores(rng: random.Random, n: int, t0: int = 1765256400) -> list[dict[str, Any]]:
    """The night's snore episodes: start, length and loudness (the detector's output)."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(300, 1800)
        out.append({"start": t, "secs": rng.randrange(20, 240),
                    "peakDb": round(rng.uniform(48, 71), 1)})
    return out


def hypnogram(rng: random.Random, n: int) -> list[str]:
    """Sleep stages per 30 s epoch (W, N1, N2, N3, R)."""
    return [rng.choice(["W", "N1", "N2", "N2", "N3", "R"]) for _ in range(n)]


def drag(rng: random.Random, n: int) -> list[list[int]]:
    """A finger dragging a code block across the tablet: ``[ms, x, y]`` rows."""
    x, y = 220, 900
    out = []
    for i in range(n):
        x += rng.randrange(18, 40)
        y -= rng.randrange(5, 22)
        out.append([i * 16, x, y])
    return out


def txns(rng: random.Random) -> list[dict[str, Any]]:
    """Her card's recent transactions as the aggregator returns them (the bank's IDs not)."""
    rows = [("Blue Bottle Coffee", "-5.75", "food"), ("Con Ed", "-88.20", "utilities"),
            ("Trader Joe's", "-64.11", "groceries"), ("MTA OMNY", "-2.90", "transport"),
            ("Pharmacy Plus", "-18.49", "health")]
    return [{"txn_id": "tx_" + rnd_hex(rng, 12), "date": f"2025-12-0{i + 3}",
             "merchant": m, "amount": a, "category": c} for i, (m, a, c) in enumerate(rows)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a message, a ride, a project): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCT_CHECK", "ACCT_SAVE", "BAND", "BANK", "BANK_PASS", "BANK_USER", "BETSLIP", "BIKE",
           "CARD_LAST4", "CLASS_CODE", "CLINIC", "COMMANDE", "DOCK_AT", "EANS", "FIDELITE",
           "FRIEND", "FR_HOME", "FR_HOME_AT", "GROUP", "IDENTITY_KEY", "KID_AGE",
           "KID_BIRTH_YEAR", "KID_FIRST", "LICENCE_NY", "MAGASIN", "MAGASIN_FIX", "MATCH",
           "MEMBER_SM", "PARENT_PIN", "PARK_FIX", "REG_LOCK", "RIDE_START", "SCOOTER",
           "SLEEP_DOC", "STADIUM_AT", "STUDY", "TEACHER_MAIL", "drag", "effort", "fix", "home",
           "hypnogram", "obj", "ride", "snores", "txns"]
