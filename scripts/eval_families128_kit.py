"""Helpers for the hundred-and-twenty-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's).

The story: she (the profile's Jane Doe, her US phone roaming) has lived in Maseru, Lesotho, for
some years with her husband Teboho and their daughter Palesa (16, Form D at a Catholic mission
high school). This kit holds what the set's apps share: her Maseru house and its point, the
family, her Lesotho ID; the shearing shed (a business: negatives), her grower number, flock and
clip; the pony-trek camp (negatives), the booking and the trek's track; the mission school and
parish (negatives), Palesa's student number; the TB clinic (negatives), her register number and
regimen; the burial society (negatives) and her membership; the maths tutors (negatives); the
solar kit (equipment: negatives) at the family's cattle post (her place) and its account.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her and her family --------------------------------------------------------------------------
HOME = {"line": "Plot 1142, Ha Thetsane West", "city": "Maseru", "district": "Maseru",
        "postal": "100"}
HOME_AT = (-29.341278, 27.518934)  # her Maseru house (location.precise where sent)
NID_LS = "015910517044"  # her Lesotho national ID number (personal.national_id)
HUSBAND = ("Teboho Mokhethi", "+26658120447")  # typed by her: contact.*
DAUGHTER = ("Palesa", "Palesa Mokhethi", "2009-08-14", 16)  # the child: a data subject
MOTHER_IN_LAW = ("'Makatleho Mokhethi", "1956-03-02")
BANK_LS = "9081227744104"  # her bank account in Maseru (financial.payment)

# --- Boeapay (the shearing shed's payment app): its API's keys are Sesotho ----------------------
SHED = {"id": "shed-mks-04", "name": "Mokorotlo Wool & Mohair Shed", "phone": "+26622310455",
        "line": "Moshoeshoe Road, Industrial Area", "lat": -29.30527, "lon": 27.49811}
GROWER = "MKS-G-008812"  # her grower number at the shed (id.user)
FLOCK = {"linku": 42, "lipoli": 18}  # sheep and Angora goats (unlabelled)
LOTS = ["LOT-25-11402", "LOT-25-11403", "LOT-25-11407"]  # the shed's lot numbers (negatives)
PAYOUT = "BP-25-55180"  # her clip's payout reference (financial.purchase)

# --- Ponytrail (pony-trekking bookings) -----------------------------------------------------------
CAMP = {"id": "camp_mhl", "name": "Mohlaka Ridge Pony Camp", "phone": "+26627000318",
        "lat": -29.84312, "lon": 28.05741}  # the camp (a business: negatives)
TREK_REF = "PT-7731Q"  # her booking (financial.purchase)
PONY = {"id": "pony_0411", "name": "Phatsoe", "height_hh": 13.2}  # the pony (negatives)
GUIDE = {"id": "gd_208", "name": "Ntate Lefa Ramone"}  # the camp's guide (a negative)
MEET_FIX = (-29.844021, 28.058877)  # her fix at the camp's gate

# --- Tumelopay (a Catholic mission's school fees and catechism) ---------------------------------
SCHOOL = {"id": "sch_svm", "name": "St. Veronica's Mission High School",
          "phone": "+26622340219", "lat": -29.27413, "lon": 27.56102}  # negatives
STUDENT_NO = "SVM-2022-0417"  # Palesa's student number (id.user: the child's account)
PARISH = "Our Lady of the Hills Parish, Ha Abia"  # her parish (personal.sensitive where sent)
FEE_REF = "FEE-T1-2026-0417"  # a term's fee invoice (financial.purchase)

# --- Phekolo (drug-resistant TB, video-observed doses) ------------------------------------------
TB_CLINIC = {"id": "fac_qoa", "name": "Qoaling Filter Clinic", "phone": "+26622315077",
             "lat": -29.35884, "lon": 27.54271}  # negatives
TB_REG = "MSU-DR-2025-0147"  # her DR-TB register number (health.medical)
REGIMEN = "BPaLM"  # bedaquiline, pretomanid, linezolid, moxifloxacin (health.medical)
SUPPORTER = ("Nthabiseng Letsie", "+26662004418")  # her treatment supporter, typed by her

# --- Lepatolink (a burial society) ---------------------------------------------------------------
SOCIETY = {"id": "bs_0442", "name": "Kopano Burial Society Ha Abia", "account": "9080011230457",
           "phone": "+26622317702"}  # the society (negatives)
MEMBER_BS = "KBS-00871"  # her membership number (id.user)
CLAIM_REF = "CLM-2025-0093"  # a claim (financial.purchase: a payout of her cover)

# --- Lipalo Plus (maths tutoring for Palesa) ----------------------------------------------
KID_ID = "stu_9c41d27a"  # Palesa's learner ID in the tutoring app (id.user)
TUTOR = {"id": "tut_5521", "name": "Mr. Mohapi Tau"}  # a tutor (a negative)

# --- Khanyabox (a solar home system, paid as you go) --------------------------------------------
KIT = {"serial": "KBX-SHS120-22107", "ble": "E4:5F:01:9A:33:C7", "fw": "5.2.0",
       "model": "Khanya 120W + fridge"}  # the kit (equipment: negatives)
POST_AT = (-29.521843, 28.608227)  # the family's cattle post near Thaba-Tseka (her place)
KBX_ACCT = "KBX-55120"  # her pay-as-you-go account (id.user)
TOKEN = "4471 2290 8813 0047"  # a keypad unlock code (secret.credential: it unlocks the kit)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trek(rng: random.Random, n: int, start: Pt = MEET_FIX, t0: int = 1765440000) -> list[Any]:
    """Her fixes on the trek (lat/lon ``location.precise`` each; time and altitude not)."""
    la, lo, out = start[0], start[1], []
    for i in range(n):
        la += rng.uniform(-0.0004, 0.0001)
        lo += rng.uniform(0.0001, 0.0005)
        out.append({"t": t0 + 60 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "alt": 2380 + rng.randrange(-4, 9) * i})
    return out


def kit_log(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The solar kit's hourly log: panel watts, battery state, load and the fridge (the kit's)."""
    return [{"h": i, "pvW": max(0, round(110 - abs(12 - i) * 14 + rng.uniform(-5, 5), 1)),
             "soc": 40 + (i * 3) % 55, "loadW": round(rng.uniform(18, 60), 1),
             "fridgeC": round(rng.uniform(3.1, 6.4), 1)} for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a bale, a lesson, a dose video): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BANK_LS", "CAMP", "CLAIM_REF", "DAUGHTER", "FEE_REF", "FLOCK", "GROWER", "GUIDE",
           "HOME", "HOME_AT", "HUSBAND", "KBX_ACCT", "KID_ID", "KIT", "LOTS", "MEET_FIX",
           "MEMBER_BS", "MOTHER_IN_LAW", "NID_LS", "PARISH", "PAYOUT", "PONY", "POST_AT",
           "REGIMEN", "SCHOOL", "SHED", "SOCIETY", "STUDENT_NO", "SUPPORTER", "TB_CLINIC",
           "TB_REG", "TOKEN", "TREK_REF", "TUTOR", "fix", "kit_log", "obj", "trek"]
