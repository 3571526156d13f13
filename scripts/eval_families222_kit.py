"""Helpers for the two-hundred-and-twenty-second (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set
24's).

This kit adds what the set's apps share. She lives in Comrat (Gagauzia, Moldova) with her Gagauz
husband Todur Yanioglu in his family's house, her US SIM roaming; she teaches English at a
language centre; their daughter Mariya (8) is in the second class and goes to a children's art
school; her mother-in-law Tudora Yanioglu lives in Ceadîr-Lunga, where the family's land shares
are. Her places (the house in Comrat, her fixes at the oil press's yard, the spine clinic, the
party's rally on the square, the art school's gate, the repair workshop, the nail salon, the
family's land-share plot) are hers (``location.precise`` where sent); the oil press, the
agricultural company's office, the clinic, the party office, the art school, the workshop and the
salon are businesses' or organisations' (negatives). People: her husband (``contact.*`` when she
types him), their daughter (a data subject: her name, birth date, sex and pupil number are
labelled), her mother-in-law, her sister in the US, her spine doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Chisinau"

# --- her Comrat life ------------------------------------------------------------------------------
HOME = {"line": "str. Tretiakov 27", "town": "Comrat", "region": "Gagauzia",
        "post": "MD-3805", "kuu": "Comrat"}
HOME_AT = (46.298714, 28.657932)  # their house (location.precise where sent)
HUSBAND = ("Todur Yanioglu", "+37369418273")  # typed by her: contact.*
MOTHER_IL = ("Tudora Yanioglu", "+37379205518")  # her mother-in-law in Ceadîr-Lunga
DAUGHTER = {"first": "Mariya", "last": "Yanioglu", "dob": "2017-04-11", "sex": "kiz",
            "pupil": "BY-2024-0317"}  # a data subject (the art school's pupil number: id.user)
SISTER_US = ("Megan Doe", "+15550163347", "megan.doe@example.net")  # her sister in Oregon
RESIDENCE = "PS-0817234"  # her Moldovan residence permit (personal.national_id)
IDNP = "0991804712265"  # her personal code on the permit (personal.national_id)
MD_IBAN = "MD74EX000022510001834712"  # her lei account (financial.payment)
MD_NET = "25902"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Yaacı (a sunflower-oil press's booking app, Ceadîr-Lunga) ------------------------------------
PRESS = {"id": "yp_cl07", "name": "Yaacı Press Ceadir-Lunga", "phone": "+37329124517",
         "lat": 46.06212, "lon": 28.83391}  # the press (point, phone: negatives)
PRESS_FIX = (46.062087, 28.833954)  # her phone in the press yard
PRESS_CARD = "YC-41-00872"  # her customer card at the press (id.user)
PRESS_ORDER = "YZ-2025-11408"  # her pressing order (financial.purchase)

# --- Toprak Payı (land-share rent from an agricultural company) -----------------------------------
AGRO = {"id": "ag_budak", "name": "Budak Agro SRL", "phone": "+37329122031",
        "lat": 46.05471, "lon": 28.81862}  # the lessee's office (negatives)
PLOT_AT = [(46.031842, 28.790317), (46.032611, 28.794902), (46.029974, 28.795611),
           (46.029208, 28.791022)]  # the family's land-share plot corners (hers: precise)
CADASTRE = "9602205.118"  # the plot's cadastral number (a property record, not a person)
LEASE = "AR-2019-0641"  # her lease contract (financial.purchase)
HOLDER = "TP-00318"  # her landholder account at the company (id.user)

# --- Omurga (a spine clinic: her cervical disc protrusion) ----------------------------------------
CLINIC = {"id": "om_comrat", "name": "Omurga Spine Centre", "phone": "+37329823340",
          "lat": 46.29552, "lon": 28.65218}  # the clinic (negatives)
CLINIC_FIX = (46.295497, 28.652213)
CARD_NO = "OM-25-01177"  # her patient card number (health.medical, a record number)
DOCTOR = ("Dr. Ivan Dimitroglu", "i.dimitroglu@omurga.example.org")  # typed by her: contact.*

# --- Halk Sesi (a regional political party's supporters' app) -------------------------------------
PARTY = {"id": "hs_party", "name": "Halk Sesi", "office": "str. Lenin 160, Comrat",
         "lat": 46.30211, "lon": 28.65463}  # the party office (negatives)
SQUARE_FIX = (46.301388, 28.655671)  # her phone at the rally on the square
SUPPORTER = "HS-SUP-20931"  # her supporter number (id.user)

# --- Boyacık (the daughter's children's art school: painting and ceramics) ------------------------
ART = {"id": "as_comrat2", "name": "Boyacik Children's Art School", "phone": "+37329825561",
       "lat": 46.29937, "lon": 28.66011}  # (negatives)
ART_GATE_FIX = (46.299402, 28.660077)  # her fix at the art school gate
GROUP = {"id": "gr_b2", "name": "Painting 2B", "room": "k-14"}  # (negatives)

# --- Ustalık (a shoe and watch repair workshop at the Comrat market) ------------------------------
WORKSHOP = {"id": "us_mkt12", "name": "Ustalik Repair, Comrat market", "phone": "+37369330412",
            "lat": 46.29689, "lon": 28.65807}  # (negatives)
WORKSHOP_FIX = (46.296871, 28.658102)
TICKET = "UT-7781"  # her repair ticket (financial.purchase)

# --- Tırnak (a nail salon in Comrat) --------------------------------------------------------------
SALON = {"id": "tn_sal03", "name": "Tirnak Studio", "phone": "+37379114408",
         "lat": 46.30044, "lon": 28.65692, "ssid": "TirnakStudio-Guest",
         "bssid": "a4:2b:b0:17:6e:c1"}  # (point, phone negatives; the Wi-Fi joined: wifi)
SALON_FIX = (46.300419, 28.656955)
CLIENT = "TN-C-6612"  # her salon client number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", lang: str = "en",
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English; Gagauz or Russian first)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L({"en": "en-MD,en;q=0.9",
                              "gag": "gag-MD,gag;q=0.9,ru;q=0.8,en;q=0.7",
                              "ru": "ru-MD,ru;q=0.9,en;q=0.8"}[lang], DEV)
    return h


def dev_block(lang: str = "en_MD") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MD") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a lesson, a thread): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGRO", "ART", "ART_GATE_FIX", "CADASTRE", "CARD_NO", "CLIENT", "CLINIC",
           "CLINIC_FIX", "DAUGHTER", "DOCTOR", "GROUP", "HOLDER", "HOME", "HOME_AT", "HUSBAND",
           "IDNP", "LEASE", "MD_IBAN", "MD_NET", "MOTHER_IL", "PARTY", "PLOT_AT", "PRESS",
           "PRESS_CARD", "PRESS_FIX", "PRESS_ORDER", "RESIDENCE", "SALON", "SALON_FIX",
           "SISTER_US", "SQUARE_FIX", "SUPPORTER", "TICKET", "TZ", "WORKSHOP", "WORKSHOP_FIX",
           "dev_block", "fix", "hd", "obj", "push"]
