"""Helpers for the hundred-and-ninety-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Naga City (Camarines Sur, Bicol Region, the
Philippines) with her Bikolano husband Edgardo ("Egay") Nacario and their daughter Angelica
("Gelai", 9, Grade 4); two days a week she teaches English in Legazpi City (Albay) and keeps a
boarding room there; her parents-in-law Rosario and Anselmo Nacario live in Iriga City, where the
family strips abaca on the slopes of Mt. Iriga. Her US SIM roams on a Philippine network; her
local prepaid number is her GCash wallet's. Her places (the Naga house, the Legazpi room, her
fixes at sea off Donsol, at the cable park, on the procession route, on the abaca farm, at the
quiz-bee venue, at the hospital) are hers (``location.precise`` where sent); the interaction
centre, the cable park, the Basilica and the marshals' posts, the abaca buyers' warehouse, the
e-trike dealer, the quiz-bee venue and the hospital are businesses' or public places
(negatives). Documents (``personal.national_id``): her PhilSys number (PSN, 12 digits), TIN (9
digits plus the 000 branch code), SSS number (10 digits) and PhilHealth PIN (12 digits) and her US
passport; the Philippine agencies publish no check-digit algorithm for these, so none was
invented (the digits are only well formed). People: her husband (``contact.*`` when she types
him), their daughter (a data subject: name, birth date, sex, LRN), her parents-in-law, her
brother in the US, her kumare (the daughter's godmother).
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

# --- her Bicol life -------------------------------------------------------------------------------
HOME = {"line": "Lot 12 Blk 4, Villa Sorayda Subdivision", "brgy": "Concepcion Pequeña",
        "town": "Naga City", "prov": "Camarines Sur", "zip": "4400"}
HOME_AT = (13.629418, 123.206233)  # the Naga house (location.precise where sent)
ROOM = {"line": "Room 3, 88 Rizal Street", "brgy": "Bitano", "town": "Legazpi City",
        "prov": "Albay", "zip": "4500"}
ROOM_AT = (13.147305, 123.749812)  # her Legazpi boarding room
IRIGA = {"line": "Purok 3, Zone 5", "brgy": "San Nicolas", "town": "Iriga City",
         "prov": "Camarines Sur", "zip": "4431"}
IRIGA_AT = (13.427716, 123.418902)  # her parents-in-law's house
LOCAL = "+639085550163"  # her local prepaid number, her GCash wallet (contact.phone)
HUSBAND = ("Edgardo Nacario", "+639175550142")  # typed by her: contact.*
DAUGHTER = {"first": "Angelica", "last": "Nacario", "nick": "Gelai", "dob": "2016-08-15",
            "sex": "babayi", "lrn": "112847150031"}  # a data subject (LRN: id.user)
MOTHER_IL = ("Rosario Nacario", "+639285550177")  # in Iriga
FATHER_IL = ("Anselmo Nacario", "+639285550178")  # the abaca farmer, in Iriga
BROTHER_US = ("Daniel Doe", "+15550147731", "daniel.doe@example.net")  # in Oregon
KUMARE = ("Marites Bañares", "+639195550126")  # Gelai's godmother, in Naga
PSN = "7209-3418-6652"  # her PhilSys number (personal.national_id)
TIN = "426-918-305-000"  # her TIN (personal.national_id)
SSS = "34-7281956-3"  # her SSS number (personal.national_id)
PHILHEALTH = "19-208815472-6"  # her PhilHealth PIN (personal.national_id)
PASSPORT = "583301927"  # her US passport (personal.national_id)
PH_ACCOUNT = "0093-4471-8821"  # her peso savings account (financial.payment)

# --- Butandingan (Donsol whale-shark interaction) -------------------------------------------------
CENTRE = {"id": "dic_01", "name": "Donsol Butanding Interaction Centre", "phone": "+63565550110",
          "lat": 12.90861, "lon": 123.59662}  # (negatives)
CENTRE_FIX = (12.908588, 123.596701)
SEA_FIX = (12.931247, 123.552106)  # her phone on the boat
RESERBA = "BTD-260314-0087"  # the interaction booking (financial.purchase)

# --- Kablehan (a wakeboard cable park at Pili) ----------------------------------------------------
PARK = {"id": "cp_pili", "name": "Pili Lakeside Cable Park", "lat": 13.58361, "lon": 123.27248,
        "phone": "+63545550188"}  # (negatives)
PARK_FIX = (13.583702, 123.272391)
RIDER = "KBL-M-20931"  # her membership card (id.user)
HANDLE = "jane_sa_kable"  # her leaderboard name (id.user)

# --- Bantay Ina (Peñafrancia fiesta volunteer marshals) ------------------------------------------
BASILICA = {"id": "bas_pf", "name": "Peñafrancia Basilica", "lat": 13.62966,
            "lon": 123.19517}  # (negatives)
POSTS = [(13.62412, 123.18803), (13.62187, 123.19011), (13.62003, 123.19267)]  # marshal posts
ROUTE_FIX = [(13.624133, 123.188049), (13.622861, 123.189374), (13.621842, 123.190155)]
VOLUNTEER = "BI-2026-04417"  # her volunteer number (id.user)
PARISH = "Parokya ni San Roque, Concepcion Pequeña"  # her parish (personal.sensitive)

# --- Abakahan (the family's abaca fibre sales) ----------------------------------------------------
FARM_AT = [(13.457214, 123.445081), (13.457903, 123.446211), (13.456822, 123.446935),
           (13.456107, 123.445702)]  # the family's abaca farm corners (precise)
FARM_FIX = (13.456988, 123.445914)  # her phone at the stripping shed
FARM_REG = "FRM-CS-IRG-00781"  # the farm's registry number (id.user)
SELLER = "ABK-S-3306"  # her seller account (id.user)
WAREHOUSE = {"id": "wh_iriga", "name": "Rinconada Fibre Traders", "lat": 13.42311,
             "lon": 123.41258}  # the buyers' warehouse (negatives)

# --- Etrikehan (e-trike dealer financing) ---------------------------------------------------------
DEALER = {"id": "dl_naga", "name": "Naga E-Trike Center", "lat": 13.61952, "lon": 123.19047,
          "phone": "+63545550412"}  # (negatives)
BORROWER = "ETK-B-55012"  # her borrower account (id.user)
LOAN = "LN-2026-018833"  # the loan account (financial.payment)
TRIKE_FIX = [(13.627904, 123.201177), (13.624315, 123.196620), (13.621198, 123.191844)]

# --- Bilangan (the daughter's math quiz-bee review) -----------------------------------------------
VENUE = {"id": "vn_ncs", "name": "Naga Central School I", "lat": 13.62387,
         "lon": 123.18674}  # (negatives)
VENUE_FIX = (13.623901, 123.186812)
COACH = ("Lorna Sabater", "l.sabater@eskwela.example.org")  # her coach, typed by her

# --- Operahan (a private hospital's day surgery) --------------------------------------------------
HOSPITAL = {"id": "hx_nrm", "name": "Naga Riverside Medical Center", "lat": 13.61903,
            "lon": 123.19822, "phone": "+63545550900"}  # (negatives)
HOSPITAL_FIX = (13.619055, 123.198171)
MRN = "NRMC-0418827"  # her hospital number (health.medical)
HMO_CARD = "HMO-7731-0042-9918"  # her HMO member card (health.medical, as set 37)
SURGEON = ("Dr. Ramon Villaflor", "r.villaflor@nrmc.example.net")


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", bcl: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Bikol first with ``bcl``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("bcl-PH,bcl;q=0.9,en;q=0.8" if bcl else "en-PH,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a shift, a bale): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BASILICA", "BORROWER", "BROTHER_US", "CENTRE", "CENTRE_FIX", "COACH", "DAUGHTER",
           "DEALER", "FARM_AT", "FARM_FIX", "FARM_REG", "FATHER_IL", "HANDLE", "HMO_CARD", "HOME",
           "HOME_AT", "HOSPITAL", "HOSPITAL_FIX", "HUSBAND", "IRIGA", "IRIGA_AT", "KUMARE", "LOAN",
           "LOCAL", "MOTHER_IL", "MRN", "PARISH", "PARK", "PARK_FIX", "PASSPORT", "PHILHEALTH",
           "PH_ACCOUNT", "POSTS", "PSN", "RESERBA", "RIDER", "ROOM", "ROOM_AT", "ROUTE_FIX",
           "SEA_FIX", "SELLER", "SSS", "SURGEON", "TIN", "TRIKE_FIX", "TZ", "VENUE", "VENUE_FIX",
           "VOLUNTEER", "WAREHOUSE", "dev_block", "fix", "hd", "obj", "push"]
