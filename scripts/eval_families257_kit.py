"""Helpers for the two-hundred-and-fifty-seventh (blind, "blind254") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Tomil on Yap (Federated States of
Micronesia) on her husband's family estate (tabinaw) "Dalbiliy" in Falaw village, and works in
Colonia; her US SIM roams on the island network (``55001``); money is US dollars, phones +691,
ZIP 96943. People (all fictional): her Yapese husband Vincent Tamangmow (``contact.*`` when she
types him), their son Leo Tamangmow (12, a data subject: his name, birth date, sex, school ID and
club number are labelled), her mother-in-law Maria Fagolmar (who lives with them), her sister
Emily Doe in Ohio. Her places (the estate's house and the new-house plot, her fixes at the stone
money ground, the clinic, the track, the rally, the arrival hall) are hers (``location.precise``
where sent); the clinic, the sports field, the permit office, the meeting hall, the proposed
resort site, the store, the airport and the stone-money ground are businesses' or public places
(negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Chuuk"  # Yap keeps UTC+10 (the tz database's Pacific/Yap is a link to it)

# --- her Yap life --------------------------------------------------------------------------------
ESTATE = "Dalbiliy"  # the husband's family estate's name: their address on Yap (contact.address)
YAP_HOME = {"line": "Dalbiliy estate, Falaw", "village": "Falaw", "muni": "Tomil",
            "state": "Yap", "zip": "96943"}
HOME_AT = (9.541372, 138.158841)  # the estate's house (location.precise where sent)
PLOT_AT = (9.540913, 138.157902)  # the plot of their new concrete house on the estate
HUSBAND = ("Vincent Tamangmow", "+6913502741")  # typed by her: contact.*
MOTHER_IL = ("Maria Fagolmar", "+6913504418")  # her mother-in-law (lives with them)
SON = {"first": "Leo", "last": "Tamangmow", "dob": "2013-08-04", "sex": "pumoon",
       "school": "YSS-13-0482"}  # a data subject (sets 29, 35, 37): school ID id.user
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
PASSPORT = "567120934"  # her US passport (personal.national_id)
FM_SSN = "04-118273"  # her FSM social security number as a state employee (national_id)
FM_ACCOUNT = "2004188733"  # her dollar account at a Colonia bank (financial.payment)
FM_NET = "55001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Malalrai (the village's stone-money registry) ------------------------------------------------
MALAL = {"id": "ml_falaw", "name": "Falaw malal", "lat": 9.54211,
         "lon": 138.15973}  # the village's stone-money ground (a public place: negative)
MALAL_FIX = (9.542087, 138.159702)  # her phone at the stone she photographs
RAI_MEMBER = "MR-TML-0311"  # her registry account (id.user)
STONES = [{"id": "rai_0217", "cm": 160}, {"id": "rai_0388", "cm": 95}]  # stone IDs (negatives)

# --- Ayuwsalpiy (the family's shared-expense ledger) ----------------------------------------------
STORE = {"id": "st_col_07", "name": "Colonia Wholesale Store", "phone": "+6913502210",
         "lat": 9.51488, "lon": 138.12733}  # a store (negatives)
GROUP = "grp_7f3a21"  # the ledger group's internal ID (a negative)

# --- Liverwaab (a fatty-liver programme at a Colonia clinic) --------------------------------------
CLINIC = {"id": "lv_col", "name": "Waab Liver Clinic", "phone": "+6913503120",
          "lat": 9.51402, "lon": 138.12551}  # the clinic (negatives)
CLINIC_FIX = (9.514031, 138.125488)
CHART = "WLC-26-00871"  # her clinic chart number (health.medical, as set 151's dental chart)
DOCTOR = ("Dr. Rosa Yinnifel", "r.yinnifel@waabliver.example.org")  # typed by her: contact.*

# --- Lemnag (a citizens' coalition against a resort lease on Tomil's reef) ------------------------
COALITION = {"id": "co_tomilreef", "name": "Tomil Reef Keepers"}  # its name: sensitive beside her
HALL = {"id": "hall_col", "lat": 9.51612, "lon": 138.12904}  # the hearing hall (negative)
RESORT_SITE = (9.55308, 138.17721)  # the proposed resort's lease site (a public point: negative)
RALLY_FIX = (9.516144, 138.129077)  # her phone at the rally outside the hall
CO_MEMBER = "TRK-M-0093"  # her coalition membership number (id.user)

# --- Miltomil (the son's youth track club) --------------------------------------------------------
CLUB = {"id": "trk_tml", "name": "Tomil Youth Track", "phone": "+6913504470"}
FIELD = {"id": "fld_yhs", "lat": 9.50977, "lon": 138.12208}  # the school track (negative)
FIELD_FIX = (9.509802, 138.122115)  # her phone at the track at pick-up
ATHLETE = "TYT-0412"  # the son's club number (id.user: the child's)
COACH = ("Coach Peter Gilmatam", "+6913504471")  # typed by her: contact.*

# --- Naunpermit (the state's building-permit office) ----------------------------------------------
PERMIT_OFFICE = {"id": "po_col", "lat": 9.51535, "lon": 138.12872}  # (negative)
APPLICANT = "NP-A-2207"  # her applicant account (id.user)
PERMIT = "BP-YAP-2026-0147"  # the permit application (financial.purchase: a paid application)
PARCEL = "TML-019-044"  # the estate's land parcel number (contact.address: locates her home)

# --- Yibwaab (the state's e-arrival declaration: passport, customs, quarantine, health) --------
AIRPORT = {"id": "yap_intl", "lat": 9.49891, "lon": 138.08250}  # the airport (negative)
ARRIVAL_FIX = (9.498947, 138.082611)  # her phone in the arrival hall
DECL = "YA-260120-4471"  # her arrival declaration (id.user: a case number, as set 14's receipt)
PNR = "K7QP2M"  # the flight booking's reference (financial.purchase)

# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", yap: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Yapese first with ``yap``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("yap-FM,yap;q=0.9,en;q=0.8" if yap else "en-FM,en;q=0.9", DEV)
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
    """An internal object ID (a line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AIRPORT", "APPLICANT", "ARRIVAL_FIX", "ATHLETE", "CHART", "CLINIC", "CLINIC_FIX",
           "CLUB", "COACH", "COALITION", "CO_MEMBER", "DECL", "DOCTOR", "ESTATE", "FIELD",
           "FIELD_FIX", "FM_ACCOUNT", "FM_NET", "FM_SSN", "GROUP", "HALL", "HOME_AT", "HUSBAND",
           "MALAL", "MALAL_FIX", "MOTHER_IL", "PARCEL", "PASSPORT", "PERMIT", "PERMIT_OFFICE",
           "PLOT_AT", "PNR", "RAI_MEMBER", "RALLY_FIX", "RESORT_SITE", "SISTER_US", "SON",
           "STONES", "STORE", "TZ", "YAP_HOME", "dev_block", "fix", "hd", "obj", "push"]
