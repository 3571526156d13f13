"""Helpers for the ninety-sixth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's; ``fix``,
``home`` and ``obj`` are set 37's).

This kit adds what the set's apps share. She moved from New York to Durban (her husband's home
town) and kept her US phone, number and SIM; the profile's position is where the phone was during
part of the capture (a visit to New York), her Durban places are her other places: her home in
Glenwood and its street address, her South African ID number (a permanent resident's), her
husband, her daughter at the creche, her mother-in-law in Umlazi (spaza deliveries go to her), a
neighbour. The businesses and public places (the stokvel's meeting house, the pharmacy's lockers,
the municipality's standpipe, the spaza shop, the gas dealer, the netball courts, the creche) are
negatives with their IDs, phones, lines and points; so are the meter's and cylinder's serials and
the creche's gate code. Generators: a heart-rate series from her watch, the outage ping's fields.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families18_kit import FIT
from eval_payloads import L

Pt = tuple[float, float]
TZ = "Africa/Johannesburg"

# --- her Durban life (labelled where sent) -------------------------------------------------------
DBN = {"line": "18 Bulwer Road", "suburb": "Glenwood", "city": "Durban", "code": "4001",
       "province": "KwaZulu-Natal"}
DBN_HOME_AT = (-29.870512, 30.989314)  # her house in Glenwood (location.precise where sent)
SA_ID = "9105170412181"  # her South African ID number (a permanent resident's; national_id)
HUSBAND = ("Sibusiso Ndlovu", "+27725550143")  # umyeni (contact.* where she types him)
HUSBAND_ID = "8809235781081"  # his ID number, given for the creche's pick-up list
KID = {"first": "Nandi", "last": "Ndlovu", "dob": "2022-03-14", "age": 3,
       "id": "2203140823087"}  # her daughter (the child's ID number: national_id)
NEIGHBOUR = ("Thembi Mkhize", "+27835550172")  # a neighbour on the creche's pick-up list
GOGO = {"name": "Nomusa Ndlovu", "phone": "+27765550119", "line": "1187 Mbhele Road",
        "area": "Umlazi K Section", "code": "4031"}  # her mother-in-law (spaza deliveries)
GOGO_AT = (-29.971842, 30.889617)  # the mother-in-law's house (contact's place: precise)
FRIENDS = [("Ayanda Zulu", "+27825550161"), ("Fatima Moosa", "+27845550177"),
           ("Priyanka Govender", "+27735550124")]  # her friends in Durban (contact.* if typed)
NETBALL_FIX = (-29.849377, 31.024816)  # her phone at the courts (her fix)
PICKUP_FIX = (-29.858603, 31.005391)  # her phone at the pharmacy's lockers (her fix)

# --- Hlanganisa (a stokvel) ----------------------------------------------------------------------
STOKVEL = {"id": "stk_5b2e91c0", "name": "Masibambane Glenwood"}  # the club (a negative)
INVITE = "HLG-7Q2M-4K"  # the club's join code (secret.credential)
BANK_ACCT, BRANCH = "1048227391", "198765"  # her account and branch code (financial.payment)
MEETING_AT = (-29.867011, 30.982954)  # the treasurer's house, this month's meeting (negative)

# --- Refillpoint (chronic medication) ------------------------------------------------------------
LOCKERS = {"id": "pp_2231", "name": "Berea Centre Pharmacy Lockers", "phone": "+27315550126",
           "line": "249 Berea Road", "lat": -29.858731, "lon": 31.005222}  # negatives
MEDAID = ("Umoya Health Plan", "UHP-44710920-03")  # her medical aid and member no (medical)
DOCTOR = ("Dr. Priya Naidoo", "+27315550164")  # her GP, typed by her (contact.*)
SCRIPT = "RX-DBN-880417"  # her repeat prescription's number (health.medical)
COLLECT_PIN = "583920"  # the locker's one-time collection PIN (secret.credential)

# --- Amanzi Watch (water outages, tankers, meter readings) -------------------------------------
MUNI_ACCT = "5018824417"  # her municipal account number (id.user: her account there)
WATER_METER = "WM-0217-88341"  # the municipality's meter at her gate (a negative)
STANDPIPE_AT = (-29.872905, 30.986127)  # the tanker's stop (the municipality's: a negative)

# --- Spazabox (township spaza shops) -------------------------------------------------------------
SPAZA = {"id": "sp_umz_0418", "name": "KwaMaZondi Spaza", "phone": "+27795550131",
         "lat": -29.970214, "lon": 30.887401}  # the shop (a negative)
SKUS = ["6001068321012", "6009510802119", "6001240100015", "6001087340013"]  # products

# --- Gasrunner (LPG cylinder refills) ------------------------------------------------------------
DEALER = {"id": "dl_07", "name": "Berea Gas & Braai", "phone": "+27315550140",
          "lat": -29.861122, "lon": 30.998741}  # the dealer (a negative)
CYLINDER = "LPG9-5521847"  # the cylinder's serial (the dealer's asset: a negative)
GATE_CODE = "1379#"  # her complex's gate code (secret.credential)

# --- Centrepass (a netball league) ---------------------------------------------------------------
TEAM = {"id": "tm_gazelles", "name": "Glenwood Gazelles", "division": "Social B"}
COURTS = {"id": "vn_kings", "name": "Kingsmead Netball Courts", "lat": -29.849102,
          "lon": 31.025503}  # the venue (a negative)
LEAGUE_NO = "CPN-2026-01733"  # her league registration number (id.user)
TEAM_CODE = "GZL-88-TQ"  # the team's join code (secret.credential)

# --- Khulisa (the creche) ------------------------------------------------------------------------
CRECHE = {"id": "cr_0091", "name": "Little Stars Educare", "phone": "+27315550188",
          "line": "9 Cowey Road", "lat": -29.846104, "lon": 31.011872}  # negatives
CHILD_ID = "chd_5e27a1c9"  # her daughter's profile on her account (id.user)
GATE_QR = "LSE-GATE-0091-A"  # the creche's gate QR (a negative)


# --- generators -----------------------------------------------------------------------------------
def heart(rng: random.Random, n: int, t0: int = 1765387800) -> L:
    """Her watch's heart-rate samples during a match, ``[epoch s, bpm]`` rows (one series)."""
    rows, bpm = [], 96
    for i in range(n):
        bpm = max(88, min(182, bpm + rng.randrange(-6, 11)))
        rows.append([t0 + 15 * i, bpm])
    return L(rows, FIT)


def skus(rng: random.Random, picks: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """A basket's lines (product codes and quantities: the shop's catalogue, negatives)."""
    return [{"sku": SKUS[i], "qty": q, "line": f"ln_{rng.randrange(10 ** 5):05d}"}
            for i, q in picks]


__all__ = ["BANK_ACCT", "BRANCH", "CHILD_ID", "COLLECT_PIN", "COURTS", "CRECHE", "CYLINDER",
           "DBN", "DBN_HOME_AT", "DEALER", "DOCTOR", "FRIENDS", "GATE_CODE", "GATE_QR", "GOGO",
           "GOGO_AT", "HUSBAND", "HUSBAND_ID", "INVITE", "KID", "LEAGUE_NO", "LOCKERS", "MEDAID",
           "MEETING_AT", "MUNI_ACCT", "NEIGHBOUR", "NETBALL_FIX", "PICKUP_FIX", "SA_ID", "SCRIPT",
           "SKUS", "SPAZA", "STANDPIPE_AT", "STOKVEL", "TEAM", "TEAM_CODE", "TZ", "WATER_METER",
           "heart", "skus"]
