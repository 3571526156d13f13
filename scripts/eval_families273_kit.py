"""Helpers for the two-hundred-and-seventy-third (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Genoa (Castelletto, Liguria, Italy; EUR,
zone Europe/Rome, her US SIM roaming on an Italian network) with her Genoese husband Stefano
Parodi; their son Pietro (8) is in the third class of a primary school in Castelletto and walks
to school with the neighbourhood's walking bus; her mother-in-law Rosanna Queirolo lives in
Savona (Villapiana). Her places (their Castelletto flat, her fixes at the lift station, the
walking-bus stop, the co-op shop, the memorial stone in Savona, the ambulance post, the marrow
registry's swab day, the paddleboard beach in Bergeggi) are hers (``location.precise`` where
sent); the lift stations, the school, the shop, the association's seat, the ambulance post, the
hospital and the board rental's hut are businesses' or public places (negatives). People: her
husband (``contact.*`` when she types him), their son (a data subject: his name, birth date,
sex, tax code and pupil number are labelled), her mother-in-law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Rome"

# --- her Genoese life -----------------------------------------------------------------------------
GE_HOME = {"line": "Salita San Gerolamo 14/5", "area": "Castelletto", "town": "Genova",
           "region": "Liguria", "post": "16125"}
GE_HOME_AT = (44.415872, 8.931406)  # their flat (location.precise where sent)
HUSBAND = ("Stefano Parodi", "+393471802244")  # typed by her: contact.*
MOTHER_IL = ("Rosanna Queirolo", "+393355107731", "Via Paleocapa 21/3, Savona")  # in Savona
SON = {"first": "Pietro", "last": "Parodi", "dob": "2017-10-03", "sex": "M",
       "cf": "PRDPTR17R03D969K", "pupil": "GE-CST-3A-0412"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
TAXCODE = "DOEJNA91E57Z404K"  # her Italian tax code (codice fiscale: personal.national_id)
PERMIT = "GE0118842XR"  # her Italian residence permit number (personal.national_id)
IT_ACCOUNT = "IT60X0542811101000000123456"  # her euro account (financial.payment)
IT_NET = "22210"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Ascensoi (Genoa's public lifts and funicular: a resident pass) --------------------------------
LIFT = {"id": "asc_cst", "name": "Ascensore Castelletto Levante", "lat": 44.41452,
        "lon": 8.93218}  # the lift's upper station (a public place: negative)
FUNI = {"id": "fun_rgh", "name": "Funicolare Zecca-Righi", "lat": 44.41681, "lon": 8.92693}
LIFT_FIX = (44.414533, 8.932197)  # her phone at the upper station
PASS = "ASC-R-7730418"  # her resident pass number (id.user)

# --- PediZena (the walking bus to the son's school) ------------------------------------------------
SCHOOL = {"id": "sc_cst04", "name": "Scuola primaria Castelletto 4", "lat": 44.41733,
          "lon": 8.93007, "phone": "+390108393041"}  # (negatives)
STOP = {"id": "fm_07", "name": "Fermata 7 - Spianata", "lat": 44.41521,
        "lon": 8.93069}  # the walking bus's stop (a route point: negative)
STOP_FIX = (44.415244, 8.930712)  # her fix at the stop when she hands him over
CLASS = {"id": "cl_3a", "grade": "3", "letter": "A"}  # (negatives)

# --- Soci Lanterna (a consumer co-op: member card and member loan) ---------------------------------
SHOP = {"id": "pv_0231", "name": "Soci Lanterna Castelletto", "phone": "+390102471180",
        "lat": 44.41612, "lon": 8.92977}  # the shop (negatives)
SHOP_FIX = (44.416141, 8.929802)
MEMBER = "SL-0044-918277"  # her member number (id.user)
LOAN = "PS-00918277-01"  # her member-loan (savings) account (financial.payment)

# --- Memoia (a Resistance memorial association in Savona: her political opinion) -------------------
SEAT = {"id": "sz_sv01", "name": "Sezione Villapiana", "lat": 44.30482,
        "lon": 8.47011}  # the section's seat (negative)
STONE_AT = (44.30791, 8.48102)  # a memorial stone (a public place: negative)
STONE_FIX = (44.307884, 8.481066)  # her phone at the stone
CARD = "MEM-SV-2026-0377"  # her membership card (id.user; the membership itself: sensitive)

# --- Meollo (a bone-marrow donor registry) --------------------------------------------------------
HOSPITAL = {"id": "osp_sv", "name": "Ospedale San Giacomo Savona (fictional)",
            "lat": 44.30233, "lon": 8.46172}  # (negatives)
DONOR = "IT-MR-0071-55024"  # her donor code (health.medical: a registry record number)
SWAB_FIX = (44.302318, 8.461744)

# --- Croxe (a volunteer ambulance association: her shifts) -----------------------------------------
POST = {"id": "pa_sampe", "name": "Croxe Celeste Sampe", "phone": "+390104693112",
        "lat": 44.41053, "lon": 8.89742}  # the ambulance post (negatives)
POST_FIX = (44.410517, 8.897409)
VOLUNTEER = "CX-VOL-1184"  # her volunteer number (id.user)
AMB = "CX-07"  # an ambulance (negative)

# --- Toua (paddleboard rental and lessons at Bergeggi) ---------------------------------------------
HUT = {"id": "tu_brg", "name": "Toua Bergeggi", "phone": "+390198597330", "lat": 44.24187,
       "lon": 8.44521}  # the rental hut (negatives)
BEACH_FIX = (44.241902, 8.445317)
ISLAND_AT = (44.23711, 8.44553)  # Bergeggi island (a chart point: negative)
SEA_FIX = (44.238644, 8.445012)  # her phone on the board
RENTAL = "TU-26-0718"  # her rental (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lij: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Italian first with ``lij``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("it-IT,it;q=0.9,en;q=0.8" if lij else "en-IT,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modello": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lengua": L(lang, DEV),
            "fuso_oraio": L(TZ, DEV)}


def push(token: str, lang: str = "en_IT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "dispoxitivo_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a ride, a walk, a shift line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
