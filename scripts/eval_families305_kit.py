"""Helpers for the three-hundred-and-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Jodhpur (Marwar, Rajasthan, India) with her
husband Abhay Bhandari, whose Oswal Jain family comes from Pali; her US SIM roams on an Indian
network; their daughter Tanvi (9) is in the fourth class and learns rope mallakhamb; her
mother-in-law Kamla Bhandari lives in the family's house in Pali. Her places (their Shastri Nagar
house, the Pali house, her fixes at the Pali upashray, the skin clinic, the akhada, the shoemaker's,
the stepwell, on the roof at kite time and at the bird camp) are hers (``location.precise`` where
sent); the upashray, the clinic, the post-office agent's desk, the akhada, the shop, the stepwell
and the bird camp are businesses' or public places (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex,
Aadhaar and member number are labelled), her mother-in-law, her sister in the US, her doctor.
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

# --- her Jodhpur life -----------------------------------------------------------------------------
HOME = {"line": "C-42, Shastri Nagar", "area": "Shastri Nagar", "town": "Jodhpur",
        "district": "Jodhpur", "state": "Rajasthan", "pin": "342003"}
HOME_AT = (26.268214, 73.006971)  # their house (location.precise where sent)
PALI_HOME = {"line": "Bhandari Haveli, Surajpole", "town": "Pali", "pin": "306401"}
PALI_AT = (25.772418, 73.326702)  # the family's house in Pali (hers too: precise)
HUSBAND = ("Abhay Bhandari", "+919829041176")  # typed by her: contact.*
MOTHER_IL = ("Kamla Bhandari", "+919414072210")  # her mother-in-law in Pali
DAUGHTER = {"first": "Tanvi", "last": "Bhandari", "dob": "2016-10-12", "sex": "chhori",
            "aadhaar": "483729106652", "age": 9}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Ellen Doe", "+15550148830", "ellen.doe@example.net")  # her sister in Ohio
SISTER_ADDR = {"line": "418 Maple Ridge Dr", "town": "Columbus", "state": "OH", "zip": "43215"}
PASSPORT = "583104277"  # her US passport (personal.national_id)
OCI = "A2209417"  # her Overseas Citizen of India card (personal.national_id)
PAN = "ALWPD5812Q"  # her Indian tax number (personal.national_id)
IN_ACCOUNT = "30917740521"  # her savings account at a Jodhpur bank (financial.payment)
IFSC = "EXMP0004117"  # the bank branch's code (a negative)
UPI = "janedoe.jdh@okexample"  # her UPI address (financial.payment)
IN_NET = "40470"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Khamatkhamna (the Pali Jain sangh's Paryushan app) --------------------------------------------
UPASHRAY = {"id": "sng_pali_sp", "name": "Shri Jain Shwetambar Sangh Surajpole",
            "lat": 25.77188, "lon": 73.32511}  # the upashray (a negative as a place)
UPASHRAY_FIX = (25.771902, 73.325087)
MEMBER = "JSS-PL-04182"  # her sangh membership number (id.user)
RANAKPUR_AT = (25.11618, 73.47312)  # the temple on the yatra (a negative)

# --- Sukhohath (a hyperhidrosis clinic's iontophoresis programme) --------------------------------
CLINIC = {"id": "skn_rtn", "name": "Ratanada Skin & Sweat Clinic", "phone": "+912912613348",
          "lat": 26.27161, "lon": 73.04082}  # the clinic (negatives)
CLINIC_FIX = (26.271584, 73.040847)
PATIENT = "RSC-25-11873"  # her patient number (health.medical)
DOCTOR = ("Dr. Meenakshi Rathore", "m.rathore@rsc.example.in")  # typed by her: contact.*
DEVICE_SN = "IONO-HX2-004417"  # the rented iontophoresis unit (a negative)

# --- Bachatsathi (a small-savings agent's recurring-deposit app, Pali) ----------------------------
RD_ACCOUNT = "RD-PL-0099417823"  # her recurring-deposit account (financial.payment)
AGENT = {"code": "AG-PL-2231", "name": "Mahila Bachat Agency Pali", "phone": "+912932221940"}

# --- Malkhamb (the daughter's rope-mallakhamb akhada) ---------------------------------------------
AKHADA = {"id": "akh_pvm", "name": "Paota Vyayamshala Mallakhamb", "lat": 26.29602,
          "lon": 73.03411}  # the akhada (negatives)
AKHADA_FIX = (26.295988, 73.034152)
PUPIL = "PVM-MK-0917"  # the daughter's akhada number (id.user)

# --- Mochdi (a made-to-order jutti maker at the Clock Tower) --------------------------------------
SHOP = {"id": "shp_ght", "name": "Ghantaghar Jutti Ghar", "phone": "+912912545017",
        "lat": 26.29355, "lon": 73.02401}  # the shop (negatives)
SHOP_FIX = (26.293531, 73.024036)
ORDER = "MJ-25-3381"  # her order (financial.purchase)

# --- Baori Seva (stepwell clean-up volunteers) ----------------------------------------------------
BAORI = {"id": "bw_tjj", "name": "Toorji ka Jhalra", "lat": 26.29418,
         "lon": 73.02155}  # the stepwell (a negative)
BAORI_FIX = (26.294161, 73.021587)
VOLUNTEER = "BS-VOL-1766"  # her volunteer number (id.user)

# --- Pakheru (injured-bird rescue at kite time) ---------------------------------------------------
CAMP = {"id": "cmp_sdr", "name": "Sardarpura Bird Treatment Camp", "phone": "+912912636012",
        "lat": 26.27912, "lon": 73.01378}  # the camp (negatives)
ROOF_FIX = (26.268247, 73.006902)  # her phone on the roof of their house
CAMP_FIX = (26.279101, 73.013811)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", hi: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Hindi first with ``hi``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("hi-IN,hi;q=0.9,en;q=0.8" if hi else "en-IN,en;q=0.9", DEV)
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
    """An internal object ID (a slot, a drive, a case line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENT", "AKHADA", "AKHADA_FIX", "BAORI", "BAORI_FIX", "CAMP", "CAMP_FIX", "CLINIC",
           "CLINIC_FIX", "DAUGHTER", "DEVICE_SN", "DOCTOR", "HOME", "HOME_AT", "HUSBAND", "IFSC",
           "IN_ACCOUNT", "IN_NET", "MEMBER", "MOTHER_IL", "OCI", "ORDER", "PALI_AT", "PALI_HOME",
           "PAN", "PASSPORT", "PATIENT", "PUPIL", "RANAKPUR_AT", "RD_ACCOUNT", "ROOF_FIX", "SHOP",
           "SHOP_FIX", "SISTER_ADDR", "SISTER_US", "TZ", "UPASHRAY", "UPASHRAY_FIX", "UPI",
           "VOLUNTEER", "dev_block", "fix", "hd", "obj", "push"]
