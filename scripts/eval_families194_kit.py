"""Helpers for the hundred-and-ninety-fourth (blind) evaluation set. The profile's transforms, wire
helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (Jane Doe) lives in Merida (Yucatan, Mexico), in
Garcia Gineres, with her Yucatec Maya husband Javier Canul Pech, her US SIM roaming on a Mexican
network; their daughter Ximena Canul Doe (8) is a data subject (name, birth date, CURP). Her
mother-in-law Rosa Pech Dzib lives in Valladolid (barrio Sisal); her sister-in-law Leticia Canul
Pech's daughter Valeria Pech Canul turns fifteen (the XV anos: a minor and a data subject, her
CURP, sizes and birth date labelled); her late father-in-law Anastasio Canul May is commemorated
by name; her sister Emily is in Ohio. Mexican numbers are computed with their check digits: the
CURP (18 characters, the last a mod-10 check over the 37-symbol alphabet), the RFC of a natural
person (13 characters, the homoclave's last character a mod-11 check) and the CLABE (18 digits,
weights 3-7-1, mod 10). Her places (the Merida house, her fixes at the cenote, the Valladolid
church, the hacienda, the vein clinic) are hers (``location.precise`` where sent); the cenote,
the church, the hacienda, the clinic and the service companies' yards are businesses' or the
parish's (negatives). A language school's own RFC (a company's, 12 characters) is a negative.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

ADDR, BIRTH, BUY, CARRIER = "contact.address", "personal.birthdate", "financial.purchase", \
    "location.carrier"
COARSE, CRED, DEV, DID = "location.coarse", "secret.credential", "device.info", "id.device"
FIT, GENDER, MAIL, MED = "health.fitness", "personal.gender", "contact.email", "health.medical"
MEDIA, NAMEC, NID, PAY = "content.media", "contact.name", "personal.national_id", \
    "financial.payment"
PRECISE, SEARCH, SENS, TEL = "location.precise", "behavior.search", "personal.sensitive", \
    "contact.phone"
TEXT, UID, USAGE, WIFI = "content.text", "id.user", "behavior.usage", "location.wifi"
Pt = tuple[float, float]
TZ = "America/Merida"

_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_RFC = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def curp(body17: str) -> str:
    """A CURP with its check digit (the RENAPO mod-10 rule over the 37-symbol alphabet)."""
    s = sum(_CURP.index(ch) * (18 - i) for i, ch in enumerate(body17))
    return body17 + str((10 - s % 10) % 10)


def rfc(body12: str) -> str:
    """An RFC with the homoclave's check character (the SAT mod-11 rule; a company's 11-character
    body gets a leading space)."""
    b = body12 if len(body12) == 12 else " " + body12
    s = sum(_RFC.index(ch) * (13 - i) for i, ch in enumerate(b))
    r = 11 - s % 11
    return body12 + ("0" if r == 11 else "A" if r == 10 else str(r))


def clabe(body17: str) -> str:
    """A CLABE with its check digit (weights 3, 7, 1; mod 10)."""
    s = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body17))
    return body17 + str((10 - s % 10) % 10)


# --- her Merida life ------------------------------------------------------------------------------
HOME = {"line": "Calle 27 No. 298 x 18 y 20", "col": "Garcia Gineres", "town": "Merida",
        "state": "Yucatan", "cp": "97070"}
HOME_AT = (20.987412, -89.640378)  # their house (location.precise where sent)
HUSBAND = ("Javier Canul Pech", "+529991847263", "javier.canul@example.net")  # typed: contact.*
MOTHER_IL = ("Rosa Pech Dzib", "+529858561174")  # Valladolid, barrio Sisal
SISTER_IL = ("Leticia Canul Pech", "+529851203388")  # the niece's mother
LATE_FIL = "Anastasio Canul May"  # her late father-in-law (commemorated by name)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
DAUGHTER = {"first": "Ximena", "last": "Canul Doe", "dob": "2017-03-08", "sex": "M",
            "curp": curp("CADX170308MYNNXMA")}
NIECE = {"first": "Valeria", "last": "Pech Canul", "dob": "2011-02-19",
         "curp": curp("PECV110219MYNCNLA")}
MY_CURP = curp("DOXJ910517MNEXXN0")  # her CURP as a temporary resident (born abroad: NE)
MY_RFC = rfc("DOJA910517K2")  # her RFC (RESICO, English tutoring)
MY_CLABE = clabe("00291001234567890")  # her peso account (financial.payment)
RESIDENT_CARD = "TR-1048-2299-7310"  # her temporary-resident card (personal.national_id)
MX_NET = "334020"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- the apps' businesses and places -------------------------------------------------------------
CENOTE = {"id": "cn_sacuay", "name": "Cenote Sac Uayum, Cooperativa Kaaj", "lat": 20.66021,
          "lon": -88.24608, "phone": "+529858551020"}  # (negatives)
CENOTE_FIX = (20.660187, -88.246035)
SEPTIC_YARD = {"id": "yd_poniente", "lat": 20.96612, "lon": -89.68230}  # (a negative)
AC_SHOP = {"id": "sh_altabrisa", "name": "Frio Peninsular Servicios", "phone": "+529999440012"}
CHURCH = {"id": "tpl_cand", "name": "Templo de la Candelaria, Valladolid", "lat": 20.69201,
          "lon": -88.20052}  # the guild's church (a negative as a place)
CHURCH_FIX = (20.692034, -88.200571)
MIL_AT = (20.686614, -88.209188)  # her mother-in-law's house in Valladolid (hers: precise)
HACIENDA = {"id": "hc_tzalam", "name": "Hacienda San Geronimo Tzalam", "lat": 21.07233,
            "lon": -89.55710, "phone": "+529999287741"}  # (negatives)
HACIENDA_FIX = (21.072301, -89.557148)
CLINIC = {"id": "cv_altab", "name": "Clinica Vascular del Sureste", "lat": 21.02144,
          "lon": -89.58631, "phone": "+529999301188"}  # (negatives)
CLINIC_FIX = (21.021418, -89.586344)
DOCTOR = ("Dra. Mariana Euan Cetina", "m.euan@cvs.example.org")  # typed by her: contact.*
SCHOOL_RFC = rfc("CIY150312AB")  # the language school's (a company's) RFC: a negative
STUDENT = ("Ricardo Gamboa Ake", rfc("GAAR850223H1"), "r.gamboa@example.com")  # her client


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: Any, rng: random.Random, iid: str, *, how: str = "plain", es: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Spanish first with ``es``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("es-MX,es;q=0.9,yua;q=0.8,en;q=0.7" if es else "en-MX,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "es_MX") -> dict[str, Any]:
    """An app's own device block in Maya keys (``nuukul`` device: ``device.info``)."""
    return {"modelo": L("Pixel 8", DEV), "os": L("Android 14", DEV), "taan": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "es_MX") -> dict[str, Any]:
    """A first-party push registration (the token and the install ID ``id.device``)."""
    return {"push_token": L(token, DID), "nuukul_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a visit): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AC_SHOP", "ADDR", "BIRTH", "BUY", "CARRIER", "CENOTE", "CENOTE_FIX", "CHURCH",
           "CHURCH_FIX", "CLINIC", "CLINIC_FIX", "COARSE", "CRED", "DAUGHTER", "DEV", "DID",
           "DOCTOR", "FIT", "GENDER", "HACIENDA", "HACIENDA_FIX", "HOME", "HOME_AT", "HUSBAND",
           "LATE_FIL", "MAIL", "MED", "MEDIA", "MIL_AT", "MOTHER_IL", "MX_NET", "MY_CLABE",
           "MY_CURP", "MY_RFC", "NAMEC", "NID", "NIECE", "PAY", "PRECISE", "RESIDENT_CARD",
           "SCHOOL_RFC", "SEARCH", "SENS", "SEPTIC_YARD", "SISTER_IL", "SISTER_US", "STUDENT",
           "TEL", "TEXT", "TZ", "UID", "USAGE", "WIFI", "clabe", "curp", "dev_block", "fix",
           "hd", "obj", "push", "rfc"]
