"""Helpers for the hundred-and-ninety-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) is an enrolled Oglala
Lakota citizen through her mother's family in Kyle; she grew up in New York and moved back in
2023 with her husband Dustin Two Lance (Oglala, from Pine Ridge village), their son Mato (15) and
their daughter Winona (9). They live in Pine Ridge village; she drives to Rapid City for
specialists, her son's tournament and shopping; her mother Loretta Yellow Hawk and her uncle
Harvey Yellow Hawk (on home oxygen) live in Kyle. Her US SIM is at home (no roaming); the zone is
America/Denver. Her places (the house in Pine Ridge, her mother's and uncle's houses in Kyle, her
fixes at the powwow grounds, the bison corrals, the food warehouse, the stuck car on the Kyle
road, the hospital, the gym) are hers or her family's (``location.precise`` where sent); the
powwow grounds, the corrals, the warehouse and the Kyle tailgate site, the hospital and the Rapid
City clinic, the arena, the enrollment office are the Tribe's or businesses' (negatives).

Identity numbers are synthetic: SSNs in valid ranges (area not 000/666/9xx, group not 00, serial
not 0000); the routing number carries its ABA check digit (3-7-1 weights, sum 0 mod 10); the
enrollment numbers, IHS health record numbers, the IIM account and the South Dakota licence are
invented shapes.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Denver"

# --- her Pine Ridge life --------------------------------------------------------------------------
HOME = {"line": "29 Wolf Creek Loop", "po": "PO Box 1187", "town": "Pine Ridge", "state": "SD",
        "zip": "57770", "county": "Oglala Lakota County"}
HOME_AT = (43.025812, -102.556137)  # their house (location.precise where sent)
HUSBAND = ("Dustin Two Lance", "+16055550163")  # typed by her: contact.*
SON = {"first": "Mato", "last": "Two Lance", "dob": "2010-08-03", "sex": "boy",
       "enroll": "1052217", "ssn": "645-20-3318", "hrn": "PR-233907"}  # a data subject
DAUGHTER = {"first": "Winona", "last": "Two Lance", "dob": "2016-04-19", "sex": "girl",
            "enroll": "1106452", "ssn": "648-31-7705"}  # a data subject
MOTHER = ("Loretta Yellow Hawk", "+16055550128")  # her mother in Kyle
MOTHER_LINE = "4 Medicine Root Rd, Kyle"
MOTHER_AT = (43.426334, -102.181927)  # her mother's house (family's: precise)
UNCLE = ("Harvey Yellow Hawk", "+16055550117")  # her uncle in Kyle, on home oxygen
UNCLE_AT = (43.421907, -102.169254)
SISTER = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in New York

ENROLL = "0741983"  # her Oglala enrollment number (personal.national_id)
HUSBAND_ENROLL = "0698114"
SSN = "503-72-4418"  # her SSN (valid range)
HUSBAND_SSN = "503-58-2290"
HRN = "PR-208814"  # her IHS health record number at the service unit (health.medical)
DL = "01938472"  # her South Dakota driver licence (personal.national_id)
IIM = "IIM-6410-0744-18"  # her Individual Indian Money account (financial.payment)
ROUTING, BANK_ACCOUNT = "091402785", "4471093825"  # her credit union (financial.payment)
BLOOD = "1/2"  # her blood quantum on the enrollment record (personal.sensitive)

# --- the Tribe's and businesses' places (negatives) -----------------------------------------------
POWWOW = {"id": "wg_pr_aug", "name": "Oglala Nation Wacipi Grounds", "lat": 43.02973,
          "lon": -102.54714}
POWWOW_FIX = (43.029511, -102.547402)
CORRALS = {"id": "pc_slim", "name": "Tribal Bison Corrals", "lat": 43.35612, "lon": -102.70934}
CORRALS_FIX = (43.356287, -102.709105)
WAREHOUSE = {"id": "fd_pr", "name": "Food Distribution Warehouse", "phone": "+16058675540",
             "lat": 43.02681, "lon": -102.55093}
TAILGATE = {"id": "fd_kyle", "name": "Kyle tailgate site", "lat": 43.42472, "lon": -102.17708}
HOSPITAL = {"id": "su_pr", "name": "Pine Ridge Service Unit", "phone": "+16058671170",
            "lat": 43.02118, "lon": -102.55301}
HOSPITAL_FIX = (43.021236, -102.552871)
SPECIALIST = {"id": "rc_cardio", "name": "Canyon Lake Heart Clinic", "phone": "+16055550190",
              "lat": 44.05982, "lon": -103.22961}
ARENA = {"id": "ar_rc", "name": "Rapid City civic arena", "lat": 44.08571, "lon": -103.23462}
ARENA_FIX = (44.085597, -103.234471)
GYM = {"id": "gym_kcs", "name": "Kyle Community School gym", "lat": 43.42391,
       "lon": -102.17452}
ENROLL_OFFICE = {"id": "eo_pr", "name": "Enrollment Office", "lat": 43.02622,
                 "lon": -102.55382, "phone": "+16058675821"}
STUCK_AT = (43.301774, -102.330852)  # her car stuck on the Kyle road in the storm (hers)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lak: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English; Lakota first with ``lak``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("lkt-US,lkt;q=0.9,en-US;q=0.8" if lak else "en-US,en;q=0.9", DEV)
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
    """An internal object ID (a booking line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ARENA", "ARENA_FIX", "BANK_ACCOUNT", "BLOOD", "CORRALS", "CORRALS_FIX", "DAUGHTER",
           "DL", "ENROLL", "ENROLL_OFFICE", "GYM", "HOME", "HOME_AT", "HOSPITAL", "HOSPITAL_FIX",
           "HRN", "HUSBAND", "HUSBAND_ENROLL", "HUSBAND_SSN", "IIM", "MOTHER", "MOTHER_AT",
           "MOTHER_LINE", "POWWOW", "POWWOW_FIX", "ROUTING", "SISTER", "SON", "SPECIALIST", "SSN",
           "STUCK_AT", "TAILGATE", "TZ", "UNCLE", "UNCLE_AT", "WAREHOUSE", "dev_block", "fix",
           "hd", "obj", "push"]
