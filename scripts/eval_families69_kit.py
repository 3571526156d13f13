"""Helpers for the sixty-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Tel Aviv (she is there for a year), her
teudat zehut and health-fund membership, the pharmacy branch and the clinic (businesses:
negatives), her private doctor and her partner's ID; the arthritis diary's rheumatologist, the
joint codes and generators for a finger-tapping test and hand keypoints; the surf app's beach,
spots (negatives), board and a session in the water; the allowance card's child, her card and
merchants (negatives); the synagogue, its hall and staff (negatives), other members (negatives)
and her family; the body scan's measurements, body-mesh and garment-mesh generators (the
garment's a look-alike); the scooter insurer's scooter, policy, accident site and the other
party.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Marpeh (a Tel Aviv pharmacy and health fund): she lives in Tel Aviv for a year -----------
TA_HOME = {"rechov": "Dizengoff 112", "dira": "7", "ir": "Tel Aviv-Yafo", "mikud": "6439601"}
TA_HOME_AT = (32.080214, 34.774811)  # her Tel Aviv flat (location.precise where sent)
TEUDAT_ZEHUT = "318452760"  # her Israeli ID number, valid check digit (personal.national_id)
KUPA_MEMBER = "MRP-5518204"  # her health-fund membership number (health.medical)
SNIF = {"id": "snif_0217", "shem": "Marpeh Ibn Gabirol", "ktovet": "Ibn Gabirol 54",
        "telefon": "+97235550142", "lat": 32.07929, "lon": 34.78145}  # a branch (negatives)
MIRPAA = {"id": "mrp_114", "shem": "Mirpaat Marpeh Dizengoff", "ktovet": "Dizengoff 150",
          "telefon": "+97235550188", "lat": 32.08377, "lon": 34.77433}  # the clinic
CLINIC_DOC = ("doc_48812", "Dr. Yoav Shalev")  # the fund's family doctor (picked: negatives)
PRIVATE_DOC = ("Dr. Michal Barak", "+972545550173")  # her private doctor, typed by her
PARTNER_TZ = "204718332"  # her partner's ID number, typed by her (personal.national_id)
RX = ["rx_77120418", "rx_77120433"]  # prescription numbers (object IDs: negatives)

# --- Synovia (a rheumatoid-arthritis joint-pain diary) -----------------------------------------
RHEUM = ("Dr. Priya Raman", "+12125550147", "p.raman@eastsiderheum.example.com")
DAS28 = ["L_SHO", "R_SHO", "L_ELB", "R_ELB", "L_WRI", "R_WRI"] + [
    f"{s}_{j}{i}" for s in "LR" for j in ("MCP", "PIP") for i in range(1, 6)] + [
    "L_KNE", "R_KNE"]
TENDER = ["R_WRI", "R_MCP2", "R_MCP3", "L_PIP2", "L_PIP3", "R_KNE"]
SWOLLEN = ["R_MCP2", "R_MCP3", "L_PIP3"]

# --- Swellkeel (surf forecast, session log) ----------------------------------------------------
BEACH_FIX = (40.583412, -73.816127)  # her phone on the beach at Rockaway (location.precise)
SPOT = {"id": "spt_rock90", "name": "Rockaway 90th St", "lat": 40.5827, "lon": -73.8148,
        "buoy": "44065"}  # the spot (a negative)
SPOT2 = {"id": "spt_ditch", "name": "Ditch Plains", "lat": 41.0379, "lon": -71.9286}
BOARD = {"id": "brd_5f10fish", "shape": "fish", "length": "5'10", "volumeL": 34.5,
         "fins": "quad"}  # her board (equipment: negatives)
# a surf watch (an accessory: negatives)
WATCH = {"serial": "SWK-W2-0093312", "fw": "1.8.4", "ble": "D4:3A:2C:91:07:5E"}

# --- Pocketpine (a kids' allowance debit card): the user is the parent --------------------------
KID = ("Noa", "Doe", "2014-03-09")  # her daughter
KID_ID = "kid_9d21f4a0"  # the child's profile ID (id.user)
KID_PHONE = "+15550148830"  # the child's phone (contact.phone)
KID_PIN = "8163"  # the card PIN the child chose (secret.credential)
KID_LAST4 = "6621"  # the child's card (financial.payment)
CARD_ID = "crd_3b70e1"  # the card object's ID (a negative)
MERCHANTS = [{"mid": "m_55120", "name": "Sprinkle Street Ice Cream", "mcc": "5812",
              "lat": 40.74102, "lon": -73.98777},
             {"mid": "m_20934", "name": "Pageturn Books", "mcc": "5942",
              "lat": 40.73776, "lon": -73.99201}]  # merchants (negatives)

# --- Minyanly (a synagogue and community events app) -------------------------------------------
SHUL = {"id": "cong_1182", "name": "Congregation Shaarei Tamar",
        "address": "211 West 22nd Street", "phone": "+12125550139",
        "lat": 40.74431, "lon": -73.99722}  # her congregation (membership: personal.sensitive)
HALL = {"id": "ven_07", "name": "Chelsea Community Hall", "address": "155 West 20th Street",
        "lat": 40.74166, "lon": -73.99589}  # an event venue (negatives)
RABBI = ("Rabbi Miriam Levinson", "office@shaareitamar.example.org", "+12125550139")
MEMBERS = [("mbr_4k2q8d", "Daniel Gold"), ("mbr_7z1x3c", "Esther Klein"),
           ("mbr_2p9w6v", "Avi Rosen")]  # other members from the directory (negatives)
HEBREW_NAME = "Yael bat Avraham"  # her Hebrew name (contact.name)
FATHER = "Robert Doe"  # her late father, typed for a yahrzeit (contact.name)
MOTHER = "Ruth Doe"  # her mother, named in a prayer request
MEMBER_NO = "CST-00417"  # her membership number (id.user)

# --- Tailorlens (3D body scan for clothing sizes) ----------------------------------------------
BODY = {"heightCm": 168.0, "weightKg": 64.2, "chestCm": 91.5, "waistCm": 74.0, "hipsCm": 99.5,
        "inseamCm": 78.0, "shoulderCm": 39.5, "neckCm": 33.0, "armCm": 58.5, "thighCm": 56.0}
SCAN = "scn_a81f20c4d9"  # the scan's ID (a negative)
INTRINSICS = {"fx": 1432.7, "fy": 1432.9, "cx": 539.6, "cy": 959.2}  # camera (negatives)
SKUS = [("tl-sku-DN-2231", "Wide-leg denim", "79.00"),
        ("tl-sku-KN-0418", "Merino crew knit", "64.00")]

# --- Kickcover (e-scooter insurance) -----------------------------------------------------------
MY_SCOOTER = {"make": "Kestrelvolt", "model": "S3 Pro", "serial": "KVT-S3P-22K0184471",
              "price": "749.00", "bought": "2025-06-14", "speedKmh": 32}  # hers (id.hardware)
POLICY = "KC-NY-0047719"  # her policy number (id.user)
CLAIM = "clm_25_10388"  # the claim's ID (a negative)
ACCIDENT_AT = (40.737514, -73.990742)  # where she fell (her fix)
OTHER = ("Marcus Webb", "+15550191264", "JFR-2291")  # the driver who cut her off, plate
POLICE_REPORT = "PR-2025-0148871"  # a police report number (a negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def taps(rng: random.Random, n: int) -> list[list[int]]:
    """A finger-tapping test: ``[ms, x, y]`` per tap on the target (slowed by stiff joints)."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(190, 340)
        out.append([t, 540 + rng.randrange(-30, 30), 1210 + rng.randrange(-30, 30)])
    return out


