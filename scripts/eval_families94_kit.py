"""Helpers for the ninety-fourth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's, ``fix``, ``home``
and ``obj`` set 37's).

She lives in Tashkent (Yunusobod) with her husband Sardor and their son Aziz, who goes to a
kindergarten (bog'cha); she holds a member's share in her husband's family cotton farm near
Chinoz through a farmers' cooperative; she spends December at her New York flat (the profile's
position). This kit holds the set's places (her Tashkent flat and office: hers; the
kindergarten, the cooperative, its field's registered centroid, the chess club, minibus stops, a
halal butcher's kitchen and the audiologist: negatives), her people (her husband and son, her
neurologist, a chess friend), her documents and accounts (residence-permit series and number,
PINFL, tax number, member number, payout card and account, transit card, FIDE ID), the
accessories (hearing aids: negatives) and generators (a minibus ride, an audiogram, seizure
logs, a chess game's moves, other vehicles' positions).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import MED, PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Tashkent: her places (location.precise where sent) ----------------------------------------
UZ_HOME = {"shahar": "Toshkent", "tuman": "Yunusobod tumani", "mahalla": "Bog'ishamol MFY",
           "kocha": "Bog'ishamol ko'chasi 12-uy, 34-xonadon", "indeks": "100084"}
UZ_HOME_AT = (41.364512, 69.284377)  # her flat in Yunusobod
UZ_WORK_AT = (41.311081, 69.279737)  # her office near Amir Temur square
UZ_LAN = "192.168.0.104"  # her phone on the flat's router (device.info, as set 29's LAN)
UZ_SSID, UZ_BSSID = "Rahimovlar_5G", "58:d9:d5:3e:a1:90"  # the flat's Wi-Fi (location.wifi)
UZ_NET = ("434", "05")  # the roaming network's MCC/MNC (location.carrier)

# --- her people and documents ---------------------------------------------------------------------
SPOUSE = ("Sardor", "Rahimov", "+998900000137")  # her husband, typed by her (contact.*)
SON = {"first": "Aziz", "last": "Rahimov", "dob": "2021-03-14", "age": 4}
RESIDENCE = "FA4471290"  # her residence permit's series and number (personal.national_id)
PINFL = "41705910470021"  # her 14-digit personal number (personal.national_id)
STIR = "624810375"  # her taxpayer number (personal.national_id)
NEURO = ("Dr. Miriam Castellanos", "+12125550147", "m.castellanos@eastneuro.example.com")
CHESS_FRIEND = ("Bekzod Tursunov", "+998900000288")  # a club friend she invites

# --- Oqoltin (the cotton cooperative's payout app) ---------------------------------------------
COOP = {"id": "kp_0071", "nomi": "Chinoz Oq Oltin fermerlar kooperativi",
        "tel": "+998712000451", "manzil": "Chinoz sh., Navoiy ko'chasi 4",
        "lat": 40.93811, "lon": 68.76742}  # the cooperative (a business: negatives)
MEMBER = "CH-0071-0348"  # her member number (id.user)
FIELD = {"kontur": "CHN-17-0452", "gektar": 6.4, "lat": 40.93577, "lon": 68.76314}  # negatives
FIELD_FIX = (40.935912, 68.762988)  # her phone at the field's edge
UZ_CARD = "8600000044712093"  # her local payout card (financial.payment)
UZ_ACCOUNT = "20216000904471290001"  # her bank account (financial.payment)
BANK_MFO = "00873"  # the bank's branch code (a negative)

# --- Aurabook (epilepsy seizure diary), Farzin (chess club) ------------------------------------
MEDS = [("Levetiracetam", "750 mg", "twice daily"), ("Lamotrigine", "100 mg", "evening")]
RESCUE = ("Midazolam nasal spray", "5 mg")
FIDE_ID = "14207318"  # her FIDE ID (id.user: it names her at the federation)
CLUB = {"id": "club_12", "name": "Farzin Shaxmat Klubi", "phone": "+998712000377",
        "address": "Mirobod tumani, Nukus ko'chasi 21", "lat": 41.29634, "lon": 69.27281}
TOURNEY = "trn_2512_rapid"  # a tournament's ID (a negative)

# --- Clearcoil (hearing aids): the aids are accessories (negatives) -----------------------------
AIDS = {"left": {"serial": "CC9-L-5520871", "ble": "E0:3A:71:0C:52:18", "model": "Coil 9 RIC"},
        "right": {"serial": "CC9-R-5520872", "ble": "E0:3A:71:0C:52:19", "model": "Coil 9 RIC"},
        "fw": "4.2.7"}
HZ = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]
LEFT_DB = [15, 20, 30, 45, 55, 60, 65, 70]
RIGHT_DB = [20, 25, 35, 50, 55, 65, 70, 75]
AUDIOLOGIST = {"id": "prac_3301", "name": "Madison Hearing Associates", "phone": "+12125550111",
               "lat": 40.75198, "lon": -73.97754}  # negatives

# --- Halolbox (halal meal kits, New York) ------------------------------------------------------
KITCHEN = {"id": "k_bklyn2", "name": "Halolbox Kitchen Sunset Park", "lat": 40.64611,
           "lon": -74.01223}  # the kits' kitchen (a negative)
KIT_ORDER = "HB-7781204"  # her order (financial.purchase)

# --- Qatnov (marshrutka tracker) and Bog'chajon (kindergarten) ----------------------------------
STOPS = [{"id": "st_0931", "name": "Minor metro", "lat": 41.32377, "lon": 69.28719},
         {"id": "st_1174", "name": "Bog'ishamol", "lat": 41.36301, "lon": 69.28655},
         {"id": "st_0412", "name": "Amir Temur xiyoboni", "lat": 41.31142, "lon": 69.27905}]
TRANSIT_CARD = "9860 4471 2209 3318"  # her stored-value transit card (financial.payment)
BOGCHA = {"id": "bg_0417", "nomi": "Bog'chajon 417-son maktabgacha ta'lim", "tel": "+998712000812",
          "lat": 41.36088, "lon": 69.28961}  # the kindergarten (a business: negatives)
GATE_FIX = (41.360912, 69.289544)  # her phone at the kindergarten's gate
GROUP = {"id": "grp_quyosh", "nomi": "Quyoshcha", "tarbiyachi": "Dilnoza Yusupova"}


def uz_fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own Tashkent fixes at ``nd`` decimals (3 or more: ``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def minibus_ride(rng: random.Random, n: int, start: Pt, end: Pt,
                 t0: int = 1764745200) -> list[dict[str, Any]]:
    """Her fixes on a minibus, stop to stop (lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00008, 0.00008)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00008, 0.00008)
        out.append({"t": t0 + 30 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "v": round(rng.uniform(8, 38), 1)})
    return out


