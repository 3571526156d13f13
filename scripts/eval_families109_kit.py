"""Helpers for the hundred-and-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends a year in Cusco with her husband Wilber, whose
family keeps alpacas in an upland community of Pitumarca, and she is pregnant (15 weeks on the
capture day): her San Blas flat and its point, her Peruvian line, her resident card (carné de
extranjería), her husband, the pregnancy's dates; the places that are not hers (the fibre
cooperative's collection centre, the Inca citadel's gate and the train station, the weaving centre,
the radio's studio, the seed fair, the clinic: negatives) and her own fixes at some of them; the
cooperative's member number and a grading slip; the site's booking and tickets; the clinic's
card number; generators for the phone camera's PPG frames, a night's SpO2 and her plot's
boundary; the apps' headers with a Spanish (Peru) Accept-Language.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import DEV, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her year in Cusco ----------------------------------------------------------------------------
CUSCO_LINE = "Calle Tandapata 318, dpto. 2"  # her flat in San Blas (contact.address)
CUSCO_DISTRICT, CUSCO_CITY, CUSCO_REGION, CUSCO_POSTAL = "Cusco", "Cusco", "Cusco", "08003"
CUSCO_AT = (-13.515104, -71.974238)  # her flat (location.precise where sent)
PE_PHONE, PE_NATIONAL = "+51984552107", "984 552 107"  # her Peruvian line (contact.phone)
CE_NUMBER = "001847293"  # her carné de extranjería (personal.national_id)
HUSBAND = {"name": "Wilber Huallpa Ccori", "first": "Wilber", "phone": "+51974330918",
           "dni": "43870215", "dob": "1988-09-03"}  # typed by her: contact.*, national_id
COMMUNITY = "Hatun Q'asa"  # the husband's family's upland community (location.coarse)
ESTANCIA_AT = (-13.982417, -71.389062)  # the family's herd and pasture (location.precise)
PLOT_AT = (-13.984310, -71.391874)  # the family's potato field (location.precise)
LMP, DUE, WEEKS = "2025-08-25", "2026-06-01", 15  # her pregnancy (health.medical|sensitive)

# --- Millmanchis (alpaca-fibre cooperative) ---------------------------------------------------
SOCIO = "MLL-PIT-00417"  # her cooperative member number (id.user)
SLIP = "BC-25-004417"  # a grading slip for her fleeces (financial.purchase: a sale's record)
CCI = "00328500004417293812"  # her interbank account code (financial.payment)
ACOPIO = {"id": "ACO-07", "name": "Centro de Acopio Checacupe", "phone": "+5184551203",
          "ruc": "20490118734", "at": (-14.02781, -71.45412)}  # the coop's centre: negatives
ACOPIO_FIX = (-14.027688, -71.454031)  # her phone at the centre, delivering

# --- Pachapass (heritage-site entry and train seats) ------------------------------------------
SITE = {"code": "SRQ", "name": "Sumaq Rumi", "gate": "G2", "gate_at": (-13.16321, -72.54517)}
GATE_FIX = (-13.163447, -72.545019)  # her fix at the gate
STATION_AT = (-13.25911, -72.26392)  # the valley's railway station (a negative)
PNR = "PP-7XK42M"  # her booking (financial.purchase)
TICKETS = ["SRQ-2601-884712", "SRQ-2601-884713"]  # hers and Wilber's entries (financial.purchase)

# --- Awanakuy (weaving workshops) ---------------------------------------------------------------
CENTRO = {"id": "ws_aw_0031", "name": "Centro Textil Awana Wasi", "phone": "+5184306144",
          "at": (-13.39301, -72.04912)}  # the weaving centre (negatives)
CENTRO_FIX = (-13.392948, -72.049233)
FRIEND = ("Emily Carter", "emily.carter@example.net")  # a visiting friend she books for
CLASS_REF = "AWK-25-1193"  # her class booking (financial.purchase)

# --- Sonqo FM (community radio) -------------------------------------------------------------------
RADIO = {"id": "st_sonqo_987", "name": "Radio Ayllu Sonqo 98.7", "phone": "+5184241987",
         "at": (-13.51838, -71.97702)}  # the studio (negatives)
MOTHER_IN_LAW = "Rosa Ccori Mamani"  # named in a dedication she writes

# --- Muhunchis (native-potato seed exchange) ------------------------------------------------------
GROWER = "PAPA-CU-2291"  # her grower code (id.user)
FAIR_AT = (-13.39205, -72.04766)  # the seed fair's square (a negative)
FAIR_FIX = (-13.392133, -72.047512)  # her phone at the fair
SWAP = "SWP-88120"  # a seed swap (financial.purchase: an exchange she made)
VARIETIES = ["Puka Mama", "Yana Wayru", "Qompis", "Peruanita", "Muru Suytu"]

# --- Wawakarnet (prenatal check-up card) ----------------------------------------------------------
CLINIC = {"id": "cl_cus_14", "name": "Clínica Wiñay Cusco", "phone": "+5184233118",
          "line": "Av. de la Cultura 1420", "at": (-13.52655, -71.95832)}  # negatives
CARD_NO = "HC-0448291"  # her clinic record / check-up card number (health.medical)
OB_DOC = ("Dra. Rocío Mamani Puma", "rmamani@winaycusco.example.org")  # her obstetrician


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", auth: str | None = None,
       lang: str | None = "es", extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app's headers (set 24's ``head``) with a Peruvian Spanish, Quechua or English
    Accept-Language (``device.info``), or none (``lang=None``: OkHttp sends none by default)."""
    h = head(app, rng, iid=iid, how=how, auth=auth, lang=True, extra=extra)
    if lang is None:
        del h["Accept-Language"]
    elif lang == "es":
        h["Accept-Language"] = L("es-PE,es;q=0.9,en;q=0.7", DEV)
    elif lang == "qu":
        h["Accept-Language"] = L("qu-PE,es-PE;q=0.8,es;q=0.6", DEV)
    return h


