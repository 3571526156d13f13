"""Helpers for the forty-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's; ``fix``,
``home`` and ``obj`` are set 37's).

This kit adds what the set's apps share: her flat in Seoul (she lives there part of the year: the
beauty app's address, fixes and Korean mobile number), the beauty shop's pickup store (a
negative) and her customs code; the insulin pump, its sensor (an accessory: negatives) and
generators for glucose readings and a basal profile; the coworking space (a business: its
address, phone, point and doors are negatives; its members' Wi-Fi the phone joins), her badge and
a guest; the therapy platform's therapist (a professional: negatives) and her mother as
emergency contact; the marathon (its course, aid stations and other runners: negatives), her bib
and a live-tracking generator; the home's solar and battery equipment (negatives), the utility
account and a consumption generator; mosques near her (negatives) and her prayer log.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Bomnal Beauty (a Korean cosmetics shop): her flat in Seoul ---------------------------------
SEOUL_HOME = {"juso": "서울특별시 마포구 연남로 12", "sangse": "302호",
              "upyeon": "03991", "si": "서울특별시", "gu": "마포구"}
SEOUL_AT = (37.562418, 126.923306)  # her Seoul flat (location.precise where sent)
KR_PHONE = "010-5550-0199"  # her Korean mobile number (contact.phone)
KR_PHONE_E164 = "+821055500199"
CUSTOMS_CODE = "P210384927561"  # her personal customs clearance code (personal.national_id)
STORE_KR = {"id": "BN-HD-07", "name": "Bomnal Hongdae", "addr": "서울 마포구 양화로 160",
            "tel": "02-555-0147", "lat": 37.55692, "lon": 126.92371}  # a store (negatives)
SKU = ["BN-ES-1021", "BN-SN-3390", "BN-CU-0188", "BN-LP-2744"]  # products (negatives)
ORDER_KR = "BN20251209-0048812"  # an order number (financial.purchase)

# --- Loopwell (a closed-loop insulin pump's companion) ------------------------------------------
PUMP = {"serial": "LW3-0082291", "ble": "D4:3A:11:7C:02:9E", "fw": "4.1.7",
        "model": "Loopwell P3", "reservoir": 142.5, "battery": 61}  # an accessory (negatives)
SENSOR = {"serial": "GS7-22K9QX4M", "txId": "8JQ2R1"}  # the CGM sensor (negatives)
PUMP_KEY = "5f0e3c9b7a2d41e8b6c0d9f1a3e57b24"  # the pairing key (secret.credential)
ENDO_LW = ("Dr. Ruth Abernathy", "+12125550193")  # her endocrinologist, typed by her
CARE_SHARE = "LWC-8842-QF"  # a clinic share code (secret.credential: it opens her data)

# --- Deskmoor (coworking, meeting rooms, badge access) ------------------------------------------
SPACE = {"id": "dm_flatiron", "name": "Deskmoor Flatiron", "addr": "22 West 21st Street",
         "tel": "+12125550147", "lat": 40.74101, "lon": -73.99225}  # the space (negatives)
SPACE_SSID, SPACE_BSSID = "Deskmoor-Members", "0c:8d:db:41:7a:e2"  # the Wi-Fi she joins
SPACE_FIX = (40.741044, -73.992198)  # her phone at the space's door
BADGE = "04A2196B3C5D80"  # her badge's credential number (secret.credential: it opens doors)
DOORS = ["door_lobby_n", "door_fl4_east", "door_room_maple"]  # the doors (negatives)
GUEST = ("Priya Raman", "priya.raman@example.net")  # a guest she invites (contact.*)
COMPANY = {"name": "Larkspur Design LLC", "ein": "84-3321907"}  # her employer (negatives)
BOOKING_DM = "DMB-77Q4K2"  # a room booking's code (financial.purchase)

# --- Tendwell (online psychotherapy) -----------------------------------------------------------
THERAPIST = {"id": "thp_4412", "name": "Marcus Bell, LCSW", "licence": "NY-LCSW-088812"}
MOTHER = ("Ellen Doe", "+15550161184")  # her emergency contact, typed by her
MEMBER_TW = "ZHB448120973"  # her health-insurance member ID (health.medical)

# --- Racepulse (a marathon) ---------------------------------------------------------------------
RACE = {"id": "hrm-2026", "name": "Hudson River Marathon 2026", "start": "2026-04-19T07:30"}
BIB = "41872"  # her bib (id.user: it identifies her in the race's tracking)
START_AT = (40.70288, -74.01723)  # the start (the race's: a negative)
AID_STATIONS = [(40.71921, -74.01244), (40.73804, -74.00982), (40.75902, -74.00413)]
OTHER_BIBS = ["41871", "39004", "52210"]  # other runners she follows (negatives)
RACE_FIX = (40.731206, -74.010845)  # her fix at mile 4

# --- Sunvault (home energy, solar and battery) --------------------------------------------------
INVERTER = {"serial": "SV-INV-7K-2204417", "model": "Sunvault H7", "fw": "2.9.3"}
BATTERY = {"serial": "SV-BAT-13-0091822", "capacityKwh": 13.5}  # her equipment (negatives)
METER = "MTR-9920417735"  # the electricity meter (a negative)
UTILITY_ACCT = "5520-4418-2093"  # her account at the utility (id.user)
GATEWAY_PW = "Solstice-Ferry-42"  # the home Wi-Fi's password typed at setup

# --- Adhanly (prayer times, qibla, mosque finder) -----------------------------------------------
MOSQUES = [{"id": "msq_1182", "name": "Masjid Al-Noor Manhattan", "lat": 40.74456,
            "lon": -73.98372, "phone": "+12125550181"},
           {"id": "msq_2207", "name": "Islamic Center of Chelsea", "lat": 40.74211,
            "lon": -73.99872, "phone": "+12125550129"}]  # places (negatives)
WORK_AT = (40.752811, -73.977529)  # her office (her own fix where sent)


def basal(rng: random.Random) -> list[dict[str, Any]]:
    """Her basal profile: start times and rates in U/h (one ``health.medical`` series)."""
    return [{"start": s, "rate": round(rng.uniform(0.55, 1.1), 2)}
            for s in ("00:00", "04:00", "08:00", "12:00", "18:00", "22:00")]


def egvs(rng: random.Random, n: int, t0: int = 1765300000) -> list[dict[str, Any]]:
    """CGM readings every five minutes: value (mg/dL), trend, time."""
    v, out = 128, []
    for i in range(n):
        v = max(55, min(260, v + rng.randrange(-9, 10)))
        out.append({"t": t0 + 300 * i, "mgdl": v, "trend": rng.choice(["flat", "up", "down"])})
    return out


def live(rng: random.Random, n: int, start: Pt = RACE_FIX) -> list[dict[str, Any]]:
    """Her live-tracking fixes running north (lat/lon ``location.precise``; pace and time not)."""
    out = []
    for i in range(n):
        out.append({"t": 1776599400 + 30 * i,
                    "lat": L(round(start[0] + 0.00071 * i + rng.uniform(-2e-5, 2e-5), 6), PRECISE),
                    "lon": L(round(start[1] + 0.00012 * i + rng.uniform(-2e-5, 2e-5), 6), PRECISE),
                    "paceSpk": rng.randrange(318, 344)})
    return out


def halfhours(rng: random.Random, n: int = 12) -> list[dict[str, Any]]:
    """Half-hourly import, export, solar and battery energy in kWh (no taxonomy type)."""
    return [{"slot": f"2025-12-09T{8 + i // 2:02d}:{30 * (i % 2):02d}",
             "importKwh": round(rng.uniform(0.05, 0.6), 3),
             "exportKwh": round(rng.uniform(0, 0.4), 3), "pvKwh": round(rng.uniform(0, 1.2), 3),
             "socPct": rng.randrange(30, 95)} for i in range(n)]


def obj43(rng: random.Random, pre: str, n: int = 12) -> str:
    """An object, session or message ID (a negative)."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AID_STATIONS", "BADGE", "BATTERY", "BIB", "BOOKING_DM", "CARE_SHARE", "COMPANY",
           "CUSTOMS_CODE", "DOORS", "ENDO_LW", "GATEWAY_PW", "GUEST", "INVERTER", "KR_PHONE",
           "KR_PHONE_E164", "MEMBER_TW", "METER", "MOSQUES", "MOTHER", "ORDER_KR", "OTHER_BIBS",
           "PUMP", "PUMP_KEY", "RACE", "RACE_FIX", "SENSOR", "SEOUL_AT", "SEOUL_HOME", "SKU",
           "SPACE", "SPACE_BSSID", "SPACE_FIX", "SPACE_SSID", "START_AT", "STORE_KR",
           "THERAPIST", "UTILITY_ACCT", "WORK_AT", "basal", "egvs", "halfhours", "live", "obj43"]
