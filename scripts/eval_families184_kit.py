"""Helpers for the hundred-and-eighty-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Petrozavodsk (Petroskoi, Republic of
Karelia, Russia) on a Russian residence permit with her Karelian husband Nikolai Makarov and their
son Ilja (8), her US SIM roaming; weekends are spent in Olonets (Anuksenlinnu) at her
mother-in-law Valentina Makarova's house. Her husband's sister Anna Hamalainen lives in Joensuu
(Finland) with her Finnish husband Jari and their daughter Aino (Finnish HETUs, +358 numbers, EUR).
Her places (the Petrozavodsk flat, the Olonets house, her fixes in the forest, on the ski track,
on the sled trail, at the border post, at a clinic) are hers (``location.precise`` where sent);
the society's office, the coach stations, the berry receiving point, the lab, the kennel, the
stadium and the folklore archive are businesses' (negatives). IDs carry valid check digits:
SNILS (mod 101), the 12-digit INN (two mod-11 digits), the HETU (mod 31), the Mir card (Luhn),
the Finnish IBAN (mod 97) and the Russian account's key against its BIK.
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

# --- her Karelian life ------------------------------------------------------------------------
PTZ_HOME = {"line": "ul. Anokhina 27, kv. 14", "town": "Petrozavodsk", "region": "Karelia",
            "post": "185035"}
PTZ_HOME_AT = (61.784213, 34.351876)  # their flat (location.precise where sent)
OLO_HOUSE = {"line": "ul. Proletarskaja 9", "town": "Olonets", "post": "186000"}
OLO_HOUSE_AT = (60.982417, 32.968512)  # her mother-in-law's house where they stay
HUSBAND = ("Nikolai Makarov", "+79214517783")  # typed by her: contact.*
HUSBAND_PASS = "8614 527390"  # his Russian passport (personal.national_id)
MOTHER_IL = ("Valentina Makarova", "+79114302219")  # in Olonets (b. 1949)
SON = {"first": "Ilja", "last": "Makarov", "dob": "2017-03-04", "sex": "m",
       "snils": "172-409-385 68", "oms": "1057890244132296"}  # a data subject
SISTER_IL = ("Anna Hamalainen", "+358407182264", "anna.hamalainen@example.net",
             "140886-246L")  # his sister in Joensuu (name, phone, e-mail, HETU)
BROTHER_IL = ("Jari Hamalainen", "+358505530417", "220384-157B")  # her Finnish husband
NIECE = {"name": "Aino Hamalainen", "dob": "2015-06-03", "hetu": "030615A318W"}
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
VNZH = "82 0459137"  # her Russian residence permit (personal.national_id)
PASSPORT = "548210397"  # her US passport (personal.national_id)
SNILS = "143-572-918 71"  # her SNILS (personal.national_id)
INN = "100148273651"  # her INN as a self-employed picker (personal.national_id)
OMS = "1051339022148867"  # her OMS health policy (health.medical, as set 37's member ID)
RU_ACCOUNT, RU_BIK = "40817810325000123456", "048602815"  # her rouble account (BIK a negative)
MIR_CARD = "2200700123456781"  # her Mir card (financial.payment)
FI_IBAN = "FI5840550012345670"  # Anna's euro account (financial.payment)
RU_NET = "25001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Liitto (the Karelian people's society: membership, courses, a camp) ----------------------
SOCIETY = {"id": "seura_ptz", "name": "Karjalan Rahvahan Seura", "lat": 61.78882,
           "lon": 34.37951, "phone": "+78142761290"}  # the society's office (negatives)
MEMBER = "KRS-0417-2291"  # her member number (id.user)

# --- Rajakyydi (a Petrozavodsk - Joensuu coach with a border slot) ---------------------------
STN_PTZ = (61.78563, 34.34861)  # Petrozavodsk bus station (a negative)
STN_BORDER = (62.18771, 30.69362)  # the Vyartsilya crossing point (a negative)
STN_JNS = (62.60021, 29.77402)  # Joensuu bus station (a negative)
BORDER_FIX = (62.187934, 30.693108)  # her phone in the queue at the post
TICKET = "RK-260214-0318"  # her booking (financial.purchase)

# --- Marjukas (wild-berry receiving points; she sells as a self-employed picker) --------------
RECEIVING = {"id": "pp_olo3", "name": "Priemnyi punkt No. 3 Olonets", "lat": 60.98913,
             "lon": 32.95802, "phone": "+78143641155"}  # (negatives)
BOG_FIX = (60.942113, 33.081427)  # her cloudberry bog (hers: precise)
PICKER = "MJ-OLO-00583"  # her picker number (id.user)

# --- Punkkiabu (tick bites, TBE vaccines, tick tests) ----------------------------------------
LAB = {"id": "lab_ptz2", "name": "Laboratorija Terveys", "lat": 61.78112, "lon": 34.36844,
       "phone": "+78142705533"}  # the lab (negatives)
LAB_FIX = (61.781097, 34.368512)
PATIENT = "PT-10-778214"  # her family's patient card at the lab (health.medical)

# --- Koirareki (a husky kennel's sled rides and dog sponsorship) -----------------------------
KENNEL = {"id": "kn_shuja", "name": "Koirareki Kennel Shuja", "lat": 61.93011, "lon": 34.25342,
          "phone": "+79215550142"}  # (negatives)
SLED_FIX = (61.934822, 34.241905)  # her phone on the sled trail
RIDE = "KR-2601-0077"  # the family's ride (financial.purchase)

# --- Suksikilbu (a cross-country ski marathon) -----------------------------------------------
STADIUM = {"id": "st_kurgan", "name": "Kurgan Ski Stadium", "lat": 61.76871,
           "lon": 34.30214}  # the start (negative)
TRACK_FIX = (61.771944, 34.286630)  # her phone on the course
ATHLETE, BIB = "ATH-77120", "1487"  # her athlete account and bib (id.user)
ENTRY = "SK26-004412"  # her paid entry (financial.purchase)

# --- Pajoarhiivu (a folklore archive's crowd recordings) -------------------------------------
ARCHIVE = {"id": "arh_krl", "name": "Karelian Song Archive", "lat": 61.78695,
           "lon": 34.35972}  # (negatives)
COLLECTOR = "PA-C-0219"  # her collector account (id.user)


# --- generators -------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", krl: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Livvi and Russian first)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("olo-RU,ru;q=0.9,en;q=0.8" if krl else "en-RU,en;q=0.9,ru;q=0.7",
                             DEV)
    return h


def dev_block(lang: str = "en_RU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "device_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a sample): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ARCHIVE", "ATHLETE", "BIB", "BOG_FIX", "BORDER_FIX", "BROTHER_IL", "COLLECTOR",
           "ENTRY", "FI_IBAN", "HUSBAND", "HUSBAND_PASS", "INN", "KENNEL", "LAB", "LAB_FIX",
           "MEMBER", "MIR_CARD", "MOTHER_IL", "NIECE", "OLO_HOUSE", "OLO_HOUSE_AT", "OMS",
           "PASSPORT", "PATIENT", "PICKER", "PTZ_HOME", "PTZ_HOME_AT", "RECEIVING", "RIDE",
           "RU_ACCOUNT", "RU_BIK", "RU_NET", "SISTER_IL", "SISTER_US", "SLED_FIX", "SNILS",
           "SOCIETY", "SON", "STADIUM", "STN_BORDER", "STN_JNS", "STN_PTZ", "TICKET",
           "TRACK_FIX", "TZ", "VNZH", "dev_block", "fix", "hd", "obj", "push"]
