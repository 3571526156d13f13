"""Helpers for the hundred-and-seventy-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Naberezhnye Chelny (Tatarstan, Russia) with
her Tatar husband Rustem Galiullin and their son Timur (9), her US SIM roaming on a Russian network;
she works as a technical translator at a truck plant and is expecting their second child. Her
mother-in-law Gulnara Galiullina lives in Kazan. Her places (their flat on Syuyumbike prospekt,
her fixes at the Sabantuy field, the ice rink, the union office, the family dacha plot, the
hydrofoil's deck, the ice of the Kama, a traffic stop) are hers (``location.precise`` where
sent); the festival field, the rink, the plant's union office, the dacha partnership's gate, the
river ports and the insurer's office are businesses' or public places (negatives). People: her
husband, their son (a data subject: his name, birth date, sex, SNILS, birth certificate and
player number are labelled), her mother-in-law, her sister in the US.

Russian identifiers are computed: SNILS with its mod-101 check number, a 12-digit INN with both
check digits (weights 7,2,4,10,3,5,9,4,6,8 / 3,7,2,4,10,3,5,9,4,6,8), a current account with the
BIC-keyed control digit.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE, USAGE
from eval_families20_kit import T0, App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Moscow"

# --- her Chelny life ------------------------------------------------------------------------------
HOME = {
    "line": "pr. Syuyumbike, 39, kv. 118",
    "area": "Yana sahar",
    "town": "Naberezhnye Chelny",
    "region": "Tatarstan",
    "post": "423831",
}
HOME_AT = (55.742318, 52.418906)  # their flat (location.precise where sent)
HUSBAND = ("Rustem Galiullin", "+79172854413")  # typed by her: contact.*
HUSBAND_PASSPORT = "9215 408317"  # his internal passport (personal.national_id)
MOTHER_IL = ("Gulnara Galiullina", "+79274412087")  # her mother-in-law in Kazan
SON = {
    "first": "Timur",
    "last": "Galiullin",
    "dob": "2016-03-14",
    "sex": "malay",
    "snils": "193-507-264 81",
    "cert": "IV-KB 627415",
    "player": "SH-U10-0331",
}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
SNILS = "172-418-935 77"  # her SNILS (personal.national_id)
INN = "165031784210"  # her taxpayer number (personal.national_id)
RESIDENCE = "82 No 1946023"  # her Russian residence permit (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
LICENCE = "9921 458901"  # her Russian driving licence (personal.national_id)
RU_ACCOUNT = "40817810562001847391"  # her rouble account (financial.payment)
RU_BIC = "049205805"  # her bank's BIC (a bank's public code: negative)
RU_NET = "25020"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Meydan (a Sabantuy festival's app) -----------------------------------------------------------
FIELD = {
    "id": "sb_arsk26",
    "name": "Arsk Sabantuy maydany",
    "lat": 56.09110,
    "lon": 49.87702,
}  # the festival field (a negative)
FIELD_FIX = (56.091274, 49.876842)  # her phone on the field
GUEST = "MD-26-118407"  # her festival guest account (id.user)

# --- Shayba (the son's youth hockey school) -------------------------------------------------------
RINK = {
    "id": "rk_chl2",
    "name": "Chelny Boz Sarayi",
    "lat": 55.71234,
    "lon": 52.35911,
    "phone": "+78552470210",
}  # the ice rink (negatives)
RINK_FIX = (55.712361, 52.359074)
TEAM = {"id": "tm_u10b", "name": "U10 Bars-2", "coach": "co_0412"}  # (negatives)

# --- Berlek (the truck plant's union committee) ---------------------------------------------------
PLANT = {
    "id": "pl_ctw",
    "name": "Chelny Truck Works union committee",
    "lat": 55.74502,
    "lon": 52.47011,
    "phone": "+78552395011",
}  # the union office (negatives)
OFFICE_FIX = (55.745043, 52.470082)
UNION_CARD = "PK-CTW-0087126"  # her union membership card (personal.sensitive)
TABEL = "T-418829"  # her employee number at the plant (id.user)

# --- Bakca (the dacha gardening partnership) ------------------------------------------------------
PLOT_AT = [
    (55.681942, 52.211874),
    (55.682187, 52.212301),
    (55.681903, 52.212746),
    (55.681661, 52.212318),
]  # their plot's corners (hers: precise)
PLOT = "17-043"  # the plot's member number (id.user)
CADASTRE = "16:52:080301:1234"  # the plot's cadastral number (public registry: unlabelled)
SNT = {
    "id": "snt_kama",
    "name": "SNT Kama-Bakcasi",
    "lat": 55.68411,
    "lon": 52.20788,
    "phone": "+78552331870",
}  # the partnership's gate and office (negatives)

# --- Qanatli (river hydrofoil tickets and the Bolgar trip) ----------------------------------------
KAZAN_PORT = (55.79511, 49.09876)  # the river port (negative)
BOLGAR_PIER = (54.97810, 49.05920)  # (negative)
DECK_FIX = (55.407711, 49.215093)  # her phone on the deck
TICKET = "QN-0626-5571"  # the family's booking (financial.purchase)

# --- Bozyul (ice fishing on the Kama) -------------------------------------------------------------
ICE_FIXES = [(55.694412, 52.262807), (55.695106, 52.264230), (55.695731, 52.265514)]
SLIP = (55.70122, 52.25409)  # the public slipway where they walk onto the ice (negative)

# --- Carima (traffic fines and motor insurance) ---------------------------------------------------
CAR = {
    "plate": "A418KM116",
    "sts": "9954 871203",
    "vin": "XTA219170L0712345",
    "model": "Lada Vesta",
}  # the car's plate, STS and VIN (unlabelled, as set 151's plate)
POLICY = "XXX 0412789563"  # her motor insurance policy (financial.purchase)
STOP_FIX = (55.760124, 52.432716)  # her phone where she was stopped


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(
    app: App, rng: random.Random, iid: str, *, how: str = "plain", tt: bool = False, **kw: Any
) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Tatar and Russian first with ``tt``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L(
        "tt-RU,tt;q=0.9,ru;q=0.8,en;q=0.7" if tt else "en-RU,en;q=0.9,ru;q=0.8", DEV
    )
    return h


def dev_block(lang: str = "en_RU") -> dict[str, Any]:
    """An app's own device block (Tatar keys: model, OS, language, zone: ``device.info``)."""
    return {
        "model": L("Pixel 8", DEV),
        "os": L("Android 14", DEV),
        "tel": L(lang, DEV),
        "waqit_zonasi": L(TZ, DEV),
    }


