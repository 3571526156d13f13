"""Helpers for the fifty-fifth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her week of surf lessons in Ericeira (the flat she rents
there, her NIF, the school, the spots and the buoy: the businesses' and the ocean's values are
negatives); the eating-disorder recovery app's therapist and meal generator; the smart bottle
(an accessory: negatives) and its sip and raw-sensor generators; the home-nursing agency (a
negative), its patients and their vitals; the mosque and the zakat figures; the trade-in phone
(another device: negatives); the wedding's fiancé, venue (a negative) and face clusters.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Ondalisa (a surf school and surf-weather app, Portuguese keys): a week in Ericeira ---------
PT_STAY = {"morada": "Rua Dr. Miguel Bombarda 12, 1.º Esq", "codigo_postal": "2655-238",
           "localidade": "Ericeira", "pais": "PT"}  # the flat she rents that week
PT_STAY_AT = (38.962841, -9.417523)
NIF = "287104563"  # her Portuguese tax number (personal.national_id)
ESCOLA = {"id": "esc_eri_04", "nome": "Ondalisa Ericeira", "telefone": "+351 261 555 014",
          "morada": "Praia do Sul, Ericeira", "lat": 38.96153, "lon": -9.41961}
SPOTS = [{"id": "sp_ribeira", "nome": "Ribeira d'Ilhas", "lat": 38.98791, "lon": -9.42064},
         {"id": "sp_foz", "nome": "Foz do Lizandro", "lat": 38.94142, "lon": -9.41487}]
BOIA = {"id": "buoy_lei_02", "lat": 39.5102, "lon": -9.6419}  # an offshore wave buoy
PRAIA_FIX = (38.961784, -9.419102)  # her phone on the beach at the lesson
AULA = "OND-2512-0417"  # her lesson pack's booking (financial.purchase)

# --- Nourwell (eating-disorder recovery) ---------------------------------------------------------
THERAPIST = ("Dr. Priya Raman", "+12125550147", "p.raman@harborcounsel.example.com")
DIETITIAN = ("Ellen Moss", "ellen.moss@greenleafnutrition.example.net")
CLINIC_NW = {"id": "prv_3310", "name": "Harbor Counseling Group", "phone": "+12125550193",
             "lat": 40.74861, "lon": -73.98702}  # the practice (a negative)

# --- Sipsense (a smart water bottle) -------------------------------------------------------------
BOTTLE = {"serial": "SPS-F2-00918274", "ble": "E4:5F:01:2A:9C:3D", "fw": "1.8.4",
          "model": "Sipsense Flow 2", "battery": 64}  # the bottle (an accessory: negatives)

# --- Carerounds (a home nurse's ride-along) ------------------------------------------------------
AGENCY = {"id": "ag_112", "name": "Gotham Home Health", "phone": "+12125550178",
          "line": "500 Seventh Avenue, Floor 9", "lat": 40.75298, "lon": -73.98928}
PATIENTS = [
    {"id": "pt_40871", "name": "Harold Wexler", "dob": "1938-02-11", "mrn": "GHH-0088123",
     "line": "412 East 24th Street Apt 3C", "zip": "10010", "phone": "+12125550611",
     "at": (40.73831, -73.97899), "door": (40.738296, -73.978948)},
    {"id": "pt_40912", "name": "Rosa Delgado", "dob": "1946-09-30", "mrn": "GHH-0091457",
     "line": "87 Avenue B Apt 5F", "zip": "10009", "phone": "+12125550632",
     "at": (40.72393, -73.98155), "door": (40.723911, -73.981522)},
]
NURSE_NPI = "1457392018"  # her national provider number (a public registry ID: id.user here)

# --- Barakah (mosque donations and a zakat calculator) ------------------------------------------
MOSQUE = {"id": "msq_1182", "name": "Masjid An-Noor Midtown", "ein": "13-4455112",
          "line": "229 West 36th Street", "phone": "+12125550120", "lat": 40.75287,
          "lon": -73.99174}  # the mosque (its published data: negatives)
ZAKAT = {"cashUsd": 18250, "goldGrams": 42.5, "silverGrams": 0, "stocksUsd": 12400,
         "debtsUsd": 3100, "nisabUsd": 6213.4}  # her wealth figures (unlabelled, no type)
ZAKAT_DUE = "686.38"

# --- Swapcell (second-hand phone trade-in) --------------------------------------------------------
OLD_PHONE = {"model": "Pixel 6", "imei": "356938035643809", "serial": "1A281FDH3007ZK",
             "storage": "128GB", "color": "Stormy Black"}  # the phone she sells (negatives)
TRADE = "SWC-77410295"  # the trade-in order (financial.purchase)
TRACKING = "1ZX4471W0372215590"  # the prepaid label's tracking number (a negative)

# --- Vowlight (a wedding photographer's client app) ----------------------------------------------
FIANCE = ("Marcus Bell", "+15550128804", "marcus.bell@example.net")
VENUE = {"id": "ven_77", "name": "Harlow Greenhouse", "line": "16 Orchard Road, Tarrytown NY",
         "lat": 41.06217, "lon": -73.85612}  # the venue (a business: negatives)
BOOKING = "VL-2026-0613-BD"  # the photography contract (financial.purchase)
GALLERY = "gal_8c21f04e"  # the gallery's ID (a negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def sips(rng: random.Random, n: int, t0: int = 1765290000) -> list[dict[str, Any]]:
    """The bottle's sip log: time, millilitres drunk and the water's temperature."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(600, 3600)
        out.append({"t": t, "ml": rng.randrange(40, 220), "tempC": round(rng.uniform(9, 19), 1)})
    return out


def level_raw(rng: random.Random, n: int) -> list[list[float]]:
    """The bottle's raw sensor rows ``[ms, capacitance counts, tilt deg]`` (a look-alike)."""
    return [[i * 250, rng.randrange(1800, 2400), round(rng.uniform(-4, 4), 2)] for i in range(n)]


def meals(rng: random.Random) -> list[dict[str, Any]]:
    """A day's meal log as the recovery plan counts it (exchanges, completion, feelings)."""
    rows = [("breakfast", "oatmeal with banana", 100), ("snack", "yogurt", 50),
            ("lunch", "turkey sandwich", 75), ("dinner", "salmon, rice, peas", 100)]
    return [{"slot": s, "food": f, "completedPct": p, "exchanges": rng.randrange(2, 5)}
            for s, f, p in rows]


def vitals(rng: random.Random) -> dict[str, Any]:
    """A patient's vital signs taken at a visit."""
    return {"bpSys": rng.randrange(128, 152), "bpDia": rng.randrange(72, 90),
            "pulse": rng.randrange(62, 88), "spo2": rng.randrange(91, 97),
            "tempF": round(rng.uniform(97.6, 99.4), 1), "glucose": rng.randrange(110, 190)}


def face_vec(rng: random.Random, n: int = 128) -> list[float]:
    """A face embedding (a unit-scale float vector)."""
    return [round(rng.gauss(0, 0.09), 4) for _ in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lesson, a meal, a visit, a photo): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "AULA", "BOIA", "BOOKING", "BOTTLE", "CLINIC_NW", "DIETITIAN", "ESCOLA",
           "FIANCE", "GALLERY", "MOSQUE", "NIF", "NURSE_NPI", "OLD_PHONE", "PATIENTS",
           "PRAIA_FIX", "PT_STAY", "PT_STAY_AT", "SPOTS", "THERAPIST", "TRACKING", "TRADE",
           "VENUE", "ZAKAT", "ZAKAT_DUE", "face_vec", "fix", "home", "level_raw", "meals", "obj",
           "sips", "vitals"]
