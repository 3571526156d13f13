"""Helpers for the two-hundred-and-sixty-first (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Kitwe (Copperbelt, Zambia) with her Zambian
husband Bwalya Mulenga, her US SIM roaming; their daughter Chileshe (8) is in grade 3 at a
primary school in Parklands; her husband's family is from Kasama (Northern Province), where his
mother Mwape Mulenga keeps the family's maize field and where the family goes for the Ukusefya pa
Ng'wena ceremony. Her places (their Kitwe house, her fixes at the hall, the agro-dealer, the
ceremony grounds, the clinic van's stop, the workshop, the nursery, the family field and the
family plot in Kasama) are hers (``location.precise`` where sent); the hall, the agro-dealer,
the arena, the van's stop, the copper workshop and the tree nursery are businesses' or public
places (negatives). People: her husband (``contact.*`` when she types him; his NRC
``personal.national_id``; his clan ``personal.sensitive``), their daughter (a data subject: her
name, birth date, sex, pupil number are labelled), her mother-in-law in Kasama, her husband's
niece Mutale (the bride of the kitchen party), her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Lusaka"

# --- her Kitwe life ------------------------------------------------------------------------------
KT_HOME = {"line": "Plot 14, Mukwa Road", "area": "Parklands", "town": "Kitwe",
           "province": "Copperbelt", "post": "10101"}
KT_HOME_AT = (-12.796412, 28.226738)  # their house (location.precise where sent)
HUSBAND = ("Bwalya Mulenga", "+260977018244")  # typed by her: contact.*
HUSBAND_NRC = "418207/61/1"  # his national registration card (personal.national_id)
MOTHER_IL = ("Mwape Mulenga", "+260966017730")  # her mother-in-law in Kasama
NIECE = ("Mutale Mulenga", "+260955301277")  # the husband's niece, the bride
DAUGHTER = {"first": "Chileshe", "last": "Mulenga", "dob": "2017-03-09", "sex": "girl",
            "pupil": "KHP-G3-0413"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Sarah Doe", "+15550148830", "sarah.doe@example.net")  # her sister in Ohio
PERMIT = "SP-2023-114907"  # her Zambian spouse permit (personal.national_id)
PASSPORT = "583204417"  # her US passport (personal.national_id)
ZM_ACCOUNT = "1029384756012"  # her kwacha account at a Kitwe bank (financial.payment)
ZM_NET = "64501"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Kasama -------------------------------------------------------------------------------------
KS_PLOT = {"line": "Plot 221, Mulilansolo Road", "town": "Kasama", "province": "Northern"}
KS_PLOT_AT = (-10.221874, 31.187402)  # the family's house plot in Kasama (hers: precise)
FIELD_AT = [(-10.246118, 31.151902), (-10.245402, 31.153311), (-10.246877, 31.154016),
            (-10.247590, 31.152604)]  # the family's maize field corners (theirs: precise)
FIELD_FIX = (-10.246521, 31.152977)  # her phone in the field

# --- Cilanga (a kitchen party organiser) ----------------------------------------------------------
HALL = {"id": "vn_nke07", "name": "Nkana East Community Hall", "phone": "+260212224571",
        "lat": -12.81742, "lon": 28.23509}  # the venue (negatives)
HALL_FIX = (-12.817398, 28.235127)
PARTY = "CLG-25-1209"  # the party she co-hosts (financial.purchase where paid)

# --- Imbuto (a farm-input e-voucher wallet) ------------------------------------------------------
DEPOT = {"id": "ag_ksm03", "name": "Kasama Agro Inputs Depot", "phone": "+260214221880",
         "lat": -10.21463, "lon": 31.18112}  # the agro-dealer (negatives)
DEPOT_FIX = (-10.214612, 31.181147)
WALLET = "IMB-ZM-0066190"  # her e-voucher wallet (id.user)
CARD_NO = "6044 2210 0913 7781"  # the e-voucher card's number (financial.payment)

# --- Sefya (the Ukusefya pa Ng'wena ceremony app) -------------------------------------------------
ARENA = {"id": "ar_mungwi", "name": "Mwalule Road ceremony grounds", "lat": -10.17392,
         "lon": 31.36511}  # the ceremony grounds (a negative)
ARENA_FIX = (-10.173951, 31.365088)
GUEST_PASS = "SFY-25-G-02217"  # her guest pass (id.user)
CLAN = "bena Ng'andu"  # the husband's clan (personal.sensitive: ethnic origin)

# --- Cipatala pa Nshila (a mission hospital's mobile clinic van) ----------------------------------
VAN_STOP = {"id": "st_mlln", "name": "Mulilansolo market stop", "lat": -10.22511,
            "lon": 31.19033}  # the van's stop (a negative)
VAN_FIX = (-10.225087, 31.190362)
HOSPITAL = {"id": "hp_ksm", "name": "St. Clare Mission Hospital", "phone": "+260214221300"}
PATIENT = "CPN-KS-2025-1187"  # her outreach patient number (health.medical, as set 151's chart)

# --- Cibusa (the daughter's school pen-pal exchange) ----------------------------------------------
SCHOOL = {"id": "sch_khp", "name": "Kitwe Hill Primary School", "lat": -12.79881,
          "lon": 28.22071}  # (negatives)
SCHOOL_FIX = (-12.798779, 28.220744)
PAL_CLASS = "oh_dayton_3c"  # the partner class in Ohio (a negative)

# --- Fyamukuba (a Kitwe copper workshop's commissions) --------------------------------------------
WORKSHOP = {"id": "ws_chw", "name": "Chimwemwe Copper Works", "phone": "+260212230918",
            "lat": -12.80566, "lon": 28.19874}  # (negatives)
WORKSHOP_FIX = (-12.805641, 28.198766)
COMMISSION = "FMK-0912"  # her commission (financial.purchase)

# --- Utumiti (a Kasama tree nursery's seedlings) -------------------------------------------------
NURSERY = {"id": "nr_ksm", "name": "Chambeshi Road Tree Nursery", "phone": "+260977440128",
           "lat": -10.20581, "lon": 31.17233}  # (negatives)
NURSERY_FIX = (-10.205788, 31.172351)
SEEDLING_ORDER = "UTM-5531"  # her order (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", bem: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Bemba first with ``bem``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("bem-ZM,bem;q=0.9,en;q=0.8" if bem else "en-ZM,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_ZM") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_ZM", *, keys: tuple[str, str] = ("pushToken",
                                                                       "installId")) -> dict:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {keys[0]: L(token, DID), keys[1]: L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a letter): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ARENA", "ARENA_FIX", "CARD_NO", "CLAN", "COMMISSION", "DAUGHTER", "DEPOT",
           "DEPOT_FIX", "FIELD_AT", "FIELD_FIX", "GUEST_PASS", "HALL", "HALL_FIX", "HOSPITAL",
           "HUSBAND", "HUSBAND_NRC", "KS_PLOT", "KS_PLOT_AT", "KT_HOME", "KT_HOME_AT",
           "MOTHER_IL", "NIECE", "NURSERY", "NURSERY_FIX", "PAL_CLASS", "PARTY", "PASSPORT",
           "PATIENT", "PERMIT", "SCHOOL", "SCHOOL_FIX", "SEEDLING_ORDER", "SISTER_US", "TZ",
           "VAN_FIX", "VAN_STOP", "WALLET", "WORKSHOP", "WORKSHOP_FIX", "ZM_ACCOUNT", "ZM_NET",
           "dev_block", "fix", "hd", "obj", "push"]
