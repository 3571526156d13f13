"""Helpers for the eighty-fifth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her Valletta flat (she is on a year's posting in Malta),
her Maltese identity card, the transport card, ferry landings and bus stops (negatives), the
council's office (a negative); the cystic-fibrosis clinic (a negative), her spirometer and vest
(accessories: negatives) and generators for a blow's flow-volume curve and a vest session; the
dive computer (an accessory), dive sites (negatives), her buddy and certification and a depth
profile; her late father, the funeral home (a negative) and the plot; language partners (other
users: negatives); classic cars (VINs: negatives), their sellers (negatives) and her own car;
the kite school, its spot and instructor (negatives), her emergency contact and her session track.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Vapuretta (Valletta ferry-and-bus card, local council): a year's posting in Malta ---------
MT_HOME = {"triq": "27 Triq San Pawl", "flat": "Flat 4", "lokalita": "Valletta",
           "kodici_postali": "VLT 1216"}
MT_HOME_AT = (35.898412, 14.512906)  # her Valletta flat (location.precise where sent)
MT_ID = "0847291A"  # her Maltese identity/residence card number (personal.national_id)
CARD_NO = "VPC-7741-0029-3318"  # her transport card (id.user: the account it is)
LANDING = {"id": "FRY-VLT-01", "isem": "Valletta Ferry Landing", "lat": 35.89672,
           "lon": 14.51724}  # a ferry landing (a negative)
SLIEMA = {"id": "FRY-SLM-02", "isem": "Sliema Strand Landing", "lat": 35.91218,
          "lon": 14.50447}
STOPS = ["VLT-B-041", "FLR-B-117", "SLM-B-208", "MST-B-033"]  # bus stops (negatives)
COUNCIL = {"id": "kl_vlt", "telefon": "+356 2122 0931", "indirizz": "Pjazza San Gorg",
           "lat": 35.89861, "lon": 14.51389}  # the council's office (a negative)
POTHOLE_AT = (35.899874, 14.510622)  # where she stood reporting a pothole

# --- Breathlane (cystic fibrosis: airway clearance and lung function) -------------------------
CF_CLINIC = {"id": "cfc_118", "name": "Murray Hill Adult CF Center", "phone": "+12125550148",
             "line": "425 Park Avenue South", "lat": 40.74391, "lon": -73.98345}
SPIRO = {"serial": "BLS-SP3-0091822", "model": "Breathlane Spiro 3", "fw": "1.8.4",
         "ble": "D4:36:39:8A:21:0F"}  # the spirometer (an accessory: negatives)
VEST = {"serial": "HFV-22-004417", "model": "OscilVest 2"}  # the clearance vest (a negative)
CF_MEMBER = "HPX882041973"  # her health-insurance member ID (health.medical)
GENOTYPE = "F508del/G542X"  # her CFTR variants (health.medical)

# --- Fathomlog (a scuba logbook) ---------------------------------------------------------------
COMPUTER = {"serial": "FL-DC7-30077419", "model": "Fathomlog DC7", "fw": "4.2.0",
            "ble": "E2:71:0C:55:9B:34"}  # the dive computer (an accessory: negatives)
SITES = [{"id": "site_2281", "name": "Blue Hole, Dwejra", "lat": 36.05329, "lon": 14.18841},
         {"id": "site_2290", "name": "Cirkewwa Arch", "lat": 35.98906, "lon": 14.32911}]
ENTRY_FIX = (36.053412, 14.188207)  # her phone at the entry point (location.precise)
BUDDY = ("Kristina Vella", "+35679904412")  # her dive buddy, typed by her (contact.*)
CERT = "OWD-2219-448813"  # her certification number with the training agency (id.user)
DIVE_SHOP = {"id": "shop_77", "name": "Gozo Reef Divers", "phone": "+35621550377"}

# --- Wreathway (funeral planning after her father's death) -------------------------------------
DAD = {"first": "Robert", "last": "Doe", "dob": "1948-03-02", "dod": "2025-11-28",
       "ssn": "219-09-9999", "line": "88 Linden Street", "city": "Montclair", "state": "NJ",
       "zip": "07042"}  # her late father (his data is labelled: a data subject)
FUNERAL_HOME = {"id": "fh_4410", "name": "Hollis & Grant Funeral Home", "phone": "+19735550127",
                "line": "12 Church Street, Montclair", "lat": 40.81402,
                "lon": -74.21077}  # a business (negatives)
PLOT = {"cemetery": "Rosedale Memorial Park", "section": "C", "lot": "114-B"}  # not hers
CASE_NO = "WW-25-118042"  # the arrangement's case number (a negative)
BROTHER = ("Michael Doe", "+15550147720", "mike.doe@example.net")  # her brother (contact.*)

# --- Parlapal (language exchange chat) ---------------------------------------------------------
PARTNERS = [("pp_8kq2m7xw", "Chiara"), ("pp_3vd91rnz", "Yusuf"), ("pp_m44c0tqa", "Hana")]

# --- Chromeyard (a vintage-car restoration marketplace) -----------------------------------------
CARS = [{"id": "lst_71820", "vin": "1FABP40E3HF142287", "title": "1987 Coupe, needs paint",
         "seller": "sl_walt.k", "sellerPhone": "+16105550182", "price": 14500,
         "lat": 40.10412, "lon": -75.38877},
        {"id": "lst_71955", "vin": "WP0AA0911DN450021", "title": "1983 Targa project",
         "seller": "sl_oldiron", "sellerPhone": "+12035550134", "price": 38900,
         "lat": 41.30822, "lon": -72.92791}]  # listings: VINs, sellers and points negatives
MY_CAR = {"vin": "2G1FP22P4R2114509", "year": 1994, "model": "Stallion GT"}  # her car (negatives)
GARAGE_AT = (40.729881, -73.997142)  # where her car is stored (her place, location.precise)
OFFER_ID = "off_55102"  # an offer's ID (a negative)
LICENCE = "D4471-09918-52217"  # her driver's licence for the seller verification

# --- Kiteloop (a kitesurf school's bookings) ---------------------------------------------------
SCHOOL = {"id": "ks_mel", "name": "Mellieha Kite Lab", "phone": "+35679551120",
          "lat": 35.96441, "lon": 14.35402}  # the school (a negative)
SPOT_AT = (35.96521, 14.35733)  # the spot's published point (a negative)
INSTRUCTOR = {"id": "ins_09", "name": "Luca Borg"}  # the instructor (a negative)
EMERGENCY = ("Sam Patel", "+15550142277")  # her emergency contact (contact.*)
KITE_BOOKING = "KL-25-30418"  # her lesson booking (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def flow_volume(rng: random.Random, n: int = 40) -> list[list[float]]:
    """A forced blow's flow-volume curve: ``[litres, litres/s]`` rows (a medical series)."""
    out = []
    for i in range(n):
        v = 2.9 * i / (n - 1)
        f = 6.1 * math.sin(math.pi * min(1.0, v / 0.6) / 2) * (1 - v / 3.0)
        out.append([round(v, 3), round(max(0.0, f + rng.gauss(0, 0.05)), 3)])
    return out


