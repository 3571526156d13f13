"""Helpers for the two-hundred-and-ninety-second (blind, "blind289") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's),
as set 151's kit does.

This kit adds what the set's apps share. She has lived three years in Dumka (Santhal Parganas,
Jharkhand, India) with her Santal husband Sunil Murmu, a schoolteacher, her US SIM roaming on an
Indian network; their daughter Sonamuni (8) goes to a Sunday Ol Chiki reading class; Sunil's
mother Phulmani Murmu lives in the family's village Baskidih (Nala block, Jamtara district), his
brother Babulal Murmu in Jamtara town. Her places (their Dumka house, her fixes at the village's
sacred grove, at the class, at the cooperative's depot, at the screening camp, at the village's
hand pump, at the drama ground) are hers (``location.precise`` where sent); the grove's public
point, the class's hall, the depot, the camp, the pump, the police station and the drama
company's ground are the community's or businesses' (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex,
birth-certificate number and pupil number are labelled), her mother-in-law, her brother-in-law,
her sister in the US. All names, numbers and places of people are fictional; the towns, blocks
and districts are real.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

# --- her Dumka life -------------------------------------------------------------------------------
DK_HOME = {"line": "House 27, Tilka Manjhi Path", "area": "Rasikpur", "town": "Dumka",
           "district": "Dumka", "state": "Jharkhand", "pin": "814101"}
DK_HOME_AT = (24.268134, 87.243871)  # their house (location.precise where sent)
VILLAGE = {"name": "Baskidih", "block": "Nala", "district": "Jamtara", "pin": "815355"}
VILLAGE_HOUSE_AT = (23.931742, 87.046113)  # the in-laws' house in Baskidih (the family's)
HUSBAND = ("Sunil Murmu", "+919431058217")  # typed by her: contact.*
MOTHER_IL = ("Phulmani Murmu", "+919973041186")  # her mother-in-law in Baskidih
BROTHER_IL = ("Babulal Murmu", "+917004213390")  # her brother-in-law in Jamtara town
DAUGHTER = {"first": "Sonamuni", "last": "Murmu", "dob": "2017-11-03", "sex": "kuri",
            "bc": "JH-DMK-B-2017-0041388", "pupil": "COL-DMK-0417"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
OCI = "A2381046"  # her Overseas Citizen of India card (personal.national_id)
PASSPORT = "583306127"  # her US passport (personal.national_id)
PAN = "BQVPD4471M"  # her Indian tax card number (personal.national_id)
IN_ACCOUNT = "31840127655"  # her savings account (financial.payment)
IN_IFSC = "EXMB0004417"  # her branch's code (a negative: a branch, not her)
UPI = "janedoe.dmk@exbank"  # her UPI address (financial.payment)
IN_NET = "40466"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Jaherbonga (the village's sacred grove: festivals, offerings, dues) --------------------------
JAHER = {"id": "jh_bsk01", "name": "Baskidih Jaherthan", "lat": 23.93318,
         "lon": 87.04409}  # the sacred grove's public point (a negative as a place)
JAHER_FIX = (23.933162, 87.044127)  # her phone in the grove at Baha
HOUSEHOLD = "BSK-ORAK-031"  # the Murmu household's number in the village register (id.user)

# --- Chatsali Ol (the daughter's Sunday Ol Chiki reading class) -----------------------------------
HALL = {"id": "hl_dmk02", "name": "Ol Chiki Chatsali, Dudhani", "lat": 24.26412,
        "lon": 87.25087, "phone": "+916431224418"}  # the class's hall (negatives)
HALL_FIX = (24.264097, 87.250911)  # her fix at the hall door

# --- Sakam Samiti (the forest-produce cooperative: mahua, sal leaves, sal seed, lac) -------------
DEPOT = {"id": "dp_nala", "name": "Nala Sakam Samiti Depot", "phone": "+916433281120",
         "lat": 23.92561, "lon": 87.03319}  # the cooperative's depot (negatives)
DEPOT_FIX = (23.925583, 87.033241)
MEMBER = "NSS-M-02214"  # her cooperative member number (id.user)
MAHUA_TREES = [(23.930214, 87.047731), (23.930871, 87.048402),
               (23.929655, 87.048019)]  # the family's mahua trees (hers: precise)

# --- Dakbes (the fluorosis screening and filter programme) ----------------------------------------
CAMP = {"id": "cmp_nala07", "name": "Nala CHC screening camp", "lat": 23.92702,
        "lon": 87.03761, "phone": "+916433281455"}  # the camp (negatives)
CAMP_FIX = (23.927044, 87.037588)
SCREEN_NO = "FLS-JMT-26-00913"  # her screening number (health.medical: a medical record number)

# --- Thogbanchao (the cyber-fraud complaint and refund tracker) -----------------------------------
STATION = {"id": "ps_dmk_cyber", "name": "Dumka Cyber Police Station", "lat": 24.26933,
           "lon": 87.24702}  # (negatives)
COMPLAINT = "CYB-DMK-2026-00318"  # her complaint number (id.user: her case file)
FRAUD_TXNS = [("UTR604118823471", "24999"), ("UTR604118829106", "23501")]  # (purchase)
FRAUDSTER = ("+918250774193", "kyc.update.help@exupi")  # typed by her (contact / payment)

# --- Chapakal Seva (hand-pump repair requests) ----------------------------------------------------
PUMP = {"id": "hp_bsk_04", "tag": "JMT-NALA-BSK-04", "lat": 23.93107,
        "lon": 87.04588}  # the village hand pump (negatives)
PUMP_FIX = (23.931061, 87.045902)  # her fix at the pump
MECHANIC = {"id": "mk_0912", "team": "Nala block repair team 3",
            "phone": "+916433281377"}  # the block's team (negatives)

# --- Enec Jatra (a touring Santali drama company's tickets and village bookings) ------------------
GROUND = {"id": "gr_bsk_khel", "name": "Baskidih khel maidan", "lat": 23.93421,
          "lon": 87.04302}  # the village playground where the stage stands (negative)
GROUND_FIX = (23.934188, 87.043051)
TICKET = "EJ-2601-77412"  # her ticket order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", sat: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Santali first with ``sat``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("sat-IN,sat;q=0.9,en;q=0.8" if sat else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a slot, a visit): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BROTHER_IL", "CAMP", "CAMP_FIX", "COMPLAINT", "DAUGHTER", "DEPOT", "DEPOT_FIX",
           "DK_HOME", "DK_HOME_AT", "FRAUDSTER", "FRAUD_TXNS", "GROUND", "GROUND_FIX", "HALL",
           "HALL_FIX", "HOUSEHOLD", "HUSBAND", "IN_ACCOUNT", "IN_IFSC", "IN_NET", "JAHER",
           "JAHER_FIX", "MAHUA_TREES", "MECHANIC", "MEMBER", "MOTHER_IL", "OCI", "PAN",
           "PASSPORT", "PUMP", "PUMP_FIX", "SCREEN_NO", "SISTER_US", "STATION", "TICKET", "TZ",
           "UPI", "VILLAGE", "VILLAGE_HOUSE_AT", "dev_block", "fix", "hd", "obj", "push"]
