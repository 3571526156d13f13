"""Helpers for the two-hundred-and-eighty-seventh (blind) evaluation set ("blind284"). Category
ids, the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules
import them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper
``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id``
are set 24's), as set 151 does.

This kit adds what the set's apps share. She lives in Darbhanga (Lalbagh tola, Bihar, India) with
her Maithil husband Ravikant Jha, her US SIM roaming; their son Aarush (8) learns harmonium and
Maithili songs after school; her mother-in-law Kalyani Jha lives in the family's house in
Rajnagar (Madhubani district); her brother Daniel Doe lives in Minnesota (all fictional). Her
places (their Lalbagh house, her fixes at the family's leased makhana pond near Manigachhi, at
the painters' collective in Jitwarpur, at the spine clinic, the music class door, the service
centre and the genealogists' seat at Saurath) are hers (``location.precise`` where sent); the
businesses' and the collective's points, phones and IDs are negatives. People: her husband (``contact.*`` when she types him), their son (a data subject:
his name, birth date, sex, Aadhaar number and pupil numbers are labelled), her mother-in-law (her
pension and Aadhaar at the service centre), her brother, a pond labourer she pays.
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

# --- her Darbhanga life ---------------------------------------------------------------------------
HOME = {"line": "Ward 14, Pokhar Road, Lalbagh", "tola": "Lalbagh", "town": "Darbhanga",
        "district": "Darbhanga", "state": "Bihar", "pin": "846004"}
HOME_AT = (26.158734, 85.901262)  # their house (location.precise where sent)
HUSBAND = ("Ravikant Jha", "+919931045127")  # typed by her: contact.*
MOTHER_IL = ("Kalyani Jha", "+919470218836")  # in Rajnagar, Madhubani district
MIL_AADHAAR = "7304 2291 8846"  # the mother-in-law's Aadhaar (personal.national_id)
MIL_PPO = "BR/PEN/2011/044871"  # her family-pension payment order (an account of hers: id.user)
SON = {"first": "Aarush", "last": "Jha", "dob": "2017-02-11", "sex": "balak",
       "aadhaar": "5162 8830 4172"}  # a data subject (sets 29, 35, 37, 151)
BROTHER_US = ("Daniel Doe", "+15550147731", "daniel.doe@example.net")  # her brother in Minnesota
PASSPORT = "583309126"  # her US passport (personal.national_id)
OCI = "A2284517"  # her Overseas Citizen of India card (personal.national_id)
PAN = "BXKPD4417M"  # her PAN (personal.national_id)
BANK = {"account": "30412875501", "ifsc": "EXGB0001447",
        "bank": "Example Gramin Bank, Lalbagh"}  # her savings account (the number: payment)
UPI = "janedoe91@exupi"  # her UPI address (financial.payment)
IN_NET = "405872"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Makhanpokhar (the family's makhana pond lease and crop sale) ---------------------------------
POND_AT = [(26.186214, 86.012533), (26.186902, 86.013871), (26.185811, 86.014402),
           (26.185207, 86.013010)]  # the leased pond's corners (theirs: precise)
POND_FIX = (26.186088, 86.013456)  # her phone on the pond's bank at harvest
PROCESSOR = {"id": "prc_dbg07", "name": "Mithila Makhana Udyog", "phone": "+916272245180",
             "lat": 26.13402, "lon": 85.87611}  # the buyer's processing shed (negatives)
GROWER = "MKP-DBG-00417"  # her grower account (id.user)
LEASE = "PT-2025-0318"  # the pond's lease (financial.purchase)
LABOURER = ("Ramesh Sahni", "+919572011408", "20118844312")  # the diver she pays (typed)

# --- Kohbarkala (a Mithila painters' collective: commissions and a workshop) ----------------------
COLLECTIVE = {"id": "col_jtw", "name": "Jitwarpur Mahila Chitrakar Samiti",
              "phone": "+916276221903", "lat": 26.37118,
              "lon": 86.08862}  # the collective's hall (negatives)
COLLECTIVE_FIX = (26.371204, 86.088531)
COMMISSION = "KB-26-0931"  # her commissioned kohbar painting (financial.purchase)
PATRON = "KBK-P-2281"  # her patron account (id.user)

# --- Panjidhar (the Maithil genealogists' register) -----------------------------------------------
SABHA = {"id": "pj_srt", "name": "Saurath Panji Karyalay", "lat": 26.38841,
         "lon": 86.04377}  # the genealogists' seat (a negative as a place)
SABHA_FIX = (26.388392, 86.043815)
PANJI_NO = "PJ-SRT-11872"  # the family's register folio (id.user)
LINEAGE = {"jati": "Maithil Brahmin", "gotra": "Kashyap", "mool": "Sodarpur",
           "shakha": "Vajasaneyi"}  # her married family's caste marks (personal.sensitive)
COUSIN = ("Pallavi Jha", "Nikhil Mishra")  # the husband's cousin and her groom (typed names)

# --- Merudand (a spine clinic: her cervical spondylosis) ------------------------------------------
CLINIC = {"id": "msc_lhs", "name": "Mithila Spine Care, Laheriasarai", "phone": "+916272250411",
          "lat": 26.13071, "lon": 85.89934}  # the clinic (negatives)
CLINIC_FIX = (26.130688, 85.899372)
UHID = "MSC-DBG-2026-01933"  # her clinic record number (health.medical)
DOCTOR = ("Dr. Shalini Karn", "s.karn@mithilaspine.example.org")  # typed by her: contact.*

# --- Surbaal (the son's harmonium and Maithili song class) ----------------------------------------
MUSIC = {"id": "sb_lbg", "name": "Surbaal Sangeet Kaksha", "phone": "+919835112476",
         "lat": 26.16022, "lon": 85.89811}  # the class (negatives)
MUSIC_FIX = (26.160241, 85.898077)  # her fix at the class door
PUPIL = "SB-LBG-0218"  # the son's pupil number (id.user)
EXAM_ROLL = "PSS-BR-26-118403"  # his grade exam roll number (id.user)

# --- Chakkighar (the neighbourhood flour mill) ----------------------------------------------------
MILL = {"id": "ck_lbg03", "name": "Jha Atta Chakki", "phone": "+919431078254",
        "lat": 26.15722, "lon": 85.90231}  # the mill (negatives)
MILL_CUSTOMER = "CK-0291"  # her customer account (id.user)

# --- Sewakendra (a common service centre: forms, pension, bills) ----------------------------------
CENTRE = {"id": "csc_dbg_1147", "name": "Lalbagh Pragya Kendra", "phone": "+916272201147",
          "lat": 26.15941, "lon": 85.90488}  # the centre and its operator (negatives)
CENTRE_FIX = (26.159392, 85.904851)
CONSUMER = "101447820913"  # their electricity consumer number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mai: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Maithili and Hindi first with
    ``mai``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("mai-IN,mai;q=0.9,hi;q=0.8,en;q=0.7" if mai else
                             "en-IN,en;q=0.9,hi;q=0.6", DEV)
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
    """An internal object ID (a line, a slot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BANK", "BROTHER_US", "CENTRE", "CENTRE_FIX", "CLINIC", "CLINIC_FIX", "COLLECTIVE",
           "COLLECTIVE_FIX", "COMMISSION", "CONSUMER", "COUSIN", "DOCTOR", "EXAM_ROLL", "GROWER",
           "HOME", "HOME_AT", "HUSBAND", "IN_NET", "LABOURER", "LEASE", "LINEAGE", "MILL",
           "MILL_CUSTOMER", "MIL_AADHAAR", "MIL_PPO", "MOTHER_IL", "MUSIC", "MUSIC_FIX", "OCI",
           "PAN", "PANJI_NO", "PASSPORT", "PATRON", "POND_AT", "POND_FIX", "PROCESSOR", "PUPIL",
           "SABHA", "SABHA_FIX", "SON", "TZ", "UHID", "UPI", "dev_block", "fix", "hd", "obj",
           "push"]
