"""Helpers for the two-hundred-and-eighty-second (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Ramsloh (Seelterlound / Saterland, Landkreis
Cloppenburg, Lower Saxony) with her husband Hinnerk Deeken, a Saterland man who works at the
co-operative's feed mill in Friesoythe, her US SIM roaming; their son Tammo (10) is in the fourth
class of the primary school in Ramsloh; her mother-in-law Gesina Deeken lives on the family's old
farm in Scharrel. Her places (their house, her fixes at the marksmen's hall, the holiday
programme's meeting point, the spa clinic, the farm's milk machine, the road-bowling course, the
church's hall) are hers (``location.precise`` where sent); the hall, the town hall, the clinic,
the farm, the inn, the church and the building society's branch are businesses' or public places
(negatives). People: her husband (``contact.*`` when she types him), their son (a data subject:
his name, birth date, sex, holiday-pass number and health notes are labelled), her mother-in-law.
All of them, the businesses, the numbers and the places' names are fictional (the villages'
names are real).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Berlin"

# --- her Saterland life ---------------------------------------------------------------------------
HOME = {"street": "Am Moorkanal", "nr": "14", "line": "Am Moorkanal 14", "town": "Ramsloh",
        "gemeente": "Saterland", "post": "26683", "kreis": "Cloppenburg",
        "land": "Niedersachsen"}
HOME_AT = (53.087412, 7.637851)  # their house (location.precise where sent)
HUSBAND = ("Hinnerk Deeken", "+491713920043", "hinnerk.deeken@example.net")  # typed: contact.*
MOTHER_IL = ("Gesina Deeken", "+494492555127")  # her mother-in-law in Scharrel (landline)
SON = {"first": "Tammo", "last": "Deeken", "dob": "2015-06-08", "sex": "m", "age": 10,
       "pass": "FP25-SAT-0418"}  # a data subject (sets 29, 35, 37); the holiday pass id.user
RESIDENCE = "Y7C04K9L2"  # her German residence-title card number (personal.national_id)
TAX_ID = "57316428093"  # her German tax identification number (personal.national_id)
KVNR = "D417835206"  # her statutory health-insurance number (health.medical, see the set)
SON_KVNR = "D417835214"  # Tammo's (health.medical)
DE_IBAN = "DE28280619990412881907"  # her current account (financial.payment)
DE_NET = "26202"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Sjuttergilde (the Ramsloh marksmen's club and its Schuetzenfest) ----------------------------
HALL = {"id": "sg_rmsl", "name": "Schuetzenhalle Ramsloh", "phone": "+494498555201",
        "lat": 53.09112, "lon": 7.62991, "ssid": "Schuetzenhalle-Gast",
        "bssid": "5c:49:79:1d:40:e2"}  # the club's hall (point, phone: negatives; Wi-Fi joined)
HALL_FIX = (53.091083, 7.629957)  # her phone at the hall
MEMBER = "SGR-1983-0277"  # her club membership number (id.user)
WBK = "WBK-CLP-2024-01177"  # her firearms possession card number (personal.national_id)

# --- Sumerpaas (the municipality's children's summer holiday programme) ---------------------------
TOWNHALL = {"id": "gem_sat", "name": "Gemeente Seelterlound / Rathaus Ramsloh",
            "lat": 53.08522, "lon": 7.64108, "phone": "+494498555300"}  # (negatives)
MEET = {"id": "tp_gs_rmsl", "name": "Grundschule Ramsloh, Busplatz", "lat": 53.08461,
        "lon": 7.64642}  # the programme's meeting point (a negative)
MEET_FIX = (53.084588, 7.646471)  # her fix at the drop-off

# --- Kuurtied (a mother-child spa cure: application and the stay) ---------------------------------
KLINIK = {"id": "kk_dh", "name": "Kurklinik Duenenhof Norddeich", "phone": "+494931555780",
          "lat": 53.62153, "lon": 7.15802}  # the clinic (negatives)
KLINIK_FIX = (53.621488, 7.158122)
KUR_CASE = "MKK-25-330418"  # her cure application's case number (health.medical)
GP = ("Dr. Hiltrud Bruns", "praxis.bruns@example.org")  # her family doctor, typed: contact.*

# --- Huusspoarer (a building society's savings contract) ------------------------------------------
BRANCH = {"id": "bs_fry", "name": "Bausparkasse Hunte-Ems, Friesoythe", "lat": 53.02118,
          "lon": 7.85712, "phone": "+494491555640"}  # (negatives)
CONTRACT = "7041-88219-03"  # her savings contract's number (financial.payment: an account)
CUSTOMER = "HE-K-0931772"  # her customer number at the building society (id.user)

# --- Jakobusfamilje (a Catholic lay family association at St. Jakobus, Ramsloh) -------------------
CHURCH = {"id": "stj_rmsl", "name": "St. Jakobus Ramsloh", "lat": 53.08633,
          "lon": 7.64237}  # the church and its hall (negatives)
CHURCH_FIX = (53.086301, 7.642418)
FAM_NO = "JF-RMS-0612"  # her family's membership number (id.user)

# --- Molkepumpe (a dairy farm's milk vending machine and farm shop, Scharrel) ---------------------
FARM = {"id": "hof_alb", "name": "Hof Albers Scharrel", "lat": 53.05712, "lon": 7.68841,
        "phone": "+494492555390", "machine": "mp-01"}  # (negatives)
FARM_FIX = (53.057094, 7.688455)
CHIP = "MPK-04-11873"  # her prepaid milk card (id.user)

# --- Kloottrupp (a road-bowling team league and its kale outings) ---------------------------------
INN = {"id": "gh_kanal", "name": "Gasthof am Kanal, Altenoythe", "lat": 53.03801,
       "lon": 7.84502, "phone": "+494491555118"}  # the inn (negatives)
COURSE_START = (53.03792, 7.84561)  # the league's course start (a public marker: negative)
THROW_FIX = (53.041227, 7.839604)  # her phone at her throws on the country road
PLAYER = "KT-NI-22841"  # her league player licence (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", de: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, German first with ``de``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("de-DE,de;q=0.9,en;q=0.8" if de else "en-DE,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_DE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_DE") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BRANCH", "CHIP", "CHURCH", "CHURCH_FIX", "CONTRACT", "COURSE_START", "CUSTOMER",
           "DE_IBAN", "DE_NET", "FAM_NO", "FARM", "FARM_FIX", "GP", "HALL", "HALL_FIX", "HOME",
           "HOME_AT", "HUSBAND", "INN", "KLINIK", "KLINIK_FIX", "KUR_CASE", "KVNR", "MEET",
           "MEET_FIX", "MEMBER", "MOTHER_IL", "PLAYER", "RESIDENCE", "SON", "SON_KVNR", "TAX_ID",
           "THROW_FIX", "TOWNHALL", "TZ", "WBK", "dev_block", "fix", "hd", "obj", "push"]
