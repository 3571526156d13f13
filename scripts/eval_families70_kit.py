"""Helpers for the seventieth (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: the Croatian trip (the ferry ports and the hotel on Hvar
as negatives, her fixes in Split and on the island, her OIB, her travel companion, a ferry
booking); the kidney-stone tracker's smart bottle (an accessory: negatives), her urologist and a
sip-log generator; the beach-volleyball tournament (the venue and the courts as negatives, her
partner, her federation number); the foster child (a data subject), the agency and its
caseworker (negatives), her foster-home licence; the walking-home app's guardians, her route
home and the friend's flat she walks from; the baby-gear marketplace's other sellers and a
buyer (negatives), her listing and an order; the fermentation monitor's hydrometer and bridge
(negatives), tank-temperature series (look-alikes) and other brewers' recipes (negatives).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Brodolet (Zagreb ferry-and-island tourism): she travels in Croatia -------------------------
OIB = "69435151530"  # her Croatian personal identification number (personal.national_id)
SPLIT_PORT = {"id": "HR-ST-01", "naziv": "Luka Split, Gat Sv. Duje", "lat": 43.50233,
              "lon": 16.44052, "telefon": "+385 21 555 010"}  # the port (negatives)
HVAR_PORT = {"id": "HR-SG-03", "naziv": "Stari Grad", "lat": 43.18445, "lon": 16.59502}
HOTEL_HVAR = {"naziv": "Vila Lavanda", "adresa": "Ulica Petra Hektorovića 7",
              "telefon": "+385 21 555 744", "lat": 43.17204, "lon": 16.44301}  # negatives
SPLIT_FIX = (43.503118, 16.439874)  # her phone at the quay
HVAR_FIX = (43.172655, 16.442918)  # her phone on the island's promenade
COMPANION = ("Alex Doe", "1990-11-02")  # travelling with her: typed by her
BOOKING_HR = "BRD-25-771042"  # a ferry booking code (financial.purchase)

# --- Stonesip (kidney-stone hydration tracker with a smart bottle) -----------------------------
BOTTLE = {"serial": "SSB-750-0318842", "ble": "E2:41:7C:09:B3:5D", "fw": "1.8.4",
          "model": "Stonesip Bottle 750"}  # the bottle (an accessory: negatives)
UROLOGIST = ("Dr. Priya Raman", "+12125550193")  # her urologist, typed by her
LAB_ORDER = "LB-8841207"  # a lab order number (a negative)


def sips(rng: random.Random, n: int, t0: int = 1765285200) -> list[dict[str, Any]]:
    """The bottle's sip log: time and millilitres (her fluid intake on a prescribed target)."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(600, 3600)
        out.append({"t": t, "ml": rng.randrange(40, 260)})
    return out


def bottle_temps(rng: random.Random, n: int) -> list[float]:
    """The water's temperature in the bottle (a sensor reading: a look-alike)."""
    return [round(9.5 + i * 0.4 + rng.uniform(-0.2, 0.2), 1) for i in range(n)]


# --- Sandset (beach-volleyball tournaments) ----------------------------------------------------
VENUE = {"id": "ven_0412", "name": "Rockaway Beach Courts 97th St", "lat": 40.58406,
         "lon": -73.81553, "phone": "+17185550117"}  # the venue (negatives)
COURT_FIX = (40.584312, -73.815208)  # her check-in at the courts
PARTNER_VB = ("Tess Marlow", "tess.marlow@example.net", "+15550148820")  # her partner
FED_NO = "AVN-2207719"  # her federation membership number (her account there: id.user)
TOURNEY = {"id": "trn_25_rock_w", "name": "Rockaway Open", "division": "Women's AA"}
OPPONENTS = ["Dana Kiel / Rosa Mendez", "Ivy Hart / June Pak"]  # published draw (negatives)

# --- Hearthlog (foster-care visit log): she is the foster parent --------------------------------
CHILD = {"first": "Jaylen", "last": "Brooks", "dob": "2014-03-09", "case": "FC-2025-004417",
         "medicaid": "NY7730418822"}  # the foster child (a data subject)
BIRTH_MOTHER = "Tanya Brooks"  # the child's birth mother (a named third party)
AGENCY = {"id": "ag_nyc_112", "name": "Harbor Light Family Services",
          "phone": "+12125550104", "line": "80 Maiden Lane"}  # the agency (negatives)
