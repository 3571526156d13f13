"""Helpers for the hundred-and-seventy-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Lomé (Togo, Tokoin Casablanca) with her
husband Selorm Agbenyega, an Ewe from Ho (Ghana) who works at the port; their daughter Dzifa (8)
goes to school in Lomé; his mother Afi Agbenyega lives in Ho (Bankoe), where the family spends
weekends. Her US SIM roams (a second local SIM carries her Togolese number). Her places (the
Lomé house, her fixes at the port yard, the clinic, the tennis courts, on her e-moto, at the forex
counter, at the carvers' workshop, the Ho house she has treated) are hers (``location.precise``
where sent); the port, the clearing agent's office, the border post, the clinic, the club, the
swap stations, the bureau's counters and the workshop are businesses' (negatives). People: her
husband (``contact.*`` when she types him; his Ghana Card ``personal.national_id``), their
daughter (a data subject), her mother-in-law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Lome"

# --- her Lomé life and the Ho family house --------------------------------------------------------
LOME_HOME = {"line": "Lot 58, Rue des Cocotiers", "area": "Tokoin Casablanca", "town": "Lomé",
             "region": "Maritime", "country": "TG"}
LOME_HOME_AT = (6.152318, 1.223647)  # their Lomé house (location.precise where sent)
HO_HOUSE = {"line": "H/No. 14 Bankoe Road", "area": "Bankoe", "town": "Ho", "region": "Volta",
            "gps": "VH-0314-2278"}  # her mother-in-law's house (GhanaPostGPS digital address)
HO_HOUSE_AT = (6.604217, 0.468932)
HER_TG = "+22891730528"  # her local Togolese SIM (contact.phone)
HUSBAND = ("Selorm Agbenyega", "+22890482217", "+233244718290")  # Togo and Ghana numbers
HUSBAND_CARD = "GHA-718290446-3"  # his Ghana Card PIN (format only: no public check digit)
MOTHER_IL = ("Afi Agbenyega", "+233208461175")  # her mother-in-law in Ho
DAUGHTER = {"first": "Dzifa", "last": "Agbenyega", "dob": "2017-07-12", "sex": "F",
            "member": "LTH-J-0412"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "CS-TG-2024-0188417"  # her Togolese residence card (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
MRZ2 = "5671209349USA9105171F3302141<<<<<<<<<<<<<<04"  # its MRZ line 2 (check digits valid)
GH_TIN = "P0041877306"  # her Ghana Revenue Authority TIN (weighted mod-11 check digit valid)
TG_ACCOUNT = "TG25TG0550100100041287330947"  # her CFA account (IBAN check digits valid)
TG_NET, GH_NET = "61501", "62001"  # visited networks' MCC/MNC (location.carrier)

# --- Todzivu (a used-car import and port-clearing agent) ------------------------------------------
PORT = {"id": "pal_lome", "name": "Port Autonome Yard C", "lat": 6.13862, "lon": 1.28261}
AGENT = {"id": "cag_0071", "name": "Todzivu Transit Lomé", "phone": "+22822274410"}
PORT_FIX = (6.137912, 1.285407)  # her phone at the yard
BORDER = {"id": "bp_aflao", "lat": 6.11671, "lon": 1.19012}  # the Aflao border post
VIN = "4T1BF1FK6HU371864"  # the car's VIN (check digit valid; no taxonomy type: unlabelled)
BL = "MEDU7K4402917"  # the bill of lading (a shipping document: negative)
FILE = "TDZ-25-03318"  # her clearance file (financial.purchase: the service she bought)

# --- Fuyofe (a fracture and cast clinic) ----------------------------------------------------------
CLINIC = {"id": "cl_be", "name": "Clinique Fuyofe Bè", "phone": "+22822213390",
          "lat": 6.13781, "lon": 1.23904}
CLINIC_FIX = (6.137836, 1.239112)
RECORD = "FYF-2026-00917"  # her orthopaedic record number (health.medical)
SURGEON = ("Dr. Komla Amedzro", "k.amedzro@fuyofe.example.org")  # typed by her: contact.*

# --- Tenihabobo (a tennis club) -------------------------------------------------------------------
CLUB = {"id": "tc_lome1", "name": "Lomé Tennis Habobo", "lat": 6.12884, "lon": 1.21893}
COURT_FIX = (6.128795, 1.218871)
MEMBER = "LTH-A-1187"  # her club membership number (id.user)

# --- Nusemoto (an e-moto battery-swap subscription) -----------------------------------------------
STATIONS = [{"id": "st_tokoin", "lat": 6.15012, "lon": 1.22108},
            {"id": "st_deckon", "lat": 6.13155, "lon": 1.22377}]  # swap stations (negatives)
RIDER = "NSM-R-24481"  # her rider account (id.user)
LICENCE = "TG-PC-0291774"  # her Togolese driving licence (personal.national_id)
RIDE = [(6.152104, 1.223918), (6.146733, 1.226402), (6.139250, 1.229817),
        (6.131602, 1.223684)]  # her ride, home to the Déckon station

# --- Xokoko (home pest control, the Ho house) ------------------------------------------------------
JOB = "XKK-GH-7702"  # the treatment job (financial.purchase)

# --- Gadoli (a CFA/cedi exchange bureau) ----------------------------------------------------------
COUNTERS = [{"id": "bx_gm", "name": "Gadoli Grand Marché", "lat": 6.13012, "lon": 1.21951},
            {"id": "bx_afl", "name": "Gadoli Aflao", "lat": 6.11702, "lon": 1.18977}]
COUNTER_FIX = (6.130087, 1.219466)
CLIENT = "GDL-C-60218"  # her KYC client number (id.user)

# --- Atiwofe (a Kpalimé carvers' workshop, commissions) -------------------------------------------
WORKSHOP = {"id": "ws_kpal", "name": "Atiwofe Kpalimé", "phone": "+22824410298",
            "lat": 6.90071, "lon": 0.62934}
WORKSHOP_FIX = (6.900688, 0.629402)
COMMISSION = "ATW-0619"  # her commission (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-TG,fr;q=0.9,en;q=0.8" if fr else "en-TG,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_TG") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_TG") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENT", "BL", "BORDER", "CLIENT", "CLINIC", "CLINIC_FIX", "CLUB", "COMMISSION",
           "COUNTERS", "COUNTER_FIX", "COURT_FIX", "DAUGHTER", "FILE", "GH_NET", "GH_TIN",
           "HER_TG", "HO_HOUSE", "HO_HOUSE_AT", "HUSBAND", "HUSBAND_CARD", "JOB", "LICENCE",
           "LOME_HOME", "LOME_HOME_AT", "MEMBER", "MOTHER_IL", "MRZ2", "PASSPORT", "PORT",
           "PORT_FIX", "RECORD", "RESIDENCE", "RIDE", "RIDER", "SISTER_US", "STATIONS", "SURGEON",
           "TG_ACCOUNT", "TG_NET", "TZ", "VIN", "WORKSHOP", "WORKSHOP_FIX", "dev_block", "fix",
           "hd", "obj", "push"]
