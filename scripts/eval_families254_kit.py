"""Helpers for the two-hundred-and-fifty-fourth (blind) evaluation set ("blind251"). Category
ids, the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules
import them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper
``head``, the JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id``
are set 24's). Its shape is set 151's kit.

This kit adds what the set's apps share. She lives in Taroudant (Souss, Morocco) with her Soussi
husband Brahim Oubaha, her US SIM roaming; their son Anir (10) goes to the youth centre (Dar
Chabab) in Taroudant; her mother-in-law Fadma Idbelkas lives in the douar of Tighanimin
(fictional) near Freija and cracks argan in the women's cooperative there; her sister-in-law
Rqiya Oubaha lives in Agadir. All fictional. Her places (their house in the Taroudant medina,
her fixes at the thalasso centre, the zawiya, the adoul's office, the youth centre's door, the
oven, the cooperative, the family's orchard plot) are hers (``location.precise`` where sent);
the businesses' and institutions' points, names and phones are negatives.

Moroccan numbers as I made them (not checked against any rule file): her residence card
("carte de sejour") is a letter and seven digits with a prefix I invented; a CIN is one or two
letters and digits (JT for Taroudant as I recall); a RIB is 24 digits; mobile numbers are
+212 6xx or 7xx.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Casablanca"

# --- her Taroudant life ---------------------------------------------------------------------------
HOME = {"line": "14 Derb Tafilalt, Talmaqlat", "area": "Talmaqlat", "town": "Taroudant",
        "region": "Souss-Massa", "post": "83000"}
HOME_AT = (30.471862, -8.874213)  # their house in the medina (location.precise where sent)
HUSBAND = ("Brahim Oubaha", "+212661447302", "JT84412")  # typed by her: contact.*, his CIN
MOTHER_IL = ("Fadma Idbelkas", "+212670218845")  # her mother-in-law in the douar
SISTER_IL = ("Rqiya Oubaha", "+212662905113")  # her sister-in-law in Agadir
SON = {"first": "Anir", "last": "Oubaha", "dob": "2015-11-03", "sex": "afrukh",
       "massar": "J153092274", "card": "DC-TRD-2291"}  # a data subject (sets 29, 35, 37)
RESIDENCE = "CS-E4471290"  # her Moroccan residence card number (personal.national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
MA_RIB = "190815211120004471290136"  # her dirham account's RIB (financial.payment)
CNSS = "148823907"  # her social-security (CNSS/AMO) registration number (personal.national_id)

# --- Amanilel (an Agadir thalassotherapy centre: a prescribed cure) -------------------------------
THALASSO = {"id": "th_agd01", "name": "Amanilel Thalasso Agadir", "phone": "+212528844170",
            "lat": 30.40912, "lon": -9.60388, "ssid": "Amanilel-Clients",
            "bssid": "f0:9f:c2:18:4a:e1"}  # (point, phone: negatives; Wi-Fi joined: wifi)
THALASSO_FIX = (30.409106, -9.603861)
CURE = "AML-CUR-26-0418"  # her cure booking (financial.purchase)
MUTUAL = "MUT-0071-552910"  # her private health insurer's member number (health.medical)
DOCTOR = ("Dr. Naima Outaleb", "+212528221904")  # her rheumatologist (typed: contact.*)

# --- Tadukli Argan (the women's argan cooperative; she is a member) -------------------------------
COOP = {"id": "coop_tgh", "name": "Cooperative Tadukli Tighanimin", "lat": 30.50412,
        "lon": -8.81277, "phone": "+212528550318"}  # (negatives)
COOP_FIX = (30.504087, -8.812901)  # her phone at the cooperative's cracking room
MEMBER = "TDK-0217"  # her member number (id.user)

# --- Lwird (a Souss zawiya's women's circle and moussem) -----------------------------------------
ZAWIYA = {"id": "zw_sbm", "name": "Zawiya Sidi Bou Meghdal", "lat": 30.46918,
          "lon": -8.86401}  # the zawiya (a negative as a place)
ZAWIYA_FIX = (30.469204, -8.864087)
MURIDA = "ZW-M-00388"  # her registration in the zawiya's women's circle (id.user)

# --- Lkaghit (an adoul office: deeds, copies, fees) ----------------------------------------------
ADOUL = {"id": "adl_trd07", "name": "Bureau des Adoul Bab Zorgane", "phone": "+212528852266",
         "lat": 30.47311, "lon": -8.87705}  # (negatives)
ADOUL_FIX = (30.473098, -8.877041)
FILE = "ADL-2026-00731"  # her deed file (financial.purchase: the land bought, the fees)
PLOT_AT = [(30.448215, -8.901342), (30.448601, -8.900714), (30.448102, -8.900288),
           (30.447733, -8.900905)]  # the orchard plot she buys (hers: precise)
TAX_ID = "50194471"  # her Moroccan tax identifier (personal.national_id)

# --- Asaysn (the Taroudant youth centre: the son's clubs) ----------------------------------------
YOUTH = {"id": "dc_trd", "name": "Dar Chabab Taroudant", "lat": 30.47542, "lon": -8.87018,
         "phone": "+212528851040"}  # (negatives)
YOUTH_FIX = (30.475397, -8.870161)  # her fix at the centre's door

# --- Afarnu (the neighbourhood's wood-fired oven) ------------------------------------------------
OVEN = {"id": "frn_tlm3", "name": "Afarnu Talmaqlat 3", "lat": 30.47201,
        "lon": -8.87388}  # the oven (a negative)
OVEN_FIX = (30.472031, -8.873902)

# --- Zzafran Taliwin (a saffron house's shop and harvest mornings) -------------------------------
SAFFRON = {"id": "zf_tlw", "name": "Dar Zzafran Taliwin", "lat": 30.53188, "lon": -7.92412,
           "phone": "+212528534477"}  # (negatives)
FIELD_FIX = (30.529614, -7.921877)  # her phone in the saffron field at dawn
ORDER = "ZF-26-10442"  # her order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-MA,fr;q=0.9,ar-MA;q=0.8,en;q=0.7" if fr else "en-MA,en;q=0.9",
                             DEV)
    return h


def dev_block(lang: str = "en_MA") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_MA") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def aruku(token: str) -> dict[str, Any]:
    """A push registration with Tachelhit keys (``aruku`` device, ``tutlayt`` language)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "aruku_id": L(INSTALL_ID, DID),
            "tutlayt": L("en", DEV), "akud": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a session, a batch): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ADOUL", "ADOUL_FIX", "CNSS", "COOP", "COOP_FIX", "CURE", "DOCTOR", "FIELD_FIX",
           "FILE", "HOME", "HOME_AT", "HUSBAND", "MA_RIB", "MEMBER", "MOTHER_IL", "MURIDA",
           "MUTUAL", "ORDER", "OVEN", "OVEN_FIX", "PASSPORT", "PLOT_AT", "RESIDENCE", "SAFFRON",
           "SISTER_IL", "SON", "TAX_ID", "THALASSO", "THALASSO_FIX", "TZ", "YOUTH", "YOUTH_FIX",
           "ZAWIYA", "ZAWIYA_FIX", "aruku", "dev_block", "fix", "hd", "obj", "push"]
