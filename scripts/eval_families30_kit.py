"""Helpers for the thirtieth (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families29_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the places that are not the user's (a parking zone's
sign, a dog park, an animal hospital, an audiology practice, a photo shop, the Turkish campus's
library: negatives) and the places that are (her fix at a sports bar, where
she parked, where she searched for the dog, where a hearing aid fell, two photos' EXIF
positions, her fixes on the campus in Istanbul), professionals' and businesses' numbers and
mailboxes (look-alikes), the people she types in (labelled), her car, her hearing aids, her dog,
the campus's beacons and Wi-Fi, her student numbers and a foreign-resident ID number with valid
check digits, and a few generators (a face-cluster centroid, an own-voice embedding, touch
strokes, a gamepad's stick axes, sound-environment classes, a Wi-Fi scan).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE, WIFI
from eval_payloads import BSSID, SSID, L, rnd_hex

# Places that are not the user's: their coordinates are negatives.
ZONE_SIGN_AT = (40.74802, -73.98571)  # the parking zone's posted sign (the city's data)
DOG_PARK_AT = (40.73079, -73.99765)  # where the dog slipped its lead (a park's centre)
ANIMAL_ER_AT = (40.74036, -73.97958)  # a 24-hour animal hospital the vet refers to
AUDIOLOGY_AT = (40.75861, -73.96992)  # the audiologist's practice
PHOTO_SHOP_AT = (40.74419, -73.99212)  # a pickup shop for prints
LIBRARY_AT = (41.08655, 29.04207)  # the Turkish campus's library (a route's destination)

# Places that are hers: labelled where sent.
BAR_FIX = (40.744532, -73.987114)  # the phone at a sports bar during a game
PARKED_FIX = (40.747921, -73.985506)  # where she parked (her phone at the car)
SEARCH_FIX = (40.731102, -73.997213)  # her phone in the park, looking for the dog
FALL_FIX = (40.742260, -73.988740)  # where a hearing aid's fall alert fired
BEACH_FIX = (40.574926, -73.985941)  # a photo's EXIF position at the beach
CLASS_FIX = (41.085376, 29.044712)  # her phone in the lecture hall (attendance)
STOP_FIX = (41.084113, 29.045902)  # her phone at a shuttle stop
DORM_FIX = (41.087021, 29.041337)  # her phone at the dorm's door

# Professionals' and businesses' numbers, addresses and mailboxes (look-alikes).
AUDIOLOGIST = {"id": "aud_5c21", "name": "Dr. Helen Brandt", "credentials": "AuD",
               "phone": "+12125550161", "npi": "1730582291"}
VET = {"id": "vet_77a1", "name": "Dr. Tomas Herrera", "credentials": "DVM",
       "license": "NY-VET-018832", "phone": "+12125550127"}
ANIMAL_ER_PHONE = "+12125550175"
PHOTO_SHOP = {"name": "Chelsea Camera & Print", "phone": "+12125550104",
              "line": "210 West 23rd Street"}
PARKING_ORG = "556781-2290"  # Parkvik AB's organisation number (the company's)
PARKVIK_MAIL = "kundtjanst@parkvik.example.com"
EMPLOYER = ("Northbeam Studio LLC", "CC-4410")  # her employer and cost centre (negatives)
WORK_MAIL = "jane.doe@northbeam.example.com"  # her work e-mail (hers: contact.email)
ADVISOR = ("Doç. Dr. Selin Aydemir", "+902125550144")  # her advisor (a professional)

# People the user types in (another person's values: labelled).
SITTER = ("Sam Patel", "+15550142277")  # the dog's emergency carer
SISTER = ("Lucía Fernández", "lucia.f@example.com")  # a named face cluster, a shared album
NEPHEW = "Mateo"  # a second named cluster (a child, by first name)
GIFT = {"name": "Rosa Morales", "line1": "214 Gates Avenue", "city": "Brooklyn", "state": "NY",
        "zip": "11238"}
MOTHER = ("Carol Doe", "+15550179904")  # her emergency contact at the dorm
GUEST = ("Emily Carter", "584019273")  # a friend staying over (name, US passport number)

# Her car (the plate ``id.hardware`` as set 29) and the car's head unit (a negative).
PLATE = "JDX-4073"
CAR = {"make": "Veltra", "model": "Nimbus 5", "color": "blue", "bt": "00:1E:3C:88:41:F2"}

# Her hearing aids (an accessory's identifiers: negatives, as set 24).
AIDS = {"left": {"serial": "EW5-3308127", "ble": "D4:F5:13:7A:90:0C", "model": "Wisp 5 RIC",
                 "fw": "6.1.3"},
        "right": {"serial": "EW5-3308141", "ble": "D4:F5:13:7A:90:2E", "model": "Wisp 5 RIC",
                  "fw": "6.1.3"}}
FREQS = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]
AUDIOGRAM = {"left": [15, 20, 25, 35, 45, 50, 55, 60], "right": [20, 20, 30, 40, 50, 55, 60, 65]}

# Her dog (a pet's data, not a person's: negatives, as set 24).
DOG = {"name": "Pepper", "species": "dog", "breed": "Border Collie mix", "dob": "2021-03-11",
       "sex": "female", "spayed": True, "weight_kg": 17.2, "microchip": "956000012834761"}

# The campus (its beacons and the eduroam access points are the university's equipment).
BEACONS = [{"uuid": "e2c56db5-dffb-48d2-b060-d0f5a71096e0", "major": 204, "minor": 3},
           {"uuid": "e2c56db5-dffb-48d2-b060-d0f5a71096e0", "major": 204, "minor": 7}]
EDUROAM = [("eduroam", "70:10:6f:c2:41:0a"), ("eduroam", "70:10:6f:c2:41:1e"),
           ("SLV-Misafir", "70:10:6f:c2:41:0b")]
STUDENT_NO = "E25104417"  # her exchange-student number (id.user)
CAMPUS_CARD = "SLV25E104417"  # her campus card's number (id.user, as set 28's transit card)
UNI_MAIL = "jane.doe@ogr.selvitepe.example.org"  # her student e-mail (contact.email)
DOB_TR = "17.05.1991"
DORM = {"blok": "B Blok", "oda": "214", "adres": "Selvitepe Kampüsü B Blok Oda 214",
        "ilce": "Sarıyer", "il": "İstanbul", "posta": "34467"}

# Betting: her winnings form and a payout bank account's last four digits.
LICENCE_NY = "914207385"
BANK_LAST4 = "6789"


def tr_id(stem: str = "991204738") -> str:
    """An 11-digit Turkish identity number (a foreign resident's starts with 99) with the two
    check digits the algorithm requires."""
    d = [int(c) for c in stem]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return f"{stem}{d10}{d11}"


FOREIGN_ID = tr_id()


def centroid(rng: random.Random, n: int = 128) -> list[float]:
    """A face cluster's centroid: a unit-length embedding (the mean of its faces)."""
    v = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 5) for x in v]


