"""Helpers for the hundred-and-eighty-eighth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year on Fale islet, Fakaofo (Tokelau),
in her husband's family house, with her Tokelauan husband Petelo Toloa and their son Kele (10),
her US SIM roaming; her mother-in-law Lusia lives on Nukunonu, her sister-in-law Malia Toloa in
Lower Hutt (New Zealand). Her places (the Fale house, her fixes on the reef flat, at the wharf,
at the village water tanks, on the lagoon) are hers (``location.precise`` where sent); the
village office, the co-op store, the power station, the wharf, the hospital, the school hub and
the family trust's Lower Hutt office are businesses' or the village's (negatives). People: her
husband (``contact.*`` when she types him), their son (a data subject: his name, birth date, sex,
NSN and IRD number are labelled), her mother-in-law, her sister-in-law in Lower Hutt.
New Zealand IRD numbers carry their mod-11 check digit (``ird_ok`` checks them).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Pacific/Fakaofo"


def ird_ok(n: str) -> bool:
    """The IRD number's check digit (primary weights, then secondary when the first gives 10)."""
    d = [int(c) for c in n.replace("-", "").zfill(9)]
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(a * b for a, b in zip(d[:8], w, strict=False)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == d[8]
    return False


# --- her Fakaofo life -----------------------------------------------------------------------------
HOME = {"line": "Fale 14, Fale islet", "village": "Fale", "atoll": "Fakaofo", "country": "Tokelau"}
HOME_AT = (-9.380962, -171.245318)  # the family house on Fale (location.precise where sent)
HUSBAND = ("Petelo Toloa", "+69072418")  # typed by her: contact.*
MOTHER_IL = ("Lusia Toloa", "+69074302")  # her mother-in-law on Nukunonu
SON = {"first": "Kele", "last": "Toloa", "dob": "2015-11-03", "sex": "tama",
       "nsn": "0148822951", "ird": "128-374-655"}  # a data subject (NSN: NZ student number)
SISTER_IL = ("Malia Toloa", "+64210550148", "malia.toloa@example.net",
             "27 Pomare Street, Waterloo, Lower Hutt 5011")  # her sister-in-law in Lower Hutt
PASSPORT = "581204476"  # her US passport (personal.national_id)
HUSBAND_PP = "LM308415"  # his NZ passport (personal.national_id)
IRD_ME, IRD_HUSBAND, IRD_SISTER = "135-602-477", "91-204-568", "114-038-296"
NZ_ACCOUNT = "02-0536-0412876-000"  # her NZ bank account (financial.payment)
assert all(ird_ok(n) for n in (IRD_ME, IRD_HUSBAND, IRD_SISTER, SON["ird"]))

# --- Pemita (entry and residence permit, medical clearance, biosecurity) -------------------------
LIAISON = {"id": "tk_apia_lo", "name": "Tokelau Liaison Desk, Apia", "phone": "+68520822",
           "lat": -13.83217, "lon": -171.76598}  # the permit office (negatives)
WHARF = {"id": "uafu_fale", "name": "Fale landing", "lat": -9.38142, "lon": -171.24451}
WHARF_FIX = (-9.381388, -171.244602)  # her phone at the landing on arrival
PERMIT = "TKP-2026-00317"  # her Tokelau residence permit number (personal.national_id)

# --- Inati (the village's fish-share register) ----------------------------------------------------
VILLAGE = {"id": "nuku_fale", "name": "Fale village, Fakaofo", "phone": "+6903127",
           "lat": -9.38071, "lon": -171.24497}  # the village office (negatives)
HOUSEHOLD = "FKO-KG-0214"  # the family's household number in the register (id.user)
REEF_FIX = (-9.410233, -171.263905)  # her phone on the reef flat
LAGOON_FIX = (-9.352718, -171.198204)  # her phone in the lagoon boat
PASS_AT = (-9.39705, -171.26011)  # the reef passage (a chart point: negative)

# --- Malamalama (the atoll's solar microgrid) ----------------------------------------------------
PLANT = {"id": "pv_fko_2", "name": "Fakaofo Solar Station", "phone": "+6903180",
         "lat": -9.37644, "lon": -171.24318}  # the power station (negatives)
METER = "SMG-FKO-11842"  # the household's grid connection (id.user)

# --- Fale Koloa (the village co-op store's ship pre-orders) ---------------------------------------
STORE = {"id": "fk_fale", "name": "Fale Koloa Fakaofo", "phone": "+6903141",
         "lat": -9.38103, "lon": -171.24522}  # the store (negatives)
CREDIT = "FK-CR-0931"  # the household's credit account at the store (id.user)
SAILING = "MT-2026-04"  # the supply ship's voyage (a negative)

# --- Vai (the village's drought water ration) -----------------------------------------------------
TANKS = {"id": "vt_fale_3", "name": "Fale community tank 3", "lat": -9.38029,
         "lon": -171.24559}  # the village tanks and desalination unit (negatives)
TANK_FIX = (-9.380315, -171.245566)  # her phone at the tank queue
RATION = "VAI-FKO-0214"  # the household's ration card (id.user)

# --- Kaiga (the family trust's house fund, run from Lower Hutt) -----------------------------------
TRUST = {"id": "kt_toloa", "name": "Toloa Family Trust", "office": "Lower Hutt",
         "lat": -41.20911, "lon": 174.90552}  # the trust's office (negatives)
MEMBER = "TFT-M-007"  # her membership in the family trust (id.user)

# --- Te Aoga Mamao (the son's NZ correspondence school) ------------------------------------------
HUB = {"id": "hub_fko", "name": "Fakaofo learning hub", "lat": -9.37232,
       "lon": -171.24601}  # the learning hub (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", tkl: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Tokelauan first with ``tkl``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("tkl-TK,tkl;q=0.9,en-NZ;q=0.8" if tkl else "en-NZ,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_NZ") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"masini": L("Pixel 8", DEV), "os": L("Android 14", DEV), "gagana": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NZ") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "masini_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an order line, a slot, a trip): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["CREDIT", "HOME", "HOME_AT", "HOUSEHOLD", "HUB", "HUSBAND", "HUSBAND_PP",
           "IRD_HUSBAND", "IRD_ME", "IRD_SISTER", "LAGOON_FIX", "LIAISON", "MEMBER", "METER",
           "MOTHER_IL", "NZ_ACCOUNT", "PASSPORT", "PASS_AT", "PERMIT", "PLANT", "RATION",
           "REEF_FIX", "SAILING", "SISTER_IL", "SON", "STORE", "TANKS", "TANK_FIX", "TRUST", "TZ",
           "VILLAGE", "WHARF", "WHARF_FIX", "dev_block", "fix", "hd", "ird_ok", "obj", "push"]
