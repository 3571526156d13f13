"""Helpers for the hundred-and-fourteenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Asunción for two years with her husband
Rubén and their son Tomás (9), keeps her New York home (the profile's position) and her US SIM
(roaming), and has a Paraguayan prepaid line. Her values there: the line (spaced, E.164,
national), her foreign resident's identity card (cédula) and taxpayer number (RUC), her flat in
Villa Morra and its point, the family's farm at Piribebuy (its point and its drip field's
corners: her family's land), its Wi-Fi. Other people's values she types: Rubén's name, phone,
e-mail and cédula, Tomás's names and birth date, her doctor. Businesses' and places' values
(negatives): the lace cooperative, the pharmacy branch, the stadium and its gates, Ciudad del
Este's stores, the bridge's customs post, the hotel, the harp teacher's studio, the municipal
office, the pump's controller (another device: serial, modem IMEI, firmware, readings).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Asuncion"
ACCEPT_PY = "es-PY,es;q=0.9,gn;q=0.7,en;q=0.6"  # her Accept-Language in the Paraguayan apps

# --- her values in Paraguay -------------------------------------------------------------------
PY_LINE = "+595 981 555 219"  # her Paraguayan prepaid line (contact.phone), spaced
PY_E164 = "+595981555219"
PY_NATIONAL = "0981 555219"
CEDULA = "7412883"  # her resident's identity card (personal.national_id)
CEDULA_DOTS = "7.412.883"
RUC = "7412883-5"  # her taxpayer number: the cédula and a check digit (personal.national_id)
HOME_PY = {"line": "Teniente Vera 1422 c/ Senador Long", "barrio": "Villa Morra",
           "city": "Asunción", "cp": "1408", "dpto": "Capital"}
HOME_PY_AT = (-25.294617, -57.580452)  # her flat (location.precise where sent)
HUSBAND = ("Rubén Arce", "+595981555344", "ruben.arce@example.net")
HUSBAND_CI = "3918204"  # his cédula, typed by her (personal.national_id)
SON = ("Tomás", "Arce", "2016-03-08", 9)  # first name, family name, birth date, age
FARM = {"name": "Granja Ybyraty", "compania": "Compañía Ybyraty", "distrito": "Piribebuy",
        "dpto": "Cordillera", "line": "Camino a Ybyraty km 3"}
FARM_AT = (-25.468213, -57.041877)  # the family's farm (her family's place: precise)
FIELD = [(-25.467902, -57.042311), (-25.467871, -57.041402), (-25.468655, -57.041366),
         (-25.468690, -57.042270)]  # the drip field's corners (their land)
FARM_WIFI = ("Granja-Ybyraty", "b4:8a:0a:3c:11:f2")  # the farm's router (location.wifi)

# --- Ñandurenda (ñandutí lace marketplace) ----------------------------------------------------
SHOP = "nandu_jane_asu"  # her seller handle (id.user)
SALE = "NR-25-041187"  # an order she sold (financial.purchase)
THREAD_ORDER = "CH-25-8841"  # thread she bought from the cooperative (financial.purchase)
PAYOUT_ACCT = "1400552318"  # her account at a Paraguayan bank (financial.payment)
COOP = {"id": "coop_itg_07", "name": "Cooperativa Hilanderas de Itauguá",
        "phone": "+595294550121", "lat": -25.39281, "lon": -57.35466}  # a business: negatives
FAIR_AT = (-25.28288, -57.63506)  # a crafts fair's square (negative)

# --- Dosivia (home pharmacy, monthly dose pouches) --------------------------------------------
MEDS = [("Levotiroxina", "75 mcg", "1 comp. en ayunas"),
        ("Budesonida/Formoterol", "160/4.5 mcg", "2 inhalaciones c/12 h")]
RX = ["RXP-7731042", "RXP-7731043"]  # her prescriptions' numbers (health.medical)
DOCTOR = ("Dra. Liz Ortiz", "+595215550147")  # her doctor, typed by her (contact.*)
BRANCH = {"id": "suc_017", "name": "Dosivia Villa Morra", "phone": "+595215550160",
          "lat": -25.29144, "lon": -57.57622}  # the pharmacy branch (negatives)
MEMBER_PY = "SMP-0098812"  # her private health-insurance number (health.medical)
DOSE_ORDER = "DV-2512-00417"

# --- Guyra Pytã Socios (football club) ---------------------------------------------------------
SOCIO = "GP-0041877"  # her membership number (id.user)
ABONO = "AB25-PLT-00912"  # her season ticket (financial.purchase)
STADIUM_AT = (-25.30211, -57.56102)  # the stadium (negative)
GATE_FIX = (-25.301838, -57.560611)  # her phone at gate 4
CLUB_PHONE = "+595215550188"

# --- Puentelista (shopping trips to Ciudad del Este) ------------------------------------------
BUS_BOOKING = "PL-BUS-55812"
HOTEL_BOOKING = "PL-HTL-20931"
STORE_AT = (-25.50948, -54.61131)  # an electronics store in Ciudad del Este (negative)
STORE_FIX = (-25.509402, -54.611190)  # her phone inside it
BRIDGE_FIX = (-25.509981, -54.600612)  # her phone at the customs post on the bridge
HOTEL_CDE = {"name": "Hotel Paraná Sur", "line": "Av. Monseñor Rodríguez 411",
             "phone": "+595615550132", "lat": -25.51102, "lon": -54.61655}

# --- Arpamita (Paraguayan-harp lessons for her son) -------------------------------------------
KID = "stu_3e81c0aa"  # Tomás's student ID (id.user)
TEACHER = {"id": "tch_0419", "name": "Prof. Celia Benítez", "phone": "+595981555710",
           "lat": -25.28712, "lon": -57.59833}  # his teacher and her studio (negatives)
HARP = {"serial": "ARP36-20417", "strings": 36, "maker": "Luthería Yvytu"}  # a rented harp
LESSONS = "AM-7Q2K9"  # the term's lesson booking (financial.purchase)

# --- Tributapy (municipal property tax) --------------------------------------------------------
CTA = "14-0412-07"  # the flat's cadastral account: her taxpayer account (id.user)
FINCA = "23118"  # the property register's number (unlabelled: the property's, no type)
LIQ = "LQ-2025-0041298"  # this year's assessment (financial.purchase)
RECIBO = "R-2025-118842"  # the receipt (financial.purchase)
OFFICE_AT = (-25.28214, -57.63522)  # the municipal office (negative)

# --- Solbomba (solar water-pump irrigation) ----------------------------------------------------
PUMP = {"serial": "SB-PC2-004471", "imei": "356938035643809", "fw": "1.8.2",
        "model": "SolBomba PC2", "kw": 1.5}  # the pump controller (another device: negatives)
CONTRACT = "SBF-22-00871"  # the pump kit's financing contract (her account there: id.user)
CLAIM_CODE = "7KQ4-XM2P"  # the controller's claim code (secret.credential)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes (or her family's place) at ``nd`` decimals (3 or more)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a listing, a pouch, a trip, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def road(rng: random.Random, n: int, a: Pt, b: Pt, t0: int = 1765540000) -> list[dict[str, Any]]:
    """Her fixes on the road from ``a`` to ``b`` (lat/lon ``location.precise``)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = a[0] + (b[0] - a[0]) * f + rng.uniform(-0.0004, 0.0004)
        lo = a[1] + (b[1] - a[1]) * f + rng.uniform(-0.0004, 0.0004)
        out.append({"t": t0 + 300 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(60, 95), 1)})
    return out


