"""Helpers for the hundredth (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's; her
husband Alex and her daughter Mia are set 22's ``PARTNER``, ``CHILD_FIRST`` and ``CHILD_DOB``).

This kit adds what the set's apps share. She (the profile's Jane Doe) is on a two-year posting in
Kigali with Alex and Mia; she keeps her US number, roaming on a Rwandan network, and has a local
line that is also her mobile-money wallet; her Rwandan residence card (a foreigner's ID number),
her Kigali house (street, sector, district, point) and her office (her trips' destination). The
moto driver, his plate and his meter, and Kimironko market are negatives; her rides are hers.
The coffee plot she and Alex lease near Huye (its corners hers), the cooperative's washing
station and scale (negatives), a delivery ticket (a sale). The hypertension clinic, its nurse and
the cuff (negatives), her medicines, her US doctor (typed by her) and generators for readings.
The gorilla park's office, the lodge and the gorilla family (negatives), the booking reference,
Alex's passport, her trek. The wedding she contributes to (a colleague's: the event, committee
and venue negatives), the committee's join code and her pledge's reference. Textbooks' ISBNs and
other sellers (negatives). Mia's school (a negative), her student number and the term's fees.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import MED, PRECISE
from eval_families18_kit import FIT
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Kigali"

# --- her life in Kigali ---------------------------------------------------------------------------
LOCAL = "+250788410927"  # her Rwandan line, also her mobile-money wallet (contact.phone)
LOCAL_NAT = "0788410927"  # the same as dialled in Rwanda
LOCAL_DIGITS = "250788410927"  # as mobile-money APIs take it (no plus)
NID_RW = "3199180041277026"  # her residence card's ID number (personal.national_id)
HOME_RW = {"street": "KG 9 Ave 41", "sector": "Remera", "district": "Gasabo", "city": "Kigali"}
HOME_RW_AT = (-1.953871, 30.112614)  # her Kigali house (location.precise where sent)
OFFICE_RW_AT = (-1.944207, 30.061538)  # her office (a trip's destination: hers)
NET_MCCMNC = "63590"  # the visited network while roaming (location.carrier)

# --- Motogenda (moto wallet and fare) -------------------------------------------------------------
DRIVER = {"id": "mtr_30417", "plate": "RD 418 K", "meter": "MTR-7731-0458",
          "helmet": "HLM-0417-22"}  # the driver, his moto and meter (negatives)
MARKET_AT = (-1.949512, 30.126034)  # Kimironko market (a place: a negative)
WALLET_PIN = "5931"  # her wallet PIN (secret.credential)

# --- Kawascale (coffee cooperative, harvest weighing) --------------------------------------------
MEMBER_CO = "KCU-0441-7"  # her cooperative member number (id.user)
PLOT = [(-2.596614, 29.739548), (-2.596102, 29.740311), (-2.596871, 29.740802),
        (-2.597409, 29.740027)]  # the plot's corners (hers: location.precise)
STATION = {"id": "ws_rugango_03", "name": "Rugango Hill Washing Station",
           "lat": -2.58911, "lon": 29.74562, "phone": "+250788551380"}  # a negative
SCALE = {"id": "SCL-0331", "serial": "HX30-22-00481", "fw": "4.1.2"}  # the station's scale
TICKET = "WS3-25-118402"  # a delivery's weighing ticket (financial.purchase: a sale)
COOP_PIN = "8260"

# --- Tensilog (hypertension clinic's home blood-pressure programme) -------------------------------
CLINIC_RW = {"id": "ncd_kcy_02", "name": "Kacyiru NCD Clinic", "phone": "+250788300215",
             "lat": -1.938144, "lon": 30.08552}  # the clinic (a negative)
NURSE = "nrs_0512"  # the programme nurse's staff ID (a negative)
BP_CUFF = {"serial": "TSL-BP3-0057120", "ble": "E4:61:0A:3C:7B:12", "model": "Tensilog Cuff 3",
           "fw": "1.8.0", "battery": 78}  # an accessory (negatives)
BP_MEDS = [("Amlodipine", "5 mg"), ("Hydrochlorothiazide", "12.5 mg")]
ENROL = "TNS-8Q4K-27"  # the clinic's enrolment code (secret.credential)
US_DOCTOR = ("Dr. Ruth Calloway", "r.calloway@gramercyim.example.com")  # typed by her
INSURANCE = "KHP-3318-2204"  # her expatriate health plan's member number (health.medical)

# --- Ingagipass (gorilla-trekking permits) --------------------------------------------------------
PARK_HQ_AT = (-1.42922, 29.58833)  # the park office at Kinigi (a negative)
LODGE = {"name": "Kinigi Ridge Guesthouse", "phone": "+250788712340",
         "lat": -1.44013, "lon": 29.59511}  # where they stay (a business: negatives)
PERMIT_REF = "IGP-25-30412"  # the booking reference (financial.purchase)
ALEX_PASSPORT = "B20937715"  # her husband's passport (personal.national_id)
GORILLA_GROUP = "fam_umubano"  # the habituated gorilla family (a negative)
TRAILHEAD_AT = (-1.438104, 29.562071)  # her fix at the trailhead

# --- Ubukwebox (wedding-gift contributions) -------------------------------------------------------
WEDDING = {"id": "ubk_5520e1", "committee": "cmt_8841", "venue_at": (-1.95411, 30.10452)}
COMMITTEE_CODE = "UBK-7Q42-M"  # joins the committee (secret.credential)
PLEDGE_REF = "UMS-25-004127"  # her pledge's reference (financial.purchase)

# --- Bookswapa (secondhand textbooks) ------------------------------------------------------------
ISBNS = ["9789997730412", "9789997731150", "9782011559937", "9789997730887"]  # books (negatives)
CAFE_AT = (-1.95188, 30.10571)  # a café the app suggests for meet-ups (a negative)

# --- Ishurilink (primary-school fees and report card; Mia is in Primary 5) -----------------------
SCHOOL = {"code": "UPA-0417", "name": "Umucyo Primary Academy", "phone": "+250788640112",
          "mail": "bursar@umucyo.example.org", "lat": -1.95022, "lon": 30.09877}  # a negative
STUDENT = "UPA-19-0412"  # Mia's student number (id.user)
LINK_CODE = "P7K-44Q-9M"  # the school's parent link code (secret.credential)
TERM_FEES = "650000"  # Term 2 fees in RWF (financial.purchase when paid)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def leg(rng: random.Random, n: int, a: Pt, b: Pt, keys: tuple[str, str] = ("lat", "lng"),
        t0: int = 1765690000) -> list[dict[str, Any]]:
    """Her fixes from ``a`` to ``b`` (each lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = a[0] + (b[0] - a[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = a[1] + (b[1] - a[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(12, 38), 1)})
    return out


def readings(rng: random.Random, n: int, t0: int = 1765688400) -> list[dict[str, Any]]:
    """Her home readings: systolic and diastolic ``health.medical``, pulse ``health.fitness``."""
    out = []
    for i in range(n):
        out.append({"at": t0 + 43200 * i + rng.randrange(0, 900),
                    "sys": L(rng.randrange(136, 152), MED), "dia": L(rng.randrange(86, 96), MED),
                    "pulse": L(rng.randrange(66, 82), FIT), "arm": "left", "irregular": False})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a listing, a meeting): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ALEX_PASSPORT", "BP_CUFF", "BP_MEDS", "CAFE_AT", "CLINIC_RW", "COMMITTEE_CODE",
           "COOP_PIN", "DRIVER", "ENROL", "GORILLA_GROUP", "HOME_RW", "HOME_RW_AT", "INSURANCE",
           "ISBNS", "LINK_CODE", "LOCAL", "LOCAL_DIGITS", "LOCAL_NAT", "LODGE", "MARKET_AT",
           "MEMBER_CO", "NET_MCCMNC", "NID_RW", "NURSE", "OFFICE_RW_AT", "PARK_HQ_AT",
           "PERMIT_REF", "PLEDGE_REF", "PLOT", "SCALE", "SCHOOL", "STATION", "STUDENT",
           "TERM_FEES", "TICKET", "TRAILHEAD_AT", "TZ", "US_DOCTOR", "WALLET_PIN", "WEDDING",
           "fix", "leg", "obj", "readings"]
