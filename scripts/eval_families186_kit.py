"""Helpers for the hundred-and-eighty-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in McLeod Ganj above Dharamshala (Himachal
Pradesh, India) with her Tibetan husband Tenzin Norbu, her US SIM roaming on an Indian network;
their daughter Pema Yangchen (9) goes to a Tibetan day school. Tenzin's family is from the
Bylakuppe settlement (Karnataka), where his aunt Lhakpa Dolkar still lives and from where the
family sells sweaters every winter in Mysuru; his mother Dolma Tsering and his brother Karma
Wangdu live in Boudha, Kathmandu (Nepal). Her places (their cottage, her fixes at the temple
courtyard, the clinic, the painting school, the winter-market stall, the teachings ground, the
Kathmandu drop pin she sets) are labelled where sent; the settlement office, the clinic, the
school, the market's gate, the teaching venue and the parcel counter are businesses' or the
administration's (negatives). People: her husband and daughter (data subjects: the daughter's
name, birth date, Green Book number and pupil code are labelled), his mother, brother and aunt,
her sister in the US, her amchi (doctor) and her painting teacher.

IDs: Aadhaar numbers carry a valid Verhoeff check digit (hers ``482710936152``, Tenzin's
``730164822593``); the Green Book numbers and the Registration Certificate are written the way
this author remembers seeing them (an office prefix and a serial; the real formats may differ);
Tenzin's GSTIN ``02BKXPN4712M1ZP`` (Himachal, his proprietorship) carries his PAN and a valid
mod-36 check character.
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

# --- her life in McLeod Ganj ----------------------------------------------------------------------
DH_HOME = {"line": "Pema Cottage, upper Jogiwara Road", "area": "McLeod Ganj",
           "town": "Dharamshala", "district": "Kangra", "state": "Himachal Pradesh",
           "pin": "176219"}
DH_HOME_AT = (32.239712, 76.322548)  # their cottage (location.precise where sent)
HUSBAND = ("Tenzin Norbu", "+919816044127", "tenzin.norbu@example.net")  # typed by her: contact.*
DAUGHTER = {"first": "Pema", "last": "Yangchen", "dob": "2016-11-03", "sex": "bumo",
            "gb": "GB-DSA-1172046"}  # a data subject; ``gb`` her Green Book number
MOTHER_IL = ("Dolma Tsering", "+9779841207735")  # his mother in Boudha, Kathmandu
BROTHER_IL = ("Karma Wangdu", "+9779803312468", "karma.wangdu@example.org")  # in Kathmandu
AUNT = ("Lhakpa Dolkar", "+919448217306")  # his aunt in Bylakuppe (Camp 4)
SISTER_US = ("Claire Doe", "+15550173340", "claire.doe@example.net")  # her sister in Oregon
KTM_HOME = {"line": "Phulbari Gali, Boudha-6", "town": "Kathmandu", "country": "NP",
            "post": "44600"}  # his mother's house (typed by her for a parcel: contact.address)
KTM_PIN = (27.723186, 85.361874)  # the drop pin she sets on his mother's gate (precise)

# --- her and the family's documents ---------------------------------------------------------------
AADHAAR = "482710936152"  # hers (a resident's Aadhaar, Verhoeff-valid: personal.national_id)
AADHAAR_H = "730164822593"  # Tenzin's
PASSPORT = "571904326"  # her US passport
RES_PERMIT = "RP-HP-DSL-2025-031874"  # her FRRO residential permit
GREENBOOK_H = "GB-DSA-0419827"  # Tenzin's Green Book (chatrel book)
RC_H = "RC/KGR/2019/01442"  # Tenzin's Registration Certificate
PAN_H = "BKXPN4712M"  # Tenzin's PAN (inside his GSTIN)
GSTIN_H = "02BKXPN4712M1ZP"  # his sweater proprietorship's GSTIN (check char valid)
UPI = "janedoe.dsl@exampleupi"  # her UPI address (financial.payment)
IN_ACCOUNT = "50100481273390"  # her rupee savings account (financial.payment)
IFSC = "EXMP0001842"  # the branch's code (public: a negative)
IN_NET = "405857"  # the visited Indian network's MCC/MNC while roaming (location.carrier)

# --- Debter (the exile administration's Green Book / chatrel app) ---------------------------------
OFFICE = {"id": "wo_dsl", "name": "Dharamshala Settlement Office", "lat": 32.21894,
          "lon": 76.32601, "phone": "+911892222457"}  # (negatives)

# --- Menlha (a Sowa Rigpa clinic) -----------------------------------------------------------------
CLINIC = {"id": "ml_mcl", "name": "Menlha Sowa Rigpa Clinic", "lat": 32.24355,
          "lon": 76.32109, "phone": "+911892221488"}  # (negatives)
CLINIC_FIX = (32.243531, 76.321117)
PATIENT = "MLC-24-08813"  # her clinic registration number (health.medical, as set 151's chart)
AMCHI = ("Dr. Tsering Yangzom", "t.yangzom@menlha.example.net")  # typed by her: contact.*

# --- Rimo (a thangka painting school) -------------------------------------------------------------
SCHOOL = {"id": "rm_sdp", "name": "Rimo Thangka Atelier", "lat": 32.20771, "lon": 76.35092}
SCHOOL_FIX = (32.207689, 76.350958)
STUDENT = "RMO-ST-2231"  # her student number (id.user)
TEACHER = ("Lobsang Gyatso", "+919418330921")  # her painting master (typed by her: contact.*)

# --- Tshongra (the winter sweater-market seller app) ----------------------------------------------
MARKET = {"id": "wm_mys", "name": "Mysuru Tibetan Winter Market", "lat": 12.30688,
          "lon": 76.65213}  # the market's gate (a negative)
STALL_FIX = (12.306741, 76.652388)  # her phone at their stall
SELLER = "TSR-M-0417"  # the family's seller account (id.user)
BYLAKUPPE_AT = (12.419527, 75.970113)  # the aunt's house in Camp 4 (the family's store: precise)

# --- Sungcho (teachings registration and security pass) -------------------------------------------
VENUE = {"id": "tg_tsg", "name": "Main Temple courtyard", "lat": 32.23259,
         "lon": 76.32453}  # the teaching venue (a negative)
VENUE_FIX = (32.232611, 76.324487)
PASS = "SC-26-F-048213"  # her foreigners' pass number (id.user)

# --- Namdrel (Losar hampers and parcels to Kathmandu) ---------------------------------------------
COUNTER = {"id": "nd_mcl", "name": "Namdrel counter, Temple Road", "lat": 32.24201,
           "lon": 76.32315}  # (negatives)
CONSIGNMENT = "NDP-2602-77104"  # her parcel (financial.purchase)

# --- Yigzug (the daughter's Tibetan script practice) ----------------------------------------------
CLASSCODE = "UCHEN-3B-DSA"  # the class's join code (a negative)
PUPIL = "YZ-K-90311"  # Pema's learner code (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", bo: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Tibetan first with ``bo``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("bo-IN,bo;q=0.9,en;q=0.8" if bo else "en-IN,en;q=0.9", DEV)
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
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AADHAAR", "AADHAAR_H", "AMCHI", "AUNT", "BROTHER_IL", "BYLAKUPPE_AT", "CLASSCODE",
           "CLINIC", "CLINIC_FIX", "CONSIGNMENT", "COUNTER", "DAUGHTER", "DH_HOME",
           "DH_HOME_AT", "GREENBOOK_H", "GSTIN_H", "HUSBAND", "IFSC", "IN_ACCOUNT", "IN_NET",
           "KTM_HOME", "KTM_PIN", "MARKET", "MOTHER_IL", "OFFICE", "PAN_H", "PASS", "PASSPORT",
           "PATIENT", "PUPIL", "RC_H", "RES_PERMIT", "SCHOOL", "SCHOOL_FIX", "SELLER",
           "SISTER_US", "STALL_FIX", "STUDENT", "TEACHER", "TZ", "UPI", "VENUE", "VENUE_FIX",
           "dev_block", "fix", "hd", "obj", "push"]
