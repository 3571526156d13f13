"""Helpers for the hundred-and-fifty-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Bamako (Mali; Hamdallaye ACI 2000) with
her Malian husband Seydou Coulibaly, her US SIM roaming on a Malian network; their daughter
Kadiatou ("Kadi", 7) and their son Bakary, born in January 2026 (his naming ceremony is on the
seventh day). The family is building a house in Ségou, near her husband's village Banankoro,
where the family's millet is kept in the village cereal bank. Her places (the Bamako flat, her
fixes at the maternity, the granary, the building plot, the bogolan workshop and the camp gate;
the family field's and the plot's corners) are hers (``location.precise`` where sent); the
maternity, the griot's house, the rental yard, the granary, the hardware store, the workshop and
the camp are businesses' or the village's (negatives). People: her husband, their children (data
subjects: names, birth dates, sex, the daughter's NINA), her mother-in-law in Ségou, her sister in
the US, her midwife.

Mali's NINA (numéro d'identification nationale) is 14 digits (nationality, sex, birth year, birth
locality of 7 digits, a 3-digit serial) and a check letter; the letter's algorithm is not
published, so ``nina`` assumes the 14 digits mod 23 over a 23-letter table (stated, not known).
Her residence card carries a NINA too (the law puts it on foreigners' residence cards). Her Malian
bank account is a UEMOA RIB (bank, branch, account, a 2-digit key computed like the French RIB
key, letters mapped to digits) in an IBAN whose check digits are computed (ISO 13616, mod 97).
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
_NINA_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def nina(digits: str) -> str:
    """A NINA: the 14 digits and the (assumed) mod-23 check letter."""
    assert len(digits) == 14 and digits.isdigit()
    return digits + _NINA_LETTERS[int(digits) % 23]


def _num(s: str) -> str:
    """RIB letters to digits (A-I 1-9, J-R 1-9, S-Z 2-9)."""
    out = ""
    for c in s:
        i = ord(c) - 65
        out += str(i + 1 if i < 9 else i - 8 if i < 18 else i - 16) if c.isalpha() else c
    return out


def _rib_key(bank: str, branch: str, account: str) -> str:
    b, g, c = int(_num(bank)), int(_num(branch)), int(_num(account))
    return f"{97 - (89 * b + 15 * g + 3 * c) % 97:02d}"


def _iban(country: str, bban: str) -> str:
    conv = "".join(str(ord(ch) - 55) if ch.isalpha() else ch for ch in bban + country + "00")
    return f"{country}{98 - int(conv) % 97:02d}{bban}"


_BANK, _BRANCH, _ACCT = "D0421", "01001", "003018770224"
ML_ACCOUNT = _iban("ML", _BANK + _BRANCH + _ACCT + _rib_key(_BANK, _BRANCH, _ACCT))

# --- her Bamako life ------------------------------------------------------------------------------
BKO_HOME = {"line": "Rue 412, Porte 37, ACI 2000", "area": "Hamdallaye", "town": "Bamako",
            "region": "District de Bamako", "commune": "Commune IV"}
BKO_HOME_AT = (12.634061, -8.020917)  # their flat (location.precise where sent)
HUSBAND = ("Seydou Coulibaly", "+22376412209")  # typed by her: contact.*
HUSBAND_NINA = nina("11864110203042")
MOTHER_IL = ("Nana Diarra", "+22366308815")  # her mother-in-law in Ségou
DAUGHTER = {"first": "Kadiatou", "nick": "Kadi", "last": "Coulibaly", "dob": "2018-06-03",
            "sex": "muso", "nina": nina("12181010405233")}  # a data subject
SON = {"first": "Bakary", "last": "Coulibaly", "dob": "2026-01-09", "sex": "ce",
       "acte": "0187/2026/CIV"}  # the newborn (a data subject; the birth record number unlabelled)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
MY_NINA = nina("22919908400017")  # on her residence card (personal.national_id)
RES_CARD = "CS-ML-2024-118307"  # her residence card's number (personal.national_id)
ML_NET = "61002"  # the visited network's MCC/MNC while roaming (location.carrier)
WALLET = "+22370415528"  # her Malian mobile-money number (contact.phone; a wallet)

# --- Bangeso (a maternity's postnatal follow-up) --------------------------------------------------
MATERNITY = {"id": "mat_hmd", "name": "Maternité Bangeso Hamdallaye", "phone": "+22320294410",
             "lat": 12.64118, "lon": -8.02869}  # (negatives)
MATERNITY_FIX = (12.641163, -8.028702)
DOSSIER = "BGS-26-00412"  # her maternity file number (health.medical, as a chart number)
MIDWIFE = ("Aminata Traoré", "a.traore@bangeso.example.org")  # typed by her: contact.*

# --- Jelikan (booking a griot for the naming ceremony) --------------------------------------------
GRIOT = {"id": "jl_kouyate03", "name": "Jeli Mamadou Kouyaté", "phone": "+22365117720",
         "lat": 12.64863, "lon": -7.98921}  # a griot's listed business (negatives)
BOOKING = "JLK-26-0117"  # the griot's booking (financial.purchase)

# --- Sigilanw (chairs and canopies for the ceremony) ----------------------------------------------
YARD = {"id": "yd_lafia", "name": "Sigilanw Lafiabougou", "lat": 12.63688,
        "lon": -8.04311}  # the rental yard (negatives)
RENTAL = "SGL-2026-00931"  # the rental order (financial.purchase)

# --- Nyobondo (the village cereal bank) -----------------------------------------------------------
GRANARY = {"id": "bc_bnk01", "name": "Banankoro cereal bank", "lat": 13.39412,
           "lon": -6.18870}  # the village granary (negatives)
GRANARY_FIX = (13.394088, -6.188741)
FIELD_AT = [(13.401214, -6.192871), (13.401932, -6.190455), (13.399870, -6.189902),
            (13.399311, -6.192218)]  # the family's millet field (hers: precise)
MEMBER = "BNK-CB-0216"  # the household's member card (id.user)

# --- Sokodilan (building their house in Ségou) -----------------------------------------------
PLOT = {"line": "Pelengana Nord, lot 214", "town": "Ségou", "region": "Ségou"}
PLOT_AT = [(13.431046, -6.245152), (13.431301, -6.244822), (13.431049, -6.244571),
           (13.430790, -6.244903)]  # their plot's corners (hers: precise)
SITE_FIX = (13.431052, -6.244868)
STORE = {"id": "qn_sg12", "name": "Quincaillerie du Fleuve", "phone": "+22321320188",
         "lat": 13.44812, "lon": -6.26133}  # the hardware store (negatives)
PROJECT = "SKD-SG-0488"  # their building project's account (id.user)

# --- Bogolanso (a bogolan workshop's course and shop) ---------------------------------------------
WORKSHOP = {"id": "bw_sgu", "name": "Atelier Bogolanso Ségou", "lat": 13.45171,
            "lon": -6.26422}  # (negatives)
WORKSHOP_FIX = (13.451694, -6.264238)
APPRENTICE = "BGL-AP-0073"  # her apprentice card (id.user)

# --- Tulonso (Kadi's holiday camp by the river) ---------------------------------------------------
CAMP = {"id": "cp_sgu_joliba", "name": "Tulonso Joliba Camp", "lat": 13.45733,
        "lon": -6.25020, "phone": "+22321321907"}  # (negatives)
CAMP_FIX = (13.457301, -6.250238)
CAMPER = "TLS-26-1140"  # Kadi's camper number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", bm: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (French/English, Bambara first with ``bm``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("bm-ML,bm;q=0.9,fr;q=0.8,en;q=0.7" if bm else "en-ML,fr;q=0.8", DEV)
    return h


def minen(lang: str = "bm_ML") -> dict[str, Any]:
    """An app's own device block (``minen`` device: model, OS, language, zone)."""
    return {"modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "kan": L(lang, DEV),
            "waati_mara": L(TZ, DEV)}


def push(token: str, lang: str = "bm_ML") -> dict[str, Any]:
    """A first-party push registration (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "minen_id": L(INSTALL_ID, DID), **minen(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a note): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPRENTICE", "BKO_HOME", "BKO_HOME_AT", "BOOKING", "CAMP", "CAMPER", "CAMP_FIX",
           "DAUGHTER", "DOSSIER", "FIELD_AT", "GRANARY", "GRANARY_FIX", "GRIOT", "HUSBAND",
           "HUSBAND_NINA", "MATERNITY", "MATERNITY_FIX", "MEMBER", "MIDWIFE", "ML_ACCOUNT",
           "ML_NET", "MOTHER_IL", "MY_NINA", "PLOT", "PLOT_AT", "PROJECT", "RENTAL", "RES_CARD",
           "SISTER_US", "SITE_FIX", "SON", "STORE", "TZ", "WALLET", "WORKSHOP", "WORKSHOP_FIX",
           "YARD", "fix", "hd", "minen", "nina", "obj", "push"]
