"""Helpers for the hundred-and-twenty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Lae, Morobe Province, Papua New Guinea,
for a year with her husband's family (her US phone roams; the profile's New York position is her
home address on file there): her house in Eriku and its address, her husband and her daughter,
her PNG identity card, her mobile-money wallet and PIN; the PMV bus (its plate, route, driver and
stops are negatives) and her fixes on a trip; the market (a negative), her betel-nut stall and
her fix at it; the bed-net distribution's aid post (a negative) and her household; her family's
coffee garden near Wau (its corners are her place) and the buyer's depot (a negative); the
daughter's school (a negative) and loan; the antenatal clinic (haus sik: a negative); airtime
agents (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- her household in Lae -------------------------------------------------------------------
HOME_LAE = (-6.718342, 146.992871)  # her house in Eriku, Lae (location.precise where sent)
ADRES = {"line": "Seksen 41 Lot 12, Eriku", "taun": "Lae", "provins": "Morobe", "pos": "411"}
HASBAN = ("Kila Gawi", "+67571234567")  # her husband (contact.* of another person)
DAUGHTER = {"first": "Grace", "last": "Gawi", "dob": "2014-03-11", "gender": "female",
            "grade": 6, "student": "EHP-19-0412"}  # the child (a data subject)
NID = "2207556188413"  # her PNG national identity card number (personal.national_id)
WALLET = "7701228493"  # her mobile-money wallet number (financial.payment)
MM_PIN = "4826"  # the wallet PIN (secret.credential)

# --- Kar Pasindia (PMV bus fares) -------------------------------------------------------------
BUS = {"plate": "PBH 447", "route": "11", "driver": "drv_0915", "owner": "Morobe Kar Lain"}
STOP_EKI = (-6.72044, 146.99102)  # a PMV stop (the operator's: a negative)
STOP_MAKET = (-6.73081, 146.99644)
BOARD_FIX = (-6.720381, 146.991174)  # where she boarded (her fix)
ALIGHT_FIX = (-6.730922, 146.996511)
FARE_CARD = "KP04418372"  # her fare card (id.user)

# --- Maket Meri (betel-nut stall) -------------------------------------------------------------
MARKET = {"id": "LMM", "name": "Lae Main Market", "lat": -6.73102, "lon": 146.99705,
          "phone": "+6754721180", "office": "Market Office, Bumbu Road"}
STALL = "B-117"  # her stall's number (the market's: a negative)
STALL_FIX = (-6.731144, 146.997212)  # her phone at the stall
WHOLESALER = {"id": "whs_2210", "name": "Markham Buai Holsel", "phone": "+67573390112"}

# --- Taitnet (bed-net distribution registry) --------------------------------------------------
AIDPOST = {"id": "AP-MRB-0231", "name": "Eriku Aid Post", "lat": -6.71655, "lon": 146.99411,
           "phone": "+6754725531"}
CAMPAIGN = "LLIN-MRB-2025-R3"  # the distribution round (a negative)
NET_LOTS = ["PN3-25-44817", "PN3-25-44818", "PN3-25-44819"]  # nets' lot codes (negatives)

# --- Kopi Bung (coffee buyer) -----------------------------------------------------------------
GARDEN = [(-7.338120, 146.712455), (-7.338561, 146.713207), (-7.339318, 146.712894),
          (-7.338902, 146.712031)]  # her family's garden near Wau (its corners: her place)
DEPOT = {"id": "dep_wau_02", "name": "Wau Kopi Depot", "lat": -7.34021, "lon": 146.71883,
         "phone": "+6754746210"}
FARMER_NO = "KB-FR-07731"  # her grower number at the buyer (id.user)

# --- Skulmani (school-fee loan) ---------------------------------------------------------------
SCHOOL = {"id": "sch_mrb_118", "name": "Eriku Hill Primary School", "bsp": "1001447291",
          "phone": "+6754723304"}  # the school (its bank account a negative)
LOAN = "SFL-25-00871"  # the loan's number (financial.purchase)

# --- Mamakea (antenatal clinic) ---------------------------------------------------------------
HAUS_SIK = {"id": "hs_anc_07", "name": "Eriku Mama Haus Sik", "lat": -6.71483, "lon": 146.99627,
            "phone": "+6754722218"}
ANC_NO = "ANC-0725-0334"  # her antenatal card number (health.medical)
MIDWIFE = "Sista Ruth"  # the clinic's midwife (a public staff name on the roster: a negative)

# --- Kredit Kwik (airtime and mobile money) ---------------------------------------------------
AGENT = {"id": "agt_10447", "name": "Tok Tok Stoa Eriku", "phone": "+67570045521"}


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home_ny(nd: int = 5) -> tuple[L, L]:
    """The profile's position (her New York home on file) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def trip(rng: random.Random, n: int, start: Pt = BOARD_FIX, end: Pt = ALIGHT_FIX,
         t0: int = 1765330000) -> list[dict[str, Any]]:
    """Her fixes on a PMV ride (lat/lon ``location.precise``; time and speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 30 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(8, 35), 1)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a sale, a delivery): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ADRES", "AGENT", "AIDPOST", "ALIGHT_FIX", "ANC_NO", "BOARD_FIX", "BUS", "CAMPAIGN",
           "DAUGHTER", "DEPOT", "FARE_CARD", "FARMER_NO", "GARDEN", "HASBAN", "HAUS_SIK",
           "HOME_LAE", "LOAN", "MARKET", "MIDWIFE", "MM_PIN", "NET_LOTS", "NID", "SCHOOL",
           "STALL", "STALL_FIX", "STOP_EKI", "STOP_MAKET", "WALLET", "WHOLESALER", "fix",
           "home_ny", "obj", "trip"]
