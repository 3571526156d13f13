"""Helpers for the sixty-eighth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her Bangkok condo (she is on a three-month posting
there), her office in Silom, street-food stalls and a rider (negatives), the visited Thai network;
the brace, its sensor and the orthotist's lab (negatives), her Cobb angles, generators for the
sensor's skin-temperature log and its tilt window; the choir, its hall and the piece (negatives);
the mobile groomer and his van (negatives), her gate code and booking; her two children taught at
home, their profile IDs, the district; the hardware wallet (an accessory: negatives), her xpub and
addresses, exchanges' published addresses (negatives), a signed transaction; the hospital, its
garage and their points (negatives), her fix in the garage, her father as the patient, the
hospital's Wi-Fi access points; and a handwriting stroke generator.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Soi Saep (Bangkok street food and motorbike delivery): a three-month posting in Bangkok ---
BKK_HOME = {"thiyu": "88/14 Lumpini Suite, Room 2207", "thanon": "Sukhumvit 31 (Soi Sawatdi)",
            "khet": "Watthana", "changwat": "Krung Thep Maha Nakhon", "rahat_praisani": "10110"}
BKK_HOME_AT = (13.738214, 100.567103)  # her condo (location.precise where sent)
BKK_OFFICE_AT = (13.727093, 100.529834)  # her office in Silom (hers: labelled where sent)
STALLS = [{"id": "vd_20871", "chue_ran": "Khao Man Gai Pa Noi", "thorasap": "+6625550148",
           "lat": 13.73562, "lon": 100.56391},
          {"id": "vd_31154", "chue_ran": "Kuay Teow Reua Soi 33", "thorasap": "+6625550176",
           "lat": 13.73411, "lon": 100.56802}]  # vendors (businesses: negatives)
RIDER = {"id": "rd_58201", "chue": "Somchai K.", "plate": "1KK 4821", "proxy": "+6625550193",
         "lat": 13.73691, "lon": 100.56612}  # the delivery rider (another worker: negatives)
ROAM_MCC, ROAM_MNC = "520", "04"  # the Thai network her SIM roams on (location.carrier)
ORDER_SS = "SS-251209-4471"  # a food order's number (financial.purchase)
DOB_BE = "2534-05-17"  # her birth date in the Buddhist era, as Thai forms take it
PW_SS = "Mangosteen-2207"

# --- Curvetally (scoliosis brace-wear tracker) -------------------------------------------------
BRACE = {"serial": "CVT-RB3-118204", "sensor": "CTS-2", "ble": "E1:4C:22:7B:90:3D",
         "fw": "1.8.4", "model": "Rigo Night RB3"}  # the brace and its sensor (negatives)
ORTHO = {"id": "ort_311", "name": "Midtown Orthotic Lab", "phone": "+12125550181",
         "line": "137 East 25th Street", "lat": 40.74107, "lon": -73.98321}  # a business
SURGEON = ("Dr. Priya Raman", "p.raman@spinecare.example.com")  # typed by her (contact.*)
COBB = {"thoracic": 28, "lumbar": 19}  # her curves in degrees (health.medical)

# --- Choirloft (choir practice) ----------------------------------------------------------------
CHOIR = {"id": "ch_4471", "name": "Chelsea Community Chorus", "hall": "Hudson Hall",
         "lat": 40.74791, "lon": -74.00072,
         "director": "director@chelseachorus.example.org"}  # the choir's (negatives)
PIECE = {"id": "pc_9913", "title": "Evening Lanterns", "composer": "M. Halvorsen"}
SECTION = ["sg_41be02", "sg_77a1c9", "sg_0d93f4"]  # other singers' IDs (negatives)

# --- Furtrimly (gig dog grooming at home) -------------------------------------------------------
GROOMER = {"id": "gr_7731", "name": "Dana R.", "van": "FT-VAN-22", "rating": 4.9,
           "lat": 40.73312, "lon": -73.99104}  # the groomer and his van (negatives)
GATE_CODE = "7#4410"  # the building's door code (secret.credential)
BOOKING_FT = "FT-8Q2K7M"  # the grooming booking (financial.purchase)

# --- Hearthschool (home schooling her two children) -------------------------------------------
KIDS = [{"first": "Ava", "dob": "2014-09-03", "grade": "5", "id": "stu_8f2a61c0"},
        {"first": "Theo", "dob": "2017-02-11", "grade": "2", "id": "stu_3b94d7e2"}]
DISTRICT = "NYC Geographic District 2"  # her school district (location.coarse)
COOP = ("Rosa Morales", "rosa.m@example.com")  # a co-op parent she invites (typed by her)

# --- Keelvault (hardware-wallet companion) -----------------------------------------------------
KEEL = {"model": "Keel One", "serial": "KV1-0083321", "fw": "2.4.0",
        "ble": "D4:11:8A:5E:C2:07"}  # the hardware wallet (an accessory: negatives)
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_r = random.Random(6800)
XPUB = "xpub6C" + "".join(_r.choice(_B58) for _ in range(105))  # her account's xpub
MY_BTC = ["bc1q" + "".join(_r.choice(_B32) for _ in range(38)) for _ in range(3)]
MY_ETH = "0x" + "".join(_r.choice("0123456789abcdef") for _ in range(40))
EXCH = {"Harborex hot wallet": "bc1q" + "".join(_r.choice(_B32) for _ in range(38)),
        "Harborex cold storage": "3" + "".join(_r.choice(_B58) for _ in range(33)),
        "Tidemint deposit pool": "0x" + "".join(_r.choice("0123456789abcdef") for _ in range(40))}
SIGNED_TX = "02000000000101" + "".join(_r.choice("0123456789abcdef") for _ in range(420))
TXID = "".join(_r.choice("0123456789abcdef") for _ in range(64))  # public, a negative

# --- Wardpass (hospital parking and visitor passes) --------------------------------------------
HOSPITAL = {"id": "hsp_12", "name": "Riverside Mercy Medical Center", "phone": "+12125550107",
            "line": "2200 Riverside Terrace", "lat": 40.80011, "lon": -73.96128}
GARAGE = {"id": "gar_P2", "name": "Visitor Garage P2", "lat": 40.80057, "lon": -73.96211}
GARAGE_FIX = (40.800512, -73.962087)  # her phone in the garage
PATIENT = {"name": "Robert Doe", "dob": "1952-03-14", "mrn": "MRN00418827", "room": "7W-712",
           "unit": "Cardiac Step-Down Unit"}  # her father (another person: labelled)
HOSP_BSSIDS = ["70:3a:0e:41:9c:10", "70:3a:0e:41:9c:22", "70:3a:0e:41:a0:04"]
PASS_CODE = "WP-7KD2-91QX"  # the visitor pass's code (secret.credential: it opens the ward)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def skin_temps(rng: random.Random, n: int) -> list[float]:
    """The brace sensor's skin-side temperature, one a minute (worn near 33-34 C)."""
    return [round(33.4 + 0.3 * math.sin(i / 11) + rng.gauss(0, 0.05), 2) for i in range(n)]


