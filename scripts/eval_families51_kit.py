"""Helpers for the fifty-first (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Milan (she is there on a long secondment),
her codice fiscale, the pharmacy (a negative), her fix outside it, her prescriptions (NRE) and
medicines, her GP; her son Theo (ADHD), his school and teacher; the door peephole camera (its
identifiers are an accessory's: negatives), her Wi-Fi password, face-template and snapshot
generators; the fertility clinic (a negative), her labs, medicines and follicle scans; the
church (a negative), its small group and her daughter's allergy; the truck, trailer, ELD and
carrier (negatives), her CDL and medical certificate, breadcrumbs along the interstate; the
karaoke app's songs, a guide melody (the song's, a negative), her sung pitch contour and timbre.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Farmalba (a pharmacy chain's app in Milan; Italian keys) ---------------------------------
MI_HOME = {"indirizzo": "Via Paolo Sarpi 22", "interno": "scala B, int. 7", "cap": "20154",
           "citta": "Milano", "provincia": "MI"}
MI_HOME_AT = (45.481274, 9.176433)  # her Milan flat
CF = "DOEJNA91E57Z404Z"  # her codice fiscale (personal.national_id), check letter computed
FARMACIA = {"id": "FA-MI-0081", "nome": "Farmalba Porta Volta", "indirizzo": "Viale Montello 14",
            "telefono": "+39 02 5550 1842", "lat": 45.48251, "lon": 9.18078}  # a negative
MI_FIX = (45.482391, 9.180612)  # her phone on the pavement outside the pharmacy
NRE = ["0301A4005512873", "0301A4005519046"]  # her e-prescriptions' numbers (health.medical)
FARMACI = [("levotiroxina 75 mcg", "1 cpr al mattino"), ("salbutamolo spray 100 mcg", "al bisogno")]
MEDICO = "Dott.ssa Chiara Bellini"  # her GP in Milan, chosen by her (contact.name)
MEDICO_ASL = "MMG-0931477"  # the GP's regional code (the doctor's, a negative)
AIC = ["012745093", "035421018"]  # the medicines' marketing codes (catalogue: negatives)
ORDINE = "FA-2512-30418"  # a click-and-collect order (financial.purchase)

# --- Tokenleaf (an ADHD behaviour chart for parents) ------------------------------------------
KID = {"id": "kid_51e8a07c", "first": "Theo", "dob": "2017-02-11", "age": 8, "grade": "3"}
TEACHER = ("Daniel Price", "d.price.teach@example.net")  # typed by her to invite (contact.*)
SCHOOL = {"name": "PS 51 Chelsea Commons", "phone": "+12125550129", "lat": 40.74519,
          "lon": -73.99814}  # the school (a negative)
KID_MED = ("methylphenidate ER", "18 mg")
CO_PARENT = ("Tom Reyes", "+15550110042", "t.reyes@example.org")

# --- Peekwell (a smart door peephole camera with visitor face recognition) ---------------------
CAM = {"serial": "PKW-DP3-0448120", "mac": "7c:2e:0d:51:a8:93", "fw": "5.1.7",
       "model": "Peekwell Door 3", "lan": "192.168.1.57", "battery": 68}  # negatives
WIFI_PASS = "Maple-Sofa-4412"  # her home Wi-Fi's password, sent to provision the camera
VISITOR = ("Rosa Morales", "+15550187733")  # a friend she enrols as a known face
COURIER_TRACKING = "1Z4RW8830394721556"  # a parcel's tracking number (a negative)

# --- Cryobloom (a fertility clinic's egg-freezing portal) ----------------------------------------
CLINIC = {"id": "cbf_117", "name": "Cryobloom Midtown", "phone": "+12125550183",
          "line": "500 Fifth Avenue, 12th Floor", "lat": 40.75371, "lon": -73.98133}
MRN = "CBF-0047219"  # her patient number at the clinic (id.user: how the portal names her)
MEMBER_CB = "WXH880412377"  # her insurance member ID (health.medical)
DESIGNEE = ("Lucía Fernández", "+15550163390")  # who decides on the eggs if she cannot
STRAWS = ["CB-T04-C2-S117", "CB-T04-C2-S118", "CB-T04-C2-S119"]  # storage positions (negatives)

# --- Fellowly (a church small-group app) --------------------------------------------------------
CHURCH = {"id": "chu_2231", "name": "Grace Harbor Church", "line": "221 West 29th Street",
          "phone": "+12125550152", "lat": 40.74802, "lon": -73.99533}  # a negative
GROUP = "grp_7c20e914"  # her small group (a negative ID)
DAUGHTER = ("Lily", "2020-06-03", "peanuts")  # her daughter at kids' check-in
PICKUP_CODE = "K7P2"  # the check-in label's pick-up code (secret.credential)

# --- Haulbook (a truck driver's hours-of-service logbook) ----------------------------------------
CDL = "734112905"  # her commercial driver's licence (personal.national_id)
MED_CERT = {"number": "MEC-2025-0418873", "expires": "2026-08-31",
            "restrictions": "wearing corrective lenses", "examiner": "3178524901"}
FLEET = {"usdot": "3318754", "name": "Bluewater Freight LLC", "mc": "MC-1182234"}  # employer
TRUCK = {"unit": "T-214", "vin": "3AKJHHDR5NSMX4471", "plate": "84471PC"}  # negatives
TRAILER = "53R-0882"
ELD = {"serial": "HBE-2-0093317", "ble": "E0:7D:1A:44:90:3C", "fw": "2.8.4"}  # negatives
YARD_AT = (40.716318, -74.132905)  # the carrier's yard in Kearny (where she starts: her fix)
DROP_AT = (40.601842, -75.418210)  # the consignee's dock near Allentown (her fix at delivery)
TRUCKSTOP = {"id": "ts_0817", "name": "Musconetcong Travel Plaza", "lat": 40.67322,
             "lon": -74.93815}  # a negative

# --- Belto (a karaoke singing coach) -------------------------------------------------------------
SONG = {"id": "sng_40917", "title": "Harbor Lights (Acoustic)", "artist": "Maren Solis",
        "key": "G", "bpm": 92}  # the catalogue's (negatives)
DUET_FRIEND = ("Ana Kim", "+15550129981")
BAR_AT = (40.72844, -73.98471)  # a karaoke bar (a negative; her fix there is hers)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def crumbs(rng: random.Random, n: int, start: Pt = YARD_AT, end: Pt = DROP_AT,
           t0: int = 1765281600) -> list[dict[str, Any]]:
    """Her truck's GPS breadcrumbs, start to end (lat/lon ``location.precise``; speed, heading,
    odometer and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        out.append({"t": t0 + 300 * i,
                    "lat": L(round(start[0] + (end[0] - start[0]) * f
                                   + rng.uniform(-0.0004, 0.0004), 5), PRECISE),
                    "lon": L(round(start[1] + (end[1] - start[1]) * f
                                   + rng.uniform(-0.0004, 0.0004), 5), PRECISE),
                    "mph": rng.randrange(48, 66), "hdg": rng.randrange(240, 275),
                    "odo": 412880 + 5 * i})
    return out


