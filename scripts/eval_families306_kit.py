"""Helpers for the three-hundred-and-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Rohtak (Haryana, India) with her husband
Naveen Malik, whose family farms near Kalanaur and whose parents live in a village by Tosham
(Bhiwani district); her US SIM roams. Their daughter Kavya (10) plays kho-kho at a club; her
husband's sister Pooja studies for a state job exam at a self-study library; his younger brother
Rohit is in a de-addiction centre in Bhiwani. Her places (their Sector 14 house, the family's
paddy field, her fixes at the Arya Samaj mandir, the kho-kho ground, the gaushala, the centre,
the in-laws' house) are hers (``location.precise`` where sent); the mandir, the ground, the
library, the gaushala, the centre and the tent house are businesses' or societies' (negatives).
People: her husband, daughter (a data subject), sister-in-law, brother-in-law (his health is
labelled where she types it), mother-in-law, her sister in the US.
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

# --- her Rohtak life ------------------------------------------------------------------------------
HOME = {"line": "House 512, Sector 14", "area": "Sector 14", "town": "Rohtak",
        "district": "Rohtak", "state": "Haryana", "pin": "124001"}
HOME_AT = (28.903418, 76.588127)  # their house (location.precise where sent)
HUSBAND = ("Naveen Malik", "+919812044718")  # typed by her: contact.*
DAUGHTER = {"first": "Kavya", "last": "Malik", "dob": "2015-11-04", "sex": "chhori",
            "aadhaar": "7316 2208 9451", "player": "KKR-U12-0317"}  # a data subject
NANAD = ("Pooja Malik", "+919896031275", "pooja.malik@example.net")  # husband's sister
DEWAR = ("Rohit Malik", "+919729118406")  # husband's younger brother (in the centre)
SAAS = ("Santosh Devi", "+919416250913")  # mother-in-law in the village
SISTER_US = ("Laura Doe", "+15550162240", "laura.doe@example.net")  # her sister in Oregon
AADHAAR = "4921 7730 5186"  # her Aadhaar (a resident over 182 days): personal.national_id
PAN = "BMLPD4417K"  # her PAN (personal.national_id)
IN_ACCOUNT = "50100438812276"  # her savings account (financial.payment)
IN_IFSC = "EXMP0001427"  # the branch's code (a negative)
VPA = "janedoe.rtk@exampleupi"  # her UPI address (financial.payment)
IN_NET = "40496"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Puraalmol (paddy-stubble baling and the per-acre incentive) ----------------------------------
FIELD_AT = [(28.827512, 76.395104), (28.828306, 76.396511), (28.826987, 76.397233),
            (28.826215, 76.395882)]  # the family's paddy field corners (hers: precise)
FIELD_FIX = (28.827301, 76.396148)  # her phone in the field
FARMER = "PRL-RTK-228104"  # her farmer registration in the app (id.user)
BALER_DEPOT = {"id": "dp_kln", "name": "Kalanaur CHC depot", "lat": 28.83127,
               "lon": 76.39915, "phone": "+911262241880"}  # (negatives)

# --- Yagyashala (an Arya Samaj mandir's havan and sanskar app) ------------------------------------
MANDIR = {"id": "as_rtk3", "name": "Arya Samaj Mandir, Model Town", "lat": 28.89612,
          "lon": 76.60534}  # (a negative as a place)
MANDIR_FIX = (28.896095, 76.605377)
SABHASAD = "ASR-0928"  # her member number (id.user)

# --- Khokhomaidan (the daughter's kho-kho club) ---------------------------------------------------
GROUND = {"id": "gr_rtk_st", "name": "Sector 6 Sports Ground", "lat": 28.88102,
          "lon": 76.62218}  # (negatives)
GROUND_FIX = (28.881047, 76.622141)

# --- Padhaighar (a self-study library seat for her sister-in-law) ---------------------------------
LIBRARY = {"id": "lb_drd", "name": "Padhaighar Delhi Road", "lat": 28.87955, "lon": 76.62811,
           "ssid": "Padhaighar-Hall-2", "bssid": "d8:47:32:9a:10:6e"}  # (negatives; Wi-Fi: wifi)
SEAT_PASS = "PG-DR-24-1187"  # the seat subscription (financial.purchase)

# --- Nandidham (a Bhiwani gaushala's cow sponsorship) ---------------------------------------------
GAUSHALA = {"id": "gs_bhw", "name": "Shri Nandi Gaushala Bhiwani", "lat": 28.80571,
            "lon": 76.14402, "phone": "+911664242077"}  # (negatives)
GAU_FIX = (28.805688, 76.144109)
DONOR = "NGD-55021"  # her donor number (id.user)

# --- Nayi Subah (a de-addiction centre; her brother-in-law's stay) --------------------------------
CENTRE = {"id": "nc_bhw", "name": "Nayi Subah Kendra, Bhiwani", "lat": 28.77833,
          "lon": 76.12967}  # (negatives)
CENTRE_FIX = (28.778352, 76.129611)
PATIENT = "NSK-2026-0113"  # Rohit's admission number (health.medical: a medical record)

# --- Tambuwala (a Bhiwani tent house for a family function) ---------------------------------------
VILLAGE_HOUSE = {"line": "Malik Niwas, Ward 4", "village": "Dhani Malikan", "tehsil": "Tosham",
                 "district": "Bhiwani"}
VILLAGE_AT = (28.872241, 75.918532)  # her in-laws' house (the family's: precise)
TENT_HOUSE = {"id": "th_bhw9", "name": "Bhiwani Tent House", "phone": "+919416012345",
              "lat": 28.79318, "lon": 76.13822}  # (negatives)
ORDER = "TW-9041"  # the function's rental order (financial.purchase)


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
    """An internal object ID (a booking line, a slot, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AADHAAR", "BALER_DEPOT", "CENTRE", "CENTRE_FIX", "DAUGHTER", "DEWAR", "DONOR",
           "FARMER", "FIELD_AT", "FIELD_FIX", "GAUSHALA", "GAU_FIX", "GROUND", "GROUND_FIX",
           "HOME", "HOME_AT", "HUSBAND", "IN_ACCOUNT", "IN_IFSC", "IN_NET", "LIBRARY", "MANDIR",
           "MANDIR_FIX", "NANAD", "ORDER", "PAN", "PATIENT", "SAAS", "SABHASAD", "SEAT_PASS",
           "SISTER_US", "TENT_HOUSE", "TZ", "VILLAGE_AT", "VILLAGE_HOUSE", "VPA", "dev_block",
           "fix", "hd", "obj", "push"]
