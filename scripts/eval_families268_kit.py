"""Helpers for the two-hundred-and-sixty-eighth (blind) evaluation set ("blind265"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Huesca (Aragon, Spain) with her Aragonese
husband Jorge Castan Lasierra, her US SIM roaming; their daughter Martina (9) rides in a children's
BMX school; weekends and the winter go to the family's flat in Jaca; her father-in-law Mariano
Castan Bielsa keeps a truffle orchard at Castilsabas (Loporzano), of whose farm she and her husband
are co-holders. Her places (the Huesca flat, the Jaca flat, the orchard, her fixes at the clinic,
the hide, the academy, the BMX track, the agility field, the ski slope where she fell) are hers
(``location.precise`` where sent); the truffle market, the union office, the clinic, the hide,
the academy, the BMX track and the agility club's field are businesses' or clubs' (negatives).
People: her husband, their daughter (a data subject: her name, birth date, sex, licence number
and health certificate are labelled), her father-in-law, her sister in the US, her surgeon.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Madrid"

# --- her Huesca life ------------------------------------------------------------------------------
HU_HOME = {"line": "Calle Ramon y Cajal 41, 3o B", "town": "Huesca", "province": "Huesca",
           "post": "22002", "region": "Aragon"}
HU_HOME_AT = (42.136284, -0.406917)  # their Huesca flat (location.precise where sent)
JACA_FLAT = {"line": "Avenida Regimiento Galicia 8, 2o A", "town": "Jaca", "post": "22700"}
JACA_AT = (42.569318, -0.551204)  # the family's Jaca flat
HUSBAND = ("Jorge Castan Lasierra", "+34612448190", "jorge.castan@example.net")  # contact.*
FATHER_IL = ("Mariano Castan Bielsa", "+34974270615")  # her father-in-law, the orchard's keeper
DAUGHTER = {"first": "Martina", "last": "Castan Doe", "dob": "2016-06-03", "sex": "nina",
            "licence": "AR-BMX-16-04417"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
NIE = "Y4417730L"  # her foreigner's identity number (personal.national_id)
TIE = "E07733148"  # her residence card's number (personal.national_id)
NUSS = "221004883147"  # her Spanish social security number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
ES_ACCOUNT = "ES1920850166140330197154"  # her euro account (financial.payment)
ES_NET = "21401"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Trufaire (the Graus truffle market; she sells the family orchard's truffles) ----------------
MARKET = {"id": "lt_graus", "name": "Lonja Trufera de Graus", "phone": "+34974540118",
          "lat": 42.18842, "lon": 0.33931}  # the market hall (negatives)
ORCHARD_AT = [(42.196812, -0.324511), (42.197433, -0.323402), (42.196611, -0.322718),
              (42.195990, -0.323905)]  # the family's truffle orchard corners (hers: precise)
ORCHARD_FIX = (42.196702, -0.323681)  # her phone in the orchard rows
SELLER = "TRF-V-0309"  # her seller account at the market (id.user)

# --- Sindicau (a farmers' union; she is a member as co-holder of the family farm) ----------------
UNION_OFFICE = {"id": "of_hu", "name": "Sindicau Agrario de l'Alto Aragon, Uesca",
                "lat": 42.13721, "lon": -0.41124, "phone": "+34974221903"}  # (negatives)
MEMBER = "SAA-22-11873"  # her union membership number (id.user; the membership: sensitive)
FARM_REG = "ES220170000412"  # the farm's register number (the farm's; a negative)

# --- Crebadura (a mountain-sports traumatology clinic in Jaca) ------------------------------------
CLINIC = {"id": "cl_chaca", "name": "Clinica de Traumatolochia de Montanya Chaca",
          "phone": "+34974360412", "lat": 42.57121, "lon": -0.54893}  # (negatives)
CLINIC_FIX = (42.571188, -0.548962)
SLOPE_FIX = (42.808913, -0.506042)  # where she fell on the piste (hers: precise)
CHART = "HC-CH-2026-00731"  # her clinical history number (health.medical)
HEALTH_CARD = "ARAG-110948-27"  # her health insurance card number (health.medical, set 37)
SURGEON = ("Dra. Pilar Ascaso Abadias", "p.ascaso@crebadura.example.org")  # typed: contact.*

# --- Amagatallo (a bearded-vulture photography hide in the Pre-Pyrenees) --------------------------
HIDE = {"id": "am_aguero2", "name": "Amagatallo d'Aguero", "lat": 42.30114, "lon": -0.79522,
        "phone": "+34620118844"}  # the hide (negatives)
HIDE_FIX = (42.301098, -0.795301)  # her phone in the hide
HIDE_BOOKING = "AMG-26-00412"  # her hide booking (financial.purchase)

# --- Charradeta (the language academy where she teaches English) ----------------------------------
ACADEMY = {"id": "ac_hu01", "name": "Academia Charradeta Uesca", "lat": 42.13952,
           "lon": -0.40871}  # (negatives)
ACADEMY_FIX = (42.139497, -0.408733)
TEACHER = "CHR-P-0027"  # her staff number (id.user)

# --- Rodetas (the children's BMX school) ----------------------------------------------------------
TRACK = {"id": "pk_bmx_hu", "name": "Pista BMX San Chorche", "lat": 42.12903,
         "lon": -0.41508}  # the track (negatives)
TRACK_FIX = (42.129071, -0.415022)  # her phone at the track

# --- Blincacans (a dog-agility club in Jaca) ------------------------------------------------------
FIELD = {"id": "cmp_chaca", "name": "Campo d'Agility Chaca", "lat": 42.56422,
         "lon": -0.53981}  # the club's field (negatives)
FIELD_FIX = (42.564247, -0.539788)
HANDLER = "BLC-G-0412"  # her handler licence at the club (id.user)
DOG = {"name": "Boira", "breed": "border collie", "chip": "724098100334512",
       "born": "2021-04-11"}  # the dog (its chip and details: negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", es: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Spanish first with ``es``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("es-ES,es;q=0.9,an;q=0.8,en;q=0.7" if es else "en-ES,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_ES") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_ES") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot line, a slot, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "ACADEMY_FIX", "CHART", "CLINIC", "CLINIC_FIX", "DAUGHTER", "DOG",
           "ES_ACCOUNT", "ES_NET", "FARM_REG", "FATHER_IL", "FIELD", "FIELD_FIX", "HANDLER",
           "HEALTH_CARD", "HIDE", "HIDE_BOOKING", "HIDE_FIX", "HUSBAND", "HU_HOME", "HU_HOME_AT",
           "JACA_AT", "JACA_FLAT", "MARKET", "MEMBER", "NIE", "NUSS", "ORCHARD_AT", "ORCHARD_FIX",
           "PASSPORT", "SELLER", "SISTER_US", "SLOPE_FIX", "SURGEON", "TEACHER", "TIE", "TRACK",
           "TRACK_FIX", "TZ", "UNION_OFFICE", "dev_block", "fix", "hd", "obj", "push"]
