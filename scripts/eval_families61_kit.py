"""Helpers for the sixty-first (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her months in Nairobi (her flat in Kilimani, her Kenyan
SIM and number, her alien ID and tax PIN, a friend she pays, her mother as a beneficiary, her
hospital-cash policy, the agent, a till, a paybill and a hospital: the businesses negatives); the
PrEP clinic and pharmacy (negatives), her regimen and labs; the power meter (an accessory:
negatives), her training numbers, a pro's power curve and a segment's leaderboard (look-alikes);
the immigration firm (a negative), her A-number, green card, passport and the USCIS receipt (a
case number: a negative); her daughter Ada (a data subject) and the book she reads; the
restaurant, the customer's masked number and points (negatives) and her courier ID; the rental
she hosts (the lock and its serials, battery, LAN address: negatives), the guest and the
cleaner she types in, the guests' codes (negatives) and her owner PIN; and generators.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Pesaweza (mobile money and micro-insurance, Nairobi): she lives there part of the year ----
KE_PHONE, KE_LOCAL = "+254711555019", "0711555019"  # her Kenyan SIM's number (contact.phone)
KE_MCC, KE_MNC, KE_CARRIER = "639", "07", "Jamii Mobile"  # her Kenyan SIM (location.carrier)
ALIEN_ID = "AL-0471926"  # her foreign national's card (personal.national_id)
KRA_PIN = "A012447190Z"  # her Kenyan tax PIN (personal.national_id)
KE_HOME = {"mtaa": "Argwings Kodhek Road", "nyumba": "Lenana Court, Nyumba 7B",
           "mji": "Nairobi", "kaunti": "Nairobi", "posta": "00100"}
KE_HOME_AT = (-1.293187, 36.787524)  # her Kilimani flat (location.precise where sent)
AGENT = {"namba": "412077", "jina": "Baraka Agencies Yaya", "simu": "+254722555301",
         "lat": -1.29247, "lon": 36.78771}  # a cash agent (a business: negatives)
TILL = ("5081442", "Kilimani Fresh Mart")  # a shop's till number and name (negatives)
PAYBILL = ("888880", "37187711234")  # the power utility's paybill, her meter (unlabelled)
FRIEND_KE = ("Wanjiru Kamau", "+254722555847")  # a friend she sends money to (contact.*)
MAMA = ("Margaret Doe", "+15550114420")  # her mother, the cover's beneficiary (contact.*)
POLICY = "PWB-HC-2209471"  # her hospital-cash cover (health.medical)
HOSPITAL = {"id": "hs_0192", "jina": "Kilimani Mission Hospital", "simu": "+254202555144",
            "lat": -1.29833, "lon": 36.78911}  # negatives
RECEIPTS = ["SLK4H7XY2Q", "SLK5J2PW8M", "SLK6C9RT1D"]  # transaction codes (financial.purchase)

# --- Steadydose (HIV PrEP adherence) ----------------------------------------------------------
PREP_CLINIC = {"id": "clin_0481", "name": "Chelsea Sexual Health Clinic",
               "phone": "+12125550193", "line": "303 Ninth Avenue",
               "lat": 40.74972, "lon": -73.99807}  # negatives
PREP_PHARM = {"ncpdp": "3341207", "name": "Midtown Specialty Pharmacy",
              "phone": "+12125550186"}  # negatives
REGIMEN = "emtricitabine/tenofovir DF 200/300 mg daily"  # health.medical
PREP_MEMBER = "HMO-88412071"  # her insurance member ID (health.medical)
ASSIST_ID = "PAP-2291-0447"  # her drug-assistance enrolment (health.medical)

# --- Wattcrank (cycling power meter and training) ---------------------------------------------
METER = {"serial": "WC-PM2-0088412", "ant": 48211, "ble": "E2:4F:19:7C:3A:D1", "fw": "1.9.4",
         "crankMm": 172.5, "battery": 64}  # the power meter (an accessory: negatives)
FTP, WEIGHT_KG, MAX_HR = 231, 61.5, 186  # hers (health.fitness)
PRO = ("Ilse Verhaegen", [1410, 1102, 880, 612, 455, 372, 331])  # a pro's curve (negatives)
SEGMENT = {"id": "seg_88120", "name": "River Road climb", "start": (40.85521, -73.96104),
           "end": (40.87133, -73.95307)}  # a public segment's points (negatives)

# --- Visaharbor (immigration-lawyer booking) --------------------------------------------------
A_NUMBER = "A212447903"  # her alien registration number (personal.national_id)
GREEN_CARD = "SRC9104471822"  # her permanent-resident card (personal.national_id)
PASSPORT_IE = "PA4471926"  # her Irish passport (personal.national_id)
USCIS_RECEIPT = "IOE0923384571"  # her application's receipt number (a case number: negative)
FIRM = {"id": "firm_2204", "name": "Castellan & Obi Immigration Law", "phone": "+12125550117",
        "line": "61 Broadway, Suite 1410", "lat": 40.70689, "lon": -74.01243}  # negatives
LAWYER = {"id": "atty_118", "name": "Adaeze Obi", "bar": "NY-4471029"}  # negatives

# --- Readaloo (a kids' reading app): the user is the parent, her daughter Ada reads ------------
KID_FIRST, KID_BIRTH_YEAR, KID_AGE, KID_ID = "Ada", 2019, 6, "kid_91e0b2c7"
BOOK = {"id": "bk_20417", "title": "The Little Red Hen", "level": "F",
        "isbn": "9781555019042"}  # the book (negatives)
PAGE_TEXT = "Who will help me plant this wheat? asked the Little Red Hen."
CLASS_CODE = "RA-Q7M4-K2"  # the class join code (secret.credential)
TEACHER_MAIL = "mr.lindqvist@ps41.example.edu"  # the teacher's school mailbox (a negative)

# --- Runbasket (gig delivery; she is the courier) ---------------------------------------------
COURIER_ID = "RBC-0471192"  # her courier account number (id.user)
RESTAURANT = {"id": "mx_5512", "name": "Tandoor Corner", "line": "114 Lexington Avenue",
              "phone": "+12125550178", "lat": 40.74264, "lon": -73.98271}  # negatives
DROP_AT = (40.74611, -73.97904)  # the customer's drop point as dispatched (a negative)
PROXY_PHONE = "+12125550100"  # the masked relay number for the customer (a negative)
DROP_FIX = (40.746093, -73.979118)  # her phone at the door (location.precise)

# --- Keynook (a smart lock on the rental she hosts) -------------------------------------------
RENTAL = {"name": "Garden studio by the park", "line1": "212 Adelphi Street",
          "line2": "Garden level", "city": "Brooklyn", "zip": "11205"}
RENTAL_AT = (40.68952, -73.97071)  # the listing's pin (a place: a negative)
LOCK = {"serial": "KN-DL3-0419927", "ble": "D4:11:6A:9E:20:7B", "fw": "3.0.8", "battery": 78,
        "lan": "192.168.4.57", "model": "Keynook Deadbolt 3"}  # the lock (negatives)
RENTAL_WIFI = ("AdelphiGarden-Guest", "5c:62:8b:1e:77:a0", "sunnysteps2291")
GUEST = ("Lena Hartmann", "+4915255501234", "lena.h@example.net")  # typed by her (contact.*)
CLEANER = ("Rosa Medina", "+17185550199")  # typed by her (contact.*)
GUEST_CODES = ["482913", "730155", "119480"]  # guests' door codes (negatives)
OWNER_PIN = "7316"  # her own master code (secret.credential)


# --- generators -------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def path(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765312000,
         keys: tuple[str, str] = ("lat", "lng"), nd: int = 6) -> list[dict[str, Any]]:
    """Her fixes on a trip, start to end (lat/lon ``location.precise``; time and speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-5e-5, 5e-5)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-5e-5, 5e-5)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, nd), PRECISE),
                    keys[1]: L(round(lo, nd), PRECISE), "v": round(rng.uniform(3, 9), 1)})
    return out


