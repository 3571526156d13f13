"""Helpers for the hundred-and-eleventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

She lives in Vigo (Galicia) with her partner Xurxo and her son Brais, and keeps her New York home
(the profile's position) for visits. This kit holds what the set's apps share: her Spanish line,
her NIE (foreigner's identity number: it is what Spanish forms call ``numero_dni``/``nif``), her
social-security number, her Vigo flat and its point, her partner and her son, her Spanish IBAN, her
health card; the boat (its registry folio and MMSI are the vessel's: negatives), the fish-auction
hall, her fishing-guild membership, seafarer's book and shellfish permit; the shellfish bank (a
negative); the Camino credential, stamps' venues (negatives) and her ride; the coeliac
association's membership; the gaita school (a negative); the rural house (a negative); the CPAP
machine (an accessory: negatives); and generators for her hauls, her tracks and her nights.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import COARSE, DEV, PRECISE
from eval_families24_kit import head
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]
NATID, FIT = "personal.national_id", "health.fitness"

# --- her life in Galicia -----------------------------------------------------------------------
GL_PHONE = "+34 612 480 337"  # her Spanish line (an eSIM): hers, so contact.phone
GL_E164, GL_NAT = "+34612480337", "612480337"
NIE = "Y4417093A"  # her foreigner's identity number (personal.national_id)
NAF = "361044782155"  # her social-security affiliation number (personal.national_id)
DOB_GL = "17/05/1991"
HOME_GL = {"rua": "Rúa Tomás Alonso 41, 2º B", "cp": "36208", "concello": "Vigo",
           "provincia": "Pontevedra"}
HOME_GL_AT = (42.229416, -8.744683)  # her Vigo flat (location.precise where sent)
PARTNER = ("Xurxo Lorenzo Piñeiro", "+34 633 157 902", "33512874B")  # name, phone, DNI
SON = {"nome": "Brais", "apelidos": "Lorenzo Doe", "dob": "2014-03-08", "idade": 11}
SON_ID = "alu_5f2a81c3"  # his student ID at the gaita school (id.user)
SON_CIP = "LODB140308011"  # his Galician health card (health.medical)
CIP = "DOXA910517023"  # her Galician health card (health.medical)
IBAN_ES = "ES9121000418450200051332"  # the well-known example IBAN, hers here
FRIEND = ("Uxía Pereira Souto", "+34 655 204 118")  # her Camino companion (typed by her)

# --- Poxamar (the fish auction) -----------------------------------------------------------------
BOAT = {"nome": "Nova Aurora", "folio": "VI-5-2187-04", "mmsi": "224187330", "eslora": 8.9}
LONXA = {"id": "LX-VIG", "nome": "Lonxa Poxamar do Berbés", "tel": "+34 986 555 014",
         "enderezo": "Rúa do Berbés s/n, Vigo", "lat": 42.24032, "lon": -8.72551}
PORT_AT = (42.23182, -8.74571)  # Bouzas harbour's entrance (the port's point: a negative)
SOCIO = "CFV-00417"  # her fishing-guild (cofradía) membership number (id.user)
LIBRETA = "LM-36-0081733"  # her seafarer's book (a state-issued identity document)
LIQUIDACION = "LQ-2025-118204"  # a week's sale settlement (financial.purchase)

# --- Ameixapass (shellfish harvesting) ----------------------------------------------------------
PERMEX = "PX-PO-2025-04173"  # her harvesting permit (a state-issued licence: national_id)
BANCO = {"zona": "PO-R3-07", "nome": "Banco de Arealonga", "lat": 42.28411, "lon": -8.66072}
BANCO_FIX = (42.284702, -8.660215)  # her fix on the shellfish bank
CHALECO = "V-0417"  # her numbered harvesting vest (the guild's equipment number: a negative)

# --- Cunchaselo (Camino credential, by bike) ---------------------------------------------------
CREDENCIAL = "CP-2025-PT-118402"  # her pilgrim credential number (id.user: it names her)
PASSPORT = "A41872093"  # her US passport (eval_families22_kit's)
VENUES = [{"id": "sel_0412", "nome": "Igrexa de Santiago de Redondela", "lat": 42.28327,
           "lon": -8.60893},
          {"id": "sel_0587", "nome": "Albergue de Pontevedra", "lat": 42.43211, "lon": -8.64120},
          {"id": "sel_0733", "nome": "Bar O Cruceiro, Caldas", "lat": 42.60448,
           "lon": -8.64027}]
CATHEDRAL_AT = (42.88058, -8.54453)  # the cathedral (a negative)
BIKE_FRAME = "WTU218C4471K"  # her bike's frame number (an object's serial: a negative)
STAGE_FROM, STAGE_TO = (42.283562, -8.608741), (42.431874, -8.643208)  # Redondela to Pontevedra

# --- Senglutia (coeliac restaurant guide) -----------------------------------------------------
SOCIA = "ACA-08817"  # her coeliac-association membership number (id.user)
PLACES = [{"id": "pl_7d21e0", "name": "Trattoria Sen Trigo", "phone": "+34 986 555 231",
           "lat": 42.23874, "lon": -8.72061},
          {"id": "pl_3a90b4", "name": "Pulpería A Lareira", "phone": "+34 986 555 278",
           "lat": 42.23612, "lon": -8.71288}]
RESTO_FIX = (42.238712, -8.720587)  # her fix at the trattoria

# --- Punteira (her son's gaita school) ----------------------------------------------------------
SCHOOL = {"id": "esc_vigo_03", "nome": "Escola de Gaitas de Teis", "tel": "+34 986 555 190",
          "lat": 42.25318, "lon": -8.69244}
TEACHER = ("Anxo Rial", "anxo.rial@punteira.example.com")  # his teacher (the school's: negatives)
TRIP = "saida_lorient_26"

# --- Casalura (rural-house rental) --------------------------------------------------------------
HOUSE = {"id": "cs_48817", "nome": "Casa do Souto", "enderezo": "Lugar do Souto 3, Parada de Sil",
         "tel": "+34 988 555 067", "lat": 42.38214, "lon": -7.56892}
HOUSE_FIX = (42.382207, -7.568773)  # her phone at the house
HOUSE_BSSID = "d8:07:b6:4c:21:9e"  # the house's router, seen by her phone (location.wifi)
RESERVA = "CSL-7Q4K2M"  # the booking code (financial.purchase)

# --- Folgo (CPAP adherence, a home-respiratory-therapy provider) -----------------------------
MACHINE = {"serial": "FG23-0051847", "model": "AirFolgo 11 AutoSet", "fw": "SX577-0402",
           "imei": "356938035643809", "lan": "192.168.1.57"}  # the machine (negatives)
CPAP_ORDER = "SUM-25-30418"  # a supplies order (financial.purchase)
HOSP = {"id": "h_valdolagares", "nome": "Hospital do Val do Lagares", "tel": "+34 986 555 900",
        "lat": 42.19021, "lon": -8.71174}


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise`` from 3 decimals)."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def home_ny(nd: int = 4) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals."""
    return fix((LAT, LON), nd)


