"""Helpers for the hundred-and-forty-fourth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Valletta (Malta) with her Maltese
husband Luke Camilleri, her US SIM roaming; their son Matthew (8) goes to a Valletta primary school
and to Sunday doctrine classes. Her places (her Valletta flat, her fixes at the Barrakka lift, the
Birgu landing, the anticoagulation clinic, the doctrine centre, the pool, the garage, the language
school) are hers (``location.precise`` where sent); the boatmen's landings, the clinic, the
centre, the club's pool, the letting agency, the garage and the school are businesses' or
institutions' (negatives). People: her husband (``contact.*`` when she types him), their son (a
data subject: his name, birth date, sex and his club and centre numbers are labelled), her
mother-in-law, her sister in the US, the clinic's nurse.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Malta"

# --- her Valletta life ---------------------------------------------------------------------------
HOME = {"line": "Flat 3, 41 Triq il-Merkanti", "area": "Valletta", "town": "Valletta",
        "post": "VLT 1175", "island": "Malta"}
HOME_AT = (35.897912, 14.513284)  # her flat (location.precise where sent)
HUSBAND = ("Luke Camilleri", "+35679912043")  # typed by her: contact.*
SON = {"first": "Matthew", "last": "Camilleri", "dob": "2017-09-22", "sex": "M"}  # data subject
MOTHER_IN_LAW = ("Carmen Camilleri", "+35679448120")  # nanna: contact.* when typed
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
ERES_CARD = "0881244A"  # her Maltese residence (e-Residence) card number (personal.national_id)
DRIVING_LIC = "MT-DL-5527190"  # her Maltese driving licence (personal.national_id)
MT_IBAN = "MT84EXMP44093000000012345678901"  # her Valletta account (financial.payment)

# --- Qaddiefa (Grand Harbour dghajsa water-taxi booking; Maltese keys) ---------------------------
LANDING = {"id": "ml_barrakka", "name": "Lower Barrakka Landing", "lat": 35.89361,
           "lon": 14.51902}  # the boatmen's landing (negative)
BIRGU_LANDING = {"id": "ml_birgu", "name": "Birgu Waterfront Steps", "lat": 35.88812,
                 "lon": 14.52271}  # negative
BOATMAN = {"id": "bt_0417", "name": "Dghajsa Santa Marija", "phone": "+35621224499",
           "licence": "DG-114"}  # the boat and its boatman's licence (negatives)
LIFT_FIX = (35.893704, 14.518822)  # her phone at the landing under the lift
BIRGU_FIX = (35.888154, 14.522655)  # her phone on the Birgu side
TRIP = "QD-2026-118402"  # a paid trip (financial.purchase)

# --- Koagula (an anticoagulation clinic's INR self-testing app) ----------------------------------
CLINIC = {"id": "acc_msd", "name": "Harbour Anticoagulation Clinic", "phone": "+35621440872",
          "lat": 35.90174, "lon": 14.47702}  # the clinic (negatives)
CLINIC_FIX = (35.901718, 14.477043)
CLINIC_NO = "HAC-20931"  # her clinic record number (health.medical)
NURSE = ("Nurse Rita Borg", "r.borg@hac.example.org")  # typed: contact.*
METER = {"serial": "CGX-22-770431", "ble": "D2:44:1B:09:7E:C5", "fw": "3.1.0",
         "strip_lot": "LOT-88120"}  # negatives

# --- Duttrina (a lay society's Sunday doctrine centre for the son) -------------------------------
CENTRE = {"id": "dc_vlt2", "name": "Valletta Doctrine Centre (Boys)", "lat": 35.89905,
          "lon": 14.51211, "qr": "DC-VLT2-QR-0913"}  # negatives
CENTRE_FIX = (35.899037, 14.512140)
PUPIL = "DC-24-0713"  # the son's centre registration (id.user: his)

# --- Pixxispolo (a water-polo club's juniors) ----------------------------------------------------
POOL = {"id": "pl_nsp", "name": "Harbour Juniors Pool", "lat": 35.91188, "lon": 14.50132}
POOL_FIX = (35.911861, 14.501350)
PLAYER = "HJP-U10-0388"  # the son's club registration (id.user)
FEE_INV = "HJP-INV-26-0388"  # the season's fee invoice (financial.purchase)

# --- Kirjaflat (a letting agency and the rental contract's registration) -------------------------
AGENCY = {"id": "ag_strait", "name": "Strait Street Lettings", "phone": "+35621239911",
          "iban": "MT31EXMP44093000000099887766554"}  # the agency's own (negatives)
LEASE = "LS-VLT-2026-0441"  # her lease (financial.purchase)
TENANT = "TN-77120"  # her tenant account (id.user)

# --- Garaxx (a garage's VRT and service booking) -------------------------------------------------
GARAGE = {"id": "gr_marsa", "name": "Marsa Motors VRT Centre", "lat": 35.87602,
          "lon": 14.49411, "phone": "+35621237760"}  # negatives
GARAGE_FIX = (35.876031, 14.494088)
CAR = {"plate": "ABC 123", "make": "Kia", "model": "Picanto", "year": 2019,
       "vin": "KNAB3512ABT000001"}  # the car (unlabelled: no taxonomy type; stated)
JOB = "GJ-26-09912"  # a paid service job (financial.purchase)

# --- Kelmiet (a Maltese-language course for residents) -------------------------------------------
SCHOOL = {"id": "ls_flo", "name": "Floriana Language Hub", "lat": 35.89502, "lon": 14.50711}
SCHOOL_FIX = (35.895041, 14.507093)
LEARNER = "KLM-1190-26"  # her learner number (id.user)


# --- generators ----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mt: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Malta, Maltese first with ``mt``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("mt-MT,mt;q=0.9,en;q=0.8" if mt else "en-MT,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_MT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def inr(rng: random.Random, n: int, t0: int = 1767225600) -> list[dict[str, Any]]:
    """Her self-tested INR results (weekly): one medical series."""
    return [{"t": t0 + 604800 * i, "inr": round(rng.uniform(1.9, 3.4), 1)} for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a session, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
