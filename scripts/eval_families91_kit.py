"""Helpers for the ninety-first (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``eval_families17_kit`` and friends); the
apps' header helper ``head``, JWT claims ``claims``, request IDs ``rid`` and SDK per-install IDs
``sdk_id`` are set 24's; her fixes ``fix``, the profile's position ``home`` and object IDs
``obj`` are set 37's.

This kit adds what the set's apps share. She (the profile's Jane Doe) holds Malaysian permanent
residence (a MyPR card) and lives in Kuala Lumpur with her husband and daughter: her KL condo (its
address, her unit, its point), her office; her husband (typed by her); the e-hailing app's rider,
a parcel's recipient and a coffee shop's QR (a business); her New York endocrinology practice and
endocrinologist, her thyroid labs; the badminton venue, a coach, her doubles partner; the umrah
agency, its guide, her group, hotels and her passport; the condo's guardhouse and visitors;
the night market, her stall, her payout account; her daughter and the Quran app's child
profile. Businesses, workers, other users and vehicles are negatives; what she typed about other
people follows the conventions the top module states.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L

Pt = tuple[float, float]

# --- her life in Kuala Lumpur ------------------------------------------------------------------
MY_HOME = {"alamat": "Unit B-18-07, Residensi Taman Seri Ampang", "jalan": "Jalan Ampang Hilir",
           "bandar": "Kuala Lumpur", "poskod": "55000", "negeri": "Wilayah Persekutuan"}
MY_HOME_AT = (3.158214, 101.744903)  # her condo (location.precise where sent)
OFFICE_AT = (3.147632, 101.713388)  # her office near KLCC (her place)
MYPR = "910517-71-5034"  # her MyPR identity-card number (personal.national_id)
MY_PHONE = "+60 11-5550 0199"  # her Malaysian mobile (hers: contact.phone)
MY_PHONE_E164 = "+601155500199"
HUSBAND = ("Amir Hakim bin Rosli", "+60123380417")  # typed by her (contact.*)
PASSPORT = "548291733"  # her US passport number (personal.national_id)
HUSBAND_PASSPORT = "A52718340"  # his passport, typed by her (personal.national_id, set 29)

# --- Lajuhantar (motorbike parcels, e-wallet) ---------------------------------------------------
RIDER = {"id": "rdr_58812", "name": "Faizal Ismail", "plate": "WXY 4821",
         "relay": "+60327760199", "at": (3.155902, 101.742118)}  # the rider (negatives)
RECIPIENT = {"nama": "Tan Mei Ling", "telefon": "+60176620483",
             "alamat": "No. 22, Jalan SS 2/55", "poskod": "47300",
             "bandar": "Petaling Jaya"}  # a parcel's recipient, typed by her
DROP_AT = (3.118452, 101.620391)  # the recipient's building (not her position: a negative)
KOPI = {"qr": "MYQR-00049112-KSM", "nama": "Kedai Kopi Seri Melur",
        "tel": "+60342510877"}  # a coffee shop's payment QR (a business)
WALLET_PIN = "270419"  # her e-wallet PIN (secret.credential)
PARCEL = "LH-PCL-2512-44817"  # her parcel order's number (financial.purchase)

# --- Thyrolume (thyroid-cancer survivorship) ---------------------------------------------------
PRACTICE = {"id": "site_311", "name": "Murray Hill Endocrine Associates",
            "phone": "+12125550148", "line": "112 East 36th Street",
            "lat": 40.74762, "lon": -73.97902}  # the practice (negatives)
ENDO = ("Dr. Priya Raman", "+12125550193")  # her endocrinologist, typed by her (contact.*)
MEMBER_TH = "NYH88217740"  # her health-insurance member ID (health.medical, set 37)
LABS = [("2025-06-11", 0.2, 0.4, 1.31), ("2025-09-09", 0.3, 0.5, 1.24),
        ("2025-12-02", 0.6, 0.3, 1.28)]  # (date, Tg ng/mL, TSH mIU/L, free T4 ng/dL)

# --- Gelanggangku (badminton courts and coaching) ----------------------------------------------
VENUE = {"id": "ven_2207", "name": "Arena Shuttle Cheras", "line": "Lot 5, Jalan Cheras Hartamas",
         "phone": "+60391330155", "lat": 3.10431, "lon": 101.74592}  # the venue (negatives)
COACH = {"id": "coach_8812", "name": "Lee Wei Han", "rate": "90.00"}  # a listed coach
PARTNER = ("Nurul Huda Aziz", "+60129918273")  # her doubles partner, typed by her
COURT_BOOKING = "GK-BK-771204"  # her court booking (financial.purchase)
RACKET = {"sensor": "SMSH-P2-004471", "ble": "D4:7A:10:3C:88:E1"}  # the racket sensor

# --- Labbaikgo (hajj and umrah planner) ---------------------------------------------------------
AGENCY = {"id": "agt_KPK-1182", "name": "Safa Marwah Travel & Tours",
          "phone": "+60340211866"}  # the licensed agency (a negative)
GUIDE = ("Ustaz Hamdan Yusof", "+966551230477")  # the group's guide (a worker: negatives)
GROUP_ID = "UMR-2603-KL14"  # her umrah group (a negative)
PILGRIM_NO = "PH-0098812741"  # her pilgrim-fund account (id.user, as set 24's policy number)
MAKKAH_HOTEL = {"id": "htl_mk_22", "lat": 21.41895, "lon": 39.82563}  # negatives
MADINAH_HOTEL = {"id": "htl_md_07", "lat": 24.46802, "lon": 39.61094}
HARAM_FIX = (21.422487, 39.826206)  # her fix in the Grand Mosque (location.precise)

# --- Pelawatku (condo visitor registration) ----------------------------------------------------
CONDO = {"id": "cdm_0412", "name": "Residensi Taman Seri Ampang", "unit": "B-18-07"}
GUARD_AT = (3.15788, 101.74532)  # the guardhouse (a negative)
VISITOR = ("Rohani binti Salleh", "+60193417720", "VBN 2218")  # her mother-in-law (typed)
WALKINS = [("850322-14-5521", "WTT 9042"), ("790811-10-6237", "BMK 117")]  # guard's records
OWN_PLATE = "WVC 6610"  # her car (no taxonomy type: a negative, set 24)
ACCESS_PIN = "0719"  # her lift and door access PIN (secret.credential)

# --- Geraimalam (night-market stall seller) ----------------------------------------------------
MARKET = {"id": "pm_tconnaught", "name": "Pasar Malam Taman Connaught",
          "lat": 3.08131, "lon": 101.73642}  # the market (a negative)
STALL = "TC-L112"  # her stall's lot number (a negative)
STALL_FIX = (3.081452, 101.736208)  # her phone at the stall (location.precise)
SSM = "202503112847"  # her business registration (no taxonomy type: unlabelled)
PAYOUT = ("Bank Seri Mutiara", "1640 2290 1775")  # her payout account (financial.payment)
CUSTOMER = ("Kak Zura", "+60136657012")  # a regular's pre-order, typed by her (contact.*)

# --- Alifbaca (kids' Quran and Jawi reading) ---------------------------------------------------
CHILD = {"name": "Aisyah", "year": 2018, "age": 7, "dob": "2018-03-09",
         "id": "kid_a9e03f71"}  # her daughter (the child is a data subject)
TEACHER = ("Ustazah Farah", "tc_20418")  # the class's online teacher (a negative)
PARENT_PIN = "5823"


# --- generators -----------------------------------------------------------------------------------
def fixes(rng: random.Random, n: int, start: Pt, end: Pt, nd: int = 6) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lng ``location.precise``; time, speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-5e-5, 5e-5)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-5e-5, 5e-5)
        out.append({"t": 1765330000 + 15 * i, "lat": L(round(lat, nd), PRECISE),
                    "lng": L(round(lon, nd), PRECISE), "spd": round(rng.uniform(0, 9), 1)})
    return out


def swing(rng: random.Random, n: int) -> list[list[float]]:
    """The racket sensor's window of a smash: ``[ms, ax, ay, az, gx, gy, gz]`` rows."""
    return [[i * 2] + [round(rng.gauss(0, 6), 3) for _ in range(6)] for i in range(n)]


