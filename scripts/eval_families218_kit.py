"""Helpers for the two-hundred-and-eighteenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe, a US freelance radio
correspondent) lives in Ouagadougou (Burkina Faso; Gounghin, secteur 8) with her Burkinabe husband
Rasmane Kabore and their son Wendyam (8, in CE2), her US SIM roaming (visited network 613-03)
beside a local +226 line for mobile money; her mother-in-law Zenabo Kabore lives in the family
courtyard in Koudougou (secteur 4), where the family is having a borehole drilled. Her places
(their house, her fixes at the clinic, on club rides, at the puppet workshop's gate, at the fair,
on assignment, in the Koudougou courtyard) are hers (``location.precise`` where sent); the
driller's yard, the clinic, the cycling club house, the race's start and finish, the workshop,
the insurer's office, the union's office and the fairground are businesses' or public places
(negatives). People: her husband (``contact.*`` when she types him), their son (a data subject:
his name, birth date, sex, birth-certificate entry and pupil number are labelled), her
mother-in-law, her brother in Chicago.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Ouagadougou"

# --- her Ouagadougou life -------------------------------------------------------------------------
OUA_HOME = {"line": "Rue 9.12, porte 214", "quarter": "Gounghin", "sector": "secteur 8",
            "town": "Ouagadougou", "region": "Centre"}
OUA_HOME_AT = (12.367214, -1.547836)  # their house (location.precise where sent)
HUSBAND = ("Rasmane Kabore", "+22670412863")  # typed by her: contact.*
MOTHER_IL = ("Zenabo Kabore", "+22676093317")  # her mother-in-law in Koudougou
SON = {"first": "Wendyam", "last": "Kabore", "dob": "2017-03-14", "sex": "biribla",
       "birth_cert": "KDG-2017-001873", "pupil": "EPW-CE2-0461"}  # a data subject
BROTHER_US = ("Michael Doe", "+15550143317", "mike.doe@example.net")  # her brother in Chicago
LOCAL_PHONE = "+22665221840"  # her local line (contact.phone)
RESIDENCE = "CS-2024-0187446"  # her carte de sejour (personal.national_id)
PASSPORT = "583310742"  # her US passport (personal.national_id)
BF_ACCOUNT = "BF48BF1320100701238849100257"  # her franc CFA account (financial.payment)
BF_NET = "61303"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Bulli Koom (a borehole-drilling contractor; the Koudougou courtyard) -------------------------
KDG_YARD = {"line": "Rue 4.07, porte 33", "sector": "secteur 4", "town": "Koudougou",
            "province": "Boulkiemde", "region": "Centre-Ouest"}
KDG_YARD_AT = (12.256712, -2.368425)  # the family courtyard (precise where sent)
BORE_AT = (12.256761, -2.368391)  # the staked borehole spot in the courtyard (the family's)
DRILLER = {"id": "drl_kdg01", "name": "Forages Nakambe Koudougou", "phone": "+22625441207",
           "lat": 12.25102, "lon": -2.35981}  # the contractor's yard (negatives)
BORE_JOB = "BK-2026-0117"  # the drilling contract (financial.purchase)

# --- Marionet Kamba (a children's puppet-theatre workshop) ----------------------------------------
WORKSHOP = {"id": "ws_dapoya", "name": "Atelier Marionet Dapoya", "phone": "+22625306614",
            "lat": 12.37906, "lon": -1.52611}  # (negatives)
WORKSHOP_FIX = (12.379041, -1.526087)  # her fix at the workshop gate
PUPIL_CARD = "MK-26-0088"  # the son's workshop card (id.user)

# --- Keketond (an amateur cycling club and its road races) ----------------------------------------
CLUBHOUSE = {"id": "clb_oua", "name": "Keketond Cyclo Club", "lat": 12.35562,
             "lon": -1.53408}  # (negatives)
START_AT = (12.36921, -1.52704)  # the race's start line (a public place: negative)
FINISH_AT = (12.58212, -1.29873)  # the finish in Ziniare (negative)
RIDE_FIX = [(12.401127, -1.496218), (12.446905, -1.421377), (12.503318, -1.352046)]
LICENCE = "FBC-2026-03117"  # her cycling-federation licence (id.user)

# --- Laafi Tropik (a tropical-medicine clinic) ----------------------------------------------------
CLINIC = {"id": "clt_koul", "name": "Clinique Tropicale Koulouba", "phone": "+22625318840",
          "lat": 12.37604, "lon": -1.51713}  # (negatives)
CLINIC_FIX = (12.376018, -1.517162)
FILE_NO = "CTK-25-11392"  # her patient file number (health.medical)
DOCTOR = ("Dr. Aminata Sawadogo", "a.sawadogo@ctk.example.org")  # typed by her: contact.*

# --- Karen Ligdi (an education savings plan for the son) ------------------------------------------
INSURER = {"id": "ins_oua", "name": "Karen Ligdi Assurances", "lat": 12.36903,
           "lon": -1.52288}  # (negatives)
CONTRACT = "KL-EP-2026-004471"  # the savings contract (financial.purchase)

# --- Kibar Sendika (a journalists' union) ---------------------------------------------------------
UNION = {"id": "snj_bf", "name": "Kibar Sendika", "lat": 12.36588, "lon": -1.52219}  # (negative)
MEMBER = "SNK-0713"  # her union member number (personal.sensitive: trade-union membership)
PRESS_CARD = "CP-2025-0413"  # her press card (id.user)
ASSIGN_FIX = (13.091604, -1.083315)  # her fix on assignment in Kaya

# --- Nugtuum Raaga (a crafts trade fair) ----------------------------------------------------------
FAIR = {"id": "fair_2026", "name": "Nugtuum Raaga 2026", "lat": 12.33418,
        "lon": -1.50372}  # the fairground (negative)
FAIR_FIX = (12.334206, -1.503655)  # her fix at a stand
VISITOR = "NR26-V-20917"  # her visitor badge (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-BF,fr;q=0.9,en;q=0.8" if fr else "en-US,en;q=0.9,fr;q=0.7",
                             DEV)
    return h


def dev_block(lang: str = "en_US") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_US") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ASSIGN_FIX", "BF_ACCOUNT", "BF_NET", "BORE_AT", "BORE_JOB", "BROTHER_US", "CLINIC",
           "CLINIC_FIX", "CLUBHOUSE", "CONTRACT", "DOCTOR", "DRILLER", "FAIR", "FAIR_FIX",
           "FILE_NO", "FINISH_AT", "HUSBAND", "INSURER", "KDG_YARD", "KDG_YARD_AT", "LICENCE",
           "LOCAL_PHONE", "MEMBER", "MOTHER_IL", "OUA_HOME", "OUA_HOME_AT", "PASSPORT",
           "PRESS_CARD", "PUPIL_CARD", "RESIDENCE", "RIDE_FIX", "SON", "START_AT", "TZ", "UNION",
           "VISITOR", "WORKSHOP", "WORKSHOP_FIX", "dev_block", "fix", "hd", "obj", "push"]
