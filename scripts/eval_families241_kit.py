"""Helpers for the two-hundred-and-forty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Ufa (Bashkortostan, Russia) with her
Bashkir husband Ilshat Yulmukhametov, her US SIM roaming on a Russian network; their son Arslan
(10) is in the fourth class and shoots in a children's archery club; her mother-in-law Gulshat
Yulmukhametova lives in Sterlitamak, where the family spends most weekends. Her places (their
flat in Ufa's Kirovsky district, her fixes at the leech clinic, the archery hall's door, the
karting track, the escape-room venue, the river camp on the Agidel, the protest camp under the
shihan) are hers (``location.precise`` where sent); the rafting base, the clinic, the archery
hall, the track, the quest venues, the shops and the shihan's summit are businesses' or public
places (negatives). People: her husband (``contact.*`` when she types him), their son (a data
subject: his name, birth date, sex, birth certificate, SNILS and member number are labelled),
her mother-in-law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Yekaterinburg"

# --- her life in Ufa ------------------------------------------------------------------------------
UFA_HOME = {"line": "ul. Mingazheva 121, kv. 58", "area": "Kirovsky rayon", "town": "Ufa",
            "town_ba": "Ofo", "region": "Bashqortostan", "post": "450077"}
UFA_HOME_AT = (54.728416, 55.961847)  # their flat (location.precise where sent)
HUSBAND = ("Ilshat Yulmukhametov", "+79175550214")  # typed by her: contact.*
MOTHER_IL = ("Gulshat Yulmukhametova", "+79273550871")  # her mother-in-law in Sterlitamak
MIL_HOME = {"line": "ul. Khudaiberdina 41, kv. 12", "town": "Sterlitamak", "post": "453100"}
MIL_AT = (53.630218, 55.938704)  # the mother-in-law's flat (a place of the family: precise)
SON = {"first": "Arslan", "last": "Yulmukhametov", "dob": "2015-10-08", "sex": "malay",
       "cert": "IV-AR 604218", "snils": "159-482-337 04",
       "member": "UQ-2231-0417"}  # a data subject (sets 29, 35, 37, 151)
SISTER_US = ("Laura Doe", "+15550147730", "laura.doe@example.net")  # her sister in Oregon
RESIDENCE = "82 0447193"  # her Russian residence permit (vid na zhitelstvo: personal.national_id)
PASSPORT = "571830264"  # her US passport (personal.national_id)
INN = "027612034518"  # her Russian taxpayer number (personal.national_id)
SNILS = "187-204-996 31"  # her pension insurance number (personal.national_id)
RU_ACCOUNT = "40817810906170023418"  # her rouble account (financial.payment)
MIR_MASKED = "220220******0917"  # her local debit card, masked (financial.payment)
RU_NET = "25002"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Agidel Hal (rafting trips on the Agidel / Belaya river) --------------------------------------
BASE = {"id": "bz_stsub", "name": "Agidel Hal base, Starosubkhangulovo", "phone": "+73475550312",
        "lat": 53.10674, "lon": 57.43751}  # the operator's base (negatives)
CAMP_FIX = (53.071229, 57.512806)  # her phone at the second night's camp on the bank
TRIP = "AH-26-0618-07"  # the family's trip (financial.purchase)

# --- Holok (a hirudotherapy clinic in Ufa) --------------------------------------------------------
CLINIC = {"id": "hl_ufa1", "name": "Holok Hirudo Centre", "phone": "+73472550466",
          "lat": 54.76481, "lon": 56.02133}  # the clinic (negatives)
CLINIC_FIX = (54.764792, 56.021371)
CHART = "HL-2025-11873"  # her medical card at the clinic (health.medical)
DOCTOR = ("Dr. Rezeda Galimova", "r.galimova@holok.example.org")  # typed by her: contact.*

# --- Tauhaqlau (volunteers defending a shihan near Sterlitamak) -----------------------------------
SHIHAN = {"id": "sh_qyzyltau", "name": "Qyzyltau", "lat": 53.58217,
          "lon": 56.04109}  # the hill's summit (a public place: negative)
PROTEST_FIX = (53.579904, 56.036512)  # her phone at the volunteers' camp under the hill
VOLUNTEER = "TH-0917"  # her volunteer number in the movement (id.user)

# --- Uqsy (the son's children's archery club) -----------------------------------------------------
HALL = {"id": "uq_dinamo", "name": "Uqsy archery hall, Dinamo sports school", "lat": 54.73512,
        "lon": 55.97306, "phone": "+73472550198"}  # the hall (negatives)
HALL_FIX = (54.735087, 55.972981)  # her fix at the hall's door

# --- Qaytarym (cashback and loyalty cards) --------------------------------------------------------
CB_ACCOUNT = "QY-55-204117"  # her cashback account (id.user)

# --- Tabyshmaq (escape-room quests in Ufa and Sterlitamak) ----------------------------------------
VENUE = {"id": "tq_str02", "name": "Tabyshmaq Sterlitamak", "lat": 53.62744, "lon": 55.95321,
         "phone": "+73473550720"}  # a quest venue (negatives)
VENUE_FIX = (53.627418, 55.953240)
QUEST_BOOKING = "TQ-70412"  # a quest booked (financial.purchase)

# --- Yarysh (a karting track in Ufa) --------------------------------------------------------------
TRACK = {"id": "yk_ufa", "name": "Yarysh Karting Ufa", "lat": 54.79015, "lon": 56.06218,
         "phone": "+73472550905"}  # (negatives)
TRACK_FIX = (54.790118, 56.062251)
LICENCE = "02 31 584907"  # her Russian driving licence (personal.national_id)
RACER = "YR-88214"  # her racer card at the track (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ba: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Bashkir and Russian first)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ba-RU,ba;q=0.9,ru;q=0.8,en;q=0.7" if ba else
                             "en-RU,en;q=0.9,ru;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_RU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a session, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BASE", "CAMP_FIX", "CB_ACCOUNT", "CHART", "CLINIC", "CLINIC_FIX", "DOCTOR", "HALL",
           "HALL_FIX", "HUSBAND", "INN", "LICENCE", "MIL_AT", "MIL_HOME", "MIR_MASKED",
           "MOTHER_IL", "PASSPORT", "PROTEST_FIX", "QUEST_BOOKING", "RACER", "RESIDENCE",
           "RU_ACCOUNT", "RU_NET", "SHIHAN", "SISTER_US", "SNILS", "SON", "TRACK", "TRACK_FIX",
           "TRIP", "TZ", "UFA_HOME", "UFA_HOME_AT", "VENUE", "VENUE_FIX", "VOLUNTEER",
           "dev_block", "fix", "hd", "obj", "push"]
