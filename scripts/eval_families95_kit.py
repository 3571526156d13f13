"""Helpers for the ninety-fifth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in New York (the profile's position) and
spends half of this year on assignment in Baku with her son Leo (10): her Baku flat, her FIN
code (the residence permit's personal number), the car she keeps there, her motor policy, her
husband as a named driver, the other driver of a scrape and its site; her dialysis units in New
York and Baku (negatives), her nephrologist and insurance member number; a carpet weaver's
workshop and listings (negatives); the Caspian ferry's ports and ship (negatives), the ship's
Wi-Fi, her booking and her fix at the port gate; nard opponents (other players: negatives); her
CPAP machine (an accessory: negatives) and her sleep physician; Leo's music school, his teacher
(negatives), his nanny; and generators (her fixes, therapy nights, intradialytic vitals, nard
moves, object IDs).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Baku: her flat there (contact.address / location.coarse / location.precise) ------------------
BAKU_HOME = {"unvan": "Nizami küçəsi 67, mənzil 14", "seher": "Bakı", "indeks": "AZ1005"}
BAKU_HOME_AT = (40.376931, 49.845217)
FIN = "5KQ7R2M"  # the FIN code of her temporary residence permit (personal.national_id)
NET_BAKU = ("Xezer Mobil", "400", "09")  # the network she roams on in Baku (location.carrier)

# --- Avtoqalxan (motor insurance) -----------------------------------------------------------------
LICENCE = "604 913 772"  # her New York driver's licence (personal.national_id)
CAR = {"plate": "90-JD-417", "vin": "KNAPM81ABK7512044", "marka": "Kia", "model": "Sportage",
       "il": 2019}  # her car in Baku: plate and VIN id.hardware (sets 29, 36), the rest not
POLICY = "AVQ-ICB-25-0048812"  # her policy number (id.user: her account with the insurer)
SPOUSE = ("Alex Doe", "+15550176612", "1989-11-02", "512 884 230")  # name, phone, birth, licence
OTHER_DRIVER = ("Rauf Məmmədov", "+994505552187", "10-RM-552")  # typed by her (contact.*)
CRASH_AT = (40.379812, 49.853307)  # where her car was scraped (her fix)
AVQ_OFFICE = {"id": "of_12", "ad": "Avtoqalxan Nərimanov", "tel": "+994125554010",
              "unvan": "Atatürk prospekti 44", "lat": 40.40286, "lon": 49.87011}  # a negative

# --- Dialyslot (dialysis schedule) ----------------------------------------------------------------
NY_UNIT = {"id": "unit_ny_0412", "name": "Kips Bay Dialysis Unit", "line": "310 East 30th Street",
           "phone": "+12125550172", "lat": 40.74213, "lon": -73.97652}  # negatives
BAKU_UNIT = {"id": "unit_az_0031", "name": "Xəzər Dializ Mərkəzi", "line": "Təbriz küçəsi 12",
             "phone": "+994125557720", "lat": 40.38871, "lon": 49.83412}  # negatives
CHAIR_FIX = (40.388694, 49.834157)  # her phone at the chair in Baku
NEPHRO = ("Dr. Priya Raman", "p.raman@kipsbaykidney.example.org", "+12125550149")
MEMBER_DS = "KDN448120937"  # her health-insurance member number (health.medical)

# --- Xalcha (handmade carpets) --------------------------------------------------------------------
WEAVER = {"id": "sel_quba_0217", "name": "Gülnarə Əliyeva", "shop": "Quba İpək Emalatxanası",
          "phone": "+994235552214", "lat": 41.36112, "lon": 48.51347}  # the seller: negatives
CARPET = {"id": "lst_7f31c20a", "title": "Qırmızı Quba, 1.9 x 2.9 m", "price": "2450.00",
          "knots": 160000}  # the listing (its price a negative until she buys)
ORDER_XC = "XC-25-118204"  # her order (financial.purchase)
PASSPORT = "A41872093"  # her passport, asked for the export certificate (set 22's number)

# --- Xazarline (Caspian ferry) --------------------------------------------------------------------
PORT_ALAT = {"code": "AZ-ALT", "name": "Bakı Beynəlxalq Dəniz Limanı (Ələt)", "lat": 39.94483,
             "lon": 49.40821}
PORT_KURYK = {"code": "KZ-KRK", "name": "Kuryk", "lat": 43.17722, "lon": 51.66491}
PORT_FIX = (39.944561, 49.409716)  # her fix at the port gate
SHIP = {"name": "Şirvan Dostu", "imo": "9417382", "mmsi": "423118000", "lat": 40.81722,
        "lon": 50.95318}  # the vessel (negatives, also its position)
SHIP_WIFI = ("XAZARLINE-ONBOARD", "e8:48:b8:71:0c:3d")  # the ship's network she joins
BOOKING_XZ = "XZL-7Q4K2M"  # her booking (financial.purchase)
SON = ("Leo", "Doe", "2015-03-08", "A58209341")  # her son: first, last, birth, passport

# --- Zarli (online nard) --------------------------------------------------------------------------
NICK = "JaneD_NY"  # her screen name (id.user)

# --- Nightdraft (CPAP companion) ------------------------------------------------------------------
CPAP = {"serial": "NDA10-22190456", "ble": "D4:3A:71:0E:5C:91", "model": "Nightdraft Air 10",
        "fw": "4.1.7", "modem_imei": "356938035643809"}  # the machine: an accessory (negatives)
SLEEP_MD = ("Dr. Samuel Ortiz", "s.ortiz@eastsidesleep.example.com")  # typed by her
MEMBER_ND = "EHX5520918374"  # her health-insurance member ID (health.medical)

# --- Sazly (Leo's music school in Baku) -----------------------------------------------------------
KID_ID = "stu_9d24a17c"  # Leo's student profile on her account (id.user)
SCHOOL = {"id": "sch_baku_03", "name": "Sazly Musiqi Məktəbi", "line": "Üzeyir Hacıbəyov 24",
          "phone": "+994125553308", "lat": 40.37268, "lon": 49.85122}  # negatives
TEACHER = {"id": "tch_3301", "name": "Aynur Quliyeva", "email": "aynur.q@sazly.example.org"}
NANNY = ("Lalə Həsənova", "+994555553140")  # allowed to pick Leo up (contact.*)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (3 or more: ``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def nights(rng: random.Random, n: int, t0: str = "2025-12-0") -> list[dict[str, Any]]:
    """CPAP nights as the machine summarises them: usage, AHI, leak, pressure (the dates not)."""
    return [{"date": f"{t0}{i + 2}", "usageMin": rng.randrange(290, 470),
             "ahi": round(rng.uniform(1.2, 4.8), 1), "leak95": round(rng.uniform(6, 28), 1),
             "p95": round(rng.uniform(8.5, 11.5), 1), "maskOn": rng.randrange(1, 4)}
            for i in range(n)]


def vitals(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Blood pressure and pulse every 30 minutes at the chair (one treatment record)."""
    return [{"min": 30 * i, "sys": rng.randrange(118, 152), "dia": rng.randrange(68, 92),
             "pulse": rng.randrange(66, 94)} for i in range(n)]


