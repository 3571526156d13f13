"""Helpers for the hundred-and-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She splits her year between New York (the profile's
position, where this capture was made, on a December visit) and a posting in Addis Ababa with her
son: her Addis flat and office, her husband, her mother in Gondar, the nanny, a friend; the teff
mill (a business: negatives) and an order number; the foot-care programme's centre (a negative),
her enrolment number and generators for her daily foot-care log; the running club's meeting
point (a negative), her membership number and generators for a run's fixes, heart rate and
splits; her parish, her confessor and the fasts she keeps; the housing scheme's registration
number, her savings account and the sites (negatives); a tutor (another person's IDs and café:
negatives) and handwriting strokes; the school, the bus, its driver (negatives), her son and his
student number. All values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Her Addis Ababa year ----------------------------------------------------------------------
ADDIS_HOME_AT = (8.995214, 38.786431)  # her flat in Bole (location.precise where sent)
ADDIS_LINE = "Bole Sub-city, Woreda 03, House No. 1147"  # her street line (contact.address)
SUBCITY, WOREDA = "Bole", "03"  # sub-city and district (location.coarse)
OFFICE_AT = (9.010824, 38.761352)  # her office at the posting (her place)
ADDIS_PHONE = "+251944120377"  # her Ethiopian number, her mobile-money wallet (contact.phone)
SPOUSE = ("Yonas Tesfaye", "+251911402617")  # her husband (contact.* where typed)
MOTHER = ("Almaz Bekele", "+251918771203", "Gondar")  # her mother (contact.*, city coarse)
NANNY = ("Tigist Alemu", "+251912338904")  # the nanny, an authorised pickup (contact.*)
FRIEND = ("Meron Haile", "+251913245780")  # a friend she refers (contact.*)
FAYDA = "4627 1830 9915"  # her resident digital-ID number (personal.national_id)
PASSPORT = "A04851736"  # her passport number (personal.national_id)

# --- Gebeya Teff (teff and grain delivery) -----------------------------------------------------
MILL = {"id": "gt_mill_07", "name": "Gebeya Mill Merkato", "phone": "+251111550142",
        "lat": 9.03672, "lon": 38.73851}  # the mill (a business: negatives)
TEFF_ORDER = "GT-2512-118420"  # her order number (financial.purchase)
RIDER = {"id": "rd_40417", "phone": "+251914006612", "plate": "3-B48812"}  # the courier

# --- Egirtena (a podoconiosis foot-care programme) ---------------------------------------------
FOOT_CENTRE = {"id": "eg_site_12", "name": "Egirtena Foot Care Centre Kolfe",
               "phone": "+251113480221", "lat": 9.02115, "lon": 38.69804}  # (negatives)
ENROL_NO = "EGP-AA-004471"  # her enrolment in the programme (health.medical, a patient number)
CHW_PHONE = "+251911880452"  # the programme's community worker's line (a negative)

# --- Entotostride (a distance-running club) ----------------------------------------------------
CLUB_MEET_AT = (9.08402, 38.76311)  # the club's meeting point on Entoto (a negative)
RUN_START_AT = (9.083417, 38.764228)  # where her long run started (her fix)
MEMBER_NO = "ESC-2291"  # her club membership number (id.user)
NY_RUN_AT = (40.767612, -73.971903)  # her run in Central Park on the visit (her fix)

# --- Tsomgize (an Orthodox fasting calendar) ---------------------------------------------------
PARISH = "Kidus Rufael Church, Bole"  # her parish (personal.sensitive: religion)
NY_PARISH = "Debre Tsion Kidus Gabriel Church, Bronx"
BAPTISMAL = "Wolete Mariam"  # her baptismal name (contact.name|personal.sensitive)
CONFESSOR = ("Abba Haile Mikael", "+251911560118")  # her confessor (contact.*)
FASTS = ["hudade", "tsome_filseta", "tsome_nebiyat", "rob_arb"]  # the fasts she keeps

# --- Gojolot (a condominium-lottery housing scheme) --------------------------------------------
REG_NO = "AA-4060-D-0188417"  # her registration in the scheme (id.user: her account there)
SAVINGS_ACCT = "1000448120573"  # her blocked savings account (financial.payment)
BANK = {"code": "GSB", "name": "Gelila Savings Bank", "branch": "Bole Branch 14"}
SITES = [{"id": "site_koye_03", "name": "Koye Feche Phase 3", "lat": 8.93412, "lon": 38.86127},
         {"id": "site_tulu_01", "name": "Tulu Dimtu Block C", "lat": 8.90377, "lon": 38.80266}]

# --- Qalbridge (an Amharic-English tutoring marketplace) ---------------------------------------
TUTOR = {"id": "tu_8c1e2207", "name": "Hirut Wolde", "rate": "450.00"}  # (negatives)
CAFE_AT = (9.00931, 38.76488)  # the café a lesson meets at (a negative)

# --- Busbird (school-bus tracking for her son) -------------------------------------------------
SON, SON_DOB, SON_AGE, SON_GRADE = "Dawit", "2016-03-14", 9, 4  # her son (the child's data)
STUDENT_NO = "SIS-2025-0417"  # his student number (id.user: the child)
SCHOOL = {"id": "sch_0412", "name": "Sunrise International School Addis",
          "phone": "+251116620190", "lat": 9.02241, "lon": 38.80312}  # (negatives)
BUS = {"id": "bus_17", "plate": "3-A12345", "route": "rt_bole_east_2",
       "driver": "Getachew Mamo", "driver_phone": "+251911733406"}  # (negatives)
STOP_AT = (8.995301, 38.786522)  # his stop at her gate (her home: location.precise)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def run(rng: random.Random, n: int, start: Pt = RUN_START_AT, t0: int = 1765263600,
        keys: tuple[str, str] = ("lat", "lng")) -> list[dict[str, Any]]:
    """Her fixes on a run (lat/lon ``location.precise``; elevation, time and speed not)."""
    out, lat, lon = [], start[0], start[1]
    for i in range(n):
        lat += rng.uniform(0.00008, 0.00031)
        lon += rng.uniform(-0.00019, 0.00024)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(lat, 6), PRECISE),
                    keys[1]: L(round(lon, 6), PRECISE), "ele": round(2612 + 3.1 * i, 1),
                    "v": round(rng.uniform(2.9, 3.6), 2)})
    return out


def heart(rng: random.Random, n: int, base: int = 148) -> list[int]:
    """Her heart rate once every 5 s on the run (one series: ``health.fitness``)."""
    return [int(base + 12 * math.sin(i / 6) + rng.randrange(-3, 4)) for i in range(n)]


def splits(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Per-kilometre splits: pace in s/km and average heart rate (labelled once at the list)."""
    return [{"km": i + 1, "paceS": rng.randrange(318, 352), "hr": rng.randrange(146, 163),
             "cadence": rng.randrange(168, 178)} for i in range(n)]


