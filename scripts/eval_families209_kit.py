"""Helpers for the two-hundred-and-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Bilwi (Puerto Cabezas, North Caribbean
Coast, Nicaragua) with her Miskitu husband Rigoberto "Rigo" Wilson Lackwood, a former lobster
diver, and their daughter Naomi (7); she is five months pregnant; her US SIM roams. His mother
lives in Waspam on the Wangki (Río Coco), his sister Yolanda in Managua. Her places (their house
in Barrio Revolución, her fixes at the church, the territorial office, the plant, the chamber, the
bus terminal; the family's farm plot at Tuapi; the family's lobster-trap line) are hers
(``location.precise`` where sent); the church, the cemetery, the territorial office, the canoe
builder's yard, the buying plant, the pier, the chamber clinic and the bus terminals are the
businesses' or institutions' (negatives). Cédula numbers follow the Nicaraguan shape
(municipality, ddmmyy birth date, sequence, letter); the letter is computed as I know the rule
(the 13 digits as a number, modulo 23, into ``ABCDEFGHJKLMNPQRSTUVWXY``).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Managua"
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXY"


def cedula(muni: str, dob: str, seq: str) -> str:
    """A Nicaraguan cédula number ``MMM-DDMMYY-SSSSX`` (``dob`` as ``DDMMYY``)."""
    return f"{muni}-{dob}-{seq}{_LETTERS[int(muni + dob + seq) % 23]}"


# --- her Bilwi life -------------------------------------------------------------------------------
HOME = {"line": "Barrio Revolución, de la Iglesia Morava 2 c. al este, casa 31",
        "barrio": "Revolución", "town": "Bilwi", "region": "RACCN"}
HOME_AT = (14.028417, -83.386921)  # their house (location.precise where sent)
HUSBAND = {"first": "Rigoberto", "last": "Wilson Lackwood", "phone": "+50584123307",
           "ced": cedula("601", "120388", "0007")}  # typed by her: contact.*, national_id
DAUGHTER = {"first": "Naomi", "last": "Wilson Doe", "dob": "2018-07-04", "sex": "mairin"}
MOTHER_IL = {"name": "Eulalia Lackwood Hebbert", "phone": "+50586220419",
             "ced": cedula("605", "021161", "0003")}  # in Waspam
SISTER_IL = {"name": "Yolanda Wilson Lackwood", "phone": "+50588357102",
             "ced": cedula("601", "230985", "0012"),
             "line": "Villa Libertad, de la farmacia 1 c. al sur, casa 118"}  # in Managua
RESIDENCE = "RN-0457721"  # her Nicaraguan residence card (personal.national_id)
PASSPORT = "583304917"  # her US passport (personal.national_id)
NI_ACCOUNT = "NI20BAMC000000000000000104837261"  # her account (IBAN, valid check digits)
NI_NET = "71030"  # the visited network's MCC/MNC while roaming (location.carrier)
DUE = "2026-05-02"  # the baby's due date (health.medical)

# --- institutions and businesses (negatives as places) -------------------------------------------
TERRITORY = {"id": "gt_tawira", "name": "Gobierno Territorial Tasba Raya (fictional)",
             "lat": 14.02870, "lon": -83.38280}
PLOT_AT = [(14.083512, -83.347120), (14.083870, -83.346402), (14.083201, -83.345991),
           (14.082844, -83.346733)]  # the family's farm plot at Tuapi (hers: precise)
CHURCH = {"id": "mor_bilwi_c", "name": "Iglesia Morava Bilwi Central", "lat": 14.03012,
          "lon": -83.38455}
GODS_ACRE = (14.02458, -83.38041)  # the Moravian cemetery (the sunrise service: a negative)
BUILDER = {"id": "dr_wk07", "name": "Taller de Doris Wangki", "phone": "+50582745510",
           "lat": 14.74102, "lon": -83.96911}  # the canoe builder in Waspam
PLANT = {"id": "pl_kabu", "name": "Planta Kabu Pride", "phone": "+50527922184",
         "lat": 14.03562, "lon": -83.38922}  # the lobster buying plant
PIER = (14.03302, -83.39071)  # Bilwi's pier (a negative)
TRAPS_AT = [(14.385512, -82.781034), (14.386208, -82.779910), (14.387003, -82.778652)]
CHAMBER = {"id": "hb_bilwi", "name": "Cámara Hiperbárica Bilwi", "phone": "+50527922630",
           "lat": 14.02631, "lon": -83.38507}
TERMINAL = {"id": "tb_bilwi", "name": "Terminal de Buses Bilwi", "lat": 14.02218,
            "lon": -83.38779}
MAYOREO = {"id": "tb_mayoreo", "name": "Terminal Mercado Mayoreo", "lat": 12.14503,
           "lon": -86.22001}
WASPAM_AT = (14.739218, -83.971604)  # her mother-in-law's house (precise when sent)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", miq: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Miskito first with ``miq``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("miq-NI,es-NI;q=0.8,en;q=0.7" if miq else "en-NI,es;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_NI") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NI") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a session, a parcel line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BUILDER", "CHAMBER", "CHURCH", "DAUGHTER", "DUE", "GODS_ACRE", "HOME", "HOME_AT",
           "HUSBAND", "MAYOREO", "MOTHER_IL", "NI_ACCOUNT", "NI_NET", "PASSPORT", "PIER",
           "PLANT", "PLOT_AT", "RESIDENCE", "SISTER_IL", "TERMINAL", "TERRITORY", "TRAPS_AT",
           "TZ", "WASPAM_AT", "cedula", "dev_block", "fix", "hd", "obj", "push"]
