"""Helpers for the hundred-and-thirty-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Kampala (Uganda) with her
Ugandan husband Daniel Ssekandi and their twin daughters Babirye and Nakato (4), her US SIM
roaming. Her places (her Muyenga house, her fixes at the nursery gate, the parish, the physio
centre, the accident junction, the pilgrimage walk, her husband's family's banana farm near
Masaka) are hers (``location.precise`` where sent); the clan's seat, the collection point, the
market, the parish church, the shrine, the nursery, the physio centre, the SACCO's office and
the bowser yard are businesses', the clan's or the church's (negatives). People: her husband
(``contact.*`` when she types him), the twins (data subjects: names, birth date, sex, pupil
numbers labelled), a friend from the SACCO (her loan guarantor), her sister in the US, the
physiotherapist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Kampala"

# --- her Kampala life -----------------------------------------------------------------------------
KLA_HOME = {"line": "Plot 27 Bukasa Close", "area": "Muyenga", "town": "Kampala",
            "division": "Makindye", "region": "Central"}
KLA_HOME_AT = (0.296842, 32.616327)  # her house (location.precise where sent)
HUSBAND = ("Daniel Ssekandi", "+256772418530")  # typed by her: contact.*
HUSBAND_NIN = "CM85022104PQTLA"  # his national ID number (typed by her: personal.national_id)
TWINS = [{"first": "Babirye", "middle": "Amara", "last": "Ssekandi", "dob": "2021-08-09",
          "sex": "F", "pupil": "LCN-24-0117"},
         {"first": "Nakato", "middle": "Hope", "last": "Ssekandi", "dob": "2021-08-09",
          "sex": "F", "pupil": "LCN-24-0118"}]  # data subjects (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
FRIEND = ("Sarah Namutebi", "+256701553214")  # a SACCO friend, her guarantor (contact.*)
ALIEN_ID = "AF91051700KQ3Z"  # her Ugandan alien ID card (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
UG_ACCOUNT = "9030014728813"  # her Kampala bank account (financial.payment)

# --- Kika Kyaffe (her husband's clan association; Luganda keys) ----------------------------------
CLAN = {"id": "seat_0412", "name": "Ekika ky'Envubu", "seat": "Butaka, Mpigi",
        "lat": 0.22514, "lon": 32.31288, "phone": "+256414661280"}  # the clan's seat (negatives)
CLAN_NO = "NVB-KLA-08817"  # her membership number (id.user)
LINEAGE = {"essiga": "Ssiga lya Kayiira", "omutuba": "Mutuba gwa Nsubuga"}  # sensitive (clan)
FUNERAL_AT = (0.312911, 32.552104)  # the home of the mourned elder in Rubaga (her fix there)

# --- Enkota (matooke bunch collection and sale) --------------------------------------------------
FARM = [(-0.351204, 31.741522), (-0.351890, 31.742610), (-0.352733, 31.741980),
        (-0.352010, 31.740871)]  # the family's banana farm's corners near Masaka (hers: precise)
FARM_GATE_AT = (-0.351655, 31.741203)  # the farm gate where the truck loads (hers: precise)
GROWER = "EN-MSK-30418"  # her grower number (id.user)
COLLECT = {"id": "cp_kyb", "name": "Kyabakuza Collection Point", "lat": -0.33512,
           "lon": 31.73318, "phone": "+256481420177"}  # the buyer's shed (negatives)
MARKET = {"id": "mk_klw", "name": "Kalerwe Wholesale Yard", "lat": 0.35931,
          "lon": 32.57377}  # the market (negatives)
TRUCK = {"id": "trk_0912", "plate": "UBF 118K"}  # the buyer's truck (negatives)
MANIFEST = "MF-25-11820"  # a sale's manifest (financial.purchase)

# --- Martyrsway (an Anglican parish's Namugongo pilgrimage and parish app) -----------------------
PARISH = {"id": "par_stb", "name": "St. Barnabas Church of Uganda, Kabalagala",
          "lat": 0.29861, "lon": 32.59914}  # the church (a negative as a place)
PARISH_FIX = (0.298633, 32.599102)
SHRINE = {"id": "sh_nmg", "name": "Namugongo Martyrs' Shrine", "lat": 0.38262,
          "lon": 32.65129}  # the shrine (negative)
WALK_FIX = (0.341907, 32.628815)  # her phone on the walk (Kireka road)
PARISHIONER = "STB-P-4471"  # her parish register number (id.user)

# --- Crestlings (the twins' nursery school: diary, van, fees) ------------------------------------
NURSERY = {"id": "ns_lcn", "name": "Little Crestlings Nursery School", "lat": 0.28852,
           "lon": 32.61551, "phone": "+256393218804"}  # the school (negatives)
VAN = {"id": "van_03", "plate": "UBK 412X", "driver": "Uncle Musa"}  # negatives
GATE_FIX = (0.288547, 32.615488)  # her phone at the nursery gate
NURSERY_INV = "LCN-INV-T3-2025-0117"  # the term's invoice (financial.purchase)

# --- Kyenvuma (physiotherapy after a boda-boda accident) -----------------------------------------
PHYSIO = {"id": "pc_kol", "name": "Kololo Rehab & Physio Centre", "lat": 0.33004,
          "lon": 32.59251, "phone": "+256312290041"}  # the centre (negatives)
PHYSIO_FIX = (0.330061, 32.592478)
ACCIDENT_AT = (0.301288, 32.604417)  # the junction where the boda fell (her fix)
PATIENT_NO = "KRP-22871"  # her physio file number (health.medical)
POLICY = "SVM-HLT-5520913"  # her health insurance member number (health.medical, as set 37)
THERAPIST = ("Grace Achieng", "g.achieng@kololorehab.example.org")  # typed: contact.*

# --- Tereka (a residents' savings and credit cooperative, SACCO) ---------------------------------
SACCO = {"id": "sc_mrs", "name": "Muyenga Residents SACCO", "lat": 0.29377,
         "lon": 32.61402, "phone": "+256414590312"}  # the office (negatives)
MEMBER = "MRS-0004471"  # her SACCO member number (id.user)
LOAN = "LN-2025-00931"  # her loan (financial.purchase: a credit agreement she took)

# --- Tankwise (the rooftop water tank's sensor and the bowser deliveries) ------------------------
SENSOR = {"serial": "TW-10K-55A0912", "mac": "24:6f:28:9b:10:c4", "fw": "2.3.1",
          "ssid": "Tankwise-Setup-10C4"}  # the sensor (negatives; its set-up AP too)
TANK = {"id": "tk_7712", "litres": 10000}  # the tank (negative)
BOWSER = {"id": "bw_kns", "name": "Kansanga Water Bowsers", "lat": 0.28102, "lon": 32.61944,
          "phone": "+256782330198"}  # the supplier (negatives)
ACCOUNT_NO = "TW-KLA-20931"  # her Tankwise account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lg: bool = False,
       lang: bool = True, **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English in Uganda, Luganda with ``lg``;
    none with ``lang=False``: an HTTP client that sets none)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang:
        h["Accept-Language"] = L("lg-UG,lg;q=0.9,en;q=0.8" if lg else "en-UG,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_UG") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_UG") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a bunch lot, a diary entry, a session, a reading): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "ACCIDENT_AT",
    "ACCOUNT_NO",
    "ALIEN_ID",
    "BOWSER",
    "CLAN",
    "CLAN_NO",
    "COLLECT",
    "FARM",
    "FARM_GATE_AT",
    "FRIEND",
    "FUNERAL_AT",
    "GATE_FIX",
    "GROWER",
    "HUSBAND",
    "HUSBAND_NIN",
    "KLA_HOME",
    "KLA_HOME_AT",
    "LINEAGE",
    "LOAN",
    "MANIFEST",
    "MARKET",
    "MEMBER",
    "NURSERY",
    "NURSERY_INV",
    "PARISH",
    "PARISHIONER",
    "PARISH_FIX",
    "PASSPORT",
    "PATIENT_NO",
    "PHYSIO",
    "PHYSIO_FIX",
    "POLICY",
    "SACCO",
    "SENSOR",
    "SHRINE",
    "SISTER_US",
    "TANK",
    "THERAPIST",
    "TRUCK",
    "TWINS",
    "TZ",
    "UG_ACCOUNT",
    "VAN",
    "WALK_FIX",
    "dev_block",
    "fix",
    "hd",
    "obj",
    "push",
]
