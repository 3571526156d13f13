"""Helpers for the forty-sixth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat and her office in Mexico City (she works there
on a posting), her CURP, RFC and CLABE, her employer there and a corner shop (negatives), the
address book the lender uploads and the two references she names; the dialysis unit, a unit in
Boston and the transplant centre (negatives), her nephrologist, her medical record and Medicare
numbers, her transplant wait-list entry, her blood group, her brother as a living donor, a lab
panel and a chair-side vitals series; the golf course (its tees and pins: negatives), the wrist
sensor (an accessory: negatives), her shots on the course and a wrist-motion generator; the
hospital (the employer: negatives, but its staff Wi-Fi is the network her phone is on), her staff
number and RN licence, the union and her member number, colleagues (other users: negatives);
the translation glasses (negatives), her fixes in Madrid, a market's point (a negative); her
fishing spots, the marina, her boat (negatives), the fish finder's own Wi-Fi (a negative) and
her fishing licence; the tenants' app's landlord (typed by her), the managing agent (a
business: negatives) and the building's door code.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Lanapronto (micro-lending, Mexico): she lives in Mexico City on a two-year posting --------
MX_HOME = {"calle": "Calle Durango 214", "interior": "Int. 5", "colonia": "Roma Norte",
           "alcaldia": "Cuauhtémoc", "cp": "06700", "ciudad": "Ciudad de México",
           "estado": "CDMX"}
MX_HOME_AT = (19.418372, -99.163418)  # her flat in Roma Norte (location.precise where sent)
MX_OFFICE_AT = (19.433127, -99.190471)  # her office in Polanco (hers where she sends it)
CURP = "DOXJ910517MNEXXN09"  # her CURP (personal.national_id), valid check digit
RFC = "DOXJ910517QK3"  # her RFC, the tax ID (personal.national_id)
CLABE = "012180015473920186"  # her 18-digit interbank account (financial.payment)
EMPLOYER = {"empresa": "Grupo Alondra Logística", "puesto": "Gerente de proyecto",
            "telefono": "+525555501873"}  # her employer (unlabelled; its phone a negative)
TIENDA = {"id": "TZ-0917", "nombre": "Tiendita Azul Álvaro Obregón",
          "lat": 19.41702, "lon": -99.16011}  # a corner shop taking repayments (negatives)
MX_BOOK = [("Mariana Robles", "+525555014472"), ("Diego Anaya", "+525555019930"),
           ("Sam Patel", "+15550142277"), ("Lucía Fernández", "+15550163390"),
           ("Mamá", "+15550138814")]  # her address book as the lender uploads it
REFS = [("Mariana Robles", "+525555014472", "amiga"),
        ("Mark Doe", "+15550148823", "hermano")]  # references she names (contact.*)

# --- Nephrova (a dialysis patient app) ----------------------------------------------------------
UNIT = {"id": "du_0331", "name": "Kips Bay Dialysis Center", "phone": "+12125550153",
        "line": "330 East 33rd Street", "lat": 40.74321, "lon": -73.97588}  # a negative
BOSTON_UNIT = {"id": "du_1184", "name": "Back Bay Kidney Care", "lat": 42.34962,
               "lon": -71.08101}  # a unit for a visit (a negative)
BOSTON_FIX = (42.351874, -71.075923)  # her fix while visiting her sister in Boston
NEPHRO = ("Dr. Rafael Mendoza", "+12125550178")  # her nephrologist, typed by her
MRN, MBI = "KB-00418821", "1EG4-TE5-MK72"  # the unit's record number, her Medicare number
WAITLIST, BLOOD = "WL-22-0187431", "B+"  # her kidney wait-list entry and blood group
DONOR = ("Mark Doe", "+15550148823", "O+")  # her brother, tested as a living donor
LABS = [("K", "Potassium", 5.8, "mmol/L", "H"), ("PHOS", "Phosphorus", 6.1, "mg/dL", "H"),
        ("ALB", "Albumin", 3.7, "g/dL", ""), ("HGB", "Hemoglobin", 10.4, "g/dL", "L"),
        ("PTH", "Intact PTH", 412, "pg/mL", "H"), ("CREA", "Creatinine", 8.9, "mg/dL", "H")]
RENAL_MEDS = [("Sevelamer carbonate", "800 mg with meals"), ("Calcitriol", "0.25 mcg daily"),
              ("Epoetin alfa", "4000 units at dialysis")]

# --- Fairloft (a golf swing analyser) -------------------------------------------------------------
COURSE = {"id": "crs_40217", "name": "Marsh Hollow Golf Links", "phone": "+16315550124",
          "holes": [{"n": 1, "tee": (40.75112, -73.45721), "pin": (40.75391, -73.45402)},
                    {"n": 2, "tee": (40.75440, -73.45366), "pin": (40.75602, -73.45018)}]}
RANGE_FIX = (40.749883, -73.458402)  # her phone on the course's driving range
SHOTS = [(40.751163, -73.457188), (40.752594, -73.455821), (40.753702, -73.454309),
         (40.753881, -73.454066)]  # where she hit from on hole 1 (her fixes)
SENSOR = {"serial": "FLS-W2-0081734", "ble": "E2:41:7C:90:3B:D5", "fw": "1.9.4",
          "model": "Fairloft Wrist 2"}  # the wrist sensor (an accessory: negatives)
GA_NUMBER = "GA-8812047"  # her golf association number (her account there: id.user)

# --- Shiftkin (nurses' shift swaps and the union) -------------------------------------------------
HOSPITAL = {"id": "org_gmg", "name": "Gramercy Memorial Hospital", "line": "301 East 17th Street",
            "lat": 40.73385, "lon": -73.98151}  # her employer (negatives)
STAFF_SSID, STAFF_BSSID = "GMH-Staff", "6c:71:0d:4a:22:91"  # the ward's Wi-Fi her phone joins
HOSPITAL_FIX = (40.733911, -73.981627)  # her phone at the staff entrance
STAFF_ID = "E204177"  # her staff number, the account she signs in with (id.user)
RN_LICENCE = "731204"  # her New York RN licence number (personal.national_id)
UNION = {"name": "Hudson Nurses Guild", "local": "Local 412"}
UNION_NO = "HNG-412-55817"  # her union member number (id.user; the union is sensitive)
COLLEAGUES = [("usr_k2m8q4d7pw3a", "Priya Raman"), ("usr_9xh3tb6nfe2c", "Marcus Bell")]

# --- Parlaview (live-translation glasses) --------------------------------------------------------
GLASSES = {"serial": "PVG-3-2207719", "ble": "D4:9E:21:08:6A:F3", "fw": "4.2.0",
           "model": "Parlaview Lumen 3"}  # the glasses (an accessory: negatives)
MADRID_FIX = (40.412981, -3.707402)  # her fix at a market in Madrid (a trip)
MARKET_AT = (40.41277, -3.70846)  # the market's listed point (a negative)
BUDDY = ("Rosa Morales", "rosa.m@example.com")  # her travel companion

# --- Reelnotch (a fishing log) ------------------------------------------------------------------
SPOTS = [("Rock pile off Crab Meadow", 40.931874, -73.327402),
         ("North drop by the green can", 40.947215, -73.351906),
         ("Creek mouth at dusk", 40.919332, -73.309871)]  # her own spots (location.precise)
MARINA = {"id": "mr_118", "name": "Northport Town Marina", "phone": "+16315550172",
          "lat": 40.90095, "lon": -73.35302}  # where the boat is kept (negatives)
BOAT = {"name": "Sea Lark", "reg": "NY 4471 KD", "hin": "SLB45217C525", "lengthFt": 19,
        "engine": "90 hp outboard"}  # her boat (negatives: a plate, as sets 23-28)
FINDER = {"ssid": "FINDR-7C21", "ip": "192.168.4.1"}  # the fish finder's own Wi-Fi (a negative)
FISH_LICENCE = "NY-MFR-2025-0418829"  # her marine fishing registry number (national_id)
STATION = "8516945"  # a tide station's ID (a negative)

# --- Tenfix (tenants' repair requests) -----------------------------------------------------------
LANDLORD = ("Victor Albescu", "+12125550182", "v.albescu@example.net")  # typed by her
AGENT = {"name": "Kestrel Property Management", "phone": "+12125550119",
         "line": "12 West 31st Street", "mail": "repairs@kestrelpm.example.com"}  # negatives
BUILDING = "bld_50931"
DOOR_CODE = "4417#"  # the lobby's door code (secret.credential)
SON = ("Leo", 2016)  # her son (a data subject: name and birth year)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6, cat: str = PRECISE) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals."""
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a loan, a session, a swing, a request): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def vec(rng: random.Random, n: int) -> list[float]:
    """A unit-length float vector (a face or speaker embedding)."""
    raw = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in raw))
    return [round(x / norm, 5) for x in raw]


