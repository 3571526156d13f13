"""Helpers for the thirty-first (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families29_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the places that are not the user's (Prague: her hotel,
shared cars on the map, the airport car park; a fertility clinic, a concert hall, a café whose
Wi-Fi she joins, São Paulo coffee shops: negatives), the places that are (her fixes in Prague,
at the concert hall's doors and in São Paulo, her flat there, her approach to her own door),
businesses' and professionals' numbers and mailboxes (look-alikes), the people she types in
(labelled), a shared car (the operator's: negatives), the smart lock and its Wi-Fi bridge
(fixed home equipment: negatives), her Brazilian CPF (valid check digits), her Brazilian mobile
and address, installed apps, neighbours' Wi-Fi networks, a WireGuard key, embryos, and
generators (breath cycles, a camera PPG trace, inter-beat intervals, humming MFCC frames and
pitch, a haptic pacer pattern and room loudness as look-alikes, a door sensor's calibration).
"""

from __future__ import annotations

import base64
import hashlib
import math
import random
from typing import Any

from eval_families29_kit import vin
from eval_payloads import rnd_hex

# --- Sdilko (car sharing, Prague): the operator's places and cars are negatives -------------
PRG_HOTEL_AT = (50.08703, 14.42318)  # her hotel near the Old Town (a business)
PRG_HOTEL = {"name": "Hotel Kamenna Brana", "phone": "+420 224 550 183"}
CARS_AT = [(50.08641, 14.42097), (50.08422, 14.41786), (50.08893, 14.42655)]  # cars on the map
PRG_AIRPORT_AT = (50.10612, 14.26736)  # the operator's car park at the airport (a zone)
SDILKO_SUPPORT = "+420 800 550 210"
SDILKO_MAIL = "podpora@sdilko.example.com"
SHARED_CAR = {"id": "auto_71c0a9e4", "spz": "9AK 4417", "vin": vin("TMBZZZ5E0R2049318"),
              "model": "Veltra Kompakt e", "box": "SDB-TLX-0083314",
              "ble": "D4:36:39:8A:1F:52"}
OTHER_CARS = ["auto_52be19d0", "auto_8841c0f7", "auto_0c73aa21"]
# Her own fixes in Prague (labelled where sent).
PRG_FIX = (50.086938, 14.423051)  # the phone by her hotel when she looks for a car
UNLOCK_FIX = (50.086452, 14.421033)  # the phone at the car when she unlocks it
PARK_FIX = (50.106284, 14.267718)  # the phone where she ends the trip
LICENCE_EXP = "2029-05-17"

# --- Latchwise (smart lock): the lock and bridge are fixed home equipment (negatives) -------
LOCK = {"serial": "LW-S3-20448719", "ble": "E8:9F:6D:41:0C:B7", "model": "Latchwise Touch 3",
        "fw": "2.14.1", "battery": 73}
BRIDGE = {"serial": "LW-BR-0091827", "mac": "24:6F:28:9A:3D:E1", "fw": "1.6.0"}
LOCK_SETUP = "LW-8Q4K-2XM7"  # the set-up code on the lock's sticker (a credential)
KEYPAD_CODE, CLEANER_CODE = "739154", "402817"
CLEANER = ("Marisol Vega", "+15550139921")  # the cleaner she gives a code (typed: labelled)
APPROACH_FIX = (40.741066, -73.990127)  # the phone a block from home (auto-unlock arrival)

# --- Fertelle (fertility clinic) ------------------------------------------------------------
CLINIC_AT = (40.76352, -73.96911)
CLINIC_PHONE = "+12125550176"
NURSE_MAIL = "nurses@fertelle.example.com"
PATIENT_NO = "FRT-0448127"  # her patient number at the clinic (her account: id.user)
MEMBER_FT = "UHX993017442"  # her health-insurance member ID (health.medical, set 29)
CYCLE = "cyc_40b7e1"
EMBRYOS = [{"id": "E1", "day": 5, "grade": "4AA", "pgt": "euploid"},
           {"id": "E2", "day": 5, "grade": "4AB", "pgt": "euploid"},
           {"id": "E3", "day": 6, "grade": "5BB", "pgt": "aneuploid"}]
PHARMACY = {"name": "Crosstown Specialty Pharmacy", "phone": "+12125550107"}

