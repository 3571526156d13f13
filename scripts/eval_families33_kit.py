"""Helpers for the thirty-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families31_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her home's solar, battery and heat-pump equipment and the
utility's meter (fixed home equipment: negatives), her utility account, the roof outline at her
home, the installer's and the utility's numbers; the pregnancy's dates, her obstetrician, the
hospital (a negative), her partner, her insurance member ID; the news app's articles and a
subscription's order code; the Norwegian agency's places (a lake, a hunting area, a river zone:
negatives), her Tromsø flat, her D-number (valid control digits) and hunter number, her own fixes
at the lake and on the hunt; the CPAP machine and mask (negatives), her sleep physician and the
supplier; the chess handle and other players; the Finnish company's lockers (negatives), her
Helsinki flat, a friend she sends a parcel to, tracking numbers and a pick-up code; generators
(half-hourly meter readings, kick sessions, CPAP nights, piece drags, think times).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

# --- Sunbarrow (rooftop solar, battery, heat pump): her home is at the profile's position ----
UTILITY_ACCT = "4417-302-9981"  # her account at the electric utility (id.user, set 11)
METER = {"serial": "LGZ-88120417", "model": "E360 AMI"}  # the utility's meter (a negative)
INVERTER = {"serial": "SBI76-2204418", "model": "Sunbarrow Hybrid 7.6", "fw": "4.3.2",
            "mac": "48:E7:29:3A:0C:51"}
BATTERY = {"serial": "SBB13-0771942", "kwh": 13.5, "fw": "2.1.7"}
HEATPUMP = {"serial": "AW9-55102387", "model": "AirWarm 9 kW", "fw": "2.8.0"}
GATEWAY = {"serial": "SBG-0093318", "mac": "48:E7:29:3A:0C:52", "fw": "1.12.4"}
INSTALLER = {"name": "Brightside Solar Co.", "phone": "+12125550153",
             "mail": "service@brightside.example.com"}
UTILITY_PHONE = "+18005550161"
HOME_WIFI_PASS = "Maple&Quartz19"  # the home Wi-Fi's password (set 29's, the same home)
SOLAR_LOAN = "SBL-25-330918"  # her panels' financing agreement (financial.purchase)

# --- Bumpwise (pregnancy) ---------------------------------------------------------------------
DUE, LMP, WEEK = "2026-05-02", "2025-07-26", 19
OB = ("Dr. Hannah Lindqvist", "+12125550129")  # the name she types; the practice's line
HOSPITAL = {"id": "hsp_2291", "name": "Gramercy Women's Hospital", "phone": "+12125550148",
            "lat": 40.73652, "lon": -73.98211}
PARTNER = ("Daniel Okoye", "+15550137720", "daniel.okoye@example.net")
MEMBER_BW = "ZHP771049928"  # her health-insurance member ID (health.medical, set 29)

# --- Inkstead (news) ----------------------------------------------------------------------------
SUB_ORDER = "INK-7Q41-2290"
ARTICLES = [("a_88120417", "2025/12/09/council-passes-rent-freeze", "politics",
             "Council passes a one-year rent freeze"),
            ("a_88120533", "2025/12/09/measles-cases-rise-in-queens", "health",
             "Measles cases rise in Queens"),
            ("a_88119872", "2025/12/08/knicks-edge-celtics", "sports",
             "Knicks edge Celtics in overtime")]

# --- Utmark (a Norwegian agency's hunting and fishing licences) --------------------------------
NO_HOME = {"adresse": "Storgata 88", "postnummer": "9008", "poststed": "Tromsø"}  # her flat
NO_HOME_AT = (69.649208, 18.955324)
HUNTER_NO = "10448172"  # her number in the hunter register (her account there: id.user)
LAKE = {"id": "vann-5401-118", "navn": "Prestvannet", "lat": 69.66021, "lon": 18.93112}
VALD = {"id": "5401V0012", "navn": "Kvaløya vest jaktfelt", "lat": 69.70433, "lon": 18.67519}
RIVER_ZONE = "elv-5419-03"
CATCH_FIX = (69.660817, 18.929644)  # her phone at the lake when she logs a trout
HUNT_FIX = (69.701254, 18.664027)  # where she shot a willow grouse
CARD_NO = "FK-2025-0338102"  # the fishing card she bought (financial.purchase)
AGENCY_PHONE = "+47 73 55 01 80"


def fnr(stem: str) -> str:
    """A Norwegian birth or D-number (``DDMMYYIII``) with its two mod-11 control digits; the
    first individual number from ``stem`` upward that yields valid digits."""
    w1, w2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    base, ind = stem[:6], int(stem[6:])
    while True:
        d = [int(c) for c in f"{base}{ind:03d}"]
        k1 = (11 - sum(a * b for a, b in zip(d, w1, strict=True)) % 11) % 11
        k2 = (11 - sum(a * b for a, b in zip([*d, k1], w2, strict=True)) % 11) % 11
        if k1 < 10 and k2 < 10:
            return f"{base}{ind:03d}{k1}{k2}"
        ind += 1


D_NUMBER = fnr("570591484")  # 17.05.91 with 4 added to the day: a D-number

# --- Airhush (CPAP) -----------------------------------------------------------------------------
CPAP = {"serial": "23204518872", "model": "Airhush S11 AutoSet", "fw": "SX577-0401",
        "modem_imei": "356728114092236", "ble": "C8:3F:26:71:0A:9E"}  # the machine (negatives)
MASK = {"model": "Airhush N30i", "type": "nasal_cradle", "size": "M"}
PHYSICIAN = "Dr. Samuel Achebe"  # her sleep physician, as she types him
SLEEP_LAB_PHONE = "+12125550171"
DME = {"name": "Metro Sleep Supply", "phone": "+12125550197",
       "mail": "orders@metrosleep.example.com"}
MEMBER_AH = "QHB308871264"
RX_ORDER = "MSS-4471902"

# --- Rookwise (chess) ---------------------------------------------------------------------------
HANDLE = "knightowl_jd"  # her public handle (id.user)
PLAYERS = ["bishop_brahms", "eno_kasparek", "caro_kann_kid"]  # other players (negatives)

# --- Noutola (a Finnish parcel-locker company) --------------------------------------------------
FI_HOME = {"katuosoite": "Runeberginkatu 43 B 21", "postinumero": "00260",
           "postitoimipaikka": "Helsinki"}  # her flat in Helsinki on an assignment
FI_HOME_AT = (60.178531, 24.925124)
LOCKER = {"id": "NP-00412", "nimi": "Noutola Töölöntori", "lat": 60.18102, "lon": 24.92177,
          "osoite": "Töölöntori 4, 00260 Helsinki"}
LOCKER_FIX = (60.181187, 24.921604)  # her phone at the locker when she opens it
RECIPIENT = ("Aino Virtanen", "+358405550183", "aino.virtanen@example.net", "Hämeentie 31 A 5",
             "00500")
TRACKING = ["NT40471902318FI", "NT40471955107FI"]
PICKUP_CODE = "482177"
SHOP = {"nimi": "Kirjakauppa Lukulamppu", "puhelin": "+358 9 555 0142"}  # a sender (negative)


# --- generators ---------------------------------------------------------------------------------
def roof(nd: int = 6) -> list[list[float]]:
    """The roof plane's outline as GeoJSON ``[lon, lat]`` pairs, closed, around her home."""
    d = [(0.00004, -0.00005), (0.00004, 0.00006), (-0.00003, 0.00006), (-0.00003, -0.00005)]
    pts = [[round(LON + b, nd), round(LAT + a, nd)] for a, b in d]
    return [*pts, pts[0]]


