"""Helpers for the hundred-and-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) spends a year in Cebu City
with her husband Rodel, a Cebuano, and their daughter Lia (two); she keeps her US SIM (roaming)
and has a local prepaid number. Her flat in Lahug and its point, her local number, her husband,
her alien registration card, her daughter; the habal-habal terminal, a rider and his motorbike
(negatives), her drop-off up in Busay, a padala's recipient (her mother-in-law, typed by her);
the dengue clinic, the city health office's hotline and a thermometer (negatives), her fever
readings; the dive shop, dive sites' published points, her buddy (his number a negative) and
a depth profile (no taxonomy type: a look-alike series); the liga's court, its teams and other
players (negatives), her teammates typed by her; the sari-sari store, its owner and its QR (a
business: negatives), her credit entries; the crewing agency's office, the vessel (IMO, call
sign, position: negatives), her seaman's book, passport and allotment account; the day-care
(negatives), its teacher, her daughter's paediatrician typed by her.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import COARSE, PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Manila"

# --- her year in Cebu ---------------------------------------------------------------------------
HOME_AT = (10.331608, 123.898217)  # her flat in Lahug (location.precise wherever she sends it)
HOME = {"line": "Unit 5C Balay Amihan, 221 Gorordo Avenue", "brgy": "Lahug",
        "city": "Cebu City", "zip": "6000", "prov": "Cebu"}
PH_MOBILE = "+639955550148"  # her local prepaid number (contact.phone: hers, not the profile's)
PH_LOCAL = "0995 555 0148"
BANA = ("Rodel Villaflor", "+639955550171", "rodel.v@example.net")  # her husband (typed by her)
ACR = "E091244871"  # her ACR I-Card (alien certificate of registration) number
KID = ("Lia", "Villaflor", "2023-03-14", 2)  # her daughter: first name, surname, birth date, age

# --- Habalko (habal-habal rides and padala pick-ups) -------------------------------------------
TERMINAL = {"id": "trm_014", "name": "Guadalupe habal-habal terminal", "lat": 10.32386,
            "lon": 123.88351, "phone": "+63325550119"}  # the operator's terminal (negatives)
RIDER = {"id": "rdr_20417", "name": "Jun Tabada", "plate": "GB 4471",
         "phone": "+639955550192", "helmet": "HLM-0417"}  # the rider (another person: negatives)
BUSAY_AT = (10.375904, 123.880041)  # her drop-off up in Busay (her destination)
PADALA_REF = "HBK-PDL-250114-0087"  # a padala booking (financial.purchase)
RIDE_REF = "HBK-R-250112-4471"
NANAY = ("Nenita Villaflor", "+639955550133", "Purok 3, Barangay Lawaan II",
         "Talisay City")  # the padala's recipient, her mother-in-law (typed by her)
NANAY_AT = (10.24471, 123.84952)  # the recipient's house pin (another person's place)

# --- Denguard (dengue symptom tracker) ---------------------------------------------------------
DENGUE_CLINIC = {"id": "fac_0233", "name": "Lahug Family Clinic", "phone": "+63325550147",
                 "lat": 10.33312, "lon": 123.89611}  # a clinic (negatives)
HOTLINE = "+63325550100"  # the health office's dengue hotline (a look-alike)
THERMO = {"serial": "TMX-7-0041127", "ble": "E4:11:5B:20:7C:31", "model": "Thermo Tap 7"}
BREEDING_AT = (10.330977, 123.897604)  # the flooded drainage she reports (her fix there)

# --- Lawodlog (scuba logbook) ------------------------------------------------------------------
DIVE_SHOP = {"id": "shop_112", "name": "Panagsama Reef Divers", "phone": "+63325550162",
             "lat": 9.95088, "lon": 123.36874, "mail": "logs@panagsamareef.example.com"}
SITES = [{"id": "site_pescador", "name": "Pescador Island", "lat": 9.92405, "lon": 123.34251},
         {"id": "site_sardines", "name": "Panagsama sardine run", "lat": 9.95202,
          "lon": 123.36691}]  # published dive sites (negatives)
SURFACE_AT = (9.923871, 123.342217)  # her phone's fix on the boat after the dive
CERT_NO = "OW-2107-44718"  # her diver certification number (her account at the agency)
BUDDY = ("Marco Ilagan", "AOW-1911-20833")  # her buddy: name typed (contact.name), cert no not
DIVE_BOOKING = "PRD-8812"

# --- Ligahan (barangay basketball liga) ---------------------------------------------------------
COURT = {"id": "crt_lahug", "name": "Lahug Barangay Covered Court", "lat": 10.33091,
         "lon": 123.89988}  # the court (negatives)
COURT_FIX = (10.330874, 123.899761)  # her phone at the court
TEAMS = {"mine": "tm_4471", "them": "tm_5520"}  # team IDs (negatives)
MATES = [("Grace Pacaña", "+639955550117"), ("Joy Alcoser", "+639955550129")]  # typed by her
JERSEY = 23

# --- Sukilista (sari-sari store credit) ---------------------------------------------------------
STORE = {"id": "sto_0718", "name": "Tindahan ni Aling Puring", "owner": "Purificacion Dela Cruz",
         "phone": "+639955550104", "lat": 10.33178, "lon": 123.89840,
         "qr": "00020101021128650011ph.example0104STO071852045411"}  # the store (negatives)
STORE_CODE = "SUKI-7Q4M"  # the store's join code for credit customers (secret.credential)
UTANG_REF = "UT-0718-00991"  # a credit entry (financial.purchase)

# --- Barkoline (seafarer's crewing agency) ------------------------------------------------------
AGENCY = {"id": "ag_ceb_02", "name": "Barkoline Crewing Cebu", "phone": "+63325550188",
          "line": "3F Mango Square Annex, General Maxilom Avenue"}  # the agency's office
VESSEL = {"name": "MV Coral Tern", "imo": "9781234", "call": "3FTX7", "flag": "Panama",
          "lat": 1.26502, "lon": 103.82014}  # the ship and its AIS point (negatives)
SEAMAN_BOOK = "C0771245"  # her seaman's book (a seafarer's identity document)
PASSPORT_US = "567012448"  # her US passport number
ALLOTMENT = ("001234567890", "Kabisay-an Savings Bank")  # her husband's account and bank
CONTRACT = "CT-25-118204"  # her employment contract's number (a case ID: a negative)
FLIGHT_PNR = "K7QX2M"  # the joining flight's booking (financial.purchase)

# --- Duyanhan (day-care) ----------------------------------------------------------------------
DAYCARE = {"id": "dc_031", "name": "Duyanhan Day-Care Lahug", "phone": "+63325550173",
           "lat": 10.33402, "lon": 123.90115}  # the day-care (negatives)
TEACHER = ("Teacher Mae", "mae.t@duyanhan.example.com")  # the day-care's staff (negatives)
PEDIA = ("Dr. Liza Ong", "+63325550158")  # Lia's paediatrician (typed by her: contact.*)
KID_ID = "chd_8f21c0a7"  # Lia's profile ID at the day-care (id.user, as set 37's child)
GATE_FIX = (10.334048, 123.901183)  # her phone at the gate


# --- generators -----------------------------------------------------------------------------------
def mine(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (precise from 3 decimals, coarse below)."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def trip(rng: random.Random, n: int, start: Pt = HOME_AT, end: Pt = BUSAY_AT,
         t0: int = 1765312000) -> list[dict[str, Any]]:
    """Her fixes on a ride, start to end (lat/lng precise; speed, bearing and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, "lat": L(round(la, 6), PRECISE),
                    "lng": L(round(lo, 6), PRECISE), "spd": round(rng.uniform(12, 38), 1),
                    "brg": rng.randrange(360)})
    return out


