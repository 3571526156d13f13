"""Helpers for the hundred-and-fifty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Papeete (Tahiti, French Polynesia) with her
Tahitian husband Manutea Teriitehau, her US SIM roaming on a Polynesian network; their son Maui
(5) is in a reo Tahiti immersion pre-school; her mother-in-law Rosina lives on the family land in
Haapiti (Moorea). Her places (their Tipaerui flat, her fixes at the reef where the fish was
caught, on the whale-watching boat, at the boulodrome, on the family land, at the housing office,
at the pre-school gate, at the ferry quay) are hers (``location.precise`` where sent); the fish
market, the health bureau, the tour operator's quay, the boulodrome, the notary, the housing
office, the pre-school and the hospital are businesses' or public bodies' (negatives). People:
her husband (``contact.*`` when she types him; his CPS number and NIR ``personal.national_id``),
their son (a data subject), her mother-in-law (a patient she escorts), her sister in the US, her
petanque partner. Identity numbers: the CPS ``DN`` (7 digits, no check digit is published, so
none is computed), her husband's French NIR (13 digits and the key 97 - n mod 97 = 49), her
residence permit, her US passport; the family's XPF account is a French-format IBAN whose RIB key
(81) and IBAN check digits (76) were computed.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Tahiti"

# --- her Papeete life -----------------------------------------------------------------------------
HOME = {"line": "14 servitude Tetuanui, Tipaerui", "area": "Tipaerui", "town": "Papeete",
        "island": "Tahiti", "post": "98714"}
HOME_AT = (-17.545312, -149.576841)  # their flat (location.precise where sent)
HUSBAND = ("Manutea Teriitehau", "+68987214430")  # typed by her: contact.*
HUSBAND_DN, HUSBAND_NIR = "1873402", "186039873504249"  # his CPS number, his French NIR
MOTHER_IL = ("Rosina Teriitehau", "+68987551209", "0418873")  # name, phone, CPS DN (Haapiti)
SON = {"first": "Maui", "last": "Teriitehau", "dob": "2020-08-14", "sex": "tamaroa",
       "dn": "2245019", "pupil": "PR-2025-0318"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
PARTNER = ("Heimana Faatauira", "+68989730114")  # her petanque doubles partner (typed by her)
MY_DN = "2311586"  # her own CPS number (personal.national_id)
RESIDENCE = "9870451236"  # her residence permit (titre de séjour) number
PASSPORT = "567120934"  # her US passport
IBAN = "FR7612239000010451782930181"  # the family's XPF account (financial.payment)
PF_NET = "54720"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Ia Taero (ciguatera reports and reef-fish risk map) ------------------------------------------
MARKET = {"id": "mk_ppt", "name": "Marché de Papeete", "lat": -17.53705,
          "lon": -149.56741}  # where fish is sold (a negative)
BUREAU = {"id": "bvs_ppt", "name": "Bureau de veille sanitaire", "phone": "+68940488200"}
REEF_FIX = (-17.563904, -149.876215)  # her husband's boat on the Haapiti reef, her phone aboard
CASE_NO = "CIG-25-0917"  # the case number the bureau gives her report (health.medical)

# --- Tohora (whale-watching tours off Moorea) -----------------------------------------------------
QUAY = {"id": "qy_vaiare", "name": "Vaiare quay", "lat": -17.52274, "lon": -149.77551}
OPERATOR = {"id": "op_mtt", "name": "Moorea Tohora Tours", "phone": "+68940561733",
            "permit": "BAL-2025-014"}  # the licensed operator (negatives)
BOAT_FIX = (-17.491127, -149.822954)  # her phone on the boat at the sighting
TOUR = "TH-25-88412"  # her booking (financial.purchase)

# --- Pupu Petanque (a petanque club league) -------------------------------------------------------
BOULODROME = {"id": "bd_fautaua", "name": "Boulodrome de Fautaua", "lat": -17.54391,
              "lon": -149.55867}  # (negatives)
BOULE_FIX = (-17.543884, -149.558702)
LICENCE = "FPPJP-987-40215"  # her federation licence (id.user)

# --- Fenua Tupuna (the co-heirs' family land in indivision) ---------------------------------------
LAND_AT = [(-17.561132, -149.870218), (-17.561640, -149.869027), (-17.562411, -149.869511),
           (-17.561903, -149.870736)]  # the family land's corners (theirs: precise)
LAND_FIX = (-17.561720, -149.869880)  # her phone on the land at the surveyor's visit
NOTARY = {"id": "nt_ppt04", "name": "Étude notariale Pomare", "phone": "+68940427700",
          "lat": -17.53840, "lon": -149.56651}  # (negatives)
PARCEL = "HAA-AO-0412"  # the cadastral parcel (unlabelled: no taxonomy type)
HEIR = "IND-0412-07"  # her husband's co-heir file, managed by her (id.user)

# --- Fare Ora (a social-housing application) ------------------------------------------------------
OFFICE = {"id": "oph_ppt", "name": "Office de l'habitat, Papeete", "lat": -17.53551,
          "lon": -149.56402}  # (negatives)
FILE = "OPH-2025-11872"  # the family's application file (id.user)

# --- Punaha Reo (a reo Tahiti immersion pre-school) -----------------------------------------------
PRESCHOOL = {"id": "pr_tip", "name": "Punaha Reo Tipaerui", "lat": -17.54402,
             "lon": -149.57411, "phone": "+68940503318"}  # (negatives)
GATE_FIX = (-17.544051, -149.574142)

# --- Tauturu Mai (CPS-covered patient transport and escort) ---------------------------------------
HOSPITAL = {"id": "hp_taaone", "name": "Centre hospitalier de Taaone", "lat": -17.53411,
            "lon": -149.53592}  # (negatives)
FERRY_FIX = (-17.535216, -149.569871)  # her phone at the Papeete ferry quay
TRIP = "TM-25-30118"  # the transport booking (financial.purchase)
AGREEMENT = "EP-987-2025-44120"  # the CPS prior agreement for Rosina (health.medical)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ty: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English or, with ``ty``, Tahitian first)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ty-PF,ty;q=0.9,fr-PF;q=0.8,en;q=0.7" if ty
                             else "en-PF,en;q=0.9,fr;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_PF") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PF") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def matini(token: str) -> dict[str, Any]:
    """The same registration with Tahitian keys (``matini`` device, ``reo`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "matini_id": L(INSTALL_ID, DID),
            "reo": L("ty", DEV), "hora_area": L(TZ, DEV), "matini": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGREEMENT", "BOAT_FIX", "BOULE_FIX", "BOULODROME", "BUREAU", "CASE_NO", "FERRY_FIX",
           "FILE", "GATE_FIX", "HEIR", "HOME", "HOME_AT", "HOSPITAL", "HUSBAND", "HUSBAND_DN",
           "HUSBAND_NIR", "IBAN", "LAND_AT", "LAND_FIX", "LICENCE", "MARKET", "MOTHER_IL",
           "MY_DN", "NOTARY", "OFFICE", "OPERATOR", "PARCEL", "PARTNER", "PASSPORT", "PF_NET",
           "PRESCHOOL", "QUAY", "REEF_FIX", "RESIDENCE", "SISTER_US", "SON", "TOUR", "TRIP", "TZ",
           "dev_block", "fix", "hd", "matini", "obj", "push"]
