"""Helpers for the hundred-and-ninety-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Kananga
(Kasai-Central, DR Congo) with her Congolese husband Didier Kanyinda Mulumba and their daughter
Ngalula (6); she is five months pregnant; her US SIM roams and a local SIM carries her
mobile-money wallet. Her husband's family is in Mbuji-Mayi (his mother Kapinga Mulumba; his
brother Kalonji Kanyinda leads the family's diamond pit at Tshibombo) and in Kinshasa (his sister
Mbuyi Kanyinda in Lemba). Her places (the house in Malandji, the fish ponds at Katoka, the pit's
corners, her kiosk at the Ndesha market, her fixes) are hers (``location.precise`` where sent);
the buying house, the freight counters, the cooperative's hatchery, the distribution site, the
recording studio and the guard company's base are businesses' (negatives). Voter-card numbers are
13 digits in a shape this author assumed (no public check digit is known, none computed); the bank account is a 23-digit RIB whose two-digit key is computed the
French way (97 - (89 x bank + 15 x branch + 3 x account) mod 97).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Lubumbashi"

# --- her Kananga life -----------------------------------------------------------------------------
HOME = {"line": "42, Avenue Kasa-Vubu", "quartier": "Malandji", "commune": "Kananga",
        "town": "Kananga", "province": "Kasai-Central"}
HOME_AT = (-5.893714, 22.417382)  # their house (location.precise where sent)
LOCAL_TEL = "+243975550199"  # her local SIM's number, her mobile-money wallet (contact.phone)
HUSBAND = ("Didier Kanyinda Mulumba", "+243815550214", "0617022904418")  # name, phone, voter card
DAUGHTER = {"first": "Ngalula", "last": "Kanyinda", "dob": "2019-08-14", "sex": "mukaji",
            "age": 6}  # a data subject (sets 29, 35, 37)
MOTHER_IL = ("Kapinga Mulumba", "+243995550371")  # in Dibindi, Mbuji-Mayi
BROTHER_IL = ("Kalonji Kanyinda", "+243855550148", "0514119037265")  # leads the family's pit
SISTER_IL = {"name": "Mbuyi Kanyinda", "tel": "+243895550622",
             "mail": "mbuyi.kanyinda@example.net", "vc": "0101188207731",
             "line": "17, Avenue de la Revolution", "commune": "Lemba",
             "town": "Kinshasa"}  # in Kinshasa (another person: contact.* / national_id)
RESIDENCE = "DGM-KC-RES-0081452"  # her residence card (personal.national_id)
PASSPORT = "A08812640"  # her US passport (personal.national_id)
NIF = "A2318845K"  # her tax number as a sole trader (personal.national_id)
RIB = "00015060412300456780166"  # bank 00015, branch 06041, account 23004567801, key 66
CD_NET = "63001"  # the visited network's MCC/MNC (location.carrier)

# --- Dyama (the family's diamond pit and sales to a buying house) ---------------------------------
PIT_AT = [(-6.081244, 23.502817), (-6.081102, 23.503391), (-6.081688, 23.503512),
          (-6.081830, 23.502950)]  # the family's claim corners (hers: precise)
PIT_FIX = (-6.081455, 23.503170)  # her phone at the pit
COMPTOIR = {"id": "cpt_bkw07", "name": "Comptoir Bakwanga Stones", "phone": "+243815550900",
            "lat": -6.13692, "lon": 23.59841}  # the buying house (negatives)
SELLER = "DYA-S-20417"  # her seller account at the buying house (id.user)

# --- Kutuma (air freight Mbuji-Mayi -> Kinshasa) --------------------------------------------------
DEPOT = {"id": "dp_mjm", "name": "Kutuma Cargo Mbuji-Mayi airport", "lat": -6.12112,
         "lon": 23.56904, "phone": "+243975550800"}  # the counter (negatives)
NDJILI = {"id": "dp_fih", "lat": -4.38553, "lon": 15.44461}  # Kinshasa pick-up counter
SHIPPER = "KT-C-88031"  # her shipper account (id.user)
WAYBILL = "KT2601-447190"  # a waybill (financial.purchase)

# --- Ntshi Kasai (the tilapia fish-pond cooperative) ----------------------------------------------
PONDS = {"A": (-5.921408, 22.381755), "B": (-5.921672, 22.382240)}  # their ponds (precise)
HATCHERY = {"id": "hc_katoka", "name": "Katoka cooperative hatchery", "lat": -5.91873,
            "lon": 22.37716}  # (negatives)
MEMBER = "NTK-M-0342"  # her cooperative membership number (id.user)

# --- Tulu Tuimpe (the health zone's mosquito-net and malaria campaign) ----------------------------
SITE = {"id": "ds_ep_malandji", "name": "EP Malandji distribution site", "lat": -5.89811,
        "lon": 22.41503}  # a school yard (negatives)
HOUSEHOLD = "ZS-KNG-MAL-04-0193"  # the household's campaign number (id.user)
VOUCHER = "MII-KC-7730214"  # the net voucher (a negative: a campaign coupon, not a purchase)

# --- Makuta Point (her mobile-money agent kiosk) --------------------------------------------------
KIOSK = {"line": "Marche de Ndesha, stand B-17", "at": (-5.908741, 22.429905)}  # hers
AGENT = "AG-KC-110457"  # her agent code (id.user)
RCCM = "CD/KNG/RCCM/24-A-00871"  # the kiosk's trade registration (a negative)

# --- Diyi dia Nzambi (recording the Tshiluba audio Bible) -----------------------------------------
STUDIO = {"id": "st_knga1", "name": "Studio Bulelela Kananga", "lat": -5.88957,
          "lon": 22.42188}  # the NGO's studio (negatives)
NARRATOR = "DN-NR-0077"  # her narrator number (id.user)

# --- Balami (a night-guard company's household service) -------------------------------------------
GUARD_BASE = {"id": "gb_knga", "name": "Balami Securite Kananga", "phone": "+243815550777",
              "lat": -5.88412, "lon": 22.41066}  # (negatives)
CONTRACT = "BLM-2025-0614"  # their guarding contract (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lua: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (French first, or Tshiluba with ``lua``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("lua-CD,lua;q=0.9,fr;q=0.8,en;q=0.7" if lua
                             else "fr-CD,fr;q=0.9,en;q=0.8", DEV)
    return h


def dev_block(lang: str = "fr_CD") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "fr_CD") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a parcel line, a lot, a take): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENT", "BROTHER_IL", "CD_NET", "COMPTOIR", "CONTRACT", "DAUGHTER", "DEPOT",
           "GUARD_BASE", "HATCHERY", "HOME", "HOME_AT", "HOUSEHOLD", "HUSBAND", "KIOSK",
           "LOCAL_TEL", "MEMBER", "MOTHER_IL", "NARRATOR", "NDJILI", "NIF", "PASSPORT", "PIT_AT",
           "PIT_FIX", "PONDS", "RCCM", "RESIDENCE", "RIB", "SELLER", "SHIPPER", "SISTER_IL",
           "SITE", "STUDIO", "TZ", "VOUCHER", "WAYBILL", "dev_block", "fix", "hd", "obj",
           "push"]
