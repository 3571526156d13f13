"""Helpers for the hundred-and-thirty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) spends the year in El Alto
(La Paz department, Bolivia) with her Bolivian husband Ruben Condori Apaza and their son Mateo
(9); her US SIM roams. Her places (her Villa Dolores house, her fixes at a cable-car station, the
parish, the clinic, the market, the school gate, the street corner where the gas truck stops, the
family's quinoa fields in Umala and her mother-in-law's house in the Sorata valley) are hers
(``location.precise`` where sent); the cooperative's store, the cable-car stations, the parish
church, the clinic, the gas plant, the school and the market stall are businesses' or public
places (negatives). People: her husband (``contact.*`` when she types him), their son (a data
subject: his name, birth date, sex, student code and identity card are labelled), her
mother-in-law, her casera (the stallholder: the business's own name and phone, negatives when
the app sends them, ``contact.*`` when she types them), a neighbour, the nurse.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/La_Paz"
NATID = "personal.national_id"

# --- her El Alto life -----------------------------------------------------------------------------
EA_HOME = {"line": "Calle Jach'a Uta 1442", "zone": "Villa Dolores", "town": "El Alto",
           "dept": "La Paz", "ref": "frente a la cancha"}
EA_HOME_AT = (-16.510842, -68.163917)  # her house (location.precise where sent)
HUSBAND = ("Ruben Condori Apaza", "+59171588204")  # typed by her: contact.*
HUSBAND_CI = "6842291"  # his identity card (personal.national_id when she types it)
SON = {"first": "Mateo", "last": "Condori Doe", "dob": "2016-09-21", "sex": "M",
       "code": "EA-2016-80931", "ci": "13847291"}  # a data subject (sets 29, 35, 37)
MOTHER_IN_LAW = ("Dominga Apaza Quispe", "+59172055318")
NEIGHBOUR = ("Lucia Mamani Choque", "+59167102244", "lucia.mamani@example.net")
CARNET = "E-9184402"  # her foreign resident's identity card (personal.national_id)
BO_ACCOUNT = "1000482219347"  # her El Alto bank account (financial.payment)
DOB_BO = "17/05/1991"
ROAM_MCCMNC, ROAM_NET = "73699", "Altiplano Movil"  # the visited network (location.carrier)

# --- Juphamasi (a quinoa cooperative; Aymara keys) ------------------------------------------------
COOP = {"id": "coop_umala_07", "name": "Cooperativa Jupha Aroma", "phone": "+59122890417",
        "lat": -17.37902, "lon": -67.96211}  # the coop's store in Umala (negatives)
FIELDS = [(-17.392114, -67.948205), (-17.392870, -67.946931), (-17.393942, -67.947722),
          (-17.393205, -67.949010)]  # the family's quinoa field corners (hers: precise)
FIELD_FIX = (-17.392961, -67.947884)  # her fix in the field
SOCIO = "JA-UM-04417"  # her cooperative member number (id.user)
LOT = "LT-2026-0318"  # a delivered lot (financial.purchase when her sale)

# --- Wayrapasa (the cable-car commuter card) ------------------------------------------------------
STATIONS = {"ceja": ("st_r04", "Estacion Qhana Pata", -16.50391, -68.16402),
            "dolores": ("st_v02", "Estacion Villa Dolores", -16.51288, -68.16711),
            "centro": ("st_r01", "Estacion Plaza Central", -16.49502, -68.13811)}
STATION_FIX = (-16.512901, -68.167082)  # her phone at the Villa Dolores station
CARD = "WP-0413-8821-5570"  # her transit card (id.user)
SON_CARD = "WP-0413-9917-2208"  # the son's child-fare card (id.user: the child's)

# --- Prestepasa (the fiesta's preste sponsorship) -------------------------------------------------
PARISH = {"id": "par_vd_03", "name": "Parroquia Virgen del Carmen de Villa Dolores",
          "lat": -16.51402, "lon": -68.16187}  # the church (a negative as a place)
PARISH_FIX = (-16.514011, -68.161902)
FIESTA = "Fiesta de la Virgen del Carmen 2026"
PASANTE = "PRS-VD-2026-01"  # their preste registration (id.user)

# --- Vinchucare (a Chagas clinic's programme) -----------------------------------------------------
CLINIC = {"id": "cl_ch_ea2", "name": "Centro Chagas Alto Norte", "phone": "+59122841190",
          "lat": -16.50217, "lon": -68.17106}  # the clinic (negatives)
CLINIC_FIX = (-16.502149, -68.171081)
RECORD = "CCA-24-08817"  # her clinic record number (health.medical)
NURSE = ("Lic. Marisol Quispe", "m.quispe@centrochagas.example.org")  # typed: contact.*
VALLEY_HOUSE_AT = (-15.791407, -68.652388)  # her mother-in-law's house in the Sorata valley

# --- Garrafita (the gas-cylinder truck) -----------------------------------------------------------
PLANT = {"id": "pl_senkata", "name": "Planta Engarrafadora Senkata Sur", "lat": -16.56012,
         "lon": -68.19530}  # the bottling plant (negatives)
TRUCK = {"id": "trk_glp_12", "plate": "2871-KTR", "driver": "Don Efrain"}  # negatives
CORNER_FIX = (-16.510403, -68.164522)  # her fix at the corner where the truck stops
HOUSEHOLD = "GLP-EA-0099127"  # her household's gas registration (id.user)

# --- Yatiqawawa (the son's public school) ---------------------------------------------------------
SCHOOL = {"id": "ue_jq_14", "name": "Unidad Educativa Jach'a Qhantati", "lat": -16.51633,
          "lon": -68.16052, "phone": "+59122823390"}  # the school (negatives)
GATE_FIX = (-16.516298, -68.160571)  # her fix at the gate

# --- Caserita (a market casera's orders) ----------------------------------------------------------
STALL = {"id": "stl_16j_c118", "name": "Puesto Dona Teodora", "casera": "Teodora Huanca",
         "phone": "+59176610032", "lat": -16.49317, "lon": -68.18344,
         "feria": "Feria 16 de Julio, fila C, puesto 118"}  # the stall (negatives)
MARKET_FIX = (-16.493185, -68.183461)  # her fix at the stall
CLIENT = "CS-77120"  # her client number at the stall app (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lang: str | None = "es",
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Bolivian Spanish, Aymara ``ay`` or English;
    ``None``: the app sends none)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang is None:
        return h
    h["Accept-Language"] = L({"es": "es-BO,es;q=0.9,en;q=0.7",
                              "ay": "ay-BO,ay;q=0.9,es-BO;q=0.8,es;q=0.7",
                              "en": "en-US,en;q=0.9,es-BO;q=0.6"}[lang], DEV)
    return h


def dev_block(lang: str = "es_BO") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "es_BO") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a tap, a trip, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BO_ACCOUNT", "CARD", "CARNET", "CLIENT", "CLINIC", "CLINIC_FIX", "COOP",
           "CORNER_FIX", "DOB_BO", "EA_HOME", "EA_HOME_AT", "FIELDS", "FIELD_FIX", "FIESTA",
           "GATE_FIX", "HOUSEHOLD", "HUSBAND", "HUSBAND_CI", "LOT", "MARKET_FIX",
           "MOTHER_IN_LAW", "NATID", "NEIGHBOUR", "NURSE", "PARISH", "PARISH_FIX", "PASANTE",
           "PLANT", "RECORD", "ROAM_MCCMNC", "ROAM_NET", "SCHOOL", "SOCIO", "SON", "SON_CARD",
           "STALL", "STATIONS", "STATION_FIX", "TRUCK", "TZ", "VALLEY_HOUSE_AT", "dev_block",
           "fix", "hd", "obj", "push"]
