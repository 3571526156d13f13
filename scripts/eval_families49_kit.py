"""Helpers for the forty-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's; ``fix``, ``home``
and ``obj`` are set 37's).

This kit adds what the set's apps share: her flat and office in São Paulo (she is there on a
three-month assignment), her CPF, the airport (a negative) and her drop-off there, a motorcycle
taxi's rider (a negative), a friend there; the hearing app's audiologist, headphones (an
accessory: negatives), a concert venue (a negative) and her fix in it; the baby bottle (an
accessory: negatives), her daughter, the pediatrician and generators for feeds and the bottle's
suck-pressure trace; the dog-walking gig's dog and its owner (negatives), the owner's door and
lockbox codes and her walk; the crypto-tax app's wallets, an exchange's API key, her accountant
and generators for her trades (transaction hashes and counterparties: negatives); the mosques and a
halal restaurant (negatives) and her fix at Friday prayer; the mouthguard (an accessory:
negatives), her dentist and generators for a night's snore episodes and the guard's jaw motion.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_families18_kit import FIT
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Vaivém (ride-hailing and motorcycle taxi, São Paulo) ---------------------------------------
SP_HOME = {"logradouro": "Rua Oscar Freire", "numero": "1120", "complemento": "apto 84",
           "bairro": "Pinheiros", "cidade": "São Paulo", "uf": "SP", "cep": "05409-010"}
SP_HOME_AT = (-23.561744, -46.672112)  # her rented flat (location.precise where sent)
SP_WORK_LINE = "Rua Funchal 418, 12º andar"  # the office she works from (a saved place)
SP_WORK_AT = (-23.592871, -46.689934)
CGH_AT = (-23.62611, -46.65639)  # the airport's reference point (a negative)
CGH_DROP = (-23.627402, -46.657118)  # her drop-off pin at the departures kerb (hers)
CPF, CPF_DIGITS = "417.306.928-69", "41730692869"  # her Brazilian taxpayer number
DATA_NASC = "17/05/1991"
AMIGA = ("Mariana Costa", "+5511955501234")  # a friend in São Paulo she shares a trip with
PILOTO = {"id": "mot_88c21f04", "nome": "Carlos", "placa": "FQX4J21",
          "lat": -23.561902, "lng": -46.671688}  # the rider who picks her up (negatives)

# --- Quietreed (tinnitus and hearing protection) ------------------------------------------------
AUDIOLOGIST = ("Dr. Miriam Feld", "mfeld@hudsonhearing.example.com")  # typed by her
HEADPHONES = {"model": "Arcwave Studio 3", "ble": "70:B3:D5:4A:11:C8", "cal": "cal_aw3_v2"}
VENUE = {"id": "vn_30418", "name": "Terminal Eleven", "lat": 40.755112, "lon": -74.002431}
VENUE_FIX = (40.755038, -74.002519)  # her phone at the concert
CLINIC_Q = {"id": "hc_7712", "name": "Hudson Hearing Center", "phone": "+12125550181",
            "line": "301 West 23rd Street"}

# --- Bottlebee (smart baby bottle and feeding tracker) ------------------------------------------
BABY = ("Ava", "2025-09-14", "female")  # her daughter: name, birth date, sex
BABY_ID = "kid_9e41c07a"  # the baby's profile ID (id.user)
BOTTLE = {"serial": "BBS2-2507-004418", "ble": "E4:5F:01:3C:7A:92", "fw": "1.8.4",
          "model": "Bottlebee Smart 2", "battery": 64}
PEDIATRICIAN = ("Dr. Priya Raman", "+12125550194")  # typed by her
FORMULA_SKU = "BB-FS1-800G"

# --- Pawstride (a gig app for dog walkers: she walks dogs) --------------------------------------
WALKER_NO = "PW-448120"  # her walker number (id.user)
DOG = {"id": "dog_7f31a2", "name": "Pepper", "breed": "Border Collie", "weightKg": 17.2,
       "meds": "Apoquel 16 mg"}  # a client's dog (not a person: negatives)
OWNER = {"id": "own_4c90d8", "first": "Marcus", "line": "221 West 21st Street Apt 5C",
         "lat": 40.743542, "lon": -73.997311}  # the client (the platform's record: negatives)
DOOR_CODE, LOCKBOX = "4729#", "0815"  # the owner's codes (secret.credential)
DOOR_FIX = (40.743561, -73.997338)  # her phone at the owner's door
DOG_RUN_AT = (40.74802, -74.00882)  # the dog run's point (a negative)
LICENCE = "914207385"  # her New York driver's licence number (as sets 22 and 30)

# --- Blockfiler (crypto tax reporting) ----------------------------------------------------------
WALLET_ETH = "0x5e1c7a9b2d40f3e8a61b9c2d7f04e3ab98c1d2e7"  # her wallet (financial.payment)
XPUB = ("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7"
        "n7epu4trkrX7x7DogT5Uv6fcLW5")  # her cold-storage account's extended public key
EXCHANGE_KEY, EXCHANGE_SECRET = "cmr_k_7Q2xV9pL4tR8sN1w", "cmr_s_Zb4Jf8Kq2Lr6Wn0Tx5Yc3Vh9"
ACCOUNTANT = ("Daniel Wexler", "dwexler@wexlercpa.example.com")  # typed by her
TOKEN_CONTRACT = "0x3c9e1f8a2b7d4c60e5f19a8b7c2d3e4f5a6b7c8d"  # a token's contract (a negative)

# --- Qiblora (mosque and halal restaurant finder, prayer times) ---------------------------------
MOSQUES = [{"id": "msq_1187", "name": "Masjid an-Nur Chelsea", "line": "212 West 26th Street",
            "phone": "+12125550152", "lat": 40.746021, "lon": -73.995312},
           {"id": "msq_2204", "name": "Islamic Center of Gramercy", "line": "141 East 22nd St",
            "phone": "+12125550168", "lat": 40.738914, "lon": -73.984201}]  # negatives
MOSQUE_FIX = (40.745987, -73.995402)  # her phone at Friday prayer
HALAL = {"id": "rst_4471", "name": "Saffron Grill Halal", "phone": "+12125550133",
         "lat": 40.74419, "lon": -73.98611}  # a restaurant (negatives)

# --- Jawrest (a sleep-apnoea mouthguard with a snore microphone) --------------------------------
GUARD = {"serial": "JRG1-2508-071244", "ble": "D0:4A:77:1C:9E:33", "fw": "1.4.2",
         "model": "Jawrest Guard", "battery": 58}  # the guard (an accessory: negatives)
DENTIST = ("Dr. Lena Park", "+12125550127")  # her sleep dentist, typed by her
RX_NO = "JR-RX-55102"  # the appliance's prescription number (an order ID: a negative)
MEMBER_JR = "YKP448201776"  # her health-insurance member ID (health.medical)


# --- generators -----------------------------------------------------------------------------------
def path_fixes(rng: random.Random, n: int, start: Pt, end: Pt, keys: tuple[str, str] = ("la", "lo"),
               t0: int = 1765390000) -> list[dict[str, Any]]:
    """Her fixes from ``start`` to ``end`` (each coordinate ``location.precise``; time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "v": round(rng.uniform(3, 38), 1)})
    return out


