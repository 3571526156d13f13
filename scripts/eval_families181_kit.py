"""Helpers for the hundred-and-eighty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Bikenibeu (South Tarawa, Kiribati), where
she teaches English at a secondary school, with her I-Kiribati husband Taaniera Tekinaiti (a boat
mechanic) and their daughter Meere (7); her US SIM roams on the Kiribati network (545 01). The
husband's mother Tabita Kaitu lives on Abemama (Kariatebike), where the family keeps a house, the
canoe landing and its bêche-de-mer lot; his sister Rutiana Waqa lives in Nasinu (Fiji) with her
Fijian husband, and his aunt Takoua Rotan, a Banaban, on Rabi Island (Fiji). Money is in AUD; the
family in Fiji pays in FJD. Her places (the Bikenibeu house, the Abemama house, her fixes at the
toddy cutter's, the clinic, the credit union, the church hall, the workshop, the sea, the port)
are hers (``location.precise`` where sent); the businesses' and the church's points, names and
phones are negatives. People: her husband and daughter (the daughter a data subject: her name,
birth date, sex, birth registration number, weight and dose are labelled), her mother-in-law,
her sister-in-law in Fiji, the aunt on Rabi.

ID formats: Kiribati has no national ID number with a published check digit that this author
knows; her work permit, her Kiribati Provident Fund (KPF) member number and her tax ID (TIN) are
written in plausible invented shapes and labelled ``personal.national_id``. Her US passport is
given with a machine-readable zone whose check digits (7-3-1 weights) are computed properly.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Tarawa"

# --- her South Tarawa life ------------------------------------------------------------------------
HOME = {"line": "Te Karaba compound, lot 14", "village": "Bikenibeu", "island": "Tarawa",
        "council": "Teinainano Urban Council"}
HOME_AT = (1.366184, 173.124807)  # their Bikenibeu house (location.precise where sent)
ABEMAMA_AT = (0.412306, 173.863521)  # the family house at Kariatebike, Abemama (hers)
HUSBAND = ("Taaniera Tekinaiti", "+68673012244")  # typed by her: contact.*
DAUGHTER = {"first": "Meere", "last": "Tekinaiti", "dob": "2018-03-14", "sex": "aine",
            "brn": "BR/2018/TUN/01733", "kg": 22.5}  # a data subject; birth registration number
MOTHER_IL = ("Tabita Kaitu", "+68673120487")  # on Abemama
SISTER_FJ = ("Rutiana Waqa", "+6799214386", "rutiana.waqa@example.net")  # Nasinu, Fiji
AUNT_RABI = ("Takoua Rotan", "+6799560271")  # a Banaban on Rabi Island, Fiji
PASSPORT = "583914276"  # her US passport (personal.national_id)
MRZ2 = "5839142763USA9105171F3108228<<<<<<<<<<<<<<06"  # its MRZ line 2 (check digits computed)
MRZ1 = "P<USADOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
WORK_PERMIT = "WP/2024/ED/08817"  # her Kiribati work permit (personal.national_id)
KPF = "0418872"  # her Kiribati Provident Fund member number (personal.national_id)
TIN = "20418834"  # her Kiribati taxpayer number (personal.national_id)
KI_ACCOUNT = "0100428817301"  # her Kiribati bank account (financial.payment)
FJ_ACCOUNT = "2980011427"  # her sister-in-law's Fiji account, typed by her (financial.payment)
KI_NET = "54501"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Karewe Bou (coconut toddy and kamwaimwai syrup delivery) -------------------------------------
CUTTER = {"id": "kb_ctr_07", "name": "Ioteba's toddy trees, Eita", "phone": "+68673188420",
          "lat": 1.36031, "lon": 173.08452}  # a toddy cutter (negatives)
KAREWE_ACC = "KB-5531"  # her subscription account (id.user)

# --- Kamaiu (leprosy household-contact screening and single-dose rifampicin) ----------------------
CLINIC = {"id": "hc_bkb", "name": "Bikenibeu Health Centre", "lat": 1.36457, "lon": 173.12918,
          "phone": "+68674028100"}  # the clinic (negatives)
CLINIC_FIX = (1.364548, 173.129203)
CONTACT_NO = "LEP-C-2025-0614"  # her contact-register number (health.medical)
INDEX_CASE = "LEP-I-2025-0211"  # the household's index case (his cousin's case: health.medical)

# --- Kaubwai (the teachers' credit union) ---------------------------------------------------------
CU = {"id": "cu_tchr", "name": "Teachers' Savings and Credit Union", "lat": 1.32982,
      "lon": 172.97751, "phone": "+68675021433"}  # (negatives)
MEMBER = "TCU-10387"  # her member number (id.user)
LOAN = "LN-2026-00412"  # her loan (financial.payment: an account with the credit union)

# --- Bingo Ekaretia (the church women's fellowship bingo nights) ----------------------------------
HALL = {"id": "hall_bkb_kuc", "name": "Bikenibeu Church Hall", "lat": 1.36702,
        "lon": 173.12331}  # (negatives as a place)
HALL_FIX = (1.367031, 173.123288)
FELLOW = "RAE-0093"  # her fellowship member number (id.user)

# --- Injin (outboard workshop and boat trips) -----------------------------------------------------
WORKSHOP = {"id": "ws_ambo", "name": "Ambo Outboard Services", "phone": "+68673044710",
            "lat": 1.35214, "lon": 173.04077}  # (negatives)
BOAT = {"hull": "KIR-TRW-2291", "engine_serial": "6AH-L-1042877", "hp": 40}  # (negatives)
SEA_FIX = (1.411925, 173.061874)  # her phone on the lagoon, fishing
CUSTOMER = "AOS-C-2207"  # her workshop account (id.user)

# --- Uota Fiti (Fiji-Tarawa personal-effects freight) ---------------------------------------------
DEPOT_FJ = {"id": "dp_walu", "name": "Walu Bay consolidation depot", "lat": -18.12741,
            "lon": 178.43377}  # (negatives)
PORT_BETIO = {"lat": 1.35791, "lon": 172.92312}  # the port (a negative)
PORT_FIX = (1.357884, 172.923301)  # her fix at the port's cargo shed
CONSIGNEE = "UF-KI-44120"  # her consignee account (id.user)
SHIPMENT = "UF26-0318-KI"  # the consignment (financial.purchase)

# --- Beche Abemama (bêche-de-mer buying) ----------------------------------------------------------
BUYER = {"id": "bb_abm", "name": "Abemama Marine Products", "lat": 0.40872, "lon": 173.86011,
         "phone": "+68673550219"}  # the licensed buyer (negatives)
LANDING_AT = (0.414077, 173.861390)  # the family's canoe landing (hers: precise)
FISHER = "ABM-F-0317"  # the family's fisher registration, in her name (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", gil: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Gilbertese first with ``gil``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("gil-KI,gil;q=0.9,en;q=0.8" if gil else "en-KI,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_KI") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_KI") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a delivery, a slot, a card): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ABEMAMA_AT", "AUNT_RABI", "BOAT", "BUYER", "CLINIC", "CLINIC_FIX", "CONSIGNEE",
           "CONTACT_NO", "CU", "CUSTOMER", "CUTTER", "DAUGHTER", "DEPOT_FJ", "FELLOW", "FISHER",
           "FJ_ACCOUNT", "HALL", "HALL_FIX", "HOME", "HOME_AT", "HUSBAND", "INDEX_CASE",
           "KAREWE_ACC", "KI_ACCOUNT", "KI_NET", "KPF", "LANDING_AT", "LOAN", "MEMBER",
           "MOTHER_IL", "MRZ1", "MRZ2", "PASSPORT", "PORT_BETIO", "PORT_FIX", "SEA_FIX",
           "SHIPMENT", "SISTER_FJ", "TIN", "TZ", "WORKSHOP", "WORK_PERMIT", "dev_block", "fix",
           "hd", "obj", "push"]