CASEWORKER_ID = "cw_55812"  # the caseworker's staff ID (a negative)
FOSTER_LICENCE = "FH-NY-118204"  # her foster-home certificate (id.user: her account there)

# --- Nightpath (walking home) ------------------------------------------------------------------
GUARDIANS = [("Maya Chen", "+15550162241"), ("Alex Doe", "+15550176612")]
FRIEND_FLAT = ("Maya Chen", "218 East 7th Street", (40.724661, -73.982107))  # she walks from
SHARE = "np_live_7QK2xWm9"  # the live-share link's code (secret.credential: it opens the map)
SAFE_SPOTS = [{"name": "Corner Deli 24h", "lat": 40.72851, "lon": -73.98533},
              {"name": "9th Precinct", "lat": 40.72629, "lon": -73.98407}]  # negatives

# --- Cradleswap (second-hand baby gear) --------------------------------------------------------
LISTING = "lst_8c12e94a07"  # her listing (a negative: an object ID)
BUYER = "usr_qm4tz8ka2p3x"  # a buyer's ID (a negative)
SELLER_AT = (40.73388, -73.99042)  # another seller's pickup point (a negative)
ORDER_CS = "CS-3309184"  # her order number (financial.purchase)
DUE_DATE = "2026-04-18"  # her second baby's due date (personal.sensitive: pregnancy)
BABY_BIRTH = "2025-03"  # her first child's birth month (personal.birthdate)

# --- Wortwatch (home-brew fermentation) --------------------------------------------------------
HYDRO = {"serial": "WW-TLT-2290415", "ble": "D1:7A:32:5C:E0:19", "fw": "3.0.2",
         "colour": "purple"}  # the floating hydrometer (negatives)
BRIDGE = {"id": "wwb_41f2c9", "lan": "192.168.1.57", "fw": "1.4.0"}  # the Wi-Fi bridge
BATCH = "bt_0a77c3e1"  # a batch's ID (a negative)
OTHER_RECIPES = [{"id": "rcp_19202", "name": "Bramble Saison", "brewer": "hopdad_77",
                  "og": 1.058, "ibu": 28},
                 {"id": "rcp_20418", "name": "Night Shift Stout", "brewer": "kettlequeen",
                  "og": 1.072, "ibu": 41}]  # other brewers' recipes (negatives)
CLUB_NO = "HBC-04471"  # her homebrew-club membership number (id.user)


def tank_temps(rng: random.Random, n: int, base: float = 19.0) -> list[list[float]]:
    """Fermenter readings ``[epoch, °C, SG]`` (the beer's: look-alikes of nothing personal)."""
    t0 = 1765200000
    return [[t0 + 900 * i, round(base + 0.6 * math.sin(i / 5) + rng.uniform(-0.1, 0.1), 2),
             round(1.052 - 0.0009 * i, 4)] for i in range(n)]


# --- generators ----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def walk(rng: random.Random, n: int, start: Pt, end: Pt = (LAT, LON),
         t0: int = 1765330000, nd: int = 6) -> list[dict[str, Any]]:
    """Her fixes on foot from ``start`` to ``end`` (lat/lon ``location.precise``)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"ts": t0 + 30 * i, "lat": L(round(la, nd), PRECISE),
                    "lng": L(round(lo, nd), PRECISE), "acc": rng.choice([4, 5, 7, 9])})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a sailing, a match, a visit): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "BABY_BIRTH", "BATCH", "BIRTH_MOTHER", "BOOKING_HR", "BOTTLE", "BRIDGE",
           "BUYER", "CASEWORKER_ID", "CHILD", "CLUB_NO", "COMPANION", "COURT_FIX", "DUE_DATE",
           "FED_NO", "FOSTER_LICENCE", "FRIEND_FLAT", "GUARDIANS", "HOTEL_HVAR", "HVAR_FIX",
           "HVAR_PORT", "HYDRO", "LAB_ORDER", "LISTING", "OIB", "OPPONENTS", "ORDER_CS",
           "OTHER_RECIPES", "PARTNER_VB", "SAFE_SPOTS", "SELLER_AT", "SHARE", "SPLIT_FIX",
           "SPLIT_PORT", "TOURNEY", "UROLOGIST", "VENUE", "bottle_temps", "fix",
           "home", "obj", "sips", "tank_temps", "walk"]
