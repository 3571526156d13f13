"""Helpers for the fifty-third (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's, ``fix`` and
``home`` set 37's).

This kit adds what the set's apps share: her spring flat in Madrid, her NIE, the train company's
stations (negatives), her fix at Atocha, the loyalty card, a travelling companion and the train's
Wi-Fi (the network she joins on board); the mood app's psychiatrist, her sister, her medicines,
the bed sensor (an accessory: negatives) and generators for its nights and her typing; the smart
glasses (an accessory), her walk to the library (the library's point a negative), obstacles
(negatives) and a friend she enrols; chess handles, games and a touch path; the home test kit, her
partner and the fertility clinic; her children, the nanny and the other family; the fridge (an
accessory: serial, MAC, LAN address, temperatures), product barcodes and the fridge's inventory
(negatives).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Rielora (Spanish trains and loyalty): she spends the spring in Madrid on a research stay ---
ES_HOME = {"direccion": "Calle de Lagasca 27, 3º B", "codigo_postal": "28001",
           "ciudad": "Madrid", "provincia": "Madrid"}
ES_HOME_AT = (40.425137, -3.684512)  # her Madrid flat
NIE = "Y4829163M"  # her foreigner's identity number (personal.national_id)
TARJETA = "7730228144061"  # her "Rielora Más" loyalty card (id.user)
COMPANION = {"nombre": "Marta", "apellidos": "Llorente Gil", "dni": "48213907L",
             "telefono": "+34 600 555 214"}  # a colleague she books for (typed by her)
STATIONS = {"MAD": {"codigo": "60000", "nombre": "Madrid-Puerta de Atocha",
                    "lat": 40.40655, "lon": -3.68950},
            "SVQ": {"codigo": "51003", "nombre": "Sevilla-Santa Justa",
                    "lat": 37.39190, "lon": -5.97560},
            "BCN": {"codigo": "71801", "nombre": "Barcelona-Sants",
                    "lat": 41.37920, "lon": 2.14040}}  # stations (the company's: negatives)
ATOCHA_FIX = (40.406812, -3.690104)  # her phone at the boarding gate
LOCALIZADOR = "RL7QX2"  # the booking's locator (financial.purchase)
TRAIN = {"numero": "02141", "coche": "6", "plaza": "09A"}  # the train and seat (negatives)
ONBOARD = {"ssid": "Rielora_a_bordo", "bssid": "02:1a:7e:44:90:c1"}  # the train's Wi-Fi
IBAN = "ES9121000418450200051332"  # her Spanish refund account (financial.payment)

# --- Equilune (bipolar mood, medication adherence, a bed sensor) --------------------------------
PSYCH = ("Dr. Samuel Achebe", "+12125550183")  # her psychiatrist (typed by her)
SISTER = ("Claire Doe", "+15550164412", "claire.doe@example.net")  # her crisis contact
MEDS = [("lithium carbonate", "900 mg"), ("quetiapine", "100 mg")]
PAD = {"serial": "EQP2-0088213", "ble": "E2:91:4C:0B:7A:33", "fw": "1.8.4",
       "model": "Equilune Pad 2"}  # the bed sensor (an accessory: negatives)
PHARMACY = {"id": "ph_3381", "name": "Gramercy Apothecary", "phone": "+12125550147",
            "line": "301 Third Avenue", "lat": 40.73789, "lon": -73.98316}

# --- Lumastride (smart glasses navigation for blind users) -------------------------------------
GLASSES = {"serial": "LMS-G2-0031877", "ble": "D4:3A:91:7C:02:5E", "fw": "4.0.2",
           "model": "Lumastride G2", "battery": 64}  # the glasses (an accessory: negatives)
LIBRARY = {"name": "Mid-Manhattan Library", "line": "476 Fifth Avenue",
           "lat": 40.75318, "lon": -73.98225}  # her destination (a public place: negative)
WALK_END = (40.752974, -73.982409)  # her fix at the library's door
FRIEND = ("Priya Raman", "+15550138820")  # a friend whose face she enrols
VOLUNTEER = "vol_5e91a2c7"  # the sighted volunteer who answers (another user: a negative)

# --- Knightloom (multiplayer chess with voice chat) ---------------------------------------------
HANDLE = "jane_plays_e4"  # her username (id.user)
OPPONENTS = ["kasparovfan88", "zugzwang_zoe", "el_alfil_loco"]  # other players (negatives)
PGN = "1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5 7. Nb3 Be6"

# --- Motilia (a sperm-count home test; the test is her partner's) ------------------------------
PARTNER = ("Marcus", "Bell", "1988-09-23")  # her partner (typed by her)
PARTNER_ID = "prf_4d20b7e1"  # his profile in her account (id.user, as set 37's child)
KIT = {"lot": "MT-L2511-0442", "cassette": "MTC-88120447", "exp": "2026-09"}
LENS = {"serial": "MTL-C1-220815", "mag": 400}  # the phone-clip microscope (negatives)
CLINIC = {"id": "fc_118", "name": "Hudson Fertility Partners", "phone": "+12125550129",
          "mail": "intake@hudsonfertility.example.com"}  # the clinic (negatives)
UROLOGIST = ("Dr. Ingrid Halvorsen", "i.halvorsen@hudsonfertility.example.com")  # typed by her
TEST_NO = "MT-25-0907731"  # the test's case number (a negative)

# --- Tandemsit (nanny share for parents) --------------------------------------------------------
KIDS = [("Nora", "2021-03-14"), ("Felix", "2023-08-02")]  # her children
NANNY = {"id": "nn_7c31e08a", "name": "Graciela Paredes", "dob": "1984-11-05",
         "licence": "NY 733 218 904", "ssn": "987-65-4327",
         "phone": "+15550191276"}  # the nanny (her ID typed by Jane: see the calls)
FAMILY2 = ("Ifeoma Okonkwo", "+15550172284", "Zuri")  # the family they share with
DAYCARE = {"name": "Little Oaks Preschool", "line": "22 East 31st Street",
           "lat": 40.74566, "lon": -73.98391}  # a business (negatives)
PEDIATRICIAN = ("Dr. Kwame Mensah", "+12125550194")
KID_MEMBER = "NYH-55180274-02"  # Nora's insurance member ID (health.medical)

# --- Chillory (smart fridge and grocery list) ---------------------------------------------------
FRIDGE = {"serial": "CHF-RF28-7712044", "mac": "70:2C:1F:4A:88:0D", "model": "RF28 Hub",
          "fw": "2025.11.2", "lan": "192.168.1.57"}  # the fridge (another device: negatives)
WIFI_PASS = "Saffron-Kettle-19"  # her home Wi-Fi's password (secret.credential)
PAIR_CODE = "483 915"  # the fridge's on-screen pairing code (secret.credential)
UPCS = ["041220576401", "070038640264", "011110038364", "072250011372", "078742370774",
        "016000275270"]  # products (negatives)
GROCER = {"name": "Murray Hill Market", "line": "501 Second Avenue", "phone": "+12125550116"}


# --- generators -----------------------------------------------------------------------------------
def movement(rng: random.Random, n: int) -> list[int]:
    """The bed sensor's movement counts per minute through the night (one series)."""
    return [max(0, int(rng.gauss(4, 3) + (12 if i % 37 == 0 else 0))) for i in range(n)]


