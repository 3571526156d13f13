"""Helpers for the two-hundred-and-seventy-seventh (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Saransk (Mordovia, Russia) with her Erzya
husband Ilya Pinyaev, her US SIM roaming, and teaches English at a language school; their son
Stepan (11) walks for the town's youth race-walking school; Ilya's mother Nadezhda Pinyaeva lives
in her own house in Ruzayevka, 25 km away. Her places (their flat, her fixes at the society's
house, the occupational clinic, the stadium track, the mother-in-law's house) are hers
(``location.precise`` where sent); the society's house, the clinic, the sports school and its
track, the window company's office, the snow contractor's base, the gas company's office and the
cleaning firm's office are businesses' (negatives), as are their staff (the clinic's doctor, the
coach, the measurer, the tractor driver, the gas fitter, the cleaner) unless she types them.
People: her husband (``contact.*`` when she types him), their son (a data subject: his name,
birth date, sex, birth certificate, SNILS and athlete number are labelled), her mother-in-law,
her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Moscow"

# --- her Saransk life -----------------------------------------------------------------------------
SR_HOME = {"line": "ul. Bolshevistskaya 62, kv. 41", "area": "Leninskiy rayon", "town": "Saransk",
           "region": "Respublika Mordoviya", "post": "430005"}
SR_HOME_AT = (54.187214, 45.183391)  # their flat (location.precise where sent)
HUSBAND = ("Ilya Pinyaev", "+79271184402")  # typed by her: contact.*
MOTHER_IL = ("Nadezhda Pinyaeva", "+79374102256")  # her mother-in-law in Ruzayevka
RZ_HOUSE = {"line": "ul. Pervomayskaya 17", "town": "Ruzayevka", "post": "431440"}
RZ_HOUSE_AT = (54.061842, 44.947315)  # the mother-in-law's house (a family place: precise)
SON = {"first": "Stepan", "last": "Pinyaev", "dob": "2014-06-03", "sex": "tsyora",
       "cert": "IV-ZhK 612384", "snils": "153-482-790 11",
       "athlete": "YKM-2014-0388"}  # a data subject (sets 29, 35, 37, 151)
SISTER_US = ("Laura Doe", "+15550147733", "laura.doe@example.net")  # her sister in Oregon
RESIDENCE = "83 0417726"  # her Russian residence permit (vid na zhitelstvo) number
INN = "132604718823"  # her taxpayer number (12 digits; 13 = Mordovia)
SNILS = "118-406-227 63"  # her pension insurance number
PASSPORT = "548812706"  # her US passport
RU_ACCOUNT = "40817810575001234567"  # her rouble current account (financial.payment)
BIK = "048952615"  # the bank's BIK (a bank's code: a negative)
RU_NET = "25020"  # the visited network's MCC/MNC while roaming (location.carrier)
EMPLOYER = {"name": "Lingva Plus language school", "inn": "1326187740"}  # (negatives)

# --- Erzyan Kudo (an Erzya national-cultural society) ---------------------------------------------
KUDO = {"id": "ek_sar01", "name": "Erzyan Kudo", "lat": 54.18121, "lon": 45.17630,
        "phone": "+78342470218"}  # the society's house (negatives)
KUDO_FIX = (54.181188, 45.176342)  # her phone at the society's house
MEMBER = "EK-2025-0614"  # her membership card (id.user)
FEST_AT = (54.24017, 45.06252)  # the festival meadow (a public venue: a negative)

# --- Shumbra Knizhka (occupational clinic: her sanitary medical book) -----------------------------
CLINIC = {"id": "cpm_sar", "name": "Saransk Occupational Medicine Centre", "lat": 54.19458,
          "lon": 45.16287, "phone": "+78342245517"}  # (negatives)
CLINIC_FIX = (54.194601, 45.162848)
MEDBOOK = "LMK-13-0048821"  # her personal medical book number (health.medical)
DOCTOR = ("Dr. Olga Kechaykina", "o.kechaykina@cpm.example.org")  # typed by her: contact.*

# --- Yakamo (the son's race-walking sports school) ------------------------------------------------
SCHOOL = {"id": "sshor_ya", "name": "Saransk Youth Race Walking School", "lat": 54.17702,
          "lon": 45.20441, "phone": "+78342231109"}  # the school and its stadium (negatives)
TRACK_FIX = (54.177318, 45.204873)  # her phone at the track
SON_FIX = (54.176911, 45.205622)  # the son's watch on the track (the child's: precise)
GROUP = {"id": "grp_u12b", "coach": "co_kechkin"}  # (negatives)

# --- Valmaplast (balcony glazing and windows; a point-of-sale instalment credit) ------------------
VALMA = {"id": "vp_office", "name": "Valmaplast", "lat": 54.20871, "lon": 45.15012,
         "phone": "+78342393340"}  # (negatives)
CONTRACT = "VP-25-1187"  # her glazing contract (financial.purchase)

# --- Lovks (snow removal for the Ruzayevka house) -------------------------------------------------
DEPOT_AT = (54.05690, 44.93355)  # the contractor's yard (a negative)
TRACTOR_AT = (54.059934, 44.941208)  # the tractor's GPS on its way (not hers: a negative)
SNOW_ORDER = "LV-2601-3318"  # an order (financial.purchase)

# --- Tolvaks (gas-equipment maintenance contract for the flat) ------------------------------------
GAS = {"id": "sgs_01", "name": "Saran Gazservis", "lat": 54.19011, "lon": 45.19327,
       "phone": "+78342291104"}  # (negatives)
GAS_ACC = "GS-0917-4412"  # the flat's gas maintenance account (id.user)

# --- Arukudo (home cleaning) ----------------------------------------------------------------------
CLEAN_ORDER = "AK-77120"  # a cleaning order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ru: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Russian first with ``ru``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ru-RU,ru;q=0.9,en;q=0.8" if ru else "en-RU,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_RU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a note): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
