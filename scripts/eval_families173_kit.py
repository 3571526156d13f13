"""Helpers for the hundred-and-seventy-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Huejutla de Reyes (Hidalgo, the Huasteca,
Mexico) with her Nahua husband Aurelio Bautista Hernandez, her US SIM roaming on a Mexican
network; their daughter Xochitl (8) is in the third grade of a bilingual (Nahuatl-Spanish)
primary school; her mother-in-law Cirila lives in the family's village near Chicontepec
(Veracruz), where the family has an orange orchard. Her places (their house in Huejutla, her
fixes at the family grave, the village, the orchard, the school gate, the health post) are hers
(``location.precise`` where sent); the church, the cemetery's gate, the health post, the packing
house, the school, the village hall and the network's towers are the public's or businesses'
(negatives). People: her husband (``contact.*`` when she types him), their daughter (a data
subject: her name, birth date, sex, CURP and reader number are labelled), her mother-in-law,
her sister in the US, the health promoter.

Identity numbers are computed: her CURP (a foreign resident's, ``NE``) ``DOXJ910517MNEXXN09``,
the daughter's ``BADX170308MHGTXCA1``, the husband's ``BAHA881102HVZTRR01``, the
mother-in-law's ``HEMC590614MVZRRR03`` (each with its check digit, RENAPO's weights 18..2 over
the 37-symbol alphabet); her RFC ``DOXJ910517K76`` (SAT's mod-11 check); her CLABE
``013180001234567898`` (weights 3, 7, 1).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Mexico_City"

# --- her Huejutla life ----------------------------------------------------------------------------
HOME = {"line": "Av. Juarez 212, int. 3", "area": "Parque de Poblamiento",
        "town": "Huejutla de Reyes", "region": "Hidalgo", "post": "43000"}
HOME_AT = (21.138921, -98.421604)  # their house (location.precise where sent)
HUSBAND = ("Aurelio Bautista Hernandez", "+527891034417")  # typed by her: contact.*
HUSBAND_CURP = "BAHA881102HVZTRR01"
MOTHER_IL = ("Cirila Hernandez Martinez", "+527461120385")  # in the village near Chicontepec
MIL_CURP = "HEMC590614MVZRRR03"
DAUGHTER = {"first": "Xochitl", "last": "Bautista Doe", "dob": "2017-03-08", "sex": "siwatl",
            "curp": "BADX170308MHGTXCA1", "reader": "AMX-3B-0452"}  # a data subject
SISTER_US = ("Laura Doe", "+15550162214", "laura.doe@example.net")  # her sister in Ohio
CURP = "DOXJ910517MNEXXN09"  # her CURP (personal.national_id)
RFC = "DOXJ910517K76"  # her tax ID (personal.national_id)
RESIDENT_CARD = "TR-1142807731"  # her permanent-resident card (personal.national_id)
CLABE = "013180001234567898"  # her peso account (financial.payment)
MX_NET = "334140"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- the family's village near Chicontepec ---------------------------------------------------------
VILLAGE = {"name": "Tecomate", "muni": "Chicontepec", "region": "Veracruz", "post": "92709"}
VILLAGE_HALL = {"id": "ag_tecom", "lat": 20.96512, "lon": -98.15233}  # the village hall (negative)
GRAVE_FIX = (20.963874, -98.149502)  # her phone at the family grave
CEMETERY = {"id": "pt_tecom", "lat": 20.96411, "lon": -98.14993}  # the cemetery gate (negative)
CHURCH = {"id": "tp_sjuan", "name": "Parroquia San Juan Bautista", "lat": 20.97161,
          "lon": -98.16822}  # the parish church in Chicontepec (negative)
FAENA_FIX = (20.965502, -98.151877)  # her fix at the communal work on the road
ORCHARD_AT = [(20.958113, -98.146210), (20.958640, -98.144871), (20.957402, -98.144322),
              (20.956951, -98.145780)]  # the family's orange orchard corners (hers: precise)
ORCHARD_FIX = (20.957812, -98.145301)  # her phone among the trees at harvest
PACKER = {"id": "emp_tc", "name": "Empacadora Tres Cerros", "phone": "+527468440190",
          "lat": 20.99102, "lon": -98.19854}  # the packing house (negatives)
HEALTH_POST = {"id": "cs_tehue", "name": "Casa de Salud Tehuetlan", "phone": "+527898961102",
               "lat": 21.11872, "lon": -98.43190}  # the health post (negatives)
PROMOTER = ("Ofelia Santiago Cruz", "ofelia.santiago@salud.example.org")  # the health promoter
SCHOOL = {"id": "es_tlamatini", "name": "Primaria Bilingue Tlamatini", "lat": 21.14322,
          "lon": -98.41788, "phone": "+527891360022"}  # the school (negatives)
GATE_FIX = (21.143188, -98.417951)  # her fix at the school gate


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", es: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Spanish first with ``es``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("es-MX,es;q=0.9,en;q=0.8" if es else "en-MX,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "es_MX") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "es_MX") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a lot, a ticket line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CEMETERY", "CHURCH", "CLABE", "CURP", "DAUGHTER", "FAENA_FIX", "GATE_FIX",
           "GRAVE_FIX", "HEALTH_POST", "HOME", "HOME_AT", "HUSBAND", "HUSBAND_CURP", "MIL_CURP",
           "MOTHER_IL", "MX_NET", "ORCHARD_AT", "ORCHARD_FIX", "PACKER", "PROMOTER",
           "RESIDENT_CARD", "RFC", "SCHOOL", "SISTER_US", "TZ", "VILLAGE", "VILLAGE_HALL",
           "dev_block", "fix", "hd", "obj", "push"]
