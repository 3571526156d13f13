"""Helpers for the hundred-and-eighty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Ahoa (Hahake district, Uvea, near
Mata-Utu) on Wallis with her Wallisian husband Petelo Tialetagi, her US SIM roaming on the
island's network; their son Mikaele (18) starts university in Noumea (New Caledonia), their
daughter Losa (15) throws the javelin; her mother-in-law Malia (74) uses a wheelchair since a
stroke; her sister-in-law Telesia Tialetagi lives in Noumea (Riviere-Salee). Her places (their
house, her fixes at the employment office, the stadium, the village hall, the cathedral, the court
house, the house site) are hers (``location.precise`` where sent); the offices, the stadium, the
cathedral, the village hall, the court and the shops are public or businesses' (negatives).
NIR numbers (French social-security numbers) carry their two-digit key (97 - n mod 97); born in
Uvea: department 986, commune 13; born abroad: 99 and the country (404 the United States). The
IBANs carry valid RIB keys and IBAN check digits (computed by the author outside the repository).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Wallis"

# --- her life on Uvea -----------------------------------------------------------------------------
HOME = {"line": "Fale Tialetagi, hala ki Ahoa, BP 412", "village": "Ahoa", "district": "Hahake",
        "island": "Uvea", "post": "98600"}
HOME_AT = (-13.290614, -176.178322)  # their house in Ahoa (location.precise where sent)
NIR_ME = "291059940431804"  # her NIR (born 1991-05 in the United States): personal.national_id
RESIDENCE = "9860412357"  # her residence card (titre de sejour) number: personal.national_id
PASSPORT = "583920417"  # her US passport: personal.national_id
HUSBAND = ("Petelo Tialetagi", "+681824167", "188039861304717")  # name, phone, NIR
SON = {"first": "Mikaele", "last": "Tialetagi", "dob": "2007-08-14", "nir": "107089861311224",
       "phone": "+681835092", "student": "UNC-25-041876"}
DAUGHTER = {"first": "Losa", "last": "Tialetagi", "dob": "2010-11-03", "sex": "fafine",
            "nir": "210119861309388", "licence": "WF-ATH-15-0322"}  # a data subject (a minor)
MOTHER_IL = {"name": "Malia Tialetagi", "dob": "1951-02-09", "nir": "251029861302144",
             "phone": "+681721830"}
SISTER_IL = {"name": "Telesia Tialetagi", "phone": "+687794521",
             "email": "telesia.tialetagi@example.net",
             "line": "12 rue des Frangipaniers, Riviere-Salee", "town": "Noumea",
             "post": "98800"}  # her sister-in-law in Noumea (contact.* when typed)
WF_ACCOUNT = "WF5617499000100812345670175"  # their household account (financial.payment)
NC_ACCOUNT = "NC4914889000310421778851082"  # the son's student account in Noumea
WF_NET = "54301"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Kumi Gaue (the territory's employment and training service) ----------------------------------
JOB_OFFICE = {"id": "sitas_mu", "name": "Service emploi et formation, Mata-Utu",
              "lat": -13.28231, "lon": -176.17482, "phone": "+681722233"}  # (negatives)
JOB_FIX = (-13.282297, -176.174853)  # her phone at the office
SEEKER = "DE-WF-2026-00917"  # her job-seeker number (id.user)

# --- Tao Lele (the javelin club; Losa is the athlete) ---------------------------------------------
STADIUM = {"id": "std_kafika", "name": "Stade de Kafika", "lat": -13.28603,
           "lon": -176.17214}  # (negatives)
STADIUM_FIX = (-13.286012, -176.172158)  # her phone at the stadium

# --- Ako Mamao (the son's territorial study grant and student residence in Noumea) --------------
GRANT_FILE = "BT-2026-0344"  # the grant file (id.user)
RESIDENCE_HALL = {"id": "cr_nouville", "name": "Cite universitaire de Nouville",
                  "lat": -22.26512, "lon": 166.40318}  # (negatives)

# --- Katoaga (the village's customary ceremony registry) ------------------------------------------
VILLAGE_HALL = {"id": "fale_fono_ahoa", "name": "Fale fono o Ahoa", "lat": -13.29121,
                "lon": -176.17694}  # (negatives)
HALL_FIX = (-13.291187, -176.176905)
HOUSEHOLD = "AHOA-F-027"  # their household in the village roll (id.user)

# --- Folau Lotu (the diocesan pilgrimage to Lourdes) ----------------------------------------------
CATHEDRAL = {"id": "cath_mu", "name": "Cathedrale Notre-Dame de l'Assomption", "lat": -13.28157,
             "lon": -176.17391}  # (negatives)
CATHEDRAL_FIX = (-13.281552, -176.173941)
PILGRIM = "PEL-LDS-26-0188"  # her pilgrim number (id.user)
PILGRIM_MIL = "PEL-LDS-26-0189"  # her mother-in-law's, a sick pilgrim (id.user)

# --- Tokoni Lao (legal aid) -----------------------------------------------------------------------
COURT = {"id": "tpi_mu", "name": "Tribunal de premiere instance, Mata-Utu", "lat": -13.28402,
         "lon": -176.17566}  # (negatives)
COURT_FIX = (-13.284049, -176.175688)
LEGAL_FILE = "AJ-986-2026-0071"  # her legal-aid file (id.user)
UNION = "FO-WF-0412"  # her union membership card (personal.sensitive)

# --- Fale Lelei (the housing-aid grant for repairs) -----------------------------------------------
HOUSING_FILE = "AH-2026-0218"  # the housing-aid file (id.user)
PARCEL = "UV-HA-AH-0417"  # the customary plot's roll number (id.user: names their land)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", wls: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or French then Wallisian with
    ``wls``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-WF,wls;q=0.9,en;q=0.8" if wls else "en-WF,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_WF") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_WF") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CATHEDRAL", "CATHEDRAL_FIX", "COURT", "COURT_FIX", "DAUGHTER", "GRANT_FILE",
           "HALL_FIX", "HOME", "HOME_AT", "HOUSEHOLD", "HOUSING_FILE", "HUSBAND", "JOB_FIX",
           "JOB_OFFICE", "LEGAL_FILE", "MOTHER_IL", "NC_ACCOUNT", "NIR_ME", "PARCEL", "PASSPORT",
           "PILGRIM", "PILGRIM_MIL", "RESIDENCE", "RESIDENCE_HALL", "SEEKER", "SISTER_IL", "SON",
           "STADIUM", "STADIUM_FIX", "TZ", "UNION", "VILLAGE_HALL", "WF_ACCOUNT", "WF_NET",
           "dev_block", "fix", "hd", "obj", "push"]