def wrist(rng: random.Random, n: int, hz: int = 200) -> list[dict[str, Any]]:
    """The wrist sensor's swing window: ``t`` in ms, acceleration (g) and rotation (deg/s)."""
    out = []
    for i in range(n):
        ph = i / n * math.pi * 2
        out.append({"t": i * 1000 // hz, "ax": round(3.2 * math.sin(ph) + rng.gauss(0, 0.2), 3),
                    "ay": round(1.1 * math.cos(ph) + rng.gauss(0, 0.2), 3),
                    "az": round(rng.gauss(0.9, 0.3), 3),
                    "gx": round(820 * math.sin(ph * 1.5) + rng.gauss(0, 20), 1),
                    "gy": round(rng.gauss(0, 90), 1), "gz": round(rng.gauss(0, 60), 1)})
    return out


def vitals(rng: random.Random, n: int, t0: int = 1765288800) -> list[list[int]]:
    """The dialysis machine's readings every 30 minutes: ``[t, systolic, diastolic, pulse]``."""
    return [[t0 + 1800 * i, rng.randrange(118, 152), rng.randrange(64, 90),
             rng.randrange(66, 92)] for i in range(n)]


def strokes(rng: random.Random, n: int) -> list[list[int]]:
    """A finger signature on the screen: ``[ms, x, y]`` rows."""
    return [[i * 14, 80 + i * 9 + rng.randrange(6), 400 + rng.randrange(-40, 40)]
            for i in range(n)]


