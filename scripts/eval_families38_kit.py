"""Helpers for the thirty-eighth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the migraine diary's neurologist (typed by her) and
headache clinic (a negative), her medicines and a barometer series (the air's, a negative); the
dashcam (an accessory: negatives), her car (VIN with a valid check digit and plate), her insurer's
policy, the other driver of a fender-bender and a drive between two of her places; her semester
in Seoul (the dorm, its romanised address, her alien registration card, the roaming network) and
the webtoon titles (negatives); the flat she applies for, the landlord (a negative) and her former
landlord (typed by her); the gym's club and its door reader (negatives), her member number and a
fix inside the club; her community-garden plot, the botanical garden (a negative), a soil sensor
(an accessory) and a JPEG writer with Exif GPS; the car's head unit (an accessory) and the
assistant's wake word.
"""

from __future__ import annotations

import math
import random
import struct
from typing import Any

from eval_families17_kit import JPEG, PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]
HOME: Pt = (LAT, LON)  # the profile's position (her New York home)
WORK_AT: Pt = (40.753894, -73.983771)  # her office on West 42nd Street (hers where she sends it)
WORK_LINE = "11 West 42nd Street"

# --- Aurabook (a migraine and headache diary) ----------------------------------------------
NEURO = ("Dr. Priya Raman", "p.raman@gothamneuro.example.com")  # her neurologist, typed by her
HEADACHE_CLINIC = {"id": "hc_0418", "name": "Gotham Headache Center", "phone": "+12125550193",
                   "line": "305 East 47th Street", "lat": 40.75281, "lon": -73.96931}
ACUTE, PREVENT = ("Sumatriptan", "50 mg"), ("Topiramate", "25 mg")

# --- Dashkeep (a dashcam companion) -------------------------------------------------------
CAM = {"serial": "DK4-2309-118406", "model": "Dashkeep Duo 4K", "fw": "3.1.7",
       "ssid": "DASHKEEP-7F21", "bssid": "0c:8c:24:7f:21:0a"}  # the camera (an accessory)
PLATE38 = "LMR-2274"  # her car's plate (id.hardware, as set 29)
POLICY = "HLM-NY-44718203"  # her car-insurance policy number (id.user, as sets 24 and 28)
INSURER = {"name": "Harborline Mutual", "claims": "claims@harborlinemutual.example.com"}
OTHER_DRIVER = ("Victor Alvarado", "+15550191847", "HKZ-9083")  # typed by her after a bump
BUMP_AT: Pt = (40.748211, -73.992470)  # where the fender-bender happened (her fix)


def vin(body: str = "7FCDK3C4_SN012458") -> str:
    """A 17-character VIN with its check digit (position 9, ``_`` in ``body``) computed."""
    tr = {**{str(d): d for d in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
          **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(tr[c] * w[i] for i, c in enumerate(body) if c != "_") % 11
    return body.replace("_", "X" if s == 10 else str(s))


VIN = vin()

# --- Panelbom (a webtoon reader; she reads in Seoul for a semester) --------------------------
DORM_AT: Pt = (37.565214, 126.938612)  # her dorm room in Sinchon (location.precise where sent)
DORM = {"juso": "50 Yonsei-ro, Seodaemun-gu, Seoul", "sangse": "International House B-1207",
        "upyeon": "03722"}  # road address and detail (contact.address), postal code (coarse)
ARC = "910517-6234519"  # her alien registration card number (personal.national_id)
MEMBER_PB = "PB2509014471"  # her member number (id.user)
NICK = "janedoe_reads"  # her public nickname (id.user)
NET = {"mccmnc": "45008", "name": "Hangang Telecom", "iso": "kr"}  # the roaming network
TITLES = [("wt_20418", "Moonlit Tenants"), ("wt_18807", "The Last Kimbap Shop"),
          ("wt_21133", "Crown of Thorned Roses")]  # the series (negatives)
POPUP = {"id": "ps_0712", "name": "Panelbom Pop-up Hongdae", "lat": 37.55634,
         "lon": 126.92271}  # a pop-up store (a business: negatives)

# --- Rentroost (rent payment and tenant screening) ------------------------------------------
UNIT = {"line1": "218 Union Street", "line2": "Apt 3F", "city": "Brooklyn", "state": "NY",
        "zip": "11231"}  # the flat she applies for (her next address)
LANDLORD = {"id": "ll_5520", "name": "Kestrel Property Group", "phone": "+17185550118",
            "mail": "leasing@kestrelpg.example.com"}  # the landlord (a business: negatives)
PREV_LANDLORD = ("Gordon Reyes", "+17185550163")  # her current landlord, typed by her
LEASE = "LS-2026-00418"  # the lease's number (a document ID: a negative)

# --- Liftgate (a gym with face and palm check-in at the door) -----------------------------
MEMBER_LG = "LG-0047129"  # her member number (id.user)
CLUB = {"id": "club_031", "name": "Liftgate Flatiron", "line": "21 West 23rd Street",
        "phone": "+12125550127", "lat": 40.74214, "lon": -73.99122}  # the club (negatives)
CLUB_FIX: Pt = (40.742097, -73.991305)  # her phone at the club's door
READER = {"id": "pv-door-02", "enrol": "pe_7c41d09a2b"}  # the palm reader and its record
STRAP = {"serial": "HRS-0771-2291", "ble": "E8:11:4A:07:3C:9D"}  # a chest strap (an accessory)

# --- Fernsight (plant identification) -------------------------------------------------------
GARDEN_AT: Pt = (40.723062, -73.979118)  # her community-garden plot (location.precise)
BOTANIC = {"id": "bg_nybg", "name": "Riverbend Botanical Garden", "lat": 40.86254,
           "lon": -73.88097}  # a public garden (negatives)
BOTANIC_FIX: Pt = (40.863117, -73.879842)  # her phone in the conservatory
SOIL = {"mac": "E4:5F:01:9C:22:7B", "serial": "FS-SOIL-30881"}  # a soil sensor (an accessory)

# --- Cabinvox (a voice assistant for the car) --------------------------------------------------
HEAD_UNIT = {"bt": "00:1E:AE:4C:91:07", "serial": "CVX-HU-5521408", "model": "CarLink 9"}
WAKE = "Hey Cabin"


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6, cat: str = PRECISE) -> tuple[L, L]:
    """One of her own places or fixes at ``nd`` decimals."""
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an attack, a clip, an episode, a lease): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def drive(rng: random.Random, n: int, start: Pt = HOME, end: Pt = WORK_AT,
          t0: int = 1765290000, keys: tuple[str, str] = ("lat", "lon")) -> list[dict[str, Any]]:
    """Her car's fixes on a drive (lat/lon ``location.precise``; speed and heading not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 5 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(18, 52), 1),
                    "hdg": rng.randrange(0, 360)})
    return out


def gsensor(rng: random.Random, n: int, peak: int = 9) -> list[list[float]]:
    """The camera's or phone's accelerometer window ``[ms, x, y, z]`` in g around an impact."""
    return [[i * 10, round(rng.gauss(0, 0.05) + (2.6 if i == peak else 0), 3),
             round(rng.gauss(0, 0.05), 3), round(1 + rng.gauss(0, 0.04), 3)] for i in range(n)]


def baro(rng: random.Random, n: int, t0: int = 1765260000) -> list[list[float]]:
    """The phone barometer's hourly pressure in hPa (the weather's, not hers: a negative)."""
    return [[t0 + 3600 * i, round(1012 - 0.9 * i + rng.gauss(0, 0.2), 1)] for i in range(n)]


def hr_stream(rng: random.Random, n: int, t0: int = 1765288800) -> list[list[int]]:
    """A chest strap's heart rate ``[s, bpm]`` during a workout (``health.fitness``)."""
    return [[t0 + 5 * i, int(92 + 50 * math.sin(i / 7) ** 2 + rng.randrange(-3, 4))]
            for i in range(n)]


