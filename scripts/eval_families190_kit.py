"""Helpers for the hundred-and-ninetieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Scuol (Lower Engadine, Graubünden,
Switzerland) with her Romansh husband Men Tschander, her US SIM roaming on a Swiss network; their
daughter Ursina (8) goes to the Romansh village school and races for the youth ski club; her
mother-in-law Mengia lives in Chur, where her vertigo clinic is. Her places (their flat on the
Stradun, her fixes at the car-train loading ramp, on the alp, at the commune office, at the
shelter, at the clinic, at the ski race) are hers (``location.precise`` where sent); the
loading stations, the alp hut, the commune house, the public shelter, the clinic, the ski lift
and the newsroom are businesses' or public bodies' places (negatives). Swiss numbers are
computed: AHV/AVS numbers (756, EAN-13 check digit) and the IBAN (ISO 13616 mod 97).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Zurich"


def _ean13(d12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def ahv(d12: str) -> str:
    """An AHV/AVS number (``756.xxxx.xxxx.xc``) with its EAN-13 check digit."""
    n = _ean13(d12)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def iban(bban: str, cc: str = "CH") -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


# --- her Engadin life -----------------------------------------------------------------------------
HOME = {"line": "Stradun 318", "town": "Scuol", "post": "7550", "region": "Engiadina Bassa",
        "canton": "Grischun"}
HOME_AT = (46.797412, 10.298715)  # their flat (location.precise where sent)
HUSBAND = ("Men Tschander", "+41794418237")  # typed by her: contact.*
MOTHER_IL = ("Mengia Tschander", "+41792205518")  # her mother-in-law in Chur
DAUGHTER = {"first": "Ursina", "last": "Tschander", "dob": "2017-03-01", "sex": "matta",
            "ahv": ahv("756305918764")}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Laura Doe", "+15550148830", "laura.doe@example.net")  # her sister in Oregon
AHV_HER = ahv("756124587093")  # 756.1245.8709.31 (personal.national_id)
AHV_MEN = ahv("756813044126")  # 756.8130.4412.69
PERMIT = "E70418826"  # her B residence permit card number (personal.national_id)
PASSPORT = "587204119"  # her US passport (personal.national_id)
CH_IBAN = iban("04835092817460031")  # CH4404835092817460031, her franc account (payment)
CH_NET = "22803"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Chargiatren (the car-loading train through the Vereina tunnel) -------------------------------
RAMP_S = {"id": "st_sagl", "name": "Sagliains", "lat": 46.74973, "lon": 10.07741}  # (negatives)
RAMP_K = {"id": "st_self", "name": "Selfranga", "lat": 46.86348, "lon": 9.89312}
RAMP_FIX = (46.749811, 10.077302)  # her phone in the queue at Sagliains
PLATE = "GR 118 204"  # their car's plate (no taxonomy type fits; unlabelled, as set 151)

# --- Vatgetta (sponsoring a cow on an alp for the summer) -----------------------------------------
ALP = {"id": "alp_mtch", "name": "Alp Muntatsch", "lat": 46.82516, "lon": 10.26871,
       "phone": "+41818640177"}  # the alp hut (negatives)
ALP_FIX = (46.825203, 10.268544)
COW = {"id": "vg_0419", "name": "Flurina", "ear": "CH 1204.5583.0419"}  # the cow (negatives)
PATRON = "VG-PAT-22817"  # her patron account (id.user)

# --- Mia Vschinauncha (the commune's residents' office) -------------------------------------------
COMMUNE = {"id": "vs_scuol", "name": "Vschinauncha da Scuol", "lat": 46.79689,
           "lon": 10.29822, "phone": "+41818612700"}  # the commune house (negatives)
RESIDENT = "SC-ABIT-04471"  # her resident number at the commune (id.user)
DOG = {"name": "Bazzel", "chip": "756098100441287", "breed": "Appenzeller"}  # (chip: negative)

# --- Refugi (the canton's civil protection: shelter places and alerts) ----------------------------
SHELTER = {"id": "sr_sc_0112", "name": "Refugi public Scuol Gurlaina", "lat": 46.79344,
           "lon": 10.29548}  # the public shelter (negatives)
SHELTER_FIX = (46.793471, 10.295421)
HOUSEHOLD = "GR-PC-7550-3318"  # the household's civil-protection file (id.user)

# --- Sturnizi (a vestibular/vertigo clinic in Chur) -----------------------------------------------
CLINIC = {"id": "cl_chur_ves", "name": "Center da vertigo Chur", "lat": 46.85127,
          "lon": 9.53197, "phone": "+41812563340"}  # the clinic (negatives)
CLINIC_FIX = (46.851302, 9.531884)
PATIENT = "CVC-2026-00917"  # her clinic patient number (health.medical)
ENT = ("Dr. Flurin Caduff", "f.caduff@cvc.example.org")  # typed by her: contact.*

# --- Pisoc (the youth ski club's parent app) ------------------------------------------------------
SKILIFT = {"id": "sl_motta", "name": "Motta Naluns start", "lat": 46.78422,
           "lon": 10.27761}  # the race start (negatives)
RACE_FIX = (46.784181, 10.277502)  # her fix at the finish area
RACER = "SSC-OJ-3318"  # Ursina's racer licence (id.user)

# --- Novitads (a Romansh local news app) ----------------------------------------------------------
READER = "NV-LEG-51880"  # her reader account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", rm: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Romansh first with ``rm``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("rm-CH,rm;q=0.9,de-CH;q=0.8,en;q=0.7" if rm else
                             "en-CH,en;q=0.9,de;q=0.7", DEV)
    return h


def dev_block(lang: str = "rm_CH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def apparat(token: str, lang: str = "rm_CH") -> dict[str, Any]:
    """A first-party push registration with Romansh keys (the token, the install ID)."""
    return {"token_push": L(token, DID), "id_apparat": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "sistem": L("Android 14", DEV),
            "lingua": L(lang, DEV), "zona_urari": L(TZ, DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AHV_HER", "AHV_MEN", "ALP", "ALP_FIX", "CH_IBAN", "CH_NET", "CLINIC", "CLINIC_FIX",
           "COMMUNE", "COW", "DAUGHTER", "DOG", "ENT", "HOME", "HOME_AT", "HOUSEHOLD", "HUSBAND",
           "MOTHER_IL", "PASSPORT", "PATIENT", "PATRON", "PERMIT", "PLATE", "RACER", "RACE_FIX",
           "RAMP_FIX", "RAMP_K", "RAMP_S", "READER", "RESIDENT", "SHELTER", "SHELTER_FIX",
           "SISTER_US", "SKILIFT", "TZ", "ahv", "apparat", "dev_block", "fix", "hd", "iban",
           "obj"]