def halfhours(rng: random.Random, n: int, t0: int = 1765256400) -> list[dict[str, Any]]:
    """Half-hourly meter readings: import, export and solar kWh (no TAXONOMY type)."""
    return [{"t": t0 + 1800 * i, "importKwh": round(rng.uniform(0.05, 1.4), 3),
             "exportKwh": round(rng.uniform(0, 1.1), 3), "pvKwh": round(rng.uniform(0, 2.6), 3)}
            for i in range(n)]


def kicks(rng: random.Random, n: int) -> list[int]:
    """A kick-count session: seconds from the start of each movement she taps."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(20, 240)
        out.append(t)
    return out


def nights(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """CPAP nights: usage minutes, AHI, leak, 95th-percentile pressure (unlabelled here)."""
    return [{"date": f"2025-12-{9 - i:02d}", "usageMin": rng.randrange(312, 468),
             "ahi": round(rng.uniform(1.2, 4.8), 1), "leak95": round(rng.uniform(4, 22), 1),
             "p95": round(rng.uniform(9.2, 11.6), 1), "maskOnOff": rng.randrange(1, 4)}
            for i in range(n)]


def drags(rng: random.Random, moves: list[str], pts: int = 6) -> list[dict[str, Any]]:
    """Piece drags on the board: per move, finger points ``[ms, x, y]`` from grab to drop."""
    out = []
    for j, mv in enumerate(moves):
        x, y, t = rng.randrange(80, 1000), rng.randrange(700, 1700), j * 9000
        pp = []
        for i in range(pts):
            x += rng.randrange(-30, 31)
            y += rng.randrange(-60, 10)
            pp.append([t + 17 * i, x, y])
        out.append({"mv": mv, "pts": pp})
    return out


def think_ms(rng: random.Random, n: int) -> list[int]:
    """Her time per move in ms (the clock the anti-cheat model reads)."""
    return [rng.randrange(1200, 41000) for _ in range(n)]


def leak_lpm(rng: random.Random, n: int) -> list[float]:
    """The mask's leak rate in L/min, one value per minute."""
    return [round(max(0.0, rng.gauss(8, 5)), 1) for _ in range(n)]


def fix(at: tuple[float, float], nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a game, a parcel, a night): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ARTICLES", "BATTERY", "CARD_NO", "CATCH_FIX", "CPAP", "DME", "DUE", "D_NUMBER",
           "FI_HOME", "FI_HOME_AT", "GATEWAY", "HANDLE", "HEATPUMP", "HOME_WIFI_PASS",
           "HOSPITAL", "HUNTER_NO", "HUNT_FIX", "INSTALLER", "INVERTER", "LAKE", "LMP", "LOCKER",
           "LOCKER_FIX", "MASK", "MEMBER_AH", "MEMBER_BW", "METER", "NO_HOME", "NO_HOME_AT", "OB",
           "PARTNER", "PHYSICIAN", "PICKUP_CODE", "PLAYERS", "RECIPIENT", "RIVER_ZONE",
           "RX_ORDER", "SHOP", "SLEEP_LAB_PHONE", "SOLAR_LOAN", "SUB_ORDER", "TRACKING",
           "UTILITY_ACCT", "UTILITY_PHONE", "VALD", "WEEK", "drags", "fix", "fnr", "halfhours",
           "kicks", "leak_lpm", "nights", "obj", "roof", "think_ms"]
