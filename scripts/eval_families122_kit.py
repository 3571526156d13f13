"""Helpers for the hundred-and-twenty-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's, ``fix`` and
``obj`` set 37's).

This kit adds what the set's apps share. She spends a year in Fiji with her husband's family: her
Tamavua (Suva) house and its point, the family house in his village Nakorovou (Ra) and its point,
the Fijian network her US SIM roams on; her husband, his mother, his nephew, his sister in
Auckland (who sends money) and a friend from the choir; her ID-card number and TIN; the market
and her stall (the market's point a negative, her fix at the stall hers); the evacuation centre
(its point and Wi-Fi the school's; her fix there hers); the cane farm (the grower number, the farm
block's point and boundary hers), the mill (a negative); the Methodist church (a negative) and her
member number; the sevens ground (a negative), her fan-club number and ticket order; the foot
clinic (a negative) and her patient number; the Auckland transfer's reference and her bank
account; generators for a farm boundary, glucose readings and hashed address-book numbers.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

from eval_families17_kit import DEV, USAGE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L

Pt = tuple[float, float]

# --- Fiji: time zone, language, the roaming network ---------------------------------------------
FJ_TZ = "Pacific/Fiji"
FJ_LANG = "en-FJ,fj;q=0.8,en;q=0.7"
ROAM = {"mcc": "542", "mnc": "05", "mccmnc": "54205", "name": "Tavuatel", "country": "FJ"}

# --- her places in Fiji ---------------------------------------------------------------------------
SUVA = {"line": "Lot 22 Naikasi Place", "area": "Tamavua", "city": "Suva", "division": "Central"}
SUVA_AT = (-18.117842, 178.447215)  # her Tamavua house (location.precise where sent)
KORO, YASANA = "Nakorovou", "Ra"  # her husband's village and its province (location.coarse)
KORO_AT = (-17.401836, 178.146209)  # the family house in the village (hers while there)

# --- people -------------------------------------------------------------------------------------
HUSBAND = ("Sitiveni Naivalu", "+6795550182")
HUSBAND_ID = "6120 4471 0852"  # his ID-card number (personal.national_id, typed by her)
MIL = ("Litia Naivalu", 68)  # his mother (household member)
NEPHEW = ("Tevita Naivalu", 7)  # his nephew (household member, a child)
SISTER = ("Mere Naivalu", "+64215550143", "mere.naivalu@example.net")  # in Auckland, sends money
FRIEND = ("Salote Vunisei", "+6795550166", "salote.v@example.com")  # a friend from the choir
ID_CARD = "7742 0918 3365"  # her Fiji ID-card number (personal.national_id)
TIN = "50-41877-0-3"  # her tax number (personal.national_id)

# --- Maketevou (market stalls) -----------------------------------------------------------------
MARKET = {"id": "mkt_shm", "name": "Suva Harbour Market", "phone": "+6793315550",
          "lat": -18.13571, "lon": 178.42431}  # the market (a negative)
STALL = "B-117"  # the stall's number (a negative: the council's)
STALL_FIX = (-18.135688, 178.424402)  # her phone at the stall
STALL_BOOKING = "MV-251212-3307"  # her booking (financial.purchase)
LICENCE = "SCC-MV-04471"  # her vendor licence number (id.user: her account with the market)

# --- Valetaqomaki (evacuation centres) ----------------------------------------------------------
CENTRE = {"id": "ec_ra_0412", "name": "Nakorovou District School", "phone": "+6796695550",
          "lat": -17.40218, "lon": 178.14377, "ssid": "NDS-Evac-Centre",
          "bssid": "5c:e2:8c:31:07:4a"}  # the centre (a negative, but the phone on its Wi-Fi)
CENTRE_FIX = (-17.402297, 178.143912)  # her phone at the centre
HOUSEHOLD = "HH-RA-0412-077"  # her household's registry number (id.user)

# --- Dovupay (sugarcane) ------------------------------------------------------------------------
GROWER = "G-RA-40718"  # her grower number (id.user)
FARM = {"id": "frm_40718", "lease": "LS-RA-1187/22", "sector": "Penang 3", "ha": 6.8}
FARM_AT = (-17.412317, 178.139842)  # the farm block (her place)
MILL = {"id": "mill_nalau", "name": "Nalau Mill", "lat": -17.39188, "lon": 178.16511}
SIRDAR = ("Viliame Tuilau", "+6795550131")  # the harvest gang's sirdar (typed by her)
BANK = {"name": "Yasawa Bank", "branch": "Rakiraki", "code": "YB-0414"}  # a fictional bank
ACCOUNT_FJ = "0418827193"  # her account (financial.payment)

# --- Lotusere (a Methodist church) --------------------------------------------------------------
CHURCH = {"id": "ch_0117", "name": "Lomanikoro Methodist Church", "circuit": "Suva Circuit",
          "lat": -18.13044, "lon": 178.44081}  # the church (a negative as a place)
CHURCH_FIX = (-18.130462, 178.440787)  # her phone at the church
MEMBER = "LMC-2291"  # her church member number (id.user)

# --- Bulasevens (rugby sevens fan club) ---------------------------------------------------------
GROUND = {"id": "ven_lbo", "name": "Laucala Bay Oval", "lat": -18.14877, "lon": 178.45412}
GATE_FIX = (-18.148512, 178.453766)  # her phone at the gate
FANCLUB = "BS-77120"  # her fan-club number (id.user)
ORDER = "BS7-251214-0413"  # her ticket order (financial.purchase)

# --- Yavacare (a diabetes foot clinic) ----------------------------------------------------------
CLINIC = {"id": "yfc_tmv", "name": "Tamavua Diabetes Foot Centre", "phone": "+6793385550",
          "lat": -18.12211, "lon": 178.43982}  # the clinic (a negative)
PATIENT = "YFC-30418"  # her patient number (health.medical: a medical record's number)

# --- Ilavomai (remittance receipts) -------------------------------------------------------------
TRANSFER = "IM-NZ-8841207"  # the Auckland transfer's reference (financial.purchase)
AGENT = {"id": "ag_cumming_02", "name": "Cumming St Agent", "lat": -18.13912, "lon": 178.42577}


def hdr(app: App, rng: random.Random, iid: str, how: str = "plain", fj: bool = True,
        **kw: Any) -> dict[str, Any]:
    """The app's usual headers, with (``fj``) the Fijian English Accept-Language."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if fj:
        h["Accept-Language"] = L(FJ_LANG, DEV)
    return h


