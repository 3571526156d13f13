"""Helpers for the fifty-seventh (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her Mumbai flat (she has lived there on a posting for
over a year, with an Aadhaar and an Indian SIM for UPI), the kirana store (a negative), her UPI
address and PIN; the PCOS coach's smart thermometer (an accessory: negatives), her
reproductive endocrinologist and generators for basal temperatures; the pilgrimage's passport,
visa, group (its leader and the group's ID negatives), holy sites and hotel (negatives) and her
fixes in Makkah; the baby camera (its serial, MAC and LAN address: another device, negatives),
her son, his grandmother and cry events; the electrician (another person: negatives) and the
job; the peer-support handle and other members (negatives); the weekend house with the lawn,
the mower (negatives) and boundary polygons in local metres (negatives).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Kiranakart (Mumbai grocery and UPI) -------------------------------------------------------
MUM_HOME = {"pata": "Flat 702, Sagar Darshan, 14th Road", "ilaka": "Khar West",
            "pin_code": "400052", "shahar": "Mumbai", "rajya": "Maharashtra"}
MUM_HOME_AT = (19.071563, 72.834712)  # her Mumbai flat
IN_PHONE = "+919820041763"  # her Indian SIM, linked to her bank for UPI (contact.phone)
AADHAAR = "4421 8790 3314"  # her Aadhaar (personal.national_id)
VPA = "jane.doe@kkaxis"  # her UPI address (financial.payment)
UPI_PIN = "482916"
DUKAAN = {"id": "KK-MUM-0418", "naam": "Shree Ganesh Provision Stores",
          "phone": "+912226481190", "pata": "Shop 3, Linking Road, Khar West",
          "lat": 19.07244, "lon": 72.83392, "vpa": "shreeganesh.stores@kkaxis"}  # negatives
KK_ORDER = "KK25120941187"  # her order number (financial.purchase)
UTR = "534812907716"  # her UPI payment's reference (financial.purchase)

# --- Ovumira (PCOS and fertility coach, a smart thermometer) -----------------------------------
THERMO = {"serial": "OVM-BT1-0088213", "ble": "D4:36:39:7A:02:5C", "fw": "1.8.4",
          "model": "Ovumira Basal"}  # the thermometer (an accessory: negatives)
REI_DOC = ("Dr. Priya Raman", "+12125550148")  # her fertility doctor, typed by her
FERT_CLINIC = {"id": "fc_3310", "name": "Hudson Fertility Partners", "phone": "+12125550190",
               "lat": 40.75871, "lon": -73.97892}  # a business (negatives)

# --- Miqatly (hajj and umrah guide) ------------------------------------------------------------
PASSPORT_NO = "571204896"  # her US passport number (personal.national_id)
VISA_NO = "6019338812"  # her umrah visa number (personal.national_id)
HAJJ_GROUP = {"id": "grp_UMR2512_NYC07", "leader": "Imam Yusuf Rahman",
              "leader_phone": "+966550102233"}  # the operator's group (negatives)
HARAM_AT = (21.42250, 39.82620)  # Masjid al-Haram (a negative)
NABAWI_AT = (24.46720, 39.61110)  # the Prophet's Mosque (a negative)
MIQAT_AT = (24.41370, 39.54290)  # Dhul Hulayfah (a negative)
HOTEL_MK = {"id": "htl_4471", "name": "Ajyad Crown Hotel", "lat": 21.41958,
            "lon": 39.82741}  # the group's hotel (a negative)
MAKKAH_FIX = (21.421874, 39.826972)  # her phone in the mataf
MADINAH_FIX = (24.468213, 39.610744)  # her phone in Madinah
HOTEL_SSID, HOTEL_BSSID = "AjyadCrown-Guest", "f4:92:bf:3a:71:0c"  # the network she is on
BOOKING_MQ = "MQ-25-770412"  # her package booking (financial.purchase)

# --- Lullwatch (baby-sleep camera) ---------------------------------------------------------------
BABY = ("Theo", "2025-06-30", "boy")  # her son
CAM = {"serial": "LWC3-2206-004417", "mac": "E0:4F:43:19:8C:21", "ip": "192.168.1.57",
       "fw": "4.2.0", "model": "Lullwatch Cam 3"}  # another device (negatives)
WIFI_PW = "blue-otter-4471"  # her home Wi-Fi password (secret.credential)
GRANDMA = ("Margaret Doe", "margaret.doe@example.net")  # invited caregiver (contact.*)
PEDIATRICIAN = ("Dr. Samuel Ortiz", "+12125550133")

# --- Sparkwise (electrician marketplace; she is the customer) ----------------------------------
PRO = {"id": "pro_7b21c9e0", "name": "Luis Ortega", "licence": "ME-1148821",
       "phone": "+17185550162", "lat": 40.73318, "lon": -73.99420}  # the electrician (negatives)
JOB = "job_5d81a7c2e4"  # the job's ID (a negative)
GATE_CODE = "7719#"  # her building's door code (secret.credential)

# --- Kindred (peer support) --------------------------------------------------------------------
HANDLE = "quietlantern"  # her forum handle (id.user)
MEMBERS = ["mossy_tides", "ember.walk", "owlet_22", "northfield_k"]  # other members (negatives)

# --- Mowlark (robot lawn mower) at her weekend house -------------------------------------------
WEEKEND = {"line": "118 Orchard Hill Road", "city": "Rhinebeck", "state": "NY", "zip": "12572"}
WEEKEND_AT = (41.926381, -73.905214)  # the RTK base at her weekend house (her place)
MOWER = {"serial": "MWL-X5-23A-009812", "mac": "8C:4B:14:E2:77:09", "fw": "5.11.2",
         "model": "Mowlark X5"}  # the mower (negatives)
WEEKEND_SSID, WEEKEND_BSSID = "Orchard-2G", "9c:53:22:0e:41:b8"  # her weekend network


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def walk(rng: random.Random, n: int, at: Pt, nd: int = 6, t0: int = 1765330000,
         keys: tuple[str, str] = ("lat", "lon")) -> list[dict[str, Any]]:
    """Her fixes walking (each lat/lon ``location.precise``; time and accuracy not)."""
    lat, lon, out = at[0], at[1], []
    for i in range(n):
        lat += rng.uniform(-0.00012, 0.00012)
        lon += rng.uniform(-0.00012, 0.00012)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(lat, nd), PRECISE),
                    keys[1]: L(round(lon, nd), PRECISE), "acc": rng.choice([5, 6, 8, 11])})
    return out


def bbt(rng: random.Random, n: int) -> list[float]:
    """Basal body temperatures (°C), a biphasic cycle: ``n`` mornings."""
    return [round((36.35 if i < n * 0.55 else 36.72) + rng.gauss(0, 0.06), 2) for i in range(n)]


def cries(rng: random.Random, n: int, t0: int = 1765335600) -> list[dict[str, Any]]:
    """The night's cry detections: start, length, confidence (the camera's output)."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(900, 5400)
        out.append({"at": t, "secs": rng.randrange(15, 300),
                    "conf": round(rng.uniform(0.7, 0.99), 2)})
    return out


