"""Helpers for the two-hundred-and-twentieth (blind) evaluation set ("blind217"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives on Tonoas (Chuuk Lagoon, Federated States of
Micronesia) in her husband's family's house in Nechap village and crosses the lagoon to Weno most
days, her US SIM roaming on the island network (``55001``); money is US dollars, phones are +691,
the post office box and ZIP are in Weno (96942). Her Chuukese husband Simiron Nukuto fishes and
works for the state; their daughter Marisa (13) finishes the eighth grade at Nechap Elementary;
his aunt Serina Nukuto lives with them. Her places (the house, her fixes at the drug-distribution
post, the travel agency, the senator's office, the school, the eroded shore, the market stall,
the church hall) are hers (``location.precise`` where sent); the dispensary, the agency, the
office, the school, the seawall's segments, the market and the hall are businesses', the
government's or the church's (negatives). People: her husband (``contact.*`` when she types him),
their daughter (a data subject: name, birth date, sex, student number, passport labelled), the
aunt, her sister in the US, the team's children, the nurse, the agent.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Chuuk"

# --- her Chuuk life -------------------------------------------------------------------------------
HOME = {"line": "Nechap village, house 14", "village": "Nechap", "island": "Tonoas",
        "state": "Chuuk", "box": "P.O. Box 1187", "zip": "96942"}
HOME_AT = (7.368214, 151.887391)  # the family's house on Tonoas (location.precise where sent)
HUSBAND = ("Simiron Nukuto", "+6919304418")  # typed by her: contact.*
AUNT = ("Serina Nukuto", "+6919327720", 71)  # his aunt, living with them (name, phone, age)
DAUGHTER = {"first": "Marisa", "last": "Nukuto", "dob": "2012-08-03", "sex": "girl",
            "student": "NES-08-0412", "passport": "648203317"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
PASSPORT = "581330942"  # her US passport (personal.national_id)
FSM_SSN = "04-118772"  # her FSM social security number (personal.national_id)
FM_ACCOUNT = "2207-0441-8815"  # her account at a lagoon savings bank (financial.payment)
FM_NET = "55001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Safei Fonu (the lymphatic-filariasis mass drug administration register) ----------------------
POST = {"id": "mda_ton03", "name": "Tonoas Dispensary distribution post", "lat": 7.36652,
        "lon": 151.88417, "phone": "+6913302210"}  # the post (negatives)
POST_FIX = (7.366498, 151.884203)  # her phone at the post
HOUSEHOLD = "TON-NCP-0147"  # the household's register number (id.user)

# --- Tikitin Sai (a Weno travel agency's airfare layaway) -----------------------------------------
AGENCY = {"id": "ag_iras02", "name": "Iras Lagoon Travel", "phone": "+6913304410",
          "lat": 7.45912, "lon": 151.84217}  # the agency (negatives)
AGENCY_FIX = (7.459141, 151.842196)
LAYAWAY = "LW-26-00419"  # her layaway plan (financial.purchase)
FFN = "MK77120431"  # her frequent-flyer number (id.user: her account at the airline)

# --- Tingor (a state senator's constituent services) ----------------------------------------------
OFFICE = {"id": "of_sn04", "name": "Office of the Senator, Southern Namoneas", "lat": 7.45038,
          "lon": 151.84611}  # (negatives)
VOTER = "CHK-SN-22871"  # her voter registration number (personal.national_id: a call)
POTHOLE_AT = (7.369902, 151.889114)  # the damaged road she reports (her fix there)

# --- Kreit Eit (the daughter's eighth-grade graduation) -------------------------------------------
SCHOOL = {"id": "sch_nes", "name": "Nechap Elementary School", "lat": 7.37011,
          "lon": 151.88502, "phone": "+6913307012"}  # the school (negatives)
SCHOOL_FIX = (7.370097, 151.885044)

# --- Ttitin Mataw (the municipality's seawall and shore-erosion reports) --------------------------
SHORE_AT = (7.367802, 151.887044)  # the eroded shore in front of their house (hers: precise)
PARCEL_AT = [(7.368411, 151.887102), (7.368502, 151.887688), (7.367930, 151.887741),
             (7.367861, 151.887150)]  # the family land's corners (precise)
SEGMENTS = [(7.36771, 151.88651), (7.36790, 151.88812)]  # seawall segments (municipal: negatives)
REPORTER = "TTM-R-0388"  # her reporter account (id.user)

# --- Mwenge Limelimoch (public health's food-handler card and stall permit) -----------------------
MARKET = {"id": "mk_weno1", "name": "Weno Public Market", "stall": "B-07", "lat": 7.44718,
          "lon": 151.85003}  # the market and her stall's number (negatives)
STALL_FIX = (7.447163, 151.850071)
CARD = "FH-2026-0931"  # her food-handler card (id.user)

# --- Kapas Eis (a church youth Bible-quiz league; she coaches) ------------------------------------
CHURCH = {"id": "ch_ncp", "name": "Nechap Protestant Church", "lat": 7.36911,
          "lon": 151.88722}  # (negatives as a place)
CHURCH_FIX = (7.369088, 151.887251)
MEMBER = "NPC-M-0512"  # her church membership number (id.user)
TEAM_KIDS = [("Kino Rapun", 12), ("Anelise Sopal", 14), ("Titus Ennes", 13)]  # typed by her


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", chk: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Chuukese first with ``chk``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("chk-FM,chk;q=0.9,en;q=0.8" if chk else "en-FM,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_FM") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_FM") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a dose line, a slot, a report): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "AGENCY_FIX", "AUNT", "CARD", "CHURCH", "CHURCH_FIX", "DAUGHTER", "FFN",
           "FM_ACCOUNT", "FM_NET", "FSM_SSN", "HOME", "HOME_AT", "HOUSEHOLD", "HUSBAND", "LAYAWAY",
           "MARKET", "MEMBER", "OFFICE", "PARCEL_AT", "PASSPORT", "POST", "POST_FIX", "POTHOLE_AT",
           "REPORTER", "SCHOOL", "SCHOOL_FIX", "SEGMENTS", "SHORE_AT", "SISTER_US", "STALL_FIX",
           "TEAM_KIDS", "TZ", "VOTER", "dev_block", "fix", "hd", "obj", "push"]
