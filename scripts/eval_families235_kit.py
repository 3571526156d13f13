"""Helpers for the two-hundred-and-thirty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year between Takoradi (Anaji) and Axim
(Western Region, Ghana) with her Nzema husband Kwame Kaku Amihere, her US SIM roaming (a Ghana
SIM for mobile money beside it); she works two-week offshore rotations as an environmental
monitoring officer on an oil production vessel. Their daughter Adwoba (8) is a Brownie in a
Takoradi pack; her mother-in-law Efua Ackah runs a fish-smoking business on Axim beach that she
keeps the books of. Her places (the Anaji house, the family house in Axim, her fixes at the
heliport, the clinic, the smokehouse, the durbar ground, the Brownie hall) are hers
(``location.precise`` where sent); the heliport, the vessel, the clinic, the smokehouse's ovens,
the durbar ground, the Brownie hall and the refuse depot are businesses' or institutions' points
(negatives). People: her husband (``contact.*`` when she types him), their daughter (a data
subject: her name, birth date, sex and member number are labelled), her mother-in-law, her sister
in the US, her cardiologist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Accra"

# --- her Western Region life ----------------------------------------------------------------------
TK_HOME = {"line": "H/No. 14, Anaji Estate Road", "area": "Anaji", "town": "Takoradi",
           "region": "Western", "gps": "WS-157-2284"}  # GhanaPostGPS digital address
TK_HOME_AT = (4.921843, -1.779214)  # the Anaji house (location.precise where sent)
AX_HOME = {"line": "Amihere Family House, Bakanta Street", "town": "Axim", "gps": "WS-0412-7730"}
AX_HOME_AT = (4.868912, -2.240331)  # the family house in Axim (hers when sent)
HUSBAND = ("Kwame Kaku Amihere", "+233244558102")  # typed by her: contact.*
MOTHER_IL = ("Efua Ackah", "+233207781145")  # her mother-in-law in Axim (the smokehouse)
DAUGHTER = {"first": "Adwoba", "last": "Amihere", "dob": "2017-06-12", "sex": "girl",
            "member": "GGA-TKD3-0419"}  # a data subject (her Brownie member number: id.user)
SISTER_US = ("Megan Doe", "+15550147731", "megan.doe@example.net")  # her sister in Ohio
NCG = "NCG-702118845-6"  # her non-citizen Ghana Card (personal.national_id)
TIN = "P0041188203"  # her Ghana tax number (personal.national_id)
PASSPORT = "583310472"  # her US passport (personal.national_id)
GH_ACCOUNT = "1441000237719"  # her cedi bank account (financial.payment)
MOMO = "+233245550187"  # her Ghana SIM's mobile-money number (contact.phone)
GH_NET = "62001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Anwumalift (offshore crew change and helicopter manifest) ------------------------------------
HELIPORT = {"id": "hp_tkd", "name": "Takoradi Heliport", "lat": 4.89603,
            "lon": -1.77461}  # the heliport (a negative)
HELI_FIX = (4.896118, -1.774392)  # her phone at the heliport check-in
VESSEL = {"id": "fpso_kpanyinli", "name": "FPSO Kpanyinli", "lat": 4.61722,
          "lon": -2.93950, "imo": "9876512"}  # the production vessel (negatives)
STAFF = "AME-ST-20417"  # her contractor staff number (id.user)
BOSIET = "OPITO-7781-20931"  # her offshore survival certificate (unlabelled: see Calls made)

# --- Kpanlasmoke (the mother-in-law's fish-smoking business; she keeps the books) ----------------
SMOKEHOUSE = {"id": "sh_axim01", "name": "Efua Ackah Smoked Fish", "phone": "+233312290418",
              "lat": 4.86521, "lon": -2.23862}  # the business's ovens on the beach (negatives)
SMOKE_FIX = (4.865188, -2.238655)  # her phone at the ovens
SELLER = "ADJ-S-0042"  # her seller/book-keeper account (id.user)

# --- Kundumpass (the Axim traditional area's Kundum festival and clan register) -------------------
DURBAR = {"id": "dg_axim", "name": "Axim Durbar Ground", "lat": 4.86702,
          "lon": -2.24188}  # the festival ground (a negative)
DURBAR_FIX = (4.867041, -2.241902)
REGISTER = "EKC-AX-0733"  # her household's entry in the festival register (id.user)
CLAN = "Nvavile"  # her husband's matriclan (personal.sensitive: ethnic origin by descent)

# --- Takoheart (a Takoradi cardiology clinic: her Holter monitor) ---------------------------------
CLINIC = {"id": "hc_tkd", "name": "Takoradi Heart Clinic", "phone": "+233312025577",
          "lat": 4.90173, "lon": -1.75772}  # the clinic (negatives)
CLINIC_FIX = (4.901752, -1.757701)
PATIENT = "THC-26-00917"  # her clinic number (health.medical, as a medical record number)
CARDIOLOGIST = ("Dr. Esi Kwofie", "e.kwofie@takoheart.example.org")  # typed by her: contact.*
HOLTER = {"serial": "HT3-22K-05518", "model": "CardioTrace 3"}  # the clinic's recorder (negatives)

# --- Ezukoapa (treasury bills and fixed deposits) -------------------------------------------------
INVESTOR = "EZP-C-118207"  # her client number (id.user)
CSD = "CSD-GH-118820743"  # her securities depository account (financial.payment)

# --- Brownietrail (the daughter's Brownie pack) ---------------------------------------------------
HALL = {"id": "hall_tkd3", "name": "3rd Takoradi Brownie Pack, Methodist Hall", "lat": 4.91052,
        "lon": -1.76203}  # the meeting hall (a negative)
HALL_FIX = (4.910498, -1.762051)  # her fix at pick-up

# --- Borlafie (household refuse collection) -------------------------------------------------------
DEPOT = {"id": "dp_kansaworodo", "lat": 4.93411, "lon": -1.76590}  # the collector's depot
BIN_ACCOUNT = "BF-TKD-55021"  # the household's collection account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", tw: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Nzema-first with ``tw``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("nzi-GH,nzi;q=0.9,en-GH;q=0.8" if tw else "en-GH,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_GH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_GH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AX_HOME", "AX_HOME_AT", "BIN_ACCOUNT", "BOSIET", "CARDIOLOGIST", "CLAN", "CLINIC",
           "CLINIC_FIX", "CSD", "DAUGHTER", "DEPOT", "DURBAR", "DURBAR_FIX", "GH_ACCOUNT",
           "GH_NET", "HALL", "HALL_FIX", "HELIPORT", "HELI_FIX", "HOLTER", "HUSBAND", "INVESTOR",
           "MOMO", "MOTHER_IL", "NCG", "PASSPORT", "PATIENT", "REGISTER", "SELLER", "SISTER_US",
           "SMOKEHOUSE", "SMOKE_FIX", "STAFF", "TIN", "TK_HOME", "TK_HOME_AT", "TZ", "VESSEL",
           "dev_block", "fix", "hd", "obj", "push"]
