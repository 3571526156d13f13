"""Helpers for the sixty-fifth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Budapest (she is on a year's posting there),
the thermal spa (a negative), her fix at its gate, her Hungarian personal ID and TAJ numbers; the
ostomy supplier's products (negatives), her stoma nurse and an order; the rowing machine and the
heart-rate strap (accessories: negatives) and generators for a workout's strokes, heart rate and
RR intervals; the concert hall, its seats and prices (negatives), her patron number and order;
the au-pair agency's host families (negatives), her references and applicant number; the
irrigation controller (another device: negatives), her terrace and her community-garden plot;
the whistle-blowing portal's employer, her case number and passphrase, her manager and witnesses.
"""

from __future__ import annotations

import random
from typing import Any

from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
PRECISE, FIT = "location.precise", "health.fitness"

# --- Forrásliget (a Budapest thermal spa): she is on a year's posting in Budapest -------------
BP_LAKAS = {"utca": "Király utca 26. 3. em. 12.", "irsz": "1061", "varos": "Budapest"}
BP_AT = (47.499734, 19.058912)  # her Budapest flat (location.precise where sent)
FURDO = {"id": "FL-01", "nev": "Forrásliget Gyógyfürdő", "cim": "Állatkerti körút 9-11.",
         "tel": "+36 1 555 0142", "lat": 47.51841, "lon": 19.08163}  # the spa (negatives)
FURDO_FIX = (47.518562, 19.081947)  # her phone at the spa's gate
TAJ = "038 411 625"  # her Hungarian social-insurance (TAJ) number (personal.national_id)
SZIG = "2-910517-3184"  # her Hungarian personal identification number (personal.national_id)
DOB_HU = "1991.05.17."
RENDELES = "FL-25-0093318"  # a ticket order (financial.purchase)
KARSZALAG = "04:A2:19:6B:3C:80"  # the wristband's RFID UID (the spa's chip: a negative)
ORVOS = "Dr. Szabó Katalin"  # her referring doctor (typed by her: contact.name)
KOLLEGA = ("Kovács Eszter", "eszter.kovacs@example.net")  # a colleague she gives a voucher

# --- Pouchwise (colostomy and IBD supplies) -----------------------------------------------------
NURSE = ("Maria Lindqvist, RN", "+12125550194")  # her stoma nurse (typed: contact.*)
SKUS = ["PW-DP-1C32", "PW-BR-CTF45", "PW-PASTE-60", "PW-WIPE-AR"]  # products (negatives)
ORDER_PW = "PW-3390127"  # her supplies order (financial.purchase)
NICK = "stomastrong91"  # her forum name (id.user)
DEPOT_AT = (40.80731, -74.06642)  # the supplier's warehouse (a negative)
RESTROOM_FIX = (40.75031, -73.99127)  # her phone near Penn Station, looking for a restroom

# --- Catchdrive (a rowing machine with a heart-rate strap) -------------------------------------
ROWER = {"serial": "CD-RX2-0318842", "ble": "D4:36:39:8A:11:F0", "fw": "1.9.4",
         "model": "Catchdrive RX2"}  # the machine (an accessory: negatives)
STRAP = {"serial": "HRS-55-207719", "ble": "E1:7C:22:90:4B:3D", "fw": "3.0.2"}
HANDLE = "JaneRowsNYC"  # her public handle (id.user)

# --- Partiture (classical-music tickets) --------------------------------------------------------
HALL = {"id": "vn_0412", "name": "Verlaine Hall", "line": "212 West 57th Street",
        "phone": "+12125550107", "lat": 40.76502, "lon": -73.98015}  # the venue (negatives)
HALL_FIX = (40.765104, -73.980266)  # her phone at the hall's door
CONCERT = {"id": "ev_88120", "title": "Mahler 5 — Verlaine Philharmonic", "date": "2026-01-17"}
SEATS = ["ORCH-L-14", "ORCH-L-15"]  # seats (negatives)
PATRON = "P-00418832"  # her patron number (id.user)
ORDER_PT = "PT-88412093"  # her ticket order (financial.purchase)
BARCODE = "8841209301147"  # a ticket's barcode (financial.purchase)

# --- Hearthmatch (an au-pair agency): she is the au pair ---------------------------------------
APPLICANT = "AP-2026-07741"  # her applicant number (id.user)
FAMILIES = [{"id": "hf_51a2", "name": "Familie Brandt", "city": "Hamburg", "kids": [4, 7],
             "lat": 53.58712, "lon": 9.98411},
            {"id": "hf_77c0", "name": "Familie Okonkwo-Weber", "city": "Hamburg", "kids": [2],
             "lat": 53.56291, "lon": 9.96105}]  # host families (negatives)
