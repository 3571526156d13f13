"""Helpers for the sixtieth (blind) evaluation set. Category ids, the profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her serviced flat and office in Jakarta (she is on a
posting there), her NIK, her wallet PIN, a friend she pays, a driver and a café's QRIS merchant
(negatives); her hematologist (typed by her), an infusion centre and a hospital (negatives) and
generators for pain episodes and hydration logs; the smart ring (an accessory: serial, Bluetooth
address, firmware, size, battery and charging cycles are negatives) and generators for sleep
stages, interbeat intervals, skin temperature and a raw accelerometer window; the safety app's
trusted contacts, the abuser she names, a hotline and a justice centre (negatives); the pet
owner, the pet and its home (negatives) and a walk generator for her fixes; the mosque, its
teacher and class (negatives), her son and his memorised surahs; the leak-sensor hub, sensors and
valve (negatives), her home Wi-Fi password and generators for flow and pressure series.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Ojekita (ride-hailing and e-wallet, Jakarta): she is on a two-year posting in Jakarta ------
JKT_HOME = {"alamat": "Senopati Suites Tower B Unit 17C, Jl. Senopati No. 8",
            "kelurahan": "Selong", "kecamatan": "Kebayoran Baru", "kota": "Jakarta Selatan",
            "provinsi": "DKI Jakarta", "kode_pos": "12110"}
JKT_HOME_AT = (-6.231847, 106.808512)  # her flat (location.precise where she sends it)
JKT_OFFICE_AT = (-6.225104, 106.808237)  # her office in SCBD (her place: labelled)
JKT_CAFE_AT = (-6.242391, 106.812774)  # her fix at a café where she pays by QRIS
NIK = "3174015705910007"  # her 16-digit NIK (personal.national_id)
WALLET_PIN = "482916"  # her e-wallet PIN (secret.credential)
TEMAN = ("Sari Wulandari", "+6281311102233")  # a friend she sends money to (contact.*)
DRIVER = {"id": "drv_88213", "nama": "Budi Santoso", "plat": "B 4172 KZR",
          "hp": "+6281255501234", "lat": -6.23311, "lon": 106.80977}  # the driver (negatives)
MERCHANT = {"nmid": "ID1022148830217", "nama": "Warung Kopi Senja", "kota": "Jakarta Selatan",
            "mcc": "5814"}  # the café's QRIS merchant (negatives)
QRIS = ("00020101021126570011ID.CO.QRIS.WWW0118936009150000882130215ID1022148830217"
        "0303UMI51440014ID.CO.QRIS.WWW0215ID10221488302170303UMI5204581453033605802ID"
        "5917Warung Kopi Senja6015Jakarta Selatan61051219063041A2F")  # the café's code

# --- Drepanote (sickle-cell pain diary) -------------------------------------------------------
HEMATOLOGIST = ("Dr. Kwame Mensah", "+12125550192", "k.mensah@eastsidehem.example.org")
INFUSION = {"id": "ic_3307", "name": "Kips Bay Infusion Center", "phone": "+12125550118",
            "line": "522 Lattice Avenue", "lat": 40.74212, "lon": -73.97606}  # negatives
HOSPITAL = "Eastside General Hospital"  # where she was admitted (a negative)
MEDS_SCD = [("hydroxyurea", "1000 mg daily"), ("folic acid", "1 mg daily"),
            ("L-glutamine", "15 g twice daily"), ("oxycodone", "5 mg as needed")]

# --- Orbiring (a smart ring: an accessory, its values are negatives) --------------------------
RING = {"serial": "ORB3-A7-00912274", "ble": "E2:41:9C:07:5B:3D", "fw": "4.2.17",
        "hw": "Gen3", "size": 7, "battery": 64, "cycles": 212}
RING_OLD_FW = "4.1.9"

# --- Lumenkeep (a safety app for survivors of domestic violence) ------------------------------
SAFE_CONTACTS = [("Maya Torres", "+15550148823"), ("Priya Raman", "+15550163417")]
ABUSER = {"name": "Derek Collins", "phone": "+15550191147", "plate": "HNM-2291",
          "vehicle": "grey sedan"}  # the man she names (his name and number typed by her)
HOTLINE = "+18005550177"  # a national hotline's number (a negative)
JUSTICE = {"id": "org_118", "name": "Midtown Family Justice Center", "phone": "+12125550104",
           "line": "212 Ledger Street", "lat": 40.71393, "lon": -74.00211}  # negatives
SHELTER_AT = (40.68871, -73.95544)  # a shelter's intake office (a negative)
DOCKET = "OP-2025-014471"  # the protective order's docket number (unlabelled)
LOCKER_PIN, DURESS_PIN = "7305", "0913"  # the evidence locker's PIN and a duress PIN
ATTORNEY = ("Rachel Stein", "r.stein@steinlegal.example.com")  # her lawyer, typed by her

# --- Pawtenda (pet-sitting marketplace: she is the sitter) ------------------------------------
OWNER = {"id": "own_5521kq", "first": "Marcus"}  # a client (his ID: a negative)
PET = {"id": "pet_88a1", "name": "Pepper", "species": "dog", "breed": "Border Collie",
       "meds": "Apoquel 16 mg", "chip": "985112004471903"}  # the client's dog (negatives)
OWNER_HOME_AT = (40.734912, -73.993781)  # the client's home: her fix there is hers
VET_PHONE = "+12125550153"  # the client's vet (a negative)
SITTER_HANDLE = "janewalksdogs"  # her public sitter handle (id.user)

# --- Iqrabud (mosque and Quran study for kids; she is the parent) ----------------------------
KID, KID_BIRTH_YEAR, KID_AGE = "Yusuf", 2017, 8  # her son
MASJID = {"id": "msj_0412", "name": "Masjid An-Nur Midtown", "line": "301 Quarry Street",
          "phone": "+12125550131", "lat": 40.74163, "lon": -73.97839}  # the mosque (negatives)
USTADH = ("ust_207", "Ustadh Ibrahim Haddad")  # the teacher (a negative)
CLASS = "cls_qaida_sun_10"
SURAHS = ["Al-Fatiha", "An-Nas", "Al-Falaq", "Al-Ikhlas", "Al-Kawthar", "Al-Asr"]
PARENT_PIN = "3146"
SPOUSE = "Omar Doe"  # her husband, named as the other person picking up (contact.name)

# --- Drymark (home water-leak sensors) --------------------------------------------------------
HUB = {"id": "hub_7Q21K", "serial": "DMH-1-2207415", "mac": "A4:CF:12:9E:33:71",
       "lan": "192.168.1.57", "fw": "3.8.2"}  # the hub (negatives)
VALVE = {"id": "vlv_20871", "serial": "DMV-2-0048812"}
SENSORS = [{"id": "snr_0a71", "serial": "DMS-4471021", "room": "Kitchen sink"},
           {"id": "snr_0a72", "serial": "DMS-4471022", "room": "Water heater"},
           {"id": "snr_0a73", "serial": "DMS-4471023", "room": "Laundry"}]
WIFI_PASS = "Maple-Window-42"  # her home Wi-Fi password (secret.credential)
CLAIM_CODE = "DM7-QK42-ZX9"  # the hub's claim code from its QR sticker (secret.credential)
PLUMBER_PHONE = "+12125550146"
POLICY = "HO3-88120477"  # her home-insurance policy number (unlabelled: no taxonomy type)
PARTNER_MAIL = ("Alex Doe", "alex.doe@example.net")


# --- generators -------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6, cat: str = PRECISE) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals."""
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, an episode, a visit, an alert): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def walk(rng: random.Random, n: int, start: Pt, t0: int = 1765296000) -> list[dict[str, Any]]:
    """Her fixes on a dog walk from ``start`` and back (lat/lng ``location.precise``)."""
    out, lat, lon = [], start[0], start[1]
    for i in range(n):
        lat += 0.00022 * math.cos(i / 3) + rng.uniform(-0.00003, 0.00003)
        lon += 0.00025 * math.sin(i / 3) + rng.uniform(-0.00003, 0.00003)
        out.append({"t": t0 + 30 * i, "lat": L(round(lat, 6), PRECISE),
                    "lng": L(round(lon, 6), PRECISE), "acc": rng.choice([4, 5, 7])})
    return out


