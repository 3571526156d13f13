"""Helpers for the hundred-and-twenty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) is Khmer-American, holds a
Cambodian ID card too, and lives in Phnom Penh with her husband Chea Sokun and their son Visal
(8); she sews on line 14 of a Por Senchey garment factory. Her US SIM roams on a fictional
Cambodian network ("Tonletel", 456-12) and she has a Cambodian prepaid line. The capture ran over
three weeks, the last days in New York at her mother's flat (the profile's position and Wi-Fi).
Here: the romanised Khmer keys, her Cambodian line, ID card and social-security number, her house
and its Wi-Fi, her family, the factory (a negative) and her fix at its gate, the pagoda, the
dengue clinic, the family's rice field and its operator, the English school, the motorbike shop
and its bike (negatives where they are businesses' or things'), and generators (her fixes, a walk
round the field, a fever log).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE, sha
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- romanised Khmer keys (Kammakor's API) -------------------------------------------------------
K_NAME, K_FAMILY, K_PHONE = "chhmoh", "trakoul", "lek_tourasap"  # ឈ្មោះ ត្រកូល លេខទូរស័ព្ទ
K_ADDRESS, K_PROVINCE = "asayathan", "khet"  # អាសយដ្ឋាន ខេត្ត
K_IDCARD, K_BIRTH = "lek_attasanhanaban", "thngai_kamnaeut"  # លេខអត្តសញ្ញាណប័ណ្ណ ថ្ងៃកំណើត
K_PASSWORD, K_HUSBAND = "peak_samngat", "pdei"  # ពាក្យសម្ងាត់ ប្ដី
# also: khan ខណ្ឌ (district), sangkat សង្កាត់ (commune), phet ភេទ (sex), kon កូន (child),
# ven វេន (shift), sahachip សហជីព (union), moulhetu មូលហេតុ (reason), khnhom ខ្ញុំ (me)

# --- her Cambodian line, documents, home ---------------------------------------------------------
KH_SPACED, KH_E164, KH_NATIONAL = "+855 96 555 0148", "+855965550148", "096 555 0148"
KH_SHA256 = sha("sha256", KH_E164)
KH_ID = "010452817"  # her Cambodian ID card (personal.national_id)
NSSF_NO = "1220178814"  # her National Social Security Fund number (personal.national_id)
HOME_LINE = "Phteah 27B, Phlauv 456"  # house 27B, street 456 (contact.address)
SANGKAT, KHAN, CITY_PP, POSTAL_PP = "Tuol Tumpung Ti Pir", "Chamkar Mon", "Phnom Penh", "120408"
HOME_AT = (11.545873, 104.917402)  # her house (location.precise where sent)
HOME_SSID, HOME_BSSID = "Chea-Home-2.4G", "9c:53:22:7e:41:d0"  # the house's Wi-Fi (location.wifi)
WALLET_ACCT = "2003 4571 8826"  # her mobile-wallet account (financial.payment)
TONLE = ("Tonletel", "45612")  # the roaming network's name and MCC/MNC (location.carrier)
TZ_PP = "Asia/Phnom_Penh"
LANG_KM = "km-KH,km;q=0.9,en-US;q=0.8"

# --- her family (typed by her: contact.*) --------------------------------------------------------
HUSBAND = ("Chea Sokun", "+855 12 555 0173", "+855125550173")
HUSBAND_ID = "010338945"  # his ID card, typed by her (personal.national_id)
SON = ("Chea Visal", "Visal", "2017-03-09", 8)  # full name, first name, birth date, age
FATHER_IN_LAW = ("Chea Hong", "+855175550126")
ANCESTORS = ["Nuon Sophal", "Keo Samnang", "Chea Hout"]  # the dead named for the monks

# --- Kammakor: the garment factory (a business: negatives) ---------------------------------------
FACTORY = {"id": "fac_0217", "name": "Sovann Stitch Apparel", "lat": 11.53377, "lon": 104.83502,
           "hr": "hr@sovannstitch.example.com", "phone": "+85523555041"}
FACTORY_FIX = (11.533612, 104.834871)  # her phone at the gate (location.precise)
FACTORY_SSID, FACTORY_BSSID = "SSA-Workers", "00:1e:58:a4:7c:12"  # joined at work
WORKER_NO = "SSA-14-0872"  # her worker number (id.user)
UNION = "Por Senchey Free Garment Workers Union"  # membership: personal.sensitive
PICKUP_AT = (11.5463, 104.9168)  # the truck's stop at her lane (4 decimals, hers)

# --- Kromchey (group loan) -----------------------------------------------------------------------
CLIENT_NO = "KC-PP-0310447"  # her client number at the lender (id.user)
LOAN_NO = "LN-2512-00871"  # her loan account (id.user, as set 113's contract)
CENTRE = {"id": "ctr_tt2_04", "name": "Tuol Tumpung centre 4", "lat": 11.54702, "lon": 104.91833}
CENTRE_FIX = (11.547066, 104.918287)  # her phone at the weekly meeting

# --- Bonwat (the pagoda) -------------------------------------------------------------------------
PAGODA = {"id": "wat_srah_pring", "name": "Wat Srah Pring", "lat": 11.55843, "lon": 104.92211}
PAGODA_FIX = (11.558371, 104.922164)
PAGODA_SSID, PAGODA_BSSID = "WatSrahPring-Free", "b0:be:76:19:c3:5e"

# --- Chheamcare (the dengue clinic) --------------------------------------------------------------
CLINIC = {"id": "bfc_03", "name": "Bassac Fever Clinic", "phone": "+85523555019",
          "lat": 11.55412, "lon": 104.92873}
PATIENT_NO = "BFC-2025-118047"  # her patient number (id.user)
POLICY_NO = "AMH-77120458"  # her health-insurance policy (health.medical)
THERMO = {"serial": "TH-BT3-551208", "ble": "E4:1F:09:7A:22:5C", "fw": "1.4.0"}  # accessory

# --- Sraefly (rice-field drone spraying) ---------------------------------------------------------
FIELD_CORNERS = [(11.487124, 105.012351), (11.487633, 105.013902), (11.486218, 105.014377),
                 (11.485709, 105.012826)]  # the family's paddy (location.precise)
FIELD_CENTRE = (11.48667, 105.01336)
OPERATOR = {"id": "op_kdl_022", "name": "Kien Svay Agri-Drone", "phone": "+855975550164",
            "lat": 11.49321, "lon": 105.00487}  # a business (negatives)
LAND_TITLE = "KDL-0823-114-0077"  # the parcel's title number (unlabelled: the land, not her)

# --- Lotusabc (English school) -------------------------------------------------------------------
STUDENT_NO = "LBE-24-0319"  # Visal's student number (id.user)
SCHOOL = {"id": "lbe_tk", "name": "Lotus Bright English School (Toul Kork)",
          "phone": "+85523555077", "lat": 11.57641, "lon": 104.89312}
SCHOOL_GATE_FIX = (11.576372, 104.893208)
TEACHER = ("Teacher Sarah Lim", "sarah.lim@lotusbright.example.net")  # staff: negatives
TUKTUK = ("Sok Phirun", "+855165550139")  # the tuk-tuk driver allowed to collect him

# --- Chuolmoto (motorbike rental) ----------------------------------------------------------------
SHOP = {"id": "shp_riverside", "lat": 11.56925, "lon": 104.93094, "phone": "+85512555061"}
BIKE = {"id": "bk_0417", "model": "Kite 125", "plate": "2BC-4471", "frame": "KT125-KH-009912"}
LICENCE_KH = "PP-A1-0873341"  # her Cambodian driving licence (personal.national_id)
RENTAL = "CMR-55812"  # the rental's code (financial.purchase)
FLAT_AT = (11.561207, 104.925518)  # where the tyre went flat (her fix)


# --- generators ----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6, cat: str = PRECISE) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals."""
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def walk(rng: random.Random, n: int, t0: int = 1765512000) -> list[dict[str, Any]]:
    """Her walk along the paddy's bunds, corner to corner (each lat/lon location.precise)."""
    out = []
    for i in range(n):
        a, b = FIELD_CORNERS[i * 4 // n], FIELD_CORNERS[(i * 4 // n + 1) % 4]
        f = (i * 4 / n) % 1
        out.append({"t": t0 + 15 * i,
                    "la": L(round(a[0] + (b[0] - a[0]) * f + rng.uniform(-4e-6, 4e-6), 6),
                            PRECISE),
                    "lo": L(round(a[1] + (b[1] - a[1]) * f + rng.uniform(-4e-6, 4e-6), 6),
                            PRECISE), "acc": rng.choice([3, 4, 5])})
    return out


def fever(rng: random.Random, n: int, t0: int = 1765000800) -> list[dict[str, Any]]:
    """Her home log during the fever: temperature, fluids and urine counts every 6 hours."""
    return [{"t": t0 + 21600 * i, "tempC": round(38.2 + 1.1 * rng.random() - 0.1 * i, 1),
             "fluidsMl": rng.randrange(350, 900, 50), "urine": rng.randrange(1, 4)}
            for i in range(n)]


def trip(rng: random.Random, n: int, a: Pt, b: Pt) -> list[dict[str, Any]]:
    """Her fixes riding from ``a`` to ``b`` (lat/lng location.precise; speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        out.append({"lat": L(round(a[0] + (b[0] - a[0]) * f + rng.uniform(-5e-5, 5e-5), 6),
                             PRECISE),
                    "lng": L(round(a[1] + (b[1] - a[1]) * f + rng.uniform(-5e-5, 5e-5), 6),
                             PRECISE), "kmh": round(rng.uniform(15, 38), 1)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a bundle, a visit, a flight): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ANCESTORS", "BIKE", "CENTRE", "CENTRE_FIX", "CITY_PP", "CLIENT_NO", "CLINIC",
           "FACTORY", "FACTORY_BSSID", "FACTORY_FIX", "FACTORY_SSID", "FATHER_IN_LAW",
           "FIELD_CENTRE", "FIELD_CORNERS", "FLAT_AT", "HOME_AT", "HOME_BSSID", "HOME_LINE",
           "HOME_SSID", "HUSBAND", "HUSBAND_ID", "KHAN", "KH_E164", "KH_ID", "KH_NATIONAL",
           "KH_SHA256", "KH_SPACED", "K_ADDRESS", "K_BIRTH", "K_FAMILY", "K_HUSBAND", "K_IDCARD",
           "K_NAME", "K_PASSWORD", "K_PHONE", "K_PROVINCE", "LAND_TITLE", "LANG_KM",
           "LICENCE_KH", "LOAN_NO", "NSSF_NO", "OPERATOR", "PAGODA", "PAGODA_BSSID",
           "PAGODA_FIX", "PAGODA_SSID", "PATIENT_NO", "PICKUP_AT", "POLICY_NO", "POSTAL_PP",
           "RENTAL", "SANGKAT", "SCHOOL", "SCHOOL_GATE_FIX", "SHOP", "SON", "STUDENT_NO",
           "TEACHER", "THERMO", "TONLE", "TUKTUK", "TZ_PP", "UNION", "WALLET_ACCT", "WORKER_NO",
           "fever", "fix", "obj", "trip", "walk"]