def thi(rng: random.Random) -> list[int]:
    """The Tinnitus Handicap Inventory's 25 answers (0, 2 or 4)."""
    return [rng.choice([0, 2, 2, 4]) for _ in range(25)]


def suck_trace(rng: random.Random, n: int, hz: int = 10) -> list[list[float]]:
    """The bottle's nipple pressure rows ``[ms, kPa]``: the baby's sucking bursts."""
    return [[i * 1000 // hz, round(-4.5 * max(0.0, math.sin(i / 2.2)) + rng.gauss(0, 0.15), 2)]
            for i in range(n)]


def feeds(rng: random.Random, n: int, t0: int = 1765340000) -> list[dict[str, Any]]:
    """Feeds the bottle stored offline: start, seconds, millilitres (amounts ``health.fitness``)."""
    return [{"t": t0 + 10800 * i, "secs": L(rng.randrange(600, 1100), FIT),
             "ml": L(rng.randrange(90, 135, 5), FIT), "tempC": round(rng.uniform(35, 38), 1)}
            for i in range(n)]


def trades(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Her trades as the exchange exports them (hashes and counterparties: look-alikes)."""
    assets = [("ETH", "3182.40"), ("BTC", "61204.10"), ("SOL", "142.77"), ("USDC", "1.00")]
    out = []
    for i in range(n):
        a, px = assets[i % len(assets)]
        out.append({"date": f"2025-0{i + 2}-1{i}", "type": ["buy", "sell"][i % 2], "asset": a,
                    "qty": round(rng.uniform(0.05, 2.0), 4), "priceUsd": px,
                    "feeUsd": round(rng.uniform(0.5, 9), 2), "txHash": "0x" + rnd_hex(rng, 64),
                    "counterparty": "0x" + rnd_hex(rng, 40)})
    return out


def snore_eps(rng: random.Random, n: int, t0: int = 1765343000) -> list[dict[str, Any]]:
    """The night's snore episodes from the phone's microphone: start, seconds, loudness."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(400, 2400)
        out.append({"s": t, "d": rng.randrange(15, 190), "db": round(rng.uniform(44, 68), 1)})
    return out


def loudness(rng: random.Random, n: int) -> list[float]:
    """The snore microphone's per-minute loudness envelope in dBA."""
    return [round(30 + 12 * abs(math.sin(i / 7)) + rng.gauss(0, 1.5), 1) for i in range(n)]


def jaw(rng: random.Random, n: int) -> list[float]:
    """The guard's accelerometer magnitude per second: jaw movement and clenching."""
    return [round(1.0 + abs(rng.gauss(0, 0.04)) + (0.3 if i % 17 == 0 else 0), 4)
            for i in range(n)]


__all__ = ["ACCOUNTANT", "AMIGA", "AUDIOLOGIST", "BABY", "BABY_ID", "BOTTLE", "CGH_AT",
           "CGH_DROP", "CLINIC_Q", "CPF", "CPF_DIGITS", "DATA_NASC", "DENTIST", "DOG",
           "DOG_RUN_AT", "DOOR_CODE", "DOOR_FIX", "EXCHANGE_KEY", "EXCHANGE_SECRET",
           "FORMULA_SKU", "GUARD", "HALAL", "HEADPHONES", "LICENCE", "LOCKBOX", "MEMBER_JR",
           "MOSQUES", "MOSQUE_FIX", "OWNER", "PEDIATRICIAN", "PILOTO", "RX_NO", "SP_HOME",
           "SP_HOME_AT", "SP_WORK_AT", "SP_WORK_LINE", "TOKEN_CONTRACT", "VENUE", "VENUE_FIX",
           "WALKER_NO", "WALLET_ETH", "XPUB", "feeds", "jaw", "loudness", "path_fixes",
           "snore_eps", "suck_trace", "thi", "trades"]
