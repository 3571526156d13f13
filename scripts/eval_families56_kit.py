"""Helpers for the fifty-sixth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her rented flat in Prague (she is there for a
semester: her address while there, so labelled), her Czech birth number, the pharmacy app's
dispatch hub and courier (negatives); the long-COVID clinic (a negative), her chest strap (an
accessory: negatives) and generators for heart-rate samples and symptom days; the e-bike and its
theft tracker (the tracker's own IMEI and SIM are another device's: negatives), the office rack
where she parks; the video relay's interpreter and the people she calls; the teen driver (her
son Eli, a data subject), the family car (negatives) and a braking window; the laundromat
(a business: negatives, its machines and prices too); her late mother and the support group.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]
FIT, MED, NATID = "health.fitness", "health.medical", "personal.national_id"

# --- Lekovka (pharmacy delivery in Prague): her semester flat ----------------------------------
CZ_HOME = {"ulice": "Korunní 1208/74", "byt": "byt 12, 3. patro", "mesto": "Praha 2",
           "psc": "120 00"}
CZ_HOME_AT = (50.075338, 14.445912)  # her Prague flat (location.precise where sent)
RODNE_CISLO = "915517/3005"  # her Czech birth number (valid mod 11; personal.national_id)
HUB = {"id": "LK-PRG-02", "nazev": "Lekovka výdejní sklad Vinohrady",
       "adresa": "Vinohradská 2411/151", "telefon": "+420 222 555 014",
       "lat": 50.07771, "lon": 14.45993}  # the dispatch hub (a business: negatives)
COURIER_AT = (50.07691, 14.45212)  # the courier's live position (not hers: a negative)
SUKL = ["0012345", "0209871", "0187442"]  # the drug agency's product codes (look-alikes)
EPRESCRIPTION = "K9X2M4T7Q1PZ"  # her e-prescription token (health.medical)
OBJEDNAVKA = "LK-251209-4471"  # her order number (financial.purchase)

# --- Lingerlog (long-COVID symptoms and heart rate) --------------------------------------------
POSTCOVID = {"id": "pcc_118", "name": "Midtown Post-COVID Recovery Clinic",
             "phone": "+12125550169", "line": "160 East 34th Street",
             "lat": 40.74551, "lon": -73.97882}
STRAP = {"serial": "LGR-HS1-2204871", "ble": "E4:11:5B:7A:02:C9", "fw": "1.8.4",
         "model": "Lingerlog Strap"}  # her chest strap (an accessory: negatives)

# --- Voltlatch (an e-bike with a theft-alarm GPS tracker) --------------------------------------
EBIKE = {"frame": "VLT-F23-0088412", "motor": "BFM-250-771203", "model": "Voltlatch City 3",
         "battery_serial": "VB36-11-402288"}  # the bike (negatives)
TRACKER = {"imei": "864821051173627", "iccid": "8944501234567890123", "fw": "t2.11",
           "id": "trk_5c0a9e21"}  # the tracker's own modem and SIM (another device: negatives)
OFFICE_RACK_AT = (40.75233, -73.98119)  # the rack outside her office (her own fix there)
SHOP_AT = (40.73412, -73.99271)  # the bike shop (a business: a negative)
BIKE_PIN = "6294"  # the bike's unlock PIN (secret.credential)

# --- Handwave Relay (sign-language video relay) ------------------------------------------------
INTERPRETER = "vi_20714"  # the video interpreter's ID (a negative)
CALLEE = ("Dr. Priya Raman", "+12125550184")  # her dentist's office, dialled by her
RELAY_NO = "+13475550102"  # her ten-digit relay number (contact.phone: it rings her)
SSN_LAST4 = "4325"

# --- Steadyroad (teen driver insurance telematics) ---------------------------------------------
TEEN = {"first": "Eli", "last": "Doe", "dob": "2009-03-02", "permit": "LP-481 227 390",
        "id": "drv_7d31a04e"}  # her son (a data subject)
POLICY = "SR-NY-55120448"  # her auto policy (id.user: her account at the insurer)
CAR = {"vin": "1HGCV1F30NA012345", "plate": "KZR-4471", "make": "Honda", "model": "Accord",
       "year": 2022}  # the family car (negatives)
SCHOOL_AT = (40.76871, -73.98206)  # the teen's school (a place: a negative)

# --- Spincoin (coin laundry) --------------------------------------------------------------------
LAUNDROMAT = {"id": "loc_20417", "name": "Suds & Spin 2nd Ave", "line": "412 2nd Avenue",
              "phone": "+12125550152", "lat": 40.73921, "lon": -73.97962}
MACHINES = ["W-07", "W-08", "D-14"]
PRICES = {"wash_small": 3.25, "wash_large": 5.5, "dry_per_8min": 0.25}  # a price list
CARD_SPIN = "SPN 0044 1829 77"  # her laundry card (id.user: her account there)

# --- Lanternrest (bereavement support) ----------------------------------------------------------
MOTHER = {"name": "Margaret Doe", "died": "2025-10-28", "cause": "pancreatic cancer"}
GROUP_LOSS = "grp_parent_loss_11"
CRISIS_LINE = "+18005550111"  # a published helpline number (a look-alike)
COUNSELLOR = "csl_4470"


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def hr(rng: random.Random, n: int, base: int = 78, t0: int = 1765290000) -> list[list[int]]:
    """Heart-rate samples ``[epoch_s, bpm]`` every 5 s (a postural rise in the middle)."""
    return [[t0 + 5 * i, base + int(30 * math.exp(-((i - n / 2) ** 2) / 20)) + rng.randrange(-2, 3)]
            for i in range(n)]


def rr(rng: random.Random, n: int) -> list[int]:
    """Beat-to-beat intervals in ms (the strap's HRV stream)."""
    return [rng.randrange(640, 860) for _ in range(n)]


def trace(rng: random.Random, n: int, start: Pt, end: Pt, nd: int = 6) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        out.append({"ts": 1765311000 + 15 * i,
                    "lat": L(round(start[0] + (end[0] - start[0]) * f
                                   + rng.uniform(-5e-5, 5e-5), nd), PRECISE),
                    "lon": L(round(start[1] + (end[1] - start[1]) * f
                                   + rng.uniform(-5e-5, 5e-5), nd), PRECISE),
                    "kmh": round(rng.uniform(12, 25), 1)})
    return out


def accel(rng: random.Random, n: int) -> list[list[float]]:
    """A hard-braking window: ``[ms, ax, ay, az]`` rows in m/s²."""
    return [[i * 20, round(-6.5 * math.exp(-((i - n / 2) ** 2) / 30) + rng.gauss(0, 0.2), 3),
             round(rng.gauss(0, 0.3), 3), round(9.81 + rng.gauss(0, 0.2), 3)] for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a trip, a call): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "BIKE_PIN",
    "CALLEE",
    "CAR",
    "CARD_SPIN",
    "COUNSELLOR",
    "COURIER_AT",
    "CRISIS_LINE",
    "CZ_HOME",
    "CZ_HOME_AT",
    "EBIKE",
    "EPRESCRIPTION",
    "FIT",
    "GROUP_LOSS",
    "HUB",
    "INTERPRETER",
    "LAT",
    "LAUNDROMAT",
    "LON",
    "MACHINES",
    "MED",
    "MOTHER",
    "NATID",
    "OBJEDNAVKA",
    "OFFICE_RACK_AT",
    "POLICY",
    "POSTCOVID",
    "PRICES",
    "RELAY_NO",
    "RODNE_CISLO",
    "SCHOOL_AT",
    "SHOP_AT",
    "SSN_LAST4",
    "STRAP",
    "SUKL",
    "TEEN",
    "TRACKER",
    "accel",
    "fix",
    "home",
    "hr",
    "obj",
    "rr",
    "trace",
]
