"""Helpers for the two-hundred-and-forty-fourth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Curepipe (Mauritius) with her
Tamil-Mauritian husband Rajen Veerasamy, her US SIM roaming; their son Kiran (6) is in Grade 1.
Her places (their Forest Side house, her fixes at the kovil, the physiotherapy clinic, the toy
library, the carrom hall, the Tamarin jetty and the boat, the litchi orchard) are hers
(``location.precise`` where sent); the kovil, the clinic, the toy library, the hall, the jetty
and the orchard are businesses' or the temple's (negatives). People: her husband (``contact.*``
when she types him), their son (a data subject: his name, birth date, sex, NIC number and
member number are labelled), her mother-in-law in Port Louis, her husband's cousin, her
husband's brother and his fiancée (the wedding), her physiotherapist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Indian/Mauritius"

# --- her Mauritian life -------------------------------------------------------------------------
MU_HOME = {"line": "27 Avenue des Fougeres", "area": "Forest Side", "town": "Curepipe",
           "district": "Plaines Wilhems", "post": "74213"}
MU_HOME_AT = (-20.316148, 57.525903)  # their house (location.precise where sent)
HUSBAND = ("Rajen Veerasamy", "+23057014482")  # typed by her: contact.*
MOTHER_IL = ("Devi Veerasamy", "+23057208815", "12 Rue Labourdonnais, Cassis",
             "Port Louis")  # her mother-in-law in Port Louis
COUSIN = ("Priya Moorgen", "+23059123307", "priya.moorgen@example.net")  # the husband's cousin
BROTHER_IL = ("Vikash Veerasamy", "+23057663019")  # the groom
FIANCEE = ("Anisha Govinden", "anisha.govinden@example.com")  # the bride
SON = {"first": "Kiran", "last": "Veerasamy", "dob": "2019-06-22", "sex": "garson",
       "nic": "V2206194001286"}  # a data subject (sets 29, 35, 37): NIC given at birth
RESIDENCE = "RP-MU-2025-118406"  # her Mauritian residence permit (personal.national_id)
PASSPORT = "548201377"  # her US passport (personal.national_id)
MU_ACCOUNT = "MU17EXBK0101000030300200000MUR"  # her rupee account (financial.payment)
MU_NET = "61710"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Vel Pousam (a Port Louis kovil's Thaipoosam Cavadee vows) -------------------------------------
KOVIL = {"id": "kv_cassis", "name": "Kovil Sri Murugan Cassis", "phone": "+2302123344",
         "lat": -20.17262, "lon": 57.49181}  # the temple (negatives)
KOVIL_FIX = (-20.172644, 57.491766)  # her phone in the kovil's yard
DEVOT = "VP-CAS-04417"  # her devotee card number (id.user)

# --- Figirbon (a Curepipe physiotherapy clinic's facial-palsy programme) -----------------------------
CLINIC = {"id": "cl_fsd", "name": "Klinik Fizio Forest Side", "phone": "+2306701928",
          "lat": -20.31342, "lon": 57.52811}  # the clinic (negatives)
CLINIC_FIX = (-20.313437, 57.528093)
DOSYE = "KFF-2026-00731"  # her patient file number (health.medical)
PHYSIO = ("Dr. Nadia Ramjaun", "n.ramjaun@kff.example.org")  # typed by her: contact.*
POLICY = "MEDX-MU-7720418"  # her health-insurance member number (health.medical, as set 37)

# --- Lakaz Zouzou (the Curepipe toy library, for the son) ----------------------------------------
LUDO = {"id": "lz_cpe", "name": "Lakaz Zouzou Curepipe", "lat": -20.31711, "lon": 57.52398,
        "phone": "+2306765510"}  # the toy library (negatives)
LUDO_FIX = (-20.317098, 57.524012)
FAMILY_CARD = "LZ-F-2291"  # the family's membership card (id.user)
KID_CARD = "LZ-Z-2291-1"  # the son's child card (id.user)

# --- Karom Lig (the Plaines Wilhems carrom league) ------------------------------------------------
HALL = {"id": "hl_cpe2", "name": "Sal Karom Curepipe Road", "lat": -20.30217,
        "lon": 57.51144}  # the league's hall (negatives)
HALL_FIX = (-20.302151, 57.511463)
LICENCE = "KLP-2026-0388"  # her player licence (id.user)

# --- Dofin Lagon (a Tamarin dolphin-watching boat) ------------------------------------------------
JETTY = {"id": "jt_tam", "name": "Tamarin public jetty", "lat": -20.32677, "lon": 57.37388,
         "phone": "+2304835561"}  # the jetty and the operator's desk (negatives)
JETTY_FIX = (-20.326781, 57.373902)
BOAT_FIX = (-20.341207, 57.348816)  # her phone on the boat in the bay
SIGHTING_AT = (-20.3392, 57.3461)  # the skipper's published sighting area (a chart point)
TRIP = "DL-26-03318"  # her booking (financial.purchase)

# --- Letchi Dibwa (a litchi orchard's pick-your-own and boxes) ------------------------------------
ORCHARD = {"id": "or_nf", "name": "Verge Letchi Dibwa", "lat": -20.37488,
           "lon": 57.55831}  # the orchard's gate (negatives)
ORCHARD_FIX = (-20.375012, 57.558402)  # her phone between the trees
CUSTOMER = "LD-C-05821"  # her customer number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mfe: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Kreol Morisien first with ``mfe``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("mfe-MU,mfe;q=0.9,fr;q=0.8,en;q=0.7" if mfe else
                             "en-MU,en;q=0.9,fr;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_MU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modele": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L(lang, DEV),
            "fuzo_orer": L(TZ, DEV)}


def push(token: str, lang: str = "en_MU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "aparey_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a match, a toy): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BOAT_FIX", "BROTHER_IL", "CLINIC", "CLINIC_FIX", "COUSIN", "CUSTOMER", "DEVOT",
           "DOSYE", "FAMILY_CARD", "FIANCEE", "HALL", "HALL_FIX", "HUSBAND", "JETTY", "JETTY_FIX",
           "KID_CARD", "KOVIL", "KOVIL_FIX", "LICENCE", "LUDO", "LUDO_FIX", "MOTHER_IL",
           "MU_ACCOUNT", "MU_HOME", "MU_HOME_AT", "MU_NET", "ORCHARD", "ORCHARD_FIX", "PASSPORT",
           "PHYSIO", "POLICY", "RESIDENCE", "SIGHTING_AT", "SON", "TRIP", "TZ", "dev_block", "fix",
           "hd", "obj", "push"]
