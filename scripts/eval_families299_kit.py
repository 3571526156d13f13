"""Helpers for the two-hundred-and-ninety-ninth (blind) evaluation set ("blind296"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``,
the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set
24's), as set 151's kit does; this kit copies the shape of set 151's.

This kit adds what the set's apps share. She lives in Agadez (Niger), in the Amarewat quarter,
with her Tuareg husband Ghali ag Assalek (a camel trader of the Kel Ewey), her US SIM roaming;
their daughter Tinhinan (8) is at primary school in town; her mother-in-law Fadimata welet
Intallah lives in Timia in the Air mountains; her husband's brother Attaher ag Assalek keeps the
family's camels and goats around In-Gall; her sister Emily lives in the US. All of them are
fictional. Her places (the house, her fixes at the camel market, at the family's camp at the
In-Gall salt pastures, at the smiths' workshops, at the regional hospital, at the riding club's
gate, at the indigo shop) are hers (``location.precise`` where sent); the market, the gathering's
ground, the workshops, the hospital, the club and the shop are businesses' or public places
(negatives). People: her husband, their daughter (a data subject: her name, birth date, sex,
school number and rider number are labelled), her mother-in-law, her brother-in-law, her sister.

Niger numbers: mobile numbers are +227 and eight digits starting 8 or 9 (made up here); the
visited network's MCC is 614 (Niger). The bank account is a made-up BCEAO-style IBAN (NE, 28
characters). Amounts are in CFA francs (XOF).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Niamey"

# --- her Agadez life ------------------------------------------------------------------------------
HOME = {"line": "Rue 14, porte 212", "area": "Amarewat", "town": "Agadez", "region": "Agadez",
        "post": "8000"}
HOME_AT = (16.981427, 7.975318)  # their house (location.precise where sent)
HUSBAND = ("Ghali ag Assalek", "+22796140522")  # typed by her: contact.*
MOTHER_IL = ("Fadimata welet Intallah", "+22790317784")  # her mother-in-law in Timia
BROTHER_IL = ("Attaher ag Assalek", "+22788420913")  # her husband's brother, the herder
DAUGHTER = {"first": "Tinhinan", "last": "ag Assalek", "dob": "2017-03-04", "sex": "tabarart",
            "school_no": "AGZ-EPA7-2017-0311", "rider": "AMN-0442"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "CS-AGZ-2025-004187"  # her Niger residence card number (personal.national_id)
PASSPORT = "583301947"  # her US passport (personal.national_id)
NE_ACCOUNT = "NE31NE0180100100450917266031"  # her CFA franc account (financial.payment)
NE_NET = "61403"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Imnas (the Agadez camel market: buying, selling, escrow) -------------------------------------
MARKET = {"id": "ess_agz01", "name": "Essuq n Imnas Agadez", "phone": "+22720440318",
          "lat": 16.96042, "lon": 7.97811}  # the livestock market's ground (negatives)
MARKET_FIX = (16.960391, 7.978142)  # her phone at the market
TRADER = "IMN-T-20931"  # her trader account (id.user)
DEAL = "IMN-D-77104"  # the she-camel bought (financial.purchase)
SELLER_OTHER = ("Mano ag Ibrahim", "+22791552207")  # the seller (another person, typed by her)

# --- Tenekert (the In-Gall salt-pasture gathering: camp, herd, civil-status desk) -----------------
GROUND = {"id": "tnk_ingall", "name": "In-Gall gathering ground", "lat": 16.78312,
          "lon": 6.93561}  # the official ground (a negative)
CAMP_FIX = (16.801447, 6.912806)  # her fix at the family's camp
WELL_AT = (16.79402, 6.92217)  # a public well on the salt flat (a negative)
PASS = "TNK-2025-03318"  # her gathering pass (id.user)

# --- Tamzak (a smiths' workshop: camel saddles and leather) ---------------------------------------
FORGE = {"id": "ened_07", "name": "Atelier des Inaden, Sabon Gari", "phone": "+22796771043",
         "lat": 16.97388, "lon": 7.98971}  # the workshop (negatives)
FORGE_FIX = (16.973851, 7.989744)
ORDER = "TZK-1188"  # the saddle commission (financial.purchase)

# --- Assahat (the regional hospital's meningitis clinic and vaccination card) ---------------------
HOSPITAL = {"id": "chr_agz", "name": "Centre Hospitalier Regional d'Agadez",
            "phone": "+22720440128", "lat": 16.96655, "lon": 7.99503}  # (negatives)
HOSPITAL_FIX = (16.966532, 7.995061)
FILE_NO = "CHRA-25-118402"  # her hospital file number (health.medical)
DOCTOR = ("Dr. Aichatou Moussa", "a.moussa@chr-agadez.example.org")  # typed by her: contact.*

# --- Amnay (the daughter's children's camel-riding club) ------------------------------------------
CLUB = {"id": "amn_club1", "name": "Club Amnay d'Agadez", "lat": 16.99421, "lon": 7.96602,
        "phone": "+22796008811"}  # the club (negatives)
CLUB_FIX = (16.994188, 7.966047)  # her fix at the club's gate
CAMEL_SCHOOL = {"id": "ml_tiwit", "name": "Tiwit", "age": 9}  # the club's riding camel

# --- Afarag (mud-brick builders: roof and wall repair after the rains) ----------------------------
BUILDER = {"id": "bn_0217", "name": "Bennay Rhissa & fils", "phone": "+22790884420"}  # negative
JOB = "AFR-25-0913"  # the repair job (financial.purchase)

# --- Alechcho (an indigo-veil cloth shop in the old town) -----------------------------------------
SHOP = {"id": "al_oldtown", "name": "Alechcho Vieux Quartier", "phone": "+22720440597",
        "lat": 16.97365, "lon": 7.99049}  # (negatives)
SHOP_FIX = (16.973628, 7.990512)
CUSTOMER = "ALC-C-03391"  # her shop account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-NE,fr;q=0.9,en;q=0.8" if fr else "en-US,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_US") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_US") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot, a slot, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BROTHER_IL", "BUILDER", "CAMEL_SCHOOL", "CAMP_FIX", "CLUB", "CLUB_FIX", "CUSTOMER",
           "DAUGHTER", "DEAL", "DOCTOR", "FILE_NO", "FORGE", "FORGE_FIX", "GROUND", "HOME",
           "HOME_AT", "HOSPITAL", "HOSPITAL_FIX", "HUSBAND", "JOB", "MARKET", "MARKET_FIX",
           "MOTHER_IL", "NE_ACCOUNT", "NE_NET", "ORDER", "PASS", "PASSPORT", "RESIDENCE",
           "SELLER_OTHER", "SHOP", "SHOP_FIX", "SISTER_US", "TRADER", "TZ", "WELL_AT", "dev_block",
           "fix", "hd", "obj", "push"]
