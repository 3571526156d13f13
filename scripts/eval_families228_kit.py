"""Helpers for the two-hundred-and-twenty-eighth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them
from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Paracho (Meseta P'urhépecha, Michoacán,
Mexico) with her P'urhépecha husband Rafael Tzintzun Cuara, a luthier, her US SIM roaming; their
son Tariakuri ("Tari", 10) dances in a children's Danza de los Viejitos troupe; her mother-in-law
Celerina lives two streets away; her brother-in-law Ignacio runs the family's avocado orchard
near Uruapan. Her places (their house in Paracho, her fix at its door when the water comes, her
fixes at the IV clinic in Uruapan, the New Fire plaza, the dance hall, the stage and the orchard
rows, the orchard's corners) are hers (``location.precise`` where sent); the workshop's shop point, the water shop, the clinic, the
caja's branch, the plaza, the culture house and the packing house are businesses' or public places
(negatives). People: her husband, son, mother-in-law and brother-in-law (``contact.*`` when she
types them), her sister in the US; the son is a data subject (his name, birth date, sex, CURP and
dancer number are labelled).
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

# --- her Paracho life -----------------------------------------------------------------------------
HOME = {"line": "Av. Independencia 318", "area": "Barrio de San Pedro", "town": "Paracho",
        "muni": "Paracho de Verduzco", "state": "Michoacán", "post": "60250"}
HOME_AT = (19.643718, -102.046392)  # their house (location.precise where sent)
HUSBAND = ("Rafael Tzintzun Cuara", "+524231205518")  # typed by her: contact.*
MOTHER_IL = ("Celerina Cuara Huerta", "+524231208830")  # her mother-in-law in Paracho
BROTHER_IL = ("Ignacio Tzintzun Cuara", "+524521739024")  # runs the orchard near Uruapan
SON = {"first": "Tariakuri", "last": "Tzintzun Doe", "dob": "2015-08-03", "sex": "tumbi",
       "curp": "TIDT150803HMNZXRA7", "dancer": "UA-2026-017"}  # a data subject
SISTER_US = ("Karen Doe", "+15550147731", "karen.doe@example.net")  # her sister in Oregon
RESIDENTE = "TRT-2024-0458813"  # her Mexican temporary-resident card (personal.national_id)
CURP = "DOXJ910517MNEXXN04"  # her CURP (personal.national_id)
RFC = "DOJA910517TQ2"  # her RFC, the SAT tax ID (personal.national_id)
MX_CLABE = "012470015873219904"  # her peso account's CLABE (financial.payment)
MX_NET = "334020"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Kitara Anapu (the husband's guitar workshop's sales; she runs the orders) --------------------
WORKSHOP = {"id": "tl_par_031", "name": "Taller Tzintzun Guitarras", "phone": "+524235250187",
            "lat": 19.64612, "lon": -102.04978}  # the workshop's public shop point (negatives)
SELLER = "KA-PAR-00412"  # her seller account (id.user)

# --- Itsï Juani (a purified-water jug delivery) ----------------------------------------------------
WATER_SHOP = {"id": "pur_sp07", "name": "Purificadora San Pedro", "phone": "+524235251140",
              "lat": 19.64985, "lon": -102.04402}  # (negatives)
WATER_ACCT = "IJ-60250-2281"  # her customer account (id.user)
DOOR_FIX = (19.643702, -102.046418)  # her phone at the front door when the truck comes

# --- Xurhijkua Suero (an IV-therapy clinic in Uruapan; her own health data) ------------------------
CLINIC = {"id": "cl_upn_sc", "name": "Clínica Suero Cupatitzio", "phone": "+524525280144",
          "lat": 19.41863, "lon": -102.05917}  # the clinic (negatives)
CLINIC_FIX = (19.418612, -102.059203)
EXPEDIENTE = "XS-UPN-07731"  # her clinic file number (health.medical, as set 151's chart)

# --- Tumina Jarhojpekua (a caja popular: savings and loans) ----------------------------------------
BRANCH = {"id": "suc_par", "name": "Caja Meseta, sucursal Paracho", "lat": 19.64488,
          "lon": -102.04851}  # (negatives)
SOCIA = "CM-0044127"  # her member number (id.user)
SAVINGS = "CM-AH-0044127-01"  # her savings account (financial.payment)
LOAN = "PR-2026-00318"  # her loan for the workshop's tonewood (financial.purchase)

# --- Kurhikuaeri (the P'urhépecha New Fire festival's delegations) --------------------------------
PLAZA = {"id": "kk26_nurio", "name": "Plaza principal de Nurío", "lat": 19.65361,
         "lon": -102.13729}  # the host community's plaza (a negative)
PLAZA_FIX = (19.653588, -102.137341)  # her phone in the plaza on 1 February
DELEGATE = "KK-PAR-0219"  # her delegate number (id.user)

# --- Uarhari Sapicha (the son's Danza de los Viejitos troupe) --------------------------------------
HALL = {"id": "cc_par", "name": "Casa de la Cultura Paracho", "lat": 19.64702,
        "lon": -102.04791}  # the rehearsal hall (negatives)
HALL_FIX = (19.647038, -102.047882)
STAGE = {"id": "esc_upn_ramos", "lat": 19.41983, "lon": -102.05555}  # Uruapan's plaza stage

# --- Kupandarhu (the family avocado orchard's logbook) ---------------------------------------------
ORCHARD_AT = [(19.455121, -102.103712), (19.455874, -102.102604), (19.454902, -102.101933),
              (19.454217, -102.103018)]  # the family's orchard corners (theirs: precise)
ROW_FIX = (19.455203, -102.102771)  # her phone in the rows
PACKER = {"id": "emp_upn_12", "name": "Empacadora Tierra Fría", "lat": 19.40219,
          "lon": -102.03377}  # the packing house (negatives)
GROWER = "KP-GR-1188"  # her account in the logbook (id.user)
HUERTA_REG = "HUE-16102-0457"  # the orchard's phytosanitary registration (no type fits)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", es: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Spanish first with ``es``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("es-MX,es;q=0.9,en;q=0.8" if es else "en-MX,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_MX") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MX") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a rehearsal): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BRANCH", "BROTHER_IL", "CLINIC", "CLINIC_FIX", "CURP", "DELEGATE", "DOOR_FIX",
           "EXPEDIENTE", "GROWER", "HALL", "HALL_FIX", "HOME", "HOME_AT", "HUERTA_REG",
           "HUSBAND", "LOAN", "MOTHER_IL", "MX_CLABE", "MX_NET", "ORCHARD_AT", "PACKER", "PLAZA",
           "PLAZA_FIX", "RESIDENTE", "RFC", "ROW_FIX", "SAVINGS", "SELLER", "SISTER_US", "SOCIA",
           "SON", "STAGE", "TZ", "WATER_ACCT", "WATER_SHOP", "WORKSHOP", "dev_block", "fix", "hd",
           "obj", "push"]
