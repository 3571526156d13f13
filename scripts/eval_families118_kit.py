"""Helpers for the hundred-and-eighteenth (blind) evaluation set. Wire helpers, the profile's
transforms and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's; ``fix``,
``home`` and ``obj`` are set 37's).

This kit adds the category ids by name and what the set's apps share: the family's seasonal
rental in Te Puke (Bay of Plenty, New Zealand) and her fixes away from it (the spa, the marae, the
orchard block, the river mouth), her husband Tama and their son Nikau (11), the Rotorua spa (a
business: negatives), the marae and its booking, the kapa haka competition and her son's rōpū, her
rheumatologist and the gout log's generators, the orchard (her employer: negatives), her picker
number, IRD number and bank account, the whitebait river and its tide station (negatives), and the
te reo course's wānanga venue (a negative).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families37_kit import fix, home, obj
from eval_payloads import L

Pt = tuple[float, float]

# --- category ids (TAXONOMY.md) -----------------------------------------------------------------
ADID, DID, UID, HW = "id.advertising", "id.device", "id.user", "id.hardware"
MAIL, TEL, NAMEC, ADDR = "contact.email", "contact.phone", "contact.name", "contact.address"
PRECISE, COARSE, CARRIER = "location.precise", "location.coarse", "location.carrier"
IPLOC, WIFI = "location.ip", "location.wifi"
USAGE, TEXT, MEDIA, SEARCH = "behavior.usage", "content.text", "content.media", "behavior.search"
CONTACTS, BROWSE = "content.contacts", "behavior.browsing"
BIRTH, GENDER, NATID = "personal.birthdate", "personal.gender", "personal.national_id"
SENS, FIT, MED = "personal.sensitive", "health.fitness", "health.medical"
PAY, BUY, DEV, CRED = "financial.payment", "financial.purchase", "device.info", "secret.credential"

# --- Te Puke: the family spends the season in a rental (she picks kiwifruit nearby) --------------
TEPUKE = {"line": "27 Kowhai Lane", "town": "Te Puke", "region": "Bay of Plenty",
          "postcode": "3119"}
TEPUKE_AT = (-37.784126, 176.325804)  # the rental (her place while there: location.precise)
HUSBAND = ("Tama Rawiri", "+64215550148", "tama.rawiri@example.net")  # typed by her (contact.*)
SON = {"first": "Nikau", "last": "Rawiri", "dob": "2014-03-09", "age": 11,
       "id": "tamaiti_4b81c2"}  # her son (a data subject: the kapa haka app)
PASSWORD = "Kowhai!Puna42"
NZ_LICENCE = "EK482917"  # her NZ driver licence number (personal.national_id)
NZ_TZ = "Pacific/Auckland"

# --- Mahanaspa (Rotorua geothermal spa bookings) ------------------------------------------------
SPA = {"id": "puna_0217", "name": "Mahana Springs Rotorua", "phone": "+6473480155",
       "line": "41 Hinemoa Street", "lat": -38.13876, "lon": 176.25731}  # negatives
SPA_FIX = (-38.138812, 176.257398)  # her phone at the spa's desk
SPA_BOOKING = "MS-7Q4K2P"  # her booking reference (financial.purchase)
POOLS = ["puna_kiri_2", "puna_whanau_1", "puna_mud_3"]  # private pools (negatives)

# --- Hapuhui (marae venue bookings) -------------------------------------------------------------
MARAE = {"id": "marae_0093", "name": "Te Awhina Marae", "phone": "+6475330144",
         "line": "118 Arawa Road", "town": "Maketu", "lat": -37.76153,
         "lon": 176.44871}  # the marae (negatives)
MARAE_FIX = (-37.761488, 176.448602)  # her fix at the marae on the day
HUI_BOOKING = "HH-25-0418"  # the reunion's booking reference (financial.purchase)
COUSIN = ("Aroha Ngata", "+64275550193", "aroha.ngata@example.org")  # a cousin she adds

# --- Tuhaka (kapa haka competition entries) -----------------------------------------------------
ROOPU = {"id": "roopu_031", "name": "Te Puke Rangatahi",
         "tutor": "Whaea Mere Paki"}  # her son's group and its tutor (negatives)
COMP = {"id": "comp_26_bop", "name": "Bay of Plenty Rangatahi Kapa Haka",
        "venue": "Waikorere Events Centre", "lat": -37.70412, "lon": 176.17266}  # negatives
ENTRY = "KH-26-00731"  # the entry's reference (financial.purchase: the entry fee)
SON_DOCTOR = ("Dr. Ruth Kingi", "+6475730162")  # his GP, typed by her (contact.*)

# --- Uratrack (gout flares and uric acid) -------------------------------------------------------
RHEUM = ("Dr. Hemi Walker", "+6475710188", "h.walker@baymed.example.com")  # typed by her
LAB = {"id": "lab_0412", "name": "Bay Community Laboratory", "phone": "+6475780120"}  # negative
URATE_TARGET = 0.36  # mmol/L, the treat-to-target line (the guideline's: a negative)

# --- Huaroster (kiwifruit orchard roster: her seasonal job) ------------------------------------
EMPLOYER = {"id": "org_pgo", "name": "Paengaroa Gold Orchards", "phone": "+6475330177",
            "line": "902 Old Coach Road"}  # her employer (negatives)
BLOCK = {"id": "blk_14C", "name": "Block 14C Hayward", "lat": -37.80127,
         "lon": 176.39482}  # the orchard block's centroid (a negative)
BLOCK_FIX = (-37.801043, 176.395117)  # her phone at clock-in
PICKER_NO = "PGO-P-0418"  # her picker number (id.user)
IRD = "049-091-850"  # her IRD (tax) number (personal.national_id)
NZ_BANK = "12-3140-0123456-00"  # her NZ bank account (financial.payment)
CREW = ["pk_7d21a9", "pk_c40b18", "pk_93e6f2"]  # crew mates' picker IDs (negatives)

# --- Inangalog (whitebait catch diary) -----------------------------------------------------------
RIVER = {"id": "riv_kaituna", "name": "Kaituna River mouth", "station": "TS-BOP-112",
         "lat": -37.74853, "lon": 176.43112}  # the river and its tide station (negatives)
SPOTS = [(-37.748211, 176.430587), (-37.749036, 176.432214)]  # her spots on the bank

# --- Reokura (te reo Māori course) -------------------------------------------------------------
WANANGA = {"id": "wn_0211", "name": "Te Puke Community Hall", "line": "130 Jellicoe Street",
           "lat": -37.78557, "lon": 176.32409}  # an evening class's venue (a negative)


def nz_address(line: str = "line", town: str = "town", pc: str = "postcode") -> dict[str, L]:
    """The rental's address in the keys a form uses (street ``contact.address``, town, region
    and postcode ``location.coarse``)."""
    return {line: L(TEPUKE["line"], ADDR), town: L(TEPUKE["town"], COARSE),
            "region": L(TEPUKE["region"], COARSE), pc: L(TEPUKE["postcode"], COARSE)}


def urates(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her serum urate results (mmol/L) with the test dates (the series: ``health.medical``)."""
    return [{"date": f"2025-{6 + i:02d}-1{i}", "mmol": round(0.52 - 0.03 * i
                                                             + rng.uniform(-0.01, 0.01), 2)}
            for i in range(n)]


