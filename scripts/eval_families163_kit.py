"""Helpers for the hundred-and-sixty-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Frankfurt am Main (Bornheim) with her
Eritrean husband Filmon Ghebremedhin, their son Abel Filmon (5; Eritrean naming: his second name is
his father's first name) and their baby daughter Selam Filmon (born in October 2025); the family
spends December and January in Asmara at her mother-in-law Saba Woldemichael's house in Geza Banda.
Her phone keeps its US SIM (the profile's) and roams on a German network in Frankfurt and on an
Eritrean one in Asmara. Her places (the Bornheim flat, the Asmara house, her fixes at the cinema,
on the architecture walk, at the fair-price shop, the orthopaedic workshop, the therapy centre and
the community hall) are hers (``location.precise`` where sent); the businesses' and landmarks'
points, names, phones and addresses are negatives.

Numbers: her German health-insurance number (KVNR, letter + 8 digits + check digit, the
alternating 1-2 weights over the letter's two digits computed here) and Abel's; her German IBAN
(mod-97 check digits computed); her Eritrean residence card and Saba's and Filmon's Eritrean
national ID numbers (Eritrea publishes no check-digit scheme: plain digit strings as printed).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]

# --- where each app runs (zone, country, currency, city, region, visited network) -----------------
ASMARA = {
    "tz": "Africa/Asmara",
    "cc": "ER",
    "cc3": "ERI",
    "cur": "ERN",
    "city": "Asmara",
    "region": "MA",
    "net": "65701",
    "locale": "en_ER",
    "al": "ti-ER,ti;q=0.9,en;q=0.8",
}
FRANKFURT = {
    "tz": "Europe/Berlin",
    "cc": "DE",
    "cc3": "DEU",
    "cur": "EUR",
    "city": "Frankfurt am Main",
    "region": "HE",
    "net": "26203",
    "locale": "en_DE",
    "al": "ti-DE,ti;q=0.9,de;q=0.8,en;q=0.7",
}
IN_ASMARA = {"ekranna", "hidmowalk", "kuponay"}


def where(app: App) -> dict[str, str]:
    return ASMARA if app.fam in IN_ASMARA else FRANKFURT


# --- family and documents -------------------------------------------------------------------------
HUSBAND = ("Filmon Ghebremedhin", "+4915114207731")  # typed by her: contact.*
SON = {
    "first": "Abel",
    "last": "Filmon",
    "dob": "2020-08-11",
    "sex": "wedi",
    "kvnr": "A730192644",
}  # a data subject (his insurance number health.medical, set 37)
BABY = {"first": "Selam", "last": "Filmon", "dob": "2025-10-02"}  # christened at 80 days
MOTHER_IL = ("Saba Woldemichael", "+2917214836", "0981734")  # name, phone, Eritrean national ID
SISTER_IL = ("Senait Ghebremedhin", "+2917160294")  # her sister-in-law in Asmara
HUSBAND_NID = "1123569"  # Filmon's Eritrean national ID (personal.national_id)
RESIDENCE = "RC-00417732"  # her Eritrean residence card (personal.national_id)
KVNR = "K482153074"  # her German health-insurance number (health.medical, as set 37)
DE_IBAN = "DE74500105170648213779"  # her German account (financial.payment)

# --- homes ----------------------------------------------------------------------------------------
FFM_HOME = {
    "line": "Berger Strasse 212, 3. OG",
    "area": "Bornheim",
    "town": "Frankfurt am Main",
    "post": "60385",
    "region": "Hessen",
}
FFM_HOME_AT = (50.126841, 8.709732)
ASM_HOME = {
    "line": "Godena 171-3, Geza 14",
    "area": "Geza Banda",
    "town": "Asmara",
    "zoba": "Maekel",
}
ASM_HOME_AT = (15.330912, 38.924136)

# --- Ekranna (an Asmara art-deco cinema's tickets and bar) ----------------------------------------
CINEMA = {
    "id": "sn_marhaba",
    "name": "Cinema Marhaba",
    "phone": "+2911120455",
    "line": "Harnet Avenue 88",
    "lat": 15.33471,
    "lon": 38.93021,
}  # (negatives)
CINEMA_FIX = (15.334688, 38.930247)
CINE_CARD = "EK-ASM-20417"  # her cinema member card (id.user)
CINE_ORDER = "EKT-2512-0881"  # a ticket order (financial.purchase)

# --- Hidmowalk (a self-guided modernist-architecture audio walk in Asmara) ------------------------
STOPS = [
    ("st_tagliero", "Fiat Tagliero", 15.33212, 38.92731),
    ("st_impero", "Cinema Impero", 15.33502, 38.93237),
    ("st_zilli", "Bar Zilli", 15.33591, 38.93101),
    ("st_cathedral", "Cathedral of Asmara", 15.33663, 38.93375),
]  # public landmarks
WALK_FIXES = [
    (15.332187, 38.927402),
    (15.333941, 38.929862),
    (15.335011, 38.932288),
    (15.335902, 38.931077),
    (15.336588, 38.933711),
]  # her phone on the walk
WALK_PASS = "HW-PASS-77120"  # her walk pass (financial.purchase)

# --- Kuponay (a neighbourhood fair-price shop's household quota card, Asmara) ---------------------
SHOP = {
    "id": "dk_gb07",
    "name": "Dkuan Geza Banda 7",
    "lat": 15.33021,
    "lon": 38.92288,
    "phone": "+2911185207",
}  # (negatives)
SHOP_FIX = (15.330198, 38.922913)
HOUSEHOLD = "BS-MK-04-11873"  # the household card's number (id.user)

# --- Egrifit (a Frankfurt orthopaedic workshop's custom insoles) ----------------------------------
WORKSHOP = {
    "id": "ow_bh",
    "name": "Orthowerk Bornheim",
    "phone": "+49699431207",
    "line": "Saalburgstrasse 41",
    "lat": 50.12744,
    "lon": 8.71132,
}  # (negatives)
WORKSHOP_FIX = (50.127421, 8.711298)
ORTHOPAEDIST = ("Dr. med. Katrin Weller", "+49699431880")  # the prescriber (typed: contact.*)
INSOLE_ORDER = "OW-26-00318"  # (financial.purchase)

# --- Mehzo (an early-intervention centre's parent app; Abel's autism therapy) ---------------------
CENTRE = {
    "id": "ff_nordend",
    "name": "Kinderhaus Bruecke Fruehfoerderung",
    "phone": "+49695071190",
    "lat": 50.13021,
    "lon": 8.69370,
}  # (negatives)
CENTRE_FIX = (50.130188, 8.693741)
THERAPIST = ("Miriam Albers", "m.albers@bruecke.example.org")  # typed by her: contact.*
CHILD_FILE = "FF-2025-0471"  # Abel's file at the centre (health.medical, a record number)

# --- Birisko (an online biriscola card game) ------------------------------------------------------
PLAYER = "JaneAsmarina"  # her player name (id.user)

# --- Gezana (an Eritrean community association's hall, Saturday school and tombola) ---------------
HALL = {
    "id": "hl_gallus",
    "name": "Gezana Gemeindesaal",
    "line": "Mainzer Landstrasse 301",
    "lat": 50.10402,
    "lon": 8.64411,
    "phone": "+49697312200",
}  # (negatives)
HALL_FIX = (50.104012, 8.644148)
MEMBER = "GZ-M-00731"  # her membership number (id.user)
HALL_BOOKING = "GZ-HB-2602-014"  # the hall booked for Selam's christening feast (purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(
    app: App, rng: random.Random, iid: str, *, how: str = "plain", ti: bool = True, **kw: Any
) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Tigrinya first with ``ti``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L(where(app)["al"] if ti else "en-US,en;q=0.9", DEV)
    return h


def mesarhi(app: App, token: str) -> dict[str, Any]:
    """A first-party push registration body in the apps' Tigrinya keys (``device.info`` and
    ``id.device``): ``mesarhi`` device, ``qanqa`` language, ``seatawi_kilil`` time zone."""
    w = where(app)
    return {
        "push_token": L(token, DID),
        "mesarhi_id": L(INSTALL_ID, DID),
        "modeli": L("Pixel 8", DEV),
        "os": L("Android 14", DEV),
        "qanqa": L("ti", DEV),
        "seatawi_kilil": L(w["tz"], DEV),
    }


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a seat hold, a session, a table): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ASMARA",
    "ASM_HOME",
    "ASM_HOME_AT",
    "BABY",
    "CENTRE",
    "CENTRE_FIX",
    "CHILD_FILE",
    "CINEMA",
    "CINEMA_FIX",
    "CINE_CARD",
    "CINE_ORDER",
    "DE_IBAN",
    "FFM_HOME",
    "FFM_HOME_AT",
    "FRANKFURT",
    "HALL",
    "HALL_BOOKING",
    "HALL_FIX",
    "HOUSEHOLD",
    "HUSBAND",
    "HUSBAND_NID",
    "INSOLE_ORDER",
    "KVNR",
    "MEMBER",
    "MOTHER_IL",
    "ORTHOPAEDIST",
    "PLAYER",
    "RESIDENCE",
    "SHOP",
    "SHOP_FIX",
    "SISTER_IL",
    "SON",
    "STOPS",
    "THERAPIST",
    "WALK_FIXES",
    "WALK_PASS",
    "WORKSHOP",
    "WORKSHOP_FIX",
    "fix",
    "hd",
    "mesarhi",
    "obj",
    "where",
]
