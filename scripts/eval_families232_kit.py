"""Helpers for the two-hundred-and-thirty-second (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Antigua Guatemala (Sacatepequez) with her
Kaqchikel husband Mateo Xinico Sotz, a teacher in Chimaltenango (B'oko'), her US SIM roaming on
a Guatemalan network; their son Balam Xinico Doe (10) builds giant kites with a children's team
in Sumpango; her mother-in-law Tomasa Sotz Cumez lives in Chimaltenango; her sister Laura Doe
lives in Oregon. Her places (their Antigua house, her fixes at the hermandad's church, the kite
workshop, the orthopaedic clinic, the print shop, the fireworks stand) are hers
(``location.precise`` where sent); the church, the workshop, the cemetery, the Spanish school, the
clinic, the tortilleria, the print shop and the fireworks stand are businesses' or institutions'
points (negatives). People: her husband, her mother-in-law and her sister (``contact.*`` when she
types them), their son (a data subject: his name, birth date, sex, CUI and team number are
labelled), the Spanish school's students she hosts (their names only in responses; a student's
allergy she reports is text), her surgeon.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Guatemala"

# --- her Antigua life -----------------------------------------------------------------------------
HOME = {"line": "3a Calle Poniente 19, casa B", "area": "Barrio San Sebastian",
        "town": "Antigua Guatemala", "dept": "Sacatepequez", "post": "03001"}
HOME_AT = (14.559412, -90.737218)  # their house (location.precise where sent)
HUSBAND = ("Mateo Xinico Sotz", "+50255184422")  # typed by her: contact.*
MOTHER_IL = ("Tomasa Sotz Cumez", "+50247730615")  # her mother-in-law in Chimaltenango
MOTHER_IL_HOME = "2a Avenida 5-40 zona 3, Chimaltenango"  # typed by her: contact.address
SON = {"first": "Balam", "last": "Xinico Doe", "dob": "2015-08-04", "sex": "ala",
       "cui": "3514209810301"}  # a data subject (sets 29, 35, 37, 151); ``ala`` boy
SISTER_US = ("Laura Doe", "+15550162290", "laura.doe@example.net")  # her sister in Oregon
DPI = "2987415030301"  # her Guatemalan DPI for domiciled foreigners (personal.national_id)
NIT = "8841207-5"  # her tax number (personal.national_id)
PASSPORT = "588310276"  # her US passport (personal.national_id)
GT_ACCOUNT = "GT16BANX01010000000012345678"  # her quetzal account (financial.payment)
GT_NET = "70402"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Eqanel (a Holy Week hermandad's carriers' registry) ------------------------------------------
CHURCH = {"id": "hdad_calv", "name": "Hermandad de Jesus Nazareno del Calvario Viejo",
          "lat": 14.55231, "lon": -90.73102}  # the brotherhood's church (a negative)
CHURCH_FIX = (14.552287, -90.731048)
CARRIER_NO = "HJN-CV-04417"  # her carrier (devota) number in the hermandad's register (id.user)

# --- Kaqiq (the children's giant-kite team in Sumpango) -------------------------------------------
WORKSHOP = {"id": "tl_smp07", "name": "Taller de Barriletes Kaqiq", "lat": 14.64633,
            "lon": -90.73418, "phone": "+50278331207"}  # the workshop (negatives)
WORKSHOP_FIX = (14.646291, -90.734160)
CEMETERY = (14.64408, -90.73752)  # the festival field by the cemetery (a negative)
KITER = "KQ-2025-0188"  # the son's team member number (id.user)

# --- Waribal (a Spanish school's host-family app; she hosts students) -----------------------------
SCHOOL = {"id": "esc_panqan", "name": "Escuela de Espanol Pan Qan", "lat": 14.55702,
          "lon": -90.73311, "phone": "+50278320518"}  # the school (negatives)
HOST = "FAM-0731"  # her host-family account (id.user)
STUDENT = "st_8c21f04a"  # a student's ID at the school (a negative: not her)

# --- Qaxomal (an orthopaedic clinic: her torn meniscus after a fall on the cobbles) ---------------
CLINIC = {"id": "cl_stlucia", "name": "Clinica Ortopedica Santa Lucia", "lat": 14.56418,
          "lon": -90.74022, "phone": "+50278312240"}  # the clinic (negatives)
CLINIC_FIX = (14.564152, -90.740241)
RECORD = "COSL-25-11873"  # her clinical record number (health.medical)
POLICY = "TRV-88120457-01"  # her travel-insurance member number (health.medical, as set 37)
SURGEON = ("Dra. Lucia Par Ajsivinac", "lpar@cosl.example.org")  # typed by her: contact.*

# --- Lej (a tortilleria's orders) -----------------------------------------------------------------
TORTILLERIA = {"id": "tt_comal", "name": "Tortilleria La Comalera", "lat": 14.55998,
               "lon": -90.73588, "phone": "+50278324461"}  # (negatives)
LEJ_CLIENT = "LJ-44120"  # her customer number (id.user)

# --- Tzibanik (a print shop in Chimaltenango) -----------------------------------------------------
PRINTSHOP = {"id": "imp_boko", "name": "Imprenta El Tecolote", "lat": 14.66055,
             "lon": -90.81672, "phone": "+50278391120"}  # (negatives)
PRINT_FIX = (14.660528, -90.816747)
PRINT_ORDER = "TZ-251104-027"  # an order (financial.purchase)

# --- Qaq (a fireworks maker's stands) -------------------------------------------------------------
STAND = {"id": "pst_km54", "name": "Coheteria San Juan, puesto km 54", "lat": 14.65711,
         "lon": -90.80993}  # the stand on the highway (a negative)
STAND_FIX = (14.657092, -90.809951)
QAQ_ORDER = "QQ-1207-3381"  # her pre-order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", es: bool = True,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Spanish first, or English with ``es=False``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("es-GT,es;q=0.9,en;q=0.8" if es else "en-US,en;q=0.9,es;q=0.7",
                             DEV)
    return h


def dev_block(lang: str = "es_GT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "es_GT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a turn, a slot, an order line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CARRIER_NO", "CEMETERY", "CHURCH", "CHURCH_FIX", "CLINIC", "CLINIC_FIX", "DPI",
           "GT_ACCOUNT", "GT_NET", "HOME", "HOME_AT", "HOST", "HUSBAND", "KITER", "LEJ_CLIENT",
           "MOTHER_IL", "MOTHER_IL_HOME", "NIT", "PASSPORT", "POLICY", "PRINTSHOP", "PRINT_FIX",
           "PRINT_ORDER", "QAQ_ORDER", "RECORD", "SCHOOL", "SISTER_US", "SON", "STAND",
           "STAND_FIX", "STUDENT", "SURGEON", "TORTILLERIA", "TZ", "WORKSHOP", "WORKSHOP_FIX",
           "dev_block", "fix", "hd", "obj", "push"]
