"""Helpers for the ninetieth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Belgrade (she is there for a year with her
partner Marko) and her JMBG from the residence card; the tenant association's building, its
manager, meters (equipment: negatives) and a neighbour; the psoriasis app's clinic (a negative),
her dermatologist, the home UVB panel (negatives) and her treatment; the kayak base on the
Danube, its boats (negatives), her passport and a paddling trace; the slava (Saint Nicholas),
the family's kum, guests already in the app (look-alikes) and the church; the traded-in phone
(its IMEI, serial and model: negatives) and the trade-in order; the hearing dog (negatives), her
trainer and audiogram; the exam course's university, her student number and a counsellor.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]
SR = "sr_Latn_RS"  # the Serbian apps' locale (device.info)
SR_LANG = "sr-Latn-RS,sr;q=0.9,en-US;q=0.8"
BG_TZ = "Europe/Belgrade"

# --- her Belgrade flat ---------------------------------------------------------------------------
BG_HOME = {"ulica": "Njegoševa", "broj": "41", "stan": "12", "postanski_broj": "11000",
           "grad": "Beograd"}
BG_LINE = "Njegoševa 41, stan 12"
BG_HOME_AT = (44.804127, 20.475633)
JMBG = "1705991715034"  # her personal number from the residence card (personal.national_id)
PARTNER = ("Marko Jovanović", "+381641234567")  # her partner (contact.* where typed)

# --- Stanarko (a Belgrade tenant association and utility meters) ----------------------------
ZGRADA = {"id": "sz_11000_0412", "naziv": "Stambena zajednica Njegoševa 41",
          "upravnik": "Dragan Ilić", "telefon": "+381113345120",
          "racun": "160-0000001234567-89"}  # the building's association: negatives
METERS = {"voda": "VD-22-0481377", "toplota": "TM-19-7720431", "struja": "ED-71204488"}
BROJ_KUPCA = "2210448813"  # her customer number at the district-heating company (id.user)
NEIGHBOUR = "Petrović"  # a neighbour's surname she types in a complaint

# --- Lumaderm (psoriasis phototherapy tracker) -------------------------------------------------
DERM_CLINIC = {"id": "clin_4471", "name": "Chelsea Skin & Light Center",
               "phone": "+12125550143", "lat": 40.74211, "lon": -73.99702}
DERMATOLOGIST = ("Dr. Priya Raman", "+12125550188")  # typed by her (contact.*)
PANEL = {"serial": "NBUV-7Y-330915", "model": "Lumaderm Panel 2", "fw": "1.8.4",
         "lampHours": 212}  # the home NB-UVB panel (an accessory: negatives)
MEMBER_LD = "WXK418833901"  # her health-insurance member ID (health.medical)

# --- Veslonik (Danube kayak rental) -------------------------------------------------------------
BAZA = {"id": "baza_zemun", "naziv": "Veslonik Zemun kej", "lat": 44.84521, "lon": 20.41377,
        "tel": "+381112195500"}  # the kayak base (a negative)
KAJAK = {"id": "KJ-0317", "serial": "VSK-SE2-170317", "qr": "vsk://k/0317-PD", "tip": "single"}
PASSPORT = "583194027"  # her US passport number (personal.national_id)
TRIP_START = (44.845093, 20.414102)  # her fix at the base's slipway
TRIP_TURN = (44.835410, 20.445687)  # her fix off the Great War Island
RIVER_GAUGE_AT = (44.82611, 20.45027)  # a hydrological gauge (a negative)

# --- Slavarica (slava planning) -----------------------------------------------------------------
SLAVA = {"svetac": "Sveti Nikola", "datum": "2025-12-19"}  # the family's patron saint
KUM = ("Nenad Stojanović", "+381631188210")  # the family's kum, typed by her (contact.*)
GUESTS = ["gst_4a91c2", "gst_77d013", "gst_b0e5a8", "gst_19c6f4"]  # guests in the app (IDs)
HRAM = {"id": "hram_017", "naziv": "Hram Svetog Save", "adresa": "Krušedolska 2a",
        "tel": "+381113432190", "lat": 44.79815, "lon": 20.46895}  # the church (negatives)
KOLAC_ORDER = "PEK-25-11934"  # the slava bread ordered from a bakery (financial.purchase)

# --- Trampafon (used-phone trade-in) ------------------------------------------------------------
OLD_PHONE = {"imei": "354047112841278", "serial": "RF8R31KQZPN", "model": "SM-G991U",
             "name": "Galaxy S21", "storage": 128}  # the phone she trades in (negatives)
OLD_IMEI2 = "352118934206651"  # its second SIM slot's IMEI (a negative)
LICENCE_NY = "731 048 552"  # her driver's licence number (personal.national_id)
TRADE_ORDER = "TF-88012741"  # the accepted trade-in (financial.purchase)
QUOTE = "182.00"  # the offer shown (a price, not a purchase: a negative)

# --- Earpaw (hearing-dog training log) ----------------------------------------------------------
DOG = {"id": "dog_5c20", "name": "Luna", "chip": "688038000412977", "breed": "Labrador",
       "weightKg": 27.4}  # the dog (negatives)
TRAINER = ("Ivana Perić", "+381652201144", "ivana.peric@example.net")  # typed by her
PAGER = {"serial": "VBP-3-004812", "ble": "D0:4A:7C:21:9E:05"}  # a vibrating pager (negatives)
AUDIOGRAM = [[250, 45], [500, 55], [1000, 65], [2000, 70], [4000, 80], [8000, 85]]  # Hz, dB HL

# --- Examcalm (exam-anxiety CBT course) ---------------------------------------------------------
UNI_MAIL = "jdoe91@student.example.edu"  # her university address (contact.email)
STUDENT_NO = "S2419337"  # her student number (id.user)
COUNSEL = {"id": "cc_12", "name": "Student Counselling Centre", "phone": "+12125550111",
           "mail": "counselling@example.edu"}  # the university's service (negatives)
FRIEND = ("Ana Kim", "+15550129981")  # a friend in her safety plan (contact.*)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def paddle(rng: random.Random, n: int, start: Pt = TRIP_START, end: Pt = TRIP_TURN,
           t0: int = 1765288800, keys: tuple[str, str] = ("lat", "lon")) -> list[dict[str, Any]]:
    """Her fixes on the river, start to end (lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 30 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(4, 8), 1)})
    return out


