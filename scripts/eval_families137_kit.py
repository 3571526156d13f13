"""Helpers for the hundred-and-thirty-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Almaty (Kazakhstan) with her
Kazakh husband Daniyar Seitkali and their son Arman (eight, in the second grade), her US SIM
roaming. Her places (the family's flat in the Almaly district, her fixes at the banquet hall,
on the ski slopes, at the allergy clinic, at the mosque's yard, at the school gate, in the flat's
stairwell by the heat meter and at the sanatorium) are hers (``location.precise`` where sent);
the banquet hall, the ski resort and its lifts, the clinic, the mosque, the school, the
utility's office and the sanatorium are businesses' or institutions' (negatives). People: her
husband (``contact.*`` when she types him), their son (a data subject: his name, birth date,
sex, IIN and pupil number are labelled), her sister-in-law Aigerim, her sister in the US, the
allergist. Her own IIN (the Kazakh individual identification number a resident foreigner gets)
and her passport number are ``personal.national_id``.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Almaty"
NATID, FIT = "personal.national_id", "health.fitness"

# --- her Almaty life -----------------------------------------------------------------------------
ALA_HOME = {"line": "Kazybek bi St 77, apt 41", "area": "Almaly district", "city": "Almaty",
            "postcode": "050000", "region": "Almaty"}
ALA_HOME_AT = (43.258214, 76.935507)  # the family's flat (location.precise where sent)
HUSBAND = ("Daniyar Seitkali", "+77015550182")  # typed by her: contact.*
SON = {"first": "Arman", "last": "Seitkali", "dob": "2017-09-03", "sex": "boy",
       "iin": "170903500734", "pupil": "SCH-154-2B-0918"}  # a data subject (sets 29, 35, 37)
SISTER_IN_LAW = ("Aigerim Seitkali", "+77075550417")  # her husband's sister
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
IIN = "910517400218"  # her individual identification number (personal.national_id)
PASSPORT = "584213097"  # her US passport (personal.national_id)
KZ_IBAN = "KZ86125KZT5004100100"  # her Almaty bank account (financial.payment)

# --- Dastarqan (a banquet hall's toi booking app; Kazakh keys) -----------------------------------
HALL = {"id": "zal_0418", "name": "Altyn Kese Banquet Hall", "phone": "+77272550301",
        "lat": 43.23914, "lon": 76.90412}  # the hall (point, phone: negatives)
HALL_FIX = (43.239162, 76.904087)  # her phone at the hall's tasting
TOI = "TOI-2026-0417"  # the feast's booking (financial.purchase)

# --- Shyngpass (a mountain resort's season pass) -------------------------------------------------
RESORT = {"id": "rs_alt", "name": "Ak Shyng Mountain Resort", "lat": 43.12881, "lon": 77.08096,
          "phone": "+77272550388", "ssid": "AkShyng-Guest", "bssid": "64:d1:54:a2:0e:71"}
GONDOLA_BASE = (43.15822, 77.05603)  # the gondola's lower station (a negative)
SLOPE_FIX = (43.127402, 77.079118)  # her fix on the piste (location.precise)
PASS_NO = "AS-SP-2526-08841"  # her season pass (id.user)

# --- Tozan (an allergy clinic's immunotherapy app) ------------------------------------------------
CLINIC = {"id": "cl_alg", "name": "Almaty Allergy Centre", "phone": "+77272550417",
          "lat": 43.24561, "lon": 76.94277}  # the clinic (negatives)
CLINIC_FIX = (43.245588, 76.942801)
CARD_NO = "AAC-2025-33108"  # her clinic record number (health.medical)
ALLERGIST = ("Dr Saule Nurlanova", "s.nurlanova@aac.example.org")  # her allergist (contact.*)
VIAL = {"lot": "LT-RAG-25-0712", "kit": "SLIT-A/P-300"}  # the drops' lot and kit (negatives)

# --- Qurbanlyq (a mosque's Kurban ait sacrifice-share app) ----------------------------------------
MOSQUE = {"id": "msq_07", "name": "Almaly District Mosque", "lat": 43.26118, "lon": 76.92743,
          "phone": "+77272550455"}  # the mosque (negatives)
MOSQUE_FIX = (43.261203, 76.927465)
FARM = {"id": "frm_kgl", "name": "Kegen sheep farm", "lat": 43.01772, "lon": 79.21305}
DONOR = "QB-77-20418"  # her donor number (id.user)

# --- Mektep (the son's school e-card: gate, canteen, bus) ----------------------------------------
SCHOOL = {"id": "sch_154", "name": "School-Gymnasium No. 154", "lat": 43.25402, "lon": 76.93118,
          "phone": "+77272550612"}  # the school (negatives)
GATE_FIX = (43.254061, 76.931152)  # her fix at the gate at pick-up
CARD_UID = "04:A2:1B:7C:33:5E:80"  # the pupil card's chip (the son's card: id.user)

# --- Jylu (the apartment block's heating and utility bill) ----------------------------------------
ACCOUNT = "ALM-4410-772105"  # the flat's utility account (id.user)
METERS = {"heat": "HM-22-1048813", "water": "WM-19-5530012",
          "gas": "GM-17-0091844"}  # meter serials (negatives)
UTILITY = {"id": "ut_alm", "name": "Almaty Heat & Water", "phone": "+77272550900"}

# --- Arasan (a hot-spring sanatorium) -------------------------------------------------------------
SANATORIUM = {"id": "snt_ars", "name": "Arasan Springs Sanatorium", "lat": 43.18802,
              "lon": 76.87604, "phone": "+77272550744", "ssid": "Arasan-Guest",
              "bssid": "c8:3a:35:41:9e:02"}  # (point, phone: negatives; Wi-Fi joined: wifi)
SAN_FIX = (43.188044, 76.876019)
STAY = "ARS-26-01-0417"  # her stay (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lang: str | None = "en",
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (``en``, ``kk`` Kazakh or ``ru`` Russian; none
    with ``lang=None``: not every app's HTTP client sends one)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang is None:
        return h
    al = {"en": "en-KZ,en;q=0.9,ru;q=0.7", "kk": "kk-KZ,kk;q=0.9,en;q=0.8",
          "ru": "ru-KZ,ru;q=0.9,en;q=0.8"}[lang]
    h["Accept-Language"] = L(al, DEV)
    return h


def dev_block(lang: str = "en_KZ") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_KZ") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def peakflow(rng: random.Random, n: int, t0: int = 1765238400) -> list[dict[str, Any]]:
    """Her morning and evening peak-flow readings (L/min): one medical series."""
    return [{"t": t0 + 43200 * i, "lpm": rng.randrange(330, 460),
             "slot": "am" if i % 2 == 0 else "pm"} for i in range(n)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a menu line, a lift scan, a dose): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCOUNT", "ALA_HOME", "ALA_HOME_AT", "ALLERGIST", "CARD_NO", "CARD_UID", "CLINIC",
           "CLINIC_FIX", "DONOR", "FARM", "FIT", "GATE_FIX", "GONDOLA_BASE", "HALL", "HALL_FIX",
           "HUSBAND", "IIN", "KZ_IBAN", "METERS", "MOSQUE", "MOSQUE_FIX", "NATID", "PASSPORT",
           "PASS_NO", "RESORT", "SANATORIUM", "SAN_FIX", "SCHOOL", "SISTER_IN_LAW", "SISTER_US",
           "SLOPE_FIX", "SON", "STAY", "TOI", "TZ", "UTILITY", "VIAL", "dev_block", "fix", "hd",
           "obj", "peakflow", "push"]
