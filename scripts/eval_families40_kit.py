"""Helpers for the fortieth (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat and office in Ho Chi Minh City (she lives there
for now) and the delivery app's restaurant and courier (negatives); the inhaler cap (an accessory:
negatives), her medicines and pulmonologist; the ski resort (negatives), her lift pass and a
generator for her runs down the slopes; the dating app's match and a date venue (negatives); the
insured home's claim and its contractor (negatives); the parental-control app's child, her tablet
and school (the school a negative); the sign-language app's tutor (a negative) and a generator
for face blendshapes; ``fix``, ``home``, ``obj`` and ``track`` for every app.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Com Nha (a Vietnamese food and grocery delivery app): she lives in Ho Chi Minh City ----------
VN_HOME = {"soNha": "42/7", "duong": "Nguyen Dinh Chieu", "phuong": "Phuong Da Kao",
           "quan": "Quan 1", "thanhPho": "Ho Chi Minh"}
VN_HOME_AT = (10.789412, 106.698731)  # her flat (location.precise where sent)
VN_WORK_AT = (10.772931, 106.704112)  # her office
QUAN = {"id": "qa_30218", "ten": "Bun Bo Co Ba", "diaChi": "118 Vo Van Tan, Quan 3",
        "sdt": "+84 28 5555 0142", "lat": 10.77691, "lon": 106.68744}  # a restaurant: negatives
SHIPPER = {"id": "tx_88120", "ten": "Tran Van Minh", "sdt": "+84905550173",
           "lat": 10.78102, "lon": 106.69551}  # the courier (another person's: negatives)
DON = "CN-251209-58812"  # her order's number (financial.purchase)
VISITED = ("45299", "Saigon Mobile", "vn")  # the visited network (she roams on her US SIM)

# --- Breezecap (an asthma tracker with a Bluetooth inhaler cap) ----------------------------------
CAP = {"serial": "BZC2-0048121", "ble": "F0:4D:A2:19:7C:33", "fw": "1.8.4",
       "model": "Breezecap 2", "battery": 77}  # the cap (an accessory: negatives)
RESCUE = ("Albuterol HFA", "90 mcg")
CONTROLLER = ("Fluticasone HFA", "110 mcg")
PULMO = ("Dr. Priya Raman", "+12125550186", "p.raman@eastsidelung.example.com")  # typed by her
PHARMACY = {"id": "ph_5521", "name": "Lexington Pharmacy", "phone": "+12125550117",
            "lat": 40.74455, "lon": -73.98317}  # a business (negatives)

# --- Snowpine (a ski resort app): a long weekend in Vermont -------------------------------------
RESORT = {"id": "rs_114", "name": "Snowpine Mountain", "phone": "+18025550131",
          "lat": 44.13612, "lon": -72.89455}  # the resort (negatives)
LODGE_AT = (44.132871, -72.901342)  # her rented condo at the base (her place while there)
SUMMIT_AT = (44.146209, -72.881774)
PASS_NO = "SPM-7731-40218-6"  # her season pass's media number (financial.purchase)
BEACON = {"serial": "AVB3-19920442", "ble": "E2:61:0C:7B:44:19", "model": "Pinebeacon 3"}
BUDDY = ("Sam Patel", "+15550142277")  # her touring partner (typed: contact.*)

# --- Silverlark (dating for the over-50s) --------------------------------------------------------
MATCH = {"id": "mb_4d71c09e", "name": "Richard", "age": 61}  # another member (negatives)
VENUE = {"name": "Café Lalo", "line": "201 West 83rd Street", "lat": 40.78631,
         "lon": -73.97654}  # a date venue (a business: negatives)
SAFETY_FRIEND = ("Rosa Morales", "+15550187733")  # her friend told of the date (contact.*)

# --- Claimhaven (a home-insurance claim app) ----------------------------------------------------
POLICY = "HO3-NY-4471902"  # her policy number (id.user: it is her account with the insurer)
CLAIM = "CLM-25-0918842"  # the claim's number (a case ID: a negative)
CONTRACTOR = {"name": "Gotham Dry Restoration", "phone": "+17185550144",
              "license": "HIC-2091774"}  # a business (negatives)
ADJUSTER = {"id": "adj_0731", "name": "Marcus Lee", "mail": "m.lee@claimhaven.example.com"}

# --- Tabguard (a kids' tablet parental-control app: she is the parent) --------------------------
KID = {"name": "Ella", "born": 2017, "age": 8, "id": "kid_2e91b40c"}  # her daughter
TABLET = {"id": "tab_7f3c2a19d0e84b11", "model": "Galaxy Tab A9", "os": "Android 14"}
SCHOOL = {"name": "PS 40 Augustus Saint-Gaudens", "lat": 40.73712,
          "lon": -73.98208}  # the school (a negative)
KID_AT_SCHOOL = (40.737094, -73.982231)  # the child's tablet at school (location.precise)
PAIR_CODE = "TG-48K2-QX"  # the tablet's pairing code (secret.credential)

# --- Signbloom (a sign-language learning app) ---------------------------------------------------
TUTOR = {"id": "tu_1183", "name": "Deaf tutor Aaron K.", "rate": "28.00"}  # negatives
GRANDSON = "Leo"  # her grandson, who is Deaf (named in her text)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def track(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765383000,
          keys: tuple[str, str] = ("lat", "lon"), alt: bool = False) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lon ``location.precise``; time, speed, altitude
    not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        r: dict[str, Any] = {"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                             keys[1]: L(round(lo, 6), PRECISE)}
        if alt:
            r["alt"] = round(1180 - 40 * i + rng.uniform(-3, 3), 1)
        out.append(r)
    return out


def blendshapes(rng: random.Random, n: int = 52) -> list[float]:
    """Face expression coefficients per frame (eyebrows, mouth): the signer's face."""
    return [round(rng.uniform(0, 1), 3) for _ in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a lesson, a claim item): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ADJUSTER", "BEACON", "BUDDY", "CAP", "CLAIM", "CONTRACTOR", "CONTROLLER", "DON",
           "GRANDSON", "KID", "KID_AT_SCHOOL", "LODGE_AT", "MATCH", "PAIR_CODE", "PASS_NO",
           "PHARMACY", "POLICY", "PULMO", "QUAN", "RESCUE", "RESORT", "SAFETY_FRIEND", "SCHOOL",
           "SHIPPER", "SUMMIT_AT", "TABLET", "TUTOR", "VENUE", "VISITED", "VN_HOME",
           "VN_HOME_AT", "VN_WORK_AT", "blendshapes", "fix", "home", "obj", "track"]
