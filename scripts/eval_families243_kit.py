"""Helpers for the two-hundred-and-forty-third (blind, "blind240") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Maroua (Far North region, Cameroon) with her
Fulbe husband Bakari Djoda, her US SIM roaming on a Cameroonian network (and a local prepaid line
for mobile money); their daughter Aissatou (8) is in CE2 at a public school in Domayo. Her
mother-in-law Dada Adamou, who has lost her sight, lives in Garoua (Roumde Adjia); her
brother-in-law Souleymane Djoda keeps the family's cattle at Meskine, west of Maroua. Her places
(their house in Domayo, her fixes at the Garoua clinic, the family's kraal at Meskine, the TV
installer's visit, the vigilance committee's alerts, the concert hall) are hers
(``location.precise`` where sent); the clinic, the insurer's agency, the TV shop, the quarter
chief's house, the library and the hall are businesses' or public places (negatives). People: her
husband, her daughter (a data subject: name, birth date, sex, birth-certificate number, learner
number), her mother-in-law (a data subject of the talking-book library), her brother-in-law, her
sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Douala"

# --- her Maroua life ------------------------------------------------------------------------------
MR_HOME = {"line": "Carre 14, lot 7, rue du Lamidat", "area": "Domayo", "town": "Maroua",
           "region": "Extreme-Nord"}
MR_HOME_AT = (10.597214, 14.324118)  # their house (location.precise where sent)
CM_LINE = "+237690551873"  # her local prepaid line (hers: contact.phone)
CM_LINE_LOCAL = "690 55 18 73"  # the same, as typed locally
HUSBAND = ("Bakari Djoda", "+237677418209")  # typed by her: contact.*
DAUGHTER = {"first": "Aissatou", "last": "Djoda", "dob": "2017-03-09", "sex": "debbo",
            "acte": "0418/MRA-II/2017", "learner": "JN-24-55817"}  # a data subject
MOTHER_IL = ("Dada Adamou", "+237699130452")  # her mother-in-law in Garoua (blind)
MIL_HOME = {"line": "Roumde Adjia, derriere le marche", "town": "Garoua", "region": "Nord"}
MIL_DOB = "1956-01-01"  # as her card gives it (personal.birthdate)
MIL_CARD = "CI-NO-0007731"  # her disability card (personal.national_id|personal.sensitive)
BROTHER_IL = ("Souleymane Djoda", "+237655908314")  # keeps the family's herd at Meskine
SISTER_US = ("Laura Doe", "+15550148830", "laura.doe@example.net")  # her sister in Oregon
PASSPORT = "548839120"  # her US passport (personal.national_id)
RESIDENCE = "CS-EN-2024-018842"  # her Cameroonian residence card (personal.national_id)
CM_ACCOUNT = "CM2110005000010123456789123"  # her franc account (financial.payment)
CM_NET = "62409"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Miijo Didabo (a medical second-opinion service, Garoua) --------------------------------------
CENTRE = {"id": "ctr_gar01", "name": "Centre Specialise de la Benoue", "phone": "+237222271450",
          "lat": 9.30112, "lon": 13.39841}  # the specialist centre (negatives)
CENTRE_FIX = (9.301087, 13.398462)  # her phone at the centre
CASE_NO = "MD-2026-00317"  # her case file (health.medical)
SPECIALIST = ("Dr. Hadidja Mana", "h.mana@benoue-specialistes.example.org")  # typed: contact.*

# --- Jawdi Kisal (livestock micro-insurance for the family herd) ----------------------------------
KRAAL_AT = (10.551832, 14.207416)  # the family's kraal at Meskine (her fix there: precise)
AGENCY = {"id": "ag_mra02", "name": "Agence Kisal Maroua Marche", "phone": "+237222291077",
          "lat": 10.59402, "lon": 14.31622}  # the insurer's agency (negatives)
POLICY = "JK-EN-0042291"  # the herd's policy (financial.purchase)
HERD_TAGS = ["CM-EN-77120", "CM-EN-77121", "CM-EN-77122", "CM-EN-77123"]  # ear tags (negatives)
COLLAR_AT = (10.562207, 14.189553)  # a GPS collar on the lead cow (not her device: negative)

# --- Gite Tele (satellite pay-TV subscription) ----------------------------------------------------
SMARTCARD = "741209633318"  # her subscriber card (id.user)
DECODER = "DHD4-88120931"  # the household decoder's serial (id.hardware; a call, see docstring)
TV_SHOP = {"id": "sh_mra_cmt", "name": "Gite Tele Maroua Comice", "phone": "+237222296512",
           "lat": 10.58911, "lon": 14.31877}  # (negatives)

# --- Jande Ndungu (the daughter's holiday workbook) -----------------------------------------------
SCHOOL_NAME = "Ecole Publique de Domayo, groupe 2"  # (a negative as a name)

# --- Deenal Hoggo (the quarter's vigilance committee) ---------------------------------------------
LAWAN = {"id": "lw_domayo", "name": "Lawan of Domayo", "phone": "+237677001455",
         "lat": 10.59870, "lon": 14.32177}  # the quarter chief's house (negatives)
MEMBER = "DH-DMY-0318"  # her committee membership (id.user)
HOME_WIFI = ("Djoda-Domayo", "58:d9:c3:7e:20:14")  # the house's router (location.wifi)
NEIGH_WIFI = [("MTN-Home-4F21", "e8:9f:80:11:4f:21"), ("Boutique-Alhadji", "10:7b:44:c2:09:aa")]

# --- Heddo Deftere (a talking-book library for blind readers) -------------------------------------
LIBRARY = {"id": "lib_gar", "name": "Bibliotheque sonore du Nord", "phone": "+237222273380",
           "lat": 9.29761, "lon": 13.39502}  # (negatives)
READER = "HD-R-01142"  # her mother-in-law's reader number (id.user)
VOLUNTEER = "HD-V-0219"  # her own volunteer-reader number (id.user)
PLAYER = "DZ-PL-30877"  # the library's loaned audio player (a negative)

# --- Gimol Diamare (a regional singing contest's fan and voting app) ------------------------------
HALL = {"id": "hall_mra", "name": "Salle des Fetes de Maroua", "lat": 10.59133,
        "lon": 14.31541}  # (negatives)
HALL_FIX = (10.591377, 14.315468)  # her phone in the hall
TICKET = "GD-26-0977"  # her ticket order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ff: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French; Fulfulde first with ``ff``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ff-CM,fr;q=0.8,en;q=0.7" if ff else "en-CM,en;q=0.9,fr;q=0.8",
                             DEV)
    return h


def dev_block(lang: str = "en_CM") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_CM") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a visit, an alert, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "BROTHER_IL", "CASE_NO", "CENTRE", "CENTRE_FIX", "CM_ACCOUNT", "CM_LINE",
           "CM_LINE_LOCAL", "CM_NET", "COLLAR_AT", "DAUGHTER", "DECODER", "HALL", "HALL_FIX",
           "HERD_TAGS", "HOME_WIFI", "HUSBAND", "KRAAL_AT", "LAWAN", "LIBRARY", "MEMBER",
           "MIL_CARD", "MIL_DOB", "MIL_HOME", "MOTHER_IL", "MR_HOME", "MR_HOME_AT", "NEIGH_WIFI",
           "PASSPORT", "PLAYER", "POLICY", "READER", "RESIDENCE", "SCHOOL_NAME", "SISTER_US",
           "SMARTCARD", "SPECIALIST", "TICKET", "TV_SHOP", "TZ", "VOLUNTEER", "dev_block", "fix",
           "hd", "obj", "push"]
