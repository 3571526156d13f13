"""Helpers for the hundred-and-forty-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Tartu (Estonia) with her Estonian
husband Rasmus Tamm, her US SIM roaming; their daughter Liisa (8) goes to school in Tartu. Her
places (their Karlova flat, the allotment plot, her fixes at the parish church, the hearing
clinic, the tyre shop, the language school, the dance hall) are hers (``location.precise`` where
sent); the wood yard, the allotment society's gate, the church, the clinic, the tyre shop, the
school and the dance hall are businesses' or institutions' (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex and
personal code are labelled), a fellow parishioner, her sister in the US, the audiologist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Tallinn"

# --- her Tartu life ------------------------------------------------------------------------------
TARTU_HOME = {"line": "Tähe tn 27-4", "area": "Karlova", "town": "Tartu", "county": "Tartumaa",
              "zip": "50103"}
TARTU_HOME_AT = (58.368412, 26.724518)  # their flat (location.precise where sent)
HUSBAND = ("Rasmus Tamm", "+37255218804")  # typed by her: contact.*
DAUGHTER = {"first": "Liisa", "last": "Tamm", "dob": "2017-09-03", "sex": "girl",
            "code": "61709030215"}  # a data subject; her personal code personal.national_id
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
PARISHIONER = ("Tatjana Orlova", "+37253307716")  # a fellow parishioner she names
ISIKUKOOD = "49105170283"  # her Estonian personal code as a resident (personal.national_id)
PERMIT = "RP0448127"  # her residence permit card number (personal.national_id)
EE_IBAN = "EE382200221020145685"  # her Tartu bank account (financial.payment)

# --- Puuriit (a firewood co-operative; Estonian keys) --------------------------------------------
WOODYARD = {"id": "ladu_07", "name": "Ülenurme puuladu", "lat": 58.31402, "lon": 26.73188,
            "phone": "+3727303118"}  # the wood yard (negatives)
KLIENT = "PR-TRT-08813"  # her customer number (id.user)
WOOD_ORDER = "TL-2025-44107"  # a delivery order (financial.purchase)

# --- Peenar (an allotment-garden society) --------------------------------------------------------
ALLOT_GATE = {"id": "ag_raadi", "name": "Raadi aiandusühistu", "lat": 58.39408,
              "lon": 26.76311}  # the society's gate (a negative)
PLOT_AT = (58.394612, 26.764055)  # her plot no. 112 (hers: precise)
PLOT_NO = "R-112"  # the plot's number (a negative: a place's number)
MEMBER = "RAS-2025-0311"  # her society membership (id.user)

# --- Küünlavalgus (an Orthodox parish's candle and commemoration app) ----------------------------
CHURCH = {"id": "par_uspenski", "name": "Tartu Uspenski kogudus", "lat": 58.37872,
          "lon": 26.73205}  # the parish church (a negative as a place)
CHURCH_FIX = (58.378705, 26.732081)
PARISH_NO = "USP-0427"  # her parish register number (id.user)

# --- Kuuldekoda (a hearing clinic's hearing-aid fitting app) -------------------------------------
CLINIC = {"id": "hc_trt", "name": "Tartu Kuulmiskeskus", "phone": "+3727319040",
          "lat": 58.37633, "lon": 26.71924}  # the clinic (negatives)
CLINIC_FIX = (58.376318, 26.719262)
PATIENT_NO = "KK-552180"  # her clinic record number (health.medical)
AUDIOLOGIST = ("Kadri Lepp", "kadri.lepp@kuuldekoda.example.org")  # typed: contact.*
AID = {"serial": "HA-R-7730912", "ble": "C8:2E:47:91:0A:6B", "fw": "4.2.1"}  # negatives

# --- Rehvihotell (seasonal tyre change and storage) ----------------------------------------------
SHOP = {"id": "rh_ropka", "name": "Ropka Rehvikeskus", "lat": 58.35611, "lon": 26.73402,
        "phone": "+3727420155"}  # the tyre shop (negatives)
SHOP_FIX = (58.356094, 26.734048)
PLATE = "512 BKT"  # the family car's plate (a negative: the car's, stated in the docstring)
STORAGE = "HOT-25-10872"  # her storage contract (financial.purchase)

# --- Keelesild (an Estonian-language course and level exam) --------------------------------------
SCHOOL = {"id": "ks_trt", "name": "Tartu Keelekool", "lat": 58.38031, "lon": 26.72199}
SCHOOL_FIX = (58.380294, 26.722015)
LEARNER = "KS-B1-20931"  # her learner number (id.user)

# --- Tantsutuba (the daughter's children's folk-dance group for the dance festival) --------------
HALL = {"id": "dh_annelinn", "name": "Annelinna tantsusaal", "lat": 58.37395, "lon": 26.76880}
HALL_FIX = (58.373938, 26.768815)


# --- generators ----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", et: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Estonian first with ``et``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("et-EE,et;q=0.9,en;q=0.8" if et else "en-EE,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_EE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_EE") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a booking, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
