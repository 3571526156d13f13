"""Helpers for the two-hundred-and-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Elista (Republic of Kalmykia, Russia) on a
Russian residence permit with her Kalmyk husband Sanal Erdniev and their daughter Kermen (9), her
US SIM roaming on a Russian network; summers they stay in the family's flat in Lagan on the
Caspian coast, where her brother-in-law Mergen keeps the family's motor boat. Her parents-in-law
Bulgun and Ochir Erdniev live in Yashkul, where the family grows watermelons. Her places (the
Elista flat, the Lagan flat, the in-laws' house and the melon field, her fixes at the reserve's
hide, the clinic, the khurul, the studio and at sea) are hers or her family's
(``location.precise`` where sent); the reserve's cordon and hide, the clinic, the khurul, the
children's studio, the gas company's office, the border post and buyers' depots are businesses'
or public places (negatives). Russian identifiers are computed with their check digits: SNILS
(mod 101), the 12-digit INN (two check digits), Luhn for the Mir card, the account's key digit
against its BIC. The cadastral number of the in-laws' plot and car plates fit no taxonomy type
(left unlabelled).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Moscow"

# --- her Elista life ------------------------------------------------------------------------------
HOME = {"line": "ul. Lermontova 14, kv. 37", "town": "Elista", "region": "Kalmykia",
        "post": "358009"}
HOME_AT = (46.311842, 44.262417)  # their Elista flat (location.precise where sent)
LAGAN = {"line": "ul. Nakhimova 6, kv. 2", "town": "Lagan", "post": "359220"}
LAGAN_AT = (45.394126, 47.370883)  # the family's summer flat in Lagan
YASHKUL = {"line": "ul. Lenina 51", "town": "Yashkul", "district": "Yashkulsky",
           "post": "359150"}
YASHKUL_AT = (46.171905, 45.345118)  # the in-laws' house
HUSBAND = ("Sanal Erdniev", "+79615402217")  # typed by her: contact.*
DAUGHTER = {"first": "Kermen", "last": "Erdnieva", "dob": "2016-11-03", "sex": "kuukn",
            "snils": "205-611-873 38", "cert": "II-DU 604218"}  # a data subject
MOTHER_IL = {"name": "Bulgun Erdnieva", "phone": "+79054871033", "dob": "1958-02-14",
             "snils": "183-517-246 76", "inn": "081102459854", "passport": "8503 417265"}
FATHER_IL = ("Ochir Erdniev", "+79275580416")  # runs the melon field
BROTHER_IL = ("Mergen Erdniev", "+79615519804")  # the boat's co-owner in Lagan
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
SNILS = "174-208-935 74"  # her SNILS (personal.national_id)
INN = "081403627100"  # her INN, 12 digits (personal.national_id)
RESIDENCE = "82 0417735"  # her Russian residence permit (personal.national_id)
PASSPORT = "583046129"  # her US passport (personal.national_id)
OMS = "0895420871003316"  # her compulsory health insurance policy (health.medical, as set 37)
MIR = "2202203677419055"  # her Mir card (financial.payment)
RU_ACCOUNT = "40817810860001234567"  # her rouble account, key digit against BIC 048580603
BIC = "048580603"  # the bank's BIC (a negative)
RU_NET = "25001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Gorasn Tal (a steppe reserve's permits and saiga hides) ---------------------------------------
CORDON = {"id": "cd_tsu", "name": "Tsagan Usn cordon", "lat": 45.93152, "lon": 46.11824,
          "phone": "+78474420315"}  # the reserve's cordon (negatives)
HIDE = {"id": "hd_07", "lat": 45.87412, "lon": 46.20455}  # the watering-hole hide (negative)
HIDE_FIX = (45.874188, 46.204611)  # her phone in the hide
PERMIT = "ChZ-2026-00418"  # her entry permit (financial.purchase: a bought pass)

# --- Gazin Hool (rural gas connection for the in-laws' house) --------------------------------------
GASCO = {"id": "sg_yk", "name": "Stepgaz Yashkul office", "phone": "+78474491207",
         "lat": 46.17388, "lon": 45.34102}  # the gas company's office (negatives)
CADASTRE = "08:11:010104:245"  # the plot's cadastral number (no taxonomy type: unlabelled)
GAS_FILE = "GZ-0811-2026-0357"  # the connection application (id.user: her case account)
PIPE_AT = [(46.171841, 45.344982), (46.171955, 45.345307)]  # the pipe's entry, the boiler wall

# --- Arvs (the family's watermelon field) ----------------------------------------------------------
FIELD_AT = [(46.150214, 45.310422), (46.151093, 45.314876), (46.147708, 45.315731),
            (46.146902, 45.311254)]  # the field's corners (the family's: precise)
FIELD_FIX = (46.148911, 45.313102)  # her phone at the field
GROWER = "ARV-0811-0092"  # the farm's seller account (id.user)
DEPOT = {"id": "dp_vlg3", "name": "Volga Bakhcha wholesale depot", "lat": 48.70815,
         "lon": 44.51302}  # a buyer's depot (negative)

# --- Jangrchi (the daughter's epic-recitation studio) ----------------------------------------------
STUDIO = {"id": "st_elst1", "name": "Jangrchi children's studio", "lat": 46.31012,
          "lon": 44.25533}  # (negatives)
PUPIL = "JNG-24-0117"  # Kermen's pupil number (id.user)
STUDIO_FIX = (46.310188, 44.255402)

# --- Emchin Dong (an infectious-disease clinic's brucellosis follow-up) ----------------------------
CLINIC = {"id": "ic_elst", "name": "Elista Republican Infection Clinic", "lat": 46.30515,
          "lon": 44.27088, "phone": "+78472234410"}  # (negatives)
CLINIC_FIX = (46.305172, 44.270911)
CARD_NO = "IB-2026-01774"  # her outpatient card number (health.medical)
DOCTOR = ("Dr. Galina Mandzhieva", "g.mandzhieva@infclinic.example.org")  # typed: contact.*

# --- Zul Gerl (a khurul's festival lamps and home blessings) ---------------------------------------
KHURUL = {"id": "kh_elst", "name": "Elista Burkhn Bagshin Khurul", "lat": 46.30745,
          "lon": 44.26018}  # the temple (negatives as a place)
KHURUL_FIX = (46.307401, 44.260233)
DONOR = "KH-EL-03381"  # her donor card at the khurul (id.user)

# --- Ongts (Lagan small-boat registry and sea-exit notices) ----------------------------------------
BOAT = {"reg": "R 04-17 KL", "name": "Bayrta", "engine": "Yamaha 40"}  # (registration: unlabelled)
POST = {"id": "bp_lagan", "name": "Lagan border post", "lat": 45.38155,
        "lon": 47.39612}  # (negative)
SEA_FIX = (45.412031, 47.521184)  # her phone at sea
SKIPPER = "KL-SK-2291"  # her small-boat skipper's certificate (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", xal: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Russian first with ``xal``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ru-RU,ru;q=0.9,en;q=0.8" if xal else "en-RU,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_RU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "install_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BIC", "BOAT", "BROTHER_IL", "CADASTRE", "CARD_NO", "CLINIC", "CLINIC_FIX", "CORDON",
           "DAUGHTER", "DEPOT", "DOCTOR", "DONOR", "FATHER_IL", "FIELD_AT", "FIELD_FIX",
           "GASCO", "GAS_FILE", "GROWER", "HIDE", "HIDE_FIX", "HOME", "HOME_AT", "HUSBAND", "INN",
           "KHURUL", "KHURUL_FIX", "LAGAN", "LAGAN_AT", "MIR", "MOTHER_IL", "OMS", "PASSPORT",
           "PERMIT", "PIPE_AT", "POST", "PUPIL", "RESIDENCE", "RU_ACCOUNT", "RU_NET", "SEA_FIX",
           "SISTER_US", "SKIPPER", "SNILS", "STUDIO", "STUDIO_FIX", "TZ", "YASHKUL",
           "YASHKUL_AT", "dev_block", "fix", "hd", "obj", "push"]