def moves(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Nard moves: dice, checker moves (points 1-24) and think time (game pacing, not labelled)."""
    out = []
    for i in range(n):
        d = [rng.randrange(1, 7), rng.randrange(1, 7)]
        fr = rng.randrange(6, 25)
        out.append({"n": i + 1, "dice": d, "m": [[fr, fr - d[0]], [fr - 1, fr - 1 - d[1]]],
                    "ms": rng.randrange(1800, 14000)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a game, a listing message): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AVQ_OFFICE", "BAKU_HOME", "BAKU_HOME_AT", "BAKU_UNIT", "BOOKING_XZ", "CAR", "CARPET",
           "CHAIR_FIX", "CPAP", "CRASH_AT", "FIN", "KID_ID", "LICENCE", "MEMBER_DS", "MEMBER_ND",
           "NANNY", "NEPHRO", "NET_BAKU", "NICK", "NY_UNIT", "ORDER_XC", "OTHER_DRIVER",
           "PASSPORT", "POLICY", "PORT_ALAT", "PORT_FIX", "PORT_KURYK", "SCHOOL", "SHIP",
           "SHIP_WIFI", "SLEEP_MD", "SON", "SPOUSE", "TEACHER", "WEAVER", "fix", "home", "moves",
           "nights", "obj", "vitals"]
