"""Helpers for the sixty-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds an app descriptor whose User-Agent carries the app's locale (``App63``) and what
the set's apps share: her flat in Kyiv (a six-month posting with an aid organisation), the clinic,
its physician, a pharmacy and civil-defence shelters there (negatives), her residence permit,
insurance policy and an e-prescription; the housing-match app's other host families, the
caseworker and the guest family (negatives) and her partner's details for the household check;
her neurologist, her Parkinson's medicines and generators for a tremor window, a spiral drawing
and finger taps; the record marketplace's releases, a seller, a buyer and a record fair
(negatives); the driving school's instructor, car and road-test site (negatives), her learner
permit and a lesson's GPS trace; the poker room's table, players and a café's Wi-Fi; the hive
scale (an accessory: negatives), her two apiaries, other keepers' apiaries (negatives) and
generators for hive weights and a frame inspection.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

from eval_families17_kit import PRECISE
from eval_families20_kit import App
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]


@dataclass(frozen=True)
class App63(App):
    """``App`` with the locale its User-Agent names (``device.info`` like the rest of it)."""

    loc: str = "en_US"

    @property
    def ua(self) -> str:
        return (f"{self.name}/{self.ver} (Linux; Android 14; Pixel 8 "
                f"Build/AP2A.240905.003; {self.loc})")


# --- Zdorovynka (a Kyiv clinic network): she is on a six-month posting in Kyiv ---------------
KY_HOME = {"vulytsia": "vul. Yaroslaviv Val, 21", "kvartyra": "kv. 14", "indeks": "01054",
           "misto": "Kyiv"}  # her flat while there (street lines contact.address)
KY_HOME_AT = (50.451738, 30.508197)
KY_OFFICE_FIX = (50.447862, 30.521634)  # her phone at her organisation's office
KY_CLINIC = {"id": "fil_07", "nazva": "Zdorovynka Podil", "adresa": "vul. Sahaidachnoho, 33",
             "telefon": "+380445550142", "lat": 50.46281, "lon": 30.51902}  # a negative
KY_DOCTOR = {"id": "lkr_20417", "pib": "Marchuk Olena Viktorivna",
             "spetsialnist": "simeinyi likar"}  # the clinic's physician (a negative)
KY_PHARMACY = {"id": "apt_1180", "nazva": "Apteka Yasen 7", "adresa": "vul. Khoryva, 2",
               "telefon": "+380445550177", "lat": 50.46412, "lon": 30.51637}
KY_SHELTERS = [("uk_0412", 50.45238, 30.50411), ("uk_0419", 50.45019, 30.51172)]
POSVIDKA = "004187236"  # her temporary residence permit (personal.national_id)
POLIS_UA = "ZDR-0091-447120"  # her health-insurance policy (health.medical)
RX_UA = "3MX8-K47P-2E9A-T5H1"  # the e-prescription's number (health.medical)
RX_CODE = "4812"  # its dispensing code, sent to her by SMS (secret.credential)
ZAPYS = "ZP-250412-0917"  # a paid consultation's booking code (financial.purchase)

# --- Porchlight Match (refugee housing): she offers her flat's spare room as a host ------------
OTHER_HOSTS = [
    {"id": "hh_4q7k2m", "family": "The Brennans", "line": "41 Linden Street", "city": "Brooklyn",
     "zip": "11221", "phone": "+17185550143", "lat": 40.69402, "lon": -73.92155},
    {"id": "hh_8w2n5r", "family": "The Okonkwos", "line": "229 Prospect Place",
     "city": "Brooklyn", "zip": "11238", "phone": "+17185550198", "lat": 40.67433,
     "lon": -73.96512},
    {"id": "hh_3j9d1x", "family": "The Lindqvists", "line": "77 Harrison Avenue",
     "city": "Jersey City", "zip": "07304", "phone": "+12015550127", "lat": 40.71838,
     "lon": -74.07261}]  # other host families (negatives)
CASEWORKER = {"id": "cw_118", "name": "Daniel Osei", "phone": "+12125550114",
              "mail": "d.osei@porchlight.example.org"}  # the agency's staff (negatives)
GUEST = {"id": "gf_51c0a2", "size": 3, "arrival": "2025-12-19"}  # the guest family's case
PARTNER_DOB = "1989-02-11"  # her partner's birth date (typed by her for the household check)
AIRPORT_PICKUP = "JFK T4"

# --- Steadyhand (Parkinson's tremor tracker) ---------------------------------------------------
NEURO = ("Dr. Priya Raman", "+12125550193", "p.raman@eastsideneuro.example.com")
PD_MEDS = [("carbidopa/levodopa", "25/100 mg"), ("rasagiline", "1 mg")]
PD_STUDY = "PPMI-X-2291"  # a research cohort's ID (a negative)

# --- Spinstack (a vinyl-record marketplace) ----------------------------------------------------
HANDLE = "janed_spins"  # her username (id.user)
RELEASES = [{"id": "r_118204", "artist": "The Velvet Orchards", "title": "Low Tide Hymns",
             "cat": "BLP-4194", "ean": "0602547123456", "year": 1974},
            {"id": "r_220931", "artist": "Mara Quist Trio", "title": "Night Ferry",
             "cat": "ECM-1162", "ean": "0042283742925", "year": 1981}]
SELLER = {"id": "usr_kw3p9xq2", "handle": "cratedigger_oh", "city": "Columbus",
          "zip": "43215"}  # another member (negatives)
BUYER = {"name": "Tom Aldana", "line": "88 Elm Street", "city": "Portland", "state": "ME",
         "zip": "04101"}  # a buyer's shipping address from the order (negatives)
ORDER_SPN = "SPN-2025-118472"
FAIR_AT = (40.72091, -73.99542)  # a record fair's venue (a negative)

# --- Signalbrook (a driving school) ----------------------------------------------------------
PERMIT = "731 448 206"  # her learner permit's ID number (personal.national_id)
INSTRUCTOR = {"id": "ins_2207", "name": "Marco Ferreira", "phone": "+12125550151",
              "car": "Corolla 2023", "plate": "SBD-2207"}  # the school's (negatives)
ROADTEST = {"id": "rt_redhook", "name": "Red Hook Road Test Site",
            "line": "Lorraine Street at Hicks Street", "lat": 40.67602, "lon": -74.00863}
LESSON_START = (40.741794, -73.989402)  # the pickup outside her building
LESSON_END = (40.753861, -73.983812)  # the drop-off at her office

# --- Pocketnine Poker -------------------------------------------------------------------------
SCREEN9 = "quietriver91"  # her screen name (id.user)
TABLE9 = "tbl_77q2"
JC_FIX = (40.717812, -74.043183)  # her phone at a café in Jersey City (she plays in NJ)
CAFE_NET = ("Grindhouse-Guest", "7a:31:c4:0e:92:5b")
NEAR_NET = ("JC-PublicLib", "58:2f:40:9d:11:e3")
BANNED = ["com.example.solvergto", "com.example.hudoverlay", "com.example.remotedesk",
          "com.example.pocketnine", "org.example.notes"]  # her installed apps (device.apps)

# --- Hivelumen (a hive-scale monitor) ---------------------------------------------------------
SCALE = {"serial": "HLS3-0044127", "ble": "E4:5F:01:9C:3A:D2", "fw": "1.8.4",
         "model": "Hivelumen Scale 3", "battery": 66}  # an accessory (negatives)
FARM_AT = (41.931742, -73.897126)  # her out-apiary at a friend's farm (her place)
FARMER = ("Walt Brenner", "+18455550176")  # the farm's owner, typed by her
KEEPERS = [("kp_91x0", 40.74633, -73.98210), ("kp_4m2z", 40.73876, -73.99744),
           ("kp_7c1q", 41.92516, -73.91203)]  # other keepers' apiaries (negatives)
APIARY_REG = "NY-AP-0447120"  # the state's apiary registration (unlabelled; see the calls)
HIVES = ["hv_roof_a", "hv_roof_b", "hv_farm_1"]


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def path_fixes(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765400000,
               keys: tuple[str, str] = ("lat", "lng")) -> list[dict[str, Any]]:
    """Her fixes from start to end (``location.precise``; speed and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(8, 38), 1)})
    return out


