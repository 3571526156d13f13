"""Helpers for the eighty-second (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; the apps' header helper ``head``, JWT claims ``claims``, request IDs
``rid`` and SDK per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her flat in Riga (a half-year posting), her Latvian
residence code and permit, her car's plate, the e-talons card and Riga's stops and parking zone
(negatives); her MS (diagnosis, treatment, neurologist) and the MRI centre (a negative); the
regatta (the yacht club, marks and the boat: negatives), her sailor ID; the surrogacy agency, the
IVF clinic and the intended parents (negatives), her obstetrician; the flea market and a buyer
(negatives); the hospital, its ward and Wi-Fi, her licence and employee numbers, the patients
(negatives); the ringing site, rings and birds (negatives), her ringer permit; generators.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- Braucam (Riga parking and public transport): she is on a six-month posting in Riga -------
LV_HOME = {"iela": "Tērbatas iela 41-12", "pilseta": "Rīga", "pasta_indekss": "LV-1011"}
LV_HOME_AT = (56.958214, 24.124773)  # her Riga flat (location.precise where sent)
LV_WORK_AT = (56.946931, 24.106418)  # her Riga office, a saved place (hers)
PERSONAS_KODS = "327114-25839"  # her Latvian personal code, new format (personal.national_id)
PERMIT_LV = "RP0447126"  # her residence permit's number (personal.national_id)
PLATE_LV = "JM-4471"  # her leased car's plate (id.hardware, set 13)
ETALONS = "0094 1127 5530 18"  # her personalised e-talons card (id.user)
STOP = {"id": "rs_1142", "nosaukums": "Ģertrūdes iela", "lat": 56.95411, "lon": 24.12512}
ZONE_LV = {"id": "RP-A", "centrs": (56.95102, 24.11733), "tarifs": "2.10"}  # negatives

# --- Myelog (MS relapse and MRI tracker) --------------------------------------------------------
MS_DX = {"type": "RRMS", "diagnosed": 2019, "dmt": "ocrelizumab", "dose": "600 mg / 6 mo"}
NEURO = ("Dr. Priya Raman", "+12125550183", "p.raman@neuro-clinic.example.net")  # typed by her
MRI_CENTRE = {"id": "mri_044", "name": "Midtown Imaging", "phone": "+12125550164",
              "lat": 40.75261, "lon": -73.98114}  # negatives
MRI_ACC = "ACC-25-119038"  # the scan's accession number (a case ID: a negative)

# --- Crewtack (sailing-regatta crew) ----------------------------------------------------------
SAILOR_ID = "USAJD91517"  # her federation sailor ID (id.user)
BOAT = {"sail": "USA 5512", "name": "Tern Again", "class": "J/105"}  # the skipper's boat
CLUB = {"id": "yc_31", "name": "Harbor Point Yacht Club", "lat": 40.85112, "lon": -73.78254,
        "phone": "+19145550121"}  # negatives
MARKS = [(40.83905, -73.76118), (40.84487, -73.75022), (40.83512, -73.77439)]  # course marks
SKIPPER = "usr_5c1e90ab7d"  # the skipper's user ID (a negative)
RACE_START = (40.839512, -73.764103)  # her phone on the boat at the start

# --- Nestbridge (support app for a gestational surrogate: she is the surrogate) --------------
PARENTS = {"match": "m_80f1c2", "ids": ["ip_4471ab", "ip_4471ac"],
           "names": "Mark & Daniel Whitfield", "mail": "whitfields@example.net"}  # negatives
AGENCY = {"id": "ag_12", "name": "Brightnest Surrogacy", "coord": "coord@brightnest.example.com"}
IVF = {"name": "Lexington Fertility", "line": "115 E 57th St", "phone": "+12125550177",
       "lat": 40.76158, "lon": -73.96993}  # the clinic (negatives)
OB = ("Dr. Amara Lewis", "+12125550190")  # her obstetrician, typed by her
DUE = "2026-05-02"

# --- Jumblestall (flea-market seller) ---------------------------------------------------------
SELLER_HANDLE = "janes_attic_finds"  # her public shop name (id.user)
MARKET = {"id": "mk_0207", "name": "Chelsea Sunday Flea", "line": "29 W 25th St",
          "lat": 40.74377, "lon": -73.99146}  # the market (negatives)
BUYER = {"id": "usr_91be03f2a1", "name": "Kevin Ortiz", "line": "88 Clinton Ave",
         "city": "Brooklyn", "zip": "11205"}  # a buyer (negatives, echoed on the label)
SALE = "JS-2025-88120"  # an order she sold (financial.purchase)

# --- Nightrota (night-shift nurse's rota and on-call): she is the nurse ------------------------
WORK_MAIL = "jdoe@stmarrow-health.example.org"  # her work mailbox (contact.email)
RN_LICENCE = "RN-741229"  # her state nursing licence (personal.national_id)
EMP_ID = "E0441872"  # her employee number (id.user)
HOSPITAL = {"id": "h_stm", "name": "St Marrow Hospital", "lat": 40.73781, "lon": -73.97642,
            "phone": "+12125550100"}  # negatives
WARD_SSID, WARD_BSSID = "STM-Staff", "58:97:bd:4c:21:0e"  # the ward's network she joins
CLOCK_FIX = (40.737902, -73.976311)  # her phone at the staff entrance
PATIENTS = [{"mrn": "MRN00714422", "name": "Harold Finch", "bed": "7B-12", "dob": "1948-02-11"},
            {"mrn": "MRN00698107", "name": "Gloria Baptiste", "bed": "7B-14",
             "dob": "1955-09-30"}]  # patients (negatives)
PARTNER = ("Chris Doe", "+15550137742")  # her partner, typed by her

# --- Featherband (bird-ringing citizen science) ----------------------------------------------
RINGER = "BBL-24471"  # her ringer permit, the scheme's ID for her (id.user)
SITE = {"id": "st_jbay", "name": "Jamaica Bay East Pond", "lat": 40.61912, "lon": -73.82407}
SITE_FIX = (40.619388, -73.823912)  # her phone at the nets
LANDOWNER = ("Walter Greene", "+17185550144")  # the site's warden, typed by her
RINGS = ["2841-55017", "2841-55018", "1752-90311"]  # bird rings (negatives)


# --- generators ---------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def seg(at: Pt, nd: int = 5) -> str:
    return f"{at[0]:.{nd}f},{at[1]:.{nd}f}"


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a session, a relapse, a listing): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def track(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765350000,
          keys: tuple[str, str] = ("lat", "lon")) -> list[dict[str, Any]]:
    """Her fixes between two points (lat/lon ``location.precise``; time and speed not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, keys[0]: L(round(la, 6), PRECISE),
                    keys[1]: L(round(lo, 6), PRECISE), "sog": round(rng.uniform(4, 7.5), 1)})
    return out


