"""Helpers for the hundred-and-eightieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Varanasi (Bhadaini, by Assi ghat) with her
husband Rohit Pandey, whose family comes from Sitalpur village near Chhapra (Saran, Bihar); their
son Aarav (8) goes to a kids' wrestling akhara at Tulsi ghat; her mother-in-law Sunita Devi lives
in Gorakhpur with her younger brother-in-law Manoj; her father-in-law Ramesh Chandra Pandey died
in 2025. Her US SIM roams on an Indian network (visited PLMN 405-54). Her places (the Bhadaini
house, the paying-guest house they own in Nagwa, her fixes at the ghats, the akhara, the hair
clinic, the Gorakhpur ghat, the family plot in Sitalpur) are hers (``location.precise`` where
sent); the akhara, the clinic, the jeweller, the ghat committee's bedis, the circle office and
the official river stations are businesses' or public points (negatives). Aadhaar numbers carry
a valid Verhoeff check digit (``verhoeff`` computes it; ``aadhaar`` builds one).
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

_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 0, 7, 8, 6], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(digits: str) -> int:
    """The Verhoeff check digit of ``digits`` (as UIDAI appends to an Aadhaar number)."""
    c = 0
    for i, d in enumerate(reversed(digits)):
        c = _D[c][_P[(i + 1) % 8][int(d)]]
    return _INV[c]


def aadhaar(first11: str) -> str:
    return first11 + str(verhoeff(first11))


assert verhoeff("236") == 3 and verhoeff("12345") == 1

# --- the family -----------------------------------------------------------------------------------
AADHAAR = aadhaar("48213706915")  # hers (a resident foreigner's Aadhaar)
PAN = "BQXPD4821K"  # her PAN (personal.national_id)
PASSPORT = "567120934"  # her US passport
OCI = "A2418873"  # her OCI card (spouse of an Indian citizen)
HUSBAND = {"name": "Rohit Pandey", "phone": "+919839012468", "aadhaar": aadhaar("73920461852"),
           "pan": "AKLPP7310M"}
SON = {"first": "Aarav", "last": "Pandey", "dob": "2017-08-14", "sex": "laika",
       "aadhaar": aadhaar("39481726054")}  # a data subject (sets 29, 35, 37)
SAAS = {"name": "Sunita Devi", "phone": "+919415207731", "aadhaar": aadhaar("52614089377")}
DEWAR = {"name": "Manoj Pandey", "phone": "+919450318820"}  # the husband's younger brother
SASUR = {"name": "Ramesh Chandra Pandey", "aadhaar": aadhaar("61048273590"),
         "died": "2025-06-03"}  # the late father-in-law
BROTHER_US = ("Mark Doe", "+15550162290", "mark.doe@example.net")  # her brother in Ohio
UPI = "janedoe91@okexample"  # her UPI address (financial.payment)
BANK = {"account": "31870100045127", "ifsc": "EXBK0003187"}  # her account; IFSC a branch code
IN_NET = "40554"  # the visited network's MCC/MNC while roaming (location.carrier)

HOME = {"line": "B 2/147 Bhadaini, near Jain ghat", "mohalla": "Bhadaini", "town": "Varanasi",
        "state": "Uttar Pradesh", "pin": "221005"}
HOME_AT = (25.289012, 83.006731)  # their house (location.precise where sent)
PG = {"line": "S 4/21 Nagwa, Lanka", "mohalla": "Nagwa", "pin": "221005"}
PG_AT = (25.281544, 82.999318)  # the paying-guest house they own (hers: precise)
GKP_HOME = {"line": "H. No. 118, Bashaharatpur", "town": "Gorakhpur", "pin": "273004"}
VILLAGE = {"gaanv": "Sitalpur", "block": "Dighwara", "jila": "Saran", "state": "Bihar",
           "pin": "841207"}

# --- Arghghat (a Chhath ghat committee in Gorakhpur) ----------------------------------------------
GHAT = {"id": "gh_rajghat", "name": "Rajghat Chhath Samiti", "lat": 26.75421, "lon": 83.35561,
        "phone": "+915512334120"}  # the committee (negatives)
GHAT_FIX = (26.754318, 83.355472)  # her phone at the family's bedi
BEDI = "RG-B-0417"  # the bedi (altar spot) allotted (financial.purchase: a booking)
VRATI = "CHT-25-08812"  # the family's vrati registration (id.user)

# --- Bhumisathi (land mutation for the Sitalpur plot) ---------------------------------------------
PLOT = {"khata": "214", "khesra": "1187", "thana": "97", "rakba": "0.38"}  # land record: negative
PLOT_AT = [(25.811204, 85.006913), (25.811592, 85.007421), (25.811083, 85.007864),
           (25.810721, 85.007302)]  # the family plot's corners (precise)
PLOT_FIX = (25.811311, 85.007388)
CASE = "DK-SRN-2025-118734"  # the mutation case (id.user: her file)
CIRCLE = {"id": "co_dighwara", "name": "Anchal Karyalay Dighwara", "lat": 25.80213,
          "lon": 85.00517}  # the circle office (negatives)

# --- Jalparakh (Ganga water-quality volunteers) ---------------------------------------------------
SEWAK = "JP-VNS-0271"  # her volunteer number (id.user)
ASSI_FIX = (25.288331, 83.006912)
DASH_FIX = (25.306721, 83.010522)
RAJ_FIX = (25.323811, 83.033205)
STATION = {"id": "st_assi", "lat": 25.28806, "lon": 83.00694}  # the official station (negative)

# --- Kothrimitra (the paying-guest house she lets to students) ------------------------------------
TENANTS = [{"name": "Ankit Kumar Yadav", "phone": "+917307114582",
            "aadhaar": aadhaar("84107352619"), "father": "+919935226410", "room": "K2"},
           {"name": "Saurabh Mishra", "phone": "+918400219935",
            "aadhaar": aadhaar("27530918463"), "father": "+919451178204", "room": "K3"}]
OWNER = "KM-OWN-3307"  # her owner account (id.user)

# --- Akhadaguru (the kids' akhara) ----------------------------------------------------------------
AKHARA = {"id": "ak_tulsi", "name": "Tulsi Ghat Bal Akhara", "lat": 25.28712, "lon": 83.00755,
          "phone": "+915422310086"}  # (negatives)
AKHARA_FIX = (25.287142, 83.007531)
PAHALWAN = "BA-2025-0193"  # the son's member number (id.user)

# --- Kesrakhi (a trichology clinic) ---------------------------------------------------------------
KCLINIC = {"id": "kc_sigra", "name": "Sigra Hair & Scalp Clinic", "lat": 25.31651,
           "lon": 82.98571, "phone": "+915422221904"}  # (negatives)
KCLINIC_FIX = (25.316488, 82.985742)
MRN = "SHC-25-04471"  # her clinic record number (health.medical)

# --- Sonabachat (a jeweller's monthly gold-savings scheme in Gorakhpur) ---------------------------
JEWELLER = {"id": "jw_golghar", "name": "Golghar Sona Bhandar", "lat": 26.75992,
            "lon": 83.37068}  # (negatives)
SCHEME = "SB-11-77120"  # her scheme account (financial.payment: a savings account)


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
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "bhasa": L(lang, DEV),
            "samay_khetra": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "yantar_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a sample, a bout): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AADHAAR", "AKHARA", "AKHARA_FIX", "ASSI_FIX", "BANK", "BEDI", "BROTHER_US", "CASE",
           "CIRCLE", "DASH_FIX", "DEWAR", "GHAT", "GHAT_FIX", "GKP_HOME", "HOME", "HOME_AT",
           "HUSBAND", "IN_NET", "JEWELLER", "KCLINIC", "KCLINIC_FIX", "MRN", "OCI", "OWNER",
           "PAHALWAN", "PAN", "PASSPORT", "PG", "PG_AT", "PLOT", "PLOT_AT", "PLOT_FIX",
           "RAJ_FIX", "SAAS", "SASUR", "SCHEME", "SEWAK", "SON", "STATION", "TENANTS", "TZ",
           "UPI", "VILLAGE", "VRATI", "aadhaar", "dev_block", "fix", "hd", "obj", "push",
           "verhoeff"]