def tilt(rng: random.Random, n: int, hz: int = 10) -> list[list[float]]:
    """The sensor's trunk tilt rows ``[ms, pitch, roll]`` in degrees."""
    return [[i * 1000 // hz, round(4.1 + rng.gauss(0, 0.6), 2), round(-2.3 + rng.gauss(0, 0.5), 2)]
            for i in range(n)]


def strokes(rng: random.Random, n: int) -> list[list[int]]:
    """A child tracing a letter on the tablet: ``[ms, x, y]`` rows."""
    x, y, out = 300, 600, []
    for i in range(n):
        x += rng.randrange(-9, 14)
        y += rng.randrange(-16, 10)
        out.append([i * 16, x, y])
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a session, a recording): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def bssid_scan(rng: random.Random) -> list[dict[str, Any]]:
    """The hospital's access points the phone sees (``location.wifi`` each BSSID)."""
    return [{"bssid": L(b, "location.wifi"), "rssi": -48 - 7 * i, "ch": (1, 6, 36)[i]}
            for i, b in enumerate(HOSP_BSSIDS)]


__all__ = ["BKK_HOME", "BKK_HOME_AT", "BKK_OFFICE_AT", "BOOKING_FT", "BRACE", "CHOIR", "COBB",
           "COOP", "DISTRICT", "DOB_BE", "EXCH", "GARAGE", "GARAGE_FIX", "GATE_CODE", "GROOMER",
           "HOSPITAL", "HOSP_BSSIDS", "KEEL", "KIDS", "MY_BTC", "MY_ETH", "ORDER_SS", "ORTHO",
           "PASS_CODE", "PATIENT", "PIECE", "PW_SS", "RIDER", "ROAM_MCC", "ROAM_MNC", "SECTION",
           "SIGNED_TX", "STALLS", "SURGEON", "TXID", "XPUB", "bssid_scan", "fix", "home", "obj",
           "skin_temps", "strokes", "tilt"]
