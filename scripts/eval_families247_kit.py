"""Helpers for the two-hundred-and-forty-seventh (blind, "blind244") evaluation set. Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's person, her US SIM roaming) lives in
Renon, Denpasar (Bali, Indonesia) with her Balinese husband I Made Suarjana; their daughter Ni
Putu Sekar Suarjana (3) is weighed at the banjar's posyandu every month; her mother-in-law Ni
Nyoman Rasmini lives in the family compound in Banjar Kelod, Desa Tegalsari, Sukawati (Gianyar),
where the family's rice field and family temple (merajan) are. Her places (the Renon house, the
compound, the rice field's corners and her fixes in it, her fixes at the bale banjar and the
posyandu, the waste-bank pick-up) are hers (``location.precise`` where sent); the offering
maker's shop, the subak's water temple and gates, the LPD's office, the doctors' base, the
posyandu, the bale banjar and the waste bank are businesses' or the community's (negatives).
People: her husband (``contact.*`` when she types him), their daughter (a data subject: her
name, birth date, sex, NIK, KIA book number and posyandu number are labelled), her
mother-in-law, her sister Emily in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Makassar"

# --- her Denpasar life ----------------------------------------------------------------------------
HOME = {"line": "Jl. Tukad Citarum Gg. Cempaka No. 9", "area": "Renon", "town": "Denpasar",
        "kec": "Denpasar Selatan", "region": "Bali", "post": "80226"}
HOME_AT = (-8.678412, 115.233906)  # their house in Renon (location.precise where sent)
COMPOUND = {"line": "Banjar Kelod, Desa Tegalsari", "kec": "Sukawati", "kab": "Gianyar"}
COMPOUND_AT = (-8.579633, 115.275218)  # the family compound in Gianyar (hers: precise)
HUSBAND = ("I Made Suarjana", "+6281237640188", "5171031203880004")  # name, phone, NIK
MOTHER_IL = ("Ni Nyoman Rasmini", "+6281338210457")  # her mother-in-law in Tegalsari
DAUGHTER = {"first": "Ni Putu Sekar", "last": "Suarjana", "dob": "2022-08-03", "sex": "luh",
            "nik": "5171034308220003", "kia": "KIA-DPS-22-08817", "anak": "PSY-TGR-0271-02",
            "wuku": "Wuku Ukir, Soma Umanis"}  # a data subject (sets 29, 35, 37)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
KITAS = "2C21JA4471-9X"  # her limited-stay permit card number (personal.national_id)
PASSPORT = "584029117"  # her US passport (personal.national_id)
KK = "5171032208150007"  # the family card (Kartu Keluarga) number (personal.national_id)
LPD_ACCOUNT = "LPD-TGS-01-0048815"  # her savings account at the village LPD (financial.payment)
ID_NET = "51010"  # the visited network's MCC/MNC while roaming (location.carrier)
WUKU_HER = "Wuku Sinta, Redite Kliwon"  # her Pawukon birth day (personal.birthdate)
DOB_ID = "17-05-1991"  # the profile's birth date, as Indonesian forms write it

# --- Bantenbecik (offerings maker orders and the Pawukon calendar) --------------------------------
MAKER = {"id": "tk_0217", "name": "Banten Jero Ayu", "phone": "+6285100227310",
         "lat": -8.67311, "lon": 115.22867}  # the offering maker's shop (negatives)
MERAJAN = "Merajan Suarjana, Banjar Kelod Tegalsari"  # the family temple (personal.sensitive)
ORDER = "BB-2602-71304"  # her otonan offerings order (financial.purchase)

# --- Yehsubak (the rice-terrace irrigation society) ----------------------------------------------
SUBAK = {"id": "sbk_tgs", "name": "Subak Tegalsari Kelod", "tempek": "tmp_03",
         "lat": -8.58512, "lon": 115.27044}  # the subak's water temple (a negative)
FIELD_AT = [(-8.584121, 115.271602), (-8.584430, 115.272418), (-8.585112, 115.272133),
            (-8.584803, 115.271311)]  # the family's rice field corners (hers: precise)
FIELD_FIX = (-8.584602, 115.271877)  # her phone in the field
GATE = {"id": "tb_07", "lat": -8.58371, "lon": 115.27095}  # a water gate (negative)
MEMBER = "SBK-TGS-03-114"  # the family's subak membership (id.user)

# --- Pipisdesa (the customary village's credit institution, LPD) ---------------------------------
LPD = {"id": "lpd_tgs", "name": "LPD Desa Adat Tegalsari", "lat": -8.57902,
       "lon": 115.27388, "phone": "+62361294411"}  # (negatives)
NASABAH = "NSB-0048815"  # her customer number (id.user)
LOAN = "KRD-2026-00731"  # her loan account (financial.payment)

# --- Dokter Rauh (a house-call doctor service) ----------------------------------------------------
DOCTOR = ("dr. Kadek Wiradana", "kadek.wiradana@rauh.example.com")  # typed by her: contact.*
CLINIC = {"id": "kl_sanur", "lat": -8.68822, "lon": 115.26104}  # the service's base (negative)
RM = "DR-RM-2026-01977"  # her medical record number (health.medical)
POLICY = "TRV-88410-2271"  # her travel-health policy number (health.medical, as set 37's)

# --- Cenikkelih (the banjar posyandu's child-growth app) -----------------------------------------
POSYANDU = {"id": "psy_tgr", "name": "Posyandu Tegeh Renon", "lat": -8.67917,
            "lon": 115.23188}  # held in the bale banjar (negatives)
POSYANDU_FIX = (-8.679166, 115.231874)  # her fix there on weighing day

# --- Kulkul (the banjar council) ------------------------------------------------------------------
BANJAR = {"id": "bj_tgr", "name": "Banjar Tegeh Renon", "lat": -8.67917,
          "lon": 115.23188, "ssid": "BaleBanjar-TegehRenon",
          "bssid": "d8:07:b6:5c:21:e4"}  # the bale banjar (point a negative; Wi-Fi: wifi)
BALE_FIX = (-8.679153, 115.231911)
KRAMA = "KR-TGR-0271"  # their household's banjar number (id.user)

# --- Luuresik (the neighbourhood waste bank) ------------------------------------------------------
WASTEBANK = {"id": "bs_renon", "name": "Bank Luu Resik Renon", "lat": -8.68051,
             "lon": 115.23547}  # (negatives)
SAVER = "LR-0917"  # her waste-bank saver number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ban: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Indonesian; Balinese first with
    ``ban``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ban-ID,ban;q=0.9,id;q=0.8,en;q=0.7" if ban
                             else "en-ID,en;q=0.9,id;q=0.8", DEV)
    return h


def dev_block(lang: str = "en_ID") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_ID") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a note, a lesson, a visit): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "BALE_FIX",
    "BANJAR",
    "CLINIC",
    "COMPOUND",
    "COMPOUND_AT",
    "DAUGHTER",
    "DOB_ID",
    "DOCTOR",
    "FIELD_AT",
    "FIELD_FIX",
    "GATE",
    "HOME",
    "HOME_AT",
    "HUSBAND",
    "ID_NET",
    "KID",
    "KITAS",
    "KK",
    "KRAMA",
    "LOAN",
    "LPD",
    "LPD_ACCOUNT",
    "MAKER",
    "MEMBER",
    "MERAJAN",
    "MOTHER_IL",
    "NASABAH",
    "ORDER",
    "PASSPORT",
    "POLICY",
    "POSYANDU",
    "POSYANDU_FIX",
    "RM",
    "SAVER",
    "SISTER_US",
    "SUBAK",
    "TZ",
    "WASTEBANK",
    "WUKU_HER",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
