"""Helpers for the hundred-and-forty-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Majuro (Marshall Islands) with
her Marshallese husband Hemos Jibas, her US SIM roaming; their son Tobin (11) is at primary
school in Majuro. Her places (her Delap house, her fixes at the dock, the screening van, the
feast hall, the canoe house, the church, her husband's family's land parcel on Arno) are hers
(``location.precise`` where sent); the ship, the dock office, the clinic, the hall, the canoe
house, the church and the caterer are businesses', the government's or the church's
(negatives). People: her husband (``contact.*`` when she types him), their son (a data subject:
his name, birth date, sex and school ID are labelled), her sister-in-law Rosalind, the baby
niece whose first-birthday feast she plans, her sewing customers, the land's senior member.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Majuro"

# --- her Majuro life ------------------------------------------------------------------------------
MAJ_HOME = {"line": "Lot 22 Lojjaim Road", "area": "Delap", "town": "Majuro",
            "atoll": "Majuro"}
MAJ_HOME_AT = (7.089431, 171.380626)  # her house (location.precise where sent)
HUSBAND = ("Hemos Jibas", "+6926254471")  # typed by her: contact.*
SON = {"first": "Tobin", "last": "Jibas", "dob": "2014-08-02", "sex": "M",
       "school": "DES-2019-1183"}  # a data subject (sets 29, 35, 37)
SIS_IN_LAW = ("Rosalind Jibas", "+6924557102")  # her husband's sister (typed: contact.*)
NIECE = {"name": "Liana Jibas", "dob": "2024-12-20"}  # the baby whose kemem she plans
NATIONAL_ID = "04-188221"  # her Marshall Islands social security number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
MH_ACCOUNT = "2100448817"  # her Majuro bank account (financial.payment)

# --- Ailinwa (the outer-island field-trip ship's passage and cargo) -----------------------------
DOCK = {"id": "dk_uliga", "name": "Uliga Dock Office", "lat": 7.10522, "lon": 171.37301,
        "phone": "+6926253310"}  # the government's dock (negatives)
DOCK_FIX = (7.105188, 171.373066)  # her phone at the dock
SHIP = {"id": "vsl_mi04", "name": "MV Lomor Kein", "mmsi": "538009912"}  # the ship (negatives)
ARNO_AT = (7.062118, 171.704553)  # the family land's beach on Arno (hers: precise)
PASSENGER = "AW-P-33810"  # her passenger number (id.user)
TICKET = "TKT-FT-2026-0712"  # a ticket (financial.purchase)

# --- Mejaja (a diabetic-eye screening van) -----------------------------------------------------
VAN = {"id": "van_02", "name": "Lagoon Eye Screening Van", "phone": "+6926257730",
       "lat": 7.08812, "lon": 171.37544}  # the van's stop (negatives)
VAN_FIX = (7.088101, 171.375482)
MRN = "LES-77120"  # her screening record number (health.medical)
CAMERA = {"serial": "FCM-9921-A", "fw": "3.2.1"}  # the retinal camera (negatives)

# --- Kememro (a first-birthday feast planner) ---------------------------------------------------
HALL = {"id": "hl_rita", "name": "Rita Community Hall", "lat": 7.11608, "lon": 171.38733,
        "phone": "+6926250021"}  # the hall (negatives)
HALL_FIX = (7.116062, 171.387351)
EVENT = "KM-2025-0488"  # the feast's booking (financial.purchase)

# --- Waanro (a youth traditional-canoe building and sailing programme) ---------------------------
CANOE_HOUSE = {"id": "ch_wam", "name": "Lagoon Canoe House", "lat": 7.08301, "lon": 171.36512,
               "phone": "+6926254090"}  # the programme's shed (negatives)
CANOE_FIX = (7.083044, 171.365098)
FAMILY_NO = "WR-FAM-0312"  # her family account (id.user)

# --- Nuknukro (her home dressmaking order book) ---------------------------------------------------
SHOP_NO = "NK-0077"  # her seamstress account (id.user)
CUSTOMERS = [("Mary Lokeijak", "+6924551908"), ("Ruth Anjain", "+6926257719")]  # contact.*

# --- Jepta (a church's Christmas song-and-dance group) --------------------------------------------
CHURCH = {"id": "jr_delap", "name": "Delap Bethel Congregation", "lat": 7.09044,
          "lon": 171.38221}  # the church (a negative as a place)
CHURCH_FIX = (7.090418, 171.382236)
MEMBER = "DBC-J-0140"  # her jepta member number (id.user)

# --- Wetoro (her husband's family's land-parcel lease records) ------------------------------------
WETO = [(7.063411, 171.703982), (7.064102, 171.705310), (7.062530, 171.706022),
        (7.061884, 171.704631)]  # the parcel's corners (the family's land: precise)
WETO_ID = "ARN-W-118"  # the parcel's registry number (a negative: a land record)
ALAP = ("Kilon Jibas", "+6924553318")  # the parcel's senior member (typed: contact.*)
LEASE = "LS-2026-0093"  # a lease receipt (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mh: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Marshallese first with ``mh``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("mh-MH,mh;q=0.9,en;q=0.8" if mh else "en-MH,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_MH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID: a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))

__all__ = ["ALAP", "ARNO_AT", "CAMERA", "CANOE_FIX", "CANOE_HOUSE", "CHURCH", "CHURCH_FIX",
           "CUSTOMERS", "DOCK", "DOCK_FIX", "EVENT", "FAMILY_NO", "HALL", "HALL_FIX", "HUSBAND",
           "LEASE", "MAJ_HOME", "MAJ_HOME_AT", "MEMBER", "MH_ACCOUNT", "MRN", "NATIONAL_ID",
           "NIECE", "PASSENGER", "PASSPORT", "PDF", "SHIP", "SHOP_NO", "SIS_IN_LAW", "SON",
           "TICKET", "TZ", "VAN", "VAN_FIX", "WETO", "WETO_ID", "dev_block", "fix", "hd", "obj",
           "push"]
