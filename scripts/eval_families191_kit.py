"""Helpers for the hundred-and-ninety-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived three years in Guwahati (Assam, India)
with her Assamese husband Pranjal Baruah, whose family is from Jorhat; their daughter Junali (8)
is in class 3. She keeps her US SIM (roaming on an Indian network) and has an Indian number for
UPI and SMS codes. As a resident of more than 182 days she holds an Aadhaar number, a PAN and an
OCI card (spouse of an Indian citizen). Her places (the Beltola flat, the in-laws' Jorhat house,
the family's paddy land near Mariani, her fixes at the satra, the Bihu field, the homestay, the
ENT hospital, the theatre pandal) are hers (``location.precise`` where sent); the satra, the
namghar, the Bihu field, the homestay, the hospital, the pandal and the toll plazas are
businesses' or public places (negatives). People: her husband, their daughter (a data subject:
her name, birth date, sex, Aadhaar, height and photo are labelled), her mother-in-law Anima
(a wheelchair user), her late father-in-law Hemanta, her sister in the US, her ENT surgeon.
Aadhaar numbers carry a valid Verhoeff check digit (``verhoeff_ok`` asserts it at import)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 8, 7, 6, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num.replace(" ", ""))):
        c = _D[c][_P[i % 8][int(ch)]]
    return c == 0


# --- her Guwahati life ----------------------------------------------------------------------------
HOME = {"line": "Flat 4C, Luitporia Apartments, Survey Path", "area": "Beltola",
        "town": "Guwahati", "district": "Kamrup Metropolitan", "state": "Assam", "pin": "781028"}
HOME_AT = (26.124613, 91.797342)  # their flat (location.precise where sent)
IN_PHONE = "+917002418536"  # her Indian number (UPI, SMS codes): contact.phone
HUSBAND = ("Pranjal Baruah", "+919864021735")  # typed by her: contact.*
MOTHER_IL = ("Anima Baruah", "+919435018266")  # in Jorhat; uses a wheelchair
FATHER_IL = "Hemanta Baruah"  # her late father-in-law (a name typed: contact.name)
DAUGHTER = {"first": "Junali", "last": "Baruah", "dob": "2017-11-04", "sex": "girl",
            "aadhaar": "8025 3316 7423", "height": 127}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Megan Doe", "+15550148830", "megan.doe@example.net")
AADHAAR = "4831 2907 6158"  # hers (personal.national_id)
AADHAAR_HUSBAND = "6172 4480 3910"
AADHAAR_MIL = "5540 9817 2365"
PAN = "BJXPD4172K"  # her PAN (personal.national_id)
OCI = "A2847193"  # her OCI card (personal.national_id)
PASSPORT = "583019426"  # her US passport (personal.national_id)
ACCOUNT, IFSC = "40201007391842", "XMPL0004415"  # her savings account (financial.payment)
VPA = "7002418536@exampleupi"  # her UPI address carries her Indian number
IN_NET = "40556"  # the visited network's MCC/MNC while roaming (location.carrier)
JORHAT_HOME = {"line": "House 27, Na-Ali, Gar-Ali Path", "town": "Jorhat", "pin": "785001"}
JORHAT_AT = (26.757183, 94.209416)  # the in-laws' house (hers to send: precise)

# --- Naamghor (a satra's and the village namghar's devotee app) -----------------------------------
SATRA = {"id": "xt_bhogpur", "name": "Bhogpur Satra, Majuli", "lat": 26.94021,
         "lon": 94.16213}  # the satra (a negative as a place)
NAMGHAR = {"id": "ng_naali", "name": "Na-Ali Namghar", "lat": 26.75804, "lon": 94.20811}
SATRA_FIX = (26.940188, 94.162155)
BHAKAT = "BHS-2023-0417"  # her devotee register number (id.user)

# --- Bihutoli (the neighbourhood Rongali Bihu committee) ------------------------------------------
BIHU_FIELD = {"id": "bf_survey", "name": "Survey Khel Pothar", "lat": 26.12382,
              "lon": 91.79911}  # the Bihu field (a negative)
FIELD_FIX = (26.123847, 91.799082)
MEMBER = "RBS-SV-0288"  # her committee membership number (id.user)
ENTRY = "BN-K-0734"  # Junali's contest entry number (id.user, the child's)

# --- Hatibatori (elephant-conflict alerts and crop-loss claims near Mariani) ----------------------
VILLAGE = {"gaon": "Hatigarh Gaon", "mouza": "Mariani", "district": "Jorhat", "pin": "785634"}
FARM_AT = [(26.661204, 94.327118), (26.661875, 94.328302), (26.660931, 94.329047),
           (26.660288, 94.327851)]  # the family's paddy plot (hers: precise)
FARM_FIX = (26.661031, 94.328114)  # her phone at the plot
GAON_HOUSE_AT = (26.662418, 94.325907)  # the family's village house (precise)
FARMER = "HB-JRT-11820"  # her registration (id.user)
LAND = {"dag": "412", "patta": "PP-118", "bigha": 3}  # a land record (unlabelled)

# --- Changghor (a Majuli stilt-house homestay filing Form C) --------------------------------------
HOMESTAY = {"id": "hs_garamur", "name": "Changghor Homestay Garamur", "phone": "+919954410377",
            "lat": 26.95214, "lon": 94.17831, "ssid": "Changghor-Guest",
            "bssid": "0c:80:63:5a:21:9e"}  # (point, phone: negatives; Wi-Fi joined: wifi)
HOMESTAY_FIX = (26.952118, 94.178352)
STAY = "CG-2602-0193"  # their stay (financial.purchase)
FERRY_GHAT = (26.89841, 94.19362)  # Kamalabari ghat (a public place: negative)

# --- Naakkaan (an ENT hospital: her chronic sinusitis) --------------------------------------------
HOSPITAL = {"id": "ent_gs", "name": "Dispur ENT & Sinus Hospital", "phone": "+913612238841",
            "lat": 26.14198, "lon": 91.79207}  # (negatives)
HOSPITAL_FIX = (26.141962, 91.792101)
MRN = "DESH-26-08813"  # her hospital number (health.medical, as set 151's chart)
ABHA = "91-4417-2093-6658"  # her health account number (personal.national_id)
SURGEON = ("Dr. Rupjyoti Saikia", "r.saikia@desh.example.org")  # typed by her: contact.*
POLICY = "HX-7730418-02"  # her health insurance member ID (health.medical, set 37's call)

# --- Mancharath (touring mobile-theatre tickets) --------------------------------------------------
PANDAL = {"id": "pd_jrt_thana", "name": "Thana Chariali Pandal, Jorhat", "lat": 26.75301,
          "lon": 94.21488}  # the troupe's tent (a negative)
PANDAL_FIX = (26.753041, 94.214839)
TICKET = "MR-25-J-40217"  # her booking (financial.purchase)

# --- Pothkor (a toll-tag wallet) ------------------------------------------------------------------
TAG = "34161FA820328EE0A1B2C3D4"  # the tag's EPC on her car (her toll account: id.user)
WALLET = "PK-W-0093317"  # her toll wallet (id.user)
PLATE = "AS01BK4471"  # the car's plate (no taxonomy type: unlabelled)
PLAZA = {"id": "tp_raha", "name": "Raha Chariali Plaza", "lat": 26.23417,
         "lon": 92.51082}  # a toll plaza (negative as a place)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", asm: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Assamese first with ``asm``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("as-IN,as;q=0.9,en;q=0.8" if asm else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a slot, a sighting): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


assert all(verhoeff_ok(a) for a in (AADHAAR, AADHAAR_HUSBAND, AADHAAR_MIL, DAUGHTER["aadhaar"]))

__all__ = ["AADHAAR", "AADHAAR_HUSBAND", "AADHAAR_MIL", "ABHA", "ACCOUNT", "BHAKAT", "BIHU_FIELD",
           "DAUGHTER", "ENTRY", "FARMER", "FARM_AT", "FARM_FIX", "FATHER_IL", "FERRY_GHAT",
           "FIELD_FIX", "GAON_HOUSE_AT", "HOME", "HOMESTAY", "HOMESTAY_FIX", "HOME_AT",
           "HOSPITAL", "HOSPITAL_FIX", "HUSBAND", "IFSC", "IN_NET", "IN_PHONE", "JORHAT_AT",
           "JORHAT_HOME", "LAND", "MEMBER", "MOTHER_IL", "MRN", "NAMGHAR", "OCI", "PAN", "PANDAL",
           "PANDAL_FIX", "PASSPORT", "PLATE", "PLAZA", "POLICY", "SATRA", "SATRA_FIX",
           "SISTER_US", "STAY", "SURGEON", "TAG", "TICKET", "TZ", "VILLAGE", "VPA", "WALLET",
           "dev_block", "fix", "hd", "obj", "push", "verhoeff_ok"]
