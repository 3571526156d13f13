"""Helpers for the two-hundred-and-seventy-fourth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them
from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Izhevsk (Udmurtia, Russia) with her Udmurt
husband Ilya Shklyaev, her US SIM roaming on a Russian network; their son Miron (7) is in the
first class of a city school; Ilya's mother Galina Shklyaeva (72) lives alone in her wooden house
in Sarapul since a stroke left her in a wheelchair (disability group II), and the family is
buying her a ground-floor flat there. Her places (their Izhevsk flat, her fixes at the shooting
range, at a viewing in Sarapul, at the fur atelier's counter, at the rental shop, at the impound
lot, on the Nordic-walking route, the mother-in-law's house) are hers (``location.precise`` where
sent); the range, the estate agency, the flats on sale, the atelier, the rental shop, the impound
lot, the club's meeting point and Tol Babai's estate are businesses' or public (negatives).
People: her husband (``contact.*`` when she types him), their son (a data subject: his name,
birth date, sex and SNILS are labelled), her mother-in-law (a data subject in the rental and the
flat purchase), her sister in the US, her trauma doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Samara"  # Udmurtia keeps Samara time (UTC+4)

# --- her Izhevsk life ----------------------------------------------------------------------------
IZ_HOME = {"line": "ul. Pushkinskaya 214, kv. 37", "area": "Oktyabrsky raion", "town": "Izhevsk",
           "region": "Udmurt Republic", "post": "426008"}
IZ_HOME_AT = (56.858214, 53.214871)  # their flat (location.precise where sent)
HUSBAND = ("Ilya Shklyaev", "+79120184417")  # typed by her: contact.*
SON = {"first": "Miron", "last": "Shklyaev", "dob": "2018-11-03", "sex": "boy",
       "snils": "164-882-901 37"}  # a data subject (his SNILS: personal.national_id)
MOTHER_IL = {"name": "Galina Shklyaeva", "phone": "+79124407731", "dob": "1953-02-14",
             "snils": "072-415-338 60", "group": "II", "ipra": "IPRA-18-2025-004417",
             "line": "ul. Krasnaya 41", "town": "Sarapul", "post": "427960"}
MIL_HOME_AT = (56.473418, 53.796512)  # her wooden house in Sarapul (the family's: precise)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "82 1047733"  # her Russian residence permit (vid na zhitelstvo): national_id
PASSPORT = "567120934"  # her US passport (personal.national_id)
INN = "183117004925"  # her Russian taxpayer number (personal.national_id)
LICENCE = "18 27 404519"  # her Russian driving licence (personal.national_id)
RU_ACCOUNT = "40817810868001047733"  # her rouble account (financial.payment)
RU_NET = "25020"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tolbabai Dor (Tol Babai's New Year visits and letters; the child) ---------------------------
ESTATE = {"id": "tb_sharkan", "name": "Tol Babai's estate, Sharkan", "lat": 57.29662,
          "lon": 53.87104}  # a public attraction (a negative)
LETTER = "TB-2025-118734"  # the letter's tracking number (a negative: an order line)
VISIT = "VZ-25-04412"  # the home visit booked (financial.purchase)

# --- Ybylon (an Izhevsk sport-shooting range) ----------------------------------------------------
RANGE = {"id": "rng_izh03", "name": "Izhevsk Sport Shooting Centre No. 3", "phone": "+73412570330",
         "lat": 56.86951, "lon": 53.25903}  # (negatives)
RANGE_FIX = (56.869487, 53.259061)
SHOOTER = "YB-00-7715"  # her range card (id.user)

# --- Vylpater (an estate agency; a flat in Sarapul for her mother-in-law) ------------------------
AGENCY = {"id": "ag_izh_centr", "name": "Centralnaya Estate Agency", "phone": "+73412908080",
          "lat": 56.84883, "lon": 53.20612}  # (negatives)
LISTING = {"id": "lst_5540218", "line": "ul. Sovetskaya 12, kv. 2", "town": "Sarapul",
           "lat": 56.47791, "lon": 53.80203, "price": 2650000, "floor": 1,
           "cadastre": "18:30:000112:437"}  # the flat on sale (seller's: negatives until bought)
VIEWING_FIX = (56.477932, 53.802044)  # her phone at the viewing
DEAL = "SD-2026-0193"  # the purchase deal (financial.purchase)
CLIENT = "VP-CL-30418"  # her agency client number (id.user)

# --- Paskorka (a fur atelier: summer storage, cleaning, repair) ----------------------------------
ATELIER = {"id": "fa_01", "name": "Mekh-Atelier na Karla Marksa", "phone": "+73412514466",
           "lat": 56.84402, "lon": 53.21133}  # (negatives)
ATELIER_FIX = (56.844031, 53.211297)
FUR_ORDER = "PK-25-06118"  # the storage order (financial.purchase)

# --- Tazalyk Prokat (a medical-equipment rental shop) --------------------------------------------
SHOP = {"id": "mt_pr_02", "name": "Tazalyk Prokat, Lenina 88", "phone": "+73412627010",
        "lat": 56.85702, "lon": 53.22812}  # (negatives)
SHOP_FIX = (56.857046, 53.228094)
RENTAL = "TP-R-58820"  # her rental contract (financial.purchase)
DOCTOR = ("Dr. Olga Kasatkina", "o.kasatkina@rkb1.example.org")  # typed by her: contact.*

# --- Lymykar (the city's towed-car lot after snow clearing) --------------------------------------
IMPOUND = {"id": "sp_02", "name": "Special parking lot No. 2, Avtozavodskaya", "lat": 56.83021,
           "lon": 53.17652}  # (negatives)
IMPOUND_FIX = (56.830187, 53.176544)
PARKED_AT = (56.846512, 53.230877)  # where she had left the car (hers: precise)
PLATE = "K418OM18"  # the car's plate (no taxonomy type fits; unlabelled)
VIN = "XTA219170K0551802"  # the car's VIN (unlabelled, as the plate)
TOW = "EV-2025-12-044172"  # the tow record (financial.purchase: what she pays for)

# --- Vamysh (a Nordic-walking club) --------------------------------------------------------------
CLUB = {"id": "nw_bereza", "name": "Berezovaya Roshcha Nordic Walkers", "lat": 56.87312,
        "lon": 53.28044}  # the meeting point (a negative)
WALK_FIXES = [(56.873098, 53.280471), (56.874412, 53.283190), (56.875930, 53.285604),
              (56.877218, 53.282917)]  # her route (precise)
MEMBER = "NW-0419"  # her club number (id.user)


# --- generators ----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ru: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Russian first with ``ru``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ru-RU,ru;q=0.9,en;q=0.8" if ru else "en-RU,en;q=0.9", DEV)
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
    """An internal object ID (a booking line, a lane slot, a walk): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "AGENCY",
    "ATELIER",
    "ATELIER_FIX",
    "CLIENT",
    "CLUB",
    "DEAL",
    "DOCTOR",
    "ESTATE",
    "FUR_ORDER",
    "HUSBAND",
    "IMPOUND",
    "IMPOUND_FIX",
    "INN",
    "IZ_HOME",
    "IZ_HOME_AT",
    "LETTER",
    "LICENCE",
    "LISTING",
    "MEMBER",
    "MIL_HOME_AT",
    "MOTHER_IL",
    "PARKED_AT",
    "PASSPORT",
    "PLATE",
    "RANGE",
    "RANGE_FIX",
    "RENTAL",
    "RESIDENCE",
    "RU_ACCOUNT",
    "RU_NET",
    "SHOOTER",
    "SHOP",
    "SHOP_FIX",
    "SISTER_US",
    "SON",
    "TOW",
    "TZ",
    "VIEWING_FIX",
    "VIN",
    "VISIT",
    "WALK_FIXES",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
