"""Helpers for the two-hundred-and-ninety-eighth (blind, "blind295") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Agartala (West Tripura, India) with her
Tripuri husband Bishal Debbarma, her US SIM roaming; their daughter Khumlai (8) is in class 3;
her mother-in-law Sumati Debbarma and her brother-in-law Naphai Debbarma live in Udaipur (Gomati
district), where the family has a small rubber garden. All people are fictional. Her places
(their Ramnagar house, her fixes at the rubber garden and the society's depot, the nature-cure
centre, the art competition's ground, the testing centre, the pineapple collective's shed, the
craft centre) are hers (``location.precise`` where sent); the depot, the society's office, the
centre, the ground, the testing centre, the shed and the craft centre are businesses' or public
places (negatives). People: her husband (``contact.*`` when she types him), their daughter (a
data subject: her name, birth date, age, sex and entry number are labelled), her mother-in-law,
her brother-in-law, her sister in the US, a friend in Kolkata.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

# --- her Agartala life ----------------------------------------------------------------------------
AG_HOME = {"line": "House 27, Ramnagar Road No. 4", "area": "Ramnagar", "town": "Agartala",
           "district": "West Tripura", "state": "Tripura", "pin": "799002"}
AG_HOME_AT = (23.836512, 91.271934)  # their house (location.precise where sent)
HUSBAND = ("Bishal Debbarma", "+919436512087")  # typed by her: contact.*
MOTHER_IL = ("Sumati Debbarma", "+919612044718")  # her mother-in-law in Udaipur
BROTHER_IL = ("Naphai Debbarma", "+918974301562")  # tends the rubber garden in Udaipur
DAUGHTER = {"first": "Khumlai", "last": "Debbarma", "dob": "2017-03-11", "sex": "girl",
            "age": 8}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Claire Doe", "+15550162240", "claire.doe@example.net")  # her sister in Oregon
FRIEND_KOL = ("Moumita Saha", "+919830417762", "Flat 3B, 41 Lake Gardens Road",
              "Kolkata", "700045")  # a friend in Kolkata (a gift box)
OCI = "A2185530"  # her Overseas Citizen of India card (personal.national_id)
PAN = "ABKPD4417K"  # her PAN (income-tax number: personal.national_id)
DL = "TR01 20210004417"  # her Tripura driving licence (personal.national_id)
IN_ACCOUNT = "30418825716"  # her savings account (financial.payment)
UPI_VPA = "janedoe.ag@okexample"  # her UPI address (financial.payment)
SCOOTER = {"plate": "TR01AK4471", "model": "Activa 6G", "fuel": "petrol",
           "year": 2021}  # her scooter (the plate: no taxonomy type fits, unlabelled)

# --- Sheetrang (a rubber smallholders' society; she sells the family garden's sheets) -------------
DEPOT = {"id": "dp_udp03", "name": "Gomati Rubber Growers' Society Depot, Udaipur",
         "phone": "+913821222541", "lat": 23.53318, "lon": 91.48702}  # (negatives)
GARDEN_AT = [(23.561204, 91.452318), (23.561788, 91.453402), (23.560911, 91.454120),
             (23.560402, 91.452877)]  # the family's rubber garden corners (hers: precise)
GARDEN_FIX = (23.561105, 91.453291)  # her phone in the garden
DEPOT_FIX = (23.533162, 91.487049)  # her phone at the depot
GROWER = "GRS-UDP-04417"  # her grower (member) number (id.user)

# --- Borokkok (a Kokborok language and literature society) ----------------------------------------
SOCIETY = {"id": "kss_agt", "name": "Borok Kok Sabha, Agartala", "lat": 23.83214,
           "lon": 91.28063}  # the society's hall (negatives)
SOCIETY_FIX = (23.832119, 91.280677)
MEMBER = "BKS-2024-0921"  # her membership number (id.user)

# --- Chitrosal (the daughter's sit-and-draw art competition) --------------------------------------
GROUND = {"id": "gr_agt01", "name": "Children's Art Ground, Agartala", "lat": 23.82788,
          "lon": 91.27701}  # the competition's ground (negatives)
GROUND_FIX = (23.827861, 91.277042)
ENTRY = "CS26-B-0412"  # Khumlai's entry (roll) number (id.user)

# --- Twiham (a nature-cure and yoga-therapy centre) -----------------------------------------------
CENTRE = {"id": "nc_abh", "name": "Twiham Nature Cure Centre, Abhoynagar", "phone": "+913812416680",
          "lat": 23.84771, "lon": 91.29433}  # (negatives)
CENTRE_FIX = (23.847692, 91.294361)
PATIENT = "TNC-25-1182"  # her case-file number (health.medical, as set 151's chart)

# --- Dhoachek (a vehicle pollution-under-control test centre) -------------------------------------
PUC = {"id": "puc_agt07", "name": "Ramnagar Emission Test Centre", "phone": "+913812390417",
       "lat": 23.83402, "lon": 91.26688}  # (negatives)
PUC_FIX = (23.834011, 91.266912)

# --- Anarasbox (a Queen-pineapple growers' collective's boxes) ------------------------------------
SHED = {"id": "sh_nalchar", "name": "Nalchar Queen Pineapple Collective", "lat": 23.59212,
        "lon": 91.38814}  # the collective's packing shed (negatives)
SHED_FIX = (23.592098, 91.388162)
BUYER = "ANX-C-33018"  # her customer number (id.user)

# --- Wasamung (a bamboo and cane craft centre) ----------------------------------------------------
CRAFT = {"id": "wc_lichu", "name": "Wasamung Bamboo & Cane Centre", "phone": "+913812351190",
         "lat": 23.85633, "lon": 91.28811}  # (negatives)
CRAFT_FIX = (23.856312, 91.288135)
LEARNER = "WSM-L-0277"  # her learner account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", kb: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Kokborok and Bengali first)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("trp-IN,bn-IN;q=0.9,en;q=0.8" if kb else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot, a slot, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AG_HOME", "AG_HOME_AT", "BROTHER_IL", "BUYER", "CENTRE", "CENTRE_FIX", "CRAFT",
           "CRAFT_FIX", "DAUGHTER", "DEPOT", "DEPOT_FIX", "DL", "ENTRY", "FRIEND_KOL",
           "GARDEN_AT", "GARDEN_FIX", "GROUND", "GROUND_FIX", "GROWER", "HUSBAND", "IN_ACCOUNT",
           "LEARNER", "MEMBER", "MOTHER_IL", "OCI", "PAN", "PATIENT", "PUC", "PUC_FIX",
           "SCOOTER", "SHED", "SHED_FIX", "SISTER_US", "SOCIETY", "SOCIETY_FIX", "TZ", "UPI_VPA",
           "dev_block", "fix", "hd", "obj", "push"]
