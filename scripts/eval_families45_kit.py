"""Helpers for the forty-fifth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her three-month posting in Tokyo (the flat, her member
card, the convenience store: a negative, her fix in it, products' JAN codes); the focus app's
medicines, her psychiatrist, the pharmacy (a negative) and the apps on her phone; the boxing
app's wrist pods (accessories: negatives), the gym (a negative), her fix there, her sparring
partner and generators for punches, a wrist IMU window and a body-pose track; the canvassing
app's campaign, turf and its centre (negatives), the voters she meets (other people) and her
walk; the aquarium controller (another device: negatives), its readings and the reef its lights
imitate (negatives); the used-car app's cars, the auction and the yard (negatives) and her car;
the memorial app's late father, the funeral home and the cemetery (negatives), her brother.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Hoshimart (a Japanese convenience-store chain): she is on a three-month posting in Tokyo --
JP_HOME = {"jusho1": "東京都港区南青山3-8-12", "jusho2": "ハイツ青山 402",
           "yubin_bango": "107-0062", "todofuken": "東京都", "shikuchoson": "港区"}
JP_HOME_AT = (35.665412, 139.718236)  # her Tokyo flat
KAIIN = "2291047730581146"  # her member card (id.user)
NAMAE_KANA = "ドウ ジェーン"  # her name in katakana (contact.name)
SEINENGAPPI = "1991/05/17"
TENPO = {"tenpo_id": "HM-13-0874", "tenpo_mei": "ホシマート南青山三丁目店",
         "jusho": "東京都港区南青山3-10-2", "denwa": "03-5555-0142", "ido": 35.66602,
         "keido": 139.71744}  # the store (a business: negatives)
TENPO_FIX = (35.666071, 139.717395)  # her phone at the till
JAN = ["4901085089231", "4902102072618", "4909411084387", "4901777305915"]  # products

# --- Tendfocus (ADHD focus timer and medicines) ------------------------------------------------
MEDS_ADHD = [("lisdexamfetamine", "30 mg"), ("guanfacine ER", "1 mg")]
PSYCHIATRIST = ("Dr. Priya Raman", "+12125550193")  # typed by her (contact.*)
PHARMACY = {"id": "ph_4471", "name": "Chelsea Apothecary", "phone": "+12125550117",
            "lat": 40.74211, "lon": -73.99788}  # a pharmacy (negatives)
RX_ADHD = "RX8830217"  # her prescription number (health.medical)
INSTALLED = ["com.example.chirpfeed", "com.example.reelrush", "com.example.mailbox",
             "com.example.bankwise", "com.example.slotspin", "com.example.newsleaf"]
BUDDY = ("Sam Patel", "+15550142277")  # an accountability buddy (PEOPLE[0] of kit 14)

# --- Jabwell (boxing and martial-arts coach with wrist pods) -------------------------------------
PODS = {"left": {"serial": "JW-P2-0441873", "ble": "E4:1A:7C:22:90:3B", "fw": "1.8.2"},
        "right": {"serial": "JW-P2-0441880", "ble": "E4:1A:7C:22:90:4D", "fw": "1.8.2"}}
GYM = {"id": "gym_0192", "name": "Iron Ring Boxing Club", "line": "212 West 29th Street",
       "phone": "+12125550128", "lat": 40.74871, "lon": -73.99453}  # the gym (negatives)
GYM_FIX = (40.748692, -73.994571)  # her phone at the gym
PARTNER_SPAR = ("Dana Whitfield", "usr_8kq2mzt4rn7v")  # a sparring partner (another member)

# --- Knockline (a campaign's canvassing app; she volunteers) -----------------------------------
CAMPAIGN = {"id": "cmp_cc33_okafor", "name": "Okafor for City Council",
            "office": "+17185550174", "hq_line": "401 Grand Street"}  # the campaign (negatives)
TURF = "TURF-33-117"
TURF_AT = (40.71388, -73.95612)  # the turf's centre (the campaign's: a negative)
VOTERS = [("Harold Brennan", "88 Grand Street Apt 3", "VF-5520193", "R", 2),
          ("Marisol Quintero", "92 Grand Street", "VF-5520207", "D", 4),
          ("Tomasz Wójcik", "96 Grand Street Apt 1F", "VF-5520211", "U", 3)]
VOTER_PHONE = "+17185550149"  # a voter she calls from the phone bank (contact.phone)
HER_PARTY = "Democratic"  # her own party membership (personal.sensitive)

# --- Reefloom (aquarium and hydroponics controller) --------------------------------------------
HUB = {"serial": "RL-HC4-0093371", "mac": "84:F3:EB:5A:11:C0", "ip": "192.168.1.57",
       "fw": "4.2.0", "model": "Reefloom Hub 4"}  # the controller (another device: negatives)
WIFI_PASS = "Hudson-Tern-4412"  # her home Wi-Fi password (secret.credential)
REEF_AT = (-16.75512, 145.97338)  # the reef whose sun and moon the lights imitate (a negative)
TANK = "tank_7f21c0"

# --- Carvetta (used-car inspection and auction) -------------------------------------------------
MY_CAR = {"vin": "5NPE24AF7KH804417", "year": 2019, "make": "Norda", "model": "Vexa SE",
          "plate": "LKR-7715", "odometer": 48211}  # the car she sells
LOT_CAR = {"vin": "3KPF24AD2PE611738", "year": 2021, "make": "Tellis", "model": "Arc LX",
           "odometer": 31882, "seller": "usr_m4t9qwe2kz8h", "reserve": 18500}  # a car she bids on
YARD_AT = (40.66731, -73.88214)  # the auction yard (a negative)
AUCTION = "auc_5520918"

# --- Evergrove (funeral planning and memorials) -------------------------------------------------
FATHER = {"name": "Robert Doe", "dob": "1948-02-11", "dod": "2025-12-02",
          "ssn": "219-44-1088", "cause": "congestive heart failure"}  # her late father
BROTHER = ("Michael Doe", "+15550128840", "mike.doe@example.net")  # her brother, the executor
HOME_FH = {"id": "fh_3301", "name": "Hollis & Crane Funeral Home", "line": "1180 Second Avenue",
           "phone": "+12125550166", "lat": 40.76118, "lon": -73.96082}  # negatives
PLOT = {"cemetery": "Maple Ridge Cemetery", "section": "G", "lot": 114,
        "lat": 40.70284, "lon": -73.88017}  # the plot (a place: negatives)
CASE_FH = "EG-25-08817"  # the arrangement's case number (financial.purchase: it is the order)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def walk(rng: random.Random, n: int, start: Pt = (40.71302, -73.95711),
         t0: int = 1765378800) -> list[dict[str, Any]]:
    """Her walk door to door (lat/lon ``location.precise``; time and accuracy not)."""
    out = []
    for i in range(n):
        la = start[0] + 0.00021 * i + rng.uniform(-0.00004, 0.00004)
        lo = start[1] + 0.00017 * i + rng.uniform(-0.00004, 0.00004)
        out.append({"t": t0 + 45 * i, "lat": L(round(la, 6), PRECISE),
                    "lng": L(round(lo, 6), PRECISE), "acc": round(rng.uniform(4, 11), 1)})
    return out


def punches(rng: random.Random, n: int, t0: int = 0) -> list[dict[str, Any]]:
    """A round's punches as the pods classify them: hand, type, speed and force."""
    kinds = ["jab", "cross", "hook", "uppercut"]
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(380, 1900)
        out.append({"ms": t, "hand": rng.choice("LR"), "type": rng.choice(kinds),
                    "mps": round(rng.uniform(6.5, 11.8), 1), "n": rng.randrange(900, 2600)})
    return out


