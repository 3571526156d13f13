"""Helpers for the two-hundred-and-eighty-ninth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``,
the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set
24's).

This kit adds what the set's apps share. She lives in Sylhet (Bangladesh) with her Sylheti
husband Tanvir Chowdhury, who grew up in London and came back, her US SIM roaming; their
daughter Ayesha (8) is in class 3 and goes to a children's recitation and drawing academy; her
mother-in-law Rokeya Begum keeps the family's village house (the "bari") in Rajnagar,
Moulvibazar, whose owners include her brother-in-law Kamrul in London. Her places (their
Upashahar flat, her fixes at the mahfil ground, the clinic, the academy, the tea resort, the
agarwood garden in Barlekha, the bari) are hers (``location.precise`` where sent); the mahfil
ground, the clinic, the academy, the resort, the distillery, the pitha maker's kitchen and the
market are businesses' or organisers' (negatives). People: her husband, daughter (a data
subject: her name, birth date, sex, birth registration number and student number are labelled),
mother-in-law, brother-in-law in London, the bari's caretaker and her doctor (``contact.*`` when
she types them).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Dhaka"

# --- her Sylhet life ------------------------------------------------------------------------------
SY_HOME = {"line": "House 14, Road 3, Block C", "area": "Upashahar", "town": "Sylhet",
           "district": "Sylhet", "post": "3100"}
SY_HOME_AT = (24.887164, 91.882517)  # their flat (location.precise where sent)
HUSBAND = ("Tanvir Chowdhury", "+8801799018244")  # typed by her: contact.*
MOTHER_IL = ("Rokeya Begum", "+8801799017730")  # her mother-in-law at the bari in Rajnagar
BROTHER_IL = ("Kamrul Chowdhury", "+447700900412", "kamrul.chowdhury@example.co.uk")  # London
CARETAKER = ("Abdul Malik", "+8801799033418")  # the bari's caretaker (typed by her: contact.*)
DAUGHTER = {"first": "Ayesha", "last": "Chowdhury", "dob": "2017-11-03", "sex": "meye",
            "brn": "20179112345678901", "student": "KG-2024-0318"}  # a data subject
PASSPORT = "583904127"  # her US passport (personal.national_id)
ETIN = "483920175546"  # her Bangladeshi tax ID (e-TIN; personal.national_id)
BD_ACCOUNT = "2071103950121"  # her taka account at a bank (financial.payment)
WALLET = "+8801799046120"  # her local mobile-wallet number (her own second SIM: contact.phone)
BD_NET = "47001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Mahfilnama (a waz-mahfil events app: Islamic lecture gatherings) ----------------------------
MAHFIL = {"id": "mf_0214", "name": "Upashahar Annual Waz Mahfil", "lat": 24.88931,
          "lon": 91.87954, "phone": "+8801799220014"}  # the ground (point, phone: negatives)
MAHFIL_FIX = (24.889271, 91.879602)  # her phone in the women's enclosure
MEMBER = "MN-SY-40217"  # her Mahfilnama member number (id.user)

# --- Joraram (a post-chikungunya joint-pain clinic) -----------------------------------------------
CLINIC = {"id": "cl_zb07", "name": "Zindabazar Joint & Fever Care", "phone": "+8801799301122",
          "lat": 24.89662, "lon": 91.86804}  # (negatives)
CLINIC_FIX = (24.896588, 91.868071)
PATIENT = "ZJF-26-01733"  # her patient (registration) number (health.medical)
DOCTOR = ("Dr. Farhana Rahman", "f.rahman@zjfcare.example.com")  # typed by her: contact.*

# --- Kobitaghor (the daughter's recitation and drawing academy) ----------------------------------
ACADEMY = {"id": "ac_amb3", "name": "Ambarkhana Shishu Kobitaghor", "lat": 24.90612,
           "lon": 91.86633, "phone": "+8801799410355"}  # (negatives)
ACADEMY_FIX = (24.906148, 91.866297)  # her fix at the academy gate

# --- Chabagan Nibash (a tea resort in Sreemangal) -------------------------------------------------
RESORT = {"id": "rs_srm12", "name": "Chabagan Nibash Sreemangal", "phone": "+8801799550812",
          "lat": 24.29871, "lon": 91.74215, "ssid": "ChabaganNibash-Guest",
          "bssid": "6c:3b:6b:14:a0:7e"}  # (point, phone: negatives; Wi-Fi joined: wifi)
RESORT_FIX = (24.298652, 91.742233)
GARDEN_WALK = (24.291408, 91.751926)  # her phone on the tea-garden walk
LAKE_AT = (24.30215, 91.73504)  # a lake on the walk's map (a chart point: negative)
STAY = "CBN-26-00871"  # her stay (financial.purchase)

# --- Agorbagan (the family's agarwood garden in Barlekha; she keeps its records) ----------------
AGOR_AT = [(24.712418, 92.201734), (24.713106, 92.203015), (24.711902, 92.203681),
           (24.711244, 92.202287)]  # the garden's corners (the family's land: precise)
AGOR_FIX = (24.712236, 92.202611)  # her phone among the trees
DISTILLERY = {"id": "ds_brl04", "name": "Sujanagar Atar Karkhana", "lat": 24.70511,
              "lon": 92.19032, "phone": "+8801799620471"}  # the buyer (negatives)
GROWER = "AGR-BRL-0442"  # her grower account (id.user)

# --- Bari Dekha (the family's village house in Rajnagar, looked after for the London owners) ----
BARI_AT = (24.531872, 91.853406)  # the family's house (hers as a family place: precise)
BARI = {"village": "Kadamhata", "upazila": "Rajnagar", "district": "Moulvibazar",
        "line": "Chowdhury Bari, Kadamhata"}
BARI_ID = "BD-RJN-0019"  # the property's account on the app (id.user: the family's account)

# --- Pithaghor (winter pitha pre-orders from home makers) ----------------------------------------
KITCHEN = {"id": "pk_shib07", "name": "Nasrin's Pitha Ghor", "phone": "+8801799708811",
           "lat": 24.88862, "lon": 91.89508}  # a maker's published pickup point (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", bn: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Bengali first with ``bn``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("bn-BD,bn;q=0.9,en;q=0.8" if bn else "en-BD,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_BD") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_BD", keys: tuple[str, str] = ("pushToken", "installId")
         ) -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {keys[0]: L(token, DID), keys[1]: L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ACADEMY", "ACADEMY_FIX", "AGOR_AT", "AGOR_FIX", "BARI", "BARI_AT", "BARI_ID",
           "BD_ACCOUNT", "BD_NET", "BROTHER_IL", "CARETAKER", "CLINIC", "CLINIC_FIX", "DAUGHTER",
           "DISTILLERY", "DOCTOR", "ETIN", "GARDEN_WALK", "GROWER", "HUSBAND", "KITCHEN",
           "LAKE_AT", "MAHFIL", "MAHFIL_FIX", "MEMBER", "MOTHER_IL", "PASSPORT", "PATIENT",
           "RESORT", "RESORT_FIX", "STAY", "SY_HOME", "SY_HOME_AT", "TZ", "WALLET", "dev_block",
           "fix", "hd", "obj", "push"]
