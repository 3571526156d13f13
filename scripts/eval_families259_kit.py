"""Helpers for the two-hundred-and-fifty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Hilo (Kaumana, Hawaii Island) with her
husband Kainoa Kamakau, a Hilo boy, and their daughter Malia (10); her mainland SIM is on a
partner network on the island. Kainoa's mother Lorraine ("Tutu") lives in Kailua-Kona, where she
works three evenings a week as a server at a Keauhou restaurant and sleeps at Tutu's. Her places
(their Kaumana house, her fixes at the urgent-care clinic, the beach park, the courthouse, the
restaurant, the zipline's base, the shaper's shop and the harbor) are hers (``location.precise``
where sent); the clinic, the beach park, the courthouse, the restaurant, the zipline outfit, the
shaper and the harbor yards are businesses' or the county's (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex,
age and programme number are labelled), Tutu, her sister Sarah visiting from Ohio.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Honolulu"

# --- her Hilo life --------------------------------------------------------------------------------
HOME = {"line": "1187 Kaumana Dr", "area": "Kaumana", "town": "Hilo", "state": "HI",
        "zip": "96720"}
HOME_AT = (19.706118, -155.107342)  # their house (location.precise where sent)
HUSBAND = ("Kainoa Kamakau", "+18085550142")  # typed by her: contact.*
TUTU = ("Lorraine Kamakau", "+18085550177")  # her mother-in-law in Kailua-Kona
TUTU_HOME = {"line": "75-6021 Hoomalu St", "town": "Kailua-Kona", "zip": "96740"}
TUTU_AT = (19.631847, -155.985214)  # Tutu's house, where she sleeps on work nights (hers too)
DAUGHTER = {"first": "Malia", "last": "Kamakau", "dob": "2015-07-09", "sex": "girl",
            "jg": "JG-26-0318"}  # a data subject (sets 29, 35, 37)
SISTER = ("Sarah Doe", "+15550148836", "sarah.doe@example.net")  # her sister from Ohio
DL = "H04821937"  # her Hawaii driver's licence (personal.national_id)
SSN = "521-67-0458"  # her social security number (personal.national_id)
US_ACCOUNT = "4830019275"  # her checking account at a Hilo credit union (financial.payment)
ROUTING = "321379987"  # the credit union's routing number (names the bank: a negative)

# --- Wikiwiki Clinic (an urgent-care walk-in queue and telehealth) --------------------------------
CLINIC = {"id": "uc_hilo1", "name": "Wikiwiki Urgent Care Hilo", "phone": "+18085550911",
          "lat": 19.70301, "lon": -155.08702}  # the clinic (negatives)
CLINIC_FIX = (19.703034, -155.086988)
MRN = "WUC-118-20471"  # her chart number at the clinic (health.medical, as set 151's chart)
MEMBER = "HMX884120937"  # her health-plan member ID (health.medical, as set 37's)

# --- Keiki Guard (the county's junior-lifeguard summer programme) ---------------------------------
BEACH = {"id": "bp_rich", "name": "Richardson Ocean Park", "lat": 19.73485,
         "lon": -155.01362}  # the beach park and its tower (negatives)
BEACH_FIX = (19.734902, -155.013581)

# --- Kahea Jury (the circuit court's juror portal) ------------------------------------------------
COURT = {"id": "ct_3c_hilo", "name": "Hale Kaulike, Third Circuit", "lat": 19.72266,
         "lon": -155.08712, "phone": "+18085550300"}  # (negatives)
COURT_FIX = (19.722701, -155.087155)
JUROR = "J3C-26-118204"  # her juror participant number (id.user)

# --- Tip Hui (her restaurant's tip pool and shifts) -----------------------------------------------
GRILL = {"id": "rs_kb12", "name": "Keauhou Bay Grill", "lat": 19.56192,
         "lon": -155.96201}  # the restaurant (negatives)
GRILL_FIX = (19.561944, -155.961987)
EMPLOYEE = "KBG-E-0447"  # her employee number (id.user)

# --- Zippah (a Hamakua zipline tour) --------------------------------------------------------------
ZIPS = {"id": "zl_hmk", "name": "Hamakua Gulch Zips", "phone": "+18085550620",
        "lat": 19.85731, "lon": -155.12419}  # (negatives)
ZIPS_FIX = (19.857288, -155.124231)
ZIP_BOOKING = "ZP-260314-118"  # her booking (financial.purchase)

# --- Papa Shapes (a Keaukaha surfboard shaper's custom orders) ------------------------------------
SHOP = {"id": "sh_kkh", "name": "Keaukaha Shapes", "lat": 19.72912,
        "lon": -155.04571}  # the shaping bay (negatives)
SHOP_FIX = (19.729098, -155.045688)
BOARD_ORDER = "PS-2026-0093"  # her custom-board order (financial.purchase)

# --- Kaa Barge (inter-island car shipping) --------------------------------------------------------
HARBOR = {"id": "yd_hilo", "name": "Hilo Harbor vehicle yard", "lat": 19.73392,
          "lon": -155.06017}  # (negatives)
HARBOR_HNL = {"id": "yd_hnl", "name": "Honolulu Pier 39 yard", "lat": 21.31637,
              "lon": -157.87524}
HARBOR_FIX = (19.733951, -155.060139)
SHIPMENT = "KB-26-55102"  # her car's shipment (financial.purchase)
VIN = "5TFAX5GN4LX181233"  # the truck's VIN (no taxonomy type fits; unlabelled, as 151's plate)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", haw: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (US English, a Hawaiian fallback with ``haw``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("en-US,en;q=0.9,haw;q=0.5" if haw else "en-US,en;q=0.9", DEV)
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
    """An internal object ID (a visit, a shift, a heat): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BEACH", "BEACH_FIX", "BOARD_ORDER", "CLINIC", "CLINIC_FIX", "COURT", "COURT_FIX",
           "DAUGHTER", "DL", "EMPLOYEE", "GRILL", "GRILL_FIX", "HARBOR", "HARBOR_FIX",
           "HARBOR_HNL", "HOME", "HOME_AT", "HUSBAND", "JUROR", "MEMBER", "MRN", "ROUTING",
           "SHIPMENT", "SHOP", "SHOP_FIX", "SISTER", "SSN", "TUTU", "TUTU_AT", "TUTU_HOME", "TZ",
           "US_ACCOUNT", "VIN", "ZIPS", "ZIPS_FIX", "ZIP_BOOKING", "dev_block", "fix", "hd", "obj",
           "push"]
