"""Helpers for the three-hundred-and-third (blind) evaluation set ("blind300"). Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Namche Bazaar
(Khumbu Pasanglhamu rural municipality, ward 5, Solukhumbu, Koshi Province, Nepal) with her Sherpa
husband Mingma Tenzing Sherpa, her US SIM roaming; they keep a small trekkers' lodge and three
dzos. Their daughter Pema Diki (8) walks over the ridge to school in Khumjung; Mingma's mother Ang
Phuti (Pema's "ibi", grandmother) lives in Khumjung, his brother Dawa Nuru guides climbers from
Thame. Her places (the lodge, her fixes at the gompa, the health post, the trail junction, the
Lukla loading yard, on the trail and at the ice wall) are hers (``location.precise`` where sent);
the gompa, the health post, the school, the pack-stock yard's public point, the Lukla airstrip,
the ice school and the saddle on the school trail are places of others (negatives). People: her
husband, their daughter (a data subject: her name, birth date, age, sex and pupil number are
labelled), her mother-in-law, her brother-in-law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kathmandu"

# --- her Khumbu life ------------------------------------------------------------------------------
HOME = {"line": "Thamserku View Lodge, Chhorkhung lane", "town": "Namche Bazaar",
        "ward": "Khumbu Pasanglhamu-5", "district": "Solukhumbu", "province": "Koshi"}
HOME_AT = (27.804812, 86.713544)  # their lodge (location.precise where sent)
HUSBAND = ("Mingma Tenzing Sherpa", "+9779841055217")  # typed by her: contact.*
IBI = ("Ang Phuti Sherpa", "+9779842170368")  # her mother-in-law in Khumjung
BROTHER_IL = ("Dawa Nuru Sherpa", "+9779803311472")  # her husband's brother, a guide in Thame
DAUGHTER = {"first": "Pema Diki", "last": "Sherpa", "dob": "2017-11-04", "sex": "bumo",
            "age": 8, "pupil": "KRS-2024-0311"}  # a data subject
SISTER_US = ("Clara Doe", "+15550173340", "clara.doe@example.net")  # her sister in Ohio
PASSPORT = "583091726"  # her US passport (personal.national_id)
VISA = "NT-2025-118834"  # her Nepal non-tourist (spouse) visa (personal.national_id)
PAN = "612048397"  # her Nepal PAN (tax number: personal.national_id)
NP_ACCOUNT = "01701017524915"  # her NPR savings account (financial.payment)
CLAN = "Salaka"  # her husband's clan (ru), into which the household is counted (sensitive)

# --- Dumji Lawa (the village festival's sponsor rota and offerings) ----------------------------
GOMPA = {"id": "gp_nmc", "name": "Namche Village Gompa", "lat": 27.80571,
         "lon": 86.71462}  # the village temple (a negative as a place)
GOMPA_FIX = (27.805694, 86.714640)  # her phone at the gompa
HOUSEHOLD = "NMC-KT-0072"  # their household's number in the festival roll (id.user)

# --- Kyidug (the lodge owners' mutual-aid society) ------------------------------------------------
KYIDUG = {"id": "kd_nmc05", "name": "Namche Lodge Owners' Kyidug"}  # (negatives)
MEMBER = "KYD-NMC-0147"  # her membership (id.user)

# --- Khyagne (cold-injury / frostbite follow-up with the valley health post) ----------------------
CLINIC = {"id": "hp_khd", "name": "Khunde Valley Health Post", "phone": "+97738540112",
          "lat": 27.81862, "lon": 86.70741}  # the health post (negatives)
CLINIC_FIX = (27.818597, 86.707455)
PATIENT = "KVH-26-00912"  # her patient number (health.medical, as a medical record number)
DOCTOR = ("Dr. Sonam Lhamu Sherpa", "s.lhamu@kvhp.example.org")  # typed by her: contact.*

# --- Lamdro (the daughter's walk to school over the ridge, with an escort) ------------------------
SCHOOL = {"id": "sc_krs", "name": "Khumjung Ridge School", "lat": 27.81528,
          "lon": 86.71392, "phone": "+97738540290"}  # (negatives)
SADDLE_AT = (27.81021, 86.71209)  # the meeting point on the saddle (a chart point: negative)
JUNCTION_FIX = (27.810195, 86.712136)  # her phone at the meeting point
GROUP = {"id": "lg_nmc_up", "name": "Namche upper lanes group"}  # (negatives)

# --- Dzomo Khal (the pack-stock association's hire board; their three dzos) -----------------------
YARD = {"id": "yd_lukla", "name": "Lukla lower loading yard", "lat": 27.68561,
        "lon": 86.72873}  # the yard (negative)
AIRSTRIP_AT = (27.68772, 86.73145)  # the airstrip (negative)
YARD_FIX = (27.685588, 86.728761)  # her phone at the yard
OWNER = "PSA-0388"  # their owner number at the association (id.user)
DZOS = ["DZ-0388-01", "DZ-0388-02", "DZ-0388-03"]  # ear tags (animals: negatives)

# --- Drelwa (a satellite messenger's companion app) -----------------------------------------------
MESSENGER = {"serial": "SM2-40A7Q19", "imei": "300434068421590"}  # her messenger (see Calls made)
TRAIL_FIX = (27.836214, 86.764503)  # her phone on the trail above Phortse Tenga
THAME_FIX = (27.832817, 86.650242)  # her fix at her brother-in-law's house in Thame

# --- Khyagri (the ice-climbing school's course app) -----------------------------------------------
ICESCHOOL = {"id": "is_pht", "name": "Phortse Ice School", "lat": 27.84631,
             "lon": 86.74902, "phone": "+97738540488"}  # (negatives)
ICEWALL_FIX = (27.849905, 86.752318)  # her phone at the ice wall
POLICY = "HRI-5501-72093"  # her rescue-insurance policy (id.user, see Calls made)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ne: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Nepali first with ``ne``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ne-NP,ne;q=0.9,en;q=0.8" if ne else "en-NP,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NP") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NP") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a job, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AIRSTRIP_AT", "BROTHER_IL", "CLAN", "CLINIC", "CLINIC_FIX", "DAUGHTER", "DOCTOR",
           "DZOS", "GOMPA", "GOMPA_FIX", "GROUP", "HOME", "HOME_AT", "HOUSEHOLD", "HUSBAND", "IBI",
           "ICESCHOOL", "ICEWALL_FIX", "JUNCTION_FIX", "KYIDUG", "MEMBER", "MESSENGER",
           "NP_ACCOUNT", "OWNER", "PAN", "PASSPORT", "PATIENT", "POLICY", "SADDLE_AT", "SCHOOL",
           "SISTER_US", "THAME_FIX", "TRAIL_FIX", "TZ", "VISA", "YARD", "YARD_FIX", "dev_block",
           "fix", "hd", "obj", "push"]
