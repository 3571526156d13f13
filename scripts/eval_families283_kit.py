"""Helpers for the two-hundred-and-eighty-third (blind) evaluation set ("blind280"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Petrozavodsk (Petroskoi in Veps, Republic of
Karelia, Russia) on a Russian residence permit with her Veps husband Pavel Lonin and their daughter
Nastja (Anastasija Lonina, 11, fifth class), her US SIM roaming on a Russian network; weekends are
at the Lonins' family house in Sheltozero (Soutjarv in Veps, the Veps village on the south-west
shore of Lake Onega), where Pavel's mother Galina Lonina (74, disability group II) lives. Her
sister Emily is in Ohio. All fictional. Her places (the Petrozavodsk flat, the Sheltozero house,
the net spot on Onega, the log-house site, her fixes at the feldsher post, the search camp, the
forest plot of the daughter's club) are hers or the family's (``location.precise`` where sent);
the community's office, the feldsher post, the school, the carpenters' yard, the search camp's
base, the village hall and the hospital are businesses' or public places (negatives).
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

# --- her Karelian life ----------------------------------------------------------------------------
PZ_HOME = {"line": "ul. Anokhina 27, kv. 14", "town": "Petrozavodsk", "town_vep": "Petroskoi",
           "region": "Karelija", "post": "185035"}
PZ_HOME_AT = (61.783512, 34.352907)  # their flat (location.precise where sent)
SH_HOUSE = {"line": "ul. Pervomaiskaja 9", "village": "Sheltozero", "village_vep": "Soutjarv",
            "district": "Prionezhskii raion", "post": "185514"}
SH_HOUSE_AT = (61.366214, 35.361588)  # the Lonins' house in Sheltozero (precise where sent)
HUSBAND = ("Pavel Lonin", "+79215550418")  # typed by her: contact.*
HUSBAND_PATR = "Sergejevich"
DAUGHTER = {"first": "Anastasija", "short": "Nastja", "last": "Lonina", "dob": "2014-10-02",
            "sex": "devochka", "cert": "I-GI 718204"}  # a data subject (her birth certificate)
MOTHER_IL = ("Galina Lonina", "+79114450927", "1951-06-23")  # in Sheltozero (contact.* typed)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
VNZH = "82 1147290"  # her Russian residence permit (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
INN = "100184471925"  # her taxpayer number (personal.national_id)
SNILS = "174-512-903 41"  # her pension insurance number (personal.national_id)
OMS = "1051330891000214"  # her compulsory health insurance policy (health.medical)
RU_ACCOUNT = "40817810325004471928"  # her rouble account (financial.payment)
MIR_LAST4 = "7731"  # her Mir card's last four (financial.payment)
RU_NET = "25001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Kundkala (the Veps indigenous community of Soutjarv: register and traditional fishing) ------
KUND = {"id": "kund_sj01", "name": "Soutjarven vepsan kund", "lat": 61.36702,
        "lon": 35.35811, "phone": "+78145635120"}  # the community's office (negatives)
NET_AT = (61.351204, 35.431877)  # her fix at the family's nets on Onega (precise)
KUND_MEMBER = "SVK-0417"  # the household's member number (id.user)

# --- Tervhuzpunkt (the village feldsher-midwife post with tele-consults) --------------------------
FAP = {"id": "fap_sj", "name": "Sheltozero FAP", "lat": 61.36533, "lon": 35.36618,
       "phone": "+78145635211"}  # the post (negatives)
FAP_FIX = (61.365297, 35.366242)  # her phone at the post
CARD_NO = "SJ-FAP-2291"  # her outpatient card number (health.medical)

# --- Mecnikad (the daughter's school forestry club) -----------------------------------------------
SCHOOL = {"id": "sch_pz17", "name": "Petrozavodsk School No. 17", "lat": 61.78066,
          "lon": 34.36122}  # (negatives)
PLOT_AT = (61.801247, 34.251118)  # the club's forest plot where Nastja works (precise: hers)
PUPIL = "PZ17-5B-0311"  # her member/pupil number in the club (id.user)

# --- Hirzpert (a log-house carpentry crew's order: the log banya at the Sheltozero house) --------
YARD = {"id": "yard_kv", "name": "Kuz' Carpentry Crew", "lat": 61.40931, "lon": 35.30288,
        "phone": "+79535550771"}  # the crew's yard (negatives)
CONTRACT = "HP-2026-0088"  # her contract (financial.purchase)

# --- Mustoz (a WWII search detachment's volunteer app) --------------------------------------------
CAMP = {"id": "camp_sv26", "name": "Svir line camp", "lat": 61.29841, "lon": 35.18773}
CAMP_FIX = (61.298377, 35.187921)  # her phone at the camp
FIND_AT = (61.301862, 35.192407)  # her fix at a find in the forest (precise)
VOLUNTEER = "MST-V-2093"  # her volunteer number (id.user)
GREATGRAND = ("Ivan Lonin", "1904")  # the husband's great-grandfather, missing in 1941

# --- Kulanvanhim (the village elder's residents' app of Sheltozero) -------------------------------
HALL = {"id": "hall_sj", "lat": 61.36611, "lon": 35.36092}  # the village hall (negative)
RESIDENT = "SJ-R-118"  # the household's resident record (id.user)

# --- Abutaksi (the social taxi for her mother-in-law) ---------------------------------------------
HOSPITAL = {"id": "hosp_rb", "name": "Republican Hospital, Petrozavodsk", "lat": 61.77612,
            "lon": 34.39915}  # (negative)
RIDER = "ST-10-55821"  # the mother-in-law's social-taxi rider number (id.user)


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
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a net, a lesson, a stage, a ride): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CAMP", "CAMP_FIX", "CARD_NO", "CONTRACT", "DAUGHTER", "FAP", "FAP_FIX", "FIND_AT",
           "GREATGRAND", "HALL", "HOSPITAL", "HUSBAND", "HUSBAND_PATR", "INN", "KUND",
           "KUND_MEMBER", "MIR_LAST4", "MOTHER_IL", "NET_AT", "OMS", "PASSPORT", "PLOT_AT",
           "PUPIL", "PZ_HOME", "PZ_HOME_AT", "RESIDENT", "RIDER", "RU_ACCOUNT", "RU_NET",
           "SCHOOL", "SH_HOUSE", "SH_HOUSE_AT", "SISTER_US", "SNILS", "TZ", "VNZH", "VOLUNTEER",
           "YARD", "dev_block", "fix", "hd", "obj", "push"]