def hand_kp(rng: random.Random) -> list[list[float]]:
    """21 keypoints of a hand photographed flat (normalised x/y): joint positions."""
    return [[round(0.5 + 0.3 * math.cos(i / 3.4) + rng.gauss(0, 0.01), 4),
             round(0.2 + 0.035 * i + rng.gauss(0, 0.01), 4)] for i in range(21)]


def surf(rng: random.Random, n: int, at: Pt = BEACH_FIX, t0: int = 1765290000) -> list[Any]:
    """Her fixes in the water off the beach (each lat/lon ``location.precise``)."""
    out = []
    for i in range(n):
        out.append({"t": t0 + 30 * i,
                    "lat": L(round(at[0] - 0.0011 + rng.uniform(-2e-4, 2e-4), 6), PRECISE),
                    "lon": L(round(at[1] + 0.0004 * i + rng.uniform(-1e-4, 1e-4), 6), PRECISE),
                    "kmh": round(rng.uniform(0, 24), 1)})
    return out


def heart(rng: random.Random, n: int) -> list[int]:
    """Heart rate from the surf watch, one per minute."""
    return [rng.randrange(92, 151) for _ in range(n)]


def body_mesh(rng: random.Random, n: int) -> list[list[float]]:
    """Her scanned body's vertices in metres (a body model fitted to her: measurements)."""
    out = []
    for i in range(n):
        a, h = 2 * math.pi * i / n, 1.68 * (i % 17) / 17
        r = 0.14 + 0.02 * math.sin(h * 4) + rng.gauss(0, 0.002)
        out.append([round(r * math.cos(a), 4), round(h, 4), round(r * math.sin(a), 4)])
    return out


def garment_mesh(rng: random.Random, n: int) -> list[list[float]]:
    """A garment's template mesh in cm (the same in every copy: a look-alike)."""
    return [[round(rng.uniform(-30, 30), 2), round(rng.uniform(0, 105), 2),
             round(rng.uniform(-15, 15), 2)] for _ in range(n)]


def trips(rng: random.Random, n: int, start: Pt, end: Pt) -> list[list[float]]:
    """Her scooter trip for usage-based pricing: ``[t, lat, lon, kmh]`` rows."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        out.append([1765330000 + 15 * i,
                    round(start[0] + (end[0] - start[0]) * f + rng.uniform(-5e-5, 5e-5), 6),
                    round(start[1] + (end[1] - start[1]) * f + rng.uniform(-5e-5, 5e-5), 6),
                    round(rng.uniform(8, 26), 1)])
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order, a session, an entry): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCIDENT_AT", "BEACH_FIX", "BOARD", "BODY", "CARD_ID", "CLAIM", "CLINIC_DOC",
           "DAS28", "FATHER", "HALL", "HEBREW_NAME", "INTRINSICS", "KID", "KID_ID", "KID_LAST4",
           "KID_PHONE", "KID_PIN", "KUPA_MEMBER", "MEMBERS", "MEMBER_NO", "MERCHANTS",
           "MIRPAA", "MOTHER", "MY_SCOOTER", "OTHER", "PARTNER_TZ", "POLICE_REPORT", "POLICY",
           "PRIVATE_DOC", "RABBI", "RHEUM", "RX", "SCAN", "SHUL", "SKUS", "SNIF", "SPOT",
           "SPOT2", "SWOLLEN", "TA_HOME", "TA_HOME_AT", "TENDER", "TEUDAT_ZEHUT", "WATCH",
           "body_mesh", "fix", "garment_mesh", "hand_kp", "heart", "home", "obj", "surf",
           "taps", "trips"]
