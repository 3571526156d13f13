"""Helpers for the sixty-fourth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her serviced flat in Singapore (a six-month posting),
the hawker centre and a stall (negatives), her fix there, her work pass's FIN and an order; the
tutoring app's child (a data subject), his school, his tutor (negatives) and the co-parent; the
oximeter ring (an accessory: negatives), the home sleep test, her sleep doctor and generators for
SpO2, pulse, PPG, the ring's accelerometer and desaturation events; the condominium, other
residents' units (look-alikes of hers), a visitor, a parcel locker and a key fob; Central Park
(her run), a running store and her physiotherapist; the mahjong nickname, other players and
tiles; the TCM clinic and practitioner (negatives), her patient number, a herbal prescription,
a pulse sensor's waveform; and small generators (object IDs, ink strokes).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Tapaulah (Singapore hawker-centre ordering; Hanyu Pinyin API keys) ------------------------
SG_HOME = {"line": "21 Duxton Road #07-11", "postal": "089492", "city": "Singapore"}
SG_HOME_AT = (1.279412, 103.843087)  # her serviced flat in Tanjong Pagar (her home there)
CENTRE = {"id": "hc_0217", "name": "Bukit Merah Lane Food Centre", "lat": 1.28205,
          "lng": 103.81893}  # the hawker centre (a public place: negatives)
STALL = {"id": "st_02_17", "name": "Ah Seng Hainanese Chicken Rice", "unit": "#02-17",
         "phone": "+6562250142", "uen": "53418820K"}  # a stall (a business: negatives)
CENTRE_FIX = (1.282113, 103.819051)  # her phone at a table in the centre
CENTRE_WIFI = ("BMLFC-Free-WiFi", "9c:53:22:41:0a:7e")  # the centre's network she joins
SG_OFFICE_AT = (1.280634, 103.851043)  # her office at Raffles Place (her own place)
FIN = "G5820417Q"  # her work pass's foreign identification number (personal.national_id)
DINGDAN = "TPL-251209-04417"  # an order number (financial.purchase)
COLLEAGUE_SG = ("Wei Ling Tan", "+6591550187")  # a colleague she splits a bill with

# --- Tutorloom (exam tutoring for her son) ------------------------------------------------------
KID = {"id": "stu_9d41c2e8", "first": "Owen", "last": "Doe", "dob": "2012-09-14",
       "year": 2012, "age": 13}  # her son, preparing for the specialised high-school exam
SCHOOL = {"id": "sch_02M418", "name": "Lenox Hill Middle School 418", "district": "02",
          "lat": 40.76882, "lon": -73.95771}  # his school (an institution: negatives)
GRADES = {"math": 94, "ela": 88, "science": 91, "socialStudies": 90}  # his report card
TUTOR = {"id": "tut_4a17c0", "name": "Marcus Bell", "rate": "75.00"}  # a tutor (negatives)
KID_TABLET = "9b1e4f20-77c3-4d0a-a1f8-2c6b93d0e514"  # his tablet's install (another device)
PARENT_PIN = "0419"
LESSON = "TL-88213-K"  # a booked lesson package (financial.purchase)

# --- Oxiloop (a home sleep-apnoea test with an oximeter ring) ------------------------------------
RING = {"serial": "OXL-R3-0091844", "ble": "E4:1F:7A:33:C0:5D", "fw": "1.8.4", "size": 7,
        "model": "Oxiloop Ring 3"}  # the ring (an accessory: negatives)
STUDY_OX = "OXS-25-11872"  # the test's study number (a case ID: a negative)
KIT_ORDER = "OXO-771204"  # the kit's order (financial.purchase)
SLEEP_MD = ("Dr. Priya Raman", "+12125550149", "1457382910")  # her doctor, typed; the NPI not
MEMBER_OX = "WXH448120937"  # her health-insurance member ID (health.medical)

# --- Lobbywise (condominium management) ----------------------------------------------------------
BUILDING = {"id": "bld_5f350", "name": "Corbel House Condominium", "mgmt": "+12125550131",
            "office": "office@corbelhouse.example.com"}  # the building's office (negatives)
UNIT = "4B"  # her unit (contact.address)
OTHER_UNITS = ["7C", "12A", "3F", "9D", "4A"]  # other residents' units (look-alikes)
VISITOR = ("Rosa Morales", "+15550187733", "JTR-2291")  # a visitor she registers; the plate not
LOCKER_CODE = "604418"  # a parcel locker's pickup code (secret.credential)
FOB = "FOB-0A3319E2"  # a key fob's serial (a building's device: a negative)
INVITE = "LW-HX7Q-29"  # the management's activation code (secret.credential)

# --- Stridelens (running gait analysis by the phone's camera) ------------------------------------
PARK_AT = (40.781253, -73.966521)  # her run's start at the reservoir (her own fix)
STORE_SL = {"id": "str_118", "name": "Bluecrest Running Co.", "lat": 40.74395,
            "lon": -73.99198, "phone": "+12125550172"}  # a running store (negatives)
PHYSIO = ("Erin Castellano", "erin.castellano@keelpt.example.com")  # her physio, typed by her
SHOE_ORDER = "STR-40871"

# --- Jadewind Mahjong (mahjong with voice chat and in-app purchases) -----------------------------
NICK = "jadefox91"  # her nickname (id.user)
PLAYERS = ["LuckyBamboo", "RedDragon88", "tile_whisperer"]  # other players (negatives)
FRIEND_CODE = "JW-5521-8830"  # another player's friend code (a negative)
GEMS_ORDER = "GPA.3318-2207-4410-62291"

# --- Pulseherb (a traditional Chinese medicine clinic) -------------------------------------------
CLINIC_PH = {"id": "cl_mott41", "name": "Pulseherb Chinatown", "line": "41 Mott Street",
             "phone": "+12125550127", "lat": 40.71468, "lon": -73.99843}  # the clinic
PRACTITIONER = {"id": "pr_118", "name": "Lin Wei-Ming, L.Ac."}  # a licensed practitioner
PATIENT_NO = "PH-0048817"  # her patient number at the clinic (id.user)
RX_PH = "RX-PH-22917"  # her herbal prescription's number (health.medical)
MOTHER = ("Margaret Doe", "1958-03-02")  # her mother, added as a dependant
FORMULA = {"name": "Jia Wei Xiao Yao San", "herbs": [
    {"herb": "Chai Hu", "g": 9}, {"herb": "Bai Shao", "g": 12}, {"herb": "Dang Gui", "g": 9},
    {"herb": "Bai Zhu", "g": 9}, {"herb": "Fu Ling", "g": 12}, {"herb": "Mu Dan Pi", "g": 6},
    {"herb": "Zhi Zi", "g": 6}, {"herb": "Gan Cao", "g": 3}]}


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a table, a ticket): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def spo2(rng: random.Random, n: int) -> list[int]:
    """SpO2 (%) every 4 s through the night, with a few desaturation dips."""
    out, dip = [], 0
    for i in range(n):
        dip = rng.randrange(6, 12) if i % 17 == 5 else max(0, dip - 2)
        out.append(max(82, 96 - dip + rng.randrange(-1, 2)))
    return out


def pulse(rng: random.Random, n: int) -> list[int]:
    """Pulse rate (bpm) every 4 s."""
    return [60 + round(6 * math.sin(i / 7)) + rng.randrange(-2, 3) for i in range(n)]


def ppg(rng: random.Random, n: int) -> list[int]:
    """Raw infrared PPG counts at 25 Hz (the ring's optical signal)."""
    return [int(52000 + 900 * math.sin(i / 3.9) + rng.gauss(0, 40)) for i in range(n)]


def actigraphy(rng: random.Random, n: int) -> list[list[float]]:
    """The ring's accelerometer rows ``[s, x, y, z]`` in g (movement and hand position)."""
    return [[i * 30, round(rng.gauss(0.02, 0.01), 3), round(rng.gauss(-0.1, 0.02), 3),
             round(rng.gauss(0.99, 0.01), 3)] for i in range(n)]


def desats(rng: random.Random, n: int, t0: int = 1765258200) -> list[dict[str, Any]]:
    """Desaturation events: start, length, nadir and drop (the ring's detector output)."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(240, 1500)
        nadir = rng.randrange(83, 91)
        out.append({"start": t, "durS": rng.randrange(12, 48), "nadir": nadir,
                    "drop": 95 - nadir})
    return out


def pulse_wave(rng: random.Random, n: int) -> list[float]:
    """A wrist pressure sensor's pulse waveform (mmHg at 100 Hz) for pulse diagnosis."""
    return [round(78 + 14 * max(0.0, math.sin(i / 4.6)) ** 3 + rng.gauss(0, 0.3), 2)
            for i in range(n)]


def ink(rng: random.Random, n: int) -> list[list[int]]:
    """A pen stroke on the tutoring whiteboard: ``[ms, x, y]`` rows."""
    x, y, out = 300, 420, []
    for i in range(n):
        x += rng.randrange(4, 14)
        y += rng.randrange(-9, 10)
        out.append([i * 12, x, y])
    return out


def tiles(rng: random.Random, n: int) -> list[str]:
    """Mahjong tiles (suit letter and rank; winds and dragons): game state, a negative."""
    pool = [f"{s}{r}" for s in "bcd" for r in range(1, 10)] + ["E", "S", "W", "N", "Rd", "Gd"]
    return [rng.choice(pool) for _ in range(n)]


__all__ = ["BUILDING", "CENTRE", "CENTRE_FIX", "CENTRE_WIFI", "CLINIC_PH", "COLLEAGUE_SG",
           "DINGDAN", "FIN", "FOB", "FORMULA", "FRIEND_CODE", "GEMS_ORDER", "GRADES", "INVITE",
           "KID", "KID_TABLET", "KIT_ORDER", "LESSON", "LOCKER_CODE", "MEMBER_OX", "MOTHER",
           "NICK", "OTHER_UNITS", "PARENT_PIN", "PARK_AT", "PATIENT_NO", "PHYSIO", "PLAYERS",
           "PRACTITIONER", "RING", "RX_PH", "SCHOOL", "SG_HOME", "SG_HOME_AT", "SG_OFFICE_AT",
           "SHOE_ORDER", "SLEEP_MD", "STALL", "STORE_SL", "STUDY_OX", "TUTOR", "UNIT",
           "VISITOR", "actigraphy", "desats", "fix", "home", "ink", "obj", "ppg", "pulse",
           "pulse_wave", "spo2", "tiles"]
