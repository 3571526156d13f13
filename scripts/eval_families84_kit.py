"""Helpers for the eighty-fourth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's;
``fix``, ``home`` and ``obj`` are set 37's).

This kit adds what the set's apps share: her week in Bilbao (the hotel, the frontón and the cider
house are businesses: negatives; her fixes in the old town are hers) and her passport; the
endometriosis diary's surgeon and clinic, a TENS unit (an accessory: negatives) and a pain-day
generator; the Camino's albergues (negatives), her credential and her stage's fixes; the foster
shelter, the dog (its chip, vet and medicines are the dog's: negatives), her landlord and an
adopter; the solar installer, its rep, the panels' and inverter's serials (negatives), her
utility and her home Wi-Fi's password; the video-relay app's ten-digit number, the interpreters
and the relay centre (negatives); the community garden, her plot and the other gardeners.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Kantxa (pelota and cider-house booking in Bilbao): she is there for a week ----------------
HOTEL = {"izena": "Hotel Ibaiertz", "helbidea": "Uribitarte kalea 9, Bilbo",
         "telefonoa": "+34 944 12 30 88"}  # where she stays (a business: negatives)
FRONTOI = {"id": "ft_0317", "izena": "Deustuko Frontoia", "helbidea": "Lehendakari Aguirre 71",
           "telefonoa": "+34 944 76 21 05", "lat": 43.27121, "lon": -2.94688}  # a negative
SAGARDOTEGI = {"id": "sg_0042", "izena": "Txirrita Sagardotegia", "herria": "Astigarraga",
               "telefonoa": "+34 943 33 51 70", "lat": 43.28193, "lon": -1.94517}  # a negative
BILBO_FIX = (43.257814, -2.923449)  # her phone in the old town (Zazpi Kaleak)
BILBO_FIX2 = (43.268731, -2.934102)  # her phone by the Guggenheim, the evening after
KANTXA_MEMBER = "BZK-0048813"  # her Kantxa member number (id.user)
TICKET_CODE = "KX-25-771204"  # the match tickets' booking code (financial.purchase)
SAGARDO_CODE = "TXT-88120"  # the cider-house table's booking code (financial.purchase)
FRIEND_EU = ("Maite Etxeberria", "+34 612 44 80 19", "maite.etx@example.net")  # a friend

# --- Pelvira (an endometriosis pain-and-surgery diary) ------------------------------------------
SURGEON = ("Dr. Priya Castellanos", "+12125550148", "p.castellanos@midtownendo.example.com")
ENDO_CLINIC = {"id": "cln_5521", "name": "Midtown Endometriosis Center", "phone": "+12125550150",
               "line": "120 East 34th Street", "lat": 40.74652, "lon": -73.97981}  # a negative
TENS = {"serial": "PLV-TN1-220418", "ble": "D4:3A:11:7C:E2:09", "fw": "1.8.0"}  # an accessory
ENDO_MEMBER = "HZN448120937"  # her health-insurance member ID (health.medical)

# --- Conchapass (a Camino de Santiago pilgrim passport) -----------------------------------------
CREDENCIAL = "CR-2025-0913447"  # her pilgrim credential's number (id.user: it names her)
ALBERGUES = [{"id": "alb_sar_07", "name": "Albergue Ruta Ferrada", "town": "Sarria",
              "phone": "+34 982 53 11 40", "lat": 42.78103, "lon": -7.41477},
             {"id": "alb_por_12", "name": "Albergue Porto Miño", "town": "Portomarín",
              "phone": "+34 982 54 77 21", "lat": 42.80745, "lon": -7.61542}]  # negatives
STAMP_FIX = (42.780988, -7.414642)  # her phone at the Sarria albergue's stamp
STAGE_START = (42.781203, -7.415118)  # her fixes on the Sarria - Portomarín stage
PILGRIM_PASSPORT = "A41872093"  # her passport (the credential asks for it)

# --- Kennelkin (foster-dog volunteering) --------------------------------------------------------
SHELTER = {"id": "sh_117", "name": "East River Animal Rescue", "phone": "+17185550124",
           "line": "41 Kent Avenue, Brooklyn", "lat": 40.72211, "lon": -73.96012}  # a negative
DOG = {"id": "dog_8841", "name": "Biscuit", "chip": "985112004471236", "breed": "pit mix",
       "meds": "Carprofen 75 mg"}  # the foster dog (its data: negatives)
LANDLORD = ("Victor Alonso", "+12125550163")  # her landlord, typed by her (contact.*)
ADOPTER = ("Grace Whitfield", "+19175550187")  # an adopter she meets (contact.*)
WALK_START = (40.742011, -73.988402)  # her walk with the dog

# --- Rooflumen (rooftop solar quotes) -----------------------------------------------------------
INSTALLER = {"id": "ins_2281", "name": "Brightgable Solar LLC", "licence": "NYC-EL-118204",
             "phone": "+17185550193", "email": "quotes@brightgable.example.com",
             "line": "88 Meserole Avenue, Brooklyn", "rep": "Dana Kowalski"}  # negatives
PANELS = ["RLM-410-2508-00417", "RLM-410-2508-00418", "RLM-410-2508-00419"]  # serials
INVERTER = {"serial": "INV7K-24-0981163", "model": "GridLeaf 7.6K", "ble": "E0:5C:21:3B:99:04"}
UTILITY_ACCT = "4920-1187-3305"  # her electricity account number (id.user)
WIFI_PASS = "MapleKite!2290"  # her home Wi-Fi's password, given to the inverter

# --- Signwell (sign-language video-relay interpreting) -----------------------------------------
VRS_NUMBER = "+15550100146"  # her ten-digit relay number (contact.phone: it rings her)
INTERPRETERS = ["vi_30211", "vi_30984"]  # the interpreters' IDs (negatives)
CENTER = {"id": "ctr_nyc2", "name": "Signwell Relay Center NYC", "phone": "+18005550111"}

# --- Allotmint (community-garden plot sharing) --------------------------------------------------
GARDEN = {"id": "gdn_0188", "name": "Kips Bay Commons Garden", "line": "310 East 28th Street",
          "phone": "+12125550177", "lat": 40.74104, "lon": -73.97773}  # a negative
PLOT = "B-14"  # her plot's label (a negative: the garden's grid)
GARDEN_FIX = (40.741062, -73.977694)  # her phone at the plot


# --- generators -----------------------------------------------------------------------------------
def path_fixes(rng: random.Random, n: int, start: Pt, step: Pt = (0.0011, -0.0019),
               t0: int = 1765353600, nd: int = 6) -> list[dict[str, Any]]:
    """Her own fixes on a walk (lat/lon ``location.precise``; time, altitude and accuracy not)."""
    out = []
    for i in range(n):
        la = start[0] + step[0] * i + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + step[1] * i + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 60 * i, "lat": L(round(la, nd), PRECISE),
                    "lon": L(round(lo, nd), PRECISE), "alt": round(450 + 3.1 * i, 1),
                    "acc": rng.choice([4, 5, 7])})
    return out


def pain_day(rng: random.Random, day: str) -> dict[str, Any]:
    """One diary day's pain scores (0-10) by hour block (the series is one ``health.medical``)."""
    return {"date": day, "blocks": [{"h": h, "nrs": rng.randrange(2, 9)} for h in range(8, 23, 3)]}


def code(rng: random.Random, pre: str, n: int = 8) -> str:
    """A short upper-case reference (a request, a slot, a session): a negative."""
    return pre + rnd_hex(rng, n).upper()


__all__ = ["ADOPTER", "ALBERGUES", "BILBO_FIX", "BILBO_FIX2", "CENTER", "CREDENCIAL", "DOG",
           "ENDO_CLINIC", "ENDO_MEMBER", "FRIEND_EU", "FRONTOI", "GARDEN", "GARDEN_FIX", "HOTEL",
           "INSTALLER", "INTERPRETERS", "INVERTER", "KANTXA_MEMBER", "LANDLORD", "PANELS",
           "PILGRIM_PASSPORT", "PLOT", "SAGARDOTEGI", "SAGARDO_CODE", "SHELTER", "STAGE_START",
           "STAMP_FIX", "SURGEON", "TENS", "TICKET_CODE", "UTILITY_ACCT", "VRS_NUMBER",
           "WALK_START", "WIFI_PASS", "code", "pain_day", "path_fixes"]
