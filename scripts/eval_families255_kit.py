"""Helpers for the two-hundred-and-fifty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Calabar (Cross River State, Nigeria) with her
Efik husband Etim Asuquo Archibong, her US SIM roaming on a Nigerian network; their daughter
Enobong ("Eno", 8) is in primary school and skates at a roller academy on the Marina; her
mother-in-law Affiong Archibong lives in Uyo (Akwa Ibom State), an hour and a half away. Her
places (their flat in State Housing, her fixes at the carnival band's rehearsal ground, the
plot they are buying near Uyo, the clinic, the prayer camp, the skating rink, the frozen-fish
depot, her mother-in-law's house in Uyo as the end of a trip) are hers (``location.precise``
where sent); the band's yard, the estate's sales office, the clinic, the camp, the academy, the
depot and the driver service's office are businesses' or institutions' (negatives). People: her
husband (``contact.*`` when she types him), their daughter (a data subject: her name, birth
date, sex and skater number are labelled), her mother-in-law, her sister in the US.
All of them are fictional; phone numbers are made up in Nigerian shapes.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Lagos"

# --- her Calabar life -----------------------------------------------------------------------------
CB_HOME = {"line": "14 Ekpo Abasi Street, Flat 3", "area": "State Housing", "town": "Calabar",
           "state": "Cross River", "post": "540222"}
CB_HOME_AT = (4.979214, 8.342377)  # their flat (location.precise where sent)
HUSBAND = ("Etim Asuquo Archibong", "+2348035550117")  # typed by her: contact.*
MOTHER_IL = ("Affiong Archibong", "+2348025550386")  # her mother-in-law in Uyo
MIL_HOME = {"line": "7 Udo Udoma Avenue", "town": "Uyo", "state": "Akwa Ibom"}
MIL_HOME_AT = (5.038417, 7.912655)  # the in-laws' house (the end of her trip: precise)
DAUGHTER = {"first": "Enobong", "last": "Archibong", "dob": "2017-06-03", "sex": "nwan",
            "skater": "MRA-J-0219"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Rachel Doe", "+15550147731", "rachel.doe@example.net")  # her sister in Ohio
NIN = "70314258861"  # her Nigerian national identity number (personal.national_id)
BVN = "22198374015"  # her bank verification number (personal.national_id: see the set's calls)
PASSPORT = "583920417"  # her US passport (personal.national_id)
NG_ACCOUNT = "3048811927"  # her naira account (NUBAN; financial.payment)
NG_NET = "62130"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Ofongunek (a Calabar Carnival band's members' app) -------------------------------------------
BAND = {"id": "bd_ekp07", "name": "Ekombi Pride Carnival Band", "phone": "+2348095550710",
        "lat": 4.95631, "lon": 8.32482}  # the band's yard (negatives)
REHEARSAL_FIX = (4.956287, 8.324851)  # her phone at the rehearsal ground
MEMBER = "EPB-25-04417"  # her band membership number (id.user)
COSTUME = "CST-25-1188"  # her costume order (financial.purchase)

# --- Isongubon (an estate developer's plot instalment plan near Uyo) ------------------------------
ESTATE = {"id": "est_ug3", "name": "Ubon Gardens Phase 3", "phone": "+2348075550433",
          "lat": 5.00127, "lon": 7.95288}  # the sales office (negatives)
PLOT_AT = [(5.002114, 7.951902), (5.002117, 7.952231), (5.001843, 7.952236),
           (5.001840, 7.951907)]  # the corners of the plot they are buying (hers: precise)
SITE_FIX = (5.001962, 7.952070)  # her phone on the plot at the inspection
SUBSCRIBER = "UGS-22081"  # her subscriber account (id.user)
PLOT = "P3-B14-07"  # the plot bought (financial.purchase)

# --- Nsongidem (an HMO enrolee app) ---------------------------------------------------------------
CLINIC = {"id": "pcp_0118", "name": "Bethany Family Clinic, Calabar", "phone": "+2348065550921",
          "lat": 4.97406, "lon": 8.33861}  # her primary-care clinic (negatives)
CLINIC_FIX = (4.974041, 8.338632)
ENROLEE = "NSH-CR-25-008817"  # her enrolee number (health.medical, as set 37's member ID)
PA_CODE = "PA-26-0041772"  # a pre-authorisation code for her visit (health.medical)

# --- Edidiong (a residential prayer camp near Uyo) ------------------------------------------------
CAMP = {"id": "cmp_ikr", "name": "Edidiong Prayer Camp, Ikot Ekpene Road", "lat": 5.06021,
        "lon": 7.88492}  # the camp (negatives as a place)
CAMP_FIX = (5.060187, 7.884953)
CAMPER = "EDC-26-3391"  # her camper number (id.user)
BED = "HSE4-BED12"  # the hostel bed booked (financial.purchase)

# --- Nditoskate (a children's roller-skating academy) ---------------------------------------------
ACADEMY = {"id": "ac_marina", "name": "Marina Rollers Academy", "phone": "+2348105550264",
           "lat": 4.95108, "lon": 8.31994}  # the rink (negatives)
RINK_FIX = (4.951064, 8.319972)  # her fix at the rink gate

# --- Iyakice (a frozen-fish and chicken depot's order app) ----------------------------------------
DEPOT = {"id": "dp_mrn", "name": "Iyak Ice Depot, Marian Road", "phone": "+2348055550188",
         "lat": 4.96522, "lon": 8.33314}  # the depot (negatives)
DEPOT_FIX = (4.965197, 8.333162)
CUSTOMER = "IYK-C-30771"  # her customer account (id.user)
ORDER = "IY-260114-0092"  # a carton order (financial.purchase)

# --- Andiwat (hiring a driver for the family car) -------------------------------------------------
OFFICE = {"id": "off_cal", "name": "Andiwat Drivers Calabar", "lat": 4.97712, "lon": 8.34109}
TRIP = "ADW-T-77120"  # the trip to Uyo (financial.purchase)
CAR = {"plate": "CAL-418-KP", "make": "Toyota", "model": "Corolla", "year": 2014}  # unlabelled


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", efi: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Efik first with ``efi``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("efi-NG,efi;q=0.9,en-NG;q=0.8" if efi else "en-NG,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NG") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NG") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def ukwak(token: str) -> dict[str, Any]:
    """A push registration with Efik keys (``ukwak`` device, ``usem`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "ukwak_id": L(INSTALL_ID, DID),
            "usem": L("efi", DEV), "ini_obio": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "BAND", "BED", "BVN", "CAMP", "CAMPER", "CAMP_FIX", "CAR", "CB_HOME",
           "CB_HOME_AT", "CLINIC", "CLINIC_FIX", "COSTUME", "CUSTOMER", "DAUGHTER", "DEPOT",
           "DEPOT_FIX", "ENROLEE", "ESTATE", "HUSBAND", "MEMBER", "MIL_HOME", "MIL_HOME_AT",
           "MOTHER_IL", "NG_ACCOUNT", "NG_NET", "NIN", "OFFICE", "ORDER", "PASSPORT", "PA_CODE",
           "PLOT", "PLOT_AT", "REHEARSAL_FIX", "RINK_FIX", "SISTER_US", "SITE_FIX", "SUBSCRIBER",
           "TRIP", "TZ", "dev_block", "fix", "hd", "obj", "push", "ukwak"]