# --- Tidebreath (meditation) ----------------------------------------------------------------
TEACHER = {"id": "tch_5521", "name": "Anika Sol"}  # a course teacher (a public profile)

# --- Entryfox (tickets, face entry) ---------------------------------------------------------
VENUE = {"id": "ven_pier76", "name": "Pier 76 Hall", "lat": 40.75612, "lon": -74.00468,
         "phone": "+12125550161"}
DOOR_FIX = (40.756391, -74.004127)  # the phone at the venue's doors before the show
EVENT = "evt_8c21f05a"
ORDER_EF = "EFX-7Q2K49"
TICKETS = ["tkt_40a1c7e2", "tkt_40a1c7e3"]
SEATS = [{"section": "112", "row": "F", "seat": "7"}, {"section": "112", "row": "F", "seat": "8"}]

# --- Shieldora (VPN and phone security) -----------------------------------------------------
APPS_INSTALLED = ["com.example.hearthbank", "com.example.scintilla", "com.example.sdilko",
                  "com.example.flashlight.free", "com.example.tidebreath", "org.example.signalr",
                  "com.example.fertelle", "com.example.graozinho"]
WG_PUB = base64.b64encode(hashlib.sha256(b"shieldora-device").digest()).decode()
VPN_SERVERS = ["198.51.100.74", "198.51.100.75"]  # the VPN's exit servers (negatives)
VPN_TUNNEL_IP = "10.66.18.203"  # the address inside the tunnel (the VPN's pool: a negative)
CAFE_SSID, CAFE_BSSID = "Grindhouse-Guest", "5c:a6:e6:70:21:b9"  # a café she sits in
CAFE_GW_MAC = "5c:a6:e6:70:21:b8"
NEIGHBOURS = [("Linksys-4B2", "c0:56:27:91:aa:02"), ("NETGEAR77", "9c:3d:cf:12:80:5e"),
              ("DIRECT-7f-HP Laser", "fa:8f:ca:33:10:7f")]
SCAM_URL = "http://parcel-redelivery.example.net/t/9QX2?fee=1.99"
SHIELD_PIN = "2580"

# --- Graozinho (coffee chain, São Paulo) ----------------------------------------------------
LOJAS_AT = [(-23.56112, -46.68288), (-23.56631, -46.69104), (-23.55779, -46.67422)]
LOJA_PHONE = "+55 11 3555-0142"
GRAO_MAIL = "atendimento@graozinho.example.com"
SP_FIX = (-23.562974, -46.683701)  # the phone on the street when she looks for a store
SP_HOME_AT = (-23.564118, -46.685302)  # her flat in Pinheiros (her address while there)
RUA, NUMERO, COMPL = "Rua dos Pinheiros", "1540", "apto 82"
CEP, BAIRRO, CIDADE, UF = "05422-001", "Pinheiros", "São Paulo", "SP"
PHONE_BR = "+55 11 99550-1827"  # her Brazilian mobile (hers: contact.phone)
PHONE_BR_E164 = "+5511995501827"
PHONE_BR_NATIONAL = "(11) 99550-1827"
DOB_BR = "17/05/1991"
FRIEND_BR = ("Beatriz Nogueira", "+5511995507342", "bia.nogueira@example.com")


def cpf(base: str = "318640152") -> str:
    """A CPF (11 digits) with its two check digits computed for ``base``."""
    digits = [int(c) for c in base]
    for n in (10, 11):
        r = sum(d * w for d, w in zip(digits, range(n, 1, -1), strict=False)) % 11
        digits.append(0 if r < 2 else 11 - r)
    return "".join(map(str, digits))


CPF = cpf()
CPF_FMT = f"{CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}"
CPF_MASKED = f"***.{CPF[3:6]}.{CPF[6:9]}-**"


# --- generators -----------------------------------------------------------------------------
def breath_cycles(rng: random.Random, n: int) -> list[dict[str, int]]:
    """Breath cycles the microphone detected: inhale, hold and exhale in ms."""
    return [{"in": rng.randrange(3600, 4400), "hold": rng.randrange(3700, 4300),
             "out": rng.randrange(4500, 6100)} for _ in range(n)]


