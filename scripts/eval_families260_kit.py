"""Helpers for the two-hundred-and-sixtieth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Lübbenau/Spreewald (Lubnjow, Lower
Lusatia, Brandenburg) with her husband Mato Noack, a Lower Sorbian (Wendish) Spreewald man, her
US SIM roaming on a German network; their son Kito (11) rides for a youth track-cycling club in
Cottbus (Chóśebuz); Mato's grandmother Hanža Noack (86) lives in Lehde; her mother Linda Doe
lives in Giddings, Texas, where her own Wendish forebears settled in 1854. Her places (their
house on Lindenweg, her fixes at the punt harbour, the gherkin works' shop, the practice, the
velodrome, the society's house, the reserve's meadows) are hers (``location.precise`` where
sent); the harbour, the shop, the practice, the cooperative's office and solar park, the
society's house, the velodrome, the ranger station and the reserve's stork nests are businesses'
or public points (negatives). People: her husband (``contact.*`` when she types him), their
son (a data subject: his name, birth date, sex, tax ID, licence and rider number are labelled),
his great-grandmother, her mother in Texas, her doctor, Kito's coach.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Berlin"

# --- her Lübbenau life ---------------------------------------------------------------------------
HOME = {"line": "Lindenweg 12", "town": "Lübbenau/Spreewald", "town_dsb": "Lubnjow",
        "district": "Oberspreewald-Lausitz", "state": "Brandenburg", "post": "03222"}
HOME_AT = (51.862914, 13.957361)  # their house (location.precise where sent)
HUSBAND = ("Mato Noack", "+4915140723318")  # typed by her: contact.*
SON = {"first": "Kito", "last": "Noack", "dob": "2014-06-03", "sex": "boy",
       "taxid": "83716402957", "licence": "BRV-U13-40718"}  # a data subject (sets 29, 35, 37)
GRANNY = {"name": "Hanža Noack", "phone": "+493542881734", "line": "Lehde 23, 03222 Lübbenau",
          "at": (51.877104, 13.984221)}  # Mato's grandmother in Lehde (another person's data)
MOTHER_US = ("Linda Doe", "+19795550143", "512 Serbin Rd, Giddings, TX 78942")  # in Texas
RESIDENCE = "Y8KC4N2R7"  # her German residence permit card (personal.national_id)
TAX_ID = "57392418605"  # her German tax ID (personal.national_id)
HUSBAND_TAX = "26481930574"  # Mato's tax ID, typed by her for the joint exemption order
KVNR = "D814275093"  # her health insurance number (health.medical, as sets 37 and 151's chart)
DE_IBAN = "DE89370400440532013000"  # her euro account (financial.payment)
DE_NET = "26201"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Colnik (Spreewald punt tours and the family punt's mooring) ----------------------------------
HARBOUR = {"id": "ps_lbn_nord", "name": "Kahnhafen Lübbenau Nord", "phone": "+493542403310",
           "lat": 51.86781, "lon": 13.97142}  # the harbour (negatives)
HARBOUR_FIX = (51.867792, 13.971466)  # her phone on the landing stage
TOUR_BOOKING = "CL-2026-05817"  # a punt tour (financial.purchase)
PUNT_REG = "LDS-K-0412"  # the family punt's registration (no taxonomy type: unlabelled)

# --- Korkarnja (a gherkin cannery's farm shop and club) -------------------------------------------
SHOP = {"id": "kk_boblitz", "name": "Korkarnja Boblitz", "phone": "+493542887120",
        "lat": 51.85123, "lon": 13.93382}  # the works' shop (negatives)
SHOP_FIX = (51.851257, 13.933901)
CLUB_CARD = "KK-7710-2294"  # her shop club card (id.user)

# --- Praksa (the family doctor's practice in Lübbenau) -------------------------------------------
PRACTICE = {"id": "px_lbn04", "name": "Hausarztpraxis am Spreeufer", "phone": "+493542440918",
            "lat": 51.86522, "lon": 13.96577}  # (negatives)
PRACTICE_FIX = (51.865237, 13.965812)
DOCTOR = ("Dr. Jana Rjenc", "praxis.rjenc@spreeufer.example.org")  # typed by her: contact.*
PATIENT_NO = "PX-04-118427"  # her patient number at the practice (health.medical)

# --- Swetlo (a citizens' energy cooperative: a solar park on a former lignite pit) ----------------
COOP = {"id": "eg_swetlo", "name": "Swětło Łužyca eG", "lat": 51.75802,
        "lon": 14.33095}  # the cooperative's office in Cottbus (a negative)
PARK_AT = (51.66124, 14.21803)  # the solar park (a negative)
MEMBER_NO = "SW-M-003318"  # her membership number (id.user)
METER = "1ESY1161204418"  # their house's electricity meter (unlabelled; no taxonomy type)

# --- Korjenje (a Wendish descendants' society with a Lower Sorbian evening class) -----------------
SOC_HOUSE = {"id": "kr_cb_dom", "name": "Dom korjenjow", "lat": 51.76093,
             "lon": 14.33461}  # the society's house in Cottbus (a negative)
SOC_FIX = (51.760911, 14.334662)
SOC_MEMBER = "KR-0917"  # her society membership (id.user)
ANCESTORS = [("Jan Kóńcak", "1811-03-14", "Burg"), ("Marja Kóńcak", "1816-11-02", "Burg")]

# --- Kolasko (Kito's youth track-cycling club at the Cottbus velodrome) ---------------------------
VELODROME = {"id": "vd_cb", "name": "Radrennbahn Cottbus", "lat": 51.74681,
             "lon": 14.31307}  # (negatives)
VELO_FIX = (51.746902, 14.313288)
RIDER_NO = "KL-U13-0581"  # Kito's rider number in the club (id.user, a child's)
COACH = ("Pětš Wałda", "+4917628830417")  # his coach, typed by her in a message: contact.*

# --- Zwerjeta (the biosphere reserve's volunteers and ranger walks) -------------------------------
STATION = {"id": "rs_lehde", "name": "Ranger station Lehde", "lat": 51.87522,
           "lon": 13.98121}  # (negatives)
NEST_AT = (51.85201, 14.03498)  # a stork nest on a barn in Leipe (the reserve's point: negative)
SIGHT_FIX = (51.852214, 14.034802)  # her phone when she counted the storks
OTTER_FIX = (51.879318, 13.991774)  # her phone at an otter's slide on a channel
VOLUNTEER = "ZW-V-2290"  # her volunteer ID (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", de: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, German first with ``de``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("de-DE,de;q=0.9,en;q=0.8" if de else "en-DE,en;q=0.9,de;q=0.7", DEV)
    return h


def dev_block(lang: str = "en_DE") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_DE") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ANCESTORS",
    "CLUB_CARD",
    "COACH",
    "COOP",
    "DE_IBAN",
    "DE_NET",
    "DOCTOR",
    "GRANNY",
    "HARBOUR",
    "HARBOUR_FIX",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "HUSBAND_TAX",
    "KVNR",
    "MEMBER_NO",
    "METER",
    "MOTHER_US",
    "NEST_AT",
    "OTTER_FIX",
    "PARK_AT",
    "PATIENT_NO",
    "PRACTICE",
    "PRACTICE_FIX",
    "PUNT_REG",
    "RESIDENCE",
    "RIDER_NO",
    "SHOP",
    "SHOP_FIX",
    "SIGHT_FIX",
    "SOC_FIX",
    "SOC_HOUSE",
    "SOC_MEMBER",
    "SON",
    "STATION",
    "TAX_ID",
    "TOUR_BOOKING",
    "TZ",
    "VELODROME",
    "VELO_FIX",
    "VOLUNTEER",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
