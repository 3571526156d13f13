"""Helpers for the seventy-seventh (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the winter in Iceland (a deckhand on a
Grindavik trawler, a flat in Reykjavik, her US SIM roaming, so her public IP stays the home
carrier's) and keeps her New York life: her Reykjavik flat and kennitala (Iceland's national ID
number), her Icelandic bank account, the flat's Wi-Fi, her fixes at the flat, the harbour, a
viewpoint and a tour's pickup stop; the geothermal pool and the energy utility's meter (negatives),
her pool card and utility customer number; her insulin pump and glucose sensor (an accessory:
negatives), her endocrinologist, her mother and her sister (typed by her: labelled); the trawler,
its harbour and its AIS track (negatives); the evacuation shelter, the eruption site and the
aurora viewpoints (negatives); the New York venues of the community app (negatives); the riding
farm, its horses and the pickup stop (negatives); and generators for a glucose series, her fixes
along a path and other people's IDs.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import ADDR, COARSE, PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- her Iceland ------------------------------------------------------------------------------
KT = "1705912329"  # her kennitala (DDMMYY + two digits + check digit + century: national ID)
KT_DASH = "170591-2329"
RVK = {"gata": "Hverfisgata 52", "ibud": "íbúð 301", "postnumer": "101", "baer": "Reykjavík"}
RVK_AT = (64.145321, -21.928712)  # her Reykjavik flat (location.precise where she sends it)
RVK_SSID, RVK_BSSID = "Hverfisgata52-3h", "5c:e2:8c:41:07:9a"  # the flat's Wi-Fi (hers)
IS_BANK = "0133-26-004417"  # her Icelandic bank account (financial.payment)
HARBOUR_FIX = (63.839214, -22.433871)  # her phone on the pier at Grindavik (her fix)
VIEW_FIX = (64.255812, -21.129905)  # where she photographed the aurora (her fix)
PICKUP_FIX = (64.143402, -21.915187)  # her phone at the tour's pickup stop (her fix)
FRIEND_IS = ("Sigrún Jónsdóttir", "+354 611 2047")  # a friend (typed by her: contact.*)

# --- Laugavarmi (pools and the energy bill) ----------------------------------------------------
POOL = {"id": "laug_04", "nafn": "Hverfislaug", "simi": "+354 411 5390",
        "lat": 64.14286, "lon": -21.92241}  # the pool (a business: negatives)
POOL_CARD = "LV-300-71842"  # her pool card (her account at the pools: id.user)
CUSTOMER = "VV-0041927"  # her energy customer number (id.user)
METER = "MAE-2231-77810"  # the flat's heat meter (the building's: a negative)
INVOICE = "2025110088412"  # the November bill's number (financial.purchase)

# --- Glukoberg (insulin pump companion) ------------------------------------------------------
PUMP = {"serial": "GKB-X2-0088213", "ble": "E4:5F:01:3A:9C:22", "model": "Glukoberg X2",
        "fw": "5.1.7", "battery": 64}  # the pump (an accessory: negatives)
SENSOR = {"serial": "SN7Q4R2K", "tx": "8H2Z6W", "code": "5917"}  # the CGM (negatives)
ENDO = ("Dr. Priya Raman", "p.raman@eastsideendo.example.com")  # her endocrinologist
ENDO_PRACTICE = {"name": "Eastside Endocrine Associates", "phone": "+12125550193",
                 "line": "301 East 66th Street"}  # the practice (negatives)
MOTHER = ("Linda Doe", "+15550148823")  # a follower and her emergency contact
MEMBER_GK = "UHX448120917"  # her health-insurance member ID (health.medical)
SUPPLY_ORDER = "GK-SO-2291844"  # a supplies order (financial.purchase)

# --- Aflaskra (the trawler's crew roster) --------------------------------------------------------
VESSEL = {"id": "GK-218", "name": "Hafbrún GK 218", "imo": "9231457", "mmsi": "251873000"}
HARBOUR_AT = (63.83871, -22.43512)  # Grindavik harbour's pier (a negative)
CREW_NO = "CR-0447"  # her crew number with the company (id.user)
STCW = "IS-STCW-2025-11873"  # her seafarer's certificate number (personal.national_id)
SISTER = ("Emma Doe", "+15550157716", "emma.doe@example.net")  # her next of kin
PLB = "2DCC3A1F7E3FDFF"  # her life jacket's beacon hex ID (an accessory: a negative)

# --- Pridewell (LGBTQ+ community events, New York) --------------------------------------------
VENUE = {"id": "ven_31c7", "name": "The Lantern Hall", "line": "212 West 14th Street",
         "phone": "+12125550128", "lat": 40.73871, "lon": -74.00142}  # a venue (negatives)
VENUE_FIX = (40.738765, -74.001512)  # her phone at the door (her fix)
TICKET = "PW-GALA-88241"  # her gala ticket (financial.purchase)
PLUS_ONE = ("Rosa Morales", "+15550187733")  # her plus-one (typed by her)

# --- Gosvakt (volcano and evacuation alerts) ---------------------------------------------------
SHELTER_AT = (63.99812, -22.55841)  # the mass-care centre (a negative)
ERUPTION_AT = (63.87702, -22.40135)  # the fissure (a negative)
CELL = {"ecgi": "274-01-27452417", "tac": 4601}  # the serving cell (location.carrier)

# --- Toltferdir (Icelandic-horse riding tours) ------------------------------------------------
FARM_AT = (64.06512, -21.78003)  # the riding farm (a negative)
STOP_AT = (64.14335, -21.91532)  # the pickup bus stop (a negative)
BOOKING_TF = "TF-26-0114-7731"  # her tour booking (financial.purchase)
HORSES = ["Glói", "Perla", "Skjóni"]  # the farm's horses (negatives)


# --- generators ---------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (3 or more: ``location.precise``)."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def rvk_address(keys: tuple[str, str, str, str] = ("gata", "ibud", "postnumer", "baer")
                ) -> dict[str, L]:
    """Her Reykjavik address in the parts forms ask for (street and flat ``contact.address``,
    postcode and town ``location.coarse``), under the API's own key names."""
    return {keys[0]: L(RVK["gata"], ADDR), keys[1]: L(RVK["ibud"], ADDR),
            keys[2]: L(RVK["postnumer"], COARSE), keys[3]: L(RVK["baer"], COARSE)}


