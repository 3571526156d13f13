"""Helpers for the hundred-and-first (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's; ``fix``,
``home``, ``obj`` and ``ride`` are set 37's).

This kit adds what the set's apps share. She is on a year's posting in Port-au-Prince with her
son and lives in Pétion-Ville: her flat there (her address while there) and its point, her office
downtown, her son Eli (4) and his nanny, her US passport, the roaming network the phone is on
(``location.carrier``), the Creole Accept-Language and time zone; the remittance app's pick-up
agent (a business: negatives), the transfer her husband sent and its pick-up PIN; the water
kiosk and the cholera treatment centre (negatives); the tap-tap route, its stops and its truck
(negatives); the carnival stands and a rara band (negatives) and her ticket order; the solar
lamp (an accessory: negatives) and her pay-as-you-go account; the parish, its church (the point
a negative), her parish-register number and the choir's join code; the lakou kindergarten (a
negative) and generators for the lamp's log, a pitch contour and a hashed address book.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import CONTACTS, DEV, sha
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Port-au-Prince"
ACCEPT_HT = "ht-HT,ht;q=0.9,fr-HT;q=0.8,en-US;q=0.6"  # Creole first (device.info)


def accept_ht() -> L:
    return L(ACCEPT_HT, DEV)


# --- her year in Port-au-Prince -----------------------------------------------------------------
HT_HOME = {"adres": "27 Rue Grégoire", "detay": "Kay ble a, 2yèm etaj", "vil": "Pétion-Ville",
           "kod_postal": "HT6140", "depatman": "Ouest"}
HT_HOME_AT = (18.512436, -72.287104)  # her flat (location.precise where sent)
WORK_AT = (18.547213, -72.339861)  # her office downtown (her place: precise where sent)
SON_FIRST, SON_LAST, SON_DOB, SON_AGE = "Eli", "Doe", "2021-03-14", 4  # her son (a data subject)
NANNY = ("Marie-Ange Pierre", "+50937124480")  # his nanny, typed by her (contact.*)
PASSPORT_US = "589231774"  # her US passport (personal.national_id)
NET_MCCMNC, NET_NAME, NET_COUNTRY = "37250", "Lakaytel", "HT"  # the roaming network
DOB_HT = "17/05/1991"  # her birth date as Creole forms write it

# --- Lajanvit (remittance pick-up and top-up) ----------------------------------------------------
AGENT = {"id": "AG-PV-0318", "non": "Boutik Lespwa Transfè", "adres": "12 Rue Lamarre",
         "telefon": "+50928114402", "lat": 18.51391, "lon": -72.28874}  # a business
TRANSFER_REF = "LV-7730-2281-54"  # the transfer her husband sent (financial.purchase)
PICKUP_PIN = "839215"  # the pick-up secret (secret.credential)
TOPUP_REF = "RC-55120873"

# --- Dlopwop (cholera and water-safety reports) -------------------------------------------------
KIOSK = {"id": "DP-0412", "non": "Kiosk Dlo Bwa Moket", "lat": 18.51642,
         "lon": -72.29217}  # a public water point (negatives)
CTC_AT = (18.53466, -72.33027)  # a cholera treatment centre (a negative)

# --- Taptapwout (tap-tap routes) -----------------------------------------------------------------
ROUTE = {"id": "rt_pv_ayewopo", "non": "Petyonvil - Kafou Ayewopò"}
STOPS = [("st_0113", "Plas Sen Pyè", 18.51395, -72.28613),
         ("st_0121", "Kafou Delmas 60", 18.53302, -72.30431),
         ("st_0140", "Kafou Ayewopò", 18.55219, -72.30118)]  # stops (negatives)
TAPTAP = {"id": "tt_4471", "plak": "TP-08812", "non": "Bondye Bon"}  # the truck (negatives)

# --- Rarapas (rara and carnival tickets) ----------------------------------------------------------
STAND_AT = (18.54402, -72.33855)  # the carnival stands on the parade route (a negative)
BAND = {"id": "bn_0931", "non": "Rara Zanfan Lakou", "vil": "Léogâne"}  # a band (negatives)
TICKET_ORDER = "KV26-118204"  # her ticket order (financial.purchase)
STAND_FIX = (18.544187, -72.338392)  # her phone at the stand's gate

# --- Limyekay (solar lamp, pay as you go) ---------------------------------------------------------
LAMP = {"seri": "LMK-S3-0088143", "ble": "D4:11:A7:5C:02:9E", "model": "Limyè 3",
        "fw": "1.8.2"}  # the lamp (an accessory: negatives)
LAMP_ACCOUNT = "LK-440718"  # her pay-as-you-go account (id.user)
UNLOCK = "483 912 007 215"  # a seven-day unlock token (secret.credential)

# --- Koralsen (a Catholic parish choir) -----------------------------------------------------------
PARISH = "Paroisse Sainte-Anne-des-Mornes"  # her parish (personal.sensitive where tied to her)
PARISH_AT = (18.50874, -72.28402)  # the church (a negative)
PARISH_MEMBER = "SADM-2025-0419"  # her parish-register number (id.user)
CHOIR_CODE = "KSA-93QX"  # the choir's join code (secret.credential)
CHURCH_FIX = (18.508812, -72.283937)  # her phone in the church
CHURCH_WIFI = ("SainteAnne-Koral", "6c:3b:6b:40:91:e2")  # the parish Wi-Fi she joins

# --- Tilakou (a lakou kindergarten) ---------------------------------------------------------------
SON_ID = "ti_9d41b27a"  # his profile on her account (id.user)
LAKOU = {"id": "lk_0071", "non": "Lakou Timoun Bèl Solèy", "telefon": "+50934410227",
         "lat": 18.50951, "lon": -72.29133}  # the kindergarten (negatives)
GATE_FIX = (18.509472, -72.291268)  # her phone at the gate
TEACHER = "Madan Joseph"  # his teacher, the school's published staff (a negative)


# --- generators -----------------------------------------------------------------------------------
def lamp_log(rng: random.Random, n: int, t0: int = 1765238400) -> list[dict[str, Any]]:
    """The lamp's hourly log (battery, charge, light output): an accessory's readings."""
    return [{"t": t0 + 3600 * i, "batri": max(5, 92 - 6 * i + rng.randrange(-2, 3)),
             "chaj_w": round(rng.uniform(0, 3.2) if 8 < (i % 24) < 17 else 0.0, 2),
             "limye": rng.choice([0, 0, 1, 2])} for i in range(n)]


def pitch(rng: random.Random, n: int) -> list[float]:
    """A take's pitch contour in Hz (one per 50 ms): an intonation check, not a voiceprint."""
    base = 392.0
    return [round(base * (1 + rng.uniform(-0.02, 0.02)), 1) for _ in range(n)]


