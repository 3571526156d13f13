"""Helpers for the two-hundred-and-fifteenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Oshakati East (Oshana region, northern
Namibia) with her Namibian husband Tangeni Shikongo and works in Ondangwa, her US SIM roaming on
a Namibian network; their daughter Ndapandula (7) is at a primary school in Oshakati. The
husband's family homestead is at Onheleiwa near Outapi (Omusati region), where his grandmother
(meekulu) Selma Nangombe lives and his sister Hilma. Her places (their Oshakati erf, her fixes at
the kapana stand, at the oshana, at the homestead, the lift club's pick-up by her gate) are hers
(``location.precise`` where sent); the welding workshop, the kapana stand, the clothes
wholesaler, the market, the care programme's office, the landing site and the lift club's
Ondangwa drop-off are businesses' or public points (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject), the grandmother (a data
subject in the care app), the sister-in-law, the lift club's driver, the couple at the wedding.
Namibian ID numbers are 11 digits, the first six the birth date (YYMMDD); no public check-digit
rule is known to this author, so the last five digits are only shaped, not computed.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Windhoek"

# --- her Oshakati life ----------------------------------------------------------------------------
HOME = {"line": "Erf 2417, Omafo Street", "area": "Oshakati East", "town": "Oshakati",
        "region": "Oshana", "box": "P.O. Box 3318"}
HOME_AT = (-17.781942, 15.712836)  # their erf (location.precise where sent)
HUSBAND = ("Tangeni Shikongo", "+264812204571")  # typed by her: contact.*
HUSBAND_ID = "87091100542"  # his Namibian ID number (personal.national_id)
DAUGHTER = {"first": "Ndapandula", "last": "Shikongo", "dob": "2018-06-15",
            "id": "18061500823"}  # a data subject (her ID number: personal.national_id)
MEEKULU = {"name": "Selma Nangombe", "dob": "1941-02-03", "id": "41020300158",
           "village": "Onheleiwa", "client": "HBC-CL-2231"}  # the grandmother (a data subject)
SISTER_IL = ("Hilma Shikongo", "+264813378210")  # the sister-in-law in Outapi
NID_HERS = "91051700386"  # her own Namibian ID card (permanent resident; personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
NA_ACCOUNT = "62281934417"  # her cheque account in Oshakati (financial.payment)
NA_NET = "64901"  # the visited network's MCC/MNC while roaming (location.carrier)
HOMESTEAD_AT = (-17.508214, 14.991637)  # the family homestead near Outapi (hers: precise)

# --- Oshiyela (a welding workshop in Ondangwa: burglar bars, a gate, a tank stand) ----------------
WORKSHOP = {"id": "ws_ond07", "name": "Nghipandulwa Steel Works", "phone": "+264652401188",
            "lat": -17.90512, "lon": 15.97048}  # (negatives)
CUSTOMER = "OYC-00812"  # her customer number there (id.user)
JOB = "OY-2026-0413"  # the order (financial.purchase)

# --- Kapana (pre-orders at a kapana grill stand in the Oshakati open market) ----------------------
STAND = {"id": "st_omk14", "name": "Meme Kauna Kapana", "phone": "+264811190433",
         "lat": -17.78741, "lon": 15.69612}  # the stand (negatives)
MARKET_FIX = (-17.787392, 15.696151)  # her phone at the market
KP_CARD = "KP-7731-0092"  # her stand loyalty card (id.user)

# --- Ohango (the family wedding's contributions register; she keeps the book) ---------------------
COUPLE = ("Ndeshipanda Shikongo", "Paulus Iipinge")  # the couple (typed names: contact.name)
MEMBER = "OH-ESH-017"  # her register number as treasurer (id.user)

# --- Omwiiyambi (a home-based care volunteer programme) -------------------------------------------
VOLUNTEER = "HBC-OS-0448"  # her volunteer number (id.user)
CARE_OFFICE = {"id": "hbc_outapi", "name": "Outapi Home Based Care", "lat": -17.50163,
               "lon": 14.98512}  # (negatives)

# --- Oohi (an oshana fishing permit and catch log) ------------------------------------------------
PERMIT = "OF-2026-01184"  # her seasonal fishing permit (id.user)
OSHANA_FIX = (-17.824117, 15.668302)  # her phone at the oshana
LANDING = {"id": "ls_ekuma03", "lat": -17.82601, "lon": 15.66421}  # a landing site (negative)

# --- Uuzalo (second-hand clothes bales: she buys in Ondangwa and sells in Oshakati) ---------------
WHOLESALER = {"id": "wh_ond2", "name": "Ondangwa Bale Depot", "phone": "+264652409911",
              "lat": -17.91377, "lon": 15.97902}  # (negatives)
SELLER = "UZ-S-3302"  # her seller account (id.user)
TIN = "7390045011"  # her Namibian tax number (personal.national_id)
BALE_ORDER = "UZB-88120"  # a bale order (financial.purchase)

# --- Ondjila (a lift club between Oshakati and Ondangwa) ------------------------------------------
DRIVER = ("Efraim Haufiku", "+264814420917")  # the club's driver (typed: contact.*)
RIDER = "OJ-M-0291"  # her member number (id.user)
PICKUP_AT = (-17.781611, 15.713204)  # by her gate (hers: precise)
DROP = {"id": "dp_ond_sch", "lat": -17.90844, "lon": 15.98261}  # the drop-off (negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ng: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Oshiwambo first with ``ng``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ng-NA,ng;q=0.9,en;q=0.8" if ng else "en-NA,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NA") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"oshilongitho": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "elaka": L(lang, DEV), "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NA") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "oshilongitho_id": L(INSTALL_ID, DID),
            **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
