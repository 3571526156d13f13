"""Helpers for the sixty-seventh (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her Helsinki flat and workplace (a six-month research
posting), her temporary Finnish identity code and travel card, the transit network's stops, bikes
and stations (negatives); the tinnitus app's hearing thresholds, pitch match and THI answers, her
ENT doctor, the audiology clinic and the earbuds (negatives); the e-sports team, its join code,
the game server and an aim trace; the baby monitor's camera (another device: negatives), her son,
the nanny; the wine app's winery, wines and her fix at the winery; the grief forum's handle, her
late father and a support group's venue (a negative); the camper-van depot, van and tracker
(negatives), the campsite and her trip; generators for traces, THI answers and touch samples.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import MED, PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Matkalla (Helsinki transit and city bikes): she is on a six-month posting in Helsinki -----
HKI = {"katu": "Fredrikinkatu 41 B 12", "postinumero": "00120", "kaupunki": "Helsinki"}
HKI_HOME_AT = (60.162941, 24.937162)  # her Helsinki flat (location.precise where sent)
HKI_WORK_AT = (60.172318, 24.950411)  # her workplace there (hers: labelled where sent)
HETU = "170591-9249"  # her temporary Finnish personal identity code (personal.national_id)
CARD_NO = "9246 2000 1734 5518"  # her travel card (id.user, as a loyalty card)
STOP_A = {"id": "MTK:1040601", "nimi": "Rautatientori", "lat": 60.17096, "lon": 24.94197}
STOP_B = {"id": "MTK:1203408", "nimi": "Kauppatori", "lat": 60.16752, "lon": 24.95278}
STATION = {"id": "063", "nimi": "Kaivopuisto", "lat": 60.15702, "lon": 24.95622}  # bike dock
STATION2 = {"id": "017", "nimi": "Varsapuistikko", "lat": 60.16688, "lon": 24.93902}
BIKE_NO, TRAM = "5219", "MTK:4-RAT-441"  # a city bike and a tram (the operator's: negatives)
FI_FRIEND = ("Aino Virtanen", "+358405550187")  # a colleague she refers (contact.*)
TICKET = "MK-2512-40917"  # a ticket's order number (financial.purchase)

# --- Humwane (tinnitus sound therapy with a hearing test) ---------------------------------------
FREQ_HZ = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]
THRESH = {"left": [10, 10, 15, 20, 30, 40, 55, 50], "right": [10, 10, 10, 15, 20, 25, 35, 35]}
ENT_DOC = ("Dr. Priya Raman", "p.raman@eastsideent.example.com")  # her ENT, typed (contact.*)
AUDIO_CLINIC = {"id": "clin_3381", "name": "Union Square Hearing", "phone": "+12125550152",
                "line": "150 East 18th Street", "lat": 40.73577, "lon": -73.98598}
EARBUDS = {"model": "Pulse Buds 2", "ble": "E4:2C:56:0A:7B:19", "fw": "1.8.2",
           "serial": "PB2-2207-51832"}  # an accessory's identifiers (negatives)

# --- Squadhalo (an e-sports team app: voice chat, anti-cheat) -----------------------------------
TAG = "jdoe_frag"  # her gamer tag (id.user)
TEAM = {"id": "tm_7c41e0a9", "name": "Harbor Hounds", "code": "HH-9KQ2-ZX"}  # code: a credential
MATCH = "m_5510e2c7a1"
SRV = "198.51.100.20:27015"  # the game server (a negative)
PKGS = ["com.example.squadhalo", "com.example.overlaytool", "com.example.fpsmeter",
        "com.example.recorder", "com.example.vpnshield"]  # installed apps (device.apps)

# --- Lullacam (a nanny-cam baby monitor) --------------------------------------------------------
BABY = ("Theo", "2025-03-02", "boy")  # her son (a data subject, as children in sets 29-37)
NANNY = ("Marta Kowalczyk", "+15550148826")  # the nanny, named and invited by her (contact.*)
CAMERA = {"id": "cam_5d02a7e1", "serial": "LC3-P-0091844", "mac": "58:D3:49:0F:22:6A",
          "lan": "192.168.1.57", "fw": "5.2.0", "model": "Lullacam Pro 3"}  # negatives
WIFI_PASS = "maple-Harbor-2291"  # her home Wi-Fi password, given to the camera (credential)

# --- Vintnote (wine-tasting notes) --------------------------------------------------------------
WINERY = {"id": "wy_2291", "name": "Peconic Shoals Vineyard", "line": "2100 Main Road",
          "phone": "+16315550139", "lat": 41.00412, "lon": -72.55938}  # a business: negatives
WINERY_FIX = (41.004387, -72.559611)  # her phone at the tasting bar
WINES = [{"id": "w_88412", "vintage": 2016, "name": "Barolo Cannubi"},
         {"id": "w_10377", "vintage": 2021, "name": "Sancerre Les Monts"},
         {"id": "w_52290", "vintage": 2019, "name": "Peconic Shoals Cabernet Franc"}]
ORDER_VN = "VN-100-47718"  # a shop order number (financial.purchase)

# --- Afterlight (a bereavement and grief-support forum) -----------------------------------------
HANDLE = "quietwillow"  # her forum handle (id.user)
FATHER = ("Robert Doe", "1958-02-11", "2025-10-03")  # her late father: name, birth, death
VENUE = {"id": "grp_ev_204", "name": "Tuesday Grief Circle", "line": "119 Avenue B",
         "lat": 40.72566, "lon": -73.98118, "phone": "+12125550127"}  # the group's venue
CRISIS_LINE = "+18005550142"  # a helpline's number (a look-alike)

# --- Vanwander (camper-van rental with a van GPS tracker) ---------------------------------------
DEPOT = {"id": "dp_nj01", "name": "Vanwander Secaucus", "line": "600 Meadowlands Pkwy",
         "lat": 40.78791, "lon": -74.06462}
VAN = {"id": "van_4471", "vin": "1FTBW3XM4KKB04471", "plate": "NJ T48213",
       "ble": "D0:2E:AB:73:10:4C", "tracker": "356938035643809"}  # the van's (negatives)
CAMPSITE = {"id": "cs_lg_118", "name": "Lake George Pines site 18", "lat": 43.42612,
            "lon": -73.71204}
BOOKING_VW = "VW-25-118204"  # her booking reference (financial.purchase)
DEPOT_FIX = (40.787734, -74.064311)  # her phone at the depot at pick-up
BREAKDOWN_AT = (42.913408, -73.802214)  # her fix on the Northway when the van broke down


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def trace(rng: random.Random, n: int, start: Pt, end: Pt, nd: int = 6,
          keys: tuple[str, str] = ("lat", "lon"), t0: int = 1765312000,
          dt: int = 15) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + dt * i, keys[0]: L(round(la, nd), PRECISE),
                    keys[1]: L(round(lo, nd), PRECISE), "v": round(rng.uniform(8, 24), 1)})
    return out


def thi(rng: random.Random) -> list[int]:
    """Her 25 answers to the Tinnitus Handicap Inventory (0, 2 or 4 each)."""
    return [rng.choice([0, 2, 2, 4]) for _ in range(25)]


def aim(rng: random.Random, n: int) -> list[list[int]]:
    """A thumb's aim drag on the touch screen: ``[ms, x, y]`` rows (behaviour)."""
    x, y, out = 1500, 620, []
    for i in range(n):
        x += rng.randrange(-14, 15)
        y += rng.randrange(-9, 10)
        out.append([i * 8, x, y])
    return out


