"""Helpers for the two-hundred-and-seventy-ninth (blind) evaluation set ("blind276"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Sendim (municipality of Miranda do Douro,
Trás-os-Montes, Portugal) with her husband Amadeu Raposo Pires, whose family keeps Mirandesa cows
and almond trees; their daughter Aurora (8) goes to the primary school in Sendim and to the
children's stick-dance (pauliteiros) school; her mother-in-law Custódia Pires lives down the
street. Her US SIM roams. Her places (their house, her fixes at the eye clinic, the pasture where a
wolf killed a calf, the family's barn and meadows, the almond orchard, the grocer van's stop, the
church) are hers (``location.precise`` where sent); the clinic, the cooperative's warehouse, the
dance school's hall, the church, the grocer's stops and the agency's office are businesses' or
institutions' points (negatives). People: her husband (``contact.*`` when she types him), their
daughter (a data subject), her mother-in-law, her sister in the US, her eye doctor.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Lisbon"

# --- her Sendim life ------------------------------------------------------------------------------
HOME = {"line": "Rue de la Fuonte 14", "village": "Sendim", "council": "Miranda do Douro",
        "district": "Bragança", "post": "5225-072"}
HOME_AT = (41.389214, -6.428771)  # their house (location.precise where sent)
HUSBAND = ("Amadeu Raposo Pires", "+351963114207")  # typed by her: contact.*
MOTHER_IL = ("Custódia Pires", "+351932557140")  # her mother-in-law in Sendim
DAUGHTER = {"first": "Aurora", "last": "Pires", "dob": "2017-06-03", "sex": "F",
            "cc": "31874452", "pupil": "PAU-I-0219"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Megan Doe", "+15550163377", "megan.doe@example.net")  # her sister in Oregon
RESIDENCE = "AR-PT-0713389"  # her Portuguese residence card number (personal.national_id)
NIF = "287341096"  # her Portuguese tax number (personal.national_id)
PT_ACCOUNT = "PT50004514124030041277061"  # her euro account (financial.payment)
PT_NET = "26801"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Lhibro de la Baca (the Mirandesa cattle breeders' herd-book) ---------------------------------
HOLDING = "MDR-SND-0412"  # the family holding's herd-book number (id.user: she is co-holder)
BARN_AT = (41.393771, -6.421104)  # the family's barn (hers: precise)
MEADOW_AT = [(41.395102, -6.418811), (41.395890, -6.417402), (41.394971, -6.416530),
             (41.394201, -6.417950)]  # the family's meadow (lameiro) corners (hers: precise)
BREEDERS = {"id": "ass_mirandesa", "name": "Associaçon de Criadores de Baca Mirandesa",
            "lat": 41.49522, "lon": -6.27011, "phone": "+351273438120"}  # (negatives)
COWS = ["PT 4 1207 5531 2", "PT 3 1207 6602 9"]  # the cows' ear tags (animals: negatives)

# --- Lhobo i Gado (wolf-damage claims to the nature agency) ---------------------------------------
KILL_AT = (41.412547, -6.438712)  # her fix at the dead calf in the pasture (precise)
AGENCY = {"id": "ag_nordeste", "office": "Miranda do Douro", "lat": 41.49688,
          "lon": -6.27305}  # the agency's office (negative)
CLAIM = "LB-2026-00314"  # the claim's case number (unlabelled: a case ID; see Calls made)

# --- Uolho Claro (a keratoconus clinic) -----------------------------------------------------------
CLINIC = {"id": "cl_mdr", "name": "Clínica de Uolhos de Miranda", "phone": "+351273431590",
          "lat": 41.49412, "lon": -6.27238}  # the clinic (negatives)
CLINIC_FIX = (41.494108, -6.272401)
CHART = "UC-MDR-2026-00871"  # her clinical record number (health.medical)
DOCTOR = ("Dra. Helena Ferreira", "h.ferreira@uolhoclaro.example.org")  # typed by her: contact.*

# --- Almendral (the almond growers' cooperative) --------------------------------------------------
MEMBER = "ALM-S-0316"  # her cooperative member number (id.user)
WAREHOUSE = {"id": "wh_sendim", "name": "Armazén de Sendim", "lat": 41.38610,
             "lon": -6.43290, "phone": "+351273739211"}  # (negatives)
ORCHARD_AT = (41.380912, -6.441278)  # her fix in the family's orchard (precise)

# --- Paulitos (the children's stick-dance school) -------------------------------------------------
HALL = {"id": "hall_snd", "name": "Salon de l Grupo de Pauliteiros de Sendim", "lat": 41.38851,
        "lon": -6.42992}  # the school's hall (negative)
HALL_FIX = (41.388533, -6.429941)

# --- Cumpasso (the parish's Easter visitation) ----------------------------------------------------
CHURCH = {"id": "igr_snd", "name": "Eigreija de Sendim", "lat": 41.38897,
          "lon": -6.42712}  # (a negative as a place)
HOUSEHOLD = "CP-SND-0127"  # their household in the parish roll (id.user)

# --- La Carrinha (the travelling grocer's van) ----------------------------------------------------
TAB = "CR-0882"  # her tab with the grocer (id.user)
STOPS = [{"id": "st_snd_praca", "village": "Sendim", "lat": 41.38920, "lon": -6.42830},
         {"id": "st_atenor", "village": "Atenor", "lat": 41.41810, "lon": -6.44060}]  # (negatives)
STOP_FIX = (41.389188, -6.428322)  # her fix at the Sendim stop


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", pt: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Portuguese first with ``pt``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("pt-PT,pt;q=0.9,en;q=0.8" if pt else "en-PT,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PT") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``), Mirandese keys."""
    return {"modelo": L("Pixel 8", DEV), "sistema": L("Android 14", DEV),
            "lhengua": L(lang, DEV), "fuso": L(TZ, DEV)}


def push(token: str, lang: str = "en_PT") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"token_push": L(token, DID), "id_anstalacon": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "BARN_AT", "BREEDERS", "CHART", "CHURCH", "CLAIM", "CLINIC", "CLINIC_FIX",
           "COWS", "DAUGHTER", "DOCTOR", "HALL", "HALL_FIX", "HOLDING", "HOME", "HOME_AT",
           "HOUSEHOLD", "HUSBAND", "KILL_AT", "MEADOW_AT", "MEMBER", "MOTHER_IL", "NIF",
           "ORCHARD_AT", "PT_ACCOUNT", "PT_NET", "RESIDENCE", "SISTER_US", "STOPS", "STOP_FIX",
           "TAB", "TZ", "WAREHOUSE", "dev_block", "fix", "hd", "obj", "push"]
