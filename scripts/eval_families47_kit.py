"""Helpers for the forty-seventh (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Amsterdam (a three-month project there), her
BSN and Dutch IBAN, the bike shop (a negative), the lease bike (the company's: negatives), a flat
tyre's fix; the menopause tracker's ring (an accessory: negatives) and her gynaecologist; her
mother in Woodside (a data subject: name, birth date, address, home point, Wi-Fi, key-safe code,
Medicare number, conditions and medicines), the care agency and its carer (negatives); the game's
gamer tag and voice-room shapes; her car (plate), the garage (a negative) and its entry event;
the food scanner's products (negatives) and her friend Noor; the financial-aid app's school, her
student ID, her parents (names, birth dates, SSNs) and generators for skin-temperature series,
flash episodes, opus frames, a drawn signature and an aim swipe.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Spaakwerk (bike repair and lease, Amsterdam; its API's keys are Dutch) -------------------
NL_ADRES = {"straat": "Eerste Helmersstraat", "huisnummer": "112-2", "postcode": "1054 EK",
            "woonplaats": "Amsterdam"}  # her flat while she works there (contact.address)
NL_HOME_AT = (52.362904, 4.872417)  # her Amsterdam flat
BSN = "228302997"  # her burgerservicenummer (passes the 11-test; synthetic)
NL_IBAN = "NL91ABNA0417164300"  # the standard's published Dutch example, hers here
WERKPLAATS = {"id": "SW-AMS-07", "naam": "Spaakwerk Oud-West", "adres": "Kinkerstraat 201",
              "telefoon": "+31205550142", "lat": 52.36655, "lon": 4.86944}  # the shop
FIETS = {"id": "fts_88213", "frame": "WAW2304871K", "model": "Stadsfiets Deluxe 7",
         "slot": "AXA-4471", "ble": "E2:4C:11:90:3B:7A", "accu": 64}  # the company's bike
LEASE = "SPW-LC-250912"  # the lease contract's number (financial.purchase)
REPARATIE = "RO-77120-AMS"  # a repair order (financial.purchase)
LEKKE_BAND_AT = (52.358812, 4.884133)  # where her tyre went flat (her fix)

# --- Menolune (a menopause symptom tracker) ----------------------------------------------------
GYN = ("Dr. Priya Raman", "+12125550147")  # her gynaecologist, typed by her
RING = {"serial": "MNL-R2-0093127", "ble": "D4:11:7E:3A:92:C0", "fw": "1.8.4",
        "model": "Menolune Ring 2"}  # the temperature ring (an accessory: negatives)
LMP = "2025-07-28"  # her last menstrual period

# --- Hearthwell (home-care visits for her mother) ----------------------------------------------
MUM = {"first": "Ruth", "last": "Doe", "dob": "1954-02-11", "phone": "+17185550193",
       "line": "61-14 43rd Avenue", "apt": "Apt 3C", "city": "Woodside", "state": "NY",
       "zip": "11377"}  # her mother (a data subject)
MUM_AT = (40.743381, -73.904552)  # her mother's home
MUM_SSID, MUM_BSSID = "RuthsWiFi", "9c:3d:cf:52:71:e4"  # the mother's home network
KEYSAFE = "4391"  # the key safe by the mother's door (secret.credential)
MBI = "1EG4-TE5-MK73"  # the mother's Medicare number (health.medical, as member IDs)
AGENCY = {"id": "ag_118", "name": "Hearthwell Home Care Queens", "phone": "+17185550176",
          "line": "37-02 Queens Boulevard", "lat": 40.74341, "lon": -73.92503}  # negatives
CARER = {"id": "crg_40912", "name": "Grace Obi"}  # the agency's carer (shown by the app)
MUM_GP = ("Dr. Samuel Whitcombe", "+17185550151")
MUM_MEDS = [("Apixaban", "5 mg", "08:00,20:00"), ("Metformin", "500 mg", "08:00"),
            ("Atorvastatin", "20 mg", "20:00"), ("Donepezil", "5 mg", "20:00")]

# --- Voxhollow (a mobile game with voice chat) -------------------------------------------------
GAMERTAG = "JaneDoeRoams"  # her gamer tag (id.user)
TURN_AT = "turn:relay-use1.voxhollow.example.net:3478"  # the relay (a negative)

# --- Parkvane (parking garages, plate recognition) ---------------------------------------------
PLATE47 = "HVL-3392"  # her car's plate (id.hardware, sets 29-36)
CAR = {"make": "Subaru", "model": "Outback", "colour": "green", "year": 2019}  # unlabelled
GARAGE47 = {"id": "gar_0417", "name": "Parkvane 41st Street", "line": "225 West 41st Street",
            "phone": "+12125550137", "lat": 40.75594, "lon": -73.98916}  # negatives
GARAGE_WALK_AT = (40.756212, -73.988741)  # her fix as she walks in to pay
RESERVE = "PV-8Q21KX"  # a reservation code (financial.purchase)
WORK_MAIL = "jane.doe@northwind-analytics.example.com"  # her work mailbox (contact.email)

# --- Certiscan (a halal and kosher food scanner) -----------------------------------------------
EANS47 = ["0073402000129", "0041224702214", "5000159407236", "8690504020202", "0070177154004"]
SHOP47 = {"id": "st_2281", "name": "Kesher Market", "phone": "+17185550118",
          "lat": 40.62871, "lon": -73.96012}  # a grocer (negatives)
NOOR = ("Noor Haddad", "+15550133871")  # a friend she cooks for (halal)

# --- Aidbridge (student financial aid; she starts medical school) ------------------------------
SCHOOL47 = {"id": "G04417", "name": "Northgate College of Medicine",
            "aid_mail": "finaid@northgate-med.example.org"}  # the school (negatives)
STUDENT_ID = "N00718244"  # her student ID at the school (id.user)
DAD = {"first": "Thomas", "last": "Doe", "dob": "1951-09-30", "ssn": "987-65-4321",
       "email": "tom.doe51@example.net"}
MUM_SSN = "987-65-4328"
ESIGN_PIN = "58213"  # her e-signature PIN (secret.credential)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes (or her mother's home) at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def near(at: Pt, rng: random.Random, d: float = 0.00004) -> Pt:
    """A point a few metres from ``at`` (a check-in at the door, a second fix)."""
    return (round(at[0] + rng.uniform(-d, d), 6), round(at[1] + rng.uniform(-d, d), 6))


def skin_temp(rng: random.Random, n: int, t0: int = 1765256400) -> list[list[float]]:
    """The ring's skin-temperature rows ``[epoch, °C delta]`` every 5 minutes (flashes as peaks)."""
    return [[t0 + 300 * i, round(0.4 * math.sin(i / 3) ** 8 + rng.gauss(0, 0.05), 2)]
            for i in range(n)]


