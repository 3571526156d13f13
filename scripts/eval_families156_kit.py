"""Helpers for the hundred-and-fifty-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Laoag City (Ilocos Norte, the
Philippines) with her Ilocano husband Ronaldo Agcaoili, her US SIM roaming; their son Miguel
(10) is a Kid Scout in Grade 5; her mother-in-law Perla lives in the family's ancestral house in
Vigan (Ilocos Sur); her husband's aunt Corazon Ramos lives in Waipahu, Hawaii. Her places (their
Laoag house, her fixes on the dunes, at the scout camp's gate, at the hilot's house, at the family
tomb, in the family's rice field, at the Vigan house) are hers (``location.precise`` where
sent); the heritage office, the dune outfitter, the cargo depot, the crop insurer's office, the
scout camp, the hilot's house and the cemetery's gate are businesses' or public places
(negatives). People: her husband, their son (a data subject: his name, birth date, sex, PhilSys
number and scout number are labelled), her mother-in-law, the aunt in Hawaii, her sister in the
US. Her documents: her PhilSys number (PSN, 12 digits; no public check-digit algorithm is known
to this author, so none was invented), her ACR I-Card number and her TIN (9 digits and a
3-digit branch code; the same caveat: no check digit was computed).
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

# --- her Laoag life -------------------------------------------------------------------------------
HOME = {"line": "27 Gen. Luna St", "brgy": "Brgy. 10 San Jose", "town": "Laoag City",
        "province": "Ilocos Norte", "post": "2900"}
HOME_AT = (18.197412, 120.594218)  # their house (location.precise where sent)
HUSBAND = ("Ronaldo Agcaoili", "+639175550142")  # typed by her: contact.*
MOTHER_IL = ("Perla Agcaoili", "+639185550117")  # her mother-in-law in Vigan
AUNT_HI = ("Corazon Ramos", "+18085550147", "cora.ramos@example.net")  # in Waipahu, Hawaii
AUNT_LINE = "94-1021 Waipahu St, Waipahu, HI 96797"  # the sender's address (contact.address)
SON = {"first": "Miguel", "last": "Agcaoili", "dob": "2015-08-03", "sex": "lalaki",
       "psn": "5820-1947-3306", "scout": "KS-ILN-2025-04417"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
PSN = "2718-4093-5561"  # her PhilSys number (personal.national_id)
ACR = "E0048127735"  # her ACR I-Card number (personal.national_id)
TIN = "418-207-365-000"  # her tax identification number (personal.national_id)
PH_ACCOUNT = "3021048716"  # her peso savings account (financial.payment)
GCASH_LIKE = "+639275550163"  # her local prepaid number, used for her e-wallet (contact.phone)

# --- Balaybato (Vigan heritage-house repair permits) ----------------------------------------------
VIGAN_HOUSE = {"line": "14 Calle Crisologo", "brgy": "Brgy. I Poblacion", "town": "Vigan City",
               "province": "Ilocos Sur", "taxdec": "TD-2019-03-04471"}  # the family's house
VIGAN_HOUSE_AT = (17.574612, 120.387104)  # the family's house (precise where sent)
HERITAGE_OFFICE = {"id": "vho_01", "name": "Vigan Heritage Conservation Office",
                   "phone": "+63776322014", "lat": 17.57508, "lon": 120.38699}  # (negatives)
PERMIT = "VHP-2026-0188"  # the repair permit application (a negative: the city's case number)
OWNER_NO = "VHO-OWN-03317"  # her owner's account at the office (id.user)

# --- Daratdaya (La Paz sand dunes 4x4 and sandboarding) -------------------------------------------
OUTFITTER = {"id": "lp_dune07", "name": "La Paz Dune Riders", "phone": "+639175550188",
             "lat": 18.20351, "lon": 120.54702}  # the outfitter's base (negatives)
DUNE_FIX = (18.204118, 120.544391)  # her phone on the dunes
RIDE = "DR-26-01947"  # her 4x4 booking (financial.purchase)

# --- Kahontulod (a balikbayan box from Hawaii) ----------------------------------------------------
BOX = "BB-HNL-7730192"  # the box's waybill (financial.purchase: a shipment she receives)
DEPOT = {"id": "dp_laoag", "name": "Laoag Cargo Depot", "lat": 18.19112,
         "lon": 120.60077, "phone": "+63777720551"}  # (negatives)
CONSIGNEE = "CN-0092214"  # her consignee account (id.user)

# --- Talonseguro (rice crop insurance after a typhoon) --------------------------------------------
FARM_AT = [(18.061522, 120.521410), (18.062144, 120.522603), (18.061037, 120.523288),
           (18.060418, 120.522091)]  # the family's rice parcel in Paoay (precise)
FIELD_FIX = (18.061406, 120.522377)  # her phone in the field
RSBSA = "01-28-13-022-00431"  # her husband's farmer registry number (personal.national_id)
POLICY = "PCI-ILN-25-118204"  # the crop policy (financial.purchase)
INSURER = {"id": "ins_iln", "name": "Ilocos Crop Protection Office",
           "lat": 18.17024, "lon": 120.59111}  # (negatives)

# --- Iskawtan (the son's scout camp) --------------------------------------------------------------
CAMP = {"id": "cmp_paoay", "name": "Paoay Lake Scout Camp", "lat": 18.12388,
        "lon": 120.53712, "phone": "+639175550109"}  # (negatives)
CAMP_FIX = (18.123611, 120.536894)  # her phone at the camp gate
TROOP = {"id": "trp_0417", "council": "Ilocos Norte Council"}  # (negatives)

# --- Agilot (a hilot and bone-setter) -------------------------------------------------------------
HILOT = {"id": "hl_sarrat", "name": "Manang Loring Hilot", "phone": "+639185550174",
         "lat": 18.15902, "lon": 120.64788}  # the healer's house in Sarrat (negatives)
HILOT_FIX = (18.158996, 120.647921)  # her phone there
PATIENT = "AGL-00871"  # her client card (id.user)

# --- Pakalaglagip (an Aglipayan parish cemetery and Undas) ----------------------------------------
CEMETERY = {"id": "cem_ifi_vgn", "name": "IFI Parish Cemetery, Vigan", "lat": 17.56992,
            "lon": 120.39174}  # (negatives)
TOMB = {"id": "nt_B-14-07", "section": "B", "row": "14"}  # the tomb's plot (negatives)
TOMB_FIX = (17.570118, 120.391502)  # her phone at the tomb on Undas
GRANDMA = ("Felicidad Agcaoili", "1931-02-11", "2019-11-02")  # the husband's late grandmother
MEMBER = "IFI-VGN-2207"  # her parish member number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ilo: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Iloko first with ``ilo``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ilo-PH,ilo;q=0.9,en;q=0.8" if ilo else "en-PH,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modelo": L("Pixel 8", DEV), "os": L("Android 14", DEV), "pagsasao": L(lang, DEV),
            "sona_oras": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "aparato_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a note): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"
