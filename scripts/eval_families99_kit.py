"""Helpers for the ninety-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's, ``fix``,
``home`` and ``obj`` set 37's).

This kit adds what the set's apps share. The story: she lives in New York (the profile's
position); her husband's family is in Lalitpur, Kathmandu valley, where she spent December; her
daughter goes to a Montessori school in Manhattan. So: her husband and her mother-in-law (other
people she types), the in-laws' house in Lalitpur (her address while there), the savings group
and its office (negatives), her membership number, her Nepali bank account and e-wallet, her
birth date in the Bikram Sambat calendar; the trek (the permit office, the checkpoints and the
agency's guide are negatives; her fixes on the trail are hers), the permit and trekker-card
numbers, a visa number; the AMS score generators; the momo restaurant in Jackson Heights and its
courier (negatives); the paragliding school's launch and landing fields (negatives); the thyroid
clinic and its pharmacy (negatives); the Montessori school, her daughter and the people allowed
to pick her up.
"""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import urlsplit

from eval_families17_kit import PRECISE
from eval_payloads import Case, L, rnd_hex

Pt = tuple[float, float]

# --- family (other people she types: contact.*) ------------------------------------------------
HUSBAND = ("Bikash", "Maharjan", "+9779841052273")  # pati_ko_naam, emergency contact
SASU = ("Laxmi Maharjan", "+9779851048816")  # her mother-in-law, the group's nominee
NANNY = ("Grace Mensah", "+13475550172")  # the nanny allowed to pick up her daughter

# --- Bachatghar (a women's savings group in Lalitpur; romanised Nepali keys) --------------------
KTM_HOME = {"thegana": "Kumaripati-5, Jawalakhel Marg 14", "tol": "Kumaripati",
            "shahar": "Lalitpur", "jilla": "Lalitpur", "wada": "5"}
KTM_HOME_AT = (27.671284, 85.318603)  # the in-laws' house (her fix there: location.precise)
SAMUHA = {"id": "sm_0441", "naam": "Jawalakhel Mahila Bachat Samuha",
          "karyalaya": "Pulchowk-3, Lalitpur", "phone": "+97715550148",
          "lat": 27.67798, "lon": 85.31667}  # the group and its office (negatives)
SADASYA = "JMB-0441-027"  # her membership number in the group (id.user)
BS_DOB = "2048-02-03"  # her birth date (1991-05-17) in Bikram Sambat (personal.birthdate)
NP_ACCOUNT = "01907010045518"  # her NPR savings account (financial.payment)
NP_BANK = {"code": "NB-019", "naam": "Khayerbari Sahakari Bank"}  # her bank (code: PAY)
GOPYA = "Laligurans#48"  # her password (gopya_shabda)

# --- Himpass (trekking permits) -----------------------------------------------------------------
VISA = "NPV-2025-4471182"  # her Nepal tourist visa number (personal.national_id)
PERMIT = "ACAP-2512-004471"  # her conservation-area permit (financial.purchase: a bought permit)
TREKCARD = "TRC-25-0088412"  # her trekker registration card (financial.purchase)
POLICY = "TRV-7720418-NP"  # her travel-insurance policy number (unlabelled: a contract number)
OFFICE_PKR = {"name": "Permit Desk Lakeside", "phone": "+97761555014",
              "lat": 28.21035, "lon": 83.95872}  # the permit desk in Pokhara (negatives)
CHECKPOINTS = [("Birethanti", 28.29651, 83.79214), ("Ghorepani", 28.40073, 83.70023),
               ("Tadapani", 28.38841, 83.75911)]  # the route's checkpoints (negatives)
GUIDE = {"id": "gd_20418", "licence": "TG-2019-0412", "agency": "Rhododendron Treks"}
GHOREPANI_FIX = (28.400512, 83.699874)  # her phone at the lodge in Ghorepani
POONHILL_FIX = (28.400961, 83.687412)  # her phone on Poon Hill at dawn
LODGE_SSID, LODGE_BSSID = "Sunrise-Lodge-Guest", "9c:5c:8e:41:07:d2"  # the lodge's Wi-Fi

# --- Acclimo (an AMS symptom logger) ------------------------------------------------------------
OXIMETER = {"serial": "OX-M70-558102", "ble": "D4:36:39:8A:21:5C", "model": "PulseTip 70"}
TREKMATES = [("Priya Sharma", "+9779803312874"), ("Tom Reyes", "+15550154420")]

# --- Yakmomo (a momo restaurant in Jackson Heights) ----------------------------------------------
RESTAURANT = {"id": "st_jh01", "name": "Yakmomo Jackson Heights", "line": "37-12 74th Street",
              "phone": "+17185550153", "lat": 40.74712, "lon": -73.89142}  # (negatives)
COURIER_AT = (40.74433, -73.93011)  # the courier's phone (a negative)
ORDER_YM = "YM-251214-0931"
GIFT_CARD = "6375 2210 4418 0927"  # a gift card she holds (financial.payment)

# --- Thermalia (tandem paragliding in Pokhara) --------------------------------------------------
LAUNCH_AT = (28.23712, 83.94563)  # Sarangkot launch (a negative)
LANDING_AT = (28.20941, 83.95842)  # the lakeside landing field (a negative)
HOTEL_PKR = {"name": "Hotel Fewa Breeze", "line": "Lakeside Road 6", "lat": 28.21288,
             "lon": 83.95741}  # her hotel in Pokhara (a business: negatives)
