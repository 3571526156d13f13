"""Helpers for the two-hundred-and-seventy-eighth (blind, "blind275") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Sukhum (Sukhumi, Abkhazia) with her husband
Inal Ketsba, an Abkhaz whose family came back from Duzce (Turkey) in 2011 as repatriates; her US SIM
roams on the local network. Their son Astan (10) goes to a school in Sinop and to the children's
technical creativity station's model-aircraft club. Weekends are at the family house in Gudauta
where her mother-in-law Nuriye lives. Her places (their Sinop flat, the Gudauta house, her fixes at
the polyclinic, the bank branch, the repatriation office, the creativity station's gate, the repair
shop, the primate nursery) are hers (``location.precise`` where sent); the polyclinic, the bank, the
committee's office, the station, the shop, the nursery, the window firm and a model airfield are
businesses' or public places (negatives). People: her husband (``contact.*`` when she types him),
their son (a data subject: his name, birth date, sex, birth certificate number and club member
number are labelled), her mother-in-law, her counsellor at the polyclinic."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Moscow"  # Abkhazia keeps Moscow time

# --- her Sukhum life ------------------------------------------------------------------------------
HOME = {"line": "22 Chanba St, apt 5", "area": "Sinop", "town": "Sukhum", "post": "384904"}
HOME_AT = (43.008631, 40.994572)  # their flat in Sinop (location.precise where sent)
GUD = {"line": "9 Nartaa Lane", "town": "Gudauta", "post": "384500"}  # the family house
GUD_AT = (43.104918, 40.627361)  # the Gudauta house (the family's: precise)
HUSBAND = ("Inal Ketsba", "+79409312274", "1983-02-09")  # typed by her: contact.*
HUSBAND_PASSPORT = "AB 0412886"  # his Abkhaz passport (personal.national_id)
MOTHER_IL = ("Nuriye Ketsba", "+79409407716")  # her mother-in-law in Gudauta
SON = {"first": "Astan", "last": "Ketsba", "dob": "2015-06-12", "sex": "achkwyn",
       "cert": "II-AB 048217", "member": "STT-AV-0311"}  # a data subject (sets 29, 35, 37)
RESIDENCE = "VNZh-AB-0027715"  # her Abkhaz residence permit (personal.national_id)
PASSPORT = "548813207"  # her US passport (personal.national_id)
RU_ACCOUNT = "40817810500000418836"  # her rouble account at a local bank (financial.payment)
AB_NET = "28967"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Apsyra (the polyclinic's smoking-cessation programme) ----------------------------------------
POLY = {"id": "pc_sk2", "name": "Sukhum City Polyclinic No. 2", "phone": "+79407736120",
        "lat": 43.00512, "lon": 41.02044}  # (negatives)
POLY_FIX = (43.005098, 41.020471)
QUIT_CARD = "SKP2-TB-00418"  # her programme card (a medical record number: health.medical)
COUNSELLOR = ("Dr. Leila Avidzba", "l.avidzba@polyclinic2.example.org")  # typed: contact.*
MONITOR = {"serial": "COM-8812-44", "ble": "e4:5f:01:3a:7c:21"}  # the clinic's lent CO monitor

# --- Amadza (a bank's safe-deposit box) -----------------------------------------------------------
BANK = {"id": "br_akw01", "name": "Akwa Coastal Bank, Mira Ave branch", "phone": "+79407700411",
        "lat": 43.00165, "lon": 41.01926}  # (negatives)
BANK_FIX = (43.001622, 41.019307)
CLIENT = "AKB-C-7730418"  # her client number (id.user)
BOX_CONTRACT = "AKB-SDB-25-00917"  # the box rental contract (financial.purchase)
BOX = "B-214"  # the box (a negative, as a room)

# --- Apsadgjyl (the repatriation committee) -------------------------------------------------------
OFFICE = {"id": "rc_sk", "name": "Repatriation Committee, reception", "lat": 43.00411,
          "lon": 41.01702}  # (negatives)
OFFICE_FIX = (43.004087, 41.017046)
FAMILY_FILE = "RPT-2011-DZ-0482"  # the family's repatriate file (id.user)

# --- Hairplan (the children's model-aircraft and ship-model club) ---------------------------------
STATION = {"id": "stt_sk", "name": "Sukhum Children's Technical Creativity Station",
           "lat": 42.99931, "lon": 41.03608}  # (negatives)
STATION_FIX = (42.999288, 41.036122)  # her fix at the gate
AIRFIELD_AT = (43.09712, 40.64411)  # the model airfield at Gudauta (a negative)

# --- Ekranmaster (a phone repair shop) ------------------------------------------------------------
SHOP = {"id": "em_01", "name": "Ekranmaster, Aiaaira St", "phone": "+79407719090",
        "lat": 43.00288, "lon": 41.01311, "ssid": "Ekranmaster-Guest",
        "bssid": "ac:84:c6:5e:19:02"}  # (point, phone: negatives; Wi-Fi she joined: wifi)
SHOP_FIX = (43.002861, 41.013142)
TICKET = "EM-25-11842"  # her repair ticket (financial.purchase)

# --- Maimun (the primate nursery's visits and sponsorship) ----------------------------------------
NURSERY = {"id": "pn_sk", "name": "Sukhum Primate Nursery", "lat": 42.99902,
           "lon": 41.02688}  # (negatives)
NURSERY_FIX = (42.999047, 41.026851)
MEMBER = "PN-M-55120"  # her visitor card (id.user)
SPONSOR = "PN-SP-0291"  # the sponsorship agreement (financial.purchase)
VISIT_ORDER = "PN-O-770193"  # the tickets' order (financial.purchase)

# --- Apendzhyr (PVC windows for the Gudauta house) ------------------------------------------------
FIRM = {"id": "ap_gd", "name": "Apendzhyr Windows", "phone": "+79407781245", "lat": 43.10612,
        "lon": 40.62188}  # (negatives)
WIN_ORDER = "APZ-2025-0744"  # the window order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ab: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Abkhaz first with ``ab``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ab,ru;q=0.9,en;q=0.8" if ab else "en-US,en;q=0.9,ru;q=0.6", DEV)
    return h


def dev_block(lang: str = "en_US") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_US") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a note, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AB_NET", "AIRFIELD_AT", "BANK", "BANK_FIX", "BOX", "BOX_CONTRACT", "CLIENT",
           "COUNSELLOR", "FAMILY_FILE", "FIRM", "GUD", "GUD_AT", "HOME", "HOME_AT", "HUSBAND",
           "HUSBAND_PASSPORT", "MEMBER", "MONITOR", "MOTHER_IL", "NURSERY", "NURSERY_FIX",
           "OFFICE", "OFFICE_FIX", "PASSPORT", "POLY", "POLY_FIX", "QUIT_CARD", "RESIDENCE",
           "RU_ACCOUNT", "SHOP", "SHOP_FIX", "SON", "SPONSOR", "STATION", "STATION_FIX",
           "TICKET", "TZ", "VISIT_ORDER", "WIN_ORDER", "dev_block", "fix", "hd", "obj", "push"]