def pains(rng: random.Random, n: int) -> list[int]:
    """Pain scores 0-10 through an episode, falling as it eases."""
    return [max(1, min(10, 9 - i + rng.randrange(-1, 2))) for i in range(n)]


def sips(rng: random.Random, n: int, t0: int = 1765281600) -> list[dict[str, Any]]:
    """A day's drinks: time, millilitres and kind (one hydration log)."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(2400, 6000)
        out.append({"t": t, "ml": rng.choice([150, 250, 330, 500]),
                    "kind": rng.choice(["water", "water", "tea", "electrolyte"])})
    return out


def stages(rng: random.Random, n: int) -> list[str]:
    """Consumer sleep stages per 30 s epoch (awake, light, deep, rem)."""
    return [rng.choice(["awake", "light", "light", "deep", "rem"]) for _ in range(n)]


def ibis(rng: random.Random, n: int) -> list[int]:
    """Interbeat intervals in ms (the ring's PPG, asleep)."""
    return [int(rng.gauss(1010, 45)) for _ in range(n)]


def skin(rng: random.Random, n: int, t0: int = 1765256400) -> list[list[float]]:
    """Skin temperature rows ``[epoch s, °C]`` every five minutes through the night."""
    return [[t0 + 300 * i, round(34.9 + 0.4 * math.sin(i / 15) + rng.gauss(0, 0.05), 2)]
            for i in range(n)]


def accel(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """The ring's raw accelerometer rows ``[ms, x, y, z]`` in g."""
    return [[i * 1000 // hz, round(rng.gauss(0, 0.02), 3), round(rng.gauss(0, 0.02), 3),
             round(0.99 + rng.gauss(0, 0.01), 3)] for i in range(n)]


def flow(rng: random.Random, n: int) -> list[float]:
    """Water flow in litres per minute, one value a minute (the house's, not a person's)."""
    return [round(max(0.0, rng.choice([0, 0, 0, 6.2, 8.5]) + rng.gauss(0, 0.2)), 2)
            for _ in range(n)]


def pressure(rng: random.Random, n: int) -> list[float]:
    """Pipe pressure in psi, one value a minute."""
    return [round(62 + rng.gauss(0, 0.8), 1) for _ in range(n)]


__all__ = ["ABUSER", "ATTORNEY", "CLAIM_CODE", "CLASS", "DOCKET", "DRIVER", "DURESS_PIN",
           "HEMATOLOGIST", "HOSPITAL", "HOTLINE", "HUB", "INFUSION", "JKT_CAFE_AT", "JKT_HOME",
           "JKT_HOME_AT", "JKT_OFFICE_AT", "JUSTICE", "KID", "KID_AGE", "KID_BIRTH_YEAR",
           "LOCKER_PIN", "MASJID", "MEDS_SCD", "MERCHANT", "NIK", "OWNER", "OWNER_HOME_AT",
           "PARENT_PIN", "PARTNER_MAIL", "PET", "PLUMBER_PHONE", "POLICY", "QRIS", "RING",
           "RING_OLD_FW", "SAFE_CONTACTS", "SENSORS", "SHELTER_AT", "SITTER_HANDLE", "SPOUSE",
           "SURAHS", "TEMAN", "USTADH", "VALVE", "VET_PHONE", "WALLET_PIN", "WIFI_PASS", "accel",
           "fix", "flow", "ibis", "obj", "pains", "pressure", "sips", "skin", "stages", "walk"]
