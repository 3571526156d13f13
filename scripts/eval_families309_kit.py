"""Helpers for the three-hundred-and-ninth (blind, "blind306") evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Ghorahi (Dang,
Lumbini Province, Nepal) with her Tharu husband Ramesh Chaudhary, her US SIM roaming; their
daughter Anjali (10) is in class 5 in Ghorahi; Ramesh's mother Phulmati keeps the family's paddy
land and house in Manpur village (Tulsipur sub-metropolitan city, ward 7); Ramesh's younger
brother Bikram (her dewar) is leaving for a factory job in Malaysia; her sister Laura is in Ohio
(all fictional). Her places (their Ghorahi house, the family's field in Manpur, her fixes at the
village meeting house, the liver clinic, the audition hall, the agency, the plant clinic) are hers
(``location.precise`` where sent); the businesses' and offices' points, phones and IDs are
negatives. People: her husband, her mother-in-law and her sister (``contact.*`` when she types
them), the daughter (a data subject: her name, birth date, sex, birth-certificate number and
contestant number are labelled), her brother-in-law (a data subject in the agency's app: name,
birth date, passport, citizenship number, medical results).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kathmandu"

# --- her Ghorahi life -----------------------------------------------------------------------------
GH_HOME = {"line": "Narayanpur Tole, house 42", "tole": "Narayanpur", "ward": "15",
           "town": "Ghorahi", "district": "Dang", "province": "Lumbini"}
HOME_AT = (28.041873, 82.487215)  # their house in Ghorahi (location.precise where sent)
HUSBAND = ("Ramesh Chaudhary", "+9779857012844")  # typed by her: contact.*
SASU = ("Phulmati Chaudhary", "+9779816620417")  # her mother-in-law in Manpur
DAUGHTER = {"first": "Anjali", "last": "Chaudhary", "dob": "2015-11-08", "sex": "chhawri",
            "age": 10, "birth_cert": "DNG-GHR-15-2072-0419",
            "contestant": "SK26-DNG-0388"}  # a data subject (sets 29, 35, 37)
DEWAR = {"first": "Bikram", "last": "Chaudhary", "dob": "1999-02-21", "phone": "+9779847715320",
         "passport": "12944871", "citizenship": "54-01-75-02291",
         "file": "PD-26-01187"}  # her husband's younger brother (a data subject)
SISTER_US = ("Laura Doe", "+15550173361", "laura.doe@example.net")  # her sister in Ohio
PASSPORT = "583301772"  # her US passport (personal.national_id)
VISA = "NT-0338415"  # her non-tourist (spouse) visa number (personal.national_id)
PAN = "612884035"  # her Nepali PAN (personal.national_id)
NP_ACCOUNT = "01905010024418"  # her rupee savings account (financial.payment)
NP_NET = "42902"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- the family's village and field (Manpur, Tulsipur-7) ------------------------------------------
VILLAGE = {"id": "gaun_mnp07", "name": "Manpur Barghar Sabha", "lat": 28.10412,
           "lon": 82.31877}  # the village meeting house (a negative as a place)
VILLAGE_FIX = (28.104139, 82.318802)  # her phone at the Maghi gathering
HOUSEHOLD = "MNP-GHR-0147"  # the family's household number in the village roll (id.user)
FIELD_AT = [(28.098214, 82.322731), (28.098877, 82.323802), (28.098011, 82.324515),
            (28.097402, 82.323411)]  # the family's paddy field corners (theirs: precise)
FIELD_FIX = (28.098301, 82.323522)  # her phone at the field's edge
KULWA_AT = (28.09951, 82.31902)  # the village channel's head gate (a negative)

# --- Dhankatwa (combine-harvester booking) --------------------------------------------------------
MACHINE = {"id": "cmb_kubo_0917", "owner": "Rapti Krishi Yantra Sewa", "phone": "+977825260117",
           "lat": 28.05122, "lon": 82.45013}  # the operator's yard and machine (negatives)
FARMER = "DKW-KS-4421"  # her farmer account with the operator (id.user)
HARVEST_BOOKING = "DK-2582-0931"  # the booked harvest (financial.purchase)

# --- Jiwanbima (life insurance) -------------------------------------------------------------------
POLICY = "JB-45-0082219"  # her endowment policy (financial.purchase)
CLIENT = "JBC-7719034"  # her client number (id.user)
BRANCH = {"id": "br_ghr", "name": "Ghorahi branch", "lat": 28.04305,
          "lon": 82.48831}  # (negatives)

# --- Kalejwa (a liver clinic's fatty-liver follow-up) ---------------------------------------------
CLINIC = {"id": "lc_ghr", "name": "Dang Liver and Digestive Clinic", "phone": "+977825563210",
          "lat": 28.03741, "lon": 82.49108}  # (negatives)
CLINIC_FIX = (28.037389, 82.491113)
CHART = "DLDC-26-00731"  # her chart number (health.medical)
HEPATOLOGIST = ("Dr. Sushila Tharu", "s.tharu@dldc.example.org")  # typed by her: contact.*

# --- Surkhoj (a children's singing talent hunt) ---------------------------------------------------
HALL = {"id": "hall_tlp", "name": "Tulsipur City Hall", "lat": 28.13092,
        "lon": 82.29771}  # the audition hall (negatives)
HALL_FIX = (28.130944, 82.297688)

# --- Pardesh (a foreign-employment agency) --------------------------------------------------------
AGENCY = {"id": "ag_0412", "name": "Rapti Overseas Placement", "licence": "LIC-1187/068",
          "phone": "+977825561144", "lat": 28.03912, "lon": 82.48512}  # (negatives)
AGENCY_FIX = (28.039141, 82.485097)

# --- Balidaktar (a plant clinic / crop doctor) ----------------------------------------------------
PLANT_CLINIC = {"id": "pc_tlp07", "name": "Tulsipur Plant Clinic", "lat": 28.12855,
                "lon": 82.30214}  # the agriculture office's clinic (negatives)
GROWER = "BD-DNG-10554"  # her grower number with the plant clinic (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ne: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Nepali first with ``ne``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ne-NP,ne;q=0.9,en;q=0.8" if ne else "en-NP,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NP") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NP") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def tharu_push(token: str) -> dict[str, Any]:
    """The same registration with Tharu keys (``jantar`` device, ``bhasa`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "jantar_id": L(INSTALL_ID, DID),
            "jantar": L("Pixel 8", DEV), "os": L("Android 14", DEV), "bhasa": L("thl", DEV),
            "samay_chhetra": L(TZ, DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "AGENCY_FIX", "BRANCH", "CHART", "CLIENT", "CLINIC", "CLINIC_FIX", "DAUGHTER",
           "DEWAR", "FARMER", "FIELD_AT", "FIELD_FIX", "GH_HOME", "GROWER", "HALL", "HALL_FIX",
           "HARVEST_BOOKING", "HEPATOLOGIST", "HOME_AT", "HOUSEHOLD", "HUSBAND", "KULWA_AT",
           "MACHINE", "NP_ACCOUNT", "NP_NET", "PAN", "PASSPORT", "PLANT_CLINIC", "POLICY",
           "SASU", "SISTER_US", "TZ", "VILLAGE", "VILLAGE_FIX", "VISA", "dev_block", "fix", "hd",
           "obj", "push", "tharu_push"]
