"""Helpers for the seventy-first (blind) evaluation set. Wire helpers, the profile's transforms and
``report`` stay in the earlier kits (``eval_families17_kit`` and neighbours; ``head``,
``claims``, ``rid`` and ``sdk_id`` are set 24's). This kit holds the category ids under short
names and what the set's apps share: the remittance app's family (her mother-in-law in Toronto,
her father-in-law in Tehran, his national code), the Toronto exchange office (a negative); the
kidney trial's site (a negative), her participant number and her readings; the kite beach, the
wind stations (negatives) and her session track; the care home (a negative) and her grandmother;
the tattoo studio and its artists (negatives); the radio amateurs she works (negatives), her call
sign and grid locator; the bike shed, its lock (negatives) and the shed's co-members.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_payloads import LAT, LON, L, rnd_hex

ADDR, ADID, BIRTH, BUY = ("contact.address", "id.advertising", "personal.birthdate",
                          "financial.purchase")
CARRIER, COARSE, CONTACTS, CRED = ("location.carrier", "location.coarse", "content.contacts",
                                   "secret.credential")
DEV, DID, FIT, GENDER = "device.info", "id.device", "health.fitness", "personal.gender"
HW, IPLOC, MAIL, MED = "id.hardware", "location.ip", "contact.email", "health.medical"
MEDIA, MOTION, NAMEC, NATID = ("content.media", "behavior.motion", "contact.name",
                               "personal.national_id")
PAY, PRECISE, SEARCH, SENS = ("financial.payment", "location.precise", "behavior.search",
                              "personal.sensitive")
TEL, TEXT, UID, USAGE, WIFI = ("contact.phone", "content.text", "id.user", "behavior.usage",
                               "location.wifi")
BROWSE = "behavior.browsing"
Pt = tuple[float, float]

# --- Hamdel (a Toronto diaspora remittance and family-chat app) ---------------------------------
MADAR = ("Parvin Rahimi", "+14165550148")  # her mother-in-law in North York (contact.*)
PEDAR = ("Dariush Rahimi", "+989125550173")  # her father-in-law in Tehran, a payee (contact.*)
KOD_MELI = "0079841236"  # his national code, typed by her for the payout (personal.national_id)
PASSPORT = "X51984327"  # her passport number for the KYC (personal.national_id)
SARRAFI = {"id": "br_tor_07", "nam": "Hamdel Yonge Branch", "adres": "5450 Yonge St",
           "telefon": "+14165550190", "lat": 43.77932, "lon": -79.41588}  # the branch: negatives
FAMILY_CHAT = "grp_rahimi_9f20"  # the family group's ID (a negative)
DOB_JALALI = "1370/02/27"  # her birth date in the Persian calendar (personal.birthdate)

# --- Kidnova (a polycystic-kidney-disease trial diary) -----------------------------------------
SUBJECT = "301-0417-112"  # her trial participant number (id.user: the app's key for her)
SITE = {"id": "site_0417", "name": "Hudson Renal Research Unit", "phone": "+12125550164",
        "line": "525 East 68th Street", "lat": 40.76471, "lon": -73.95428}  # negatives
COORD_MAIL = "pkd.trial@hudsonrenal.example.org"  # the coordinator's mailbox (a negative)
KIT_NO = "KT-88120-B"  # the study drug's kit number (a supply ID: a negative)

# --- Gustline (kite-surfing wind and sessions) --------------------------------------------------
SPOTS = {"rockaway": (40.58344, -73.81621), "breezy": (40.55912, -73.92877)}  # public: negatives
STATION = "wx_ny_0231"  # a wind station (a negative)
BEACH_FIX = (40.583917, -73.815604)  # her phone on the beach at launch (location.precise)
BOARD = {"serial": "GL-BS2-0093317", "ble": "D4:3A:7C:19:E0:52", "fw": "1.8.4"}  # the sensor

# --- Hearthvisit (care-home visits) -------------------------------------------------------------
GRANNY = ("Eleanor Doe", "1937-09-03")  # her grandmother (contact.name, personal.birthdate)
HOME_CARE = {"id": "fac_1182", "name": "Maple Grove Care Home", "phone": "+17185550136",
             "line": "88-10 Queens Boulevard", "lat": 40.73561, "lon": -73.87702}  # negatives
RESIDENT = "RES-20931"  # the home's record number for her grandmother (a negative)

# --- Needlenook (a tattoo studio's bookings) ----------------------------------------------------
STUDIO = {"id": "st_bk_44", "name": "Needlenook Bushwick", "line": "212 Knickerbocker Ave",
          "phone": "+17185550122", "lat": 40.70494, "lon": -73.92291}  # negatives
ARTISTS = ["art_3318ad", "art_90c1fe"]  # artists' IDs (negatives)
BOOKING = "NN-BK-551207"  # her booking's reference (financial.purchase)

# --- Dipolelog (a ham-radio logbook) -----------------------------------------------------------
CALL = "KD2ZQV"  # her call sign (id.user: it names her on the air and in the log)
GRID4, GRID6, GRID8 = "FN30", "FN30ar", "FN30ar18"  # her Maidenhead locator (location.coarse)
FRN = "0031884712"  # her FCC registration number (personal.national_id)
LOTW_PASS = "Ant3nna!Tuner"
WORKED = [("VE3XQM", "FN03fp"), ("G4ZKT", "IO91wm"), ("JA1ZXO", "PM95uq"), ("EA8ZDX", "IL18tj"),
          ("K5ZQW", "EM10ck")]  # other operators and their grid squares (negatives)

# --- Shedlatch (a smart lock on a shared bike shed) ---------------------------------------------
LOCK = {"id": "lk_7731e2", "serial": "SL-M2-0044718", "ble": "E8:9F:6D:21:4C:0B",
        "fw": "3.2.0", "battery": 64}  # the lock (negatives)
SHED = {"id": "shed_w31", "name": "West 31st St Garden Bike Shed", "lat": 40.74909,
        "lon": -73.99410}  # the shed at a community garden (a negative)
SHED_FIX = (40.749122, -73.994031)  # her phone at the shed door (location.precise)
LOCK_PIN = "480215"  # her keypad code (secret.credential)
MEMBERS = [("Marcus Bell", "+15550172204", "m.bell@example.net"),
           ("Ines Okoro", "+15550139187", "ines.o@example.com")]  # co-members she invites


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a transfer, a visit, a QSO): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def track(rng: random.Random, n: int, start: Pt = BEACH_FIX, t0: int = 1765312000,
          keys: tuple[str, str] = ("lat", "lon")) -> list[dict[str, Any]]:
    """Her fixes on the water, tacking off the beach (lat/lon precise; speed and time not)."""
    out = []
    for i in range(n):
        lat = start[0] - 0.0009 * i + 0.0004 * math.sin(i)
        lon = start[1] + 0.0016 * i + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(lat, 6), PRECISE),
                    keys[1]: L(round(lon, 6), PRECISE), "kn": round(rng.uniform(14, 24), 1)})
    return out


def board_imu(rng: random.Random, n: int) -> list[list[float]]:
    """The board sensor's rows ``[ms, ax, ay, az]`` in g around a jump."""
    return [[i * 20, round(rng.gauss(0, 0.3), 3), round(rng.gauss(0, 0.3), 3),
             round(1 + 2.4 * math.exp(-((i - n / 2) ** 2) / 8) + rng.gauss(0, 0.1), 3)]
            for i in range(n)]


