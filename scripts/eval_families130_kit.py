"""Helpers for the hundred-and-thirtieth (blind) evaluation set. Wire helpers and ``report`` stay
in the earlier kits (``multipart``, ``pb``, ``raw``, ``enc``, ``add``, ``tok`` from
``eval_families6_kit`` to ``eval_families17_kit``, ``sjwt`` from set 18, ``lines`` and
``sdk_uuid`` from set 22, ``rid`` and ``sdk_id`` from set 24, ``App``/``opaque``/``ev`` from
set 20); the category ids are spelled out here once (TAXONOMY.md).

This kit adds what the set's apps share: the Botswana apps' ``App`` (an ``en_BW`` User-Agent) and
header helper ``hd``; the people (her husband, her son Kabelo, the herdsman, the club's members,
all but her husband negatives unless she types them); her Omang number; her Gaborone house and
fix, the cattle post and its village, the district veterinary office (a negative), the herd's ear
tags (animals: negatives), the lodge (a business: negatives) and her fix at its staff quarters,
the congregation (its branch, priest and bank: negatives), the clinic (a negative), her ART
regimen, the savings club, the school and the class, the borehole's meter (a device of the
syndicate: negatives), and generators for fixes and object IDs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from eval_families20_kit import App, opaque
from eval_families24_kit import rid
from eval_payloads import INSTALL_ID, LAT, LON, L, rnd_hex

# Category ids (TAXONOMY.md), spelled out once for the set.
ADDR, ADID, BIRTH, BUY = ("contact.address", "id.advertising", "personal.birthdate",
                          "financial.purchase")
CARRIER, COARSE, CONTACTS, CRED = ("location.carrier", "location.coarse", "content.contacts",
                                   "secret.credential")
DEV, DID, FIT, GENDER = "device.info", "id.device", "health.fitness", "personal.gender"
IPLOC, MAIL, MED, MEDIA = "location.ip", "contact.email", "health.medical", "content.media"
NAMEC, NATID, PAY, PRECISE = ("contact.name", "personal.national_id", "financial.payment",
                              "location.precise")
SEARCH, SENS, TEL, TEXT = ("behavior.search", "personal.sensitive", "contact.phone",
                           "content.text")
UID, USAGE, WIFI = "id.user", "behavior.usage", "location.wifi"

Pt = tuple[float, float]
LANG = "en-BW,tn;q=0.9,en;q=0.8"  # Accept-Language of the Botswana apps (device.info)
TZ = "Africa/Gaborone"


@dataclass(frozen=True)
class BwApp(App):
    """An app of this set: its User-Agent names the model, OS and the ``en_BW`` locale."""

    @property
    def ua(self) -> str:
        return f"{self.name}/{self.ver} (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; en_BW)"


def hd(app: App, rng: random.Random, *, iid: str = "X-Install-Id", how: str = "plain",
       auth: str | None = None, lang: bool = True,
       extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app's headers: User-Agent, the install ID (``how``: plain, upper, nodash, none), a
    request ID (a negative), Accept-Language and an opaque bearer or session token."""
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV), "X-Request-ID": rid(rng)}
    if lang:
        h["Accept-Language"] = L(LANG, DEV)
    if how == "plain":
        h[iid] = L(INSTALL_ID, DID)
    elif how == "upper":
        h[iid] = L(INSTALL_ID.upper(), DID)
    elif how == "nodash":
        h[iid] = L(INSTALL_ID.replace("-", ""), DID)
    if auth == "bearer":
        h["Authorization"] = L("Bearer " + opaque(rng, "at_", 44), CRED)
    elif auth == "session":
        h["X-Session-Token"] = L(opaque(rng, "st.", 36), CRED)
    if extra:
        h.update(extra)
    return h


# --- people and papers ----------------------------------------------------------------------------
HUSBAND = ("Kagiso Molefe", "+26771550184")  # her husband (contact.* where she types him)
KID = {"first": "Kabelo", "dob": "2016-08-22", "age": 9, "std": "Standard 4",
       "id": "lrn_5c20e91a"}  # her son (a data subject: his name, birth date, learner ID)
OMANG = "436729815"  # her Omang (national ID) number; the fifth digit 2 is a woman's
HERDSMAN = ("Mpho Sebego", "+26772550611")  # the herdsman at the post (she types him)
VILLAGE = "Kumakwane"  # the cattle post's village (location.coarse)

# --- places ---------------------------------------------------------------------------------
GAB_HOME = {"line": "Plot 14521, Phase 4", "area": "Gaborone", "box": "P O Box 40218"}
GAB_AT = (-24.641532, 25.908716)  # her Gaborone house (location.precise where sent)
POST_AT = (-24.702915, 25.641208)  # the family's cattle post (her place: precise)
VET_OFFICE = {"id": "dvo-kwen-03", "name": "Kweneng West District Veterinary Office",
              "phone": "+2675990417", "lat": -24.66412, "lon": 25.67105}  # a negative
