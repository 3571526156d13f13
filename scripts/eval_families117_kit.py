"""Helpers for the hundred-and-seventeenth (blind) evaluation set. Wire helpers, the profile's
transforms and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit names the category ids once and adds what the set's apps share. The story: she has
moved to Bishkek for a year with her husband Azamat and their son Timur (nine, in class 3-B); the
profile's position is her New York home, where a few calls were made before the move. Her
Bishkek flat (its line, town and postal code; its point ``location.precise`` where sent), her
husband (his name and number: another person's, typed by her), her son (the uniform shop's
data subject: his first name, birth date, sizes, his profile ID), her US passport; places that
are not hers (negatives): the yurt camp at Son-Kul, the kymyz farm and its courier, the felt
cooperative in Kochkor, Lenin Peak's base camp, the endocrine centre, the hippodrome, the school;
codes that are her purchases (a camp booking, a kymyz subscription, a sale, a permit, a ticket,
a uniform order); generators for her fixes and her climb.
"""

from __future__ import annotations

import random
from typing import Any

from eval_payloads import LAT, LON, L, rnd_hex

# Category ids (TAXONOMY.md).
ADID, DID, UID, HW = "id.advertising", "id.device", "id.user", "id.hardware"
MAIL, TEL, NAMEC, ADDR = "contact.email", "contact.phone", "contact.name", "contact.address"
PRECISE, COARSE, CARRIER = "location.precise", "location.coarse", "location.carrier"
IPLOC, WIFI = "location.ip", "location.wifi"
USAGE, TEXT, MEDIA, SEARCH = "behavior.usage", "content.text", "content.media", "behavior.search"
BIRTH, GENDER, NATID, SENS = ("personal.birthdate", "personal.gender", "personal.national_id",
                              "personal.sensitive")
FIT, MED, PAY, BUY = "health.fitness", "health.medical", "financial.payment", "financial.purchase"
DEV, CRED, CONTACTS, MOTION = "device.info", "secret.credential", "content.contacts", \
    "behavior.motion"

Pt = tuple[float, float]
KG_LANG = "ru-KG,ru;q=0.9,ky;q=0.8,en;q=0.7"  # her phone's languages in Bishkek (device.info)

# --- her life in Bishkek ----------------------------------------------------------------------
KG_HOME = {"line": "Toktogul koch. 125, 34-kv.", "town": "Bishkek", "zip": "720001",
           "region": "Chuy"}
KG_HOME_AT = (42.874621, 74.612283)  # her Bishkek flat
HUSBAND = ("Azamat Dzhumabaev", "+996 700 412 873")  # typed by her (contact.*)
SON = {"first": "Timur", "last": "Doe", "dob": "2016-09-03", "age": 9, "grade": "3-B"}
SON_ID = "kid_5e20b9c1"  # his profile in the uniform shop (id.user)
SON_SIZES = {"heightCm": 134, "chestCm": 66, "waistCm": 58}  # health.fitness (see the set)
PASSPORT = "567123894"  # her US passport (personal.national_id)
KG_PW = "Jayloo!Sonkul25"

# --- places and businesses that are not hers (negatives) ---------------------------------------
CAMP = {"id": "konok_sk_017", "aty": "Son-Kul Jayloo Camp", "tel": "+996 772 550 118",
        "lat": 41.83721, "lon": 75.15037}
FARM = {"id": "frm_0417", "name": "Suusamyr Kymyz Farm", "phone": "+996 555 301 774",
        "lat": 42.18531, "lon": 73.89012}
COURIER_AT = (42.871022, 74.603881)  # the courier's van
COOP = {"id": "ws_kochkor_03", "name": "Kochkor Felt Cooperative", "phone": "+996 3535 51 220",
        "lat": 42.21412, "lon": 75.75563}
BASECAMP_AT = (39.59314, 72.95406)  # Lenin Peak base camp at Achik-Tash
CLINIC = {"id": "cl_0912", "name": "Bishkek Endocrine Centre", "phone": "+996 312 550 144",
          "line": "Kievskaya 110", "lat": 42.87391, "lon": 74.59514}
ENDO = {"id": "doc_3307", "name": "Dr. Aigul Sadykova"}  # the centre's published doctor
HIPPODROME = {"id": "hip_ca_01", "name": "Cholpon-Ata Hippodrome", "lat": 42.64812,
              "lon": 77.08531, "gate": "C"}
SCHOOL = {"id": "sch_bsk_12", "name": "Ala-Too Gymnasium No. 12", "phone": "+996 312 660 212",
          "lat": 42.87014, "lon": 74.60552}

# --- her purchases and accounts -------------------------------------------------------------------
BOOKING_KNK = "KNK-7Q2M41"  # the yurt-camp booking
KYMYZ_SUB = "KB-SUB-204881"  # the kymyz subscription
SALE = "SHY-25-00913"  # a shyrdak she sold (her sale: financial.purchase)
SELLER = "slr_jd4471"  # her seller account at the cooperative (id.user)
KG_ACCOUNT = "1240020012345678"  # her Bishkek bank account for payouts (financial.payment)
PERMIT = "BZ-OSH-25-11472"  # the border-zone and climbing permit (financial.purchase)
RESCUE = "RSQ-25-77120"  # her rescue insurance policy (financial.purchase)
TICKET = "UB-88120-4471"  # her kok-boru ticket (financial.purchase)
UNIFORM_ORDER = "FM-250912-3307"
PATIENT_CARD = "EC-2025-004471"  # her card at the endocrine centre (health.medical)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (3 or more: ``location.precise``)."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def home(nd: int = 5) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals."""
    return fix((LAT, LON), nd)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a listing, a lot, a message): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def climb(rng: random.Random, n: int, start: Pt, end: Pt, alt0: int,
          t0: int = 1752900000) -> list[dict[str, Any]]:
    """Her fixes on the climb from ``start`` to ``end`` (lat/lon ``location.precise``; the
    altitude, time and accuracy unlabelled)."""
    out = []
    for i in range(n):
        f = i / max(n - 1, 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 300 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "alt": alt0 + 41 * i,
                    "acc": rng.choice([5, 6, 8])})
    return out


__all__ = ["ADDR", "ADID", "BASECAMP_AT", "BIRTH", "BOOKING_KNK", "BUY", "CAMP", "CARRIER",
           "CLINIC", "COARSE", "CONTACTS", "COOP", "COURIER_AT", "CRED", "DEV", "DID", "ENDO",
           "FARM", "FIT", "GENDER", "HIPPODROME", "HUSBAND", "HW", "IPLOC", "KG_ACCOUNT",
           "KG_HOME", "KG_HOME_AT", "KG_LANG", "KG_PW", "KYMYZ_SUB", "MAIL", "MED", "MEDIA",
           "MOTION", "NAMEC", "NATID", "PASSPORT", "PATIENT_CARD", "PAY", "PERMIT", "PRECISE",
           "RESCUE", "SALE", "SCHOOL", "SEARCH", "SELLER", "SENS", "SON", "SON_ID", "SON_SIZES",
           "TEL", "TEXT", "TICKET", "UID", "UNIFORM_ORDER", "USAGE", "WIFI", "climb", "fix",
           "home", "obj"]
