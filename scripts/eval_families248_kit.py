"""Helpers for the two-hundred-and-forty-eighth (blind, "blind245") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's),
as set 151's kit does.

This kit adds what the set's apps share. She (the profile's person, a US citizen with South
African permanent residence and an SA ID number, her US SIM roaming) lives in Bendor, Polokwane
(Limpopo) with her husband Lesiba Mashilo, a Mopedi from Mokopane, and their daughter Naledi
(10, Grade 4 at a public primary school in Bendor); her mother-in-law Mahlodi Mashilo lives in
Mahwelereng, Mokopane, where her brother-in-law Tshepo is to marry Dineo Sebola of Lebowakgomo.
Her places (their Bendor house, her fixes at the eisteddfod hall, the trail park and on its
trails, the church, the weight clinic, the mother-in-law's yard where the family gathers) are
hers or her family's (``location.precise`` where sent at 3 or more decimals); the hall, the
trail park's gate and clubhouse, the church, the clinic and the
caterer are businesses' or public places (negatives). People: her husband, daughter,
mother-in-law, brother-in-law and his bride, two of the family's elders, her sister in the US,
her dietitian, the accompanist, a riding friend (``contact.*`` when she types them).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Johannesburg"
NSO = "nso-ZA,nso;q=0.9,en-ZA;q=0.8"  # Sepedi (Northern Sotho) first

# --- her Polokwane life ---------------------------------------------------------------------------
HOME = {"line": "27 Mopani Crescent", "area": "Bendor", "town": "Polokwane",
        "province": "Limpopo", "post": "0699"}
HOME_AT = (-23.881427, 29.487316)  # their house in Bendor (location.precise where sent)
HUSBAND = ("Lesiba Mashilo", "+27825550143")  # typed by her: contact.*
DAUGHTER = {"first": "Naledi", "last": "Mashilo", "dob": "2015-08-14", "sex": "mosetsana",
            "id": "1508140412082", "learner": "LP-BPP-0442187"}  # a data subject
MOTHER_IL = ("Mahlodi Mashilo", "+27835550172")  # in Mahwelereng, Mokopane
MIL_HOME = {"line": "Stand 2214, Zone 1", "area": "Mahwelereng", "town": "Mokopane"}
MIL_AT = (-24.152381, 28.983064)  # the family's yard in Mahwelereng (the family's: precise)
BROTHER_IL = ("Tshepo Mashilo", "+27725550188")  # the groom
BRIDE = ("Dineo Sebola", "+27795550126")  # the bride, of Lebowakgomo
ELDERS = [("Phuti Mashilo", "+27765550119"), ("Mmapula Mashilo", "+27845550164")]
SISTER_US = ("Laura Doe", "+15550163341", "laura.doe@example.net")  # her sister in Ohio
SA_ID = "9105173125186"  # her SA ID number (permanent resident; personal.national_id)
PASSPORT = "583204117"  # her US passport (personal.national_id)
US_TIN = "987-65-4327"  # her US SSN for the FATCA form (the range reserved for examples)
TAX_REF = "0384127165"  # her South African income-tax reference number (personal.national_id)
ZA_ACCOUNT = "62845109377"  # her cheque account (financial.payment)
ZA_NET = "65510"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Kopelo (the daughter's eisteddfod entries) ---------------------------------------------------
HALL = {"id": "hl_pbg_civic", "name": "Capricorn Music Hall", "lat": -23.90462,
        "lon": 29.45871, "phone": "+27152905510"}  # the venue (negatives)
HALL_FIX = (-23.904588, 29.458794)  # her phone at the hall
SCHOOL = {"id": "sch_bpp", "name": "Bendor Park Primary", "lat": -23.87951,
          "lon": 29.49322}  # (negatives)
ACCOMPANIST = ("Refilwe Kekana", "+27825550177")  # typed by her: contact.*
ENTRY = "KP26-VS-01832"  # the daughter's entry (financial.purchase: a paid entry)

# --- Dithabeng (a mountain-bike trail park near Mokopane) -----------------------------------------
PARK = {"id": "tp_dtb", "name": "Dithabeng Trail Park", "lat": -24.16102, "lon": 29.05617,
        "ssid": "Dithabeng-Clubhouse", "bssid": "d8:07:b6:52:1e:90"}  # (point: negative)
GATE_FIX = (-24.161047, 29.056205)  # her phone at the gate
TRAIL_FIX = (-24.168312, 29.064871)  # her phone on the trail
CRASH_FIX = (-24.171905, 29.069433)  # where she fell
CLIMB_AT = (-24.17402, 29.07115)  # the "Kgopo ya Tau" climb's top (a map point: negative)
RIDER = "DTB-R-20931"  # her rider (member) number (id.user)
FRIEND = ("Palesa Ramoshaba", "+27735550152")  # a riding friend she invites

# --- Phuthego (a Lutheran congregation in Seshego) ------------------------------------------------
CHURCH = {"id": "ph_bethel_ssg", "name": "Bethel Lutheran Congregation, Seshego",
          "lat": -23.85391, "lon": 29.39514}  # (a negative as a place)
CHURCH_FIX = (-23.853944, 29.395118)
MEMBER = "BLC-0719"  # her membership number (id.user)

# --- Letamo (their pool-maintenance service) ------------------------------------------------------
CUSTOMER = "LPC-30418"  # her customer number (id.user)
INVOICE = "INV-2026-02-30418"  # a monthly invoice (financial.purchase)
CONTROLLER = {"serial": "PCX4-07715093", "fw": "3.2.7"}  # the pump controller (negatives)

# --- Magadi (the lobola negotiation and wedding planner, Mokopane) --------------------------------
EVENT = "mg_ev_5531"  # the family event (an internal ID: negative)
CONTRIB = "KB-2026-00418"  # her contribution's number (financial.purchase)

# --- Boima (a weight-management clinic's programme) -----------------------------------------------
CLINIC = {"id": "cl_pbg_met", "name": "Polokwane Metabolic Clinic", "lat": -23.90077,
          "lon": 29.46235, "phone": "+27152915530"}  # (negatives)
CLINIC_FIX = (-23.900749, 29.462381)
PATIENT = "PMC-2026-1184"  # her patient number (health.medical, as set 151's chart number)
DIETITIAN = ("Mmathabo Ledwaba", "m.ledwaba@pmc.example.com")  # typed by her: contact.*
SCALE = {"serial": "SC-88-41D2097", "model": "Kala S2"}  # the clinic-issued scale (negatives)

# --- Dishere (a share-trading app) ----------------------------------------------------------------
ACCOUNT = "DSH-4471902"  # her trading account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", nso: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Sepedi first with ``nso``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L(NSO if nso else "en-ZA,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_ZA") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_ZA") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def sediriswa(token: str, lang: str = "nso_ZA") -> dict[str, Any]:
    """The same registration with Sepedi keys (``sediriswa`` device, ``polelo`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "nomoro_ya_sediriswa": L(INSTALL_ID, DID),
            "mohlala": L("Pixel 8", DEV), "os": L("Android 14", DEV), "polelo": L(lang, DEV),
            "nako_ya_lefelo": L(TZ, DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an entry line, a ride, a visit): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCOMPANIST", "ACCOUNT", "BRIDE", "BROTHER_IL", "CHURCH", "CHURCH_FIX", "CLIMB_AT",
           "CLINIC", "CLINIC_FIX", "CONTRIB", "CONTROLLER", "CRASH_FIX", "CUSTOMER", "DAUGHTER",
           "DIETITIAN", "ELDERS", "ENTRY", "EVENT", "FRIEND", "GATE_FIX", "HALL", "HALL_FIX",
           "HOME", "HOME_AT", "HUSBAND", "INVOICE", "MEMBER", "MIL_AT", "MIL_HOME", "MOTHER_IL",
           "NSO", "PARK", "PASSPORT", "PATIENT", "RIDER", "SA_ID", "SCALE", "SCHOOL", "SISTER_US",
           "TAX_REF", "TRAIL_FIX", "TZ", "US_TIN", "ZA_ACCOUNT", "ZA_NET", "dev_block", "fix",
           "hd", "obj", "push", "sediriswa"]
