"""Helpers for the two-hundred-and-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Nuuk (Greenland) with her Greenlandic
husband Aqqaluk Petersen, her US SIM roaming on the Greenlandic network; their son Malik (turning
6) is in the first class, their daughter Aviaja is a baby (7 months); her husband's parents live
in Ilulissat and his brother Kuunnguaq keeps the family's sled-dog team in Sisimiut (sled dogs
are not kept in Nuuk). Her places (their Qinngorput flat, her fixes at the freezer house, on the
fjord in a kayak, on the sea ice off Ilulissat, at the dog yard in Sisimiut) are hers
(``location.precise`` where sent); the oil company's depot, the bakery, the kayak club house,
the freezer house, the official ice stations, the health centre and the Sisimiut race start are
businesses' or public points (negatives). People: her husband, their two children (data
subjects: names, birth dates, sex, CPR numbers), her mother-in-law, her brother-in-law, her
sister in the US. CPR numbers are Danish-style (DDMMYY-SSSS, the modulus-11 check holds, the
seventh digit fits the century, the last digit odd for men); the IBANs' mod-97 checks hold.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Nuuk"

# --- her Nuuk life --------------------------------------------------------------------------------
HOME = {"line": "Qinnguata Aqqutaa 17, 2. tv", "area": "Qinngorput", "town": "Nuuk",
        "post": "3905"}
HOME_AT = (64.164872, -51.641903)  # their flat (location.precise where sent)
CPR = "170591-2056"  # her Greenlandic CPR number (personal.national_id)
HUSBAND = {"name": "Aqqaluk Petersen", "first": "Aqqaluk", "phone": "+299524418",
           "cpr": "030288-1057"}  # typed by her: contact.* / personal.national_id
SON = {"first": "Malik", "last": "Petersen", "dob": "2020-01-22", "sex": "angut",
       "cpr": "220120-4057"}  # a data subject (sets 29, 35, 37)
BABY = {"first": "Aviaja", "last": "Petersen", "dob": "2025-05-09", "sex": "arnaq",
        "cpr": "090525-5010"}  # a data subject
MOTHER_IL = {"name": "Naja Petersen", "phone": "+299944127",
             "line": "Fredericiap Aqq. 8", "town": "Ilulissat", "post": "3952"}
BROTHER_IL = ("Kuunnguaq Petersen", "+299556031")  # in Sisimiut (keeps the dog team)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
GL_IBAN = "GL3464710001428093"  # her krone account (financial.payment)
GL_IBAN_HUSBAND = "GL4964710002087714"  # her husband's (typed by her: financial.payment)
GL_NET = "29001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Orsussaq (home heating-oil tank and deliveries) ----------------------------------------------
DEPOT = {"id": "dp_nuuk01", "name": "Orsussaq Nuuk Depot", "phone": "+299321900",
         "lat": 64.17412, "lon": -51.72188}  # (negatives)
OIL_CUSTOMER = "ORS-3905-22871"  # her customer number (id.user)
TANK = {"serial": "TS-4411-90AB", "litres": 1200}  # the tank sensor's serial (a negative)

# --- Kaffemik (hosting open-house coffee parties) -------------------------------------------------
BAKERY = {"id": "bk_qg07", "name": "Qinngorput Kaagiliorfik", "phone": "+299366712",
          "lat": 64.16311, "lon": -51.63902}  # (negatives)
CHURCH = {"id": "ch_hegede", "name": "Hans Egedep Oqaluffia"}  # the baptism's church

# --- Qajartorfik (a kayak club) -------------------------------------------------------------------
CLUBHOUSE = {"id": "qj_club01", "name": "Nuup Qajartortui", "lat": 64.17035,
             "lon": -51.73822}  # the club house (negative)
FJORD_FIX = [(64.168214, -51.735102), (64.166903, -51.731877), (64.165518, -51.727940)]
MEMBER = "NQ-0719"  # her club membership number (id.user)

# --- Qerititsivik (communal freezer lockers for game meat) ----------------------------------------
FREEZER = {"id": "qf_nuuk3", "name": "Qerititsiviit Nuuk 3", "lat": 64.18102,
           "lon": -51.70447, "phone": "+299323380"}  # (negatives)
FREEZER_FIX = (64.181047, -51.704392)
RENTAL = "QF-2025-01184"  # her locker rental contract (id.user)
LICENCE = "PIN-GL-883105"  # her husband's hunting licence (personal.national_id)

# --- Siku Takusat (a citizen-science sea-ice observation network) ---------------------------------
ICE_FIX = [(69.231844, -51.152077), (69.234510, -51.161238), (69.238102, -51.170945)]
STATION = {"id": "st_disko4", "lat": 69.22510, "lon": -51.14002}  # an official station (negative)
OBSERVER = "OBS-GL-00412"  # her observer number (id.user)

# --- Nutaraq (the municipal health visitor's app for the baby) ------------------------------------
HEALTH_CENTRE = {"id": "pc_nuuk", "name": "Peqqissaavik Nuuk", "phone": "+299344000",
                 "lat": 64.17854, "lon": -51.72011}  # (negatives)

# --- Qimmit (the sled-dog register and races in Sisimiut) -----------------------------------------
DOG_YARD_AT = (66.944318, -53.657204)  # the family's dog stake-out at the edge of Sisimiut
RACE_START = (66.93911, -53.67021)  # the race's public start (a negative)
TEAM = "QM-SIS-0331"  # the family's registered dog team (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", kl: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Kalaallisut first with ``kl``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("kl-GL,kl;q=0.9,da;q=0.8,en;q=0.7" if kl else "en-GL,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "kl_GL") -> dict[str, Any]:
    """An app's own device block (Kalaallisut keys: model, OS, language, zone: ``device.info``)."""
    return {"atortup_suussusia": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "oqaatsit": L(lang, DEV), "tz": L(TZ, DEV)}


def push(token: str, lang: str = "kl_GL") -> dict[str, Any]:
    """A first-party push registration (the token and the install ID ``id.device``)."""
    return {"push_token": L(token, DID), "atortoq_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a delivery line, a slot, an observation): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BABY", "BAKERY", "BROTHER_IL", "CHURCH", "CLUBHOUSE", "CPR", "DEPOT", "DOG_YARD_AT",
           "FJORD_FIX", "FREEZER", "FREEZER_FIX", "GL_IBAN", "GL_IBAN_HUSBAND", "GL_NET",
           "HEALTH_CENTRE", "HOME", "HOME_AT", "HUSBAND", "ICE_FIX", "LICENCE", "MEMBER",
           "MOTHER_IL", "OBSERVER", "OIL_CUSTOMER", "RACE_START", "RENTAL", "SISTER_US", "SON",
           "STATION", "TANK", "TEAM", "TZ", "dev_block", "fix", "hd", "obj", "push"]
