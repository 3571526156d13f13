"""Helpers for the sixty-sixth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's, the
generic ``fix``, ``home`` and ``obj`` set 37's).

This kit adds what the set's apps share: her winter flat in Bucharest, its building code, her
CNP (a synthetic personal numeric code of a foreign resident), a restaurant, a dark store and a
courier (negatives); the cochlear implant's processor (an accessory: negatives), the implant
record, the implant centre (a negative), her audiologist and generators for the map's T and C
levels and the electrodes' impedances; the regatta's boat, race, marks and committee boat
(negatives), her sailor number, the skipper, and generators for her track on the water and the
phone's heel/pitch window; the cat shelter, its cats (microchips and medicines of animals:
negatives), the partner vet clinic (a negative), her landlord; the community fridges
(negatives), another sharer; the budgeting app's banks, her accounts and transactions; a
speaker-embedding generator for the sleep-talk recorder.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]


def _cnp(body: str) -> str:
    """A Romanian CNP's control digit (weights 279146358279, mod 11, 10 -> 1)."""
    s = sum(int(d) * int(w) for d, w in zip(body, "279146358279", strict=True)) % 11
    return body + ("1" if s == 10 else str(s))


# --- Coșuleț (Bucharest food delivery and groceries): she spends the winter in Bucharest ------
BUC_HOME = {"strada": "Strada Popa Nan 23", "detalii": "Bl. 2, Sc. A, Et. 3, Ap. 14",
            "oras": "București", "sector": "Sector 3", "judet": "București",
            "cod_postal": "030581"}
BUC_HOME_AT = (44.430512, 26.124371)  # her Bucharest flat (location.precise where sent)
BUC_OFFICE = {"strada": "Calea Victoriei 155", "at": (44.449318, 26.086127)}  # her office there
INTERFON = "14C7"  # the building's entry code (secret.credential)
CNP = _cnp("891051740012")  # her CNP as a foreign resident (personal.national_id)
RESTAURANT = {"id": "rst_5512", "nume": "Bistro Covaci", "adresa": "Strada Covaci 6",
              "telefon": "+40 21 555 0182", "lat": 44.43121, "lon": 26.10142}  # a business
DARK_STORE = {"id": "ds_B3_07", "nume": "Coșuleț Market Titan", "lat": 44.42473,
              "lon": 26.15311}  # the grocery dark store (a negative)
COURIER = {"id": "cur_8812", "prenume": "Andrei", "telefon": "+40 31 555 0147",
           "lat": 44.42811, "lon": 26.11902}  # the courier (a negative)
COMANDA = "CSL-2512-40917"  # her order number (financial.purchase)

# --- Sonavia (cochlear-implant processor companion) ------------------------------------------
PROCESSOR = {"serial": "SP7-2291-04418", "ble": "E4:1F:7A:02:5C:91", "model": "Sonavia Halo 7",
             "fw": "4.2.0", "battery": 64}  # the sound processor (an accessory: negatives)
IMPLANT = {"model": "SVA-CI632 Slim", "serial": "CI632-0088145", "side": "right",
           "activated": "2024-03-12"}  # the implant inside her (health.medical)
CI_CENTER = {"id": "ctr_0419", "name": "Midtown Hearing & Implant Center",
             "phone": "+12125550149", "line": "160 East 56th Street", "lat": 40.76021,
             "lon": -73.96901}  # the implant centre (a negative)
AUDIOLOGIST = ("Dr. Priya Raman", "+12125550148", "p.raman@midtownhearing.example.com")

# --- Tackline (regatta race tracking for crew) -------------------------------------------------
BOAT = {"id": "boat_4471", "name": "Windfall", "sail": "USA 52817", "class": "J/105",
        "mmsi": "367718240"}  # the skipper's boat (negatives)
RACE = "rc_mbyc_2026_04"  # the race's ID (a negative)
MARKS = [{"name": "Windward", "lat": 40.86921, "lon": -73.72155},
         {"name": "Leeward", "lat": 40.84802, "lon": -73.74013}]  # course marks (negatives)
COMMITTEE_AT = (40.85133, -73.73871)  # the committee boat (a negative)
START_AT = (40.851402, -73.737955)  # her phone on the boat at the start gun
SAILOR_NO = "USS-4418207"  # her sailing federation member number (id.user)
SKIPPER = ("Graham Whitlock", "+15550124476")  # the skipper (contact.* where she types him)
INVITE = "TK-9QF2-77"  # the boat's crew invite code (secret.credential)

# --- Purrhaven (cat shelter, fostering) ---------------------------------------------------------
SHELTER = {"id": "sh_118", "name": "Gowanus Cat Rescue", "line": "412 Union Street",
           "phone": "+17185550171", "lat": 40.68231, "lon": -73.98822}  # a negative
CATS = [{"id": "cat_3318", "name": "Pickle", "microchip": "985141002287713", "ageMonths": 7,
         "sex": "F", "weightKg": 2.9, "fiv": "negative", "meds": ["Clavamox 62.5 mg"]},
        {"id": "cat_3319", "name": "Mochi", "microchip": "985141002287720", "ageMonths": 7,
         "sex": "M", "weightKg": 3.1, "fiv": "negative", "meds": []}]  # animals: negatives
VET = {"id": "vet_22", "name": "Park Slope Cat Clinic", "phone": "+17185550193",
       "line": "288 7th Avenue", "lat": 40.66933, "lon": -73.98235}  # a negative
