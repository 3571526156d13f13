"""Helpers for the two-hundred-and-ninetieth (blind) evaluation set ("blind287"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Tunceli (Dersim in Zazaki) with her
husband Hidir Aslantepe, a Zaza-speaking teacher from Ovacik (Pulur), her US SIM roaming; their
daughter Zelal (8) is in the third class of a primary school in Tunceli and is treated for short
stature at a children's growth clinic in Bingol (Cewlig), where her husband's brother Sait
Aslantepe lives with his wife. Her places (their flat in Tunceli, her fixes at the cem house, the
furniture store in Bingol, the clinic, the print shop) are hers (``location.precise`` where sent);
the cem house, the carpet-wash plant, the store, the clinic, the quilt workshop and the photo
shop are businesses' or the community's (negatives). People: her husband (``contact.*`` when she
types him), their daughter (a data subject: her name, birth date, sex, national ID number and
patient number are labelled), her mother-in-law Gulizar in Ovacik, her brother-in-law Sait in
Bingol (the store's guarantor), her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Istanbul"

# --- her Tunceli life -----------------------------------------------------------------------------
HOME = {"line": "Munzur Sk. No: 12 Daire 4", "mahalle": "Mogultay Mah.", "town": "Tunceli",
        "il": "Tunceli", "post": "62000"}
HOME_AT = (39.108172, 39.546391)  # their flat (location.precise where sent)
HUSBAND = ("Hidir Aslantepe", "+905324418207")  # typed by her: contact.*
MOTHER_IL = ("Gulizar Aslantepe", "+905427730162")  # her mother-in-law in Ovacik
BROTHER_IL = ("Sait Aslantepe", "+905358120944")  # her brother-in-law in Bingol (guarantor)
DAUGHTER = {"first": "Zelal", "last": "Aslantepe", "dob": "2017-06-03", "sex": "kena",
            "tc": "38914562710", "patient": "BCB-2025-0717"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "99231456870"  # her Turkish foreigner ID number (residence permit; national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
TR_ACCOUNT = "TR410006400000162040079314"  # her lira account (financial.payment)
TR_NET = "28601"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Cemxane (the Alevi cem house of her husband's family) ---------------------------------------
CEMXANE = {"id": "cx_dersim01", "name": "Dersim Cemevi", "lat": 39.10551, "lon": 39.54207,
           "phone": "+904282130062"}  # the cem house (a negative as a place)
CEM_FIX = (39.105488, 39.542101)
TALIB = "DC-TL-00418"  # her member (talib) number (id.user)

# --- Xalisute (carpet washing with pick-up) -------------------------------------------------------
PLANT = {"id": "xs_plant2", "name": "Munzur Hali Yikama", "phone": "+904282125588",
         "lat": 39.11802, "lon": 39.52611}  # the washing plant (negatives)
XS_ORDER = "XS-25-11408"  # her pick-up order (financial.purchase)

# --- Taksitxane (a Bingol furniture and appliance store selling on promissory notes) -------------
STORE = {"id": "st_bng04", "name": "Cewlig Mobilya ve Beyaz Esya", "phone": "+904262137744",
         "lat": 38.88512, "lon": 40.49744}  # the store (negatives)
STORE_FIX = (38.885098, 40.497512)
CUSTOMER = "CM-48120"  # her customer account (id.user)
CONTRACT = "SZ-2025-3318"  # her instalment contract (financial.purchase)

# --- Berzbejn (the children's growth clinic in Bingol) --------------------------------------------
CLINIC = {"id": "gc_bng", "name": "Cewlig Cocuk Buyume Klinigi", "phone": "+904262150310",
          "lat": 38.87944, "lon": 40.50611}  # the clinic (negatives)
CLINIC_FIX = (38.879421, 40.506139)
DOCTOR = ("Dr. Leyla Karaduman", "l.karaduman@bcb.example.org")  # typed by her: contact.*

# --- Fincan (coffee-cup fortune reading) ----------------------------------------------------------
FAL_ACCOUNT = "fn_u_77120"  # her account (id.user)

# --- Lihefci (wool quilt and mattress carding service) --------------------------------------------
WORKSHOP = {"id": "lh_ws1", "name": "Pulur Lihef Atolyesi", "phone": "+904282144019",
            "lat": 39.10212, "lon": 39.55303}  # the workshop (negatives)
LH_JOB = "LH-0932"  # her carding job (financial.purchase)

# --- Resimxane (old-photo restoration and prints) -------------------------------------------------
PHOTO_SHOP = {"id": "rx_tnc", "name": "Resimxane Foto Tunceli", "lat": 39.10677,
              "lon": 39.54815}  # the print shop (negatives)
RX_ORDER = "RX-71204"  # her restoration order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", tr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Turkish first with ``tr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("tr-TR,tr;q=0.9,en;q=0.8" if tr else "en-TR,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_TR") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_TR") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a cup): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BROTHER_IL", "CEMXANE", "CEM_FIX", "CLINIC", "CLINIC_FIX", "CONTRACT", "CUSTOMER",
           "DAUGHTER", "DOCTOR", "FAL_ACCOUNT", "HOME", "HOME_AT", "HUSBAND", "LH_JOB",
           "MOTHER_IL", "PASSPORT", "PHOTO_SHOP", "PLANT", "RESIDENCE", "RX_ORDER", "SISTER_US",
           "STORE", "STORE_FIX", "TALIB", "TR_ACCOUNT", "TR_NET", "TZ", "WORKSHOP", "XS_ORDER",
           "dev_block", "fix", "hd", "obj", "push"]
