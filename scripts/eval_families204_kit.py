"""Helpers for the two-hundred-and-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Kolonia (Pohnpei, Federated States of
Micronesia) with her Pohnpeian husband Kasiano Lihpai and works in Palikir, her US SIM roaming on
the island's network; their daughter Meriam (8) is in the third grade in Kolonia; her mother-in-law
Sohpia Lihpai lives in Madolenihmw (the family's homestead on Temwen side). Her places (their house
in Nett, her fixes at the post office, the passport office, the redemption depot, the dental
clinic, the church, the library, the fish market) are hers (``location.precise`` where sent); the
post office, the passport office, the depot, the clinic, the church, the library and the fish
market are businesses' or the community's (negatives). People: her husband (``contact.*`` when she
types him), their daughter (a data subject: her name, birth date, sex, US social security number,
library card), her mother-in-law, her sister in the US, the dentist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Pohnpei"

# --- her Kolonia life -----------------------------------------------------------------------------
HOME = {"line": "Dolonier Rd, house 14", "area": "Nett", "town": "Kolonia", "state": "Pohnpei",
        "post": "96941"}
HOME_AT = (6.957312, 158.211047)  # their house in Nett (location.precise where sent)
HUSBAND = ("Kasiano Lihpai", "+6919214477")  # typed by her: contact.*
MOTHER_IL = ("Sohpia Lihpai", "+6919257730")  # her mother-in-law in Madolenihmw
DAUGHTER = {"first": "Meriam", "last": "Lihpai", "dob": "2017-03-08", "sex": "lih",
            "ssn": "512-48-3307", "card": "NCL-0008817"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
FSM_SSN = "048-52-7781"  # her FSM social security number (personal.national_id; format assumed)
PASSPORT = "567120934"  # her US passport (personal.national_id)
HUSBAND_PP = "FM0426617"  # the husband's FSM passport (personal.national_id; format assumed)
ROUTING, ACCOUNT = "121301413", "0041887213"  # her checking account (a valid ABA checksum)
FM_NET = "55001"  # the visited network's MCC/MNC while roaming (location.carrier)
MW_VILLAGE, MW = "Temwen", "Madolenihmw"  # the family's village and municipality (coarse)

# --- Pohsopis (the post office's box and mail-notice app) ---------------------------------------
POST_OFFICE = {"id": "po_kol", "name": "Kolonia Post Office", "phone": "+6913202557",
               "lat": 6.96367, "lon": 158.20598}  # (negatives)
COUNTER_FIX = (6.963652, 158.206011)  # her phone at the counter
BOX = "1187"  # her post-office box number (contact.address: her mailing address)
BOX_ACCOUNT = "PO-KOL-1187-02"  # her box-rental account (id.user)
MIL_LINE = "Lohd section, house 3, Temwen"  # the mother-in-law's street line (contact.address)

# --- Pasport Sawas (a passport and consular paperwork helper) -------------------------------------
PP_OFFICE = {"id": "ofc_kol1", "name": "Pasport Sawas Kolonia", "phone": "+6913204471",
             "lat": 6.96431, "lon": 158.20782}  # (negatives)
PP_FIX = (6.964288, 158.207851)
CASE_NO = "PS-26-00417"  # her case file at the service (id.user)

# --- Pwoatolpwurodo (beverage-container deposit refunds) ------------------------------------------
DEPOT = {"id": "dp_nett", "name": "Nett Redemption Depot", "lat": 6.95612, "lon": 158.21731,
         "phone": "+6913201190"}  # (negatives)
DEPOT_FIX = (6.956098, 158.217352)
REDEEMER = "RD-44710"  # her redeemer card (id.user)

# --- Ewenmwahu (an oral-cancer screening programme) -----------------------------------------------
CLINIC = {"id": "oh_kol", "name": "Kolonia Oral Health Centre", "phone": "+6913202215",
          "lat": 6.96188, "lon": 158.20419}  # (negatives)
CLINIC_FIX = (6.961902, 158.204166)
SCREEN_NO = "OHC-2026-0731"  # her screening record number (health.medical)
DENTIST = ("Dr. Lerleen Hadley", "l.hadley@ohc.example.org")  # typed by her: contact.*

# --- Kisakis (a congregation's annual offering rally) ---------------------------------------------
CHURCH = {"id": "ch_nett", "name": "Nett Protestant Church", "lat": 6.95862,
          "lon": 158.21044}  # (negatives as a place)
CHURCH_FIX = (6.958641, 158.210419)
MEMBER = "NPC-M-0588"  # her church membership number (id.user)

# --- Wadawad (the library's children's reading challenge) -----------------------------------------
LIBRARY = {"id": "lib_kol", "name": "Kolonia Community Library", "lat": 6.96012,
           "lon": 158.20955}  # (negatives)
LIBRARY_FIX = (6.960141, 158.209532)
PARENT_CARD = "NCL-0008816"  # her own library card (id.user)

# --- Mwahmwko (the fish market's pre-orders) ------------------------------------------------------
MARKET = {"id": "fm_dek", "name": "Dekehtik Fish Market", "phone": "+6913205588",
          "lat": 6.97811, "lon": 158.21402}  # (negatives)
MARKET_FIX = (6.978087, 158.214061)
BUYER = "MK-B-22190"  # her buyer account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", pon: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Pohnpeian first with ``pon``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("pon-FM,pon;q=0.9,en;q=0.8" if pon else "en-FM,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_FM") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_FM") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an entry, a slot, a lot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCOUNT", "BOX", "BOX_ACCOUNT", "BUYER", "CASE_NO", "CHURCH", "CHURCH_FIX", "CLINIC",
           "CLINIC_FIX", "COUNTER_FIX", "DAUGHTER", "DENTIST", "DEPOT", "DEPOT_FIX", "FM_NET",
           "FSM_SSN", "HOME", "HOME_AT", "HUSBAND", "HUSBAND_PP", "LIBRARY", "LIBRARY_FIX",
           "MARKET", "MARKET_FIX", "MEMBER", "MIL_LINE", "MOTHER_IL", "MW", "MW_VILLAGE",
           "PARENT_CARD", "PASSPORT", "POST_OFFICE", "PP_FIX", "PP_OFFICE", "REDEEMER", "ROUTING",
           "SCREEN_NO", "SISTER_US", "TZ", "dev_block", "fix", "hd", "obj", "push"]