def vehicles(rng: random.Random, n: int, route: str) -> list[dict[str, Any]]:
    """Other minibuses on a route (their IDs, plates and points: negatives)."""
    return [{"id": "mb_" + rnd_hex(rng, 6), "route": route,
             "plate": f"01 {rng.randrange(100, 999)} {rng.choice(['AAA', 'BCA', 'MNA'])}",
             "lat": round(41.33 + rng.uniform(-0.03, 0.03), 5),
             "lon": round(69.28 + rng.uniform(-0.02, 0.02), 5)} for _ in range(n)]


def audiogram(cat: str = MED) -> dict[str, Any]:
    """Both ears' thresholds (dB HL) by frequency, each ear one series (``health.medical``)."""
    return {"freqsHz": HZ, "left": L(LEFT_DB, cat), "right": L(RIGHT_DB, cat)}


def moves(rng: random.Random) -> list[str]:
    """A rapid game's moves in SAN (a game record: unlabelled)."""
    return ["e4", "c5", "Nf3", "d6", "d4", "cxd4", "Nxd4", "Nf6", "Nc3", "a6", "Be3", "e5",
            "Nb3", "Be6", "f3", "Be7", "Qd2", "O-O"][: rng.randrange(12, 18)]


def others(rng: random.Random, n: int, pre: str) -> list[str]:
    """Other people's opaque IDs (opponents, classmates, drivers): negatives."""
    return [f"{pre}{rnd_hex(rng, 8)}" for _ in range(n)]


__all__ = ["AIDS", "AUDIOLOGIST", "BANK_MFO", "BOGCHA", "CHESS_FRIEND", "CLUB", "COOP", "FIDE_ID",
           "FIELD", "FIELD_FIX", "GATE_FIX", "GROUP", "HZ", "KITCHEN", "KIT_ORDER", "LEFT_DB",
           "MEDS", "MEMBER", "NEURO", "PINFL", "RESCUE", "RESIDENCE", "RIGHT_DB", "SON",
           "SPOUSE", "STIR", "STOPS", "TOURNEY", "TRANSIT_CARD", "UZ_ACCOUNT", "UZ_BSSID",
           "UZ_CARD", "UZ_HOME", "UZ_HOME_AT", "UZ_LAN", "UZ_NET", "UZ_SSID", "UZ_WORK_AT",
           "audiogram", "minibus_ride", "moves", "others", "uz_fix", "vehicles"]
