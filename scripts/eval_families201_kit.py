"""Helpers for the two-hundred-and-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe, a US citizen with Zimbabwean
permanent residence) lives in Hillside, Bulawayo with her Ndebele husband Mthokozisi Ncube and
their son Thabani (7); she spends one week a month in Gwanda, where the Ncube family holds a
small-scale gold claim she co-holds; her parents-in-law Jabulani and Sithembile (MaNdlovu) Ncube
live at the family homestead outside Plumtree. Her US SIM roams (Zimbabwean network 648-04) and
she has a local number for mobile money. Her places (their Hillside house, her fixes at the
claim, her housing co-operative stand in Cowdray Park, the in-laws' homestead, her tent plot at
the Easter conference, her fixes at the clinics' doors and the rehearsal hall) are hers
(``location.precise`` where sent); the mines office, the gold buying centre, the border post,
the co-operative's office, the mission, the clinics and the halls are public or businesses'
places (negatives). People: her husband, son, parents-in-law, the claim's foreman, the group's
leader (``contact.*`` when she types them).

Zimbabwean national registration numbers are ``RR-SSSSSS(S)-C-DD`` (registration office, serial,
check letter, district of origin); the check letter is ``(RR SSSSSSS as one number) mod 23``
over ``ZABCDEFGHJKLMNPQRSTVWXY`` (computed by ``zw_id`` below).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Harare"
_ZW = "ZABCDEFGHJKLMNPQRSTVWXY"


def zw_id(office: str, serial: str, district: str) -> str:
    """A Zimbabwean national registration number with its check letter."""
    return f"{office}-{serial}-{_ZW[int(office + serial) % 23]}-{district}"


# --- her Bulawayo life ----------------------------------------------------------------------------
HOME = {"line": "23 Moffat Avenue", "area": "Hillside", "town": "Bulawayo",
        "province": "Bulawayo Metropolitan"}
HOME_AT = (-20.175412, 28.604237)  # their Hillside house (location.precise where sent)
ZW_MOBILE = "+263774126830"  # her local Econet-style number (contact.phone)
ZW_MOBILE_LOCAL = "0774 126 830"
MY_ID = zw_id("08", "2963104", "00")  # her ID as a permanent resident (personal.national_id)
PASSPORT = "567120934"  # her US passport
LICENCE = "DL-0487213"  # her Zimbabwean driving licence number (personal.national_id)
ZW_ACCOUNT = "1120447890215"  # her USD bank account (financial.payment)
ZW_NET = "64804"  # the visited network (location.carrier)
HUSBAND = {"name": "Mthokozisi Ncube", "first": "Mthokozisi", "phone": "+263772518844",
           "id": zw_id("08", "2274523", "19")}
SON = {"first": "Thabani", "last": "Ncube", "dob": "2018-06-09", "sex": "umfana",
       "id": zw_id("08", "4471836", "19")}  # a data subject (his name, birth date, ID, health)
MOTHER_IL = ("Sithembile Ncube", "+263712447190")  # MaNdlovu, at the Plumtree homestead
FATHER_IL = ("Jabulani Ncube", "+263712447203")
INLAWS_AT = (-20.486213, 27.805874)  # the family homestead outside Plumtree (theirs: precise)

# --- Igolide Lethu (the family's small-scale gold claim near Gwanda) ------------------------------
CLAIM = {"reg": "GWD-7731", "name": "Nkwali 4 Gold Claim"}  # the claim's registration (negative)
BEACONS = [(-20.883214, 29.062407), (-20.882871, 29.064119), (-20.884502, 29.064581),
           (-20.884913, 29.062866)]  # the claim's pegs (the family's land: precise)
SHAFT_FIX = (-20.883907, 29.063512)  # her phone at the shaft head
MINES_OFFICE = {"id": "mo_gwd", "name": "Gwanda Mining Office", "lat": -20.93872,
                "lon": 29.01265}  # (negative)
BUYER = {"id": "gbc_gwd02", "name": "Gwanda Gold Buying Centre", "phone": "+263842822401",
         "lat": -20.94101, "lon": 29.00842}  # the buying centre (negatives)
MINER_NO = "SSM-MT-04418"  # her small-scale miner's registration (id.user)
FOREMAN = ("Sibusiso Dube", "+263783310472", zw_id("19", "1286407", "19"))

# --- Mngcele Drive (cross-border vehicle permit and motor cover, Plumtree border) -----------------
BORDER = {"id": "bp_plumtree", "name": "Plumtree Border Post", "lat": -20.48741,
          "lon": 27.78382}  # (negative)
BORDER_FIX = (-20.487302, 27.784011)  # her phone in the border queue
CAR = {"plate": "AFH 2931", "make": "Toyota", "model": "Corolla", "year": 2014}  # (negatives)
POLICY = "MGC-ZW-2026-08817"  # her cover (financial.purchase)

# --- Indlu Yethu (a Bulawayo housing co-operative) ------------------------------------------------
COOP = {"id": "hc_tshabalala", "name": "Siyakha Housing Co-operative", "lat": -20.08391,
        "lon": 28.51927}  # the co-operative's site office (negative)
STAND = {"no": "CP-4417", "pegs": [(-20.082614, 28.521408), (-20.082733, 28.521702),
                                   (-20.083011, 28.521590), (-20.082892, 28.521296)]}
STAND_FIX = (-20.082811, 28.521502)  # her phone on the stand
MEMBER = "SHC-M-0392"  # her co-operative membership (id.user)

# --- Umhlangano (an Easter conference at a mission) -----------------------------------------------
MISSION = {"id": "ms_siya", "name": "Siyaphambili Mission", "lat": -20.61231,
           "lon": 29.13452}  # (negative)
TENT_FIX = (-20.612804, 29.135117)  # her tent plot (precise)
CHURCH_NO = "BIC-BYO-HS-0218"  # her congregation's member number (id.user)

# --- Indlebe (a paediatric ear, nose and throat clinic) ------------------------------------------
ENT = {"id": "ent_sub", "name": "Suburbs Children's ENT Centre", "phone": "+263292231480",
       "lat": -20.15281, "lon": 28.59372}  # (negatives)
ENT_FIX = (-20.152791, 28.593802)
FILE_NO = "SCE-2026-01177"  # Thabani's patient file (health.medical)

# --- Isandla (a hand and wrist clinic; her carpal tunnel) -----------------------------------------
HAND = {"id": "hw_hill", "name": "Hillside Hand & Wrist Clinic", "phone": "+263292242915",
        "lat": -20.16724, "lon": 28.59813}  # (negatives)
HAND_FIX = (-20.167221, 28.598149)
CHART = "HHW-04431"  # her chart (health.medical)
MEDAID = "CIM-2218-4471-01"  # her medical-aid member number (id.user, as set 37's member ID)

# --- Imbube Yethu (an a-cappella imbube group; she is its secretary) ------------------------------
HALL = {"id": "hl_stanley", "name": "Stanley Hall, Makokoba", "lat": -20.14822,
        "lon": 28.56791}  # the rehearsal hall (negative)
HALL_FIX = (-20.148191, 28.567955)
GROUP = {"id": "grp_izwi", "name": "Izwi Labantwana Bethu"}  # (negatives)
LEADER = ("Nkosinathi Moyo", "+263773904215")


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", nd: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, isiNdebele first with ``nd``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("nd-ZW,nd;q=0.9,en;q=0.8" if nd else "en-ZW,en;q=0.9", DEV)
    return h


def idivayisi(token: str, lang: str = "nd_ZW") -> dict[str, Any]:
    """A first-party push registration with isiNdebele keys (token and install ID ``id.device``,
    the rest ``device.info``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "inombolo_yedivayisi": L(INSTALL_ID, DID),
            "imodeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "ulimi": L(lang, DEV),
            "isikhathi_sendawo": L(TZ, DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a delivery line, a slot, a rehearsal): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BEACONS", "BORDER", "BORDER_FIX", "BUYER", "CAR", "CHART", "CHURCH_NO", "CLAIM",
           "COOP", "ENT", "ENT_FIX", "FATHER_IL", "FILE_NO", "FOREMAN", "GROUP", "HALL",
           "HALL_FIX", "HAND", "HAND_FIX", "HOME", "HOME_AT", "HUSBAND", "INLAWS_AT", "LEADER",
           "LICENCE", "MEDAID", "MEMBER", "MINER_NO", "MINES_OFFICE", "MISSION", "MOTHER_IL",
           "MY_ID", "PASSPORT", "POLICY", "SHAFT_FIX", "SON", "STAND", "STAND_FIX", "TENT_FIX",
           "TZ", "ZW_ACCOUNT", "ZW_MOBILE", "ZW_MOBILE_LOCAL", "ZW_NET", "fix", "hd",
           "idivayisi", "obj", "zw_id"]
