"""Helpers for the hundred-and-sixty-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Cagliari (Castello, "Casteddu de Susu")
with her Sardinian husband Bachisio Mura, whose family is from Nuoro; their son Efisio (9) is in
the children's carnival-mask group of his grandmother's town; her US SIM roams on an Italian
network. Her places (their Castello flat, the in-laws' house in Nuoro, her fixes at the nuraghe
dig, her mushroom spots in the Supramonte, on the pilgrims' night walk, at the research clinic,
at the mask group's hall, at the Castello traffic gate) are hers (``location.precise`` where
sent); the nuraghe, the sanctuary, the tax office, the clinic, the group's hall, the gates and
the mycology office are public places or businesses (negatives). People: her husband, their son
(a data subject: his name, birth date, sex, tax code and member number are labelled), her
mother-in-law Grazia Ladu, the husband's grandmother Giuseppina Carta (101), her sister in the
US. Italian tax codes (codice fiscale) carry their check letter (``cf_check``); the IBAN has a
valid CIN and IBAN check digits.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Rome"

_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
        strict=True,
    )
)
_EVEN = {
    **{str(d): d for d in range(10)},
    **{c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")},
}


def cf_check(body: str) -> str:
    """The codice fiscale (and bank CIN) check letter: odd/even tables, sum mod 26."""
    t = sum((_ODD if i % 2 == 0 else _EVEN)[c] for i, c in enumerate(body))
    return body + chr(ord("A") + t % 26)


# --- her Cagliari life (Castello) -----------------------------------------------------------------
CA_HOME = {
    "line": "Via Lamarmora 42, scala B, int. 3",
    "area": "Casteddu",
    "town": "Casteddu",
    "town_it": "Cagliari",
    "prov": "CA",
    "post": "09124",
    "region": "Sardigna",
}
CA_HOME_AT = (39.219412, 9.115083)  # their flat (location.precise where sent)
NU_HOUSE = {"line": "Via Ballero 18", "town": "Nugoro", "post": "08100"}  # the in-laws' house
NU_HOUSE_AT = (40.321130, 9.330512)
CF = cf_check("DOEJNA91E57Z404")  # her codice fiscale (born abroad, USA: Z404)
HUSBAND = ("Bachisio Mura", "+393471188204")  # typed by her: contact.*
HUSBAND_CF = cf_check("MRUBHS87C02F979")
SON = {
    "first": "Efisio",
    "last": "Mura",
    "dob": "2016-10-04",
    "sex": "mascru",
    "cf": cf_check("MRUFSE16R04B354"),
}  # a data subject
MOTHER_IL = ("Grazia Ladu", "+393396620417", cf_check("LDAGRZ59M48F979"))
GRANDMA = ("Giuseppina Carta", 101)  # the husband's grandmother in Ovodda (age: birthdate)
SISTER_US = ("Claire Doe", "+15550148736", "claire.doe@example.net")
ID_CARD = "CA48210KJ"  # her Italian electronic identity card (personal.national_id)
IBAN = "IT92U0836217300000000812745"  # their joint account (financial.payment)
IT_NET = "22288"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Iscavu (a nuraghe dig's volunteers) ----------------------------------------------------------
NURAGHE = {
    "id": "nr_sutz",
    "name": "Nuraghe Su Tzurpu",
    "lat": 40.40521,
    "lon": 9.37118,
    "phone": "+390784550213",
}  # the site (negatives)
DIG_FIX = (40.405318, 9.371066)  # her phone in trench B2
VOLUNTEER = "ISC-26-0417"  # her volunteer number (id.user)

# --- Antunna (mushroom-picking permits, Supramonte) -----------------------------------------------
SPOTS = [(40.226841, 9.452317), (40.229106, 9.448902)]  # her own mushroom spots (precise)
MYCO = {
    "id": "asl_nu_myc",
    "name": "Ispetoradu Micologicu Nugoro",
    "lat": 40.31952,
    "lon": 9.32611,
}  # the mycology office (negatives)
LICENCE = "NU-FG-2026-08813"  # her picking licence (id.user)

# --- Cumbessias (a rural sanctuary's novena and pilgrims' huts) -----------------------------------
SANCTUARY = {
    "id": "st_bainzu",
    "name": "Santuariu de Santu Bainzu de sa Costa",
    "lat": 40.36312,
    "lon": 9.23771,
}  # (negatives)
SANCT_FIX = (40.363244, 9.237562)
WALK_FIX = (40.341902, 9.279415)  # her phone on the night walk from Nuoro
MEMBER = "PR-BNZ-0219"  # her number on the feast committee (id.user)
HUT_BOOKING = "CB-2026-0311"  # a hut for the novena (financial.purchase)

# --- Cuntribuente (a union-run tax-assistance centre) ---------------------------------------------
CAF = {
    "id": "caf_ca03",
    "name": "Sede CAF Casteddu 3",
    "lat": 39.21688,
    "lon": 9.11902,
    "phone": "+39070550188",
}  # (negatives)
UNION_CARD = "SND-CA-2026-114502"  # her union card (personal.sensitive: union membership)

# --- Chentannos (a longevity research cohort) -----------------------------------------------------
CLINIC = {
    "id": "cl_nu_long",
    "name": "Ambulatoriu de Ricerca Nugoro",
    "lat": 40.32211,
    "lon": 9.32874,
}  # (negatives)
CLINIC_FIX = (40.322076, 9.328802)
PARTICIPANT = "CHT-F-02291"  # her participant number (id.user)
KIT = "SLV-7730-4418-02"  # her saliva kit barcode (health.medical)

# --- Maschereddas (the children's carnival-mask group) --------------------------------------------
HALL = {
    "id": "gr_mamoi_kids",
    "name": "Grupu Maschereddas Mamujada",
    "lat": 40.21478,
    "lon": 9.28179,
}  # the group's hall (negatives)
HALL_FIX = (40.214802, 9.281733)
PARADE_FIX = (40.215563, 9.282917)
SON_MEMBER = "MSK-P-0093"  # Efisio's member number (id.user)

# --- Varcu (Cagliari's restricted-traffic permit) -------------------------------------------------
GATE = {
    "id": "vr_portacr",
    "name": "Varcu Porta Cristina",
    "lat": 39.22101,
    "lon": 9.11403,
}  # a camera gate (negatives)
GATE_FIX = (39.220962, 9.114118)
PERMIT = "ZTL-CA-R-55120"  # her resident's permit (id.user)
PLATE = "GF 418 KM"  # the car's plate (no taxonomy type fits: unlabelled)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(
    app: App, rng: random.Random, iid: str, *, how: str = "plain", sc: bool = False, **kw: Any
) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Italian, Sardinian first with ``sc``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L(
        "sc-IT,sc;q=0.9,it;q=0.8,en;q=0.7" if sc else "en-IT,en;q=0.9,it;q=0.8", DEV
    )
    return h


def dev_block(lang: str = "sc_IT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {
        "modellu": L("Pixel 8", DEV),
        "sistema": L("Android 14", DEV),
        "limba": L(lang, DEV),
        "fusu_orariu": L(TZ, DEV),
    }


def push(token: str, lang: str = "sc_IT") -> dict[str, Any]:
    """A first-party push registration (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID

    return {"push_token": L(token, DID), "dispositivu": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a find, a hut): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "CAF",
    "CA_HOME",
    "CA_HOME_AT",
    "CF",
    "CLINIC",
    "CLINIC_FIX",
    "DIG_FIX",
    "GATE",
    "GATE_FIX",
    "GRANDMA",
    "HALL",
    "HALL_FIX",
    "HUSBAND",
    "HUSBAND_CF",
    "HUT_BOOKING",
    "IBAN",
    "ID_CARD",
    "IT_NET",
    "KIT",
    "LICENCE",
    "MEMBER",
    "MOTHER_IL",
    "MYCO",
    "NURAGHE",
    "NU_HOUSE",
    "NU_HOUSE_AT",
    "PARADE_FIX",
    "PARTICIPANT",
    "PERMIT",
    "PLATE",
    "SANCTUARY",
    "SANCT_FIX",
    "SISTER_US",
    "SON",
    "SON_MEMBER",
    "SPOTS",
    "TZ",
    "UNION_CARD",
    "VOLUNTEER",
    "WALK_FIX",
    "cf_check",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