REFS = [("Karen Whitfield", "+19145550123", "karen.whitfield@example.com"),
        ("Luis Ortega", "+12015550168", "l.ortega@example.net")]  # her references (typed)
HAMBURG_FIX = (53.630531, 9.988172)  # her phone on arrival at the airport
AP_DOCTOR = ("Dr. Priya Raman", "+12125550181")

# --- Dripwarden (a smart irrigation controller) -------------------------------------------------
CTRL = {"serial": "DW8-0044127", "mac": "70:B3:D5:4C:19:A2", "ip": "192.168.1.60",
        "fw": "4.2.7"}  # the controller on her terrace (another device: negatives)
CTRL2 = {"serial": "DW8-0051930", "mac": "70:B3:D5:4C:7E:11"}  # the plot's controller
CLAIM = "DW-7K2Q-91"  # the controller's claim code (secret.credential: it opens the device)
WIFI_PASS = "Basil&Thyme2024"
PLOT_AT = (40.722615, -73.980391)  # her community-garden plot (her other place)
NEIGHBOURS = ["f0:9f:c2:11:8a:03", "a4:2b:b0:7c:55:e9", "6c:3b:6b:02:91:fd"]  # nearby BSSIDs

# --- Candorbox (anonymous workplace whistle-blowing) -------------------------------------------
ORG = {"id": "org_5521", "code": "VELTR-4471", "name": "Veltrano Logistics"}
CASE = "CBX-7Q4M-2281"  # her report's case number (id.user: it logs her back in)
PASSPHRASE = "orbit-cactus-lantern-91"
MANAGER = ("Derek Hollis", "d.hollis@veltrano.example.com")
WITNESSES = ["Tasha Greene", "Omar Siddiqui"]
WAREHOUSE_AT = (40.739412, -74.153387)  # where she took the rota photo (her workplace)
UNION = "United Warehouse Workers Local 418"


# --- generators ---------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def strokes(rng: random.Random, n: int, t0: float = 0.0) -> list[list[float]]:
    """A piece's strokes as ``[seconds, spm, watts, split seconds, heart rate]`` rows."""
    out, t = [], t0
    for i in range(n):
        t += round(rng.uniform(2.0, 2.3), 2)
        w = round(rng.uniform(175, 205), 1)
        out.append([round(t, 2), rng.choice([27, 28, 28, 29]), w,
                    round(500 * (2.8 / w) ** (1 / 3), 1), 150 + min(i, 30)])
    return out


def force(rng: random.Random, n: int = 16) -> list[int]:
    """One stroke's force curve: handle force in newtons through the drive."""
    import math
    return [round(620 * math.sin(math.pi * (i + 0.5) / n) + rng.uniform(-15, 15))
            for i in range(n)]


def bpm(rng: random.Random, n: int, start: int = 96) -> list[int]:
    """Her heart rate from the strap, one value a second, rising through a piece."""
    return [min(186, start + i // 2 + rng.randrange(-2, 3)) for i in range(n)]


def rr(rng: random.Random, n: int) -> list[int]:
    """RR intervals in ms from the strap (heart-rate variability)."""
    return [rng.randrange(330, 410) for _ in range(n)]


def moisture(rng: random.Random, zones: int) -> list[dict[str, Any]]:
    """The controller's soil-moisture and temperature readings per zone (the soil's)."""
    return [{"zone": z + 1, "vwc": round(rng.uniform(0.18, 0.41), 3),
             "soilC": round(rng.uniform(6, 14), 1)} for z in range(zones)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a workout, a hold, a thread, a schedule): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPLICANT", "AP_DOCTOR", "BARCODE", "BP_AT", "BP_LAKAS", "CASE", "CLAIM", "CONCERT",
           "CTRL", "CTRL2", "DEPOT_AT", "DOB_HU", "FAMILIES", "FIT", "FURDO", "FURDO_FIX",
           "HALL", "HALL_FIX", "HAMBURG_FIX", "HANDLE", "KARSZALAG", "KOLLEGA", "MANAGER",
           "NEIGHBOURS", "NICK", "NURSE", "ORDER_PT", "ORDER_PW", "ORG", "ORVOS", "PASSPHRASE",
           "PATRON", "PLOT_AT", "REFS", "RENDELES", "RESTROOM_FIX", "ROWER", "SEATS", "SKUS",
           "STRAP", "SZIG", "TAJ", "UNION", "WAREHOUSE_AT", "WIFI_PASS", "WITNESSES", "bpm",
           "fix", "force", "moisture", "obj", "rr", "strokes"]