def flashes(rng: random.Random, n: int, t0: int = 1765270800) -> list[dict[str, Any]]:
    """Hot-flash episodes she logged: start, length in seconds, severity 1-3."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(2400, 9000)
        out.append({"start": t, "secs": rng.randrange(60, 420), "severity": rng.randrange(1, 4),
                    "night": t % 86400 < 21600})
    return out


def opus_frames(rng: random.Random, n: int) -> bytes:
    """Voice-chat Opus frames (20 ms each, TOC byte and payload): her voice."""
    out = bytearray(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00")
    for _ in range(n):
        out += bytes([0x78]) + bytes(rng.randrange(256) for _ in range(38))
    return bytes(out)


def signature(rng: random.Random, n: int) -> list[list[int]]:
    """A signature drawn with a finger: ``[ms, x, y, pressure‰]`` rows (one series)."""
    x, y, out = 120, 300, []
    for i in range(n):
        x += rng.randrange(4, 19)
        y += rng.randrange(-24, 25)
        out.append([i * 12, x, y, rng.randrange(300, 800)])
    return out


def aim(rng: random.Random, n: int) -> list[list[float]]:
    """A thumb's aiming drag on the touch pad: ``[ms, dx, dy]`` rows (one series)."""
    return [[i * 8, round(rng.gauss(2.5, 1.2), 2), round(rng.gauss(-0.8, 0.9), 2)]
            for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a visit, a session, a scan, a match): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def tags(rng: random.Random, n: int) -> list[str]:
    """Other players' gamer tags (teammates, opponents): negatives."""
    a = ["Quill", "Ash", "Mossy", "Tern", "Vole", "Brine", "Pike", "Rook", "Wren", "Fen"]
    return [f"{rng.choice(a)}{rng.choice(a)}{rng.randrange(10, 99)}" for _ in range(n)]


__all__ = ["AGENCY", "BSN", "CAR", "CARER", "DAD", "EANS47", "ESIGN_PIN", "FIETS",
           "GAMERTAG", "GARAGE47", "GARAGE_WALK_AT", "GYN", "KEYSAFE", "LEASE", "LEKKE_BAND_AT",
           "LMP", "MBI", "MUM", "MUM_AT", "MUM_BSSID", "MUM_GP", "MUM_MEDS", "MUM_SSID",
           "MUM_SSN", "NL_ADRES", "NL_HOME_AT", "NL_IBAN", "NOOR", "PLATE47", "REPARATIE",
           "RESERVE", "RING", "SCHOOL47", "SHOP47", "STUDENT_ID", "TURN_AT", "WERKPLAATS",
           "WORK_MAIL", "aim", "fix", "flashes", "home", "near", "obj", "opus_frames",
           "signature", "skin_temp", "tags"]
