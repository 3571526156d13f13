"""Helpers for the hundred-and-forty-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Kumasi (Ashanti, Ghana) with her
Ghanaian husband Kwabena Owusu-Ansah, her US SIM roaming; their son Kofi (9) plays in a junior
football academy. Her places (their Ahodwo house, her fixes at the funeral grounds, the trotro
station, the weaver's shed, the fertility clinic, the Methodist chapel, the chop bar, the
academy's pitch) are hers (``location.precise`` where sent); the funeral grounds, the stations,
the weaver, the clinic, the chapel, the chop bar and the academy are businesses' or the
community's (negatives). People: her husband (``contact.*`` when she types him), their son (a
data subject: his name, birth date, sex and player number are labelled), her mother-in-law, her
sister in the US, the clinic's nurse.
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

# --- her Kumasi life ------------------------------------------------------------------------------
KSI_HOME = {"line": "Plot 22 Nana Agyeman Street", "area": "Ahodwo", "town": "Kumasi",
            "region": "Ashanti", "gps": "AK-039-5512"}  # GhanaPost GPS code: her address
KSI_HOME_AT = (6.662914, -1.626308)  # her house (location.precise where sent)
HUSBAND = ("Kwabena Owusu-Ansah", "+233244718305")  # typed by her: contact.*
SON = {"first": "Kofi", "last": "Owusu-Ansah", "dob": "2017-02-09", "sex": "boy",
       "player": "KJA-U10-0233"}  # a data subject (sets 29, 35, 37)
MOTHER_IN_LAW = ("Maame Akosua Boatemaa", "+233208812740")  # she names her
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
GHANA_CARD = "GHA-728145093-6"  # her Ghana Card (non-citizen card: personal.national_id)
GH_ACCOUNT = "1021004458812"  # her Kumasi bank account (financial.payment)
MOMO = "+233554019277"  # her local mobile-money wallet number (contact.phone: a second SIM)

# --- Ayiedi (an Asante funeral-contributions ledger; Twi keys) ------------------------------------
FUNERAL = {"id": "ay_0932", "ground": "Bantama Funeral Grounds", "lat": 6.70411,
           "lon": -1.63542, "phone": "+233322091144"}  # the grounds (negatives)
FUNERAL_FIX = (6.704133, -1.635398)  # her phone at the grounds
MEMBER_AY = "AY-ABS-11820"  # her abusua ledger number (id.user)
DECEASED = "Opanin Kwaku Owusu"  # her husband's uncle, on the public poster (unlabelled)

# --- Trotrokwan (a trotro route and fare app) ----------------------------------------------------
STATION = {"id": "ts_kjt", "name": "Kejetia Lorry Station", "lat": 6.69567, "lon": -1.62341}
STATION_FIX = (6.695702, -1.623377)
RIDER = "TK-77410932"  # her rider card (id.user)
VAN = {"id": "vh_0911", "plate": "AS 4418-21", "route": "Kejetia-Ahodwo"}  # negatives

# --- Kentenwene (a Bonwire kente weaver's orders) ------------------------------------------------
WEAVER = {"id": "wv_bnw", "name": "Bonwire Adwinnie Looms", "lat": 6.78233, "lon": -1.44311,
          "phone": "+233244091188"}  # the weaver (negatives)
WEAVER_FIX = (6.782351, -1.443089)
KENTE_ORDER = "KN-2026-0318"  # her cloth order (financial.purchase)

# --- Awoboa (a fertility clinic: her second-child treatment) -------------------------------------
CLINIC = {"id": "fc_ksi", "name": "Asokwa Fertility Centre", "phone": "+233322044710",
          "lat": 6.67422, "lon": -1.60177}  # the clinic (negatives)
CLINIC_FIX = (6.674238, -1.601744)
PATIENT_NO = "AFC-33018"  # her clinic record number (health.medical)
NURSE = ("Nurse Abena Sarpong", "a.sarpong@afc.example.org")  # typed: contact.*

# --- Wesleyharvest (a Methodist society's harvest and dues app) ----------------------------------
CHAPEL = {"id": "mc_wsl", "name": "Wesley Society, Ahodwo", "lat": 6.66044, "lon": -1.62811}
CHAPEL_FIX = (6.660452, -1.628091)
CLASS_TICKET = "MCG-KSI-40871"  # her Methodist class ticket number (id.user)

# --- Fufupa (a chop bar's pre-order and delivery app) --------------------------------------------
CHOPBAR = {"id": "cb_ahd", "name": "Auntie Afia Chop Bar", "phone": "+233245510090",
           "lat": 6.66712, "lon": -1.62033}  # the chop bar (negatives)
FUFU_ORDER = "FP-90114"  # an order (financial.purchase)

# --- Kumasi junior football academy ("Mmofra Ball") -----------------------------------------------
ACADEMY = {"id": "ac_kja", "name": "Kumasi Junior Academy", "lat": 6.68210, "lon": -1.59888,
           "phone": "+233322055601"}  # the academy (negatives)
PITCH_FIX = (6.682088, -1.598911)  # her fix at the pitch side


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", tw: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Ghana, Twi with ``tw``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("tw-GH,tw;q=0.9,en;q=0.8" if tw else "en-GH,en;q=0.9", DEV)
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
    """An internal object ID: a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