def flares(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her flare log: joint, pain 0-10 and days (the log: ``health.medical``)."""
    joints = ["left big toe", "right ankle", "left big toe", "right knee"]
    return [{"joint": joints[i % 4], "pain": rng.randrange(5, 10), "days": rng.randrange(2, 8),
             "start": f"2025-{8 + i:02d}-0{i + 2}"} for i in range(n)]


def catches(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her whitebait tides: the spot she netted from (``location.precise``), grams, minutes."""
    out = []
    for i in range(n):
        at = SPOTS[i % 2]
        out.append({"tide": f"2025-11-{10 + i}", "lat": L(at[0], PRECISE),
                    "lon": L(at[1], PRECISE), "grams": rng.randrange(40, 900),
                    "minutes": rng.randrange(60, 180), "net": "scoop"})
    return out


def bins(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Bins she picked (bin tags and rows: the orchard's, negatives)."""
    return [{"tag": f"BIN-{rng.randrange(100000, 999999)}", "row": rng.randrange(1, 40),
             "at": f"2025-12-09T0{7 + i}:1{i}:00+13:00"} for i in range(n)]


__all__ = ["ADDR", "ADID", "BIRTH", "BLOCK", "BLOCK_FIX", "BROWSE", "BUY", "CARRIER", "COARSE",
           "COMP", "CONTACTS", "COUSIN", "CRED", "CREW", "DEV", "DID", "EMPLOYER", "ENTRY",
           "FIT", "GENDER", "HUI_BOOKING", "HUSBAND", "HW", "IPLOC", "IRD", "LAB", "MAIL",
           "MARAE", "MARAE_FIX", "MED", "MEDIA", "NAMEC", "NATID", "NZ_BANK", "NZ_LICENCE",
           "NZ_TZ", "PASSWORD", "PAY", "PICKER_NO", "POOLS", "PRECISE", "RHEUM", "RIVER",
           "ROOPU", "SEARCH", "SENS", "SON", "SON_DOCTOR", "SPA", "SPA_BOOKING", "SPA_FIX",
           "SPOTS", "TEL", "TEPUKE", "TEPUKE_AT", "TEXT", "UID", "URATE_TARGET", "USAGE",
           "WANANGA", "WIFI", "bins", "catches", "fix", "flares", "home", "nz_address", "obj",
           "urates"]
