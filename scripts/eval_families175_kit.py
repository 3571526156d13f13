"""Helpers for the hundred-and-seventy-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived three years in Pune (Maharashtra, India)
with her Marathi husband Nikhil Bhosale and their son Aarav (10), in a Baner flat; she works the
US-hours night shift at a support centre in Hinjewadi, her US SIM roaming beside an Indian
number. Her husband's family is in Nashik: her mother-in-law Sunanda on Gangapur Road, the late
father-in-law Vasant (died January 2025), the family's onion land at Niphad near Lasalgaon (in
Sunanda's name; she runs its market account). Her places (the flat, her fixes at the office gate,
Ramkund, the market yard, the meditation centre, the abacus centre, the blood bank, the in-laws'
house) are hers (``location.precise`` where sent); the office campus, Ramkund's ghat, the market
yard, the centre, the class, the blood bank and the orchard are businesses' or public places
(negatives). People: her husband, son (a data subject: name, birth date, sex, Aadhaar, student
number), mother-in-law (her Aadhaar, PAN and bank account typed by her), the late father-in-law
and his forebears (names in the rites), her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kolkata"

# --- her Pune life --------------------------------------------------------------------------------
PUNE_HOME = {"flat": "702, Sai Siddhi Heights", "road": "Baner Road", "area": "Baner",
             "town": "Pune", "district": "Pune", "state": "Maharashtra", "pin": "411045"}
PUNE_HOME_AT = (18.559214, 73.786731)  # their flat (location.precise where sent)
IN_MOBILE = "+919822041736"  # her Indian number (contact.phone)
IN_MOBILE_LOCAL = "98220 41736"
HUSBAND = ("Nikhil Bhosale", "+919850312874")  # typed by her: contact.*
SON = {"first": "Aarav", "last": "Bhosale", "dob": "2015-08-19", "sex": "mulga",
       "aadhaar": "592703184468", "student": "MG-BNR-1042"}  # a data subject
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
AADHAAR = "486219375028"  # her Aadhaar (Verhoeff-valid, synthetic: personal.national_id)
PAN = "BQZPD4821K"  # her PAN (personal.national_id)
IN_ACCOUNT, IN_IFSC = "50100238817462", "EXMP0001234"  # her account (payment); IFSC a branch
UPI_ID = "jane.doe91@okexample"  # her UPI address (financial.payment)
IN_NET = "40490"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Nashik: her husband's family -----------------------------------------------------------------
NASHIK_HOME = {"line": "Bungalow 14, Shrirang Nagar, Gangapur Road", "town": "Nashik",
               "pin": "422013"}
NASHIK_AT = (20.011842, 73.762913)  # the in-laws' house (hers while staying: precise)
MOTHER_IL = {"name": "Sunanda Bhosale", "phone": "+919423156082", "aadhaar": "731844609253",
             "pan": "AKRPB7316M", "account": "31872046519", "ifsc": "EXMB0000518",
             "dob": "1958-03-11"}  # typed by her: contact.*, national_id, payment
LATE_FIL = ("Vasant Bhosale", "2025-01-23")  # the late father-in-law (name: contact.name)
FOREBEARS = ["Dattatray Bhosale", "Ganpat Bhosale"]  # his father and grandfather
GOTRA = "Kashyap"  # the family's gotra (personal.sensitive: religion)

# --- Ratrapali (night-shift office cab, Hinjewadi) ------------------------------------------------
OFFICE = {"id": "site_hjw_p2", "name": "Example Tech Park, Tower B, Hinjewadi Phase 2",
          "lat": 18.59213, "lon": 73.70418}  # the campus (a negative)
OFFICE_FIX = (18.592108, 73.704236)  # her phone at the office gate
EMPLOYEE = "EMP-HJ-228417"  # her employee number (id.user)
CAB = {"plate": "MH12 RT 4521", "driver": "drv_00871", "guard": "esc_0312"}  # (negatives)

# --- Pitrusmruti (death-anniversary rites at Ramkund, Nashik) -------------------------------------
RAMKUND = {"id": "ghat_ramkund", "lat": 20.00807, "lon": 73.79163}  # the ghat (a negative)
RAMKUND_FIX = (20.008112, 73.791587)
RITE_BOOKING = "PS-NSK-26-0192"  # the rite booked (financial.purchase)

# --- Kandabazar (onion auctions at the Lasalgaon market yard) -------------------------------------
YARD = {"id": "apmc_lsg", "name": "Lasalgaon Market Yard", "lat": 20.14962,
        "lon": 74.23705}  # (negatives)
YARD_FIX = (20.149588, 74.237122)
FARM_AT = [(20.081204, 74.108331), (20.081962, 74.109418), (20.081137, 74.110206),
           (20.080419, 74.109102)]  # the family's plot at Niphad (precise)
SELLER = "LSG-SH-2019-04421"  # the farm's seller registration (id.user)

# --- Maunvas (ten-day silent meditation course near Igatpuri) -------------------------------------
CENTRE = {"id": "kendra_igt", "name": "Maunvas Sadhana Kendra, Igatpuri", "lat": 19.69472,
          "lon": 73.56091}  # (negatives)
CENTRE_FIX = (19.694681, 73.560877)
SADHAK = "MV-2026-01877"  # her applicant number (id.user)

# --- Manganit (the son's abacus class) ------------------------------------------------------------
CLASSROOM = {"id": "mg_baner", "name": "Manganit Abacus Centre, Baner", "lat": 18.56102,
             "lon": 73.78233}  # (negatives)
CLASS_FIX = (18.561047, 73.782301)

# --- Raktamitra (a rare-blood-group donor registry) -----------------------------------------------
BLOOD_BANK = {"id": "bb_sdp", "name": "Example Raktapedhi, Sadashiv Peth", "lat": 18.51092,
              "lon": 73.85127}  # (negatives)
BANK_FIX = (18.510944, 73.851302)
DONOR = "RM-ONEG-00418"  # her donor number (id.user)

# --- Hapuspeti (Alphonso mango boxes from a Devgad growers' co-operative) -------------------------
ORCHARD = {"id": "dvg_coop", "name": "Devgad Hapus Co-operative", "lat": 16.37891,
           "lon": 73.39022}  # (negatives)
MANGO_ORDER = "HP-26-33871"  # her order (financial.purchase)


# --- generators ----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Marathi first with ``mr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("mr-IN,mr;q=0.9,en;q=0.8" if mr else "en-IN,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_IN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_IN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def upkaran(token: str) -> dict[str, Any]:
    """The same registration with Marathi keys (``upkaran`` device, ``bhasha`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "upkaran_id": L(INSTALL_ID, DID),
            "bhasha": L("mr", DEV), "velakshetra": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a lot, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AADHAAR", "BANK_FIX", "BLOOD_BANK", "CAB", "CENTRE", "CENTRE_FIX", "CLASSROOM",
           "CLASS_FIX", "DONOR", "EMPLOYEE", "FARM_AT", "FOREBEARS", "GOTRA", "HUSBAND",
           "IN_ACCOUNT", "IN_IFSC", "IN_MOBILE", "IN_MOBILE_LOCAL", "IN_NET", "LATE_FIL",
           "MANGO_ORDER", "MOTHER_IL", "NASHIK_AT", "NASHIK_HOME", "OFFICE", "OFFICE_FIX",
           "ORCHARD", "PAN", "PUNE_HOME", "PUNE_HOME_AT", "RAMKUND", "RAMKUND_FIX",
           "RITE_BOOKING", "SADHAK", "SELLER", "SISTER_US", "SON", "TZ", "UPI_ID", "YARD",
           "YARD_FIX", "dev_block", "fix", "hd", "obj", "push", "upkaran"]
