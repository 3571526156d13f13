"""Helpers for the forty-fourth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Kraków (she spends a semester there), her
PESEL, the bike-share's docks and an e-bike (the operator's: negatives), her city card and a
trip's trace between docks; the endometriosis diary's gynaecologist, practice (a negative),
medicines and a pain map; her building's office (negatives), her door's smart lock (an
accessory: negatives), a guest, the guest's PIN and hers; a queer trivia night and its bar (a
negative) and a match's first name; the wine cellar's bottles (vintages, ABV, ages: look-alikes;
prices paid), the brewing batch, its hydrometer and readings and a wine merchant (negatives);
the translator's client agency (a business: negatives), a job's and an invoice's numbers; the
allergy app's pollen station and its counts (negatives), her auto-injector, its smart case
(negatives), her allergist and her allergies.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]


def _pesel(body: str) -> str:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(d) * k for d, k in zip(body, w, strict=True)) % 10) % 10)


# --- Rowerka (Kraków city bikes and transit tickets): she spends a semester in Kraków ---------
KRK_HOME = {"ulica": "ul. Józefa 12/4", "kod": "31-056", "miasto": "Kraków"}
KRK_HOME_AT = (50.051472, 19.945913)  # her flat in Kazimierz (location.precise where sent)
PESEL = _pesel("9105170482")  # born 1991-05-17, a woman (personal.national_id)
KARTA = "KK-2025-0448172"  # her Kraków city card (the ticket account: id.user)
DOCKS = {"plac_nowy": ("KRK-0112", "Plac Nowy", 50.05138, 19.94472),
         "rynek": ("KRK-0001", "Rynek Główny", 50.06171, 19.93706),
         "dworzec": ("KRK-0040", "Dworzec Główny", 50.06712, 19.94561),
         "agh": ("KRK-0087", "AGH / Czarnowiejska", 50.06621, 19.91934)}  # docks (negatives)
EBIKE = {"id": "RW-40417", "ble": "F1:22:9C:04:7E:3B", "battery": 64}  # the fleet's (negatives)
BILET = "MPK-2512-0048813"  # a ticket's number (financial.purchase)
UNI_AT = (50.064614, 19.923357)  # her faculty at the university (her own place)

# --- Endolia (an endometriosis pain and period diary) -----------------------------------------
GYN = ("Dr. Priya Raman", "p.raman@gramercywomens.example.com")  # typed by her (contact.*)
ENDO_MEDS = [("Dienogest", "2 mg"), ("Naproxen", "500 mg")]
CLINIC_E = {"id": "cl_8120", "name": "Gramercy Women's Health", "phone": "+12125550183",
            "lat": 40.73641, "lon": -73.98407}  # the practice (a business: negatives)

# --- Doorwise (a smart door lock and building access) -----------------------------------------
BUILDING = {"id": "bld_7731", "name": "The Ashford", "mgmt": "+12125550114",
            "office": "frontdesk@ashfordres.example.com"}  # the building's office (negatives)
LOCK = {"serial": "DW-L3-0081244", "ble": "E4:5F:01:2A:9C:33", "fw": "5.1.0",
        "model": "Doorwise L3", "battery": 78}  # her door's lock (an accessory: negatives)
GUEST = ("Rosa Morales", "+15550187733")  # a guest she invites (contact.*)
GUEST_CODE = "481273"  # the guest's PIN (secret.credential)
LOCK_PIN = "0517"  # her own keypad PIN (secret.credential)

# --- Prismeet (LGBTQ+ dating and events) -------------------------------------------------------
BAR = {"id": "ven_2291", "name": "The Lantern Bar", "lat": 40.73254, "lon": -74.00281}
EVENT = {"id": "evt_pm_5512", "title": "Queer Trivia Night", "venue": BAR["id"]}
MATCH_NAME = "Alex"  # a match's first name in her message (contact.name)

# --- Cellarly (a wine cellar and home-brewing log) ---------------------------------------------
BOTTLES = [{"wine": "Château Mirevaux Pauillac", "vintage": 2015, "abv": 13.5, "price": "89.00",
            "qty": 3, "bin": "A3"},
           {"wine": "Quinta do Vale Escuro Vintage Port", "vintage": 1991, "abv": 20.0,
            "price": "140.00", "qty": 1, "bin": "B1"},
           {"wine": "Weingut Lerchenhof Riesling Spätlese", "vintage": 2019, "abv": 8.5,
            "price": "31.50", "qty": 6, "bin": "C2"}]  # her cellar (look-alikes: 1991, ages)
FLOAT = {"serial": "FM-2-118420", "ble": "D0:7A:44:19:E3:52", "colour": "red"}  # hydrometer
BATCH = {"id": "brw_0031", "name": "Stoop Pale No. 3", "og": 1.052, "ibu": 38, "litres": 19}
SHOP = {"id": "shp_4410", "name": "Corkline Wines", "line": "118 Ninth Avenue",
        "phone": "+12125550196"}  # a wine merchant (a business: negatives)

# --- Wordbridge (a freelance translator marketplace) -------------------------------------------
AGENCY = {"id": "cli_7782", "name": "Vistula Legal sp. z o.o.", "contact": "Tomasz Wrona",
          "mail": "projects@vistulalegal.example.net", "vat": "PL5252648712"}  # a client firm
JOB = "JOB-25-118204"  # a job's number (a negative)
INVOICE = "WB-INV-2025-0412"  # her invoice's number (a negative)

# --- Pollenpal (allergy and pollen tracker with auto-injector reminders) -------------------------
STATION = {"id": "st_nyc_07", "name": "Midtown pollen trap", "lat": 40.75412,
           "lon": -73.98402}  # a monitoring station (a negative)
INJECTOR = {"drug": "epinephrine auto-injector", "dose": "0.3 mg", "lot": "LT4471A",
            "expires": "2026-08-31"}
CASE = {"serial": "PP-CASE-0031877", "ble": "C1:9E:52:07:AB:64", "fw": "1.4.2"}  # smart case
ALLERGIST = ("Dr. Samuel Adeyemi", "+12125550179")  # typed by her (contact.*)
ALLERGIES = ["birch pollen", "grass pollen", "peanut"]


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def trace(rng: random.Random, n: int, start: Pt, end: Pt, keys: tuple[str, str] = ("lat", "lon"),
          t0: int = 1765370000) -> list[dict[str, Any]]:
    """Her fixes on a trip, start to end (lat/lon ``location.precise``; speed and time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "v": round(rng.uniform(8, 19), 1)})
    return out


