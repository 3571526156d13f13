"""Helpers for the hundred-and-thirty-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Port Vila (Efate, Vanuatu) with
her husband Joel Malesu, her US SIM roaming; their daughter Grace boards at a secondary school
in north Efate. Her places (her Tassiriki house, her fixes at the nakamal, the marina, the
church, the clinic, the shelter, her husband's family's plantation on Malakula) are hers
(``location.precise`` where sent); the kava bar, the marina, the yacht, the church, the clinic,
the buying station, the school, the wharf and the shelter are businesses' or the council's
(negatives). People: her husband (``contact.*`` when she types him), their daughter (a data
subject: her name, birth date, sex and student number are labelled), a fellowship sister, her
sister in the US, the wound nurse.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Efate"

# --- her Port Vila life ---------------------------------------------------------------------------
VILA_HOME = {"line": "Lot 14 Tassiriki Road", "area": "Tassiriki", "town": "Port Vila",
             "island": "Efate", "province": "Shefa"}
VILA_HOME_AT = (-17.726541, 168.317982)  # her house (location.precise where sent)
HUSBAND = ("Joel Malesu", "+6787741206")  # typed by her: contact.*
DAUGHTER = {"first": "Grace", "last": "Malesu", "dob": "2010-03-14", "sex": "girl",
            "student": "NES-2023-0417"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
FELLOW_SISTER = ("Mereana Kalo", "+6785583190")  # a fellowship sister she names
NATIONAL_ID = "VU-RES-0588214"  # her resident identity card (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
VU_ACCOUNT = "0012204471938"  # her Vila bank account (financial.payment)

# --- Malokpoen (a kava bar's loyalty app) ---------------------------------------------------------
NAKAMAL = {"id": "nk_0317", "name": "Nakamal Blong Wota", "phone": "+6782599014",
           "lat": -17.74102, "lon": 168.31655, "ssid": "Nakamal-Wota-Free",
           "bssid": "9c:53:22:7e:41:b0"}  # the bar (point, phone: negatives; Wi-Fi joined: wifi)
NAKAMAL_FIX = (-17.741047, 168.316531)  # her phone at the bar
KAD = "MP-4471-0920"  # her loyalty card (id.user)
MALOK_ORDER = "OD-25120944"  # an order (financial.purchase)

# --- Halyardcrew (yacht-charter crew booking; she is a charter cook) -----------------------------
MARINA = {"id": "mar_vli", "name": "Vila Bay Marina", "lat": -17.74331, "lon": 168.31137,
          "phone": "+6782233071"}  # a business (negatives)
MARINA_FIX = (-17.743288, 168.311421)  # her check-in on the pontoon
YACHT = {"id": "vsl_8812", "name": "SY Lorikeet", "mmsi": "576112233"}  # the boat (negatives)
ANCHORAGE_AT = (-17.58702, 168.20711)  # Havannah Harbour anchorage (a chart point: negative)
AT_SEA_FIX = (-17.652114, 168.247390)  # her phone at sea on the charter

# --- Sistaring (a Presbyterian women's fellowship and offering app) -------------------------------
CHURCH = {"id": "ch_tbk", "name": "Tabakis Presbyterian Church", "lat": -17.73012,
          "lon": 168.32088}  # the congregation's hall (a negative as a place)
CHURCH_FIX = (-17.730144, 168.320852)
MEMBER = "TPC-W-0291"  # her fellowship member number (id.user)

# --- Soafut (a wound clinic's foot-ulcer app) ----------------------------------------------------
CLINIC = {"id": "wc_vila", "name": "Vila Wound & Foot Clinic", "phone": "+6782291155",
          "lat": -17.74595, "lon": 168.31802}  # the clinic (negatives)
CLINIC_FIX = (-17.745932, 168.318067)
PATIENT_NO = "VWC-118204"  # her clinic record number (health.medical)
NURSE = ("Sister Anne Tavoa", "a.tavoa@vwfc.example.org")  # her wound nurse (typed: contact.*)
METER = {"serial": "GLM-7K2-448812", "ble": "E4:11:9A:3C:70:2F", "fw": "1.8.4"}  # negatives

# --- Kokobaem (a copra and cocoa buyer) -----------------------------------------------------------
GROWER = "KB-MLK-20417"  # her grower number (id.user)
STATION = {"id": "st_lkt", "name": "Lakatoro Buying Station", "lat": -16.10661,
           "lon": 167.41703, "phone": "+6784866102"}  # the buyer's shed (negatives)
PLOT = [(-16.135224, 167.438112), (-16.135871, 167.439240), (-16.136702, 167.438551),
        (-16.136010, 167.437419)]  # the family plantation's corners (hers: precise)
LANDING_AT = (-16.133905, 167.440226)  # the family's beach landing (hers: precise)
DOCKET = "LKT-25-08812"  # a delivery docket (financial.purchase)

# --- Skulfi (a secondary school's boarding fees) --------------------------------------------------
SCHOOL = {"id": "sch_nes", "name": "Takara Ridge College", "lat": -17.58812,
          "lon": 168.44307, "phone": "+6785522870"}  # the school (negatives)
INVOICE = "INV-T1-2026-0417"  # the term's boarding invoice (financial.purchase)
WHARF_FIX = (-17.742811, 168.313092)  # her fix at the wharf when Grace comes home

# --- Saeklonsef (cyclone-shelter booking and check-in) --------------------------------------------
SHELTER = {"id": "sh_fw3", "name": "Freswota School Hall", "lat": -17.73288, "lon": 168.33017,
           "qr": "SH-FW3-QR-7741", "ssid": "Freswota-Shelter-WiFi",
           "bssid": "f0:9f:c2:18:6a:3d"}  # the shelter (point, QR: negatives; Wi-Fi joined: wifi)
SHELTER_FIX = (-17.732861, 168.330155)
HOUSEHOLD = "HH-SHEFA-440912"  # her household's registration (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", bi: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Vanuatu, Bislama with ``bi``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("bi-VU,bi;q=0.9,en;q=0.8" if bi else "en-VU,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_VU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_VU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def glucose(rng: random.Random, n: int, t0: int = 1765238400) -> list[dict[str, Any]]:
    """Her meter's readings (mmol/L, before/after meals): one medical series."""
    return [{"t": t0 + 21600 * i, "mmol": round(rng.uniform(6.8, 12.4), 1),
             "tag": rng.choice(["fasting", "pre", "post"])} for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a shell order line, an assignment, a wound): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ANCHORAGE_AT", "AT_SEA_FIX", "CHURCH", "CHURCH_FIX", "CLINIC", "CLINIC_FIX",
           "DAUGHTER", "DOCKET", "FELLOW_SISTER", "GROWER", "HOUSEHOLD", "HUSBAND", "INVOICE",
           "KAD", "LANDING_AT", "MALOK_ORDER", "MARINA", "MARINA_FIX", "MEMBER", "METER",
           "NAKAMAL", "NAKAMAL_FIX", "NATIONAL_ID", "NURSE", "PASSPORT", "PATIENT_NO", "PLOT",
           "SCHOOL", "SHELTER", "SHELTER_FIX", "SISTER_US", "STATION", "TZ", "VILA_HOME",
           "VILA_HOME_AT", "VU_ACCOUNT", "WHARF_FIX", "YACHT", "dev_block", "fix", "glucose",
           "hd", "obj", "push"]
