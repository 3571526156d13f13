"""Helpers for the eighty-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's; ``fix``,
``home`` and ``obj`` are set 37's).

This kit adds what the set's apps share: the diaspora app's Tirana flat (hers: an address), her
aunt in Durrës (a recipient she types), her Albanian personal number and IBAN, the exchange
office (a negative); the hepatitis-C clinic and pharmacy (negatives), her hepatologist and the
regimen; the huts of the Accursed Mountains (negatives), her hiking companions, her passport and
a generator for her trail fixes; the olive cooperative's mill (a negative), her grove and member
number; the driving-lesson log's teen (her daughter: a data subject), the learner's permit and
the driving school (a negative); the wedding's fiancé (typed by her), the guests (look-alikes,
see the set's calls), the venue and vendors (negatives); the hearing test's frequencies,
headphones (an accessory: negatives) and her audiogram.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Kurbeti (a Tirana diaspora money-and-property app; Albanian API keys) ---------------------
TIRANA_FLAT = {"rruga": "Rruga e Durrësit 112, Pallati 4, Ap. 9", "qyteti": "Tiranë",
               "kodi_postar": "1001"}  # the family flat she owns and lets (contact.address)
TIRANA_FLAT_AT = (41.330412, 19.808817)  # the flat's position (a place of hers: precise)
NUMRI_PERSONAL = "J15517099N"  # her Albanian personal number (personal.national_id)
IBAN_AL = "AL47212110090000000235698741"  # the standard's published Albanian example IBAN
AUNT = ("Lindita Hoxha", "+355692345671")  # her aunt in Durrës, a recipient she types
TENANT_REF = "QR-2025-114"  # the lease's reference (a negative)
OFFICE_AL = {"id": "ag_0217", "name": "Kembim Valutor Skanderbeg", "phone": "+35542234110",
             "line": "Sheshi Skënderbej 3", "lat": 41.32762, "lon": 19.81876}  # a payout agent
TRANSFER = "KRB-7H2Q4918"  # a transfer's reference (financial.purchase)

# --- Hepcura (hepatitis-C treatment adherence) -------------------------------------------------
HEPATOLOGIST = ("Dr. Miriam Castellano", "+12125550149")  # typed by her (contact.*)
LIVER_CLINIC = {"id": "lc_0931", "name": "Stuyvesant Liver Center", "phone": "+12125550131",
                "line": "310 East 17th Street", "lat": 40.73461, "lon": -73.98227}
SPECIALTY_RX = {"id": "rx_5510", "name": "Gramercy Specialty Pharmacy", "phone": "+12125550108",
                "lat": 40.73811, "lon": -73.98404}  # negatives
REGIMEN = "sofosbuvir/velpatasvir 400/100 mg"
RX_NO = "7731904"  # the prescription number (health.medical)
HEP_MEMBER = "ZXH448812071"  # her insurance member ID (health.medical)
PILLBOX = {"serial": "PBX-2-004471", "ble": "E2:19:7C:4A:33:08", "fw": "1.9.4"}  # negatives

# --- Strehaz (mountain-hut booking, Accursed Mountains) -----------------------------------------
HUTS = [{"id": "hut_theth_02", "name": "Bujtina Gjeçaj", "lat": 42.39682, "lon": 19.77305,
         "phone": "+355694411203"},
        {"id": "hut_valb_07", "name": "Kulla e Rragamit", "lat": 42.44611, "lon": 19.88730,
         "phone": "+355682200147"}]  # the huts (businesses: negatives)
PASS_AT = (42.42045, 19.82413)  # Valbona Pass on the map (a negative)
COMPANIONS = [("Ana Kuçi", "+15550144101"), ("Tom Reyes", "+15550144188")]  # typed by her
PASSPORT_US = "A41872093"  # her passport (personal.national_id; set 22's)
HUT_BOOKING = "STZ-3KQ91A"
TRAIL_START = (42.396124, 19.773661)  # her phone at the trailhead in Theth


def trail(rng: random.Random, n: int, start: Pt = TRAIL_START, nd: int = 6,
          t0: int = 1757401200) -> list[dict[str, Any]]:
    """Her fixes on the pass (lat/lon ``location.precise``; altitude, time and speed not)."""
    lat, lon, out = start[0], start[1], []
    for i in range(n):
        lat += rng.uniform(0.0006, 0.0012)
        lon += rng.uniform(0.0003, 0.0010)
        out.append({"t": t0 + 60 * i, "lat": L(round(lat, nd), PRECISE),
                    "lon": L(round(lon, nd), PRECISE), "ele": round(760 + 38.5 * i, 1),
                    "hdop": rng.choice([0.8, 1.1, 1.4])})
    return out


# --- Ullishta (an olive-oil cooperative's member app) ------------------------------------------
MEMBER_OL = "ULL-0448"  # her cooperative member number (id.user)
GROVE = {"parcel": "VL-2231/17", "trees": 140, "variety": "Kalinjot", "area_ha": 1.2}
GROVE_AT = (40.438216, 19.518734)  # her fix in her family's grove near Vlorë
MILL = {"id": "mill_01", "name": "Mulliri Kooperativ Narta", "lat": 40.51624, "lon": 19.46311,
        "phone": "+355332234509"}  # the cooperative's mill (a negative)
TAX_AL = "L71234005H"  # her Albanian tax number as a grower (personal.national_id)

# --- Timonix (a teen's supervised driving log; she is the supervising parent) -----------------
TEEN = ("Sofia Doe", "2009-03-14")  # her daughter, the learner (a data subject)
PERMIT = "L441 207 935"  # the learner's permit number (personal.national_id)
SCHOOL_DRV = {"id": "ds_118", "name": "Chelsea Driving School", "phone": "+12125550182",
              "lat": 40.74351, "lon": -73.99922}  # a negative
TEEN_ID = "lrn_6b21e0c4a9"  # the teen's profile ID in the app (id.user)
LESSON_START = (40.739912, -73.986410)

# --- Dasmor (a wedding planner) -----------------------------------------------------------------
FIANCE = ("Marco Bellini", "+15550177423", "marco.bellini@example.net")  # typed by her
GUESTS = [("Priya Raman", "+15550161237", "priya.raman@example.com", "22 Bank Street"),
          ("Elda Kola", "+355672210993", "elda.kola@example.net", "Rruga Myslym Shyri 8"),
          ("Owen Hart", "+15550139902", "owen.hart@example.org", "41 Court Street"),
          ("Grace Liu", "+15550120345", "grace.liu@example.com", "9 Maple Lane")]
VENUE = {"id": "ven_2207", "name": "Hudson Glasshouse", "phone": "+12125550117",
         "line": "500 West 25th Street", "lat": 40.74972, "lon": -74.00465}
FLORIST_W = {"name": "Wildstem Florals", "phone": "+17185550136",
             "mail": "orders@wildstem.example.com"}
WEDDING_DATE = "2026-06-13"
DEPOSIT = "DSM-INV-30417"

# --- Degjoz (a hearing test) ---------------------------------------------------------------------
HZ = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]
LEFT_DB = [15, 15, 20, 25, 35, 45, 50, 55]  # her thresholds, dB HL (health.medical)
RIGHT_DB = [10, 15, 15, 20, 30, 40, 50, 60]
PHONES = {"model": "Soundmere Over-Ear 3", "ble": "F0:4D:A2:77:18:6C", "cal": "sm-oe3-v2"}
AUDIO_CLINIC = {"id": "ac_771", "name": "Flatiron Hearing", "phone": "+12125550163",
                "lat": 40.74108, "lon": -73.99018}  # a negative


def ids(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a transfer leg, a dose, a bunk): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AUDIO_CLINIC", "AUNT", "COMPANIONS", "DEPOSIT", "FIANCE", "FLORIST_W", "GROVE",
           "GROVE_AT", "GUESTS", "HEPATOLOGIST", "HEP_MEMBER", "HUTS", "HUT_BOOKING", "HZ",
           "IBAN_AL", "LEFT_DB", "LESSON_START", "LIVER_CLINIC", "MEMBER_OL", "MILL",
           "NUMRI_PERSONAL", "OFFICE_AL", "PASSPORT_US", "PASS_AT", "PERMIT", "PHONES",
           "PILLBOX", "REGIMEN", "RIGHT_DB", "RX_NO", "SCHOOL_DRV", "SPECIALTY_RX", "TAX_AL",
           "TEEN", "TEEN_ID", "TENANT_REF", "TIRANA_FLAT", "TIRANA_FLAT_AT", "TRAIL_START",
           "TRANSFER", "VENUE", "WEDDING_DATE", "ids", "trail"]
