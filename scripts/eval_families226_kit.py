"""Helpers for the two-hundred-and-twenty-sixth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Dededo (Guam) in her husband's family's
house and works in Hagåtña, her US SIM roaming on an island network; her mother was CHamoru, born
in Dededo, and moved to California, where she grew up. Her husband Joaquin Manibusan, their
daughter Isabel (10) and his mother Rosalia live with her; her sister Emily is in Ohio. All
fictional. Her places (the Dededo house and yard, her fixes at the snake trap, the clinic, the
dojang, the land-trust lot, the beach pavilion) are hers (``location.precise`` where sent); the
clinic, the dojang, the lender's and dealer's offices, the land office, the lot's survey
corners, the park's pavilion and the rental yard are businesses' or public places (negatives).
People: her husband (``contact.*`` when she types him), their daughter (a data subject: her
name, birth date, age, sex, weight, height and student number are labelled), her mother-in-law,
her late mother and grandparents (names in the ancestry file), her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Guam"

# --- her Guam life --------------------------------------------------------------------------------
HOME = {"line": "214 Chalan Lagu", "village": "Dededo", "island": "Guam", "zip": "96929"}
HOME_AT = (13.521847, 144.842391)  # the Dededo house (location.precise where sent)
YARD_AT = (13.521702, 144.842655)  # the snake trap on the back fence (her yard: precise)
HUSBAND = ("Joaquin Manibusan", "+16715550142", "joaquin.manibusan@example.net")
MOTHER_IL = ("Rosalia Manibusan", "+16715550187")  # lives with them (Tan Rosa)
DAUGHTER = {"first": "Isabel", "last": "Manibusan", "dob": "2015-08-12", "sex": "female",
            "age": 10, "weight": 31.5, "height": 138}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
MOTHER = ("Maria Aguon Doe", "1958-03-02")  # her late mother, born in Dededo (ancestry)
GRANDPARENTS = ("Juan Cruz Aguon", "Ana Santos Aguon")  # her mother's parents (ancestry)
SSN = "987-65-4321"  # her Social Security number (personal.national_id; the example range)
LICENCE = "GU-D0412877"  # her Guam driver's licence (personal.national_id)
BANK = {"routing": "121405987", "account": "004417208831"}  # routing a negative; account: payment
NET = "310370"  # the island network's MCC/MNC while roaming (location.carrier)
WORK = "Hagåtña"  # where she works (a town: location.coarse where sent)

# --- Atan Kulebla (brown tree snake sightings and trap volunteers) ---------------------------------
SNAKE_OFFICE = {"id": "of_hgt", "name": "Invasive Species Desk, Hagatna", "phone": "+16715550110",
                "lat": 13.47563, "lon": 144.75192}  # (negatives)
VOLUNTEER = "KBV-03318"  # her volunteer number (id.user)
TRAP = "TRP-DED-0417"  # the trap she hosts (a negative; its place is her yard)
POLE = "GPA-P-88213"  # a power pole (a negative)
POLE_AT = (13.522615, 144.841207)  # her phone beside the pole down the road (precise)

# --- Inadahi (a bariatric surgery programme, Tamuning) --------------------------------------------
CLINIC = {"id": "cl_tmn", "name": "Tamuning Weight Surgery Center", "phone": "+16715550163",
          "lat": 13.48872, "lon": 144.78135}  # (negatives)
CLINIC_FIX = (13.488703, 144.781388)
CHART = "TWSC-26-00731"  # her chart number (health.medical)
MEMBER = "XGH448120317"  # her health plan member number (health.medical, as set 37)
DIETITIAN = ("Lourdes Taitano, RD", "l.taitano@twsc.example.org")  # typed by her: contact.*

# --- Ayuda Kareta (an auto loan for a used pickup) ------------------------------------------------
DEALER = {"id": "dl_0881", "name": "Marine Drive Pre-Owned", "phone": "+16715550171",
          "lat": 13.50219, "lon": 144.80307}  # (negatives)
LOAN = "AK-7730-2291"  # her loan account (id.user)
VIN = "1N6AD0EV4KN771046"  # the truck (no type fits: a negative)
PLATE = "GU 4417 KT"  # (a negative, as set 151)

# --- Tanota (a CHamoru land-trust residential lease application) ----------------------------------
LAND_OFFICE = {"id": "lo_hgt", "name": "Land Trust Office, Hagatna", "lat": 13.47641,
               "lon": 144.75335}  # (negatives)
APPLICANT = "LT-R-2026-01184"  # her applicant number (id.user)
LOT = {"id": "Lot 5402-R3", "tract": "Tract 9", "village": "Yigo", "sqm": 1012,
       "corners": [(13.538214, 144.886102), (13.538390, 144.886433)]}  # (public survey: negatives)
LOT_FIX = (13.538301, 144.886250)  # her phone on the lot at the viewing (precise)

# --- Dojang Tasi (the daughter's taekwondo school, Tamuning) --------------------------------------
DOJANG = {"id": "dj_tmn01", "name": "Dojang Tasi Taekwondo", "phone": "+16715550194",
          "lat": 13.49512, "lon": 144.78016}  # (negatives)
DOJANG_FIX = (13.495098, 144.780189)  # her phone at drop-off
STUDENT = "DT-S-2291"  # Isabel's student number (id.user)

# --- Kanton Tasi (beach pavilion reservations, parks) ---------------------------------------------
PAVILION = {"id": "pv_ypao_04", "park": "Ypao Beach Park", "name": "Pavilion 4",
            "lat": 13.50412, "lon": 144.79831}  # (a public place: negatives)
PAVILION_FIX = (13.504093, 144.798355)  # her phone at the pavilion (precise)
PERMIT = "PRK-26-04417"  # her reservation permit (financial.purchase)

# --- Gupot Rentals (tents, tables, chairs and a bounce house) -------------------------------------
YARD = {"id": "ry_dd", "name": "Gupot Party Rentals", "phone": "+16715550128",
        "lat": 13.51388, "lon": 144.83011}  # the rental yard (negatives)
ORDER = "GR-90413"  # her rental order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ch: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, CHamoru first with ``ch``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ch-GU,ch;q=0.9,en-US;q=0.8" if ch else "en-US,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_US") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_US") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a report): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPLICANT", "BANK", "CHART", "CLINIC", "CLINIC_FIX", "DAUGHTER", "DEALER",
           "DIETITIAN", "DOJANG", "DOJANG_FIX", "GRANDPARENTS", "HOME", "HOME_AT", "HUSBAND",
           "LAND_OFFICE", "LICENCE", "LOAN", "LOT", "LOT_FIX", "MEMBER", "MOTHER", "MOTHER_IL",
           "NET", "ORDER", "PAVILION", "PAVILION_FIX", "PERMIT", "PLATE", "POLE", "POLE_AT",
           "SISTER_US", "SNAKE_OFFICE", "SSN", "STUDENT", "TRAP", "TZ", "VIN", "VOLUNTEER",
           "WORK", "YARD", "YARD_AT", "dev_block", "fix", "hd", "obj", "push"]
