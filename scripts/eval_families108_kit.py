"""Helpers for the hundred-and-eighth (blind) evaluation set. Wire helpers, the profile's
transforms and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds the set's category ids (TAXONOMY.md, under the names the earlier kits use) and what
the set's apps share. The story: she (the profile's Jane Doe) lives in Harare for two years with
her husband Tendai Moyo and their son Tanaka (four); she keeps her US phone, number and SIM (the
profile's carrier, roaming in Zimbabwe) and has a local number too. Her Harare house in Mount
Pleasant, her office and the family's tobacco farm near Mazowe are her places away from the
profile's position; her Zimbabwean ID number (she is a permanent resident), the husband's and the
son's numbers, her mother-in-law in Murehwa and a neighbour are here. Places that are not hers
(negatives): the grinding mill, the kombi rank, the tobacco sales floor, the ward's borehole, the
PrEP clinic and its pick-up point, the early-childhood centre. Generators: her fixes at ``nd``
decimals, object IDs, a kombi trip's fixes, an STS-shaped prepaid electricity token.
"""

from __future__ import annotations

import random
from typing import Any

from eval_payloads import L, rnd_hex

# --- category ids (TAXONOMY.md) --------------------------------------------------------------
ADDR, ADID, BIRTH = "contact.address", "id.advertising", "personal.birthdate"
BUY, CARRIER, COARSE = "financial.purchase", "location.carrier", "location.coarse"
CRED, DEV, DID = "secret.credential", "device.info", "id.device"
GENDER, IPLOC, MAIL = "personal.gender", "location.ip", "contact.email"
MED, MEDIA, NAMEC = "health.medical", "content.media", "contact.name"
NATID, PAY, PRECISE = "personal.national_id", "financial.payment", "location.precise"
SEARCH, SENS, TEL = "behavior.search", "personal.sensitive", "contact.phone"
TEXT, UID, USAGE = "content.text", "id.user", "behavior.usage"

Pt = tuple[float, float]

# --- her, her family, her documents ----------------------------------------------------------
LOCAL_NO = "+263772145093"  # her Zimbabwean line (hers: contact.phone, not a profile value)
LOCAL_NAT = "0772 145 093"  # the same, national format
ZW_ID = "63-2287104 F 00"  # her Zimbabwean ID number (permanent resident): personal.national_id
HUSBAND = ("Tendai Moyo", "+263773186620", "63-1187725 K 42")  # name, phone, ID number
MIL = ("Rudo Moyo", "+263712449081")  # her mother-in-law in Murehwa
SON = {"first": "Tanaka", "last": "Moyo", "dob": "2021-08-12", "age": 4,
       "cert": "63-3187420 T 42"}  # her son: his birth certificate's entry number
NEIGHBOUR = ("Chipo Mutasa", "+263774402219", "Stand 4480")  # a neighbour on the committee
DRIVER = ("Farai Chuma", "+263779115302")  # the truck driver hired for the bales
HOME_LINE, SUBURB, CITY_ZW = "17 Jacaranda Close", "Mount Pleasant", "Harare"
STAND = "Stand 4471"  # her residential stand (the plot's number: part of her address)
HOME_ZW_AT = (-17.769842, 31.048517)  # her Harare house
WORK_ZW_AT = (-17.806213, 31.043874)  # her office in Belgravia
FARM_AT = (-17.382915, 30.982240)  # the family's tobacco farm near Mazowe (theirs)
ZW_BANK = {"name": "First Savanna Bank", "branch": "Borrowdale", "account": "4410027719305"}

# --- places and things that are not hers (negatives) -----------------------------------------
MILL = {"id": "mill_0217", "name": "Chigayo cha Rumbi", "phone": "+263772550118",
        "lat": -17.76412, "lon": 31.05577}
RANK = {"id": "rank_cbd_04", "name": "Fourth Street rank", "lat": -17.83112, "lon": 31.05402}
KOMBI = {"plate": "AFK4471", "permit": "OP-HRE-22817", "route": "R14",
         "qr": "HWD:AFK4471:OP22817"}
FLOOR = {"id": "floor_03", "name": "Gombe Tobacco Sales Floor", "line": "Seke Road, Graniteside",
         "phone": "+263242770314", "lat": -17.85071, "lon": 31.05874}
