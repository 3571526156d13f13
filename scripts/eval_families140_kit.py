"""Helpers for the hundred-and-fortieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Tirana (Albania) with her
Albanian husband Arben Hoxha and their son Ilir (8), her US SIM roaming. Her places (the flat off
Rruga e Elbasanit, her fixes at the raki kazan in Petrele, at the tekke, at the skin clinic, at
the judo hall, on the beach at Dhermi, at the migration office, at the furgon terminal, on Mount
Tomorr, the family house in the Permet village) are hers (``location.precise`` where sent); the
kazan, the tekke, the clinic, the judo hall, the beach club, the office and the terminal are
businesses' or the state's (negatives as places). People: her husband (``contact.*`` when she
types him; his personal number ``personal.national_id``), their son (a data subject: his name,
birth date, sex, personal number, weight and height are labelled), her mother-in-law in the
village, a friend from the tekke, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Tirane"

# --- her Tirana life ------------------------------------------------------------------------------
HOME = {"line": "Rruga e Elbasanit 118, Pallati 4, Shk. 2, Ap. 14", "area": "Lagjja 6",
        "town": "Tirana", "postcode": "1010", "county": "Tirane", "unit": "Njesia Nr. 7"}
HOME_AT = (41.318842, 19.832517)  # her flat (location.precise where sent)
HUSBAND = ("Arben Hoxha", "+355692418806")  # typed by her: contact.*
HUSBAND_NID = "H70412077A"  # his Albanian personal number (personal.national_id)
SON = {"first": "Ilir", "last": "Hoxha", "dob": "2017-09-03", "sex": "M",
       "nid": "M70903118K", "weight": 27.4}  # a data subject (sets 29, 35, 37)
MOTHER_IN_LAW = ("Drita Hoxha", "+355682207714",
                 "Fshati Leusë, Përmet")  # typed by her: contact.*
VILLAGE_AT = (40.229614, 20.366201)  # the family house in the village (hers: precise)
FRIEND = ("Elona Kraja", "+355672905561")  # a friend from the tekke
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
PASSPORT = "582204613"  # her US passport (personal.national_id)
PERMIT = "LQ-2026-0044871"  # her Albanian residence permit (personal.national_id)
NID_AL = "I15517999W"  # the personal number on her permit (personal.national_id)
AL_IBAN = "AL35202111090000000001234567"  # her Tirana bank account (financial.payment)
MOBILE_AL = "+355695550199"  # her local prepaid SIM's number, typed (contact.phone)

# --- Kazanxhiu (a raki distillery's booking app; Albanian keys) -----------------------------------
KAZAN = {"id": "kz_ptr", "name": "Kazani i Petreles", "phone": "+355692200418",
         "lat": 41.25531, "lon": 19.85472, "licence": "AKC-TR-0417"}  # the kazan (negatives)
KAZAN_FIX = (41.255288, 19.854691)  # her phone at the kazan
KARTELA = "KZ-0091-7743"  # her customer card (id.user)
KAZAN_BOOKING = "RZ-2511-0388"  # the distilling booking (financial.purchase)

# --- Teqenet (a Bektashi tekke's community app) ---------------------------------------------------
TEKKE = {"id": "tq_kdr", "name": "Teqeja e Kodres", "lat": 41.33981, "lon": 19.83012,
         "phone": "+355042230119"}  # the tekke (negatives as a place)
TEKKE_FIX = (41.339832, 19.830147)
TOMORR_FIX = (40.674108, 20.140327)  # her phone at the Abbas Ali tyrbe on the pilgrimage
MURID = "BKT-TR-2207"  # her community member number (id.user)

# --- Dritaderm (a vitiligo phototherapy clinic's app) ---------------------------------------------
DERM = {"id": "dc_tr1", "name": "Klinika Dermatologjike Drita", "phone": "+355044580210",
        "lat": 41.32702, "lon": 19.81344}  # the clinic (negatives)
DERM_FIX = (41.327043, 19.813412)
CHART = "KDD-26-00731"  # her clinic chart number (health.medical)
CABIN = {"serial": "UVB-311-TX-0882", "lamp_hours": 1843, "fw": "4.2.0"}  # the cabin (negatives)

# --- Tatamiku (the son's judo club) ---------------------------------------------------------------
DOJO = {"id": "dj_kmb", "name": "Klubi i Xhudos Kombinati", "phone": "+355692771450",
        "lat": 41.31544, "lon": 19.78321}  # the club's hall (negatives)
DOJO_FIX = (41.315418, 19.783262)
LICENCE_JUDO = "FSHXH-2024-1188"  # Ilir's federation licence (id.user of the child)
GUARDIAN = "TMK-P-0452"  # her parent account number (id.user)

# --- Shezlongu (a beach club's lounger booking app) -----------------------------------------------
BEACH = {"id": "bc_dhm7", "name": "Plazhi Guri i Bardhe", "lat": 40.15222, "lon": 19.63811,
         "phone": "+355692334002", "ssid": "GuriBardhe-Guest",
         "bssid": "6c:3b:6b:8e:20:1f"}  # the beach club (point, phone: negatives; Wi-Fi joined)
BEACH_FIX = (40.152291, 19.638034)
LOUNGER_BOOKING = "SZ-0813-2291"  # the lounger booking (financial.purchase)

# --- Lejeza (a residence-permit case app for foreign spouses) -------------------------------------
OFFICE = {"id": "dm_tr", "name": "Drejtoria e Migracionit Tirane", "lat": 41.32281,
          "lon": 19.82103}  # the state office (negatives)
OFFICE_FIX = (41.322794, 19.821063)
CASE_NO = "DMT-2026-014477"  # her permit application (id.user)
MARRIAGE_CERT = "CM-TR-2019-08812"  # the marriage certificate's number (a negative: a record's)

# --- Furgoni (intercity furgon seats and parcels) -------------------------------------------------
TERMINAL = {"id": "tm_jug", "name": "Terminali i Jugut", "lat": 41.31006, "lon": 19.79877}
TERMINAL_FIX = (41.310082, 19.798731)
TICKET = "FG-TR-PR-55120"  # her seat booking (financial.purchase)
PARCEL = "PK-77341"  # the parcel's waybill (financial.purchase)
PLATE = "TR 4471 K"  # the furgon's plate (a negative)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", sq: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Albania, Albanian with ``sq``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("sq-AL,sq;q=0.9,en;q=0.7" if sq else "en-AL,en;q=0.9,sq;q=0.6", DEV)
    return h


def dev_block(lang: str = "en_AL") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_AL") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a session, a seat, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AL_IBAN", "BEACH", "BEACH_FIX", "CABIN", "CASE_NO", "CHART", "DERM", "DERM_FIX",
           "DOJO", "DOJO_FIX", "FRIEND", "GUARDIAN", "HOME", "HOME_AT", "HUSBAND", "HUSBAND_NID",
           "KARTELA", "KAZAN", "KAZAN_BOOKING", "KAZAN_FIX", "LICENCE_JUDO", "LOUNGER_BOOKING",
           "MARRIAGE_CERT", "MOBILE_AL", "MOTHER_IN_LAW", "MURID", "NID_AL", "OFFICE",
           "OFFICE_FIX", "PARCEL", "PASSPORT", "PERMIT", "PLATE", "SISTER_US", "SON", "TEKKE",
           "TEKKE_FIX", "TERMINAL", "TERMINAL_FIX", "TICKET", "TOMORR_FIX", "TZ", "VILLAGE_AT",
           "dev_block", "fix", "hd", "obj", "push"]
