"""Helpers for the hundred-and-forty-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Cebu City (Cebu, the Philippines)
with her Cebuano husband Ramil Abellana, her US SIM roaming (and a local prepaid number of her
own for the e-wallet); their daughter Isabel (9) is in Grade 4 and dances in her school's
Sinulog street-dance contingent. Her places (her Lahug house, her fixes at the chapel, the
pawnshop, the bite centre, the gym, the barangay hall, on the jeepney) are hers
(``location.precise`` where sent); the lechon house, the chapel, the pawnshop, the bite centre,
the school gym, the barangay hall and the jeepney stops are businesses' or the city's
(negatives). People: her husband (``contact.*`` when she types him), their daughter (a data
subject: her name, birth date, sex and learner number are labelled), a fellow devotee, her
sister in the US, the dance trainer.
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
NATID = "personal.national_id"

# --- her Cebu life --------------------------------------------------------------------------------
HOME = {"line": "18 Molave Street, Sitio Kamagong", "barangay": "Lahug", "city": "Cebu City",
        "province": "Cebu", "zip": "6000"}
HOME_AT = (10.332817, 123.898466)  # her house (location.precise where sent)
HUSBAND = ("Ramil Abellana", "+639175550142")  # typed by her: contact.*
DAUGHTER = {"first": "Isabel", "last": "Abellana", "dob": "2016-09-02", "sex": "female",
            "lrn": "119204160337"}  # a data subject (sets 29, 35, 37); lrn: learner number
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
DEVOTEE = ("Marites Cabahug", "+639285550617")  # a fellow devotee she names
TRAINER = ("Coach Jonel Tapales", "jonel.t@tribulahug.example.org")  # the dance trainer
ACR = "E0047712936"  # her alien certificate of registration card (personal.national_id)
PASSPORT = "578204119"  # her US passport (personal.national_id)
PH_ACCOUNT = "029411873306"  # her Cebu bank account (financial.payment)
LOCAL_PHONE = "+639275550199"  # her own local prepaid number (contact.phone)

# --- Litsonhan (a lechon house's pre-order app; Cebuano keys) -------------------------------------
LITSONAN = {"id": "ls_talamban", "name": "Litsonan ni Nang Sionyang", "phone": "+63325550871",
            "lat": 10.30412, "lon": 123.89166}  # the lechon house (negatives)
LITSON_CARD = "LH-88120-4471"  # her suki card (id.user)
LITSON_ORDER = "LT-26-01187"  # the pre-order (financial.purchase)

# --- Sugbudebo (a Santo Nino devotees' confraternity app) -----------------------------------------
CHAPEL = {"id": "cp_lahug", "name": "Capilla del Santo Nino de Lahug", "lat": 10.33105,
          "lon": 123.90022}  # the chapel (a negative as a place)
CHAPEL_FIX = (10.331071, 123.900198)
DEVOTEE_NO = "SND-LHG-0588"  # her confraternity number (id.user)

# --- Sanlagold (a gold-jewellery pawnshop) --------------------------------------------------------
PAWNSHOP = {"id": "br_colon", "name": "Sanlagold Colon Branch", "phone": "+63325550233",
            "lat": 10.29788, "lon": 123.89841}  # the branch (negatives)
PAWN_FIX = (10.297902, 123.898436)
PAWN_TICKET = "PT-0712-004418"  # her pawn ticket (financial.purchase)
PAWNER = "SG-CEB-771204"  # her pawner number (id.user)

# --- Kagatcare (an animal-bite treatment centre) --------------------------------------------------
BITE = {"id": "abc_lahug", "name": "Lahug Animal Bite Center", "phone": "+63325550419",
        "lat": 10.32581, "lon": 123.90513}  # the centre (negatives)
BITE_FIX = (10.325834, 123.905108)
CASE_NO = "ABC-2026-00912"  # her bite case number (health.medical)
VACCINE = {"brand": "PCEC-V", "lot": "L2611-084", "exp": "2027-08"}  # the vial (negatives)

# --- Sayawkids (the daughter's Sinulog street-dance contingent) -----------------------------------
GYM = {"id": "gym_lhes", "name": "Lahug Elementary Covered Court", "lat": 10.33602,
       "lon": 123.89714, "phone": "+63325550390"}  # the rehearsal court (negatives)
GYM_FIX = (10.336044, 123.897155)
DANCER = "TLK-D-0417"  # Isabel's dancer number (the child's id.user)
TROUPE_FEE = "TLK-INV-2026-0417"  # the costume and fee invoice (financial.purchase)

# --- Barangayko (barangay e-services: clearance, certificate of residency) ------------------------
HALL = {"id": "bh_lahug", "name": "Barangay Lahug Hall", "lat": 10.33061, "lon": 123.89879}
HALL_FIX = (10.330633, 123.898771)
RESIDENT_NO = "LHG-RES-2026-1183"  # her resident record (id.user)
CLEARANCE = "BC-2026-03318"  # the clearance request (financial.purchase as paid service)

# --- Sakayna (jeepney routes and a tap card) ------------------------------------------------------
STOP_HOME = {"id": "stp_gorordo12", "name": "Gorordo - Molave", "lat": 10.33190,
             "lon": 123.89902}  # a stop (negative)
STOP_COLON = {"id": "stp_colon03", "name": "Colon - Metro", "lat": 10.29655,
              "lon": 123.90137}  # a stop (negative)
JEEP_FIX = (10.314402, 123.900871)  # her phone on the jeepney
TAP_CARD = "SK-6300-1187-2204"  # her tap card (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ceb: bool = False,
       accept: bool = True, **kw: Any) -> dict[str, Any]:
    """The app's headers; a localised app (``accept``) adds an Accept-Language (English in
    Cebu, Cebuano with ``ceb``), the others send none (OkHttp's default)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if accept:
        h["Accept-Language"] = L("ceb-PH,ceb;q=0.9,en;q=0.8" if ceb else "en-PH,en;q=0.9",
                                 DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a dose, a rehearsal): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACR", "BITE", "BITE_FIX", "CASE_NO", "CHAPEL", "CHAPEL_FIX", "CLEARANCE", "DANCER",
           "DAUGHTER", "DEVOTEE", "DEVOTEE_NO", "GYM", "GYM_FIX", "HALL", "HALL_FIX", "HOME",
           "HOME_AT", "HUSBAND", "JEEP_FIX", "LITSONAN", "LITSON_CARD", "LITSON_ORDER",
           "LOCAL_PHONE", "NATID", "PASSPORT", "PAWNER", "PAWNSHOP", "PAWN_FIX", "PAWN_TICKET",
           "PH_ACCOUNT", "RESIDENT_NO", "SISTER_US", "STOP_COLON", "STOP_HOME", "TAP_CARD",
           "TRAINER", "TROUPE_FEE", "TZ", "VACCINE", "dev_block", "fix", "hd", "obj", "push"]