def _rat(x: float) -> bytes:
    d = int(x)
    m = int((x - d) * 60)
    s = round(((x - d) * 60 - m) * 60 * 1000)
    return struct.pack("<6I", d, 1, m, 1, s, 1000)


def exif_jpeg(at: Pt | None, model: str = "Pixel 8", tag: bytes = b"") -> bytes:
    """A JPEG with an Exif APP1 segment (little-endian TIFF: make, model, time and, with
    ``at``, a GPS IFD holding the latitude and longitude as degree/minute/second rationals)."""
    def ifd(entries: list[tuple[int, int, int, bytes]], start: int) -> bytes:
        head = struct.pack("<H", len(entries))
        data_at = start + 2 + 12 * len(entries) + 4
        body, extra = b"", b""
        for t, typ, count, val in entries:
            if len(val) <= 4:
                body += struct.pack("<HHI", t, typ, count) + val.ljust(4, b"\0")
            else:
                body += struct.pack("<HHII", t, typ, count, data_at + len(extra))
                extra += val + (b"\0" if len(val) % 2 else b"")
        return head + body + b"\0\0\0\0" + extra

    mk, md, dt = b"Google\0", model.encode() + b"\0", b"2025:12:06 10:41:07\0"
    n0 = 4 if at else 3
    size0 = 2 + 12 * n0 + 4 + sum(len(v) + len(v) % 2 for v in (mk, md, dt))
    e0 = [(0x010F, 2, len(mk), mk), (0x0110, 2, len(md), md), (0x0132, 2, len(dt), dt)]
    gps = b""
    if at:
        e0.append((0x8825, 4, 1, struct.pack("<I", 8 + size0)))
        gps = ifd([(0, 1, 4, b"\2\3\0\0"), (1, 2, 2, b"N\0" if at[0] >= 0 else b"S\0"),
                   (2, 5, 3, _rat(abs(at[0]))), (3, 2, 2, b"E\0" if at[1] >= 0 else b"W\0"),
                   (4, 5, 3, _rat(abs(at[1])))], 8 + size0)
    tiff = b"II*\0" + struct.pack("<I", 8) + ifd(e0, 8) + gps
    app1 = b"Exif\0\0" + tiff
    return b"\xff\xd8\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + JPEG[2:] + tag


__all__ = ["ACUTE", "ARC", "BOTANIC", "BOTANIC_FIX", "BUMP_AT", "CAM", "CLUB", "CLUB_FIX",
           "DORM", "DORM_AT", "GARDEN_AT", "HEADACHE_CLINIC", "HEAD_UNIT", "HOME", "INSURER",
           "LANDLORD", "LEASE", "MEMBER_LG", "MEMBER_PB", "NET", "NEURO", "NICK", "OTHER_DRIVER",
           "PLATE38", "POLICY", "POPUP", "PREVENT", "PREV_LANDLORD", "READER", "SOIL", "STRAP",
           "TITLES", "UNIT", "VIN", "WAKE", "WORK_AT", "WORK_LINE", "baro", "drive", "exif_jpeg",
           "fix", "gsensor", "hr_stream", "obj", "vin"]
