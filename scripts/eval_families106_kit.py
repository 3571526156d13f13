"""Helpers for the hundred-and-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families17_kit`` to
``eval_families24_kit``: ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's).

She and her daughter spend a year in Erbil (Kurdistan Region of Iraq): this kit holds her Erbil
flat in Ankawa and its point, her residency card, the neighbourhood generator (its owner, his
phone and the generator's point: negatives), the leishmaniasis clinic (a negative) and her
lesions, the Newroz festival's venue (a negative), the carpet cleaner's workshop (a negative), an
audiobook and its narrator, a used car for sale (the seller's: negatives) and her own car, the
private school (a negative), her daughter and the bus (negatives), and small generators.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her year in Erbil ------------------------------------------------------------------------
ERB = {"line": "Villa 27, Kolana 14", "district": "Ankawa 2", "city": "Hewlêr",
       "city_en": "Erbil", "region": "Kurdistan Region"}
ERB_AT = (36.232147, 43.989523)  # her Erbil flat (location.precise where sent)
RESIDENCY = "KRI-RC-19910447725"  # her residency card number (personal.national_id)
SPOUSE = ("Daniel Doe", "+15550148820")  # her husband, named on a form (contact.*)
LOCAL_MOBILE = "+9647504471193"  # her Erbil SIM's number (contact.phone where sent)

# --- Kareba Taxê (neighbourhood generator) ----------------------------------------------------
GEN = {"id": "mol-ank2-07", "owner": "Sherzad Mustafa", "phone": "+9647501130456",
       "lat": 36.23081, "lon": 43.98702}  # the generator and its owner (negatives)
SUBSCRIBER = "ANK2-07-0388"  # her subscriber number at the generator (id.user)
METER = "MTR-55120931"  # the meter's serial (an object: a negative)

# --- Leishcare (cutaneous leishmaniasis treatment tracker) ------------------------------------
CLINIC = {"id": "clc_104", "name": "Ankawa Dermatology Centre", "phone": "+9647509981200",
          "lat": 36.22411, "lon": 43.99602}  # negatives
DERM_DOC = ("Dr. Avin Rasul", "+9647502217744")  # her dermatologist, typed by her (contact.*)
PATIENT_NO = "LSH-ERB-25-00913"  # her treatment-programme patient number (health.medical)

# --- Newroz tickets ---------------------------------------------------------------------------
VENUE = {"id": "ven_citadel", "name": "Citadel Square", "lat": 36.19117, "lon": 44.00921}
TICKET = "NRZ25-A7K4Q9"  # her order reference (financial.purchase)

# --- Xalîçe Paqij (home carpet cleaning) ------------------------------------------------------
WORKSHOP = {"id": "ws_9", "phone": "+9647705512030", "lat": 36.25402, "lon": 43.97011}
BOOKING = "XP-88213"  # her booking number (financial.purchase)

# --- Dengname (Kurdish audiobooks) ------------------------------------------------------------
BOOK = {"id": "bk_30412", "title": "Mem û Zîn", "narrator": "Rêzan Şêx", "isbn": "9786050412208"}

# --- Otomêl (used-car marketplace) -------------------------------------------------------------
LISTING = {"id": "lst_771204", "vin": "JTMBFREV6JD120471", "price": 18500,
           "seller": "usr_5c0b19a2", "seller_phone": "+9647508832117",
           "lat": 36.20544, "lon": 44.02913}  # someone else's car (negatives)
MY_CAR = {"vin": "KMHD84LF3JU601734", "plate": "22 B 41127", "model": "Hyundai Elantra 2018"}

# --- Rêya Dibistanê (private school bus and fees) ---------------------------------------------
CHILD = {"first": "Sara", "dob": "2014-09-03", "age": 11, "grade": "Grade 6"}
STUDENT = "STU-2025-0417"  # her daughter's student number (id.user: the child's account)
SCHOOL = {"id": "sch_12", "name": "Ankawa Hills Private School", "phone": "+9647504000120",
          "lat": 36.24118, "lon": 43.99377}  # negatives
BUS = {"id": "bus_07", "plate": "22 E 88401", "driver": "Kak Jalal"}  # negatives
PICKUP = ("Shilan Ahmed", "+9647507712388")  # an authorised pick-up (contact.*)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def near(at: Pt, rng: random.Random, d: float = 0.002, nd: int = 6) -> Pt:
    """A point of hers near ``at`` (a walk, a drive)."""
    return (round(at[0] + rng.uniform(-d, d), nd), round(at[1] + rng.uniform(-d, d), nd))


def trace(rng: random.Random, n: int, start: Pt, end: Pt) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lon ``location.precise``; time and speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        out.append({"t": 1765400000 + 15 * i,
                    "lat": L(round(start[0] + (end[0] - start[0]) * f, 6), PRECISE),
                    "lon": L(round(start[1] + (end[1] - start[1]) * f, 6), PRECISE),
                    "spd": round(rng.uniform(0, 14), 1)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a chapter, a message): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BOOK", "BOOKING", "BUS", "CHILD", "CLINIC", "DERM_DOC", "ERB", "ERB_AT", "GEN",
           "LISTING", "LOCAL_MOBILE", "METER", "MY_CAR", "PATIENT_NO", "PICKUP", "RESIDENCY",
           "SCHOOL", "SPOUSE", "STUDENT", "SUBSCRIBER", "TICKET", "VENUE", "WORKSHOP", "fix",
           "near", "obj", "trace"]
