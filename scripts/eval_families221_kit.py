"""Helpers for the two-hundred-and-twenty-first (blind) evaluation set ("blind218"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules
import them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper
``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id``
are set 24's).

This kit adds what the set's apps share. She lives in Gijón (Asturias, Spain) with her Asturian
husband Pelayo Álvarez Cueto, her US SIM roaming; she works as a self-employed English teacher in
Gijón and Oviedo. Their son Nel Álvarez Doe (7) is in the second year of primary school. Her
places (their flat in La Arena, her fixes at the padel club, the bolera, the osteopath's, the
party's office, the eye clinic, the theatre) are hers (``location.precise`` where sent); the
club, the bolera, the clinics, the filing agency, the party's office and the theatre are
businesses' or organisations' (negatives). People: her husband (``contact.*`` when she types
him; his DNI ``personal.national_id``), their son (a data subject: name, birth date, sex, DNI,
health card number are labelled), her father-in-law Celestino (a skittles player), her
mother-in-law Cova (a wheelchair user), her sister in the US.
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

# --- her Gijón life ------------------------------------------------------------------------------
GJ_HOME = {"line": "C/ Ezcurdia 52, 4º D", "area": "La Arena", "town": "Gijón",
           "town_ast": "Xixón", "region": "Asturias", "post": "33203"}
GJ_HOME_AT = (43.538917, -5.652729)  # their flat (location.precise where sent)
HUSBAND = ("Pelayo Álvarez Cueto", "+34650218437", "53718264Q")  # typed by her: contact.*
SON = {"first": "Nel", "last": "Álvarez Doe", "dob": "2018-06-14", "sex": "neñu",
       "dni": "71893402W", "tis": "ASTU180614D71"}  # a data subject (DNI, health card)
FATHER_IL = ("Celestino Álvarez Prieto", "+34629174530")  # retired miner, plays bolos
MOTHER_IL = ("Covadonga Cueto Fernández", "+34616402918")  # "Cova", a wheelchair user
SISTER_US = ("Megan Doe", "+15550147731", "megan.doe@example.net")  # her sister in Oregon
NIE = "Y4418203D"  # her foreigner's identity number (personal.national_id)
NAF = "331048823517"  # her social-security affiliation number (personal.national_id)
PASSPORT = "571204836"  # her US passport (personal.national_id)
ES_ACCOUNT = "ES8000815321830001172234"  # her euro account (financial.payment)
ES_NET = "21407"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Pistina (a padel club's court booking) -------------------------------------------------------
PADEL = {"id": "cl_lespiles", "name": "Pádel Les Piles", "phone": "+34985130422",
         "lat": 43.53402, "lon": -5.63318, "courts": ["p1", "p2", "p3", "p4", "p5"]}  # negatives
PADEL_FIX = (43.534061, -5.633092)  # her phone at the club
PADEL_CARD = "LP-00417"  # her club membership (id.user)
PADEL_BOOKING = "RS-260114-0382"  # a court booking (financial.purchase)

# --- Cuatreada (an Asturian skittles league: bolos cuatreada) -------------------------------------
BOLERA = {"id": "bo_llosa", "name": "Bolera La Llosa (Deva)", "phone": "+34985365140",
          "lat": 43.51428, "lon": -5.58812}  # the skittles alley (negatives)
BOLERA_FIX = (43.514311, -5.588072)
LICENCE = "FAB-2026-03311"  # her league licence (id.user)
PENA = {"id": "pn_xiranda", "name": "Peña La Xiranda"}  # her team (a negative)

# --- Xestina (a filing agency's app for the self-employed) ----------------------------------------
AGENCY = {"id": "xs_uria", "name": "Xestoría Uría 21", "cif": "B33918274",
          "phone": "+34985208811",
          "lat": 43.36284, "lon": -5.84981}  # the agency (its CIF, point: negatives)
CLIENT_NO = "XU-C-2291"  # her client file at the agency (id.user)
ACADEMY = {"name": "Academia Inglés Cimavilla SL", "cif": "B33770125"}  # her client (negatives)

# --- Marymonte (a local political party's members' app) -------------------------------------------
PARTY = {"id": "mym_xixon", "name": "Mar y Monte Asturies", "branch": "Agrupación Xixón-Oeste",
         "lat": 43.54211, "lon": -5.66105}  # its office (point: a negative)
MEMBER = "MYM-AF-008812"  # her membership number (id.user)
RALLY_FIX = (43.545418, -5.662871)  # her fix at the Plaza Mayor stall

# --- Llombu (an osteopathy and physiotherapy clinic) ----------------------------------------------
OSTEO = {"id": "os_escorialin", "name": "Centru Llombu Osteopatía", "phone": "+34985224406",
         "lat": 43.36702, "lon": -5.85561}  # the clinic (negatives)
OSTEO_FIX = (43.367047, -5.855588)
HISTORY = "LLB-HC-07741"  # her clinical history number (health.medical)
THERAPIST = ("Xandra Riestra Menéndez", "xandra.riestra@llombu.example.net")  # typed: contact.*
INSURER_NO = "MUT-4471-882013"  # her private health insurance member number (health.medical)

# --- Gueyin (the son's amblyopia therapy and eye clinic) ------------------------------------------
EYE_CLINIC = {"id": "of_elcoto", "name": "Oftalmoloxía Infantil El Coto", "phone": "+34985151770",
              "lat": 43.53571, "lon": -5.64903}  # (negatives)
EYE_FIX = (43.535688, -5.649071)
PATIENT = "OEC-P-55310"  # the son's patient number at the clinic (health.medical)
SCHOOL = {"id": "cp_elmuro", "name": "CP El Muro", "lat": 43.54002, "lon": -5.65511}  # negative

# --- Llirica (the opera and zarzuela season at the Oviedo theatre) --------------------------------
THEATRE = {"id": "th_ovd", "name": "Teatru Llíricu d'Uviéu", "lat": 43.36171,
           "lon": -5.84592}  # (negatives)
THEATRE_FIX = (43.361741, -5.845873)
SUBSCRIBER = "ABN-2526-10472"  # her season subscriber number (id.user)
SEASON_ORDER = "LLR-0088213"  # her season subscription order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ast: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Asturian first with ``ast``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ast-ES,ast;q=0.9,es-ES;q=0.8,en;q=0.7" if ast
                             else "en-US,en;q=0.9,es-ES;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_ES") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modelu": L("Pixel 8", DEV), "so": L("Android 14", DEV), "locale": L(lang, DEV),
            "fusu_horariu": L(TZ, DEV)}


def push(token: str, lang: str = "en_ES") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"token_push": L(token, DID), "preseu_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a match, a note): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "AGENCY", "BOLERA", "BOLERA_FIX", "CLIENT_NO", "ES_ACCOUNT", "ES_NET",
           "EYE_CLINIC", "EYE_FIX", "FATHER_IL", "GJ_HOME", "GJ_HOME_AT", "HISTORY", "HUSBAND",
           "INSURER_NO", "LICENCE", "MEMBER", "MOTHER_IL", "NAF", "NIE", "OSTEO", "OSTEO_FIX",
           "PADEL", "PADEL_BOOKING", "PADEL_CARD", "PADEL_FIX", "PARTY", "PASSPORT", "PATIENT",
           "PENA", "RALLY_FIX", "SCHOOL", "SEASON_ORDER", "SISTER_US", "SON", "SUBSCRIBER",
           "THEATRE", "THEATRE_FIX", "THERAPIST", "TZ", "dev_block", "fix", "hd", "obj", "push"]
