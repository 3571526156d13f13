"""Helpers for the two-hundred-and-seventeenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Iqaluit (Nunavut, Canada) with her Inuk
husband Joanasie Akulukjuk (from Pangnirtung), her US SIM roaming; their son Tomasi (10) does
Arctic sports; her mother-in-law Rosie lives in Pangnirtung, her brother-in-law Pauloosie hunts
out of Igloolik and ships the family country food. She teaches at a (fictional) elementary school.
Her places (their home on the Road to Nowhere, her fixes at the hospital, the gym, the cabin up
the Sylvia Grinnell, the cargo shed, the studio in Pangnirtung) are hers (``location.precise``
where sent); the sealift co-operative, the hospital, the boarding home, the club's gym, the bear
patrol office, the studio, the cargo counters and the union office are businesses' or public
bodies' (negatives). People: her husband (``contact.*`` when she types him), their son (a data
subject: his name, birth date, sex, health card, beneficiary number and member number are
labelled), her mother-in-law, her brother-in-law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Iqaluit"

# --- her Iqaluit life -----------------------------------------------------------------------------
IQ_HOME = {"line": "Unit 3, Building 4128, Road to Nowhere", "bldg": "4128", "town": "Iqaluit",
           "region": "Nunavut", "post": "X0A 0H0"}
HOME_AT = (63.758213, -68.538714)  # their house (location.precise where sent)
HUSBAND = ("Joanasie Akulukjuk", "+18679794412")  # typed by her: contact.*
MOTHER_IL = ("Rosie Akulukjuk", "+18674738031")  # her mother-in-law in Pangnirtung
BROTHER_IL = ("Pauloosie Akulukjuk", "+18679342257")  # the hunter in Igloolik
SON = {"first": "Tomasi", "last": "Akulukjuk", "dob": "2015-03-08", "sex": "angut",
       "hc": "100738215", "ben": "NTI-0217-40318", "member": "PG-1142"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
HEALTH_CARD = "100452718"  # her Nunavut health card number (personal.national_id)
SIN = "946013729"  # her Social Insurance Number (9xx: a temporary resident; Luhn-valid)
SIN_DASHED = "946-013-729"
PASSPORT = "A03418725"  # her US passport (personal.national_id)
CA_ACCOUNT = "004-50112-5123478"  # her chequing account: institution-transit-account (payment)

# --- Umiarjuaq (the annual sealift pre-order) -----------------------------------------------------
SEALIFT = {"id": "sl_eac", "name": "Eastern Arctic Sealift Co-operative", "phone": "+18679795000",
           "port_lat": 63.73031, "port_lon": -68.54362}  # the co-op and its beach landing
SEA_ACCT = "UA-77120-IQ"  # her sealift customer account (id.user)
SEA_ORDER = "UMQ-26-031877"  # her order (financial.purchase)

# --- Aullarvik (medical travel: Iqaluit - Ottawa) ------------------------------------------------
HOSPITAL = {"id": "hp_iqr", "name": "Iqaluit Regional Hospital", "phone": "+18679758600",
            "lat": 63.74903, "lon": -68.51247}  # (negatives)
HOSPITAL_FIX = (63.749012, -68.512531)
BOARDING = {"id": "bh_ott2", "name": "Tungasuvvik Boarding Home", "lat": 45.38201,
            "lon": -75.73902, "phone": "+16135550177"}  # the boarding home in Ottawa (negatives)
BOARDING_FIX = (45.382044, -75.738911)
MT_FILE = "MT-2026-00417"  # her medical-travel authorisation (health.medical)
PNR = "QX7TLM"  # the flight booking (financial.purchase)

# --- Pinnguarvik (the son's Arctic sports club) ---------------------------------------------------
GYM = {"id": "gym_qul", "name": "Qulliit School Gym", "lat": 63.75112,
       "lon": -68.52031}  # (negatives)
GYM_FIX = (63.751094, -68.520287)

# --- Nanuqsiuqti (polar-bear sightings and patrol alerts) -----------------------------------------
PATROL = {"id": "bp_iqa", "name": "Iqaluit Bear Patrol", "phone": "+18679790911",
          "lat": 63.74671, "lon": -68.51702}  # (negatives)
CABIN_AT = (63.793412, -68.611078)  # the family's cabin up the Sylvia Grinnell (hers)
SIGHT_FIX = (63.790228, -68.604415)  # her phone when she saw the bear
BEAR_AT = (63.7889, -68.6012)  # the bear's estimated spot, 4 decimals (her report: precise)

# --- Titiqtugaq (a Pangnirtung tapestry commission) -----------------------------------------------
STUDIO = {"id": "st_pang", "name": "Pangnirtung Weave & Print Studio", "phone": "+18674738800",
          "lat": 66.14662, "lon": -65.70119}  # (negatives)
STUDIO_FIX = (66.146588, -65.701254)
COMMISSION = "TT-2026-0088"  # the tapestry commission (financial.purchase)
COLLECTOR = "COL-5520"  # her collector account (id.user)

# --- Niqituinnaq (country-food air cargo from Igloolik) -------------------------------------------
CARGO_IGL = {"id": "cg_yge", "lat": 69.36472, "lon": -81.81611}  # the Igloolik cargo counter
CARGO_IQA = {"id": "cg_yfb", "lat": 63.75442, "lon": -68.54497}  # the Iqaluit cargo shed
CARGO_FIX = (63.754402, -68.545103)
WAYBILL = "617-40318826"  # the air waybill (financial.purchase)
SHIPPER_ACCT = "NQ-3390"  # her consignee account (id.user)

# --- Ilisaijiit (her teachers' association: a union) ----------------------------------------------
UNION = {"id": "un_nea", "name": "Nunavut Educators' Association", "lat": 63.74588,
         "lon": -68.51933}  # (negatives)
MEMBER = "NEA-30917"  # her membership number (id.user)
SCHOOL = {"id": "sc_qul", "name": "Qulliit Elementary School"}  # her workplace (a negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", iu: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Canadian English, Inuktitut first with
    ``iu``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("iu-CA,iu;q=0.9,en-CA;q=0.8" if iu else "en-CA,en;q=0.9", DEV)
    return h


def qarasaujaq(lang: str = "en_CA") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "uqausiq": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_CA") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "install_id": L(INSTALL_ID, DID), **qarasaujaq(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a sighting, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
