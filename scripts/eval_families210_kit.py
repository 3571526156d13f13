"""Helpers for the two-hundred-and-tenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Bautzen (Budyšin, Upper Lusatia) with her
Sorbian husband Měrćin Šołta and their daughter Hanka (8), teaches English at a language school
in Hoyerswerda (Wojerecy), and keeps her US SIM (roaming). His parents farm in Crostwitz
(Chrósćicy), where he rides in the Easter procession; his aunt Hilža Kral lives in Brězowka, a
village being resettled for an open-pit mine. Her places (their flat, her fixes at the egg
course, the roadside in Crostwitz, the houseboat on the lake, the cure clinic, her aunt's house)
are hers (``location.precise`` where sent); the museum, the market, the churches, the clinic,
the marina, the tax office and the mining company's office are businesses' (negatives).
People: her husband, their daughter (a data subject: name, birth date, tax ID, insurance number
labelled), her mother-in-law Marja Šołta, his aunt Hilža Kral (whose agent she is), her sister
in the US. IDs are computed: German tax IDs (11 digits, ISO 7064 MOD 11,10 check digit, one
digit doubled), health-insurance numbers (letter, 8 digits, weighted check digit) and DE IBANs
(mod-97).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE, USAGE
from eval_families20_kit import T0, App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Berlin"

# --- her Bautzen life ----------------------------------------------------------------------------
HOME = {"line": "Töpferstraße 21, 2. OG", "town": "Bautzen", "town_hsb": "Budyšin",
        "region": "Sachsen", "post": "02625"}
HOME_AT = (51.182714, 14.427833)  # their flat (location.precise where sent)
HUSBAND = ("Měrćin Šołta", "+4916098741203")  # typed by her: contact.*
HUSBAND_TAX = "81640293513"  # his Steuer-ID (personal.national_id)
MOTHER_IL = ("Marja Šołta", "+4917624081357")  # in Crostwitz
AUNT = {"name": "Hilža Kral", "dob": "1951-03-08", "phone": "+4935773 40218",
        "line": "Hłowna dróha 7", "village": "Brězowka", "post": "02959",
        "iban": "DE90855900710382905516"}  # his aunt, whose agent she is (her data: labelled)
AUNT_AT = (51.531874, 14.528310)  # the aunt's house in Brězowka (precise)
DAUGHTER = {"first": "Hanka", "last": "Šołta", "dob": "2017-06-14", "sex": "holca",
            "tax": "24907183545", "kvnr": "S409172386"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
TAX_ID = "57304196233"  # her Steuer-ID (personal.national_id)
KVNR = "D730194620"  # her health-insurance number (health.medical, as set 37's member ID)
RESIDENCE = "Y4KR7T2M9"  # her electronic residence permit's card number (personal.national_id)
IBAN = "DE65855900710471183920"  # her account (financial.payment)
JOINT_IBAN = "DE89855900710559120487"  # the couple's joint account (financial.payment)
DE_NET = "26203"  # the visited network's MCC/MNC while roaming (location.carrier)
WORK = {"name": "Lakeland Language School Hoyerswerda", "town": "Hoyerswerda",
        "lat": 51.43862, "lon": 14.24401}  # her employer (a negative as a place)

# --- Jejkarnja (Sorbian Easter-egg decorating: courses and the market stall) ---------------------
MUSEUM = {"id": "msm_bz", "name": "Serbski dom kursy Budyšin", "lat": 51.18106,
          "lon": 14.42563, "phone": "+493591270110"}  # the course venue (negatives)
MUSEUM_FIX = (51.181049, 14.425702)
MARKET = {"id": "wiki_2026", "name": "Jutrowne wiki Budyšin", "stall": "B-17"}  # (negatives)
MAKER = "JK-2026-0418"  # her maker account (id.user)
TAX_NO = "203/187/22041"  # her small-business tax number (personal.national_id)

# --- Krizerjo (the Easter riders' procession, Crostwitz) -----------------------------------------
CHURCH = {"id": "far_chr", "name": "Wosada Chrósćicy", "lat": 51.23903,
          "lon": 14.24195}  # the parish church (a negative as a place)
ROADSIDE_FIX = (51.236612, 14.232874)  # her phone at the roadside watching
RIDER = "KR-CHR-0212"  # her husband's rider number (id.user, his)
HORSE = {"name": "Bosak", "ueln": "276009160041288", "colour": "rappa"}  # (negatives)

# --- Dawkar (an income-tax assistance association) ----------------------------------------------
MEMBER = "DP-44-21907"  # her association membership (id.user)
OFFICE = {"id": "bst_hy", "name": "Beratungsstelle Hoyerswerda", "lat": 51.43712,
          "lon": 14.24833}  # the advice office (negatives)

# --- Slonco (a balcony plug-in solar kit) --------------------------------------------------------
KIT = {"sku": "BK-800-2M", "inverter_sn": "HM800-2391-04412", "meter": "1ESY1160721834"}
SOLAR_ACCOUNT = "SL-77012"  # her customer account (id.user)
HOME_SSID, HOME_BSSID = "Solta-Heim", "e0:28:6d:41:9c:07"  # their home Wi-Fi (location.wifi)
HOME_LAN = "192.168.178.41"  # the phone on the home LAN (device.info)

# --- Pluwak (a houseboat on a flooded pit lake) --------------------------------------------------
MARINA = {"id": "mar_gw", "name": "Hausboothafen Kranichbucht", "lat": 51.49921, "lon": 14.12874,
          "phone": "+4935722 91880", "ssid": "Marina-GW-Gast",
          "bssid": "9c:c9:eb:10:7a:52"}  # the marina (point, phone: negatives)
BOAT_FIX = (51.503217, 14.141906)  # the houseboat at anchor (her position)
CHARTER = "PW-26-0731"  # the charter booking (financial.purchase)

# --- Wotpocink (a mother-and-child cure clinic) --------------------------------------------------
CLINIC = {"id": "kl_bm", "name": "Mutter-Kind-Klinik Am Lindenhain", "lat": 51.54611,
          "lon": 14.72139, "phone": "+4935771 5320"}  # (negatives)
CLINIC_FIX = (51.546089, 14.721433)
APPROVAL = "KUR-2026-118407"  # the insurer's approval reference (health.medical)
INSURER = "Example Krankenkasse Sachsen"  # (a negative)

# --- Nowa wjes (a mining company's resettlement office) ------------------------------------------
CASE_NO = "UMS-BRZ-0093"  # the aunt's resettlement case (id.user, hers)
PARCEL = "Flur 3, Flurstück 118/4"  # the aunt's land parcel (contact.address)
NEW_PLOT = {"id": "np_12", "lat": 51.50412, "lon": 14.49931}  # a plot in the new village (neg.)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", hsb: bool = True,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Upper Sorbian first, or German)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("hsb-DE,hsb;q=0.9,de;q=0.8,en;q=0.7" if hsb
                             else "de-DE,de;q=0.9,en;q=0.8", DEV)
    return h


def grat(lang: str = "hsb_DE") -> dict[str, Any]:
    """An app's own device block (``grat`` device: model, system, language, zone)."""
    return {"model": L("Pixel 8", DEV), "system": L("Android 14", DEV), "rec": L(lang, DEV),
            "casowe_pasmo": L(TZ, DEV)}


