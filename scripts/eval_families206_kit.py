"""Helpers for the two-hundred-and-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives near Khenifra (Middle Atlas, Morocco) with her
husband Hammou Amahrouq, in the douar of Tighza off the Azrou road, her US SIM roaming on a
Moroccan network; their daughter Itto (8) goes to school in Khenifra and their son Yuba was born
in November 2025; her husband's family (his mother Tuda, his brother Ali) are in Midelt, where
the family has an apple orchard. Her places (their house, her fixes at the cold store, in the
cedar forest above Azrou, at the lake, at the caravan's tent, at the Midelt orchard) are hers
(``location.precise`` where sent); the cold store, the forest's trailhead and eco-museum, the
water association's office and tank, the mine's sorting yard, the association's office, the
caravan's tent and the lake's ranger post are businesses' or public places (negatives). People:
her husband (``contact.*`` when she types him; his CIN ``personal.national_id``), their children
(data subjects: the baby's name, sex, birth date, weight and birth record are labelled), her
mother-in-law, her brother-in-law, her sister in the US.

Moroccan numbers as I know them (not checked against any rule file): a CIN is one or two letters
(the issuing office) and up to six digits, with no check digit (which letters belong to which
town I do not know; the ones below are guesses); a RIB is 24 digits (bank 3, town 3, account 16,
key 2; the key makes the whole number divisible by 97), computed here; the IBAN is ``MA`` + two
mod-97 digits + the RIB, computed here; mobiles are +212 6.. / 7.., fixed lines +212 5.. .
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Casablanca"

# --- her Middle Atlas life ------------------------------------------------------------------------
HOME = {"line": "Aduwar Tighza, dar 27", "commune": "Moha Ou Hammou Zayani", "town": "Khenifra",
        "region": "Beni Mellal-Khenifra", "post": "54000"}
HOME_AT = (32.981246, -5.642187)  # their house in the douar (location.precise where sent)
HUSBAND = ("Hammou Amahrouq", "+212661734507", "M418273")  # name, phone, CIN (guessed letter)
MOTHER_IL = ("Tuda Amahrouq", "+212670228114")  # in Midelt
BROTHER_IL = ("Ali Amahrouq", "+212652901366")  # in Midelt, digs and sorts minerals
DAUGHTER = {"first": "Itto", "last": "Amahrouq", "dob": "2017-04-09", "sex": "tarbat"}
SON = {"first": "Yuba", "last": "Amahrouq", "dob": "2025-11-18", "sex": "arba", "kg": 3.4,
       "act": "1473/2025"}  # the newborn; ``act`` his birth record number at the civil registry
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
RES_CARD = "E40981273"  # her Moroccan residence card number (shape as I recall it)
PASSPORT = "548219307"  # her US passport
LIVRET = "LF-54-2016-00382"  # the family booklet's number (civil status: national_id)
MA_RIB = "145580211901234560017109"  # her dirham account (RIB, key computed)
MA_IBAN = "MA64145580211901234560017109"  # the same account as an IBAN
MA_NET = "60402"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Asemmid (a Midelt apple cold store: crates stored, released, sold) ---------------------------
COLDSTORE = {"id": "cs_mdl07", "name": "Frigo Tafilalt Midelt", "phone": "+212535581920",
             "lat": 32.69012, "lon": -4.73688}  # the cold store (negatives)
COLD_FIX = (32.690161, -4.736941)  # her phone at the cold store's dock
ORCHARD_AT = [(32.652811, -4.782144), (32.653402, -4.781029), (32.652517, -4.780366),
              (32.651932, -4.781553)]  # the family orchard's corners (hers: precise)
ORCHARD_FIX = (32.652701, -4.781290)  # her phone in the orchard
GROWER = "ASM-G-00417"  # the family's grower account at the cold store (id.user)

# --- Idgel (cedar forest Barbary-macaque census and walks, Azrou) ---------------------------------
TRAILHEAD = {"id": "th_gouraud", "name": "Cedre Gouraud trailhead", "lat": 33.40762,
             "lon": -5.17205}  # (negative)
ECOMUSEUM = {"id": "em_azrou", "name": "Azrou Cedar Eco-museum", "phone": "+212535563018",
             "lat": 33.43561, "lon": -5.21790}  # (negatives)
SIGHT_FIX = [(33.409184, -5.168833), (33.410372, -5.166201), (33.411958, -5.163944)]
VOLUNTEER = "IDG-V-2291"  # her census volunteer number (id.user)

# --- Aman (the douar's drinking-water association) ------------------------------------------------
WATER = {"id": "aw_tighza", "name": "Tamesmunt n Waman Tighza", "phone": "+212523586614",
         "tank_lat": 32.98388, "tank_lon": -5.63871}  # the association and its tank (negatives)
METER = "KT-0211-4478"  # their house's meter (a device's serial: a negative)
MEMBER = "AT-117"  # their house's member account (id.user)

# --- Azru (a Midelt mineral-specimen shop; she is the seller) -------------------------------------
SORTYARD = {"id": "yd_mibladen", "name": "Mibladen sorting yard", "lat": 32.76891,
            "lon": -4.62577}  # (negative)
SELLER = "AZR-S-0193"  # her seller account (id.user)

# --- Isemnu (newborn name and birth registration helper of an Amazigh association) ----------------
ASSOC = {"id": "as_khn", "name": "Tamesmunt Tifawin Khenifra", "phone": "+212523587741",
         "lat": 32.93905, "lon": -5.66461}  # the association's office (negatives)
REGISTRY = {"id": "bec_khn", "name": "Bureau d'etat civil Khenifra"}  # (negative)
ASSOC_MEMBER = "TFW-0577"  # her membership number (id.user)

# --- Asafar (a mobile medical caravan's screening day) --------------------------------------------
CARAVAN = {"id": "cv_aguelmous", "name": "Caravane Tazmert Aguelmous", "lat": 33.07948,
           "lon": -5.82566}  # the caravan's tent at the commune centre (negatives)
CARAVAN_FIX = (33.079531, -5.825741)
PATIENT = "CVT-26-01184"  # her caravan file number (health.medical, as set 151's chart)

# --- Aslm (trout angling licence and catch log, Aguelmam Azigza) ----------------------------------
LAKE = {"id": "lk_azigza", "name": "Aguelmam Azigza ranger post", "lat": 32.97031,
        "lon": -5.44302}  # (negative)
SHORE_FIX = (32.968774, -5.446105)  # her phone on the shore
LICENCE = "PP-EF-2026-03311"  # her angling licence number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", tz: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (French and English, Tamazight first with
    ``tz``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("tzm-MA,tzm;q=0.9,fr;q=0.8,en;q=0.7" if tz else "en-MA,en;q=0.9,"
                             "fr;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_MA") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MA") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot, a walk, a ticket line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ASSOC", "ASSOC_MEMBER", "BROTHER_IL", "CARAVAN", "CARAVAN_FIX", "COLDSTORE",
           "COLD_FIX", "DAUGHTER", "ECOMUSEUM", "GROWER", "HOME", "HOME_AT", "HUSBAND", "LAKE",
           "LICENCE", "LIVRET", "MA_IBAN", "MA_NET", "MA_RIB", "MEMBER", "METER", "MOTHER_IL",
           "ORCHARD_AT", "ORCHARD_FIX", "PASSPORT", "PATIENT", "REGISTRY", "RES_CARD", "SELLER",
           "SHORE_FIX", "SIGHT_FIX", "SISTER_US", "SON", "SORTYARD", "TRAILHEAD", "TZ",
           "VOLUNTEER", "WATER", "dev_block", "fix", "hd", "obj", "push"]
