"""Helpers for the hundred-and-eighty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Juchitan de Zaragoza (Isthmus of
Tehuantepec, Oaxaca, Mexico) with her Zapotec (binnizá) husband Candido Toledo Lopez; their
daughter Xunaxi (8) is in the third grade; her mother-in-law Francisca Lopez Santiago ("Na
Chica") lives in Tehuantepec; she is pregnant with their second child (due in June 2026). Her US
SIM roams on a Mexican network. Her places (their house in the 7th section, her fixes at the
vela hall, the family's parcel by the wind farm, the mototaxi stand, the cultural house, the
cord-blood bank's lab in Tehuantepec, the totopo bakery, the assembly point) are hers
(``location.precise`` where sent); the vela hall, the wind farm's substation and turbines, the
cultural house, the lab, the bakery cooperative and the civil-protection office are businesses'
or public places (negatives). People: her husband and mother-in-law (``contact.*`` when she
types them), their daughter (a data subject: her name, birth date, sex, CURP and pupil number are
labelled), her sister in the US, her obstetrician, her buyer in Texas.

Government numbers are computed with their check digits: her CURP (``NE``: born abroad), the
daughter's and the husband's, her RFC (homoclave and check digit), her CLABE (18 digits).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Mexico_City"

# --- her Juchitan life -----------------------------------------------------------------------------
HOME = {"line": "Calle 2 de Abril 38", "area": "Septima Seccion", "town": "Juchitan de Zaragoza",
        "state": "Oaxaca", "post": "70000"}
HOME_AT = (16.437214, -95.021836)  # their house (location.precise where sent)
HUSBAND = ("Candido Toledo Lopez", "+529711620385")  # typed by her: contact.*
HUSBAND_CURP = "TOLC870211HOCLPN04"
MOTHER_IL = ("Francisca Lopez Santiago", "+529711583307")  # "Na Chica", in Tehuantepec
DAUGHTER = {"first": "Xunaxi", "last": "Toledo Doe", "dob": "2017-08-05", "sex": "gunaa",
            "curp": "TODX170805MOCLXNA6", "pupil": "JZ-PRI-3B-0412"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
CURP = "DOXJ910517MNEXXN09"  # her CURP (NE: born abroad; check digit 9)
RFC = "DOXJ910517K76"  # her RFC with homoclave K7 and check digit 6
CLABE = "012610004581239062"  # her peso account (check digit 2; financial.payment)
RESIDENT = "RP-MX-0091274463"  # her permanent resident card number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
MX_NET = "334020"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Velanu (a vela society: the night ball for the patron saint) --------------------------------
VELA_HALL = {"id": "vh_cheguigo", "name": "Salon de Fiestas Cheguigo", "phone": "+529717120455",
             "lat": 16.43021, "lon": -95.02744}  # the ball's hall (negatives)
VELA_FIX = (16.430187, -95.027463)  # her phone at the ball
SOCIO = "VSV-2026-0318"  # her member number in the society (id.user)

# --- Biguidxi (the wind farm's landowner royalties) ------------------------------------------------
SUBSTATION = {"id": "ss_lv2", "name": "Subestacion Bi Guidxi II", "lat": 16.57412,
              "lon": -94.81907}  # (negative)
TURBINES = [("WTG-17", 16.56821, -94.82415), ("WTG-18", 16.56944, -94.82103)]  # (negatives)
PARCEL_AT = [(16.568902, -94.824551), (16.569733, -94.820812), (16.567311, -94.820104),
             (16.566642, -94.823917)]  # the family's parcel corners (hers: precise)
PARCEL = "PAR-LV-00771"  # the parcel's lease account (id.user)

# --- Motobinni (a mototaxi cooperative) ------------------------------------------------------------
STAND = {"id": "st_mercado", "name": "Sitio Mercado Juchitan", "lat": 16.43361,
         "lon": -95.01988}  # the cooperative's stand (negative)
SCHOOL_AT = (16.44102, -95.01571)  # the primary school's gate (a public place: negative)
RIDER = "MB-CLI-20931"  # her rider account (id.user)

# --- Saaxcuidi (the children's marimba and diidxaza workshop at the cultural house) --------------
CASA = {"id": "cc_juchitan", "name": "Casa de la Cultura de Juchitan", "phone": "+529717110033",
        "lat": 16.43402, "lon": -95.02012}  # (negatives)
CASA_FIX = (16.434011, -95.020158)

# --- Nabani (a cord-blood bank) ----------------------------------------------------------------------
LAB = {"id": "lb_tehuantepec", "name": "Laboratorio Nabani Tehuantepec", "phone": "+529717152210",
       "lat": 16.32291, "lon": -95.23906}  # (negatives)
LAB_FIX = (16.322874, -95.239112)
CONTRACT = "NB-2026-00581"  # her storage contract (financial.purchase)
OBSTETRICIAN = ("Dra. Rosalia Jimenez Orozco", "r.jimenez@ginecoistmo.example.org")

# --- Guetaxpor (totopo export: she sells the women's bakery cooperative's totopos to Texas) ------
BAKERY = {"id": "coop_comiscal", "name": "Cooperativa Comiscal Gunaa Xhono", "lat": 16.42988,
          "lon": -95.01402}  # the cooperative's bakery (negative)
BAKERY_FIX = (16.429901, -95.014077)
EXPORTER = "GX-EXP-0044"  # her exporter account (id.user)
BUYER = ("Rosa Martinez", "rosa@tiendaistmo.example.com")  # her buyer in Houston, typed: contact.*

# --- Alertaxu (seismic alert and household emergency plan) ------------------------------------------
MEETING_AT = (16.43655, -95.02217)  # the neighbourhood's public meeting point (negative)
HOUSEHOLD = "AX-JZ-7S-01188"  # their household registration (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", zap: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Spanish first, Zapotec first with ``zap``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("zai-MX,es-MX;q=0.9,en;q=0.7" if zap else "es-MX,es;q=0.9,en;q=0.8",
                             DEV)
    return h


def dev_block(lang: str = "es_MX") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"modelo": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "es_MX") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "install_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a table, a ride, a lot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BAKERY", "BAKERY_FIX", "BUYER", "CASA", "CASA_FIX", "CLABE", "CONTRACT", "CURP",
           "DAUGHTER", "EXPORTER", "HOME", "HOME_AT", "HOUSEHOLD", "HUSBAND", "HUSBAND_CURP",
           "LAB", "LAB_FIX", "MEETING_AT", "MOTHER_IL", "MX_NET", "OBSTETRICIAN", "PARCEL",
           "PARCEL_AT", "PASSPORT", "RESIDENT", "RFC", "RIDER", "SCHOOL_AT", "SISTER_US", "SOCIO",
           "STAND", "SUBSTATION", "TURBINES", "TZ", "VELA_FIX", "VELA_HALL", "dev_block", "fix",
           "hd", "obj", "push"]
