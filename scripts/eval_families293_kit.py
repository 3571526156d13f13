"""Helpers for the two-hundred-and-ninety-third (blind) evaluation set ("blind290"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Shillong (Meghalaya, India) with her Khasi
husband Banteilang Kharkongor, her US SIM roaming; their daughter Ibadahun (8) is in class 3 at a
school in Laitumkhrah; her mother-in-law Rida Kharkongor and the husband's youngest sister (the
``khatduh`` who keeps the family house) Daplin Kharkongor live in Sohra (Cherrapunji). Her places
(their Laitumkhrah flat, the family house in Sohra where her rain gauge stands on the roof, her
fixes on the root-bridge trail, at the cave's mouth, at the hospital, at the council office, at
her basket stall in Iewduh) are hers (``location.precise`` where sent); the teer ground, the
counter, the root bridges and their ticket booth, the caves' mapped entrances and survey
stations, the hospital, the council office, the market are businesses', the village's or the
public's (negatives). People: her husband, their daughter (a data subject: her name, birth date,
sex, Aadhaar, ST certificate, clan and weight are labelled), her mother-in-law and sister-in-law,
her sister in the US, her caving partner, the paediatrician.
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

# --- her Shillong life ----------------------------------------------------------------------------
SH_HOME = {"line": "House 14, Lumpyngngad Lane", "area": "Laitumkhrah", "town": "Shillong",
           "district": "East Khasi Hills", "state": "Meghalaya", "pin": "793003"}
SH_HOME_AT = (25.570482, 91.897716)  # their flat (location.precise where sent)
SOHRA_HOUSE = {"line": "Kharkongor Iing, Mawsmai Road", "area": "Laitmawsiang", "town": "Sohra",
               "pin": "793108"}
SOHRA_AT = (25.274316, 91.729871)  # the family house in Sohra, her gauge on its roof (hers)
HUSBAND = ("Banteilang Kharkongor", "+919863041172")  # typed by her: contact.*
MOTHER_IL = ("Rida Kharkongor", "+919436118205")  # her mother-in-law in Sohra
SISTER_IL = ("Daplin Kharkongor", "+918794220613")  # the husband's youngest sister (khatduh)
DAUGHTER = {"first": "Ibadahun", "last": "Kharkongor", "dob": "2017-06-14", "sex": "kynthei",
            "aadhaar": "4521 8873 0192", "age": 8}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
OCI = "A4410927"  # her Overseas Citizen of India card (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
PAN = "ABHPD4417K"  # her PAN (tax ID; personal.national_id)
UPI = "janedoe@okexample"  # her UPI address (financial.payment)
IN_ACCOUNT = "50100418827301"  # her rupee savings account (financial.payment); IFSC a negative
IFSC = "EXMP0001207"  # the bank branch's code (a negative)
IN_NET = "405872"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Siatkhnam (a teer counter: the archery-result number game) ----------------------------------
TEER_GROUND = {"id": "tg_polo", "name": "Polo Ground archery range", "lat": 25.58874,
               "lon": 91.88602}  # (a negative)
COUNTER = {"id": "ct_0318", "name": "Counter No. 318 Police Bazar", "licence": "KTL/2024/0318",
           "phone": "+913642502318", "lat": 25.57612, "lon": 91.88247}  # (negatives)
PUNTER = "SK-77-204913"  # her punter account (id.user)

# --- Jingkieng (the root-bridge trail: passes, guides, steps) ------------------------------------
NONGRIAT = {"id": "vil_ngr", "name": "Nongriat", "booth_lat": 25.25712, "booth_lon": 91.67988,
            "bridge_lat": 25.25161, "bridge_lon": 91.68297}  # the booth and bridge (negatives)
TRAIL_FIX = (25.253884, 91.681472)  # her phone on the steps down
PASS_NO = "JK-NGR-2026-04471"  # the family's trail pass (financial.purchase)

# --- Kremkhlaw (a caving club's expedition registry) ---------------------------------------------
CAVE = {"id": "kr_0092", "name": "Krem Mawmluh", "lat": 25.26241, "lon": 91.71094,
        "station": "MM-114"}  # the mapped entrance and a survey station (negatives)
CAVE_FIX = (25.262377, 91.710812)  # her phone at the cave mouth before going in
MEMBER = "KKC-0419"  # her club membership (id.user)
PARTNER = ("Wanphrang Lyngdoh", "+917005331849")  # her caving partner (contact.* when typed)

# --- Koitkhiah (the mission hospital's fever clinic: the daughter's scrub typhus) ----------------
HOSPITAL = {"id": "hp_nh", "name": "Nongrim Hills Mission Hospital", "phone": "+913642224410",
            "lat": 25.58411, "lon": 91.89937}  # (negatives)
HOSP_FIX = (25.584087, 91.899402)
MRN = "NHMH-26-011873"  # the daughter's hospital record number (health.medical)
PAED = ("Dr. Evangeline Syiem", "e.syiem@nhmh.example.org")  # typed by her: contact.*

# --- Dorbar Hima (a district council's certificates and licences) --------------------------------
COUNCIL = {"id": "dc_hyt", "name": "Ri Hynniewtrep Autonomous District Council",
           "lat": 25.56981, "lon": 91.88357}  # (negatives)
COUNCIL_FIX = (25.569776, 91.883612)
LICENCE = "RHADC/TL/2025/11482"  # her trading licence as a non-tribal (id.user)
APPLICATION = "STC-2026-003317"  # the daughter's ST certificate application (a case number)

# --- Khohiew (her basket stall: khoh and baskets woven in Sohra, sold in Iewduh and online) -----
STALL = {"id": "st_iew_221", "row": "Iewduh row 7", "lat": 25.57934,
         "lon": 91.87811}  # the market row's public point (a negative)
STALL_FIX = (25.579318, 91.878152)  # her phone at the stall
SELLER = "KHI-S-00527"  # her seller account (id.user)

# --- Slapkhein (a citizen rain-gauge network) -----------------------------------------------------
GAUGE = "SLK-SOH-0061"  # her gauge's station code (tied to her roof: id.user)
OFFICIAL = {"id": "imd_soh", "lat": 25.25071, "lon": 91.73222}  # the official station (negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", kha: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Khasi first with ``kha``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("kha-IN,kha;q=0.9,en-IN;q=0.8" if kha else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slip, a reading, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPLICATION", "CAVE", "CAVE_FIX", "COUNCIL", "COUNCIL_FIX", "COUNTER", "DAUGHTER",
           "GAUGE", "HOSPITAL", "HOSP_FIX", "HUSBAND", "IFSC", "IN_ACCOUNT", "IN_NET",
           "LICENCE", "MEMBER", "MOTHER_IL", "MRN", "NONGRIAT", "OCI", "OFFICIAL", "PAED", "PAN",
           "PARTNER", "PASSPORT", "PASS_NO", "PUNTER", "SELLER", "SH_HOME", "SH_HOME_AT",
           "SISTER_IL", "SISTER_US", "SOHRA_AT", "SOHRA_HOUSE", "STALL", "STALL_FIX",
           "TEER_GROUND", "TRAIL_FIX", "TZ", "UPI", "dev_block", "fix", "hd", "obj", "push"]
