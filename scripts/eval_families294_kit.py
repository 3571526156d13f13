"""Helpers for the two-hundred-and-ninety-fourth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived two years on the Makran coast of
Balochistan (Pakistan) with her Baloch husband Nasir Dashti, in the Mulla Band quarter of Gwadar,
her US SIM roaming; his family's date orchard and its karez (an underground channel) are in
Kalatuk village outside Turbat (Kech district), where her mother-in-law Banuk lives. Their son
Balach (4) was born with a cleft lip and palate. Her places (their Gwadar house, her fixes in the
orchard, on the karez, at the zikrana, at the health house, at the music school, at the cleft
camp) are hers (``location.precise`` where sent); the date market, the karez's mother well, the
zikrana, Koh-e-Murad, the health house, the music school, the cleft camp and the ice factory
are businesses' or the community's (negatives). People: her husband (``contact.*`` when she types
him), their son (a data subject: his name, birth date, sex, B-form number and cleft patient
number are labelled), her mother-in-law, her husband's brother in Muscat, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Karachi"

# --- her Makran life ------------------------------------------------------------------------------
GW_HOME = {"line": "House 27, Street 3, Mulla Band", "area": "Mulla Band", "town": "Gwadar",
           "district": "Gwadar", "region": "Balochistan", "post": "91200"}
GW_HOME_AT = (25.122734, 62.326915)  # their house (location.precise where sent)
HUSBAND = ("Nasir Dashti", "+923218840217")  # typed by her: contact.*
MOTHER_IL = ("Banuk Dashti", "+923338120954")  # her mother-in-law in Kalatuk, Turbat
MIL_LINE = "Dashti house, near the Kalatuk karez mouth"  # the mother-in-law's house (typed)
BROTHER_IL = ("Hammal Dashti", "+96891234587")  # her husband's brother in Muscat
SON = {"first": "Balach", "last": "Dashti", "dob": "2021-11-08", "sex": "boy",
       "bform": "52203-9911023-1", "patient": "KCP-21-0488"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Laura Doe", "+15550163377", "laura.doe@example.net")  # her sister in Oregon
POC = "52203-4418827-6"  # her Pakistan Origin Card (a foreign spouse's card: national_id)
PASSPORT = "583920417"  # her US passport (personal.national_id)
NTN = "7729184-3"  # her tax number for the date sales (personal.national_id)
PK_ACCOUNT = "PK62EXMP0004417720195538"  # her rupee account (financial.payment)
PK_NET = "41006"  # the visited network's MCC/MNC while roaming (location.carrier)
TURBAT = {"town": "Turbat", "district": "Kech", "village": "Kalatuk"}

# --- Hurmagbazar (the Turbat date market; she sells the orchard's dates) -------------------------
ORCHARD_AT = [(26.028114, 63.087402), (26.028790, 63.088611), (26.027702, 63.089230),
              (26.027031, 63.088012)]  # the family orchard's corners (hers: precise)
ROW_FIX = (26.027905, 63.088433)  # her phone among the palms at harvest
MANDI = {"id": "mnd_tbt01", "name": "Turbat Date Mandi", "phone": "+92852411730",
         "lat": 26.00412, "lon": 63.04721}  # the date market (negatives)
SELLER = "HB-TBT-0317"  # her seller account (id.user)

# --- Karezbahr (the Kalatuk karez's water turns) -------------------------------------------------
KAREZ = {"id": "krz_kalatuk", "name": "Kalatuk Karez", "well_lat": 26.03577,
         "well_lon": 63.07904}  # the karez and its mother well (negatives)
GATE_FIX = (26.028402, 63.087911)  # her fix at the orchard's channel gate
CHANNEL_FIX = (26.030115, 63.085262)  # her fix at a blockage on the channel
SHARE = "KLK-B-044"  # the family's water-share account (id.user)

# --- Khandag (the son's cleft lip and palate programme) ------------------------------------------
CAMP = {"id": "cmp_gwd", "name": "Cleft Outreach Camp, Gwadar District Hospital",
        "phone": "+92864210388", "lat": 25.12931, "lon": 62.32288}  # (negatives)
CAMP_FIX = (25.129287, 62.322941)
THERAPIST = ("Ms. Saima Rind", "s.rind@khandag.example.org")  # typed by her: contact.*

# --- Zikrdiwan (the Zikri community's app: her religion) -----------------------------------------
ZIKRANA = {"id": "zk_gwd_mb", "name": "Mulla Band Zikrana", "lat": 25.12388,
           "lon": 62.32511}  # the zikrana (a negative as a place)
ZIKRANA_FIX = (25.123861, 62.325142)
KOH_MURAD = (25.99641, 63.05820)  # the hill of the pilgrimage (a negative)
MEMBER = "ZD-GWD-2281"  # her community member number (id.user)

# --- Drahilog (the Lady Health Worker's household visits) -----------------------------------------
HEALTH_HOUSE = {"id": "hh_mb04", "name": "Mulla Band Health House", "lat": 25.12102,
                "lon": 62.32817}  # (negatives)
HH_FIX = (25.121044, 62.328139)
HOUSEHOLD = "LHW-GWD-04-0219"  # the household's register number (id.user)

# --- Barpjah (an ice factory: block ice for the launch and the house) -----------------------------
WORKSHOP = {"id": "if_gwd_07", "name": "Barpjah Ice Factory, Fish Harbour Road",
            "phone": "+92864211907",
            "lat": 25.12650, "lon": 62.32044}  # (negatives)
TECH_AT = (25.12488, 62.32391)  # the delivery truck on the way (a negative)
JOB = "BJ-25-40913"  # her ice order (financial.purchase)

# --- Surozwanag (a Balochi music school: she learns the suroz) ------------------------------------
SCHOOL = {"id": "msc_gwd", "name": "Surozwanag Music House", "phone": "+92864213355",
          "lat": 25.12731, "lon": 62.33012}  # (negatives)
SCHOOL_FIX = (25.127288, 62.330147)
STUDENT = "SW-24-0133"  # her student number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ur: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Urdu first with ``ur``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ur-PK,ur;q=0.9,en;q=0.8" if ur else "en-PK,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PK") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PK") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def mobail(token: str) -> dict[str, Any]:
    """A push registration with Balochi keys (``mobail`` device, ``zuban`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "mobail_id": L(INSTALL_ID, DID),
            "zuban": L("en", DEV), "wakht_zone": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot, a turn, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BROTHER_IL", "CAMP", "CAMP_FIX", "CHANNEL_FIX", "GATE_FIX", "GW_HOME", "GW_HOME_AT",
           "HEALTH_HOUSE", "HH_FIX", "HOUSEHOLD", "HUSBAND", "JOB", "KAREZ", "KOH_MURAD",
           "MANDI", "MEMBER", "MIL_LINE", "MOTHER_IL", "NTN", "ORCHARD_AT", "PASSPORT",
           "PK_ACCOUNT", "PK_NET", "POC", "ROW_FIX", "SCHOOL", "SCHOOL_FIX", "SELLER", "SHARE",
           "SISTER_US", "SON", "STUDENT", "TECH_AT", "THERAPIST", "TURBAT", "TZ", "WORKSHOP",
           "ZIKRANA", "ZIKRANA_FIX", "dev_block", "fix", "hd", "mobail", "obj", "push"]
