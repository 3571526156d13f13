"""Helpers for the thirty-fourth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families32_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the short-video app's effects, sounds, other creators and
its storage region abroad (negatives); places that are not the user's (an airport terminal, a
museum and a hotel in Mexico City, a public charger, a car dealer, a pharmacy, the clinic:
negatives) and places that are (her office, her fixes in Mexico City, where her car is parked,
her fixes at cleaning jobs); professionals' and businesses' numbers and mailboxes (look-alikes);
the people she types in (labelled); a ride's driver and car (negatives); her car (VIN with a
valid check digit and plate), its telematics unit and the charger (negatives); moles, lesions
and prescriptions; the smartwatch (an accessory: negatives); and generators (per-frame face
landmarks, prosody features, key-typing statistics, a drive, location pings).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_families29_kit import vin
from eval_payloads import LAT, LON, L, rnd_hex

# --- Vibblo (short video): the app's and other people's values are negatives ------------------
EFFECTS = ["fx_80412_glowmask", "fx_80977_catears", "fx_81230_retrovhs"]
SOUND = {"id": "snd_7730412988", "title": "Midnight Ferry (sped up)", "bpm": 128}
DUET_OF = {"video": "v_7219938841021", "creator": "@marisolbeats", "uid": "u_9Tq1Lm4RxB"}
IDC, STORAGE = "sg1", "ap-southeast-1"  # the data centre and bucket region abroad (negatives)
UPLOAD = "https://upload-sg1.vibblo.example.com"  # the upload host in the region abroad
LIVE_ROOM = "lr_5521907734"
GIFTS = [("rose", 1), ("galaxy", 1000)]

# --- Rodada (ride-hailing, a Mexican company) ---------------------------------------------------
JFK_T5 = (40.64571, -73.77692)  # an airport terminal's kerb (a destination: a negative)
WORK_LINE, WORK_AT = "11 West 42nd Street", (40.753912, -73.983771)  # her office (hers)
CDMX_HOTEL = {"nombre": "Hotel Casa Álamo", "lat": 19.41871, "lng": -99.16402,
              "telefono": "+52 55 5550 1842"}
CDMX_MUSEO = {"nombre": "Museo Nacional de Antropología", "lat": 19.42605, "lng": -99.18627}
CDMX_FIX = (19.418824, -99.163917)  # the phone at the hotel's door when she hails a ride
DRIVER = {"id": "cond_88120417", "nombre": "Ulises R.", "placas": "NMR-4172",
          "auto": "Nissan Versa gris", "telefono_enmascarado": "+16465550133"}
RFC_GENERICO = "XEXX010101000"  # the SAT's generic RFC for foreigners (no one's: a negative)
PROMO = "BIENVENIDA25"

# --- Dermalume (dermatology telehealth) ---------------------------------------------------------
DERMATOLOGIST = {"id": "md_3391", "name": "Dr. Naomi Feldstein", "credentials": "MD, FAAD",
                 "npi": "1487720931", "license": "NY-MD-301447", "phone": "+12125550192"}
CLINIC_MAIL = "care@dermalume.example.com"
PCP = ("Dr. Aaron Whitfield", "a.whitfield@chelseamed.example.org")  # typed by her
PHARMACY = {"id": "ph_10442", "name": "Ninth Avenue Pharmacy", "phone": "+12125550167",
            "line": "480 Ninth Avenue", "lat": 40.75623, "lon": -73.99445}
MEMBER_DL = "WQX582201937"  # her health-insurance member ID (health.medical, set 29)
RX_DL = ["RX8841207", "RX8841266"]
MOLES = [{"id": "ml_01", "site": "left upper back", "x": 0.38, "y": 0.31, "d_mm": 4.2},
         {"id": "ml_02", "site": "right forearm", "x": 0.77, "y": 0.48, "d_mm": 3.1},
         {"id": "ml_03", "site": "left calf", "x": 0.42, "y": 0.86, "d_mm": 5.6}]

# --- Orvane Connect (her own car) ---------------------------------------------------------------
VIN = vin("50R3E7C42R0051287")
PLATE = "LHV-2281"
CAR = {"make": "Orvane", "model": "E7 Long Range", "year": 2024, "color": "slate"}
TCU = {"imei": "359881234567899", "iccid": "8944500912345678900", "fw": "TCU-22.4.7"}
CHARGER = {"id": "chg_NY_0417", "name": "Hudson Yards Garage L2", "lat": 40.75389,
           "lon": -74.00143, "connector": "CCS1"}
DEALER = {"id": "dlr_112", "name": "Orvane Manhattan Service", "phone": "+12125550111",
          "line": "640 West 54th Street"}
PARKED_FIX = (40.742264, -73.990472)  # where her car stands, a block from home
CAR_PIN, VALET_PIN = "5831", "2094"
CAR_HOTSPOT = ("ORVANE-E7-51287", "7a:4c:1e:90:2b:c3")  # the car's own hotspot (negatives)
LICENCE_EXP = "2030-05-17"

# --- Parlaro (language learning) ----------------------------------------------------------------
SENTENCES = ["¿Dónde está la estación de tren más cercana?",
             "Quisiera una mesa para dos personas, por favor."]
CLASS_CODE = "PRL-7KQ2M"  # a class's join code (it joins the teacher's class: a credential)
TEACHER_LG = {"id": "tch_2210", "name": "Profa. Inés Carrasco"}  # a public teacher profile

# --- Sparkhive Pro (home cleaners, the worker's app) --------------------------------------------
JOBS = [{"id": "job_55120418", "client": "cl_8841c2", "pay": 96.0},
        {"id": "job_55120533", "client": "cl_4410d7", "pay": 132.0}]
JOB_FIXES = [(40.737418, -73.981206), (40.748851, -74.002317)]  # her phone at two jobs
CLIENT_PHONE = "+16465550176"  # the platform's masked relay number for a client (a negative)
DEBIT_LAST4 = "0005"
SUPPORT_MAIL = "pros@sparkhive.example.com"

# --- Innerleaf (mood journal, a smartwatch) -----------------------------------------------------
WATCH = {"serial": "CW5-4471209881", "ble": "E2:71:0C:4B:9D:13", "model": "Calmwrist 5",
         "fw": "5.0.8", "battery": 71}  # an accessory: negatives
THERAPIST_IL = ("Dr. Lena Okafor", "lena.okafor@brightpath.example.com")  # typed by her
CRISIS = "988"


def face_frames(rng: random.Random, n: int, pts: int = 106) -> list[dict[str, Any]]:
    """Per-frame face landmarks for an effect (a flat pixel list per frame, with the frame's time
    and the face's yaw): each frame's landmarks are a faceprint."""
    out = []
    for i in range(n):
        cx, cy = 360 + rng.uniform(-8, 8), 620 + rng.uniform(-8, 8)
        lm = []
        for j in range(pts):
            lm += [round(cx + 120 * ((j * 37) % 100 - 50) / 50 + rng.gauss(0, 2), 1),
                   round(cy + 150 * ((j * 61) % 100 - 50) / 50 + rng.gauss(0, 2), 1)]
        out.append({"t": i * 33, "yaw": round(rng.uniform(-12, 12), 1), "lm": lm})
    return out


def prosody(rng: random.Random) -> dict[str, Any]:
    """Prosody and spectral statistics of a voice: f0 mean/SD, jitter, shimmer, HNR, MFCC means."""
    return {"f0_mean": round(rng.gauss(204, 8), 1), "f0_sd": round(rng.gauss(31, 4), 1),
            "jitter": round(rng.uniform(0.004, 0.011), 4),
            "shimmer": round(rng.uniform(0.03, 0.07), 4), "hnr_db": round(rng.gauss(19, 2), 1),
            "mfcc_mean": [round(-290 + rng.gauss(0, 9), 2)] + [round(rng.gauss(0, 11), 2)
                                                              for _ in range(12)]}


def voice_fx(rng: random.Random) -> dict[str, Any]:
    """A duet's voice-effect settings (the effect's parameters, not a voice: negatives)."""
    return {"preset": "chipmunk", "pitch_semitones": 5, "formant": 1.18, "reverb_mix": 0.22,
            "eq": [2, 1, 0, -1, -2, 0, 1, 3], "autotune_key": "A minor",
            "pitch_curve": [[t * 250, 5 + (t % 3) - 1] for t in range(8)]}


def beat_grid(bpm: int = 128, n: int = 16) -> list[int]:
    """A song's beat grid in ms (the song's, the same for everyone)."""
    return [round(i * 60000 / bpm) for i in range(n)]


def phonemes(rng: random.Random, text: str) -> list[dict[str, Any]]:
    """Per-phoneme pronunciation scores (an assessment of the attempt: negatives)."""
    return [{"p": c, "score": rng.randrange(48, 100)} for c in text.lower() if c.isalpha()][:12]


def pings(rng: random.Random, n: int, at: tuple[float, float], t0: int = 1765360800,
          nd: int = 6) -> list[dict[str, Any]]:
    """Her background location pings while on shift (lat/lng ``location.precise``)."""
    lat, lon, out = at[0], at[1], []
    for i in range(n):
        lat += rng.uniform(-0.0006, 0.0006)
        lon += rng.uniform(-0.0006, 0.0006)
        out.append({"ts": t0 + 60 * i, "lat": L(round(lat, nd), PRECISE),
                    "lng": L(round(lon, nd), PRECISE), "acc": rng.choice([5, 8, 12, 16]),
                    "act": rng.choice(["still", "walking", "in_vehicle"])})
    return out


def trip_pts(rng: random.Random, n: int, start: tuple[float, float] = (LAT, LON)
             ) -> list[tuple[float, float, float]]:
    """Her car's fixes on a trip: (lat, lon at 6 decimals, speed km/h)."""
    lat, lon, out = start[0], start[1], []
    for _ in range(n):
        lat += rng.uniform(0.0003, 0.0012)
        lon += rng.uniform(-0.0012, -0.0002)
        out.append((round(lat, 6), round(lon, 6), round(rng.uniform(8, 46), 1)))
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a video, a trip, a job, an entry): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CAR", "CAR_HOTSPOT", "CAR_PIN", "CDMX_FIX", "CDMX_HOTEL", "CDMX_MUSEO", "CHARGER",
           "CLASS_CODE", "CLIENT_PHONE", "CLINIC_MAIL", "CRISIS", "DEALER", "DEBIT_LAST4",
           "DERMATOLOGIST", "DRIVER", "DUET_OF", "EFFECTS", "GIFTS", "IDC", "JFK_T5", "JOBS",
           "JOB_FIXES", "LICENCE_EXP", "LIVE_ROOM", "MEMBER_DL", "MOLES",
           "PARKED_FIX", "PCP", "PHARMACY", "PLATE", "PROMO", "RFC_GENERICO", "RX_DL",
           "SENTENCES", "SOUND", "STORAGE", "SUPPORT_MAIL", "TCU", "TEACHER_LG", "THERAPIST_IL",
           "UPLOAD", "VALET_PIN", "VIN", "WATCH", "WORK_AT", "WORK_LINE", "beat_grid",
           "face_frames", "obj", "phonemes", "pings", "prosody", "trip_pts",
           "voice_fx"]