def depth_profile(rng: random.Random, n: int) -> list[list[float]]:
    """A dive's ``[seconds, metres, °C]`` rows (no taxonomy type: a look-alike series)."""
    out, d = [], 0.0
    for i in range(n):
        d = min(21.0, d + rng.uniform(0.5, 2.5)) if i < n // 3 else max(0.0, d - rng.uniform(0, 1))
        out.append([i * 20, round(d, 1), round(28.5 - d * 0.06, 1)])
    return out


def temps(rng: random.Random, n: int, t0: int = 1765270800) -> list[dict[str, Any]]:
    """Her fever readings every few hours (the thermometer's; ``c`` in °C)."""
    return [{"t": t0 + 14400 * i, "c": round(38.2 + rng.uniform(-0.4, 1.1), 1)} for i in range(n)]


def oid(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a ride, a report, a game, an entry): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACR", "AGENCY", "ALLOTMENT", "BANA", "BREEDING_AT", "BUDDY", "BUSAY_AT", "CERT_NO",
           "CONTRACT", "COURT", "COURT_FIX", "DAYCARE", "DENGUE_CLINIC", "DIVE_BOOKING",
           "DIVE_SHOP", "FLIGHT_PNR", "GATE_FIX", "HOME", "HOME_AT", "HOTLINE", "JERSEY", "KID",
           "KID_ID", "MATES", "NANAY", "NANAY_AT", "PADALA_REF", "PASSPORT_US", "PEDIA",
           "PH_LOCAL", "PH_MOBILE", "RIDER", "RIDE_REF", "SEAMAN_BOOK", "SITES", "STORE",
           "STORE_CODE", "SURFACE_AT", "TEACHER", "TEAMS", "TERMINAL", "THERMO", "TZ",
           "UTANG_REF", "VESSEL", "depth_profile", "mine", "oid", "temps", "trip"]
