"""Helpers for the fifty-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's;
``fix``, ``home`` and ``obj`` are set 37's).

This kit adds what the set's apps share: her Athens flat (she is on a six months' secondment
there: Greek tax and social-security numbers), the port of Piraeus and an island's port
(negatives), her fix at the port, a travel companion; the MS clinic's neurologist (typed by her),
an infusion centre (a negative), the gait insole (an accessory: negatives) and its pressure
window; the EV charger and her car (serials, MAC, LAN address and the VIN: negatives), charge
curves and tariff slots (look-alikes), a public charging station (a negative); the dating app's
persona birth date (the tester's persona there is 63) and other members (negatives); the church,
its small group and a child's check-in; the probation office (its officer's contacts:
negatives), her court case and supervision numbers, her sister; the bird feeder (its serial, MAC,
firmware and own GPS in a community garden: negatives) and species embeddings (look-alikes).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Kymaferry (Greek ferries and islands): Greek keys in Latin letters -------------------------
ATH_HOME = {"dieuthinsi": "Kallidromiou 42", "orofos": "3os orofos", "tk": "10681",
            "poli": "Athina"}  # her Athens flat (street contact.address, tk and poli coarse)
ATH_HOME_AT = (37.987934, 23.736218)  # her Athens flat (location.precise where sent)
AFM = "158447203"  # her Greek tax number (personal.national_id)
AMKA = "17059102847"  # her Greek social-security number (personal.national_id)
PIRAEUS = {"code": "PIR", "gate": "E7", "lat": 37.94174, "lon": 23.63796}  # a port (negative)
NAXOS = {"code": "NAX", "lat": 37.10746, "lon": 25.37468}  # an island's port (negative)
PORT_FIX = (37.941902, 23.638214)  # her phone at the gate in Piraeus
COMPANION = ("Eleni Papadaki", "1993-02-11")  # a friend travelling with her (contact.name)
KRATISI = "KF-7Q4M2X"  # the booking code (financial.purchase)
HOTEL_NX = {"name": "Studios Agios Prokopios", "tel": "+302285041277",
            "lat": 37.07215, "lon": 25.35402}  # a hotel on Naxos (negatives)

# --- Myelia (an MS symptom diary with a gait insole) -------------------------------------------
NEURO = ("Dr. Priya Raman", "+12125550193", "p.raman@eastsideneuro.example.com")
INFUSION = {"id": "ic_3318", "name": "Eastside Infusion Suite", "phone": "+12125550114",
            "line": "317 East 34th Street", "lat": 40.74462, "lon": -73.97441}
INSOLE = {"serial": "MYS-IN2-0083317", "ble": "E2:41:9C:07:5B:3A", "fw": "1.8.4",
          "model": "Myelia Step 2"}  # the insoles (an accessory: negatives)

# --- Voltnest (a home EV charger with a car link) ----------------------------------------------
CHARGER = {"serial": "VN-HC11-2207-48813", "mac": "a4:cf:12:9e:33:d1", "fw": "5.2.0",
           "model": "Voltnest Home 11", "lan": "192.168.1.57"}  # the charger (negatives)
CAR = {"vin": "7FCTGAAL5PN012847", "make": "Corvane", "model": "E4 Long Range",
       "kwh": 77}  # her car: the VIN is a look-alike (a vehicle's number, not a person's)
WIFI_PW = "Birch-Lantern-5517"  # her home Wi-Fi password (secret.credential)
STATION = {"id": "vn_pub_20417", "name": "Hudson Yards Garage L2", "lat": 40.75395,
           "lon": -74.00141}  # a public charging station (negatives)

# --- Evergreet (dating over 60) ----------------------------------------------------------------
EG_DOB, EG_AGE = "1962-05-17", 63  # the tester's persona in this app
MEMBERS = ["eg_7mkq2d91", "eg_4xtp8c03", "eg_9hbn5w27", "eg_2rfz6j48"]  # others (negatives)
TRUSTED = ("Ruth Whitaker", "+15550148820")  # her date check-in friend (contact.*)
CAFE_AT = (40.73612, -73.99742)  # the café of a first date (a negative)

# --- Tithebell (church giving and small groups) ------------------------------------------------
CHURCH = {"id": "ch_40917", "name": "Grace Harbor Community Church",
          "line": "120 West 31st Street", "phone": "+12125550128", "lat": 40.74833,
          "lon": -73.99211}  # the church (its own ID and places: negatives)
GROUP_NAME = "Women's Bible Study (Tuesdays)"  # a small group (personal.sensitive)
KID = ("Mia", "2015-08-22")  # her daughter at children's check-in (a data subject)
CHURCH_FIX = (40.748402, -73.992198)  # her phone in the church's lobby

# --- Parolink (a probation office's check-in app) ----------------------------------------------
OFFICE = {"id": "mcp-midtown", "name": "Metro County Probation, Midtown Unit",
          "phone": "+12125550107", "line": "80 Centre Street"}  # the office (negatives)
OFFICER = ("Officer Dana Brennan", "+12125550152", "d.brennan@metroprobation.example.org")
CASE_NO = "CR-24-004417"  # her court case number (personal.national_id)
SUPV_NO = "MCP-0088213"  # her supervision number at the office (id.user)
SISTER = ("Claire Doe", "+12155550163", "2217 Fitzwater Street", "Philadelphia", "PA",
          "19146")  # her sister (a travel permit's destination: contact.*)
EMPLOYER = {"name": "Harbor Print & Sign", "line": "511 West 25th Street",
            "phone": "+12125550181"}  # her employer (unlabelled, sets 13-37)

# --- Featherpost (a smart bird feeder camera) --------------------------------------------------
FEEDER = {"serial": "FP-CAM3-0019384", "mac": "d0:5f:b8:22:71:9c", "fw": "3.1.7",
          "model": "Featherpost Cam 3", "lat": 40.72391, "lon": -73.98032}
# the feeder hangs in a community garden; its own GPS fix is the garden's (a negative)
GARDEN_WIFI = ("LES-Garden-Guest", "6c:3b:6b:40:12:8e")  # the garden's network (negatives)
SPECIES = ["Northern Cardinal", "Blue Jay", "House Finch", "Black-capped Chickadee",
           "Downy Woodpecker"]


# --- generators -----------------------------------------------------------------------------------
def insole(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """The insoles' pressure rows ``[ms, heelL, foreL, heelR, foreR]`` in kPa while walking."""
    out = []
    for i in range(n):
        ph = 2 * math.pi * i / 55
        out.append([i * 1000 // hz, round(max(0.0, 180 * math.sin(ph)) + rng.gauss(0, 4), 1),
                    round(max(0.0, 150 * math.sin(ph - 1.2)) + rng.gauss(0, 4), 1),
                    round(max(0.0, 170 * math.sin(ph + math.pi)) + rng.gauss(0, 4), 1),
                    round(max(0.0, 140 * math.sin(ph + math.pi - 1.2)) + rng.gauss(0, 4), 1)])
    return out


