"""Helpers for the hundred-and-ninety-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Angeles City (Pampanga, Central Luzon, the
Philippines) with her Kapampangan husband Arnel Manalang; their daughter Ysabel (10) plays the
bandurria in a youth rondalla; her mother-in-law Remedios ("Ima Ising") Manalang lives in the
family's old house in Barangay Dolores, City of San Fernando; the family has a milkfish and
tilapia fishpond in Sasmuan. She trains call-centre agents (accent and voice coaching) at an
outsourcing office in the Clark Freeport. Her US SIM roams on a Philippine network and she has a
local prepaid number for her e-wallet. Her places (their house in Villa Mercedes, Pulung Bulu,
her fixes at the lantern workshop, the balloon field, the fishpond dikes, the mother-in-law's
house, the health centre, the rondalla hall, the Clark office) are hers (``location.precise``
where sent); the workshop, the festival field, the fish port, the chapel, the health centre, the
rondalla's hall and the union office are businesses' or public places (negatives). People: her
husband (``contact.*`` when she types him), their daughter (a data subject: her name, birth date,
sex, PhilSys card number and member number are labelled), her mother-in-law, her sister in the US,
the fishpond's caretaker, her rondalla teacher, the lantern maker. Her documents: her ACR I-Card
number, TIN, SSS and PhilHealth numbers (``personal.national_id``; no public check-digit scheme
exists for them: the BIR declined to publish the TIN's check digit, so the numbers are only
well-formed), her local bank account and e-wallet number (``financial.payment``).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Manila"

# --- her Angeles life -----------------------------------------------------------------------------
HOME = {"line": "14 Sampaguita St, Villa Mercedes Subd.", "brgy": "Pulung Bulu",
        "town": "Angeles City", "prov": "Pampanga", "post": "2009"}
HOME_AT = (15.140832, 120.594217)  # their house (location.precise where sent)
HUSBAND = ("Arnel Manalang", "+639178204415")  # typed by her: contact.*
MOTHER_IL = ("Remedios Manalang", "+639209917342")  # Ima Ising, Brgy. Dolores, San Fernando
MIL_HOME = {"line": "221 Consunji St", "brgy": "Dolores", "town": "City of San Fernando"}
MIL_AT = (15.043671, 120.679214)  # the family's old house in Dolores (the family's: precise)
DAUGHTER = {"first": "Ysabel", "last": "Manalang", "dob": "2015-11-03", "sex": "babai",
            "pcn": "4219660731852094", "member": "RDL-Y-0311"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
LOCAL_NO = "+639271650388"  # her local prepaid number (her e-wallet; contact.phone)
ACR = "E000918274"  # her ACR I-Card number (personal.national_id)
TIN = "417-582-903-000"  # her TIN (personal.national_id)
SSS = "34-5678901-2"  # her SSS number (personal.national_id)
PHILHEALTH = "01-251234567-8"  # her PhilHealth number (personal.national_id)
PH_ACCOUNT = "007341198265"  # her peso savings account (financial.payment)
PH_NET = "51503"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Parulan (a giant-lantern workshop's commissions) ---------------------------------------------
WORKSHOP = {"id": "ws_stalucia", "name": "Lansangan Parul Workshop", "phone": "+63459612244",
            "lat": 15.03361, "lon": 120.68292}  # the workshop (negatives)
WORKSHOP_FIX = (15.033588, 120.682951)
LANTERN_ORDER = "PR-2025-0418"  # her commission (financial.purchase)
MAKER = ("Rolando Lansangan", "+639158830412")  # the lantern maker (a business's contact)

# --- Lobu (the Clark hot-air balloon festival) ----------------------------------------------------
FIELD = {"id": "fld_clark", "name": "Clark Balloon Field", "lat": 15.18592,
         "lon": 120.54617}  # the festival field (a negative)
FIELD_FIX = (15.185744, 120.546402)
TICKET = "LB26-ANG-77120"  # the family's tickets (financial.purchase)

# --- Asanan (the family fishpond in Sasmuan) ------------------------------------------------------
POND_AT = [(14.941862, 120.620513), (14.942790, 120.621934), (14.941455, 120.622688),
           (14.940601, 120.621140)]  # the pond's corners (the family's: precise)
DIKE_FIX = (14.941702, 120.621577)  # her phone on the dike
FISHPORT = {"id": "fp_sasmuan", "name": "Sasmuan Fish Landing", "lat": 14.93822,
            "lon": 120.61604}  # the fish landing (a negative)
POND = "ASN-SAS-0147"  # the pond's account (id.user)
CARETAKER = ("Danilo Sicat", "+639394471826")  # the caretaker (katiwala)

# --- Maleldo (a chapel's Holy Week: pabasa, Visita Iglesia) ---------------------------------------
CHAPEL = {"id": "cp_dolores", "name": "Dolores Chapel of San Roque", "lat": 15.04291,
          "lon": 120.67843}  # (a negative)
CHAPEL_FIX = (15.042887, 120.678466)
DEVOTEE = "SRQ-DV-2291"  # her devotee number (id.user)

# --- Albugsaup (the city health office's leptospirosis programme) ---------------------------------
HEALTH_CTR = {"id": "hc_pulung", "name": "Pulung Bulu Health Centre", "phone": "+63453221087",
              "lat": 15.13977, "lon": 120.59612}  # (negatives)
HEALTH_FIX = (15.139741, 120.596158)
CASE_NO = "LEP-ANG-2025-0832"  # her patient case number (health.medical)

# --- Rondalya (the daughter's youth rondalla) -----------------------------------------------------
HALL = {"id": "hall_sto", "name": "Santo Rosario Youth Rondalla Hall", "lat": 15.13671,
        "lon": 120.58933}  # (a negative)
HALL_FIX = (15.136694, 120.589371)
TEACHER = ("Mrs. Lourdes Tuazon", "l.tuazon@rondalya.example.org")  # typed by her: contact.*

# --- Kapisanan (the Clark contact-centre workers' union) ------------------------------------------
OFFICE_AT = (15.168934, 120.582217)  # her fix at the Clark office (precise)
UNION = {"id": "un_clark", "name": "Clark Contact Centre Workers' Union", "lat": 15.16512,
         "lon": 120.58801}  # the union's office (a negative)
MEMBER = "KCC-0004418"  # her union membership number (id.user)
EMPLOYEE = "EMP-221873"  # her employee number at the outsourcing firm (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", pam: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Kapampangan first with ``pam``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("pam-PH,pam;q=0.9,en;q=0.8" if pam else "en-PH,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PH") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PH") -> dict[str, Any]:
    """A first-party push registration with Kapampangan keys (``gamit`` device, ``amanu``
    language): the token and the install ID ``id.device``, the device ``device.info``."""
    return {"push_token": L(token, DID), "gamit_id": L(INSTALL_ID, DID),
            "modelu": L("Pixel 8", DEV), "os": L("Android 14", DEV), "amanu": L(lang, DEV),
            "oras_zona": L(TZ, DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a batch): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ACR",
    "CARETAKER",
    "CASE_NO",
    "CHAPEL",
    "CHAPEL_FIX",
    "DAUGHTER",
    "DEVOTEE",
    "DIKE_FIX",
    "EMPLOYEE",
    "FIELD",
    "FIELD_FIX",
    "FISHPORT",
    "HALL",
    "HALL_FIX",
    "HEALTH_CTR",
    "HEALTH_FIX",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "LANTERN_ORDER",
    "LOCAL_NO",
    "MAKER",
    "MEMBER",
    "MIL_AT",
    "MIL_HOME",
    "MOTHER_IL",
    "OFFICE_AT",
    "PHILHEALTH",
    "PH_ACCOUNT",
    "PH_NET",
    "POND",
    "POND_AT",
    "SISTER_US",
    "SSS",
    "TEACHER",
    "TICKET",
    "TIN",
    "TZ",
    "UNION",
    "WORKSHOP",
    "WORKSHOP_FIX",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
