"""Helpers for the hundred-and-ninety-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Hrodna (Belarus) with her Belarusian
husband Ales Kavalchuk, her US SIM roaming, and works some weeks in Minsk; their daughter Maryla
(8) skates at the city's ice palace; her mother-in-law Halina lives alone in Brest. Her places
(their Hrodna flat, her fixes at the Minsk lab, the forest where the family picked mushrooms, a
canal lock, the Brest border waiting zone, a stork nest she watched, the rink) are hers
(``location.precise`` where sent); the lab, the lock, the archive, the checkpoint, the nest's
catalogue point and the rink are businesses' or public places (negatives). People: her husband
(``contact.*`` when she types him; his identification number ``personal.national_id``), their
daughter (a data subject: name, birth date, sex, identification number), her mother-in-law (the
telecare app's subject: her name, phone, address, home point, health), his late grandfather (the
archive search), a friend in Minsk.

Belarusian identification numbers (14 characters: sex and century digit, birth date DDMMYY, a
region letter (K Hrodna, A Brest), three digits, a citizenship pair, a check digit by the 7-3-1
weights over digits and letters A=10..Z=35, sum mod 10) were computed, as was the IBAN's mod-97.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Minsk"

# --- her Hrodna life ------------------------------------------------------------------------------
GR_HOME = {"line": "vul. Savieckaja 14, kv. 27", "area": "Leninski rajon", "town": "Hrodna",
           "region": "Hrodzienskaja voblasc", "post": "230023"}
GR_HOME_AT = (53.678214, 23.829671)  # their flat (location.precise where sent)
HUSBAND = ("Ales Kavalchuk", "+375297184422", "ales.kavalchuk@example.net")
HUSBAND_ID = "3140388K004PB5"  # his identification number (personal.national_id)
DAUGHTER = {"first": "Maryla", "last": "Kavalchuk", "dob": "2017-10-09", "sex": "dziaucynka",
            "pn": "6091017K021PB7"}  # a data subject (sets 29, 35, 37)
MOTHER_IL = ("Halina Kavalchuk", "+375336012785")  # his mother in Brest
MIL_ID = "4220759A007PB8"  # her identification number (personal.national_id)
MIL_HOME = {"line": "vul. Pushkinskaja 31, kv. 5", "town": "Brest", "post": "224030"}
MIL_HOME_AT = (52.094318, 23.688402)  # the mother-in-law's flat (a person's home: precise)
GRANDFATHER = ("Jazep Kavalchuk", "1921")  # his late grandfather (Jozef Kowalczyk): contact.name
FRIEND = ("Volha Sidarenka", "+375447023316", "volha.sidarenka@example.net")  # a friend in Minsk
RESIDENCE = "4170591K012BI9"  # her residence permit's identification number
PASSPORT = "567120934"  # her US passport (personal.national_id)
BY_ACCOUNT = "BY66AKBB30140000041820190001"  # her rouble account (financial.payment)
BY_NET = "25701"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Bekierel (a radiometric lab: forest food samples, a whole-body count) ------------------------
LAB = {"id": "lab_mn03", "name": "Radiametrychnaja Labaratoryja No. 3", "phone": "+375172905531",
       "lat": 53.90512, "lon": 27.55633}  # the lab in Minsk (negatives)
LAB_FIX = (53.905097, 27.556301)  # her phone at the lab's counter
FOREST_AT = (52.132811, 25.551902)  # where they picked mushrooms near Motal (her own fix)
LAB_CLIENT = "RL3-K-20418"  # her client number (id.user)

# --- Shliuz (the Augustow Canal visa-free zone: permit, locks, kayaks) ----------------------------
LOCK = {"id": "sl_dambrouka", "name": "Sluz Dambrouka", "lat": 53.74412, "lon": 23.60377}
LOCK_FIX = (53.744188, 23.603702)  # her phone at the lock
BASE = {"id": "bz_lesnica", "name": "Lesnica kayak base", "phone": "+375152771408",
        "lat": 53.78821, "lon": 23.55009}  # the rental base (negatives)
PERMIT = "BV-2026-0317744"  # her tourist voucher for the visa-free zone (financial.purchase)

# --- Metryka (an archive request service: metrical books, Karta Polaka ancestry) ------------------
ARCHIVE = {"id": "arch_hr", "name": "Histarycny archiu Hrodna", "lat": 53.67941,
           "lon": 23.83105}  # the archive (negatives)
READER = "HA-RD-05512"  # her reader's ticket (id.user)

# --- Carha (the electronic queue to cross the border by car at Brest) -----------------------------
CHECKPOINT = {"id": "pp_brest_most", "name": "Brest (Warshauski most)", "lat": 52.08213,
              "lon": 23.65892}  # (negatives)
WAIT_FIX = (52.087712, 23.657420)  # her phone in the waiting zone
PLATE = "4821 KA-4"  # their car's plate (no taxonomy type fits: a negative)

# --- Busly (a white-stork nest census) ------------------------------------------------------------
NEST = {"id": "hn_hr_0417", "lat": 53.71822, "lon": 23.98017}  # the nest's catalogue point
NEST_FIX = (53.718301, 23.980422)  # her phone under the nest
OBSERVER = "BSL-OB-3381"  # her observer number (id.user)

# --- Kanki (the daughter's figure-skating club) ---------------------------------------------------
RINK = {"id": "rk_nioman", "name": "Lodavy palac Nioman", "phone": "+375152604410",
        "lat": 53.66902, "lon": 23.81433}  # (negatives)
RINK_FIX = (53.669072, 23.814418)
SKATER = "KNK-2017-0093"  # the daughter's skater number (id.user)

# --- Tryvoha (a telecare pendant for the mother-in-law) -------------------------------------------
PENDANT = {"serial": "TRV-P4-118204", "fw": "2.3.7", "ble": "D8:3A:01:7C:44:19"}  # (negatives)
CARE_FILE = "TRV-BR-02261"  # the mother-in-law's care file (health.medical, as a chart number)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", be: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Belarusian first with ``be``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("be-BY,be;q=0.9,en;q=0.8" if be else "en-BY,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "be_BY") -> dict[str, Any]:
    """An app's own device block in Belarusian keys (``device.info``)."""
    return {"madel": L("Pixel 8", DEV), "sistema": L("Android 14", DEV), "mova": L(lang, DEV),
            "casavy_pojas": L(TZ, DEV)}


def push(token: str, lang: str = "be_BY") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"push_token": L(token, DID), "prylada_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a sample line, a slot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ARCHIVE", "BASE", "BY_ACCOUNT", "BY_NET", "CARE_FILE", "CHECKPOINT", "DAUGHTER",
           "FOREST_AT", "FRIEND", "GRANDFATHER", "GR_HOME", "GR_HOME_AT", "HUSBAND", "HUSBAND_ID",
           "LAB", "LAB_CLIENT", "LAB_FIX", "LOCK", "LOCK_FIX", "MIL_HOME", "MIL_HOME_AT",
           "MIL_ID", "MOTHER_IL", "NEST", "NEST_FIX", "OBSERVER", "PASSPORT", "PENDANT",
           "PERMIT", "PLATE", "READER", "RESIDENCE", "RINK", "RINK_FIX", "SKATER", "TZ",
           "WAIT_FIX", "dev_block", "fix", "hd", "obj", "push"]
