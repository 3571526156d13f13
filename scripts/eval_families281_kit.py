"""Helpers for the two-hundred-and-eighty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Ranica, in the Serio valley just outside
Bergamo (Lombardy, Italy), with her wife Chiara Locatelli, a Bergamo-born primary teacher, her US
SIM roaming on an Italian network; their son Tommaso Locatelli Doe (10, born in Bergamo, she is
his birth mother) is in the fifth class of the village primary school and rides with a children's
mountain-bike school in Alzano Lombardo; Chiara's father Gianni Locatelli, a retired surveyor,
lives in Brescia and owns a 1957 saloon they drive in classic-car regularity rallies. Her places
(the house in Ranica, her fixes at the rally controls, on the bike trails, at the sleep centre,
at the purchasing group's hall) are hers (``location.precise`` where sent); the rally's start,
controls and time-trial points, the bike school's base, the sleep centre, the hall, the farms,
the stove dealer and the insurer's office are businesses' or the organisers' (negatives).
People: her wife (``contact.*`` when she types her), their son (a data subject: his name, birth
date, sex, tax code and federation card are labelled), her father-in-law (his name, phone,
address, licence and tax code typed by her are labelled), her sister in the US.

Codici fiscali (hers, her wife's, the son's, the father-in-law's) are computed with the real
check character (``DOEJNA91E57Z404Z``: Doe, Jane, 1991, May, 17 + 40 for a woman, born abroad in
the United States, Z404), ``personal.national_id`` wherever sent.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Rome"

# --- her life in the Serio valley -----------------------------------------------------------------
HOME = {"line": "Via dei Tigli 12", "town": "Ranica", "prov": "BG", "region": "Lombardia",
        "post": "24020"}
HOME_AT = (45.724318, 9.713842)  # their house (location.precise where sent)
WIFE = {"name": "Chiara Locatelli", "phone": "+393471180244", "email": "chiara.locatelli@example.it",
        "cf": "LCTCHR88H52A794P"}  # typed by her: contact.* / personal.national_id
SON = {"first": "Tommaso", "last": "Locatelli Doe", "dob": "2015-10-08", "sex": "M",
       "cf": "LCTTMS15R08A794M", "card": "FCI-BG-1187342"}  # a data subject (sets 29, 35, 37)
FATHER_IL = {"name": "Gianni Locatelli", "phone": "+393356620173", "line": "Via Solferino 30",
             "town": "Brescia", "cf": "LCTGNN55C14B157L",
             "licence": "BS2276411N"}  # her father-in-law in Brescia (typed by her)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
CF = "DOEJNA91E57Z404Z"  # her codice fiscale (personal.national_id)
PERMIT = "I04871293"  # her residence card as an EU citizen's family member (personal.national_id)
LICENCE = "BG5093318T"  # her Italian driving licence (personal.national_id)
IT_IBAN = "IT60X0542811101000000123456"  # her euro account (financial.payment)
IT_NET = "22288"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Strade Vecie (a classic-car regularity rally from Brescia) -----------------------------------
RALLY = {"id": "sv_2026_valli", "name": "Coppa delle Valli Bresciane 2026",
         "start": (45.53891, 10.21975)}  # the start in Brescia (a negative)
CONTROLS = {"CO3": (45.81194, 10.06913), "CO5": (45.70512, 10.21307)}  # control points (negatives)
CO3_FIX = (45.811874, 10.069322)  # her phone at the Lovere control
CO5_FIX = (45.705263, 10.212851)  # her phone at the Colle San Zeno control
CAR = {"make": "Fiat", "model": "1100/103", "year": 1957, "chassis": "103-118842",
       "plate": "BS 184927"}  # the father-in-law's car (chassis and plate: no type, unlabelled)
CREW = "SV26-0147"  # their crew's entry number (financial.purchase: the entry she paid)

# --- Famee Arcobalen (a rainbow families' association) --------------------------------------------
ASSOC = {"id": "fa_bg", "name": "Famee Arcobalen Bergamo", "hall": (45.69612, 9.66941),
         "phone": "+39035550142"}  # the association's office (negatives)
MEMBER = "FA-BG-00418"  # her membership number (id.user)

# --- Pedali (the son's children's mountain-bike school) -------------------------------------------
BIKE_SCHOOL = {"id": "mtb_alzano", "name": "Scuola MTB Alzano", "base": (45.73472, 9.72654),
               "phone": "+39035550177"}  # the school's base (negatives)
TRAIL_FIX = (45.741906, 9.738214)  # her phone on the trail behind the children (precise)

# --- Sogn Bu (an insomnia programme of a hospital's sleep centre) ---------------------------------
SLEEP_CENTRE = {"id": "cs_bgovest", "name": "Centro del Sonno Bergamo Ovest",
                "at": (45.68782, 9.63504), "phone": "+39035550121"}  # (negatives)
CENTRE_FIX = (45.687851, 9.635106)  # her phone at the centre
PATIENT = "CSB-26-00931"  # her sleep-centre patient number (health.medical, as set 151's chart)

# --- Ca Sicura (home insurance: the hail claim) ---------------------------------------------------
POLICY = "CS-CASA-7731904"  # her home policy number (financial.purchase: a policy she bought)
CLAIM = "SIN-2025-0418833"  # the hail claim (financial.purchase)

# --- Spesa Giosta (a solidarity purchasing group) -------------------------------------------------
GAS_HALL = {"id": "gas_ranica", "name": "Sala dell'oratorio, Ranica",
            "at": (45.72356, 9.71088)}  # the distribution hall (a negative)
GAS_MEMBER = "GAS-RAN-061"  # her family's member account (id.user)
FARMS = {"brolo": {"name": "Cascina Brolo", "phone": "+39035550190"},
         "valtorta": {"name": "Latteria di Valtorta", "phone": "+39034555018"}}  # (negatives)

# --- Stua (the pellet stove: servicing and pellet deliveries) -------------------------------------
STOVE = {"serial": "SP9-0071842", "model": "Idra 9 kW", "module": "WM-2 0a:44:1f"}  # (negatives)
DEALER = {"id": "dl_serio", "name": "Stufe Serio", "phone": "+39035550163",
          "at": (45.73022, 9.72311)}  # the dealer's shop (negatives)
CUSTOMER = "STU-C-20417"  # her customer number at the dealer (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", it: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Italian first with ``it``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("it-IT,it;q=0.9,en;q=0.8" if it else "en-IT,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ASSOC", "BIKE_SCHOOL", "CAR", "CENTRE_FIX", "CF", "CLAIM", "CO3_FIX", "CO5_FIX",
           "CONTROLS", "CREW", "CUSTOMER", "DEALER", "FARMS", "FATHER_IL", "GAS_HALL",
           "GAS_MEMBER", "HOME", "HOME_AT", "IT_IBAN", "IT_NET", "LICENCE", "MEMBER", "PATIENT",
           "PERMIT", "POLICY", "RALLY", "SISTER_US", "SLEEP_CENTRE", "SON", "STOVE", "TRAIL_FIX",
           "TZ", "WIFE", "dev_block", "fix", "hd", "obj", "push"]