def faces(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The camera's face detections: boxes and scores (no template: look-alikes)."""
    return [{"box": [rng.randrange(200, 900), rng.randrange(100, 500), 118, 131],
             "score": round(rng.uniform(0.8, 0.99), 3), "track": f"trk_{rnd_hex(rng, 6)}"}
            for _ in range(n)]


def baby_sleep(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The camera's sleep tracker for the baby: stretches asleep and awake (look-alikes)."""
    t, out = 1765249200, []
    for _ in range(n):
        d = rng.randrange(900, 7200)
        out.append({"from": t, "to": t + d, "state": rng.choice(["asleep", "asleep", "stirring"]),
                    "breathingRpm": rng.randrange(28, 41)})
        t += d
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a post, a clip, a match): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def thi_total(ans: list[int]) -> L:
    return L(sum(ans), MED)


__all__ = ["AUDIO_CLINIC", "BABY", "BIKE_NO", "BOOKING_VW", "BREAKDOWN_AT", "CAMERA", "CAMPSITE",
           "CARD_NO", "CRISIS_LINE", "DEPOT", "DEPOT_FIX", "EARBUDS", "ENT_DOC", "FATHER",
           "FI_FRIEND", "FREQ_HZ", "HANDLE", "HETU", "HKI", "HKI_HOME_AT", "HKI_WORK_AT", "MATCH",
           "NANNY", "ORDER_VN", "PKGS", "SRV", "STATION", "STATION2", "STOP_A", "STOP_B", "TAG",
           "TEAM", "THRESH", "TICKET", "TRAM", "VAN", "VENUE", "WIFI_PASS", "WINERY",
           "WINERY_FIX", "WINES", "aim", "baby_sleep", "faces", "fix", "obj", "thi", "thi_total",
           "trace"]