def boundary(at: Pt, rng: random.Random, n: int = 6) -> list[list[float]]:
    """The farm block's boundary as ``[lat, lon]`` corners around ``at`` (one series)."""
    return [[round(at[0] + rng.uniform(-0.0012, 0.0012), 6),
             round(at[1] + rng.uniform(-0.0015, 0.0015), 6)] for _ in range(n)]


def glucose(rng: random.Random, n: int, t0: int = 1765400000) -> list[dict[str, Any]]:
    """Her finger-prick glucose readings (mmol/L) with times and meal tags (one series)."""
    return [{"t": t0 + 21600 * i, "mmol": round(rng.uniform(6.1, 11.8), 1),
             "tag": rng.choice(["fasting", "before_meal", "after_meal", "bedtime"])}
            for i in range(n)]


def hashed_book(rng: random.Random, n: int) -> list[str]:
    """SHA-256 of her address book's numbers in E.164 (content.contacts, one label)."""
    nums = [f"+679555{rng.randrange(1000, 9999)}" for _ in range(n - 2)]
    nums += ["+64215550143", "+6795550182"]
    return [hashlib.sha256(x.encode()).hexdigest() for x in nums]


def evs(*names: str, **first: Any) -> list[dict[str, Any]]:
    """A first-party event list: names ``behavior.usage``, times and counters not."""
    return [{"name": L(n, USAGE), "ts": 1765410000000 + 61000 * i, **(first if i == 0 else {})}
            for i, n in enumerate(names)]


__all__ = ["ACCOUNT_FJ", "AGENT", "BANK", "CENTRE", "CENTRE_FIX", "CHURCH", "CHURCH_FIX",
           "CLINIC", "FANCLUB", "FARM", "FARM_AT", "FJ_LANG", "FJ_TZ", "FRIEND", "GATE_FIX",
           "GROUND", "GROWER", "HOUSEHOLD", "HUSBAND", "HUSBAND_ID", "ID_CARD", "KORO", "KORO_AT",
           "LICENCE", "MARKET", "MEMBER", "MIL", "MILL", "NEPHEW", "ORDER", "PATIENT", "ROAM",
           "SIRDAR", "SISTER", "STALL", "STALL_BOOKING", "STALL_FIX", "SUVA", "SUVA_AT", "TIN",
           "TRANSFER", "YASANA", "boundary", "evs", "glucose", "hashed_book", "hdr"]
