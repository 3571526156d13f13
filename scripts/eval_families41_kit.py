"""Helpers for the forty-first (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her summer flat in Athens (Koukaki), the ferry line's
ports and ship (negatives), her fixes on board and on Naxos, her travel companion (a friend with a
Greek ID card), the booking and tickets; the IBD diary's gastroenterologist, the infusion centre
and public toilets (negatives) and generators for stool entries; the bike computer's sensors (an
accessory: negatives), her ride from home and generators for power, cadence and heart-rate
samples; the tutoring marketplace's students and lessons; the pharmacy's store, her Rx numbers,
insurance card and prescriber; the family app's two children and their tablet (another device: a
negative); the podcast show, its guest and a voice sample's embedding.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Kymata (Greek ferries and islands): she spends the summer in Athens ----------------------
GR_HOME = {"odos": "Dimitsanas 9", "orofos": "2os orofos, diamerisma 4", "tk": "11743",
           "poli": "Athina"}
GR_HOME_AT = (37.963418, 23.725607)  # her Athens flat (location.precise where sent)
PIRAEUS = {"id": "PIR", "onoma": "Peiraias", "pyli": "E7", "lat": 37.94214, "lon": 23.63402}
NAXOS = {"id": "JNX", "onoma": "Naxos", "lat": 37.10795, "lon": 25.37412}  # ports: negatives
SHIP = {"id": "shp_12", "onoma": "F/B Galini Express", "imo": "9876543",
        "lat": 37.61102, "lon": 24.30981}  # the ship's AIS position: a negative
ON_BOARD = (37.611347, 24.309522)  # her phone on deck (location.precise)
NAXOS_FIX = (37.091872, 25.369014)  # her fix at a Naxos beach
PASSPORT_US = "A41872093"  # her passport (personal.national_id)
FRIEND_GR = ("Eleni Markou", "AN 482913", "+306945550123")  # companion: name, ID card, mobile
KRATISI = "KYM-7Q4X2R"  # the booking reference (financial.purchase)
TICKETS = ["ET-2607-118842", "ET-2607-118843"]  # e-tickets (financial.purchase)
CAR_PLATE = "YHA-4127"  # the rental car's plate (unlabelled: a rental's, no taxonomy type)
OFFICE_GR = "+302105550144"  # the line's Piraeus office (a negative)

# --- Flareward (IBD / Crohn's diary) -----------------------------------------------------------
GI_DOC = ("Dr. Priya Raman", "p.raman@eastsidegi.example.com")  # her gastroenterologist
INFUSION = {"id": "inf_331", "name": "Midtown Infusion Suite", "phone": "+12125550193",
            "lat": 40.75311, "lon": -73.97724}  # a business: negatives
TOILETS = [(40.74236, -73.98812), (40.74051, -73.99102)]  # public toilets' points: negatives
WORK_AT = (40.750211, -73.984127)  # her office, where she logs at lunch (location.precise)

# --- Cadenzo (bike computer, indoor trainer) ---------------------------------------------------
POWER_METER = {"serial": "PWR-PM2-0082211", "ant": 48213, "ble": "E4:1A:77:03:9C:21",
               "fw": "4.1.7"}
TRAINER = {"serial": "CDZ-T5-2207731", "ble": "D2:6B:10:8F:44:E3", "model": "Cadenzo Drive 5"}
HEAD_UNIT = {"serial": "CDZ-H3-0119284", "fw": "12.8"}  # accessories: negatives
PARK_LOOP = (40.781202, -73.966401)  # the park loop where she turns (her fix)
CLUB_MEET = (40.76012, -73.98016)  # the club's meeting point (a business's: a negative)
FTP, WEIGHT, MAXHR = 212, 61.5, 186

# --- Tutorhive (gig tutoring marketplace): she tutors maths -----------------------------------
DEGREE = {"degree": "BSc Mathematics", "school": "Hudson State University", "year": 2013}
STUDENT = ("Aarav", "ld_55e1c09b")  # a student (first name) and his learner ID
PARENT = ("Meera Shah", "meera.shah@example.net")  # the student's mother (another user)
TUTOR_ID = "tut_8Kq2Lm0v"  # her tutor listing's ID (a public listing: a negative)

# --- Mendwell Rx (US pharmacy loyalty, refills, vaccines) --------------------------------------
LOYALTY = "6011228744107"  # her rewards card (id.user)
RXS = ["4471208", "4471233"]  # her prescription numbers (health.medical)
DRUGS = [("mesalamine", "1.2 g"), ("albuterol HFA", "90 mcg")]
INS = {"member": "MWH338120774", "bin": "004336", "pcn": "ADV", "group": "RX7721"}
STORE = {"id": "st_0418", "name": "Mendwell #418", "phone": "+12125550152",
         "line": "401 Park Avenue South", "lat": 40.74361, "lon": -73.98403}  # a business
PRESCRIBER = ("Dr. Samuel Ortiz", "+12125550187")  # her prescriber, typed when transferring

# --- Tallyjar (family chores and allowance): she is the parent ---------------------------------
KIDS = [{"id": "kid_a81f0c22", "name": "Ava", "dob": "2014-02-11", "age": 11, "gender": "girl"},
        {"id": "kid_3e90b7d4", "name": "Theo", "dob": "2017-09-30", "age": 8, "gender": "boy"}]
KID_TABLET = "7a9e1c4d-55b2-4f0e-9c31-2b8d6e0fa417"  # the children's tablet (a negative)
KID_CARD4 = "7712"  # Ava's prepaid card, last four (financial.payment)
FAMILY = "fam_20c7e1"  # the household's ID (a negative: shared by four people)

# --- Podloft (podcast hosting for creators) ----------------------------------------------------
SHOW = {"id": "shw_8841a2", "title": "Night Shift Notes",
        "rss": "https://feeds.podloft.example.com/shw_8841a2.xml"}  # public: negatives
GUEST = ("Marcus Bell", "marcus.bell@example.net")
VOICE_CLONE = "vc_19f02b"  # the clone model's ID (a negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def path(rng: random.Random, n: int, start: Pt, end: Pt, keys: tuple[str, str] = ("lat", "lon"),
         t0: int = 1751370000, dt: int = 5) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lon ``location.precise``; time, speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + dt * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "spd": round(rng.uniform(6, 9), 2)})
    return out


def watts(rng: random.Random, n: int, base: int = 190) -> list[int]:
    """Per-second power in watts (a workout series)."""
    return [max(0, int(base + 25 * math.sin(i / 7) + rng.gauss(0, 12))) for i in range(n)]


def cadence(rng: random.Random, n: int) -> list[int]:
    return [int(88 + rng.gauss(0, 3)) for _ in range(n)]


def hr(rng: random.Random, n: int, base: int = 142) -> list[int]:
    return [int(base + i * 0.4 + rng.gauss(0, 2)) for i in range(n)]


def stools(rng: random.Random, n: int, t0: int = 1751380000) -> list[dict[str, Any]]:
    """Bowel movements logged in a day: time, Bristol type, blood, urgency (one medical series)."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(3600, 14400)
        out.append({"at": t, "bristol": rng.choice([5, 6, 6, 7]), "blood": rng.random() < 0.3,
                    "urgency": rng.randrange(1, 6)})
    return out


def embedding(rng: random.Random, n: int = 256) -> list[float]:
    """A speaker embedding (a voiceprint)."""
    return [round(rng.gauss(0, 0.08), 5) for _ in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an episode, a lesson, a chore): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CAR_PLATE", "CLUB_MEET", "DEGREE", "DRUGS", "FAMILY", "FRIEND_GR", "FTP", "GI_DOC",
           "GR_HOME", "GR_HOME_AT", "GUEST", "HEAD_UNIT", "INFUSION", "INS", "KIDS",
           "KID_CARD4", "KID_TABLET", "KRATISI", "LOYALTY", "MAXHR", "NAXOS", "NAXOS_FIX",
           "OFFICE_GR", "ON_BOARD", "PARENT", "PARK_LOOP", "PASSPORT_US", "PIRAEUS",
           "POWER_METER", "PRESCRIBER", "RXS", "SHIP", "SHOW", "STORE", "STUDENT", "TICKETS",
           "TOILETS", "TRAINER", "TUTOR_ID", "VOICE_CLONE", "WEIGHT", "WORK_AT", "cadence",
           "embedding", "fix", "home", "hr", "obj", "path", "stools", "watts"]
