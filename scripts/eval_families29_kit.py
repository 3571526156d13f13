"""Helpers for the twenty-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families27_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the places that are not the user's (a therapist's
office, a wine bar, a body shop, an airport terminal, a hotel in Madrid: negatives), the places
that are (her fix at the airport, a drive's GPS trace, where she braked hard, where the collision
happened, her position at a date), businesses' and professionals' numbers and mailboxes
(look-alikes, and the therapist's public profile), the people the user types in (her
psychiatrist, her date, the other driver, the baby's paediatrician: labelled), the baby, the
alarm panel and its sensors and the nursery camera (fixed home equipment: negatives), the car
(VIN and plate), the policy and the telematics tag, the brokerage and bank accounts, the
airline's booking, tickets, bag tags and boarding pass, and a few generators (cry features,
PHQ-9/GAD-7 answers, a drive, an IATA bar-coded boarding pass).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

# Places that are not the user's: their coordinates are negatives.
OFFICE_AT = (40.75104, -73.97712)  # the therapist's office (her practice's listing)
BAR_AT = (40.72893, -73.98765)  # a wine bar the dating app suggests for a first date
BODYSHOP_AT = (40.74592, -74.00418)  # the insurer's partner body shop
TERMINAL_AT = (40.64441, -73.78219)  # JFK terminal 1's geofence centre (the airline's data)
HOTEL_AT = (40.41461, -3.69951)  # her hotel in Madrid (a business)

# Places that are hers: labelled where sent.
AIRPORT_FIX = (40.644873, -73.781544)  # the phone at the terminal before the flight
DATE_FIX = (40.728764, -73.987412)  # the phone at the wine bar during the date
BRAKE_FIX = (40.738215, -73.993604)  # where she braked hard on the drive
CRASH_FIX = (40.742871, -73.997265)  # where another car hit hers (the claim)
DRIVE_START = (40.741830, -73.989310)  # the drive starts at home

# Businesses' and professionals' numbers, addresses and mailboxes (look-alikes).
THERAPIST = {"id": "th_4f1a90c2", "name": "Dr. Miriam Castellanos", "credentials": "PsyD",
             "license": "NY-PSY-022481", "npi": "1922457301", "phone": "+12125550193",
             "email": "m.castellanos@hearthmind.example.com", "office": "120 East 56th Street"}
CRISIS_LINE = "988"  # the national crisis line (a public number)
MONITORING_PHONE = "+18005550128"  # the alarm company's central station
INSTALLER_MAIL = "install@wardhaven.example.net"
CLAIMS_PHONE = "+18005550172"
BODYSHOP = {"name": "Chelsea Collision Works", "phone": "+12125550114",
            "line": "510 West 21st Street"}
PEDIATRIC_PHONE = "+12125550186"
AIRLINE_MAIL = "atencion@volavia.example.com"
HOTEL = {"name": "Hotel Las Huertas", "line": "Calle de las Huertas 14, 28012 Madrid",
         "phone": "+34 915 550 142"}
BROKER_MAIL = "compliance@tickerly.example.com"

# People the user types in (another person's values: labelled).
PSYCHIATRIST = ("Dr. Owen Hartley", "+12125550131")
DATE_NAME = "Matteo"  # her date's first name in a safety check-in
OTHER_DRIVER = ("Kevin Walsh", "+15550148821", "HZR-2093")  # name, phone, his car's plate
PEDIATRICIAN = "Dr. Priya Raman"
PARTNER_DOB = "1989-11-03"
PARTNER_PASSPORT = "B70361845"

# The baby (typed by his mother: labelled as any person's data).
BABY_FIRST, BABY_LAST, BABY_DOB, BABY_SEX = "Elio", "Doe", "2025-08-14", "M"

# Fixed home equipment and accessories (their identifiers are negatives).
PANEL = {"serial": "WH-P4-00881204", "model": "Wardhaven Hub 4", "fw": "5.2.0",
         "mac": "00:1D:C9:4A:71:E3"}
SENSORS = [{"serial": "WHS-DW-4471920", "kind": "door", "name": "Front door"},
           {"serial": "WHS-MO-4471987", "kind": "motion", "name": "Living room"},
           {"serial": "WHS-GB-4472013", "kind": "glass", "name": "Kitchen window"}]
NURSERY_CAM = {"serial": "LBM-C3-5510827", "mac": "70:B3:D5:1A:22:9C",
               "model": "Lullabeam Cam 3", "fw": "3.6.2"}
TAG = {"serial": "SWT-7703318", "ble": "F0:08:D1:5C:3E:91", "fw": "1.9.4"}  # windscreen tag

# The user's codes and accounts.
ALARM_PIN, DURESS_PIN, GUEST_PIN = "4827", "4829", "1190"
VERBAL_PASSCODE = "blue heron"
MONITORING_ACCT = "WH-MA-7730412"  # her monitoring account (id.user)
HOME_WIFI_PASS = "Maple&Quartz19"
LOCK_CODE = "260918"
POLICY = "SW-AU-55120873"  # her car-insurance policy (id.user)
CLAIM_NO = "CLM-25-448120"  # the claim's reference (a case ID: unlabelled)
PLATE, PLATE_STATE = "LKM-4417", "NY"
CAR = {"make": "Veltra", "model": "Crosswind LX", "year": 2022, "color": "grey"}
BROKER_ACCT = "5RW81034"  # her brokerage account number (financial.payment)
OTHER_BROKER_ACCT = "8841-22093"  # her account at the broker she transfers from
BANK_MASK = "6789"
PNR, TICKET = "QZ7K4M", "9962145780331"
FFN_VL = "VL448120937"  # her frequent-flyer number at the airline (id.user)
BAG_TAGS = ["0996318224", "0996318225"]  # the bags' licence-plate numbers (negatives)
BOOKING_SCN = "SCN-55K2Q9"  # a dating subscription's order reference (a purchase)


def vin(stem: str = "1VX7W2H46N0512873") -> str:
    """A 17-character VIN with a valid check digit (position 9) for ``stem``."""
    vals = {**{str(d): d for d in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
            **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum(vals[c] * w for c, w in zip(stem, weights, strict=True)) % 11
    return stem[:8] + ("X" if total == 10 else str(total)) + stem[9:]


VIN = vin()


def drive(rng: random.Random, n: int, start: tuple[float, float] = DRIVE_START,
          t0: int = 1765365000) -> list[dict[str, Any]]:
    """Her own fixes on a drive (lat/lon ``location.precise``; speed, heading, time not)."""
    lat, lon, out = start[0], start[1], []
    for i in range(n):
        lat += rng.uniform(-0.0011, -0.0002)
        lon += rng.uniform(-0.0013, -0.0003)
        out.append({"t": (t0 + 15 * i) * 1000, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "spd": round(rng.uniform(3, 14), 1),
                    "hdg": rng.randrange(190, 260), "acc": rng.choice([3, 4, 5, 7])})
    return out


def mfcc(rng: random.Random, n: int = 13) -> list[float]:
    """Mean MFCCs of a vocalisation (c0 large and negative, the rest small)."""
    return [round(-310 + rng.gauss(0, 12), 2)] + [round(rng.gauss(0, 14), 2)
                                                  for _ in range(n - 1)]


def f0_contour(rng: random.Random, n: int, mean: float = 440.0) -> list[float]:
    """A cry's pitch contour in Hz, one value per 50 ms (infant cries sit near 400-600 Hz)."""
    return [round(mean + rng.gauss(0, 45), 1) for _ in range(n)]


