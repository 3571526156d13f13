"""Helpers for the eighty-eighth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

The set's user lives in New York (the profile's position is her flat) and spends the season in
Kano with her husband's family; this kit holds what the set's apps share: the family house in
Kano (a Hausa address: ``titi``, ``gari``, ``jiha``) and its point, her husband (typed by her:
``contact.*``), her national identity and bank verification numbers, her mobile-money wallet;
the farm she finances (its plot is hers) and the input dealer (a negative); her daughter with
sickle-cell disease and the child's clinic (a negative); the Quran class, its teacher and the
mosque school (negatives); the keke driver and his tricycle (negatives); the solar home system
(an appliance: negatives) and its pay-as-you-go codes; the grain market, other traders and their
prices (negatives); the antenatal clinic (a negative); and generators (her fixes, a ride's
trace, other traders' quotes, the solar unit's telemetry, object IDs).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- her Kano stay ----------------------------------------------------------------------------
KANO_HOME = {"titi": "Titin Gwagwarwa 18", "unguwa": "Nassarawa GRA", "gari": "Kano",
             "jiha": "Kano"}  # the family house she stays in (contact.address / location.coarse)
KANO_HOME_AT = (12.004172, 8.541385)  # its point (location.precise where sent)
HUSBAND = ("Abdullahi Sule", "+2348035550142")  # typed by her (contact.*)
NIN = "74019283561"  # her National Identification Number (personal.national_id)
BVN = "22184407736"  # her Bank Verification Number (personal.national_id: a state-mandated ID)
WALLET = "08035550177"  # her mobile-money wallet number (financial.payment)
NUBAN = "0123456784"  # her bank account (NUBAN, ten digits: financial.payment)

# --- Gonarmu (farm-input credit, crop insurance) -------------------------------------------------
FARM_AT = (11.843617, 8.602914)  # her family's plot near Dawakin Kudu (hers: location.precise)
FARM_CORNERS = [(11.843902, 8.602511), (11.844011, 8.603388), (11.843301, 8.603402),
                (11.843244, 8.602540)]
DEALER = {"id": "agd_0419", "suna": "Albarka Agro Inputs", "waya": "+2348025550113",
          "lat": 11.86912, "lon": 8.59377}  # the input dealer (a business: negatives)
LOAN = "GNM-LN-25-008812"  # her input loan's reference (financial.purchase)
POLICY = "GNM-IN-25-113094"  # the crop-insurance policy number (financial.purchase)

# --- Jinikula (a sickle-cell pain-crisis diary for her daughter) -------------------------------
CHILD = {"first": "Amina", "dob": "2017-03-09", "age": 8, "genotype": "HbSS"}
CHILD_ID = "chd_3f9a71c2"  # the daughter's profile ID in the app (id.user)
CHILD_MEDS = [("hydroxyurea", "500 mg daily"), ("folic acid", "5 mg daily"),
              ("penicillin V", "250 mg twice daily")]
CHILD_CLINIC = {"id": "hc_118", "name": "Gidan Lafiya Children's Clinic",
                "phone": "+2348065550120", "lat": 12.00041, "lon": 8.51677}  # a negative
HAEMATOLOGIST = ("Dr. Zainab Bello", "z.bello@gidanlafiya.example.org")  # typed by her

# --- Tilawaclass (a Quran-recitation audio class) ------------------------------------------------
TEACHER = {"id": "tch_2207", "name": "Malama Hauwa Sani"}  # the teacher (a negative)
HALQA = "hlq_5b1c90"  # the class circle's ID (a negative)
MADRASA_AT = (12.00877, 8.52201)  # the mosque school (a negative)

# --- Kekego (tricycle rides) ----------------------------------------------------------------------
KEKE = {"id": "kk_40817", "plate": "KAN-482-KK", "driver": "drv_91c2e4",
        "driver_name": "Sani Garba", "relay": "+2342015550190"}  # the driver's (negatives)
KEKE_AT = (12.00231, 8.53862)  # the driver's position (a negative)
PICKUP = (12.004095, 8.541201)  # her pickup by the house (location.precise)
DROP = (11.98921, 8.52418)  # Kantin Kwari textile market (the destination she typed)

# --- Haskenrana (solar home system, pay-as-you-go) ------------------------------------------------
UNIT = {"serial": "HR-SHS80-2291047", "model": "Haske 80W Kit", "fw": "4.1.7",
        "ble": "E4:5F:01:2A:7C:93"}  # the solar kit (an appliance: negatives)
ACCOUNT_HR = "HR-KN-0088431"  # her PAYG account number (id.user)
AGENT = "agt_kano_0317"  # the installer agent (a negative)

# --- Farashi (grain-market price alerts) ---------------------------------------------------------
MARKET = {"id": "mkt_dawanau", "name": "Dawanau Grain Market", "lat": 12.07321,
          "lon": 8.46105}  # the market's point (a negative)
STALL_FIX = (12.073482, 8.461277)  # her phone at the family's stall (location.precise)
TRADER_ID = "trd_kn_55120"  # her trader ID (id.user)

# --- Awomama (maternal health, antenatal visits) -------------------------------------------------
ANC_CLINIC = {"id": "anc_041", "name": "Nassarawa Maternity Centre", "phone": "+2348095550131",
              "lat": 12.00512, "lon": 8.54731}  # the clinic (a negative)
LMP, EDD = "2025-06-02", "2026-03-09"  # her last period and due date
ANC_CARD = "NMC-ANC-25-3318"  # her antenatal card number (health.medical)


# --- generators ---------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York flat) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def trip(rng: random.Random, n: int, start: Pt = PICKUP, end: Pt = DROP,
         t0: int = 1765352000) -> list[dict[str, Any]]:
    """Her fixes on a keke ride (lat/lon ``location.precise``; speed and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "kmh": round(rng.uniform(8, 28), 1)})
    return out


