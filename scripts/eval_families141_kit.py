"""Helpers for the hundred-and-forty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Ulaanbaatar with her Mongolian
husband Bat-Erdene Gantulga, her US SIM roaming; their daughter Saruul (9) goes to school there
and trains at a contortion school. Her places (the flat in a Soviet-era block in Bayanzurkh, her
fixes at the monastery, the children's clinic, the liver clinic's lab, the contortion studio, the
tailor's atelier, on the road to Erdenet) are hers (``location.precise`` where sent); the
residents' association's office, the monastery, the clinics, the studio, the atelier, the van
stand and the drivers are businesses' or institutions' (negatives). People: her husband
(``contact.*`` when she types him; his register number ``personal.national_id``; his hepatitis
``health.medical``), their daughter (a data subject: her name, birth date, sex, student number,
passport number and health are labelled), her mother-in-law in Erdenet (typed as a recipient and
as a pick-up person), her sister-in-law (a gift card).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Ulaanbaatar"

# --- her Ulaanbaatar life ------------------------------------------------------------------------
UB_HOME = {"line": "Peace Avenue, Building 17, Apt 54", "bair": "17", "toot": "54",
           "khoroo": "3-r khoroo", "district": "Bayanzurkh", "city": "Ulaanbaatar"}
UB_HOME_AT = (47.918742, 106.952316)  # her flat (location.precise where sent)
HUSBAND = {"name": "Bat-Erdene Gantulga", "phone": "+97699114726", "dob": "1988-02-09",
           "reg": "UG88020915"}  # typed by her: contact.*, his register number national_id
DAUGHTER = {"first": "Saruul", "last": "Bat-Erdene", "dob": "2016-08-02", "sex": "girl",
            "student": "UTS-2024-0318", "passport": "E2207416"}  # a data subject
MIL = {"name": "Oyuntsetseg Dorj", "phone": "+97688203517",
       "line": "Shinjlekh Ukhaan Street 11-23", "city": "Erdenet",
       "aimag": "Orkhon"}  # her mother-in-law in Erdenet (typed by her: contact.*)
MIL_AT = (49.027811, 104.044512)  # the in-laws' flat in Erdenet (a place she visits)
SIL = ("Enkhjin Gantulga", "enkhjin.g@example.net")  # her sister-in-law (a gift card)
RESIDENCE = "RP-MN-2025-118403"  # her foreign resident card (personal.national_id)
PASSPORT = "583104712"  # her US passport (personal.national_id)
MN_ACCOUNT = "5001 2290 4417"  # her tugrik bank account (financial.payment)

# --- Orshin Suugch (the apartment block's residents' association) ---------------------------------
SUKH = {"id": "sukh_bz17", "name": "Bair 17 SUKh", "phone": "+97670114455",
        "lat": 47.91861, "lon": 106.95288}  # the association's office (negatives)
OS_NO = "OS-BZ17-0554"  # her resident account number (id.user)
BILL = "NKh-2512-0554"  # the December bill (financial.purchase)
METERS = {"hot": "HW-771204", "cold": "CW-771205"}  # the flat's water meters (negatives)

# --- Nomiin Gerel (a Buddhist monastery's prayer-reading and offering app) -----------------------
KHIID = {"id": "kh_dashi", "name": "Dashchoilon Tsogt Khiid", "lat": 47.92207,
         "lon": 106.93311, "phone": "+97670118890"}  # the monastery (negatives)
KHIID_FIX = (47.922051, 106.933142)  # her phone at the monastery
MEMBER = "NG-00417-JD"  # her patron number (id.user)
READING = "NR-2512-3381"  # a prayer-reading order (financial.purchase)

# --- Amisgal (a children's respiratory clinic with a home air purifier) --------------------------
CLINIC = {"id": "am_bz", "name": "Amisgal Children's Lung Clinic", "phone": "+97677201133",
          "lat": 47.91455, "lon": 106.94102}  # the clinic (negatives)
CLINIC_FIX = (47.914577, 106.941064)
CHILD_MRN = "AMC-2025-3318"  # Saruul's clinic record number (health.medical)
CHILD_INS = "EMD-1608-2207"  # Saruul's health-insurance book number (health.medical)
PURIFIER = {"serial": "AP-X9-220871", "ble": "D8:3A:DD:41:0C:9E", "fw": "3.1.0"}  # negatives

# --- Eleg Tus (a liver clinic's hepatitis B/D screening and vaccination) -------------------------
LIVER = {"id": "lc_sb", "name": "Eleg Tus Liver Centre", "phone": "+97675117702",
         "lat": 47.92033, "lon": 106.91822}  # the clinic and its lab (negatives)
LIVER_FIX = (47.920348, 106.918194)
LIVER_NO = "ETC-55120"  # her record number (health.medical)

# --- Uyan Tsetseg (Saruul's contortion school) ----------------------------------------------------
STUDIO = {"id": "st_uyan", "name": "Ecole Uyan Tsetseg", "lat": 47.91702,
          "lon": 106.92507, "qr": "UT-STUDIO-QR-204"}  # the studio (negatives)
STUDIO_FIX = (47.917044, 106.925031)
FACTURE = "FAC-2025-12-0318"  # the term's invoice (financial.purchase)

# --- Zamch (shared seats in intercity vans to Erdenet and Darkhan) -------------------------------
STAND = {"id": "stand_dragon", "name": "West stand", "lat": 47.91377,
         "lon": 106.84011}  # the van stand (negatives)
ROAD_FIX = (48.472115, 105.201846)  # her phone on the road north
BOOKING = "ZM-7Q4K21"  # her seat booking (financial.purchase)
VAN = {"id": "van_3341", "plate_id": "drv_8821", "driver": "Driver Ganbold",
       "phone": "+97699007712"}  # the driver and his van (negatives)

# --- Oyudal (a deel tailor's atelier) -------------------------------------------------------------
ATELIER = {"id": "at_oyu", "name": "Oyudal Deel Atelier", "lat": 47.91964,
           "lon": 106.91503, "phone": "+97699550214"}  # the atelier (negatives)
ATELIER_FIX = (47.919611, 106.915066)
DEEL_ORDER = "OY-25-0917"  # her order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain",
       lang: str | None = "en-MN,en;q=0.9", **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (``device.info``) unless ``lang`` is None."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang:
        h["Accept-Language"] = L(lang, DEV)
    return h


def dev_block(lang: str = "en_MN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def spo2(rng: random.Random, n: int, t0: int = 1765238400) -> list[dict[str, Any]]:
    """Saruul's pulse-oximeter readings (SpO2 %, pulse): one medical series."""
    return [{"t": t0 + 10800 * i, "spo2": rng.randint(93, 98), "bpm": rng.randint(88, 112)}
            for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a class, a seat): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ATELIER", "ATELIER_FIX", "BILL", "BOOKING", "CHILD_INS", "CHILD_MRN", "CLINIC",
           "CLINIC_FIX", "DAUGHTER", "DEEL_ORDER", "FACTURE", "HUSBAND", "KHIID", "KHIID_FIX",
           "LIVER", "LIVER_FIX", "LIVER_NO", "MEMBER", "METERS", "MIL", "MIL_AT", "MN_ACCOUNT",
           "OS_NO", "PASSPORT", "PURIFIER", "READING", "RESIDENCE", "ROAD_FIX", "SIL", "STAND",
           "STUDIO", "STUDIO_FIX", "SUKH", "TZ", "UB_HOME", "UB_HOME_AT", "VAN", "dev_block",
           "fix", "hd", "obj", "push", "spo2"]