def voice_vec(rng: random.Random, n: int = 192) -> list[float]:
    """An own-voice speaker embedding (a 192-float x-vector)."""
    return [round(rng.gauss(0, 0.6), 4) for _ in range(n)]


def strokes(rng: random.Random, n: int, pts: int = 6) -> list[dict[str, Any]]:
    """Touch strokes on the game's screen: each a list of (ms, x, y, pressure, size) points."""
    out = []
    for s in range(n):
        x, y, t = rng.randrange(1200, 2200), rng.randrange(200, 900), s * 410
        pp = []
        for i in range(pts):
            x += rng.randrange(-40, 41)
            y += rng.randrange(-25, 26)
            pp.append([t + 16 * i, x, y, round(rng.uniform(0.2, 0.8), 2),
                       round(rng.uniform(0.05, 0.12), 3)])
        out.append({"id": s, "pts": pp})
    return out


def stick(rng: random.Random, n: int, dt: int = 33) -> list[dict[str, Any]]:
    """A Bluetooth gamepad's stick axes per game tick (-1..1): a controller, not the phone."""
    return [{"t": i * dt, "lx": round(rng.uniform(-1, 1), 2), "ly": round(rng.uniform(-1, 1), 2),
             "rx": round(rng.uniform(-1, 1), 2), "ry": round(rng.uniform(-1, 1), 2)}
            for i in range(n)]


ENV_CLASSES = ["quiet", "speech", "speech_in_noise", "music", "noise", "car"]


def environments(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The aids' sound-environment classifier per minute: class shares and the level (negative:
    the surroundings, not a voice)."""
    out = []
    for i in range(n):
        w = [rng.random() for _ in ENV_CLASSES]
        s = sum(w)
        out.append({"min": i, "spl_db": round(rng.uniform(38, 78), 1),
                    "p": {c: round(x / s, 3) for c, x in zip(ENV_CLASSES, w, strict=True)}})
    return out


def wifi_scan(rng: random.Random, names: list[str], home: bool = True) -> list[dict[str, Any]]:
    """A scan of networks in range: the home network (``home``) and others named ``names``
    (each SSID and BSSID ``location.wifi``: nearby network identifiers)."""
    out = [{"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "rssi": -44}] if home else []
    for i, name in enumerate(names):
        b = ":".join(rnd_hex(rng, 2) for _ in range(6))
        out.append({"ssid": L(name, WIFI), "bssid": L(b, WIFI), "rssi": -60 - 6 * i})
    return out


def fix(at: tuple[float, float], nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


__all__ = ["ADVISOR", "AIDS", "ANIMAL_ER_AT", "ANIMAL_ER_PHONE", "AUDIOGRAM", "AUDIOLOGIST",
           "AUDIOLOGY_AT", "BANK_LAST4", "BAR_FIX", "BEACH_FIX", "BEACONS", "CAMPUS_CARD", "CAR",
           "CLASS_FIX", "DOB_TR", "DOG", "DOG_PARK_AT", "DORM", "DORM_FIX", "EDUROAM", "EMPLOYER",
           "ENV_CLASSES", "FALL_FIX", "FOREIGN_ID", "FREQS", "GIFT", "GUEST", "LIBRARY_AT",
           "LICENCE_NY", "MOTHER", "NEPHEW", "PARKED_FIX", "PARKING_ORG", "PARKVIK_MAIL",
           "PHOTO_SHOP", "PHOTO_SHOP_AT", "PLATE", "SEARCH_FIX", "SISTER", "SITTER", "STOP_FIX",
           "STUDENT_NO", "UNI_MAIL", "VET", "WORK_MAIL", "ZONE_SIGN_AT", "centroid",
           "environments", "fix", "stick", "strokes", "tr_id", "voice_vec", "wifi_scan"]
