"""Helpers for the hundred-and-fifty-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Skopje (North Macedonia) with her husband
Dimitar Bojadzi, whose family are Aromanians (Vlachs) from Krusevo, and their son Luka (11), who
plays in a children's handball academy; her US SIM roams, the family keeps a stone house in the
old town of Ohrid. Her places (their Karpos flat, the Ohrid house, her fixes at the pepper
roaster, the eye clinic, the sports hall, the pearl workshop, the society's hall) are hers
(``location.precise`` where sent); the businesses' and the society's points, names and phones are
negatives. People: her husband (``contact.*`` when she types him), their son (a data subject:
his name, birth date, sex, EMBG and player number are labelled), her mother-in-law in Krusevo,
her sister in the US, her eye surgeon, a neighbour in Ohrid who keeps the key.

EMBGs (13 digits, DDMMYYY RR BBB K, region 41-49 for North Macedonia, BBB 500-999 for women, the
check digit ``11 - (7(a+g)+6(b+h)+5(c+i)+4(d+j)+3(e+k)+2(f+l)) mod 11``, 11 giving 0) were
computed: hers 1705991455032 (17.05.1991, Skopje register 45, 503, K=2), her husband's
0211987441233 (44, 123, K=3), their son's 0803014450039 (08.03.2014, 45, 003, K=9). Her denar
account's IBAN MK07250120000589477 passes ISO 7064 mod 97 (the national check digits make MK07).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Skopje"

# --- her Skopje life ------------------------------------------------------------------------------
SK_HOME = {"line": "ul. Orce Nikolov 112, stan 7", "area": "Karposh", "town": "Skopje",
           "post": "1000"}
SK_HOME_AT = (42.001842, 21.409317)  # their flat (location.precise where sent)
OH_HOUSE = {"line": "ul. Kuzman Kapidan 14", "area": "Varosh", "town": "Ohrid", "post": "6000"}
OH_HOUSE_AT = (41.113287, 20.793164)  # the family's Ohrid house (hers: precise)
EMBG = "1705991455032"  # her EMBG (personal.national_id)
HUSBAND = ("Dimitar Bojadzi", "+38970318244", "0211987441233")  # typed by her: contact.* / id
SON = {"first": "Luka", "last": "Bojadzi", "dob": "2014-03-08", "dob_mk": "08.03.2014",
       "sex": "mashki", "embg": "0803014450039", "player": "RKM-U12-0418"}  # a data subject
MOTHER_IL = ("Vera Bojadzi", "+38975220417")  # her mother-in-law in Krusevo
SISTER_US = ("Anna Doe", "+15550142276", "anna.doe@example.net",
             "41 Maple Ave, Columbus, OH 43215")  # her sister in Ohio
NEIGHBOUR_OH = ("Blagica Talevska", "+38971640922")  # keeps the Ohrid house key
MK_ACCOUNT = "MK07250120000589477"  # her denar account (financial.payment)
PASSPORT = "567120934"  # her US passport (personal.national_id)

# --- Stolbovi (second-pillar pension fund) --------------------------------------------------------
FUND = {"id": "fnd_stb", "name": "Stolbovi Penziski Fond", "phone": "+38923224400",
        "lat": 41.99614, "lon": 21.43108}  # the fund's office (negatives)
MEMBER = "STB-0194-77213"  # her fund membership number (id.user)

# --- Ajvarnik (neighbourhood pepper roasting and ajvar kitchen) -----------------------------------
ROASTER = {"id": "pk_kv03", "name": "Pekara za piperki Kisela Voda", "phone": "+38970455120",
           "lat": 41.98214, "lon": 21.44502}  # the roaster's yard (negatives)
ROASTER_FIX = (41.982118, 21.445071)
FARMER = {"id": "fm_str12", "name": "OPG Kurtovska Strumica", "phone": "+38978233011"}
AJ_ORDER = "AJ-25-003817"  # her pepper order (financial.purchase)

# --- Armanjlu (an Aromanian cultural society) -----------------------------------------------------
SOCIETY = {"id": "drs_krs", "name": "Armanjlu Krushevo", "lat": 41.36921,
           "lon": 21.24833}  # the society's hall (negatives)
HALL_FIX = (41.369188, 21.248371)
SOC_MEMBER = "ARM-KR-00562"  # her membership card (id.user)

# --- Biserka (an Ohrid pearl workshop's orders) ---------------------------------------------------
WORKSHOP = {"id": "ws_ohr07", "name": "Biserka Ohrid", "phone": "+38946262507",
            "lat": 41.11248, "lon": 20.80017}  # (negatives)
WORKSHOP_FIX = (41.112463, 20.800188)
PEARL_ORDER = "BS-2025-1142"  # her commission (financial.purchase)

# --- Ostrovid (a laser eye-surgery clinic) --------------------------------------------------------
EYE_CLINIC = {"id": "ec_aer", "name": "Ostrovid Ochen Centar Aerodrom", "phone": "+38923111870",
              "lat": 41.98702, "lon": 21.46814}  # (negatives)
EYE_FIX = (41.987044, 21.468102)
EYE_CHART = "OOC-2026-00731"  # her patient chart (health.medical)
SURGEON = ("d-r Marija Trajkovska", "m.trajkovska@ostrovid.example.org")  # typed: contact.*

# --- Rakometko (a children's handball academy) ----------------------------------------------------
ACADEMY = {"id": "ra_kar", "name": "Rakometna Akademija Karposh", "lat": 42.00531,
           "lon": 21.40176, "phone": "+38970300412"}  # the sports hall (negatives)
HALL_PICKUP = (42.005288, 21.401809)  # her fix at the hall door

# --- Odzhak (chimney sweeping and firewood for the Ohrid house) -----------------------------------
DEPOT = {"id": "dp_ohr2", "name": "Drva Galichica", "lat": 41.12511,
         "lon": 20.78093}  # the firewood depot (negatives)
WOOD_ORDER = "OD-26-00219"  # (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mk: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Macedonian first with ``mk``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("mk-MK,mk;q=0.9,en;q=0.8" if mk else "en-MK,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_MK") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``), Macedonian keys."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "jazik": L(lang, DEV),
            "vremenska_zona": L(TZ, DEV)}


def push(token: str, lang: str = "en_MK") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "ured_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "AJ_ORDER", "DEPOT", "EMBG", "EYE_CHART", "EYE_CLINIC", "EYE_FIX", "FARMER",
           "FUND", "HALL_FIX", "HALL_PICKUP", "HUSBAND", "MEMBER", "MK_ACCOUNT", "MOTHER_IL",
           "NEIGHBOUR_OH", "OH_HOUSE", "OH_HOUSE_AT", "PASSPORT", "PEARL_ORDER", "ROASTER",
           "ROASTER_FIX", "SISTER_US", "SK_HOME", "SK_HOME_AT", "SOCIETY", "SOC_MEMBER", "SON",
           "SURGEON", "TZ", "WOOD_ORDER", "WORKSHOP", "WORKSHOP_FIX", "dev_block", "fix", "hd",
           "obj", "push"]
