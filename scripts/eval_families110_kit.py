"""Helpers for the hundred-and-tenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (this kit re-exports the ids and
values the set's modules use from ``eval_families17_kit`` to ``eval_families24_kit``; the apps'
header helper ``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install
IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends a year in Sri Lanka with her husband Ruwan
and his daughter Sanduni (17, in her A-level year; her stepdaughter, who lives with them): their
Colombo house (her address there), her national identity card (she holds one), the husband and
the girl (typed by her: labelled), the Sri Lankan network her roaming SIM is on; the metered
three-wheeler (the tuk's meter, plate and driver: negatives) and the arcade she rides to; the tea
estate where she plucks for the season (the estate, its weighing shed, scale and supervisor:
negatives; her worker number, EPF number, union card, line room and wage account: hers); the
Vesak dansala (a stall: negatives) and the temple's Wi-Fi; the dengue programme's hospital (a
negative), her bed-head ticket; the tuition hall (a negative), the girl's student ID, class card
and exam index; the gem auction house, its lots and lab certificates (negatives), her paddle;
the ayurvedic clinic and its physician (negatives), her patient number and prescription; and
generators (a trip's fixes, a field's fixes, a face template).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_SHA256,
    EMAIL_UPPER,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT, NATID
from eval_families19_kit import EMAIL_MIXED, PHONE_PAREN
from eval_families20_kit import DOB, FIRST, LAST, T0, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid, sdk_id
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Colombo"
LK_LANG = "en-LK,en;q=0.9,si;q=0.8"  # Accept-Language in Colombo (device.info)
NET_OP, NET_MCCMNC = "Serendib Mobile", "41302"  # the network her roaming SIM is on

# --- her household in Colombo --------------------------------------------------------------------
CMB_HOME = {"line": "27/3 Dharmarama Road", "area": "Wellawatte", "city": "Colombo 06",
            "postcode": "00600", "district": "Colombo"}
CMB_HOME_AT = (6.874312, 79.860458)  # the house (location.precise where sent)
NIC = "199163704418"  # her national identity card (personal.national_id)
HUSBAND = ("Ruwan Perera", "+94775550142")  # typed by her (contact.*)
HUSBAND_NIC = "198721904467"  # typed by her as her EPF nominee (personal.national_id)
GIRL = ("Sanduni Perera", "2008-03-02", "+94775550163")  # her stepdaughter, 17
GIRL_NIC = "200856212347"

# --- Kulimeter (a metered three-wheeler) ---------------------------------------------------------
TUK = {"meter": "KM-MTR-22817", "driver": "drv_5k2q81", "plate": "WP QA-4521",
       "driverName": "Sunil", "rate": "100.00", "perKm": "85.00"}  # the tuk's (negatives)
DEST_AT = (6.893614, 79.855982)  # the Galle Road arcade she rides to (her trip's end)
KULI_PW = "Kottu#Roti2025"

# --- Dalupotha (a tea estate's leaf-weighing app; she plucks for the season) ------------------
ESTATE = {"id": "EST-GLM-03", "name": "Glenmorrow Estate", "division": "Upper Division",
          "shed": "WS-UD-2", "shed_at": (6.89721, 80.59771), "scale": "DLP-SC-0918",
          "kangani": "kg_0311", "field": "F-14"}  # the estate's (negatives)
FIELD_AT = (6.898741, 80.602337)  # her position plucking field 14
PLUCKER_NO = "GLM-UD-0417"  # her worker number (id.user)
EPF_NO = "41-220873"  # her provident-fund member number (personal.national_id: see the calls)
UNION = ("Hill Country Plantation Workers' Union", "HCPWU-88213")  # (personal.sensitive)
LINE_ROOM = "Upper Division Line 3, Room 12"  # her quarters on the estate (contact.address)
WAGE_ACCT = "800122447391"  # her wage account (financial.payment)
PLUCK_PIN = "2741"

# --- Dansalmithuru (Vesak dansala volunteers) ---------------------------------------------------
DANSALA = {"id": "dsl_0521", "name": "Seevali Vesak Dansala", "lat": 6.87742, "lon": 79.85933,
           "phone": "+94112555087"}  # the stall (negatives)
DANSAL_FIX = (6.877391, 79.859417)  # her phone at the stall
TEMPLE = "Sri Sudarshanaramaya, Wellawatte"  # her home temple (personal.sensitive where sent)
TEMPLE_WIFI = ("Sudarshana-Hall", "f4:92:bf:6a:10:c2")  # the hall's Wi-Fi (location.wifi)

# --- Madurumura (dengue self-report to the city's vector-control programme) -----------------
MOH, GN = "CMC Wellawatte", "Wellawatte North"  # her health division and ward (location.coarse)
HOSPITAL = {"id": "hsp_0142", "name": "Havelock General Hospital", "phone": "+94112555231",
            "lat": 6.88247, "lon": 79.86515}  # (negatives)
BHT = "BHT-25-118204"  # her bed-head ticket at the hospital (health.medical)
CASE_NO = "DR-25-044871"  # the programme's case number (a case ID: a negative)

# --- Panthiya (A-level tuition classes; the girl's data) ----------------------------------------
HALL = {"id": "hall_07", "name": "Pragna Tuition Hall", "lat": 6.88911, "lon": 79.85810,
        "phone": "+94112555012"}  # (negatives)
TEACHER = ("tch_0088", "Mr. Kasun Jayawardena")  # the class's teacher (negatives)
STUDENT = "stu_8a41c29e"  # the girl's student ID (id.user)
CLASS_CARD = "PNT-25-088412"  # her class card (id.user)
EXAM_INDEX = "7245318"  # her A-level index number (id.user: see the calls)
VAN = ("Chaminda", "+94715550188")  # the school-van driver, typed by her (contact.*)

# --- Manikbid (an online gem auction; she bids from New York) ---------------------------------
HOUSE = {"id": "ah_rpr_01", "name": "Ratnapura Gem Exchange", "lat": 6.68281, "lon": 80.39921,
         "phone": "+94452555014"}  # (negatives)
PADDLE = "MB-22981"  # her bidder number (id.user)
AUCTION, LOT = "auc_2512_rpr", "lot_25-118"
CERT = "GIC-25-118842"  # the gem's lab report (a negative)
INVOICE = "INV-MB-250883"  # her winning lot's invoice (financial.purchase)

# --- Osupala (an ayurvedic clinic) --------------------------------------------------------------
CLINIC = {"id": "cl_nw_07", "name": "Nawala Wedagedara Ayurveda", "phone": "+94112555190",
          "line": "112 Nawala Road", "lat": 6.89942, "lon": 79.88871}  # (negatives)
PHYSICIAN = ("pr_0219", "Dr. (Ayu.) Chamari Ekanayake")  # the clinic's (negatives)
PATIENT_NO = "OSP-22-09183"  # her patient number (id.user)
RX_NO = "AYU-RX-55102"  # her prescription (health.medical)
BOOKING = "OSP-BK-7741"  # a booking code (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (labelled by precision)."""
    return L(round(at[0], nd), cat(nd)), L(round(at[1], nd), cat(nd))


