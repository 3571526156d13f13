"""Helpers for the thirty-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's;
``fix``, ``home`` and ``obj`` are set 37's).

This kit adds what the set's apps share. The user (the profile's New York phone and values) was
born in Ireland, holds a US permanent-resident card and is on a year's work assignment in Jakarta
with an Indonesian limited-stay permit (KITAS): the Jakarta flat and office (the user's places),
a restaurant, a driver and a merchant (negatives), a colleague paid by phone number; the user's
mother in Cork, watched over through a fall-detection pendant (her name, birth date, home,
conditions: a data subject), her neighbour (a responder) and the pendant (an accessory with its
own IMEI, serial and Bluetooth address: negatives); the remote employer, the coworking space's
geofence (negatives) and the user's fix inside it; the lottery's retailer and tickets; the EV's
VIN and plate, the charging station (negatives) and the user's charge card; the telemedicine
clinic's pharmacy (negatives); the user's documents (passport, resident card, KITAS, parents'
names, address and travel history) and the immigration office (negatives). Generators: heart-rate
minutes, a pendant's accelerometer window, a tracker's activity slots, a charger's meter values,
a passport's machine-readable zone and a Luhn check digit.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Kilatku (an Indonesian super-app): the user lives in Jakarta for work ---------------------
JKT_HOME = {"alamat": "Jl. Kemang Raya No. 18, Tower B Unit 9F", "kelurahan": "Bangka",
            "kota": "Jakarta Selatan", "kodePos": "12730"}
JKT_HOME_AT = (-6.260914, 106.813472)  # the user's Jakarta flat
JKT_OFFICE_AT = (-6.214622, 106.821711)  # the user's office (labelled where the user sends it)
JKT_OFFICE_LINE = "Jl. Jend. Sudirman Kav. 52, Lantai 21"
WARUNG = {"id": "mrc_88412", "nama": "Warung Sate Pak Darmo", "telp": "+62217195522",
          "alamat": "Jl. Bangka Raya No. 7", "lat": -6.25417, "lng": 106.81061}  # a business
DRIVER = {"id": "drv_5512983", "nama": "Agus Setiawan", "plat": "B 4127 KJT",
          "telp": "+6281355502741"}  # the assigned driver (the service's data: negatives)
QRIS_MERCHANT = {"mid": "ID1025031847219", "nama": "Kopi Tuku Kemang"}  # a merchant's QR
COLLEAGUE = ("Rina Wibowo", "+6281255503318")  # paid by phone number (contact.*)
KITAS = "2C21JE4471AX"  # the user's limited-stay permit number (personal.national_id)
KILAT_PIN = "482915"  # the wallet's PIN (secret.credential)
ROAM_NET = "51011"  # the visited network's MCC/MNC (location.carrier)

# --- Carebell (a fall-detection pendant): the user is the carer of the mother in Cork ----------
MOTHER = {"first": "Margaret", "last": "Doe", "dob": "1948-11-03"}
MOTHER_HOME = {"line1": "14 Douglas Road", "city": "Cork", "eircode": "T12 X7YK"}
MOTHER_AT = (51.889132, -8.460518)  # the mother's home (a person's home: labelled)
NEIGHBOUR = ("Siobhan Murphy", "+353875550142")  # a responder the user adds (contact.*)
MOTHER_GP = ("Dr. Ciaran Walsh", "+353215550177")  # the mother's doctor, typed by the user
MOTHER_MEDS = [("Apixaban", "5 mg"), ("Alendronic acid", "70 mg weekly")]
MOTHER_CONDITIONS = ["atrial fibrillation", "osteoporosis"]


def luhn(body: str) -> str:
    """``body`` with its Luhn check digit appended."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


PENDANT = {"serial": "CBP2-2309-081734", "imei": luhn("35824005111417"),
           "ble": "E2:71:0C:5A:93:4F", "fw": "1.8.4", "model": "Carebell Pendant 2",
           "battery": 64}  # the mother's pendant (an accessory's identifiers: negatives)

