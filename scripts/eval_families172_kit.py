"""Helpers for the hundred-and-seventy-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Gudermes (Chechnya, Russia) in her husband's
family's house, on a Russian residence permit, her US SIM roaming on a Russian network; her
husband Ruslan Elmurzaev, their daughter Amina (8, a data subject), her father-in-law Said-Emin
(a below-knee amputee after diabetic foot disease: she manages his prosthesis), her
mother-in-law Zarema, her sister Emily in the US. Her places (the Gudermes house, her fixes at the
zikr hall, the prosthetics workshop, the water park, the car's pick-up and drop-off, the dry
cleaner's counter) are hers (``location.precise`` where sent); the businesses' points, phones and
addresses are negatives. Her Russian tax number (INN, 12 digits) and SNILS (11 digits), her
father-in-law's and daughter's SNILS carry valid check digits, computed here; her bank account
number carries a valid control key for its BIK.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Moscow"


def snils(nine: str) -> str:
    """A SNILS with its check number (weights 9..1; mod 101; 100 and 101 give 00)."""
    s = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101 % 100)
    return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {c:02d}"


def inn12(ten: str) -> str:
    """A person's 12-digit INN: two check digits (weighted sums mod 11 mod 10)."""
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(d) * w for d, w in zip(ten, w1, strict=False)) % 11 % 10
    eleven = ten + str(d11)
    return eleven + str(sum(int(d) * w for d, w in zip(eleven, w2, strict=False)) % 11 % 10)


def account(bik: str, acc: str) -> str:
    """A Russian account number (20 digits) with its control key (9th digit) for the BIK."""
    for k in range(10):
        num = bik[-3:] + acc[:8] + str(k) + acc[9:]
        if sum(int(d) * (7, 1, 3)[i % 3] for i, d in enumerate(num)) % 10 == 0:
            return acc[:8] + str(k) + acc[9:]
    raise ValueError(acc)


# --- her Gudermes life ----------------------------------------------------------------------------
HOME = {"line": "ul. Nagornaya 14", "area": "Mikrorayon Vostochny", "town": "Gudermes",
        "region": "Chechenskaya Respublika", "post": "366208"}
HOME_AT = (43.352814, 46.098372)  # the family house (location.precise where sent)
HUSBAND = ("Ruslan Elmurzaev", "+79287140362")  # typed by her: contact.*
HUSBAND_PASSPORT = "9615 772041"  # his internal passport (personal.national_id)
FATHER_IL = {"name": "Said-Emin Elmurzaev", "phone": "+79289031577", "dob": "02.11.1954",
             "snils": snils("112233445")}  # her father-in-law, the prosthesis user
MOTHER_IL = ("Zarema Elmurzaeva", "+79286620418")
DAUGHTER = {"first": "Amina", "last": "Elmurzaeva", "dob": "2017-03-09", "sex": "yo",
            "snils": snils("175402913")}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
INN = inn12("2005183746")  # her Russian tax number (personal.national_id)
SNILS = snils("184739265")  # her pension insurance number (personal.national_id)
VNZH = "83 1047729"  # her Russian residence permit (personal.national_id)
LICENCE = "9927 418305"  # her Russian driving licence (personal.national_id)
BIK = "049690603"  # her bank's BIK (public: a negative)
RU_ACCOUNT = account(BIK, "40817810X00017419235")  # her rouble account (financial.payment)
RU_NET = "25001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Zikar Gulam (a women's zikr circle of a Sufi brotherhood) ------------------------------------
HALL = {"id": "zh_gud03", "name": "Zikr hall, Gudermes", "lat": 43.34961, "lon": 46.10522}
HALL_FIX = (43.349588, 46.105274)  # her phone at the gathering
MURID = "KQ-GUD-0417"  # her circle membership number (id.user; it states her religion too)

# --- Kogash (a prosthetics and orthotics workshop; her father-in-law's limb) ----------------------
WORKSHOP = {"id": "ws_grz1", "name": "Ortokog Workshop Grozny", "phone": "+78712294410",
            "lat": 43.31853, "lon": 45.69264}  # (negatives)
WORKSHOP_FIX = (43.318511, 45.692694)
LIMB_CARD = "OK-2026-00881"  # the patient's card at the workshop (health.medical)

# --- Dakosh (murabaha instalments for home appliances) --------------------------------------------
SHOWROOM = {"id": "sr_grz_st", "name": "Dakosh Showroom Staropromyslovsky",
            "phone": "+78712330077", "lat": 43.35402, "lon": 45.65711}  # (negatives)
CONTRACT = "DK-MRB-260114-0093"  # her instalment contract (financial.purchase)

# --- Kortali (modest wear and a headscarf try-on) -------------------------------------------------
PICKUP = {"id": "pp_grz_07", "name": "Kortali pick-up point, Grozny", "lat": 43.31701,
          "lon": 45.69822}  # (negatives)

# --- Khin Dune (a water park) ---------------------------------------------------------------------
PARK = {"id": "aq_grz", "name": "Khin Dune Aquapark", "phone": "+78712255301",
        "lat": 43.29871, "lon": 45.71640}  # (negatives)
PARK_FIX = (43.298702, 45.716455)
WRISTBAND = "04:A2:19:6C:31:7F:80"  # her cashless wristband's NFC UID (issued to her: id.user)

# --- Mashen Lo (car rental) -----------------------------------------------------------------------
AIRPORT = {"id": "grz_apt", "name": "Grozny airport rental desk", "lat": 43.38834,
           "lon": 45.69861}  # (negatives)
RENTAL = "ML-40-118275"  # her rental (financial.purchase)
CAR_TRIP = [(43.386912, 45.701455), (43.371044, 45.792013), (43.359262, 45.953377),
            (43.353108, 46.096211)]  # the car's telematics on her drive home (precise)

# --- Tsanyar (dry cleaning with pick-up) ----------------------------------------------------------
CLEANER = {"id": "dc_gud2", "name": "Tsanyar Gudermes, ul. Kirova", "phone": "+78715222140",
           "lat": 43.35118, "lon": 46.10247}  # (negatives)
CLEANER_FIX = (43.351162, 46.102501)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ce: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Russian first, Chechen first with ``ce``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ce-RU,ce;q=0.9,ru;q=0.8,en;q=0.7" if ce
                             else "ru-RU,ru;q=0.9,en-US;q=0.8", DEV)
    return h


def dev_block(lang: str = "ce_RU") -> dict[str, Any]:
    """An app's own device block in Chechen keys (model, OS, language, zone: ``device.info``)."""
    return {"modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "mott": L(lang, DEV),
            "khan_zona": L(TZ, DEV)}


def push(token: str, lang: str = "ce_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"push_token": L(token, DID), "ghirs_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a ticket): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AIRPORT", "BIK", "CAR_TRIP", "CLEANER", "CLEANER_FIX", "CONTRACT", "DAUGHTER",
           "FATHER_IL", "HALL", "HALL_FIX", "HOME", "HOME_AT", "HUSBAND", "HUSBAND_PASSPORT",
           "INN", "LICENCE", "LIMB_CARD", "MOTHER_IL", "MURID", "PARK", "PARK_FIX", "PICKUP",
           "RENTAL", "RU_ACCOUNT", "RU_NET", "SHOWROOM", "SISTER_US", "SNILS", "TZ", "VNZH",
           "WORKSHOP", "WORKSHOP_FIX", "WRISTBAND", "account", "dev_block", "fix", "hd", "inn12",
           "obj", "push", "snils"]
