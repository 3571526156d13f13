"""Helpers for the two-hundred-and-thirty-seventh (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives between Suva (a rented house in Samabula) and
Ahau on Rotuma, the home village of her Rotuman husband Tarterani Fatiaki, her US SIM roaming on a
fictional Fijian network (542-07); their son Jiare (10) is in Year 5 at a Suva primary school; her
mother-in-law Mereani Fatiaki (71) lives in the family house at Ahau and is losing her sight.
Her places (the Suva house, the Ahau house, her fixes at the heart-rehab unit, on the seawall,
at the science-fair hall, at the test centre) are hers (``location.precise`` where sent); the
rehab unit, the fair's hall, the hire depot, the government station at Ahau, the test centre,
the arborist's yard and the credit bureau's office are businesses' or public places (negatives).
People: her husband (``contact.*`` when she types him), their son (a data subject: his name,
birth date, sex and pupil number are labelled), her mother-in-law (a data subject in the
disability-card app), her sister in the US, her husband's cousin in Suva.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Fiji"

# --- her Suva and Rotuma life ---------------------------------------------------------------------
SUVA_HOME = {"line": "27 Vunakece Street", "area": "Samabula", "town": "Suva",
             "division": "Central"}
SUVA_HOME_AT = (-18.118342, 178.447915)  # the Samabula house (location.precise where sent)
AHAU_HOME = {"line": "Fatiaki house, by the Ahau church green", "village": "Ahau",
             "district": "Itu'ti'u", "island": "Rotuma"}
AHAU_HOME_AT = (-12.506114, 177.068243)  # the family house at Ahau (hers when she stays there)
HUSBAND = ("Tarterani Fatiaki", "+6797214486")  # typed by her: contact.*
SON = {"first": "Jiare", "last": "Fatiaki", "dob": "2015-08-02", "sex": "M",
       "pupil": "VKP-2021-0438"}  # a data subject (sets 29, 35, 37)
MOTHER_IL = {"name": "Mereani Fatiaki", "phone": "+6799330612", "dob": "1954-03-11",
             "tin": "409118266", "card": "FDC-RT-004127"}  # a data subject (the card app)
COUSIN = ("Vilsoni Inia", "+6798452207")  # her husband's cousin in Nasinu (typed: contact.*)
SISTER_US = ("Emily Doe", "+15550148377", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "FJ-RP-24-118834"  # her Fiji residence permit (personal.national_id)
PASSPORT = "583302176"  # her US passport (personal.national_id)
TIN = "508214773"  # her Fiji tax identification number (personal.national_id)
FJ_ACCOUNT = "2201884057"  # her Fiji dollar savings account (financial.payment)
FJ_NET = "54207"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Fikalelei (a credit bureau's consumer app) ---------------------------------------------------
BUREAU = {"id": "cb_suva01", "name": "Fikalelei Credit Reference Bureau", "phone": "+6793310455",
          "lat": -18.14182, "lon": 178.42493}  # the bureau's office (negatives)
MEMBER = "FKL-0088-2146"  # her bureau member number (id.user)
LOAN_ACCT = "LN-4471-20931"  # the disputed loan account in her name (financial.payment)

# --- Hugalelei (a cardiac rehabilitation programme) -----------------------------------------------
REHAB = {"id": "hr_suva", "name": "Suva Heart Rehabilitation Unit", "phone": "+6793313444",
         "lat": -18.14731, "lon": 178.42612}  # the unit (negatives)
REHAB_FIX = (-18.147288, 178.426157)  # her phone at the unit
SEAWALL = [(-18.150411, 178.428802), (-18.151372, 178.430177), (-18.152290, 178.431866)]
RECORD = "SHR-2025-11873"  # her hospital record number (health.medical)

# --- Raerae (the primary schools' science fair; their son's project) ------------------------------
FAIR_HALL = {"id": "hall_vt", "name": "Vatuwaqa Community Hall", "lat": -18.13844,
             "lon": 178.44301}  # the fair's venue (negatives)
FAIR_FIX = (-18.138466, 178.443052)
SCHOOL = {"id": "sch_vkp", "name": "Vunakece Primary School"}  # (negatives)

# --- Katenti (tent, chair and generator hire) -----------------------------------------------------
DEPOT = {"id": "dp_kalabu", "name": "Katenti Kalabu depot", "phone": "+6793391207",
         "lat": -18.09112, "lon": 178.48655}  # the hire depot (negatives)
HIRE_BOOKING = "KT-26-04417"  # her hire booking (financial.purchase)

# --- Hanisi Card (a disability concession card; she is her mother-in-law's carer) -----------------
STATION = {"id": "gs_ahau", "name": "Ahau Government Station", "lat": -12.50741,
           "lon": 177.06998}  # the station's office (negatives)
CARER = "CAR-5521-09"  # her carer account (id.user)

# --- Laisenfiti (driving-licence tests) -----------------------------------------------------------
TEST_CENTRE = {"id": "tc_valelevu", "name": "Valelevu Licensing Centre", "lat": -18.08733,
               "lon": 178.47462}  # (negatives)
TEST_FIX = (-18.087351, 178.474588)
US_LICENCE = "742 118 305"  # her New York licence number (personal.national_id)
TEST_BOOKING = "LT-DT-2026-33190"  # the practical test booking (financial.purchase)

# --- Oloai (a tree-felling service) ---------------------------------------------------------------
YARD = {"id": "yd_lami", "name": "Oloai Tree Services yard", "lat": -18.11244,
        "lon": 178.41172}  # (negatives)
TREE_AT = (-18.118296, 178.448011)  # the mango tree in their yard (hers: precise)
JOB = "OL-26-0752"  # the felling job (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", rt: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Rotuman first with ``rt``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("rtm-FJ,rtm;q=0.9,en;q=0.8" if rt else "en-FJ,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_FJ") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_FJ") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AHAU_HOME", "AHAU_HOME_AT", "BUREAU", "CARER", "COUSIN", "DEPOT", "FAIR_FIX",
           "FAIR_HALL", "FJ_ACCOUNT", "FJ_NET", "HIRE_BOOKING", "HUSBAND", "JOB", "LOAN_ACCT",
           "MEMBER", "MOTHER_IL", "PASSPORT", "RECORD", "REHAB", "REHAB_FIX", "RESIDENCE",
           "SCHOOL", "SEAWALL", "SISTER_US", "SON", "STATION", "SUVA_HOME", "SUVA_HOME_AT",
           "TEST_BOOKING", "TEST_CENTRE", "TEST_FIX", "TIN", "TREE_AT", "TZ", "US_LICENCE",
           "YARD", "dev_block", "fix", "hd", "obj", "push"]
