"""Helpers for the eighty-seventh (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's;
``fix``, ``home`` and ``obj`` are set 37's).

The story: the profile's user (New York home, the profile's position) lives in Chennai for two
years with her son Arjun. This kit adds what the set's apps share: her Chennai flat (address in
romanised Tamil keys and in English; its point), her Aadhaar and PAN, her UPI address; the
cooperative bank's branch (a negative), her customer ID, savings and gold-loan accounts and the
pledged ornaments; the dialysis centre, its machine and her nephrologist; the dance school, its
guru and studio (negatives); the temple and its festival (negatives), her volunteer badge and an
emergency contact; the bus operator's boarding points and the bus (negatives), her booking; the
coaching institute, her son (name, birth date, roll number, Aadhaar, category); the matchmaking
profile, her birth time and place, a prospective match's details and other members (negatives);
and generators for fluid logs and dialysis readings.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import MED
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"
ACCEPT_IN = "en-IN,en;q=0.9,ta-IN;q=0.8"

# --- her life in Chennai -------------------------------------------------------------------------
CHN = {"theru": "14, 3rd Cross Street, Besant Nagar", "nagaram": "Chennai", "pin": "600090",
       "maanilam": "Tamil Nadu"}
CHN_AT = (13.000314, 80.266528)  # her Chennai flat (location.precise where sent)
AADHAAR = "4491 2076 3318"  # her Aadhaar (personal.national_id), fictional
PAN = "BQKPD4417M"  # her PAN (personal.national_id), fictional
UPI = "janedoe91@ponvizhi"  # her UPI address (financial.payment)
EMERGENCY = ("Lakshmi Raman", "+919840055127")  # a friend in Chennai (contact.*)

# --- Ponvizhi Co-operative Urban Bank (gold loans) ----------------------------------------------
BRANCH = {"code": "PCB0217", "name": "Ponvizhi Mylapore", "phone": "+914424985510",
          "lat": 13.03368, "lon": 80.26955}  # the branch (negatives)
CUST_ID = "PCB-0041127"  # her customer ID (id.user)
SB_ACCT, IFSC = "021710004471209", "PONV0000217"  # her savings account (financial.payment)
GOLD_LOAN = "GL217-2025-118204"  # her gold-loan account (financial.payment)
PLEDGE = [{"item": "valaiyal", "count": 2, "karat": 22, "grams": 31.4},
          {"item": "chain", "count": 1, "karat": 22, "grams": 16.2}]  # pledged ornaments
GOLD_RATE = "7215.00"  # the day's rate per gram (public: a negative)
MPIN = "480613"

# --- Neerlog (dialysis sessions and fluid restriction) ------------------------------------------
CENTRE = {"id": "dc_adyar_04", "name": "Adyar Kidney Care", "phone": "+914424411902",
          "lat": 13.00652, "lon": 80.25741}  # the dialysis centre (negatives)
MACHINE = {"serial": "DX5008-IN-771204", "model": "DX-5008S", "station": 7}  # theirs
NEPHRO = ("Dr. S. Meenakshi", "+919841207735")  # her nephrologist, typed by her (contact.*)
DRY_WEIGHT = 58.5  # the prescribed dry weight (health.medical)
FLUID_LIMIT = 1000  # ml a day (health.medical)

# --- Natyamudra (Bharatanatyam classes) -----------------------------------------------------------
SCHOOL = {"id": "nm_mylapore", "guru": "Smt. Kalyani Raghavan", "phone": "+914424670318",
          "lat": 13.03362, "lon": 80.26781}  # the dance school (negatives)
STUDIO_FIX = (13.033581, 80.267902)  # her phone in the studio (location.precise)
STUDENT_NO = "NM-24-0381"  # her student number (id.user)

# --- Thiruvizha (temple-festival volunteers) ------------------------------------------------------
TEMPLE = {"id": "tmp_vaanamalai", "name": "Sri Vaanamalai Amman Kovil", "lat": 12.99941,
          "lon": 80.26413, "phone": "+914424910266"}  # the temple (negatives)
VOL_ID = "TVZ-VOL-2291"  # her volunteer ID (id.user)
BADGE = "TVZB1." + "8c41f0a2d93e7b6c5a10"  # her badge's QR payload (secret.credential)
GATE_FIX = (12.999527, 80.264402)  # her fix at the east gate (location.precise)

# --- Iravubus (overnight inter-city buses) -------------------------------------------------------
BOARD = {"id": "bp_koyambedu_3", "name": "Koyambedu Omni Bus Stand, Bay 3",
         "lat": 13.06903, "lon": 80.19458}  # the operator's boarding point (negatives)
BUS = {"id": "TN07-CX-4471", "operator": "Sengamalam Travels", "driver": "+919444012288"}
PNR = "IRB7Q2K4418"  # her booking (financial.purchase)
SEATS = ["L4", "L5"]  # sleeper berths (negatives)

# --- Vetripadi (coaching institute: her son's mock tests) ----------------------------------------
SON = {"name": "Arjun Doe", "first": "Arjun", "dob": "2010-08-23", "age": 15, "class": "10",
       "gender": "male"}
ROLL = "VP25-JF-04417"  # his roll number (id.user)
SON_AADHAAR = "7302 5518 0946"  # his Aadhaar (personal.national_id)
INSTITUTE = {"id": "vp_tnagar", "name": "Vetripadi T. Nagar Centre",
             "phone": "+914428150377"}  # negatives

# --- Porutham (matchmaking, horoscope compatibility) ---------------------------------------------
MATRI_ID = "PRM-T2291047"  # her profile ID (id.user)
BIRTH_TIME, BIRTH_PLACE = "06:42", "Madurai"  # personal.birthdate, location.coarse
BIRTH_PLACE_AT = (9.93, 78.12)  # the town's point for the chart (location.coarse)
MATCH = {"id": "PRM-M1180422", "name": "Karthik Subramanian", "dob": "1987-11-02",
         "time": "21:15", "place": "Tiruchirappalli"}  # a prospective match (his ID a negative)


# --- generators -----------------------------------------------------------------------------------
def fluids(rng: random.Random, n: int, t0: int = 1765512000) -> list[dict[str, Any]]:
    """Her fluid intake log for a day: time, drink and ml (one ``health.medical`` series)."""
    kinds = ["water", "tea", "buttermilk", "rasam", "ice chips"]
    return [{"t": t0 + 3600 * i + rng.randrange(600), "kind": rng.choice(kinds),
             "ml": rng.choice([50, 80, 100, 120, 150])} for i in range(n)]


def vitals(rng: random.Random, n: int, t0: int = 1765530000) -> list[dict[str, Any]]:
    """Intradialytic readings every 30 min: BP, pulse, blood flow, venous pressure, UF."""
    return [{"t": t0 + 1800 * i, "sys": rng.randrange(118, 152), "dia": rng.randrange(68, 92),
             "pulse": rng.randrange(70, 94), "qb": 300, "vp": rng.randrange(130, 180),
             "uf_ml": 500 * i} for i in range(n)]


def gen_id(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a test, a ticket): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def med(value: Any) -> L:
    return L(value, MED)


__all__ = ["AADHAAR", "ACCEPT_IN", "BADGE", "BIRTH_PLACE", "BIRTH_PLACE_AT", "BIRTH_TIME",
           "BOARD", "BRANCH", "BUS", "CENTRE", "CHN", "CHN_AT", "CUST_ID", "DRY_WEIGHT",
           "EMERGENCY", "FLUID_LIMIT", "GATE_FIX", "GOLD_LOAN", "GOLD_RATE", "IFSC", "INSTITUTE",
           "MACHINE", "MATCH", "MATRI_ID", "MPIN", "NEPHRO", "PAN", "PLEDGE", "PNR", "ROLL",
           "SB_ACCT", "SCHOOL", "SEATS", "SON", "SON_AADHAAR", "STUDENT_NO", "STUDIO_FIX",
           "TEMPLE", "TZ", "UPI", "VOL_ID", "fluids", "gen_id", "med", "vitals"]
