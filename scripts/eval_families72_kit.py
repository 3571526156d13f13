"""Helpers for the seventy-second (blind) evaluation set. Wire helpers and ``report`` stay in the
earlier kits (``multipart``, ``raw``, ``encode``, ``enc``, ``tok``, ``add``, ``pb``, ``lines``,
``sjwt``, ``at_path``; the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are set 24's); this kit names the category ids once and
adds what the set's apps share: her month in Barcelona (a flat in Gràcia, her NIE), the tapas bar
and the market stall (businesses: negatives); the fertility clinic and pharmacy (negatives), her
medicines and a dose log; the mountain trip (trailhead, summit, the rescue base: negatives), the
beacon (an accessory: negatives), her emergency contact; the bird hotspot and other observers
(negatives), her recording spot; the piano teacher and the MIDI keyboard (an accessory); the
insured car (VIN and plate), her licence and policy, the other driver, a trip trace and a crash
window; the bike-lane segment and other people's pothole reports (negatives), her commute; and
generators (a trace between two points, an accelerometer window, MIDI note events, a dose log).
"""

from __future__ import annotations

import random
from typing import Any

from eval_payloads import LAT, LON, L, rnd_hex

# Category ids (TAXONOMY.md).
ADID, DID, HW, UID = "id.advertising", "id.device", "id.hardware", "id.user"
MAIL, TEL, NAMEC, ADDR = "contact.email", "contact.phone", "contact.name", "contact.address"
PRECISE, COARSE, CARRIER = "location.precise", "location.coarse", "location.carrier"
IPLOC, WIFI = "location.ip", "location.wifi"
MOTION, USAGE, SEARCH = "behavior.motion", "behavior.usage", "behavior.search"
TEXT, CONTACTS, MEDIA = "content.text", "content.contacts", "content.media"
BIRTH, GENDER, NATID, SENS = ("personal.birthdate", "personal.gender", "personal.national_id",
                              "personal.sensitive")
FIT, MED = "health.fitness", "health.medical"
PAY, BUY = "financial.payment", "financial.purchase"
DEV, CRED = "device.info", "secret.credential"

Pt = tuple[float, float]

# --- Tapeta (Barcelona tapas reservations and a neighbourhood market): a month in Gràcia ------
BCN = {"carrer": "Carrer de Verdi 32, 2n 1a", "cp": "08012", "ciutat": "Barcelona"}
BCN_AT = (41.403412, 2.157236)  # her Gràcia flat
NIE = "X1234567L"  # her foreigner's identity number, sent under ``dni`` (personal.national_id)
BAR = {"id": "rst_0817", "nom": "Bar Els Porxos", "adreca": "Carrer del Torrent de l'Olla 74",
       "telefon": "+34 932 55 01 17", "lat": 41.40102, "lon": 2.15791}  # a business: negatives
STALL = {"id": "par_114", "nom": "Parada Fruites Montse", "mercat": "Mercat de l'Abaceria"}
STALL_AT = (41.40278, 2.15866)  # the market hall (a negative)
RESERVA = "TPT-4418207"  # her table booking (financial.purchase)
BAR_FIX = (41.401057, 2.157944)  # her phone at the bar's door

# --- Stimsure (an IVF medication-injection schedule) -----------------------------------------
IVF_CLINIC = {"id": "clin_0931", "name": "Harbor Fertility Partners", "phone": "+12125550147",
              "line": "30 West 26th Street", "lat": 40.74421, "lon": -73.99036}
PHARMACY = {"name": "Madison Specialty Pharmacy", "phone": "+12125550163", "npi": "1427093315"}
MRN = "HFP-0088152"  # her record number at the fertility clinic (health.medical)
MEDS = [("Gonal-f", "225 IU"), ("Menopur", "75 IU"), ("Cetrotide", "0.25 mg")]
TRIGGER = ("Ovidrel", "250 mcg")
LOTS = ["GF4471K", "MN20931", "CT88120"]  # pens' lot numbers (negatives)
PARTNER = ("Alex Doe", "+15550176612")  # her partner, named by her (contact.*)

# --- Ridgecall (a mountain-rescue beacon companion) ------------------------------------------
TRAILHEAD = (44.15893, -73.96342)  # the car park at the trailhead (a public place: negative)
SUMMIT = (44.11259, -73.92378)  # the peak (a negative)
RESCUE_BASE = {"id": "base_ny_07", "name": "Adirondack Rescue Base 7", "phone": "+15185550119",
               "lat": 44.28322, "lon": -73.98517}  # negatives
BEACON = {"serial": "RC-PLB3-0071429", "imei": "300434065813270", "ble": "D4:36:39:8A:71:02",
          "fw": "4.1.7", "battery": 82}  # her beacon (an accessory: negatives)
SOS_FIX = (44.127734, -73.938109)  # where she is when she triggers the SOS
ICE = ("Alex Doe", "+15550176612")  # her emergency contact (contact.*)

# --- Chirpatlas (citizen-science bird-song recorder) -----------------------------------------
HOTSPOT = {"id": "L109516", "name": "Central Park--The Ramble", "lat": 40.77736,
           "lon": -73.96983}  # a public hotspot (a negative)
REC_AT = (40.776912, -73.969447)  # her recording spot in the Ramble
OBSERVERS = [("obs_5k2mq", 40.77801, -73.96911), ("obs_h81ta", 40.77654, -73.97112)]
SPECIES = [("Wood Thrush", "woothr"), ("Northern Cardinal", "norcar"),
           ("Black-throated Blue Warbler", "btbwar")]