# --- Clockfern (a remote-work time tracker) ------------------------------------------------------
EMPLOYER = {"org": "org_51207", "name": "Brightloom Studio"}  # the employer (negatives)
PROJECTS = [("prj_7714", "Harbor rebrand"), ("prj_7721", "Mobile onboarding")]
COWORK = {"id": "site_2204", "name": "Ruang Kerja Senopati", "lat": -6.23312, "lng": 106.80911,
          "radius": 120}  # the coworking space's geofence (negatives)
COWORK_FIX = (-6.233047, 106.809288)  # the user's phone inside it (location.precise)
WORK_APPS = [("com.example.figmate", 3120), ("com.example.slackline", 1480),
             ("com.example.mailbird", 610), ("com.example.tubeview", 240)]

# --- Lumalot (a national lottery and scratch cards) ----------------------------------------------
RETAILER = {"id": "rt_104488", "name": "Midtown News & Lotto", "line": "401 Seventh Avenue",
            "phone": "+12125550123", "lat": 40.75071, "lon": -73.99087}  # a retailer (negatives)
TICKET = "LL-5918-2271-0043"  # the user's draw ticket (financial.purchase)
PAPER_TICKET = "0512 4471 0093 8812 06"  # a paper scratch card's barcode (financial.purchase)
SSN_L = "987-65-4321"  # the user's SSN, in the range reserved for examples
SSN_LAST4 = "4321"

# --- Voltmeadow (an EV charging network) ---------------------------------------------------------
VIN = "7FXEV2L38RA014471"  # the user's car (id.hardware)
EV_PLATE = "EVN-2291"
CHARGE_CARD = "04A2B3C4D51280"  # the RFID charge card's UID (id.user: it names the account)
EMAID = "US-VMW-C12345678-9"  # the charging contract's ID (id.user)
STATION = {"id": "VM-NYC-0418", "evse": "US*VMW*E0418*2", "name": "Hudson Yards Garage L2",
           "line": "500 West 33rd Street", "lat": 40.75386, "lon": -74.00091}  # negatives
HOME_CHARGER = {"serial": "VMH-11-0044721", "fw": "5.2.0"}  # the user's wallbox (negatives)
TRIP_TO = (44.279517, -73.979921)  # a cabin near Lake Placid the user drives to (the user's)

# --- Virelo (men's-health telemedicine) ----------------------------------------------------------
PHARMACY = {"id": "ph_3308", "name": "Chelsea Care Pharmacy", "phone": "+12125550148",
            "line": "180 Eighth Avenue"}  # a pharmacy (negatives)
RX_NO = "VR-RX-4471902"  # a prescription's number (health.medical)
CLINICIAN = {"id": "clin_2291", "name": "Dr. Marcus Bell, NP"}  # a professional (negatives)

# --- Wayfold (a document wallet for an immigrant) ------------------------------------------------
PASSPORT_IE = "PX4417902"  # the user's Irish passport (personal.national_id)
A_NUMBER = "A204518733"  # the user's alien registration number (personal.national_id)
GREEN_CARD = "IOE0912345678"  # the permanent-resident card's number (personal.national_id)
BIRTHPLACE = ("Cork", "IRL")  # city and country of birth (personal.sensitive: national origin)
FATHER = "Patrick Doe"
OFFICE = {"id": "asc_1127", "name": "Immigration Service Center, Queens",
          "line": "27-35 Jackson Avenue", "lat": 40.74722, "lon": -73.94133}  # negatives
LAWYER = ("Elena Varga, Esq.", "evarga@vargaimmigration.example.com")  # typed by the user
PAST_HOMES = [("22 Grattan Street", "Cork", "T12 Y2X4", "2012-09", "2016-06"),
              ("71 Bergen Street", "Brooklyn", "11201", "2016-07", "2021-03")]
