"""Helpers for the fifty-second (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Berlin (a four-month secondment), her
Steuer-ID and German account, the bike-share's stations and vehicles (negatives), her rides
there; her dermatologist, her creams and triggers, the clinic (a negative); the hearing aids
(an accessory's identifiers: negatives), the audiologist and her practice (negatives), her
audiogram and fitting prescription; the cat, its microchip and a neighbour's cat (negatives),
the pet door's hub and flap (negatives); her employer and its warehouse (negatives), her work
e-mail and bank transactions; the hospice (a negative), its patients (third persons), her
background check; the climbing gym (a negative), its Wi-Fi, her membership card, the wrist
band (negatives), route logs, heart-rate series and a signature's strokes.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Radflott (a Berlin e-scooter and bike-share subscription; German keys) -------------------
DE_HOME = {"strasse": "Schönhauser Allee 112", "zusatz": "Hinterhaus, 3. OG", "plz": "10439",
           "ort": "Berlin"}
DE_HOME_AT = (52.548731, 13.413592)  # her Berlin flat (location.precise where sent)
STEUER_ID = "57219064357"  # her German tax ID, eleven digits (personal.national_id)
IBAN_DE = "DE38100100100718204455"  # her Berlin salary account (financial.payment)
DE_OFFICE_AT = (52.507914, 13.390462)  # her Berlin office (her own place where she sends it)
STATION = {"id": "RF-BER-0871", "name": "U Eberswalder Straße", "lat": 52.54138,
           "lon": 13.41232, "docks": 18}  # a station (the operator's: a negative)
ESCOOTER = {"id": "RF-S-40217", "qr": "rf://v/40217-HT", "serial": "RFS2-2302-040217",
            "ble": "E2:9C:41:07:3B:5A", "battery": 64}  # the fleet's vehicle (negatives)
EBIKE = {"id": "RF-B-11893", "qr": "rf://v/11893-KW", "serial": "RFB1-2211-011893"}
RIDE_A = (52.548412, 13.413071)  # near her flat
RIDE_B = (52.521308, 13.410954)  # where she parked, by Alexanderplatz
ABO = "RF-ABO-2512-30417"  # her subscription contract number (financial.purchase)
NET_DE = ("26203", "Spreenetz")  # the roaming network's MCC/MNC and name (location.carrier)

# --- Flarebook (an eczema and skin-flare photo diary) -----------------------------------------
DERM = ("Dr. Lena Whitfield", "lwhitfield@parkderm.example.com", "+12125550194")  # typed by her
DERM_CLINIC = {"id": "clin_5512", "name": "Park Avenue Dermatology", "phone": "+12125550196",
               "line": "625 Park Avenue", "lat": 40.76631, "lon": -73.96651}  # a negative
CREAMS = ["Tacrolimus 0.1% ointment", "Hydrocortisone 2.5% cream", "Dupilumab 300 mg"]
TRIGGERS = ["wool", "stress", "cold dry air", "chlorine"]
MEMBER_FB = "EHP884120931"  # her health-insurance member ID (health.medical)

# --- Hearloom (a hearing-aid fitting app for an audiologist's remote session) ----------------
AIDS = {"left": {"serial": "ARC5-L-22904417", "ble": "C0:97:27:5E:11:4A", "model": "Arcus 5 RIC",
                 "fw": "5.1.3", "battery": 74},
        "right": {"serial": "ARC5-R-22904431", "ble": "C0:97:27:5E:11:6F",
                  "model": "Arcus 5 RIC", "fw": "5.1.3", "battery": 69}}  # negatives
AUDIOLOGIST = {"id": "aud_3307", "name": "Dr. Priya Raman, AuD", "phone": "+12125550172",
               "practice": "Lexington Hearing Associates", "lat": 40.75412,
               "lon": -73.97581}  # the professional and her practice (negatives)
FREQS = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]
AUDIOGRAM = {"left": [15, 20, 30, 40, 50, 55, 60, 65], "right": [20, 25, 35, 45, 55, 60, 70, 70]}
TARGETS = {"left": [4, 8, 14, 21, 26, 28, 30, 31], "right": [6, 10, 17, 24, 29, 32, 35, 35]}
MEMBER_HL = "HRN550921774"  # her insurance member ID (health.medical)

# --- Purrtal (a smart pet door) --------------------------------------------------------------
CAT = {"name": "Miso", "species": "cat", "breed": "Domestic Shorthair", "dob": "2020-06-11",
       "sex": "female", "weight_kg": 4.2, "microchip": "900164001234567"}  # the cat: negatives
STRAY_CHIP = "941000024681357"  # a neighbour's cat that tried the flap (a negative)
HUB = {"serial": "PTH-2207-00931", "mac": "70:B3:D5:1A:2C:3E", "fw": "1.9.4",
       "lan": "192.168.1.57"}  # the pet door's hub (another device: negatives)
FLAP = {"serial": "PTD-2207-11842", "ble": "DC:A6:32:0B:77:19", "fw": "3.0.2", "battery": 81}
WIFI_PASS = "Lemon-Tree-5519"  # her home Wi-Fi password (secret.credential)
NEIGHBOURS = ["f0:9f:c2:3a:10:44", "64:d1:54:8e:2b:07", "b0:be:76:c1:5d:e2"]  # nearby BSSIDs

# --- Paydrift (a payday-advance app) ---------------------------------------------------------
EMPLOYER = {"name": "Lumen Street Logistics", "ein": "84-2291037", "phone": "+17185550115",
            "line": "1 Bay Ridge Terminal"}  # her employer (negatives: a business's)
WAREHOUSE_AT = (40.65781, -74.01962)  # the employer's warehouse (a negative)
WORK_FIX = (40.657932, -74.019417)  # her phone at work (location.precise)
WORK_MAIL = "jdoe@lumenstreet.example.com"  # her work mailbox (contact.email)
ACCT = ("110000000", "7730419952")  # her checking account: routing, number (financial.payment)
DEBIT_LAST4 = "6621"

# --- Vigilrota (hospice volunteer scheduling) ------------------------------------------------
HOSPICE = {"id": "hsp_044", "name": "Stillwater Hospice House", "line": "410 East 73rd Street",
           "phone": "+12125550108", "lat": 40.76812, "lon": -73.95377}  # a negative
HOSPICE_FIX = (40.768204, -73.953911)  # her phone at the hospice's door
HOSPICE_WIFI = ("Stillwater-Guest", "4c:5e:0c:91:a2:38")  # the network she joins there
PATIENTS = [{"id": "pt_7731", "name": "Harold Feld", "room": "12B"},
            {"id": "pt_7746", "name": "Ruth Okonkwo", "room": "14A"}]  # third persons
LICENCE = "731 902 448"  # her New York driver's licence (personal.national_id)
PRIOR = ["88 Grove Street, Jersey City, NJ 07302", "12 Maple Lane, Ithaca, NY 14850"]

# --- Cruxhold (a rock-climbing gym) ----------------------------------------------------------
GYM = {"id": "gym_bk02", "name": "Cruxhold Gowanus", "line": "245 Nevins Street",
       "phone": "+17185550153", "lat": 40.67603, "lon": -73.98921}  # a negative
GYM_FIX = (40.676118, -73.989043)  # her phone at the front desk
GYM_WIFI = ("Cruxhold-Members", "e8:48:b8:2d:71:90")  # the network she joins there
CARD = "CRX-0418822"  # her membership card (id.user)
BAND = {"serial": "CXB1-0047718", "ble": "D4:36:39:A1:5E:02", "fw": "2.4.0"}  # negatives
HANDLE = "janeonsight"  # her leaderboard name (id.user)
LOCKER = "4471"  # her locker code (secret.credential)
BELAYER = ("Marco Ruiz", "+17185550168")  # her climbing partner, typed by her (contact.*)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def trace(rng: random.Random, n: int, a: Pt, b: Pt, keys: tuple[str, str] = ("lat", "lon"),
          t0: int = 1765312000) -> list[dict[str, Any]]:
    """Her fixes from ``a`` to ``b`` (lat/lon ``location.precise``; speed and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = a[0] + (b[0] - a[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = a[1] + (b[1] - a[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"ts": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(8, 20), 1)})
    return out


def hr_series(rng: random.Random, n: int, base: int = 96) -> list[list[int]]:
    """The wrist band's heart rate, ``[seconds, bpm]`` rows over a climbing session."""
    return [[i * 5, int(base + 40 * abs(math.sin(i / 7)) + rng.randrange(-4, 5))]
            for i in range(n)]


def ascents(rng: random.Random) -> list[dict[str, Any]]:
    """Her logged routes: the gym's route IDs, grades, attempts, sent or not."""
    rows = [("V3", 1, True), ("V4", 3, True), ("V5", 5, False), ("5.10c", 2, True),
            ("5.11a", 4, False)]
    return [{"route": "rt_" + rnd_hex(rng, 8), "grade": g, "attempts": a, "sent": s,
             "wall": rng.choice(["cave", "slab", "prow"])} for g, a, s in rows]


def strokes(rng: random.Random, n: int) -> list[list[float]]:
    """A signature drawn on the screen: ``[x, y, pressure, ms]`` rows (one series)."""
    x, out = 60.0, []
    for i in range(n):
        x += rng.uniform(4, 9)
        out.append([round(x, 1), round(300 + 40 * math.sin(i / 3) + rng.uniform(-6, 6), 1),
                    round(rng.uniform(0.25, 0.85), 2), i * 14])
    return out


def txns(rng: random.Random) -> list[dict[str, Any]]:
    """Her checking account's recent transactions (the aggregator's IDs not)."""
    rows = [("LUMEN STREET LOGISTICS PAYROLL", "1184.62", "income"),
            ("Key Food #112", "-47.18", "groceries"), ("MTA OMNY", "-2.90", "transport"),
            ("Con Ed", "-91.40", "utilities"), ("Duane Pharmacy", "-23.75", "health"),
            ("Overdraft fee", "-35.00", "fees")]
    return [{"id": "txn_" + rnd_hex(rng, 12), "posted": f"2025-12-0{i + 1}", "desc": d,
             "amount": a, "category": c} for i, (d, a, c) in enumerate(rows)]


def gains(rng: random.Random, n: int = 16) -> list[float]:
    """A feedback canceller's path estimate (the aids' acoustics: a look-alike series)."""
    return [round(rng.gauss(0, 0.08), 4) for _ in range(n)]


def near_lan(last: int) -> str:
    """Another device on her home network (the hub, a TV): a negative."""
    return f"192.168.1.{last}"


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a ride, a flare, a shift): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def away(dlat: float, dlon: float, nd: int = 5) -> Pt:
    """A point of hers away from the profile's position (the phone elsewhere in the city)."""
    return round(LAT + dlat, nd), round(LON + dlon, nd)


__all__ = ["ABO", "ACCT", "AIDS", "AUDIOGRAM", "AUDIOLOGIST", "BAND", "BELAYER", "CARD", "CAT",
           "CREAMS", "DEBIT_LAST4", "DERM", "DERM_CLINIC", "DE_HOME", "DE_HOME_AT",
           "DE_OFFICE_AT", "EBIKE", "EMPLOYER", "ESCOOTER", "FLAP", "FREQS", "GYM", "GYM_FIX",
           "GYM_WIFI", "HANDLE", "HOSPICE", "HOSPICE_FIX", "HOSPICE_WIFI", "HUB", "IBAN_DE",
           "LICENCE", "LOCKER", "MEMBER_FB", "MEMBER_HL", "NEIGHBOURS", "NET_DE", "PATIENTS",
           "PRIOR", "RIDE_A", "RIDE_B", "STATION", "STEUER_ID", "STRAY_CHIP", "TARGETS",
           "TRIGGERS", "WAREHOUSE_AT", "WIFI_PASS", "WORK_FIX", "WORK_MAIL", "ascents", "away",
           "fix", "gains", "home", "hr_series", "near_lan", "obj", "strokes", "trace", "txns"]
