"""Helpers for the seventy-eighth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families27_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends a year in Lagos (her US number roams): her
flat in Surulere, her stall at Balogun market (her workplace), her NIN, BVN and Naira account,
the Lagos locale; the trader app's customers on credit (people she types in) and a supplier (a
business: a negative); the transplant centre and the Lagos lab (negatives), her nephrologist, her
transplant and medicines; her parish (a negative as a place; her membership is what she sends),
her member number and pledge; the braiding salon, its stylist and its point (negatives); danfo
stops and a bus (negatives) and her fixes on a ride; her poultry farm in Ogun State, its flocks
and other farms' points (negatives) and the vet; her nephew at the university (his data).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ, LOCALE = "Africa/Lagos", "en_NG"
ACCEPT_LANG = "en-NG,en;q=0.9,yo;q=0.6"

# --- her Lagos year ----------------------------------------------------------------------------
HOME_NG = {"line": "Flat 6, 17 Alhaji Masha Road", "area": "Surulere", "city": "Lagos",
           "state": "Lagos"}
HOME_NG_AT = (6.498731, 3.352904)  # her Surulere flat (her own place)
STALL = {"line": "Shop C14, Balogun Market", "area": "Lagos Island"}
STALL_AT = (6.456418, 3.389472)  # her stall (her workplace)
NIN = "70123948561"  # her National Identification Number (personal.national_id)
BVN = "22187461039"  # her Bank Verification Number (personal.national_id, a call)
ACCT_NG, BANK_CODE = "0123456789", "901"  # her Naira account (NUBAN) and its bank's code

# --- Ojabook (a market trader's inventory and credit book) -------------------------------------
DEBTORS = [("Mama Bisi Okonkwo", "+2348055501231"), ("Chinedu Eze", "+2348095550177"),
           ("Alhaja Kudirat Bello", "+2347035550164")]  # customers on credit (she types them)
SUPPLIER = {"id": "sup_kn0071", "name": "Kano Textiles Depot", "phone": "+2348025550100"}
SKUS = ["ANK-HOL-6Y", "ADR-IND-4Y", "LACE-SWS-5Y", "GELE-DMK-1"]  # her stock (negatives)
STORE_CODE = "OJB-LI-22871"  # the shop's listing code (a business's: a negative)

# --- Kindinwell (a kidney-transplant immunosuppressant tracker) ---------------------------------
CENTRE = {"id": "tc_0412", "name": "Hudson Valley Transplant Institute",
          "phone": "+19145550123"}  # her transplant centre in New York (a negative)
LAB = {"id": "lab_lg_019", "name": "Marina Diagnostics", "line": "12 Broad Street, Lagos Island",
       "lat": 6.45402, "lon": 3.39076}  # the Lagos lab (a negative)
NEPHRO = ("Dr. Folake Adebayo", "+2348025550118", "f.adebayo@lagoonkidney.example.com")
TX_DATE, TX_RECIPIENT = "2023-03-14", "HVT-TX-0098812"  # transplant date, recipient number
MEDS = [("Tacrolimus XR", "4 mg", "08:00"), ("Mycophenolate mofetil", "500 mg", "08:00,20:00"),
        ("Prednisone", "5 mg", "08:00")]

# --- Ikore Harvest (a church-harvest fundraising app) -----------------------------------------
PARISH = {"id": "par_0317", "name": "St. Jude's Anglican Church, Surulere",
          "phone": "+2348035550102", "lat": 6.49688, "lon": 3.35712}  # the church (a negative)
MEMBER_CH = "SJS-04471"  # her parish member number (id.user)
PLEDGE = "HV25-0912"  # her harvest pledge's reference (financial.purchase)
MOTHER = "Mrs. Adunni Doe"  # her late mother, named in a dedication she types

# --- Didikemi Braids (a braiding salon) --------------------------------------------------------
SALON = {"id": "sal_yaba01", "name": "Didikemi Braids Yaba", "line": "40 Commercial Avenue",
         "phone": "+2348035550190", "lat": 6.50941, "lon": 3.37815}  # the salon (a negative)
STYLIST = "sty_0092"
BOOKING_BR = "DK-7Q2M41"  # her booking's code (financial.purchase)

# --- Gbera (danfo routes and fares) ------------------------------------------------------------
STOPS = {"Ojuelegba": ("stp_ojl", 6.50962, 3.36481), "CMS": ("stp_cms", 6.45211, 3.39107),
         "Yaba": ("stp_yab", 6.51562, 3.37998), "Obalende": ("stp_obl", 6.44861, 3.40432)}
BUS = {"id": "bus_7731", "plate": "KJA 482 XY", "route": "R-OJL-CMS"}  # the danfo (negatives)
WALLET_CARD = "GB0042778122"  # her fare wallet's card number (id.user)
BOARD_FIX = (6.509554, 3.364927)  # her phone at Ojuelegba when she boards
ALIGHT_FIX = (6.452301, 3.390884)  # at CMS when she gets off

# --- Adiyelog (a small-holder poultry farm's vaccination log) ----------------------------------
FARM = {"name": "Doe Family Poultry", "reg": "OG-PF-2207-118", "town": "Mowe",
        "state": "Ogun"}
FARM_AT = (6.807342, 3.436915)  # her farm (her own place)
FLOCKS = ["FL-2511-A", "FL-2511-B", "FL-2509-C"]  # flock IDs (negatives)
OTHER_FARMS = [(6.82114, 3.45021), (6.79042, 3.41283), (6.83331, 3.39917)]  # (negatives)
VET = ("Dr. Emeka Nwosu", "+2348065550139")  # the vet she adds (contact.*)

# --- Abajade (a university exam-results portal; her nephew's data) -----------------------------
NEPHEW = {"first": "Tunde", "last": "Adeyemi", "matric": "220611047", "dob": "2004-09-12",
          "email": "tunde.adeyemi@students.lcu.example.edu", "phone": "+2348105550147",
          "nin": "48102937516", "jamb": "20241234567FB", "origin": "Osun"}
UNI = {"code": "LCU", "name": "Lagoon City University", "lat": 6.51723, "lon": 3.39721}
SCRATCH = ("4821-7730-1195", "LCU-SC-00912843")  # a result-checker card's PIN and serial


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def bus_ride(rng: random.Random, n: int, start: Pt = BOARD_FIX, end: Pt = ALIGHT_FIX,
             t0: int = 1765350000) -> list[dict[str, Any]]:
    """Her fixes on the danfo, start to end (lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.0002, 0.0002)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.0002, 0.0002)
        out.append({"t": t0 + 45 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "kmh": round(rng.uniform(4, 38), 1)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a sale, a dose, a bid, a trip, a flock event): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCEPT_LANG", "ACCT_NG", "ALIGHT_FIX", "BANK_CODE", "BOARD_FIX", "BOOKING_BR", "BUS",
           "BVN", "CENTRE", "DEBTORS", "FARM", "FARM_AT", "FLOCKS", "HOME_NG", "HOME_NG_AT",
           "LAB", "LOCALE", "MEDS", "MEMBER_CH", "MOTHER", "NEPHEW", "NEPHRO", "NIN",
           "OTHER_FARMS", "PARISH", "PLEDGE", "SALON", "SCRATCH", "SKUS", "STALL", "STALL_AT",
           "STOPS", "STORE_CODE", "STYLIST", "SUPPLIER", "TX_DATE", "TX_RECIPIENT", "TZ", "UNI",
           "VET", "WALLET_CARD", "bus_ride", "fix", "obj"]
