"""Helpers for the hundred-and-sixty-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Tupapa (Avarua, Rarotonga, Cook Islands)
with her Cook Islands husband Teariki Vainerere, her US SIM roaming on the visited network
548-01; their son Tamatoa (8) is at primary school and their daughter Tepaeru was born in August
2025. Her mother-in-law Ngapoko Vainerere lives in Arutanga (Aitutaki), where the family's
bungalow at Amuri is let to visitors. Her places (their house, her fixes at the church hall, the
sports hall, the police test yard, the eye clinic, the lagoon reserve, the bungalow) are hers
(``location.precise`` where sent); the church hall, the sports hall, the caterer, the police
station, the hospital, the ministry office, the reserve's marker and Aitutaki's airport are
businesses' or public places (negatives). People: her husband, their son and baby daughter (data
subjects: names, birth dates, sex, registration and passport numbers are labelled), her
mother-in-law (a patient here: her NHI and eye data are labelled), her sister-in-law in
Auckland, her sister in the US.

Numbers with check digits are computed: the NZ-style bank accounts pass the bank-account
modulus-11 check (algorithm A, weights 6 3 7 9 / 0 0 10 5 8 4 2 1 on branch and account); the
mother-in-law's NHI passes the NHI modulus-11 check; her passport's machine-readable zone carries
ICAO 9303 7-3-1 check digits.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Rarotonga"
CK_NET = "54801"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- her Rarotonga life ---------------------------------------------------------------------------
HOME = {"line": "Ara Metua, house 14, Tupapa", "box": "PO Box 881, Avarua", "area": "Tupapa",
        "town": "Avarua", "island": "Rarotonga"}
HOME_AT = (-21.213466, -159.764912)  # their house (location.precise where sent)
HUSBAND = ("Teariki Vainerere", "+68255418")  # typed by her: contact.*
SON = {"first": "Tamatoa", "last": "Vainerere", "dob": "2017-06-03", "sex": "tamaroa",
       "passport": "LJ482907", "reg": "BR2017-0442"}  # a data subject
BABY = {"first": "Tepaeru", "last": "Vainerere", "dob": "2025-08-14", "sex": "tamaine",
        "reg": "BR2025-0311"}  # a data subject
MOTHER_IL = ("Ngapoko Vainerere", "+68273562", "TKV4189")  # her NHI passes the check
SISTER_IL = ("Tuaine Vainerere", "+64211834402", "tuaine.v@example.net")  # in Auckland
SISTER_US = ("Emily Doe", "+15550137741", "emily.doe@example.net")
PASSPORT = "548213076"  # her US passport (personal.national_id)
MRZ = ("P<USADOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
       "5482130762USA9105171F3402122<<<<<<<<<<<<<<00")  # her passport's MRZ (check digits)
PERMIT = "RP-CK-2024-01877"  # her residence permit (personal.national_id)
TAX_ID = "RMD-118274"  # her tax number for the bungalow's VAT (personal.national_id)
CK_ACCOUNT = "02-1248-0418210-00"  # her NZD account (passes the modulus-11 check)
JOINT_ACCOUNT = "03-1702-0733158-00"  # the couple's joint account (passes the check)

# --- Vainetini (a church women's tivaevae quilting circle) ----------------------------------------
HALL = {"id": "hl_tupapa", "name": "Ekalesia Tupapa Hall", "lat": -21.21122,
        "lon": -159.76462}  # the church hall (a negative as a place)
HALL_FIX = (-21.211203, -159.764644)
MEMBER = "VT-0419"  # her membership number in the circle (id.user)

# --- Pakoti (their son's hair-cutting ceremony planner) -------------------------------------------
VENUE = {"id": "vn_tpsh", "name": "Tupapa Sports Hall", "lat": -21.21477, "lon": -159.76188,
         "phone": "+68222815"}  # (negatives)
VENUE_FIX = (-21.214731, -159.761902)
CATERER = {"id": "ct_umu04", "name": "Umukai Kitchen Matavera", "phone": "+68222714"}
EVENT = "PK-2026-0117"  # the ceremony's booking (financial.purchase)

# --- Raitini (a driver-licence test booking app) --------------------------------------------------
POLICE = {"id": "st_avarua", "name": "Avarua Police Licensing Counter", "lat": -21.20712,
          "lon": -159.77518, "phone": "+68222499"}  # (negatives)
YARD_FIX = (-21.206842, -159.773905)  # her phone on the practical test circuit
LICENCE = "RL-204518"  # her Cook Islands driver licence (personal.national_id)
US_LICENCE = "914207385"  # her US licence being converted (personal.national_id)

# --- Mata Ora (a visiting eye-specialist clinic) --------------------------------------------------
EYE_UNIT = {"id": "eu_rar", "name": "Rarotonga Hospital Eye Unit", "lat": -21.21358,
            "lon": -159.78933, "phone": "+68222664"}  # (negatives)
EYE_FIX = (-21.213611, -159.789342)
PATIENT = "MO-PT-55102"  # her patient number (health.medical, a medical record number)
SPECIALIST = "Dr. Hemi Walker"  # the visiting surgeon on the clinic's list (a negative)

# --- Moni Tamariki (the child-benefit claim app) --------------------------------------------------
OFFICE = {"id": "of_avr", "name": "Avarua Family Payments Office", "lat": -21.20809,
          "lon": -159.77402}  # (negatives)
CLAIM = "CB-25-08812"  # her child-benefit claim (id.user: her claimant number)

# --- Ra'ui Tiaki (the lagoon-reserve volunteers' reef survey) -------------------------------------
RESERVE = {"id": "ru_aroa", "name": "Aroa ra'ui", "lat": -21.25823, "lon": -159.81846}
REEF_FIX = [(-21.258412, -159.818902), (-21.258655, -159.819317), (-21.258903, -159.819740)]
VOLUNTEER = "RT-V-0288"  # her volunteer number (id.user)

# --- Are Amuri (the family's Aitutaki bungalow she lets) ------------------------------------------
BUNGALOW_AT = (-18.839874, -159.792655)  # the family's bungalow (hers: precise)
BUNGALOW_WIFI = ("AreAmuri-Manuiri", "e8:48:b8:17:3c:a2")  # its Wi-Fi (location.wifi)
AIRPORT = {"code": "AIT", "lat": -18.8309, "lon": -159.7644}  # (negatives)
HOST = "AA-H-0072"  # her host account (id.user)
GUEST = ("Sarah Kim", "+61412550871")  # a guest she writes to (contact.* when she types them)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mi: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Cook Islands Maori first)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("rar-CK,rar;q=0.9,en;q=0.8" if mi else "en-CK,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_CK") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_CK") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a survey): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "AIRPORT",
    "BABY",
    "BUNGALOW_AT",
    "BUNGALOW_WIFI",
    "CATERER",
    "CK_ACCOUNT",
    "CK_NET",
    "CLAIM",
    "EVENT",
    "EYE_FIX",
    "EYE_UNIT",
    "GUEST",
    "HALL",
    "HALL_FIX",
    "HOME",
    "HOME_AT",
    "HOST",
    "HUSBAND",
    "JOINT_ACCOUNT",
    "LICENCE",
    "MEMBER",
    "MOTHER_IL",
    "MRZ",
    "OFFICE",
    "PASSPORT",
    "PATIENT",
    "PERMIT",
    "POLICE",
    "REEF_FIX",
    "RESERVE",
    "SISTER_IL",
    "SISTER_US",
    "SON",
    "SPECIALIST",
    "TAX_ID",
    "TZ",
    "US_LICENCE",
    "VENUE",
    "VENUE_FIX",
    "VOLUNTEER",
    "YARD_FIX",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