def watts(rng: random.Random, n: int, base: int = 190) -> list[int]:
    """Her 1 s power samples in watts (a workout series)."""
    return [max(0, int(base + 40 * math.sin(i / 7) + rng.gauss(0, 18))) for i in range(n)]


def hr(rng: random.Random, n: int) -> list[int]:
    """Her 1 s heart-rate samples (bpm)."""
    return [int(138 + 12 * math.sin(i / 11) + rng.gauss(0, 2)) for i in range(n)]


def board(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """A segment's leaderboard: other riders' IDs, names, times and watts (negatives)."""
    names = ["K. Osei", "M. Lindgren", "T. Farouk", "J. Ruiz", "P. Nakamura", "D. Brennan"]
    return [{"athlete": f"ath_{rnd_hex(rng, 8)}", "name": names[i % len(names)],
             "secs": 301 + 7 * i + rng.randrange(5), "avgW": 342 - 9 * i} for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a transfer, a dose, an upload, an order): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENT", "ALIEN_ID", "ASSIST_ID", "A_NUMBER", "BOOK", "CLASS_CODE", "CLEANER",
           "COURIER_ID", "DROP_AT", "DROP_FIX", "FIRM", "FRIEND_KE", "FTP", "GREEN_CARD", "GUEST",
           "GUEST_CODES", "HOSPITAL", "KE_CARRIER", "KE_HOME", "KE_HOME_AT", "KE_LOCAL",
           "KE_MCC", "KE_MNC", "KE_PHONE", "KID_AGE", "KID_BIRTH_YEAR", "KID_FIRST", "KID_ID",
           "KRA_PIN", "LAWYER", "LOCK", "MAMA", "MAX_HR", "METER", "OWNER_PIN", "PAGE_TEXT",
           "PASSPORT_IE", "PAYBILL", "POLICY", "PREP_CLINIC", "PREP_MEMBER", "PREP_PHARM", "PRO",
           "PROXY_PHONE", "RECEIPTS", "REGIMEN", "RENTAL", "RENTAL_AT", "RENTAL_WIFI",
           "RESTAURANT", "SEGMENT", "TEACHER_MAIL", "TILL", "USCIS_RECEIPT", "WEIGHT_KG",
           "board", "fix", "hr", "obj", "path", "watts"]