def ppg(rng: random.Random, n: int, bpm: float = 64.0, fps: int = 30) -> list[float]:
    """The camera's red-channel mean over the fingertip, one value per frame (a pulse wave)."""
    return [round(182.0 + 1.6 * math.sin(2 * math.pi * bpm / 60 * i / fps) + rng.gauss(0, 0.2),
                  2) for i in range(n)]


def ibi(rng: random.Random, n: int, mean: int = 935) -> list[int]:
    """Inter-beat intervals in ms."""
    return [mean + rng.randrange(-60, 61) for _ in range(n)]


def hum_mfcc(rng: random.Random, frames: int, coeffs: int = 13) -> list[list[float]]:
    """MFCC frames of her humming (bee breath): one 13-coefficient vector per 100 ms."""
    return [[round(-280 + rng.gauss(0, 10), 2)] + [round(rng.gauss(0, 12), 2)
                                                   for _ in range(coeffs - 1)]
            for _ in range(frames)]


def hum_f0(rng: random.Random, n: int, mean: float = 196.0) -> list[float]:
    """The pitch of her hum in Hz, one value per 100 ms."""
    return [round(mean + rng.gauss(0, 6), 1) for _ in range(n)]


def pacer(n: int = 8) -> list[int]:
    """The haptic pacer's vibration pattern in ms (the app's, the same for everyone)."""
    return [4000, 120, 4000, 120, 6000, 120, 4000, 120][:n]


def room_db(rng: random.Random, n: int) -> list[float]:
    """The room's noise floor in dBA per 10 s (not a voice)."""
    return [round(31 + rng.uniform(0, 9), 1) for _ in range(n)]


def door_cal(rng: random.Random, n: int) -> list[dict[str, float]]:
    """The lock's door-position sensor (magnetometer) while the door swings: the door's, not
    a person's motion."""
    return [{"t": i * 50, "mx": round(21.4 + 0.9 * i + rng.gauss(0, 0.3), 2),
             "my": round(-3.2 + rng.gauss(0, 0.3), 2), "mz": round(40.1 - 0.6 * i, 2)}
            for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a session, an order line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def apps_scan() -> list[dict[str, Any]]:
    """The security scan's app inventory: package, version, installer and the APK's digest."""
    return [{"pkg": p, "ver": f"{2 + i % 5}.{i}.{i * 3 % 10}",
             "installer": "com.android.vending" if i != 3 else "sideload",
             "sha256": hashlib.sha256(p.encode()).hexdigest()}
            for i, p in enumerate(APPS_INSTALLED)]


__all__ = ["APPROACH_FIX", "APPS_INSTALLED", "BAIRRO", "BRIDGE", "CAFE_BSSID", "CAFE_GW_MAC",
           "CAFE_SSID", "CARS_AT", "CEP", "CIDADE", "CLEANER", "CLEANER_CODE", "CLINIC_AT",
           "CLINIC_PHONE", "COMPL", "CPF", "CPF_FMT", "CPF_MASKED", "CYCLE", "DOB_BR",
           "DOOR_FIX", "EMBRYOS", "EVENT", "FRIEND_BR", "GRAO_MAIL", "KEYPAD_CODE",
           "LICENCE_EXP", "LOCK", "LOCK_SETUP", "LOJAS_AT", "LOJA_PHONE", "MEMBER_FT",
           "NEIGHBOURS", "NUMERO", "NURSE_MAIL", "ORDER_EF", "OTHER_CARS", "PARK_FIX",
           "PATIENT_NO", "PHARMACY", "PHONE_BR", "PHONE_BR_E164", "PHONE_BR_NATIONAL",
           "PRG_AIRPORT_AT", "PRG_FIX", "PRG_HOTEL", "PRG_HOTEL_AT", "RUA", "SCAM_URL",
           "SDILKO_MAIL", "SDILKO_SUPPORT", "SEATS", "SHARED_CAR", "SHIELD_PIN", "SP_FIX",
           "SP_HOME_AT", "TEACHER", "TICKETS", "UF", "UNLOCK_FIX", "VENUE", "VPN_SERVERS",
           "VPN_TUNNEL_IP", "WG_PUB", "apps_scan", "breath_cycles", "cpf", "door_cal", "hum_f0",
           "hum_mfcc", "ibi", "obj", "pacer", "ppg", "room_db"]
