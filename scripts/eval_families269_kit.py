"""Helpers for the two-hundred-and-sixty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Kyzyl (Tuva, Russia) with her Tuvan
husband Aldyn-Ool Mongush, a soapstone (chonar-dash) carver, her US SIM roaming on a Russian
network; their son Ertine (10) is in the fourth class and trains in the city's kazhyk
(ankle-bone shooting) section; the husband's mother Choduraa Mongush lives in her house in Chadan
(Dzun-Khemchik district), where the family spends summers and picks sea-buckthorn; her own sister
Laura is in Vermont (all fictional). Her places (the Kyzyl flat, the Chadan house, her fixes at
the healing spring, the sports hall, the deputy's office, the square, the berry thicket) are hers
(``location.precise`` where sent); the spring camp, the sports centre, the workshop's public
shop point, the deputy's office, the square, the berry collection point and the repair service's
office are businesses' or public places (negatives). People: her husband (``contact.*`` when she
types him), their son (a data subject: his name, birth date, sex, SNILS, birth certificate and
section number are labelled), her mother-in-law, her sister in the US, the coach.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Krasnoyarsk"  # Tuva keeps Krasnoyarsk time (UTC+7)

# --- her Kyzyl life -------------------------------------------------------------------------------
KZ_HOME = {"line": "41 Kochetova St, apt 27", "area": "Tsentr", "town": "Kyzyl",
           "region": "Tyva Republic", "post": "667000"}
KZ_HOME_AT = (51.716834, 94.441297)  # their flat (location.precise where sent)
CHADAN_HOME = {"line": "7 Saaya St", "town": "Chadan", "district": "Dzun-Khemchik",
               "post": "668110"}
CHADAN_AT = (51.283912, 91.578447)  # the mother-in-law's house in Chadan (the family's)
HUSBAND = ("Aldyn-Ool Mongush", "+79232140517")  # typed by her: contact.*
MOTHER_IL = ("Choduraa Mongush", "+79235016288")  # her mother-in-law in Chadan
SON = {"first": "Ertine", "last": "Mongush", "dob": "2015-11-04", "sex": "boy",
       "snils": "112-233-445 95", "cert": "II-ЛЖ 604218",
       "member": "KZH-2-0419"}  # a data subject (sets 29, 35, 37, 151)
SISTER_US = ("Laura Doe", "+15550162237", "laura.doe@example.net")  # her sister in Vermont
RESIDENCE = "82 0451177"  # her Russian residence permit (personal.national_id)
INN = "170104589213"  # her taxpayer number as self-employed (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
OMS = "1758230846001927"  # her compulsory health-insurance policy (health.medical, as set 37)
RU_ACCOUNT = "40817810700004512873"  # her rouble current account (financial.payment)
RU_NET = "25002"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Karasug (a healing-spring "arzhaan" camp's stay app) -----------------------------------------
SPRING = {"id": "arz_ks01", "name": "Arzhaan Kara-Sug", "phone": "+73943821144",
          "lat": 51.41205, "lon": 91.90433}  # the spring camp (negatives)
SPRING_FIX = (51.412133, 91.904118)  # her phone at the spring
STAY = "KS-26-00871"  # her stay (financial.purchase)

# --- Kazhykchy (the son's kazhyk section) ---------------------------------------------------------
HALL = {"id": "dush_2", "name": "Youth Sports School No. 2", "phone": "+73942255310",
        "lat": 51.72011, "lon": 94.45372}  # the sports school (negatives)
HALL_FIX = (51.720163, 94.453617)  # her fix at the hall door at pick-up
COACH = ("Baiyr Oorzhak", "+79130470218")  # the coach (typed by her: contact.*)

# --- Chonardash (the husband's soapstone carvings shop; she runs it) ------------------------------
WORKSHOP_AT = (51.709472, 94.429833)  # the family's workshop shed behind the flat (hers: precise)
SHOP = {"id": "chd_shop_17", "name": "Chonar Uzu", "lat": 51.71902,
        "lon": 94.44611}  # the shop's public pick-up point at the market (a negative)
SELLER = "CD-S-00412"  # her seller account (id.user)

# --- Kyygyr (the city deputy's reception and constituents' appeals) ----------------------------
OFFICE = {"id": "okr_09", "name": "Deputy's reception, constituency No. 9",
          "lat": 51.71931, "lon": 94.43722, "phone": "+73942231909"}  # (negatives)
CONSTITUENT = "KG-09-03318"  # her constituent account at the reception (id.user)
APPEAL = "OBR-2026-01184"  # her appeal's registration number (a case number: a negative)

# --- Shagaa (the New Year festival's city app) ----------------------------------------------------
SQUARE = {"id": "arat_sq", "name": "Arat Square", "lat": 51.71887, "lon": 94.45129}  # public
SQUARE_FIX = (51.718803, 94.451372)  # her phone at the morning offering

# --- Chistek (a sea-buckthorn pickers' cooperative) -----------------------------------------------
POINT = {"id": "pp_chadan", "name": "Chadan collection point", "lat": 51.28811,
         "lon": 91.56102, "phone": "+73943421207"}  # the buying point (negatives)
THICKET_FIX = (51.301744, 91.552918)  # her phone in the riverside thicket
PICKER = "CH-P-1187"  # her picker card (id.user)

# --- Septeer (an appliance repair and handyman call-out service) ----------------------------------
MASTER = {"id": "mst_0271", "name": "Master Sergei K."}  # the repairman (his ID a negative)
JOB = "SP-260114-033"  # her repair order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", tyv: bool = False,
       ru: bool = False, **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English; Tuvan first with ``tyv``; Russian
    first with ``ru``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    lang = ("tyv-RU,tyv;q=0.9,ru;q=0.8,en;q=0.7" if tyv else
            "ru-RU,ru;q=0.9,en;q=0.8" if ru else "en-RU,en;q=0.9,ru;q=0.7")
    h["Accept-Language"] = L(lang, DEV)
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
    """An internal object ID (a booking line, a note, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPEAL", "CHADAN_AT", "CHADAN_HOME", "COACH", "CONSTITUENT", "HALL", "HALL_FIX",
           "HUSBAND", "INN",
           "JOB", "KZ_HOME", "KZ_HOME_AT", "MASTER", "MOTHER_IL", "OFFICE", "OMS", "PASSPORT",
           "PICKER", "POINT", "RESIDENCE", "RU_ACCOUNT", "RU_NET", "SELLER", "SHOP",
           "SISTER_US", "SON", "SPRING", "SPRING_FIX", "SQUARE", "SQUARE_FIX", "STAY",
           "THICKET_FIX", "TZ", "WORKSHOP_AT", "dev_block", "fix", "hd", "obj", "push"]
