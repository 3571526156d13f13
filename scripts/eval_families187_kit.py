"""Helpers for the hundred-and-eighty-seventh (blind) evaluation set. Category ids are spelled
out here; the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the
modules import them from ``eval_families6_kit`` to ``eval_families25_kit``; the apps' header
helper ``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs
``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's person, a US citizen with South
African permanent residence and an SA ID number, her US SIM roaming on a South African network)
lives with her Tsonga husband Tiyani Baloyi in Mavalani B, a village outside Giyani (Mopani
district, Limpopo) under a traditional council; she works as a quality-control clerk at an
avocado estate's packhouse near Tzaneen; their daughter Hlulani is four. Her husband's mother
Albertina Sitoe and his brother Armando Baloyi live in Maputo (Mozambique); his father Risenga
Baloyi died in October 2024. Her places (their yard, her fixes in the mopane veld, at the grave,
at the transporter's yard, at the packhouse, at the council office, the clinic and the travel
clinic) are hers (``location.precise`` where sent); the buyer's depot, the stonemason, the
cemetery gate, the transporter's yard, the estate, the council office, the clinic and the travel
clinic are businesses' or public places (negatives). South African ID numbers are 13 digits
(YYMMDD, a sex sequence, citizenship 0 citizen / 1 permanent resident, 8, a Luhn check digit);
``sa_id`` computes the check digit.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

ADDR, BIRTH, BUY = "contact.address", "personal.birthdate", "financial.purchase"
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, FIT, GENDER = "device.info", "id.device", "health.fitness", "personal.gender"
MAIL, MED, MEDIA, NAMEC = "contact.email", "health.medical", "content.media", "contact.name"
NID, PAY, PRECISE, SEARCH = "personal.national_id", "financial.payment", "location.precise", \
    "behavior.search"
SENS, TEL, TEXT, UID = "personal.sensitive", "contact.phone", "content.text", "id.user"
USAGE, WIFI = "behavior.usage", "location.wifi"

Pt = tuple[float, float]
TZ = "Africa/Johannesburg"


def sa_id(base12: str) -> str:
    """A South African ID number: twelve digits and their Luhn check digit."""
    tot = 0
    for i, ch in enumerate(reversed(base12)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return base12 + str((10 - tot % 10) % 10)


# --- her Giyani life ------------------------------------------------------------------------------
HOME = {"line": "Stand 214, Mavalani B", "village": "Mavalani", "town": "Giyani",
        "district": "Mopani", "province": "Limpopo", "post": "0826"}
HOME_AT = (-23.421377, 30.612058)  # their yard (location.precise where sent)
SA_ID = sa_id("910517012418")  # hers: 1991-05-17, female, permanent resident (1)
PASSPORT = "567120934"  # her US passport (personal.national_id)
BANK = {"account": "62845019273", "branch": "250655"}  # her account (branch code a negative)
ZA_NET = "65501"  # the visited network's MCC/MNC while roaming (location.carrier)
HUSBAND = {"name": "Tiyani Baloyi", "phone": "+27825550143", "id": sa_id("880302583108")}
DAUGHTER = {"first": "Hlulani", "last": "Baloyi", "dob": "2021-08-14", "sex": "xisati",
            "id": sa_id("210814021908"), "rthb": "MVC-RTHB-21-0442"}  # a data subject
FATHER_IL = {"name": "Risenga Baloyi", "id": sa_id("491123557108"), "born": "1949-11-23",
             "died": "2024-10-05"}  # her late father-in-law (a data subject)
MOTHER_IL = ("Albertina Sitoe", "+258845123307")  # in Maputo
MAPUTO_ADDR = {"line": "Rua 4.327, casa 18, Bairro Polana Canico A", "city": "Maputo"}
BROTHER_IL = ("Armando Baloyi", "+258827714410")  # in Maputo
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio

# --- Matomani Hub (mopane-worm harvest permits and buyers) ----------------------------------------
PERMIT = "XTC-MP-2025-0417"  # her harvesting permit from the council (id.user)
VELD_FIX = (-23.171642, 30.844310)  # her phone in the mopane veld
DEPOT = {"id": "dp_giy01", "name": "Giyani Matomani Depot", "phone": "+27158120447",
         "lat": -23.30114, "lon": 30.71342}  # the buyer's depot (negatives)

# --- Ribye (tombstone order and unveiling) --------------------------------------------------------
MASON = {"id": "ms_lgw", "name": "Letaba Granite Works", "phone": "+27152075510",
         "lat": -23.82781, "lon": 30.15893}  # the stonemason (negatives)
CEMETERY = {"id": "cm_mav", "name": "Mavalani Village Cemetery", "lat": -23.41902,
            "lon": 30.61488}  # the cemetery gate (negative)
GRAVE_FIX = (-23.419312, 30.615107)  # her phone at the grave
ORDER = "LGW-25-0918"  # the tombstone order (financial.purchase)

# --- Malayitsha Xpress (a cross-border goods transporter to Maputo) -------------------------------
YARD = {"id": "yd_giy", "name": "Malayitsha Xpress Giyani Yard", "phone": "+27765550181",
        "lat": -23.30522, "lon": 30.69617}  # (negatives)
YARD_FIX = (-23.305198, 30.696241)
WAYBILL = "MX-77031"  # her consignment (financial.purchase)

# --- Vatirhi (the farm and packhouse workers' union) ----------------------------------------------
ESTATE = {"id": "est_lvae", "name": "Letsitele Valley Avocado Estate", "lat": -23.88103,
          "lon": 30.39577}  # the employer (negatives)
PACK_FIX = (-23.880871, 30.396012)
UNION = {"name": "Limpopo Farm and Packhouse Workers' Union", "short": "LFPWU"}
MEMBER = "LFPWU-0719-3321"  # her union number (personal.sensitive: trade-union membership)
STAFF = "LVAE-QC-0388"  # her employee number at the estate (id.user)
STEWARD = ("Mpho Chauke", "+27735550192")  # the shop steward (typed: contact.*)

# --- Vuhosi Online (the traditional council's services) -------------------------------------------
COUNCIL = {"id": "tc_xik", "name": "Xikukwani Traditional Council", "lat": -23.40561,
           "lon": 30.63011}  # (negatives)
COUNCIL_FIX = (-23.405588, 30.630174)
STAND_AT = [(-23.421102, 30.612481), (-23.421255, 30.612803), (-23.421540, 30.612641),
            (-23.421390, 30.612316)]  # the business stand she applies for (hers: precise)
RESIDENT = "XTC-R-05512"  # her household's register number at the council (id.user)
HEADMAN = "Ntsako Mathebula"  # the village headman (ndhuna), typed: contact.name

# --- Kulani (the clinic's child-health booklet) ---------------------------------------------------
CLINIC = {"id": "cl_mav", "name": "Mavalani Clinic", "phone": "+27158510233",
          "lat": -23.41733, "lon": 30.62244}  # (negatives)
CLINIC_FIX = (-23.417351, 30.622418)

# --- Rendzo Rihanyo (a travel clinic for her trips to Mozambique) ---------------------------------
TRAVEL = {"id": "tc_tzn", "name": "Tzaneen Travel Health Clinic", "phone": "+27153070415",
          "lat": -23.83347, "lon": 30.16211}  # (negatives)
TRAVEL_FIX = (-23.833455, 30.162139)
FILE = "TTH-2025-1182"  # her travel-clinic file number (health.medical, a record number)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ts: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Xitsonga first with ``ts``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ts-ZA,ts;q=0.9,en-ZA;q=0.8" if ts else "en-ZA,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "ts_ZA") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modele": L("Pixel 8", DEV), "os": L("Android 14", DEV), "ririmi": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "ts_ZA") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"push_token": L(token, DID), "xitirhisiwa_id": L(INSTALL_ID, DID),
            **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a note): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ADDR", "BANK", "BIRTH", "BROTHER_IL", "BUY", "CARRIER", "CEMETERY", "CLINIC",
           "CLINIC_FIX", "COARSE", "COUNCIL", "COUNCIL_FIX", "CRED", "DAUGHTER", "DEPOT", "DEV",
           "DID", "ESTATE", "FATHER_IL", "FILE", "FIT", "GENDER", "GRAVE_FIX", "HEADMAN", "HOME",
           "HOME_AT", "HUSBAND", "MAIL", "MAPUTO_ADDR", "MASON", "MED", "MEDIA", "MEMBER",
           "MOTHER_IL", "NAMEC", "NID", "ORDER", "PACK_FIX", "PASSPORT", "PAY", "PERMIT",
           "PRECISE", "RESIDENT", "SA_ID", "SEARCH", "SENS", "SISTER_US", "STAFF", "STAND_AT",
           "STEWARD", "TEL", "TEXT", "TRAVEL", "TRAVEL_FIX", "TZ", "UID", "UNION", "USAGE",
           "VELD_FIX", "WAYBILL", "WIFI", "YARD", "YARD_FIX", "ZA_NET", "dev_block", "fix", "hd",
           "obj", "push", "sa_id"]
