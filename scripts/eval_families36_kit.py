"""Helpers for the thirty-sixth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families29_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the Chicago hotel (a business: negatives), her fix in
its lobby, her loyalty number, a stay, the room's lock (fixed equipment: negatives) and a BLE key;
the CGM sensor (an accessory: negatives), glucose series and the diabetes coach (a professional);
the insured car (VIN with a valid check digit, plate), the policy, the crash site, the other
driver, the tow yard (negatives); interview questions and a company (negatives); her flat in
Zaragoza, its transit card and stops (negatives); the glasses (an accessory: negatives), people
she has named; the poker account, other players, a casino's table (negatives); and generators.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_families29_kit import vin
from eval_payloads import L, rnd_hex

# --- Harborine (hotel chain): a conference stay in Chicago -------------------------------------
HOTEL_AT = (41.88712, -87.62409)  # Harborine Loop Chicago (the hotel's published pin)
HOTEL = {"code": "CHILP", "name": "Harborine Loop Chicago", "phone": "+13125550164",
         "line": "112 S Michigan Ave"}
LOBBY_FIX = (41.887198, -87.624051)  # her phone in the lobby (a geofenced mobile check-in)
MEMBER_HB = "HB-7730412985"  # her loyalty number (id.user)
STAY = "HB-K7Q2X41"  # the reservation's confirmation code (financial.purchase)
ROOM = "1412"  # a room number (unlabelled: the hotel's room, for a night)
LOCK_HB = {"serial": "HBL-4471-0093", "fw": "7.2.1"}  # the room's lock (fixed equipment)
COLLEAGUE = ("Priya Menon", "priya.menon@example.net")  # a second guest she adds

# --- Glucora (diabetes coaching, a CGM) -----------------------------------------------------------
CGM = {"serial": "GCS-3X8812047", "tx": "8KQ2T1", "model": "Glucora Patch 3",
       "ble": "C8:1F:66:A0:3B:54"}  # the sensor (an accessory: negatives)
COACH = {"id": "co_5528", "name": "Dana Whitfield, RD, CDCES"}  # her coach (a professional)
ENDO = ("Dr. Lionel Baptiste", "+12125550109")  # her endocrinologist, typed by her

# --- Dentwise (car insurance claims) --------------------------------------------------------------
VIN_DW = vin("3VWCB7BU5NM048217")
PLATE_DW = "KRV-5520"
POLICY_DW = "DW-AU-90418823"  # her policy (id.user)
CLAIM_DW = "CLM-DW-771204"  # the claim's reference (a case ID: unlabelled)
CRASH_AT = (40.752941, -73.977604)  # where her parked car was hit (her own fix, by the car)
TOW = {"name": "Midtown Tow & Storage", "phone": "+12125550193", "lat": 40.76177,
       "lon": -73.99984}  # the tow yard (a business)
OTHER = ("Derek Sloane", "+15550166730", "JHN-8812", "Northline Mutual", "NM-4471-22")

# --- Pitchmirror (interview practice) ---------------------------------------------------------
COMPANY = "Quarry & Vale Analytics"  # the company she practises for (a negative)
QUESTIONS = ["q_tell_me_about_yourself", "q_conflict", "q_weakness"]

# --- Rutalia (Zaragoza public transport; keys in Spanish) ----------------------------------------
ZGZ = {"calle": "Calle de Alfonso I 17, 3º B", "cp": "50003", "ciudad": "Zaragoza"}
ZGZ_HOME = (41.653812, -0.879734)  # her flat in Zaragoza (her home there)
STOP_FIX = (41.649216, -0.887521)  # her phone at the Plaza de España stop
TARJETA = "2508 0041 7730 1296"  # her account-based transit card (id.user)
NIE = "Y4471902T"  # her foreigner's identity number in Spain (personal.national_id)
STOPS = {"P. España": ("ZGZ-T1-08", 41.64897, -0.88763),
         "Plaza Aragón": ("ZGZ-T1-10", 41.64611, -0.88403),
         "Delicias": ("ZGZ-BUS-455", 41.65816, -0.90813)}  # public stops (negatives)

# --- Glintframe (smart glasses) ---------------------------------------------------------------
GLASSES = {"serial": "GF2-0B7731944", "ble": "E0:4F:43:2C:91:7A", "model": "Glintframe 2",
           "fw": "12.4.0"}  # the glasses (an accessory: negatives)
NAMED = ["Sam Patel", "Lucía Romero"]  # people she named in her captures
MUSEUM_AT = (40.77941, -73.96339)  # a museum's pin (a public place)
MUSEUM_FIX = (40.779218, -73.963702)  # her fix when the glasses took a photo there

# --- Foldstone (online poker) ------------------------------------------------------------------
SCREEN = "jdoe_river"  # her screen name (id.user)
PLAYERS = ["AceHalcyon", "tiltproof", "m0nk_fold", "QuietBluff"]  # other players (negatives)
TABLE = "tbl_nlh_0412"
WALLET = "FS-WL-5518204"  # her player wallet's number (financial.payment)


def fix(at: tuple[float, float], nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def glucose(rng: random.Random, n: int, t0: int = 1765300000, step: int = 300) -> list[Any]:
    """CGM readings every five minutes as ``[epoch, mg/dL]`` rows."""
    g, out = 118.0, []
    for i in range(n):
        g = max(62.0, min(260.0, g + rng.gauss(0, 6)))
        out.append([t0 + step * i, round(g)])
    return out


def head_pose(rng: random.Random, n: int, dt: int = 33) -> list[dict[str, float]]:
    """Head yaw/pitch/roll in degrees per frame (a head-movement series)."""
    return [{"t": i * dt, "yaw": round(rng.gauss(0, 6), 2), "pitch": round(rng.gauss(-4, 3), 2),
             "roll": round(rng.gauss(0, 2), 2)} for i in range(n)]


def gaze(rng: random.Random, n: int, dt: int = 33) -> list[list[float]]:
    """Gaze points ``[ms, x, y]`` on the screen or lens, normalised."""
    return [[i * dt, round(rng.uniform(0.3, 0.7), 3), round(rng.uniform(0.3, 0.7), 3)]
            for i in range(n)]


def embedding(rng: random.Random, n: int) -> list[float]:
    """A unit-scale embedding of ``n`` floats (a face or speaker vector)."""
    return [round(rng.gauss(0, 0.08), 5) for _ in range(n)]


def touches(rng: random.Random, n: int) -> list[list[int]]:
    """A drag's samples ``[ms, x, y]`` (moving chips on the table)."""
    x, y = 540, 1800
    out = []
    for i in range(n):
        x += rng.randrange(-9, 10)
        y -= rng.randrange(18, 42)
        out.append([i * 16, x, y])
    return out


def calib(rng: random.Random) -> dict[str, Any]:
    """The glasses camera's factory intrinsics (a look-alike of geometry)."""
    return {"fx": 1412.6, "fy": 1411.9, "cx": 959.2, "cy": 541.7,
            "dist": [round(rng.uniform(-0.2, 0.2), 5) for _ in range(5)]}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a hand, a clip, a reading batch): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CGM", "CLAIM_DW", "COACH", "COLLEAGUE", "COMPANY", "CRASH_AT", "ENDO", "GLASSES",
           "HOTEL", "HOTEL_AT", "LOBBY_FIX", "LOCK_HB", "MEMBER_HB", "MUSEUM_AT", "MUSEUM_FIX",
           "NAMED", "NIE", "OTHER", "PLATE_DW", "PLAYERS", "POLICY_DW", "QUESTIONS", "ROOM",
           "SCREEN", "STAY", "STOPS", "STOP_FIX", "TABLE", "TARJETA", "TOW", "VIN_DW", "WALLET",
           "ZGZ", "ZGZ_HOME", "calib", "embedding", "fix", "gaze", "glucose", "head_pose", "obj",
           "touches"]
