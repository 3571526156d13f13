"""Helpers for the two-hundred-and-thirty-ninth (blind) evaluation set ("blind236"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Toulouse (Saint-Cyprien) with her husband
Bastian Delpech, a Toulouse-born teacher, and their daughter Lina (2), who goes to a childminder
in the same quarter; her mother-in-law Odeta Delpech lives in Albi; her sister Rachel lives in
Ohio. She works as a test engineer at an aerospace supplier in Blagnac (its works council is one
of the apps); her US SIM roams on a French network. Her places (their flat, her fixes at the
shops that take the local currency, the clinic, the temple, the childminder's door, the duck farm
and the Albi market, the pool) are hers (``location.precise`` where sent); the shops, the clinic,
the temple, the works council's office, the farm, the market hall and the pool are businesses'
or the parish's (negatives). People: her husband (``contact.*`` when she types him), their
daughter (a data subject: her name, birth date, sex and health are labelled), her mother-in-law,
her sister in the US, the childminder, the home nurse.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Paris"

# --- her Toulouse life ----------------------------------------------------------------------------
HOME = {"line": "9 carrièra de la Reünion, 2n estatge",
        "line_fr": "9 rue de la Réunion, 2e étage",
        "area": "Sant Cibrian", "town": "Tolosa", "town_fr": "Toulouse", "post": "31300",
        "region": "Occitania"}
HOME_AT = (43.597342, 1.431085)  # their flat (location.precise where sent)
HUSBAND = ("Bastian Delpech", "+33639980412", "bastian.delpech@example.fr")  # typed: contact.*
MOTHER_IL = ("Odeta Delpech", "+33639981377", "14 carrièra de la Madalena, 81000 Albi")
DAUGHTER = {"first": "Lina", "last": "Delpech", "dob": "2023-06-14", "sex": "filha",
            "weight": 12.4}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Rachel Doe", "+15550142277", "rachel.doe@example.net",
             "1180 Maple Ridge Dr, Columbus, OH 43215")  # her sister in Ohio
NIR = "291059940401753"  # her French social-security number (personal.national_id)
TAX_NO = "3012457789014"  # her French tax number (personal.national_id)
RESIDENCE = "3100248817"  # her residence-permit number (personal.national_id)
FR_IBAN = "FR7630004000031234567890143"  # their joint euro account (financial.payment)
FR_NET = "20810"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Ròsa (the Toulouse local currency) ----------------------------------------------------------
ROSA_MEMBER = "RS-0031-7742"  # her member account (id.user)
BAKERY = {"id": "cm_0118", "name": "Fornièr de Sant Cibrian", "lat": 43.59812, "lon": 1.43244,
          "phone": "+33561000118"}  # a shop (negatives)
BAKERY_FIX = (43.598107, 1.432395)
BOOKSHOP = {"id": "cm_0342", "name": "Librariá del Pont", "lat": 43.60044, "lon": 1.43621}
EXCHANGE_DESK = {"id": "cx_capitol", "lat": 43.60442, "lon": 1.44318}  # (negative)

# --- Artelh (a forefoot-surgery clinic: her hallux valgus) ---------------------------------------
CLINIC = {"id": "cl_pg31", "name": "Clinica del Pè Garona", "phone": "+33561009931",
          "lat": 43.61207, "lon": 1.42551}  # (negatives)
CLINIC_FIX = (43.612049, 1.425533)
FILE_NO = "PG-2026-008841"  # her patient file number (health.medical)
MUTUAL = "MT-88-4410295"  # her top-up health insurer's member number (health.medical)
SURGEON = ("Dr Joan Ramonet", "secretariat.ramonet@clinica-pe.example.fr")  # public: negatives
NURSE = ("Marta Cabrol", "+33639982260")  # the home nurse she books (typed: contact.*)

# --- Salmet (a Reformed Protestant parish in Toulouse) -------------------------------------------
TEMPLE = {"id": "tp_salin", "name": "Temple del Salin", "lat": 43.59551, "lon": 1.44472}
TEMPLE_FIX = (43.595488, 1.444739)
PARISH_NO = "EPU-TLS-0412"  # her entry in the parish's members' register (id.user)

# --- Comitat (her employer's works council) ------------------------------------------------------
EMPLOYER = {"id": "af_blagnac", "name": "Aerofil Sistèmas", "lat": 43.63805,
            "lon": 1.37302}  # her employer's site (a negative)
STAFF_NO = "AF-048317"  # her employee number (id.user)
WORK_MAIL = "jane.doe@aerofil.example.fr"  # her work e-mail (contact.email)

# --- Bressòl (the childminder's app) -------------------------------------------------------------
MINDER = ("Sandrina Vidal", "+33639983105", "21 carrièra de Cugnaux, 31300 Tolosa")  # typed
MINDER_DOOR = (43.595173, 1.428904)  # her fix at the childminder's door (hers: precise)
EMPLOYER_NO = "PJ-31-0077215"  # her childminder-employer account (id.user)
AGREEMENT = "AG-31-2019-4471"  # the childminder's agreement number (a negative)

# --- Bòria (a duck farm near Albi) ---------------------------------------------------------------
FARM = {"id": "bf_lescura", "name": "Bòria del Guit Blanc", "phone": "+33563000781",
        "lat": 43.96122, "lon": 2.17458, "ssid": "Boria-Convidats",
        "bssid": "a4:91:b1:3c:07:e2"}  # (point, phone: negatives; Wi-Fi joined: wifi)
MARKET = {"id": "mk_albi", "name": "Mercat cobèrt d'Albi", "lat": 43.92862,
          "lon": 2.14597}  # the market hall (a negative)
MARKET_FIX = (43.928641, 2.145918)
FARM_FIX = (43.961197, 2.174603)
FARM_CARD = "BG-7740-112"  # her loyalty card (id.user)
FARM_ORDER = "CMD-2026-01882"  # her Christmas order (financial.purchase)

# --- Nadaire (Toulouse's municipal pools) --------------------------------------------------------
POOL = {"id": "pl_bagatela", "name": "Centre nautic de Bagatèla", "lat": 43.58493,
        "lon": 1.42118}  # (negatives)
POOL_FIX = (43.584951, 1.421166)
POOL_CARD = "NAD-077120-3"  # her pool card (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", oc: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French first with ``oc``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-FR,fr;q=0.9,oc;q=0.7,en;q=0.6" if oc else "en-FR,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_FR") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lenga": L(lang, DEV),
            "zona_oraria": L(TZ, DEV)}


def push(token: str, lang: str = "en_FR") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"token_push": L(token, DID), "id_installacion": L(INSTALL_ID, DID),
            **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a note): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGREEMENT", "BAKERY", "BAKERY_FIX", "BOOKSHOP", "CLINIC", "CLINIC_FIX", "DAUGHTER",
           "EMPLOYER", "EMPLOYER_NO", "EXCHANGE_DESK", "FARM", "FARM_CARD", "FARM_FIX",
           "FARM_ORDER", "FILE_NO", "FR_IBAN", "FR_NET", "HOME", "HOME_AT", "HUSBAND", "MARKET",
           "MARKET_FIX", "MINDER", "MINDER_DOOR", "MOTHER_IL", "MUTUAL", "NIR", "NURSE",
           "PARISH_NO", "POOL", "POOL_CARD", "POOL_FIX", "RESIDENCE", "ROSA_MEMBER", "SISTER_US",
           "STAFF_NO", "SURGEON", "TAX_NO", "TEMPLE", "TEMPLE_FIX", "TZ", "WORK_MAIL",
           "dev_block", "fix", "hd", "obj", "push"]
