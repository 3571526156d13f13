"""Helpers for the two-hundred-and-nineteenth (blind) evaluation set ("blind216"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set
24's).

This kit adds what the set's apps share. She lives in Freetown (Sierra Leone) with her Krio
husband Emmanuel Olufemi Macauley, her US SIM roaming; their daughter Abigail (7) goes to a
primary school in Wilberforce and to a Saturday ballet class in Aberdeen. Her mother-in-law,
Christiana Macauley, keeps the family house in Bo, where the Macauley awujoh (the feast for the
family's ancestors) is held. Her places (their flat in Murray Town, the flat in Wilberforce they
move to, her fixes at the fibroid clinic and the ballet studio, the family house in Bo, the
roadside where the car broke down) are hers (``location.precise`` where sent); the clinic, the
studio, the parts shop, the generator workshop, the locksmith's shop and the lender's branch
are businesses' (negatives), as are the family's graves (a cemetery plot) and the locksmith's
van. People: her husband (``contact.*`` when she types him), their daughter (a data subject:
her name, birth date, sex and student number are labelled), her mother-in-law, her brother in
the US, the landlord of the new flat, the mechanic in Bo.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Freetown"
CUR = "SLE"  # the new leone

# --- her Freetown life ----------------------------------------------------------------------------
FT_HOME = {"line": "9 Cole Street, Murray Town", "area": "Murray Town", "town": "Freetown",
           "region": "Western Area Urban", "country": "Sierra Leone"}
FT_HOME_AT = (8.482731, -13.262915)  # their flat (location.precise where sent)
BO_HOUSE = {"line": "14 Mattru Road, Bo", "town": "Bo", "district": "Bo District",
            "chiefdom": "Kakua"}
BO_HOUSE_AT = (7.958412, -11.741036)  # the family house in Bo (hers to send: precise)
HUSBAND = ("Emmanuel Macauley", "+23276501844", "emmanuel.macauley@example.net")  # contact.*
MOTHER_IL = ("Christiana Macauley", "+23278330127")  # her mother-in-law in Bo
DAUGHTER = {"first": "Abigail", "last": "Macauley", "dob": "2018-06-12", "sex": "gyal",
            "student": "PB-2025-0318"}  # a data subject (sets 29, 35, 37)
BROTHER_US = ("Michael Doe", "+15550162290", "michael.doe@example.net")  # her brother in Ohio
RESIDENT = "SL-NRC-00731945"  # her Sierra Leone non-citizen residence card (personal.national_id)
SL_ACCOUNT = "SL0210200114477281063"  # her leone account (financial.payment)
WALLET = "+23277410699"  # her local mobile-money wallet number (contact.phone: her SIM there)

# --- Awujoh Famili (the Macauley family's lineage and awujoh society) -----------------------------
FAMILY_SOC = {"id": "fam_mcly", "name": "Macauley Famili Sosayti"}  # (a negative)
MEMBER = "MCL-0207"  # her member number in the family society (id.user)
GRAVE_AT = (7.961733, -11.735620)  # the family's graves (a cemetery's plot: a negative)

# --- Rent Advans (a rent-advance loan) ------------------------------------------------------------
LENDER = {"id": "br_wilb", "name": "Rent Advans Wilberforce", "phone": "+23288400210",
          "lat": 8.46911, "lon": -13.25688}  # the lender's branch (negatives)
LOAN = "RA-2026-001447"  # her loan (financial.purchase: the contract she buys)
BORROWER = "RAB-88120"  # her borrower number (id.user)
LANDLORD = ("Alhaji Ibrahim Sesay", "+23276228814")  # typed by her: contact.*
NEW_FLAT = {"line": "3B Spur Loop, Wilberforce", "area": "Wilberforce", "town": "Freetown"}
NEW_FLAT_AT = (8.468207, -13.259044)  # the flat they move to (hers once signed: precise)

# --- Ki Man (a locksmith: locks changed, keys cut, a smart lock) --------------------------------
LOCKSMITH = {"id": "ls_congo", "name": "Congo Cross Lock & Key", "phone": "+23279550310",
             "lat": 8.47544, "lon": -13.25012}  # the locksmith's shop (negatives)
LOCKSMITH_VAN = (8.47102, -13.25530)  # the locksmith's van on its way (his: a negative)
LOCK = {"model": "KeyMaster S3", "serial": "KMS3-0418-22971"}  # (a product's serial: unlabelled)

# --- Wombkia (a fibroid and gynaecology clinic) ---------------------------------------------------
CLINIC = {"id": "cl_kingtom", "name": "Kingtom Women's Clinic", "phone": "+23276880155",
          "lat": 8.49158, "lon": -13.24720}  # the clinic (negatives)
CLINIC_FIX = (8.491602, -13.247181)
FILE_NO = "KWC-26-00912"  # her clinic file number (health.medical, as set 151's chart)
DOCTOR = ("Dr. Fatmata Kamara", "f.kamara@kwc.example.org")  # typed by her: contact.*

# --- Pikin Ballet (the daughter's ballet school) --------------------------------------------------
STUDIO = {"id": "st_aberdeen", "name": "Aberdeen Dance Studio", "phone": "+23278114400",
          "lat": 8.49630, "lon": -13.28412}  # the studio (negatives)
STUDIO_FIX = (8.496281, -13.284099)  # her fix at the studio door

# --- Jenereta Dokta (generator servicing) ---------------------------------------------------------
WORKSHOP = {"id": "ws_kissy", "name": "Kissy Road Power Works", "phone": "+23276700481",
            "lat": 8.47991, "lon": -13.20542}  # the workshop (negatives)
GENSET = {"make": "Firman", "model": "SPG7500E", "serial": "FMN7500-2211-08841",
          "kva": 7.5}  # their generator (its serial: a machine's, no taxonomy type; unlabelled)

# --- Motoka Pat (car spare parts) -----------------------------------------------------------------
SHOP = {"id": "sp_kissyst", "name": "Kissy Street Motor Spares", "phone": "+23277908812",
        "lat": 8.48612, "lon": -13.23201}  # the parts shop (negatives)
CAR = {"make": "Toyota", "model": "RAV4", "year": 2012, "vin": "JTMBD33V205123456",
       "plate": "AQR 447"}  # the family car (VIN and plate: no taxonomy type; unlabelled)
BREAKDOWN_AT = (8.112744, -12.150291)  # where the car stopped on the Bo highway (hers)
MECHANIC_BO = ("Musa Koroma", "+23278661402")  # the mechanic in Bo, typed by her: contact.*


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", kri: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Krio first with ``kri``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("kri-SL,kri;q=0.9,en;q=0.8" if kri else "en-SL,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_SL") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_SL", krio: bool = False) -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``);
    ``krio`` names the keys in Krio as the app's other keys."""
    from eval_payloads import INSTALL_ID
    if krio:
        return {"push_token": L(token, DID), "instol_id": L(INSTALL_ID, DID),
                "fon_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                "langwej": L(lang, DEV), "tem_zon": L(TZ, DEV)}
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a job): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BORROWER", "BO_HOUSE", "BO_HOUSE_AT", "BREAKDOWN_AT", "BROTHER_US", "CAR", "CLINIC",
           "CLINIC_FIX", "CUR", "DAUGHTER", "DOCTOR", "FAMILY_SOC", "FILE_NO", "FT_HOME",
           "FT_HOME_AT", "GENSET", "GRAVE_AT", "HUSBAND", "LANDLORD", "LENDER", "LOAN", "LOCK",
           "LOCKSMITH", "LOCKSMITH_VAN", "MECHANIC_BO", "MEMBER", "MOTHER_IL", "NEW_FLAT",
           "NEW_FLAT_AT", "RESIDENT", "SHOP", "SL_ACCOUNT", "STUDIO", "STUDIO_FIX",
           "TZ", "WALLET", "WORKSHOP", "dev_block", "fix", "hd", "obj", "push"]
