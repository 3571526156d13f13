"""Helpers for the two-hundred-and-forty-sixth (blind) evaluation set ("blind243"). Category ids,
the profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's Jane Doe) lives in Matadi (Kongo
Central, DR Congo) with her Congolese husband Luzolo Mabiala, a marine-engine mechanic, and their
son Nsimba (11, sixth primary class); her US SIM roams on a Congolese network. She works as a
tally clerk for a stevedoring firm at the port of Matadi. Her husband's mother Makiese Lusamba
lives in Boma (Kalamu), where the family spends weekends; her sister Ruth Doe lives in Houston.
Her places (their house in Ville Haute, her fixes at the quay gate, the burns clinic, the church,
the Scrabble club, the charcoal depot, the ice-cream parlour in Boma, her mother-in-law's house)
are hers (``location.precise`` where sent); the port's quays and gates, the clinic, the church,
the club, the depot and the parlour are businesses' (negatives). People: her husband
(``contact.*`` when she types him), their son (a data subject: his name, birth date, sex and
club licence are labelled), her mother-in-law, her sister, her nurse.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import INSTALL_ID, L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Kinshasa"

# --- her Matadi life -----------------------------------------------------------------------------
HOME = {"line": "14 avenue Kinkanda", "area": "Ville Haute", "commune": "Matadi",
        "town": "Matadi", "province": "Kongo Central"}
HOME_AT = (-5.817942, 13.458316)  # their house (location.precise where sent)
HUSBAND = ("Luzolo Mabiala", "+243812004417")  # typed by her: contact.*
MOTHER_IL = ("Makiese Lusamba", "+243998120336")  # her mother-in-law in Boma (Kalamu)
MOTHER_IL_AT = (-5.848127, 13.061904)  # the mother-in-law's house in Boma (a relative's home)
SON = {"first": "Nsimba", "last": "Mabiala", "dob": "2014-03-09", "age": 11,
       "licence": "FCS-KC-0417"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Ruth Doe", "+17135550162", "ruth.doe@example.net")  # her sister in Houston
PASSPORT = "566031842"  # her US passport (personal.national_id)
RESIDENT_CARD = "CRE-MTD-2025-118402"  # her foreign resident's card (personal.national_id)
BANK_ACCOUNT = "00011-01300-01000418211-45"  # her dollar account in Matadi (financial.payment)
LOCAL_PHONE = "+243821550193"  # her Congolese SIM (mobile money; contact.phone)
CD_NET = "63001"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Kisalu Maswa (the stevedoring firm's tally-clerk app) ---------------------------------------
QUAY = {"id": "q_mtd_03", "name": "Quai 3, Port de Matadi", "lat": -5.82361,
        "lon": 13.45518}  # the quay (negatives)
GATE = {"id": "gt_p2", "lat": -5.82102, "lon": 13.45703}  # the port's gate 2 (a negative)
GATE_FIX = (-5.821043, 13.457019)  # her phone at the gate
WORKER = "MNZ-PT-02291"  # her worker number (id.user)
SHIP = {"name": "MV Example Star", "imo": "9000001", "voyage": "EXS-114W"}  # (negatives)

# --- Ndinga Santu (a Kituba Bible translation's checking app; her church) ------------------------
CHURCH = {"id": "dbd_knk", "name": "Dibundu Baptiste ya Kinkanda", "lat": -5.81688,
          "lon": 13.45902}  # her congregation's church (a negative as a place)
CHURCH_FIX = (-5.816902, 13.459011)
REVIEWER = "NSB-RV-0087"  # her reviewer number in the translation project (id.user)

# --- Mputa (a burns and dressing clinic) ---------------------------------------------------------
CLINIC = {"id": "cs_nzanza", "name": "Centre de Soins Mputa, Nzanza", "phone": "+243990411022",
          "lat": -5.83012, "lon": 13.47344}  # the clinic (negatives)
CLINIC_FIX = (-5.830141, 13.473402)
FILE = "MPT-25-00931"  # her clinic file number (health.medical)
NURSE = ("Infirmiere Therese Nkenda", "t.nkenda@mputa.example.org")  # typed by her: contact.*

# --- Bisono (the son's Scrabble club) ------------------------------------------------------------
CLUB = {"id": "clb_vh", "name": "Kilabu Bisono Ville Haute", "lat": -5.81522,
        "lon": 13.45611}  # the club's room at the youth centre (negatives)
CLUB_FIX = (-5.815207, 13.456149)  # her fix at the club's door (drop-off)

# --- Lukengo (household micro-insurance) ---------------------------------------------------------
POLICY = "LKG-MN-7730412"  # her household policy (financial.purchase)
CLAIM = "SIN-2026-00188"  # her flood claim (financial.purchase)
AGENCY = {"id": "ag_mtd_1", "name": "Lukengo Matadi Ville", "lat": -5.81911,
          "lon": 13.45101}  # the insurer's agency (negatives)

# --- Tiya Makala (charcoal delivery) -------------------------------------------------------------
DEPOT = {"id": "dp_mvuzi", "name": "Depo Makala Mvuzi", "phone": "+243897300218",
         "lat": -5.80944, "lon": 13.46802}  # the depot (negatives)
DRIVER_AT = (-5.81233, 13.46517)  # the delivery rider's position (not hers: a negative)

# --- Glase Nzadi (an ice-cream parlour in Boma) --------------------------------------------------
PARLOUR = {"id": "gl_boma_1", "name": "Glase Nzadi, Boulevard", "phone": "+243815060044",
           "lat": -5.85291, "lon": 13.05433}  # the parlour on the river front (negatives)
PARLOUR_FIX = (-5.852884, 13.054361)
GL_CARD = "GNZ-4471-0935"  # her loyalty card (id.user)


# --- generators ----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", fr: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or French first with ``fr``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("fr-CD,fr;q=0.9,en;q=0.8" if fr else "en-CD,en;q=0.9,fr;q=0.7",
                             DEV)
    return h


def dev_block(lang: str = "fr_CD") -> dict[str, Any]:
    """An app's own device block, Kituba keys (model, OS, locale, zone: ``device.info``)."""
    return {"modele": L("Pixel 8", DEV), "os": L("Android 14", DEV), "ndinga": L(lang, DEV),
            "zone_ya_ntangu": L(TZ, DEV)}


def push(token: str, lang: str = "fr_CD") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    return {"push_token": L(token, DID), "aparey_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a line, a note, a slot): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "BANK_ACCOUNT", "CD_NET", "CHURCH", "CHURCH_FIX", "CLAIM", "CLINIC",
           "CLINIC_FIX", "CLUB", "CLUB_FIX", "DEPOT", "DRIVER_AT", "FILE", "GATE", "GATE_FIX",
           "GL_CARD", "HOME", "HOME_AT", "HUSBAND", "LOCAL_PHONE", "MOTHER_IL", "MOTHER_IL_AT",
           "NURSE", "PARLOUR", "PARLOUR_FIX", "PASSPORT", "POLICY", "QUAY", "RESIDENT_CARD",
           "REVIEWER", "SHIP", "SISTER_US", "SON", "TZ", "WORKER", "dev_block", "fix", "hd", "obj",
           "push"]
