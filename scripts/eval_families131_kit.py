"""Helpers for the hundred-and-thirty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

The story: the profile's user (Jane Doe, New York) is married to Farrukh Rahimov, a Tajik
labour migrant who works on building sites in Moscow; she spends this year in Dushanbe with their
daughter Zarina in a flat on kuchai Bokhtar, keeping her US SIM (roaming: the SIM's MCC/MNC and
carrier are the profile's, the network's country is Tajikistan). The capture starts with a few
calls at her New York home (the profile's position) before the flight.

This kit adds what the set's apps share: her Dushanbe flat and her fixes in the city, her US
passport, the husband and the daughter, the dried-fruit wholesaler's stall (a business: a
negative), the shared-taxi stand and the jeep (negatives), the mosque (a negative), the thyroid
clinic and her endocrinologist, the remittance's transfer, the weaving school and its teacher
(negatives), the mountain hydro cooperative's station and her in-laws' house in the Pamirs.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- her, in Dushanbe --------------------------------------------------------------------------
DU_HOME = {"line": "kuchai Bokhtar 27, khonai 14", "city": "Dushanbe", "district": "nohiyai Sino",
           "zip": "734025", "country": "TJ"}
DU_HOME_AT = (38.574213, 68.781906)  # her Dushanbe flat (location.precise where sent)
DU_MARKET_FIX = (38.579664, 68.796318)  # her phone at the bazaar
PASSPORT_US = "568214730"  # her US passport number (personal.national_id)
DOB_TJ = "17.05.1991"  # the profile's birth date, as Tajik forms write it
HUSBAND = ("Farrukh Rahimov", "+79165550142")  # in Moscow (another person: contact.*)
HUSBAND_PASSPORT = "400812345"  # his Tajik passport number, on a transfer (personal.national_id)
DAUGHTER = ("Zarina", "2014-03-08", 11)  # their daughter (a data subject: first name, DOB, age)

# --- Zardolu (a dried-fruit wholesaler's app) --------------------------------------------------
STALL = {"id": "zd_st_0412", "nom": "Zardolu Yaklukht, qatori 4, dokoni 112",
         "telefon": "+992372210143", "lat": 38.57981, "lon": 68.79655}  # the stall (negatives)
FARMOISH = "ZD-2512-40718"  # her wholesale order number (financial.purchase)
SKUS = ["zrd-khubon-1kg", "mvz-sabz-5kg", "chrm-maghz-1kg", "tut-khushk-2kg"]  # products

# --- Kuhroh (shared taxis on the Pamir highway) -------------------------------------------------
STAND_AT = (38.55391, 68.80612)  # the Khorog taxi stand in Dushanbe (a negative)
JEEP = {"id": "kr_v_3318", "plate": "0418 BD 04", "driver": "Davlat", "phone": "+992935550177"}
BRON = "KR-7Q4X2M"  # her seat booking code (financial.purchase)
PERMIT = "GBAO-25-118204"  # her GBAO border-zone permit number (personal.national_id)
TRIP_FIXES = [(38.569144, 68.812077), (38.497718, 69.062391), (38.236650, 69.521204)]

# --- Nurminbar (a Dushanbe mosque's zakat and Friday-sermon app) ----------------------------------
MOSQUE = {"id": "msj_071", "name": "Masjidi Nur, Sino", "lat": 38.57702, "lon": 68.77684,
          "phone": "+992372240188"}  # the mosque (negatives)

# --- Siparmed (a goitre and thyroid clinic) -----------------------------------------------------
CLINIC = {"id": "spm_cl_02", "name": "Siparmed Endocrine Centre", "phone": "+992372270161",
          "line": "khiyoboni Rudaki 118", "lat": 38.58377, "lon": 68.77551}  # negatives
ENDO_DOC = ("Dr. Malika Nazarova", "+992935550165")  # her endocrinologist, typed by her
MRN = "SPM-0047791"  # her clinic record number (health.medical)
TSH = [("2025-09-14", 6.8), ("2025-11-02", 4.1), ("2025-12-05", 2.7)]  # her TSH (mIU/L)

# --- Pulrav (a labour-migrant remittance app, Russia to Tajikistan) ----------------------------
TRANSFER = "PRV-88104217"  # the transfer's control number (financial.purchase)
CARD_TJ = "9762000012345678"  # her national-scheme debit card in Dushanbe (financial.payment)
BRANCH = {"id": "br_dsh_14", "name": "Pulrav pickup, Somoni Ave", "lat": 38.56932,
          "lon": 68.78627}  # the cash pickup point (negatives)

# --- Qolinbof (a children's carpet-weaving class) ------------------------------------------------
KID_ID = "qb_kid_5e20c7"  # the daughter's profile ID (id.user)
TEACHER = ("Ustod Gulnora", "gulnora@qolinbof.example.org")  # the school's teacher (negatives)
LOOM = "loom_07"

# --- Barqhabar (a mountain hydro cooperative's outage reports) ----------------------------------
ACCOUNT_PM = "PHC-04-118233"  # her in-laws' house's electricity account, in her name (id.user)
METER = "M-7741902"  # the meter's serial (an appliance: a negative)
VILLAGE_AT = (37.512461, 71.558873)  # the house in the Pamirs (her fix when there)
STATION_AT = (37.52034, 71.54917)  # the micro-hydro station (a negative)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a trip, a report): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def trip(rng: random.Random, fixes: list[Pt] = TRIP_FIXES,
         t0: int = 1765330000) -> list[dict[str, Any]]:
    """Her fixes on the jeep (lat/lon ``location.precise``; speed and time not)."""
    return [{"t": t0 + 600 * i, "la": L(round(la + rng.uniform(-4e-5, 4e-5), 6), PRECISE),
             "lo": L(round(lo + rng.uniform(-4e-5, 4e-5), 6), PRECISE),
             "v": round(rng.uniform(20, 55), 1)} for i, (la, lo) in enumerate(fixes)]


def knots(rng: random.Random, n: int) -> list[int]:
    """Knots tied per row of the child's carpet (the class's progress counter: a negative)."""
    return [rng.randrange(38, 61) for _ in range(n)]


__all__ = ["ACCOUNT_PM", "BRANCH", "BRON", "CARD_TJ", "CLINIC", "DAUGHTER", "DOB_TJ", "DU_HOME",
           "DU_HOME_AT", "DU_MARKET_FIX", "ENDO_DOC", "FARMOISH", "HUSBAND", "HUSBAND_PASSPORT",
           "JEEP", "KID_ID", "LOOM", "METER", "MOSQUE", "MRN", "PASSPORT_US", "PERMIT", "SKUS",
           "STALL", "STAND_AT", "STATION_AT", "TEACHER", "TRANSFER", "TRIP_FIXES", "TSH",
           "VILLAGE_AT", "fix", "home", "knots", "obj", "trip"]
