"""Helpers for the twenty-eighth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families27_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the places that are not the user's (a driver hub, an
airport terminal and its waiting lot, a church and its campus, a Paris pharmacy, Amsterdam
stations and tram stops: negatives), the places that are (the riders' pickup
points, the user's flat in Paris, her own fixes there and in Amsterdam, her own drive),
businesses' numbers, addresses and mailboxes (look-alikes), the driver's documents and car (the
car's plate, VIN and make: negatives), her riders, her smart ring (an accessory: negatives), her
son at the church's kids' check-in, her language partners, her French social-security number
(NIR, with its key computed) and mutuelle, her prescriber, her Dutch transit card, and a few
generators (a drive's fixes, nightly HRV, a hypnogram, inter-beat intervals, MFCC frames and
formants of a read sentence).
"""

from __future__ import annotations

import random

from eval_payloads import LAT, LON

# --- the ride-hailing driver app (Fareloop) ------------------------------------------------
HUB_AT = (40.75702, -73.99644)  # the driver hub (a negative)
HUB_PHONE, HUB_LINE = "+12125550117", "525 West 39th Street"
JFK_T4 = (40.64427, -73.78226)  # a drop-off at an airport terminal (a place: a negative)
LOT_AT = (40.66017, -73.80233)  # the airport's waiting lot (a place: a negative)
RIDER_PROXY = "+16465550108"  # the platform's masked relay number for rider calls (a negative)
# Riders: a first name and initial as the app shows them (contact.name where the driver's app
# sends them), their pickup points (a person's position: location.precise where sent).
RIDERS = [("Marcus T.", (40.748612, -73.985512)), ("Priya S.", (40.752207, -73.977405)),
          ("Dana W.", (40.741118, -73.994127))]
TLC = "5920417"  # her TLC driver licence (a government licence: personal.national_id)
VEHICLE = {"plate": "T731842C", "vin": "4T1B31HK5KU512386", "make": "Toyota",
           "model": "Camry Hybrid", "year": 2021, "color": "gray", "seats": 4}
POLICY = "CMA-4471092"  # her commercial auto insurance policy (her account there: id.user)
DEBIT_LAST4 = "4242"  # the debit card instant payouts go to (financial.payment)

# --- the smart ring (Haloryn): an accessory, its identifiers are negatives ------------------
RING = {"serial": "HLR3-0A71529", "mac": "F0:6B:2C:81:4D:97", "model": "Haloryn Ring Gen 3",
        "size": 7, "color": "matte black", "fw": "3.6.12", "battery": 64}
CHARGER_SERIAL = "HLC-2290187"

# --- the church app (Steeplewood) -----------------------------------------------------------
CHURCH = {"name": "Hollow Creek Community Church", "phone": "+12125550181",
          "line": "140 West 29th Street", "at": (40.74781, -73.99242),
          "mail": "office@hollowcreek.example.org"}
CAMPUS_AT = (40.71433, -73.95821)  # the church's Brooklyn campus (a negative)
SON = ("Theo", "Doe", "2019-06-14")  # her son, checked in at kids' church (typed by her)
TAG_CODE = "Q7K4"  # the pickup code printed on the parent's tag (a credential)
GIFT_REF = "SW-G-20931"

# --- the language-exchange chat (Voxamigo) --------------------------------------------------
PARTNER_NAME = "Lucía"  # a partner's first name as the user types it
SENTENCE = "Me gustaría reservar una mesa para dos personas esta noche."

# --- the French pharmacy (Pilulo): the user is on a posting in Paris ------------------------
PARIS_LINE, PARIS_CP, PARIS_VILLE = "18 rue des Vinaigriers", "75010", "Paris"
PARIS_AT = (48.872418, 2.360117)  # her flat in Paris (her address: labelled where sent)
PARIS_FIX = (48.872391, 2.360204)  # the phone at her door when the courier arrives
DIGICODE = "4721B"  # the building's door code (it opens the street door: a credential)
PHARMACIE = {"nom": "Pharmacie du Canal", "telephone": "+33 1 99 00 42 17",
             "adresse": "92 quai de Jemmapes", "at": (48.87112, 2.36590),
             "finess": "750012345"}
PRESCRIBER = ("Dr Claire Morel", "10101234567")  # her name typed by the user; RPPS a negative
MUTUELLE = ("Mutuelle Horizon Santé", "MHS-0088241957")  # the insurer; her member number
_NIR13 = "2910599404118"  # female, born 05/1991 abroad (99), in the USA (404), order 118
NIR = _NIR13 + f"{97 - int(_NIR13) % 97:02d}"
NIR_SPACED = f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}"
DOB_FR = "17/05/1991"
PHONE_FR = "+33 6 99 00 31 58"  # her French mobile on the posting (hers: contact.phone)