def fixs(at: Pt, nd: int = 5) -> L:
    """One of her fixes as a ``"lat,lon"`` string."""
    return L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", cat(nd))


def trip(rng: random.Random, n: int, start: Pt, end: Pt, keys: tuple[str, str] = ("lat", "lon"),
         t0: int = T0, kmh: tuple[float, float] = (8, 31)) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (``location.precise``; time, speed, accuracy not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({keys[0]: L(round(la, 6), PRECISE), keys[1]: L(round(lo, 6), PRECISE),
                    "t": t0 + 15 * i, "kmh": round(rng.uniform(*kmh), 1),
                    "acc": rng.choice([4, 5, 7])})
    return out


def face(rng: random.Random, n: int = 128) -> list[float]:
    """A face template computed on the phone (``biometric.face``)."""
    return [round(rng.gauss(0, 0.09), 4) for _ in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a weighing, a post, a lot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def lk_head(app: App, rng: random.Random, iid: str, how: str = "plain", lang: bool = True,
            **kw: Any) -> dict[str, Any]:
    """The app's headers in Colombo: set 24's ``head``, with (``lang``) a Sri Lankan
    Accept-Language."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang:
        h["Accept-Language"] = L(LK_LANG, DEV)
    return h


__all__ = ["ADDR", "ADID", "AUCTION", "BHT", "BIRTH", "BOOKING", "BUY", "CARRIER", "CASE_NO",
           "CERT", "CLASS_CARD", "CLINIC", "CMB_HOME", "CMB_HOME_AT", "COARSE", "CONTACTS",
           "CRED", "DANSALA", "DANSAL_FIX", "DEST_AT", "DEV", "DID", "DOB", "E164",
           "EMAIL_MIXED", "EMAIL_SHA256", "EMAIL_UPPER", "EPF_NO", "ESTATE", "EXAM_INDEX",
           "FACE", "FIELD_AT", "FIRST", "FIT", "GENDER", "GIRL", "GIRL_NIC", "GN", "HALL",
           "HOSPITAL", "HOUSE", "HUSBAND", "HUSBAND_NIC", "INVOICE", "IPLOC", "JPEG", "KULI_PW",
           "LAST", "LINE_ROOM", "LK_LANG", "LOT", "MAIL", "MCCMNC", "MED", "MEDIA", "MOH",
           "NAMEC", "NATID", "NATIONAL", "NET_MCCMNC", "NET_OP", "NIC", "PADDLE", "PATIENT_NO",
           "PAY", "PHONE_PAREN", "PHONE_SHA256", "PHYSICIAN", "PLUCKER_NO", "PLUCK_PIN",
           "PRECISE", "RX_NO", "SEARCH", "SENS", "STUDENT", "T0", "TEACHER", "TEL", "TEMPLE",
           "TEMPLE_WIFI", "TEXT", "TUK", "TZ", "UID", "UNION", "USAGE", "VAN", "WAGE_ACCT",
           "WIFI", "App", "Pt", "at_path", "cat", "claims", "ev", "face", "fix", "fixs", "head",
           "lk_head", "multipart", "obj", "opaque", "pb", "play_token", "push_token", "raw",
           "rid", "sdk_id", "trip"]
