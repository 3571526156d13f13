"""Helpers for the hundred-and-nineteenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; the header helper ``head``, JWT claims ``claims``, request IDs ``rid`` and
SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She is on a year's assignment in Luxembourg and lives
across the border in Thionville (France) with her husband Alex and their daughter Lena (10): her
flat (her address and point), her national identification number (the 13-digit matricule, which
also keys her health insurance), Lena's; the car-pool's P+R car parks, a driver and his car
(negatives), her office stop and her trip; the Moselle domaine (a negative) and her
subscription; the inhaler cap (an accessory: negatives), her controller medicine and generators
for the cap's inhalation-flow curve; the conservatory (a negative), Lena's teacher and class;
the bank, her IBAN, her employer and salary (unlabelled); the commune's bulky-waste service and
depot (negatives); the funfair's ground on the Glacis (a negative) and the family's tickets.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her life in the Greater Region ------------------------------------------------------------
HOME = {"strooss": "14 rue des Tanneurs", "plz": "57100", "uertschaft": "Thionville",
        "land": "FR"}
HOME_AT = (49.357813, 6.167402)  # her Thionville flat (location.precise where sent)
MATRIKEL = "1991051712374"  # her Luxembourg national identification number (personal.national_id)
HUSBAND = ("Alex Doe", "+15550176612")  # her husband (contact.* where she types him)
KID = {"first": "Lena", "dob": "2015-09-03", "age": 10, "matrikel": "2015090344816"}
IBAN = "LU750190004471209913"  # her salary account (financial.payment)
IBAN_OTHER = "LU140190007719203340"  # the commune's account on an invoice (a negative)

# --- Pendelhaff (cross-border car-pool) ----------------------------------------------------------
PR_THI = {"id": "pr_thi_gare", "name": "P+R Thionville Gare", "lat": 49.35391, "lon": 6.16935}
PR_KIRCH = {"id": "pr_kirchberg_kiem", "name": "P+R Kiem", "lat": 49.63012, "lon": 6.17378}
OFFICE_AT = (49.626384, 6.161507)  # her office stop in Kirchberg (her place: location.precise)
DRIVER = {"id": "usr_k7m2pq4wz9", "first": "Joël", "plate": "LU-ZK 4471",
          "car": "Skoda Octavia grey"}  # the driver (another user: negatives)
TRIP = "trp_5c11e0a8b2"  # a trip's ID (a negative)

# --- Wäibierg (a Moselle domaine's wine club) ----------------------------------------------------
DOMAINE = {"id": "dom_remich_04", "name": "Domaine Sauerhaff", "line": "12 route du Vin",
           "town": "Remich", "phone": "+352 23 69 81 40", "lat": 49.54488, "lon": 6.36611}
CLUB_NO = "WB-CL-22817"  # her club membership number (id.user)
SHIPMENT = "SHP-2512-0419"  # December's box (financial.purchase)

# --- Otemfrend (inhaler adherence) --------------------------------------------------------------
CAP = {"serial": "OTF-C3-118402", "ble": "E4:11:5A:8C:02:7D", "fw": "1.9.4",
       "model": "Otemfrend Cap 3"}  # the smart cap (an accessory: negatives)
CONTROLLER = "Fluticasone/salmeterol 250/50"  # her controller inhaler (health.medical)
RELIEVER = "Salbutamol 100 µg"
PULMO = ("Dr. Anne Weber", "+35224551870")  # her pulmonologist, typed by her (contact.*)
CLINIC_AT = (49.62055, 6.14941)  # the hospital's respiratory clinic (a negative)

# --- Museksschoul (the conservatory, for Lena) --------------------------------------------------
CONSERVATORY = {"id": "cons_lux_01", "name": "Conservatoire Municipal", "phone": "+35247965555",
                "lat": 49.61371, "lon": 6.10742}  # (a negative)
TEACHER = ("Mme Claude Schmit", "c.schmit@museksschoul.example.lu")  # staff (a negative)
CLASS = "VIO-2B-MER"  # Wednesday's violin class (a negative)
RENTAL = "INS-VL34-0088"  # the rented 3/4 violin (a negative)

# --- Lounvirschoss (the bank's salary advance) --------------------------------------------------
BANK = {"bic": "KIRFLULL", "name": "Banque Kirchfeld"}
EMPLOYER = "Nordlicht Logistics S.à r.l."  # her employer (unlabelled, sets 13-37)
ADVANCE = "ADV-25-120934"  # the advance's contract number (financial.purchase)
CARD_LAST4 = "6620"

# --- Encombro (the commune's bulky-waste pick-up) ------------------------------------------------
DEPOT = {"id": "dep_thi_nord", "name": "Déchetterie Thionville Nord", "lat": 49.37702,
         "lon": 6.15219}  # (a negative)
PICKUP = "ENC-2512-04471"  # her booking (financial.purchase)

# --- Fouerpass (Schueberfouer funfair tickets) ---------------------------------------------------
GLACIS_AT = (49.61542, 6.11994)  # the fairground (a negative)
FAIR_FIX = (49.615902, 6.120377)  # her phone at the fair
ORDER = "FP-25-0088143"  # the family's ticket order (financial.purchase)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trip(rng: random.Random, n: int, start: Pt = HOME_AT, end: Pt = OFFICE_AT,
         t0: int = 1765263000) -> list[dict[str, Any]]:
    """Her fixes on the commute (lat/lon ``location.precise``; time and speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.0004, 0.0004)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.0004, 0.0004)
        out.append({"t": t0 + 60 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "kmh": rng.randrange(40, 110)})
    return out


def flow(rng: random.Random, n: int = 40) -> list[float]:
    """The cap's inhalation-flow curve (L/min every 50 ms): her inhaler technique."""
    return [round(max(0.0, 62 * math.sin(math.pi * i / n) + rng.gauss(0, 1.5)), 1)
            for i in range(n)]


def puffs(rng: random.Random, n: int, t0: int = 1764979200) -> list[dict[str, Any]]:
    """The cap's actuation log: time, which inhaler, shaken, flow peak."""
    return [{"t": t0 + 43200 * i + rng.randrange(-1800, 1800), "kind": "controller",
             "shaken": rng.random() > 0.2, "peak": round(rng.uniform(38, 70), 1)}
            for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a box, a booking line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ADVANCE", "BANK", "CAP", "CARD_LAST4", "CLASS", "CLINIC_AT", "CLUB_NO",
           "CONSERVATORY", "CONTROLLER", "DEPOT", "DOMAINE", "DRIVER", "EMPLOYER", "FAIR_FIX",
           "GLACIS_AT", "HOME", "HOME_AT", "HUSBAND", "IBAN", "IBAN_OTHER", "KID", "MATRIKEL",
           "OFFICE_AT", "ORDER", "PICKUP", "PR_KIRCH", "PR_THI", "PULMO", "RELIEVER", "RENTAL",
           "SHIPMENT", "TEACHER", "TRIP", "fix", "flow", "obj", "puffs", "trip"]