def strings(rng: random.Random, n: int = 36) -> list[dict[str, Any]]:
    """The harp's strings as the tuner heard them: target and measured Hz, cents (the harp's)."""
    out = []
    for i in range(n):
        hz = round(87.31 * 2 ** (i * 7 / 12 / 4.2), 2)
        off = round(rng.uniform(-18, 18), 1)
        out.append({"s": i + 1, "target": hz, "hz": round(hz * 2 ** (off / 1200), 2),
                    "cents": off})
    return out


def peak_flow(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her morning and evening peak-flow readings (L/min) from the inhaler's meter."""
    return [{"d": f"2025-12-{1 + i // 2:02d}", "slot": "am" if i % 2 == 0 else "pm",
             "lpm": rng.randrange(360, 440)} for i in range(n)]


def pv_curve(rng: random.Random, n: int) -> list[list[float]]:
    """The solar array's power over the morning: ``[minute, watts]`` rows (the pump's)."""
    return [[i * 10, round(max(0.0, 1500 * math.sin(i / (n + 2) * math.pi)
                               + rng.gauss(0, 25)), 1)] for i in range(n)]


__all__ = ["ABONO", "ACCEPT_PY", "BRANCH", "BRIDGE_FIX", "BUS_BOOKING", "CEDULA", "CEDULA_DOTS",
           "CLAIM_CODE", "CLUB_PHONE", "CONTRACT", "COOP", "CTA", "DOCTOR", "DOSE_ORDER",
           "FAIR_AT", "FARM", "FARM_AT", "FARM_WIFI", "FIELD", "FINCA", "GATE_FIX", "HARP",
           "HOME_PY", "HOME_PY_AT", "HOTEL_BOOKING", "HOTEL_CDE", "HUSBAND", "HUSBAND_CI",
           "KID", "LESSONS", "LIQ", "MEDS", "MEMBER_PY", "OFFICE_AT", "PAYOUT_ACCT", "PUMP",
           "PY_E164", "PY_LINE", "PY_NATIONAL", "RECIBO", "RUC", "RX", "SALE", "SHOP", "SOCIO",
           "SON", "STADIUM_AT", "STORE_AT", "STORE_FIX", "TEACHER", "THREAD_ORDER", "TZ", "fix",
           "obj", "peak_flow", "pv_curve", "road", "strings"]