def quotes(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Other traders' price reports (their IDs, markets, points and prices: negatives)."""
    crops = ["masara", "dawa", "gero", "waken_soya", "shinkafa"]
    out = []
    for i in range(n):
        out.append({"trader": "trd_" + rnd_hex(rng, 8), "crop": crops[i % len(crops)],
                    "naira_per_bag": rng.randrange(38000, 92000, 500),
                    "lat": round(12.07 + rng.uniform(-0.09, 0.09), 5),
                    "lon": round(8.46 + rng.uniform(-0.09, 0.09), 5), "market": "mkt_" +
                    rng.choice(["dawanau", "singa", "janguza", "gwarzo"])})
    return out


def telemetry(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The solar kit's hourly readings (the appliance's: negatives)."""
    return [{"h": i, "pvW": round(max(0.0, 62 - abs(i - 12) * 9 + rng.gauss(0, 3)), 1),
             "soc": rng.randrange(35, 100), "loadW": round(rng.uniform(4, 31), 1)}
            for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an entry, a ride, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ACCOUNT_HR",
    "AGENT",
    "ANC_CARD",
    "ANC_CLINIC",
    "BVN",
    "CHILD",
    "CHILD_CLINIC",
    "CHILD_ID",
    "CHILD_MEDS",
    "DEALER",
    "DROP",
    "EDD",
    "FARM_AT",
    "FARM_CORNERS",
    "HAEMATOLOGIST",
    "HALQA",
    "HUSBAND",
    "KANO_HOME",
    "KANO_HOME_AT",
    "KEKE",
    "KEKE_AT",
    "LMP",
    "LOAN",
    "MADRASA_AT",
    "MARKET",
    "NIN",
    "NUBAN",
    "PICKUP",
    "POLICY",
    "STALL_FIX",
    "TEACHER",
    "TRADER_ID",
    "UNIT",
    "WALLET",
    "fix",
    "home",
    "obj",
    "quotes",
    "telemetry",
    "trip",
]
