"""Helpers for the two-hundred-and-sixty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Bundung (Serekunda, The Gambia) with her
Gambian husband Lamin Sanneh, her US SIM roaming; their daughter Fatoumata (8) goes to a Saturday
art class in Kotu; her mother-in-law Kaddy Bojang lives in the family compound in Brikama
(Kabafita ward), where the family's cashew orchard is. Her places (their Bundung compound, her
fixes at the kafo's bantaba, the orchard, the oyster landing, the skin clinic, the art studio's
gate, the power-bank stations) are hers (``location.precise`` where sent); the bantaba, the
cashew buying station, the oyster landing, the clinic, the studio, the lumo markets and the
power-bank stations are businesses' or public places (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex and
pupil number are labelled), her mother-in-law, her sister in the US, her dermatologist.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Banjul"

# --- her Serekunda life ---------------------------------------------------------------------------
HOME = {"line": "Compound 41, Sanchaba Street", "area": "Bundung", "town": "Serekunda",
        "region": "Kanifing"}  # The Gambia has no post codes
HOME_AT = (13.441862, -16.679214)  # their compound (location.precise where sent)
HUSBAND = ("Lamin Sanneh", "+2207741290")  # typed by her: contact.*
MOTHER_IL = ("Kaddy Bojang", "+2203562218")  # her mother-in-law in Brikama
BRIKAMA = {"line": "Kabafita, Sanneh Kunda compound", "area": "Kabafita", "town": "Brikama",
           "region": "West Coast"}
BRIKAMA_AT = (13.271904, -16.649387)  # the family compound in Brikama (the family's: precise)
DAUGHTER = {"first": "Fatoumata", "last": "Sanneh", "dob": "2017-03-08", "sex": "muso",
            "pupil": "DA-25-0117"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
RESIDENCE = "NGID-0421877"  # her Gambian non-citizen ID card number (personal.national_id)
PASSPORT = "583310472"  # her US passport (personal.national_id)
TIN = "1004928817"  # her Gambian taxpayer number (personal.national_id)
GM_ACCOUNT = "0110204917012"  # her dalasi bank account (financial.payment)
GM_NET = "60702"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Kafo Kendeh (the women's kafo of Kabafita ward, Brikama) ------------------------------------
KAFO = {"id": "kf_kbf07", "name": "Kabafita Musu Kafo", "lat": 13.27144,
        "lon": -16.64871}  # the kafo and its bantaba (negatives)
BANTABA_FIX = (13.271461, -16.648702)  # her phone at the bantaba meeting
MEMBER = "KK-BRK-0318"  # her kafo member number (id.user)

# --- Kasuu Jula (a cashew processor's buying app; she sells the family orchard's nuts) -----------
ORCHARD_AT = [(13.254211, -16.621874), (13.254902, -16.620633), (13.253817, -16.619902),
              (13.253120, -16.621140)]  # the family orchard's corners (the family's: precise)
ORCHARD_FIX = (13.253998, -16.620871)  # her phone among the trees
STATION = {"id": "bs_brk02", "name": "Kasuu Jula Brikama buying station", "lat": 13.27011,
           "lon": -16.64452, "phone": "+2204483310"}  # (negatives)
FARMER = "KJ-F-20931"  # her farmer account (id.user)

# --- Ooyo Muso (a women's oyster cooperative's shop and mangrove boat trips) --------------------
LANDING = {"id": "ld_lamin", "name": "Lamin Bolong landing", "lat": 13.38472,
           "lon": -16.63481}  # the cooperative's landing (negatives)
LANDING_FIX = (13.384698, -16.634771)
OYSTER_ORDER = "OM-26-00481"  # her oyster order (financial.purchase)

# --- Kendeya Faata (a dermatology and keloid clinic in Kanifing) ---------------------------------
CLINIC = {"id": "cl_knf", "name": "Kanifing Skin and Keloid Clinic", "phone": "+2204377120",
          "lat": 13.45203, "lon": -16.67411}  # the clinic (negatives)
CLINIC_FIX = (13.452011, -16.674138)
FILE_NO = "KSK-2026-0772"  # her clinic file number (health.medical)
DERM = ("Dr. Awa Ceesay", "a.ceesay@kskc.example.org")  # typed by her: contact.*

# --- Dindin Art (the daughter's Saturday art class in Kotu) --------------------------------------
STUDIO = {"id": "st_kotu", "name": "Dindin Art Studio Kotu", "lat": 13.46142, "lon": -16.70571,
          "phone": "+2207019922"}  # the studio (negatives)
STUDIO_FIX = (13.461398, -16.705688)  # her fix at the studio gate
GROUP = {"id": "grp_sat_7to9", "name": "Saturday 7-9"}  # (negatives)

# --- Lumodoo (a weekly-market (lumo) shopping runner) ---------------------------------------------
LUMOS = [{"id": "lm_gunjur_sat", "name": "Gunjur lumo", "lat": 13.20211, "lon": -16.75702},
         {"id": "lm_sifoe_sun", "name": "Sifoe lumo", "lat": 13.21583, "lon": -16.70366}]
LUMO_ORDER = "LD-26-11872"  # her lumo order (financial.purchase)

# --- Kurangbox (power-bank rental kiosks) ---------------------------------------------------------
STATIONS = [{"id": "kb_westfield_03", "name": "Westfield junction", "lat": 13.45302,
             "lon": -16.67498},
            {"id": "kb_brk_carpark_01", "name": "Brikama car park", "lat": 13.27192,
             "lon": -16.64703}]  # (negatives)
WESTFIELD_FIX = (13.453044, -16.674953)
CARPARK_FIX = (13.271933, -16.647012)
RENTAL = "KB-R-5520913"  # her rental (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", mnk: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Mandinka first with ``mnk``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("mnk-GM,mnk;q=0.9,en;q=0.8" if mnk else "en-GM,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_GM") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_GM") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a note, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BANTABA_FIX", "BRIKAMA", "BRIKAMA_AT", "CARPARK_FIX", "CLINIC", "CLINIC_FIX",
           "DAUGHTER", "DERM", "FARMER", "FILE_NO", "GM_ACCOUNT", "GM_NET", "GROUP", "HOME",
           "HOME_AT", "HUSBAND", "KAFO", "LANDING", "LANDING_FIX", "LUMOS", "LUMO_ORDER",
           "MEMBER", "MOTHER_IL", "ORCHARD_AT", "ORCHARD_FIX", "OYSTER_ORDER", "PASSPORT",
           "RENTAL", "RESIDENCE", "SISTER_US", "STATION", "STATIONS", "STUDIO", "STUDIO_FIX",
           "TIN", "TZ", "WESTFIELD_FIX", "dev_block", "fix", "hd", "obj", "push"]
