"""Helpers for the hundred-and-twenty-seventh (blind) evaluation set. Category ids are spelled out
here (TAXONOMY.md); the profile's transforms, wire helpers and ``report`` stay in the earlier kits
(``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

The set's user is the profile's Jane Doe of New York, an Armenian-American married to Davit
Sargsyan; her daughter Ani is eight; her mother-in-law Anahit lives in Gyumri. Each summer the
family stays at the in-laws' flat in Yerevan. This kit holds what the apps share: her people,
her Armenian passport and social card (public services number), the Yerevan flat and her fixes
there, her apricot plot in Ararat province and the cooperative (its office, buyers and depot are
negatives), the duduk school and teacher (negatives), the church (its address, phone, priest:
negatives; her late grandfather's name is hers to give), the asthma clinic (negatives), the
remittance app's recipient and pick-up agent, the chess school's coach and rivals (negatives),
trailheads and huts (negatives) and generators (a hike's track, inhaler puffs, a peak-flow week,
chess moves, a harvest's crates, an object ID).
"""

from __future__ import annotations

import random
from typing import Any

from eval_payloads import L, rnd_hex

# Category ids (TAXONOMY.md).
ADDR, ADID, BIRTH, BUY = ("contact.address", "id.advertising", "personal.birthdate",
                          "financial.purchase")
CARRIER, COARSE, CONTACTS, CRED = ("location.carrier", "location.coarse", "content.contacts",
                                   "secret.credential")
DEV, DID, FIT, GENDER = "device.info", "id.device", "health.fitness", "personal.gender"
IPLOC, MAIL, MED, MEDIA = "location.ip", "contact.email", "health.medical", "content.media"
MOTION, NAMEC, NATID, PAY = ("behavior.motion", "contact.name", "personal.national_id",
                             "financial.payment")
PRECISE, SEARCH, SENS, TEL = ("location.precise", "behavior.search", "personal.sensitive",
                              "contact.phone")
TEXT, UID, USAGE, WIFI = "content.text", "id.user", "behavior.usage", "location.wifi"
Pt = tuple[float, float]

# --- her people and documents -----------------------------------------------------------------
HUSBAND = ("Davit Sargsyan", "+15550100148")  # contact.name / contact.phone where sent
MIL = ("Anahit Sargsyan", "+37493555014", "Gyumri")  # her mother-in-law (a recipient)
MIL_STREET = "Abovyan poghots 7"  # the mother-in-law's street (contact.address)
DAUGHTER = ("Ani", "Ani Sargsyan", "2017-03-09", 8)  # first name, full name, birth date, age
GRANDFATHER = "Hovhannes Sargsyan"  # the late grandfather remembered in a requiem (her text)
PASSPORT_AM = "AT0458812"  # her Armenian passport (personal.national_id)
SOCIAL_CARD = "1905910417"  # her Armenian public services number (personal.national_id)
YVN = {"street": "Tumanyan poghots 21, bn. 14", "city": "Yerevan", "postal": "0002"}
YVN_AT = (40.184132, 44.512571)  # the in-laws' flat in Yerevan (her fix there)

# --- Tsiran Coop (apricot orchard cooperative, Ararat valley) ----------------------------------
PLOT_AT = (39.954218, 44.571093)  # her fix standing at her plot (location.precise)
PLOT_CADASTRE = "05-012-0143-0027"  # the land registry's parcel code (the land's: a negative)
COOP = {"id": "coop_ararat_07", "name": "Araratyan Tsiran Kooperativ",
        "phone": "+37423455012", "address": "Shahumyan poghots 3, Artashat",
        "lat": 39.95641, "lon": 44.55012}  # the cooperative's office (negatives)
MEMBER_COOP = "TK-0419"  # her membership number (id.user)
BUYER = {"id": "byr_2218", "name": "Yerevan Dried Fruit LLC", "phone": "+37410555031"}
CRATES = [14, 16, 11, 15, 13]  # crates per picking day (her harvest: unlabelled output)

# --- Duduktun (duduk lessons) -------------------------------------------------------------------
TEACHER = {"id": "tch_0871", "name": "Varazdat Melikyan", "phone": "+12125550174",
           "studio": "Armenian Cultural Hall, 215 East 34th Street"}  # negatives
STUDIO_AT = (40.74511, -73.97762)  # the studio (a negative)
LESSON_BOOKING = "DT-5521-K"  # a lesson booking code (financial.purchase)

# --- Lusamom (an Armenian Apostolic church's candles and requiems) ------------------------------
CHURCH = {"id": "ch_stsarkis", "name": "St. Sarkis Armenian Apostolic Church",
          "phone": "+12125550117", "address": "221 East 27th Street",
          "priest": "Der Mesrop Ohanian", "lat": 40.74104, "lon": -73.97981}  # negatives

# --- Breathmere (an asthma and allergy clinic) -------------------------------------------------
CLINIC = {"id": "bm_midtown", "name": "Breathmere Asthma & Allergy, Midtown",
          "phone": "+12125550193", "line": "40 East 41st Street", "lat": 40.75178,
          "lon": -73.97952}  # negatives
