"""Helpers for the two-hundred-and-thirty-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Kara (northern Togo, the Tomdè quarter)
with her Kabiyè husband Essozimna Tchalla, a teacher at a Kara lycée; their son Tchilabalo (11)
is in CM2 and sits the primary-school exam (CEPD) in June; her mother-in-law Massama Kpatcha lives
in the family compound at Landa (a Kozah canton north of town); her brother-in-law Pitalounani
Tchalla lives in Lomé (Bè); her sister Megan is in the US. Her US SIM roams on the Togolese
network (a second, local SIM carries her Togolese number). Her places (the Tomdè house, the
family compound and sorghum field at Landa, her fixes at the warehouse, the wrestling ground, the
pharmacy, the bus station, the school gate) are hers (``location.precise`` where sent); the
cooperative's warehouse, the canton's wrestling ground, the cabaret, the pharmacy, the bus
station and its Lomé yard, the school and the exam centre, the gas depot are businesses' or the
canton's (negatives). People: her husband, son, mother-in-law, nephew (an Evala initiate),
brother-in-law and sister (``contact.*`` when she types them; the son is a data subject).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Lome"

# --- her Kara life --------------------------------------------------------------------------------
HOME = {"line": "Rue 412, lot 17, Tomdè", "area": "Tomdè", "town": "Kara", "prefecture": "Kozah",
        "region": "Kara"}
HOME_AT = (9.553182, 1.182407)  # their house in Tomdè (location.precise where sent)
HUSBAND = ("Essozimna Tchalla", "+22890412763")  # typed by her: contact.*
SON = {"first": "Tchilabalo", "last": "Tchalla", "dob": "2014-03-08", "sex": "abalu",
       "birth_act": "KZ-2014-AN-00318",  # his birth-certificate act number (national_id)
       "candidate": "CEPD26-KR3-041177"}  # his exam candidate number (id.user)
MOTHER_IL = ("Massama Kpatcha", "+22891083354")  # her mother-in-law at Landa
NEPHEW = ("Essowavana Tchalla", "2006-11-02")  # the husband's brother's son, an Evala initiate
BROTHER_IL = ("Pitalounani Tchalla", "+22899214480", "Rue 221, Bè Kpota, Lomé")  # in Lomé
SISTER_US = ("Megan Doe", "+15550147731", "megan.doe@example.net")  # her sister in Oregon
LOCAL_SIM = "+22893470519"  # her Togolese number on the second SIM (contact.phone)
RES_CARD = "CS-TG-0417792"  # her Togolese residence card (personal.national_id)
PASSPORT = "583904117"  # her US passport (personal.national_id)
TG_ACCOUNT = "TG53TG0090604310346500400070"  # her CFA franc account (financial.payment)
TG_NET = "61503"  # the visited network's MCC/MNC while roaming (location.carrier)
COMPOUND_AT = (9.608812, 1.219934)  # the family compound at Landa (precise where sent)
FIELD_AT = (9.614407, 1.211268)  # her phone in the family's sorghum field at Landa

# --- Warakredi (a cooperative's warrantage: grain in the warehouse as a loan's collateral) -------
WAREHOUSE = {"id": "mg_lnd02", "name": "Magasin coopératif de Landa", "phone": "+22826600412",
             "lat": 9.61244, "lon": 1.21877}  # the cooperative's warehouse (negatives)
WAREHOUSE_FIX = (9.612418, 1.218803)  # her phone at the warehouse
MEMBER = "WK-LND-00281"  # her cooperative membership (id.user)
LOAN = "KRD-2026-00913"  # her warrantage loan (financial.purchase)
RECEIPT = "RE-LND-26-0442"  # the warehouse receipt for her sacks (financial.purchase)

# --- Evalatom (the canton's Evala initiation-rites committee) -------------------------------------
GROUND = {"id": "kim_lnd", "name": "Landa wrestling ground", "lat": 9.60931,
          "lon": 1.22410}  # the canton's ground (a negative as a place)
GROUND_FIX = (9.609287, 1.224133)
HOUSEHOLD = "EV-LND-TCH-0077"  # the family's registration with the committee (id.user)
LINEAGE = "Tchalla-Kpeloudè"  # the husband's lineage (personal.sensitive: ethnic origin)

# --- Sulumkanari (a sorghum-beer cabaret's orders) ------------------------------------------------
CABARET = {"id": "cb_mzl", "name": "Cabaret Mama Mazalo", "phone": "+22890771540",
           "lat": 9.54871, "lon": 1.18733}  # the brewer's cabaret (negatives)

# --- Lakasigarde (on-duty pharmacies and reservations) --------------------------------------------
PHARMACY = {"id": "ph_krz03", "name": "Pharmacie de la Kozah", "phone": "+22826601733",
            "lat": 9.55102, "lon": 1.18611}  # (negatives)
PHARMACY_FIX = (9.551033, 1.186094)
MUTUAL = "MSK-07-228419"  # her health-mutual member number (health.medical, as set 37)

# --- Egzamtom (the son's CEPD exam preparation and registration) ----------------------------------
SCHOOL = {"id": "ep_lum_tmd", "name": "EPP Lumière de Tomdè", "lat": 9.55511, "lon": 1.17902,
          "phone": "+22826601190"}  # (negatives)
CENTRE = {"id": "ctr_kr3", "name": "Centre CEPD Kara-Sud III", "lat": 9.54322,
          "lon": 1.17455}  # the exam centre (negatives)
GATE_FIX = (9.555098, 1.179051)  # her fix at the school gate

# --- Loorikolisi (bush-taxi seats and parcels, Kara - Lomé) ---------------------------------------
STATION = {"id": "gr_kara", "name": "Gare routière de Kara", "lat": 9.54788, "lon": 1.19066,
           "phone": "+22826602233"}  # (negatives)
LOME_YARD = {"id": "gr_lome_agb", "lat": 6.16533, "lon": 1.23022}  # the Lomé yard (negative)
STATION_FIX = (9.547902, 1.190618)
TICKET = "LK-2601-88314"  # her seat (financial.purchase)
PARCEL = "KOL-26-0051782"  # a parcel she sends (financial.purchase)

# --- Gazidiga (a gas-cylinder refill delivery) ----------------------------------------------------
DEPOT = {"id": "gz_krn", "name": "Dépôt gaz Kara-Nord", "phone": "+22826604410",
         "lat": 9.56941, "lon": 1.19270}  # (negatives)
GAS_CLIENT = "GZ-KR-30218"  # her customer number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-TG,fr;q=0.9,en;q=0.8" if fr else "en-TG,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_TG") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_TG") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a lot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BROTHER_IL", "CABARET", "CENTRE", "COMPOUND_AT", "DEPOT", "FIELD_AT", "GAS_CLIENT",
           "GATE_FIX", "GROUND", "GROUND_FIX", "HOME", "HOME_AT", "HOUSEHOLD", "HUSBAND",
           "LINEAGE", "LOAN", "LOCAL_SIM", "LOME_YARD", "MEMBER", "MOTHER_IL", "MUTUAL",
           "NEPHEW", "PARCEL", "PASSPORT", "PHARMACY", "PHARMACY_FIX", "RECEIPT", "RES_CARD",
           "SCHOOL", "SISTER_US", "SON", "STATION", "STATION_FIX", "TG_ACCOUNT", "TG_NET",
           "TICKET", "TZ", "WAREHOUSE", "WAREHOUSE_FIX", "dev_block", "fix", "hd", "obj", "push"]
