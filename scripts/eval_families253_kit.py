"""Helpers for the two-hundred-and-fifty-third (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Ramsey (Rhumsaa, Isle of Man) with her Manx
husband Orry Kinvig and their daughter Aalin (11), her US SIM roaming on the island's network; she
works and volunteers in Douglas (Doolish). Her places (their Ramsey house and its oil tank, her
fixes at the marshal post, the pain clinic, the Quaker meeting house, the youth theatre's stage
door, the darts venues) are hers (``location.precise`` where sent); race control, the marshal
post's published point, the clinic, the fuel depot, the meeting house, the community pub, the
theatre hall and the league's pubs are businesses' or public places (negatives). People: her
husband (``contact.*`` when she types him), their daughter (a data subject: name, birth date, sex,
measurements, health), her mother-in-law Breesha in Douglas, her brother in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Isle_of_Man"

# --- her Ramsey life ------------------------------------------------------------------------------
HOME = {"line": "7 Ballacregga Terrace", "town": "Ramsey", "town_gv": "Rhumsaa",
        "post": "IM8 2QX", "parish": "Lezayre"}
HOME_AT = (54.321874, -4.386215)  # their house (location.precise where sent)
HUSBAND = ("Orry Kinvig", "+447700900314", "orry.kinvig@example.net")  # typed by her: contact.*
MOTHER_IL = ("Breesha Kinvig", "+447700900551")  # her mother-in-law in Douglas
BROTHER_US = ("Mark Doe", "+15550173340", "mark.doe@example.net")  # her brother in Ohio
DAUGHTER = {"first": "Aalin", "last": "Kinvig", "dob": "2014-11-03", "sex": "girl",
            "school": "Ramsey Grammar"}  # a data subject (sets 29, 35, 37)
NI_NUMBER = "MA417290C"  # her Isle of Man national insurance number (personal.national_id)
PASSPORT = "584302117"  # her US passport (personal.national_id)
US_TIN = "987-65-4327"  # her US social security number as a tax ID (personal.national_id)
IM_ACCOUNT = "GB47EXMP40512031947728"  # her sterling account as an IBAN (financial.payment)
SORT_CODE, ACCOUNT_NO = "40-51-20", "31947728"  # the same account (financial.payment)
IM_NET = "23458"  # the visited network's MCC/MNC while roaming (location.carrier)
DOB_DOTS = "17/05/1991"  # her birth date as a British form writes it

# --- Arrey Raad (road-race marshals) --------------------------------------------------------------
RACE_CONTROL = {"id": "rc_dgl", "name": "Race Control, Glencrutchery Road", "lat": 54.16712,
                "lon": -4.48134, "phone": "+441624496100"}  # (negatives)
POST = {"id": "mp_27", "name": "Post 27 Sulby Straight", "lat": 54.31045,
        "lon": -4.47602}  # the marshal post's published point (a negative)
POST_FIX = (54.310512, -4.476183)  # her phone at the post
MARSHAL = "AR-M-2231"  # her marshal number (id.user)

# --- Aashagh (a pain and hydrotherapy clinic: her fibromyalgia) -----------------------------------
CLINIC = {"id": "pc_dgl", "name": "Douglas Pain and Hydrotherapy Unit", "phone": "+441624496233",
          "lat": 54.15938, "lon": -4.49121, "pool": "hp_2"}  # (negatives)
CLINIC_FIX = (54.159402, -4.491188)
PATIENT = "DPH-0093-4471"  # her patient number (health.medical, as set 37's member ID)
PHYSIO = ("Catriona Faragher", "c.faragher@dph.example.org")  # her physiotherapist, typed
GP = "Dr Niall Crellin"  # her GP, named in the referral

# --- Chiass (heating-oil deliveries and a tank gauge) ---------------------------------------------
DEPOT = {"id": "dp_mooragh", "name": "Mooragh Fuels", "lat": 54.32581, "lon": -4.37952,
         "phone": "+441624496410"}  # (negatives)
TANK_AT = (54.321791, -4.386402)  # the tank behind their house (hers: precise)
OIL_ACCOUNT = "MF-300418"  # their fuel account (id.user)
GAUGE = {"serial": "TG5-88120347", "model": "TankSense 5"}  # the tank gauge (not the phone)

# --- Caarjyn (a Quaker meeting: her religion) -----------------------------------------------------
MEETING = {"id": "qm_rmsy", "name": "Ramsey Friends Meeting House", "lat": 54.32236,
           "lon": -4.38147}  # (a negative as a place)
MEETING_FIX = (54.322341, -4.381512)
FRIEND_NO = "RFM-0417"  # her membership number in the meeting's list (id.user)

# --- Ayrnyn (the community share offer for a Ramsey pub) ------------------------------------------
PUB = {"id": "co_ballure", "name": "Ballure Arms Community Pub Ltd", "lat": 54.31711,
       "lon": -4.37622, "phone": "+441624496377"}  # (negatives)
SHAREHOLDER = "BA-SH-00862"  # her shareholder number (id.user)
APPLICATION = "BA-APP-26-1193"  # her share application (financial.purchase)

# --- Cloie (the youth theatre's pantomime: the daughter) ------------------------------------------
THEATRE = {"id": "yt_harbour", "name": "Harbour Hall Youth Theatre", "lat": 54.32305,
           "lon": -4.38366, "phone": "+441624496508"}  # (negatives)
STAGE_FIX = (54.323071, -4.383702)  # her fix at the stage door
MEMBER = "HHYT-11-0348"  # the daughter's member number (id.user)

# --- Dartyn (the Douglas ladies' darts league) ----------------------------------------------------
VENUES = [{"id": "pv_crosh", "name": "The Crosh Vooar", "lat": 54.15402, "lon": -4.47944},
          {"id": "pv_3legs", "name": "Three Legs Tavern", "lat": 54.14987, "lon": -4.48611}]
VENUE_FIX = (54.149889, -4.486093)  # her phone at an away match
PLAYER = "DLDL-P-0771"  # her league player number (id.user)
NICK = "JD Treble Top"  # her league nickname (a user name: id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", gv: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Manx first with ``gv``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("gv-IM,gv;q=0.9,en-GB;q=0.8" if gv else "en-GB,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IM") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IM") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCOUNT_NO", "APPLICATION", "BROTHER_US", "CLINIC", "CLINIC_FIX", "DAUGHTER",
           "DEPOT", "DOB_DOTS", "FRIEND_NO", "GAUGE", "GP", "HOME", "HOME_AT", "HUSBAND",
           "IM_ACCOUNT", "IM_NET", "MARSHAL", "MEETING", "MEETING_FIX", "MEMBER", "MOTHER_IL",
           "NICK", "NI_NUMBER", "OIL_ACCOUNT", "PASSPORT", "PATIENT", "PHYSIO", "PLAYER", "POST",
           "POST_FIX", "PUB", "RACE_CONTROL", "SHAREHOLDER", "SORT_CODE", "STAGE_FIX", "TANK_AT",
           "THEATRE", "TZ", "US_TIN", "VENUES", "VENUE_FIX", "dev_block", "fix", "hd", "obj",
           "push"]