def curve(rng: random.Random, n: int, soc0: int = 31) -> list[list[float]]:
    """A charge curve ``[minute, kW, state of charge %]`` (a look-alike of a series)."""
    return [[i * 10, round(min(11.0, 11.2 - 0.004 * i * i) + rng.gauss(0, 0.05), 2),
             min(100, soc0 + i * 2)] for i in range(n)]


def tariff() -> list[dict[str, Any]]:
    """The utility's time-of-use slots (a look-alike: prices and hours, nobody's)."""
    return [{"from": "00:00", "to": "06:00", "rate": 0.112, "band": "off_peak"},
            {"from": "06:00", "to": "16:00", "rate": 0.241, "band": "standard"},
            {"from": "16:00", "to": "21:00", "rate": 0.387, "band": "peak"},
            {"from": "21:00", "to": "24:00", "rate": 0.241, "band": "standard"}]


def species_vec(rng: random.Random, d: int = 128) -> list[float]:
    """A bird classifier's embedding of a visit's crop (a look-alike of a face template)."""
    return [round(rng.gauss(0, 0.08), 4) for _ in range(d)]


def visits(rng: random.Random, n: int, t0: int = 1765290000) -> list[dict[str, Any]]:
    """The feeder's visits: species, confidence, seconds, counts (the birds': negatives)."""
    return [{"visit": "v_" + rnd_hex(rng, 10), "t": t0 + 611 * i, "species": rng.choice(SPECIES),
             "conf": round(rng.uniform(0.7, 0.99), 2), "secs": rng.randrange(4, 90),
             "birds": rng.randrange(1, 4)} for i in range(n)]


def pings(rng: random.Random, n: int, at: Pt, t0: int = 1765330000,
          nd: int = 6) -> list[dict[str, Any]]:
    """Her own fixes every five minutes near ``at`` (lat/lon ``location.precise``)."""
    return [{"t": t0 + 300 * i, "lat": L(round(at[0] + rng.uniform(-3e-4, 3e-4), nd), PRECISE),
             "lon": L(round(at[1] + rng.uniform(-3e-4, 3e-4), nd), PRECISE),
             "acc": rng.choice([5, 8, 12]), "src": rng.choice(["gps", "fused"])}
            for i in range(n)]


__all__ = ["AFM", "AMKA", "ATH_HOME", "ATH_HOME_AT", "CAFE_AT", "CAR", "CASE_NO", "CHARGER",
           "CHURCH", "CHURCH_FIX", "COMPANION", "EG_AGE", "EG_DOB", "EMPLOYER", "FEEDER",
           "GARDEN_WIFI", "GROUP_NAME", "HOTEL_NX", "INFUSION", "INSOLE", "KID", "KRATISI",
           "MEMBERS", "NAXOS", "NEURO", "OFFICE", "OFFICER", "PIRAEUS", "PORT_FIX", "SISTER",
           "SPECIES", "STATION", "SUPV_NO", "TRUSTED", "WIFI_PW", "curve", "insole", "pings",
           "species_vec", "tariff", "visits"]
