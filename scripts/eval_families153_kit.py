"""Helpers for the hundred-and-fifty-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Bandung (West Java, Indonesia) with her
Sundanese husband Agus Sumantri, her US SIM roaming on an Indonesian network; she holds a
permanent stay permit (KITAP) and so an Indonesian resident number (NIK). Their son Rangga (10)
is in class 4; her husband's nephew Fajar (14), whose mother works abroad, boards at a pesantren
in Garut with them as his guardians; her mother-in-law lives in a hill village of Cisurupan,
Garut. Her places (their house in Dago, her fixes at the clinic, the silat hall, the strawberry
rows, the leather workshop, the mother-in-law's house, the pesantren gate, the bird-contest
field) are hers or her family's (``location.precise`` where sent); the clinic, the silat hall,
the strawberry farm, the workshop, the evacuation field, the rain gauge, the pesantren and the
contest field are businesses' or the village's (negatives). People: her husband, their son (a
data subject: name, birth date, sex, NIK), the nephew (a data subject: name, birth date, NIK,
student number), her mother-in-law, her sister-in-law abroad, her sister in the US.

NIKs are 16 digits: province+regency+district (6), the birth date as DDMMYY with 40 added to a
woman's day, a 4-digit serial; there is no check digit. 3273 is the city of Bandung, 3205 the
regency of Garut.
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

# --- her Bandung life -----------------------------------------------------------------------------
BDG_HOME = {"line": "Jl. Dago Pojok No. 17, RT 03/RW 05", "kel": "Dago", "kec": "Coblong",
            "town": "Bandung", "prov": "Jawa Barat", "post": "40135"}
BDG_HOME_AT = (-6.884372, 107.613718)  # their house (location.precise where sent)
HUSBAND = ("Agus Sumantri", "+6281322047815")  # typed by her: contact.*
SON = {"first": "Rangga", "last": "Sumantri", "dob": "2015-08-14", "sex": "lalaki",
       "nik": "3273021408150002"}  # a data subject; NIK: Coblong, 14-08-15, serial 0002
NEPHEW = {"first": "Fajar", "last": "Ramdani", "dob": "2011-02-09", "sex": "lalaki",
          "nik": "3205110902110004", "nis": "PMD-2024-0713"}  # the boarding pupil (data subject)
MOTHER_IL = ("Ening Kurniasih", "+6285221390466")  # her mother-in-law in Cisurupan
SISTER_IL = ("Euis Komalasari", "+966551204388")  # the nephew's mother, working in Riyadh
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
NIK = "3273025705910003"  # her NIK (KITAP holder): Coblong, 17+40=57-05-91, serial 0003
KK = "3273021205190011"  # the family card number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
ID_ACCOUNT = "7310458826"  # her Bandung bank account (financial.payment)
ID_NET = "51010"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Sepitan (circumcision clinic and the boy's celebration) --------------------------------------
CLINIC = {"id": "kl_psd", "name": "Klinik Sunat Pasundan", "phone": "+62224231877",
          "lat": -6.90941, "lon": 107.62087}  # the clinic (negatives)
CLINIC_FIX = (-6.909398, 107.620912)
PATIENT = "KSP-25-03318"  # the boy's clinic record number (health.medical)
HAJAT_ORDER = "HJ-2026-0412"  # the celebration package (financial.purchase)

# --- Paguron (a pencak silat school's membership, grading and tournaments) ------------------------
HALL = {"id": "pg_mbd", "name": "Paguron Maung Bodas Cicaheum", "lat": -6.90212,
        "lon": 107.65744}  # the hall (negatives)
HALL_FIX = (-6.902141, 107.657396)
MEMBER = "MB-BDG-04471"  # her member number (id.user)

# --- Metikan (a pick-your-own strawberry farm in Ciwidey) -----------------------------------------
FARM = {"id": "kb_cwd7", "name": "Kebon Stroberi Rancabali 7", "lat": -7.13310, "lon": 107.45930,
        "phone": "+6281120447730", "ssid": "KebonStroberi-Tamu",
        "bssid": "a8:5e:45:19:c2:07"}  # the farm (point, phone: negatives; Wi-Fi joined: wifi)
ROW_FIX = (-7.133342, 107.459571)  # her phone in the rows
TICKET = "MT-0226-88104"  # the day's tickets (financial.purchase)

# --- Kulitan (a Sukaregang leather workshop's made-to-measure jackets) ----------------------------
WORKSHOP = {"id": "ws_skr12", "name": "Bengkel Kulit Sukaregang 12", "phone": "+62262233418",
            "lat": -7.21058, "lon": 107.91124}  # the workshop (negatives)
WORKSHOP_FIX = (-7.210602, 107.911187)
JACKET_ORDER = "KL-26-00571"  # her jacket order (financial.purchase)
SIZES = {"dada": 92, "cangkeng": 74, "taktak": 40, "leungeun": 60, "panjang": 62}  # cm

# --- Siagalemah (a Garut village's landslide warning and household registry) ---------------------
MIL_HOUSE = {"line": "Kp. Cibodas Kidul RT 02/RW 04", "desa": "Cibodas Kidul",
             "kec": "Cisurupan", "kab": "Garut"}
MIL_HOUSE_AT = (-7.298714, 107.794208)  # the mother-in-law's house (location.precise)
FIELD_AT = (-7.29602, 107.79755)  # the evacuation field (the village's: negative)
GAUGE = {"id": "rg_cbk02", "lat": -7.29811, "lon": 107.79502}  # the rain gauge (negative)
HOUSEHOLD = "CBK-0204-0057"  # the household's number in the village registry (id.user)

# --- Santrina (the pesantren's guardians' app) ----------------------------------------------------
PONDOK = {"id": "pp_tgk", "name": "Pondok Pesantren Miftahul Huda Tarogong", "lat": -7.17912,
          "lon": 107.88654, "phone": "+62262541203"}  # the pesantren (negatives)
PONDOK_FIX = (-7.179071, 107.886598)
WALI = "WS-0713-02"  # her guardian account (id.user)

# --- Gantangan (a songbird contest app) -----------------------------------------------------------
VENUE = {"id": "gt_lpsk", "name": "Lapangan Gantangan Pasirkaliki", "lat": -6.90433,
         "lon": 107.59361}  # the contest field (negatives)
VENUE_FIX = (-6.904287, 107.593655)
KICAU = "GKB-21873"  # her club member number (id.user)
BIRDS = [{"ring": "KMB-19-2241", "jenis": "murai batu", "ngaran": "Si Jalu"},
         {"ring": "KMB-21-0937", "jenis": "kacer", "ngaran": "Si Bodas"}]  # birds (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", su: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Sundanese first with ``su``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("su-ID,su;q=0.9,id;q=0.8,en;q=0.7" if su else "en-ID,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "su_ID") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``); Sundanese keys."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "basa": L(lang, DEV),
            "zona_wanci": L(TZ, DEV)}


def push(token: str, lang: str = "su_ID") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"token_push": L(token, DID), "id_pakakas": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BDG_HOME", "BDG_HOME_AT", "BIRDS", "CLINIC", "CLINIC_FIX", "FARM", "FIELD_AT",
           "GAUGE", "HAJAT_ORDER", "HALL", "HALL_FIX", "HOUSEHOLD", "HUSBAND", "ID_ACCOUNT",
           "ID_NET", "JACKET_ORDER", "KICAU", "KK", "MEMBER", "MIL_HOUSE", "MIL_HOUSE_AT",
           "MOTHER_IL", "NEPHEW", "NIK", "PASSPORT", "PATIENT", "PONDOK", "PONDOK_FIX", "ROW_FIX",
           "SISTER_IL", "SISTER_US", "SIZES", "SON", "TICKET", "TZ", "VENUE", "VENUE_FIX", "WALI",
           "WORKSHOP", "WORKSHOP_FIX", "dev_block", "fix", "hd", "obj", "push"]