BOOKING_TH = "TH-8842-PKR"
PILOT = {"id": "pl_0077", "licence": "PG-NP-0311", "wing": "Tandem Kestrel 2"}  # (negatives)

# --- Glandora (a thyroid clinic's follow-up app, New York) --------------------------------------
CLINIC_GL = {"id": "cl_m61", "name": "Midtown Endocrine Associates", "phone": "+12125550128",
             "line": "133 East 58th Street", "lat": 40.76122, "lon": -73.96936}  # (negatives)
PHARMACY_GL = {"ncpdp": "3351209", "name": "Lexington Drugs", "phone": "+12125550196"}
MEMBER_GL = "EHP204471193"  # her health-insurance member ID (health.medical)
MRN = "MEA-0097-4418"  # her chart number at the clinic (health.medical)

# --- Pinktower (a Montessori school's parent app, Manhattan) ------------------------------------
KID = ("Asha", "Maharjan")  # her daughter
KID_DOB, KID_AGE = "2021-03-14", 4
KID_ID = "chd_7d21f40a"  # her daughter's profile (id.user)
SCHOOL = {"id": "sch_122", "name": "Chelsea Pink Tower Montessori", "phone": "+12125550181",
          "line": "241 West 21st Street", "lat": 40.74388, "lon": -73.99812}  # (negatives)
GUIDE_MAIL = "ms.ortega@pinktower.example.org"  # the class guide's school mailbox (a negative)
PEDIATRICIAN = ("Dr. Karen Liu", "+12125550139")  # typed by her (contact.*)
PICKUP_PIN = "6024"


def in_path(cases: list[Case], segs: dict[str, str]) -> list[Case]:
    """Label every URL path segment equal to one of ``segs`` (``url`` ``path[i]``, 0-based over
    the non-empty segments) in every case: her booking, order, child or member number."""
    for c in cases:
        parts = [s for s in urlsplit(c.exchange.url).path.split("/") if s]
        for i, s in enumerate(parts):
            if s in segs:
                c.labels[("url", f"path[{i}]")] = segs[s]
    return cases


# --- generators -----------------------------------------------------------------------------------
def trail(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765590000,
          ele: int = 2850) -> list[dict[str, Any]]:
    """Her fixes on the trail (lat/lon ``location.precise``; elevation, time unlabelled)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00008, 0.00008)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00008, 0.00008)
        out.append({"t": t0 + 60 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "ele": ele + 9 * i})
    return out


def lake_louise(headache: int, gi: int, fatigue: int, dizzy: int) -> dict[str, int]:
    """The Lake Louise AMS score's four items (0-3 each)."""
    return {"headache": headache, "gastrointestinal": gi, "fatigue": fatigue,
            "dizziness": dizzy}


def spo2_series(rng: random.Random, n: int, base: int = 86) -> list[list[int]]:
    """The oximeter's spot readings ``[ms, spo2, pulse]`` over a minute."""
    return [[i * 1000, base + rng.randrange(-2, 3), 98 + rng.randrange(-4, 6)] for i in range(n)]


def menu_items(rng: random.Random) -> list[dict[str, Any]]:
    """A momo order's lines: SKUs, quantities and menu prices (not labelled on their own)."""
    rows = [("jhol-momo-chicken", "Jhol momo (chicken)", 2, "14.50"),
            ("kothey-veg", "Kothey momo (veg)", 1, "12.00"),
            ("thukpa", "Thukpa", 1, "11.50")]
    return [{"sku": s, "name": n, "qty": q, "price": p,
             "line_id": "ln_" + rnd_hex(rng, 6)} for s, n, q, p in rows]


def wind(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The launch's wind readings (the weather station's, not hers)."""
    return [{"t": 1765782000 + 300 * i, "kmh": round(rng.uniform(6, 18), 1),
             "dir": rng.randrange(180, 260)} for i in range(n)]


__all__ = ["BOOKING_TH", "BS_DOB", "CHECKPOINTS", "CLINIC_GL", "COURIER_AT", "GHOREPANI_FIX",
           "GIFT_CARD", "GOPYA", "GUIDE", "GUIDE_MAIL", "HOTEL_PKR", "HUSBAND", "KID",
           "KID_AGE", "KID_DOB", "KID_ID", "KTM_HOME", "KTM_HOME_AT", "LANDING_AT",
           "LAUNCH_AT", "LODGE_BSSID", "LODGE_SSID", "MEMBER_GL", "MRN", "NANNY",
           "NP_ACCOUNT", "NP_BANK", "OFFICE_PKR", "ORDER_YM", "OXIMETER", "PEDIATRICIAN",
           "PERMIT", "PHARMACY_GL", "PICKUP_PIN", "PILOT", "POLICY", "POONHILL_FIX",
           "RESTAURANT", "SADASYA", "SAMUHA", "SASU", "SCHOOL", "TREKCARD", "TREKMATES",
           "VISA", "in_path", "lake_louise", "menu_items", "spo2_series", "trail", "wind"]
