"""Helpers for the three-hundred-and-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Raipur (Shankar Nagar, Chhattisgarh, India;
INR, zone Asia/Kolkata) with her husband Rakesh Sahu, her US SIM roaming on an Indian network;
their son Dhruv (10) is in class 5 and plays kho-kho for his school; her mother-in-law Janki Bai
Sahu lives in the family house in Sarkanda, Bilaspur, where the family also owns three shops it
lets in Vyapar Vihar. Her places (their Raipur house, the Bilaspur house, her fixes at the samaj
bhawan, the liver clinic, the kho-kho ground, the shops, the temple at Ratanpur, the rice
farmers' store) are hers (``location.precise`` where sent); the samaj bhawan, the clinic, the
ground, the temple, the cooler workshop, the farmers' company's store and the shopping complex's
listed point are public or businesses' points (negatives). People: her husband (``contact.*``
when she types him), their son (a data subject: his name, birth date, sex, Aadhaar and player
number are labelled), her mother-in-law, her sister in the US, the shops' tenants, her doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

# --- her Raipur life ------------------------------------------------------------------------------
RP_HOME = {"line": "House 42, Sector 2, Shankar Nagar", "para": "Shankar Nagar",
           "town": "Raipur", "district": "Raipur", "state": "Chhattisgarh", "pin": "492007"}
RP_HOME_AT = (21.256473, 81.661829)  # their house (location.precise where sent)
BSP_HOME = {"line": "Gali No. 3, Rajendra Nagar Chowk ke paas, Sarkanda", "para": "Sarkanda",
            "town": "Bilaspur", "pin": "495006"}  # the family house (contact.address)
BSP_HOME_AT = (22.069214, 82.158733)
HUSBAND = ("Rakesh Sahu", "+919826041173")  # typed by her: contact.*
MOTHER_IL = ("Janki Bai Sahu", "+917587114620")  # her mother-in-law in Bilaspur
SON = {"first": "Dhruv", "last": "Sahu", "dob": "2015-11-04", "sex": "balak",
       "aadhaar": "482173905516", "player": "CGKK-U12-0447"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
OCI = "A2941187"  # her Overseas Citizen of India card (personal.national_id)
PAN = "AXWPD7184K"  # her Indian tax number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
IN_ACCOUNT = "50100271846392"  # her savings account (financial.payment)
IN_IFSC = "EXBK0002741"  # its branch code (a bank branch's: a negative)
UPI_VPA = "janedoe.rpr@exampleupi"  # her UPI ID (financial.payment)
IN_NET = "40493"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Samaj Sangwari (the Sahu samaj's community app) ----------------------------------------------
BHAWAN = {"id": "sb_rpr_gdh", "name": "Sahu Samaj Bhawan, Gudhiyari", "lat": 21.26121,
          "lon": 81.61782, "phone": "+917712573310"}  # the community hall (negatives)
BHAWAN_FIX = (21.261188, 81.617851)
MEMBER = "SSR-RPR-08812"  # her samaj membership number (id.user)

# --- Jigar Jatan (a fatty-liver clinic) -----------------------------------------------------------
CLINIC = {"id": "lc_dvn", "name": "Devendra Nagar Liver & Gut Clinic", "phone": "+917714066120",
          "lat": 21.23288, "lon": 81.65014}  # the clinic (negatives)
CLINIC_FIX = (21.232861, 81.650177)
UHID = "DLG-2026-03317"  # her clinic record number (health.medical)
DOCTOR = ("Dr. Sunita Verma", "s.verma@dlgclinic.example.org")  # typed by her: contact.*

# --- Kho Akhada (the son's kho-kho club) ----------------------------------------------------------
GROUND = {"id": "gr_snhs", "name": "Shankar Nagar HS School ground", "lat": 21.25102,
          "lon": 81.66433}  # the ground (negatives)
GROUND_FIX = (21.251048, 81.664297)
TEAM = {"id": "tm_u12_b", "name": "Shankar Nagar Kho Club U-12 B"}  # (negatives)

# --- Bhada Khata (the family's shop rents in Bilaspur) --------------------------------------------
COMPLEX = {"id": "cx_vv_sahu", "name": "Sahu Complex, Vyapar Vihar", "lat": 22.08311,
           "lon": 82.14702}  # the complex's listed point (a negative)
SHOP_FIX = (22.083142, 82.147066)  # her fix at the shops
LANDLORD = "BK-LL-20931"  # her landlord account (id.user)
TENANTS = [("Mahesh Agrawal", "+919425227814"), ("Farida Khan", "+917000483215")]  # typed
LEASE = "BK-LS-2024-017"  # a lease (financial.purchase)

# --- Thandak (desert-cooler servicing) ------------------------------------------------------------
WORKSHOP = {"id": "ws_pandri_07", "name": "Thandak Cooler Works, Pandri", "phone": "+917712281904",
            "lat": 21.25963, "lon": 81.64517}  # (negatives)
SERVICE_JOB = "TH-26-04-1187"  # her service booking (financial.purchase)

# --- Manokamna Jyot (Navratri lamp booking at a Devi temple in Ratanpur) --------------------------
TEMPLE = {"id": "tp_rtp_mm", "name": "Mahamaya Devi Mandir, Ratanpur", "lat": 22.28702,
          "lon": 82.16751}  # the temple (negatives)
TEMPLE_FIX = (22.287044, 82.167468)
JYOT_NO = "MJ-CN26-41906"  # her lamp's receipt number (financial.purchase)

# --- Dubraj Dana (a heritage-rice farmers' company) -----------------------------------------------
STORE = {"id": "fpo_ngr", "name": "Nagri Dubraj Farmer Producer Co.", "lat": 20.34711,
         "lon": 81.95022, "phone": "+917722290451"}  # (negatives)
SUBSCRIPTION = "DD-SUB-3318"  # her monthly rice subscription (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", hi: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Hindi first with ``hi``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("hi-IN,hi;q=0.9,en-IN;q=0.8" if hi else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a job line, a practice): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BHAWAN", "BHAWAN_FIX", "BSP_HOME", "BSP_HOME_AT", "CLINIC", "CLINIC_FIX", "COMPLEX",
           "DOCTOR", "GROUND", "GROUND_FIX", "HUSBAND", "IN_ACCOUNT", "IN_IFSC", "IN_NET",
           "JYOT_NO", "LANDLORD", "LEASE", "MEMBER", "MOTHER_IL", "OCI", "PAN", "PASSPORT",
           "RP_HOME", "RP_HOME_AT", "SERVICE_JOB", "SHOP_FIX", "SISTER_US", "SON", "STORE",
           "SUBSCRIPTION", "TEAM", "TEMPLE", "TEMPLE_FIX", "TENANTS", "TZ", "UHID", "UPI_VPA",
           "WORKSHOP", "dev_block", "fix", "hd", "obj", "push"]
