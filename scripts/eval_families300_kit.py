"""Helpers for the three-hundredth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Rasht (Gilan, Iran) with her Gilak husband
Kourosh Golshani, her US SIM roaming; their daughter Tara (8) goes to a children's calligraphy
house on Saturdays; her mother-in-law Parvin Esmaeilpour lives in Lahijan. Her places (their
Golsar flat, her fixes at the hey'at's hall, the laser clinic, the calligraphy house's door, the
fuel station, the confectioner's counter in Lahijan, the rice farmer's yard, her mother-in-law's
house) are hers or her family's (``location.precise`` where sent); the hall, the bank branch, the
clinic, the calligraphy house, the stations, the confectioner and the farmer's mill are
businesses' or the hey'at's (negatives). People: her husband (``contact.*`` when she types him),
their daughter (a data subject: her name, birth date, sex, national code and pupil number are
labelled), her mother-in-law, their landlord (a cheque's payee, typed by her), her sister in the
US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Tehran"

# --- her Rasht life -------------------------------------------------------------------------------
HOME = {"line": "Golsar, Khiaban 95, Kuche Sarv, Pelak 17, Vahed 6", "area": "Golsar",
        "town": "Rasht", "region": "Gilan", "post": "4164813757"}
HOME_AT = (37.301842, 49.586317)  # their flat (location.precise where sent)
HUSBAND = ("Kourosh Golshani", "+989115550182")  # typed by her: contact.*
MOTHER_IL = ("Parvin Esmaeilpour", "+989115550347")  # her mother-in-law in Lahijan
MIL_HOME = {"line": "Khiaban Kashef Sharqi, Kuche 12, Pelak 5", "town": "Lahijan",
            "post": "4441936511"}
MIL_AT = (37.206915, 50.004388)  # her mother-in-law's house (the family's: precise)
DAUGHTER = {"first": "Tara", "last": "Golshani", "dob": "2017-11-03", "sex": "dokhtar",
            "nid": "2581947360", "pupil": "QD-1404-0318"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
FIDA = "100744182906"  # her foreign national's ID number in Iran (personal.national_id)
PASSPORT = "588204713"  # her US passport (personal.national_id)
IR_SHEBA = "IR620570032180012577401006"  # her rial account's IBAN (financial.payment)
IR_NET = "43235"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Sinezan (a hey'at's Muharram votive-food and mourning nights app) ----------------------------
HEYAT = {"id": "hy_gls07", "name": "Hey'at-e Sinezanan-e Golsar", "lat": 37.29961,
         "lon": 49.58412}  # the hey'at's hall (a negative as a place)
HEYAT_FIX = (37.299588, 49.584157)
MEMBER = "SZ-0447"  # her membership number in the hey'at (id.user)

# --- Chekyar (a bank's post-dated cheque registry) ------------------------------------------------
BRANCH = {"id": "br_3318", "name": "Bank Sepidrud, Golsar branch", "phone": "+981333550400",
          "lat": 37.30072, "lon": 49.58955}  # (negatives)
LANDLORD = ("Mahmoud Rezvani", "+989125550611", "2599011847")  # payee: typed by her (contact.*,
# his national code personal.national_id)
CHEQUE = "1456020018847712"  # the 16-digit registry number of her cheque (financial.payment)
ACCOUNT = "0218.400.1187754.1"  # her current account number (financial.payment)

# --- Nermpust (a laser hair-removal clinic) -------------------------------------------------------
CLINIC = {"id": "np_rsh", "name": "Nermpust Laser Clinic", "phone": "+981333550912",
          "lat": 37.28862, "lon": 49.59217}  # the clinic (negatives)
CLINIC_FIX = (37.288604, 49.592188)
FILE_NO = "NP-1404-0772"  # her clinic file number (health.medical: a medical record number)
DOCTOR = ("Dr. Leila Ghorbani", "l.ghorbani@nermpust.example.com")  # typed by her: contact.*
LASER = {"device": "Diode 808 Duo", "serial": "DL8-22-04117", "room": "r2"}  # (negatives)

# --- Qalamdan (the daughter's children's calligraphy house) ---------------------------------------
QALAM = {"id": "qd_rsh1", "name": "Qalamdan Children's Calligraphy House", "lat": 37.28417,
         "lon": 49.58063, "phone": "+981333550277"}  # (negatives)
DOOR_FIX = (37.284202, 49.580611)  # her fix at its door
CLASS = {"id": "kl_nast_b", "level": "nastaliq-1", "day": "shanbe"}  # (negatives)

# --- Sukhtyar (the car's fuel-quota card and stations) --------------------------------------------
STATION = {"id": "st_rsh_114", "name": "Jaygah 114 Golsar", "lat": 37.30518,
           "lon": 49.57911}  # (negatives)
STATION_FIX = (37.305164, 49.579147)
FUEL_CARD = "6362-1405-8842-0193"  # her car's fuel-quota card (id.user: her quota account)
PLATE = "46 B 718 Iran 26"  # the car's plate (no taxonomy type fits; unlabelled)
VIN = "NAAP41FD8KJ118204"  # the car's VIN (unlabelled, as plates)

# --- Kolucheh Khane (a Lahijan confectioner's Nowruz pre-orders) ----------------------------------
SHOP = {"id": "kk_lhj", "name": "Kolucheh Khane Lahijan", "phone": "+981342550188",
        "lat": 37.20812, "lon": 50.00291}  # (negatives)
SHOP_FIX = (37.208097, 50.002944)
ORDER = "KK-05-22917"  # her Nowruz order (financial.purchase)

# --- Nobarenj (buying the year's rice from a farmer near Lahijan) ---------------------------------
FARM = {"id": "fm_ksh", "name": "Bijar-e Kashal", "lat": 37.23105, "lon": 49.97214,
        "phone": "+989115550706"}  # the farmer's yard and mill (negatives)
FARM_FIX = (37.231017, 49.972188)  # her fix on the farmer's yard
BUYER = "NB-2291"  # her buyer account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fa: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Persian first with ``fa``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fa-IR,fa;q=0.9,en;q=0.8" if fa else "en-US,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IR") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IR") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a shift, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCOUNT", "BRANCH", "BUYER", "CHEQUE", "CLASS", "CLINIC", "CLINIC_FIX", "DAUGHTER",
           "DOCTOR", "DOOR_FIX", "FARM", "FARM_FIX", "FIDA", "FILE_NO", "FUEL_CARD", "HEYAT",
           "HEYAT_FIX", "HOME", "HOME_AT", "HUSBAND", "IR_NET", "IR_SHEBA", "LANDLORD", "LASER",
           "MEMBER", "MIL_AT", "MIL_HOME", "MOTHER_IL", "ORDER", "PASSPORT", "PLATE", "QALAM",
           "SHOP", "SHOP_FIX", "SISTER_US", "STATION", "STATION_FIX", "TZ", "VIN", "dev_block",
           "fix", "hd", "obj", "push"]
