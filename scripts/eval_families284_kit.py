"""Helpers for the two-hundred-and-eighty-fourth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Kengis, a village outside Pajala in the
Torne valley (Norrbotten, Sweden), with her Tornedalian husband Mikael Alatalo, her US SIM
roaming on a Swedish network; their daughter Elsa (10) plays floorball in Pajala; her
mother-in-law Aino Alatalo lives in Hietaniemi (Övertorneå) and her sister Megan in Ohio. Her
places (their house on Lapinpolku, her fixes at the reindeer corral, the prayer house, the
village health room, on the snowmobile trail and the river ice, the road's bridge, the village
shop's door, the sports hall) are hers (``location.precise`` where sent); the corral, the prayer
houses, the health room and health centre, the trail huts, the bridge, the shop and the sports
hall are businesses', associations' or public places (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex,
personal number and player licence are labelled), her mother-in-law, her sister.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Stockholm"

# --- her Torne valley life ------------------------------------------------------------------------
HOME = {"line": "Lapinpolku 7", "village": "Kengis", "town": "Pajala", "region": "Norrbotten",
        "post": "984 91"}
HOME_AT = (67.198214, 23.401937)  # their house (location.precise where sent)
HUSBAND = ("Mikael Alatalo", "+46702418836")  # typed by her: contact.*
MOTHER_IL = ("Aino Alatalo", "+46705519024")  # her mother-in-law in Hietaniemi (Övertorneå)
DAUGHTER = {"first": "Elsa", "last": "Alatalo", "dob": "2015-03-12", "sex": "tyttö",
            "pn": "20150312-4420", "licence": "SBF-2015-118734"}  # a data subject
SISTER_US = ("Megan Doe", "+15550162290", "megan.doe@example.net")  # her sister in Ohio
PNR = "19910517-2846"  # her Swedish personal identity number as a resident (national_id)
PASSPORT = "583104729"  # her US passport (personal.national_id)
SE_ACCOUNT = "SE7280000810340009783242"  # her krona account (financial.payment)
SE_NET = "24001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Porokirja (the concession reindeer-herding co-operative) -------------------------------------
HERD = {"id": "kons_vaara", "name": "Vaarakylä konsessionisameby"}  # the co-operative (negative)
CORRAL = {"id": "aitaus_07", "name": "Kuusivaara erotusaitaus", "lat": 67.31204,
          "lon": 23.18855}  # the round-up corral (negatives)
CORRAL_FIX = (67.312118, 23.188392)  # her phone at the corral
EARMARK = "BD-KV-3317"  # her own registered earmark (id.user)
COLLARS = [(67.40811, 23.02417), (67.39562, 23.06688)]  # GPS collars on reindeer (negatives)

# --- Seuratupa (a Laestadian prayer-house association) --------------------------------------------
PRAYER_HOUSE = {"id": "rh_pajala", "name": "Pajalan rukoushuone", "lat": 67.21381,
                "lon": 23.36544}  # (negatives as a place)
PRAYER_FIX = (67.213778, 23.365512)
MEMBER_RH = "RH-PJ-00418"  # her member number in the association (id.user)
SUMMER_SITE = {"id": "ks_hietaniemi", "lat": 66.50561, "lon": 23.69302}  # (negative)

# --- Terveystupa (the village's unmanned health room) ---------------------------------------------
HEALTH_ROOM = {"id": "tt_kengis", "name": "Kengis terveystupa", "lat": 67.19655,
               "lon": 23.40511}  # (negatives)
HEALTH_FIX = (67.196531, 23.405187)
CENTRE = {"id": "hc_pajala", "name": "Pajala vårdcentral", "phone": "+46978120000"}  # negative
NURSE = ("Sköterska Lena Kangas", "lena.kangas@vard.example.se")  # typed by her: contact.*

# --- Kelkkaura (the snowmobile club's trail pass) -------------------------------------------------
TRAIL_PASS = "KU-2026-04471"  # her season trail pass (financial.purchase)
CLUB_MEMBER = "SK-PJ-2291"  # her club membership (id.user)
HUT = {"id": "kota_12", "name": "Ahvenjärvi kota", "lat": 67.27731, "lon": 23.55804}  # negative
TRAIL_FIX = (67.268402, 23.524117)  # her phone on the trail
ICE_FIX = (67.205611, 23.384092)  # her phone on the Torne river ice
SLED_PLATE = "ABC12X"  # the snowmobile's registration (no taxonomy type fits: unlabelled)

# --- Tiekunta (the private road association) ------------------------------------------------------
PROPERTY = "Pajala Kengis 3:41"  # the property designation of their house (contact.address)
ROAD = {"id": "tk_lapinpolku", "name": "Lapinpolun tiekunta"}  # (negative)
BRIDGE_AT = (67.19988, 23.39612)  # the road's bridge (a negative)
BRIDGE_FIX = (67.199901, 23.396058)  # her phone at the bridge
ROAD_MEMBER = "TK-041"  # their member account in the association (id.user)

# --- Kyläpuoti (the unmanned village shop) ------------------------------------------------------
SHOP = {"id": "kp_kengis", "name": "Kengis kyläpuoti", "door": "door_01", "lat": 67.19731,
        "lon": 23.40342}  # (negatives)
SHOP_FIX = (67.197288, 23.403461)
CUSTOMER = "KP-C-118204"  # her shop customer number (id.user)

# --- Sählykenttä (Elsa's floorball club) -------------------------------------------------------
HALL = {"id": "hall_pajala", "name": "Pajala sporthall", "lat": 67.21102,
        "lon": 23.37218}  # (negatives)
HALL_FIX = (67.211047, 23.372233)
TEAM = {"id": "f15_flickor", "name": "F15 tytöt"}  # (negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fit: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Meänkieli and Swedish with ``fit``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fit-SE,fit;q=0.9,sv;q=0.8,en;q=0.7" if fit else
                             "en-SE,en;q=0.9,sv;q=0.6", DEV)
    return h


def dev_block(lang: str = "en_SE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_SE") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "BRIDGE_AT",
    "BRIDGE_FIX",
    "CENTRE",
    "CLUB_MEMBER",
    "COLLARS",
    "CORRAL",
    "CORRAL_FIX",
    "CUSTOMER",
    "DAUGHTER",
    "EARMARK",
    "HALL",
    "HALL_FIX",
    "HEALTH_FIX",
    "HEALTH_ROOM",
    "HERD",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "HUT",
    "ICE_FIX",
    "MEMBER_RH",
    "MOTHER_IL",
    "NURSE",
    "PASSPORT",
    "PNR",
    "PRAYER_FIX",
    "PRAYER_HOUSE",
    "PROPERTY",
    "ROAD",
    "ROAD_MEMBER",
    "SE_ACCOUNT",
    "SE_NET",
    "SHOP",
    "SHOP_FIX",
    "SISTER_US",
    "SLED_PLATE",
    "SUMMER_SITE",
    "TEAM",
    "TRAIL_FIX",
    "TRAIL_PASS",
    "TZ",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
