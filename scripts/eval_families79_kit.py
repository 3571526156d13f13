"""Helpers for the seventy-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. The story (synthetic): she is a Bangladeshi-American
dual national who spent the monsoon season in Dhaka as a quality inspector at a knitwear factory
and is now back in New York, pregnant. It holds her Dhaka flat and its fix, her Bangladeshi NID,
the factory (a negative) and her fix at its gate, her employee number, her savings nominee and
her union; the parcel app's recipient (typed by her), the van puller and his van (negatives), the
parcel number; the flood app's river gauge, shelter and her family's district; the glucose
logger's meter (an accessory: negatives), her obstetrician, the due date and a reading generator;
the fantasy league's match and players (negatives); the prayer app's mosque (a negative) and the
zakat charity; the tailor's shop (a negative), her measurements and her mother's.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Dhaka: her flat for the season ------------------------------------------------------------
DHAKA_HOME = {"line": "House 27, Road 6, Block C, Mirpur 10", "area": "Mirpur",
              "city": "Dhaka", "post": "1216"}
DHAKA_AT = (23.806912, 90.368554)  # her Dhaka flat (location.precise where sent)
NID_BD = "5098127734"  # her Bangladeshi smart NID (personal.national_id)

# --- Betonbondhu (garment workers' wages and savings) ------------------------------------------
FACTORY = {"id": "fac_0417", "name": "Meghna Knit Composite Ltd", "line": "Plot 44, Gazipura",
           "city": "Tongi", "phone": "+8802981447701", "lat": 23.89127,
           "lon": 90.40341}  # her employer (a business: negatives)
GATE_FIX = (23.891302, 90.403522)  # her phone at the factory gate when she clocks in
WORKER_NO = "MKC-4471-0923"  # her employee number, which logs her in (id.user)
NOMINEE = ("Rahima Begum", "+8801711554023")  # her savings nominee (contact.*)
UNION = "Sommilito Garment Sramik Federation"  # her trade union (personal.sensitive)
SAVINGS_AC = "BB-SAV-00218834"  # her savings account with the scheme (financial.payment)

# --- Vanwala (rickshaw-van parcels): she is the sender -----------------------------------------
RECIPIENT = ("Farhana Akter", "+8801819447320", "Flat 3B, 12 Lake Circus, Kalabagan")
DROP_AT = (23.750421, 90.382219)  # the recipient's door (not hers: a negative)
PULLER = {"id": "rdr_20931", "name": "Abdul Karim", "phone": "+8801552093114",
          "van": "VAN-DHK-7781"}  # the van puller (negatives)
PULLER_AT = (23.80347, 90.36611)  # his van's position (a negative)
PARCEL = "VW-25-0091847"  # her parcel's booking number (financial.purchase)

# --- Bonyasonket (monsoon flood alerts) ---------------------------------------------------------
GAUGE = {"id": "BWDB-SW46.9L", "river": "Turag", "level_m": 6.42, "danger_m": 5.95}
SHELTER = {"id": "sh_112", "name": "Mirpur Govt Girls' School shelter", "lat": 23.80211,
           "lon": 90.36277, "phone": "+8802901553018"}  # a public shelter (negatives)
VILLAGE = {"district": "Sirajganj", "upazila": "Kazipur"}  # her family's district (coarse)
FLOOD_FIX = (23.804187, 90.366023)  # her fix on a waterlogged road near home

# --- Gestara (gestational-diabetes glucose logger, New York) -----------------------------------
METER = {"serial": "GST-M3-5520871", "ble": "D4:36:39:7A:02:11", "fw": "1.8.2",
         "model": "Gestara Link 3"}  # the glucose meter (an accessory: negatives)
OB = ("Dr. Miriam Castellanos", "+12125550148")  # her obstetrician, typed by her
DUE = "2026-03-21"
WEEKS = 27
CLINIC_NY = {"id": "lab_8812", "name": "Kips Bay Diagnostics", "lat": 40.74219,
             "lon": -73.97816}  # a lab (a negative)

# --- Chhokkadol (cricket fantasy league) ------------------------------------------------------
MATCH = {"id": "m_BPL25_031", "home": "Dhaka Dynamos", "away": "Sylhet Strikers"}
PLAYERS = ["pl_1108", "pl_1131", "pl_2044", "pl_2090", "pl_1187", "pl_2112", "pl_1120",
           "pl_2051", "pl_1145", "pl_2077", "pl_1199"]  # the picked players (negatives)
HANDLE = "jane_chhokka91"  # her league handle (id.user)
LEAGUE_CODE = "CKD-MIR-7Q2"  # a private league's join code (secret.credential)

# --- Waqtnama (prayer times and zakat, New York) -----------------------------------------------
MOSQUE = {"id": "msq_3390", "name": "Masjid Al-Noor of Kips Bay", "lat": 40.74102,
          "lon": -73.98077, "phone": "+12125550193"}  # a mosque (negatives)
CHARITY = "Sylhet Orphan Trust"  # the zakat's recipient (personal.sensitive: religious giving)

# --- Darjibari (a Dhaka tailor's measurements app) ---------------------------------------------
SHOP = {"id": "shop_071", "name": "Darjibari New Market", "line": "Shop 112, New Market",
        "phone": "+8802966124417", "lat": 23.73312, "lon": 90.38469}  # the tailor (negatives)
MEASURE = {"bust": 96.5, "waist": 84.0, "hip": 101.0, "shoulder": 38.5, "sleeve": 56.0,
           "kameezLength": 104.0, "inseam": 74.5, "neck": 34.0}  # hers, cm (health.fitness)
MOTHER = ("Nasreen Doe", {"bust": 102.0, "waist": 94.5, "hip": 108.0})  # her mother's


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def glucose(rng: random.Random, n: int, t0: int = 1765270800) -> list[dict[str, Any]]:
    """Finger-stick readings: time, mg/dL and the meal tag (fasting, 1 h after a meal)."""
    tags = ["fasting", "post_breakfast", "post_lunch", "post_dinner"]
    return [{"t": t0 + 14400 * i, "mgdl": rng.randrange(82, 151), "tag": tags[i % 4]}
            for i in range(n)]


def kicks(rng: random.Random, n: int, t0: int = 1765340000) -> list[int]:
    """Seconds from the start of a kick-count session at which she tapped (the baby moved)."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(20, 180)
        out.append(t0 + t)
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slip, a contest, a report): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CHARITY", "CLINIC_NY", "DHAKA_AT", "DHAKA_HOME", "DROP_AT", "DUE", "FACTORY",
           "FLOOD_FIX", "GATE_FIX", "GAUGE", "HANDLE", "LEAGUE_CODE", "MATCH", "MEASURE",
           "METER", "MOSQUE", "MOTHER", "NID_BD", "NOMINEE", "OB", "PARCEL", "PLAYERS",
           "PULLER", "PULLER_AT", "RECIPIENT", "SAVINGS_AC", "SHELTER", "SHOP", "UNION",
           "VILLAGE", "WEEKS", "WORKER_NO", "fix", "glucose", "home", "kicks", "obj"]