def tremor(rng: random.Random, n: int, hz: int = 100, f: float = 5.2) -> list[list[float]]:
    """The phone's accelerometer held in her hand: ``[ms, x, y, z]`` rows with a rest tremor."""
    return [[i * 1000 // hz,
             round(0.11 * math.sin(2 * math.pi * f * i / hz) + rng.gauss(0, 0.01), 4),
             round(0.06 * math.sin(2 * math.pi * f * i / hz + 1.1) + rng.gauss(0, 0.01), 4),
             round(9.81 + rng.gauss(0, 0.02), 4)] for i in range(n)]


def spiral(rng: random.Random, n: int) -> list[list[float]]:
    """Her finger drawing an Archimedes spiral on the screen: ``[ms, x, y, pressure]``."""
    out = []
    for i in range(n):
        a = i * 0.35
        out.append([i * 16, round(540 + 9 * a * math.cos(a) + rng.gauss(0, 2.5), 1),
                    round(1100 + 9 * a * math.sin(a) + rng.gauss(0, 2.5), 1),
                    round(rng.uniform(0.3, 0.6), 2)])
    return out


def taps(rng: random.Random, n: int) -> list[int]:
    """Finger-tapping test: the times (ms) of her alternating taps."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(180, 420)
        out.append(t)
    return out


def weights(rng: random.Random, n: int, start: float = 48.2,
            t0: int = 1765350000) -> list[dict[str, Any]]:
    """The hive scale's readings (kg, °C, %RH): the colony's, not hers (negatives)."""
    w, out = start, []
    for i in range(n):
        w += rng.uniform(-0.15, 0.35)
        out.append({"t": t0 + 900 * i, "kg": round(w, 2), "tIn": round(rng.uniform(33, 35.5), 1),
                    "tOut": round(rng.uniform(2, 9), 1), "rh": rng.randrange(55, 80)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lesson, a hand, a session, a listing): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AIRPORT_PICKUP", "APIARY_REG", "BANNED", "BUYER", "CAFE_NET", "CASEWORKER",
           "FAIR_AT", "FARMER", "FARM_AT", "GUEST", "HANDLE", "HIVES", "INSTRUCTOR", "JC_FIX",
           "KEEPERS", "KY_CLINIC", "KY_DOCTOR", "KY_HOME", "KY_HOME_AT", "KY_OFFICE_FIX",
           "KY_PHARMACY", "KY_SHELTERS", "LESSON_END", "LESSON_START", "NEAR_NET", "NEURO",
           "ORDER_SPN", "OTHER_HOSTS", "PARTNER_DOB", "PD_MEDS", "PD_STUDY", "PERMIT",
           "POLIS_UA", "POSVIDKA", "RELEASES", "ROADTEST", "RX_CODE", "RX_UA", "SCALE",
           "SCREEN9", "SELLER", "TABLE9", "ZAPYS", "App63", "fix", "home", "obj", "path_fixes",
           "spiral", "taps", "tremor", "weights"]
