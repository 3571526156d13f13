"""Helpers for the hundred-and-twenty-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe, New York) is married to an
Enugu man and spends December at the family house in Enugu: the house (her address there and her
fix at it), her husband, her sister, her late mother and her daughter Adaeze (16, a first-year
student: the child's data); her national identity number (NIN), her bank verification number
(BVN) and her Nigerian bank account; the palm-oil cooperative's mill and hall (negatives) and her
palm grove (a place of hers); the market and its collector (negatives) and her stall; the parish
church (a negative); the sickle-cell centre in New York (a negative) and her clinic number; the
casting studio (a negative) and her agent; the university's hostel (a negative); the fuel
depot and the generator (negatives). Generators: her fixes, object IDs, a day's pain scores,
a face template and a protobuf fix.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- her family, papers and money ---------------------------------------------------------------
HUSBAND = ("Emeka Doe", "+2348035550148")  # her husband, typed by her (contact.*)
SISTER = ("Chioma Eze", "+2348135550177")  # her sister, who minds the stall (contact.*)
MOTHER = "Comfort Eze"  # her late mother (a Mass intention names her)
DAUGHTER = {"first": "Adaeze", "last": "Doe", "dob": "2009-02-11", "age": 16,
            "nin": "70466213058", "matric": "UHU/2025/ENG/04417"}  # the child (her data)
NIN = "70318452961"  # her national identity number (personal.national_id)
BVN = "22184630957"  # her bank verification number (personal.national_id, see the set)
NUBAN, BANK_CODE, BANK = "3051729946", "999217", "Coal Savings Bank"  # her account; the bank
DOB_NG = "17/05/1991"  # her birth date as Nigerian forms write it

# --- Enugu ---------------------------------------------------------------------------------
NG_HOME = {"line": "12 Nnaji Crescent, Independence Layout", "area": "Independence Layout",
           "city": "Enugu", "state": "Enugu", "lga": "Enugu East"}
NG_HOME_AT = (6.448521, 7.513907)  # the family house (her fix where the phone sends it)
GROVE_AT = (6.317042, 7.421663)  # her palm grove near Udi (a place of hers)
MILL = {"id": "mill_udi_02", "name": "Udi Cooperative Mill", "lat": 6.31962, "lon": 7.42813,
        "phone": "+2348065550101"}  # the cooperative's mill (negatives)
HALL_AT = (6.32155, 7.42491)  # the cooperative's hall (a negative); her fix there is hers
HALL_FIX = (6.321577, 7.424862)
HALL_WIFI = ("UdiCoop-Hall", "9c:53:22:0e:71:b4")  # the hall's Wi-Fi she joins (location.wifi)
MEMBER = "NKW-UDI-0418"  # her cooperative member number (id.user)
MARKET = {"id": "mkt_ogbete", "name": "Ogbete Main Market", "lat": 6.43911,
          "lon": 7.49302}  # the market (negatives)
STALL = "Line C, Shop 14, Ogbete Main Market"  # her fabric stall (contact.address)
STALL_FIX = (6.439287, 7.492866)  # her phone at the stall
COLLECTOR = {"id": "col_0091", "name": "Mama Uche", "phone": "+2348025550133"}  # negatives
PARISH = {"id": "par_0147", "name": "St. Theresa of the Hills Parish",
          "lat": 6.45233, "lon": 7.50874, "phone": "+2348055550119"}  # the church (negatives)
CHURCH_FIX = (6.452301, 7.508792)  # her phone at Mass
ENVELOPE = "STH-2231"  # her offering-envelope (parishioner) number (id.user)
UNIV = {"id": "uhu", "name": "Udi Hills University", "hostel": "Queen Amina Hall",
        "block": "B", "room": "B214", "bed": "B214-3", "lat": 6.38821,
        "lon": 7.41573}  # the university and its hostel (negatives)
HOSTEL_FIX = (6.388254, 7.415801)  # her phone at the hostel gate
DEPOT = {"id": "dep_emene_1", "name": "Emene Fuel Depot", "lat": 6.47412,
         "lon": 7.59183}  # the fuel depot (negatives)
GENSET = {"brand": "Kvaforge", "model": "KF-20D", "kva": 20, "tank_l": 110,
          "serial": "KVF20D-2311-00871"}  # the house's generator (negatives)
RIDER = {"id": "rdr_5518", "name": "Ikenna", "plate": "ENU-447-KD"}  # the rider (negatives)

# --- New York ------------------------------------------------------------------------------------
CLINIC = {"id": "hscc", "name": "Harlem Crescent Sickle Cell Center",
          "line": "506 Lenox Avenue", "phone": "+12125550183", "lat": 40.81446,
          "lon": -73.94066}  # the clinic (negatives)
CLINIC_FIX = (40.814492, -73.940613)  # her phone at check-in
MRN = "HCS-0048812"  # her clinic record number (health.medical)
PAYER_ID = "EPH884120937"  # her health plan member ID (health.medical)
STUDIO = {"id": "std_17", "name": "Westside Casting Studio", "line": "311 West 43rd Street",
          "lat": 40.75891, "lon": -73.99086}  # the casting studio (negatives)
STUDIO_FIX = (40.758887, -73.990902)  # her phone at the audition
STUDIO_WIFI = ("WCS-Guest", "d4:6e:0e:91:3a:17")
AGENT = ("Ifeoma Nwankwo", "+12125550192", "ifeoma@brightline-talent.example.com")
GUILD = "APU-8847120"  # her performers' union number (trade-union membership)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise`` from 3, coarse below)."""
    cat = PRECISE if nd >= 3 else "location.coarse"
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def home(nd: int = 5) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals."""
    return fix((LAT, LON), nd)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a role, a room, a message): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def ref(rng: random.Random, pre: str) -> str:
    """A human-readable order, receipt or booking reference (upper case)."""
    return pre + "-" + "".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(8))


def pains(rng: random.Random, n: int) -> list[int]:
    """A run of daily pain scores, 0-10."""
    return [rng.choice([0, 0, 1, 2, 2, 3, 5, 7]) for _ in range(n)]


def face(rng: random.Random, n: int = 128) -> list[float]:
    """A face template (an embedding) computed from a headshot."""
    return [round(rng.gauss(0, 0.09), 5) for _ in range(n)]


def trail(rng: random.Random, n: int, at: Pt, nd: int = 6) -> list[tuple[float, float]]:
    """Her last ``n`` fixes around ``at`` (raw floats; the caller labels them)."""
    return [(round(at[0] + rng.uniform(-0.0004, 0.0004), nd),
             round(at[1] + rng.uniform(-0.0004, 0.0004), nd)) for _ in range(n)]


def members(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The esusu group's other members as the app echoes its order (IDs, positions: negatives)."""
    return [{"member": f"mem_{rnd_hex(rng, 8)}", "slot": i + 1, "paid": rng.random() > 0.2}
            for i in range(n)]


__all__ = ["AGENT", "BANK", "BANK_CODE", "BVN", "CHURCH_FIX", "CLINIC", "CLINIC_FIX",
           "COLLECTOR", "DAUGHTER", "DEPOT", "DOB_NG", "ENVELOPE", "GENSET", "GROVE_AT", "GUILD",
           "HALL_AT", "HALL_FIX", "HALL_WIFI", "HOSTEL_FIX", "HUSBAND", "MARKET", "MEMBER",
           "MILL", "MOTHER", "MRN", "NG_HOME", "NG_HOME_AT", "NIN", "NUBAN", "PARISH",
           "PAYER_ID", "RIDER", "SISTER", "STALL", "STALL_FIX", "STUDIO", "STUDIO_FIX",
           "STUDIO_WIFI", "UNIV", "face", "fix", "home", "members", "obj", "pains", "ref",
           "trail"]
