"""Helpers for the hundred-and-sixty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She has lived two years in Ashgabat (Turkmenistan),
teaching English, married to Serdar Atayev; her US SIM roams on a Turkmen network. Their son
Dowlet (8) has asthma. Serdar's mother Ogulbossan lives in the family house in Mary, where the
family rears silkworms each spring; Serdar's father Annamyrat died in January (his fortieth-day
memorial feast is held in Mary). Her places (the Ashgabat flat, the Mary house, her fixes at the
stable, the salt-cave clinic, the mulberry shed, the dig at Merv, the dog show ring) are hers
(``location.precise`` where sent); the stable, the clinic, the cocoon buying point, the site and
its trench grid, the show ground, the caterer, the mosque and the migration agency are
businesses', the state's or public (negatives). People: her husband (``contact.*`` when she types
him; his Turkmen passport ``personal.national_id``), their son (a data subject: name, birth date,
sex, birth-certificate number, patient number), her mother-in-law, her late father-in-law (a
name), her sister in the US. Her US passport's machine-readable zone (``mrz``) has its ICAO 9303
check digits computed.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Ashgabat"

# --- her Turkmen life -----------------------------------------------------------------------------
AS_HOME = {
    "line": "Andalyp kocesi 41, jay 12",
    "etrap": "Berkararlyk etraby",
    "town": "Asgabat",
    "post": "744000",
}
AS_HOME_AT = (37.935214, 58.371046)  # their Ashgabat flat (location.precise where sent)
MARY_HOME = {
    "line": "Bayramhan kocesi 23",
    "town": "Mary",
    "welayat": "Mary welayaty",
    "post": "745400",
}
MARY_HOME_AT = (37.598113, 61.836402)  # the family house in Mary (location.precise)
HUSBAND = ("Serdar Atayev", "+99365318244")  # typed by her: contact.*
HUSBAND_PASS = "I-AS 482915"  # his Turkmen passport (series + number: personal.national_id)
MOTHER_IL = ("Ogulbossan Atayeva", "+99364517730")  # her mother-in-law in Mary
FATHER_IL = "Annamyrat Atayev"  # her late father-in-law (a name: contact.name)
SON = {
    "first": "Dowlet",
    "last": "Atayev",
    "dob": "2017-04-09",
    "sex": "oglan",
    "cert": "I-AS 0731846",
}  # a data subject; his birth certificate personal.national_id
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
PASSPORT = "583104726"  # her US passport (personal.national_id)
PASS_EXPIRY = "310314"  # YYMMDD
RESIDENCE = "YR-0412877"  # her Turkmen residence permit (personal.national_id)
TM_ACCOUNT = "23201934180000412753"  # her manat account (financial.payment)
TM_NET = "43802"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Gyrat (Akhal-Teke stud book: their mare and her foal) ----------------------------------------
STABLE = {
    "id": "st_gokdere",
    "name": "Gokdere Ahalteke Atcylyk Toplumy",
    "phone": "+99312480155",
    "lat": 37.86241,
    "lon": 58.53107,
}  # (negatives)
STABLE_FIX = (37.862388, 58.531092)  # her phone at the stable
OWNER_NO = "AHT-E-20417"  # her owner number in the stud book (id.user)
MARE = {"name": "Gulgyz", "reg": "AT-2014-0933", "chip": "795098100412877"}  # (negatives)

# --- Pilechi (the Mary household's silkworm rearing and cocoon sales) -----------------------------
SHED_AT = (37.598342, 61.836911)  # the mulberry shed behind the Mary house (hers: precise)
BUYING_POINT = {
    "id": "bp_mary03",
    "name": "Mary Pile Kabul Nokady 3",
    "lat": 37.61027,
    "lon": 61.84451,
}  # the state cocoon buying point (negative)
GROWER = "MR-PL-07712"  # the household's grower number, in her name (id.user)

# --- Duzgowak (a salt-cave speleotherapy clinic: Dowlet's asthma) ---------------------------------
SALT = {
    "id": "dg_kel01",
    "name": "Duzly Gowak Speleoterapiya Merkezi",
    "lat": 37.98712,
    "lon": 58.07319,
    "phone": "+99312490377",
}  # (negatives)
SALT_FIX = (37.987091, 58.073226)
PATIENT = "DG-2026-00841"  # Dowlet's patient number (health.medical, as set 151's chart)
DOCTOR = ("Dr. Maya Orazova", "m.orazova@duzgowak.example.org")  # typed by her: contact.*

# --- Gazuwchy (volunteer registry of the dig at ancient Merv) -------------------------------------
SITE = {"id": "mrw_gk", "name": "Gyaur Gala", "lat": 37.66512, "lon": 62.17804}  # (negative)
TRENCH = {"id": "GK-26-T4", "e": 412.5, "n": 877.0}  # the trench and site-grid metres (negatives)
DIG_FIX = (37.664873, 62.178422)  # her phone in the trench
VOLUNTEER = "GZ-V-0219"  # her volunteer number (id.user)

# --- Alabay Tohum (the Alabai dog breed club) -----------------------------------------------------
SHOW = {
    "id": "sh_as26",
    "name": "Asgabat Alabay Sergisi 2026",
    "lat": 37.90811,
    "lon": 58.39002,
}  # the show ground (negative)
RING_FIX = (37.908142, 58.389977)
MEMBER = "AAK-1187"  # her club membership (id.user)
DOG = {"name": "Bahadyr", "chip": "795098100930215", "pedigree": "AAK-P-2023-0412"}  # (negatives)

# --- Yatlama (the father-in-law's fortieth-day memorial feast in Mary) ---------------------------
CATERER = {
    "id": "cat_mr12",
    "name": "Mary Toy Asbazlary",
    "phone": "+99352260144",
    "lat": 37.60288,
    "lon": 61.83012,
}  # (negatives)
MOSQUE = {
    "id": "mq_mary2",
    "name": "Mary Gulluk Metjidi",
    "lat": 37.59671,
    "lon": 61.84112,
}  # (negative)
FEAST = "YT-26-0214"  # the feast order (financial.purchase)

# --- Yasayys (a relocation agency: her residence registration) ------------------------------------
AGENCY = {
    "id": "ag_as04",
    "name": "Asgabat Gochush Hyzmatlary",
    "phone": "+99312930441",
    "lat": 37.94107,
    "lon": 58.38826,
}  # (negatives)
CASE_NO = "YS-2026-1183"  # her case at the agency (id.user)
VISA = "TM-WZ-0090417"  # her work visa number (personal.national_id)
EMPLOYER = "Example English Centre"  # her employer (no taxonomy type; unlabelled)


# --- generators -----------------------------------------------------------------------------------
def _cd(s: str) -> str:
    w = (7, 3, 1)
    val = {c: i for i, c in enumerate("0123456789")}
    val.update({chr(65 + i): 10 + i for i in range(26)})
    val["<"] = 0
    return str(sum(val[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz() -> tuple[str, str]:
    """Her passport's two MRZ lines (TD3), with the ICAO 9303 check digits."""
    l1 = ("P<USADOE<<JANE" + "<" * 44)[:44]
    num, dob, exp, pers = PASSPORT, "910517", PASS_EXPIRY, "<" * 14
    a = num + _cd(num)
    b = dob + _cd(dob)
    c = exp + _cd(exp)
    d = pers + _cd(pers)
    comp = _cd(a + b + c + d)
    return l1, a + "USA" + b + "F" + c + d + comp


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(
    app: App, rng: random.Random, iid: str, *, how: str = "plain", tk: bool = False, **kw: Any
) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Turkmen first with ``tk``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("tk-TM,tk;q=0.9,ru;q=0.8,en;q=0.7" if tk else "en-TM,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_TM") -> dict[str, Any]:
    """An app's own device block (Turkmen keys: model, OS, locale, zone: ``device.info``)."""
    return {
        "modeli": L("Pixel 8", DEV),
        "os": L("Android 14", DEV),
        "dil": L(lang, DEV),
        "wagt_zolagy": L(TZ, DEV),
    }


def push(token: str, lang: str = "tk_TM") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID

    return {"push_token": L(token, DID), "enjam_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a booking line, a note, a session): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = [
    "AGENCY",
    "AS_HOME",
    "AS_HOME_AT",
    "BUYING_POINT",
    "CASE_NO",
    "CATERER",
    "DIG_FIX",
    "DOCTOR",
    "DOG",
    "EMPLOYER",
    "FATHER_IL",
    "FEAST",
    "GROWER",
    "HUSBAND",
    "HUSBAND_PASS",
    "MARE",
    "MARY_HOME",
    "MARY_HOME_AT",
    "MEMBER",
    "MOSQUE",
    "MOTHER_IL",
    "OWNER_NO",
    "PASSPORT",
    "PATIENT",
    "RESIDENCE",
    "RING_FIX",
    "SALT",
    "SALT_FIX",
    "SHED_AT",
    "SHOW",
    "SISTER_US",
    "SITE",
    "SON",
    "STABLE",
    "STABLE_FIX",
    "TM_ACCOUNT",
    "TM_NET",
    "TRENCH",
    "TZ",
    "VISA",
    "VOLUNTEER",
    "dev_block",
    "fix",
    "hd",
    "mrz",
    "obj",
    "push",
]
