"""Helpers for the two-hundred-and-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Mzuzu (Northern Region, Malawi) with her
Malawian husband Mphatso Mkandawire, her US SIM roaming on a visited network and a local wallet
line of her own; their daughter Lusekero is eight; Mphatso's nephew Wongani Mhango (11, who has
albinism) lives with them for school; Mphatso's mother Enelesi and sister Tiyamike live in
Karonga. She teaches an adult literacy circle in Rumphi two days a week. Her places (their house
in Chiputula, her fixes at the hospital, the skin clinic, her market stall, the bawo club, the
family home at Mwenilondo in Karonga, the Rumphi circle, the carpenter's yard) are hers
(``location.precise`` where sent); the hospital, the clinic, the bale depot, the market, the club,
the school and the workshop are businesses' or public places (negatives). People: her husband,
their daughter and nephew (data subjects: name, birth date, sex, programme numbers labelled), her
mother-in-law (a patient: her health data labelled), her sister-in-law, her sister in the US, the
storyteller (the husband's grandmother) and the literacy learners (named, aged, phoned: labelled).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Blantyre"

# --- her Mzuzu life -------------------------------------------------------------------------------
MZ_HOME = {"line": "House 27, Chiputula Road", "area": "Chiputula", "town": "Mzuzu",
           "region": "Northern Region", "box": "P.O. Box 1327, Mzuzu"}
MZ_HOME_AT = (-11.452318, 34.031742)  # their house (location.precise where sent)
MW_PHONE, MW_LOCAL = "+265991550148", "0991 55 01 48"  # her own wallet line (contact.phone)
HUSBAND = ("Mphatso Mkandawire", "+265888412207")  # typed by her: contact.*
HUSBAND_NID = "PB4X8N2K"  # his national ID (8 characters; personal.national_id)
MOTHER_IL = ("Enelesi Mkandawire", "+265995207731", "KD7M3Q9T", "1957-03-02")  # in Karonga
SISTER_IL = ("Tiyamike Mhango", "+265884119306")  # the nephew's mother, in Karonga
DAUGHTER = {"first": "Lusekero", "last": "Mkandawire", "dob": "2017-06-04", "sex": "msungwana"}
NEPHEW = {"first": "Wongani", "last": "Mhango", "dob": "2014-10-19", "sex": "mnyamata"}
SISTER_US = ("Sarah Doe", "+15550147730", "sarah.doe@example.net")  # her sister in Ohio
PERMIT = "TRP-MZ-0041827"  # her Malawi residence permit (personal.national_id)
MW_ACCOUNT = "1004418227"  # her kwacha bank account (financial.payment)
MW_NET = "65010"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Mulindizi (hospital guardian app; her mother-in-law admitted) -------------------------------
HOSPITAL = {"id": "hp_mzr", "name": "Mzuzu Northern Referral Hospital", "phone": "+265131204400",
            "lat": -11.44720, "lon": 34.00560, "ward": "W7-Ortho"}  # (negatives)
HOSP_FIX = (-11.447188, 34.005634)  # her phone at the guardian shelter
PATIENT_NO = "MZR-2026-018844"  # the mother-in-law's hospital number (health.medical)
GUARDIAN_CARD = "GC-77120"  # her guardian pass (id.user)

# --- Chikumba (albinism skin and eye programme; the nephew) ---------------------------------------
CLINIC = {"id": "cl_ske_mz", "name": "Northern Skin and Eye Clinic", "lat": -11.46205,
          "lon": 34.01874, "phone": "+265131209870"}  # (negatives)
CLINIC_FIX = (-11.462031, 34.018772)
MEMBER = "ALB-N-00391"  # the nephew's programme number (health.medical: a patient record)
SCHOOL = {"id": "sc_kat", "name": "Katoto Primary School", "lat": -11.44105, "lon": 34.02202}

# --- Kaunjika (second-hand clothing bales for her market stall) -----------------------------------
DEPOT = {"id": "dp_chib", "name": "Chibanja Bale Depot", "phone": "+265999310422",
         "lat": -11.43790, "lon": 34.01020}  # the wholesaler (negatives)
MARKET = {"id": "mk_mzc", "name": "Mzuzu Main Market", "lat": -11.46510, "lon": 34.01690}
STALL_FIX = (-11.465122, 34.016841)  # her phone at her stall
TRADER = "KJ-TR-20418"  # her trader account (id.user)

# --- Bawo (board-game club ladder) ----------------------------------------------------------------
CLUB = {"id": "cb_katoto", "name": "Katoto Bawo Club", "lat": -11.44280, "lon": 34.02510}
CLUB_FIX = (-11.442779, 34.025131)
PLAYER = "BW-0917"  # her player number (id.user)
RUMPHI_HALL = (-11.01860, 33.85750)  # the tournament hall in Rumphi (a negative)

# --- Makani gha Kale (oral-history recordings) ----------------------------------------------------
FAMILY_AT = (-9.941238, 33.928715)  # the family home at Mwenilondo, Karonga (hers: precise)
ELDER = ("Esther Nyirenda", 86, "+265995881043")  # the husband's grandmother, the storyteller
COLLECTOR = "MK-C-0552"  # her contributor account (id.user)

# --- Wazga (adult literacy circle in Rumphi; she is the facilitator) ------------------------------
CIRCLE = {"id": "lc_zng", "name": "Zunguzeni Literacy Circle", "lat": -11.01602,
          "lon": 33.85812}  # it meets at a primary school (negative)
CIRCLE_FIX = (-11.016034, 33.858091)
FACILITATOR = "WZ-F-118"  # her facilitator number (id.user)
LEARNERS = [("Loveness Gondwe", 34, "mwanakazi", "+265993417720"),
            ("Yakobe Msiska", 51, "mwanalume", "+265885064318"),
            ("Ruth Kumwenda", 42, "mwanakazi", "+265999827105")]  # typed by her: contact.*

# --- Kalipentala (a carpenter's furniture orders) -------------------------------------------------
WORKSHOP = {"id": "ws_vph", "name": "Viphya Woodworks", "phone": "+265888730551",
            "lat": -11.42980, "lon": 34.03710}  # (negatives)
ORDER = "VW-26-0318"  # her furniture order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", tum: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Chitumbuka first with ``tum``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("tum-MW,tum;q=0.9,en;q=0.8" if tum else "en-MW,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "tum") -> dict[str, Any]:
    """An app's own device block in Chitumbuka keys (``device.info``)."""
    return {"mtundu_wa_foni": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "chiyowoyero": L(lang, DEV), "nyengo": L(TZ, DEV)}


def push(token: str, lang: str = "tum") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"push_token": L(token, DID), "device_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a match, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CIRCLE", "CIRCLE_FIX", "CLINIC", "CLINIC_FIX", "CLUB", "CLUB_FIX", "COLLECTOR",
           "DAUGHTER", "DEPOT", "ELDER", "FACILITATOR", "FAMILY_AT", "GUARDIAN_CARD", "HOSPITAL",
           "HOSP_FIX", "HUSBAND", "HUSBAND_NID", "LEARNERS", "MARKET", "MEMBER", "MOTHER_IL",
           "MW_ACCOUNT", "MW_LOCAL", "MW_NET", "MW_PHONE", "MZ_HOME", "MZ_HOME_AT", "NEPHEW",
           "ORDER", "PATIENT_NO", "PERMIT", "PLAYER", "RUMPHI_HALL", "SCHOOL",
           "SISTER_IL", "SISTER_US", "STALL_FIX", "TRADER", "TZ", "WORKSHOP", "dev_block", "fix",
           "hd", "obj", "push"]
