"""Helpers for the hundred-and-seventy-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived three years in Bhubaneswar (Odisha,
India) with her Odia husband Subhransu Mohapatra, her US SIM roaming on an Indian network; their
daughter Ipsita (8) learns Odissi dance; her mother-in-law Sabitri lives in Cuttack; her late
father-in-law Bijay Kumar Mohapatra's yearly shraddha is kept at home. She teaches English at a
private college and holds an Aadhaar (resident over 182 days) and a PAN. Her places (the Saheed
Nagar flat, her fixes at the filigree workshop, the dance school, the hospital, the college gate,
the scrap pickup at her gate) are hers (``location.precise`` where sent); the workshop, the dance
school, the temple kitchen, the hospital, the discom office, the scrap depot and the association
office are businesses' (negatives). Aadhaar numbers carry a proper Verhoeff check digit
(``verhoeff`` below); the PAN follows the AAAPL9999A pattern (P for a person, D for Doe).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 7, 8, 6, 0], [4, 2, 8, 6, 5, 7, 9, 3, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(body: str) -> str:
    """``body`` (11 digits) with its Verhoeff check digit appended (an Aadhaar number)."""
    c = 0
    for i, d in enumerate(reversed(body)):
        c = _D[c][_P[(i + 1) % 8][int(d)]]
    return body + str(_INV[c])


def spaced(aadhaar: str) -> str:
    return f"{aadhaar[:4]} {aadhaar[4:8]} {aadhaar[8:]}"


# --- her Bhubaneswar life -------------------------------------------------------------------------
HOME = {"line": "Plot 312, Lane 4, Saheed Nagar", "area": "Saheed Nagar", "town": "Bhubaneswar",
        "district": "Khordha", "state": "Odisha", "pin": "751007"}
HOME_AT = (20.289731, 85.844207)  # their flat (location.precise where sent)
HUSBAND = ("Subhransu Mohapatra", "+919437018244")  # typed by her: contact.*
MOTHER_IL = ("Sabitri Mohapatra", "+919861027730")  # in Cuttack
LATE_FIL = "Bijay Kumar Mohapatra"  # her late father-in-law (commemorated: contact.name)
DAUGHTER = {"first": "Ipsita", "last": "Mohapatra", "dob": "2017-11-03", "sex": "jhia",
            "aadhaar": verhoeff("73915620481"), "student": "NS-BBS-0817"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
AADHAAR = verhoeff("49187305216")  # her Aadhaar (personal.national_id)
PAN = "BQXPD4821K"  # her PAN (personal.national_id)
PASSPORT = "567120934"  # her US passport
UPI = "janedoe91@okexample"  # her UPI ID (financial.payment)
BANK = {"account": "50100234567812", "ifsc": "EXMP0004521"}  # account: payment; IFSC a branch
IN_NET = "405872"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tarakasi Rupa (Cuttack silver-filigree commissions) ------------------------------------------
WORKSHOP = {"id": "ws_nsk07", "name": "Nayasarak Tarakasi Karigar Ghara", "phone": "+916712610455",
            "lat": 20.47121, "lon": 85.87862}  # (negatives)
WORKSHOP_FIX = (20.471188, 85.878644)
ORDER_RUPA = "TR-25-11842"  # her commission (financial.purchase)

# --- Nrutyashala (the daughter's Odissi dance school) ---------------------------------------------
SCHOOL = {"id": "ns_kps", "name": "Kalpana Odissi Nrutyashala", "lat": 20.25302, "lon": 85.84105,
          "phone": "+916742571190"}  # (negatives)
SCHOOL_FIX = (20.253044, 85.841102)

# --- Shraddhaseva (home rites, a priest and the temple kitchen's mahaprasad) ----------------------
KITCHEN = {"id": "ak_puri", "name": "Ananda Bazar Mahaprasad Counter", "lat": 19.80471,
           "lon": 85.81802}  # (negatives)
GOTRA = "Kaushika"  # the family's gotra (personal.sensitive)
DEVOTEE = "SS-OD-22071"  # her account number there (id.user)

# --- Pittasathi (laparoscopic gallbladder surgery package) ----------------------------------------
HOSPITAL = {"id": "hp_patia", "name": "Patia Day-Care Surgical Hospital", "phone": "+916742725518",
            "lat": 20.35304, "lon": 85.81922}  # (negatives)
HOSP_FIX = (20.353061, 85.819184)
UHID = "PDS-2026-008831"  # her hospital record number (health.medical)
POLICY = "OHI/2025/7712049"  # her health-insurance policy (health.medical)

# --- Bidyut Sathi (the electricity discom's consumer app, rooftop solar) --------------------------
CONSUMER = "BBS-521-0938-4471"  # their electricity account (id.user)
DISCOM_OFFICE = {"id": "sd_snagar", "lat": 20.29211, "lon": 85.84702}  # (negatives)

# --- Kabadi Ghara (doorstep scrap pickup) ---------------------------------------------------------
DEPOT = {"id": "kd_rasul", "name": "Rasulgarh Kabadi Depot", "lat": 20.29588, "lon": 85.85893,
         "phone": "+919238400117"}  # (negatives)
GATE_FIX = (20.289702, 85.844251)  # her phone at the gate at pickup

# --- Sikhyaka Sangha (the college teachers' association: a trade union) ---------------------------
COLLEGE = {"id": "col_nyp", "name": "Nayapalli Private College of Arts", "lat": 20.29617,
           "lon": 85.82451}  # (negatives as a place)
COLLEGE_FIX = (20.296149, 85.824536)  # her fix at the sit-in at the college gate
MEMBER = "SSO-M-04412"  # her union membership number (id.user|personal.sensitive)
EMPLOYEE = "NPC-EMP-1187"  # her employee number at the college (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", od: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Odia first with ``od``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("or-IN,or;q=0.9,en;q=0.8" if od else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "bhasa": L(lang, DEV),
            "samaya_kshetra": L(TZ, DEV)}


def push(token: str, lang: str = "or_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "yantra_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AADHAAR", "BANK", "COLLEGE", "COLLEGE_FIX", "CONSUMER", "DAUGHTER", "DEPOT",
           "DEVOTEE", "DISCOM_OFFICE", "EMPLOYEE", "GATE_FIX", "GOTRA", "HOME", "HOME_AT",
           "HOSPITAL", "HOSP_FIX", "HUSBAND", "IN_NET", "KITCHEN", "LATE_FIL", "MEMBER",
           "MOTHER_IL", "ORDER_RUPA", "PAN", "PASSPORT", "POLICY", "SCHOOL", "SCHOOL_FIX",
           "SISTER_US", "TZ", "UHID", "UPI", "WORKSHOP", "WORKSHOP_FIX", "dev_block", "fix", "hd",
           "obj", "push", "spaced", "verhoeff"]