def depth_profile(rng: random.Random, n: int = 36) -> list[dict[str, Any]]:
    """The dive computer's samples every 20 s: time, depth (m), temperature, heart rate."""
    out = []
    for i in range(n):
        d = 24.0 * math.sin(math.pi * i / (n - 1)) ** 0.5
        out.append({"t": 20 * i, "d": round(d + rng.gauss(0, 0.2), 1),
                    "temp": round(19.5 - d / 12, 1), "hr": 72 + rng.randrange(-6, 14)})
    return out


def kite_track(rng: random.Random, n: int, at: Pt = (35.965901, 14.358204),
               t0: int = 1765450000) -> list[dict[str, Any]]:
    """Her GPS fixes riding off the spot (lat/lon ``location.precise``; speed not)."""
    out = []
    for i in range(n):
        a = i / 3
        out.append({"t": t0 + 5 * i,
                    "lat": L(round(at[0] + 0.0012 * math.sin(a), 6), PRECISE),
                    "lon": L(round(at[1] + 0.0019 * math.cos(a), 6), PRECISE),
                    "kn": round(rng.uniform(11, 24), 1)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a journey, a session, a dive, a message): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BROTHER", "BUDDY", "CARD_NO", "CARS", "CASE_NO", "CERT", "CF_CLINIC", "CF_MEMBER",
           "COMPUTER", "COUNCIL", "DAD", "DIVE_SHOP", "EMERGENCY", "ENTRY_FIX", "FUNERAL_HOME",
           "GARAGE_AT", "GENOTYPE", "INSTRUCTOR", "KITE_BOOKING", "LANDING", "LICENCE",
           "MT_HOME", "MT_HOME_AT", "MT_ID", "MY_CAR", "OFFER_ID", "PARTNERS", "PLOT",
           "POTHOLE_AT", "SCHOOL", "SITES", "SLIEMA", "SPIRO", "SPOT_AT", "STOPS", "VEST",
           "depth_profile", "fix", "flow_volume", "kite_track", "obj"]
