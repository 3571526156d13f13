"""Helpers for the hundred-and-thirty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Nuku'alofa (Tongatapu, Tonga)
with her Tongan husband Sione Taufa, her US SIM roaming; their son Viliami (10) goes to a
primary school in town and plays in its brass band. Her places (her Havelu house, her fixes at
the tapa group's hall, the family's tax allotment near Vaini, the packhouse, the family-history
centre, the heart clinic, the customs depot, the show ground) are hers (``location.precise``
where sent); the hall, the packhouse, the wharf's depot, the clinic, the school, the centre and
the show ground are businesses', a church's or the government's (negatives as places). People:
her husband (``contact.*`` when she types him), their son (a data subject: his name, birth date,
sex, student and patient numbers are labelled), a tapa-group sister, her sister in Utah who
ships the barrel, her husband's late grandparents in the family tree, the clinic's nurse.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Tongatapu"

# --- her Nuku'alofa life --------------------------------------------------------------------------
HOME = {"line": "Lot 22 Taufa'ahau Road", "area": "Havelu", "town": "Nuku'alofa",
        "island": "Tongatapu", "district": "Kolofo'ou"}
HOME_AT = (-21.152637, -175.198214)  # her house (location.precise where sent)
HUSBAND = ("Sione Taufa", "+6768841207")  # typed by her: contact.*
SON = {"first": "Viliami", "last": "Taufa", "dob": "2015-08-03", "sex": "boy",
       "student": "MPS-2021-0388", "patient": "THC-P-20931"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net",
             "4410 W Juniper Hollow Dr, Taylorsville, UT 84129")  # ships the barrel
TAPA_SISTER = ("Mele Fifita", "+6768812235")  # a tapa-group sister she names
PERMIT = "TRP-2024-088127"  # her Tongan residence permit (personal.national_id)
TIN = "100448213"  # her taxpayer number (personal.national_id)
PASSPORT = "583204917"  # her US passport (personal.national_id)
TO_ACCOUNT = "0104-2288193-001"  # her Nuku'alofa bank account (financial.payment)

# --- Kupesi (a women's tapa-making group: rota, bark, design boards, shares) ----------------------
HALL = {"id": "fk_hvl", "name": "Fale Koka'anga Havelu", "lat": -21.15402, "lon": -175.19733,
        "phone": "+6762334018"}  # the group's hall (negatives)
HALL_FIX = (-21.154011, -175.197362)  # her phone at the hall
MEMBER = "KK-HVL-0117"  # her member number in the group (id.user)
NGATU_ORDER = "NG-25-0442"  # a commissioned ngatu she pays into (financial.purchase)

# --- Sikuasi (squash export growers) --------------------------------------------------------------
GROWER = "SQ-TT-30412"  # her grower number (id.user)
PACKHOUSE = {"id": "ph_nkf", "name": "Nuku'alofa Squash Packhouse", "lat": -21.13188,
             "lon": -175.18912, "phone": "+6762371150"}  # negatives
PACKHOUSE_FIX = (-21.131902, -175.189087)
ALLOT = [(-21.196114, -175.166302), (-21.196871, -175.165140), (-21.197702, -175.165833),
         (-21.196955, -175.167011)]  # the family's tax allotment near Vaini (hers: precise)
BIN_DOCKET = "PH-25-11870"  # a packhouse delivery docket (financial.purchase)

# --- Tohihohoko (a church's family-history app) ---------------------------------------------------
CENTRE = {"id": "fhc_nku", "name": "Nuku'alofa Family History Centre", "lat": -21.13977,
          "lon": -175.21286}  # the centre (a negative as a place)
CENTRE_FIX = (-21.139788, -175.212841)
RECORD = "FH-KW9-3L2"  # her person ID in the church's tree (id.user)
ANCESTORS = [("Sione Taufa Lolohea", "1921", "1988"), ("Salote Lolohea", "1925", "2003")]

# --- Mafumoui (a children's rheumatic-heart programme: monthly penicillin) ------------------------
CLINIC = {"id": "thc_tof", "name": "Tofoa Children's Heart Clinic", "phone": "+6762320044",
          "lat": -21.16231, "lon": -175.20874}  # negatives
CLINIC_FIX = (-21.162297, -175.208771)
NURSE = ("Sister Losana Havili", "l.havili@tofoaheart.example.org")  # typed: contact.*

# --- Palasipani (the school brass band's parents' app) --------------------------------------------
SCHOOL = {"id": "sch_mps", "name": "Mateialona Primary School", "lat": -21.14108,
          "lon": -175.19966, "phone": "+6762321907"}  # negatives
PARADE_FIX = (-21.136412, -175.203318)  # her phone at the festival parade
INSTRUMENT = {"id": "ins_0412", "kind": "cornet", "serial": "YCR-2330-88104"}  # negatives

# --- Paelo (a barrel/box shipping and customs-clearance app) --------------------------------------
DEPOT = {"id": "dp_qsw", "name": "Queen Salote Wharf Depot", "lat": -21.12702,
         "lon": -175.18655}  # negatives
DEPOT_FIX = (-21.127041, -175.186533)
SHIPMENT = "PL-UT-2511-4471"  # her barrel's consignment number (financial.purchase)
ENTRY = "CE-2025-118204"  # the customs entry number (financial.purchase)

# --- Fakaaliali (the agricultural show's exhibitor app) -------------------------------------------
SHOW = {"id": "shw_25", "name": "Tongatapu Agricultural Show 2025", "lat": -21.14581,
        "lon": -175.20612}  # the ground (negatives)
SHOW_FIX = (-21.145833, -175.206088)
EXHIBITOR = "EXH-25-0931"  # her exhibitor number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", to: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Tonga, Tongan with ``to``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("to-TO,to;q=0.9,en;q=0.8" if to else "en-TO,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_TO") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_TO") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a rota slot, a bin, a person in the tree): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ALLOT", "ANCESTORS", "BIN_DOCKET", "CENTRE", "CENTRE_FIX", "CLINIC", "CLINIC_FIX",
           "DEPOT", "DEPOT_FIX", "ENTRY", "EXHIBITOR", "GROWER", "HALL", "HALL_FIX", "HOME",
           "HOME_AT", "HUSBAND", "INSTRUMENT", "MEMBER", "NGATU_ORDER", "NURSE", "PACKHOUSE",
           "PACKHOUSE_FIX", "PARADE_FIX", "PASSPORT", "PERMIT", "RECORD", "SCHOOL", "SHIPMENT",
           "SHOW", "SHOW_FIX", "SISTER_US", "SON", "TAPA_SISTER", "TIN", "TO_ACCOUNT", "TZ",
           "dev_block", "fix", "hd", "obj", "push"]
