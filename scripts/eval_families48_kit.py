"""Helpers for the forty-eighth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's;
``fix`` and ``obj`` are set 37's).

This kit adds what the set's apps share: her month in Bordeaux (her rented flat, her transit
card, her French identity card: she is a dual national), the tram stops and the inspector (a
negative), a fine; her speech therapist (typed by her), the speech clinic and a pizzeria she
practised calling (negatives), generators for fluency scores and a speaker embedding; the
toothbrush and its charging base (an accessory: negatives), the dental practice (negatives), her
hygienist (typed by her), generators for coverage and the brush's motion; the man she is meeting
and the bar (negatives but for what she types about him); the warehouse, its geofence and the
handheld scanner (negatives), its floor Wi-Fi (the network her phone joins), her badge and
employee number, a co-worker; the donor bank's donors and her fertility clinic (negatives), her
patient number and an order; the walkie-talkie's handle, a channel and its join code, her hike,
a Bluetooth headset (negatives) and an Ogg Opus clip.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import MOTION, PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Correspondo (Bordeaux public transport, tickets and fines) ---------------------------------
BX_FLAT = {"adresse": "8 rue du Pas-Saint-Georges", "cp": "33000", "ville": "Bordeaux"}
BX_FLAT_AT = (44.840391, -0.571842)  # her rented flat for the month (location.precise)
ARRET = {"id": "BDX:SP:3421", "nom": "Place de la Bourse", "lat": 44.84138,
         "lon": -0.56972}  # a tram stop (the network's: negatives)
ARRET2 = {"id": "BDX:SP:1187", "nom": "Quinconces", "lat": 44.84491, "lon": -0.57360}
VALID_AT = (44.841452, -0.569388)  # her phone at the stop when she validates
CARTE = "2503778100421"  # her transit card number (id.user: her account's card)
CNI = "X4RT7BPF9"  # her French identity card number (personal.national_id)
AMENDE = "PV-33-251204-0047"  # a fine's notice number (financial.purchase: the bill she pays)
CONTROLEUR = "AG-0713"  # the inspector's badge (a negative)
RAME = "TR-B-1142"  # the tram set's ID (a negative)
DOB_FR = "17/05/1991"

# --- Steadyvoice (stuttering and speech therapy) ------------------------------------------------
SLP = ("Dr. Priya Raman", "+12125550193", "p.raman@fernbrookspeech.example.com")  # her therapist
SLP_CODE = "SV-LINK-48Q2"  # the therapist's linking code (secret.credential)
PRACTICE = {"id": "pr_3310", "name": "Fernbrook Speech Clinic", "phone": "+12125550110",
            "line": "30 West 26th Street"}  # the clinic (negatives)
PIZZERIA = ("Tony's Slice House", "+12125550174")  # a business she practised calling
MEMBER_SV = "WHP551082231"  # her health-insurance member ID (health.medical)

# --- Brushloop (a smart toothbrush) --------------------------------------------------------------
BRUSH = {"serial": "BL3-2207-448120", "ble": "F4:12:9C:3A:77:01", "fw": "4.1.7",
         "model": "Brushloop Pro 3", "head": "BH-SENS-02", "base": "BLB-0931-22817",
         "battery": 71}  # the brush, its head and charging base (negatives)
DENTIST = {"id": "dp_1183", "name": "Larkspur Dental Studio", "phone": "+12125550149",
           "line": "201 West 23rd Street", "lat": 40.74436, "lon": -73.99571}
HYGIENIST = ("Lena Brooks", "l.brooks@larkspurdental.example.com")  # typed by her (contact.*)
WIFI_PSK = "Gr33n-Harbor-88"  # her home Wi-Fi password, given to the charging base
ZONES = 16
BRUSH_ORDER = "BLO-2512-30917"

# --- Trustwick (dating safety, background checks) ------------------------------------------------
MATCH = {"first": "Ryan", "last": "Keller", "phone": "+15550176604", "age": 36,
         "city": "Brooklyn", "app": "Amorette"}  # the man she is meeting (typed by her)
VENUE = {"name": "Bar Lanterna", "line": "172 Ludlow Street", "lat": 40.72163,
         "lon": -73.98778}  # the bar (a business: negatives)
DATE_AT = (40.721588, -73.987702)  # her phone at the bar
SOS_AT = (40.720912, -73.988451)
SAFE_PIN, DURESS_PIN = "4417", "7144"

# --- Shiftdock (a warehouse's shift app) ---------------------------------------------------------
WAREHOUSE = {"id": "EWR7", "name": "Meadowlands Fulfilment Center", "line": "600 Secaucus Road",
             "lat": 40.78951, "lon": -74.05634, "radius_m": 250}  # the site (negatives)
CLOCK_AT = (40.789312, -74.056187)  # her phone at the time clock
MEZZ_AT = (40.789655, -74.055902)  # where she fell (inside the building)
FLOOR_WIFI = ("Shiftdock-Floor", "6c:40:08:9a:11:e3")  # the network her phone joins
NEAR_BSSIDS = ["6c:40:08:9a:11:e7", "6c:40:08:9a:12:03"]
BADGE, EMPLOYEE = "SD-0047721", "E7-331904"  # her badge and employee number (id.user)
SCANNER = {"serial": "ZT52-88120-4471", "bt": "00:0C:A7:41:9E:20", "model": "TC52"}
COWORKER = ("Marcus Lee", "w_58812")  # his name typed by her (contact.name); his ID negative
UNION = "Garden State Logistics Workers Local 612"

# --- Kinmatch (sperm and egg donor matching) ------------------------------------------------------
DONORS = ["KM-20417", "KM-19882", "KM-21053", "KM-18840"]  # donors' IDs (negatives)
FERT = {"id": "fc_5531", "name": "Tidewell Fertility Partners", "line": "1 Hudson Square",
        "phone": "+12125550128", "lat": 40.72612, "lon": -74.00744}  # her clinic (negatives)
PATIENT_NO = "HFP-228814"  # her patient number at the clinic (health.medical)
VIAL_ORDER = "KMO-77310"

# --- Hailwave (push-to-talk walkie-talkie) --------------------------------------------------------
HANDLE = "janed_nyc"  # her handle (id.user)
CHANNEL = "ch_7f3a21c0"  # the group's channel (a negative)
JOIN_CODE = "HIKE-4471"  # the channel's join code (secret.credential)
HIKE_START = (41.312604, -74.006512)  # the trailhead where she starts (her fixes)
HIKE_END = (41.318847, -73.988211)
SUMMIT = (41.31589, -73.98854)  # the summit's published point (a negative)
HEADSET = {"ble": "00:1B:66:A2:3C:41", "name": "Rover BT-2"}  # a headset (negatives)
OPUS = (b"OggS\x00\x02" + bytes(20) + b"\x01\x13OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00"
        + bytes(range(64)))  # an Ogg Opus voice clip


def track(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765290000,
          alt: bool = False) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lon ``location.precise``; time, speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        row: dict[str, Any] = {
            "t": t0 + 30 * i,
            "lat": L(round(start[0] + (end[0] - start[0]) * f + rng.uniform(-5e-5, 5e-5), 6),
                     PRECISE),
            "lon": L(round(start[1] + (end[1] - start[1]) * f + rng.uniform(-5e-5, 5e-5), 6),
                     PRECISE)}
        if alt:
            row["alt"] = round(180 + 140 * f + rng.uniform(-3, 3), 1)
        out.append(row)
    return out


def fluency(rng: random.Random) -> dict[str, int | float]:
    """A reading's disfluency counts (the therapist's measures)."""
    return {"blocks": rng.randrange(4, 9), "repetitions": rng.randrange(6, 12),
            "prolongations": rng.randrange(2, 6), "pctSS": round(rng.uniform(5, 9), 1)}


def embedding(rng: random.Random, n: int) -> list[float]:
    """A speaker or face embedding (unit-ish floats)."""
    v = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 5) for x in v]


def coverage(rng: random.Random) -> list[float]:
    """Share of each of the 16 tooth zones brushed (0..1)."""
    return [round(rng.uniform(0.55, 1.0), 2) for _ in range(ZONES)]


def brush_motion(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """The brush handle's IMU rows ``[ms, ax, ay, az, gx, gy, gz]`` while she brushes."""
    return [[i * 1000 // hz, round(0.3 * math.sin(i / 2) + rng.gauss(0, 0.05), 3),
             round(rng.gauss(0, 0.08), 3), round(0.95 + rng.gauss(0, 0.04), 3),
             round(40 * math.cos(i / 2) + rng.gauss(0, 4), 1), round(rng.gauss(0, 6), 1),
             round(rng.gauss(0, 6), 1)] for i in range(n)]


