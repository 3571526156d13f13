"""Helpers for the three-hundred-and-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Wolaita Sodo (southern Ethiopia) with her
Wolaita husband Ermias Anjulo, her US SIM roaming; their daughter Selam Ermias (8) goes to a
primary school in Sodo; her mother-in-law Almaz Wochamo lives in Boditi, where the family's
enset garden is. Her places (their Sodo house, her fixes at the iddir hall, a mourning house,
the enset garden, the festival ground, the church, the laboratory, the butcher's yard and her
own latrine pit) are hers (``location.precise`` where sent); the iddir hall, the processing
group's shed, the stadium, the church, the laboratory, the butcher and the truck depot are
businesses' or associations' (negatives). People: her husband and her mother-in-law
(``contact.*`` when she types them), their daughter (a data subject: her name, birth date, sex
and club number are labelled), a deceased neighbour, the laboratory's doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Addis_Ababa"

# --- her Wolaita life -----------------------------------------------------------------------------
HOME = {"line": "House 417, Arada kebele 03", "area": "Arada", "town": "Wolaita Sodo",
        "zone": "Wolaita", "region": "South Ethiopia"}
HOME_AT = (6.856214, 37.759482)  # their house in Sodo (location.precise where sent)
HUSBAND = ("Ermias Anjulo", "+251916204471")  # typed by her: contact.*
MOTHER_IL = ("Almaz Wochamo", "+251912780356")  # her mother-in-law in Boditi
DAUGHTER = {"first": "Selam", "last": "Ermias", "dob": "2017-11-04", "sex": "girl",
            "club": "HBC-26-0114"}  # a data subject (sets 29, 35, 37)
DOB_EC = "09/09/1983"  # her birth date in the Ethiopian calendar (Ginbot 9, 1983)
RESIDENT_ID = "FR-ET-0418822"  # her foreign-resident ID card (personal.national_id)
PASSPORT = "581204477"  # her US passport (personal.national_id)
ET_ACCOUNT = "1000288174451"  # her birr account (financial.payment)
ET_NET = "63601"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Shooro Iddir (the neighbourhood funeral mutual-aid association) ------------------------------
IDDIR = {"id": "idr_arada3", "name": "Arada 03 Shooro Iddir", "phone": "+251465510233",
         "lat": 6.85744, "lon": 37.76088}  # the iddir's hall (negatives)
HALL_FIX = (6.857418, 37.760912)  # her phone at the hall
MOURNING_FIX = (6.858902, 37.757714)  # her phone at the neighbour's mourning house
MEMBER = "AI-03-0347"  # their household's iddir book number (id.user)
NEIGHBOUR = "Dana Dolebo"  # the deceased neighbour (contact.name where typed)

# --- Uttaa Citaa (a women's enset-processing group in Boditi) -------------------------------------
SHED = {"id": "uc_bod07", "name": "Boditi Uttaa Women's Group", "phone": "+251912004417",
        "lat": 6.96081, "lon": 37.86342}  # the group's shed (negatives)
GARDEN_AT = [(6.962418, 37.861207), (6.962771, 37.861802), (6.962203, 37.862144),
             (6.961879, 37.861533)]  # the family's enset garden corners (hers: precise)
GARDEN_FIX = (6.962311, 37.861690)  # her phone among the enset plants
GROWER = "UC-G-2219"  # her grower account (id.user)

# --- Gifaataa Bonchcho (the Wolaita cultural association and new-year festival) -------------------
STADIUM = {"id": "gf_sodo_st", "name": "Sodo Stadium", "lat": 6.85302,
           "lon": 37.75377}  # the festival ground (a negative as a place)
FEST_FIX = (6.853118, 37.753902)
ASSOC_NO = "WCA-SD-10932"  # her association card (id.user)

# --- Hope Children's Holiday Bible Club (a Protestant church's club for Selam) --------------------
CHURCH = {"id": "ch_sodo_hope", "name": "Sodo Hope Evangelical Church", "lat": 6.86117,
          "lon": 37.76402, "phone": "+251465512870"}  # the church (negatives)
CHURCH_FIX = (6.861142, 37.764063)

# --- Xalliya Lab (a private diagnostic laboratory and clinic) -------------------------------------
LAB = {"id": "lab_sd01", "name": "Xalliya Diagnostic Centre", "phone": "+251465514490",
       "lat": 6.85512, "lon": 37.75902}  # the laboratory (negatives)
LAB_FIX = (6.855097, 37.759044)
LAB_NO = "XL-2026-00871"  # her patient (lab) number (health.medical, as a chart number)
DOCTOR = ("Dr. Meskerem Gebre", "meskerem.g@xalliya.example.org")  # typed by her: contact.*

# --- Qirchaa (a holiday ox-share among neighbours) ------------------------------------------------
BUTCHER = {"id": "bt_sodo_02", "name": "Arada Butchery", "lat": 6.85791,
           "lon": 37.76211}  # the butcher's yard (negatives)
OX = {"id": "ox_26_014", "kg": 412, "breed": "Boran cross"}  # the ox (negatives)
SHARE = "QR-2026-0914-07"  # her share (financial.purchase)

# --- Bolloo (a latrine desludging and tank cleaning service) --------------------------------------
DEPOT = {"id": "dp_sodo", "name": "Bolloo Sodo Depot", "lat": 6.84811, "lon": 37.77102,
         "phone": "+251465518100"}  # the truck depot (negatives)
PIT_FIX = (6.856301, 37.759401)  # her phone at their pit, behind the house
JOB = "BL-26-11873"  # the desludging job (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", am: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English; Amharic and English with ``am``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("am-ET,am;q=0.9,en;q=0.8" if am else "en-ET,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_ET") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_ET") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a note, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ASSOC_NO",
    "BUTCHER",
    "CHURCH",
    "CHURCH_FIX",
    "DAUGHTER",
    "DEPOT",
    "DOB_EC",
    "DOCTOR",
    "ET_ACCOUNT",
    "ET_NET",
    "FEST_FIX",
    "GARDEN_AT",
    "GARDEN_FIX",
    "GROWER",
    "HALL_FIX",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "IDDIR",
    "JOB",
    "LAB",
    "LAB_FIX",
    "LAB_NO",
    "MEMBER",
    "MOTHER_IL",
    "MOURNING_FIX",
    "NEIGHBOUR",
    "OX",
    "PASSPORT",
    "PIT_FIX",
    "RESIDENT_ID",
    "SHARE",
    "SHED",
    "STADIUM",
    "TZ",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