def qsos(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her contacts on the air: the other station's call and grid (negatives), band, mode,
    reports and times; her own call and grid on each (``id.user``, ``location.coarse``)."""
    bands = [("20m", 14.074, "FT8"), ("40m", 7.074, "FT8"), ("17m", 18.13, "SSB"),
             ("20m", 14.225, "SSB"), ("15m", 21.074, "FT8")]
    out = []
    for i in range(n):
        call, grid = WORKED[(i + rng.randrange(2)) % len(WORKED)]
        band, mhz, mode = bands[i % len(bands)]
        out.append({"call": call, "gridsquare": grid, "band": band, "freq": mhz,
                    "mode": mode, "rst_sent": "-07",
                    "rst_rcvd": "-12", "qso_date": "20251209", "time_on": f"23{10 + i:02d}00",
                    "station_callsign": L(CALL, UID), "my_gridsquare": L(GRID6, COARSE)})
    return out


__all__ = ["ADDR", "ADID", "ARTISTS", "BEACH_FIX", "BIRTH", "BOARD", "BOOKING", "BROWSE", "BUY",
           "CALL", "CARRIER", "COARSE", "CONTACTS", "COORD_MAIL", "CRED", "DEV", "DID",
           "DOB_JALALI", "FAMILY_CHAT", "FIT", "FRN", "GENDER", "GRANNY", "GRID4", "GRID6",
           "GRID8", "HOME_CARE", "HW", "IPLOC", "KIT_NO", "KOD_MELI", "LOCK", "LOCK_PIN",
           "LOTW_PASS", "MADAR", "MAIL", "MED", "MEDIA", "MEMBERS", "MOTION", "NAMEC", "NATID",
           "PASSPORT", "PAY", "PEDAR", "PRECISE", "RESIDENT", "SARRAFI", "SEARCH", "SENS", "SHED",
           "SHED_FIX", "SITE", "SPOTS", "STATION", "STUDIO", "SUBJECT", "TEL", "TEXT", "UID",
           "USAGE", "WIFI", "WORKED", "board_imu", "fix", "home", "obj", "qsos", "track"]
