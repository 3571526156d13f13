"""Helpers for the hundred-and-twenty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's).

She (the profile's Jane Doe, her US phone, e-mail and SIM kept) lives in Dili, Timor-Leste, for a
few years with her husband Mateus Ximenes, their son Lucas (12) and baby daughter Ana; the
family has a coffee plot in Letefoho, Ermera. This kit holds her Dili home and fixes, the
family, her documents, and the businesses the apps name (negatives): the coffee cooperative's
warehouse, the dive boat and its harbour, the parish, the clinic, the weavers' group, the school
and the microlet stops; plus generators for her fixes on a microlet ride and a dive's depth
profile.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her life in Dili ---------------------------------------------------------------------------
HOME_LINE = "Rua Celestino da Silva 27, Aldeia Farol"  # her street address (contact.address)
HOME_SUKU, HOME_POSTU, HOME_MUN = "Motael", "Vera Cruz", "Dili"  # suku, post, municipality
HOME_AT = (-8.550731, 125.564208)  # her house in Farol (location.precise where sent)
OFFICE_AT = (-8.558904, 125.574316)  # her office in Colmera (her fix when she is there)
HUSBAND = ("Mateus Ximenes", "+67077234518", "+670 7723 4518")  # her husband (contact.*)
SON = ("Lucas Ximenes", "2013-03-08", 12)  # her son (name, birth date, age)
DAUGHTER = ("Ana Ximenes", "2025-09-14")  # her baby daughter
ELECTORAL = "0419-662-031"  # her electoral card number (personal.national_id)
PASSPORT_US = "567821904"  # her US passport (personal.national_id)
SON_BIRTH_CERT = "RC-DIL-2013-008811"  # the son's birth registration (personal.national_id)
SON_STUDENT_NO = "EBC-2019-04471"  # the son's student number at school (id.user, his account)
MOTHER_US = ("Carol Doe", "88 Maple Street", "Albany", "NY", "12203")  # her mother, a gift

# --- Kafemori (a coffee-export cooperative) ------------------------------------------------------
MEMBRU = "KM-ERM-00417"  # her membership number (id.user)
PLOT = [(-8.835712, 125.263941), (-8.835288, 125.264702), (-8.836105, 125.265118),
        (-8.836529, 125.264357)]  # the family plot's corners (her land: location.precise)
WAREHOUSE = {"id": "wh_ermera_02", "name": "Kafemori Gleno Warehouse",
             "phone": "+67077301122", "lat": -8.72391, "lon": 125.43817}  # a negative
BANK_ACCT = "0012-0044871-3"  # her bank account for payouts (financial.payment)
PASSWORD_KM = "Lafaek-Kafe-2291"

# --- Beloiboat (dive boat to Atauro) --------------------------------------------------------------
HARBOUR_AT = (-8.552171, 125.577310)  # the boat's jetty in Dili (a negative)
DIVE_SITE = {"id": "site_beloi_wall", "name": "Beloi Wall", "lat": -8.22114, "lon": 125.60688}
DIVE_ENTRY = (-8.221402, 125.606613)  # her dive computer's entry fix (location.precise)
DIVE_CERT = ("Advanced Open Water", "AOW-7781-2290-F")  # her training card (see docstring)
BOOKING_DV = "BB-25-1209-37"  # the trip booking reference (financial.purchase)

# --- Sakramentu (a Catholic parish) ---------------------------------------------------------------
PARISH = {"id": "par_farol_01", "name": "Paroki Nossa Senhora da Esperansa Farol",
          "phone": "+67033107741", "lat": -8.55132, "lon": 125.56855}  # a negative
GODPARENTS = [("Joana Belo", "+67077451209"), ("Rui Soares", "+67078310046")]
HER_BAPTISM = ("St. Brigid Parish, Albany NY", "1991-08-11")  # her own baptism record

# --- Febrila (a malaria and dengue clinic's telehealth) ------------------------------------------
CLINIC = {"id": "cl_dili_07", "name": "Klinika Febrila Bidau", "phone": "+67033312260",
          "doctor": "Dr. Filomena Guterres", "lat": -8.55673, "lon": 125.59104}  # a negative
PATIENT_NO = "FBR-0088213"  # her patient number at the clinic (health.medical, as set 37)

# --- Taisfeto (a tais-weaving women's group marketplace) -----------------------------------------
WEAVERS = {"id": "grp_oecusse_feto", "name": "Grupu Feto Soru Oecusse",
           "phone": "+67077688013", "lat": -9.20117, "lon": 124.36311}  # a negative
ORDER_TS = "TF-25-004812"  # her order number (financial.purchase)

# --- Bolsafuturu (a school scholarship application) -----------------------------------------------
SCHOOL = {"id": "sch_dili_114", "name": "Eskola Básika Central Farol",
          "phone": "+67033106650", "lat": -8.55011, "lon": 125.56133}  # a negative
APPLICATION = "BF-2026-013377"  # the application number (a case ID: a negative)

# --- Rotamikro (microlet routes and fares) --------------------------------------------------------
STOPS = {"farol": ("stp_0114", -8.55102, 125.56522), "colmera": ("stp_0031", -8.55861, 125.57394),
         "becora": ("stp_0208", -8.56477, 125.60213)}  # published stops (negatives)
MIKRO = {"route": "rt_10", "plate": "T-7712-MK", "driver_phone": "+67077910233"}  # negatives
WALLET_NO = "RM-WL-551820"  # her fare wallet (id.user: her account there)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trip(rng: random.Random, n: int, start: Pt = HOME_AT, end: Pt = OFFICE_AT,
         t0: int = 1765318200) -> list[dict[str, Any]]:
    """Her fixes on a microlet ride (lat/lon ``location.precise``; time and speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 30 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "kmh": round(rng.uniform(8, 31), 1)})
    return out


def depth(rng: random.Random, n: int) -> list[list[float]]:
    """A dive's depth profile ``[s, m, °C]`` every 20 s (her dive log)."""
    out, d = [], 0.0
    for i in range(n):
        down = i < n // 2
        d = min(24.0, d + rng.uniform(1.5, 3.0)) if down else max(0.0, d - rng.uniform(1, 2.6))
        out.append([i * 20, round(d, 1), round(28.4 - d * 0.06, 1)])
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a delivery, a trip, a message): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPLICATION", "BANK_ACCT", "BOOKING_DV", "CLINIC", "DAUGHTER", "DIVE_CERT",
           "DIVE_ENTRY", "DIVE_SITE", "ELECTORAL", "GODPARENTS", "HARBOUR_AT", "HER_BAPTISM",
           "HOME_AT", "HOME_LINE", "HOME_MUN", "HOME_POSTU", "HOME_SUKU", "HUSBAND", "MEMBRU",
           "MIKRO", "MOTHER_US", "OFFICE_AT", "ORDER_TS", "PARISH", "PASSPORT_US", "PASSWORD_KM",
           "PATIENT_NO", "PLOT", "SCHOOL", "SON", "SON_BIRTH_CERT", "SON_STUDENT_NO", "STOPS",
           "WALLET_NO", "WAREHOUSE", "WEAVERS", "depth", "fix", "obj", "trip"]