TRIPS = [("IDN", "2025-02-03", "2025-06-28"), ("IRL", "2024-12-18", "2025-01-06"),
         ("IDN", "2025-08-11", "2025-12-04")]


def mrz(surname: str = "DOE", given: str = "JANE") -> list[str]:
    """A TD3 passport's two machine-readable lines (name, number, nationality, birth date)."""
    l1 = f"P<IRL{surname}<<{given}".ljust(44, "<")
    l2 = f"{PASSPORT_IE}4IRL9105174<3102283<<<<<<<<<<<<<<02"
    return [l1, l2.ljust(44, "<")[:44]]


# --- generators ----------------------------------------------------------------------------------
def hr_minutes(rng: random.Random, n: int, t0: int = 1765270800) -> list[list[int]]:
    """The pendant's heart rate, one ``[epoch, bpm]`` row a minute."""
    return [[t0 + 60 * i, rng.randrange(62, 84)] for i in range(n)]


def accel(rng: random.Random, n: int, hz: int = 50, fall_at: int = 20) -> list[list[float]]:
    """The pendant's accelerometer window around an event: ``[ms, x, y, z]`` in g."""
    out = []
    for i in range(n):
        g = 3.4 if i == fall_at else (0.2 if i == fall_at - 2 else 1.0)
        out.append([i * 1000 // hz, round(rng.gauss(0, 0.05), 3), round(rng.gauss(0, 0.05), 3),
                    round(g + rng.gauss(0, 0.03), 3)])
    return out


def slots(rng: random.Random, n: int, t0: int = 1765249200) -> list[dict[str, Any]]:
    """The tracker's ten-minute activity slots: key presses, taps, clicks, share active."""
    return [{"start": t0 + 600 * i, "keys": rng.randrange(80, 620), "taps": rng.randrange(20, 260),
             "clicks": rng.randrange(0, 90), "activePct": rng.randrange(35, 100)}
            for i in range(n)]


def meter(rng: random.Random, n: int, t0: int = 1765306800) -> list[dict[str, Any]]:
    """A charging session's meter values: energy (Wh), power (kW), the car's state of charge."""
    wh, soc, out = 0, 31, []
    for i in range(n):
        wh += rng.randrange(1800, 2400)
        soc += 3
        out.append({"ts": t0 + 300 * i, "wh": wh, "kw": round(rng.uniform(22, 49), 1),
                    "soc": soc})
    return out


def geo(at: Pt, nd: int = 6) -> tuple[L, L]:
    """A place of the user's (or the mother's home) at ``nd`` decimals: ``location.precise``."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def code(rng: random.Random, pre: str, n: int = 8) -> str:
    """An upper-case reference (an order, an appointment): see the set's calls for its label."""
    return pre + rnd_hex(rng, n).upper()


__all__ = ["A_NUMBER", "BIRTHPLACE", "CHARGE_CARD", "CLINICIAN", "COLLEAGUE", "COWORK",
           "COWORK_FIX", "DRIVER", "EMAID", "EMPLOYER", "EV_PLATE", "FATHER", "GREEN_CARD",
           "HOME_CHARGER", "JKT_HOME", "JKT_HOME_AT", "JKT_OFFICE_AT", "JKT_OFFICE_LINE",
           "KILAT_PIN",
           "KITAS", "LAWYER", "MOTHER", "MOTHER_AT", "MOTHER_CONDITIONS", "MOTHER_GP",
           "MOTHER_HOME", "MOTHER_MEDS", "NEIGHBOUR", "OFFICE", "PAPER_TICKET", "PASSPORT_IE",
           "PAST_HOMES", "PENDANT", "PHARMACY", "PROJECTS", "QRIS_MERCHANT", "RETAILER", "ROAM_NET",
           "RX_NO", "SSN_L", "SSN_LAST4", "STATION", "TICKET", "TRIPS", "TRIP_TO", "VIN", "WARUNG",
           "WORK_APPS", "accel", "code", "geo", "hr_minutes", "luhn", "meter", "mrz", "slots"]
