"""Helpers for the two-hundred-and-fifty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Padang (West Sumatra, Indonesia) on a
spouse's stay permit (KITAS) with her Minangkabau husband Fadli Rahman (suku Caniago, from Nagari
Kapau near Bukittinggi), her US SIM roaming; their daughter Aisyah (8) is a dual US/Indonesian
citizen; her mother-in-law Nurhayati Syamsir lives in Bukittinggi; her sister Emily is in Ohio.
Her places (their house in Sawahan, Padang; her fixes at the mother-in-law's house, on a bendi,
in the family's cinnamon garden above Matua, at the Samsat office, at the customary council's
hall in Kapau, at the immigration office, at the health centre) are hers (``location.precise``
where sent); the bendi stand, the collector's warehouse, the Samsat office, the council hall, the
rendang kitchen, the immigration office, the health centre and the hospital are public or
businesses' points (negatives). People: her husband (``contact.*`` when she types him), their
daughter (a data subject: her name, birth date, sex, NIK, passports, birth certificate and
affidavit numbers are labelled), her mother-in-law, her sister, her adoptive mamak.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Jakarta"

# --- her Padang life ------------------------------------------------------------------------------
HOME = {"line": "Jl. Sawahan Dalam IV No. 17", "kel": "Sawahan", "kec": "Padang Timur",
        "town": "Padang", "prov": "Sumatera Barat", "post": "25121"}
HOME_AT = (-0.946318, 100.372954)  # their house (location.precise where sent)
HUSBAND = ("Fadli Rahman", "+6281266014427")  # typed by her: contact.*
MOTHER_IL = ("Nurhayati Syamsir", "+6281374402218")  # her mother-in-law in Bukittinggi
MIL_HOME = {"line": "Jl. Panorama No. 8, Kayu Kubu", "town": "Bukittinggi", "post": "26115"}
MIL_AT = (-0.309871, 100.366142)  # the mother-in-law's house (her fix when she is there)
DAUGHTER = {"first": "Aisyah", "last": "Rahman", "full": "Aisyah Putri Rahman",
            "dob": "2017-06-03", "sex": "padusi", "nik": "1371024306170003",
            "us_passport": "643190287", "id_passport": "C4417702",
            "akta": "1371-LU-12062017-0088", "affidavit": "AFD-PDG-2017-01944"}
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
SISTER_ADDR = {"line": "2217 Maple Ridge Dr", "town": "Columbus", "state": "OH", "zip": "43215"}
KITAS = "2C11AB4471093"  # her spouse-sponsored stay permit number (personal.national_id)
PASSPORT = "548812037"  # her US passport (personal.national_id)
NPWP = "09.871.442.6-201.000"  # her Indonesian tax number (personal.national_id)
KK = "1371021807150004"  # the family card (Kartu Keluarga) number (personal.national_id)
ID_ACCOUNT = "7102448913"  # her rupiah account at a regional bank (financial.payment)
ID_NET = "51010"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Bendikito (bendi, horse-cart, rides in Bukittinggi) ------------------------------------------
BENDI_STAND = {"id": "pkl_ateh", "name": "Pangkalan Bendi Pasa Ateh", "lat": -0.30489,
               "lon": 100.36988}  # the bendi stand by the market (a negative)
JAM_GADANG = (-0.30537, 100.36934)  # the clock tower (a public landmark: negative)
RIDE_FIX = (-0.307214, 100.368031)  # her phone on the bendi (location.precise)
KUSIA = {"id": "ks_0217", "name": "Pak Udin", "phone": "+6281363110245",
         "horse": "Si Bagindo"}  # the driver (a business: negatives)

# --- Kulikmanih (selling the family's cinnamon bark to a collector) -------------------------------
PARAK_AT = [(-0.283105, 100.256712), (-0.282611, 100.257804), (-0.283692, 100.258311),
            (-0.284224, 100.257140)]  # the garden's corners (the family's land: precise)
PARAK_FIX = (-0.283401, 100.257466)  # her phone in the garden at harvest
GUDANG = {"id": "gd_matua02", "name": "Gudang Kulik Manih Matua", "lat": -0.27961,
          "lon": 100.26244, "phone": "+6275231144"}  # the collector's warehouse (negatives)
SELLER = "KMN-AGM-00412"  # her seller account with the collector (id.user)

# --- Ondapajak (motorbike tax and registration, Samsat) -------------------------------------------
SAMSAT = {"id": "smst_pdg1", "name": "Samsat Padang", "lat": -0.91804,
          "lon": 100.36189}  # the office (negative)
SAMSAT_FIX = (-0.918112, 100.361975)
ONDA = {"plate": "BA 3817 QF", "frame": "MH1JM3118LK204417", "engine": "JM31E1442871",
        "bpkb": "Q-04417721", "make": "Honda Vario 125", "year": 2020}  # the vehicle (unlabelled)

# --- Sukuangku (the customary council: her adoption into a clan, malakok) -------------------------
BALAI = {"id": "kan_kapau", "name": "Balai Adat Nagari Kapau", "lat": -0.28691,
         "lon": 100.39822}  # the council hall (negative)
BALAI_FIX = (-0.286944, 100.398187)
MAMAK = ("Zulkifli Datuak Bandaro Kayo", "+6281266770193")  # her adoptive clan elder (typed)
ANGGOTA = "KAN-KPU-KT-0391"  # her entry in the council's register (id.user)

# --- Randangamai (a rendang kitchen's orders, shipped home and abroad) ----------------------------
DAPUA = {"id": "dp_amai", "name": "Dapua Randang Amai Upiak", "lat": -0.92522, "lon": 100.36012,
         "phone": "+6275144021", "line": "Jl. Veteran No. 52, Padang"}  # the kitchen (negatives)
ORDER = "RAU-2601-0734"  # her order (financial.purchase)

# --- Duonagari (the daughter's dual-citizenship affidavit at immigration) -------------------------
IMIGRASI = {"id": "kanim_pdg", "name": "Kantor Imigrasi Padang", "lat": -0.89562,
            "lon": 100.35381}  # (negative)
IMIGRASI_FIX = (-0.895588, 100.353771)

# --- Sehatbasamo (national health insurance membership and the health centre's queue) ------------
PUSKESMAS = {"id": "pkm_swh", "name": "Puskesmas Sawahan Dalam", "lat": -0.94755,
             "lon": 100.37410}  # (negative)
PKM_FIX = (-0.947521, 100.374140)
RSUD = {"id": "rs_pdg4", "name": "RSUD Padang Ampek", "lat": -0.93120, "lon": 100.35562}
MEMBER = "0002817744519"  # her national health insurance card number (health.medical)
MEMBER_KID = "0002817744527"  # the daughter's card number (health.medical)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", idn: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Indonesian first with ``idn``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("id-ID,id;q=0.9,en;q=0.8" if idn else "en-ID,en;q=0.9", DEV)
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
    """An internal object ID (a ride, a lot, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ANGGOTA", "BALAI", "BALAI_FIX", "BENDI_STAND", "DAPUA", "DAUGHTER", "GUDANG", "HOME",
           "HOME_AT", "HUSBAND", "ID_ACCOUNT", "ID_NET", "IMIGRASI", "IMIGRASI_FIX", "JAM_GADANG",
           "KITAS", "KK", "KUSIA", "MAMAK", "MEMBER", "MEMBER_KID", "MIL_AT", "MIL_HOME",
           "MOTHER_IL", "NPWP", "ONDA", "ORDER", "PARAK_AT", "PARAK_FIX", "PASSPORT", "PKM_FIX",
           "PUSKESMAS", "RIDE_FIX", "RSUD", "SAMSAT", "SAMSAT_FIX", "SELLER", "SISTER_ADDR",
           "SISTER_US", "TZ", "dev_block", "fix", "hd", "obj", "push"]
