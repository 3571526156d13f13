"""Helpers for the two-hundred-and-sixty-fourth (blind) evaluation set ("blind261"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Ulan-Ude (Buryatia, Russia) with her Buryat
husband Bair Tsyrenov, her US SIM roaming on a Russian network; their son Aldar (10) is in the
fourth class and in a children's biathlon section; the husband's grandmother Dulma Tsyrenova
lives in her own wooden house in Kyakhta, on the Mongolian border. Her places (their flat in the
Sovetsky district, her fixes at the polyclinic, the biathlon range, the joint-purchase pick-up
point, the clan's tailgan hill near Kyakhta, the grandmother's house, the Baikal holiday base, the
laser-tag arena) are hers (``location.precise`` where sent); the polyclinic, the range, the pick-up
point, the holiday base, the arena and the home cook's kitchen are businesses' (negatives); the
tailgan hill's published point is the clan council's (a negative). People: her husband
(``contact.*`` when she types him), their son (a data subject: his name, birth date, sex,
certificate, SNILS and athlete numbers are labelled), the grandmother, her husband's sister
Sesegma, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Irkutsk"
FIT = "health.fitness"
NID = "personal.national_id"

# --- her Ulan-Ude life ----------------------------------------------------------------------------
UU_HOME = {"line": "ul. Baltakhinova 15, kv. 38", "area": "Sovetsky", "town": "Ulan-Ude",
           "region": "Buryatia", "post": "670000"}
UU_HOME_AT = (51.831742, 107.589214)  # their flat (location.precise where sent)
HUSBAND = ("Bair Tsyrenov", "+79025631847")  # typed by her: contact.*
GRANNY = ("Dulma Tsyrenova", "+79140527713")  # the husband's grandmother in Kyakhta
GRANNY_HOME = {"line": "ul. Lenina 88", "town": "Kyakhta", "post": "671840"}
GRANNY_AT = (50.356214, 106.452871)  # the grandmother's house (a family place: precise)
SISTER_IL = ("Sesegma Tsyrenova", "+79833301246")  # the husband's sister
SISTER_US = ("Kate Doe", "+15550147731", "kate.doe@example.net")  # her sister in Oregon
SON = {"first": "Aldar", "last": "Tsyrenov", "dob": "2015-12-20", "sex": "male",
       "cert": "III-AJ 612345", "snils": "204-518-337 61",
       "athlete": "BUU-J-2015-0412"}  # a data subject (sets 29, 35, 37)
RESIDENCE = "82 1457093"  # her Russian residence permit (vid na zhitelstvo): national_id
INN = "032613457781"  # her Russian taxpayer number (personal.national_id)
SNILS = "187-654-321 09"  # her pension insurance number (personal.national_id)
OMS = "0351489921340276"  # her compulsory health insurance policy (health.medical, a member ID)
RU_ACCOUNT = "40817810409160012345"  # her rouble account (financial.payment)
RU_NET = "25020"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Ugsaa (the husband's clan's tailgan registry) ------------------------------------------------
TAILGAN = {"id": "tg_khiagt_07", "name": "Tailgan of the Khuasai clan, Kyakhta hill",
           "lat": 50.39218, "lon": 106.41127}  # the hill's published point (a negative)
TAILGAN_FIX = (50.392241, 106.411098)  # her phone on the hill
CLAN_MEMBER = "UG-KH-00613"  # the family's clan register number (id.user)

# --- Khamtadaa (joint purchases) ------------------------------------------------------------------
PICKUP = {"id": "pvz_kom12", "name": "Khamtadaa pick-up, ul. Kommunisticheskaya 12",
          "phone": "+73012445120", "lat": 51.83011, "lon": 107.58617}  # (negatives)
PICKUP_FIX = (51.830094, 107.586233)
BUYER = "KH-U-55821"  # her participant number (id.user)

# --- Buudalga (the son's biathlon section) --------------------------------------------------------
RANGE = {"id": "rng_berez", "name": "Berezovka Youth Biathlon Range", "phone": "+73012370912",
         "lat": 51.86224, "lon": 107.67908}  # (negatives)
RANGE_FIX = (51.862197, 107.679145)

# --- Elyuur (the city polyclinic) -----------------------------------------------------------------
POLY = {"id": "pk_07", "name": "City Polyclinic No. 7", "phone": "+73012226107",
        "lat": 51.81213, "lon": 107.62031}  # (negatives)
POLY_FIX = (51.812109, 107.620377)
CARD_NO = "PK7-2025-018841"  # her outpatient card number (health.medical)

# --- Buuzkhan (home cooks' frozen buuza for Sagaalgan) --------------------------------------------
KITCHEN = {"id": "ck_zarechny_3", "name": "Tsyrenzhap's kitchen", "phone": "+79516274410",
           "lat": 51.80377, "lon": 107.64902}  # the home cook's kitchen (negatives)
ORDER = "BZ-2026-00917"  # her Sagaalgan order (financial.purchase)

# --- Dalai Amaralta (a Baikal holiday base) -------------------------------------------------------
BASE = {"id": "tb_goryach", "name": "Baigal Dalai holiday base, Goryachinsk",
        "phone": "+73014457211", "lat": 52.98694, "lon": 108.27971}  # (negatives)
BASE_FIX = (52.986877, 108.279802)
STAY = "DA-26-03188"  # their July stay (financial.purchase)

# --- Lazerbaatar (a laser-tag arena; the son's birthday party) ------------------------------------
ARENA = {"id": "ar_mall_3", "name": "Lazerbaatar Arena, 3rd floor", "phone": "+73012208844",
         "lat": 51.82604, "lon": 107.60003}  # (negatives)
ARENA_FIX = (51.826011, 107.600102)
PARTY = "LZ-1220-0087"  # the party booking (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", bua: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Buryat and Russian first)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("bua-RU,ru;q=0.9,en;q=0.8" if bua else "en-RU,en;q=0.9,ru;q=0.7",
                             DEV)
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
    """An internal object ID (a lot, a slot, a lane, a dish): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ARENA", "ARENA_FIX", "BASE", "BASE_FIX", "BUYER", "CARD_NO", "CLAN_MEMBER", "FIT",
           "GRANNY", "GRANNY_AT", "GRANNY_HOME", "HUSBAND", "INN", "KITCHEN", "NID", "OMS",
           "ORDER", "PARTY", "PICKUP", "PICKUP_FIX", "POLY", "POLY_FIX", "RANGE", "RANGE_FIX",
           "RESIDENCE", "RU_ACCOUNT", "RU_NET", "SISTER_IL", "SISTER_US", "SNILS", "SON", "STAY",
           "TAILGAN", "TAILGAN_FIX", "TZ", "UU_HOME", "UU_HOME_AT", "dev_block", "fix", "hd",
           "obj", "push"]
