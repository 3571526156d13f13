"""Helpers for the two-hundred-and-fiftieth (blind) evaluation set ("blind247"). Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them
from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Vladikavkaz (North Ossetia, Russia) with
her Ossetian husband Taimuraz Bagaev, her US SIM roaming on a Russian network; their son Batraz
(9) goes to a school in Vladikavkaz and trains at a freestyle-wrestling school; Taimuraz's mother
Zalina Bagaeva lives in Beslan, where the family spends most Sundays; her sister Emily Doe lives
in Ohio. All people are fictional. Her places (their flat on the left bank, her fixes at the
urology centre, the wrestling hall, the picnic glade in the gorge, the translation bureau, her
mother-in-law's yard in Beslan) are hers (``location.precise`` where sent); the centre, the
hall, the gorge's base, the bureau, the spring's depot, the bailiffs' office and the provider's
office are businesses' or the state's (negatives). People: her husband (``contact.*`` when she
types him), their son (a data subject: his name, birth date, sex, birth-certificate number,
weight and athlete licence are labelled), her mother-in-law, her sister, her urologist.
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

# --- her Vladikavkaz life -------------------------------------------------------------------------
HOME = {"line": "ul. Tsomaka Gadieva 38, kv. 12", "area": "Promyshlenny", "town": "Vladikavkaz",
        "town_os": "Dzaeudzhykhaeu", "region": "Respublika Severnaya Osetiya-Alaniya",
        "post": "362040"}
HOME_AT = (43.048213, 44.659472)  # their flat (location.precise where sent)
HUSBAND = ("Taimuraz Bagaev", "+79188270415", "t.bagaev@example.net")  # typed by her: contact.*
MOTHER_IL = ("Zalina Bagaeva", "+79194120338")  # her mother-in-law in Beslan
MIL_LINE = "ul. Kominterna 71"  # the mother-in-law's house in Beslan (contact.address)
MIL_AT = (43.188604, 44.538217)  # her yard in Beslan (a fix of hers when she is there)
SON = {"first": "Batraz", "last": "Bagaev", "dob": "2016-04-11", "sex": "laeppu",
       "cert": "I-IO 618204", "licence": "RSO-VB-16-0442"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
VNZH = "82 0417733"  # her Russian residence permit (personal.national_id)
INN = "151402776530"  # her taxpayer number (personal.national_id)
SNILS = "112-233-445 95"  # her pension-insurance number (personal.national_id)
PASSPORT = "583104672"  # her US passport (personal.national_id)
RU_ACCOUNT = "40817810460001234567"  # her rouble account (financial.payment)
RU_NET = "25001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Khaestae (court-enforcement debts) -----------------------------------------------------------
BAILIFFS = {"id": "osp_sev", "name": "OSP po Severo-Zapadnomu MO g. Vladikavkaza",
            "phone": "+78672540910", "lat": 43.04172, "lon": 44.65310}  # the office (negatives)
PROCEEDING = "48213/25/15004-IP"  # an enforcement proceeding against her (financial.purchase)
UIN = "32215150250004821301"  # the payment's state identifier for the debt (financial.purchase)

# --- Dur (a urology centre: her kidney stone) -----------------------------------------------------
UROCENTRE = {"id": "uro_vlk", "name": "Uro-Alania Centre", "phone": "+78672337781",
             "lat": 43.02736, "lon": 44.68992}  # the centre (negatives)
URO_FIX = (43.027391, 44.689867)
CARD_NO = "UA-2026-00718"  # her medical card number at the centre (health.medical)
POLIS = "1596350871000412"  # her compulsory health-insurance policy (personal.national_id)
UROLOGIST = ("Dr. Alan Khetagurov", "a.khetagurov@uroalania.example.org")  # typed: contact.*

# --- Khaebys (the son's freestyle-wrestling school) -----------------------------------------------
HALL = {"id": "hall_spartak", "name": "Wrestling hall Ir", "lat": 43.03561, "lon": 44.67017,
        "phone": "+78672511406"}  # (negatives)
HALL_FIX = (43.035588, 44.670231)
BESLAN_ARENA = {"id": "ar_beslan", "lat": 43.19284, "lon": 44.53361}  # a tournament venue

# --- Kom (picnic gazebos in the Kurtatin gorge) ---------------------------------------------------
GORGE_BASE = {"id": "kom_kurt", "name": "Kurtatin Glade Base", "phone": "+79280641177",
              "lat": 42.94166, "lon": 44.43210, "ssid": "KomGlade-Guest",
              "bssid": "9c:5c:8e:47:12:a0"}  # the base (point, phone: negatives; Wi-Fi: wifi)
GLADE_FIX = (42.940871, 44.433604)  # her phone at the gazebo
BOOKING = "KOM-26-0531"  # the gazebo booking (financial.purchase)
DZUAR_AT = (42.93912, 44.42784)  # a roadside shrine in the gorge (a public point: negative)

# --- Taelmac (translation and notary bureau) ------------------------------------------------------
BUREAU = {"id": "bur_mira", "name": "Perevod-Alania Bureau", "phone": "+78672403322",
          "lat": 43.02391, "lon": 44.68203}  # (negatives)
BUREAU_FIX = (43.023877, 44.682111)
ORDER = "TLM-0926-114"  # her translation order (financial.purchase)

# --- Suadon (mineral-spring water delivery) -------------------------------------------------------
DEPOT = {"id": "dep_sunzha", "lat": 43.06103, "lon": 44.63517,
         "phone": "+78672709912"}  # the bottling depot (negatives)
CLIENT = "SD-108442"  # her water-delivery account (id.user)

# --- Dzaudnet (the home internet provider) --------------------------------------------------------
CONTRACT = "DN-15-0339120"  # her internet contract (id.user)
ROUTER = {"ssid": "Bagaevy-5G", "bssid": "e4:8d:8c:31:7a:52"}  # their home router (wifi)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", os_: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Russian, Ossetian first with ``os_``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("os-RU,os;q=0.9,ru;q=0.8,en;q=0.7" if os_ else
                             "ru-RU,ru;q=0.9,en-US;q=0.8", DEV)
    return h


def dev_block(lang: str = "ru_RU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``), Ossetian keys."""
    return {"modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "aevzag": L(lang, DEV),
            "raestaedzhy_zonae": L(TZ, DEV)}


def push(token: str, lang: str = "ru_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "faeraez_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a bout): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BAILIFFS", "BESLAN_ARENA", "BOOKING", "BUREAU", "BUREAU_FIX", "CARD_NO", "CLIENT",
           "CONTRACT", "DEPOT", "DZUAR_AT", "GLADE_FIX", "GORGE_BASE", "HALL", "HALL_FIX", "HOME",
           "HOME_AT", "HUSBAND", "INN", "MIL_AT", "MIL_LINE", "MOTHER_IL", "ORDER", "PASSPORT",
           "POLIS", "PROCEEDING", "ROUTER", "RU_ACCOUNT", "RU_NET", "SISTER_US",
           "SNILS", "SON", "TZ", "UIN", "UROCENTRE", "UROLOGIST", "URO_FIX", "VNZH", "dev_block",
           "fix", "hd", "obj", "push"]