def hashed_book(n: int) -> list[L]:
    """Her address book's numbers, SHA-256 of E.164 (one ``content.contacts`` label)."""
    nums = [f"+5093{7100 + 37 * i:04d}{2200 + 91 * i:04d}" for i in range(n)]
    return [L(sha("sha256", x), CONTACTS) for x in nums]


def code(rng: random.Random, pre: str, n: int = 8) -> str:
    """An object, receipt or request code minted by a server (a negative)."""
    return pre + rnd_hex(rng, n)


__all__ = ["ACCEPT_HT", "AGENT", "BAND", "CHOIR_CODE", "CHURCH_FIX", "CHURCH_WIFI", "CTC_AT",
           "DOB_HT", "GATE_FIX", "HT_HOME", "HT_HOME_AT", "KIOSK", "LAKOU", "LAMP",
           "LAMP_ACCOUNT", "NANNY", "NET_COUNTRY", "NET_MCCMNC", "NET_NAME", "PARISH",
           "PARISH_AT", "PARISH_MEMBER", "PASSPORT_US", "PICKUP_PIN", "ROUTE", "SON_AGE",
           "SON_DOB", "SON_FIRST", "SON_ID", "SON_LAST", "STAND_AT", "STAND_FIX", "STOPS",
           "TAPTAP", "TEACHER", "TICKET_ORDER", "TOPUP_REF", "TRANSFER_REF", "TZ", "UNLOCK",
           "WORK_AT", "accept_ht", "code", "hashed_book", "lamp_log", "pitch"]