BIRDER = "janedoe_birds"  # her public handle (id.user)

# --- Etudely (piano lessons that listen to her playing) --------------------------------------
TEACHER = ("Mirela Stan", "mirela.stan@pianoroom.example.net")  # her teacher, typed by her
KEYBOARD = {"name": "Keystation 61 MK3", "ble": "F0:2B:44:19:AE:07", "fw": "1.0.9"}  # accessory
PIECE = {"id": "pc_20411", "title": "Gymnopédie No. 1", "composer": "Erik Satie"}  # catalogue

# --- Roadvigil (car insurance with a dashcam and crash detection) ----------------------------
CAR = {"vin": "1HGCV1F34LA015732", "plate": "KXT-4471", "make": "Honda", "model": "Accord",
       "year": 2020}  # the insured car (the call: unlabelled, no taxonomy type)
LICENCE = "914 207 385"  # her New York licence (personal.national_id)
POLICY = "RVG-NY-2208417"  # her policy number (id.user: her account with the insurer)
CLAIM = "CLM-25-0093318"  # the insurer's claim number (a case ID: a negative)
OTHER = ("Marcus Webb", "+15550148820", "HYL-2290", "Northfold Mutual",
         "NFM-7731059")  # the other driver typed by her: name, phone, plate, insurer, policy
GARAGE = {"name": "Chelsea Collision Works", "phone": "+12125550181",
          "lat": 40.74712, "lon": -74.00183}  # the tow's body shop (negatives)
CRASH_AT = (40.745121, -73.992807)  # where the crash happened (her fix)
TRIP_END = (40.752218, -73.977512)

# --- Potholia (municipal bike-lane pothole reporter) -----------------------------------------
SEGMENT = "BL-MN-0419"  # the bike-lane segment's ID (the city's: a negative)
POT_FIX = (40.738214, -73.985472)  # her phone where she reports the pothole
OFFICE = (40.750634, -73.993212)  # her office (her commute's end)
NEARBY = [("rpt_88201", 40.73902, -73.98611), ("rpt_88177", 40.73755, -73.98402)]  # others'
CASE = "311-25-04418275"  # the city's service-request number for her report (a negative)


# --- generators -----------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 5) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(LAT, nd), cat), L(round(LON, nd), cat)


def trace(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765312000,
          keys: tuple[str, str] = ("lat", "lon"), nd: int = 6) -> list[dict[str, Any]]:
    """Her fixes between two points (each lat/lon ``location.precise``; time, speed not)."""
    out = []
    for i in range(n):
        f = i / max(n - 1, 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, nd), PRECISE),
                    keys[1]: L(round(lo, nd), PRECISE), "spd": round(rng.uniform(2, 14), 1)})
    return out


def accel(rng: random.Random, n: int, hz: int = 100, spike: int | None = None) -> list[list[float]]:
    """Accelerometer rows ``[ms, x, y, z]`` in g (a crash window when ``spike`` is set)."""
    rows = []
    for i in range(n):
        k = 6.5 if spike is not None and abs(i - spike) < 3 else 0.0
        rows.append([i * 1000 // hz, round(rng.gauss(0, 0.08) + k, 3),
                     round(rng.gauss(0, 0.06) - k / 2, 3), round(1 + rng.gauss(0, 0.05), 3)])
    return rows


def midi(rng: random.Random, n: int) -> list[list[int]]:
    """Her playing as MIDI note events ``[ms, note, velocity, duration]``."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(180, 620)
        out.append([t, rng.choice([57, 60, 62, 64, 66, 69, 71]), rng.randrange(38, 92),
                    rng.randrange(200, 900)])
    return out


def doses(rng: random.Random) -> list[dict[str, Any]]:
    """Her logged injections this cycle (drug, dose, site, time): one medical history."""
    sites = ["abdomen-left", "abdomen-right"]
    return [{"day": d + 1, "drug": m[0], "dose": m[1], "site": sites[d % 2],
             "at": f"2025-12-0{d + 1}T20:{10 + d:02d}:00-05:00"}
            for d, m in enumerate([MEDS[0], MEDS[0], MEDS[1], MEDS[0], MEDS[2]])]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking, a cycle, a recording, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ADDR", "ADID", "BAR", "BAR_FIX", "BCN", "BCN_AT", "BEACON", "BIRDER", "BIRTH", "BUY",
           "CAR", "CARRIER", "CASE", "CLAIM", "COARSE", "CONTACTS", "CRASH_AT", "CRED", "DEV",
           "DID", "FIT", "GARAGE", "GENDER", "HOTSPOT", "HW", "ICE", "IPLOC", "IVF_CLINIC",
           "KEYBOARD", "LICENCE", "LOTS", "MAIL", "MED", "MEDIA", "MEDS", "MOTION", "MRN",
           "NAMEC", "NATID", "NEARBY", "NIE", "OBSERVERS", "OFFICE", "OTHER", "PARTNER", "PAY",
           "PHARMACY", "PIECE", "POLICY", "POT_FIX", "PRECISE", "REC_AT", "RESCUE_BASE",
           "RESERVA", "SEARCH", "SEGMENT", "SENS", "SOS_FIX", "SPECIES", "STALL", "STALL_AT",
           "SUMMIT", "TEACHER", "TEL", "TEXT", "TRAILHEAD", "TRIGGER", "TRIP_END", "UID",
           "USAGE", "WIFI", "accel", "doses", "fix", "home", "midi", "obj", "trace"]
