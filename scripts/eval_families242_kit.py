"""Helpers for the two-hundred-and-forty-second (blind) evaluation set ("blind239"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Jaro, Iloilo City (Western Visayas) with her
Ilonggo husband Ramon Divinagracia, her US SIM roaming; their daughter Isabel ("Isay", 9) is in
Grade 4 and trains arnis after school; Ramon's mother Teresita lives in Bacolod, an hour across
the strait by fast craft. Her places (their Jaro house, her fixes at the rosary houses, the
rehabilitation clinic, the arnis gym, the billiard hall, the plant nursery, the Bacolod shop
counter, her mother-in-law's house) are hers (``location.precise`` where sent); the clinic, the
gym, the billiard hall, the nursery, the delicacy shop, the ports, the university and the chapel
are businesses' or institutions' (negatives). People: her husband (``contact.*`` when she types
him), their daughter (a data subject: her name, birth date, sex, learner reference number and
club member number are labelled), her mother-in-law, the household's helper, her sister in the
US, her doctor, her league team-mates.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Manila"

# --- her Iloilo life ------------------------------------------------------------------------------
HOME = {"line": "Lot 7 Blk 3, Villa Consolacion Subd.", "brgy": "Tabuc Suba", "district": "Jaro",
        "town": "Iloilo City", "province": "Iloilo", "post": "5000"}
HOME_AT = (10.731842, 122.559317)  # their house in Jaro (location.precise where sent)
HUSBAND = ("Ramon Divinagracia", "+639175550142")  # typed by her: contact.*
MOTHER_IL = ("Teresita Divinagracia", "+639285550177")  # her mother-in-law in Bacolod
MIL_HOME = {"line": "27 Rosario St., Purok Malipayon", "brgy": "Taculing", "town": "Bacolod City",
            "province": "Negros Occidental", "post": "6100"}
MIL_AT = (10.657214, 122.948733)  # her mother-in-law's house (a person's place: precise)
DAUGHTER = {"first": "Isabel", "last": "Divinagracia", "nick": "Isay", "dob": "2016-11-08",
            "sex": "babayi", "lrn": "117705160342"}  # a data subject (sets 29, 35, 37, 151)
HELPER = ("Lorna Gallego", "+639205550163")  # the household's helper, typed by her (contact.*)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
ACR = "E120553718"  # her ACR I-Card number (alien certificate of registration): national_id
PASSPORT = "583019276"  # her US passport (personal.national_id)
TIN = "412-883-905-000"  # her Philippine tax identification number (personal.national_id)
PH_ACCOUNT = "0041-0922-1783"  # her peso savings account (financial.payment)
PH_NET = "51503"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Piayahan (a Bacolod delicacy shop's pre-orders, pick-up at the port) -------------------------
SHOP = {"id": "shp_lcs01", "name": "Casa Piaya Lacson", "phone": "+63344335501",
        "lat": 10.67312, "lon": 122.95187}  # the shop (negatives)
SHOP_FIX = (10.673098, 122.951902)  # her phone at the shop's counter
PORT_BCD = {"id": "prt_bcd", "name": "Bacolod fast-craft terminal", "lat": 10.67491,
            "lon": 122.94463}  # (negatives)
PORT_ILO = {"id": "prt_ilo", "name": "Iloilo fast-craft terminal", "lat": 10.69533,
            "lon": 122.57772}  # (negatives)
SUKI = "PYH-0318-7721"  # her regular-customer card (id.user)
ORDER = "PY-26-041877"  # a pre-order (financial.purchase)

# --- Pagbalik ILU (her university's alumni association) -------------------------------------------
UNIV = {"id": "ilu", "name": "Iloilo Lighthouse University", "lat": 10.72012,
        "lon": 122.56231}  # (negatives)
ALUMNI = "ILU-AL-2019-0772"  # her alumni number (id.user)
STUDENT_NO = "2017-30418"  # her old student number (id.user)
CAMPUS_FIX = (10.720191, 122.562277)  # her fix at the homecoming

# --- Rosaryo sa Kaingod (the subdivision's block rosary) ------------------------------------------
CHAPEL = {"id": "chp_vc", "name": "Villa Consolacion chapel", "lat": 10.73122,
          "lon": 122.55842}  # the subdivision chapel (a negative as a place)
HOUSEHOLD = "VC-BR-0213"  # their household on the rosary list (id.user)
NEIGHBOUR_AT = (10.731517, 122.558904)  # a neighbour's house where the image is that night

# --- Guyabalik (Bell's palsy facial rehabilitation) -----------------------------------------------
CLINIC = {"id": "jnr_01", "name": "Jaro Neuro-Rehab Center", "phone": "+63335550176",
          "lat": 10.72641, "lon": 122.55598}  # the clinic (negatives)
CLINIC_FIX = (10.726388, 122.556012)
RECORD = "JNR-2026-00871"  # her patient record number (health.medical)
DOCTOR = ("Dr. Maricel Ong-Torres", "m.ongtorres@jnr.example.org")  # typed by her: contact.*
HMO_CARD = "HMO-7720-4411-09"  # her health-plan member number (health.medical, as set 37)

# --- Bastonero (the daughter's arnis club) --------------------------------------------------------
GYM = {"id": "kac_jaro", "name": "Kampilan Arnis Club Jaro", "phone": "+63335550119",
       "lat": 10.72381, "lon": 122.55311}  # the club's gym (negatives)
GYM_FIX = (10.723842, 122.553071)
KID_MEMBER = "KAC-J-0419"  # Isay's club member number (id.user)
COACH = "coach_rbl"  # the coach's staff ID (a negative)

# --- Bilyaran (a billiard hall's tables and ladies' league) ---------------------------------------
HALL = {"id": "bh_esp02", "name": "Esplanade Cue Club", "phone": "+63335550188",
        "lat": 10.70322, "lon": 122.55954, "ssid": "CueClub-Guest",
        "bssid": "e8:48:b8:3a:71:c2"}  # the hall (point, phone: negatives; Wi-Fi joined: wifi)
HALL_FIX = (10.703244, 122.559511)
PLAYER = "BLY-5520"  # her player number (id.user)
MATES = [("Joy Alcantara", "+639175550128"), ("Pia Sarabia", "+639185550135")]  # typed by her

# --- Tanomanan (a plant nursery's shop) -----------------------------------------------------------
NURSERY = {"id": "nrs_jgh", "name": "Jaro Garden Hub", "phone": "+63335550104",
           "lat": 10.73611, "lon": 122.56602}  # (negatives)
NURSERY_FIX = (10.736092, 122.566047)
GARDENER = "TNM-88213"  # her shop account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", hil: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Hiligaynon first with ``hil``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("hil-PH,hil;q=0.9,en;q=0.8" if hil else "en-PH,en;q=0.9,fil;q=0.8",
                             DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a session, a match): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACR", "ALUMNI", "CAMPUS_FIX", "CHAPEL", "CLINIC", "CLINIC_FIX", "COACH", "DAUGHTER",
           "DOCTOR", "GARDENER", "GYM", "GYM_FIX", "HALL", "HALL_FIX", "HELPER", "HMO_CARD",
           "HOME", "HOME_AT", "HOUSEHOLD", "HUSBAND", "KID_MEMBER", "MATES", "MIL_AT",
           "MIL_HOME", "MOTHER_IL", "NEIGHBOUR_AT", "NURSERY", "NURSERY_FIX", "ORDER",
           "PASSPORT", "PH_ACCOUNT", "PH_NET", "PLAYER", "PORT_BCD", "PORT_ILO", "RECORD", "SHOP",
           "SHOP_FIX", "SISTER_US", "STUDENT_NO", "SUKI", "TIN", "TZ", "UNIV", "dev_block", "fix",
           "hd", "obj", "push"]
