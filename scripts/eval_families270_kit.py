"""Helpers for the two-hundred-and-seventieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Kayes (Mali; Legal Segou quarter) with her
Soninke husband Hamedy Bathily, her US SIM roaming (a Malian network in Kayes, a Mauritanian one
in Selibaby); their son Sidi (8) is in the third year of primary school. The husband's family
compound is in Selibaby (Guidimakha, Mauritania), 150 km west across the border, where his
father Diadie Bathily (72), a retired factory worker back from France, lives with the husband's
sister Kadia; the family's millet field lies north of the town. Her places (their Kayes house,
her small bazin-cloth shop's counter when she checks in there, the Selibaby compound, the family
field, her fixes at the hospital, at the association's rally, at the water standpipe) are hers
(``location.precise`` where sent); the hospital, the town hall's tax office, the shop's public
listing point, the association's office and the rally square, the standpipe, the plant
protection base, the well-diggers' yard and the pension service's desk are businesses' or public
points (negatives). People: her husband (``contact.*`` when she types him), their son (a data
subject: name, birth date, sex, birth-certificate number, hospital number), her father-in-law (a
data subject in the pension app: his name, birth date, national and social-security numbers, his
account), her sister-in-law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Bamako"
TZ_MR = "Africa/Nouakchott"

# --- her Kayes life -------------------------------------------------------------------------------
KY_HOME = {"line": "Rue 34, porte 112", "area": "Legal Segou", "town": "Kayes", "region": "Kayes",
           "country": "ML"}
KY_HOME_AT = (14.441873, -11.433962)  # their house (location.precise where sent)
HUSBAND = ("Hamedy Bathily", "+22376418205")  # typed by her: contact.*
SON = {"first": "Sidi", "last": "Bathily", "dob": "2017-11-03", "sex": "yugo",
       "acte": "KY-EC-2017-004471"}  # a data subject; his birth-certificate (civil register) number
FIL = {"name": "Diadie Bathily", "first": "Diadie", "last": "Bathily", "dob": "1953-07-14",
       "nni": "4127790315", "nss": "153079933604512", "phone": "+22246118503",
       "iban": "MR1300020001010000123456780",
       "pension": "CIE-R-0882041"}  # her father-in-law (a data subject in the pension app)
SIL = ("Kadia Bathily", "+22236224917")  # her sister-in-law in Selibaby
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "CS-KY-2025-018832"  # her Malian residence card (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
NIF = "084120339J"  # her tax number as a sole trader (personal.national_id)
ML_ACCOUNT = "ML03D00890170001002500000447"  # her franc CFA account (financial.payment)
ML_NET, MR_NET = "61002", "60901"  # visited networks' MCC/MNC while roaming (location.carrier)

# --- Selibaby (the husband's family compound, Guidimakha) ----------------------------------------
SB_HOME = {"line": "Ilot C, lot 27", "area": "Selibaby-Est", "town": "Selibaby",
           "region": "Guidimakha", "country": "MR"}
SB_HOME_AT = (15.158712, -12.181344)  # the family compound (hers: precise)
FIELD_AT = [(15.201844, -12.196120), (15.202391, -12.194408), (15.200912, -12.193755),
            (15.200377, -12.195602)]  # the family's millet field corners (precise)
FIELD_FIX = (15.201306, -12.194977)  # her phone in the field

# --- Lemineso (the hospital's children's surgery ward: Sidi's appendicectomy) ---------------------
HOSPITAL = {"id": "hp_ky_ped", "name": "Hopital Xaaso, service de chirurgie pediatrique",
            "phone": "+22321520310", "lat": 14.44871, "lon": -11.44022}  # (negatives)
HOSPITAL_FIX = (14.448689, -11.440251)  # her phone at the ward
DOSSIER = "HX-PED-2026-00318"  # Sidi's hospital number (health.medical, as set 151's chart)
SURGEON = ("Dr. Awa Kone", "a.kone@hopital-xaaso.example.org")  # typed by her: contact.*

# --- Jiisarete (donkey-cart water delivery in Selibaby) -------------------------------------------
STANDPIPE = {"id": "bf_sb_07", "name": "Borne fontaine 7", "lat": 15.15622,
             "lon": -12.17951}  # the public standpipe (a negative)
CARTER = {"id": "ch_0117", "name": "Samba Jiikare", "phone": "+22246650912"}  # (negatives)
WATER_ACCT = "JS-SB-2207"  # her customer number (id.user)

# --- Lanpo Xaaso (the commune's business tax and shop licence) ------------------------------------
TOWNHALL = {"id": "mairie_ky", "lat": 14.44821, "lon": -11.44105}  # (negatives)
SHOP = {"id": "bt_0412", "name": "Butiki Bazin Legal", "lat": 14.44602, "lon": -11.43811,
        "rccm": "MA.KY.2024.A.0318"}  # her shop as listed (a business: point, name, register)
SHOP_FIX = (14.446009, -11.438134)  # her phone at the shop counter
TAXPAYER = "CTB-KY-77215"  # her taxpayer account at the commune (id.user)

# --- Feddebaane (an association against descent-based slavery) ------------------------------------
FEDDE_OFFICE = {"id": "sec_ky", "lat": 14.44377, "lon": -11.43590}  # the section's office
RALLY_AT = (14.44790, -11.44180)  # the square of the rally (a public point: negative)
RALLY_FIX = (14.447913, -11.441772)  # her phone at the rally
MEMBER = "FB-KY-00931"  # her membership number (id.user)

# --- Sotoreli (locust sightings from the family field) --------------------------------------------
PPB = {"id": "cnla_sb", "lat": 15.16231, "lon": -12.17720}  # plant-protection base (negative)
REPORTER = "SR-GD-4410"  # her reporter number (id.user)

# --- Kolonbe (a hand-dug well at the compound) ----------------------------------------------------
DIGGERS = {"id": "pz_044", "name": "Kolon Diarra et Fils", "phone": "+22247330184",
           "lat": 15.16502, "lon": -12.17288}  # the well-diggers' yard (negatives)
WELL_AT = (15.158790, -12.181205)  # the well in the compound's yard (hers: precise)
WELL_JOB = "KB-2026-0077"  # the digging contract (financial.purchase)

# --- Bireseede (the father-in-law's pension life certificate) -------------------------------------
DESK = {"id": "desk_sb", "name": "Guichet retraites Selibaby", "lat": 15.15980,
        "lon": -12.18400}  # the service's desk (a negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-ML,fr;q=0.9,en;q=0.8" if fr else "en-ML,en;q=0.9,fr;q=0.7",
                             DEV)
    return h


def dev_block(lang: str = "en_ML", tz: str = TZ) -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(tz, DEV)}


def push(token: str, lang: str = "en_ML", tz: str = TZ) -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang, tz)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a delivery, a sighting, a visit): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CARTER", "DESK", "DIGGERS", "DOSSIER", "FEDDE_OFFICE", "FIELD_AT", "FIELD_FIX", "FIL",
           "HOSPITAL", "HOSPITAL_FIX", "HUSBAND", "KY_HOME", "KY_HOME_AT", "MEMBER", "ML_ACCOUNT",
           "ML_NET", "MR_NET", "NIF", "PASSPORT", "PPB", "RALLY_AT", "RALLY_FIX", "REPORTER",
           "RESIDENCE", "SB_HOME", "SB_HOME_AT", "SHOP", "SHOP_FIX", "SIL", "SISTER_US", "SON",
           "STANDPIPE", "SURGEON", "TAXPAYER", "TOWNHALL", "TZ", "TZ_MR", "WATER_ACCT", "WELL_AT",
           "WELL_JOB", "dev_block", "fix", "hd", "obj", "push"]
