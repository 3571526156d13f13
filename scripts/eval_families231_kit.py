"""Helpers for the two-hundred-and-thirty-first (blind) evaluation set ("blind228"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Niamey (Niger; Koira Kano) with her Zarma
husband Issoufou Hamani, an agronomist from Dosso, her US SIM roaming (a local Niger SIM carries
her mobile-money wallet); their son Seyni (8) is in the third year of primary school; her
mother-in-law Mariama Boubacar lives in the family compound in Dosso, where the family's millet
field lies. Her places (their Koira Kano house, her fixes at the pirogue landing, on the river,
at the clinic, at the alfa's house, at the art centre, at the print shop, in the Dosso field) are
hers (``location.precise`` where sent); the landing, the clinic, the alfa's house as a place, the
art centre, the print shop, the incense seller's shop and the tractor yard are businesses' or
public places (negatives). People: her husband (``contact.*`` when she types him), their son (a
data subject: his name, birth date, sex, birth-certificate number and pupil number are
labelled), her mother-in-law, her husband's sister Hadiza, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Niamey"

# --- her Niamey life ------------------------------------------------------------------------------
NY_HOME = {"line": "Rue KK-37, porte 112", "area": "Koira Kano", "town": "Niamey",
           "region": "Niamey", "commune": "Commune I"}
NY_HOME_AT = (13.548712, 2.097346)  # their house (location.precise where sent)
HUSBAND = ("Issoufou Hamani", "+22796412278")  # typed by her: contact.*
MOTHER_IL = ("Mariama Boubacar", "+22790317745")  # her mother-in-law in Dosso
SISTER_IL = ("Hadiza Hamani", "+22794880213")  # her husband's sister in Niamey
SON = {"first": "Seyni", "last": "Hamani", "dob": "2017-11-03", "sex": "aru",
       "birthcert": "NY-C1-2017-004418", "pupil": "EP-KK2-3B-0271"}  # a data subject
SISTER_US = ("Sarah Doe", "+15550148831", "sarah.doe@example.net")  # her sister in Oregon
RESIDENCE = "CS-NE-2024-018472"  # her Niger residence card (carte de séjour): national_id
PASSPORT = "583104726"  # her US passport (personal.national_id)
NE_ACCOUNT = "NE71NE0470100203014472350081"  # her CFA franc account (financial.payment)
NE_WALLET = "+22790412763"  # her local SIM's mobile-money number (contact.phone)
NE_NET = "61404"  # the visited network's MCC/MNC while roaming (location.carrier)
DOSSO_HOME = {"area": "Quartier Zongo", "town": "Dosso", "region": "Dosso"}

# --- Isahi (pirogue rides and crossings on the Niger) ---------------------------------------------
LANDING = {"id": "lnd_gaweye", "name": "Embarcadere Gaweye", "phone": "+22720735514",
           "lat": 13.50698, "lon": 2.11012}  # the boatmen's landing (a negative)
LANDING_FIX = (13.506941, 2.110204)  # her phone at the landing
RIVER_FIX = (13.553107, 2.041882)  # her phone on the river, upstream towards Boubon
BOUBON_AT = (13.59741, 1.96812)  # Boubon's pottery village landing (a public place: negative)
RIDER_CARD = "ISA-0093-4417"  # her rider card (id.user)
TRIP = "HI-26-03118"  # the Boubon outing booked (financial.purchase)

# --- Gaabaani (a private clinic's typhoid follow-up) ----------------------------------------------
CLINIC = {"id": "cl_plateau", "name": "Clinique Gaabaani Plateau", "phone": "+22720724410",
          "lat": 13.52108, "lon": 2.10493}  # the clinic (negatives)
CLINIC_FIX = (13.521064, 2.104951)
DOSSIER = "CGP-2026-00731"  # her clinic file number (health.medical)
DOCTOR = ("Dr Aissata Moumouni", "a.moumouni@gaabaani.example.org")  # typed by her: contact.*

# --- Alfasanni (an alfa's consultations and prayers) ----------------------------------------------
ALFA = {"id": "alf_lazaret", "name": "Alfa Souleymane Garba", "lat": 13.54712,
        "lon": 2.08219}  # the alfa's house (a negative as a place; his name a business's)
ALFA_FIX = (13.547093, 2.082247)
CLIENT_NO = "ALF-0418"  # her number in the alfa's book (id.user)

# --- Fari Gaabi (tractor hire for the Dosso millet field) -----------------------------------------
FIELD_AT = [(13.071204, 3.158117), (13.071892, 3.159603), (13.070611, 3.160228),
            (13.069987, 3.158702)]  # the family's millet field's corners (hers: precise)
FIELD_FIX = (13.070911, 3.159204)  # her phone in the field
YARD = {"id": "yd_dosso", "name": "Parc Tracteurs Dosso", "lat": 13.04877,
        "lon": 3.19418, "phone": "+22720650381"}  # the tractor yard (negatives)
FARMER = "FG-DS-0552"  # her farmer account (id.user)
JOB = "FG-26-1184"  # the ploughing job (financial.purchase)

# --- Zanka Suura (a children's drawing-and-painting workshop) -------------------------------------
CENTRE = {"id": "ctr_gaweye_arts", "name": "Atelier Zanka Suura, Plateau", "lat": 13.51633,
          "lon": 2.10811, "phone": "+22720733309"}  # the art centre (negatives)
CENTRE_FIX = (13.516352, 2.108077)
GROUP = {"id": "grp_sam_7_9", "day": "samedi", "slot": "09:00"}  # (negatives)

# --- Tirafu (a print and copy shop) ---------------------------------------------------------------
SHOP = {"id": "tf_gm", "name": "Tirafu Grand Marche", "phone": "+22720731190",
        "lat": 13.51421, "lon": 2.11304}  # the print shop (negatives)
SHOP_FIX = (13.514188, 2.113061)
PRINT_ACC = "TF-C-20931"  # her customer account (id.user)

# --- Kaanu (an incense and perfume seller) --------------------------------------------------------
SELLER = {"id": "kn_yantala", "name": "Kaanu Yantala", "phone": "+22791203344",
          "lat": 13.53011, "lon": 2.09074}  # the seller's shop (negatives)
LOYALTY = "KN-7716"  # her loyalty number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-NE,fr;q=0.9,en;q=0.8" if fr else "en-NE,en;q=0.9,fr;q=0.7",
                             DEV)
    return h


def dev_block(lang: str = "en_NE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NE") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ALFA", "ALFA_FIX", "BOUBON_AT", "CENTRE", "CENTRE_FIX", "CLIENT_NO", "CLINIC",
           "CLINIC_FIX", "DOCTOR", "DOSSIER", "DOSSO_HOME", "FARMER", "FIELD_AT", "FIELD_FIX",
           "GROUP", "HUSBAND", "JOB", "LANDING", "LANDING_FIX", "LOYALTY", "MOTHER_IL",
           "NE_ACCOUNT", "NE_NET", "NE_WALLET", "NY_HOME", "NY_HOME_AT", "PASSPORT", "PRINT_ACC",
           "RESIDENCE", "RIDER_CARD", "RIVER_FIX", "SELLER", "SHOP", "SHOP_FIX", "SISTER_IL",
           "SISTER_US", "SON", "TRIP", "TZ", "YARD", "dev_block", "fix", "hd", "obj", "push"]
