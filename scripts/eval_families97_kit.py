"""Helpers for the ninety-seventh (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``eval_families17_kit`` to
``eval_families37_kit``; the apps' header helper ``head``, JWT ``claims``, request IDs ``rid`` and
SDK per-install IDs ``sdk_id`` are set 24's; ``fix``, ``home`` and ``obj`` set 37's).

This kit adds what the set's apps share. She is on a year's posting in Cardiff with her husband
and their son, renting a terraced house in Pontcanna: her address there (Welsh and English
spellings), its point and its property reference (UPRN), her council-tax account, her National
Insurance number and a UK bank account; the council's hub and the recycling centre (negatives);
the movement clinic and the tremor watch (negatives), her neurologist and her NHS number; the
male-voice choir she accompanies, its chapel (a negative; its Wi-Fi seen from her phone) and
her fix there; the smallholding she keeps a few ewes on (its holding number is her account as
keeper; its point and address are hers), the mart, the vet and the tag reader (negatives); her
rail commute (stations negatives, her office in Newport hers), the season ticket, the
smartcard and the railcard; the hospice (a negative) and her fix there; her son's Welsh-medium
school (a negative), his pupil record and the school's codes.
"""

from __future__ import annotations

import math
import random

from eval_families17_kit import PRECISE
from eval_payloads import L

Pt = tuple[float, float]

# --- her home in Cardiff (a year's posting) -----------------------------------------------------
CY_LINE, CY_LINE_EN = "23 Teras Llwyn Onn", "23 Llwyn Onn Terrace"  # contact.address
CY_TOWN, CY_TOWN_EN, CY_POSTCODE = "Caerdydd", "Cardiff", "CF11 9QX"  # Pontcanna
CY_HOME_AT = (51.489312, -3.197441)  # location.precise where sent
UPRN = "100100883417"  # the house's Unique Property Reference Number (contact.address)
NINO, NINO_SPACED = "QQ123456C", "QQ 12 34 56 C"  # her National Insurance number
SORT_CODE, UK_ACCT = "08-99-99", "66374958"  # her UK current account (financial.payment)
UK_TZ, CY_LANG = "Europe/London", "cy-GB,cy;q=0.9,en-GB;q=0.8"
TEL_UK = "+442920180"  # Ofcom's drama range for Cardiff: businesses' numbers (negatives)

# --- Trethfin (council tax and bins) -------------------------------------------------------------
CT_ACCOUNT = "60041873"  # her council-tax account reference (id.user)
HUB = {"enw": "Hyb Treganna", "ffon": TEL_UK + "742", "lat": 51.48171, "lon": -3.20431}
RECYCLING_AT = (51.46934, -3.16871)  # the household recycling centre (a negative)
FLYTIP_FIX = (51.483617, -3.186902)  # her fix beside the fly-tipping (location.precise)
LAMP_FIX = (51.492071, -3.201584)  # her fix under a broken street light
BULKY_REF = "SWM-2512-40917"  # a bulky-waste collection booking (financial.purchase)

# --- Crynlog (Parkinson's tremor tracker) ---------------------------------------------------------
NEURO = ("Dr. Rhian Pritchard", "rhian.pritchard@ysbytyglan.example.org")  # typed by her
NHS_NO = "943 476 5919"  # her NHS number (see the set's calls)
MOVE_CLINIC = {"id": "clin_0412", "name": "Uned Anhwylderau Symud", "phone": TEL_UK + "315",
               "lat": 51.50631, "lon": -3.19021}  # the movement clinic (negatives)
WATCH = {"serial": "CRW-4G-2207719", "ble": "E4:5F:01:3A:9C:22", "fw": "1.8.2",
         "model": "Crynlog Band"}  # the tremor watch (an accessory: negatives)

# --- Corlais (the male-voice choir she accompanies on the piano) ---------------------------------
CHOIR = {"id": "cor_118", "name": "Côr Meibion Nant Eirin"}
CHAPEL = {"name": "Capel Bethania", "lat": 51.49502, "lon": -3.21377,
          "ssid": "Bethania-Gwesteion", "bssid": "cc:2d:e0:71:4a:90"}  # the chapel (negatives)
CHAPEL_FIX = (51.495061, -3.213702)  # her phone at rehearsal (location.precise)
JOIN_CODE = "NANT-4417-CY"  # the choir's join code (secret.credential)
PASSPORT_US = "A41872093"  # her passport, for the choir's tour to Brittany (national_id)

# --- Praiddlyfr (her smallholding's flock register) ----------------------------------------------
CPH = "68/123/4567"  # the holding number registered to her as keeper (id.user)
FLOCK_MARK = "UK0712345"  # her flock mark (id.user, as the keeper's register number)
HOLDING = {"line": "Tir Gwyn, Heol yr Eglwys", "town": "Llanfabon", "postcode": "CF37 4HP"}
HOLDING_AT = (51.628914, -3.295603)  # her smallholding's gate (location.precise)
MART = {"cph": "68/201/0099", "name": "Mart Pont-y-Fro", "lat": 51.60742,
        "lon": -3.34018}  # the livestock market (negatives)
READER = {"serial": "EID-SR3-558102", "ble": "F0:08:D1:5C:22:7E"}  # the stick reader
VET = {"name": "Milfeddygon y Bryn", "phone": "+441632960551"}  # the farm vet (negatives)

