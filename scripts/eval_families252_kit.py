"""Helpers for the two-hundred-and-fifty-second (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set
24's).

This kit adds what the set's apps share. She lives in Dangriga (Stann Creek District, Belize)
with her Garifuna husband Kenroy Palacio, her US SIM roaming on a Belizean network; their
daughter Aniya (11) is in Standard 6 of a primary school in Dangriga; Kenroy's mother Cleotilda
lives in the house behind theirs; his younger brother Dwight is serving a sentence at a
correctional centre near Belize City. Her places (their house on Yurumein Lane, her fixes at the
mission clinic, the grove, the hall, the beach, the reef, the prison gate, the spelling-bee
venue) are hers (``location.precise`` where sent); the clinic, the citrus plant's weighbridge,
the council's hall, the beach's public access point, the derby's weigh station, the correctional
centre and the bee's venue are businesses' or institutions' (negatives). People: her husband
(``contact.*`` when she types him), their daughter (a data subject: her name, birth date, sex,
social security number and speller number are labelled), her mother-in-law, her
brother-in-law, her sister in Ohio.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "America/Belize"

# --- her Dangriga life ----------------------------------------------------------------------------
DG_HOME = {"line": "12 Yurumein Lane", "area": "Dangriga North", "town": "Dangriga",
           "district": "Stann Creek"}  # Belize has no postcodes
DG_HOME_AT = (16.973214, -88.225307)  # their house (location.precise where sent)
HUSBAND = ("Kenroy Palacio", "+5016224418")  # typed by her: contact.*
MOTHER_IL = ("Cleotilda Palacio", "+5016331087")  # her mother-in-law, next door
BROTHER_IL = {"name": "Dwight Palacio", "inmate": "CC-2023-01877", "dob": "1994-03-02"}
DAUGHTER = {"first": "Aniya", "last": "Palacio", "dob": "2014-08-09", "sex": "girl",
            "ssn": "000918244", "speller": "BZB-26-0147"}  # a data subject (sets 29, 35, 37)
SISTER_US = ("Laura Doe", "+15550148833", "laura.doe@example.net")  # her sister in Ohio
SOCSEC = "000872519"  # her Belize social security card number (personal.national_id)
PASSPORT = "568231907"  # her US passport (personal.national_id)
RESIDENCE = "PR-2019-04417"  # her Belize permanent residence card (personal.national_id)
BZ_ACCOUNT = "1120-0048-7731-02"  # her dollar account at a Dangriga bank (financial.payment)
BZ_NET = "70267"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Magadei (a visiting surgical mission's clinic days) ------------------------------------------
CLINIC = {"id": "msn_dg26", "name": "Stann Creek Community Hospital, mission wing",
          "phone": "+5015222078", "lat": 16.96412, "lon": -88.22371}  # (negatives)
CLINIC_FIX = (16.964098, -88.223744)
PATIENT = "MSN26-0418"  # her mission patient number (health.medical: a medical record number)

# --- Boksu (the citrus growers' delivery tickets and crop payments) -------------------------------
GROVE_AT = [(17.011842, -88.352106), (17.012733, -88.350418), (17.010915, -88.349602),
            (17.010118, -88.351377)]  # the family's orange grove corners (theirs: precise)
GROVE_FIX = (17.011204, -88.350881)  # her phone in the grove at picking
PLANT = {"id": "pl_pomona", "name": "Valley Citrus Processors", "lat": 17.03021,
         "lon": -88.32955, "phone": "+5015228101"}  # the plant's weighbridge (negatives)
GROWER = "SCG-0931"  # the grower account she holds with her husband (id.user)

# --- Wagucha (a Garifuna heritage council: membership, language classes, Settlement Day) ----------
HALL = {"id": "hall_dg", "name": "Dangriga Garifuna Council Hall", "lat": 16.96877,
        "lon": -88.22064}  # (a negative)
HALL_FIX = (16.968791, -88.220617)
MEMBER = "WGC-11902"  # her associate membership number (id.user)

# --- Beelize (the national spelling bee) ----------------------------------------------------------
SCHOOL = {"id": "sch_dg07", "name": "Sabal Methodist Primary School", "lat": 16.97104,
          "lon": -88.22431, "phone": "+5015222315"}  # (negatives)
VENUE = {"id": "vn_bzc", "name": "Marine Parade Hall, Belize City", "lat": 17.49327,
         "lon": -88.18412}  # the national final's venue (a negative)
VENUE_FIX = (17.493301, -88.184150)

# --- Barana (sargassum landing reports and beach crews) -------------------------------------------
BEACH_ACCESS = (16.96543, -88.21658)  # the beach's public access point (a negative)
BEACH_FIX = (16.965512, -88.216402)  # her phone on the beach
CREW = "BRN-V-0288"  # her crew volunteer number (id.user)

# --- Hanou Derby (a lionfish derby and fillet sales) ----------------------------------------------
WEIGH = {"id": "ws_dgpier", "name": "Dangriga pier weigh station", "lat": 16.96961,
         "lon": -88.21839}  # (a negative)
REEF_FIX = (16.809377, -88.080912)  # her phone on the boat over the reef (precise)
TEAM = "HD26-T014"  # their derby team (a negative: a team, not a person)
DIVER = "HD26-D0412"  # her diver number (id.user)

# --- Lidan (correctional-centre visits, canteen deposits and e-messages) -------------------------
PRISON = {"id": "cc_m14", "name": "Mile 14 Correctional Centre", "lat": 17.45381,
          "lon": -88.39612, "phone": "+5012256600"}  # (negatives)
GATE_FIX = (17.453744, -88.396020)  # her fix at the visitors' gate
VISITOR = "VIS-88120"  # her visitor registration (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", es: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (Belizean English; Spanish second with ``es``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("en-BZ,en;q=0.9,es;q=0.7" if es else "en-BZ,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_BZ") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_BZ") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a ticket line, a slot, a crew shift): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BEACH_ACCESS", "BEACH_FIX", "BROTHER_IL", "BZ_ACCOUNT", "BZ_NET", "CLINIC",
           "CLINIC_FIX", "CREW", "DAUGHTER", "DG_HOME", "DG_HOME_AT", "DIVER", "GATE_FIX",
           "GROVE_AT", "GROVE_FIX", "GROWER", "HALL", "HALL_FIX", "HUSBAND", "MEMBER",
           "MOTHER_IL", "PASSPORT", "PATIENT", "PLANT", "PRISON", "REEF_FIX", "RESIDENCE",
           "SCHOOL", "SISTER_US", "SOCSEC", "TEAM", "TZ", "VENUE", "VENUE_FIX", "VISITOR",
           "WEIGH", "dev_block", "fix", "hd", "obj", "push"]