LANDLORD = ("Marta Kowalski", "+12125550137")  # typed by her (contact.*)

# --- Coldshelf (community fridges, food sharing) ------------------------------------------------
FRIDGES = [{"id": "fr_0071", "name": "Chelsea Community Fridge", "line": "259 West 25th Street",
            "lat": 40.74612, "lon": -73.99541},
           {"id": "fr_0088", "name": "Kips Bay Free Fridge", "line": "331 East 29th Street",
            "lat": 40.74098, "lon": -73.97811}]  # fridges (negatives)
SHARER = {"id": "usr_k2m8qv4rtx7p", "handle": "basil_and_bread"}  # another sharer (a negative)

# --- Penniwise (budgeting, open-banking aggregator "Accountrail") -------------------------------
BANK = {"id": "ins_44018", "name": "Hudson Crest Bank"}
ACCTS = {"checking": "7712004418", "savings": "7712004475"}  # her account numbers
CARD_LAST4 = "6620"
UTILITY_ACCT = "48113-70022-5"  # her electricity account number (id.user: her account there)


# --- generators -----------------------------------------------------------------------------------
def levels(rng: random.Random, n: int = 22) -> dict[str, list[int]]:
    """The implant map's T and C levels per electrode (current units)."""
    t = [rng.randrange(95, 130) for _ in range(n)]
    return {"t": t, "c": [v + rng.randrange(45, 70) for v in t]}


def impedances(rng: random.Random, n: int = 22) -> list[float]:
    """Electrode impedances in kOhm (an implant telemetry measurement)."""
    return [round(rng.uniform(4.5, 11.5), 2) for _ in range(n)]


def sail(rng: random.Random, n: int, at: Pt = START_AT, t0: int = 1776531600,
         keys: tuple[str, str] = ("lat", "lon")) -> list[dict[str, Any]]:
    """Her phone's fixes on the boat upwind (lat/lon ``location.precise``; speed and course
    over ground, heel and time not)."""
    lat, lon, out = at[0], at[1], []
    for i in range(n):
        lat += 0.00031 + rng.uniform(-0.00004, 0.00004)
        lon += (0.00022 if i % 6 < 3 else -0.00019) + rng.uniform(-0.00003, 0.00003)
        out.append({"t": t0 + 5 * i, keys[0]: L(round(lat, 6), PRECISE),
                    keys[1]: L(round(lon, 6), PRECISE), "sog": round(rng.uniform(5.2, 6.9), 2),
                    "cog": rng.randrange(20, 60) if i % 6 < 3 else rng.randrange(300, 340)})
    return out


def heel(rng: random.Random, n: int, hz: int = 10) -> list[list[float]]:
    """The phone's accelerometer and gyroscope on the boat: ``[ms, ax, ay, az, gx, gy, gz]``."""
    return [[i * 1000 // hz, round(math.sin(i / 7) * 2.1 + rng.gauss(0, 0.2), 3),
             round(rng.gauss(0, 0.3), 3), round(9.3 + rng.gauss(0, 0.15), 3),
             round(rng.gauss(0, 0.05), 4), round(math.cos(i / 7) * 0.12, 4),
             round(rng.gauss(0, 0.04), 4)] for i in range(n)]


def embedding(rng: random.Random, n: int = 256) -> list[float]:
    """A speaker embedding (an x-vector of her voice)."""
    return [round(rng.gauss(0, 0.08), 4) for _ in range(n)]


def talk_events(rng: random.Random, n: int, t0: int = 1765256400) -> list[dict[str, Any]]:
    """The night's sleep-talk detections: start, length, loudness (the detector's output)."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(600, 3600)
        out.append({"at": t, "secs": rng.randrange(3, 40), "dbfs": round(rng.uniform(-38, -17),
                                                                          1)})
    return out


def bank_txns(rng: random.Random) -> list[dict[str, Any]]:
    """Her transactions as the aggregator returns them (its IDs not labelled)."""
    rows = [("Sweetgreen", "-14.35", "food_and_drink"), ("Hudson Yards Pharmacy", "-23.10",
                                                         "medical"),
            ("Citi Bike", "-19.95", "transportation"), ("Whole Foods Market", "-87.42",
                                                         "groceries"),
            ("Brooklyn Boulders", "-35.00", "recreation"), ("Con Ed", "-92.66", "utilities")]
    return [{"transaction_id": "txn_" + rnd_hex(rng, 14), "posted": f"2025-12-0{i + 2}",
             "name": m, "amount": a, "category": c, "pending": False}
            for i, (m, a, c) in enumerate(rows)]


__all__ = ["ACCTS", "AUDIOLOGIST", "BANK", "BOAT", "BUC_HOME", "BUC_HOME_AT", "BUC_OFFICE",
           "CARD_LAST4", "CATS", "CI_CENTER", "CNP", "COMANDA", "COMMITTEE_AT", "COURIER",
           "DARK_STORE", "FRIDGES", "IMPLANT", "INTERFON", "INVITE", "LANDLORD", "MARKS",
           "PROCESSOR", "RACE", "RESTAURANT", "SAILOR_NO", "SHARER", "SHELTER", "SKIPPER",
           "START_AT", "UTILITY_ACCT", "VET", "bank_txns", "embedding", "heel", "impedances",
           "levels", "sail", "talk_events"]
