"""Helpers for the hundred-and-fifty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Tbilisi (Georgia) with her
Georgian husband Davit Meskhishvili, her US SIM roaming; their daughter Nino (9) is in the third
class of a public school in Vake. Her places (their Vake flat, her fixes at the bath house, the
church, the dental clinic, the school gate, the Svan guesthouse, the family vineyard in Kakheti,
the building's yard) are hers (``location.precise`` where sent); the bath house, the church, the
clinic, the school, the guesthouse, the winery's cellar door and the building's office are
businesses' or the parish's (negatives). People: her husband (``contact.*`` when she types him),
their daughter (a data subject: her name, birth date, sex, personal number and pupil number are
labelled), her mother-in-law, her sister in the US, her dentist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Tbilisi"

# --- her Tbilisi life -----------------------------------------------------------------------------
TB_HOME = {"line": "18 Paliashvili St, apt 9", "area": "Vake", "town": "Tbilisi",
           "region": "Tbilisi", "post": "0179"}
TB_HOME_AT = (41.708214, 44.767391)  # their flat (location.precise where sent)
HUSBAND = ("Davit Meskhishvili", "+995555018244")  # typed by her: contact.*
MOTHER_IL = ("Manana Meskhishvili", "+995555017730")  # her mother-in-law in Telavi
DAUGHTER = {"first": "Nino", "last": "Meskhishvili", "dob": "2016-09-21", "sex": "girl",
            "pn": "01001099887", "pupil": "VK214-3B-0917"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "RP-0044871290"  # her Georgian residence permit card number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
GE_ACCOUNT = "GE29NB0000000101904917"  # her lari account (financial.payment)
GE_NET = "28202"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Gogirdi (sulphur-bath booking; Georgian in Latin letters keys) -------------------------------
BATH = {"id": "ab_0412", "name": "Abano No. 7 Orbeliani", "phone": "+995322720455",
        "lat": 41.68816, "lon": 44.81099, "ssid": "Abano7-Guest",
        "bssid": "7c:2e:bd:41:09:c8"}  # the bath house (point, phone: negatives; Wi-Fi: wifi)
BATH_FIX = (41.688141, 44.811012)  # her phone at the bath house
BATH_CARD = "GG-550-31882"  # her bath loyalty card (id.user)
BATH_BOOKING = "JV-26011407"  # a private room booking (financial.purchase)

# --- Samreklo (an Orthodox parish's candles, commemorations and confession) -----------------------
CHURCH = {"id": "pr_vk02", "name": "Church of St. George, Vake", "lat": 41.70921,
          "lon": 44.76018}  # the parish's church (a negative as a place)
CHURCH_FIX = (41.709188, 44.760211)
PARISHIONER = "SVG-PR-01377"  # her parish register number (id.user)

# --- Kbilmedi (a dental-implant clinic) -----------------------------------------------------------
CLINIC = {"id": "dc_sab", "name": "Saburtalo Implant Dental Centre", "phone": "+995322119037",
          "lat": 41.72433, "lon": 44.75381}  # the clinic (negatives)
CLINIC_FIX = (41.724318, 44.753827)
CHART = "SIDC-2026-04418"  # her dental chart number (health.medical)
DENTIST = ("Dr. Tamar Gelashvili", "t.gelashvili@sidc.example.org")  # typed by her: contact.*
IMPLANT = {"system": "XT-Conical 4.1", "lot": "LT2209-1184", "site": "36"}  # (lot a negative)

# --- Dghiuri (the daughter's school e-journal) ----------------------------------------------------
SCHOOL = {"id": "sch_vk214", "name": "Vake Public School No. 214", "lat": 41.71066,
          "lon": 44.75522, "phone": "+995322251214"}  # the school (negatives)
GATE_FIX = (41.710702, 44.755190)  # her fix at the school gate
CLASS = {"id": "cl_3b", "grade": "3", "letter": "B"}  # (negatives)

# --- Koshkigza (a Svan guesthouse and trek registration) ------------------------------------------
GUESTHOUSE = {"id": "gh_0931", "name": "Koshki Guesthouse Mestia", "phone": "+995599410322",
              "lat": 43.04512, "lon": 42.72841}  # (negatives)
GUESTHOUSE_FIX = (43.045097, 42.728455)
PASS_AT = (42.99613, 42.88277)  # a pass on the route (a chart point: negative)
TRAIL_FIX = (42.998841, 42.874106)  # her phone on the trail
STAY = "KG-25-70114"  # her stay (financial.purchase)

# --- Marani Tsinandlebi (the husband's family vineyard's wine orders; she runs the shop) ----------
VINEYARD_AT = [(41.889214, 45.571822), (41.889801, 45.572934), (41.888702, 45.573610),
               (41.888121, 45.572409)]  # the family's vineyard corners (hers: precise)
CELLAR = {"id": "mr_tsn", "name": "Marani Tsinandlebi", "lat": 41.89077,
          "lon": 45.57042}  # the family cellar's public point (a negative)
SELLER = "MTS-S-0081"  # her seller account (id.user)

# --- Sadarbazo (the apartment building's association app) -----------------------------------------
BUILDING = {"id": "bld_pal18", "name": "Paliashvili 18 Association", "entrance": "2",
            "lat": 41.70829, "lon": 44.76745}  # (negatives)
FLAT = "PAL18-E2-09"  # their flat's account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ka: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Georgian first with ``ka``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ka-GE,ka;q=0.9,en;q=0.8" if ka else "en-GE,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_GE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_GE") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BATH", "BATH_BOOKING", "BATH_CARD", "BATH_FIX", "BUILDING", "CELLAR", "CHART",
           "CHURCH", "CHURCH_FIX", "CLASS", "CLINIC", "CLINIC_FIX", "DAUGHTER", "DENTIST", "FLAT",
           "GATE_FIX", "GE_ACCOUNT", "GE_NET", "GUESTHOUSE", "GUESTHOUSE_FIX", "HUSBAND",
           "IMPLANT", "MOTHER_IL", "PARISHIONER", "PASSPORT", "PASS_AT", "RESIDENCE", "SCHOOL",
           "SELLER", "SISTER_US", "STAY", "TB_HOME", "TB_HOME_AT", "TRAIL_FIX", "TZ",
           "VINEYARD_AT", "dev_block", "fix", "hd", "obj", "push"]
