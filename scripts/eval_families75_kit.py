"""Helpers for the seventy-fifth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

The tester's persona here: she lives in New York (the profile's position) with her husband Imran
and their daughter Ayesha (11); the capture covers her life there and a December visit to her
husband's family in Lahore. This kit adds what the set's apps share: the family (people she types
in), her Pakistan Origin Card number, the in-laws' house in Gulberg where she stays (her address
there) and her fixes in Lahore; the wallet's billers and a shop (negatives), her father-in-law's
bank account; the thalassemia clinic and centre (negatives), her haematologist; the cricket
ground (a park: a negative), the team and generators for balls; the candidate of the rishta
profile she manages (her brother-in-law Faisal) and his family; the rickshaw ride and its trace;
the Quran teacher and her memorisation; the academy's centre (a negative) and her daughter.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- the family (people she types in: contact.* where sent) ------------------------------------
HUSBAND = ("Imran Qureshi", "+15550148822", "imran.q@example.net")
HER_FATHER = "Robert Doe"  # her father's name, asked by the wallet's KYC (walid_ka_naam)
FIL = ("Javed Qureshi", "+923215550147")  # her father-in-law in Lahore
MIL = "Nasreen Qureshi"
SIL = "Sana Qureshi"  # her sister-in-law (married)
NIECE_PHONE = "+923335550128"  # a niece's number she tops up
DOB_PK = "17-05-1991"  # her birth date as Pakistani forms write it
POC = "35202-8817730-6"  # her Pakistan Origin Card number (personal.national_id)

# --- Lahore: the in-laws' house in Gulberg (her address while there) --------------------------
LHR_HOME = {"line": "House 27, Street 4, Block C, Gulberg III", "area": "Gulberg III",
            "city": "Lahore", "zip": "54660"}
LHR_HOME_AT = (31.507814, 74.344592)
LIBERTY_AT = (31.510561, 74.344027)  # the market she rides to (her destination)
SHOP = {"id": "mch_40917", "name": "Gulberg Chai Corner", "phone": "+924235550171",
        "lat": 31.51042, "lon": 74.34388}  # a QR merchant in the market (negatives)
SHOP_FIX = (31.510447, 74.343912)  # her phone at the shop's counter
BILLERS = {"bijli": ("RAVI-ELEC", "04 11253 7781204"), "gas": ("PUNJ-GAS", "1187 2290 4471")}
FIL_IBAN = "PK03RAVB0000004417250193"  # her father-in-law's account (a recipient's: payment)
WALLET_IBAN = "PK61BTWA0000005550199017"  # her wallet's own IBAN (financial.payment)

# --- Khoonsathi (thalassemia transfusion tracker) ---------------------------------------------
CENTRE = {"id": "ctr_lhr_0412", "name": "Rehmat Thalassemia Centre",
          "line": "88 Ferozepur Road", "phone": "+924235550162", "lat": 31.49652,
          "lon": 74.32414}  # the Lahore transfusion centre (negatives)
HEME_CLINIC = {"id": "cl_ny_2207", "name": "Gramercy Hematology Associates",
               "phone": "+12125550193"}  # her NYC clinic (negatives)
HEMATOLOGIST = ("Dr. Miriam Feld", "m.feld@gramercyheme.example.com")  # typed by her
BAGS = ["B2512-044917-07", "B2512-044918-03"]  # blood-bag unit numbers (negatives)

# --- Tapeball (street-cricket scoring) ---------------------------------------------------------
GROUND = {"id": "gr_7731", "name": "Marine Park Cricket Field", "lat": 40.60412,
          "lon": -73.92135}  # a public park (a negative)
GROUND_FIX = (40.604487, -73.920811)  # her phone at the boundary, scoring
GULLY_FIX = (31.508362, 74.346117)  # the lane behind the in-laws' house (a gully match)
TEAM = {"id": "tm_5c21e8", "name": "Flatiron Strikers"}
PLAYERS = ["Imran Qureshi", "Usman Tariq", "Bilal Anwar", "Hamza Sheikh", "Danish Malik"]

# --- Rishtamilan (matrimonial): she manages her brother-in-law's profile -----------------------
CANDIDATE = {"name": "Faisal Qureshi", "dob": "1996-08-14", "cnic": "35202-4417209-3",
             "pid": "rm_51c8e04d"}  # the profile she manages (his data; the ID id.user)

# --- Hifzpath (Quran memorisation) -------------------------------------------------------------
TEACHER = {"id": "tch_2291", "name": "Ustadha Khadija"}  # her online teacher (a negative)
TEACHER_CODE = "HZ-4K7Q-29"  # the teacher's join code (secret.credential)

# --- Parhailo (a tuition academy): her daughter's data -----------------------------------------
KID = {"name": "Ayesha Qureshi", "first": "Ayesha", "dob": "2014-03-22", "age": 11,
       "year": 2014, "id": "stu_9f41c2a7"}
ACADEMY_AT = (31.46981, 74.27211)  # the academy's Johar Town campus (a negative)
INVOICE = "PHL-INV-25-11873"  # the term's invoice number (financial.purchase)


# --- generators -------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trace(rng: random.Random, n: int, start: Pt = LHR_HOME_AT, end: Pt = LIBERTY_AT,
          keys: tuple[str, str] = ("lat", "lng"), t0: int = 1765612000) -> list[dict[str, Any]]:
    """Her fixes on a ride from ``start`` to ``end`` (lat/lon precise; speed and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(8, 28), 1)})
    return out


def balls(rng: random.Random, n: int, over: int) -> list[dict[str, Any]]:
    """Ball-by-ball scoring: batter and bowler IDs, runs, extras and the shot's direction on the
    field (wagon-wheel x/y in metres from the stumps): all negatives."""
    out = []
    for b in range(1, n + 1):
        runs = rng.choice([0, 0, 1, 1, 2, 4, 6])
        out.append({"over": over, "ball": b, "bat": f"pl_{rnd_hex(rng, 6)}",
                    "bowl": f"pl_{rnd_hex(rng, 6)}", "runs": runs,
                    "extra": rng.choice([None, None, "wd", "nb"]),
                    "wagon": {"x": round(rng.uniform(-45, 45), 2),
                              "y": round(rng.uniform(-45, 45), 2)}})
    return out


def trace_letters(rng: random.Random, n: int) -> list[list[int]]:
    """A child's finger tracing an Urdu letter on the screen: ``[ms, x, y]`` rows."""
    x, y, out = 540, 600, []
    for i in range(n):
        x -= rng.randrange(4, 14)
        y += rng.randrange(-9, 12)
        out.append([i * 16, x, y])
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a bill, a ride, a match, a message): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def others(rng: random.Random, n: int, pre: str = "rm_") -> list[str]:
    """Other members' profile IDs (candidates, players, classmates): negatives."""
    return [f"{pre}{rnd_hex(rng, 8)}" for _ in range(n)]


__all__ = ["ACADEMY_AT", "BAGS", "BILLERS", "CANDIDATE", "CENTRE", "DOB_PK", "FIL", "FIL_IBAN",
           "GROUND", "GROUND_FIX", "GULLY_FIX", "HEMATOLOGIST", "HEME_CLINIC", "HER_FATHER",
           "HUSBAND", "INVOICE", "KID", "LHR_HOME", "LHR_HOME_AT", "LIBERTY_AT", "MIL",
           "NIECE_PHONE", "PLAYERS", "POC", "SHOP", "SHOP_FIX", "SIL", "TEACHER", "TEACHER_CODE",
           "TEAM", "WALLET_IBAN", "balls", "fix", "obj", "others", "trace", "trace_letters"]
