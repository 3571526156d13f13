"""Helpers for the two-hundred-and-forty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Novocheboksarsk (Chuvashia, Russia) with her
Chuvash husband Andrey Turkhanov, her US SIM roaming on a Russian network; their son Ilem (8) is
in the second class of a school in Novocheboksarsk; Andrey's mother Galina Turkhanova lives in
Kugesi (Cheboksarsky district); her sister Emily is in Ohio. All fictional. Her places (their
flat, her fixes at the joint-surgery centre, the faith community's grove in the village, the
trampoline park, the brewpub, the search area in the forest, a student's home) are hers
(``location.precise`` where sent); the centre, the insurer's office, the grove's public point,
the park, the brewpub, the squad's headquarters and the tax office are businesses' or public
places (negatives). People: her husband (``contact.*`` when she types him), their son (a data
subject: his name, birth date, sex and park card are labelled), her mother-in-law, her sister in
the US, her surgeon, her students' parents (typed by her), the upstairs neighbour.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Moscow"

# --- her Novocheboksarsk life ---------------------------------------------------------------------
HOME = {"line": "ul. Vinokurova 45, kv. 112", "town": "Novocheboksarsk", "region": "Chuvashia",
        "post": "429954"}
HOME_AT = (56.116274, 47.473918)  # their flat (location.precise where sent)
HUSBAND = ("Andrey Turkhanov", "+79278450312")  # typed by her: contact.*
MOTHER_IL = ("Galina Turkhanova", "+79370129844")  # her mother-in-law in Kugesi
SON = {"first": "Ilem", "last": "Turkhanov", "dob": "2017-06-03", "sex": "arsyn acha",
       "card": "SK-0077120"}  # a data subject (as sets 29, 35, 37, 151)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
VNZH = "82 0457139"  # her Russian residence permit (personal.national_id)
INN = "212407715938"  # her Russian taxpayer number (personal.national_id)
SNILS = "148-291-563 02"  # her pension insurance number (personal.national_id)
OMS = "2158899730004411"  # her compulsory health-insurance policy (personal.national_id)
PASSPORT = "584210973"  # her US passport (personal.national_id)
RU_ACCOUNT = "40817810475000123456"  # her rouble account (financial.payment)
RU_NET = "25002"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Utamla (a federal joint-surgery centre: her hip replacement) ---------------------------------
CENTRE = {"id": "fc_endo21", "name": "Shupashkar Joint Surgery Centre", "phone": "+78352300411",
          "lat": 56.09214, "lon": 47.28781}  # the centre (negatives)
CENTRE_FIX = (56.092168, 47.287744)
RECORD = "EP-2025-11873"  # her medical record number at the centre (health.medical)
QUOTA = "VMP-21-2025-004512"  # her high-tech-care quota ticket (health.medical)
SURGEON = ("Dr. Olga Ventser", "o.ventser@shupashkar-endo.example.org")  # typed: contact.*
IMPLANT = {"cup": "AcetaCup 52", "stem": "FemStem 4", "lot": "LT2503-7716"}  # (negatives)

# --- Khutlekh (insurance for the flat; a flood claim) ---------------------------------------------
INSURER_OFFICE = {"id": "of_nch2", "lat": 56.11312, "lon": 47.49087,
                  "phone": "+78352731122"}  # the insurer's office (negatives)
POLICY = "KHL-ND-2025-0093317"  # the flat's policy (financial.purchase)
CLAIM = "UB-25-118402"  # her claim (financial.purchase)
NEIGHBOUR = ("Viktor Semyonov", "kv. 116")  # the upstairs neighbour typed by her (contact.name)
CADASTRE = "21:02:010203:1457"  # the flat's cadastral number (no type fits; unlabelled)

# --- Kelekil (a community of the traditional Chuvash faith) ---------------------------------------
COMMUNITY = {"id": "tk_shup01", "name": "Vattisen Yaly Shupashkar"}  # the community (negatives)
GROVE = {"id": "kr_kugesi", "lat": 56.04418, "lon": 47.30562}  # the village grove (negative)
GROVE_FIX = (56.044127, 47.305714)  # her fix at the rite
MEMBER = "TK-0419"  # her member number (id.user)

# --- Sikkeri (a children's trampoline park) -------------------------------------------------------
PARK = {"id": "tp_nch01", "name": "Sikkeri Novocheboksarsk", "phone": "+78352744090",
        "lat": 56.10871, "lon": 47.48433}  # the park (negatives)
PARK_FIX = (56.108744, 47.484271)

# --- Khamla Kil (a craft brewery's taproom) -------------------------------------------------------
BREWPUB = {"id": "br_khk", "name": "Khamla Kil Brewpub", "phone": "+78352220517",
           "lat": 56.14388, "lon": 47.24791, "ssid": "KhamlaKil-Guest",
           "bssid": "70:4f:57:1c:93:e2"}  # the brewpub (point, phone: negatives; Wi-Fi: wifi)
BREWPUB_FIX = (56.143902, 47.247861)
PUB_CARD = "KK-300-48815"  # her loyalty card (id.user)
TABLE = "ST-25121904"  # a table booking (financial.purchase)

# --- Shyrav Ushkan (a volunteer search-and-rescue squad for missing people) -----------------------
HQ = {"id": "hq_op1182", "lat": 56.07712, "lon": 47.56224}  # the search HQ's point (negative)
VOLUNTEER = "VL-21-0388"  # her volunteer number (id.user)
SEARCH_FIXES = [(56.073391, 47.571842), (56.072704, 47.573115), (56.071988, 47.574630),
                (56.071211, 47.575902)]  # her phone in the forest (precise)

# --- Tupash (a self-employed tutor's professional-income tax receipts) ----------------------------
TAX_OFFICE = {"id": "ifns_2124", "lat": 56.11037, "lon": 47.47682}  # (negative)
STUDENT_PARENTS = [("Marina Egorova", "+79061332218"), ("Denis Alekseev", "+79176640053")]


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", cv: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Russian and English, Chuvash first with
    ``cv``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("cv-RU,cv;q=0.9,ru;q=0.8,en;q=0.7" if cv
                             else "en-RU,en;q=0.9,ru;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_RU") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_RU") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a sector, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BREWPUB", "BREWPUB_FIX", "CADASTRE", "CENTRE", "CENTRE_FIX", "CLAIM", "COMMUNITY",
           "GROVE", "GROVE_FIX", "HOME", "HOME_AT", "HQ", "HUSBAND", "IMPLANT", "INN",
           "INSURER_OFFICE", "MEMBER", "MOTHER_IL", "NEIGHBOUR", "OMS", "PARK", "PARK_FIX",
           "PASSPORT", "POLICY", "PUB_CARD", "QUOTA", "RECORD", "RU_ACCOUNT", "RU_NET",
           "SEARCH_FIXES", "SISTER_US", "SNILS", "SON", "STUDENT_PARENTS", "SURGEON", "TABLE",
           "TAX_OFFICE", "TZ", "VNZH", "VOLUNTEER", "dev_block", "fix", "hd", "obj", "push"]
