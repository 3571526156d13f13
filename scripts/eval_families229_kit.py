"""Helpers for the two-hundred-and-twenty-ninth (blind) evaluation set ("blind226"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Huambo (Angola) with her husband Abilio
Chissingui, an agronomist from Cuima (Caala municipality), her US SIM roaming on an Angolan
network; their son Kalei (8) goes to school in Huambo and to a children's capoeira academy; his
mother Rosalina Nassoma Chissingui lives in Lobito (Benguela province), where the family spends
the holidays; his brother Ernesto farms the family's maize field at Cuima. Her places (their
rent-to-own flat in a state housing estate, the family field at Cuima, her fixes at the academy,
the clinic, ATMs in Huambo and Benguela) are hers (``location.precise`` where sent); the academy,
the clinic, the housing estate's office, ATMs, the ox team's kraal, the demining team's base and
hazard markers are businesses', the state's or public points (negatives). People: her husband
(``contact.*`` when she types him), their son (a data subject: his name, birth date, sex, ID card
number, student number and health are labelled), her mother-in-law, her brother-in-law, a friend
she refers to a survey panel.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Luanda"

# --- her Huambo life ------------------------------------------------------------------------------
HOME = {"line": "Centralidade Sakala, Edificio B7, Apt 3D", "bairro": "Sakala",
        "town": "Huambo", "province": "Huambo"}  # Angola has no postal codes
HOME_AT = (-12.748216, 15.782904)  # their flat (location.precise where sent)
HUSBAND = ("Abilio Chissingui", "+244923418206")  # typed by her: contact.*
SON = {"first": "Kalei", "last": "Chissingui", "dob": "2017-04-03", "sex": "M",
       "bi": "006731842HO049", "student": "ENG-HBO-0388"}  # a data subject (sets 29, 35, 37)
MOTHER_IL = ("Rosalina Nassoma Chissingui", "+244912604738")  # his mother, in Lobito
BROTHER_IL = ("Ernesto Chissingui", "+244931775210")  # his brother, farms the field at Cuima
FRIEND = ("Teresa Kapingala", "+244946215307", "teresa.kapingala@example.net")  # a friend
RESIDENT_CARD = "CR-HBO-0417736"  # her Angolan foreign-resident card (personal.national_id)
PASSPORT = "593814207"  # her US passport (personal.national_id)
NIF = "5001749382"  # her Angolan tax number (personal.national_id)
AO_IBAN = "AO06005500000281746310179"  # her kwanza account (financial.payment)
AO_NET = "63102"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Lunguka (mine-risk reports and cleared-land checks) ------------------------------------------
FIELD_AT = [(-13.241862, 15.633417), (-13.241305, 15.634502), (-13.242290, 15.635118),
            (-13.242847, 15.634031)]  # the family's maize field corners at Cuima (precise)
FIELD_FIX = (-13.242114, 15.634288)  # her phone in the field
HAZARD_AT = (-13.24391, 15.63166)  # a red hazard marker on the track (a public point: negative)
DEMINERS = {"id": "dt_hbo_07", "base": "Caala team base", "lat": -12.85291,
            "lon": 15.56034}  # the clearance team's base (negative)

# --- Limisa (ox-plough team hire) -----------------------------------------------------------------
KRAAL = {"id": "kr_cuima_12", "owner": "Sr. Domingos Katchiungo", "phone": "+244925330917",
         "lat": -13.23811, "lon": 15.62952}  # the ox team's kraal and its owner (negatives)
PLOUGH_JOB = "LM-25-11-00417"  # her ploughing booking (financial.purchase)

# --- Engolo (the son's capoeira academy) ----------------------------------------------------------
ACADEMY = {"id": "ac_hbo_cidade", "name": "Engolo Capoeira Huambo", "phone": "+244222281440",
           "lat": -12.77482, "lon": 15.73391}  # the academy (negatives)
ACADEMY_FIX = (-12.774851, 15.733862)  # her fix at the academy door

# --- Onjo Yetu (the rent-to-own flat in a state housing estate) -----------------------------------
CONTRACT = "RR-SAK-B7-3D-2023"  # their rent-to-own contract (the tenancy account: id.user)
ESTATE = {"id": "est_sakala", "office": "Sakala estate office", "block": "B7",
          "lat": -12.74689, "lon": 15.78044}  # (negatives)

# --- Omuenyo (the clinic that does medical exams for residence renewals) --------------------------
CLINIC = {"id": "cl_hbo_sm", "name": "Clinica Omuenyo Huambo", "phone": "+244222280915",
          "lat": -12.77044, "lon": 15.74218}  # (negatives)
CLINIC_FIX = (-12.770418, 15.742207)
PATIENT = "CSM-2026-01187"  # her patient file (health.medical, as set 151's chart number)

# --- Ondaka (a paid opinion-survey panel) ---------------------------------------------------------
PANELIST = "OND-PN-7720461"  # her panel number (id.user)
SHOP_AT = (-12.77603, 15.73925)  # the supermarket whose shelf she audits (a business: negative)
SHOP_FIX = (-12.776018, 15.739271)  # her fix inside it

# --- Ombongo (which ATM has cash; Huambo and Benguela) --------------------------------------------
ATM_HBO = {"id": "atm_hbo_0221", "site": "Agencia Avenida da Independencia", "lat": -12.77521,
           "lon": 15.73864}  # (negatives)
ATM_BGU = {"id": "atm_bgu_0107", "site": "Praca 28 de Fevereiro, Benguela", "lat": -12.57752,
           "lon": 13.40591}
ATM_HBO_FIX = (-12.775193, 15.738677)
ATM_BGU_FIX = (-12.577498, 13.405942)
LOBITO_AT = (-12.357214, 13.551908)  # her mother-in-law's house in Lobito (where they stay)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", pt: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Portuguese first with ``pt``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("pt-AO,pt;q=0.9,en;q=0.8" if pt else "en-AO,en;q=0.9,pt;q=0.8",
                             DEV)
    return h


def dev_block(lang: str = "en_AO") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_AO") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a report, a slot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "ACADEMY_FIX", "AO_IBAN", "AO_NET", "ATM_BGU", "ATM_BGU_FIX", "ATM_HBO",
           "ATM_HBO_FIX", "BROTHER_IL", "CLINIC", "CLINIC_FIX", "CONTRACT", "DEMINERS", "ESTATE",
           "FIELD_AT", "FIELD_FIX", "FRIEND", "HAZARD_AT", "HOME", "HOME_AT", "HUSBAND", "KRAAL",
           "LOBITO_AT", "MOTHER_IL", "NIF", "PANELIST", "PASSPORT", "PATIENT", "PLOUGH_JOB",
           "RESIDENT_CARD", "SHOP_AT", "SHOP_FIX", "SON", "TZ", "dev_block", "fix", "hd", "obj",
           "push"]
