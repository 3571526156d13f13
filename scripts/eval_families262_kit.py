"""Helpers for the two-hundred-and-sixty-second (blind) evaluation set ("blind259"). Category
ids, the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules
import them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper
``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id``
are set 24's), as set 151's kit does.

This kit adds what the set's apps share. She (the profile's Jane Doe, US SIM roaming) lives in
Surat (Gujarat, India) with her Parsi husband Kaizad Bharucha in a flat in Adajan; their
daughter Anahita (10) is at a school in Adajan and trains at a table-tennis academy in Pal; her
mother-in-law Roshan Bharucha lives in Navsari, where the family also keeps a chikoo (sapota)
orchard near Gandevi. She holds an OCI card and a PAN. Her places (their flat, her fixes at the
agiyari in Navsari, the orchard, the garba ground, the sweet shop, the clinic, the academy hall,
the jeweller's) are hers (``location.precise`` where sent); the agiyari, the co-operative's
pack-house, the garba studio and ground, the sweet shop, the clinic, the academy and the
jeweller are businesses' or the community's (negatives). People: her husband and her
mother-in-law (``contact.*`` when she types them), their daughter (a data subject: her name,
birth date, sex, Aadhaar and player number are labelled), the doctor, the coach.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

# --- her Surat life -------------------------------------------------------------------------------
HOME = {"line": "B-704 Tapi Darshan Apartments, Honey Park Road", "area": "Adajan",
        "town": "Surat", "district": "Surat", "state": "Gujarat", "pin": "395009"}
HOME_AT = (21.196214, 72.793861)  # their flat (location.precise where sent)
HUSBAND = ("Kaizad Bharucha", "+919099014417")  # typed by her: contact.*
MOTHER_IL = ("Roshan Bharucha", "+919426033582")  # her mother-in-law in Navsari
DAUGHTER = {"first": "Anahita", "last": "Bharucha", "dob": "2015-11-03", "sex": "dikri",
            "aadhaar": "5821 4473 9100", "player": "STTA-U11-0388"}  # a data subject
OCI = "A7302918"  # her Overseas Citizen of India card (personal.national_id)
PAN = "AQZPD4417K"  # her Indian tax number (personal.national_id)
IN_ACCOUNT = "50100234417719"  # her rupee savings account (financial.payment)
IFSC = "EXMP0004417"  # the branch code (a bank's, not hers: a negative alone)
VPA = "janedoe@okexample"  # her UPI address (financial.payment)
IN_NET = "40498"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Humata (a Parsi anjuman's agiyari app, Navsari) ----------------------------------------------
AGIYARI = {"id": "ag_nvs_03", "name": "Seth Vakil Dar-e-Meher, Navsari", "lat": 20.95088,
           "lon": 72.92733, "phone": "+912637250311"}  # the fire temple (negatives)
AGIYARI_FIX = (20.950861, 72.927354)  # her phone outside it (she is not Parsi; she waits)
MEMBER = "NPA-M-04471"  # the household's anjuman membership (id.user)

# --- Chikoowadi (Gandevi chikoo growers' co-operative) --------------------------------------------
WADI_AT = [(20.815421, 72.993114), (20.815962, 72.994287), (20.814803, 72.994901),
           (20.814277, 72.993602)]  # the family's orchard corners (hers: precise)
WADI_FIX = (20.815102, 72.993987)  # her phone in the orchard
PACKHOUSE = {"id": "ph_gdv_01", "name": "Gandevi Fruit Growers Sahakari Mandali pack-house",
             "lat": 20.81221, "lon": 72.99803, "phone": "+912634262140"}  # (negatives)
GROWER = "GFG-S-1129"  # the family's grower number, in her name (id.user)

# --- Garbaraas (Navratri garba class and season passes) -------------------------------------------
STUDIO = {"id": "gs_adj_2", "name": "Raas Rang Garba Class, Adajan", "lat": 21.19411,
          "lon": 72.79588}  # (negatives)
GROUND = {"id": "gg_vesu", "name": "Vesu Party Plot", "lat": 21.14108,
          "lon": 72.77391}  # the Navratri ground (negatives)
GROUND_FIX = (21.141203, 72.773754)
PASS_NO = "NR25-SP-07731"  # her season pass (financial.purchase)

# --- Ghariwala (a sweet and farsan shop's festival pre-orders) ------------------------------------
SHOP = {"id": "sw_bhg_1", "name": "Shree Ambika Mithaighar, Bhagal", "lat": 21.19502,
        "lon": 72.82884, "phone": "+912612423377"}  # (negatives)
SHOP_FIX = (21.195087, 72.828791)
ORDER = "GH-2510-33817"  # the Chandani Padvo order (financial.purchase)

# --- Arshmukti (a proctology day clinic: laser treatment of her piles) ----------------------------
CLINIC = {"id": "cl_athwa", "name": "Sanjeevani Laser Proctology Clinic, Athwa",
          "lat": 21.17934, "lon": 72.80661, "phone": "+912612251908"}  # (negatives)
CLINIC_FIX = (21.179322, 72.806634)
FILE_NO = "SLP-25-01882"  # her clinic file number (health.medical, a record number)
DOCTOR = ("Dr. Hetal Vashi", "hetal.vashi@sanjeevani.example.org")  # typed by her: contact.*

# --- Spinshala (the daughter's table-tennis academy) ----------------------------------------------
ACADEMY = {"id": "tt_pal", "name": "Tapi Table Tennis Academy, Pal", "lat": 21.19985,
           "lon": 72.77441, "phone": "+919727140255"}  # (negatives)
HALL_FIX = (21.199871, 72.774385)
COACH = ("Nirav Contractor", "+919825770412")  # typed by her: contact.*

# --- Heeraghat (a lab-grown diamond jeweller: her custom ring) ------------------------------------
JEWELLER = {"id": "jw_vrc", "name": "Ratnadeep Lab Diamonds, Varachha", "lat": 21.21105,
            "lon": 72.84211, "phone": "+912612549900"}  # (negatives)
JEWELLER_FIX = (21.211027, 72.842133)
CERT = "LG-6120458813"  # the stone's grading certificate (a stone's, not hers: negative)
RING_ORDER = "HG-RO-20931"  # her ring order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", gu: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Gujarati first with ``gu``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("gu-IN,gu;q=0.9,en;q=0.8" if gu else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def upkaran(token: str) -> dict[str, Any]:
    """The same registration with Gujarati keys (``upkaran`` device, ``bhasha`` language)."""
    return {"push_token": L(token, DID), "upkaran_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "bhasha": L("gu", DEV),
            "samay_kshetra": L(TZ, DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "AGIYARI", "AGIYARI_FIX", "CERT", "CLINIC", "CLINIC_FIX", "COACH",
           "DAUGHTER", "DOCTOR", "FILE_NO", "GROUND", "GROUND_FIX", "GROWER", "HALL_FIX", "HOME",
           "HOME_AT", "HUSBAND", "IFSC", "IN_ACCOUNT", "IN_NET", "JEWELLER", "JEWELLER_FIX",
           "MEMBER", "MOTHER_IL", "OCI", "ORDER", "PACKHOUSE", "PAN", "PASS_NO", "RING_ORDER",
           "SHOP", "SHOP_FIX", "STUDIO", "TZ", "VPA", "WADI_AT", "WADI_FIX", "dev_block", "fix",
           "hd", "obj", "push", "upkaran"]