def foot_log(rng: random.Random, days: int) -> list[dict[str, Any]]:
    """Her daily foot-care record: washing, emollient, bandage, shoes, swelling (medical)."""
    return [{"date": f"2025-12-0{d + 2}", "washed": True, "soapWater": True,
             "emollient": rng.choice([True, True, False]), "bandageHrs": rng.choice([0, 6, 8]),
             "shoesWorn": True, "swelling": rng.choice(["none", "mild", "mild"]),
             "itch": rng.randrange(0, 4)} for d in range(days)]


def strokes(rng: random.Random, n: int) -> list[list[int]]:
    """Her finger tracing a fidel letter on the tablet: ``[ms, x, y]`` rows (one series)."""
    x, y, out = 300, 400, []
    for i in range(n):
        x += rng.randrange(-14, 22)
        y += rng.randrange(-6, 19)
        out.append([i * 16, x, y])
    return out


def weekly_km(rng: random.Random) -> list[float]:
    """Her last eight weeks' distance in km (one ``health.fitness`` list)."""
    return [round(rng.uniform(38, 61), 1) for _ in range(8)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a run, a lesson, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ADDIS_HOME_AT", "ADDIS_LINE", "ADDIS_PHONE", "BANK", "BAPTISMAL", "BUS", "CAFE_AT",
           "CHW_PHONE", "CLUB_MEET_AT", "CONFESSOR", "ENROL_NO", "FASTS", "FAYDA", "FOOT_CENTRE",
           "FRIEND", "MEMBER_NO", "MILL", "MOTHER", "NANNY", "NY_PARISH", "NY_RUN_AT", "OFFICE_AT",
           "PARISH", "PASSPORT", "REG_NO", "RIDER", "RUN_START_AT", "SAVINGS_ACCT", "SCHOOL",
           "SITES", "SON", "SON_AGE", "SON_DOB", "SON_GRADE", "SPOUSE", "STOP_AT", "STUDENT_NO",
           "SUBCITY", "TEFF_ORDER", "TUTOR", "WOREDA", "fix", "foot_log", "heart", "obj", "run",
           "splits", "strokes", "weekly_km"]
