"""Helpers for the two-hundred-and-sixty-sixth (blind) evaluation set ("blind263"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Barangay Tetuan, Zamboanga City (Mindanao,
the Philippines), with her Zamboangueno husband Ronaldo ("Ronnie") Enriquez, her US SIM roaming
on a Philippine network (she also has a local prepaid number, her e-wallet's); their son Gabriel
("Gabo", 9) is in Grade 4; Ronnie's mother Carmelita ("Lola Mely") Enriquez lives in Barangay
Santa Maria; their live-in household helper (kasambahay) is Rosalinda ("Linda") Francisco from
Ipil; her sister Emily is in Ohio. She teaches English at a private college. All are fictional.
Her places (their house, her fixes at the clinic, the household-group host's house, Fort Pilar's
plaza, the covered court, the paluto restaurant's table, the table tennis hall) are hers
(``location.precise`` where sent); the clinic, the shrine, the court, the ISP's office, the
restaurant, the seafood stall and the club are businesses' (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Manila"

# --- her Zamboanga life ---------------------------------------------------------------------------
ZC_HOME = {"line": "12 Calle Camelia, Purok 4", "brgy": "Tetuan", "town": "Zamboanga City",
           "region": "Zamboanga Peninsula", "post": "7000"}
ZC_HOME_AT = (6.918342, 122.089517)  # their house (location.precise where sent)
HUSBAND = ("Ronaldo Enriquez", "+639175550183")  # typed by her: contact.*
MOTHER_IL = ("Carmelita Enriquez", "+639185550126")  # Lola Mely, Barangay Santa Maria
SON = {"first": "Gabriel", "last": "Enriquez", "dob": "2016-08-11", "sex": "M",
       "psa": "2016-7000-0418826"}  # a data subject; PSA birth-certificate number (national_id)
HELPER = {"first": "Rosalinda", "last": "Francisco", "phone": "+639265550172",
          "dob": "1989-03-02", "sss": "34-7712058-6", "philhealth": "12-050337719-4",
          "pagibig": "1212-4408-7315", "town": "Ipil"}  # the kasambahay (her data typed by her)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
ACR = "E0016882104"  # her ACR I-Card number (personal.national_id)
TIN = "284-551-907-000"  # her Philippine tax ID (personal.national_id)
PASSPORT = "583014296"  # her US passport (personal.national_id)
PH_ACCOUNT = "004721388561"  # her peso savings account (financial.payment)
PH_MOBILE = "+639985550147"  # her local prepaid number (contact.phone)
PH_NET = "51502"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Sueldito (household-employer payroll for the kasambahay) ------------------------------------
EMPLOYER_NO = "HE-09-0024417"  # her household-employer registration (personal.national_id)

# --- Saludmujer (a women's wellness clinic) -------------------------------------------------------
CLINIC = {"id": "cl_zc_tet", "name": "Clinica Flor de Mayo", "phone": "+63629915520",
          "lat": 6.91362, "lon": 122.08241}  # the clinic (negatives)
CLINIC_FIX = (6.913604, 122.082437)
PATIENT = "CFM-26-00871"  # her patient number (health.medical, a medical record number)
DOCTOR = ("Dra. Maricel Alano", "m.alano@florclinic.example.org")  # typed by her: contact.*

# --- Hogarfe (a Catholic couples' ministry household group) --------------------------------------
GROUP_HOST_AT = (6.921077, 122.086302)  # the household-group host couple's house (their place)
PILAR = {"id": "sh_pilar", "name": "Fort Pilar Shrine", "lat": 6.90148,
         "lon": 122.08086}  # the shrine (a negative as a place)
PILAR_FIX = (6.901392, 122.080744)  # her phone in the shrine's plaza
MEMBER = "HGF-ZC-0442"  # the couple's member number (id.user)

# --- Sipazam (a kids' summer sepak takraw clinic) ------------------------------------------------
COURT = {"id": "ct_tetuan", "name": "Tetuan Covered Court", "lat": 6.91703,
         "lon": 122.08812}  # (negatives)
COURT_FIX = (6.917049, 122.088101)
PLAYER = "SZ-26-1183"  # Gabo's clinic player number (id.user)

# --- Fibramar (home fibre internet) --------------------------------------------------------------
ACCOUNT = "FM-700-2281934"  # the home account (id.user)
OFFICE = {"id": "br_zc01", "lat": 6.90921, "lon": 122.07611,
          "phone": "+63629925500"}  # the ISP's branch (negatives)

# --- Palutomar (buy seafood at the market, have it cooked next door: paluto) ----------------------
EATERY = {"id": "pl_paseo", "name": "Paluto sa Paseo", "phone": "+639175550400",
          "lat": 6.90452, "lon": 122.07398}  # the paluto restaurant (negatives)
EATERY_FIX = (6.904497, 122.074011)  # her phone at the table
STALL = {"id": "st_curacha3", "name": "Puesto de Curacha No. 3", "phone": "+639055550161",
         "lat": 6.90471, "lon": 122.07362}  # a seafood stall (negatives)

# --- Mesatenis (a table tennis club) -------------------------------------------------------------
CLUB = {"id": "tt_zc01", "name": "Zamboanga Table Tennis Club", "lat": 6.91481,
        "lon": 122.07264}  # the club hall (negatives)
CLUB_FIX = (6.914788, 122.072659)  # her phone in the hall


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", cbk: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Chavacano/Filipino first with
    ``cbk``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("cbk-PH,fil;q=0.9,en;q=0.8" if cbk else "en-PH,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modelo": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "install_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a ticket line, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCOUNT", "ACR", "CLINIC", "CLINIC_FIX", "CLUB", "CLUB_FIX", "COURT", "COURT_FIX",
           "DOCTOR", "EATERY", "EATERY_FIX", "EMPLOYER_NO", "GROUP_HOST_AT", "HELPER", "HUSBAND",
           "MEMBER", "MOTHER_IL", "OFFICE", "PASSPORT", "PATIENT", "PH_ACCOUNT", "PH_MOBILE",
           "PH_NET", "PILAR", "PILAR_FIX", "PLAYER", "SISTER_US", "SON", "STALL",
           "TIN", "TZ", "ZC_HOME", "ZC_HOME_AT", "dev_block", "fix", "hd", "obj", "push"]
