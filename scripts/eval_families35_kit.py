"""Helpers for the thirty-fifth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her Warsaw flat, customer number, PESEL (valid check
digit) and Polish accounts (IBANs with valid check digits), her landlord and a friend there, an
ATM and a bookshop (negatives); her daughter, the daughter's watch (IMEI with a valid Luhn digit,
ICCID, its own number), the school's zone and the girl's afternoon track; the gamer tag, other
players and the phone's DRM ID and build fingerprint; the grocery's store (a negative), her fix in
it, the loyalty card, an order, a receipt, the door code; the flat she rents out (her home), its
lock (fixed equipment: negatives), a guest and his passport, the co-host; the thermometer (an
accessory: negatives) and nightly basal temperatures; podcast episodes; and generators.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex


def pesel(stem: str) -> str:
    """A PESEL from its first ten digits (``YYMMDD``, serial, sex) with the check digit."""
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return stem + str((10 - sum(int(c) * k for c, k in zip(stem, w, strict=True)) % 10) % 10)


def pl_iban(bban: str) -> str:
    """A Polish IBAN (``PLkk`` + 24 digits) with ISO 13616 mod-97 check digits."""
    k = 98 - int(bban + "252100") % 97
    return f"PL{k:02d}{bban}"


def luhn(stem: str) -> str:
    """``stem`` with its Luhn check digit appended (an IMEI's 15th digit)."""
    total = 0
    for i, c in enumerate(reversed(stem)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return stem + str((10 - total % 10) % 10)


def spaced(iban: str) -> str:
    """An IBAN in groups of four, as banking apps print it."""
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# --- Zlotnik (a Polish bank): she is on a year's assignment in Warsaw -------------------------
PL_HOME = {"ulica": "ul. Hoża 41 m. 12", "kod": "00-681", "miasto": "Warszawa"}
PL_HOME_AT = (52.227816, 21.014302)
KLIENT = "60418237"  # her customer number, the log-in identifier (id.user)
PESEL = pesel("9105170824")  # 17.05.1991, a woman's serial (personal.national_id)
IBAN_MAIN = pl_iban("109010140000071219814406")  # her current account (financial.payment)
IBAN_SAVE = pl_iban("109010140000071219815577")  # her savings account
IBAN_LANDLORD = pl_iban("114020040000310277154811")  # her landlord's account (a recipient)
LANDLORD = ("Marta Wiśniewska", "+48 601 555 214", "ul. Wilcza 9 m. 3, 00-538 Warszawa")
FRIEND_PL = ("Kasia Nowak", "+48512555087")
CARD_LAST4 = "8830"  # her debit card
MASKED_PW = "Wisla&Kawa2025"  # the password whose chosen characters the log-in asks for
MPIN = "52917"
ATM = {"id": "ATM-WAW-00412", "adres": "Marszałkowska 104", "lat": 52.23107, "lon": 21.00612}
ATM_FIX = (52.231142, 21.006287)  # her phone at the ATM (a BLIK withdrawal)
SHOP_PL = {"id": "M-7730412", "nazwa": "Księgarnia Pod Globusem", "nip": "5260250995"}

# --- Pipwatch (a kids' smartwatch): her daughter and the watch --------------------------------
CHILD_FIRST, CHILD_DOB, CHILD_SEX = "Ella", "2017-03-09", "girl"
WATCH = {"imei": luhn("35893411067204"), "iccid": "8901260882310475519",
         "msisdn": "+15550163318", "model": "Pipwatch K4", "fw": "K4_2.7.1"}
WATCH_CODE = "PW7-K2Q-88D"  # the registration code printed on the watch (secret.credential)
SCHOOL = {"place_id": "pl_9f21c40a", "name": "Lindenwood Elementary"}
SCHOOL_ZONE = (40.744519, -73.982074)  # the zone she draws around the school (the girl's)
DAD = ("Alex Doe", "+15550176612", "alex.doe@example.net")  # the girl's father

# --- Rivetfall (a shooter) ----------------------------------------------------------------------
TAG = "nightjar_jd"  # her gamer tag (id.user)
OTHERS = ["VoltWren", "Kestrel_99", "mossgrip", "hexa_loop"]  # other players (negatives)
DRM_ID = "5d1e9b0f2c47a8e36b90d41f7a25c3e8b6f01d9a4e72c85b3f6a09d1e4b7c260"  # MediaDrm ID
BUILD_FP = "google/shiba/shiba:14/AP2A.240905.003/12231197:user/release-keys"
GPU = "Mali-G715-Immortalis MC10"
CHEAT_PKGS = ["com.example.gameguardian", "com.example.autoclicker.pro"]

# --- Crateroot (groceries) ------------------------------------------------------------------------
LOYALTY = "6033448122901733"  # her loyalty card (id.user; sixteen digits, not a payment card)
STORE = {"id": "st_0412", "name": "Crateroot Kips Bay", "line": "520 2nd Avenue",
         "phone": "+12125550179", "lat": 40.74166, "lon": -73.97862}
STORE_FIX = (40.741702, -73.978561)  # her phone inside the store
SHOPPER_AT = (40.73921, -73.98102)  # the shopper's van (a negative)
ORDER_CR = "CR-88120-4471"
RECEIPT = {"no": "0412-118-20251209-0073", "total": "47.86", "last4": "4242"}
DOOR_CODE = "2291#"

# --- Keyhaven (home rental for hosts): she rents out her own flat while away ------------------
LISTING = "lst_77120417"
LOCK = {"serial": "KH-LK-5520917", "model": "Keyhaven Deadbolt 2", "fw": "3.1.4",
        "ble": "D4:36:39:8A:12:7F"}  # the flat's smart lock (fixed equipment: negatives)
GUEST = ("Lukas Brenner", "+4915155501234", "lukas.brenner@example.net", "C4F7R29K1",
         "1988-02-11")  # name, phone, e-mail, passport, birth date (another person's)
GUEST_CODE, CLEANER_CODE = "739215", "604418"
RESERVATION_KH = "KH-R-55120873"
COHOST = ("Sam Patel", "+15550142277", "sam.patel@example.net")
CLEANER = {"name": "Bright Nest Cleaning", "phone": "+12125550147"}  # a business (negative)

# --- Ovelle (period and fertility, a basal thermometer) --------------------------------------
THERMO = {"serial": "OVT-2204418", "ble": "E4:5F:01:2A:7C:33", "fw": "1.4.2",
          "model": "Ovelle Basal"}  # the thermometer (an accessory: negatives)
CYCLE_START = "2025-11-24"

# --- Castmeadow (podcasts) -----------------------------------------------------------------------
EPISODES = [("ep_88120417", "sh_4471", "The Long Table", "Ep. 212: Bread and memory"),
            ("ep_88120533", "sh_2290", "Night Shift Stories", "Ep. 48: The lighthouse"),
            ("ep_88119872", "sh_5518", "Grief Club", "Ep. 9: The first winter")]


# --- generators -----------------------------------------------------------------------------------
def track(rng: random.Random, n: int, start: tuple[float, float], step: tuple[float, float],
          t0: int = 1765307400, nd: int = 6) -> list[dict[str, Any]]:
    """Fixes of a walk (each lat/lon ``location.precise``; time, accuracy and source not)."""
    lat, lon, out = start[0], start[1], []
    for i in range(n):
        lat += step[0] + rng.uniform(-0.00004, 0.00004)
        lon += step[1] + rng.uniform(-0.00004, 0.00004)
        out.append({"ts": t0 + 300 * i, "lat": L(round(lat, nd), PRECISE),
                    "lng": L(round(lon, nd), PRECISE), "acc": rng.choice([8, 12, 20, 35]),
                    "src": rng.choice(["gps", "wifi", "lbs"])})
    return out


def fix(at: tuple[float, float], nd: int = 6) -> tuple[L, L]:
    """One of her (or her daughter's) own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def basal(rng: random.Random, n: int, day0: int = 1) -> list[dict[str, Any]]:
    """Nightly basal temperatures (°C, low before ovulation, higher after) by cycle day."""
    out = []
    for i in range(n):
        d = day0 + i
        t = 36.28 + (0.32 if d >= 15 else 0.0) + rng.uniform(-0.08, 0.08)
        out.append({"cycleDay": d, "tempC": round(t, 2), "minutes": rng.randrange(310, 470)})
    return out


def gyro(rng: random.Random, n: int, dt: int = 8) -> list[list[float]]:
    """Gyroscope rows ``[ms, x, y, z]`` in rad/s while she aims by tilting the phone."""
    return [[i * dt, round(rng.gauss(0, 0.6), 3), round(rng.gauss(0, 0.9), 3),
             round(rng.gauss(0, 0.2), 3)] for i in range(n)]


def holding(rng: random.Random, n: int) -> list[dict[str, float]]:
    """The phone's pitch/roll and acceleration while she holds it (a biometrics SDK's)."""
    return [{"t": i * 50, "pitch": round(38 + rng.gauss(0, 2.5), 2),
             "roll": round(rng.gauss(0, 3), 2), "ax": round(rng.gauss(0, 0.15), 3),
             "ay": round(6.1 + rng.gauss(0, 0.2), 3), "az": round(7.6 + rng.gauss(0, 0.2), 3)}
            for i in range(n)]


def peaks(rng: random.Random, n: int) -> list[int]:
    """An episode's display waveform (0-255 per bar): a look-alike of an audio feature."""
    return [rng.randrange(10, 255) for _ in range(n)]


def chapters(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """An episode's chapter markers in ms (the show's, not hers)."""
    t, out = 0, []
    for i in range(n):
        t += rng.randrange(240000, 900000)
        out.append({"start_ms": t, "title": f"Part {i + 1}"})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a match, a clip, an order line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ATM", "ATM_FIX", "BUILD_FP", "CARD_LAST4", "CHEAT_PKGS", "CHILD_DOB",
           "CHILD_FIRST", "CHILD_SEX", "CLEANER", "CLEANER_CODE", "COHOST", "CYCLE_START", "DAD",
           "DOOR_CODE", "DRM_ID", "EPISODES", "FRIEND_PL", "GPU", "GUEST", "GUEST_CODE",
           "IBAN_LANDLORD", "IBAN_MAIN", "IBAN_SAVE", "KLIENT", "LANDLORD",
           "LISTING", "LOCK", "LOYALTY", "MASKED_PW", "MPIN", "ORDER_CR", "OTHERS", "PESEL",
           "PL_HOME", "PL_HOME_AT", "RECEIPT", "RESERVATION_KH", "SCHOOL", "SCHOOL_ZONE",
           "SHOPPER_AT", "SHOP_PL", "STORE", "STORE_FIX", "TAG", "THERMO", "WATCH",
           "WATCH_CODE", "basal", "chapters", "fix", "gyro", "holding", "home", "luhn", "obj",
           "peaks", "pesel", "pl_iban", "spaced", "track"]
