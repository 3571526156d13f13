"""Helpers for the hundred-and-thirty-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Lilongwe (Malawi) with her
Malawian husband Chikondi Phiri and their son Taonga (three), her US SIM roaming on a visited
network; she also keeps a local mobile-money number. Her places (her Area 47 house, her fixes at
the church, the health centre, the screening point, the kabaza stage and the market, her
husband's family's groundnut plot and goat kraal near Dowa) are hers (``location.precise`` where
sent); the stove programme's depot, the groundnut depot, the health centre, the screening point,
the kabaza stage, the church and the vets are businesses', a programme's or a congregation's
(negatives). People: her husband (``contact.*`` when she types him), their son (a data subject:
his name, birth date, sex and under-five card number are labelled), her mother-in-law Agnes (a
kabaza ride booked for her), a church friend, the family she passes goats on to, her US doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Blantyre"
ROAM_MCCMNC, ROAM_NET = "65099", "Example Nyasa Mobile"  # the visited network (carrier)

# --- her Lilongwe life ----------------------------------------------------------------------------
HOME = {"line": "Plot 47/2/318, Area 47 Sector 2", "area": "Area 47", "city": "Lilongwe",
        "region": "Central Region"}
HOME_AT = (-13.936514, 33.768207)  # her house (location.precise where sent)
HUSBAND = ("Chikondi Phiri", "+265991234870")  # typed by her: contact.*
SON = {"first": "Taonga", "last": "Phiri", "dob": "2022-03-09", "sex": "male",
       "u5": "U5-MTH-22-0391"}  # a data subject; u5: his under-five health card (health.medical)
MOTHER_IN_LAW = ("Agnes Phiri", "+265888410276")  # a kabaza ride booked for her: contact.*
FRIEND = ("Thokozani Banda", "+265995530218")  # a church friend she names
PASS_ON_TO = ("Esther Mbewe", "+265999187264")  # the family that receives her goats' kids
US_DOCTOR = ("Dr. Laura Kim", "lkim@womenshealth.example.com")  # her US gynaecologist
RESIDENCE_PERMIT = "MW-RP-2025-118204"  # her residence permit (personal.national_id)
MOMO = "+265884401937"  # her local mobile-money number (contact.phone)
MW_ACCOUNT = "1004471938"  # her Lilongwe bank account (financial.payment)
VILLAGE = {"village": "Mwase", "ta": "Chiwere", "district": "Dowa"}  # husband's home village

# --- Mbaula Yathu (an improved-cookstove carbon programme; Chichewa API) --------------------------
STOVE_HH = "MBY-LL-047-00918"  # her household's programme number (id.user)
STOVE = {"serial": "CSM-2207-41882", "sensor": "SUM-88-10293", "ble": "D8:3A:11:90:4C:E7",
         "fw": "2.3.1"}  # the stove and its use monitor (negatives)
STOVE_DEPOT = {"id": "dp_kanengo", "name": "Kanengo Stove Depot", "lat": -13.89114,
               "lon": 33.80452, "phone": "+265111555402"}  # the programme's depot (negatives)
KITCHEN_AT = (-13.936547, 33.768166)  # her kitchen at home (hers)

# --- Mtedza Bwino (a groundnut buyer: seed on credit, aflatoxin-tested lots) ----------------------
GROWER = "MTB-DW-30417"  # her grower number (id.user)
PLOT = [(-13.612204, 33.938117), (-13.612931, 33.939250), (-13.613802, 33.938472),
        (-13.613017, 33.937390)]  # the family plot's corners (hers: precise)
FARM_AT = (-13.612811, 33.938302)  # her fix on the plot
GN_DEPOT = {"id": "gd_dowa", "name": "Dowa Turnoff Depot", "lat": -13.65412, "lon": 33.93007,
            "phone": "+265111555210"}  # the buyer's depot (negatives)
SEED_LOAN = "SL-25-0712"  # her seed loan (financial.purchase)
GRN = "GRN-25-DW-04417"  # the goods-received note of her sale (financial.purchase)

# --- Sikelo (an under-five clinic's growth and immunisation app) ----------------------------------
CLINIC = {"id": "hc_mth", "name": "Mthunzi Health Centre", "lat": -13.94507, "lon": 33.78114,
          "phone": "+265111555318"}  # the health centre (negatives)
CLINIC_FIX = (-13.945052, 33.781166)
SCALE = {"serial": "SCL-U5-7710", "fw": "1.2.0"}  # the clinic's Bluetooth scale (negatives)

# --- Yesani (a cervical-screening programme: HPV self-sampling) -----------------------------------
CLIENT_NO = "YS-LL-118204"  # her screening client number (health.medical)
KIT = "HPV-7731-2049"  # her self-sampling kit's barcode (health.medical: her specimen)
SITE = {"id": "vs_kawale", "name": "Kawale Women's Screening Point", "lat": -13.96871,
        "lon": 33.79012}  # the screening point (negatives)
SITE_FIX = (-13.968735, 33.790094)

# --- Njinga (a bicycle-taxi, kabaza, app) ---------------------------------------------------------
STAGE = {"id": "stg_a47", "name": "Area 47 Kabaza Stage", "lat": -13.93802, "lon": 33.77055}
MARKET_AT = (-13.983318, 33.781275)  # the market gate where she is dropped (her trip: hers)
RIDER = {"id": "rd_2291", "name": "Blessings Mvula", "bike": "LL-BK-2291",
         "phone": "+265994410087"}  # the rider (the business's side: negatives)
TRIP = "NJ-25-88214"  # her trip (financial.purchase)

# --- Sabata (a Seventh-day Adventist congregation's app) ------------------------------------------
CHURCH = {"id": "sda_a47", "name": "Area 47 Seventh-day Adventist Church", "lat": -13.93188,
          "lon": 33.76402}  # the church (a negative as a place)
CHURCH_FIX = (-13.931902, 33.764041)
MEMBER = "CMC-A47-0291"  # her member number (id.user)

# --- Mphatso (a goat pass-on programme) -----------------------------------------------------------
BENEFICIARY = "MPH-DW-0588"  # her beneficiary number (id.user)
KRAAL_AT = (-13.611842, 33.938604)  # the family's goat kraal in the village (hers)
GOAT_TAGS = ["MW-GT-44120", "MW-GT-44121", "MW-GT-44122"]  # ear tags (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ny: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Malawi, Chichewa with ``ny``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ny-MW,ny;q=0.9,en;q=0.8" if ny else "en-MW,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_MW") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MW") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot, a sample, a trip leg, a class): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "BENEFICIARY",
    "CHURCH",
    "CHURCH_FIX",
    "CLIENT_NO",
    "CLINIC",
    "CLINIC_FIX",
    "FARM_AT",
    "FRIEND",
    "GN_DEPOT",
    "GOAT_TAGS",
    "GRN",
    "GROWER",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "KIT",
    "KITCHEN_AT",
    "KRAAL_AT",
    "MARKET_AT",
    "MEMBER",
    "MOMO",
    "MOTHER_IN_LAW",
    "MW_ACCOUNT",
    "PASS_ON_TO",
    "PLOT",
    "RESIDENCE_PERMIT",
    "RIDER",
    "ROAM_MCCMNC",
    "ROAM_NET",
    "SCALE",
    "SEED_LOAN",
    "SITE",
    "SITE_FIX",
    "SON",
    "STAGE",
    "STOVE",
    "STOVE_DEPOT",
    "STOVE_HH",
    "TRIP",
    "TZ",
    "US_DOCTOR",
    "VILLAGE",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