def ppg(rng: random.Random, n: int, fps: int = 30) -> list[list[float]]:
    """The phone camera's fingertip frames: ``[ms, red, green]`` channel means (a PPG signal)."""
    return [[i * 1000 // fps, round(142 + 6 * math.sin(i / 4.1) + rng.gauss(0, 0.6), 2),
             round(38 + 2 * math.sin(i / 4.1 + 0.4) + rng.gauss(0, 0.3), 2)] for i in range(n)]


def spo2_night(rng: random.Random, n: int) -> list[int]:
    """A night's SpO2 per minute from her watch (dips at altitude)."""
    return [max(78, min(95, round(89 + 3 * math.sin(i / 11) + rng.gauss(0, 1.4))))
            for i in range(n)]


def boundary(at: Pt, rng: random.Random, n: int = 5) -> list[dict[str, L]]:
    """Her family plot's corners ``{lat, lon}`` at 6 decimals (each ``location.precise``)."""
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        out.append({"lat": L(round(at[0] + 0.0004 * math.sin(a) + rng.uniform(-4e-5, 4e-5), 6),
                             PRECISE),
                    "lon": L(round(at[1] + 0.0006 * math.cos(a) + rng.uniform(-4e-5, 4e-5), 6),
                             PRECISE)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot, a class, a listing, a song): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACOPIO", "ACOPIO_FIX", "CARD_NO", "CCI", "CENTRO", "CENTRO_FIX", "CE_NUMBER",
           "CLASS_REF", "CLINIC", "COMMUNITY", "CUSCO_AT", "CUSCO_CITY", "CUSCO_DISTRICT",
           "CUSCO_LINE", "CUSCO_POSTAL", "CUSCO_REGION", "DUE", "ESTANCIA_AT", "FAIR_AT",
           "FAIR_FIX", "FRIEND", "GATE_FIX", "GROWER", "HUSBAND", "LMP", "MOTHER_IN_LAW",
           "OB_DOC", "PE_NATIONAL", "PE_PHONE", "PLOT_AT", "PNR", "RADIO", "SITE", "SLIP",
           "SOCIO", "STATION_AT", "SWAP", "TICKETS", "VARIETIES", "WEEKS", "boundary", "fix",
           "hd", "obj", "ppg", "spo2_night"]
