"""Helpers for the hundred-and-sixtieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Adama (Oromia, Ethiopia) with her Oromo
husband Gemechu Tolera and their son Robsan (born 2025-09-02, treated for clubfoot in Jimma,
where her parents-in-law live); her US SIM roams and she also has a local line. Her places
(their Adama house, her fixes at the studio, the lab's home visit, the cinema, her agent shop,
the railway station, the Jimma clinic, the lake at the thanksgiving, the in-laws' Jimma house)
are hers (``location.precise`` where sent); the galma, the clinic, the lab, the studio, the
cinema, the stations are businesses' or the community's (negatives). People: her husband, her
son (a data subject: name, birth date, sex, clinic number), her mother-in-law, her sister in
the US. Government numbers: Fayda FINs (12 digits, the last a Verhoeff check digit, computed
below, as MOSIP-style UINs carry), her US passport, her Ethiopian TIN (10 digits).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Addis_Ababa"

_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _P.append([_P[1][_P[_i - 1][j]] for j in range(10)])
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(body: str) -> str:
    """``body`` with its Verhoeff check digit appended."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _D[c][_P[(i + 1) % 8][int(ch)]]
    return body + str(_INV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _D[c][_P[i % 8][int(ch)]]
    return c == 0


# --- her Adama life -------------------------------------------------------------------------------
HOME = {"line": "Ganda 14, Mana Lakk. 1187", "area": "Boolee", "town": "Adama",
        "zone": "Shawaa Bahaa", "region": "Oromiyaa"}  # their house (line: contact.address)
HOME_AT = (8.547312, 39.281946)  # their house in Adama (location.precise where sent)
ET_LINE = "+251911482736"  # her local line (contact.phone; also her wallet number)
ET_LOCAL = "0911482736"  # the same line as typed locally
FIN = verhoeff("48213907561")  # her Fayda FIN (personal.national_id)
HUSBAND = ("Gemechu Tolera", "+251912305871", verhoeff("73904518226"))  # name, phone, FIN
SON = {"first": "Robsan", "last": "Gemechu", "dob": "2025-09-02", "sex": "dhiira",
       "dob_ec": "27/12/2017"}  # their son (a data subject; Ethiopian-calendar birth date too)
MOTHER_IL = ("Caaltuu Fayyisaa", "+251917220463")  # her mother-in-law in Jimma
SISTER_US = ("Sarah Doe", "+15550162240", "sarah.doe@example.net")
PASSPORT = "548201937"  # her US passport (personal.national_id)
TIN = "0043817265"  # her Ethiopian TIN (personal.national_id)
BANK = "1000418827365"  # her birr bank account (financial.payment)
DOB_EC = "09/09/1983"  # her birth date in the Ethiopian calendar (personal.birthdate)
JIMMA_HOUSE_AT = (7.672841, 36.834592)  # her parents-in-law's house in Jimma (her stays)

# --- Hora Galataa (a Waaqeffanna galma's thanksgiving and membership app) -------------------------
GALMA = {"id": "glm_jim03", "name": "Galma Waaqeffannaa Jimmaa", "lat": 7.67702,
         "lon": 36.83115}  # the community's house of worship (a negative as a place)
LAKE = {"id": "hr_harsadi", "name": "Hora Harsadi", "lat": 8.75361, "lon": 38.99503}
LAKE_FIX = (8.753488, 38.995211)  # her phone at the lake on thanksgiving day
MEMBER = "GWJ-0318-22"  # her galma membership number (id.user)

# --- Fakkii (an Adama photo studio: ID photos and portraits) --------------------------------------
STUDIO = {"id": "st_ad07", "name": "Fakkii Studio Adama", "phone": "+251221112907",
          "lat": 8.54122, "lon": 39.26980}  # (negatives)
STUDIO_FIX = (8.541236, 39.269781)

# --- Miila (a clubfoot clinic's Ponseti programme in Jimma) ---------------------------------------
CLINIC = {"id": "cf_jmc", "name": "Jimma Clubfoot Clinic", "phone": "+251471118020",
          "lat": 7.68105, "lon": 36.82912}  # (negatives)
CLINIC_FIX = (7.681032, 36.829145)
CHART = "JCC-2025-00917"  # Robsan's clinic number (health.medical)

# --- Qorannoo (a home sample-collection laboratory in Adama) --------------------------------------
LAB = {"id": "lb_ad02", "name": "Qorannoo Lab Adama", "lat": 8.54471, "lon": 39.27302}
LAB_ORDER = "QL-25-118204"  # her test order (financial.purchase)

# --- Fiilmii (an Adama cinema) --------------------------------------------------------------------
CINEMA = {"id": "cn_ad01", "name": "Sinimaa Biiftuu Adama", "lat": 8.54018, "lon": 39.27155,
          "phone": "+251221124455"}  # (negatives)
CINEMA_FIX = (8.540211, 39.271508)
CINE_CARD = "FB-77041-3"  # her cinema loyalty card (id.user)

# --- Wakiila (her mobile-money agent shop) --------------------------------------------------------
AGENT = "AG-OR-0455718"  # her agent number (id.user)
SHOP_AT = (8.549204, 39.277315)  # her shop (hers: location.precise)
FLOAT_ACC = "BBR-FLT-0455718"  # the shop's float wallet (financial.payment)

# --- Baabura (a standard-gauge railway's passenger app) -------------------------------------------
STATION = {"id": "stn_adama", "name": "Adama", "lat": 8.51442, "lon": 39.24088}
STATION_DD = {"id": "stn_diredawa", "name": "Dire Dawa", "lat": 9.61021, "lon": 41.84577}
TRAIN_FIX = (8.932418, 40.118305)  # her phone on the train (location.precise)
PNR = "BBR7Q4K2"  # her booking (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", om: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Afaan Oromo first with ``om``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("om-ET,om;q=0.9,en;q=0.8" if om else "en-ET,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_ET") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_ET") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a ticket): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


assert verhoeff_ok(FIN) and verhoeff_ok(HUSBAND[2]) and len(FIN) == 12

__all__ = ["AGENT", "BANK", "CHART", "CINEMA", "CINEMA_FIX", "CINE_CARD", "CLINIC", "CLINIC_FIX",
           "DOB_EC", "ET_LINE", "ET_LOCAL", "FIN", "FLOAT_ACC", "GALMA", "HOME", "HOME_AT",
           "HUSBAND", "JIMMA_HOUSE_AT", "LAB", "LAB_ORDER", "LAKE", "LAKE_FIX", "MEMBER",
           "MOTHER_IL", "PASSPORT", "PNR", "SHOP_AT", "SISTER_US", "SON", "STATION",
           "STATION_DD", "STUDIO", "STUDIO_FIX", "TIN", "TRAIN_FIX", "TZ", "dev_block", "fix",
           "hd", "obj", "push", "verhoeff", "verhoeff_ok"]
