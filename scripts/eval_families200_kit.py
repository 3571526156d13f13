"""Helpers for the two-hundredth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Almaty (Kazakhstan) with her Uyghur husband
Dilmurat Sabitov, her US SIM roaming on a Kazakh network; their son Erkin (10) is in the fifth
grade, their daughter Mehriban was born on 24 November 2025. Her parents-in-law live in Zharkent
(the family house with the pigeon loft in the yard); a cousin of her husband lives in Chundzha
(the Uyghur district). Her places (their Almaly flat, the in-laws' yard and loft, her fixes at
the service centre, the olympiad centre, the mosque, the lactation studio, the meshrep hall) are
hers (``location.precise`` where sent); the cultural centre's hall, the public service centre,
the olympiad centre, the mosque, the banquet hall, the lactation studio, the pigeon club's show
hall and the renovation firm's office are businesses' or institutions' (negatives). People: her
husband, the children (data subjects: names, birth dates, sex, IINs, pupil and baby numbers),
her mother-in-law, her husband's cousin, her sister in the US. Kazakh IINs carry their check
digit (weights 1-11, then 3-11,1,2, mod 11); the KZ IBANs pass mod 97.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Almaty"

# --- her Almaty life ------------------------------------------------------------------------------
HOME = {"line": "64 Nauryzbay Batyr St, apt 31", "area": "Almaly", "town": "Almaty",
        "region": "Almaty", "post": "050012"}
HOME_AT = (43.255732, 76.934118)  # their flat (location.precise where sent)
IIN = "910517402182"  # her IIN as a resident foreigner (personal.national_id; valid check digit)
RESIDENCE = "041887215"  # her Kazakh residence permit number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
KZ_ACCOUNT = "KZ889490000012845731"  # her tenge account (financial.payment; mod 97 ok)
KZ_NET = "40102"  # the visited network's MCC/MNC while roaming (location.carrier)
HUSBAND = {"name": "Dilmurat Sabitov", "phone": "+77015554821", "iin": "870902301557"}
SON = {"first": "Erkin", "last": "Sabitov", "dob": "2015-03-08", "sex": "oghul",
       "iin": "150308503715", "pupil": "OL-5A-20417"}  # a data subject (sets 29, 35, 37)
BABY = {"first": "Mehriban", "last": "Sabitova", "dob": "2025-11-24", "sex": "qiz",
        "iin": "251124602945", "weight_g": 3420, "length_cm": 51}  # the newborn (data subject)
MOTHER_IL = {"name": "Rizwangul Sabitova", "phone": "+77055553307",
             "iin": "620411405833"}  # in Zharkent
COUSIN = ("Nurmemet Hashimov", "+77475551942")  # her husband's cousin in Chundzha
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
ZHARKENT = {"line": "18 Dostyk St", "town": "Zharkent", "district": "Panfilov",
            "region": "Zhetysu", "post": "041300"}
YARD_AT = (44.168412, 80.005931)  # the in-laws' yard in Zharkent, with the loft (theirs: precise)

# --- Meshrepchi (a Uyghur meshrep gathering club) -------------------------------------------------
HALL = {"id": "mh_almaly", "name": "Uyghur Cultural Centre Hall", "lat": 43.24861,
        "lon": 76.92213, "phone": "+77272550148"}  # the hall (negatives)
HALL_FIX = (43.248587, 76.922161)
MEMBER = "MSH-0731"  # her meshrep club membership number (id.user)

# --- Kepterwaz (a pigeon fanciers' club; the family loft in Zharkent) -----------------------------
PIGEON_CLUB = {"id": "kc_zhk", "name": "Yettisu Pigeon Fanciers' Union",
               "lat": 44.16311, "lon": 79.99872}  # the club's show hall (negatives)
LOFT = "KPX-ZHK-0218"  # the family loft's registration number (id.user)
RINGS = ["KZ-2025-ZHK-04471", "KZ-2025-ZHK-04472", "KZ-2024-ZHK-03190"]  # birds' rings (negatives)

# --- Nowet (the public service centre's e-queue and applications) ---------------------------------
CENTRE = {"id": "psc_almaly_2", "name": "Almaly District Public Service Centre",
          "lat": 43.25213, "lon": 76.92264}  # (negatives)
CENTRE_FIX = (43.252108, 76.922681)
APPLICATION = "ZT-2025-1184273"  # her residence-permit renewal application (id.user, as a case key)

# --- Aqiqe (the newborn's aqiqa and cradle feast) -------------------------------------------------
MOSQUE = {"id": "mq_yengihayat", "name": "Yengi Hayat Jame Mosque", "lat": 43.29148,
          "lon": 76.96227}  # (negatives)
MOSQUE_FIX = (43.291452, 76.962301)
BANQUET = {"id": "bq_ili", "name": "Ili Baghchisi Banquet Hall", "phone": "+77272553090",
           "lat": 43.27731, "lon": 76.95480}  # (negatives)
AQIQA = "AQ-25-00918"  # the aqiqa order (financial.purchase)

# --- Olimpiadchi (the son's maths olympiad centre) ------------------------------------------------
OLY = {"id": "oc_tumen", "name": "Tumen Olympiad Centre", "lat": 43.23894, "lon": 76.90871,
       "phone": "+77272557710"}  # (negatives)
OLY_FIX = (43.238921, 76.908744)

# --- Emitish (lactation consultancy and breast-pump rental) ---------------------------------------
STUDIO = {"id": "ls_sutyoli", "name": "Sutyoli Lactation Studio", "lat": 43.23417,
          "lon": 76.94502}  # (negatives)
STUDIO_FIX = (43.234152, 76.945061)
CLIENT = "EM-20931"  # her client (record) number at the studio (health.medical, as a chart)
PUMP = {"serial": "HGP-7Q-118402", "model": "HG-Duo 3"}  # the rented pump (serial a negative)

# --- Remontchi (the flat's renovation) ------------------------------------------------------------
FIRM = {"id": "rf_ustaxana", "name": "Ustaxana Remont", "phone": "+77272551166",
        "lat": 43.22950, "lon": 76.89012}  # the firm's office (negatives)
CONTRACT = "RM-2025-0612"  # the renovation contract (financial.purchase)
DOOR_CODE = "4719"  # their stairwell door code given to the crew (secret.credential)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ug: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English and Russian, or Uyghur first)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ug-KZ,ug;q=0.9,ru;q=0.8,en;q=0.7" if ug
                             else "en-KZ,en;q=0.9,ru;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_KZ") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_KZ") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "uskune_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "APPLICATION",
    "AQIQA",
    "BABY",
    "BANQUET",
    "CENTRE",
    "CENTRE_FIX",
    "CLIENT",
    "CONTRACT",
    "COUSIN",
    "DOOR_CODE",
    "FIRM",
    "HALL",
    "HALL_FIX",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "IIN",
    "KZ_ACCOUNT",
    "KZ_NET",
    "LOFT",
    "MEMBER",
    "MOSQUE",
    "MOSQUE_FIX",
    "MOTHER_IL",
    "OLY",
    "OLY_FIX",
    "PASSPORT",
    "PIGEON_CLUB",
    "PUMP",
    "RESIDENCE",
    "RINGS",
    "SISTER_US",
    "SON",
    "STUDIO",
    "STUDIO_FIX",
    "TZ",
    "YARD_AT",
    "ZHARKENT",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
