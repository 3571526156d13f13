"""Helpers for the hundred-and-ninety-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Yakutsk (Sakha
Republic, Russia) with her Sakha husband Ayaal Nikiforov and their daughter Sardaana (8); she works
fifteen-day rotations as a mine surveyor at an open-pit coal mine near Neryungri, her US SIM
roaming. Her husband's mother Varvara Nikiforova keeps the family's horses in the village of
Ulakhan-An on the right bank of the Lena; his brother Nyurgun Nikiforov collects mammoth ivory
in the north under the family's licence. Her places (the Yakutsk flat, the car at home, the
Neryungri dormitory and her fixes at the pit, on the ice crossing, at the find sites, in the
village, at the faith house and the khomus school) are hers (``location.precise`` where sent);
the mine, the road service's checkpoints, the ivory buyer, the garage cooperative, the faith
house, the khomus school are businesses' or the community's (negatives).

Russian identifiers are computed, not typed: her SNILS ``148-372-915 91`` and Sardaana's
``171-604-382 50`` carry their mod-101 check numbers, her INN ``143518732092`` and her husband's
``140239184644`` both check digits (region 14), her Mir cards pass Luhn, her rouble account's
key digit matches its BIC (``40817810476000418293`` with BIC ``049805777``).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Yakutsk"

# --- her Yakutsk life -----------------------------------------------------------------------------
YK_HOME = {"line": "ul. Ordzhonikidze 31, kv. 48", "town": "Yakutsk", "ulus": "Yakutsk",
           "region": "Sakha (Yakutia)", "post": "677000"}
YK_HOME_AT = (62.027416, 129.731882)  # their flat (location.precise where sent)
HUSBAND = ("Ayaal Nikiforov", "+79142357180")  # typed by her: contact.*
HUSBAND_PASSPORT = "9819 463210"  # his Russian passport (series 98 19, personal.national_id)
HUSBAND_SNILS = "139-528-047 82"
HUSBAND_INN = "140239184644"  # head of the family farm (personal.national_id)
DAUGHTER = {"first": "Sardaana", "last": "Nikiforova", "dob": "2017-03-14", "sex": "kyys",
            "snils": "171-604-382 50", "birth_cert": "I-SN 604417"}  # a data subject
MOTHER_IL = ("Varvara Nikiforova", "+79243318845")  # in Ulakhan-An
BROTHER_IL = ("Nyurgun Nikiforov", "+79142210963")  # the ivory collector
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
SNILS = "148-372-915 91"  # hers (personal.national_id)
INN = "143518732092"  # hers, 12 digits (personal.national_id)
RESIDENCE = "82 0471936"  # her Russian residence permit (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
MIR = "2200700418273651"  # her Mir salary card (financial.payment)
MIR2 = "2200150311904426"  # the card she adds in the payment SDK
RU_ACCOUNT = "40817810476000418293"  # her rouble account (financial.payment)
RU_BIC = "049805777"  # the bank's BIC (a negative)
VILLAGE = {"name": "Ulakhan-An", "ulus": "Khangalassky", "nasleg": "Ulakhan-An"}
VILLAGE_AT = (61.397214, 128.936815)  # the family's house in the village (hers when she's there)

# --- Buor Kyyl (mammoth-ivory finds registry) -----------------------------------------------------
LICENCE = "14-PI-2025-0318"  # the family's collecting licence (id.user: the holder's account)
FIND_AT = [(70.812314, 135.402871), (70.809977, 135.411208)]  # her fixes at the finds
BUYER = {"id": "by_ykt07", "name": "Ivory Carving Workshop Kyyl", "phone": "+74112555017",
         "lat": 62.03389, "lon": 129.72931}  # the buyer's workshop (negatives)

# --- Shakhta Smena (the coal mine's rotation app) -------------------------------------------------
MINE = {"id": "mn_dennel", "name": "Dennel Open Pit", "lat": 56.69155,
        "lon": 124.79210}  # (negatives)
KIOSK_FIX = (56.691402, 124.792433)  # her phone at the pre-shift medical kiosk
DORM_AT = (56.658210, 124.716530)  # the rotation dormitory (where she sleeps: precise)
TABEL = "NR-0047813"  # her personnel number (id.user)
UNION_CARD = "RUGP-14-22871"  # her trade-union card (personal.sensitive)

# --- Kyhyn Suol (winter road and ice-crossing trips) ----------------------------------------------
ICE_FIX = (62.061583, 129.803741)  # her phone on the ice crossing
CHECKPOINT = {"id": "kp_bestyakh", "lat": 62.05120, "lon": 129.82477}  # road service (negative)
TRIP = "KS-2026-118402"  # the trip registration (a negative: an ID of the journey)

# --- Itiit Motor (engine pre-heater and remote start) ---------------------------------------------
CONTROLLER = {"imei": "356938035643809", "serial": "ITM7-40218-K"}  # her car's unit (id.hardware)
GARAGE = {"id": "gk_sever", "name": "Garage Cooperative Sever", "lat": 62.01877,
          "lon": 129.70112}  # (negatives)
CAR_AT = (62.027502, 129.731655)  # her car in the yard (location.precise)

# --- Archy Dyiete (the Aiyy faith house) ----------------------------------------------------------
FAITH = {"id": "ad_ykt", "name": "Archy Dyiete", "lat": 62.01532, "lon": 129.70508}  # (negative)
FAITH_FIX = (62.015288, 129.705142)

# --- Khomus Uus (a khomus smith's workshop and school) --------------------------------------------
SCHOOL = {"id": "kh_school1", "name": "Khomus Uus Studio", "lat": 62.02941, "lon": 129.74306,
          "phone": "+74112555093"}  # (negatives)
PUPIL = "KU-2025-0217"  # Sardaana's pupil number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", sah: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Russian and English, Sakha first with ``sah``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("sah-RU,sah;q=0.9,ru;q=0.8,en;q=0.7" if sah
                             else "en-RU,en;q=0.9,ru;q=0.8", DEV)
    return h


def dev_block(lang: str = "sah_RU") -> dict[str, Any]:
    """An app's own device block (``teril``: model, OS, language, zone: ``device.info``)."""
    return {"modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tyl": L(lang, DEV),
            "kem_zona": L(TZ, DEV)}


def push(token: str, lang: str = "sah_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "teril_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BROTHER_IL", "BUYER", "CAR_AT", "CHECKPOINT", "CONTROLLER", "DAUGHTER", "DORM_AT",
           "FAITH", "FAITH_FIX", "FIND_AT", "GARAGE", "HUSBAND", "HUSBAND_INN",
           "HUSBAND_PASSPORT", "HUSBAND_SNILS", "ICE_FIX", "INN", "KIOSK_FIX", "LICENCE", "MINE",
           "MIR", "MIR2", "MOTHER_IL", "PASSPORT", "PUPIL", "RESIDENCE", "RU_ACCOUNT", "RU_BIC",
           "SCHOOL", "SISTER_US", "SNILS", "TABEL", "TRIP", "TZ", "UNION_CARD", "VILLAGE",
           "VILLAGE_AT", "YK_HOME", "YK_HOME_AT", "dev_block", "fix", "hd", "obj", "push"]
