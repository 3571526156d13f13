"""Helpers for the three-hundred-and-second (blind, "blind299") evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived for three years in Pauri town (Pauri
Garhwal, Uttarakhand, India) with her Garhwali husband Manoj Singh Negi, a teacher at an inter
college, her US SIM roaming; their daughter Kavya (9) is in class 4; Manoj's mother Kamla Devi Negi
lives in the family's ancestral village Chamdhar above Srinagar Garhwal, where the family's deity
is worshipped. Her places (their house in Pauri, her fixes at the eye camp in Srinagar, the
village courtyard, the pine-needle weighing point, the forest council's meeting, the Ramlila
ground, the study centre, the spot where she saw the leopard from her path) are hers
(``location.precise`` where sent); the eye camp's ground, the briquette unit, the forest range
office, the council's forest block, the Ramlila stage, the university's study centre, the village
temple and a leopard's sighting pin are businesses', public bodies' or an animal's (negatives).
People: her husband (``contact.*`` when she types him), their daughter (a data subject: her
name, birth date, sex, Aadhaar and roll numbers are labelled), her mother-in-law, her husband's
younger brother Rakesh, her sister in the US.
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

# --- her Garhwal life -----------------------------------------------------------------------------
HOME = {"line": "Negi Bhawan, Agency Mohalla, near Kandoliya road", "area": "Agency Mohalla",
        "town": "Pauri", "district": "Pauri Garhwal", "state": "Uttarakhand", "pin": "246001"}
HOME_AT = (30.148213, 78.776934)  # their house in Pauri (location.precise where sent)
HUSBAND = ("Manoj Singh Negi", "+919412071836")  # typed by her: contact.*
HUSBAND_AADHAAR = "731608251943"  # his Aadhaar, typed by her (personal.national_id)
MOTHER_IL = ("Kamla Devi Negi", "+919837240518")  # her mother-in-law in Chamdhar village
DEVAR = ("Rakesh Negi", "+918057316642")  # her husband's younger brother in Dehradun
DAUGHTER = {"first": "Kavya", "last": "Negi", "dob": "2017-02-11", "sex": "nauni",
            "aadhaar": "366204918576", "roll": "PRL-26-0431"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Laura Doe", "+15550173342", "laura.doe@example.net")  # her sister in Vermont
AADHAAR = "582944173302"  # her Aadhaar as a long-term resident (personal.national_id)
OCI = "A3481907"  # her OCI card as an Indian citizen's spouse (personal.national_id)
PAN = "BQXPD4821K"  # her PAN (personal.national_id)
BANK = {"account": "30718822004517", "ifsc": "EXMP0004417", "upi": "janedoe91@exampleupi"}
VILLAGE = {"name": "Chamdhar", "patti": "Kandarsyun", "tehsil": "Srinagar",
           "district": "Pauri Garhwal"}  # the ancestral village (location.coarse when sent)
VILLAGE_AT = (30.246512, 78.811377)  # the family courtyard in Chamdhar (hers: precise)

# --- Ghadyalu (the family deity's jagar) ---------------------------------------------------------
TEMPLE = {"id": "dv_chm01", "name": "Narsingh Devta mandir, Chamdhar", "lat": 30.24712,
          "lon": 78.81066}  # the village shrine (a negative as a place)
JAGARIYA = {"id": "jg_0219", "name": "Jagariya Shiv Lal ji", "phone": "+919719004412"}  # a bard
JAGAR_BOOKING = "GJ-26-00871"  # the family's jagar booking (financial.purchase)

# --- Pirulu (pine-needle collection and payouts) -------------------------------------------------
UNIT = {"id": "pu_ghd03", "name": "Ghandiyal Pirul Briquette Unit", "phone": "+911368220417",
        "lat": 30.13391, "lon": 78.79215}  # the briquette unit's weighing point (negatives)
SLOPE_FIX = (30.142870, 78.783512)  # her phone on the pine slope above the house
COLLECTOR = "PRL-C-07719"  # her collector number (id.user)

# --- Guldar Sajag (leopard alerts, escorts and livestock compensation) ----------------------------
RANGE = {"id": "rng_pauri", "name": "Pauri Forest Range Office", "phone": "+911368222305",
         "lat": 30.15022, "lon": 78.77418}  # the range office (negatives)
SIGHT_PIN = (30.14512, 78.78051)  # the leopard's pin on the map (an animal's place: negative)
PATH_FIX = (30.146893, 78.779204)  # her phone on the path home when she saw it
CLAIM = "GS-MA-2026-0193"  # the livestock-kill compensation claim (financial.purchase)

# --- Ban Panchait (the village forest council) ----------------------------------------------------
COUNCIL = {"id": "vp_agy07", "name": "Agency Mohalla Ban Panchait", "block": "kh_03",
           "lat": 30.15277, "lon": 78.77102}  # the council's forest block (negatives)
MEETING_FIX = (30.148902, 78.775817)  # her phone at the council's meeting in the school yard
MEMBER = "BP-AGY-0112"  # the household's member number (id.user)

# --- Ankhi Jyot (a charitable eye camp in Srinagar) -----------------------------------------------
CAMP = {"id": "cmp_srn_0226", "name": "Ankhi Jyot Shivir, GIC ground Srinagar",
        "lat": 30.22093, "lon": 78.78304, "phone": "+911346252218"}  # (negatives)
CAMP_FIX = (30.220884, 78.783127)  # her phone at the camp
EYE_REG = "AJ-SRN-2026-1187"  # her camp registration number (health.medical: a patient record)

# --- Talim (the Pauri Ramlila committee; the daughter's role) -------------------------------------
STAGE = {"id": "rl_pauri", "name": "Pauri Ramlila Maidan", "lat": 30.14845,
         "lon": 78.78102}  # the Ramlila ground (negatives)
STAGE_FIX = (30.148391, 78.781077)  # her phone at the rehearsal

# --- Dur Padhai (the university's distance-education student portal) -----------------------------
CENTRE = {"id": "sc_srn01", "name": "Distance Study Centre, Chauras campus", "lat": 30.23081,
          "lon": 78.80592}  # (negatives)
CENTRE_FIX = (30.230792, 78.805981)
ENROL = "DE-MA-GF-2025-00418"  # her enrolment number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", hi: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Hindi first with ``hi``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("hi-IN,hi;q=0.9,en-IN;q=0.8" if hi else "en-IN,en;q=0.9", DEV)
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
    """An internal object ID (a slot, a lot, a weighing slip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AADHAAR", "BANK", "CAMP", "CAMP_FIX", "CENTRE", "CENTRE_FIX", "CLAIM", "COLLECTOR",
           "COUNCIL", "DAUGHTER", "DEVAR", "ENROL", "EYE_REG", "HOME", "HOME_AT", "HUSBAND",
           "HUSBAND_AADHAAR", "JAGARIYA", "JAGAR_BOOKING", "MEETING_FIX", "MEMBER", "MOTHER_IL",
           "OCI", "PAN", "PATH_FIX", "RANGE", "SIGHT_PIN", "SISTER_US", "SLOPE_FIX", "STAGE",
           "STAGE_FIX", "TEMPLE", "TZ", "UNIT", "VILLAGE", "VILLAGE_AT", "dev_block", "fix", "hd",
           "obj", "push"]