# --- the Dutch transit app (Poortje): a weekend in Amsterdam ---------------------------------
STATIONS = {"ASD": ("Amsterdam Centraal", (52.37903, 4.90008)),
            "ASB": ("Amsterdam Bijlmer ArenA", (52.31215, 4.94701)),
            "SHL": ("Schiphol Airport", (52.30903, 4.76141))}
TRAM_STOP = ("Museumplein", (52.35800, 4.88165))
AMS_FIXES = [(52.309184, 4.761530), (52.378902, 4.900217), (52.358071, 4.881794),
             (52.372954, 4.893410)]  # the phone at Schiphol, Centraal, a tram stop, a canal
OV_CARD = "3528010044172093"  # her personal transit card (her account there: id.user)
OV_CARD_SPACED = "3528 0100 4417 2093"
DOB_NL = "17-05-1991"
POORTJE_SERVICE = "+31 20 799 0142"  # the operator's service line (a negative)

# --- the freelancer marketplace (Gigloft) ---------------------------------------------------
CLIENT_MAIL = "projects@brightharbor.example.com"  # a client's shared mailbox (a negative)
CLIENT_PHONE = "+13125550144"
HANDLE = "janedoe.design"  # her public profile handle (id.user)


def drive(rng: random.Random, n: int, start: tuple[float, float] = (LAT, LON),
          t0: int = 1765318800) -> list[tuple[int, float, float, float, int]]:
    """The driver's own fixes while online: (epoch s, lat, lon at 6 decimals, m/s, heading)."""
    lat, lon, out = start[0], start[1], []
    for i in range(n):
        lat += rng.uniform(-0.0004, 0.0007)
        lon += rng.uniform(-0.0006, 0.0003)
        out.append((t0 + 4 * i, round(lat, 6), round(lon, 6), round(rng.uniform(0, 13), 1),
                    rng.randrange(0, 360)))
    return out


def hrv_series(rng: random.Random, n: int, base: float = 46.0) -> list[int]:
    """Nightly HRV (rMSSD in ms), one value per five minutes of sleep."""
    return [max(12, round(base + 9 * ((i % 24) - 12) / 12 + rng.gauss(0, 4))) for i in range(n)]


def hypnogram(rng: random.Random, n: int) -> list[int]:
    """Sleep stages per five minutes (1 awake, 2 light, 3 deep, 4 REM)."""
    cycle = [1, 2, 2, 3, 3, 3, 2, 2, 4, 4, 2, 2]
    return [cycle[i % 12] if rng.random() > 0.15 else 2 for i in range(n)]


def ibi(rng: random.Random, n: int) -> list[int]:
    """Inter-beat intervals in ms during a breathing session."""
    return [round(1000 + 80 * ((i % 10) - 5) / 5 + rng.gauss(0, 20)) for i in range(n)]


def mfcc(rng: random.Random, frames: int, coeffs: int = 13) -> list[list[float]]:
    """MFCC frames of the user's read sentence (her voice's spectral envelope)."""
    return [[round(rng.gauss(-4 if c == 0 else 0, 6 / (c + 1)), 3) for c in range(coeffs)]
            for _ in range(frames)]


def formants(rng: random.Random, n: int) -> list[list[int]]:
    """F1/F2/F3 in Hz of the vowels she read."""
    return [[round(rng.gauss(620, 90)), round(rng.gauss(1750, 220)), round(rng.gauss(2800, 160))]
            for _ in range(n)]


__all__ = ["AMS_FIXES", "CAMPUS_AT", "CHARGER_SERIAL", "CHURCH", "CLIENT_MAIL",
           "CLIENT_PHONE", "DEBIT_LAST4", "DIGICODE", "DOB_FR", "DOB_NL",
           "GIFT_REF", "HANDLE", "HUB_AT", "HUB_LINE",
           "HUB_PHONE", "JFK_T4", "LOT_AT", "MUTUELLE", "NIR", "NIR_SPACED", "OV_CARD",
           "OV_CARD_SPACED", "PARIS_AT", "PARIS_CP", "PARIS_FIX", "PARIS_LINE", "PARIS_VILLE",
           "PARTNER_NAME", "PHARMACIE", "PHONE_FR", "POLICY", "POORTJE_SERVICE", "PRESCRIBER",
           "RIDERS", "RIDER_PROXY", "RING", "SENTENCE", "SON", "STATIONS", "TAG_CODE", "TLC",
           "TRAM_STOP", "VEHICLE", "drive", "formants", "hrv_series", "hypnogram", "ibi",
           "mfcc"]
