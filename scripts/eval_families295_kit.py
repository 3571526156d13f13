"""Helpers for the two-hundred-and-ninety-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's person, a US citizen raised in
Oxnard, California, by a Mixtec mother from Tlaxiaco; her US SIM roaming) lives in Tlaxiaco
(Oaxaca, Mexico) with her Mixtec husband Fidencio Ramírez Cruz, whom she met in Oregon; their son
Emiliano (10) plays pelota mixteca; her mother-in-law Macaria Cruz López weaves palm in
Santa María Xochixtlapilco near Huajuapan de León. Her places (their house in the Barrio de San
Diego, her fixes at her mother-in-law's patio, the permit office, the pelota court, the
consulting room, the sterilisation campaign and the arena) are hers (``location.precise`` where
sent); the palm cooperative's warehouse, the permit module, the court, the pharmacy's consulting
room, the campaign's site and the arena are businesses' or public places (negatives). People:
her husband (``contact.*`` when she types him), their son (a data subject: his name, birth date,
sex, CURP and player number are labelled), her mother-in-law, her sister in California.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Mexico_City"

# --- her Tlaxiaco life -----------------------------------------------------------------------------
TX_HOME = {"line": "Calle Independencia 27", "barrio": "Barrio de San Diego",
           "town": "Tlaxiaco", "state": "Oaxaca", "post": "69800"}
TX_HOME_AT = (17.268914, -97.681427)  # their house (location.precise where sent)
HUSBAND = ("Fidencio Ramírez Cruz", "+529535550187")  # typed by her: contact.*
MOTHER_IL = ("Macaria Cruz López", "+529535550233")  # her mother-in-law, a palm weaver
SON = {"first": "Emiliano", "last": "Ramírez Doe", "dob": "2015-11-03", "sex": "H",
       "curp": "RADE151103HNEMXMA4", "player": "PM-TLX-0233"}  # a data subject
SISTER_US = ("Lucy Doe", "+15550143377", "lucy.doe@example.net")  # her sister in Oxnard
RESIDENCE = "RT-2025-0451883"  # her Mexican temporary-resident card (personal.national_id)
PASSPORT = "584190372"  # her US passport (personal.national_id)
RFC = "DOJA910517KX3"  # her Mexican tax ID (personal.national_id)
MX_CLABE = "012610001234567891"  # her peso account's CLABE (financial.payment)
MX_NET = "33402"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tenate (a palm-weaving cooperative in the Mixteca Baja) ---------------------------------------
COOP = {"id": "cp_xochi", "name": "Cooperativa Soyate Xochixtlapilco", "phone": "+529535550310",
        "lat": 17.80612, "lon": -97.77791}  # the cooperative's warehouse in Huajuapan (negatives)
PATIO_AT = (17.842136, -97.764918)  # her phone in her mother-in-law's patio, where they weave
MEMBER = "TSX-0417"  # her member number (id.user)

# --- Tutu Karru (the temporary import permit of her US pickup) ------------------------------------
MODULE = {"id": "mod_oax02", "name": "Modulo de Permisos Oaxaca Centro", "lat": 17.06542,
          "lon": -96.72361}  # the permit module (negatives)
MODULE_FIX = (17.065398, -96.723587)  # her phone at the module's window
PERMIT = "IITV-2025-00884172"  # the permit she paid for (financial.purchase, as set 135's entry)
VIN = "1FTFW1E84NFA40921"  # her pickup's VIN (no taxonomy type: unlabelled, as a plate)

# --- Pasajuego (the son's pelota mixteca club) ------------------------------------------------------
COURT = {"id": "pj_tlx", "name": "Pasajuego Yuku Kasa", "lat": 17.27231,
         "lon": -97.68655}  # the court (negatives)
COURT_FIX = (17.272288, -97.686571)  # her phone at the court's edge

# --- Ndatuun (a Tu'un Savi interpreters' roster) ------------------------------------------------
INTERPRETER = "NDT-INT-0092"  # her interpreter number (id.user)

# --- Tatan (a pharmacy's consulting room) ------------------------------------------------------------
PHARMACY = {"id": "fx_tlx07", "name": "Farmacia Yaa Kuu, consultorio 2", "phone": "+529535550418",
            "lat": 17.26955, "lon": -97.67918}  # (negatives)
PHARMACY_FIX = (17.269531, -97.679207)
FILE = "EXP-TLX-58812"  # her clinical file number (health.medical, as set 151's chart)

# --- Ina Vilu (the town's dog and cat sterilisation campaign) -------------------------------------
CAMPAIGN = {"id": "jr_2026_02", "site": "Auditorio Municipal Tlaxiaco", "lat": 17.26762,
            "lon": -97.68011}  # (negatives)
CAMPAIGN_FIX = (17.267598, -97.680152)
DOG = {"name": "Canela", "sex": "hembra", "kg": 14.2, "age": 3}  # her dog (negatives: not a person)
CAT = {"name": "Mixi", "sex": "macho", "kg": 4.1, "age": 2}

# --- Lucha Ñuu Dee (a Huajuapan wrestling arena's tickets) ------------------------------------------
ARENA = {"id": "ar_nd01", "name": "Arena Ñuu Dee", "lat": 17.80447, "lon": -97.77612,
         "phone": "+529535550455"}  # (negatives)
ARENA_FIX = (17.804489, -97.776152)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mx: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Spanish first with ``mx``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("es-MX,es;q=0.9,en;q=0.8" if mx else "en-MX,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_MX") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MX") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a delivery line, a slot, an assignment): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ARENA", "ARENA_FIX", "CAMPAIGN", "CAMPAIGN_FIX", "CAT", "COOP", "COURT", "COURT_FIX",
           "DOG", "FILE", "HUSBAND", "INTERPRETER", "MEMBER", "MODULE", "MODULE_FIX", "MOTHER_IL",
           "MX_CLABE", "MX_NET", "PASSPORT", "PATIO_AT", "PERMIT", "PHARMACY", "PHARMACY_FIX",
           "RESIDENCE", "RFC", "SISTER_US", "SON", "TX_HOME", "TX_HOME_AT", "TZ", "VIN",
           "dev_block", "fix", "hd", "obj", "push"]
