"""Helpers for the hundred-and-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She is on a four-month posting in Sofia with her son
(her long-stay permit gave her a foreigner's personal number, which Bulgarian forms take in the
``egn`` field): her Sofia flat, its Wi-Fi, her number as typed in Bulgaria (``00`` prefix), her
birth date as Bulgarians write it, her husband's and her son's personal numbers; the fine app's
penalty notice, her transit card, the tram and its stop (negatives), her employer (negatives); the
psoriasis diary's dermatologist in New York (typed by her) and clinic (negatives); the rose
distillery (negatives), her fix in the rose field and the booking codes; the nightclub
(negatives), her guests, her fix at the door; the mountain huts (negatives), the trailhead, her
trek between two fixes, the hut's Wi-Fi, a GPX file; the pharmacy (negatives), her national
e-prescription and reservation; the chess academy (negatives), her son's IDs, the nanny and a
PGN game naming him.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- her posting in Sofia ------------------------------------------------------------------------
SOFIA_HOME = {"street": "ul. Shipka 34", "flat": "et. 3, ap. 9", "zip": "1504", "city": "Sofia",
              "district": "Oborishte"}
SOFIA_AT = (42.693712, 23.338461)  # her Sofia flat (location.precise where sent)
SOFIA_SSID, SOFIA_BSSID = "Shipka34-3F", "d4:6e:0e:52:19:a3"  # the flat's Wi-Fi (location.wifi)
LNCH = "1004127781"  # her foreigner's personal number, sent as ``egn`` (personal.national_id)
PARTNER_LNCH = "1004127790"  # her husband's (Alex Doe, eval_families22_kit.PARTNER)
PHONE_00 = "0015550100199"  # her US number as a Bulgarian form takes it (contact.phone)
DOB_BG = "17.05.1991"  # her birth date, Bulgarian style (personal.birthdate)

# --- Globoza (Sofia public-transport fines) -----------------------------------------------------
FINE_ACT = "KD-25-0418832"  # the penalty notice's number (financial.purchase: what she pays)
CITY_CARD = "2504118830457"  # her personalised transit card (id.user)
INSPECTOR = "K-1187"  # the inspector's badge (a negative)
TRAM = {"vehicle": "TM-2041", "line": "5", "stop": "0281", "stopName": "NDK"}  # negatives
STOP_AT = (42.68577, 23.31922)  # the stop's point (a negative)
TRAM_FIX = (42.685214, 23.318907)  # her phone on the tram at the validator
EMPLOYER = {"firma": "Quintbyte Labs EOOD", "eik": "206118830",
            "adres": "bul. Tsarigradsko shose 115", "tel": "+35929550110"}  # negatives

# --- Plaquelog (psoriasis diary; set up at home in New York) -------------------------------------
DERM = ("Dr. Priya Raman", "+12125550183", "p.raman@chelseaderm.example.com")  # typed by her
DERM_CLINIC = {"id": "clin_4410", "name": "Eighth Avenue Skin Clinic", "phone": "+12125550184",
               "lat": 40.74412, "lon": -74.00018}  # a clinic (negatives)

# --- Petalstill (rose-oil distillery tours, Kazanlak) -------------------------------------------
DISTILLERY = {"id": "dst_014", "name": "Petalstill Rose Distillery", "phone": "+359431550142",
              "line": "ul. Rozova dolina 7, Kazanlak", "lat": 42.61903, "lon": 25.39262}
FIELD_FIX = (42.608471, 25.411329)  # her phone in the rose field at dawn
ROSE_BOOKING = "PS-7Q41KD"  # the tour booking (financial.purchase)
ROSE_ORDER = "PSO-88120"  # a rose-oil order shipped to a friend (financial.purchase)
HOTEL_KZ = {"name": "Hotel Damask Garden", "phone": "+359431550160", "lat": 42.62041,
            "lon": 25.39717}  # a hotel (negatives)

# --- Tablenoir (nightclub VIP tables, Sofia) ----------------------------------------------------
CLUB = {"id": "ven_0771", "name": "Club Obsidian", "line": "bul. Vitosha 112",
        "phone": "+35929550177", "lat": 42.68312, "lon": 23.31871}  # the club (negatives)
CLUB_DOOR_FIX = (42.683241, 23.318566)  # her phone at the club's door
VIP_RES = "OBS-551204"  # the table reservation (financial.purchase)
PROMOTER = "PR-IVO-22"  # a promoter's code (a negative)
MILA = ("Mila Georgieva", "+359888550123")  # a Sofia friend, a guest

# --- Hizhanet (mountain huts, Rila) -------------------------------------------------------------
HUTS = [{"id": "hz_104", "name": "Zlatna Lodka hut", "phone": "+359889550131", "lat": 42.18211,
         "lon": 23.35521, "alt": 2230},
        {"id": "hz_117", "name": "Sedem Zvezdi hut", "phone": "+359889550144", "lat": 42.20442,
         "lon": 23.31368, "alt": 2196}]  # huts (negatives)
TRAILHEAD_AT = (42.24751, 23.29603)  # the trailhead car park (a negative)
TREK_START, TREK_END = (42.247402, 23.296188), (42.182390, 23.354817)  # her fixes
HUT_SSID, HUT_BSSID = "ZlatnaLodka-Guest", "7c:8b:ca:4e:02:91"  # the hut's Wi-Fi she joins
HUT_BOOKING = "HZ-40318"  # her booking (financial.purchase)
BOOKLET = "NTO100-448120"  # her "100 tourist sites" booklet number (id.user)
RENTAL_PLATE = "CB 4417 KT"  # the rental car's plate at the trailhead (a negative)

# --- Rezervika (pharmacy prescription reservations, Sofia) --------------------------------------
PHARMACY = {"id": "ph_0214", "name": "Apteka Rezervika Lozenets", "phone": "+35929550169",
            "line": "bul. Cherni vrah 43", "lat": 42.67702, "lon": 23.32011}  # (negatives)
RX_NRN = "25341A7F09K2"  # her national e-prescription's number (health.medical)
RX_RES = "RZ-310277"  # the reservation (financial.purchase)
RX_LOYALTY = "7700412098817"  # the chain's loyalty card (id.user)
PICKUP_CODE = "718204"  # the SMS pickup code (secret.credential: it releases the medicines)

# --- Gambitka (a Sofia chess academy; her son studies there) -------------------------------------
SON = ("Nico", "Doe")
SON_DOB, SON_YEAR, SON_AGE = "2015-10-03", 2015, 10
SON_ID = "stu_5f20b9c1"  # his student profile on her account (id.user)
SON_FIDE = "34178215"  # his FIDE ID (id.user: a register's ID of a person)
SON_LNCH = "1550036127"  # his foreigner's personal number (personal.national_id)
ACADEMY = {"id": "acd_03", "name": "Gambit Hall Chess Academy", "line": "ul. Oborishte 61",
           "phone": "+35929550152", "lat": 42.69511, "lon": 23.34233}  # (negatives)
ACADEMY_FIX = (42.695087, 23.342371)  # her phone at the academy's door
NANNY = ("Elena Petrova", "+359888550147")  # authorised to pick him up (contact.*)
TOURNAMENT = "tr_sofia_u12_2026"  # a tournament's ID (a negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 5) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def trek(rng: random.Random, n: int, start: Pt = TREK_START, end: Pt = TREK_END,
         t0: int = 1765440000) -> list[dict[str, Any]]:
    """Her fixes on the trek (lat/lon ``location.precise``; altitude, time and pace not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.0004, 0.0004)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.0004, 0.0004)
        out.append({"t": t0 + 600 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "ele": 1620 + 60 * i})
    return out


