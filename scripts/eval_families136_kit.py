"""Helpers for the hundred-and-thirty-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Bujumbura (Burundi) with her
Burundian husband Olivier Niyonzima, her US SIM roaming, and a local line that is also her
mobile-money wallet; their daughter Kevine (9) learns the drum after school. Her places (her
Kinindo house, her fixes at the Kibenga landing, the market stall, the church, the crusade
ground, the clinic, the Gatumba border post, the drumming school's gate, the fuel station, her
husband's family's plots near Bubanza) are hers (``location.precise`` where sent); the landing,
the market, the church, the crusade ground, the clinic, the border post, the Uvira market, the
drumming school, the fuel stations and the fertilizer depot are businesses' or the state's
(negatives). People: her husband and his sister Claudine (``contact.*`` when she types them),
their daughter (a data subject: her name, birth date, sex and pupil number are labelled), a
prayer partner, a customs broker, her sister in the US, the clinic's midwife.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Bujumbura"

# --- her Bujumbura life ---------------------------------------------------------------------------
HOME = {"line": "Parcelle 41, Avenue Kunkiko", "area": "Kinindo", "commune": "Muha",
        "town": "Bujumbura", "province": "Bujumbura Mairie"}
HOME_AT = (-3.409734, 29.356218)  # her house (location.precise where sent)
HUSBAND = ("Olivier Niyonzima", "+25779412236")  # typed by her: contact.*
DAUGHTER = {"first": "Kevine", "last": "Niyonzima", "dob": "2016-09-02", "sex": "F",
            "pupil": "TIN-2025-0188"}  # a data subject (sets 29, 35, 37)
SISTER_IN_LAW = ("Claudine Niyonzima", "+25769230417")  # her husband's sister (fish stall)
SISTER_US = ("Emily Doe", "+15550173391", "emily.doe@example.net")  # her sister in Ohio
PRAYER_PARTNER = ("Josiane Hakizimana", "+25762118093")  # a church sister she names
LOCAL_LINE = "+25761447702"  # her Burundian SIM and mobile-money wallet (contact.phone)
RES_CARD = "BI-RES-0471-2025"  # her residence card (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
BI_ACCOUNT = "00017-0220447193-52"  # her Bujumbura bank account (financial.payment)

# --- Ndagazi (Lake Tanganyika ndagala traders' market app; Kirundi keys) -------------------------
LANDING = {"id": "lnd_kib", "name": "Plage de Kibenga", "lat": -3.41873, "lon": 29.33962,
           "phone": "+25722251870"}  # the fish landing (negatives)
LANDING_FIX = (-3.418702, 29.339655)  # her phone at the landing
MARKET = {"id": "mkt_ruv", "name": "Marche de Ruvumera", "lat": -3.37381,
          "lon": 29.35104}  # the market (negatives)
STALL_FIX = (-3.373842, 29.351077)  # her fix at her sister-in-law's stall
TRADER = "NDZ-BJM-0412"  # her trader number (id.user)
FISH_ORDER = "NDZ-ORD-77120"  # a lot bought (financial.purchase)

# --- Kesharama (a Pentecostal church's night-vigil and crusade app) -----------------------------
CHURCH = {"id": "egl_kin", "name": "Eglise de Pentecote Umucyo Kinindo", "lat": -3.41227,
          "lon": 29.35388, "phone": "+25779005512"}  # the church (negatives as a place)
CHURCH_FIX = (-3.412248, 29.353911)
GROUND = {"id": "cr_2026_01", "name": "Terrain de Kinama", "lat": -3.32544,
          "lon": 29.37911}  # the crusade ground (negative)
GROUND_FIX = (-3.325471, 29.379086)
MEMBER = "EPU-KIN-1043"  # her member number (id.user)

# --- Planiya (a family-planning clinic's app) -----------------------------------------------------
CLINIC = {"id": "cf_roh", "name": "Clinique Familiale de Rohero", "lat": -3.38541,
          "lon": 29.36627, "phone": "+25722247701"}  # the clinic (negatives)
CLINIC_FIX = (-3.385437, 29.366241)
CLIENT_NO = "CFR-2025-3318"  # her clinic record number (health.medical)
MIDWIFE = ("Aline Irambona", "a.irambona@cfr.example.org")  # her midwife (typed: contact.*)

# --- Mpakapass (cross-border small traders, Gatumba / Kavimvira) --------------------------------
POST = {"id": "bp_gat", "name": "Poste frontalier de Gatumba", "lat": -3.33349,
        "lon": 29.24421}  # the border post (negatives)
BORDER_FIX = (-3.333512, 29.244187)  # her phone in the queue at the post
UVIRA = {"id": "mkt_uvi", "name": "Marche central d'Uvira", "lat": -3.39511,
         "lon": 29.13802}  # the Congolese market (negatives)
STR_CARD = "STR-BI-00917"  # her small-trader card (id.user)
LAISSEZ = "LP-BI-25-118402"  # her laissez-passer (personal.national_id)
BROKER = ("Jean-Paul Bigirimana", "+25771904426")  # her customs broker (typed: contact.*)
DECL = "DCL-GAT-25-30417"  # a consignment declaration (financial.purchase)

# --- Karyendo (a children's drumming school) ------------------------------------------------------
SCHOOL = {"id": "tb_kig", "name": "Ecole de Tambours Ingoma Nziza", "lat": -3.36552,
          "lon": 29.36391, "phone": "+25779660145"}  # the school (negatives)
GATE_FIX = (-3.365498, 29.363944)  # her fix at the school gate
TERM_INVOICE = "TIN-FAC-26-0188"  # the term's fees (financial.purchase)

# --- Lisansi (a fuel-queue slot booking app) ------------------------------------------------------
STATIONS = [{"id": "st_kin", "name": "Station Kinindo Lac", "lat": -3.40611, "lon": 29.35092},
            {"id": "st_roh", "name": "Station Rohero Centre", "lat": -3.38322,
             "lon": 29.36218}]  # stations (negatives)
QUEUE_FIX = (-3.406087, 29.350958)  # her fix in the queue at Kinindo
DRIVER = "LSN-04471"  # her driver account (id.user)
PLATE = "C 5571 A"  # the family car's plate (no taxonomy type: unlabelled)

# --- Fumbira (a subsidised-fertilizer voucher app) ------------------------------------------------
PLOTS = [(-3.115224, 29.408712), (-3.115901, 29.409630), (-3.116744, 29.409011),
         (-3.116032, 29.408054)]  # the family's plot near Bubanza (hers: precise)
DEPOT = {"id": "dp_bbz", "name": "Depot communal de Bubanza", "lat": -3.08112,
         "lon": 29.39245, "phone": "+25722285510"}  # the depot (negatives)
FARMER = "FMB-BBZ-22418"  # her farmer number (id.user)
VOUCHER = "VCH-2026A-558120"  # a fertilizer voucher (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", rn: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (French in Burundi, Kirundi with ``rn``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("rn-BI,rn;q=0.9,fr;q=0.8,en;q=0.7" if rn else
                             "fr-BI,fr;q=0.9,en;q=0.8", DEV)
    return h


def dev_block(lang: str = "fr_BI") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "fr_BI") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lot, a slot, a vigil, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BI_ACCOUNT", "BORDER_FIX", "BROKER", "CHURCH", "CHURCH_FIX", "CLIENT_NO", "CLINIC",
           "CLINIC_FIX", "DAUGHTER", "DECL", "DEPOT", "DRIVER", "FARMER", "FISH_ORDER",
           "GATE_FIX", "GROUND", "GROUND_FIX", "HOME", "HOME_AT", "HUSBAND", "LAISSEZ",
           "LANDING", "LANDING_FIX", "LOCAL_LINE", "MARKET", "MEMBER", "MIDWIFE", "PASSPORT",
           "PLATE", "PLOTS", "POST", "PRAYER_PARTNER", "QUEUE_FIX", "RES_CARD", "SCHOOL",
           "SISTER_IN_LAW", "SISTER_US", "STALL_FIX", "STATIONS", "STR_CARD", "TERM_INVOICE",
           "TRADER", "TZ", "UVIRA", "VOUCHER", "dev_block", "fix", "hd", "obj", "push"]
