"""Helpers for the two-hundred-and-twenty-fourth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them
from ``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (Jane Doe) lives in San Cristobal de las Casas
(Chiapas, Mexico; Jobel in Tzotzil), in the Barrio de Mexicanos, with her Tzotzil husband Pascual
Gomez Tontic, her US SIM roaming; their daughter Xunka Gomez Doe turns 6 in March and is in the
last year of preschool. Her parents-in-law Juan Gomez Perez and Rosa Tontic Lopez were expelled
from their paraje in San Juan Chamula (Tsajalchen) in 1994 for becoming Presbyterians and live in
a colonia on the north side of San Cristobal; they still hold a milpa parcel in the paraje. Her
sister Laura Doe lives in Portland (US). All people, numbers, parajes, colonias and businesses
are fictional. Her places (their house, her fixes at the clinic, the human-rights centre, the
party hall, the chocolate shop, the market, the in-laws' roof and the parcel) are hers
(``location.precise`` where sent); the clinic, the centre, the store, the party hall, the shop,
the contractor's yard and the market are businesses' places (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Mexico_City"

# --- her San Cristobal life -----------------------------------------------------------------------
HOME = {"line": "Calle Real de Mexicanos 27", "barrio": "Barrio de Mexicanos",
        "town": "San Cristobal de las Casas", "state": "Chiapas", "cp": "29240"}
HOME_AT = (16.744213, -92.638051)  # their house (location.precise where sent)
HUSBAND = ("Pascual Gomez Tontic", "+529671184420")  # typed by her: contact.*
DAUGHTER = {"first": "Xunka", "last": "Gomez Doe", "dob": "2020-03-14", "sex": "tseb",
            "curp": "GODX200314MCSMXNA1"}  # a data subject (sets 29, 35, 37)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
MOTHER_IL = ("Rosa Tontic Lopez", "+529671340022")  # her mother-in-law
FATHER_IL = ("Juan Gomez Perez", "+529671340571")  # her father-in-law
INLAWS = {"line": "Andador Getsemani 14", "colonia": "Colonia Getsemani Norte",
          "town": "San Cristobal de las Casas"}
INLAWS_AT = (16.758914, -92.634870)  # the in-laws' house (their home: precise where sent)
PARAJE = {"name": "Tsajalchen", "municipio": "San Juan Chamula"}
PARCEL_AT = (16.812403, -92.701288)  # the family's milpa parcel in the paraje (precise)
SISTER_US = ("Laura Doe", "+15550161877", "laura.doe@example.net")  # her sister in Portland
CURP = "DOXJ910517MNEXXN09"  # her CURP as a permanent resident (personal.national_id)
RFC = "DOXJ910517K42"  # her tax ID (personal.national_id)
RESIDENT_CARD = "TRP-0931-2207-1184"  # her permanent-resident card (personal.national_id)
MX_CLABE = "072100009876543217"  # her peso account's CLABE (financial.payment)
MX_NET = "334020"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Lekil Chut (a private digestive clinic's colorectal screening) -------------------------------
CLINIC = {"id": "cl_cda01", "name": "Clinica Digestiva Los Altos", "phone": "+529676781120",
          "lat": 16.73412, "lon": -92.64331}  # the clinic (negatives)
CLINIC_FIX = (16.734097, -92.643288)  # her phone at the clinic
CHART = "CDA-26-003187"  # her clinical record number (health.medical)
DOCTOR = ("Dra. Leticia Ruiz Aguilar", "lruiz@cda.example.org")  # typed by her: contact.*

# --- Majanel (an appliance store's weekly-instalment credit) --------------------------------------
STORE = {"id": "st_arco07", "name": "Muebles y Electro El Arcotete", "phone": "+529676785544",
         "lat": 16.73866, "lon": -92.63102}  # the store (negatives)
CREDIT = "MJ-0771-20394"  # her credit account (id.user)
CONTRACT = "CT-26-118402"  # the fridge-and-stove contract (financial.purchase)

# --- Ichbail (a human-rights centre's accompaniment app) ------------------------------------------
CENTRE = {"id": "cdh_jobel", "name": "Centro de Derechos Ichbail ta Muk",
          "lat": 16.73759, "lon": -92.63911}  # the centre (a negative as a place)
CENTRE_FIX = (16.737571, -92.639142)
CASE_NO = "EXP-2026-0142"  # the family's case file (id.user)

# --- Tajimol (a children's party hall) ------------------------------------------------------------
HALL = {"id": "sal_tj02", "name": "Salon Infantil Tajimol", "phone": "+529676741290",
        "lat": 16.72981, "lon": -92.63566}  # (negatives)
HALL_FIX = (16.729822, -92.635641)
PARTY = "TJ-26-0314"  # the birthday booking (financial.purchase)

# --- Kakavchi (a chocolate shop and its workshops) ------------------------------------------------
SHOP = {"id": "kv_real", "name": "Kakavchi Chocolateria", "phone": "+529676782210",
        "lat": 16.73653, "lon": -92.63815}  # (negatives)
SHOP_FIX = (16.736548, -92.638127)
KAKAV_CARD = "KV-33120"  # her loyalty card (id.user)

# --- Sjolna (a roof-waterproofing contractor) -----------------------------------------------------
YARD = {"id": "sj_yard", "name": "Impermeabilizantes Sjolna", "phone": "+529676789031",
        "lat": 16.72203, "lon": -92.62688}  # the contractor's yard (a negative)
QUOTE = "SJ-COT-2605"  # the quote for their roof (financial.purchase)
QUOTE2 = "SJ-COT-2611"  # the in-laws' roof (financial.purchase)

# --- Lekilveel (an organic farmers' market's weekly box) ------------------------------------------
MARKET = {"id": "tg_org", "name": "Tianguis Organico Lekilveel", "lat": 16.73531,
          "lon": -92.63477}  # the market's pick-up point (a negative)
MARKET_FIX = (16.735287, -92.634801)
MEMBER = "LV-0419"  # her box membership (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", es: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Spanish first with ``es``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("es-MX,es;q=0.9,en;q=0.8" if es else "en-US,en;q=0.9,es;q=0.7",
                             DEV)
    return h


def dev_block(lang: str = "en_US") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_US", **keys: str) -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``);
    ``keys`` renames the token and install fields (``tok="..."``, ``iid="..."``)."""
    from eval_payloads import INSTALL_ID
    return {keys.get("tok", "pushToken"): L(token, DID),
            keys.get("iid", "installId"): L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a note): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CASE_NO", "CENTRE", "CENTRE_FIX", "CHART", "CLINIC", "CLINIC_FIX", "CONTRACT",
           "CREDIT", "CURP", "DAUGHTER", "DOCTOR", "FATHER_IL", "HALL", "HALL_FIX", "HOME",
           "HOME_AT", "HUSBAND", "INLAWS", "INLAWS_AT", "KAKAV_CARD", "KID", "MARKET",
           "MARKET_FIX", "MEMBER", "MOTHER_IL", "MX_CLABE", "MX_NET", "PARAJE", "PARCEL_AT",
           "PARTY", "QUOTE", "QUOTE2", "RESIDENT_CARD", "RFC", "SHOP", "SHOP_FIX", "SISTER_US",
           "STORE", "TZ", "YARD", "dev_block", "fix", "hd", "obj", "push"]
