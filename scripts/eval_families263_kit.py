"""Helpers for the two-hundred-and-sixty-third (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Chioggia (Veneto, Italy) with her
Chioggian husband Marco Boscolo, her US SIM roaming on an Italian network; their son Nicolò (10)
rows in a children's Venetian-rowing school; her mother-in-law Graziella Tiozzo lives in the old
town; her sister Laura is in Ohio. She commutes by bus and bike to an office in Mestre. Her places
(their flat in the old town, her fixes at the sand-therapy beach, at a bar in Mestre, at the
association's meeting room, at the rowing club's pontoon, at the boatyard, at the crossbow range,
at the station's bike park) are hers (``location.precise`` where sent); the beach centre, the
bars, the meeting room, the club, the yard, the range and the bike park are businesses' or
associations' (negatives as places). People: her husband and mother-in-law (``contact.*`` when
she types them), their son (a data subject: his name, birth date, sex, tax code and federation
card are labelled), her sister, a colleague.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Rome"

# --- her Chioggia life ----------------------------------------------------------------------------
HOME = {"line": "Calle dei Forni 1184", "area": "Centro storico", "town": "Chioggia",
        "town_vec": "Cioza", "prov": "VE", "region": "Veneto", "post": "30015"}
HOME_AT = (45.218342, 12.279106)  # their flat (location.precise where sent)
HUSBAND = ("Marco Boscolo", "+393471182055")  # typed by her: contact.*
MOTHER_IL = ("Graziella Tiozzo", "+393405517720")  # her mother-in-law in the old town
SON = {"first": "Nicolò", "last": "Boscolo", "dob": "2015-06-11", "sex": "putelo",
       "cf": "BSCNCL15H11C638W", "card": "FICSF-VE-0419877"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Laura Doe", "+15550147731", "laura.doe@example.net")  # her sister in Ohio
COLLEAGUE = ("Elisa Ballarin", "+393389901245")  # a colleague in Mestre (typed: contact.*)
CF = "DOEJNA91E57Z404K"  # her Italian tax code (codice fiscale: personal.national_id)
PERMIT = "I08842173"  # her residence card as an EU citizen's spouse (personal.national_id)
IT_ACCOUNT = "IT48K0306902117100000007315"  # her euro account (financial.payment)
IT_NET = "22288"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Sabiadoro (the sand-therapy cure at Sottomarina beach) ---------------------------------------
SAND = {"id": "stb_sott12", "name": "Stabilimento Sabiadoro Terme de Sabia",
        "phone": "+39041491733",
        "lat": 45.20712, "lon": 12.30588, "ssid": "Sabiadoro-Ospiti",
        "bssid": "6c:3b:6b:19:a4:e2"}  # the beach centre (point, phone: negatives; Wi-Fi: wifi)
SAND_FIX = (45.207163, 12.305712)  # her phone at the sand pits
SAND_CARD = "SBD-2026-00871"  # her patient card at the cure centre (health.medical)
SAND_BOOKING = "SB-26-07122"  # the twelve-session cycle (financial.purchase)
GP = ("Dott.ssa Chiara Penzo", "c.penzo@mmg-cioza.example.org")  # her GP (typed: contact.*)

# --- Bonmagnar (the electronic meal-voucher card from her employer in Mestre) ---------------------
VCARD = "5301250070317731"  # the voucher card's number (financial.payment)
EMPLOYEE = "MFF-00418"  # her employee number at the freight forwarder (id.user)
EMPLOYER = {"id": "az_mff", "name": "Mestre Freight Forwarding srl", "vat": "04411230278"}
BAR = {"id": "es_40192", "name": "Bar Ai Do Campanili", "phone": "+39041958214",
       "lat": 45.49071, "lon": 12.24158}  # a bar that takes the vouchers (negatives)
BAR_FIX = (45.490694, 12.241612)  # her phone at the bar's till
OFFICE_AT = (45.477021, 12.251143)  # her office in Mestre (her place of work: precise)

# --- Pensier Libaro (a humanist association's members' app) ---------------------------------------
CIRCLE = {"id": "cir_ve", "name": "Circolo Venesia-Mestre", "lat": 45.49201,
          "lon": 12.24312}  # the circle's meeting room (a negative as a place)
CIRCLE_FIX = (45.492031, 12.243086)
MEMBER = "PL-VE-2026-0533"  # her membership card (id.user)

# --- Vogafioi (the children's Venetian-rowing school) ---------------------------------------------
CLUB = {"id": "rem_cioza", "name": "Remiera Ciosota", "lat": 45.22402, "lon": 12.28295,
        "phone": "+39041400129"}  # the rowing club (negatives)
PONTOON_FIX = (45.224061, 12.282871)  # her fix at the club's pontoon

# --- Cavanin (a boatyard's haul-out and winter storage) -------------------------------------------
YARD = {"id": "cnt_vdr", "name": "Cantiere Val da Rio", "phone": "+39041403377",
        "lat": 45.21322, "lon": 12.27201, "ssid": "ValDaRio-Clienti",
        "bssid": "d8:07:b6:5e:21:c0"}  # (negatives; the Wi-Fi she joins: wifi)
YARD_FIX = (45.213188, 12.272066)
BOAT = {"name": "Graziella II", "reg": "4CH1187", "kind": "topa", "engine": "Yamaha F25",
        "length": 6.4}  # the family's boat (a vehicle: negatives, as a car's plate)
YARD_CLIENT = "CVR-C-2231"  # their client account at the yard (id.user)

# --- Balestrin (a historical palio's crossbow company) --------------------------------------------
RANGE = {"id": "tiro_sd", "name": "Campo de tiro San Domenego", "lat": 45.22051,
         "lon": 12.28012}  # the range (a negative)
RANGE_FIX = (45.220488, 12.280157)
CROSSBOW_CARD = "CBSD-0077"  # her company card (id.user)

# --- Bicistasion (the secure bike park at Mestre station) -----------------------------------------
BIKEPARK = {"id": "vs_mestre_fs", "name": "Bicistasion Mestre FS", "lat": 45.48236,
            "lon": 12.23196}  # (negatives)
BIKEPARK_FIX = (45.482391, 12.231902)
SUBSCRIPTION = "BS-ME-118204"  # her yearly pass (id.user)
BIKE = {"brand": "Atala", "model": "Città 28", "frame": "WAT2210458K", "colour": "verde"}


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", it: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Italian first with ``it``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("it-IT,it;q=0.9,en;q=0.8" if it else "en-IT,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def vpush(token: str, lang: str = "it_IT") -> dict[str, Any]:
    """The same registration with Venetian keys (``aparecio`` device, ``lengua``, ``fuxo``)."""
    from eval_payloads import INSTALL_ID
    return {"token_push": L(token, DID), "id_aparecio": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "sistema": L("Android 14", DEV),
            "lengua": L(lang, DEV), "fuxo_orario": L(TZ, DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a slot, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BAR", "BAR_FIX", "BIKE", "BIKEPARK", "BIKEPARK_FIX", "BOAT", "CF", "CIRCLE",
           "CIRCLE_FIX", "CLUB", "COLLEAGUE", "CROSSBOW_CARD", "EMPLOYEE", "EMPLOYER", "GP",
           "HOME", "HOME_AT", "HUSBAND", "IT_ACCOUNT", "IT_NET", "MEMBER", "MOTHER_IL",
           "OFFICE_AT", "PERMIT", "PONTOON_FIX", "RANGE", "RANGE_FIX", "SAND", "SAND_BOOKING",
           "SAND_CARD", "SAND_FIX", "SISTER_US", "SON", "SUBSCRIPTION", "TZ", "VCARD", "YARD",
           "YARD_CLIENT", "YARD_FIX", "dev_block", "fix", "hd", "obj", "push", "vpush"]
