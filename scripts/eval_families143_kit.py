"""Helpers for the hundred-and-forty-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Stone Town (Zanzibar, Tanzania)
with her Tanzanian husband Salim Juma Haji and their son Amani (9), her US SIM roaming. Her
places (their house in Mkunazini, her fixes at the seaweed lines off Paje, the spice farm where
she guides, the dala-dala stand, the clinic, the coding club, the henna studio, the mosque) are
hers (``location.precise`` where sent); the cooperative's store, the spice farm, the dala-dala
stands, the clinic, the club, the studio and the mosque are businesses' or the community's
(negatives as places). People: her husband (``contact.*`` when she types him), their son (a data
subject: his name, birth date, sex and member number are labelled), her husband's niece (the
bride), her sister-in-law, the clinic's pharmacist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Dar_es_Salaam"

# --- her Stone Town life --------------------------------------------------------------------------
HOME = {"line": "House 417, Mtaa wa Mkunazini", "area": "Mkunazini", "town": "Stone Town",
        "district": "Mjini", "region": "Mjini Magharibi", "island": "Unguja"}
HOME_AT = (-6.163418, 39.190227)  # her house (location.precise where sent)
HUSBAND = ("Salim Juma Haji", "+255777410236")  # typed by her: contact.*
SON = {"first": "Amani", "last": "Salim", "dob": "2016-08-09", "sex": "boy",
       "member": "CKZ-2025-0318"}  # a data subject (sets 29, 35, 37)
NIECE = ("Zuhura Khamis", "+255773120948")  # the bride (her husband's niece)
SISTER_IN_LAW = ("Mwanaisha Juma", "+255776550317")
ZANID = "ZAN-070418823"  # her Zanzibar resident ID (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
TZ_ACCOUNT = "0150388214700"  # her Stone Town bank account (financial.payment)

# --- Mwanisoko (a seaweed farmers' cooperative; Swahili keys) -------------------------------------
STORE = {"id": "ghala_paje", "name": "Ghala la Ushirika Paje", "lat": -6.26488, "lon": 39.53512,
         "phone": "+255242240117"}  # the co-op's drying store (negatives)
FARM_LINES = [(-6.268114, 39.541207), (-6.268530, 39.542011), (-6.269402, 39.541688),
              (-6.268991, 39.540872)]  # her seaweed lines in the lagoon (hers: precise)
LINES_FIX = (-6.268702, 39.541455)  # her phone on the lines at low tide
MEMBER_NO = "MWS-PJ-00871"  # her co-op membership number (id.user)
DELIVERY = "RS-2603-11842"  # a weighed delivery receipt (financial.purchase)

# --- Spicewalk (spice-farm tour guide bookings; she guides) ---------------------------------------
SPICE_FARM = {"id": "sf_kizimbani", "name": "Kizimbani Spice Garden", "lat": -6.11902,
              "lon": 39.25318, "phone": "+255777300412"}  # the farm (negatives)
FARM_FIX = (-6.119044, 39.253219)  # her phone at the farm gate
GUIDE_NO = "SW-G-4418"  # her guide profile number (id.user)
LICENCE = "ZCT-TG-2025-1177"  # her tour-guide licence (a government licence: personal.national_id)
TOUR = "TB-88120451"  # a tour booking she runs (negative: the guests' booking, not hers)

# --- Daladash (dala-dala routes and a fare wallet) ------------------------------------------------
STAND_DARAJANI = {"id": "st_darajani", "name": "Darajani Terminal", "lat": -6.16102,
                  "lon": 39.19322}  # the terminal (negatives)
STAND_FIX = (-6.161048, 39.193198)  # her phone at the terminal
ROUTE = {"id": "r_324", "name": "Darajani - Paje (324)", "fare": 3000}  # public (negatives)
RIDER = "DD-7710-5542"  # her fare card (id.user)

# --- Fungasalama (a clinic-run Ramadan fasting-safety app for her hypertension) -------------------
CLINIC = {"id": "cl_mnazi", "name": "Mnazi Mmoja Family Clinic", "lat": -6.16811,
          "lon": 39.19247, "phone": "+255242231090"}  # the clinic (negatives)
CLINIC_FIX = (-6.168132, 39.192455)
PATIENT_NO = "MMFC-2025-33817"  # her clinic record number (health.medical)
PHARMACIST = ("Dr Rehema Said", "r.said@mmfc.example.org")  # typed by her: contact.*
CUFF = {"serial": "BPM-3Q-118420", "ble": "D2:7A:41:0C:9E:13", "fw": "2.0.9"}  # negatives

# --- Codekidz (the son's after-school coding club) ------------------------------------------------
CLUB = {"id": "club_forodhani", "name": "Forodhani Code Club", "lat": -6.15921,
        "lon": 39.18762, "phone": "+255777882104"}  # the club (negatives)
CLUB_FIX = (-6.159233, 39.187588)  # her fix at pick-up
CLUB_INVOICE = "CK-INV-2026-0318"  # the term's fee invoice (financial.purchase)

# --- Hinastudio (a bridal henna studio's bookings) ------------------------------------------------
STUDIO = {"id": "hs_malindi", "name": "Malindi Henna House", "lat": -6.15688, "lon": 39.19133,
          "phone": "+255777615003"}  # the studio (negatives)
STUDIO_FIX = (-6.156902, 39.191311)
HENNA_BOOKING = "HH-25-00734"  # her booking (financial.purchase)

# --- Waqfmaji (a Stone Town mosque's waqf: wells, iftar and the madrasa roof) ---------------------
MOSQUE = {"id": "msk_mkunazini", "name": "Msikiti wa Ijumaa Mkunazini", "lat": -6.16297,
          "lon": 39.19058}  # the mosque (a negative as a place)
MOSQUE_FIX = (-6.162981, 39.190561)
DONOR = "WQF-D-20911"  # her donor number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", sw: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Tanzania, Swahili with ``sw``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("sw-TZ,sw;q=0.9,en;q=0.8" if sw else "en-TZ,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_TZ") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_TZ") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def bp_series(rng: random.Random, n: int, t0: int = 1772524800) -> list[dict[str, Any]]:
    """Her cuff's readings (systolic, diastolic, pulse) around suhoor and iftar: one series."""
    return [{"t": t0 + 21600 * i, "sys": rng.randrange(128, 162), "dia": rng.randrange(82, 101),
             "pulse": rng.randrange(64, 90), "tag": rng.choice(["suhoor", "iftar", "night"])}
            for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a reading): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CLINIC", "CLINIC_FIX", "CLUB", "CLUB_FIX", "CLUB_INVOICE", "CUFF", "DELIVERY",
           "DONOR", "FARM_FIX", "FARM_LINES", "GUIDE_NO", "HENNA_BOOKING", "HOME", "HOME_AT",
           "HUSBAND", "LICENCE", "LINES_FIX", "MEMBER_NO", "MOSQUE", "MOSQUE_FIX", "NIECE",
           "PASSPORT", "PATIENT_NO", "PHARMACIST", "RIDER", "ROUTE", "SISTER_IN_LAW", "SON",
           "SPICE_FARM", "STAND_DARAJANI", "STAND_FIX", "STORE", "STUDIO", "STUDIO_FIX", "TOUR",
           "TZ", "TZ_ACCOUNT", "ZANID", "bp_series", "dev_block", "fix", "hd", "obj", "push"]