def pain_map(rng: random.Random) -> list[dict[str, Any]]:
    """Where it hurts on the body map, 0-10 each (labelled once, as a whole, by the caller)."""
    return [{"region": r, "score": rng.randrange(3, 9)}
            for r in ("pelvis_left", "lower_back", "rectal", "right_thigh")]


def gravity(rng: random.Random, n: int, og: float = 1.052) -> list[list[float]]:
    """The hydrometer's readings ``[epoch, SG, °C]`` over a fermentation (a negative series)."""
    out, sg = [], og
    for i in range(n):
        sg = max(1.010, sg - rng.uniform(0.001, 0.004))
        out.append([1765000000 + 3600 * 6 * i, round(sg, 4), round(rng.uniform(18, 20.5), 1)])
    return out


def pollen(rng: random.Random) -> dict[str, Any]:
    """The station's counts in grains/m³ (the air, not the user: negatives)."""
    return {"birch": rng.randrange(40, 300), "grass": rng.randrange(5, 60),
            "ragweed": rng.randrange(0, 12), "mold": rng.randrange(800, 4000)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, an entry, a bottle, a job): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "ALLERGIES", "ALLERGIST", "BAR", "BATCH", "BILET", "BOTTLES", "BUILDING",
           "CASE", "CLINIC_E", "DOCKS", "EBIKE", "ENDO_MEDS", "EVENT", "FLOAT",
           "GUEST", "GUEST_CODE", "GYN", "INJECTOR", "INVOICE", "JOB", "KARTA", "KRK_HOME",
           "KRK_HOME_AT", "LOCK", "LOCK_PIN", "MATCH_NAME", "PESEL", "SHOP", "STATION",
           "UNI_AT", "fix", "gravity", "home", "obj", "pain_map", "pollen", "trace"]