def loudness(rng: random.Random, n: int) -> list[float]:
    """The nursery microphone's level in dBA per second (the room, not a voice)."""
    return [round(38 + rng.uniform(0, 34), 1) for _ in range(n)]


def answers(rng: random.Random, n: int) -> list[int]:
    """A questionnaire's item scores (0-3), as PHQ-9 and GAD-7 items are scored."""
    return [rng.choice([0, 1, 1, 2, 2, 3]) for _ in range(n)]


def bcbp(first: str = "JANE", last: str = "DOE") -> str:
    """The IATA bar-coded boarding pass of her outbound leg (``M1`` format, one segment)."""
    name = f"{last}/{first}".ljust(20)
    return f"M1{name}E{PNR} JFKMADVL 0118 018Y014A0042 162>5180 M5018BVL 2A99621457803310"


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a match, a clip, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def others_hash(rng: random.Random, n: int) -> list[str]:
    """SHA-256 digests of address-book numbers, as a block list uploads them."""
    return [rnd_hex(rng, 64) for _ in range(n)]


__all__ = ["AIRLINE_MAIL", "AIRPORT_FIX", "ALARM_PIN", "BABY_DOB", "BABY_FIRST", "BABY_LAST",
           "BABY_SEX", "BAG_TAGS", "BANK_MASK", "BAR_AT", "BODYSHOP", "BODYSHOP_AT",
           "BOOKING_SCN", "BRAKE_FIX", "BROKER_ACCT", "BROKER_MAIL", "CAR", "CLAIMS_PHONE",
           "CLAIM_NO", "CRASH_FIX", "CRISIS_LINE", "DATE_FIX", "DATE_NAME", "DRIVE_START",
           "DURESS_PIN", "FFN_VL", "GUEST_PIN", "HOME_WIFI_PASS", "HOTEL", "HOTEL_AT",
           "INSTALLER_MAIL", "LOCK_CODE", "MONITORING_ACCT", "MONITORING_PHONE",
           "NURSERY_CAM", "OFFICE_AT", "OTHER_BROKER_ACCT", "OTHER_DRIVER", "PANEL",
           "PARTNER_DOB", "PARTNER_PASSPORT", "PEDIATRICIAN", "PEDIATRIC_PHONE",
           "PLATE", "PLATE_STATE", "PNR", "POLICY", "PSYCHIATRIST",
           "SENSORS", "TAG", "TERMINAL_AT", "THERAPIST", "TICKET", "VERBAL_PASSCODE", "VIN",
           "answers", "bcbp", "drive", "f0_contour", "loudness", "mfcc", "obj", "others_hash",
           "vin"]
