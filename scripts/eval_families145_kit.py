"""Helpers for the hundred-and-forty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Kano (Nigeria) with her husband
Abdullahi Sani Bello, her US SIM roaming; their daughter Aisha (8) goes to a primary school in
Nassarawa. Her places (her Nassarawa GRA house, her fixes at the Kantin Kwari market, the ram
ranch at Kura, the Eid prayer ground, the skin clinic, the dental practice, the repair shop) are
hers (``location.precise`` where sent); the wholesaler, the ranch, the Eid ground, the clinics,
the gas plant and the repair shop are businesses' (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex
and the practice's and the streaming profile's IDs are labelled), a customer of hers, her
sister in the US, the skin doctor.
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

# --- her Kano life --------------------------------------------------------------------------------
KANO_HOME = {"line": "No. 14 Sokoto Road", "area": "Nassarawa GRA", "town": "Kano",
             "lga": "Nassarawa", "state": "Kano"}
KANO_HOME_AT = (12.002841, 8.538217)  # her house (location.precise where sent)
HUSBAND = ("Abdullahi Sani Bello", "+2348036614207")  # typed by her: contact.*
DAUGHTER = {"first": "Aisha", "last": "Bello", "dob": "2017-02-09", "sex": "girl",
            "patient": "MDC-P-20931", "profile": "kp_aisha_77c1"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
CUSTOMER = ("Hauwa Ibrahim", "+2348059921734")  # a customer of her fabric resale
NIN = "71840293561"  # her National Identification Number (personal.national_id)
NG_ACCOUNT = "0123984471"  # her Kano bank account, NUBAN (financial.payment)

# --- Kasuwar Zani (a Kantin Kwari wax-print wholesaler's reseller app; Hausa keys) ----------------
WHOLESALER = {"id": "wh_kk041", "name": "Dan Kwari Atamfa House", "phone": "+2348022107745",
              "lat": 11.99823, "lon": 8.52741}  # the shop in the market (negatives)
MARKET_FIX = (11.998214, 8.527468)  # her phone at the shop
RESELLER = "KZ-RS-30418"  # her reseller number (id.user)
KZ_ORDER = "KZO-2611-7712"  # a wholesale order (financial.purchase)

# --- Ragon Layya (an Eid al-Adha ram purchase, fattening and slaughter-slot app) -----------------
RANCH = {"id": "rn_kura2", "name": "Kura Ram Ranch", "lat": 11.77105, "lon": 8.43122,
         "phone": "+2348067320981"}  # the ranch (negatives)
RANCH_FIX = (11.771032, 8.431264)  # her visit to choose the ram
EID_GROUND = {"id": "eg_kofar", "name": "Kofar Mata Eid Ground", "lat": 11.99402,
              "lon": 8.51577}  # the prayer ground (negatives)
EID_FIX = (11.994055, 8.515812)
LAYYA_NO = "RL-1447-05521"  # her buyer number (id.user)
RAM = {"tag": "RAM-KR-0412", "breed": "Uda", "kg": 62}  # the animal (negatives)

# --- Fatarki (a skin clinic's hand-eczema teledermatology app) ------------------------------------
SKIN = {"id": "sk_kn01", "name": "Nassarawa Skin Clinic", "phone": "+2348091144620",
        "lat": 12.00621, "lon": 8.53310}  # the clinic (negatives)
SKIN_FIX = (12.006188, 8.533121)
SKIN_MRN = "NSC-44187"  # her clinic record number (health.medical)
DOCTOR = ("Dr. Zainab Yusuf", "z.yusuf@nsc.example.org")  # her dermatologist (typed: contact.*)

# --- Murmushi (a paediatric dental practice, for Aisha) ------------------------------------------
DENTAL = {"id": "dp_gra", "name": "Murmushi Kids Dental", "phone": "+2348030077152",
          "lat": 12.00905, "lon": 8.54011}  # the practice (negatives)
DENTAL_FIX = (12.009062, 8.540097)

# --- Kallo (a Kannywood film streaming app with a child profile) --------------------------------
KALLO_ACCT = "KL-ACC-550913"  # her subscriber account (id.user)

# --- Gasbuta (a cooking-gas refill plant's delivery and smart-valve app) -------------------------
GAS_PLANT = {"id": "gp_zoo", "name": "Zoo Road Gas Plant", "lat": 11.98112, "lon": 8.55304,
             "phone": "+2348084410932"}  # the plant (negatives)
VALVE = {"serial": "GV-12K-773104", "ble": "C8:2B:96:4E:10:7A", "fw": "2.0.6"}  # negatives
GAS_CUST = "GB-KN-18830"  # her customer number (id.user)

# --- Gyarafon (a phone-repair shop's tickets) -----------------------------------------------------
REPAIR = {"id": "rs_bk12", "name": "Beirut Road Phone Clinic", "lat": 11.99917,
          "lon": 8.52106, "phone": "+2348075530218"}  # the shop (negatives)
REPAIR_FIX = (11.999153, 8.521084)
TICKET = "GF-TK-90412"  # the repair ticket (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ha: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Nigeria, Hausa with ``ha``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ha-NG,ha;q=0.9,en;q=0.8" if ha else "en-NG,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NG") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NG") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a lesion, a title): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CUSTOMER", "DAUGHTER", "DENTAL", "DENTAL_FIX", "DOCTOR", "EID_FIX", "EID_GROUND",
           "GAS_CUST", "GAS_PLANT", "HUSBAND", "KALLO_ACCT", "KANO_HOME", "KANO_HOME_AT",
           "KZ_ORDER", "LAYYA_NO", "MARKET_FIX", "NG_ACCOUNT", "NIN", "RAM", "RANCH", "RANCH_FIX",
           "REPAIR", "REPAIR_FIX", "RESELLER", "SISTER_US", "SKIN", "SKIN_FIX", "SKIN_MRN",
           "TICKET", "TZ", "VALVE", "WHOLESALER", "dev_block", "fix", "hd", "obj", "push"]
