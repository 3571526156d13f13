"""Helpers for the three-hundred-and-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Kalimpong (West Bengal, India) with her
Lepcha husband Ugen Simick Lepcha, her US SIM roaming; their daughter Sangmit (10) learns the
Lepcha flute after school; her mother-in-law Ongkit lives in Lingthem, in Dzongu (North Sikkim),
where the family keeps a large-cardamom and alder agroforestry plot. Her places (their flat on
Rinkingpong Road, her fixes at the Dzongu check-post, at the in-laws' house, at the association
hall, at the music school gate, at the clinic, in the family's plot, at the seed bank) are hers
(``location.precise`` where sent); the check-post, the homestay, the nursery, the hall, the music
school, the clinic, the carbon programme's office and the seed bank are businesses' or
institutions' points (negatives). People: her husband (``contact.*`` when she types him), their
daughter (a data subject: her name, birth date, sex and student number are labelled), her
mother-in-law, her sister in the US, her gynaecologist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

# --- her Kalimpong life ---------------------------------------------------------------------------
HOME = {"line": "Flat 3, Dorji Villa, Rinkingpong Road", "ward": "Ward 19", "town": "Kalimpong",
        "district": "Kalimpong", "state": "West Bengal", "pin": "734301"}
HOME_AT = (27.055913, 88.473640)  # their flat (location.precise where sent)
HUSBAND = ("Ugen Simick Lepcha", "+919832041776")  # typed by her: contact.*
MOTHER_IL = ("Ongkit Simick Lepcha", "+919733150284")  # her mother-in-law in Lingthem, Dzongu
DAUGHTER = {"first": "Sangmit", "last": "Simick Lepcha", "dob": "2015-11-04", "sex": "nyu",
            "student": "PLT-S-1187"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Claire Doe", "+15550143317", "claire.doe@example.net")  # her sister in Oregon
PASSPORT = "583920174"  # her US passport (personal.national_id)
OCI = "A2918473"  # her Overseas Citizen of India card (personal.national_id)
PAN = "BQXPD4721K"  # her Indian tax card number (personal.national_id)
IN_ACCOUNT = "30918847201"  # her rupee savings account (financial.payment)
IFSC = "EXMP0001187"  # the bank branch's code (a negative: the branch's, not hers)
VPA = "janedoe@okexample"  # her UPI handle (financial.payment)
INLAWS_AT = (27.554731, 88.470218)  # the in-laws' house in Lingthem (hers to send: precise)

# --- Zonggulom (Dzongu restricted-area permit and homestay) --------------------------------------
CHECKPOST = {"id": "cp_sankalang", "name": "Sankalang Check-post", "lat": 27.52671,
             "lon": 88.51642}  # the permit check-post (a negative as a place)
CHECKPOST_FIX = (27.526694, 88.516388)  # her phone at the check-post
PERMIT = "DZP-2026-00871"  # her entry permit number (id.user: a call, see the docstring)
HOMESTAY = {"id": "hs_lgt07", "name": "Lingthem Rongkup Homestay", "phone": "+919593301275",
            "lat": 27.55811, "lon": 88.46702}  # (negatives)
HOMESTAY_BOOKING = "ZG-HS-26-0142"  # (financial.purchase)

# --- Kaktusli (a cactus and succulent nursery's shop) ---------------------------------------------
NURSERY = {"id": "nr_8mile", "name": "Kaktusli Nursery, 8th Mile", "phone": "+913552255610",
           "lat": 27.06721, "lon": 88.48518}  # (negatives)
NURSERY_FIX = (27.067188, 88.485214)
NURSERY_CARD = "KTL-C-20931"  # her customer number (id.user)
NURSERY_ORDER = "KTL-OD-77410"  # (financial.purchase)

# --- Mutanchi (a Lepcha tribal association's members' app) ----------------------------------------
HALL = {"id": "hl_klp", "name": "Mutanchi Rong Hall, Kalimpong", "lat": 27.06204,
        "lon": 88.47288}  # the association's hall (a negative)
HALL_FIX = (27.062018, 88.472903)
MEMBER = "MRT-KLP-04412"  # her member number (id.user)

# --- Palitkup (the daughter's Lepcha flute and tungbuk lessons) -----------------------------------
MUSIC_SCHOOL = {"id": "ms_palit", "name": "Palit Rong Music School", "lat": 27.05881,
                "lon": 88.47019, "phone": "+913552257781"}  # (negatives)
MUSIC_FIX = (27.058792, 88.470224)  # her fix at the school gate

# --- Durpincare (a women's clinic: her ovarian cyst follow-up) ------------------------------------
CLINIC = {"id": "cl_durpin", "name": "Durpin Women's Clinic", "phone": "+913552254402",
          "lat": 27.05634, "lon": 88.47183}  # (negatives)
CLINIC_FIX = (27.056318, 88.471852)
UHID = "DWC-UH-558201"  # her clinic record number (health.medical)
GYNAE = ("Dr. Pema Yolmo Bhutia", "p.bhutia@durpincare.example.com")  # typed by her: contact.*

# --- Kungcarbon (agroforestry carbon payments, the family's Dzongu plot) -------------------------
PLOT_AT = [(27.552914, 88.468801), (27.553622, 88.469911), (27.552710, 88.470640),
           (27.552018, 88.469402)]  # the family's plot corners (hers: precise)
PLOT_FIX = (27.552901, 88.469615)  # her phone among the alders
CARBON_OFFICE = {"id": "kc_mangan", "name": "Kungcarbon Mangan office", "lat": 27.51302,
                 "lon": 88.52911}  # (a negative)
GROWER = "KC-DZ-0316"  # the household's grower number (id.user)

# --- Biulyang (a community seed bank of heirloom crops) -------------------------------------------
SEEDBANK = {"id": "sb_hee", "name": "Biulyang Seed Bank, Hee-Gyathang", "lat": 27.56124,
            "lon": 88.48109}  # (a negative)
SEEDBANK_FIX = (27.561218, 88.481066)
SEED_CARD = "BL-M-0772"  # her seed bank card (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ne: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Indian English; Nepali first with ``ne``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ne-IN,ne;q=0.9,en-IN;q=0.8" if ne else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a lot, a lesson, a thread): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CARBON_OFFICE", "CHECKPOST", "CHECKPOST_FIX", "CLINIC", "CLINIC_FIX", "DAUGHTER",
           "GROWER", "GYNAE", "HALL", "HALL_FIX", "HOME", "HOMESTAY", "HOMESTAY_BOOKING",
           "HOME_AT", "HUSBAND", "IFSC", "INLAWS_AT", "IN_ACCOUNT", "MEMBER",
           "MOTHER_IL", "MUSIC_FIX", "MUSIC_SCHOOL", "NURSERY", "NURSERY_CARD", "NURSERY_FIX",
           "NURSERY_ORDER", "OCI", "PAN", "PASSPORT", "PERMIT", "PLOT_AT", "PLOT_FIX",
           "SEEDBANK", "SEEDBANK_FIX", "SEED_CARD", "SISTER_US", "TZ", "UHID", "VPA",
           "dev_block", "fix", "hd", "obj", "push"]
