"""Helpers for the two-hundred-and-fourteenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Padre Las Casas (across the Cautín river
from Temuco, Araucanía, Chile) with her Mapuche husband Felipe Catrileo Millaman, her US SIM
roaming; their son Antu (10) plays in a children's palin school. Her mother-in-law Rosa Millaman
Huenchullan lives in the (fictional) community Lof Trapilwe near Lumaco, where the family has its
land. Her places (the house in Padre Las Casas, her fixes at the palin field, the health centre,
the in-laws' house, the ngillatun field, the araucaria forest in Nahuelbuta, the ruka site) are
hers (``location.precise`` where sent); the palin field, the health centre, the water
committee's tank, the co-operative's depot, the rewe and the builders' yard are negatives.
People: her husband (``contact.*`` when she types him), their son (a data subject: his name,
birth date, sex, RUN and player number are labelled), her mother-in-law, her sister in the US.
Chilean RUNs carry a modulo-11 check digit (computed: 26.418.093-7, 24.812.337-0,
16.230.458-5, 9.877.342-8; the water committee's company RUT 77.214.530-6 is a negative).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Santiago"

# --- her Araucanía life ---------------------------------------------------------------------------
HOME = {"line": "Pasaje Los Canelos 0457", "area": "Villa Los Canelos", "town": "Padre Las Casas",
        "region": "Araucania", "post": "4850000"}
HOME_AT = (-38.768412, -72.597318)  # their house (location.precise where sent)
HUSBAND = ("Felipe Catrileo Millaman", "+56981524470", "16.230.458-5")  # typed by her: contact.*
LLALLA = ("Rosa Millaman Huenchullan", "+56972210384", "9.877.342-8")  # her mother-in-law
SON = {"first": "Antu", "last": "Catrileo Doe", "dob": "2015-11-02", "sex": "wentru",
       "run": "24.812.337-0"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Karen Doe", "+15550148830", "karen.doe@example.net")  # her sister in Oregon
RUN = "26.418.093-7"  # her RUN as a resident foreigner (personal.national_id)
RUN_PLAIN = "264180937"  # the same without dots and dash, as some forms send it
CL_ACCOUNT = "26418093"  # her CuentaRUT-style vista account (the RUN without its check digit)
CL_NET = "73001"  # the visited network's MCC/MNC while roaming (location.carrier)
LOF = {"name": "Lof Trapilwe", "commune": "Lumaco", "line": "Sector Trapilwe, km 7 camino a Puren"}
LOF_HOME_AT = (-38.134219, -72.952108)  # her in-laws' house in the lof (the family's: precise)

# --- Paliwe (a palin club: her women's team and Antu's children's school) -------------------------
FIELD = {"id": "pw_plc01", "name": "Paliwe Pulmahue", "lat": -38.77211, "lon": -72.58964,
         "phone": "+56452331207"}  # the club's field (negatives)
FIELD_FIX = (-38.772083, -72.589671)
PALIFE = "PAL-AR-0418"  # her player licence (id.user)
PALIFE_SON = "PAL-AR-1127"  # Antu's player licence (id.user)

# --- Kowe (the lof's rural drinking-water committee) ----------------------------------------------
APR = {"id": "apr_trp", "name": "Comite APR Trapilwe", "rut": "77.214.530-6", "lat": -38.13102,
       "lon": -72.94877, "phone": "+56452811930"}  # the committee and its tank (negatives)
SOCIO = "APR-TRP-0093"  # the family's connection account (id.user)
METER = "MED-44120"  # the meter (a negative)

# --- Ngulliwe (a piñón gatherers' co-operative in Nahuelbuta) -------------------------------------
DEPOT = {"id": "dp_puren", "name": "Kooperativa Ngulliw Nahuelbuta", "lat": -37.98314,
         "lon": -73.10277, "phone": "+56452791144"}  # the co-operative's depot (negatives)
FOREST_FIX = (-37.846211, -73.008437)  # her phone under the araucarias
ZONE = {"id": "zn_07", "lat": -37.8452, "lon": -73.0101}  # the gathering zone's marker (negative)
COLLECTOR = "NGC-0221"  # her collector number (id.user)
PERMIT = "PRM-2026-0451"  # her paid season permit (financial.purchase, as a booking)

# --- Trawun (the lof's community app: register, ngillatun, assemblies) ----------------------------
REWE = {"id": "rw_trp", "lat": -38.13755, "lon": -72.95532}  # the ngillatun field's rewe (negative)
NGILLATUWE_FIX = (-38.137491, -72.955402)
LOFCHE = "LOF-TRP-0312"  # her lof register number (id.user)
CERT = "CQI-2025-118340"  # her indigenous-status certificate (by marriage): personal.sensitive

# --- Lawentuwe (an intercultural family health centre) --------------------------------------------
CESFAM = {"id": "cf_plc", "name": "CESFAM Intercultural Lawentuwe", "lat": -38.76591,
          "lon": -72.60112, "phone": "+56452740310"}  # the centre (negatives)
CESFAM_FIX = (-38.765934, -72.601087)
FICHA = "FC-PLC-118204"  # her clinical record number (health.medical)

# --- Rukatun (a ruka builders' co-operative and minga planner) ------------------------------------
SITE_AT = [(-38.134611, -72.951802), (-38.134702, -72.951544), (-38.134488, -72.951431),
           (-38.134397, -72.951690)]  # the ruka's plot corners on the family land (precise)
YARD = {"id": "yd_lum", "name": "Rukatun Lumaco", "lat": -38.16402, "lon": -72.89311}  # (neg.)
PROJECT = "RK-2026-0071"  # her ruka contract (financial.purchase)
SAVINGS = "AHV-00-26418093"  # her housing-savings book (financial.payment)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", es: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Chilean Spanish first with ``es``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("es-CL,es;q=0.9,en;q=0.8" if es else "en-CL,en;q=0.9", DEV)
    return h


def celu(lang: str = "es_CL") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "dungun": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "es_CL") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "device_id": L(INSTALL_ID, DID), **celu(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a fixture, a sack, a work day): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["APR", "CERT", "CESFAM", "CESFAM_FIX", "CL_ACCOUNT", "CL_NET", "COLLECTOR", "DEPOT",
           "FICHA", "FIELD", "FIELD_FIX", "FOREST_FIX", "HOME", "HOME_AT", "HUSBAND", "LLALLA",
           "LOF", "LOFCHE", "LOF_HOME_AT", "METER", "NGILLATUWE_FIX", "PALIFE", "PALIFE_SON",
           "PERMIT", "PROJECT", "REWE", "RUN", "RUN_PLAIN", "SAVINGS", "SISTER_US", "SITE_AT",
           "SOCIO", "SON", "TZ", "YARD", "ZONE", "celu", "fix", "hd", "obj", "push"]