def temps(rng: random.Random, n: int, t0: int = 1765252800) -> list[dict[str, Any]]:
    """A heat log's indoor readings every two hours (the flat's air: negatives)."""
    return [{"t": t0 + 7200 * i, "indoorF": round(rng.uniform(57, 63), 1),
             "outdoorF": round(rng.uniform(24, 31), 1)} for i in range(n)]


def near_home(i: int, nd: int = 6) -> tuple[float, float]:
    """A point a few metres from the profile's position (her building's entrance)."""
    return round(LAT + 0.00004 * i, nd), round(LON - 0.00003 * i, nd)


__all__ = ["AGENT", "BLOOD", "BOAT", "BOSTON_FIX", "BOSTON_UNIT", "BUDDY", "BUILDING", "CLABE",
           "COLLEAGUES", "COURSE", "CURP", "DONOR", "DOOR_CODE", "EMPLOYER", "FINDER",
           "FISH_LICENCE", "GA_NUMBER", "GLASSES", "HOSPITAL", "HOSPITAL_FIX", "LABS",
           "LANDLORD", "MADRID_FIX", "MARINA", "MARKET_AT", "MBI", "MRN", "MX_BOOK", "MX_HOME",
           "MX_HOME_AT", "MX_OFFICE_AT", "NEPHRO", "RANGE_FIX", "REFS", "RENAL_MEDS", "RFC",
           "RN_LICENCE", "SENSOR", "SHOTS", "SON", "SPOTS", "STAFF_BSSID", "STAFF_ID",
           "STAFF_SSID", "STATION", "TIENDA", "UNION", "UNION_NO", "UNIT", "WAITLIST", "fix",
           "home", "near_home", "obj", "strokes", "temps", "vec", "vitals", "wrist"]