def llstr(at: Pt, nd: int) -> L:
    """A ``"lat,lon"`` string of one of her positions."""
    return L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", PRECISE if nd >= 3 else COARSE)


def hauls(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her hauls (lances) off the Cíes islands: her fixes; species, weight and gear negatives."""
    out = []
    for i in range(n):
        out.append({"n": i + 1, "lat": L(round(42.2105 + rng.uniform(-0.01, 0.01), 5), PRECISE),
                    "lon": L(round(-8.8631 + rng.uniform(-0.012, 0.012), 5), PRECISE),
                    "hora": f"2025-12-09T0{5 + i}:{rng.randrange(10, 59)}:00+01:00",
                    "arte": "nasas", "especie": rng.choice(["OCC", "CRE", "SBR"]),
                    "kg": round(rng.uniform(4, 38), 1), "profundidade_m": rng.randrange(18, 45)})
    return out


def path(rng: random.Random, n: int, a: Pt, b: Pt, t0: int = 1765270000,
         keys: tuple[str, str] = ("lat", "lon")) -> list[dict[str, Any]]:
    """Her fixes from ``a`` to ``b`` (each lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = a[0] + (b[0] - a[0]) * f + rng.uniform(-0.0004, 0.0004)
        lo = a[1] + (b[1] - a[1]) * f + rng.uniform(-0.0004, 0.0004)
        out.append({"t": t0 + 60 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(11, 24), 1)})
    return out


def nights(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her CPAP nights: usage, residual AHI, leak and the 95th-percentile pressure."""
    return [{"date": f"2025-12-0{i + 1}", "usage_min": rng.randrange(290, 470),
             "ahi": round(rng.uniform(1.2, 4.8), 1), "leak_lpm": round(rng.uniform(4, 22), 1),
             "p95_cmh2o": round(rng.uniform(9.5, 12.5), 1), "mask_off": rng.randrange(0, 3)}
            for i in range(n)]


def apneas(rng: random.Random, n: int, t0: int = 1765235000) -> list[dict[str, Any]]:
    """The machine's flagged events in a night: type, start and length."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(400, 2400)
        out.append({"k": rng.choice(["OA", "CA", "H", "OA"]), "t": t, "s": rng.randrange(10, 38)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a lot, a stamp, a review): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def gl_head(app: Any, rng: random.Random, iid: str, how: str = "plain",
            lang: str | None = "gl", **kw: Any) -> dict[str, Any]:
    """The app's headers (set 24's ``head``) with a Galician, Spanish or English
    Accept-Language (``lang=None``: none, as most of the apps send)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang is None:
        return h
    h["Accept-Language"] = L({"gl": "gl-ES,gl;q=0.9,es;q=0.8,en;q=0.6",
                              "es": "es-ES,es;q=0.9,en;q=0.7",
                              "en": "en-US,en;q=0.9,es;q=0.6"}[lang], DEV)
    return h


__all__ = ["BANCO", "BANCO_FIX", "BIKE_FRAME", "BOAT", "CATHEDRAL_AT", "CHALECO", "CIP",
           "CPAP_ORDER", "CREDENCIAL", "DOB_GL", "FIT", "FRIEND", "GL_E164", "GL_NAT",
           "GL_PHONE", "HOME_GL", "HOME_GL_AT", "HOSP", "HOUSE", "HOUSE_BSSID", "HOUSE_FIX",
           "IBAN_ES", "LIBRETA", "LIQUIDACION", "LONXA", "MACHINE", "NAF", "NATID", "NIE",
           "PARTNER", "PASSPORT", "PERMEX", "PLACES", "PORT_AT", "RESERVA", "RESTO_FIX",
           "SCHOOL", "SOCIA", "SOCIO", "SON", "SON_CIP", "SON_ID", "STAGE_FROM", "STAGE_TO",
           "TEACHER", "TRIP", "VENUES", "apneas", "fix", "gl_head", "hauls", "home_ny", "llstr",
           "nights", "obj", "path"]
