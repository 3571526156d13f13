"""Helpers for the forty-second (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her serviced flat in Dubai (a month's work trip), her fix
in the Marina, the delivery app's dark store and rider (negatives); the epilepsy diary's watch (an
accessory: negatives), her neurologist and her caregiver, her medicines and a generator for the
watch's motion window; the car dealership (a negative), a car in its stock (a negative), her
trade-in, her employer; her street and neighbourhood, her dog, a neighbour's post (negatives);
the hearing test's headphones (negatives), her audiogram and tinnitus match; the money transfer's
recipient (her cousin in Manila) and her passport; the kids' dentist (a negative), her daughter,
the child's teeth chart and the dental insurance.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
PRECISE = "location.precise"

# --- Baqala Now (grocery and pharmacy delivery in Dubai; Arabic keys in Latin letters) --------
DXB_HOME = {"bina": "Marina Crest Tower", "shaqqa": "2304", "shari": "Al Marsa Street",
            "mintaqa": "Dubai Marina", "madina": "Dubai"}  # her serviced flat for the month
DXB_HOME_AT = (25.080412, 55.140231)
DXB_OFFICE_AT = (25.218703, 55.282419)  # the office she visits (her fix when sent)
DARK_STORE = {"id": "BQ-DXB-017", "ism": "Baqala Now Marina Hub", "hatif": "+97145550123",
              "lat": 25.07714, "lon": 55.13672}  # the store (a business: negatives)
RIDER = {"id": "rdr_44817", "ism": "Imran K.", "hatif": "+971555500417"}  # negatives
TALAB = "BQN-2512-330917"  # her order number (financial.purchase)

# --- Ictalog (an epilepsy seizure diary with a smartwatch) --------------------------------------
WATCH = {"serial": "ICW-3-0092281", "ble": "D1:4A:77:0C:3E:59", "fw": "5.1.2",
         "model": "Ictalog Watch 3"}  # the watch (an accessory: negatives)
NEURO = ("Dr. Priya Raman", "+12125550194")  # her neurologist, typed by her
CAREGIVER = ("Marcus Doe", "+15550144818", "marcus.doe@example.net")  # her brother (contact.*)
MEDS = [("Levetiracetam", "750 mg", "twice daily"), ("Lamotrigine", "100 mg", "nightly")]
SEIZURE_AT = (40.748512, -73.985661)  # where she was when the watch raised an alert

# --- Torqueway Motors (a car dealership and financing app) --------------------------------------
DEALER = {"id": "dlr_0311", "name": "Torqueway Motors Queens", "phone": "+17185550147",
          "line": "36-20 Northern Boulevard", "lat": 40.75284, "lon": -73.92461}  # negatives
STOCK = {"vin": "5YJ3E1EA7KF309814", "stock": "TQ-24881", "model": "Corvia Sedan LX",
         "year": 2024, "msrp": "31995.00"}  # a car for sale (negatives; the price not a buy)
TRADE = {"vin": "1HGCV1F34JA118302", "year": 2018, "make": "Hanami", "model": "Accent Touring",
         "miles": 61240}  # her trade-in (see the calls: the VIN unlabelled)
EMPLOYER = ("Brightwater Analytics", "+12125550172")  # unlabelled (no taxonomy type)
APP_ID = "CA-7718204"  # the credit application's number (a negative)

# --- Stoopline (a neighbourhood social network) -------------------------------------------------
STREET, HOOD = "Fifth Avenue", "Midtown South"
DOG = {"name": "Pepper", "breed": "Border Collie", "sex": "female"}  # her dog
LOST_AT = (40.744118, -73.987204)  # where Pepper slipped the lead (her own place)
PARK_AT = (40.74203, -73.98774)  # Madison Square's point (a public place: a negative)
POSTCARD = "KX4-92M"  # the address-verification postcard code (secret.credential)

# --- Earwell (a hearing test and tinnitus app) --------------------------------------------------
PHONES = {"model": "Arden Buds Pro", "ble": "E3:19:5C:7A:02:6B"}  # headphones (negatives)
HZ = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]
LEFT_DB = [15, 15, 20, 25, 35, 45, 50, 55]  # her thresholds (health.medical)
RIGHT_DB = [10, 15, 15, 20, 30, 40, 45, 50]
TINNITUS = {"ear": "both", "pitchHz": 6200, "loudnessDb": 38, "type": "tonal"}
AUDIOLOGIST = ("Dr. Owen Blake", "+12125550131")  # typed by her

# --- Kinwire (cross-border money transfer) ------------------------------------------------------
COUSIN = {"name": "Maria Dela Cruz", "phone": "+639175550183", "bank": "Pasig Rural Bank",
          "account": "0078-1123-4461", "city": "Pasig City"}  # her cousin: the recipient
PASSPORT = "584119023"  # her passport number (personal.national_id)
TRANSFER = "KW-TX-88120417"  # a transfer's reference (financial.purchase)
FX = {"rate": "58.412", "fee": "2.99"}  # the day's rate (a negative)

# --- Toothsprout (a kids' dentist appointment app) ----------------------------------------------
KID = ("Ava", "Doe", "2018-03-09", 7)  # her daughter: first, last, birth date, age
KID_ID = "pt_61a2d9f4"  # the child's patient ID (id.user)
OFFICE = {"id": "ofc_118", "name": "Little Molars Pediatric Dentistry", "phone": "+12125550107",
          "line": "120 East 34th Street", "lat": 40.74601, "lon": -73.98033}  # negatives
DENTIST = "Dr. Lena Ortiz"  # the office's dentist (a negative: a professional's listing)
DENTAL_MEMBER = "DLT-5530981207"  # the child's dental-plan member ID (health.medical)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def motion(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """The watch's accelerometer rows ``[ms, x, y, z]`` during a convulsive event (rhythmic)."""
    return [[i * 1000 // hz, round(1.4 * math.sin(i / 2.1) + rng.gauss(0, 0.2), 3),
             round(1.1 * math.cos(i / 2.3) + rng.gauss(0, 0.2), 3),
             round(0.98 + rng.gauss(0, 0.3), 3)] for i in range(n)]