def breaths(rng: random.Random, n: int) -> list[list[float]]:
    """Breathing rate per minute from the camera's motion analysis: ``[minute, bpm]`` rows."""
    return [[i, round(34 + 4 * math.sin(i / 7) + rng.gauss(0, 1.2), 1)] for i in range(n)]


def polygon(rng: random.Random, n: int, w: float = 22.0, h: float = 14.0) -> list[list[float]]:
    """A lawn zone's boundary in metres from the RTK base (x east, y north): a negative."""
    return [[round(w * math.cos(2 * math.pi * i / n) + rng.uniform(-1, 1), 2),
             round(h * math.sin(2 * math.pi * i / n) + rng.uniform(-1, 1), 2)] for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a post, an order, a clip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AADHAAR", "BABY", "BOOKING_MQ", "CAM", "DUKAAN", "FERT_CLINIC", "GATE_CODE", "GRANDMA",
           "HAJJ_GROUP", "HANDLE", "HARAM_AT", "HOTEL_BSSID", "HOTEL_MK", "HOTEL_SSID",
           "IN_PHONE", "JOB", "KK_ORDER", "MADINAH_FIX", "MAKKAH_FIX", "MEMBERS", "MIQAT_AT",
           "MOWER", "MUM_HOME", "MUM_HOME_AT", "NABAWI_AT", "PASSPORT_NO", "PEDIATRICIAN",
           "PRO", "REI_DOC", "THERMO", "UPI_PIN", "UTR", "VISA_NO", "VPA", "WEEKEND",
           "WEEKEND_AT", "WEEKEND_BSSID", "WEEKEND_SSID", "WIFI_PW", "bbt", "breaths", "cries",
           "fix", "obj", "polygon", "walk"]