def push(token: str, lang: str = "hsb_DE") -> dict[str, Any]:
    """A first-party push registration (the token and the install ID ``id.device``)."""
    return {"push_token": L(token, DID), "instalacija": L(INSTALL_ID, DID), **grat(lang)}


def podawk(name: str, i: int, **params: Any) -> dict[str, Any]:
    """A first-party analytics event (``mjeno`` name: ``behavior.usage``; time unlabelled)."""
    return {"mjeno": L(name, USAGE), "cas": (T0 + 53 * i) * 1000 + 71 * i, "parametry": params}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a slot, a note): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APPROVAL", "AUNT", "AUNT_AT", "BOAT_FIX", "CASE_NO", "CHARTER", "CHURCH", "CLINIC",
           "CLINIC_FIX", "DAUGHTER", "DE_NET", "HOME", "HOME_AT", "HOME_BSSID", "HOME_LAN",
           "HOME_SSID", "HORSE", "HUSBAND", "HUSBAND_TAX", "IBAN", "INSURER", "JOINT_IBAN", "KIT",
           "KVNR", "MAKER", "MARINA", "MARKET", "MEMBER", "MOTHER_IL", "MUSEUM", "MUSEUM_FIX",
           "NEW_PLOT", "OFFICE", "PARCEL", "RESIDENCE", "RIDER", "ROADSIDE_FIX", "SISTER_US",
           "SOLAR_ACCOUNT", "TAX_ID", "TAX_NO", "TZ", "WORK", "fix", "grat", "hd", "obj",
           "podawk", "push"]
