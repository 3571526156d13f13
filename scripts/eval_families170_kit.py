"""Helpers for the hundred-and-seventieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) is Dine: her mother's
family is from the St. Michaels / Window Rock area of the Navajo Nation (Arizona), she grew up in
New York with her father and moved back in 2024 with her Dine husband Leon Yazzie and their son
Kaden (10) to a homesite off Navajo Route 12 near St. Michaels; she works in Window Rock and shops
in Gallup (New Mexico). Her US SIM is at home (no roaming). Her places (the homesite, her fixes
at the rodeo grounds, the chapter house, the trading post, the well, her grandmother's hogan) are
hers (``location.precise`` where sent); the chapter house, the rodeo grounds, the trading post,
the propane depot, the water lab, the senior center and the arts market are the businesses' or
the Nation's (negatives). People: her husband (``contact.*`` when she types him), their son (a
data subject: his name, birth date, age, census number and school ID are labelled), her maternal
grandmother Ella Tsosie (a data subject in the elder-care app), her mother in Gallup.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Denver"  # the Navajo Nation keeps daylight time (Arizona around it does not)

# --- her Dine identity (personal.national_id / personal.sensitive) ---------------------------------
CENSUS = "2109477"  # her Navajo Nation census (tribal enrollment) number: personal.national_id
CIB = "CIB-NN-0338164"  # her Certificate of Indian Blood number: personal.national_id
QUANTUM = "1/2 Navajo"  # blood quantum on the CIB: personal.sensitive (ethnic origin)
CLANS = {
    "doonee": "Todichiinii",
    "bashishchiin": "Bilagaana",
    "dabicheii": "Tachiinii",
    "danalii": "Bilagaana",
}  # her four clans: personal.sensitive
SSN = "585-31-0467"  # her social security number (structurally valid): personal.national_id
DL_AZ = "D08812457"  # her Arizona driver licence: personal.national_id

# --- home -----------------------------------------------------------------------------------------
HOME = {
    "line": "Navajo Route 12 mile 4.6, homesite 1143",
    "po": "PO Box 1143",
    "town": "St. Michaels",
    "state": "AZ",
    "zip": "86511",
    "chapter": "Tse Ligai",
}  # street line contact.address; town, zip, chapter coarse
HOME_AT = (35.648213, -109.104672)  # their homesite (location.precise where sent)
HOME_DIRECTIONS = (
    "From the St. Michaels junction go north on N12 4.6 miles, turn right after the "
    "second cattle guard, blue house with the green water tank"
)  # contact.address
HUSBAND = ("Leon Yazzie", "+19285550147")  # typed by her: contact.*
SON = {
    "first": "Kaden",
    "last": "Yazzie",
    "dob": "2015-10-03",
    "sex": "ashkii",
    "age": 10,
    "census": "2381146",
    "school_id": "TLCS-22871",
}  # a data subject
GRANDMA = {
    "first": "Ella",
    "last": "Tsosie",
    "dob": "1941-03-12",
    "census": "0388215",
    "phone": "+19285550163",
    "medicare": "1EG4-TE5-MK72",
}  # her shimasani (data subject)
GRANDMA_AT = (35.702194, -109.061735)  # the grandmother's hogan near Sawmill (precise)
MOTHER = ("Marilyn Tsosie", "+15055550121")  # her mother in Gallup (contact.*)
ROUTING, ACCOUNT = "122104172", "4471902385"  # her checking account (financial.payment)
NET = "310260"  # her home network's MCC/MNC (location.carrier)

# --- businesses and the Nation's places (negatives) -----------------------------------------------
GROUNDS = {
    "id": "rg_bwash",
    "name": "Bonito Wash Rodeo Grounds",
    "lat": 35.67204,
    "lon": -109.06211,
    "phone": "+19285550110",
}
GROUNDS_FIX = (35.672118, -109.062274)  # her phone at the arena
CHAPTER = {
    "id": "ch_tseligai",
    "name": "Tse Ligai Chapter House",
    "lat": 35.65881,
    "lon": -109.09427,
    "phone": "+19285550132",
}
CHAPTER_FIX = (35.658744, -109.094161)
DEPOT = {
    "id": "dp_gallup",
    "name": "Kodzil Propane Gallup",
    "lat": 35.51984,
    "lon": -108.71062,
    "phone": "+15055550188",
}
LAB = {"id": "lab_glp", "name": "Tolikan Water Lab Gallup", "lat": 35.52771, "lon": -108.74133}
WELL_AT = (35.649027, -109.103118)  # their livestock well / cistern fill point (precise)
SENIOR = {
    "id": "sc_tseligai",
    "name": "Tse Ligai Senior Center",
    "lat": 35.65912,
    "lon": -109.09311,
    "phone": "+19285550139",
}
POST = {
    "id": "tp_redmesa",
    "name": "Red Mesa Wash Trading Post",
    "lat": 35.69342,
    "lon": -109.02218,
    "phone": "+19285550171",
}
POST_FIX = (35.693391, -109.022301)
MARKET = {"id": "mk_gallup", "name": "Gallup Arts Market", "lat": 35.52839, "lon": -108.74219}


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(
    app: App, rng: random.Random, iid: str, *, how: str = "plain", nv: bool = False, **kw: Any
) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Navajo first with ``nv``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("nv-US,nv;q=0.9,en-US;q=0.8" if nv else "en-US,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_US") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {
        "model": L("Pixel 8", DEV),
        "os": L("Android 14", DEV),
        "locale": L(lang, DEV),
        "tz": L(TZ, DEV),
    }


def push(token: str, lang: str = "en_US") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID

    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an entry line, a ticket, a sample): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ACCOUNT",
    "CENSUS",
    "CHAPTER",
    "CHAPTER_FIX",
    "CIB",
    "CLANS",
    "DEPOT",
    "DL_AZ",
    "GRANDMA",
    "GRANDMA_AT",
    "GROUNDS",
    "GROUNDS_FIX",
    "HOME",
    "HOME_AT",
    "HOME_DIRECTIONS",
    "HUSBAND",
    "LAB",
    "MARKET",
    "MOTHER",
    "NET",
    "POST",
    "POST_FIX",
    "QUANTUM",
    "ROUTING",
    "SENIOR",
    "SON",
    "SSN",
    "TZ",
    "WELL_AT",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
