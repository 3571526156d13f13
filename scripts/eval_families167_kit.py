"""Helpers for the hundred-and-sixty-seventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Ouagadougou (Burkina Faso; Zone du Bois)
with her Burkinabe husband Boukary Yameogo, her US SIM roaming (visited network 613-02) beside a
local line (+226) that carries her mobile-money wallet; their daughter Awa (born August 2021, so
under five in the rainy season of 2026) and the husband's mother Pauline Yameogo, who lives in
Koudougou (secteur 6), where the family's shea trees are. Her places (their house, her fixes at
the festival's cinema, the mutual's health centre, the foundry, the cathedral, the copy shop,
the family's shea field and the in-laws' courtyard) are hers (``location.precise`` where sent);
the cinema, the health centre, the foundry, the cathedral, the copy shop, the cooperative's
centre and the town hall are businesses' or institutions' (negatives). People: her husband
(``contact.*`` when she types him; his CNIB ``personal.national_id``), their daughter (a data
subject: name, birth date, sex, birth-certificate number, SMC card number), her mother-in-law,
her sister in Ohio, the foundry's master, the priest, the wedding witnesses.

Burkinabe numbers: CNIB numbers (``B`` and eight digits) and birth-certificate entries carry no
public check digit; her US passport's MRZ line carries ICAO 9303 check digits, computed here; the
IBAN check digits (``BF84``) are computed by ISO 13616 mod 97 (the UEMOA RIB key is not checked).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Ouagadougou"

# --- her Ouagadougou life ------------------------------------------------------------------------
HOME = {"line": "Rue 13.21, porte 45", "area": "Zone du Bois", "town": "Ouagadougou",
        "region": "Centre", "arr": "Arrondissement 5"}
HOME_AT = (12.378214, -1.498391)  # their house (location.precise where sent)
LOCAL = "+22670412893"  # her Burkinabe line and mobile-money wallet (contact.phone)
LOCAL_NAT = "70 41 28 93"
HUSBAND = ("Boukary Yameogo", "+22670128844", "B12457893")  # typed by her; his CNIB
MOTHER_IL = ("Pauline Yameogo", "+22676310552")  # in Koudougou, secteur 6
DAUGHTER = {"first": "Awa", "last": "Yameogo", "dob": "2021-08-03", "sex": "fille",
            "acte": "2021/A05/01843"}  # birth-certificate entry (personal.national_id)
SISTER_US = ("Sarah Doe", "+15550142291", "sarah.doe@example.net",
             "88 Maple Street, Columbus, OH 43215")  # her sister in Ohio
RESIDENT = "CR-BF-25-0088127"  # her Burkinabe residence card (personal.national_id)
PASSPORT = "541208793"  # her US passport (personal.national_id)
MRZ2 = "5412087939USA9105171F3302129<<<<<<<<<<<<<<06"  # its MRZ line 2 (check digits computed)
MRZ1 = "P<USADOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
BF_IBAN = "BF84BF0840100112345678901228"  # her franc CFA account (financial.payment)
BF_NET = "61302"  # the visited network's MCC/MNC (location.carrier)
KOUDOUGOU_AT = (12.255804, -2.368219)  # the in-laws' courtyard in Koudougou (hers when sent)

# --- Sinimaraaga (film festival accreditation and screenings) ------------------------------------
CINEMA = {"id": "cn_burkina", "name": "Cine Yennenga Centre", "lat": 12.36934, "lon": -1.52671,
          "phone": "+22625306611"}  # a festival cinema (negatives)
CINEMA_FIX = (12.369318, -1.526742)
BADGE = "FSP-26-G-04417"  # her accreditation badge (id.user)

# --- Songtaaba Laafi (community health mutual) ---------------------------------------------------
CSPS = {"id": "csps_zdb", "name": "CSPS Zone du Bois", "lat": 12.38102, "lon": -1.50122,
        "phone": "+22625361140"}  # the health centre (negatives)
CSPS_FIX = (12.381044, -1.501198)
MEMBER = "MSL-OUA-2025-03318"  # her mutual membership number (id.user)

# --- Biig Koglgo (seasonal malaria chemoprevention card) -----------------------------------------
SMC_CARD = "CPS-KAD-2026-118204"  # Awa's SMC card number (id.user: the child's)

# --- Bronzraaga (lost-wax bronze foundry commission) ---------------------------------------------
FOUNDRY = {"id": "fd_niog", "name": "Atelier Bronze Niogsin", "lat": 12.37411, "lon": -1.52988,
           "phone": "+22670551902", "master": "Maitre Issouf Sawadogo"}  # (negatives)
FOUNDRY_FIX = (12.374087, -1.529911)
COMMISSION = "BZ-2026-0219"  # her commission (financial.purchase)

# --- Pugsidlem (Catholic marriage preparation and the church wedding file) -----------------------
CATHEDRAL = {"id": "par_kdg_cath", "name": "Cathedrale Saint-Augustin de Koudougou",
             "lat": 12.25198, "lon": -2.36346}  # (negatives)
CATH_FIX = (12.251961, -2.363489)
DOSSIER = "MAR-KDG-2026-077"  # their marriage file (id.user)
WITNESS = [("Adama Kabore", "+22678220941"), ("Mariam Ilboudo", "+22671940255")]
PRIEST = "Abbe Norbert Zongo"

# --- Sebrdoogo (copy shop and certified copies) --------------------------------------------------
SHOP = {"id": "cy_kwame", "name": "Cyber Kwame Nkrumah", "lat": 12.36772, "lon": -1.51955,
        "phone": "+22625334477"}  # (negatives)
SHOP_FIX = (12.367741, -1.519572)
JOB = "SB-88213"  # a print job (financial.purchase)

# --- Taangkaam (shea-butter women's cooperative, Koudougou) --------------------------------------
COOP = {"id": "coop_kdg_06", "name": "Groupement Nong-Taaba des Femmes de Koudougou",
        "lat": 12.25902, "lon": -2.36011}  # the cooperative's centre (negatives)
SHEA_FIELD = [(12.271804, -2.381122), (12.272611, -2.380310), (12.271920, -2.379402),
              (12.271102, -2.380217)]  # the family's shea parkland (hers: precise)
PRODUCER = "TK-KDG-0412"  # her producer number (id.user)


# --- generators ----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-BF,fr;q=0.9,en;q=0.8" if fr else "en-BF,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_BF") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_BF") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def masiin(token: str) -> dict[str, Any]:
    """The same registration with Moore keys (``masiin`` device, ``gomde`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "masiin_id": L(INSTALL_ID, DID),
            "gomde": L("en", DEV), "wakat_zone": L(TZ, DEV), "modeli": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a screening): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BADGE", "BF_IBAN", "BF_NET", "CATHEDRAL", "CATH_FIX", "CINEMA", "CINEMA_FIX",
           "COMMISSION", "COOP", "CSPS", "CSPS_FIX", "DAUGHTER", "DOSSIER", "FOUNDRY",
           "FOUNDRY_FIX", "HOME", "HOME_AT", "HUSBAND", "JOB", "KOUDOUGOU_AT", "LOCAL",
           "LOCAL_NAT", "MEMBER", "MOTHER_IL", "MRZ1", "MRZ2", "PASSPORT", "PRIEST", "PRODUCER",
           "RESIDENT", "SHEA_FIELD", "SHOP", "SHOP_FIX", "SISTER_US", "SMC_CARD", "TZ",
           "WITNESS", "dev_block", "fix", "hd", "masiin", "obj", "push"]
