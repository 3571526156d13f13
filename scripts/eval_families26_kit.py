"""Helpers for the twenty-sixth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the places that are not the user's (a grocery's dark
store, a courier, other scooters, a no-parking zone, an endocrinology clinic, a karaoke bar:
negatives), businesses' phone numbers, addresses, mailboxes and an employer's EIN (look-alikes),
the user's household on her tax return (her husband and son: typed by her, labelled), her IRS
PINs, her grocery loyalty card and building door code, her scooter ride's fixes, the scooter
itself (its code, modem IMEI and Bluetooth address: an object's identifiers, negatives), her
glucose sensor and transmitter (an accessory's serials: negatives), her caregiver, order and
receipt codes, and generators for glucose series, a sung pitch track (the user's voice) and a
song's reference melody (the song's, not the user's).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import ADDR, COARSE, PEOPLE
from eval_families20_kit import CITY, ZIP
from eval_payloads import L

# Places that are not the user's: their coordinates are negatives.
DARKSTORE_AT = (40.72861, -73.95382)  # Zakupek's dark store in Greenpoint
COURIER_AT = (40.73514, -73.97233)  # the courier's last reported position (another person's)
SCOOTERS_AT = [(40.74233, -73.98790), (40.74012, -73.99061), (40.74391, -73.98512)]
NO_PARKING = [[-73.99102, 40.73981], [-73.99011, 40.74044], [-73.98944, 40.73990],
              [-73.99037, 40.73927]]  # a no-parking zone's polygon (the city's data, lon/lat)
ENDO_AT = (40.76391, -73.95512)  # the endocrinology clinic
VENUE_AT = (40.72684, -73.98919)  # a karaoke bar hosting a live night

# Businesses' numbers, addresses and mailboxes (look-alikes of the user's values).
DARKSTORE_PHONE = "+17185550152"
DARKSTORE_LINE = "118 Nassau Avenue"
ZAKUPEK_NOREPLY = "zamowienia@zakupek.example.com"
ENDO_PHONE = "+12125550119"
ENDO_MAIL = "portal@eastsideendo.example.org"
VENUE_PHONE = "+12125550182"
TAX_HELP_PHONE = "+18005550134"
SCOOTER_SUPPORT = "+18885550176"
EMPLOYER = {"name": "Harborview Analytics LLC", "ein": "12-3456789",
            "street": "200 Park Avenue South", "city": "New York", "state": "NY",
            "zip": "10003"}  # the user's employer as the W-2 prints it (a business: negatives)

# The user's household on her joint return (typed by her: their names, SSNs and dates labelled).
SPOUSE = ("Alex", "Doe", "987-65-4329", "1989-11-03")
SON = ("Leo", "Doe", "987-65-4327", "2016-03-09")
IP_PIN = "482915"  # the IRS identity-protection PIN (a credential)
SIGN_PIN, SPOUSE_PIN = "53108", "73921"  # self-select e-file signature PINs (credentials)
TAX_ORDER = "LG-25-88412"

# Groceries: the user's loyalty card (her account there), her building's door code, an order.
LOYALTY = "ZK4410228719"
DOOR_CODE = "4B#2291"  # it opens the building's street door (a credential)
GROCERY_ORDER = "ZK-0912-55318"

# The scooter (an object's identifiers: negatives) and the user's ride.
SCOOTER = {"code": "VR-48213", "imei": "356938035643809", "ble": "E4:5F:01:9C:22:7A",
           "fw": "1.8.4", "battery": 78}
OTHER_SCOOTERS = ["VR-51177", "VR-40982", "VR-47715"]
RIDE_START = (40.741962, -73.989104)  # the phone at the scooter when she unlocks it
RIDE_END = (40.729614, -73.996871)  # the phone where she parks
RIDE_RECEIPT = "VR-RC-77120"

# The glucose sensor and its transmitter (an accessory's identifiers: negatives).
SENSOR = {"serial": "GB3K8H21Q7XZ", "lot": "L2411-07", "transmitter": "8QK2M4",
          "ble": "F0:08:D1:4C:7E:31", "fw": "3.1.0"}
CAREGIVER = PEOPLE[2]  # her mother, invited to follow her readings (typed by the user)
MRN = "MRN-00381247"  # her medical record number at the clinic (health.medical)


def pl_address() -> dict[str, L]:
    """The user's address in a Polish form's parts: street, house and flat numbers
    ``contact.address``; postal code and city ``location.coarse``."""
    return {"ulica": L("Fifth Avenue", ADDR), "nr_domu": L("350", ADDR),
            "nr_mieszkania": L("4B", ADDR), "kod_pocztowy": L(ZIP, COARSE),
            "miasto": L(CITY, COARSE)}


def glucose(rng: random.Random, n: int, start: int = 142) -> list[int]:
    """A CGM's five-minute glucose values in mg/dL (a drifting series)."""
    out, v = [], float(start)
    for i in range(n):
        v += rng.uniform(-6, 6) + 4 * math.sin(i / 5)
        v = min(320.0, max(48.0, v))
        out.append(round(v))
    return out


def f0_track(rng: random.Random, n: int, mean: float = 214.0) -> list[float]:
    """The user's sung fundamental frequency in Hz, one value per 10 ms hop (0 unvoiced)."""
    out, v = [], mean
    for i in range(n):
        v += rng.gauss(0, 3.5) + (mean - v) * 0.08
        out.append(0.0 if i % 37 in (0, 1) else round(v, 1))
    return out


def melody(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """A song's reference melody (note onsets in ms and pitches in Hz): the song, not a voice."""
    t, out = 0, []
    for _ in range(n):
        dur = rng.choice([250, 375, 500, 750])
        out.append({"t": t, "hz": round(220 * 2 ** (rng.randrange(-7, 8) / 12), 2), "d": dur})
        t += dur
    return out


def note_scores(rng: random.Random, n: int) -> list[int]:
    """Per-note scoring (cents off the song's note, clipped): a game score, not a voiceprint."""
    return [max(-50, min(50, round(rng.gauss(0, 18)))) for _ in range(n)]


__all__ = ["CAREGIVER", "COURIER_AT", "DARKSTORE_AT", "DARKSTORE_LINE", "DARKSTORE_PHONE",
           "DOOR_CODE", "EMPLOYER", "ENDO_AT", "ENDO_MAIL", "ENDO_PHONE", "GROCERY_ORDER",
           "IP_PIN", "LOYALTY", "MRN", "NO_PARKING", "OTHER_SCOOTERS", "RIDE_END",
           "RIDE_RECEIPT", "RIDE_START", "SCOOTER", "SCOOTERS_AT", "SCOOTER_SUPPORT", "SENSOR",
           "SIGN_PIN", "SON", "SPOUSE", "SPOUSE_PIN", "TAX_HELP_PHONE", "TAX_ORDER", "VENUE_AT",
           "VENUE_PHONE", "ZAKUPEK_NOREPLY", "f0_track", "glucose", "melody", "note_scores",
           "pl_address"]