def strokes(rng: random.Random, n: int, hz: int = 20) -> list[list[float]]:
    """The phone's accelerometer on the kayak deck ``[ms, x, y, z]``: the paddle rhythm."""
    return [[i * 1000 // hz, round(0.3 * math.sin(i / 3) + rng.gauss(0, 0.05), 3),
             round(rng.gauss(0, 0.04), 3), round(9.8 + rng.gauss(0, 0.1), 3)] for i in range(n)]


def doses(rng: random.Random, n: int, start: int = 280) -> list[dict[str, Any]]:
    """Her NB-UVB sessions: dose in mJ/cm2 rising by the protocol, seconds, redness grade."""
    out, d = [], start
    for i in range(n):
        out.append({"date": f"2025-11-{10 + 2 * i:02d}", "mj": d,
                    "secs": round(d / 2.6), "erythema": rng.choice([0, 0, 1])})
        d = int(d * 1.1)
    return out


def breaths(rng: random.Random, n: int) -> list[int]:
    """Heart rate once a second during a breathing exercise (falling)."""
    return [int(96 - 20 * i / n + rng.uniform(-2, 2)) for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a reading, a session, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AUDIOGRAM", "BAZA", "BG_HOME", "BG_HOME_AT", "BG_LINE", "BG_TZ",
           "BROJ_KUPCA", "COUNSEL", "DERMATOLOGIST", "DERM_CLINIC", "DOG", "FRIEND", "GUESTS",
           "HRAM", "JMBG", "KAJAK", "KOLAC_ORDER", "KUM", "LICENCE_NY", "MEMBER_LD", "METERS",
           "NEIGHBOUR", "OLD_IMEI2", "OLD_PHONE", "PAGER", "PANEL", "PARTNER", "PASSPORT",
           "QUOTE", "RIVER_GAUGE_AT", "SLAVA", "SR", "SR_LANG", "STUDENT_NO", "TRADE_ORDER",
           "TRAINER", "TRIP_START", "TRIP_TURN", "UNI_MAIL", "ZGRADA", "breaths", "doses", "fix",
           "home", "obj", "paddle", "strokes"]
