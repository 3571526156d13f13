"""Helpers for the ninety-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``eval_families17_kit`` to
``eval_families37_kit``; the apps' header helper ``head``, JWT ``claims``, request IDs ``rid`` and
SDK per-install IDs ``sdk_id`` are set 24's; ``fix``, ``home`` and ``obj`` set 37's).

This kit adds what the set's apps share. She is on a two-year posting in Ulaanbaatar and rents a
plot with a house and a ger in a ger district (Chingeltei): her address there in Mongolian keys,
its point, her residence registration number; the khoroo office and the heating programme's
stove (negatives); the district TB cabinet (a negative), her TB register number and regimen; the
Naadam racecourse, a race and a horse (negatives) and her fix at the finish; the herding
household she keeps the books for on the app (its camps are hers; the neighbours' camps, the
herd's counts and the soum centre are negatives); the throat-singing school (a negative) and a
pitch track; the cashmere cooperative (a negative), her member number, a fibre lot and her bank
account; the bus and rail stations (negatives), a companion she books for and a ticket.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her home in Ulaanbaatar (a ger-district plot, Chingeltei) ----------------------------------
UB_HOME = {"duureg": "Chingeltei", "khoroo": "17-r khoroo", "gudamj": "Denjiin 4-r gudamj",
           "hashaa": "112-r hashaa"}
UB_HOME_AT = (47.951842, 106.903617)  # her plot (location.precise where sent)
UB_CITY, UB_POST = "Ulaanbaatar", "15171"  # location.coarse
REG_NO = "JD91051718"  # her residence registration number (personal.national_id)
MN_ACCOUNT = "MN350005005123456789"  # her bank account (financial.payment)
KHOROO = {"name": "Chingeltei 17-r khoroony Zasag darga", "utas": "+97670110417",
          "lat": 47.94911, "lon": 106.90544}  # the khoroo office (a negative)
STOVE = {"serial": "ULZ4-2311-008821", "model": "Ulzii-4 baga utaatai", "fw": "1.4.2"}
SUBSIDY_NO = "DTT-2025-118204"  # the subsidy application's number (a case ID: a negative)
OFFICE_UB_AT = (47.918712, 106.917604)  # her office near Sukhbaatar Square (her place)

# --- DOT video therapy (tuberculosis) ------------------------------------------------------------
TB_CABINET = {"id": "tbc_0412", "name": "Chingeltei District TB Cabinet",
              "phone": "+97670115521", "lat": 47.93652, "lon": 106.91018}
TB_REG = "TB-CH-25-00731"  # her TB register number (health.medical)
REGIMEN = ["isoniazid 300 mg", "rifampicin 600 mg", "pyrazinamide 1500 mg",
           "ethambutol 1100 mg"]  # health.medical
NURSE_ID = "nrs_0093"  # her DOT nurse's staff ID (a negative)

# --- Naadam horse racing -------------------------------------------------------------------------
RACECOURSE_AT = (47.77412, 106.61783)  # Khui Doloon Khudag (a venue: a negative)
RACE = {"id": "rc_25_soyolon_final", "class": "soyolon", "km": 22}
HORSE = {"id": "hr_2207", "name": "Khurdan Saaral", "trainer": "Ganbold T.",
         "aimag": "Tov"}  # a horse and its trainer (negatives)
FINISH_FIX = (47.778904, 106.624117)  # her phone at the finish line
TICKET_NAADAM = "NDM-25-071144"  # her stand ticket (financial.purchase)

# --- the herding household's books -------------------------------------------------------------
WINTER_CAMP = (47.412306, 107.285914)  # the household's winter camp (her place: precise)
SUMMER_CAMP = (47.520418, 107.401733)
# other herders' camps (negatives)
NEIGHBOURS = [{"id": "hh_5520", "camp": (47.418822, 107.301155)},
              {"id": "hh_5531", "camp": (47.405117, 107.26298)}]
SOUM_AT = (47.46542, 107.28216)  # the soum centre (a negative)
HERD = {"honi": 412, "yamaa": 286, "aduu": 37, "ukher": 22, "temee": 4}  # counts: negatives
CENSUS_NO = "MAL-TOV-0921-118"  # the household's livestock census number (id.user)

# --- throat singing -----------------------------------------------------------------------------
SCHOOL = {"id": "sch_11", "name": "Khoomii Tuurgatan School", "teacher": "tch_0407"}
LESSON = "ls_kharkhiraa_03"

# --- cashmere cooperative -------------------------------------------------------------------------
COOP = {"id": "coop_17", "name": "Altan Yamaa Cashmere Cooperative", "phone": "+97670128804",
        "lat": 47.46611, "lon": 107.28355}  # the cooperative (a negative)
MEMBER_NO = "AY-0417"  # her member number (id.user)
LOT = {"id": "lot_25_0417_03", "kg": 18.4, "micron": 15.8, "colour": "white",
       "grade": "A"}  # a fibre lot (negatives)

# --- bus and rail --------------------------------------------------------------------------------
STATIONS = {"ub_rail": ("Ulaanbaatar Rail", 47.90865, 106.88419),
            "dragon": ("Dragon Bus Terminal", 47.91618, 106.82377),
            "darkhan": ("Darkhan Rail", 49.48661, 105.92284)}  # negatives
COMPANION = ("Sarnai Enkhbold", "+97688114502")  # a friend she books for (contact.*)
PNR = "ZT7K4Q"  # her booking reference (financial.purchase)


# --- generators -------------------------------------------------------------------------------
def pitch(rng: random.Random, n: int, base: float = 112.0) -> list[float]:
    """A lesson's pitch track in Hz, one value per 20 ms frame (a scoring feature)."""
    return [round(base + 6 * math.sin(i / 7) + rng.gauss(0, 0.8), 1) for i in range(n)]


def overtones(rng: random.Random, n: int) -> list[list[float]]:
    """Per frame, the strengths of the 6th to 12th harmonics in dB (a scoring feature)."""
    return [[round(rng.uniform(-38, -8), 1) for _ in range(7)] for _ in range(n)]


def walk(rng: random.Random, n: int, at: Pt, t0: int = 1765440000) -> list[dict[str, Any]]:
    """Her fixes following the flock from camp (lat/lon ``location.precise``)."""
    out, la, lo = [], at[0], at[1]
    for i in range(n):
        la += rng.uniform(-0.0009, 0.0012)
        lo += rng.uniform(-0.0011, 0.0015)
        out.append({"t": t0 + 300 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "alt": rng.randrange(1380, 1460)})
    return out


def lot_photo_id(rng: random.Random) -> str:
    """A media object's ID on the server (a negative)."""
    return "med_" + rnd_hex(rng, 16)


__all__ = [
    "CENSUS_NO",
    "COMPANION",
    "COOP",
    "FINISH_FIX",
    "HERD",
    "HORSE",
    "KHOROO",
    "LESSON",
    "LOT",
    "MEMBER_NO",
    "MN_ACCOUNT",
    "NEIGHBOURS",
    "NURSE_ID",
    "OFFICE_UB_AT",
    "PNR",
    "RACE",
    "RACECOURSE_AT",
    "REGIMEN",
    "REG_NO",
    "SCHOOL",
    "SOUM_AT",
    "STATIONS",
    "STOVE",
    "SUBSIDY_NO",
    "SUMMER_CAMP",
    "TB_CABINET",
    "TB_REG",
    "TICKET_NAADAM",
    "UB_CITY",
    "UB_HOME",
    "UB_HOME_AT",
    "UB_POST",
    "WINTER_CAMP",
    "lot_photo_id",
    "overtones",
    "pitch",
    "walk",
]
