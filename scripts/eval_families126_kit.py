"""Helpers for the hundred-and-twenty-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the cyclone season (December to March) in
Samoa at her husband's family's house in Faleasiu on Upolu, her US SIM roaming. Her people: her
husband Tavita, their son Iosefa (11, junior rugby league), her mother-in-law Fetu (the tapa
maker) and relatives in the fa'alavelave ledger; her Samoan national ID number, her local number
and her address in Faleasiu (hers, labelled where sent). Places that are not hers (negatives):
the Matautu, Mulifanua and Salelologa wharves, the clinic, the church, the club's ground, the
water depot, a tapa buyer's shop; the ferry's vessels, the water truck and its driver; and
generators for her own fixes, object IDs and a tank-level series.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, LAT, LON, L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Apia"
SM_LANG = "sm-WS,sm;q=0.9,en-US;q=0.8,en;q=0.7"

# --- her own (labelled where sent) ----------------------------------------------------------------
FALE = {"line": "Fale 14, Faleasiu-Uta", "village": "Faleasiu", "district": "A'ana",
        "island": "Upolu"}  # her family's house while in Samoa (contact.address / coarse)
FALE_AT = (-13.805142, -171.948731)  # the family's house (her fix there, location.precise)
NID_WS = "1991-0517-44820"  # her Samoan national ID number (personal.national_id)
LOCAL_PHONE = "+685 772 4419"  # her Samoan prepaid number (contact.phone: her own)
HUSBAND = ("Tavita Leaupepe", "+6857510382")  # her husband (contact.*)
SON = {"first": "Iosefa", "last": "Leaupepe", "dob": "2014-08-22", "age": 11,
       "id": "plr_5c2e91a0"}  # her son (a data subject: name, birth, ID)
MIL = ("Fetu Leaupepe", "+6857263150")  # her mother-in-law, the tapa maker
BIRTH_CERT = "BDM-2014-018823"  # her son's birth registration number (personal.national_id)

# --- Folaugasami (ferry) --------------------------------------------------------------------------
MATAUTU_AT = (-13.82617, -171.75871)  # Apia's wharf (a negative)
MULIFANUA_AT = (-13.83051, -172.03352)  # the Upolu ferry wharf (a negative)
SALELOLOGA_AT = (-13.74082, -172.20649)  # the Savai'i ferry wharf (a negative)
WHARF_FIX = (-13.830388, -172.033146)  # her phone at Mulifanua's terminal
VESSELS = ["MV Fetu o le Sami", "MV Lagimalofie"]  # fictional vessels (negatives)
PICKUP_PLATE = "P 47719"  # the family pickup's plate (unlabelled: a vehicle)

# --- Tusifaasoa (fa'alavelave ledger) -----------------------------------------------------------
RELATIVES = [("Malia Sopoaga", "+6857730914"), ("Ioane Leaupepe", "+6857402288")]
MATAI = "Leaupepe Tuiloma"  # the family's chief (another person, typed by her: contact.name)

# --- Aulotu (Congregational church) -------------------------------------------------------------
CHURCH = {"id": "ek_0214", "name": "EFKS Faleasiu", "pastor": "Rev. Faatonu Mulitalo",
          "phone": "+685 42 118", "lat": -13.80273, "lon": -171.95208}  # the parish (negatives
# but for its name and denomination, which state her religion when sent as hers)
MEMBER_NO = "EFKS-FAL-0672"  # her number in the parish register (id.user)

# --- Fatuola (gout and kidney clinic) -----------------------------------------------------------
CLINIC = {"id": "clin_07", "name": "Fatuola Renal & Gout Clinic, Moto'otua",
          "phone": "+685 66 210", "lat": -13.83581, "lon": -171.77263}  # negatives
MRN = "FTO-0045521"  # her clinic record number (health.medical)
NEPHRO = "Dr. Lemalu Sapolu"  # the clinic's nephrologist (staff: a negative)

# --- Siapomaketi (tapa-cloth marketplace; she sells) --------------------------------------------
SHOP = "siapo_fetu_jane"  # her shop handle (id.user)
BUYER = ("Ana Kealoha", "88 Lani Street", "Hilo", "HI", "96720")  # a buyer, on a courier label
PAYOUT_ACCT = "2010448817"  # her Samoan bank account for payouts (financial.payment)

# --- Lakapiliki (junior rugby league club) ------------------------------------------------------
GROUND_AT = (-13.84102, -171.75302)  # the club's ground (a negative)
GROUND_FIX = (-13.841207, -171.753368)  # her phone at training pick-up
COACH = ("Coach Sione Taufa", "+6857288104")  # the club's coach (published: a negative)
CLUB = {"id": "club_apia_wests", "team": "tm_u12_b", "grade": "U12"}

# --- Vaiafa (cyclone-season water delivery) -----------------------------------------------------
DEPOT_AT = (-13.85013, -171.78122)  # the water depot (a negative)
TRUCK = {"id": "trk_11", "plate": "G 2208", "driver": "Pita", "phone": "+685 7704 551"}
TANK = {"litres": 5000, "kind": "plastic"}


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking, a listing, an event): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", auth: str | None = None,
       sm: bool = True, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app's headers (set 24's ``head``) with a Samoan Accept-Language and the time zone."""
    h = head(app, rng, iid=iid, how=how, auth=auth, lang=True, extra=extra)
    if sm:
        h["Accept-Language"] = L(SM_LANG, DEV)
    h["X-Timezone"] = L(TZ, DEV)
    return h


def iid_body() -> L:
    return L(INSTALL_ID, DID)


def tank_levels(rng: random.Random, n: int) -> list[list[float]]:
    """The tank sensor's level readings ``[epoch, percent]`` (a tank: unlabelled)."""
    lvl, out = 62.0, []
    for i in range(n):
        lvl -= rng.uniform(0.4, 1.6)
        out.append([1765300000 + 3600 * i, round(lvl, 1)])
    return out


__all__ = ["BIRTH_CERT", "BUYER", "CHURCH", "CLINIC", "CLUB", "COACH", "DEPOT_AT", "FALE",
           "FALE_AT", "GROUND_AT", "GROUND_FIX", "HUSBAND", "LOCAL_PHONE", "MATAI",
           "MATAUTU_AT", "MEMBER_NO", "MIL", "MRN", "MULIFANUA_AT", "NEPHRO", "NID_WS",
           "PAYOUT_ACCT", "PICKUP_PLATE", "RELATIVES", "SALELOLOGA_AT", "SHOP", "SM_LANG", "SON",
           "TANK", "TRUCK", "TZ", "VESSELS", "WHARF_FIX", "fix", "hd", "home", "iid_body", "obj",
           "tank_levels"]