def sales(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The stall's sales of the night (customers' orders to her: unlabelled)."""
    menu = [("Apam balik kacang", 4.0), ("Apam balik jagung", 5.0), ("Apam balik cheese", 6.0)]
    out = []
    for i in range(n):
        item, price = rng.choice(menu)
        out.append({"t": 1765364400 + rng.randrange(60, 240) * (i + 1), "item": item,
                    "qty": rng.randrange(1, 4), "unit": price,
                    "pay": rng.choice(["cash", "qr"])})
    return out


def pitch(rng: random.Random, n: int) -> list[float]:
    """A recitation's pitch contour in Hz (the app's tajwid scoring input: no template)."""
    return [round(rng.uniform(220, 380), 1) for _ in range(n)]


__all__ = ["ACCESS_PIN", "AGENCY", "CHILD", "COACH", "CONDO", "COURT_BOOKING", "CUSTOMER",
           "DROP_AT", "ENDO", "GROUP_ID", "GUARD_AT", "GUIDE", "HARAM_FIX", "HUSBAND",
           "HUSBAND_PASSPORT", "KOPI", "LABS", "MADINAH_HOTEL", "MAKKAH_HOTEL", "MARKET",
           "MEMBER_TH", "MYPR", "MY_HOME", "MY_HOME_AT", "MY_PHONE", "MY_PHONE_E164",
           "OFFICE_AT", "OWN_PLATE", "PARCEL", "PARENT_PIN", "PARTNER", "PASSPORT", "PAYOUT",
           "PILGRIM_NO", "PRACTICE", "RACKET", "RECIPIENT", "RIDER", "SSM", "STALL", "STALL_FIX",
           "TEACHER", "VENUE", "VISITOR", "WALKINS", "WALLET_PIN", "fixes", "pitch", "sales",
           "swing"]