def seizures(rng: random.Random, n: int, t0: int = 1764900000) -> list[dict[str, Any]]:
    """Her logged seizures: start, type, length in seconds, awareness (a medical history)."""
    kinds = ["focal aware", "focal impaired awareness", "tonic-clonic"]
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(40000, 250000)
        out.append({"start": t, "type": rng.choice(kinds), "secs": rng.randrange(20, 150),
                    "aware": rng.random() < 0.5})
    return out


def teeth(rng: random.Random) -> list[dict[str, Any]]:
    """The child's chart: primary teeth by letter with a status (a dental record)."""
    status = ["sound", "sound", "sound", "caries", "sealant", "filled"]
    return [{"tooth": t, "status": rng.choice(status)} for t in "ABCDEFGHIJKLMNOPQRST"]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a post, a seizure record, a transfer): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APP_ID", "AUDIOLOGIST", "CAREGIVER", "COUSIN", "DARK_STORE", "DEALER", "DENTAL_MEMBER",
           "DENTIST", "DOG", "DXB_HOME", "DXB_HOME_AT", "DXB_OFFICE_AT", "EMPLOYER", "FX", "HOOD",
           "HZ", "KID", "KID_ID", "LEFT_DB", "LOST_AT", "MEDS", "NEURO", "OFFICE", "PARK_AT",
           "PASSPORT", "PHONES", "POSTCARD", "RIDER", "RIGHT_DB", "SEIZURE_AT", "STOCK", "STREET",
           "TALAB", "TINNITUS", "TRADE", "TRANSFER", "WATCH", "fix", "motion", "obj", "seizures",
           "teeth"]
