"""Helpers for the hundred-and-fifty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She (the profile's person, a US citizen with South
African permanent residence, her US SIM roaming) lives in Summerstrand, Gqeberha, with her
husband Lwazi Mgijima and their daughter Anele (8); once a month she teaches a block week at a
university campus in Mthatha and stays at her in-laws' homestead in Lutubeni village
(Ngqeleni), where her mother-in-law Nomvula lives. Her places (the Summerstrand flat, the
homestead, her fixes at the healer's, the beach, the church hall, the swim start and the
campus) are hers (``location.precise`` where sent); the healer's house, the lifesaving club,
the church, the ceremony's suppliers, the swim series' buoys and the campus are businesses' or
public places (negatives). People: her husband, their daughter (a data subject: name, birth
date, sex, SA ID number), her mother-in-law, her domestic worker Nosipho (whose ID number she
types as her employer), her sister in the US. South African ID numbers are 13 digits
(YYMMDD, a gender sequence, citizenship 0/1, 8, a Luhn check digit), computed properly here.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Johannesburg"


def luhn_ok(num: str) -> bool:
    """The Luhn check the 13-digit SA ID number carries in its last digit."""
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


# --- her Eastern Cape life --------------------------------------------------------------------
PE_HOME = {"line": "14 Admiralty Way, Flat 6", "area": "Summerstrand", "town": "Gqeberha",
           "region": "Eastern Cape", "post": "6001"}
PE_HOME_AT = (-33.985412, 25.657318)  # their flat (location.precise where sent)
HOMESTEAD = {"village": "Lutubeni", "district": "Ngqeleni", "town": "Mthatha"}
HOMESTEAD_AT = (-31.671245, 29.031587)  # the in-laws' homestead (family land: precise)
SA_ID = "9105170421182"  # her SA ID number (permanent resident, born 1991-05-17, female)
HUSBAND = {"name": "Lwazi Mgijima", "phone": "+27825550143", "id": "8803095712088"}
DAUGHTER = {"first": "Anele", "last": "Mgijima", "dob": "2017-11-04", "sex": "intombazana",
            "id": "1711040188089"}  # a data subject (sets 29, 35, 37)
MOTHER_IL = ("Nomvula Mgijima", "+27735550188")  # her mother-in-law at the homestead
WORKER = {"name": "Nosipho Dyantyi", "phone": "+27615550122", "id": "7908220935081"}
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
ZA_ACCOUNT = "62845510293"  # her cheque account (financial.payment); branch code 250655
TAX_REF = "0418273645"  # her SARS income-tax reference (personal.national_id)
for _n in (SA_ID, HUSBAND["id"], DAUGHTER["id"], WORKER["id"]):
    assert luhn_ok(_n), _n

# --- Amayeza (a traditional healer's consultation and remedies; Mthatha) ----------------------
HEALER = {"id": "hl_ngz07", "name": "Indlu yeMpilo Ngangelizwe", "phone": "+27475550112",
          "lat": -31.59214, "lon": 28.76622}  # the healer's house (negatives)
HEALER_FIX = (-31.592158, 28.766247)
PATIENT = "IYM-0338-21"  # her patient card at the healer's (id.user)

# --- Amaza (a junior surf-lifesaving "nippers" club; Summerstrand) ----------------------------
CLUB = {"id": "slsc_sms", "name": "Summerstrand Nippers Lifesaving Club", "phone": "+27415550177",
        "lat": -33.98763, "lon": 25.66904}  # the club house (negatives)
BEACH_FIX = (-33.987711, 25.668842)  # her phone on the beach at training
NIPPER = "SMS-N-2026-0417"  # Anele's club number (id.user)

# --- Umanyano (a Methodist women's prayer union; Gqeberha) ------------------------------------
CHURCH = {"id": "mc_cent_pe", "name": "Central Methodist Church Gqeberha", "lat": -33.96254,
          "lon": 25.61932}  # (negatives)
HALL_FIX = (-33.962571, 25.619388)
MEMBER = "MNY-PE-00912"  # her manyano membership number (id.user)

# --- Umsebenzi (a family ceremony planner: Anele's imbeleko at the homestead) -----------------
FEAST = "UMS-2026-0311"  # the ceremony's booking (financial.purchase)
SELLER = {"id": "fm_mqanduli_4", "name": "Mqanduli Livestock Sales", "phone": "+27475550190",
          "lat": -31.81955, "lon": 28.75931}  # (negatives)

# --- Umqeshwa (employing a domestic worker: wages, UIF, leave) --------------------------------
EMPLOYER = "EMP-UIF-2231409"  # her employer reference (id.user)

# --- Qubha (an open-water swim series in Algoa Bay) -------------------------------------------
START = {"id": "st_hobie", "lat": -33.97714, "lon": 25.65782}  # the start buoy line (negative)
SWIM_FIX = (-33.979236, 25.661904)  # her tow-float tracker in the water
ENTRY = "QB-26-M3-0588"  # her race entry (financial.purchase)
SWIMMER = "QBS-07714"  # her swimmer number (id.user)

# --- Umhlohli (a university staff app; she lectures a block week in Mthatha) ------------------
CAMPUS = {"id": "kvu_mth", "name": "Kei Valley University, Mthatha campus", "lat": -31.56812,
          "lon": 28.78105}  # (negatives)
CAMPUS_FIX = (-31.568147, 28.781093)
STAFF = "KVU-S-204417"  # her staff number (id.user)


# --- generators -------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", xh: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, isiXhosa first with ``xh``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("xh-ZA,xh;q=0.9,en;q=0.8" if xh else "en-ZA,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_ZA") -> dict[str, Any]:
    """An app's own device block in isiXhosa keys (``device.info``)."""
    return {"imodeli": L("Pixel 8", DEV), "inkqubo": L("Android 14", DEV),
            "ulwimi": L(lang, DEV), "ingingqi_yexesha": L(TZ, DEV)}


def push(token: str, lang: str = "en_ZA") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"push_token": L(token, DID), "isixhobo_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a heat): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BEACH_FIX", "CAMPUS", "CAMPUS_FIX", "CHURCH", "CLUB", "DAUGHTER", "EMPLOYER",
           "ENTRY", "FEAST", "HALL_FIX", "HEALER", "HEALER_FIX", "HOMESTEAD", "HOMESTEAD_AT",
           "HUSBAND", "MEMBER", "MOTHER_IL", "NIPPER", "PATIENT", "PE_HOME", "PE_HOME_AT",
           "SA_ID", "SELLER", "SISTER_US", "STAFF", "START", "SWIMMER", "SWIM_FIX", "TAX_REF",
           "TZ", "WORKER", "ZA_ACCOUNT", "dev_block", "fix", "hd", "luhn_ok", "obj", "push"]
