"""Helpers for the two-hundred-and-eightieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Iligan City (Lanao del Norte, Mindanao,
the Philippines) with her Maranao husband Amanoding Dimalotang, her US SIM roaming; their son
Faisal (9) is in grade 4 and learns the kulintang; her mother-in-law Bai Aminah Dimalotang lives
in a transitional shelter in Marawi since the family's house in Lilod Madaya was destroyed in the
2017 siege. Her places (their Tibanga home, her fixes at the van terminal, the treatment centre,
the kulintang school, the ruined family lot, her store stall, the feast venue) are hers
(``location.precise`` where sent); the terminals, the checkpoint, the treatment centre, the
school, the claims office, the caterer's kitchen, the lineage council's hall and the public
market are businesses' or offices' places (negatives). People: her husband, son and
mother-in-law, her sister in the US, the son's haematologist, the kulintang teacher.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Manila"

# --- her Iligan life ------------------------------------------------------------------------------
HOME = {"line": "Blk 7 Lot 12, Purok Maharlika", "brgy": "Tibanga", "town": "Iligan City",
        "prov": "Lanao del Norte", "post": "9200"}
HOME_AT = (8.241527, 124.243918)  # their house in Tibanga (location.precise where sent)
HUSBAND = ("Amanoding Dimalotang", "+639175550182")  # typed by her: contact.*
MOTHER_IL = ("Bai Aminah Dimalotang", "+639185550471")  # his mother, in Marawi
MIL_LINE = "Shelter Row C-14, Sagonsongan Transitional Site, Marawi City"  # her address (typed)
SON = {"first": "Faisal", "last": "Dimalotang", "dob": "2016-03-14", "sex": "mama",
       "lrn": "304512160987", "psn": "4127-0933-5518-2046"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Karen Doe", "+15550147731", "karen.doe@example.net")  # her sister in Ohio
ACR = "E0728441903"  # her ACR I-Card (foreign spouse's registration) number: personal.national_id
PASSPORT = "569014738"  # her US passport (personal.national_id)
TIN = "418-229-617-000"  # her tax identification number (personal.national_id)
PH_ACCOUNT = "004561238907"  # her peso savings account (financial.payment)
EWALLET = "+639175550182"  # the family e-wallet is on her husband's number (contact.phone)
PH_NET = "51502"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Lakawan (Iligan-Marawi van terminal seat queue) ----------------------------------------------
ILG_TERMINAL = {"id": "trm_ilg_n", "name": "Iligan North Integrated Terminal", "lat": 8.23874,
                "lon": 124.24519, "bay": "B7"}  # (negatives)
MRW_TERMINAL = {"id": "trm_mrw_b", "name": "Marawi Bangolo Van Terminal", "lat": 8.00157,
                "lon": 124.28561}  # (negatives)
CHECKPOINT = {"id": "cp_pantar", "name": "Pantar checkpoint", "lat": 8.06489,
              "lon": 124.26210}  # a checkpoint on the highway (a negative)
TERMINAL_FIX = (8.238791, 124.245133)  # her phone in the queue
PASSENGER = "LKW-P-220871"  # her passenger account (id.user)
TICKET = "LKW-2512-04417"  # a seat booked (financial.purchase)

# --- Rogoranao (a haemophilia treatment centre's family app) ------------------------------------
CENTRE = {"id": "htc_ilg", "name": "Northern Mindanao Haemophilia Treatment Centre",
          "phone": "+63632215508", "lat": 8.22817, "lon": 124.24602}  # (negatives)
CENTRE_FIX = (8.228139, 124.246058)
PATIENT = "HTC-ILG-00417"  # the son's patient number (health.medical, as set 151's chart)
CARRIER_CASE = "HTC-ILG-00418"  # her own carrier-testing record (health.medical)
HAEMATOLOGIST = ("Dr. Norhanie Macapodi", "n.macapodi@htc-ilg.example.org")  # typed: contact.*

# --- Agongan (the son's kulintang school) --------------------------------------------------------
SCHOOL = {"id": "ag_ilg01", "name": "Agongan Kulintang School Iligan", "lat": 8.22931,
          "lon": 124.23784, "phone": "+63632255127"}  # (negatives)
SCHOOL_FIX = (8.229288, 124.237861)
STUDENT = "AG-24-0913"  # the son's student number (id.user)
TEACHER = ("Guro Sittie Ampaso", "+639265550348")  # his teacher (typed: contact.*)

# --- Kawalay (siege-damage compensation claim) ---------------------------------------------------
LOT_AT = [(8.004612, 124.290718), (8.004701, 124.290902), (8.004533, 124.291011),
          (8.004449, 124.290824)]  # the family's ruined house lot in Lilod Madaya (precise)
LOT_FIX = (8.004571, 124.290866)  # her phone on the lot
CLAIMS_OFFICE = {"id": "cb_mrw", "name": "Compensation Board Field Office Marawi",
                 "lat": 8.00531, "lon": 124.28227}  # (negatives)
CLAIM = "KWL-2025-MRW-018834"  # the family's claim (financial.purchase: a payout case)
TCT = "T-88412"  # the lot's title number (the property's record: a negative, see docstring)

# --- Sinsilyo (piso Wi-Fi vending machines she runs) ----------------------------------------------
STALL = {"id": "st_tbg_44", "name": "Tibanga Public Market stall 44", "lat": 8.24011,
         "lon": 124.24466}  # (negatives)
STALL_FIX = (8.240097, 124.244689)
OPERATOR = "SNS-OP-30571"  # her operator account (id.user)
MACHINES = ["pw_tbg44_a", "pw_tbg44_b", "pw_home_c"]  # (negatives)

# --- Kandulian (a kanduli thanksgiving-feast caterer) ---------------------------------------------
KITCHEN = {"id": "kd_mrw_kit", "name": "Kandulian Kitchen Saduc", "lat": 8.01092,
           "lon": 124.27933, "phone": "+63639955021"}  # (negatives)
VENUE_FIX = (7.995318, 124.293204)  # her phone at the feast (the mother-in-law's shelter)
FEAST = "KND-25-1207"  # the feast order (financial.purchase)

# --- Pusaka Salsila (a Maranao royal house's lineage and title registry) --------------------------
COUNCIL = {"id": "lc_bayabao", "name": "Ranao Lineage Council, Bayabao chapter",
           "lat": 7.99811, "lon": 124.29644}  # (negatives)
MEMBER = "SLS-BY-07731"  # her registry account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mrw: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Maranao first with ``mrw``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("mrw-PH,mrw;q=0.9,fil;q=0.8,en;q=0.7" if mrw else "en-PH,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a queue slot, a lesson, a bleed entry): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACR", "CARRIER_CASE", "CENTRE", "CENTRE_FIX", "CHECKPOINT", "CLAIM",
           "CLAIMS_OFFICE", "COUNCIL", "EWALLET", "FEAST", "HAEMATOLOGIST", "HOME", "HOME_AT",
           "HUSBAND", "ILG_TERMINAL", "KITCHEN", "LOT_AT", "LOT_FIX", "MACHINES", "MEMBER",
           "MIL_LINE", "MOTHER_IL", "MRW_TERMINAL", "OPERATOR", "PASSENGER", "PASSPORT",
           "PATIENT", "PH_ACCOUNT", "PH_NET", "SCHOOL", "SCHOOL_FIX", "SISTER_US", "SON", "STALL",
           "STALL_FIX", "STUDENT", "TCT", "TEACHER", "TERMINAL_FIX", "TICKET", "TIN", "TZ",
           "VENUE_FIX", "dev_block", "fix", "hd", "obj", "push"]
