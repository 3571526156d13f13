"""Helpers for the two-hundred-and-seventy-fifth (blind) evaluation set ("blind272"). Category
ids, the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules
import them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper
``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id``
are set 24's).

This kit adds what the set's apps share. She lives in Makassar (South Sulawesi, Indonesia) with
her Bugis husband Andi Ridwan Pananrangi, her US SIM roaming, on a limited-stay permit (KITAS)
he sponsors; their son Andi Fikri (8) is in the third grade and learns Bugis and the lontara
script at a weekend studio; her mother-in-law Hj. Sitti Rahmatia lives in Parepare, where the
family keeps a swiftlet house. The ground floor of their Makassar house is the family's small
grilled-fish stall (its address is their home: ``contact.address``). Her places (their house in
Toddopuli, her fixes at the swiftlet house, the land plot's site, the eye clinic, the lontara
studio, the fish auction, the durian stall) are hers (``location.precise`` where sent); the
clinic, the studio, the auction hall, the developer's site office, the durian stall, the nest
buyer and the shopping traveller's pick-up points are businesses' or others' (negatives).
People: her husband, their son (a data subject: his name, birth date, sex, NIK and student number
are labelled), her mother-in-law, her brother-in-law, her sister in the US, her eye surgeon.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Makassar"

# --- her Makassar life ----------------------------------------------------------------------------
MKS_HOME = {"line": "Jl. Toddopuli Raya Timur No. 18B", "kel": "Borong", "kec": "Manggala",
            "town": "Makassar", "prov": "Sulawesi Selatan", "post": "90234"}
MKS_HOME_AT = (-5.156812, 119.463907)  # their house (location.precise where sent)
HUSBAND = ("Andi Ridwan Pananrangi", "+6281241850377")  # typed by her: contact.*
BROTHER_IL = ("Andi Syamsul Pananrangi", "+6281355072914")  # her husband's brother
MOTHER_IL = ("Hj. Sitti Rahmatia", "+6285299410276")  # her mother-in-law in Parepare
SON = {"first": "Andi Fikri", "last": "Pananrangi", "dob": "2017-03-14", "sex": "oroane",
       "nik": "7371091403170002", "student": "SSU-3B-0412"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Megan Doe", "+15550147731", "megan.doe@example.net")  # her sister in Oregon
KITAS = "2C11JD4471-AR"  # her limited-stay permit (personal.national_id)
PASSPORT = "571204388"  # her US passport (personal.national_id)
NPWP = "84.312.077.4-805.000"  # her Indonesian tax number (personal.national_id)
BANK_ACCT = "1520044518936"  # her rupiah account (financial.payment)
ID_NET = "51010"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Bolawalet (the family's swiftlet house in Parepare) ------------------------------------------
WALET_HOUSE = {"id": "bw_srg07", "name": "Bola Walet Soreang 7", "floors": 3}  # (negatives)
WALET_FIX = (-3.998214, 119.638902)  # her phone at the swiftlet house
WALET_OWNER = "BW-PR-00418"  # her owner account (id.user)
NEST_BUYER = {"id": "nb_sgemas", "name": "CV Sarang Emas Example", "phone": "+62421229031",
              "lat": -4.01237, "lon": 119.62418}  # the nest buyer's warehouse (negatives)

# --- Tanamabarakka (a sharia land-plot developer's instalment app) --------------------------------
SITE = {"id": "ks_lumpue", "name": "Kapling Syariah Lumpue Indah", "lat": -4.04521,
        "lon": 119.63036, "phone": "+62421318802"}  # the developer's site office (negatives)
SITE_FIX = (-4.045118, 119.630512)  # her phone on the site visit
PLOT = {"id": "C-12", "m2": 150}  # the catalogue plot (a negative)
BUYER = "KSB-0781"  # her buyer number (id.user)
AKAD = "AKD-2026-0133"  # her purchase contract (financial.purchase)
VA = "8808081241850377"  # her virtual account for instalments (financial.payment)

# --- Matacenning (an eye clinic: her pterygium surgery) -------------------------------------------
CLINIC = {"id": "kmm_ptr", "name": "Klinik Mata Macenning Pettarani", "phone": "+62411448120",
          "lat": -5.16318, "lon": 119.43487}  # the clinic (negatives)
CLINIC_FIX = (-5.163204, 119.434851)
MRN = "KMM-26-01893"  # her medical record number (health.medical)
SURGEON = ("dr. Nurhayati Rauf, Sp.M", "n.rauf@matacenning.example.com")  # typed: contact.*

# --- Sureugi (the son's Bugis-language and lontara-script weekend class) --------------------------
STUDIO = {"id": "ssu_rtd", "name": "Sanggar Sure' Ugi Benteng", "lat": -5.13392,
          "lon": 119.40531, "phone": "+62411872206"}  # the studio (negatives)
STUDIO_FIX = (-5.133877, 119.405366)  # her fix at pick-up
CLASS = {"id": "kl_3b", "level": "3", "group": "B"}  # (negatives)

# --- Lelangbale (the fish auction's buyer app) ----------------------------------------------------
AUCTION = {"id": "tpi_ptr", "name": "TPI Paotere", "lat": -5.11428, "lon": 119.42081}  # (neg.)
AUCTION_FIX = (-5.114302, 119.420766)  # her phone in the auction hall
BUYER_CARD = "PTR-B-02277"  # her auction buyer card (id.user)

# --- Titiwi (a jastip: entrusted shopping carried by travellers) ----------------------------------
TRAVELLER = {"id": "ptw_8812", "hub": "Bandara Sultan Hasanuddin", "lat": -5.06163,
             "lon": 119.55407}  # a traveller's hand-over point (negatives)
ORDER = "TTW-260114-0927"  # her order (financial.purchase)

# --- Duriangku (a seasonal durian pre-order and durian-party stall) -------------------------------
STALL = {"id": "dr_ppt", "name": "Duriang Pettarani Corner", "lat": -5.15211,
         "lon": 119.43625, "phone": "+62411553017"}  # the stall (negatives)
STALL_FIX = (-5.152088, 119.436301)
PREORDER = "DRG-0214-55"  # her pre-order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", bug: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Indonesian first with ``bug``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("id-ID,id;q=0.9,en;q=0.8" if bug else "en-ID,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_ID") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``), Buginese keys."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "basa": L(lang, DEV),
            "zona_wettu": L(TZ, DEV)}


def push(token: str, lang: str = "en_ID") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "id_parewa": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot, a bid line, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AKAD", "AUCTION", "AUCTION_FIX", "BANK_ACCT", "BROTHER_IL", "BUYER", "BUYER_CARD",
           "CLASS", "CLINIC", "CLINIC_FIX", "HUSBAND", "ID_NET", "KITAS", "MKS_HOME",
           "MKS_HOME_AT", "MOTHER_IL", "MRN", "NEST_BUYER", "NPWP", "ORDER", "PASSPORT", "PLOT",
           "PREORDER", "SISTER_US", "SITE", "SITE_FIX", "SON", "STALL", "STALL_FIX", "STUDIO",
           "STUDIO_FIX", "SURGEON", "TRAVELLER", "TZ", "VA", "WALET_FIX", "WALET_HOUSE",
           "WALET_OWNER", "dev_block", "fix", "hd", "obj", "push"]
