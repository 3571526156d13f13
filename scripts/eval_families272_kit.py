"""Helpers for the two-hundred-and-seventy-second (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Machakos town (Mumbuni) with her Kamba
husband Mutua Kyalo, her US SIM roaming beside a Kenyan line she uses for mobile money; their
daughter Mwende (10) is in Grade 5 at a junior school in Mumbuni; her mother-in-law Mbithe Kyalo
keeps the family's shamba at Nzambani near Kitui town, and her brother-in-law Kioko Kyalo drives
a pick-up between the two. Her places (their house, her fixes at the sand dam, the green-gram
store, the clinic, a neighbour's house for the prayer group, the school plot, the technical
institute's workshop, the shamba) are hers (``location.precise`` where sent); the dam, the store,
the clinic, the parish, the school, the institute and the ambulance base are a group's, a
business's or a public body's (negatives). People: her husband, her mother-in-law and her
brother-in-law (``contact.*`` when she types them), the daughter (a data subject: her name,
birth date, sex, birth-certificate number and club number are labelled), her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Nairobi"

# --- her Machakos life ----------------------------------------------------------------------------
HOME = {"line": "House 14, Kathemboni Lane", "area": "Mumbuni", "town": "Machakos",
        "county": "Machakos", "post": "90100"}
HOME_AT = (-1.509214, 37.270418)  # their house in Mumbuni (location.precise where sent)
SHAMBA_AT = (-1.398842, 38.058213)  # the family's shamba at Nzambani, Kitui (hers: precise)
HUSBAND = ("Mutua Kyalo", "+254700555318")  # typed by her: contact.*
MOTHER_IL = ("Mbithe Kyalo", "+254700555472")  # her mother-in-law at the shamba
BROTHER_IL = ("Kioko Kyalo", "+254700555604")  # her brother-in-law (pick-up driver)
DAUGHTER = {"first": "Mwende", "last": "Mutua", "dob": "2015-11-03", "sex": "girl",
            "cert": "0418823", "club": "4K-MJA-0312"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
KE_LINE = "+254700555271"  # her Kenyan line, the mobile-money wallet (contact.phone)
KE_LINE_LOCAL = "0700555271"
ALIEN_ID = "AC-1044721"  # her foreign-national (alien) card (personal.national_id)
KRA_PIN = "A014928371Q"  # her tax PIN (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
KE_ACCOUNT = "01109283746500"  # her shilling bank account (financial.payment)

# --- Muthanga (the sand-dam self-help group at Nzambani) ------------------------------------------
DAM = {"id": "sd_kyaani_02", "name": "Kyaani Sand Dam 2", "lat": -1.40232,
       "lon": 38.06185}  # the group's dam on the Kyaani stream (a negative)
DAM_FIX = (-1.402291, 38.061902)  # her phone at the dam wall on a work day
GROUP = {"id": "shg_nz_014", "name": "Kyaani Kwiyumya Self-Help Group"}  # (negatives)
DAM_MEMBER = "MSHG-0147"  # her membership (id.user)

# --- Ndengu Yitu (a green-gram buyer's farmer app) ------------------------------------------------
STORE = {"id": "st_ktu_01", "name": "Ndengu Yitu Kitui Store", "phone": "+254700555910",
         "lat": -1.36719, "lon": 38.01211}  # the buyer's store (negatives)
STORE_FIX = (-1.367204, 38.012087)
FARMER = "NDY-KT-20931"  # her grower account (id.user)

# --- Uima wa Iveti (a women's clinic; her recurrent urinary-tract infections) ---
CLINIC = {"id": "wc_mks", "name": "Mumbuni Women's Clinic", "phone": "+254700555733",
          "lat": -1.51932, "lon": 37.26411}  # (negatives)
CLINIC_FIX = (-1.519338, 37.264071)
CLINIC_FILE = "MWC-25-07731"  # her clinic file number (health.medical)
DOCTOR = ("Dr. Ruth Wambua", "r.wambua@mwc.example.org")  # typed by her: contact.*

# --- Jumuia Yitu (a Catholic small Christian community in Mumbuni) ---
PARISH = {"id": "par_mks_olv", "name": "Our Lady of Victory Parish, Machakos", "lat": -1.51508,
          "lon": 37.26287}  # the parish church (a negative as a place)
SCC = {"id": "scc_mnc", "name": "St. Monica Small Christian Community"}  # (religion when sent)
HOST_FIX = (-1.508722, 37.271155)  # her phone at a neighbour's house for the prayer meeting
SCC_MEMBER = "JSM-0061"  # her member number (id.user)

# --- Kanini 4K (the daughter's school 4-K club) ---------------------------------------------------
SCHOOL = {"id": "sch_mja", "name": "Mumbuni Junior Academy", "lat": -1.50611,
          "lon": 37.27422, "phone": "+254700555120"}  # (negatives)
SCHOOL_FIX = (-1.506098, 37.274251)  # her fix at the school plot

# --- Umanyi (a technical institute's short courses; her solar-installation course) ---
INSTITUTE = {"id": "ti_mua", "name": "Mua Hills Technical Institute", "lat": -1.54871,
             "lon": 37.20834}  # (negatives)
WORKSHOP_FIX = (-1.548655, 37.208411)
ADMISSION = "MHTI-EE-0392-26"  # her admission number (id.user)

# --- Kavinya Rescue (a road-ambulance membership and dispatch) ------------------------------------
BASE = {"id": "amb_mks_1", "name": "Kavinya Rescue Machakos Base", "lat": -1.52211,
        "lon": 37.26903}  # (negatives)
RESCUE_MEMBER = "KVR-HH-55012"  # the household's membership (id.user)
SOS_FIX = (-1.399105, 38.058490)  # her phone at the shamba when her mother-in-law fell


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", kam: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English and Swahili, Kamba first with
    ``kam``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("kam-KE,kam;q=0.9,en;q=0.8" if kam else "en-KE,en;q=0.9,sw;q=0.8",
                             DEV)
    return h


def dev_block(lang: str = "en_KE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_KE") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a work day, a lot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def mpesa(rng: random.Random) -> str:
    """A mobile-money receipt code (ten capitals and digits): a purchase reference."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))


__all__ = ["ADMISSION", "ALIEN_ID", "BASE", "BROTHER_IL", "CLINIC", "CLINIC_FILE", "CLINIC_FIX",
           "DAM", "DAM_FIX", "DAM_MEMBER", "DAUGHTER", "DOCTOR", "FARMER", "GROUP", "HOME",
           "HOME_AT", "HOST_FIX", "HUSBAND", "INSTITUTE", "KE_ACCOUNT", "KE_LINE",
           "KE_LINE_LOCAL", "KRA_PIN", "MOTHER_IL", "PARISH", "PASSPORT", "RESCUE_MEMBER", "SCC",
           "SCC_MEMBER", "SCHOOL", "SCHOOL_FIX", "SHAMBA_AT", "SISTER_US", "SOS_FIX", "STORE",
           "STORE_FIX", "TZ", "WORKSHOP_FIX", "dev_block", "fix", "hd", "mpesa", "obj", "push"]
