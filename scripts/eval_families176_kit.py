"""Helpers for the hundred-and-seventy-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived two years in Peshawar (Khyber
Pakhtunkhwa, Pakistan) with her Pashtun husband Shahzeb Khan Yousafzai, in Hayatabad, her US SIM
roaming (a local prepaid number only for her mobile wallet); their son Aimal (3) is under five,
so the polio teams come to the door. Her husband's family lives in Charbagh, Swat: her
mother-in-law Gul Bibi and his elder brother Fazal Rabi Yousafzai, who keeps the family's hujra.
Her places (the Hayatabad house, the Charbagh family house, her fixes at the Mingora gem market,
the emerald mine on a visit, the hijama clinic, the van stand, the motorway, the Pashto Academy,
the truck-art workshop) are hers (``location.precise`` where sent); the businesses' and public
points (the gem market, the mine, the clinic, the van stands, the checkpoint, the academy, the
workshop, the hujra) are negatives. People: her husband (``contact.*`` when she types him; his
CNIC ``personal.national_id``), their son (a data subject: name, birth date, sex, B-form number,
measurements), her mother-in-law, her brother-in-law, her sister in the US.

Pakistani identity numbers (CNIC, the child's B-form/CRC, her Pakistan Origin Card) share
NADRA's 13-digit ``DDDDD-NNNNNNN-G`` shape: ``17301`` is Peshawar's locality code, the last digit
is odd for a male and even for a female; NADRA publishes no check digit, so none is computed.
Her PK IBAN is valid (ISO 13616 mod-97 computed).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Karachi"

# --- her Peshawar life ----------------------------------------------------------------------------
PK_HOME = {"line": "House 41, Street 7, Sector K-2, Phase 3", "area": "Hayatabad",
           "town": "Peshawar", "region": "Khyber Pakhtunkhwa", "post": "25100"}
PK_HOME_AT = (33.984712, 71.440583)  # their house (location.precise where sent)
SWAT_HOUSE_AT = (34.833108, 72.441726)  # the family house in Charbagh, Swat (hers: precise)
HUSBAND = ("Shahzeb Khan Yousafzai", "+923159041277")  # typed by her: contact.*
HUSBAND_CNIC = "17301-4829173-5"  # odd last digit: a man (personal.national_id)
MOTHER_IL = ("Gul Bibi", "+923469920318")  # in Charbagh
BROTHER_IL = ("Fazal Rabi Yousafzai", "+923009154620")  # keeps the hujra
SON = {"first": "Aimal", "last": "Khan", "dob": "2022-08-14", "sex": "halak",
       "bform": "17301-6620418-7", "id": "MSH-PSH-0044719"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Claire Doe", "+15550143377", "claire.doe@example.net")
POC = "17301-9051836-4"  # her Pakistan Origin Card (a foreign spouse's NADRA card; even: a woman)
PASSPORT = "583204716"  # her US passport (personal.national_id)
PK_IBAN = "PK57EXPK0010047891230561"  # her rupee account (financial.payment; mod-97 valid)
WALLET = "+923349087155"  # her local prepaid number, her mobile wallet's account
PK_NET = "41001"  # the visited network's MCC/MNC while roaming (location.carrier)
QAUM, KHEL = "Yousafzai", "Babuzai"  # the family's tribe and clan (personal.sensitive)

# --- Zamarod Bazaar (Swat emeralds) ---------------------------------------------------------------
GEM_MARKET = {"id": "mkt_mingora", "name": "Mingora Gem Market", "lat": 34.77394,
              "lon": 72.35921, "phone": "+92946711402"}  # (negatives)
GEM_FIX = (34.773918, 72.359247)  # her phone at the market
MINE = {"id": "kaan_fizagat", "name": "Fizagat Emerald Mine", "lat": 34.78152,
        "lon": 72.37893}  # the mine's gate (a negative)
MINE_FIX = (34.781377, 72.378702)  # her phone at the mine on the visit
GEM_ORDER = "ZB-2601-7731"  # her emerald order (financial.purchase)

# --- Shifa Hijama (a Unani clinic with wet cupping) -----------------------------------------------
CLINIC = {"id": "shf_utown", "name": "Shifa Hijama & Tibb, University Town",
          "phone": "+92915842210", "lat": 34.00521, "lon": 71.49283}  # (negatives)
CLINIC_FIX = (34.005188, 71.492861)
PATIENT = "SHF-26-01873"  # her clinic file number (health.medical, as set 151's chart)

# --- Hujra (the family's village hujra and its jirga, Charbagh) -----------------------------------
HUJRA = {"id": "hj_charbagh_07", "name": "Fazal Rabi Hujra", "lat": 34.83377,
         "lon": 72.44102}  # (a negative)
HOUSEHOLD = "CHB-KOR-0213"  # the family household's number in the hujra's register (id.user)
LAND_AT = [(34.829811, 72.446012), (34.830402, 72.446918), (34.829633, 72.447541),
           (34.829047, 72.446630)]  # the family's disputed field's corners (hers: precise)

# --- Flying Swat (Peshawar - Mingora flying-coach vans) -------------------------------------------
ADDA_PSH = {"id": "adda_hajicamp", "lat": 34.00894, "lon": 71.55377}  # (negatives)
ADDA_MGR = {"id": "adda_mingora", "lat": 34.76933, "lon": 72.35541}
CHECKPOST = {"id": "cp_malakand", "lat": 34.56529, "lon": 71.93106}
ADDA_FIX = (34.008921, 71.553802)
ROAD_FIX = (34.421877, 71.812463)  # her phone on the Swat motorway
TICKET = "FS-2601-40918"  # her tickets (financial.purchase)

# --- Dwa Tsatski (a polio campaign's parent app) --------------------------------------------------
UC = "UC Hayatabad-2"  # the union council (location.coarse)
MICROPLAN = "PSH-HYT2-K2-0419"  # the campaign's house number for their house (id.user)

# --- Tappay (landay and mushaira) -----------------------------------------------------------------
ACADEMY = {"id": "pa_uop", "name": "Pashto Academy, University of Peshawar", "lat": 34.00187,
           "lon": 71.48504}  # (a negative)
ACADEMY_FIX = (34.001902, 71.485017)
PEN = "Speena_Khor"  # her pen name, her public handle (id.user)
MEMBER = "ADJ-PSH-1187"  # her literary society membership number (id.user)

# --- Gaddirang (a truck-art workshop's commissions) -----------------------------------------------
WORKSHOP = {"id": "ws_hashtnagri", "name": "Ustad Gul Zaman Truck Art", "lat": 34.01051,
            "lon": 71.58622, "phone": "+92912562048"}  # (negatives)
WORKSHOP_FIX = (34.010487, 71.586259)
ART_ORDER = "GR-2026-0117"  # her commission (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ps: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Pashto first with ``ps``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ps-PK,ps;q=0.9,ur;q=0.8,en;q=0.7" if ps else "en-PK,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PK") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PK") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a lot, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "ACADEMY_FIX", "ADDA_FIX", "ADDA_MGR", "ADDA_PSH", "ART_ORDER",
           "BROTHER_IL", "CHECKPOST", "CLINIC", "CLINIC_FIX", "GEM_FIX", "GEM_MARKET",
           "GEM_ORDER", "HOUSEHOLD", "HUJRA", "HUSBAND", "HUSBAND_CNIC", "KHEL", "LAND_AT",
           "MEMBER", "MICROPLAN", "MINE", "MINE_FIX", "MOTHER_IL", "PASSPORT", "PATIENT", "PEN",
           "PK_HOME", "PK_HOME_AT", "PK_IBAN", "PK_NET", "POC", "QAUM", "ROAD_FIX", "SISTER_US",
           "SON", "SWAT_HOUSE_AT", "TICKET", "TZ", "UC", "WALLET", "WORKSHOP", "WORKSHOP_FIX",
           "dev_block", "fix", "hd", "obj", "push"]