ALLERGIST = ("Dr. Lena Marsh", "+12125550194")  # her allergist (typed by her: contact.*)
INHALER = {"serial": "BMS-IH-2207731", "ble": "E4:91:3C:08:7A:51", "fw": "1.4.2",
           "drug": "budesonide/formoterol 160/4.5"}  # the smart cap (accessory: negatives)
INSURER_ID = "HZN4471920330"  # her health-insurance member ID (health.medical)

# --- Karotbox (remittances and gift baskets to Armenia) ---------------------------------------
AGENT = {"id": "ag_gy_031", "name": "Shirak Cash Point", "phone": "+37431255019",
         "address": "Rizhkov poghots 12, Gyumri", "lat": 40.78521,
         "lon": 43.84117}  # the pick-up agent (negatives)
TRANSFER_REF = "KB-88412-YY"  # a transfer's reference (financial.purchase)
BASKET = "gb_apricot_deluxe"  # a gift basket SKU (a negative)

# --- Zinvor Chess School (her daughter's) -------------------------------------------------------
KID_ID = "stu_5e1a90c3"  # Ani's student ID (id.user)
COACH = {"id": "coach_214", "name": "Gohar Avetisyan"}  # her coach (a negative)
RIVALS = ["stu_77ab0d12", "stu_1c9e44f0", "stu_90d2a7be"]  # other children (negatives)
FED_ID = "ARM-CF-240913"  # Ani's chess federation ID (id.user)

# --- Lernpost (mountain trail safety check-in, Armenia) ----------------------------------------
TRAILHEAD_AT = (40.47412, 44.18571)  # Aragats south trailhead (a negative)
HUT_AT = (40.49877, 44.17643)  # the Kari lake hut (a negative)
HIKE_START = (40.474388, 44.185962)  # her fix at the start
SUMMIT_FIX = (40.512806, 44.196431)  # her fix on the south summit
RANGER = {"name": "Aragats Rescue Post", "phone": "+37425255011"}  # negatives


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise`` from 3 decimals)."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def hike(rng: random.Random, n: int, start: Pt = HIKE_START, end: Pt = SUMMIT_FIX,
         t0: int = 1752400000) -> list[dict[str, Any]]:
    """Her fixes on the climb (lat/lon ``location.precise``; altitude, speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 60 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "alt": round(3190 + 18.5 * i, 1),
                    "acc": rng.choice([4, 5, 7])})
    return out


def puffs(rng: random.Random, n: int, t0: int = 1765240000) -> list[dict[str, Any]]:
    """The smart inhaler cap's actuations (time, kind, inspiratory flow): a medical record."""
    out, t = [], t0
    for _ in range(n):
        t += rng.randrange(3600, 30000)
        out.append({"t": t, "kind": rng.choice(["controller", "controller", "rescue"]),
                    "flowLpm": round(rng.uniform(38, 72), 1)})
    return out


def peakflow(rng: random.Random, n: int = 7) -> list[int]:
    """A week of morning peak-flow readings in L/min."""
    return [rng.randrange(340, 430, 10) for _ in range(n)]


def moves(rng: random.Random, n: int) -> list[str]:
    """A chess game's moves in UCI notation (the game's, not a personal value)."""
    pool = ["e2e4", "e7e5", "g1f3", "b8c6", "f1c4", "g8f6", "d2d3", "f8c5", "c2c3", "d7d6",
            "e1g1", "e8g8", "b1d2", "a7a6", "h2h3", "h7h6"]
    return pool[:n] if n <= len(pool) else pool + [rng.choice(pool) for _ in range(n - 16)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lesson, a candle, a transfer, a game): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ADDR", "ADID", "AGENT", "ALLERGIST", "BASKET", "BIRTH", "BUY", "BUYER", "CARRIER",
           "CHURCH", "CLINIC", "COACH", "COARSE", "CONTACTS", "COOP", "CRATES", "CRED",
           "DAUGHTER", "DEV", "DID", "FED_ID", "FIT", "GENDER", "GRANDFATHER", "HIKE_START",
           "HUSBAND", "HUT_AT", "INHALER", "INSURER_ID", "IPLOC", "KID_ID", "LESSON_BOOKING",
           "MAIL", "MED", "MEDIA", "MEMBER_COOP", "MIL", "MIL_STREET", "MOTION", "NAMEC",
           "NATID", "PASSPORT_AM", "PAY", "PLOT_AT", "PLOT_CADASTRE", "PRECISE", "RANGER",
           "RIVALS", "SEARCH", "SENS", "SOCIAL_CARD", "STUDIO_AT", "SUMMIT_FIX", "TEACHER",
           "TEL", "TEXT", "TRAILHEAD_AT", "TRANSFER_REF", "UID", "USAGE", "WIFI", "YVN",
           "YVN_AT", "fix", "hike", "moves", "obj", "peakflow", "puffs"]