def face_vec(rng: random.Random, n: int = 128) -> list[float]:
    """A face template (an embedding normalised to unit length)."""
    v = [rng.gauss(0, 1) for _ in range(n)]
    s = math.sqrt(sum(x * x for x in v))
    return [round(x / s, 5) for x in v]


def contour(rng: random.Random, n: int, base: float = 293.7) -> list[float]:
    """Her sung pitch, f0 in Hz per 20 ms frame (0 where she breathes)."""
    out = []
    for i in range(n):
        out.append(0.0 if i % 23 == 22 else round(base * 2 ** ((i // 6 % 5) / 12)
                                                  * (1 + 0.006 * math.sin(i / 1.7))
                                                  + rng.gauss(0, 1.2), 1))
    return out


def melody(n: int) -> list[list[int]]:
    """The song's guide melody: ``[start ms, length ms, MIDI note]`` (the song's: a negative)."""
    notes = [62, 64, 66, 67, 69, 67, 66, 64]
    return [[i * 326, 300, notes[i % len(notes)]] for i in range(n)]


def follicles(rng: random.Random, n: int) -> list[float]:
    """Follicle diameters in mm on a monitoring ultrasound."""
    return sorted((round(rng.uniform(9, 19.5), 1) for _ in range(n)), reverse=True)


def behaviour(rng: random.Random, n: int, t0: int = 1765288800) -> list[dict[str, Any]]:
    """Chart entries for her son: the target behaviour, whether it was met, tokens earned."""
    goals = ["stayed seated at dinner", "started homework after one reminder",
             "no hitting", "packed school bag", "calm down with breathing"]
    return [{"goal": goals[i % len(goals)], "met": rng.random() > 0.35,
             "tokens": rng.choice([1, 2]), "at": t0 + 3600 * i} for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a visit, a clip, a log, a take): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "AIC",
    "BAR_AT",
    "CAM",
    "CDL",
    "CF",
    "CHURCH",
    "CLINIC",
    "COURIER_TRACKING",
    "CO_PARENT",
    "DAUGHTER",
    "DESIGNEE",
    "DROP_AT",
    "DUET_FRIEND",
    "ELD",
    "FARMACI",
    "FARMACIA",
    "FLEET",
    "GROUP",
    "KID",
    "KID_MED",
    "MEDICO",
    "MEDICO_ASL",
    "MED_CERT",
    "MEMBER_CB",
    "MI_FIX",
    "MI_HOME",
    "MI_HOME_AT",
    "MRN",
    "NRE",
    "ORDINE",
    "PICKUP_CODE",
    "SCHOOL",
    "SONG",
    "STRAWS",
    "TEACHER",
    "TRAILER",
    "TRUCK",
    "TRUCKSTOP",
    "VISITOR",
    "WIFI_PASS",
    "YARD_AT",
    "behaviour",
    "contour",
    "crumbs",
    "face_vec",
    "fix",
    "follicles",
    "home",
    "melody",
    "obj",
]