def gait(rng: random.Random, n: int, hz: int = 50) -> list[list[float]]:
    """A walking test's accelerometer rows ``[ms, x, y, z]`` in g."""
    return [[i * 1000 // hz, round(0.3 * math.sin(i / 4) + rng.gauss(0, 0.05), 3),
             round(rng.gauss(0, 0.04), 3), round(1 + 0.2 * math.sin(i / 4), 3)]
            for i in range(n)]


def contractions(rng: random.Random, n: int, t0: int = 1765390000) -> list[dict[str, int]]:
    """A contraction timer's entries: start and length in seconds."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(600, 1500)
        out.append({"start": t, "secs": rng.randrange(25, 55)})
    return out


def birds(rng: random.Random) -> list[dict[str, Any]]:
    """A net round's captures: ring, species, age, sex, wing and weight (the birds'; negatives)."""
    sp = [("Yellow Warbler", "SETO"), ("Gray Catbird", "GRCA"), ("Song Sparrow", "SOSP")]
    return [{"ring": RINGS[i], "species": s, "code": c, "age": rng.choice(["HY", "AHY"]),
             "sex": rng.choice(["M", "F", "U"]), "wing_mm": rng.randrange(58, 92),
             "mass_g": round(rng.uniform(9, 38), 1), "fat": rng.randrange(0, 4)}
            for i, (s, c) in enumerate(sp)]


__all__ = ["AGENCY", "BOAT", "BUYER", "CLOCK_FIX", "CLUB", "DUE", "EMP_ID", "ETALONS",
           "HOSPITAL", "IVF", "LANDOWNER", "LV_HOME", "LV_HOME_AT", "LV_WORK_AT", "MARKET",
           "MARKS", "MRI_ACC", "MRI_CENTRE", "MS_DX", "NEURO", "OB", "PARENTS", "PARTNER",
           "PATIENTS", "PERMIT_LV", "PERSONAS_KODS", "PLATE_LV", "RACE_START", "RINGER", "RINGS",
           "RN_LICENCE", "SAILOR_ID", "SALE", "SELLER_HANDLE", "SITE", "SITE_FIX", "SKIPPER",
           "STOP", "WARD_BSSID", "WARD_SSID", "WORK_MAIL", "ZONE_LV", "birds", "contractions",
           "fix", "gait", "obj", "seg", "track"]