LODGE = {"id": "lg_0712", "name": "Letlhare River Lodge", "phone": "+2676865012",
         "lat": -19.41225, "lon": 23.11891}  # the lodge (a business: negatives)
QUARTERS_AT = (-19.411873, 23.120344)  # her fix at the staff quarters (precise)
LODGE_SSID, LODGE_BSSID = "LRL-Staff", "f4:92:bf:3a:71:0c"  # the quarters' Wi-Fi she is on
STAFF_NO = "LRL-0417"  # her employee number (id.user)
CHURCH = {"id": "zcc-gab-w12", "name": "Gaborone West Branch", "priest": "Moruti T. Seane",
          "bank": "First Lentswe Bank 62110047512"}  # the congregation (negatives)
CHURCH_AT = (-24.65311, 25.87164)  # the branch's meeting place (a negative)
MEMBER_CH = "ZCC-GW-20931"  # her membership number in the congregation (id.user)
CLINIC = {"id": "fac_0388", "name": "Bontleng Clinic", "phone": "+2673951120",
          "lat": -24.66008, "lon": 25.91477}  # the ART clinic (a negative)
ART_NO = "ART-GC-0388-11472"  # her ART (treatment) number (health.medical)
REGIMEN = ("TLD", "tenofovir/lamivudine/dolutegravir 300/300/50 mg")
CLUB = {"id": "mts_2291", "name": "Mosadi Mogolo Savings Club", "members": 12}
CLUB_ACCT = "62190488137"  # her own bank account for payouts (financial.payment)
SCHOOL = {"id": "sch_0147", "name": "Tlotlo Primary School", "phone": "+2673180244",
          "teacher": "Mrs Dineo Kgosi", "mail": "std4b@tlotlo.example.org",
          "lat": -24.63812, "lon": 25.91246}  # the school (negatives)
METER = {"serial": "BHM-22-004817", "fw": "1.9.4", "ble": "D4:36:39:8A:12:F0",
         "account": "bh_syn_0419"}  # the syndicate's borehole meter (negatives)
BOREHOLE_AT = (-24.70188, 25.64433)  # the borehole's own point (a negative)
METER_ACCT = "BHS-0419-07"  # her household's account with the borehole syndicate (id.user)


def fix(at: Pt, nd: int = 6, cat: str = PRECISE) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise`` from 3 decimals)."""
    c = cat if nd >= 3 else COARSE
    return L(round(at[0], nd), c), L(round(at[1], nd), c)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (where the phone is in the test) at ``nd`` decimals."""
    c = PRECISE if nd >= 3 else COARSE
    return L(round(LAT, nd), c), L(round(LON, nd), c)


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (an entry, a shift, an offering, a refill): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def tags(rng: random.Random, n: int) -> list[str]:
    """Cattle ear-tag numbers of the herd (animals: negatives)."""
    return [f"BW07-{rng.randrange(100000, 999999)}" for _ in range(n)]


def walk(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765350000,
         nd: int = 6) -> list[dict[str, Any]]:
    """Her fixes on a walk or a drive, start to end (each lat/lon ``location.precise``)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 30 * i, "lat": L(round(la, nd), PRECISE),
                    "lon": L(round(lo, nd), PRECISE), "acc": round(rng.uniform(4, 12), 1)})
    return out


__all__ = [
    "ADDR",
    "ADID",
    "ART_NO",
    "BIRTH",
    "BOREHOLE_AT",
    "BUY",
    "CARRIER",
    "CHURCH",
    "CHURCH_AT",
    "CLINIC",
    "CLUB",
    "CLUB_ACCT",
    "COARSE",
    "CONTACTS",
    "CRED",
    "DEV",
    "DID",
    "FIT",
    "GAB_AT",
    "GAB_HOME",
    "GENDER",
    "HERDSMAN",
    "HUSBAND",
    "IPLOC",
    "KID",
    "LANG",
    "LODGE",
    "LODGE_BSSID",
    "LODGE_SSID",
    "MAIL",
    "MED",
    "MEDIA",
    "MEMBER_CH",
    "METER",
    "METER_ACCT",
    "NAMEC",
    "NATID",
    "OMANG",
    "PAY",
    "POST_AT",
    "PRECISE",
    "QUARTERS_AT",
    "REGIMEN",
    "SCHOOL",
    "SEARCH",
    "SENS",
    "STAFF_NO",
    "TEL",
    "TEXT",
    "TZ",
    "UID",
    "USAGE",
    "VET_OFFICE",
    "VILLAGE",
    "WIFI",
    "BwApp",
    "fix",
    "hd",
    "home",
    "obj",
    "tags",
    "walk",
]
