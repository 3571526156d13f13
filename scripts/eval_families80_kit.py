"""Helpers for the eightieth (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her e-residency values (her Estonian personal code, her
digi-ID card's document number, her company and its contact-person service: the company's values
are negatives), the celiac diary's restaurant and products (negatives) and her fix at the table,
the public saunas (negatives), her sauna card and a door code, the donor clinic (negatives), the
donor's catalogue profile (a look-alike: another person's published, anonymised traits), her
wife, her patient number, the orienteering event (its centre and controls: negatives), her SI
card, her splits and a GPS track generator, the scooter fleet (negatives) and her ride, the choir
(its rehearsal hall: a negative), its director, and generators for a pitch contour and a
speaker embedding.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]
EMAIL_MIXED = "Jane.Doe@Example.org"

# --- Firmavarav (e-residency company registry and digital signing, Tallinn) ---------------------
ISIKUKOOD = "49105172730"  # her Estonian personal identification code (personal.national_id)
DIGI_ID = "NE0048213"  # her e-resident digi-ID card's document number (personal.national_id)
COMPANY = {"registrikood": "16803417", "nimi": "Doe Analytics OÜ",
           "aadress": "Sepapaja tn 6, 15551 Tallinn", "kmkr": "EE102771450",
           "emtak": "62011"}  # her company's public registry record (negatives)
AGENT = {"nimi": "Kontaktisik Teenused OÜ", "telefon": "+3726001874",
         "epost": "info@kontaktisik.example.ee"}  # the contact-person service (negatives)
EMBASSY_AT = (40.75212, -73.97391)  # the card's pick-up point (a negative)
PIN2 = "40917"  # her signing PIN (secret.credential)
DOC_SHA256 = "9c1f2e77a0d4b1e3c5a79f0e2b6d8c1a4f3e5d7c9b0a2e4f6c8d1b3a5e7f9c0d"  # document hash
IBAN_EE = "EE382200221020145685"  # the company's account (the standard's published example)

# --- Crumbwise (a celiac-disease gluten-exposure diary) -----------------------------------------
RESTAURANT = {"id": "plc_7c20e1", "name": "Trattoria Sole", "phone": "+12125550184",
              "line": "117 Mulberry Street", "lat": 40.71938, "lon": -73.99755}
TABLE_FIX = (40.719402, -73.997528)  # her phone at the restaurant's table
GASTRO = ("Dr. Miriam Castellanos", "+12125550193")  # her gastroenterologist, typed by her
SENSOR = {"serial": "GLT-2-0193377", "capsule": "cap_5512a", "fw": "1.8.0"}  # an accessory
PRODUCTS = ["0850006241013", "0041196910759", "0073472001011"]  # scanned barcodes (negatives)

# --- Leiliaeg (public-sauna booking) ------------------------------------------------------------
SAUNAS = [{"id": "sn_104", "name": "Red Hook Public Sauna", "line": "214 Van Brunt Street",
           "phone": "+17185550172", "lat": 40.67871, "lon": -74.01093},
          {"id": "sn_117", "name": "East River Bathhouse", "line": "88 South Street",
           "phone": "+12125550127", "lat": 40.70631, "lon": -74.00338}]
SAUNA_CARD = "LA-22045178"  # her member card (id.user)
DOOR_CODE = "7294#"  # the changing room's keypad code for her slot (secret.credential)
BOOKING_LA = "LB-9Q4T7"  # a booking's code (financial.purchase)

# --- Nestwell (a donor-conception clinic's patient portal; she is the recipient) --------------
CLINIC_NW = {"id": "nwc_03", "name": "Nestwell Fertility Chelsea", "phone": "+12125550146",
             "line": "410 West 23rd Street", "lat": 40.74688, "lon": -74.00151}
DONOR = {"donorId": "D-4471", "height_cm": 183, "eyes": "green", "hair": "brown",
         "bloodType": "A+", "education": "MSc engineering", "ancestry": "Estonian, Finnish",
         "cmv": "negative"}  # the donor's catalogue profile (a look-alike: not hers)
WIFE = ("Rosa Morales", "+15550187733", "rosa.m@example.com")  # her spouse (contact.*)
MRN = "NW-0072291"  # her patient number at the clinic (health.medical)
ORDER_NW = "VO-30418"  # a vial order's number (financial.purchase)

# --- Rajapunkt (orienteering races) --------------------------------------------------------------
SI_CARD = "8152047"  # her SportIdent chip (id.user: it names her in every result list)
EVENT = {"id": "ev_2519", "name": "Harriman Autumn Middle", "centre": (41.24317, -74.10852)}
CONTROLS = [(31, 41.24511, -74.11203), (47, 41.24766, -74.11538), (52, 41.25023, -74.11311),
            (38, 41.24870, -74.10904)]  # the course's controls (negatives)
RACE_START = (41.244127, -74.109833)  # where her track starts (her fix)
CLUB = "Hudson Valley OK"

# --- Toukur (e-scooter rental) --------------------------------------------------------------------
KICK = {"id": "TK-60418", "qr": "toukur://s/60418-ZP", "serial": "TKS4-2303-060418",
        "battery": 64}  # the scooter (negatives)
KICK2 = {"id": "TK-60733", "qr": "toukur://s/60733-RW"}  # the friend's scooter (negatives)
ZONE_AT = (40.73049, -73.99115)  # a parking zone's centre (the operator's: a negative)
KICK_START = (40.742311, -73.988904)
KICK_END = (40.729875, -73.991522)

# --- Laululind (a choir singer's vocal training) -------------------------------------------------
CHOIR = {"id": "ch_881", "name": "Hudson Chamber Choir", "hall": "St. Bart's Parish Hall",
         "lat": 40.75738, "lon": -73.97402}  # the rehearsal hall (a negative)
DIRECTOR = ("Elena Vasquez", "e.vasquez@hudsonchamber.example.org")  # typed by her
SECTION = "alto 2"


# --- generators ---------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def leg(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765312000,
        keys: tuple[str, str] = ("lat", "lon")) -> list[dict[str, Any]]:
    """Her fixes moving from ``start`` to ``end`` (lat/lon ``location.precise``; time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(lat, 6), PRECISE),
                    keys[1]: L(round(lon, 6), PRECISE)})
    return out


def pitch(rng: random.Random, n: int, base: float = 220.0) -> list[float]:
    """A sung exercise's f0 contour in Hz per 20 ms frame (scored for intonation)."""
    return [round(base * (1 + 0.06 * ((i // 10) % 5)) + rng.gauss(0, 1.5), 1) for i in range(n)]


def embedding(rng: random.Random, n: int = 256) -> list[float]:
    """A speaker embedding (x-vector) of her voice."""
    return [round(rng.gauss(0, 0.08), 4) for _ in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a meal, a booking, a cycle, a ride): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENT", "BOOKING_LA", "CHOIR", "CLINIC_NW", "CLUB", "COMPANY", "CONTROLS",
           "DIGI_ID", "DIRECTOR", "DOC_SHA256", "DONOR", "DOOR_CODE", "EMAIL_MIXED",
           "EMBASSY_AT", "EVENT", "GASTRO", "IBAN_EE", "ISIKUKOOD", "KICK", "KICK2", "KICK_END",
           "KICK_START", "LAT", "LON", "MRN", "ORDER_NW", "PIN2", "PRODUCTS", "RACE_START",
           "RESTAURANT", "SAUNAS", "SAUNA_CARD", "SECTION", "SENSOR", "SI_CARD", "TABLE_FIX",
           "WIFE", "ZONE_AT", "embedding", "fix", "home", "leg", "obj", "pitch"]
