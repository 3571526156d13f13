"""Helpers for the fiftieth (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Istanbul (a three-month work stay), her
Turkish prepaid line and foreigner's identity number, the grocery's dark store and its courier
(negatives), an order and barcodes; the prenatal test (her pregnancy, the kit, the lab and the
clinic as negatives, her obstetrician, her husband); the family of four on the scale (her husband
and children are data subjects) and the scale itself (an accessory: negatives); the police
precinct, its patrol car and body camera (negatives), her volunteer badge, a witness and a patrol
route; the language partner (another user) and face and voice vectors; the razor, its cartridge
and firmware (look-alikes only); the drivers' union, her gig platforms' driver IDs, her car
(negatives) and her trips; and generators.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import COARSE, PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Sepetim (grocery delivery in Istanbul; keys in Turkish) ------------------------------------
TR_HOME = {"adres": "Firuzağa Mah. Defterdar Yokuşu No: 14 D: 5", "ilce": "Beyoğlu",
           "il": "İstanbul", "posta_kodu": "34425"}
TR_HOME_AT = (41.031742, 28.982214)  # her flat in Cihangir (her home while there)
TR_PHONE = "+90 555 010 41 99"  # her Turkish prepaid line (contact.phone)
TR_PHONE_NAT = "0555 010 41 99"
TC_NO = "99283746514"  # her foreigner's identity number (TC-style, valid checksum)
DEPO = {"id": "SPT-IST-BYO-07", "ad": "Sepetim Cihangir Depo",
        "adres": "Kılıçali Paşa Mah. Akarsu Yokuşu No: 3", "telefon": "+90 212 555 04 17",
        "lat": 41.03089, "lon": 28.98371}  # the dark store (a business: negatives)
KURYE = {"id": "kr_55812", "ad": "Emre K.", "tel": "+90 850 555 19 22"}  # the courier (masked)
SIPARIS = "SPT-2512-447109"  # her order number (financial.purchase)
BARKOD = ["8690504012301", "8690637021407", "8692971410012", "8690526085611"]  # products
OFFICE_TR_AT = (41.078621, 29.011547)  # her employer's Levent office (her fix there)

# --- Cradlegene (prenatal genetic test results) -------------------------------------------------
DUE = "2026-06-02"  # her due date
KIT_CG = "CG-K-5520-1873-04"  # the blood kit's barcode (id.user: it keys her sample, set 13)
LAB = {"id": "lab_07", "name": "Cradlegene Lab Durham", "clia": "34D2215570",
       "phone": "+19195550142"}  # the lab (a business: negatives)
CLINIC_CG = {"id": "cl_3318", "name": "Murray Hill Women's Health",
             "line": "40 East 35th Street", "phone": "+12125550128",
             "lat": 40.74846, "lon": -73.98117}  # her practice (a business: negatives)
OB = ("Dr. Miriam Castellanos", "+12125550133")  # her obstetrician, typed by her
HUSBAND = ("Daniel Doe", "1989-02-11", "+15550148820", "daniel.doe@example.net")
MEMBER_CG = "QHP771204458-02"  # her insurance member ID (health.medical, set 37)

# --- Heftwise (a smart bathroom scale; a family of four) ----------------------------------------
FAMILY = [  # profile IDs are the app's per-person sub-accounts (id.user, set 37's child)
    {"pid": "hp_jane_1b7c", "name": "Jane", "dob": "1991-05-17", "sex": "female", "cm": 168},
    {"pid": "hp_dan_4e02", "name": "Daniel", "dob": "1989-02-11", "sex": "male", "cm": 183},
    {"pid": "hp_ava_9a31", "name": "Ava", "dob": "2018-09-03", "sex": "female", "cm": 124},
    {"pid": "hp_leo_2c88", "name": "Leo", "dob": "2021-04-22", "sex": "male", "cm": 103}]
SCALE = {"serial": "HWS3-2411-008812", "mac": "D4:3B:04:71:A2:9C", "fw": "4.2.7",
         "model": "Heftwise S3", "hw": "rev-C"}  # the scale (an accessory: negatives)
WIFI_PASS = "maple-otter-2207"  # the home Wi-Fi password, given to the scale

# --- Beatpartner (police volunteers' ride-along) ------------------------------------------------
PRECINCT = {"id": "pct-13", "name": "13th Precinct Community Affairs",
            "line": "230 East 21st Street", "phone": "+12125550187",
            "lat": 40.73694, "lon": -73.98211}  # the precinct (negatives)
BADGE = "VOL-13-0442"  # her volunteer badge number (id.user)
UNIT = {"call": "13-CP-4", "plate": "2471-NYP", "bodycam": "BWC-AX3-00917744"}  # negatives
INCIDENT = "INC-25-118204"  # an incident number (a case ID: a negative)
WITNESS = ("Marcus Bell", "+15550176624", "212 East 24th Street Apt 6")  # typed by her
LICENCE_BP = "812 440 917"  # her driver's licence number (personal.national_id)
SCENE_AT = (40.739214, -73.983806)  # her fix at the incident (Lexington and 24th)

# --- Parlora (language exchange by video chat) -------------------------------------------------
PARTNER = {"id": "pl_u_7k2m9q4x", "name": "Deniz", "native": "tr", "learning": "en"}  # another
HANDLE = "jane.learns.tr"  # her handle (id.user)

# --- Bladewren (a smart razor: look-alikes) ----------------------------------------------------
RAZOR = {"serial": "BW7-2409-331085", "ble": "E0:7D:EA:12:9B:46", "fw": "1.8.3",
         "model": "Bladewren Seven", "hw": "B7-r2"}  # the razor (an accessory: negatives)
CARTRIDGES = ["5f0c9e1a-2b7d-4c3e-9a81-6d2f4b7e0c19", "b3a71d42-8e5f-4a06-b9c2-71e0d3f5a864"]
FW_SHA = "9c4e1f7a2b6d8035e1c94f7a0b2d6e8f13a5c7e9024b6d8f1a3c5e7091b2d4f6"  # the image's hash

# --- Laneledger (a drivers' union's earnings tracker) ------------------------------------------
UNION = {"name": "Metro App Drivers United", "local": "Local 12"}  # her union (sensitive)
MEMBER_LL = "MADU-12-088417"  # her union member number (id.user, set 13)
PLATFORMS = {"rydeko": "drv_5X2K81QH", "bitebolt": "BB-D-3318720"}  # her driver IDs (id.user)
CAR = {"plate": "T658812C", "vin": "5YJ3E1EA7PF448120", "make": "Toyota",
       "model": "Camry Hybrid", "year": 2022}  # her car (negatives, as set 28)
HUB = {"name": "Rydeko Greenlight Hub", "lat": 40.74931, "lon": -73.93755}  # a business


# --- generators -----------------------------------------------------------------------------------
def mine(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (precise at 3 or more, coarse below)."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals."""
    return mine((LAT, LON), nd)


