"""Helpers for the two-hundred-and-thirteenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives on her husband's family croft at Urgha, by
Tarbert on the Isle of Harris (Outer Hebrides, Scotland), with her husband Murdo MacLeod and
their son Calum (10, in Gaelic-medium primary); her US SIM roams on a UK network. She weaves
Harris Tweed at home for a Stornoway mill, crews the Tarbert lifeboat, and goes to Stornoway for
the hospital, the airport and the mill; her mother-in-law Catriona and her brother-in-law Iain live
in Glasgow (Partick). Her places (the croft house, her peat bank, her fixes at the lifeboat
station, the church, the hall, the airport) are hers (``location.precise`` where sent); the
station, the church, the hall, the mill, the trust's office, the hospitals and the township fank
are businesses', the public's or the community's (negatives). People: her husband
(``contact.*`` when she types him), their son (a data subject: his name, birth date, sex, CHI
number are labelled), her mother-in-law and brother-in-law in Glasgow, a neighbour in Tarbert.

UK identifiers are computed properly: the CHI numbers (Scotland's NHS number: date of birth, two
digits, a sex digit, then the NHS mod-11 check digit with weights 10..2) are ``1705914268`` (hers,
born 17.05.1991, even sex digit) and ``0311153836`` (Calum, born 03.11.2015, odd sex digit); her
National Insurance number ``JT482193C``; her HMRC Unique Taxpayer Reference ``9817302956`` (its
leading check digit by HMRC's weights 6,7,8,9,10,5,4,3,2 and table); her bank's sort code
``80-22-60`` and account ``10293847``.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/London"

# --- her Harris life ------------------------------------------------------------------------------
HOME = {"line": "4 Urgha", "town": "Tarbert", "island": "Isle of Harris",
        "region": "Na h-Eileanan Siar", "post": "HS3 3AX"}
HOME_AT = (57.905318, -6.782204)  # the croft house (location.precise where sent)
HUSBAND = ("Murdo MacLeod", "+447700900412")  # typed by her: contact.*
SON = {"first": "Calum", "last": "MacLeod", "dob": "2015-11-03", "sex": "balach",
       "chi": "0311153836"}  # a data subject (his CHI number: personal.national_id)
MOTHER_IL = ("Catriona MacLeod", "+447700900587")  # her mother-in-law in Partick, Glasgow
GLASGOW = {"line": "18 Crow Road, flat 2/1", "town": "Glasgow", "post": "G11 7RT"}
BROTHER_IL = ("Iain MacLeod", "+447700900733", "iain.macleod@example.net")  # in Glasgow
NEIGHBOUR = ("Peigi Morrison", "+447700900268")  # a neighbour in Tarbert
CHI = "1705914268"  # her CHI (NHS Scotland) number: personal.national_id
NINO = "JT482193C"  # her National Insurance number: personal.national_id
UTR = "9817302956"  # her HMRC Unique Taxpayer Reference: personal.national_id
UK_SORT, UK_ACCOUNT = "80-22-60", "10293847"  # her bank account (financial.payment)
UK_NET = "23415"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Slighe (NHS patient-travel claims) ------------------------------------------------------------
AIRPORT = {"code": "SYY", "lat": 58.21562, "lon": -6.33113}  # Stornoway airport (negative)
AIRPORT_FIX = (58.215804, -6.331472)  # her phone at the airport
HOSPITAL = {"id": "hosp_crhc", "name": "Clydebank Regional Heart Centre",
            "lat": 55.90512, "lon": -4.40033, "phone": "+441415550120"}  # (negatives)
FLIGHT_REF = "LX7Q2M"  # her flight booking (financial.purchase)

# --- Croitear (crofting tenancy, common grazings and peat banks) ----------------------------------
CROFT = "CR-HS3-0417"  # the croft's register entry she holds the tenancy of (id.user)
PEAT_AT = [(57.911208, -6.790514), (57.911377, -6.790102), (57.911165, -6.789841),
           (57.910994, -6.790247)]  # her peat bank's corners (hers: precise)
FANK = {"id": "fank_urgha", "lat": 57.90881, "lon": -6.77962}  # the township's sheep fank

# --- Salmadair (a Free Church congregation's communion season and precenting) --------------------
CHURCH = {"id": "fc_tarbert", "name": "Tarbert Free Church", "lat": 57.89802,
          "lon": -6.80411}  # (a negative as a place)
CHURCH_FIX = (57.898091, -6.803998)
COMMUNICANT = "TFC-RL-0219"  # her communicants' roll number (id.user)

# --- Ceolag (the children's Gaelic traditional-music tuition week) --------------------------------
HALL = {"id": "hall_tarbert", "name": "Talla na Mara", "lat": 57.89621,
        "lon": -6.80877}  # the hall and school where the week runs (negatives)
HALL_FIX = (57.896188, -6.808731)
PUPIL = "FC25-0183"  # Calum's participant number at the week (id.user)

# --- Oighreachd (the community land trust: members and housing) ----------------------------------
TRUST = {"id": "urras_bagh", "name": "Urras Oighreachd a' Bhàigh", "lat": 57.93012,
         "lon": -6.84107, "phone": "+441859555014"}  # the trust's office (negatives)
MEMBER = "UOB-M-1142"  # her trust membership number (id.user)
PLOT_AT = (57.927713, -6.836402)  # the polytunnel plot she is allotted

# --- Sgioba (the volunteer lifeboat crew's pager app) ---------------------------------------------
STATION = {"id": "lb_tarbert", "name": "Tarbert Lifeboat Station", "lat": 57.89671,
           "lon": -6.79954}  # (negative)
STATION_FIX = (57.896742, -6.799602)  # her phone at the boathouse
ROAD_FIX = (57.900214, -6.791377)  # her phone on the road to the station
CASUALTY_AT = (57.85114, -6.93207)  # a casualty vessel's position (not hers: negative)
CREW = "RLB-C-3308"  # her crew number (id.user)
PAGER = "PG-8841-20417"  # the pager's device ID (id.device)

# --- Beairt (a Harris Tweed home weaver's work from a Stornoway mill) -----------------------------
MILL = {"id": "mill_sty", "name": "Muileann Clò Steòrnabhaigh", "lat": 58.21433,
        "lon": -6.38012, "phone": "+441851555077"}  # the mill (negatives)
WEAVER = "HTW-0277"  # her weaver number at the mill (id.user)
SHED_AT = (57.905401, -6.782351)  # her loom shed beside the croft house


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", gd: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Scottish Gaelic first with ``gd``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("gd-GB,gd;q=0.9,en-GB;q=0.8" if gd else "en-GB,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_GB") -> dict[str, Any]:
    """An app's own device block, Gaelic keys (model, OS, locale, zone: ``device.info``)."""
    return {"modail": L("Pixel 8", DEV), "os": L("Android 14", DEV), "canan": L(lang, DEV),
            "son_uine": L(TZ, DEV)}


def push(token: str, lang: str = "gd_GB") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "id_inneil": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a callout): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AIRPORT", "AIRPORT_FIX", "BROTHER_IL", "CASUALTY_AT", "CHI", "CHURCH", "CHURCH_FIX",
           "COMMUNICANT", "CREW", "CROFT", "FANK", "FLIGHT_REF", "GLASGOW", "HALL", "HALL_FIX",
           "HOME", "HOME_AT", "HOSPITAL", "HUSBAND", "MEMBER", "MILL", "MOTHER_IL", "NEIGHBOUR",
           "NINO", "PAGER", "PEAT_AT", "PLOT_AT", "PUPIL", "ROAD_FIX", "SHED_AT", "SON",
           "STATION", "STATION_FIX", "TRUST", "TZ", "UK_ACCOUNT", "UK_NET", "UK_SORT", "UTR",
           "WEAVER", "dev_block", "fix", "hd", "obj", "push"]
