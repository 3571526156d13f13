"""Helpers for the two-hundred-and-thirtieth (blind) evaluation set ("blind227"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``,
the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set
24's).

This kit adds what the set's apps share. She (the profile's person, a US SIM roaming) lives in
Alofi (Niue) with her Niuean husband Sione Tukutama, a fisheries officer, and their son Mikaele
(8); they spend the school holidays and her clinic weeks in Auckland at his mother Lagi
Tukutama's house in Mangere Bridge. Her places (their house in Alofi North, her fixes in the
family's bush land at Hakupu where they hunt coconut crabs, on the wharf and at sea, at the
Hakupu hall, at the quit-vaping clinic in Otahuhu, at the children's continence clinic, her
mother-in-law's house) are hers (``location.precise`` where sent); the fisheries office, the
wharf and its crane, the fish aggregating device, the philatelic bureau, the village hall, the
clinics, the trustee company's office and the Huvalu forest's boundary are businesses' or public
points (negatives). People: her husband (``contact.*`` when she types him), their son (a data
subject: his name, birth date, sex, NHI and his alarm's nights are labelled), her mother-in-law,
her sister in the US, the nurse and the trustee officer (typed by her: ``contact.*``).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Niue"
TZ_AK = "Pacific/Auckland"

# --- her Niue and Auckland life -------------------------------------------------------------------
NU_HOME = {"line": "Hio Road, Lot 41", "village": "Alofi North", "town": "Alofi",
           "island": "Niue"}  # their house (contact.address / location.coarse)
NU_HOME_AT = (-19.041873, -169.917552)  # their house (location.precise where sent)
AK_HOME = {"line": "27 Kotuku Avenue", "suburb": "Mangere Bridge", "city": "Auckland",
           "post": "2022"}  # her mother-in-law's house, where they stay in Auckland
AK_HOME_AT = (-36.937842, 174.787215)
HUSBAND = ("Sione Tukutama", "+68358214")  # typed by her: contact.*
MOTHER_IL = ("Lagi Tukutama", "+64215554187")  # her mother-in-law in Mangere Bridge
SON = {"first": "Mikaele", "last": "Tukutama", "dob": "2017-08-03", "sex": "tama tane",
       "nhi": "ZKT4521"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Anna Doe", "+15550147731", "anna.doe@example.net")  # her sister in Oregon
PASSPORT = "583004172"  # her US passport (personal.national_id)
PERMIT_NU = "NRP-2024-0318"  # her Niue residence permit (personal.national_id)
IRD = "118442907"  # her NZ tax (IRD) number (personal.national_id)
NHI = "ZMR8830"  # her NZ National Health Index number (personal.national_id: see the calls)
NZ_ACCOUNT = "02-0512-0318842-00"  # her NZ dollar bank account (financial.payment)
NU_NET = "55501"  # a visited network's MCC/MNC as this set writes it (location.carrier)

# --- Tohi Uga (coconut-crab permit and catch log; Niuean keys) ------------------------------------
FISHERIES = {"id": "df_alofi", "name": "Fisheries Office Alofi", "phone": "+6834032",
             "lat": -19.05472, "lon": -169.91903}  # the permit office (negatives)
BUSH_AT = (-19.108724, -169.852391)  # her phone in the family's bush land at Hakupu
HUVALU_EDGE = (-19.07510, -169.80433)  # the forest conservation area's boundary (a negative)
UGA_PERMIT = "UGA-25-0297"  # her household's harvest permit (id.user)

# --- Hiki Vaka (the Alofi wharf crane's boat-launch bookings and sea-trip plans) ------------------
WHARF = {"id": "wf_alofi", "name": "Alofi Wharf crane", "phone": "+6834065", "lat": -19.05348,
         "lon": -169.92231}  # (negatives)
WHARF_FIX = (-19.053512, -169.922187)  # her phone on the wharf
FAD_AT = (-19.07312, -169.96580)  # a fish aggregating device's charted point (a negative)
SEA_FIX = (-19.068917, -169.958244)  # her phone aboard, near the FAD
BOAT = {"name": "Vaka Lagi", "reg": "NU-0417", "len_m": 5.2}  # no taxonomy type: unlabelled
CRANE_ACCOUNT = "HVK-AL-20883"  # their crane account

# --- Tupe Fakamanatu (the philatelic and numismatic bureau's collector subscription) ------------
BUREAU = {"id": "npb_alofi", "name": "Niue Philatelic and Numismatic Bureau", "lat": -19.05588,
          "lon": -169.91951, "phone": "+6834021"}  # (negatives)
COLLECTOR = "NPB-C-220418"  # her collector account (id.user)

# --- Tala Moana (the seabed-minerals consultation's submissions) ----------------------------------
HALL = {"id": "hall_hakupu", "name": "Hakupu Village Hall", "lat": -19.11722,
        "lon": -169.84610}  # the village hall (a negative)
HALL_FIX = (-19.117251, -169.846042)  # her phone at the village meeting
SUBMITTER = "SM-2025-00731"  # her submitter number (id.user)

# --- Manava Malolo (a Pacific provider's quit-vaping coaching; Otahuhu) ---------------------------
QUIT = {"id": "qs_otahuhu", "name": "Manava Malolo Otahuhu", "lat": -36.94650, "lon": 174.84070,
        "phone": "+6492765512"}  # the clinic (negatives)
QUIT_FIX = (-36.946481, 174.840733)
QUIT_ID = "MM-40218"  # her client number (id.user)
COACH = ("Losa Fifita", "losa.f@manavamalolo.example.org")  # her coach, typed: contact.*

# --- Mohe Mafana (the son's bedwetting alarm and the continence nurse) ----------------------------
CLINIC = {"id": "cc_grafton", "name": "Children's Continence Clinic Grafton", "lat": -36.86046,
          "lon": 174.77005, "phone": "+6493074949"}  # (negatives)
CLINIC_FIX = (-36.860482, 174.770088)
ALARM = {"serial": "MM-AL-77120441", "ble": "D3:41:7A:0C:55:E2", "fw": "2.4.1"}  # (negatives)
NURSE = ("Mele Hekau", "+6493074961")  # the continence nurse, typed by her: contact.*

# --- Tohi Tukumuli (a trustee company's online will) ----------------------------------------------
TRUSTEE = {"id": "tc_akl", "name": "Tukumuli Trustee Company", "lat": -36.84712,
           "lon": 174.76583, "phone": "+6493095800"}  # (negatives)
WILL_NO = "TW-2025-118204"  # her will's file number (id.user)
OFFICER = ("Hemi Walker", "hemi.walker@tukumuli.example.co.nz")  # trust officer: contact.*


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", niu: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (New Zealand English, Niuean first with
    ``niu``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("niu-NU,niu;q=0.9,en-NZ;q=0.8" if niu else "en-NZ,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NZ", tz: str = TZ) -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(tz, DEV)}


def push(token: str, lang: str = "en_NZ", tz: str = TZ) -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang, tz)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a catch line, a night, a clause): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "AK_HOME",
    "AK_HOME_AT",
    "ALARM",
    "BOAT",
    "BUREAU",
    "BUSH_AT",
    "CLINIC",
    "CLINIC_FIX",
    "COACH",
    "COLLECTOR",
    "CRANE_ACCOUNT",
    "FAD_AT",
    "FISHERIES",
    "HALL",
    "HALL_FIX",
    "HUSBAND",
    "HUVALU_EDGE",
    "IRD",
    "MOTHER_IL",
    "NHI",
    "NURSE",
    "NU_HOME",
    "NU_HOME_AT",
    "NU_NET",
    "NZ_ACCOUNT",
    "OFFICER",
    "PASSPORT",
    "PERMIT_NU",
    "QUIT",
    "QUIT_FIX",
    "QUIT_ID",
    "SEA_FIX",
    "SISTER_US",
    "SON",
    "SUBMITTER",
    "TRUSTEE",
    "TZ",
    "TZ_AK",
    "UGA_PERMIT",
    "WHARF",
    "WHARF_FIX",
    "WILL_NO",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