def motion(rng: random.Random, n: int) -> L:
    """The brush's motion series labelled once (``behavior.motion``)."""
    return L(brush_motion(rng, n), MOTION)


def code(rng: random.Random, pre: str, n: int = 8) -> str:
    """A server object ID (a session, a check, a clip): a negative."""
    return f"{pre}{rnd_hex(rng, n)}"


__all__ = ["AMENDE", "ARRET", "ARRET2", "BADGE", "BRUSH", "BRUSH_ORDER", "BX_FLAT",
           "BX_FLAT_AT", "CARTE", "CHANNEL", "CLOCK_AT", "CNI", "CONTROLEUR", "COWORKER",
           "DATE_AT", "DENTIST", "DOB_FR", "DONORS", "DURESS_PIN", "EMPLOYEE", "FERT",
           "FLOOR_WIFI", "HANDLE", "HEADSET", "HIKE_END", "HIKE_START", "HYGIENIST", "JOIN_CODE",
           "MATCH", "MEMBER_SV", "MEZZ_AT", "NEAR_BSSIDS", "OPUS", "PATIENT_NO", "PIZZERIA",
           "PRACTICE", "RAME", "SAFE_PIN", "SCANNER", "SLP", "SLP_CODE", "SOS_AT", "SUMMIT",
           "UNION", "VALID_AT", "VENUE", "VIAL_ORDER", "WAREHOUSE", "WIFI_PSK", "ZONES",
           "brush_motion", "code", "coverage", "embedding", "fluency", "motion", "track"]
