"""Helpers for the two-hundred-and-eighty-sixth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Limboto (Kabupaten Gorontalo, Indonesia)
with her Gorontalo husband Rahmat Pakaya and works in Gorontalo City, her US SIM roaming; their
daughter Aisyah (10) is in the fifth class of a public primary school in Limboto; her
mother-in-law Rukmini Lamato lives in Gorontalo City. Her places (their house in Hunggaluwa, her
fixes at the mosque, the karawo workshop, the skin clinic, the family's corn field, the school
gate, the lake) are hers (``location.precise`` where sent); the mosque, the workshop, the
leasing branch, the dryer, the school, the clinic and the lake's jetty are others' (negatives).
People: her husband (``contact.*`` when she types him; his NIK ``personal.national_id``), their
daughter (a data subject: her name, birth date, sex, NISN and savings account are labelled), her
mother-in-law, her sister in the US.
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

# --- her Limboto life ----------------------------------------------------------------------------
HOME = {"line": "Jl. Jend. Sudirman No. 27, RT 02/RW 01", "kel": "Hunggaluwa",
        "town": "Limboto", "regency": "Kabupaten Gorontalo", "prov": "Gorontalo",
        "post": "96211"}
HOME_AT = (0.627814, 122.965237)  # their house (location.precise where sent)
HUSBAND = ("Rahmat Pakaya", "+6281243551870")  # typed by her: contact.*
HUSBAND_NIK = "7501031204850002"  # his national ID number (personal.national_id)
MOTHER_IL = ("Rukmini Lamato", "+6285240917733")  # her mother-in-law in Gorontalo City
DAUGHTER = {"first": "Aisyah", "last": "Pakaya", "dob": "2015-11-03", "sex": "P",
            "nisn": "0154478213"}  # a data subject (sets 29, 35, 37, 151)
SISTER_US = ("Claire Doe", "+15550163307", "claire.doe@example.net")  # her sister in Oregon
KITAS = "2C21AF0417-W"  # her limited-stay permit card (personal.national_id)
PASSPORT = "548203176"  # her US passport (personal.national_id)
NPWP = "91.482.330.7-822.000"  # her tax number (personal.national_id)
ID_ACCOUNT = "1570098231"  # her rupiah account (financial.payment)
ID_NET = "51010"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tolangga (a mosque's Walima festival and jamaah app) -----------------------------------------
MOSQUE = {"id": "tihi_hgl01", "name": "Masjid Al-Falah Hunggaluwa", "lat": 0.62911,
          "lon": 122.96388, "phone": "+62435881140"}  # (negatives)
MOSQUE_FIX = (0.629087, 122.963912)
JAMAAH = "AF-HGL-0388"  # her jamaah register number (id.user)

# --- Karawoku (a karawo embroidery workshop's commissions) ----------------------------------------
WORKSHOP = {"id": "krw_ilm07", "name": "Sanggar Karawo Ilomata", "phone": "+6282191144780",
            "lat": 0.61934, "lon": 122.97811}  # (negatives)
WORKSHOP_FIX = (0.619318, 122.978143)
KRW_ORDER = "KRW-2602-0147"  # her commission (financial.purchase)

# --- Motoripu (a motorcycle consumer-finance app) -------------------------------------------------
BRANCH = {"id": "br_gtlo2", "name": "Cabang Gorontalo 2", "lat": 0.54362, "lon": 123.06241,
          "phone": "+62435828810"}  # (negatives)
CONTRACT = "MRP-75-2602-11843"  # her credit contract (financial.purchase)
VA = "8808750211843002"  # her contract's virtual account (financial.payment)
DEALER = {"id": "dl_lmb03", "name": "Dealer Motor Limboto", "lat": 0.63108, "lon": 122.96011}

# --- Pangimba (a corn-drying cooperative's booking app) -------------------------------------------
FIELD_AT = [(0.661204, 122.948127), (0.661781, 122.949310), (0.660712, 122.949902),
            (0.660218, 122.948640)]  # the family's corn field corners (hers: precise)
FIELD_FIX = (0.660934, 122.949011)  # her phone in the field at harvest
DRYER = {"id": "drk_tlg1", "name": "KUD Binte Tualango", "lat": 0.66448, "lon": 122.94530}
FARMER = "KTB-0211-0093"  # the family's member number at the cooperative (id.user)

# --- Doiwalao (the daughter's school savings) -----------------------------------------------------
SCHOOL = {"id": "sdn3_lmb", "name": "SD Negeri 3 Limboto", "lat": 0.62561, "lon": 122.96802,
          "phone": "+62435880321"}  # (negatives)
GATE_FIX = (0.625588, 122.968061)
SAVINGS = "TBS-3LMB-5B-0417"  # Aisyah's savings book number (financial.payment)

# --- Wajahbohu (a skin clinic's melasma programme) ------------------------------------------------
CLINIC = {"id": "kl_hlt01", "name": "Klinik Kulit Hulontalo", "lat": 0.54121, "lon": 123.05897,
          "phone": "+62435830455"}  # (negatives)
CLINIC_FIX = (0.541187, 123.058991)
PATIENT = "WB-0047713"  # her medical record number (health.medical)
DOCTOR = ("dr. Nurhayati Dunggio, Sp.DV", "n.dunggio@klinikhulontalo.example.org")

# --- Huyula Bulalo (Lake Limboto water-hyacinth volunteers) ---------------------------------------
JETTY = {"id": "dm_iluta", "name": "Dermaga Iluta", "lat": 0.59873, "lon": 122.97305}
PATCH_FIX = (0.584127, 122.988714)  # her phone on the boat at a hyacinth patch
VOLUNTEER = "HB-VOL-1187"  # her volunteer number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", loc: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Indonesian first with ``loc``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("id-ID,id;q=0.9,en;q=0.8" if loc else "en-ID,en;q=0.9,id;q=0.7",
                             DEV)
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
    """An internal object ID (a line, a slot, a shift): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BRANCH", "CLINIC", "CLINIC_FIX", "CONTRACT", "DAUGHTER", "DEALER", "DOCTOR", "DRYER",
           "FARMER", "FIELD_AT", "FIELD_FIX", "GATE_FIX", "HOME", "HOME_AT", "HUSBAND",
           "HUSBAND_NIK", "ID_ACCOUNT", "ID_NET", "JAMAAH", "JETTY", "KITAS", "KRW_ORDER",
           "MOSQUE", "MOSQUE_FIX", "MOTHER_IL", "NPWP", "PASSPORT", "PATCH_FIX", "PATIENT",
           "SAVINGS", "SCHOOL", "SISTER_US", "TZ", "VA", "VOLUNTEER", "WORKSHOP", "WORKSHOP_FIX",
           "dev_block", "fix", "hd", "obj", "push"]
