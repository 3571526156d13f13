"""Helpers for the hundred-and-sixty-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Bastia (Haute-Corse, Corsica, France) with
her Corsican husband Ghjuvan Petru ("Petru") Santoni, her US SIM roaming; their son Lisandru
(10) rides at a pony club in Biguglia; her mother-in-law Maria Santoni lives in Ajaccio; the
family's stone house and chestnut grove are in Piedicroce (Castagniccia). As a resident she has
a French social security number (NIR, 13 digits and its key 97 - n mod 97, born abroad:
department 99, country 404), so have her husband and son (born in Bastia, 2B033: ``2B`` counts
as 18 in the key); her French tax number (13 digits, the last three the first ten mod 511);
their joint account's IBAN (valid RIB key and IBAN check). Her places (the Bastia flat, the
village house, the grove's corners, her fixes at the radiotherapy centre, the pony club, the
canyon, the shepherd's fold, the sport-health gym) are hers (``location.precise`` where sent);
the centre, the club, the canyon's meeting point, the shepherd's fold and market stall, the gym,
the cooperative's mill and the fire station are businesses' or public bodies' (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Paris"

# --- her Bastia life ------------------------------------------------------------------------------
HOME = {"line": "14 Boulevard Paoli, 4e etage", "area": "Centru", "town": "Bastia",
        "region": "Haute-Corse", "post": "20200"}
HOME_AT = (42.700312, 9.447118)  # their flat (location.precise where sent)
VILLAGE = {"line": "Casa Santoni, Lieu-dit Campana", "town": "Piedicroce", "post": "20229",
           "region": "Castagniccia"}
VILLAGE_AT = (42.378912, 9.370355)  # the family's stone house in the village (hers)
HUSBAND = ("Ghjuvan Petru Santoni", "+33639980412")  # typed by her: contact.*
HUSBAND_NIR = "186032B03304187"  # his NIR with its key (personal.national_id)
SON = {"first": "Lisandru", "last": "Santoni", "dob": "2015-11-03", "sex": "masciu",
       "nir": "115112B03305294"}  # a data subject (his NIR: on his parent's card)
MOTHER_IL = ("Maria Santoni", "+33639980577")  # her mother-in-law in Ajaccio
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
NIR = "291059940411711"  # her NIR with its key (personal.national_id)
NIR_SPACED = "2 91 05 99 404 117 11"
TAX_NO = "3012845567298"  # her French tax number (personal.national_id)
FR_IBAN = "FR7620041010050512345022112"  # their joint account (financial.payment)

# --- Raghju (a radiotherapy centre's patient app) -------------------------------------------------
CENTRE = {"id": "rt_bst01", "name": "Centru di Radioterapia di u Golfu", "phone": "+33495550140",
          "lat": 42.68144, "lon": 9.43262}  # the centre (negatives)
CENTRE_FIX = (42.681421, 9.432657)
PATIENT = "RTB-2026-00871"  # her patient file number (health.medical)
MUTUELLE = "MCS-44810-2209"  # her complementary-insurance member number (health.medical)

# --- Cavallu (the son's pony club) ----------------------------------------------------------------
CLUB = {"id": "cl_bigu", "name": "Poney Club di Biguglia", "phone": "+33495550171",
        "lat": 42.62708, "lon": 9.42035}  # the club (negatives)
CLUB_FIX = (42.627062, 9.420391)
RIDER_LIC = "FL-2611-0937R"  # Lisandru's rider licence number (id.user: his account there)

# --- Forra (a canyoning guides' booking app, Bavella) ---------------------------------------------
MEETING = {"id": "mp_purc", "name": "Parking di a Purcaraccia", "lat": 41.80462,
           "lon": 9.24118}  # the meeting point (negative)
CANYON_FIX = (41.801277, 9.236915)  # her phone in the canyon
TRIP = "FR-BV-260719-04"  # their booking (financial.purchase)

# --- Pasturu (a shepherd's cheese subscription and transhumance walk) ----------------------------
FOLD = {"id": "pa_niolu", "name": "Bercail Acquaviva", "lat": 42.33452, "lon": 9.01031,
        "phone": "+33495550188"}  # the shepherd's fold (negatives)
STALL = {"id": "mk_bst", "lat": 42.69766, "lon": 9.45102}  # the market stall in Bastia
WALK_FIX = (42.351208, 8.997412)  # her phone on the transhumance path
SUBSCRIBER = "PAS-0413"  # her subscription account (id.user)

# --- Castagnu (the chestnut-flour cooperative) ----------------------------------------------------
GROVE_AT = [(42.381021, 9.372114), (42.381662, 9.373409), (42.380743, 9.374220),
            (42.380117, 9.372860)]  # the family's chestnut grove (hers: precise)
MILL = {"id": "ml_orezza", "name": "Mulinu di Orezza", "lat": 42.37402,
        "lon": 9.38231}  # the cooperative's mill (a negative)
MEMBER = "CST-S-0217"  # her cooperative member number (id.user)

# --- Muvimentu (a prescribed adapted-exercise programme) ------------------------------------------
GYM = {"id": "gy_bst", "name": "Casa Sport Salute Bastia", "lat": 42.70452,
       "lon": 9.44571}  # (negatives)
GYM_FIX = (42.704538, 9.445693)
BENEF = "APA-2B-31188"  # her programme file (health.medical: a care programme's record)

# --- Machja (brush-clearing duty and wildfire alerts) ---------------------------------------------
STATION = {"id": "cs_orezza", "lat": 42.37722, "lon": 9.39011}  # the fire station (negative)
PARCEL = "B-0412"  # the cadastral parcel (no type fits; negative as set 151's plate)
DECL = "OLD-2B-2026-1177"  # her clearing declaration file (id.user: her file at the office)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", co: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Corsican and French first with
    ``co``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("co-FR,fr-FR;q=0.9,en;q=0.8" if co else "en-FR,en;q=0.9,fr;q=0.8",
                             DEV)
    return h


def dev_block(lang: str = "en_FR") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``), Corsican keys."""
    return {"mudellu": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lingua": L(lang, DEV),
            "fusu_orariu": L(TZ, DEV)}


def push(token: str, lang: str = "en_FR") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"token_push": L(token, DID), "id_apparechju": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a lesson, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BENEF", "CANYON_FIX", "CENTRE", "CENTRE_FIX", "CLUB", "CLUB_FIX", "DECL", "FOLD",
           "FR_IBAN", "GROVE_AT", "GYM", "GYM_FIX", "HOME", "HOME_AT", "HUSBAND", "HUSBAND_NIR",
           "MEETING", "MEMBER", "MILL", "MOTHER_IL", "MUTUELLE", "NIR", "NIR_SPACED", "PARCEL",
           "PATIENT", "RIDER_LIC", "SISTER_US", "SON", "STALL", "STATION", "SUBSCRIBER",
           "TAX_NO", "TRIP", "TZ", "VILLAGE", "VILLAGE_AT", "WALK_FIX", "dev_block", "fix", "hd",
           "obj", "push"]