def gpx(rng: random.Random, n: int) -> bytes:
    """A GPX 1.1 file of the day's track (her fixes: one file part)."""
    pts = []
    for i in range(n):
        f = i / (n - 1)
        la = TREK_START[0] + (TREK_END[0] - TREK_START[0]) * f + rng.uniform(-0.0003, 0.0003)
        lo = TREK_START[1] + (TREK_END[1] - TREK_START[1]) * f + rng.uniform(-0.0003, 0.0003)
        pts.append(f'<trkpt lat="{la:.6f}" lon="{lo:.6f}"><ele>{1620 + 55 * i}</ele></trkpt>')
    return ('<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="Hizhanet">'
            f'<trk><name>Rila day 1</name><trkseg>{"".join(pts)}</trkseg></trk></gpx>').encode()


def pgn(event: str = "Gambit Hall club blitz") -> str:
    """A game's PGN with her son as White (his name in the tags)."""
    return (f'[Event "{event}"]\n[Site "Sofia BUL"]\n[Date "2025.12.06"]\n'
            f'[White "{SON[1]}, {SON[0]}"]\n[Black "Todorov, Kaloyan"]\n[Result "1-0"]\n\n'
            "1. e4 e5 2. Nf3 Nc6 3. Bc4 Nf6 4. Ng5 d5 5. exd5 Na5 6. Bb5+ c6 "
            "7. dxc6 bxc6 8. Be2 h6 9. Nf3 e4 10. Ne5 Bd6 11. d4 O-O 1-0\n")


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an entry, a tab, a trek plan): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "ACADEMY_FIX", "BOOKLET", "CITY_CARD", "CLUB", "CLUB_DOOR_FIX", "DERM",
           "DERM_CLINIC", "DISTILLERY", "DOB_BG", "EMPLOYER", "FIELD_FIX", "FINE_ACT", "HOTEL_KZ",
           "HUTS", "HUT_BOOKING", "HUT_BSSID", "HUT_SSID", "INSPECTOR", "LNCH", "MILA", "NANNY",
           "PARTNER_LNCH", "PHARMACY", "PHONE_00", "PICKUP_CODE", "PROMOTER", "RENTAL_PLATE",
           "ROSE_BOOKING", "ROSE_ORDER", "RX_LOYALTY", "RX_NRN", "RX_RES", "SOFIA_AT",
           "SOFIA_BSSID", "SOFIA_HOME", "SOFIA_SSID", "SON", "SON_AGE", "SON_DOB", "SON_FIDE",
           "SON_ID", "SON_LNCH", "SON_YEAR", "STOP_AT", "TOURNAMENT", "TRAILHEAD_AT", "TRAM",
           "TRAM_FIX", "TREK_END", "TREK_START", "VIP_RES", "fix", "gpx", "home", "obj", "pgn",
           "trek"]
