"""Helpers for the two-hundred-and-thirty-fourth (blind, "blind231") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Paramaribo (Suriname) with her Saamaka
husband Kodjo Adjaiso, her US SIM roaming on a Surinamese network; their son Kwamina (10) is in
the fifth class of a primary school in Flora and plays draughts; her mother-in-law Ajoeba Adjaiso
lives in Tutubuka, a (fictional) Saamaka village upriver from the Atjoni landing on the upper
Suriname River; Kodjo's sister Seena Adjaiso lives in Paramaribo. Her places (their house in
Flora, her fixes at the Atjoni landing, in Tutubuka, on the boundary walk, at the club hall, the
health post, the airstrip, the birding spots) are hers (``location.precise`` where sent); the
club hall, the health post, the airstrips, the store, the landing's jetty, the group's bakehouse
and the public birding hotspots are businesses' or public places (negatives). People: her husband
(``contact.*`` when she types him), their son (a data subject: his name, birth date, sex, ID
number and member number are labelled), her mother-in-law, her sister-in-law, a study doctor, a
birding guide, a customer.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Paramaribo"

# --- her Paramaribo life --------------------------------------------------------------------------
PBO_HOME = {"line": "Kankantriestraat 14", "area": "Flora", "town": "Paramaribo",
            "district": "Paramaribo"}
PBO_HOME_AT = (5.818264, -55.191407)  # their house (location.precise where sent)
HUSBAND = ("Kodjo Adjaiso", "+5978614027")  # typed by her: contact.*
MOTHER_IL = ("Ajoeba Adjaiso", "+5978720355")  # her mother-in-law in Tutubuka
SISTER_IL = ("Seena Adjaiso", "+5978553190")  # her husband's sister in Paramaribo
SON = {"first": "Kwamina", "last": "Adjaiso", "dob": "2015-08-03", "sex": "womi",
       "idno": "FA0418377", "member": "DSC-0419"}  # a data subject (sets 29, 35, 37, 151)
RESIDENCE = "VV-17-0048213"  # her Surinamese residence permit number (personal.national_id)
PASSPORT = "583301762"  # her US passport (personal.national_id)
SR_ACCOUNT = "2010481273601"  # her SRD account at a Paramaribo bank (financial.payment)
SR_NET = "74603"  # the visited network's MCC/MNC while roaming (location.carrier)
VILLAGE = {"name": "Tutubuka", "district": "Sipaliwini", "river": "Boven-Suriname"}
VILLAGE_FIX = (4.271582, -55.437906)  # her phone in her mother-in-law's yard in Tutubuka
ATJONI = {"name": "Atjoni landing", "lat": 4.49874, "lon": -55.38915}  # the jetty (a negative)
ATJONI_FIX = (4.498802, -55.389071)  # her phone at the landing

# --- Goonkaati (a Saamaka community's land-rights mapping and lo register) ------------------------
LO = "Matjau"  # her husband's lo (matrilineal clan): ethnicity (personal.sensitive)
LO_NO = "GK-MTJ-00731"  # her entry in the community register (id.user)
KUUTU = {"id": "kt_tutu_0214", "lat": 4.27144, "lon": -55.43817}  # the council shelter (negative)
BOUNDARY = [(4.284917, -55.451206), (4.286402, -55.446713), (4.283119, -55.441852),
            (4.279605, -55.443390)]  # her fixes on the boundary walk (precise)
CREEK_MOUTH = (4.28511, -55.44901)  # a published landmark on the community map (negative)

# --- Dampee (the son's draughts club) -------------------------------------------------------------
CLUB = {"id": "dc_flora", "name": "Damclub Flora", "lat": 5.82144, "lon": -55.19308,
        "phone": "+597491220"}  # the club hall (negatives)
CLUB_FIX = (5.821418, -55.193112)

# --- Pakapiki (a hire-purchase appliance and outboard store) --------------------------------------
STORE = {"id": "st_wgst", "name": "Pakapiki Waterkant", "lat": 5.82611, "lon": -55.15072,
         "phone": "+597422718"}  # (negatives)
CUSTOMER = "PP-C-208814"  # her customer number (id.user)
CONTRACT = "HK-2026-01173"  # the hire-purchase contract (financial.purchase)

# --- Kwikitesi (a mercury-exposure study's app: hair tests, fish diary) ---------------------------
HEALTH_POST = {"id": "hp_tutubuka", "lat": 4.27081, "lon": -55.43752}  # (negatives)
PARTICIPANT = "KW-0933-SA"  # her study number (health.medical, as set 151's chart)
HAIR_KIT = "HK7-44018"  # her hair sample's barcode (health.medical)
STUDY_DOCTOR = ("Dr. Marlies Pinas", "m.pinas@kwikitesi.example.org")  # typed by her: contact.*

# --- Opolani (bush-plane seats and cargo to interior airstrips) --------------------------------
ZORG_EN_HOOP = {"code": "ORG", "lat": 5.81108, "lon": -55.19088}  # the city airstrip (negative)
AIRSTRIP_FIX = (5.811302, -55.190774)  # her phone at the airstrip
BOOKING = "OP-7KQ2M"  # the seats (financial.purchase)

# --- Mamakasaba (the Tutubuka women's cassava-bread group; she runs the town orders) -----------
GROUP = {"id": "grp_tutu_kasaba", "name": "Mama Kasaba Tutubuka",
         "bake_lat": 4.27203, "bake_lon": -55.43711}  # the group's bakehouse (a negative)
COORD = "MK-K-014"  # her coordinator account (id.user)

# --- Fouluku (a birding checklist app) ---------------------------------------------------------
OBSERVER = "obs_SR_20417"  # her observer ID (id.user)
HOTSPOT = {"id": "L_atjoni_jetty", "lat": 4.4991, "lon": -55.3889}  # a public hotspot (negative)
CULTUUR = (5.836072, -55.162419)  # her fix at the old plantation road at dawn
GUIDE = ("Ronald Abiamofo", "+5978861204")  # a birding guide she typed (contact.*)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", nl: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Dutch first with ``nl``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("nl-SR,nl;q=0.9,en;q=0.8" if nl else "en-SR,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_SR") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_SR") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a note, a game, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "AIRSTRIP_FIX",
    "ATJONI",
    "ATJONI_FIX",
    "BOOKING",
    "BOUNDARY",
    "CLUB",
    "CLUB_FIX",
    "CONTRACT",
    "COORD",
    "CREEK_MOUTH",
    "CULTUUR",
    "CUSTOMER",
    "GROUP",
    "GUIDE",
    "HAIR_KIT",
    "HEALTH_POST",
    "HOTSPOT",
    "HUSBAND",
    "KUUTU",
    "LO",
    "LO_NO",
    "MOTHER_IL",
    "OBSERVER",
    "PARTICIPANT",
    "PASSPORT",
    "PBO_HOME",
    "PBO_HOME_AT",
    "RESIDENCE",
    "SISTER_IL",
    "SON",
    "SR_ACCOUNT",
    "SR_NET",
    "STORE",
    "STUDY_DOCTOR",
    "TZ",
    "VILLAGE",
    "VILLAGE_FIX",
    "ZORG_EN_HOOP",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
