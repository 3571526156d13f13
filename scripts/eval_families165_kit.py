"""Helpers for the hundred-and-sixty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived for two years in Panaji (Goa, India) with
her Goan husband Melwyn Rodrigues; their daughter Alisha (8) is in the third standard in Panaji;
her mother-in-law Filomena lives in the family's old house in Margao (Salcete). She keeps her US
SIM (roaming) and has an Indian number too. Her places (their Altinho flat, the Margao house,
her fixes at the basilica's queue, the comunidade plot, the clinic, the theatre hall, the fish
market, her gate at dawn) are hers (``location.precise`` where sent); the basilica, the
comunidade's office, the clinic, the hall, the market stall, the bakery and the newspaper's
office are businesses' or institutions' (negatives). People: her husband, their daughter (a data
subject: name, birth date, sex, Aadhaar, school, health), her mother-in-law, her sister in the
US. Her Aadhaar numbers carry a valid Verhoeff check digit (computed and asserted below); PANs
follow the AAAPL9999A shape (4th letter P for a person, 5th the surname's initial).
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

_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 7, 6, 8, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(num: str) -> bool:
    """Whether a digit string passes the Verhoeff check (Aadhaar's last digit)."""
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _D[c][_P[i % 8][int(ch)]]
    return c == 0


# --- her Goa life ---------------------------------------------------------------------------------
HOME = {
    "line": "Flat 302, Casa Mariana, Altinho",
    "area": "Altinho",
    "town": "Panaji",
    "taluka": "Tiswadi",
    "state": "Goa",
    "pin": "403001",
}
HOME_AT = (15.494218, 73.829964)  # their flat (location.precise where sent)
MARGAO_HOUSE = {"line": "H. No. 118, Borda", "town": "Margao", "taluka": "Salcete", "pin": "403602"}
MARGAO_AT = (15.276314, 73.964207)  # the family's old house (theirs: precise)
HUSBAND = ("Melwyn Rodrigues", "+919822417306")  # typed by her: contact.*
MOTHER_IL = ("Filomena Rodrigues", "+919823055118")  # in Margao
DAUGHTER = {
    "first": "Alisha",
    "last": "Rodrigues",
    "dob": "2017-11-03",
    "sex": "female",
    "aadhaar": "582049317769",
}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
IN_PHONE = "+919011428837"  # her Indian number (contact.phone)
AADHAAR = "438172605912"  # hers (personal.national_id; Verhoeff-valid)
AADHAAR_HUSBAND = "793160482259"
PAN = "AZXPD4718M"  # her PAN (personal.national_id)
PAN_HUSBAND = "BKRPR6032F"
UPI = "janedoe.goa@exupi"  # her UPI ID (financial.payment)
BANK = {"account": "50100418827736", "ifsc": "EXMB0001422"}  # (account: financial.payment)
IN_NET = "40405"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Dorxon (the Exposition's veneration passes) --------------------------------------------------
BASILICA = {
    "id": "bsl_oldgoa",
    "name": "Basilica of Bom Jesus, Old Goa",
    "lat": 15.50089,
    "lon": 73.91157,
}  # (a negative as a place)
QUEUE_FIX = (15.500612, 73.911204)  # her phone in the queue
PILGRIM = "DX-26-0048813"  # her pilgrim registration (id.user)

# --- Gaunkari (the village comunidade's shareholders and plots) -----------------------------------
COMUNIDADE = {
    "id": "cmn_benaulim",
    "name": "Comunidade of Benaulim",
    "lat": 15.25911,
    "lon": 73.92874,
    "phone": "+918322770412",
}  # the office (negatives)
PLOT_AT = [
    (15.257214, 73.931802),
    (15.257391, 73.932288),
    (15.256940, 73.932455),
    (15.256788, 73.931960),
]  # the family's leased plot corners (theirs: precise)
ZONNKAR = "BEN-Z-2291"  # her husband's family share folio, now joint with her (id.user)

# --- Vokot (a homeopathy clinic) ------------------------------------------------------------------
CLINIC = {
    "id": "hc_mir",
    "name": "Miramar Homoeo Clinic",
    "phone": "+918322461190",
    "lat": 15.48291,
    "lon": 73.81022,
}  # (negatives)
CLINIC_FIX = (15.482934, 73.810196)
CASE_NO = "MHC-24-1187"  # her case-paper number (health.medical, as set 151's chart)
DOCTOR = ("Dr. Sushma Naik", "dr.naik@miramarhomoeo.example.org")  # typed by her: contact.*

# --- Rongmanch (children's tiatr workshop and show tickets) ---------------------------------------
HALL = {
    "id": "hl_pjm",
    "name": "Panaji Youth Tiatr Hall",
    "lat": 15.49611,
    "lon": 73.82133,
}  # (negatives)
HALL_FIX = (15.496097, 73.821374)  # her fix at pick-up
STUDENT = "RM-BH-0612"  # the daughter's workshop number (id.user)
SCHOOL = "St. Inez Primary School, Panaji"  # an institution's name (a call: unlabelled)

# --- Sakalchem Pao (the poder's bread round) ------------------------------------------------------
BAKERY = {
    "id": "pd_altinho",
    "name": "Poder Bakery Altinho",
    "phone": "+919850122704",
    "lat": 15.49302,
    "lon": 73.82711,
}  # (negatives)
GATE_FIX = (15.494201, 73.829931)  # her gate, pinned for the poder (precise)
SUBSCRIBER = "SP-1044"  # her round account (id.user)

# --- Nustem (Margao fish market pre-orders) -------------------------------------------------------
STALL = {
    "id": "st_mgm_41",
    "name": "Stall 41, Margao Fish Market",
    "phone": "+919763308125",
    "lat": 15.27395,
    "lon": 73.95871,
}  # the fisherwoman's stall (negatives)
MARKET_FIX = (15.273982, 73.958744)
BUYER = "NS-B-77305"  # her buyer account (id.user)

# --- Khobro (a Konkani Romi weekly's app) ---------------------------------------------------------
READER = "KH-V-301877"  # her reader account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(
    app: App, rng: random.Random, iid: str, *, how: str = "plain", kok: bool = False, **kw: Any
) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Konkani first with ``kok``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("kok-IN,kok;q=0.9,en;q=0.8" if kok else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {
        "model": L("Pixel 8", DEV),
        "os": L("Android 14", DEV),
        "locale": L(lang, DEV),
        "tz": L(TZ, DEV),
    }


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID

    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


assert all(verhoeff_ok(n) for n in (AADHAAR, AADHAAR_HUSBAND, DAUGHTER["aadhaar"]))

__all__ = [
    "AADHAAR",
    "AADHAAR_HUSBAND",
    "BAKERY",
    "BANK",
    "BASILICA",
    "BUYER",
    "CASE_NO",
    "CLINIC",
    "CLINIC_FIX",
    "COMUNIDADE",
    "DAUGHTER",
    "DOCTOR",
    "GATE_FIX",
    "HALL",
    "HALL_FIX",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "IN_NET",
    "IN_PHONE",
    "MARGAO_AT",
    "MARGAO_HOUSE",
    "MARKET_FIX",
    "MOTHER_IL",
    "PAN",
    "PAN_HUSBAND",
    "PILGRIM",
    "PLOT_AT",
    "QUEUE_FIX",
    "READER",
    "SCHOOL",
    "SISTER_US",
    "STALL",
    "STUDENT",
    "SUBSCRIBER",
    "TZ",
    "UPI",
    "ZONNKAR",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
    "verhoeff_ok",
]