def push(token: str, lang: str = "en_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID

    return {"push_token": L(token, DID), "cihaz_id": L(INSTALL_ID, DID), **dev_block(lang)}


def waq(name: str, i: int, **params: Any) -> dict[str, Any]:
    """A first-party analytics event with Tatar keys: ``atama`` (its name, ``behavior.usage``),
    ``waqit`` (ms, unlabelled), ``parametrlar``."""
    return {"atama": L(name, USAGE), "waqit": (T0 + 37 * i) * 1000 + 113 * i, "parametrlar": params}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a bout, a slot, a hole in the ice): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "BOLGAR_PIER",
    "CADASTRE",
    "CAR",
    "DECK_FIX",
    "FIELD",
    "FIELD_FIX",
    "GUEST",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "HUSBAND_PASSPORT",
    "ICE_FIXES",
    "INN",
    "KAZAN_PORT",
    "LICENCE",
    "MOTHER_IL",
    "OFFICE_FIX",
    "PASSPORT",
    "PLANT",
    "PLOT",
    "PLOT_AT",
    "POLICY",
    "RESIDENCE",
    "RINK",
    "RINK_FIX",
    "RU_ACCOUNT",
    "RU_BIC",
    "RU_NET",
    "SISTER_US",
    "SLIP",
    "SNILS",
    "SNT",
    "SON",
    "STOP_FIX",
    "TABEL",
    "TEAM",
    "TICKET",
    "TZ",
    "UNION_CARD",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
    "waq",
]
