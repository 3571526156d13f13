"""Helpers for the three-hundred-and-first (blind) evaluation set ("blind298"). Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``,
the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set
24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Uyo (Akwa Ibom
State, Nigeria) with her Ibibio husband Aniekan Udofia, working remotely for a US company; her US
SIM roams on a Nigerian network. Their daughter Idara (10) is in primary 5 in Uyo; her
mother-in-law Ekaete Udofia lives in the family compound in Ikot Udo Obong (a fictional village
of the Offot clan, Uyo LGA); her sister-in-law Imaobong Essien lives in Ikot Ekpene, where the
raffia workshop is. Her places (their house in Ewet Housing Estate, her fixes at the raffia
workshop, the Christmas fair, the hospital, the sewing studio, the LGA secretariat, the event
hall) are hers (``location.precise`` where sent); the workshop, the fair ground, the hospital,
the studio, the secretariat and the hall are businesses' or offices' (negatives). People: her
husband (``contact.*`` when she types him), their daughter (a data subject: her name, birth date,
sex, pupil and certificate numbers are labelled), her mother-in-law, her sister-in-law, her
father-in-law (his seventieth birthday). All of them are fictional; phone numbers are made up in
Nigerian shapes.
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

# --- her Uyo life ---------------------------------------------------------------------------------
UY_HOME = {"line": "Plot 27, 3rd Avenue, Ewet Housing Estate", "area": "Ewet Housing",
           "town": "Uyo", "state": "Akwa Ibom", "post": "520102"}
UY_HOME_AT = (5.016842, 7.946215)  # their house (location.precise where sent)
HUSBAND = ("Aniekan Udofia", "+2348032214417")  # typed by her: contact.*
MOTHER_IL = ("Ekaete Udofia", "+2348061239904")  # in the village compound
FATHER_IL = ("Obong Etim Udofia", "+2348055120377")  # his 70th birthday (the hall)
SISTER_IL = ("Imaobong Essien", "+2347031446620")  # her sister-in-law in Ikot Ekpene
DAUGHTER = {"first": "Idara", "last": "Udofia", "dob": "2015-06-03", "sex": "girl",
            "nin": "71940268315", "pupil": "UPS-P5B-0412"}  # a data subject
PASSPORT = "567120934"  # her US passport (personal.national_id)
NIN = "48210937764"  # her Nigerian National Identification Number as a resident
BVN = "22183047719"  # her Bank Verification Number (personal.national_id: an identity number)
NG_ACCOUNT = "3051886420"  # her naira account (NUBAN; financial.payment)
VILLAGE = {"idung": "Ikot Udo Obong", "clan": "Offot", "lga": "Uyo",
           "state": "Akwa Ibom"}  # her husband's (and Idara's) place of origin

# --- Ukotnkpo (a raffia workshop in Ikot Ekpene) --------------------------------------------------
WORKSHOP = {"id": "ws_ike07", "name": "Ukot Weavers Ikot Ekpene", "phone": "+2348025540119",
            "lat": 5.18212, "lon": 7.71503}  # (negatives)
WORKSHOP_FIX = (5.182098, 7.715066)  # her phone at the workshop
CUSTOMER = "UK-C-20931"  # her customer number (id.user)
ORDER = "UKO-25-3318"  # the commissioned set (financial.purchase)

# --- Kadokuk (a virtual dollar card) --------------------------------------------------------------
CARD_VIRT = ("4111111111111111", "07", "2028", "319")  # the virtual card (test number)
KAD_USER = "KDK-88120475"  # her wallet account (id.user)

# --- Eyenidung (the LGA's indigene certificate) ---------------------------------------------------
SECRETARIAT = {"id": "lga_uyo", "name": "Uyo LGA Secretariat", "lat": 5.04721,
               "lon": 7.90856}  # (negative)
SECRETARIAT_FIX = (5.047188, 7.908602)
APPLICATION = "UYO-IND-2026-01187"  # the certificate application (id.user of the case)

# --- Usoro Krismas (the Christmas village fair) ---------------------------------------------------
FAIR = {"id": "cv_uyo25", "name": "Uyo Christmas Village", "lat": 5.03352, "lon": 7.92188,
        "ssid": "XmasVillage-Free", "bssid": "6c:3b:6b:40:11:c2"}  # (negatives; Wi-Fi joined)
FAIR_FIX = (5.033498, 7.921911)
FAIR_TICKET = "USK-T-771204"  # (financial.purchase)

# --- Ufokibok (a private hospital's inpatient app) ------------------------------------------------
HOSPITAL = {"id": "hs_ewet", "name": "Ewet Specialist Hospital", "phone": "+2348091550321",
            "lat": 5.02561, "lon": 7.93402}  # (negatives)
HOSPITAL_FIX = (5.025588, 7.934071)
HOSP_NO = "ESH-0049127"  # her hospital number (health.medical: a medical record number)
DOCTOR = ("Dr. Uduak Ekpenyong", "u.ekpenyong@esh.example.org")  # typed by her: contact.*

# --- Nditofong (a children's holiday sewing class) ------------------------------------------------
STUDIO = {"id": "st_nto", "name": "Nditofong Studio", "phone": "+2348124450660",
          "lat": 5.02287, "lon": 7.94011}  # (negatives)
STUDIO_FIX = (5.022851, 7.940137)
LEARNER = "NTF-K-0318"  # Idara's learner number (id.user)

# --- Mbonohall (an event hall's booking app) ------------------------------------------------------
HALL = {"id": "hl_ibm", "name": "Ibom Grand Event Hall", "phone": "+2348033301442",
        "lat": 5.04108, "lon": 7.91634}  # (negatives)
HALL_FIX = (5.041061, 7.916372)
HALL_BOOKING = "MBH-26-0217"  # (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ibb: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Ibibio first with ``ibb``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ibb-NG,ibb;q=0.9,en-NG;q=0.8" if ibb else "en-NG,en;q=0.9", DEV)
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
    """An internal object ID (a line, a slot, a ride): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPLICATION", "BVN", "CARD_VIRT", "CUSTOMER", "DAUGHTER", "DOCTOR", "FAIR",
           "FAIR_FIX", "FAIR_TICKET", "FATHER_IL", "HALL", "HALL_BOOKING", "HALL_FIX", "HOSPITAL",
           "HOSPITAL_FIX", "HOSP_NO", "HUSBAND", "KAD_USER", "LEARNER", "MOTHER_IL", "NG_ACCOUNT",
           "NIN", "ORDER", "PASSPORT", "SECRETARIAT", "SECRETARIAT_FIX", "SISTER_IL", "STUDIO",
           "STUDIO_FIX", "TZ", "UY_HOME", "UY_HOME_AT", "VILLAGE", "WORKSHOP", "WORKSHOP_FIX",
           "dev_block", "fix", "hd", "obj", "push"]
