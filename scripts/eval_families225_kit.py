"""Helpers for the two-hundred-and-twenty-fifth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Tamale (Northern Region, Ghana)
with her Dagomba husband Abdul-Rauf Sulemana, a secondary-school teacher, her US SIM roaming
(visited network 620-01); their son Mahama (15) is in JHS 3 in Tamale and writes the BECE this
year; her mother-in-law Hajia Memunatu Sulemana lives in the family compound in Yendi, where her
father-in-law Alhaji Sulemana Iddrisu died in November 2025; her sister-in-law Azara Sulemana is a
nurse in Tamale. Her places (the rented house in Kalpohin, her fixes at the clinic, the Yendi
compound and its guinea-fowl pens, the school gate) are hers (``location.precise`` where sent); the
clinic, the hatchery, the chief imam's office, the JHS, the tricycle rank, the water factory and
the landlord's house are businesses' or public (negatives). People: her husband (``contact.*``
when she types him; his Ghana Card ``personal.national_id``), their son (a data subject: his
name, birth date, sex and BECE index number are labelled), her mother-in-law, her
sister-in-law, her sister in the US, the landlord.
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

# --- her Tamale life ------------------------------------------------------------------------------
TML_HOME = {"line": "H/No. 27 Kalpohin Estate Road", "area": "Kalpohin", "town": "Tamale",
            "region": "Northern Region", "gps": "NT-0321-5718"}  # GhanaPostGPS: contact.address
TML_HOME_AT = (9.421538, -0.861247)  # the rented house (location.precise where sent)
HUSBAND = ("Abdul-Rauf Sulemana", "+233244170356")  # typed by her: contact.*
HUSBAND_CARD = "GHA-712034568-4"  # his Ghana Card (personal.national_id)
MOTHER_IL = ("Memunatu Sulemana", "+233208814472")  # her mother-in-law in Yendi
SISTER_IL = ("Azara Sulemana", "+233547219903")  # her sister-in-law, a nurse in Tamale
FATHER_IL = "Sulemana Iddrisu"  # her late father-in-law (a name: contact.name)
SON = {"first": "Mahama", "last": "Sulemana", "dob": "2011-03-09", "sex": "male",
       "index": "0080417023", "school": "jhs_choggu"}  # a data subject
SISTER_US = ("Laura Doe", "+15550147731", "laura.doe@example.net")  # her sister in Oregon
RESIDENCE = "GIS-RP-25-118273"  # her Ghana residence permit (personal.national_id)
PASSPORT = "593018462"  # her US passport (personal.national_id)
WALLET = "+233551046288"  # her local mobile-money wallet number (contact.phone)
GH_ACCOUNT = "1441003928175"  # her cedi bank account number (financial.payment)
GH_NET = "62001"  # the visited network's MCC/MNC while roaming (location.carrier)
YENDI_AT = (9.442671, -0.009834)  # the family compound in Yendi (hers to report: precise)

# --- Yilsam (rent-advance financing) --------------------------------------------------------------
LANDLORD = {"name": "Alhaji Issahaku Mohammed", "phone": "+233243556012",
            "id": "ll_0917"}  # the landlord (a name and number she types: contact.*)
LOAN = "YS-25-004182"  # her rent-advance loan (financial.purchase)

# --- Sukuu Zang (BECE registration and senior-high placement) -------------------------------------
JHS = {"id": "jhs_choggu", "name": "Choggu Community JHS", "lat": 9.43318, "lon": -0.83902,
       "phone": "+233372022146"}  # the school (negatives)
GATE_FIX = (9.433149, -0.839066)  # her fix at the school gate

# --- Kpang Bihi (guinea-fowl keets and buy-back, the Yendi compound) ----------------------------
HATCHERY = {"id": "htc_savel", "name": "Savelugu Keet Hatchery", "lat": 9.62417,
            "lon": -0.82533, "phone": "+233372093318"}  # (negatives)
PEN_FIX = (9.442803, -0.009611)  # her phone at the pens in the Yendi compound
GROWER = "KB-YND-0271"  # her grower number (id.user)

# --- Puuni Alaafee (a gynaecology clinic's fibroid care) ------------------------------------------
CLINIC = {"id": "cl_nyohini", "name": "Nyohini Women's Clinic", "lat": 9.40924, "lon": -0.85511,
          "phone": "+233372028871"}  # (negatives)
CLINIC_FIX = (9.409226, -0.855139)
FOLDER = "NWC-2026-00731"  # her clinic folder number (health.medical)
NHIS = "NHIS-07719204"  # her health-insurance membership number (health.medical)
DOCTOR = ("Dr. Rahinatu Alhassan", "r.alhassan@nwc.example.org")  # typed by her: contact.*

# --- Faraidu (the Yendi chief imam's office: Islamic estate distribution) -------------------------
ESTATE = "FRD-YND-25-0144"  # the estate file (id.user: the family's file with the office)
IMAM_OFFICE = {"id": "im_yendi", "name": "Yendi Chief Imam's Office", "lat": 9.44522,
               "lon": -0.00741}  # (negatives)

# --- Motorking Tam (cargo tricycle hire) ----------------------------------------------------------
RANK = {"id": "rk_aboabo", "name": "Aboabo Motorking Rank", "lat": 9.40511,
        "lon": -0.84187}  # (negatives)
MARKET_AT = (9.40163, -0.84429)  # Tamale central market (a public place: negative)
RIDER = {"id": "rd_2231", "name": "Fuseini", "phone": "+233249901187",
         "plate": "M-24-NR 2231"}  # the rider (negatives: his first name, the rank's number)

# --- Kompiel (sachet-water delivery) --------------------------------------------------------------
FACTORY = {"id": "fc_vittin", "name": "Vittin Pure Water", "lat": 9.38742, "lon": -0.82196,
           "fda": "FDA/DW/25-1187"}  # (negatives)
WATER_ACC = "KP-TML-55102"  # her delivery account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", dag: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Dagbani first with ``dag``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("dag-GH,dag;q=0.9,en;q=0.8" if dag else "en-GH,en;q=0.9", DEV)
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
    """An internal object ID (a line, a slot, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CLINIC", "CLINIC_FIX", "DOCTOR", "ESTATE", "FACTORY", "FATHER_IL", "FOLDER",
           "GATE_FIX", "GH_ACCOUNT", "GH_NET", "GROWER", "HATCHERY", "HUSBAND", "HUSBAND_CARD",
           "IMAM_OFFICE", "JHS", "LANDLORD", "LOAN", "MARKET_AT", "MOTHER_IL", "NHIS",
           "PASSPORT", "PEN_FIX", "RANK", "RESIDENCE", "RIDER", "SISTER_IL", "SISTER_US", "SON",
           "TML_HOME", "TML_HOME_AT", "TZ", "WALLET", "WATER_ACC", "YENDI_AT", "dev_block", "fix",
           "hd", "obj", "push"]