# --- Cymudwr (rail season ticket) ----------------------------------------------------------------
WORK_AT = (51.587962, -2.998741)  # her office in Newport (location.precise)
STATIONS = {"CDF": (51.47603, -3.17913), "NWP": (51.58857, -3.00023)}  # negatives
SEASON = "CYM-SA-7719204"  # her annual season ticket (financial.purchase)
SMARTCARD = "633597011844712290"  # her smartcard's number (id.user)
RAILCARD = "TT-44812907"  # a Two Together railcard with her husband (financial.purchase)
WORK_MAIL = "jane.doe@tidalgrid.example.com"  # her work mailbox (hers: contact.email)

# --- Gofalrota (hospice volunteer rota) ----------------------------------------------------------
HOSPICE = {"id": "hos_31", "name": "Hosbis Awel Môr", "phone": TEL_UK + "519",
           "lat": 51.51402, "lon": -3.23115, "ssid": "AwelMor-Gwirfoddol",
           "bssid": "9c:1c:12:8b:33:e0"}
HOSPICE_FIX = (51.514061, -3.231094)
COORD_MAIL = "gwirfoddoli@awelmor.example.org"  # the coordinators' mailbox (a negative)
REFEREES = [("Siân Howells", "+447700900412", "sian.howells@example.net"),
            ("Mark Feld", "+15550148823", "mark.feld@example.com")]

# --- Ysgolbont (her son's Welsh-medium school) ---------------------------------------------------
SON_FIRST, SON_LAST, SON_DOB, SON_AGE = "Owen", "Doe", "2017-03-09", 8
PUPIL = "pup_27c1e9a0"  # his record on her account (id.user)
UPN = "Z821401117005"  # his Unique Pupil Number (see the set's calls)
SCHOOL = {"id": "ysg_6812", "name": "Ysgol Gymraeg Cwm Derwen", "phone": TEL_UK + "688",
          "lat": 51.49388, "lon": -3.20912}
TEACHER_MAIL = "blwyddyn3@cwmderwen.example.org"  # the class mailbox (a negative)
SCHOOL_CODE = "CWMD-8Q2K-71"  # the school's parent invite code (secret.credential)


# --- generators ----------------------------------------------------------------------------------
def tremor(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """The watch's accelerometer rows ``[ms, x, y, z]`` in g: a 5 Hz rest tremor."""
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * 5.1 * i / hz)
        out.append([i * 1000 // hz, round(0.09 * s + rng.gauss(0, 0.01), 4),
                    round(0.05 * s + rng.gauss(0, 0.01), 4), round(0.99 + rng.gauss(0, 0.01), 4)])
    return out


def spiral(rng: random.Random, n: int) -> list[list[float]]:
    """Her finger tracing an Archimedes spiral on the screen: ``[ms, x, y, pressure]`` rows."""
    out = []
    for i in range(n):
        r, a = 12 + 4.2 * i, i * 0.35
        out.append([i * 16, round(540 + r * math.cos(a) + rng.gauss(0, 2.5), 1),
                    round(1100 + r * math.sin(a) + rng.gauss(0, 2.5), 1),
                    round(rng.uniform(0.3, 0.6), 2)])
    return out


def taps(rng: random.Random, n: int) -> list[int]:
    """A finger-tapping test: the times (ms) of each tap."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(170, 330)
        out.append(t)
    return out


def walk(rng: random.Random, n: int, at: Pt, nd: int = 6,
         t0: int = 1765360000) -> list[dict[str, object]]:
    """Her walk round a field or a street (each lat/lon ``location.precise``)."""
    lat, lon, out = at[0], at[1], []
    for i in range(n):
        lat += rng.uniform(-0.00012, 0.00015)
        lon += rng.uniform(-0.00015, 0.00012)
        out.append({"t": t0 + 15 * i, "lat": L(round(lat, nd), PRECISE),
                    "lon": L(round(lon, nd), PRECISE), "acc": rng.choice([4, 5, 7])})
    return out


def tags(rng: random.Random, n: int) -> list[str]:
    """Her ewes' electronic tag numbers (826 + flock mark + animal: the animals', negatives)."""
    return [f"8260{FLOCK_MARK[3:]}{rng.randrange(100, 999):05d}" for _ in range(n)]


def members(rng: random.Random, n: int, pre: str = "mem_") -> list[str]:
    """Other people's IDs in a group (choristers, volunteers, pupils): negatives."""
    return [pre + "".join(rng.choice("0123456789abcdef") for _ in range(8)) for _ in range(n)]


__all__ = ["BULKY_REF", "CHAPEL", "CHAPEL_FIX", "CHOIR", "COORD_MAIL", "CPH", "CT_ACCOUNT",
           "CY_HOME_AT", "CY_LANG", "CY_LINE", "CY_LINE_EN", "CY_POSTCODE", "CY_TOWN",
           "CY_TOWN_EN", "FLOCK_MARK", "FLYTIP_FIX", "HOLDING", "HOLDING_AT", "HOSPICE",
           "HOSPICE_FIX", "HUB", "JOIN_CODE", "LAMP_FIX", "MART", "MOVE_CLINIC", "NEURO",
           "NHS_NO", "NINO", "NINO_SPACED", "PASSPORT_US", "PUPIL", "RAILCARD", "READER",
           "RECYCLING_AT", "REFEREES", "SCHOOL", "SCHOOL_CODE", "SEASON", "SMARTCARD",
           "SON_AGE", "SON_DOB", "SON_FIRST", "SON_LAST", "SORT_CODE", "STATIONS", "TEACHER_MAIL",
           "TEL_UK", "UK_ACCT", "UK_TZ", "UPN", "UPRN", "VET", "WATCH", "WORK_AT", "WORK_MAIL",
           "members", "spiral", "tags", "taps", "tremor", "walk"]
