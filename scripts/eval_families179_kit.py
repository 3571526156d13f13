"""Helpers for the hundred-and-seventy-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Alapi on Fongafale (Funafuti, Tuvalu) with
her Tuvaluan husband Kitiona Simeona, a seafarer now at sea, and their daughter Losaline (8); she
worked five years in Auckland before (hence her NZ IRD number and NZ bank account), her US SIM
roams on the Tuvalu network. The family's land and pulaka pits are on Savave, Nukufetau, where her
mother-in-law Fakasoa lives; her sister-in-law Mele Faleafa lives in Mangere, Auckland. Her places
(their house, her fixes at the community hall, the pulaka pits, the hospital wharf, the
handicraft centre) are hers (``location.precise`` where sent); the reclamation site and its
plots, the community's maneapa, the hospital, the union office, the handicraft centre and the
ship are businesses', the government's or public places (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex
are labelled), her mother-in-law (her medicines ``health.medical``), her husband's aunt (a
wheelchair user: ``health.medical|personal.sensitive``), her sister-in-law in Auckland.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Funafuti"

# --- her Funafuti life ----------------------------------------------------------------------------
HOME = {"line": "Fale 27, Alapi", "islet": "Fongafale", "atoll": "Funafuti",
        "country": "Tuvalu"}
HOME_AT = (-8.518762, 179.199431)  # their house (location.precise where sent)
HUSBAND = ("Kitiona Simeona", "+6889013462")  # typed by her: contact.*
DAUGHTER = {"first": "Losaline", "last": "Simeona", "dob": "2017-06-14", "sex": "tamafine",
            "age": 8}  # a data subject (sets 29, 35, 37)
MOTHER_IL = ("Fakasoa Simeona", "+6889011854")  # on Savave, Nukufetau
AUNT = ("Salote Simeona", 68)  # the husband's aunt in their house (uses a wheelchair)
SISTER_IL = ("Mele Faleafa", "+64210457731", "mele.faleafa@example.net")  # Mangere, Auckland
SISTER_IL_ADDR = {"line": "8 Waddon Place", "suburb": "Mangere", "city": "Auckland",
                  "post": "2022"}
AKL_OLD = {"line": "3/41 Ferndown Avenue", "suburb": "Papatoetoe", "city": "Auckland",
           "post": "2025"}  # her Auckland flat until 2024 (contact.address / location.coarse)
PASSPORT = "588204117"  # her US passport (personal.national_id)
RESIDENCE = "TVR-24-00718"  # her Tuvalu residence permit (personal.national_id)
IRD = "131705123"  # her NZ IRD number (check digit 3 by the IRD weights 3,2,7,6,5,4,3,2)
IRD_DASHED = "131-705-123"
NZ_ACCOUNT = "12-3045-0498721-00"  # her NZ bank account (financial.payment)
TV_ACCOUNT = "NBT-0201448713"  # her Funafuti bank account (financial.payment)
TV_NET = "55301"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Fenua Fou (the reclaimed-land plot allocation) -----------------------------------------------
RECLAIM = {"id": "rl_fgf_b", "name": "Fongafale Reclamation Stage B", "lat": -8.52066,
           "lon": 179.19538}  # the project site (a negative)
PLOTS = [("B-042", -8.52031, 179.19511), ("B-057", -8.52102, 179.19560)]  # plots (negatives)
APPLICATION = "FF-25-0317"  # her household's application (id.user)

# --- Pulakamua (pulaka pits on Nukufetau) ---------------------------------------------------------
MANEAPA_NF = {"id": "mp_savave", "name": "Savave Maneapa", "lat": -8.00113,
              "lon": 178.31628}  # the village meeting hall (a negative)
PITS_AT = [(-7.998412, 178.318903), (-7.998655, 178.319402), (-7.999031, 178.319118),
           (-7.998809, 178.318622)]  # the family pit's corners (theirs: precise)
PIT_FIX = (-7.998701, 178.319011)  # her phone at the pit
GROWER = "PK-NF-0142"  # her grower account (id.user)

# --- Fale Nukufetau (the Nukufetau community in Funafuti) -----------------------------------------
HALL = {"id": "fn_vaiaku", "name": "Fale Nukufetau i Funafuti", "lat": -8.52591,
        "lon": 179.19472}  # the community's maneapa (a negative)
HALL_FIX = (-8.525934, 179.194688)
MEMBER = "NFF-0388"  # her membership (id.user)

# --- Kaiga Seila (the seafarers' union family portal) ---------------------------------------------
UNION = {"id": "tsu", "name": "Tuvalu Seafarers Union (example)", "lat": -8.52357,
         "lon": 179.19554}  # the union office (a negative)
KIN = "KS-NOK-0519"  # her next-of-kin portal account (id.user)
UNION_NO = "TSU-M-2291"  # her husband's union membership (personal.sensitive)
SEAFARER_ID = "TV-SID-004417"  # his seafarer identity document (personal.national_id)
VESSEL = {"name": "MV Coral Example", "imo": "9301122", "lat": -33.86011,
          "lon": 151.20877}  # the ship and its AIS position (negatives)

# --- Toe Tupe (the NZ tax-refund agent) -----------------------------------------------------------
CLIENT = "TT-C-10442"  # her client number (id.user)
CLAIM = "TT-R-2026-0091"  # the refund claim she bought (financial.purchase)
KIWISAVER = "KS-4410927"  # her KiwiSaver member number at the scheme (id.user)

# --- Mea Fai Lima (the handicraft seller shop) ----------------------------------------------------
CENTRE = {"id": "hc_vaiaku", "name": "Vaiaku Women's Handicraft Centre", "lat": -8.52421,
          "lon": 179.19607, "phone": "+68820850"}  # (negatives)
CENTRE_FIX = (-8.524188, 179.196102)
SELLER = "ML-S-0077"  # her seller account (id.user)
ORDER = "ML-2026-0412"  # a buyer's order (financial.purchase)

# --- Vailakau (the hospital pharmacy's outer-island medicine consignments) ------------------------
HOSPITAL = {"id": "fch", "name": "Funafuti Central Hospital (example)", "lat": -8.51372,
            "lon": 179.20218}  # (a negative)
WHARF_FIX = (-8.522811, 179.193907)  # her phone at the wharf, handing the box to the ship
MIL_RECORD = "FCH-0071842"  # her mother-in-law's hospital number (health.medical)
OWN_RECORD = "FCH-0098310"  # her own hospital number (health.medical)
NURSE = ("Tauala Iosefa", "+6889017705")  # the Nukufetau clinic nurse (typed: contact.*)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", tvl: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Tuvaluan first with ``tvl``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("tvl-TV,tvl;q=0.9,en;q=0.8" if tvl else "en-TV,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_TV") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "gana": L(lang, DEV),
            "taimi_fenua": L(TZ, DEV)}


def push(token: str, lang: str = "en_TV") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "numela_masini": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "AKL_OLD",
    "APPLICATION",
    "AUNT",
    "CENTRE",
    "CENTRE_FIX",
    "CLAIM",
    "CLIENT",
    "DAUGHTER",
    "GROWER",
    "HALL",
    "HALL_FIX",
    "HOME",
    "HOME_AT",
    "HOSPITAL",
    "HUSBAND",
    "IRD",
    "IRD_DASHED",
    "KIN",
    "KIWISAVER",
    "MANEAPA_NF",
    "MEMBER",
    "MIL_RECORD",
    "MOTHER_IL",
    "NURSE",
    "NZ_ACCOUNT",
    "ORDER",
    "OWN_RECORD",
    "PASSPORT",
    "PITS_AT",
    "PIT_FIX",
    "PLOTS",
    "RECLAIM",
    "RESIDENCE",
    "SEAFARER_ID",
    "SELLER",
    "SISTER_IL",
    "SISTER_IL_ADDR",
    "TV_ACCOUNT",
    "TV_NET",
    "TZ",
    "UNION",
    "UNION_NO",
    "VESSEL",
    "WHARF_FIX",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
