"""Helpers for the hundred-and-sixty-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived for four years in Esch-sur-Alzette
(Luxembourg) with her Luxembourgish husband Pit Wagner, keeps her US SIM (roaming on a
Luxembourg network) and works as an accountant in Luxembourg City; their son Tom (7) is in cycle
2 of a public primary school in Wobrécken (Esch) and goes to the maison relais after school. Her
places (their flat in the Brill quarter, her fixes at the language-test centre, the occupational
health centre, the maison relais gate, the building site of the flat they are buying in Belval,
the cinema, the fire station and on call, the hair salon) are hers (``location.precise`` where
sent); the test centre, the course venue, the health centre, the maison relais, the developer's
site and sales office, the cinemas, the fire station and the salon are businesses' or public
bodies' (negatives). People: her husband (``contact.*`` when she types him), their son (a data
subject: his name, birth date, sex, matricule and CSA card are labelled), her mother-in-law in
Bonnevoie, her sister in the US.

Matricules (13 digits: birth date, a 3-digit serial, a Luhn digit over the first 11, then a
Verhoeff digit over the first 11) were computed for this set: hers 1991051704840, Tom's
2018030911276, Pit's 1988062203175.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Luxembourg"

# --- her Esch life --------------------------------------------------------------------------------
HOME = {"line": "14 rue du Brill", "area": "Brill", "town": "Esch-sur-Alzette",
        "canton": "Esch-sur-Alzette", "post": "L-4041"}
HOME_AT = (49.493812, 5.983947)  # their flat (location.precise where sent)
MATRICULE = "1991051704840"  # her matricule national (personal.national_id)
PASSPORT = "583190274"  # her US passport (personal.national_id)
RES_CARD = "LU-TS-0718842"  # her residence card, family member of an EU citizen (national_id)
HUSBAND = ("Pit Wagner", "+352621184307", "1988062203175")  # typed by her: contact.* / nat. ID
MOTHER_IL = ("Josée Wagner", "+352691230548")  # her mother-in-law in Bonnevoie
SON = {"first": "Tom", "last": "Wagner", "dob": "2018-03-09", "sex": "jong",
       "mat": "2018030911276", "csa": "CSA-4041-88231"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Amy Doe", "+15550147731", "amy.doe@example.net")  # her sister in Ohio
LU_ACCOUNT = "LU590196512340887000"  # her euro account (financial.payment)
PIT_ACCOUNT = "LU860141807213390000"  # her husband's account (financial.payment)
LU_NET = "27099"  # the visited network's MCC/MNC while roaming (location.carrier)
EMPLOYER = "Fiduciaire Pétrusse S.à r.l."  # her employer (unlabelled: no taxonomy type)

# --- Biergerwee (naturalisation dossier, Sproochentest, civics course) ----------------------------
TEST_CENTRE = {"id": "tz_kb01", "name": "Sproochenzentrum Kierchbierg", "lat": 49.62312,
               "lon": 6.16048}  # (negatives)
TEST_FIX = (49.623087, 6.160522)  # her phone at the test centre
COURSE = {"id": "zl_esch_07", "venue": "Centre culturel Lallengen", "lat": 49.49906,
          "lon": 5.97402}  # the civics course venue (negatives)
COURSE_FIX = (49.499041, 5.974077)
DOSSIER = "NAT-2026-014382"  # her naturalisation file (id.user: the ministry's ID for her)

# --- Schaffgesond (occupational health service) ---------------------------------------------------
HEALTH_CENTRE = {"id": "stm_sud_02", "name": "Aarbechtsmedezin Süden, Esch", "lat": 49.49781,
                 "lon": 5.97903, "phone": "+35254771200"}  # (negatives)
HEALTH_FIX = (49.497788, 5.979061)
WORKER = "STM-88-204517"  # her occupational-health file (health.medical: a medical record no.)

# --- Kannerzait (maison relais, after-school care) ------------------------------------------------
MAISON = {"id": "mr_wob", "name": "Maison Relais Wobrécken", "lat": 49.49052, "lon": 5.98751,
          "phone": "+35254731600"}  # (negatives)
GATE_FIX = (49.490541, 5.987466)  # her fix at the maison relais gate
SCHOOL = {"id": "gs_wob", "name": "Grondschoul Wobrécken", "class": "C2.2"}  # (negatives)

# --- Neibau (buyer's portal of an off-plan flat in Belval) ----------------------------------------
SITE = {"id": "res_hfc", "name": "Résidence Hauts-Fourneaux, Block C", "lat": 49.50117,
        "lon": 5.94312}  # the developer's building site (a negative)
SITE_FIX = (49.501148, 5.943087)  # her phone on the site visit
UNIT = "HFC-C-3.04"  # their flat on plan (financial.purchase: the thing bought)
BUYER = "NB-K-20931"  # her buyer account (id.user)

# --- Kinosall (cinema tickets) --------------------------------------------------------------------
CINEMA = {"id": "ks_kirch", "name": "Kinosall Kierchbierg", "lat": 49.62833, "lon": 6.16011}
CINEMA_ESCH = {"id": "ks_esch", "name": "Kinosall Uelzecht", "lat": 49.49612, "lon": 5.98193}
LOYALTY = "KS-7730-21984"  # her loyalty card (id.user)

# --- Alarmpiper (volunteer firefighters' alerting) ------------------------------------------------
STATION = {"id": "cis_esch", "name": "Pompjeeskasär Esch", "lat": 49.50318, "lon": 5.97122}
FIREFIGHTER = "CGD-V-041187"  # her volunteer number (id.user)
ONCALL_FIX = (49.494118, 5.982603)  # her phone when the pager goes off (near home)

# --- Hoerkonscht (hair salon) ---------------------------------------------------------------------
SALON = {"id": "hk_uelz", "name": "Hoerkonscht Uelzecht", "lat": 49.49688, "lon": 5.98107,
         "phone": "+35226540388"}  # (negatives)
CLIENT = "HK-CL-05521"  # her salon client card (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lb: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Luxembourgish first with ``lb``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("lb-LU,lb;q=0.9,fr;q=0.8,en;q=0.7" if lb else "en-LU,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_LU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modell": L("Pixel 8", DEV), "os": L("Android 14", DEV), "sprooch": L(lang, DEV),
            "zaitzon": L(TZ, DEV)}


def push(token: str, lang: str = "en_LU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "apparat_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a session, a ticket line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BUYER", "CINEMA", "CINEMA_ESCH", "CLIENT", "COURSE", "COURSE_FIX", "DOSSIER",
           "EMPLOYER", "FIREFIGHTER", "GATE_FIX", "HEALTH_CENTRE", "HEALTH_FIX", "HOME",
           "HOME_AT", "HUSBAND", "LOYALTY", "LU_ACCOUNT", "LU_NET", "MAISON", "MATRICULE",
           "MOTHER_IL", "ONCALL_FIX", "PASSPORT", "PIT_ACCOUNT", "RES_CARD", "SALON", "SCHOOL",
           "SISTER_US", "SITE", "SITE_FIX", "SON", "STATION", "TEST_CENTRE", "TEST_FIX", "TZ",
           "UNIT", "WORKER", "dev_block", "fix", "hd", "obj", "push"]
