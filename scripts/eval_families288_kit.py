"""Helpers for the two-hundred-and-eighty-eighth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Medgidia (Constanta county, Dobruja,
Romania) with her Crimean Tatar husband Server Abduraman, her US SIM roaming; their son Timur (6)
goes to a speech therapist before school starts; her mother-in-law Zekie Abduraman lives a few
streets away. Her places (their flat, her fixes at the lipid clinic in Constanta, the family's
fields by Valea Dacilor, the butcher's counter, the union's hall, the wedding hall she caters)
are hers (``location.precise`` where sent); the clinic, the butcher's shop, the union's hall, the
speech cabinet, the wedding hall, the insurer's agency and the farm agency's office are
businesses' (negatives). People: her husband (``contact.*`` when she types him), their son (a
data subject: his name, birth date, sex, personal code and patient number are labelled), her
mother-in-law, her sister in the US, her cardiologist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Bucharest"

# --- her Medgidia life ----------------------------------------------------------------------------
HOME = {"line": "Str. Decebal 14, bl. C3, sc. B, ap. 12", "town": "Medgidia",
        "county": "Constanta", "post": "905600"}
HOME_AT = (44.249512, 28.272846)  # their flat (location.precise where sent)
HUSBAND = ("Server Abduraman", "+40722418305")  # typed by her: contact.*
MOTHER_IL = ("Zekie Abduraman", "+40741220916")  # her mother-in-law in Medgidia
SON = {"first": "Timur", "last": "Abduraman", "dob": "2019-04-11", "sex": "erkek",
       "cnp": "5190411134027", "patient": "TC-LG-0388"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Claire Doe", "+15550162277", "claire.doe@example.net")  # her sister in Vermont
CNP = "8910517134018"  # her Romanian personal numeric code (residence card; national_id)
RESIDENCE = "RO-PS-0471193"  # her residence card number (personal.national_id)
PASSPORT = "583319076"  # her US passport (personal.national_id)
RO_IBAN = "RO09EXMP0000070316482904"  # her lei account (financial.payment)
RO_NET = "22610"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Qanyag (a lipid clinic, familial hypercholesterolaemia) --------------------------------------
CLINIC = {"id": "lc_cta01", "name": "Centrul Lipidologic Tomis", "phone": "+40241550712",
          "lat": 44.17921, "lon": 28.64173}  # the clinic (negatives)
CLINIC_FIX = (44.179188, 28.641764)  # her phone in the clinic's waiting room
PATIENT = "CLT-2026-01177"  # her clinic patient number (health.medical)
CARDIO = ("Dr. Ileana Moraru", "i.moraru@lipidotomis.example.org")  # typed by her: contact.*

# --- Tarlaqayd (a farm direct-payment claim) ------------------------------------------------------
FARMER = "RO-FRM-13-044872"  # her farmer registration (id.user)
PARCELS = {"bl_2241": [(44.221604, 28.231877), (44.222911, 28.234502), (44.220744, 28.235981),
                       (44.219512, 28.233104)],
           "bl_2287": [(44.214082, 28.240215), (44.215237, 28.242611), (44.213610, 28.243409)]}
FIELD_FIX = (44.221033, 28.233650)  # her phone at the field's edge (photo with geotag)
AGENCY = {"id": "cj_ct_med", "name": "Centrul Local Medgidia", "lat": 44.24662,
          "lon": 28.27101}  # the paying agency's local office (a negative)
CLAIM = "CU-2026-13-0091174"  # her claim number (id.user, with the farmer number)

# --- Yurtdaslar (a Crimean Tatar community union: membership and its congress) --------------------
HALL = {"id": "hq_cta", "name": "Casa Comunitatii Tomis", "lat": 44.17104,
        "lon": 28.65608}  # the union's hall in Constanta (a negative)
HALL_FIX = (44.171021, 28.656114)
MEMBER = "YD-MED-00731"  # her membership number (id.user)

# --- Tilcan (the son's speech therapist) ----------------------------------------------------------
CABINET = {"id": "lg_med03", "name": "Cabinet Logopedic Vorba Buna", "phone": "+40341100452",
           "lat": 44.25211, "lon": 28.26884}  # (negatives)
CABINET_FIX = (44.252087, 28.268901)
THERAPIST = ("Ana-Maria Stoica", "+40723551690")  # typed by her: contact.*

# --- Qasapci (a halal butcher in Medgidia) --------------------------------------------------------
SHOP = {"id": "qs_med1", "name": "Macelaria Karasu", "phone": "+40241811034",
        "lat": 44.24783, "lon": 28.27551}  # (negatives)
SHOP_FIX = (44.247811, 28.275539)
LOYALTY = "KRS-4471-0926"  # her loyalty card (id.user)

# --- Sofram (her own home-catering of Crimean Tatar pastries; she sells) --------------------------
SELLER = "SF-CT-0219"  # her seller account (id.user)
HALL_TOY = {"id": "sl_perla", "name": "Salon Perla Neagra", "lat": 44.19622,
            "lon": 28.63011}  # a wedding hall (a negative)
HALL_TOY_FIX = (44.196187, 28.630152)  # her phone at the hall's kitchen door (delivery)
CUI = "47510288"  # her sole-trader fiscal code (personal.national_id: a PFA is the person)

# --- Evqalqan (the flat's home and earthquake insurance) ------------------------------------------
POLICY = "PAD-13-0097714520"  # their compulsory home policy (financial.purchase)
POLICY2 = "LOC-2026-551208"  # the optional contents policy (financial.purchase)
AGENT = {"id": "ag_med2", "name": "Agentia Medgidia Centru", "lat": 44.24901,
         "lon": 28.27322}  # (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ro: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Romanian first with ``ro``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ro-RO,ro;q=0.9,en;q=0.8" if ro else "en-RO,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_RO") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_RO") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "AGENT", "CABINET", "CABINET_FIX", "CARDIO", "CLAIM", "CLINIC",
           "CLINIC_FIX", "CNP", "CUI", "FARMER", "FIELD_FIX", "HALL", "HALL_FIX", "HALL_TOY",
           "HALL_TOY_FIX", "HOME", "HOME_AT", "HUSBAND", "LOYALTY", "MEMBER", "MOTHER_IL",
           "PARCELS", "PASSPORT", "PATIENT", "POLICY", "POLICY2", "RESIDENCE", "RO_IBAN",
           "RO_NET", "SELLER", "SHOP", "SHOP_FIX", "SISTER_US", "SON", "THERAPIST", "TZ",
           "dev_block", "fix", "hd", "obj", "push"]