BALES = ["BT-25-0417731", "BT-25-0417732", "BT-25-0417733", "BT-25-0417734"]  # bale tickets
BOREHOLE = {"id": "bh_mp_07", "name": "Ward 17 borehole, Mount Pleasant shops",
            "lat": -17.77108, "lon": 31.04692}
CLINIC = {"id": "fac_hre_114", "name": "Avondale Wellness Clinic", "phone": "+263242335109",
          "lat": -17.79531, "lon": 31.03718}
PICKUP = {"id": "pp_hre_0931", "name": "Mount Pleasant Pharmacy locker",
          "lat": -17.76731, "lon": 31.05012}
CENTRE = {"id": "ecd_0381", "name": "Tiny Msasa ECD Centre", "phone": "+263242301876",
          "mail": "admissions@tinymsasa.example.org", "lat": -17.76284, "lon": 31.05139}

# --- her accounts and references ---------------------------------------------------------------
METER, MIL_METER = "37191820455", "37144029118"  # her prepaid meter (id.user); the MIL's
STS = "4821 0937 6615 2280 9143"  # a token she bought (financial.purchase)
GROWER = "TG-0418873"  # her tobacco grower number (id.user)
FLOOR_BOOKING = "FB-25-118204"  # her sales-floor booking (financial.purchase)
MILL_BOOKING = "CHG-771042"  # her milling booking (financial.purchase)
MEMBER = "MVR-17-0092"  # her household's membership of the water committee (id.user)
LEVY_RECEIPT = "LR-2512-0337"  # a levy receipt (financial.purchase)
PREP_NO = "PrEP-HRE-114-0457"  # her PrEP client number (health.medical)
CHILD_ID = "ch_5e09a1c3"  # her son's record on the enrolment app (id.user)
INVOICE = "INV-ECD-26-0412"  # the registration-fee invoice (financial.purchase)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise`` from 3, coarse below)."""
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def ll(at: Pt, nd: int = 4) -> L:
    """One of her places as a ``lat,lon`` string at ``nd`` decimals."""
    return L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", PRECISE if nd >= 3 else COARSE)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a refill, a meeting): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def trip(rng: random.Random, n: int, start: Pt = HOME_ZW_AT, end: Pt = WORK_ZW_AT,
         t0: int = 1765343000) -> list[dict[str, Any]]:
    """Her fixes on a kombi ride (lat/lng ``location.precise``; time and speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 30 * i, "lat": L(round(lat, 6), PRECISE),
                    "lng": L(round(lon, 6), PRECISE), "kmh": round(rng.uniform(8, 55), 1)})
    return out


def readings(rng: random.Random, n: int, start: float = 212.4) -> list[float]:
    """Daily units left on the prepaid meter (the household's consumption: unlabelled)."""
    out, u = [], start
    for _ in range(n):
        u -= rng.uniform(5.5, 9.8)
        out.append(round(u, 1))
    return out


__all__ = ["ADDR", "ADID", "BALES", "BIRTH", "BOREHOLE", "BUY", "CARRIER", "CENTRE", "CHILD_ID",
           "CITY_ZW", "CLINIC", "COARSE", "CRED", "DEV", "DID", "DRIVER", "FARM_AT", "FLOOR",
           "FLOOR_BOOKING", "GENDER", "GROWER", "HOME_LINE", "HOME_ZW_AT", "HUSBAND", "INVOICE",
           "IPLOC", "KOMBI", "LEVY_RECEIPT", "LOCAL_NAT", "LOCAL_NO", "MAIL", "MED", "MEDIA",
           "MEMBER", "METER", "MIL", "MILL", "MILL_BOOKING", "MIL_METER", "NAMEC", "NATID",
           "NEIGHBOUR", "PAY", "PICKUP", "PRECISE", "PREP_NO", "RANK", "SEARCH", "SENS", "SON",
           "STAND", "STS", "SUBURB", "TEL", "TEXT", "UID", "USAGE", "WORK_ZW_AT", "ZW_BANK",
           "ZW_ID", "fix", "ll", "obj", "readings", "trip"]
