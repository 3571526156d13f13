"""Helpers for the two-hundred-and-eleventh (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Juba (South Sudan) in Hai Amarat with her
Dinka husband Garang Mabior Deng, who is from Bor; her US SIM roams on a South Sudanese network
and a second, local SIM carries her Juba number. Their daughter Achol (7) goes to a primary
school in Juba. Garang's mother Nyandeng Ayuen Akol and his brother Majok Mabior Deng keep the
family's cattle at a camp on the toic near Malek, north of Bor; Majok's son Deng (10) boards at
a primary school at Makuach, and she sponsors him. The family is building a house in Bor town.
Her places (the Amarat house, the Bor plot, her fixes at the camp, the river port, the church,
the school) are hers (``location.precise`` where sent); the police post, the programme office,
the tracing office, the ports, the barge, the school, the church and the compound's generator
are businesses' or institutions' (negatives). People: her husband (``contact.*`` when she types
him; his national ID ``personal.national_id``), their daughter, her brother-in-law and nephew
(the nephew is a data subject: name, birth date, sex, his sponsorship number), her mother-in-law,
the husband's uncle the family is tracing, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Juba"

# --- her Juba life --------------------------------------------------------------------------------
JUBA_HOME = {"line": "Plot 27, Block 4-B, Hai Amarat", "area": "Hai Amarat", "town": "Juba",
             "region": "Central Equatoria"}
JUBA_HOME_AT = (4.853917, 31.597206)  # their house (location.precise where sent)
LOCAL_PHONE = "+211915550199"  # her own Juba SIM (contact.phone)
HUSBAND = ("Garang Mabior Deng", "+211921550184")  # typed by her: contact.*
HUSBAND_NID = "1004728391"  # his South Sudanese national ID number (ten digits; no public check)
DAUGHTER = {"first": "Achol", "last": "Garang", "dob": "2018-11-03", "sex": "nyan"}
MOTHER_IL = "Nyandeng Ayuen Akol"  # at the cattle camp (no phone of her own)
BROTHER_IL = ("Majok Mabior Deng", "+211925550137")  # herds at the camp
NEPHEW = {"first": "Deng", "last": "Majok Mabior", "dob": "2015-06-14", "sex": "wen",
          "child": "ATW-BOR-0412"}  # Majok's son, sponsored by her (a data subject)
UNCLE = ("Akuei Deng Mabior", "1961")  # Garang's uncle, separated in Bor in December 2013
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
PASSPORT = "583019274"  # her US passport (personal.national_id)
WORK_PERMIT = "MOL-WP-2025-118204"  # her South Sudan work permit (personal.national_id)
SS_ACCOUNT = "0110204771601"  # her SSP account at a Juba bank (financial.payment)
SS_NET = "65906"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Bor and the cattle camp ----------------------------------------------------------------------
BOR_PLOT = {"line": "Plot 9, Hai Marol", "town": "Bor", "region": "Jonglei"}
BOR_PLOT_AT = (6.211842, 31.561273)  # the family's plot being built (theirs: precise)
CAMP = {"name": "Malek toic", "payam": "Malek", "county": "Bor South"}  # (coarse where sent)
CAMP_FIX = (6.268415, 31.522307)  # her phone at the camp (precise)

# --- Tiitghok (cattle raid and stray registry) ----------------------------------------------------
POLICE = {"id": "ps_bor_lvs", "name": "Bor Town Police Livestock Desk", "phone": "+211955550101",
          "lat": 6.20912, "lon": 31.56021}  # (negatives)
HERD = "TG-JG-BS-00731"  # the family herd's registry number (id.user: their account)
RAID_CASE = "BOR-LVS-2026-0117"  # a police case number (a negative: the case's, not hers)

# --- Kuenpiu (Guinea-worm reporting and reward) ---------------------------------------------------
GW_OFFICE = {"id": "gw_bor", "name": "Bor South Guinea Worm Field Office", "phone":
             "+211955550144", "lat": 6.20411, "lon": 31.55702}  # (negatives)
VOLUNTEER = "KP-VV-2291"  # her village-volunteer number (id.user)
POND = {"id": "wp_malek_03", "lat": 6.26511, "lon": 31.52648}  # a water source (a negative)

# --- Koordhien (family tracing messages) ----------------------------------------------------------
TRACE_OFFICE = {"id": "tr_juba", "name": "Juba Family Tracing Desk", "phone": "+211955550120",
                "lat": 4.84962, "lon": 31.58507}  # (negatives)
TRACE = "KD-2026-00418"  # the tracing request number (id.user: her request as enquirer)

# --- Dholkiir (Nile cargo barge, Juba to Bor) -----------------------------------------------------
JUBA_PORT = {"id": "pt_juba", "name": "Juba River Port", "lat": 4.84533, "lon": 31.61221}
BOR_PORT = {"id": "pt_bor", "name": "Bor River Port", "lat": 6.21052, "lon": 31.56681}
BARGE = {"id": "bg_mading3", "name": "Mading 3", "captain": "+211955550166"}  # (negatives)
WAYBILL = "DK-JB-26-03318"  # her consignment (financial.purchase)
PORT_FIX = (4.845301, 31.611874)  # her phone at the Juba quay

# --- Athorwut (sponsoring the nephew at a boarding school) ----------------------------------------
SCHOOL = {"id": "sc_makuach", "name": "Makuach Boarding Primary School", "lat": 6.15213,
          "lon": 31.59104, "phone": "+211955550177"}  # (negatives)
SPONSOR = "ATW-SP-30952"  # her sponsor account (id.user)

# --- Lamwel (Dinka Bible revision, community checking) --------------------------------------------
CHURCH = {"id": "ch_emm_juba", "name": "Emmanuel Jieng Parish, Juba", "lat": 4.85811,
          "lon": 31.58844}  # the parish hall where sessions meet (a negative)
CHURCH_FIX = (4.858134, 31.588402)
CHECKER = "LW-CK-0088"  # her checker number on the revision team (id.user)

# --- Macbaai (the compound's shared generator and solar) ------------------------------------------
COMPOUND = {"id": "cp_amarat27", "name": "Amarat Compound 27", "gen": "gen_perkins_60",
            "manager": "+211955550189"}  # (negatives)
UNIT = "AM27-U04"  # their unit's account (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", din: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Dinka first with ``din``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("din-SS,din;q=0.9,en;q=0.8" if din else "en-SS,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_SS") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_SS") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a report, a line, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BARGE", "BOR_PLOT", "BOR_PLOT_AT", "BOR_PORT", "BROTHER_IL", "CAMP", "CAMP_FIX",
           "CHECKER", "CHURCH", "CHURCH_FIX", "COMPOUND", "DAUGHTER", "GW_OFFICE", "HERD",
           "HUSBAND", "HUSBAND_NID", "JUBA_HOME", "JUBA_HOME_AT", "JUBA_PORT", "LOCAL_PHONE",
           "MOTHER_IL", "NEPHEW", "PASSPORT", "POLICE", "POND", "PORT_FIX", "RAID_CASE", "SCHOOL",
           "SISTER_US", "SPONSOR", "SS_ACCOUNT", "SS_NET", "TRACE", "TRACE_OFFICE", "TZ", "UNCLE",
           "UNIT", "VOLUNTEER", "WAYBILL", "WORK_PERMIT", "dev_block", "fix", "hd", "obj", "push"]
