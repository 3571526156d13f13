"""Helpers for the two-hundred-and-thirty-eighth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Magas (Ingushetia, Russia) with her Ingush
husband Bekhan Vargoyev, her US SIM roaming on a Russian network; their daughter Zalina (8) goes
to a school in Magas and to an accordion studio in Nazran; her mother-in-law Fatima Vargoyeva
lives in Nazran; her husband's cousin Isa stands guarantor for her loan. Her places (their Magas
flat, her fixes at the teip's council house, the fund's office, the studio door, the CNG
station, the clinic, the border post and the tower complex, her mother-in-law's house) are
hers or the family's (``location.precise`` where sent); the council house, the fund's office,
the studio, the station, the clinic, the checkpoint, the towers and the home cook's kitchen are
businesses' or public places (negatives). People: her husband (``contact.*`` when she types
him), their daughter (a data subject: her name, birth date, sex, SNILS and pupil number are
labelled), her mother-in-law, the cousin, her sister in the US, her surgeon.
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

# --- her Magas life -------------------------------------------------------------------------------
HOME = {"line": "ul. Tsvetochnaya 7, kv. 31", "town": "Magas", "region": "Ingushetia",
        "post": "386001"}
HOME_AT = (43.167312, 44.808154)  # their flat (location.precise where sent)
HUSBAND = ("Bekhan Vargoyev", "+79280017342")  # typed by her: contact.*
HUSBAND_PASSPORT = "2619 044187"  # his Russian passport, typed by her (personal.national_id)
MOTHER_IL = ("Fatima Vargoyeva", "+79287730418")  # her mother-in-law in Nazran
MIL_HOME = {"line": "ul. Mutaliyeva 22", "area": "Gamurzievo", "town": "Nazran"}
MIL_HOME_AT = (43.219846, 44.771503)  # the mother-in-law's house (family's: precise)
COUSIN = ("Isa Vargoyev", "+79283301956")  # her husband's cousin, her guarantor
DAUGHTER = {"first": "Zalina", "last": "Vargoyeva", "dob": "2017-03-09", "sex": "yoi",
            "snils": "138-402-771 06", "cert": "I-IN 512344",
            "pupil": "KP-25-0417"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
VNZH = "82 1044719"  # her Russian residence permit (personal.national_id)
INN = "060712845391"  # her Russian taxpayer number (personal.national_id)
SNILS = "154-887-302 41"  # her pension insurance number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
RU_ACCOUNT = "40817810600010447193"  # her rouble account (financial.payment)
RU_NET = "25001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tukhum (her husband's teip's council and mutual-aid app) -------------------------------------
HALL = {"id": "tk_hall_nz", "name": "Vargoy Council House", "lat": 43.22371,
        "lon": 44.76102}  # the teip's council house in Nazran (a negative as a place)
HALL_FIX = (43.223688, 44.761047)
MEMBER = "VRG-0-1187"  # her household's number in the teip's roll (id.user)
TEIP, BRANCH, VILLAGE = "Vargoy", "Khasbulat-gar", "Targim"  # (personal.sensitive: lineage)

# --- Dekhar (a qard hasan, interest-free loan fund) -----------------------------------------------
FUND = {"id": "qh_nz01", "name": "Nazran Qard Hasan Fund", "phone": "+78732221904",
        "lat": 43.22608, "lon": 44.76655}  # the fund's office (negatives)
FUND_FIX = (43.226061, 44.766581)
LOAN = "QH-2026-00318"  # her loan contract number (financial.payment, as a loan account)

# --- Kekhat Pondar (the daughter's accordion studio) ----------------------------------------------
STUDIO = {"id": "st_nz_kp", "name": "Kekhat Pondar Children's Studio", "phone": "+78732245117",
          "lat": 43.22985, "lon": 44.76410}  # (negatives)
STUDIO_FIX = (43.229871, 44.764133)

# --- Metan (a CNG filling-station chain's app) ----------------------------------------------------
STATION = {"id": "agnks_07", "name": "Metan AGNKS-7 Kavkaz highway", "lat": 43.19602,
           "lon": 44.79311}  # the station (negatives)
STATION_FIX = (43.196044, 44.793081)
ROAD_FIXES = [(43.201133, 44.789912), (43.210481, 44.781207), (43.216902, 44.775344)]
FUEL_CARD = "MT-7730-44819"  # her bonus card (id.user)

# --- Merazh (a facial plastic surgery clinic: her septorhinoplasty) -------------------------------
CLINIC = {"id": "cl_mg_ent", "name": "Magas Facial Surgery Centre", "phone": "+78734455120",
          "lat": 43.16891, "lon": 44.80247}  # (negatives)
CLINIC_FIX = (43.168927, 44.802455)
CARD_NO = "MFSC-26-01377"  # her medical card number (health.medical)
SURGEON = ("Dr. Leyla Kostoyeva", "l.kostoyeva@mfsc.example.org")  # typed by her: contact.*

# --- Vovgala (a tower-complex reserve: tickets, guides and the border-zone pass) ------------------
CHECKPOINT = {"id": "kpp_armkhi", "lat": 42.86233, "lon": 44.68914}  # a border post (negative)
CHECKPOINT_FIX = (42.862311, 44.689102)
TOWERS = {"id": "vv_vovnushki", "name": "Vovnushki", "lat": 42.80598,
          "lon": 44.66127}  # the tower complex (a negative)
TOWER_FIX = (42.806213, 44.660874)  # her phone at the viewpoint
BZ_PASS = "BZ-06-2026-004471"  # her border-zone pass (personal.national_id)
TOUR = "VG-26-11905"  # the family's tickets booking (financial.purchase)

# --- Chapilg (home cooks' chapilgash and pastry orders) -------------------------------------------
COOK = {"id": "ck_0291", "name": "Khadizhat's Kitchen", "phone": "+79287004512",
        "lat": 43.22114, "lon": 44.77802}  # the home cook (a business: negatives)
ORDER = "CH-88104"  # her order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
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
    """An internal object ID (a slot, a lesson, a pump session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BRANCH", "BZ_PASS", "CARD_NO", "CHECKPOINT", "CHECKPOINT_FIX", "CLINIC",
           "CLINIC_FIX", "COOK", "COUSIN", "DAUGHTER", "FUEL_CARD", "FUND", "FUND_FIX", "HALL",
           "HALL_FIX", "HOME", "HOME_AT", "HUSBAND", "HUSBAND_PASSPORT", "INN", "LOAN", "MEMBER",
           "MIL_HOME", "MIL_HOME_AT", "MOTHER_IL", "ORDER", "PASSPORT", "ROAD_FIXES",
           "RU_ACCOUNT", "RU_NET", "SISTER_US", "SNILS", "STATION", "STATION_FIX", "STUDIO",
           "STUDIO_FIX", "SURGEON", "TEIP", "TOUR", "TOWERS", "TOWER_FIX", "TZ", "VILLAGE",
           "VNZH", "dev_block", "fix", "hd", "obj", "push"]
