"""Helpers for the hundred-and-sixty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Yangon (Myanmar) with her Burmese husband
Zaw Min Htet, her US SIM roaming on a Myanmar network; their son Aung Khant Min (10, born on a
Tuesday) is to be novitiated at the neighbourhood monastery. Her husband's mother Daw Khin Mar Yi
lives in Mandalay, where the family house was damaged by the earthquake; his sister Su Myat Noe
comes to stay with them in Yangon. Her places (their Kamayut flat, her fixes at the monastery, the
ward office, the Thingyan pandal, the clinic, the monastic school, the Mandalay house) are hers
(``location.precise`` where sent); the monastery, the ward office, the pandal, the clinic, the
school, the relief centre and the astrologer's room are businesses' or public (negatives).
People: her husband (his NRC ``personal.national_id``), their son (a data subject: name, birth
date, weekday of birth, sex, birth-certificate number), her mother-in-law and sister-in-law (NRCs
on the ward's guest form), her sister in the US, the clinic's doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Yangon"

# --- her Yangon life ------------------------------------------------------------------------------
YG_HOME = {
    "line": "No. 27, Thiri Mingalar Lane, Apt 5B",
    "ward": "Ward 3",
    "township": "Kamayut",
    "town": "Yangon",
    "region": "Yangon Region",
    "post": "11041",
}
YG_HOME_AT = (16.823914, 96.130572)  # their flat (location.precise where sent)
HUSBAND = ("Zaw Min Htet", "+959254108337")  # typed by her: contact.*
HUSBAND_NRC = "12/KaMaYa(N)104832"  # his NRC (personal.national_id)
HUSBAND_DOB = "1987-02-08"  # a Sunday (tanangganwe)
SON = {
    "name": "Aung Khant Min",
    "dob": "2015-11-03",
    "weekday": "angga",
    "sex": "kya",
    "bc": "YGN-KMY-2015-07721",
}  # a data subject; born on a Tuesday; birth-certificate number
MOTHER_IL = ("Khin Mar Yi", "+959402217764", "9/MaHaMa(N)058213")  # in Mandalay
SISTER_IL = ("Su Myat Noe", "+959765440218", "9/MaHaMa(N)112094")  # his sister, staying over
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
FRC = "FRC-YGN-0041827"  # her foreigner registration certificate (personal.national_id)
STAY_PERMIT = "SP-2025-YGN-18842"  # her spouse stay permit (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
HOUSEHOLD = "KMY-03-0412"  # the ward's household list (Form 10) number (personal.national_id)
MM_ACCOUNT = "0102-3004-5567-8891"  # her kyat bank account (financial.payment)
MM_NET = "41406"  # the visited network's MCC/MNC while roaming (location.carrier)
DOW_HER = "saukkra"  # she was born on a Friday (personal.birthdate)

# --- Shinlaung (the son's novitiation ceremony, shinbyu) ------------------------------------------
MONASTERY = {
    "id": "kyg_tzw",
    "name": "Thiri Zayawaddy Monastery",
    "phone": "+9515231177",
    "lat": 16.82617,
    "lon": 96.12655,
}  # (negatives)
MONASTERY_FIX = (16.826143, 96.126611)
PAGODA = (16.79835, 96.14970)  # the procession's pagoda stop (a public point: negative)
CEREMONY = "HP-2026-0318"  # the ceremony package booked (financial.purchase)

# --- Rapkwak (ward household list and overnight guests) ------------------------------------------
WARD = {
    "id": "wd_kmy03",
    "name": "Kamayut Ward 3 Administration Office",
    "lat": 16.82245,
    "lon": 96.13188,
    "phone": "+9512301488",
}  # (negatives)
WARD_FIX = (16.822481, 96.131905)

# --- Sangkran (Thingyan water-festival pandal passes) ---------------------------------------------
PANDAL = {
    "id": "md_kdg11",
    "name": "Kandawgyi Lakeside Mandap 11",
    "lat": 16.79044,
    "lon": 96.16322,
    "phone": "+9518601122",
}  # (negatives)
PANDAL_FIX = (16.790497, 96.163108)
PASS_NO = "SK26-40917"  # the family's pandal passes (financial.purchase)
WRISTBAND = "LP-7731-K"  # the son's lost-child wristband (id.user: it finds him and her)

# --- Ngalyang (earthquake damage and repair claims, the Mandalay house) ---------------------------
MDY_HOUSE = {
    "line": "No. 41, 78th Street, between 32nd and 33rd Street",
    "township": "Maha Aung Myay",
    "town": "Mandalay",
    "region": "Mandalay Region",
    "post": "05021",
}
MDY_HOUSE_AT = (21.972846, 96.089137)  # the family house (location.precise)
RELIEF_CENTRE = {
    "id": "rc_mhm02",
    "name": "Maha Aung Myay Relief Point 2",
    "lat": 21.96911,
    "lon": 96.08522,
}  # (negatives)
BENEFICIARY = "NGL-MDY-0093412"  # her relief-programme registration (id.user)
ENGINEER = ("U Kyaw Swar Linn", "+959421009984")  # a volunteer engineer she names: contact.*

# --- Tuingrang (a traditional-medicine clinic) ----------------------------------------------------
CLINIC = {
    "id": "tmc_ykn",
    "name": "Yankin Traditional Medicine Clinic",
    "phone": "+9518555210",
    "lat": 16.83981,
    "lon": 96.15706,
}  # (negatives)
CLINIC_FIX = (16.839788, 96.157122)
PATIENT = "TMC-YK-25-3318"  # her patient record number (health.medical)
DOCTOR = ("Daw Nwe Ni Aung", "nwe.ni.aung@tmc.example.org")  # typed by her: contact.*

# --- Kyaungsa (volunteer English teaching at a monastic school) -----------------------------------
SCHOOL = {
    "id": "pme_hlg2",
    "name": "Pariyatti Monastic Education School, Hlaing",
    "lat": 16.84962,
    "lon": 96.11988,
}  # (negatives)
SCHOOL_FIX = (16.849588, 96.119934)
VOLUNTEER = "VOL-PME-0291"  # her volunteer number (id.user)

# --- Bedang (an astrologer's consultations) -------------------------------------------------------
ASTRO = {"id": "sy_bdg04", "name": "Saya Myint Oo Bedang", "lat": 16.80412, "lon": 96.15501}


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(
    app: App, rng: random.Random, iid: str, *, how: str = "plain", my: bool = False, **kw: Any
) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Burmese first with ``my``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("my-MM,my;q=0.9,en;q=0.8" if my else "en-MM,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_MM") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {
        "model": L("Pixel 8", DEV),
        "os": L("Android 14", DEV),
        "locale": L(lang, DEV),
        "tz": L(TZ, DEV),
    }


def push(token: str, lang: str = "en_MM") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID

    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ASTRO",
    "BENEFICIARY",
    "CEREMONY",
    "CLINIC",
    "CLINIC_FIX",
    "DOCTOR",
    "DOW_HER",
    "ENGINEER",
    "FRC",
    "HOUSEHOLD",
    "HUSBAND",
    "HUSBAND_DOB",
    "HUSBAND_NRC",
    "MDY_HOUSE",
    "MDY_HOUSE_AT",
    "MM_ACCOUNT",
    "MM_NET",
    "MONASTERY",
    "MONASTERY_FIX",
    "MOTHER_IL",
    "PAGODA",
    "PANDAL",
    "PANDAL_FIX",
    "PASSPORT",
    "PASS_NO",
    "PATIENT",
    "RELIEF_CENTRE",
    "SCHOOL",
    "SCHOOL_FIX",
    "SISTER_IL",
    "SISTER_US",
    "SON",
    "STAY_PERMIT",
    "TZ",
    "VOLUNTEER",
    "WARD",
    "WARD_FIX",
    "WRISTBAND",
    "YG_HOME",
    "YG_HOME_AT",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