def rates(rng: random.Random, n: int, mean: float, sd: float) -> list[int]:
    """Heart or breathing rate per 10 minutes (the sensor's averages)."""
    return [round(rng.gauss(mean, sd)) for _ in range(n)]


def walk(rng: random.Random, n: int, start: Pt = (LAT, LON), end: Pt = WALK_END,
         t0: int = 1765301200) -> list[dict[str, Any]]:
    """Her fixes on foot (lat/lon ``location.precise``; heading, time and step count not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00004, 0.00004)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00004, 0.00004)
        out.append({"t": t0 + 15 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "hdg": rng.randrange(0, 360)})
    return out


def obstacles(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The glasses' depth model's obstacles: class, distance, bearing (the street's, not hers)."""
    kinds = ["pole", "bicycle", "person", "curb", "sandwich_board", "scaffold"]
    return [{"cls": rng.choice(kinds), "m": round(rng.uniform(0.8, 6.0), 2),
             "deg": rng.randrange(-40, 41), "conf": round(rng.uniform(0.6, 0.99), 2)}
            for _ in range(n)]


def head_imu(rng: random.Random, n: int) -> list[list[float]]:
    """The glasses' head-tracking rows ``[ms, yaw, pitch, roll]`` in degrees (one series)."""
    return [[i * 20, round(30 * math.sin(i / 15) + rng.gauss(0, 1.5), 2),
             round(rng.gauss(-4, 2), 2), round(rng.gauss(0, 1), 2)] for i in range(n)]


def touch_path(rng: random.Random, n: int) -> list[list[int]]:
    """A finger dragging a piece across the board: ``[ms, x, y]`` rows (one series)."""
    x, y = 400, 1500
    out = []
    for i in range(n):
        x += rng.randrange(-6, 14)
        y -= rng.randrange(8, 30)
        out.append([i * 16, x, y])
    return out


def inventory(rng: random.Random) -> list[dict[str, Any]]:
    """What the fridge holds: products by UPC, shelf, quantity and best-before (negatives)."""
    names = ["Greek yogurt", "Oat milk", "Cheddar", "Baby spinach", "Eggs", "Butter"]
    return [{"upc": u, "name": nm, "shelf": rng.randrange(1, 5), "qty": rng.randrange(1, 4),
             "bestBefore": f"2025-12-{rng.randrange(11, 29)}", "item": "it_" + rnd_hex(rng, 8)}
            for u, nm in zip(UPCS, names, strict=True)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a game, a test, a booking line, a message): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ATOCHA_FIX", "CLINIC", "COMPANION", "DAYCARE", "ES_HOME", "ES_HOME_AT", "FAMILY2",
           "FRIDGE", "FRIEND", "GLASSES", "GROCER", "HANDLE", "IBAN", "KIDS", "KID_MEMBER", "KIT",
           "LENS", "LIBRARY", "LOCALIZADOR", "MEDS", "NANNY", "NIE", "ONBOARD", "OPPONENTS",
           "PAD", "PAIR_CODE", "PARTNER", "PARTNER_ID", "PEDIATRICIAN", "PGN", "PHARMACY",
           "PSYCH", "SISTER", "STATIONS", "TARJETA", "TEST_NO", "TRAIN", "UPCS", "UROLOGIST",
           "VOLUNTEER", "WALK_END", "WIFI_PASS", "head_imu", "inventory", "movement", "obj",
           "obstacles", "rates", "touch_path", "walk"]