def trace(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765312000,
          keys: tuple[str, str] = ("lat", "lng")) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lon ``location.precise``; speed and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "spd": round(rng.uniform(2, 14), 1)})
    return out


def comp(rng: random.Random, kg: float, fat: float) -> dict[str, float]:
    """A body-composition reading (weight, fat, muscle, water, bone, visceral, BMR)."""
    return {"weightKg": round(kg, 1), "fatPct": round(fat, 1),
            "muscleKg": round(kg * (0.72 - fat / 160), 1), "waterPct": round(62 - fat / 3, 1),
            "boneKg": round(kg * 0.041, 1), "visceral": rng.randrange(3, 9),
            "bmrKcal": int(370 + 21.6 * kg * (1 - fat / 100))}


def impedance(rng: random.Random) -> list[dict[str, Any]]:
    """Bioimpedance at four frequencies (ohm): the scale's raw body measurement."""
    return [{"khz": f, "ohm": round(rng.uniform(470, 620) - f * 0.4, 1)} for f in (5, 50, 100, 250)]


def vector(rng: random.Random, n: int, sd: float = 0.08) -> list[float]:
    """A unit-scale embedding of ``n`` floats (a face or speaker vector)."""
    return [round(rng.gauss(0, sd), 5) for _ in range(n)]


def mfcc(rng: random.Random, n: int = 13) -> list[float]:
    """Mean MFCCs of an utterance."""
    return [round(-295 + rng.gauss(0, 9), 2)] + [round(rng.gauss(0, 13), 2) for _ in range(n - 1)]


def pitch(rng: random.Random, n: int) -> list[float]:
    """Her pitch contour in Hz, one value per 100 ms of voiced speech."""
    return [round(208 + rng.gauss(0, 22), 1) for _ in range(n)]


def trips(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her trips on a platform (pickup and drop-off are her fixes; fares are income, unlabelled)."""
    out = []
    for i in range(n):
        pa = (40.7 + rng.uniform(0.02, 0.09), -73.99 + rng.uniform(-0.02, 0.07))
        da = (40.7 + rng.uniform(0.02, 0.09), -73.99 + rng.uniform(-0.02, 0.07))
        out.append({"tripId": "tr_" + rnd_hex(rng, 10), "start": 1765290000 + 2400 * i,
                    "pickup": {"lat": L(round(pa[0], 5), PRECISE),
                               "lng": L(round(pa[1], 5), PRECISE)},
                    "dropoff": {"lat": L(round(da[0], 5), PRECISE),
                                "lng": L(round(da[1], 5), PRECISE)},
                    "miles": round(rng.uniform(1.2, 9.8), 1),
                    "fare": round(rng.uniform(9, 38), 2), "tip": round(rng.uniform(0, 7), 2),
                    "serviceFee": round(rng.uniform(2, 11), 2)})
    return out


def shave(rng: random.Random) -> dict[str, Any]:
    """A shave session as the razor logs it (strokes, pressure zones, motor): no personal data."""
    return {"sessionId": rnd_hex(rng, 16), "startedAt": 1765290112, "durationS": 212,
            "strokes": 184, "pressureZones": [61, 103, 20], "motorRpm": 7200,
            "tempC": 31.4, "batteryPct": 78, "rssi": -61}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a sample, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BADGE", "BARKOD", "CAR", "CARTRIDGES", "CLINIC_CG", "DEPO", "DUE", "FAMILY",
           "FW_SHA", "HANDLE", "HUB", "HUSBAND", "INCIDENT", "KIT_CG", "KURYE", "LAB",
           "LICENCE_BP", "MEMBER_CG", "MEMBER_LL", "OB", "OFFICE_TR_AT", "PARTNER", "PLATFORMS",
           "PRECINCT", "RAZOR", "SCALE", "SCENE_AT", "SIPARIS", "TC_NO", "TR_HOME", "TR_HOME_AT",
           "TR_PHONE", "TR_PHONE_NAT", "UNION", "UNIT", "WIFI_PASS", "WITNESS", "comp", "home",
           "impedance", "mfcc", "mine", "obj", "pitch", "shave", "trace", "trips", "vector"]
