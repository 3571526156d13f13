"""Helpers for the two-hundred-and-fifty-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Paramaribo (Suriname) with her Hindustani
Surinamese husband Anil Sewdihal, her US SIM roaming on a Surinamese network; their daughter Asha
Sewdihal (8) is at a primary school in Zorg en Hoop and dances in a children's Bollywood class;
her mother-in-law Kamla Sewdihal lives in Nieuw Nickerie, where Anil's brother Deepak Sewdihal
skippers the family's seabob (sarasara) shrimp boat, of which she is the co-owner who keeps the
books (all fictional). Her places (their house in Zorg en Hoop, her fixes at the mandir in Nieuw
Nickerie, the clinic, the dance studio's gate, the fishing jetty, the orchid hall) are hers
(``location.precise`` where sent); the mandir, the clinic, the studio, the shrimp plant, the
orchid hall, the bands' rehearsal rooms and the curtain workshop are businesses' or a temple's
(negatives). People: her husband (``contact.*`` when she types him), their daughter (a data
subject: her name, birth date, sex, ID number and pupil number are labelled), her mother-in-law,
her brother-in-law, her sister in the US, her doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Paramaribo"

# --- her Paramaribo life --------------------------------------------------------------------------
PB_HOME = {"line": "Pijnboomstraat 14", "area": "Zorg en Hoop", "town": "Paramaribo",
           "district": "Paramaribo"}
PB_HOME_AT = (5.833712, -55.190488)  # their house (location.precise where sent)
HUSBAND = ("Anil Sewdihal", "+5978714422")  # typed by her: contact.*
MOTHER_IL = ("Kamla Sewdihal", "+5978653107")  # her mother-in-law in Nieuw Nickerie
BROTHER_IL = ("Deepak Sewdihal", "+5978470915")  # the boat's skipper, co-owner
DAUGHTER = {"first": "Asha", "last": "Sewdihal", "dob": "2017-06-03", "sex": "umapikin",
            "idn": "FN0617034412", "pupil": "NDS-2023-0419"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "VV-2024-118734"  # her Surinamese residence permit (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
FIN = "1120488307"  # her Surinamese tax number (personal.national_id)
SR_ACCOUNT = "3408812270"  # her SRD account at an example bank (financial.payment)
SR_NET = "74603"  # the visited network's MCC/MNC while roaming (location.carrier)
NICK_HOME = {"line": "Balatastraat 9", "town": "Nieuw Nickerie", "district": "Nickerie"}
NICK_HOME_AT = (5.944208, -56.984317)  # her mother-in-law's house, where she stays

# --- Faguagrupu (a Nieuw Nickerie mandir's Phagwa chautal group) ----------------------------------
MANDIR = {"id": "md_nnk03", "name": "Shri Ram Mandir Oost", "lat": 5.94671,
          "lon": -56.97902}  # the mandir (a negative as a place)
MANDIR_FIX = (5.946688, -56.979047)
MEMBER = "FG-NK-0217"  # her number in the group's register (id.user)

# --- Gordelkibri (a skin and pain clinic: her shingles) -------------------------------------------
CLINIC = {"id": "hp_flora", "name": "Huid- en Pijnpoli Flora", "phone": "+597441873",
          "lat": 5.84217, "lon": -55.17288}  # the clinic (negatives)
CLINIC_FIX = (5.842151, -55.172903)
DOSSIER = "HPF-26-03318"  # her clinic file number (health.medical)
INSURANCE = "ZV-7730-441-09"  # her health-insurance member number (health.medical)
DOCTOR = ("Dr. Radha Kalpoe", "r.kalpoe@hpflora.example.org")  # typed by her: contact.*

# --- Dansi Pikin (the daughter's Bollywood dance class) -------------------------------------------
STUDIO = {"id": "st_zeh", "name": "Nritya Dance Studio", "lat": 5.82903, "lon": -55.17411,
          "phone": "+597432290"}  # the studio (negatives)
STUDIO_FIX = (5.829055, -55.174081)  # her fix at the studio gate

# --- Sarasara Boto (the shrimp plant's boat-owner portal) -----------------------------------------
PLANT = {"id": "pl_nck", "name": "Corantijn Seabob Processing", "lat": 5.95183,
         "lon": -56.99602}  # the plant's jetty (a negative)
JETTY_FIX = (5.951802, -56.995988)  # her phone on the jetty
OWNER = "OWN-0884"  # her owner account (id.user)
BOAT = {"name": "Kamla II", "licence": "SVN-NIC-0412", "id": "bt_0412"}  # (negatives)

# --- Bromki Orkide (the orchid society) -----------------------------------------------------------
HALL = {"id": "oh_cul", "name": "Orchid Society Hall", "lat": 5.85602, "lon": -55.20855}
HALL_FIX = (5.856047, -55.208571)
ORCHID_MEMBER = "BO-1193"  # her membership (id.user)

# --- Kasekopoku (a band-booking marketplace) ------------------------------------------------------
BAND = {"id": "bd_0731", "name": "Kaseko Boys Flora", "phone": "+5978820417",
        "lat": 5.83811, "lon": -55.16102}  # the band's rehearsal room (negatives)
GIG = "KP-26-05120"  # her booking (financial.purchase)

# --- Fensre Krosi (a curtain and upholstery workshop) ---------------------------------------------
WORKSHOP = {"id": "ws_lnw", "name": "Fensre Krosi Atelier", "phone": "+597470336",
            "lat": 5.86141, "lon": -55.19977}  # (negatives)
ORDER = "FK-2026-0288"  # her curtain order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", nl: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Dutch first with ``nl``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("nl-SR,nl;q=0.9,en;q=0.8" if nl else "en-SR,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_SR") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_SR") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a rehearsal, a slot, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BAND", "BOAT", "BROTHER_IL", "CLINIC", "CLINIC_FIX", "DAUGHTER", "DOCTOR", "DOSSIER",
           "FIN", "GIG", "HALL", "HALL_FIX", "HUSBAND", "INSURANCE", "JETTY_FIX", "MANDIR",
           "MANDIR_FIX", "MEMBER", "MOTHER_IL", "NICK_HOME", "NICK_HOME_AT", "ORCHID_MEMBER",
           "ORDER", "OWNER", "PASSPORT", "PB_HOME", "PB_HOME_AT", "PLANT", "RESIDENCE",
           "SISTER_US", "SR_ACCOUNT", "SR_NET", "STUDIO", "STUDIO_FIX", "TZ", "WORKSHOP",
           "dev_block", "fix", "hd", "obj", "push"]
