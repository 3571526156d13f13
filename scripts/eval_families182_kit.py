"""Helpers for the hundred-and-eighty-second (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Maiduguri (Borno
State, Nigeria; Old GRA) with her Kanuri husband Modu Bukar Kyari, working as a programme officer
for a (fictional) relief NGO; her US SIM roams on a Nigerian network (MCC/MNC 621 30) and a local
SIM carries her Nigerian number. Their daughter Falmata (8) is a data subject. Her mother-in-law
Yagana Bukar Kyari lives in Diffa (Niger; +227 number, prices in XOF), where the family crosses
to. Her places (the Old GRA house, the family's acacia plot near Konduga, her fixes at a field
site, a market, a mosque, an enrolment centre, a cash agent, the mother-in-law's house in Diffa)
are hers (``location.precise`` where sent); the businesses' and offices' points are negatives.
Her NIN and BVN (11 digits; neither has a published check digit, so they are only well-formed)
``personal.national_id``; her NUBAN accounts (10 digits, CBN check digit computed by ``nuban``)
``financial.payment``.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Lagos"


def nuban(bank: str, serial: str) -> str:
    """A NUBAN: the nine-digit serial and the CBN check digit over bank code + serial."""
    weights = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    total = sum(int(d) * w for d, w in zip(bank + serial, weights, strict=True))
    return serial + str((10 - total % 10) % 10)


# --- her Maiduguri life ---------------------------------------------------------------------------
HOME = {"line": "Plot 22 Damboa Road, Old GRA", "area": "Old GRA", "town": "Maiduguri",
        "lga": "Maiduguri Metropolitan", "state": "Borno", "post": "600212"}
HOME_AT = (11.840716, 13.150338)  # their house (location.precise where sent)
LOCAL_NO = "+2348031650274"  # her Nigerian SIM's number (contact.phone)
LOCAL_NAT = "0803 165 0274"  # the same, national format
HUSBAND = ("Modu Bukar Kyari", "+2348069142237")  # typed by her: contact.*
DAUGHTER = {"first": "Falmata", "last": "Kyari", "full": "Falmata Modu Kyari",
            "dob": "2017-11-04", "sex": "kamu", "nin": "38105729463"}  # a data subject
MOTHER_IL = ("Yagana Bukar Kyari", "+22796418237", "Diffa")  # in Diffa, Niger
SISTER_IL = ("Kaltumi Bukar Kyari", "+2348036627519")  # her sister-in-law in Maiduguri
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
NIN = "70123845196"  # her NIN as a legal resident (personal.national_id)
BVN = "22184065731"  # her BVN (personal.national_id, as set 124)
PASSPORT = "567120934"  # her US passport (personal.national_id)
BANK_CODE = "057"
ACCOUNT = nuban(BANK_CODE, "018374920")  # her naira account (financial.payment)
HUSBAND_ACCOUNT = nuban(BANK_CODE, "004419376")  # his account, typed by her (financial.payment)
NG_NET = "62130"  # the visited network's MCC/MNC (location.carrier)
DIFFA_AT = (13.315822, 12.611947)  # her fix at her mother-in-law's house in Diffa
DIFFA_HOME = {"line": "Quartier Festival, rue 12", "town": "Diffa", "region": "Diffa"}

# --- Keskagam (a gum arabic buyer's supplier app) ------------------------------------------------
PLOT_AT = [(11.653127, 13.418842), (11.653904, 13.419917), (11.652801, 13.420664),
           (11.652088, 13.419531)]  # the family's acacia plot near Konduga (precise)
TAP_FIX = (11.652911, 13.419604)  # her phone among the trees
DEPOT = {"id": "dp_kdg01", "name": "Konduga Gum Depot", "lat": 11.64912, "lon": 13.41233,
         "phone": "+2348020441190"}  # the buyer's depot (negatives)
SUPPLIER = "KGM-SUP-3307"  # her supplier number (id.user)

# --- Kalkalwa (a relief NGO's staff movement and safety app) --------------------------------------
STAFF = "SLI-MDG-0417"  # her staff number (id.user)
CALLSIGN = "Lima-Kilo-7"  # her radio call sign (id.user)
SATPHONE = "+881631450277"  # the satellite phone issued to her (contact.phone)
BASE = {"id": "bs_mdg", "name": "Maiduguri Field Office", "lat": 11.83477,
        "lon": 13.14019}  # the NGO's office (negatives)
SITE_FIX = (11.901544, 13.085127)  # her fix at a distribution site
KIN = ("Modu Bukar Kyari", "+2348069142237")

# --- Kasuwudiffa (Diffa red-pepper cross-border trade) --------------------------------------------
MARKET = {"id": "mk_litinin", "name": "Kasuwu Litinin stall row C", "lat": 11.83612,
          "lon": 13.15588}  # Monday Market's point (a negative)
STALL = "Row C, Stall 41, Monday Market"  # her sister-in-law's stall (contact.address: work)
TRADER = "KD-TR-88120"  # her trader card (id.user)

# --- Tafsirbe (a Juma'at mosque's khutbah and Ramadan tafsir app) ---------------------------------
MOSQUE = {"id": "msq_yerwa07", "name": "Yerwa Central Juma'at Mosque", "lat": 11.84402,
          "lon": 13.16021}  # (its point a negative; its ID/name religion when it is hers)
MOSQUE_FIX = (11.844103, 13.160288)
MEMBER = "YCJ-W-2291"  # her women's-section card (id.user)

# --- Lambatada (the child's NIN enrolment and travel certificate) ---------------------------------
CENTRE = {"id": "ec_mmc03", "name": "Enrolment Centre MMC 3", "lat": 11.83112,
          "lon": 13.15101}  # (negatives)
CENTRE_FIX = (11.831089, 13.151122)
TRACKING = "NE-2026-0041-77319"  # the enrolment's tracking number (id.user: the child's file)

# --- Ngalaro (post-incident counselling for aid workers) ------------------------------------------
COUNSELLOR = ("Dr. Hauwa Abba Gana", "h.gana@ngalaro.example.org")  # typed by her: contact.*
CLIENT = "NGR-C-05518"  # her client number (health.medical: a record number)

# --- Kurdikam (cash agents: withdrawals and transfers) -------------------------------------------
AGENT = {"id": "ag_4471", "name": "Bulama POS Point", "lat": 11.84188, "lon": 13.15201,
         "phone": "+2348054471120"}  # a POS agent (negatives)
AGENT_FIX = (11.841902, 13.152033)
WALLET = "KK-7731-0092"  # her wallet account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", kr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Kanuri first with ``kr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("kr-NG,kr;q=0.9,en;q=0.8" if kr else "en-NG,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NG") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NG") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACCOUNT", "AGENT", "AGENT_FIX", "BANK_CODE", "BASE", "BVN", "CALLSIGN", "CENTRE",
           "CENTRE_FIX", "CLIENT", "COUNSELLOR", "DAUGHTER", "DEPOT", "DIFFA_AT", "DIFFA_HOME",
           "HOME", "HOME_AT", "HUSBAND", "HUSBAND_ACCOUNT", "KIN", "LOCAL_NAT", "LOCAL_NO",
           "MARKET", "MEMBER", "MOSQUE", "MOSQUE_FIX", "MOTHER_IL", "NG_NET", "NIN", "PASSPORT",
           "PLOT_AT", "SATPHONE", "SISTER_IL", "SISTER_US", "SITE_FIX", "STAFF", "STALL",
           "SUPPLIER", "TAP_FIX", "TRACKING", "TRADER", "TZ", "WALLET", "dev_block", "fix", "hd",
           "nuban", "obj", "push"]