def path_fixes(rng: random.Random, n: int, start: Pt, end: Pt, nd: int = 6,
               keys: tuple[str, str] = ("lat", "lon"), t0: int = 1765450000
               ) -> list[dict[str, Any]]:
    """Her fixes along a path (each coordinate ``location.precise``; time, speed not)."""
    out = []
    for i in range(n):
        f = i / max(1, n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": (t0 + 30 * i) * 1000, keys[0]: L(round(la, nd), PRECISE),
                    keys[1]: L(round(lo, nd), PRECISE), "acc": rng.choice([4, 6, 9, 12])})
    return out


def glucose(rng: random.Random, n: int, t0: int = 1765290000) -> list[dict[str, Any]]:
    """Five-minute sensor glucose readings (mg/dL with a trend arrow): one medical series."""
    g, out = 142, []
    for i in range(n):
        g = max(55, min(260, g + rng.randrange(-9, 10)))
        out.append({"t": t0 + 300 * i, "mgdl": g,
                    "trend": rng.choice(["flat", "up", "down", "up45", "down45"])})
    return out


def ais(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The trawler's AIS positions off Reykjanes (the vessel's public track: negatives)."""
    la, lo, out = 63.79, -22.61, []
    for i in range(n):
        la, lo = la - rng.uniform(0.004, 0.01), lo - rng.uniform(0.01, 0.02)
        out.append({"t": 1765400000 + 600 * i, "lat": round(la, 5), "lon": round(lo, 5),
                    "sog": round(rng.uniform(2.5, 11), 1), "cog": rng.randrange(180, 300)})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a sighting, an event, an alert, a tour): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BOOKING_TF", "CELL", "CREW_NO", "CUSTOMER", "ENDO", "ENDO_PRACTICE", "ERUPTION_AT",
           "FARM_AT", "FRIEND_IS", "HARBOUR_AT", "HARBOUR_FIX", "HORSES", "INVOICE", "IS_BANK",
           "KT", "KT_DASH", "MEMBER_GK", "METER", "MOTHER", "PICKUP_FIX", "PLB", "PLUS_ONE",
           "POOL", "POOL_CARD", "PUMP", "RVK", "RVK_AT", "RVK_BSSID", "RVK_SSID", "SENSOR",
           "SHELTER_AT", "SISTER", "STCW", "STOP_AT", "SUPPLY_ORDER", "TICKET", "VENUE",
           "VENUE_FIX", "VESSEL", "VIEW_FIX", "ais", "fix", "glucose", "obj", "path_fixes",
           "rvk_address"]
