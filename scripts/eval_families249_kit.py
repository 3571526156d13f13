"""Helpers for the two-hundred-and-forty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Tizi Ouzou (Kabylia, Algeria) with her
Kabyle husband Idir Ait Mellal, her US SIM roaming; their son Aksil (7) has G6PD deficiency
(favism) and is in the second year of a primary school in the Nouvelle Ville; Idir's mother
Tassadit lives in the family's village, Ighil Temedda (a fictional village of the Ain El Hammam
commune), where they go at weekends; Idir's brother Massinissa lives in Lyon. Her places (their
flat in the Nouvelle Ville, the family house in the village, her fixes at the association's hall,
the hospital, the stationery shop, the rented flat in Tichy near Bejaia and the inspection
centre) are hers (``location.precise`` where sent); the village's assembly house, the post
office, the association's hall, the hospital unit, the shop, the rental agency's building and the
inspection centre are businesses' or public places (negatives). People: her husband, her son (a
data subject: his name, birth date, sex, national number, hospital file and pupil number are
labelled), her mother-in-law, her brother-in-law, the son's haematologist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Algiers"

# --- her Tizi Ouzou life ----------------------------------------------------------------------
TO_HOME = {"line": "Cite 600 Logements, Bt 12, app 7", "area": "Nouvelle Ville",
           "town": "Tizi Ouzou", "wilaya": "Tizi Ouzou", "post": "15000"}
TO_HOME_AT = (36.705812, 4.052936)  # their flat (location.precise where sent)
HUSBAND = ("Idir Ait Mellal", "+213661204387")  # typed by her: contact.*
HUSBAND_NIN = "109840512004718305"  # his national identification number (personal.national_id)
MOTHER_IL = ("Tassadit Ait Mellal", "+213558730412")  # her mother-in-law in the village
BROTHER_IL = ("Massinissa Ait Mellal", "+33612804417")  # Idir's brother in Lyon
SON = {"first": "Aksil", "last": "Ait Mellal", "dob": "2018-10-03", "sex": "aqcic",
       "nin": "109181003001274502", "file": "HEP-TO-2021-0318",
       "pupil": "EPG-2AP-B-0917"}  # a data subject (sets 29, 35, 37)
RESIDENCE = "CR-15-2023-0041187"  # her Algerian residence card number (personal.national_id)
PASSPORT = "583204716"  # her US passport (personal.national_id)
CCP = {"account": "0021458793", "key": "45",
       "rip": "00799999002145879345"}  # her postal current account (financial.payment)
DZ_NET = "60302"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- the village (Ighil Temedda, Ain El Hammam) -----------------------------------------------
VILLAGE = {"name": "Ighil Temedda", "commune": "Ain El Hammam", "wilaya": "Tizi Ouzou"}
VILLAGE_HOUSE_AT = (36.571204, 4.298817)  # the family house where she stays (precise)
ASSEMBLY = {"id": "tj_igt", "name": "Axxam n Tejmaat Ighil Temedda", "lat": 36.57158,
            "lon": 4.29833}  # the village committee's assembly house (a negative)
HOUSEHOLD = "IGT-AX-0142"  # the household's number in the village register (id.user)

# --- the post office ----------------------------------------------------------------------------
POST_OFFICE = {"id": "bp_15_nv", "name": "Bureau de poste Nouvelle Ville", "lat": 36.70712,
               "lon": 4.05018, "phone": "+21326211940"}  # (negatives)

# --- the cultural association -------------------------------------------------------------------
ASSOC = {"id": "tdl_tafat", "name": "Tiddukla Tadelsant Tafat", "lat": 36.71388, "lon": 4.04621,
         "phone": "+21326204518"}  # the association's hall (negatives)
HALL_FIX = (36.713902, 4.046188)  # her phone at the hall on the gala night
MEMBER = "TF-2025-0388"  # her membership card (id.user)

# --- the son's haematology follow-up ------------------------------------------------------------
UNIT = {"id": "uhp_to", "name": "Unite d'hematologie pediatrique, Tizi Ouzou",
        "lat": 36.71602, "lon": 4.04911, "phone": "+21326218870"}  # (negatives)
UNIT_FIX = (36.716041, 4.049132)
DOCTOR = ("Dr. Nadia Oukaci", "n.oukaci@hemato-to.example.org")  # typed by her: contact.*

# --- the stationery shop -----------------------------------------------------------------------
SHOP = {"id": "pap_tafsut", "name": "Papeterie Tafsut", "lat": 36.71281, "lon": 4.04493,
        "phone": "+21326219934", "line": "12 rue Abane Ramdane"}  # (negatives)
SHOP_FIX = (36.712788, 4.044962)
SCHOOL = {"id": "ep_genets", "name": "Ecole primaire Les Genets", "class": "2AP-B"}  # (negatives)

# --- the seaside rental in Tichy ----------------------------------------------------------------
RENTAL = {"id": "ilel_tc_0412", "agency": "Agence Ilel Tichy", "phone": "+213770412268",
          "lat": 36.66914, "lon": 5.15823,
          "line": "Residence Les Dunes, Bt B, 3e etage"}  # the agency's listing (negatives)
FLAT_FIX = (36.669128, 5.158271)  # her phone at the rented flat
BEACH_FIX = (36.671503, 5.161904)  # her phone on the beach
RENTAL_BOOKING = "ILT-26-07-1188"  # the week's booking (financial.purchase)

# --- the inspection centre ----------------------------------------------------------------------
CT_CENTRE = {"id": "ct_oa_07", "name": "Controle Technique Oued Aissi", "lat": 36.70031,
             "lon": 4.09712, "phone": "+21326287745"}  # (negatives)
CT_FIX = (36.700288, 4.097154)
CAR = {"plate": "01234-118-15", "vin": "VF1LZBR0A61234567", "make": "Renault",
       "model": "Symbol", "year": 2018}  # plate and VIN: no taxonomy type (left unlabelled)


# --- generators -------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", kab: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Kabyle first with ``kab``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("kab-DZ,kab;q=0.9,fr-DZ;q=0.8,en;q=0.7" if kab
                             else "en-DZ,en;q=0.9,fr;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_DZ") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_DZ") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ASSEMBLY", "ASSOC", "BEACH_FIX", "BROTHER_IL", "CAR", "CCP", "CT_CENTRE", "CT_FIX",
           "DOCTOR", "DZ_NET", "FLAT_FIX", "HALL_FIX", "HOUSEHOLD", "HUSBAND", "HUSBAND_NIN",
           "MEMBER", "MOTHER_IL", "PASSPORT", "POST_OFFICE", "RENTAL", "RENTAL_BOOKING",
           "RESIDENCE", "SCHOOL", "SHOP", "SHOP_FIX", "SON", "TO_HOME", "TO_HOME_AT", "TZ",
           "UNIT", "UNIT_FIX", "VILLAGE", "VILLAGE_HOUSE_AT", "dev_block", "fix", "hd", "obj",
           "push"]
