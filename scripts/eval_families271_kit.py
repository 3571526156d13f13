"""Helpers for the two-hundred-and-seventy-first (blind) evaluation set ("blind268"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Barangay Bonuan Gueset, Dagupan City
(Pangasinan, the Philippines) with her Pangasinense husband Romeo ("Meo") Cayabyab, her US SIM
roaming (a local prepaid number for her e-wallet); their daughter Lianne (8) is in Grade 3; her
mother-in-law Remedios ("Remy") Cayabyab lives in Calasiao; her brother Michael Doe lives in Ohio.
The Cayabyab family works solar salt beds at Pugaro (Dagupan), whose orders she keeps; she owns a
small boarding house for students in Lingayen. Her places (their house, her fixes at the salt
beds, the clinic, the Kingdom Hall's cart spot, the pageant venue, the pickleball courts, her
boarding house) are hers (``location.precise`` where sent); the clinic, the Kingdom Hall, the
plaza, the courts and the live-sellers' shops are businesses' or the congregation's (negatives).
People: her husband (``contact.*`` when she types him), their daughter (a data subject: her name,
birth date, sex, height and weight, school and contestant number are labelled), her mother-in-law,
her brother, her boarders (other people whose names and phones she types: ``contact.*``). All
fictional.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Manila"

# --- her Dagupan life -----------------------------------------------------------------------------
HOME = {"line": "Blk 4 Lot 12, Sitio Bani", "brgy": "Bonuan Gueset", "town": "Dagupan City",
        "prov": "Pangasinan", "zip": "2400"}
HOME_AT = (16.071842, 120.341167)  # their house (location.precise where sent)
HUSBAND = ("Romeo Cayabyab", "+639175550144")  # typed by her: contact.*
MOTHER_IL = ("Remedios Cayabyab", "+639185550127")  # her mother-in-law in Calasiao
DAUGHTER = {"first": "Lianne", "last": "Cayabyab", "dob": "2017-11-03", "sex": "female",
            "lrn": "102847150331", "school": "Bonuan Gueset Elementary School"}  # a data subject
BROTHER_US = ("Michael Doe", "+15550148861", "michael.doe@example.net")  # her brother in Ohio
LOCAL_NO = "+639175550182"  # her local prepaid number (her e-wallet's: contact.phone)
ACR = "E0004417825"  # her ACR I-Card number (personal.national_id)
TIN = "412-883-905-000"  # her tax identification number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
PH_ACCOUNT = "109200458817"  # her peso savings account (financial.payment)
PH_NET = "51502"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Asindayat (the family's salt beds at Pugaro; she keeps the orders) ---------------------------
SALTBED_AT = [(16.084921, 120.309842), (16.085533, 120.311027), (16.084410, 120.311691),
              (16.083802, 120.310488)]  # the family's salt-bed corners (theirs: precise)
SALTBED_FIX = (16.084702, 120.310611)  # her phone on the dikes at harvest
SALT_SHED = {"id": "sh_pgr01", "lat": 16.08611, "lon": 120.31214}  # the co-op's shed (negative)
SELLER = "ASD-S-0217"  # her seller account (id.user)

# --- Egesmaong (a gastro clinic's heartburn / reflux programme) -----------------------------------
CLINIC = {"id": "gc_dgp", "name": "Dagupan Digestive Care Center", "phone": "+63755220418",
          "lat": 16.04337, "lon": 120.33622}  # the clinic (negatives)
CLINIC_FIX = (16.043351, 120.336247)
CHART = "DDCC-25-08812"  # her patient number (health.medical)
PHILHEALTH = "12-025617480-3"  # her PhilHealth number (personal.national_id)
DOCTOR = ("Dr. Maricel Soriano-Abalos", "m.abalos@ddcc.example.org")  # typed by her: contact.*

# --- Tiponan (a Jehovah's Witnesses congregation's meetings and ministry) -------------------------
HALL = {"id": "kh_bonuan", "name": "Bonuan Congregation", "lat": 16.06941,
        "lon": 120.34412}  # the Kingdom Hall (a negative as a place)
CART_FIX = (16.044120, 120.334905)  # her fix at the cart spot near the city plaza
PUBLISHER = "PUB-BON-0388"  # her publisher record (id.user)

# --- Mutyaan (the Little Mutya pageant of the town fiesta; the daughter is a contestant) ----------
PLAZA = {"id": "vn_plaza", "name": "City Plaza Stage", "lat": 16.04401,
         "lon": 120.33433}  # the venue (a negative)
PLAZA_FIX = (16.044052, 120.334288)  # her fix at the rehearsal
CONTESTANT = "LM-2026-014"  # Lianne's contestant number (id.user)

# --- Pikolan (pickleball open play in Dagupan) ----------------------------------------------------
COURTS = {"id": "ct_tondaligan", "name": "Tondaligan Pickle Courts", "lat": 16.07712,
          "lon": 120.33581}  # (negatives)
COURT_FIX = (16.077158, 120.335742)
PLAYER = "PKL-88124"  # her player ID (id.user)

# --- Upaan (her boarding house in Lingayen: rooms, boarders, rent) --------------------------------
BHOUSE = {"line": "88 Avenida Rizal East", "brgy": "Poblacion", "town": "Lingayen",
          "zip": "2401"}  # her property (contact.address when sent as hers)
BHOUSE_AT = (16.020811, 120.229604)  # her boarding house (hers: precise)
LANDLADY = "UPN-L-0091"  # her landlady account (id.user)
BOARDERS = [("Kristine Mae Nisperos", "+639205550173"), ("Angelica Vinluan", "+639215550168"),
            ("Joshua Palisoc", "+639195550190")]  # boarders she types (contact.*)

# --- Lakoan (live-selling shop app: bangus, dried fish, preloved clothes) -------------------------
SHOP = {"id": "sh_tapatbangus", "name": "Tapat Bangus Live", "phone": "+639275550111",
        "lat": 16.04102, "lon": 120.33917}  # a seller's stall (negatives)
BUYER = "LKN-B-44017"  # her buyer account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", pag: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Pangasinan first with ``pag``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("pag-PH,pag;q=0.9,en;q=0.8" if pag else "en-PH,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a match): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACR", "BHOUSE", "BHOUSE_AT", "BOARDERS", "BROTHER_US", "BUYER", "CART_FIX", "CHART",
           "CLINIC", "CLINIC_FIX", "CONTESTANT", "COURTS", "COURT_FIX", "DAUGHTER", "DOCTOR",
           "HALL", "HOME", "HOME_AT", "HUSBAND", "LANDLADY", "LOCAL_NO", "MOTHER_IL", "PASSPORT",
           "PHILHEALTH", "PH_ACCOUNT", "PH_NET", "PLAYER", "PLAZA", "PLAZA_FIX", "PUBLISHER",
           "SALTBED_AT", "SALTBED_FIX", "SALT_SHED", "SELLER", "SHOP", "TIN", "TZ", "dev_block",
           "fix", "hd", "obj", "push"]
