"""Helpers for the two-hundred-and-fifty-eighth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Nukus (Karakalpakstan,
Uzbekistan) with her Karakalpak husband Ajiniyaz Kalimbetov, her US SIM roaming; their daughter
Aysuluw (10) is in the fourth class and dances in a children's folk-dance studio; her
mother-in-law Gulshad Kalimbetova lives in Khiva (Khorezm). Her places (their Nukus flat, her
fixes at the car delivery centre, the clinic, the necropolis, the dance studio door, the mahalla
office, the camel farm gate, the training centre) are hers (``location.precise`` where sent); the
delivery centre, the clinic, the shrine, the studio, the mahalla office, the farm and the
training centre are businesses' or public places (negatives). People: her husband (``contact.*``
when she types him), their daughter (a data subject: her name, birth date, sex, PINFL, birth
certificate and studio number are labelled), her mother-in-law, her brother in the US, her
doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Tashkent"

# --- her Nukus life -------------------------------------------------------------------------------
NK_HOME = {"line": "Dosnazarov koshesi 27, 14-xana", "mahalle": "Jayxun", "town": "Nukus",
           "region": "Qaraqalpaqstan", "post": "230100"}
NK_HOME_AT = (42.461237, 59.603418)  # their flat (location.precise where sent)
HUSBAND = ("Ajiniyaz Kalimbetov", "+998913701582")  # typed by her: contact.*
MOTHER_IL = ("Gulshad Kalimbetova", "+998975214408")  # her mother-in-law in Khiva
KHIVA_HOME = {"line": "Pahlavon Mahmud koshesi 9", "town": "Xiywa", "region": "Xorezm"}
DAUGHTER = {"first": "Aysuluw", "last": "Kalimbetova", "dob": "2015-11-03", "sex": "qiz",
            "pinfl": "60311157210034", "cert": "I-QR 0412778",
            "pupil": "LZ-2025-118"}  # a data subject (sets 29, 35, 37)
BROTHER_US = ("Michael Doe", "+15550162237", "mike.doe@example.net")  # her brother in Ohio
RESIDENCE = "XS 0731194"  # her Uzbek residence permit card (personal.national_id)
PINFL = "41705917210058"  # her personal identification number (personal.national_id)
PASSPORT = "548817302"  # her US passport (personal.national_id)
UZ_ACCOUNT = "20206000904812377001"  # her som account (financial.payment)
UZ_NET = "43405"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Gezek Avto (a car-maker's prepaid order and delivery queue; the money app) -------------------
DEALER = {"id": "dc_nks01", "name": "Nukus avto jetkeriw orayi", "phone": "+998612224410",
          "lat": 42.47411, "lon": 59.63322}  # the delivery centre (negatives)
DEALER_FIX = (42.474093, 59.633251)
CONTRACT = "GA-2026-0048812"  # her purchase contract (financial.purchase)

# --- Jayli (a proctology day clinic; her own health) ----------------------------------------------
CLINIC = {"id": "kl_jayli", "name": "Jayli proktologiya klinikasi", "phone": "+998612170933",
          "lat": 42.45378, "lon": 59.61012}  # the clinic (negatives)
CLINIC_FIX = (42.453802, 59.610094)
CHART = "JPK-2026-00871"  # her medical card number (health.medical)
DOCTOR = ("Dr. Gulbahar Utepova", "g.utepova@jayli.example.org")  # typed by her: contact.*

# --- Ziyarat (a shrine-necropolis's visits, graves and Quran recitals; her religion) --------
SHRINE = {"id": "mz_atababa", "name": "Ata-baba mazari", "lat": 42.39412,
          "lon": 59.35174}  # the shrine (a negative as a place)
SHRINE_FIX = (42.394087, 59.351822)
PILGRIM = "ZY-00418-K"  # her visitor registration (id.user)

# --- Lazgi (the daughter's folk-dance studio) -----------------------------------------------------
STUDIO = {"id": "st_madeniyat", "name": "Madeniyat sarayi balalar biy studiyasi",
          "lat": 42.46402, "lon": 59.61155, "phone": "+998612221907"}  # (negatives)
STUDIO_FIX = (42.463989, 59.611603)

# --- Mahalle (the neighbourhood committee) --------------------------------------------------------
MAHALLE = {"id": "mh_jayxun", "name": "Jayxun mahalle puqaralar jiyini", "lat": 42.46188,
           "lon": 59.60587, "phone": "+998612253311"}  # (negatives)
HOUSEHOLD = "JX-0419"  # their household in the mahalla register (id.user)

# --- Shubat (a camel-milk farm's delivery subscription) -------------------------------------------
FARM = {"id": "fm_qizilqum", "name": "Qizilqum tuye fermasi", "lat": 42.62054,
        "lon": 59.78311}  # the farm (a negative)
FARM_FIX = (42.620517, 59.783164)
SUBSCRIBER = "TF-2207"  # her subscriber account (id.user)

# --- Malaka (the teachers' in-service training and certification portal) --------------------------
CENTRE = {"id": "mq_nukus", "name": "Malaka arttiriw orayi Nukus filiali", "lat": 42.45922,
          "lon": 59.62088}  # (negatives)
CENTRE_FIX = (42.459241, 59.620853)
TEACHER = "MQ-118204"  # her teacher registry number (id.user)
SCHOOL = {"id": "sc_nk11", "name": "Nukus 11-mektep", "lat": 42.46812,
          "lon": 59.60944}  # her workplace (a negative as a place)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", kaa: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Karakalpak first with ``kaa``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("kaa-UZ,kaa;q=0.9,ru;q=0.8,en;q=0.7" if kaa else "en-UZ,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "en_UZ") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_UZ") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def kpush(token: str) -> dict[str, Any]:
    """The same in Karakalpak keys (``qurilma`` device, ``til`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "qurilma_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "til": L("kaa", DEV),
            "waqit_zonasi": L(TZ, DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BROTHER_US", "CENTRE", "CENTRE_FIX", "CHART", "CLINIC", "CLINIC_FIX", "CONTRACT",
           "DAUGHTER", "DEALER", "DEALER_FIX", "DOCTOR", "FARM", "FARM_FIX", "HOUSEHOLD",
           "HUSBAND", "KHIVA_HOME", "MAHALLE", "MOTHER_IL", "NK_HOME", "NK_HOME_AT", "PASSPORT",
           "PILGRIM", "PINFL", "RESIDENCE", "SCHOOL", "SHRINE", "SHRINE_FIX", "STUDIO",
           "STUDIO_FIX", "SUBSCRIBER", "TEACHER", "TZ", "UZ_ACCOUNT", "UZ_NET", "dev_block", "fix",
           "hd", "kpush", "obj", "push"]