def wrist(rng: random.Random, n: int, hz: int = 100) -> list[list[float]]:
    """A pod's raw window ``[ms, ax, ay, az, gx, gy, gz]`` (g and deg/s)."""
    return [[i * 1000 // hz] + [round(rng.gauss(0, 2.2), 3) for _ in range(3)]
            + [round(rng.gauss(0, 180), 1) for _ in range(3)] for i in range(n)]


def pose(rng: random.Random, frames: int, pts: int = 17) -> list[dict[str, Any]]:
    """Body keypoints per video frame (x, y, score per joint): her movement in the clip."""
    return [{"f": f, "kp": [[round(rng.uniform(0.2, 0.8), 3), round(rng.uniform(0.1, 0.9), 3),
                             round(rng.uniform(0.6, 0.99), 2)] for _ in range(pts)]}
            for f in range(0, frames * 5, 5)]


def readings(rng: random.Random, n: int, t0: int = 1765360000) -> list[dict[str, Any]]:
    """The tank's probes: pH, temperature, conductivity, TDS, water level (negatives)."""
    return [{"t": t0 + 600 * i, "ph": round(6.4 + 0.2 * math.sin(i / 3), 2),
             "tempC": round(rng.uniform(24.6, 25.4), 1), "ecMs": round(rng.uniform(1.2, 1.6), 2),
             "tds": rng.randrange(610, 720), "levelMm": rng.randrange(181, 188)}
            for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a session, a clip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AUCTION", "BROTHER", "BUDDY", "CAMPAIGN", "CASE_FH", "FATHER", "GYM", "GYM_FIX",
           "HER_PARTY", "HOME_FH", "HUB", "INSTALLED", "JAN", "JP_HOME", "JP_HOME_AT", "KAIIN",
           "LOT_CAR", "MEDS_ADHD", "MY_CAR", "NAMAE_KANA", "PARTNER_SPAR", "PHARMACY", "PLOT",
           "PODS", "PSYCHIATRIST", "REEF_AT", "RX_ADHD", "SEINENGAPPI", "TANK", "TENPO",
           "TENPO_FIX", "TURF", "TURF_AT", "VOTERS", "VOTER_PHONE", "WIFI_PASS", "YARD_AT",
           "fix", "obj", "pose", "punches", "readings", "walk", "wrist"]
