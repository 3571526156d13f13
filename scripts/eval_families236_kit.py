"""Helpers for the two-hundred-and-thirty-sixth (blind, "blind233") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Otukpo (Benue State, Nigeria) with her
Idoma husband Oche Adikwu, her US SIM roaming; their son Ochai (11) is in primary 6 at a private
primary school in Otukpo and sits the common entrance examination this year; her mother-in-law
Ene Adikwu lives in the family compound at Ugboju; she goes to Makurdi (the state capital) for the
teaching hospital and to change dollars. Her places (their Otukpo house, her fixes at the
kindred hall, the event hall, the exchange office, the hospital, the examination centre, the
licensing office, the compound at Ugboju) are hers (``location.precise`` where sent); the
kindred hall, the event hall, the tailor, the exchange office, the hospital, the schools, the
market, the runner and the licensing office are others' (negatives). People: her husband
(``contact.*`` when she types him), their son (a data subject: his name, birth date, sex, NIN and
examination number are labelled), her mother-in-law, her brother-in-law (a blood donor), her
sister in the US (who sends her dollars), her gynaecologist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Lagos"

# --- her Otukpo life ------------------------------------------------------------------------------
HOME = {"line": "No. 14 Ochekwu Close, off Upu Road", "area": "Upu", "town": "Otukpo",
        "lga": "Otukpo", "state": "Benue", "post": "972101"}
HOME_AT = (7.196214, 8.141837)  # their house (location.precise where sent)
HUSBAND = ("Oche Adikwu", "+2348035550142", "oche.adikwu@example.net")  # typed by her: contact.*
MOTHER_IL = ("Ene Adikwu", "+2348065550177")  # her mother-in-law at Ugboju
BROTHER_IL = ("Idoko Adikwu", "+2348025550119")  # her husband's brother (a blood donor)
SON = {"first": "Ochai", "last": "Adikwu", "dob": "2014-06-09", "sex": "male",
       "nin": "81930276415", "exam": "NCE26-BN-041883"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Laura Doe", "+15550148830", "laura.doe@example.net")  # her sister in Ohio
NIN = "70412385096"  # her National Identification Number (personal.national_id)
BVN = "22418730951"  # her Bank Verification Number (personal.national_id, a call: see the set)
RESIDENCE = "CRP-BN-2291047"  # her residence card (personal.national_id)
PASSPORT = "548203917"  # her US passport (personal.national_id)
LICENCE = "OTK70421AA31"  # her Nigerian driving licence (personal.national_id)
NG_ACCOUNT = "0217745093"  # her naira account (NUBAN; financial.payment)
NG_NET = "62130"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Ochiya (her husband's kindred's development union at Ugboju) ---------------------------------
VILLAGE_AT = (7.268913, 8.095402)  # the family compound at Ugboju (hers when sent: precise)
HALL = {"id": "ya_aiog", "name": "Ai-Ogwuche Kindred Hall", "lat": 7.27105, "lon": 8.09311,
        "phone": "+2348055550160"}  # the kindred's hall (negatives)
HALL_FIX = (7.271031, 8.093145)  # her phone at the hall
MEMBER = "AOK-0417"  # her membership number in the union (id.user)

# --- Ihotu Aso (aso-ebi for the cousin's wedding, with the tailor) --------------------------------
VENUE = {"id": "vn_ogb", "name": "Ogbadibo Road Event Centre", "lat": 7.18822,
         "lon": 8.13214}  # the wedding's venue (negatives)
VENUE_FIX = (7.188241, 8.132109)
TAILOR = {"id": "tl_ojo", "name": "Ojoma Stitches", "phone": "+2348075550133",
          "lat": 7.19308, "lon": 8.13725}  # the tailor's shop (negatives)
ASO_ORDER = "IH-AS-3391"  # her aso-ebi order (financial.purchase)

# --- Owonyi (a bureau de change in Makurdi) -------------------------------------------------------
BDC = {"id": "bdc_wrk", "name": "Owonyi Exchange, Wurukum", "phone": "+2348095550104",
       "lat": 7.73391, "lon": 8.52244}  # the exchange office (negatives)
BDC_FIX = (7.733884, 8.522467)
CUSTOMER = "OWN-C-20118"  # her customer number (id.user)

# --- Ole Ogwu (a teaching hospital's outpatient app, Makurdi) -------------------------------------
HOSPITAL = {"id": "hp_mrth", "name": "Makurdi Riverside Teaching Hospital",
            "phone": "+2348045550101", "lat": 7.74012, "lon": 8.51077}  # (negatives)
HOSPITAL_FIX = (7.740148, 8.510731)
HOSP_NO = "MRTH-OPD-25-18834"  # her hospital (folder) number (health.medical)
DOCTOR = ("Dr. Agnes Ogbu", "a.ogbu@mrth.example.org")  # typed by her: contact.*

# --- Akwo Oyi (the son's common entrance registration and practice) -------------------------------
SCHOOL = {"id": "sc_gsp", "name": "Grace Springs Nursery & Primary, Otukpo",
          "lat": 7.19935, "lon": 8.13011}  # (negatives)
CENTRE = {"id": "ct_fgc", "name": "Federal Government College centre, Otukpo",
          "lat": 7.21544, "lon": 8.12102}  # the examination centre (negatives)
CENTRE_FIX = (7.215418, 8.121047)  # her fix at the centre's gate on exam day

# --- Ojarun (market errands in Otukpo's main market) ----------------------------------------------
MARKET = {"id": "mk_otk", "name": "Otukpo Main Market", "lat": 7.19172,
          "lon": 8.13418}  # (negatives)
RUNNER = {"id": "rn_0213", "name": "Runner Musa", "phone": "+2348015550188",
          "at": (7.191702, 8.134255)}  # the runner's phone and position (not hers: negatives)
ERRAND = "OJ-26-00871"  # her errand order (financial.purchase)

# --- Papakwo (a vehicle-papers agent) -------------------------------------------------------------
OFFICE = {"id": "lo_otk", "name": "Otukpo Motor Licensing Office", "lat": 7.19502,
          "lon": 8.12778}  # (negatives)
OFFICE_FIX = (7.195047, 8.127741)
PAPERS = "PK-26-11902"  # her renewal application (financial.purchase)
CAR = {"plate": "OTK-318-BX", "vin": "JTDBR32E720061498", "make": "Toyota",
       "model": "Corolla", "year": 2012}  # the car (no taxonomy type: unlabelled)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", idu: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Nigerian English, Idoma first with ``idu``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("idu-NG,idu;q=0.9,en-NG;q=0.8" if idu else "en-NG,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NG") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NG") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a lot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ASO_ORDER",
    "BDC",
    "BDC_FIX",
    "BROTHER_IL",
    "BVN",
    "CAR",
    "CENTRE",
    "CENTRE_FIX",
    "CUSTOMER",
    "DOCTOR",
    "ERRAND",
    "HALL",
    "HALL_FIX",
    "HOME",
    "HOME_AT",
    "HOSPITAL",
    "HOSPITAL_FIX",
    "HOSP_NO",
    "HUSBAND",
    "LICENCE",
    "MARKET",
    "MEMBER",
    "MOTHER_IL",
    "NG_ACCOUNT",
    "NG_NET",
    "NIN",
    "OFFICE",
    "OFFICE_FIX",
    "PAPERS",
    "PASSPORT",
    "RESIDENCE",
    "RUNNER",
    "SCHOOL",
    "SISTER_US",
    "SON",
    "TAILOR",
    "TZ",
    "VENUE",
    "VENUE_FIX",
    "VILLAGE_AT",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
