"""Helpers for the two-hundred-and-twenty-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's),
as in set 151 (the template).

This kit adds what the set's apps share. She lives in Keetmanshoop (||Karas region, southern
Namibia; ``!Na#gas`` in Khoekhoegowab) with her Nama husband Hendrik Goagoseb, a teacher, her US
SIM roaming, and drives to Windhoek (``/Ai//gams``) once a month; their daughter Aletta Goagoses
(8; Nama and Damara daughters often carry the ``-s`` form of the father's ``-b`` surname) is in
the second grade; her husband's mother Magdalena Goagoses lives in Berseba, the family's
village. Her places (their Westdene house, her fixes at the gym hall, the psychologist's rooms,
the devil's-claw veld at Berseba, the observing site, the traditional authority's hall) are hers
(``location.precise`` where sent); the businesses, the club halls, the authority's office, the
buyer's depot and the fund's office are negatives. People: her husband and her mother-in-law
(``contact.*`` when she types them), their daughter (a data subject: name, birth date, sex, ID
number and member numbers labelled), her husband's sister in Windhoek, her psychologist, the
harvesters of her mother-in-law's group.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Africa/Windhoek"

# --- her Keetmanshoop life ------------------------------------------------------------------------
KH_HOME = {"line": "27 Kokerboom Street, Westdene", "area": "Westdene", "town": "Keetmanshoop",
           "region": "Karas", "post": "9000"}
KH_HOME_AT = (-26.582914, 18.131207)  # their house (location.precise where sent)
HUSBAND = ("Hendrik Goagoseb", "+264811550427")  # typed by her: contact.*
MOTHER_IL = ("Magdalena Goagoses", "+264812204519")  # her mother-in-law in Berseba
DAUGHTER = {"first": "Aletta", "last": "Goagoses", "dob": "2017-03-08", "sex": "taras",
            "idno": "17030800417", "gym": "GG-J-0233"}  # a data subject
PERMIT = "PRP-0288413"  # her Namibian permanent residence permit (personal.national_id)
PASSPORT = "583104927"  # her US passport (personal.national_id)
TIN = "7718204-011"  # her Namibian tax number (personal.national_id)
NA_ACCOUNT = "62281144907"  # her Namibian cheque account (financial.payment)
NA_BRANCH = "280172"  # the bank branch's code (the bank's: a negative)

# --- Haoskhanis (a Nama traditional authority's clan register and descendants' registry) ------
TA = {"id": "ta_brsb", "name": "Berseba Traditional Authority Office", "phone": "+264632570114",
      "lat": -25.99712, "lon": 17.77461}  # the authority's office (negatives)
TA_FIX = (-25.997038, 17.774712)  # her phone at the council meeting
CLAN = "!Khara-#nun"  # her husband's clan (fictional name; personal.sensitive)
HAOS_NO = "BTA-HH-01932"  # the household's register number (id.user)

# --- Goanmari (a unit-trust education savings plan for Aletta) ----------------------------------
FUND = {"id": "fd_edu_bal", "name": "Karas Balanced Education Fund", "office": "Windhoek",
        "price": 1.8412}  # the fund's unit price (negative)
INVESTOR = "GM-INV-0071564"  # her investor number (id.user)

# --- Ganigani (the girls' gymnastics club) -------------------------------------------------------
GYM = {"id": "club_kmh", "name": "Ganigani Gymnastics Keetmanshoop", "phone": "+264632224071",
       "lat": -26.57741, "lon": 18.13533}  # the club hall (negatives)
GYM_FIX = (-26.577388, 18.135402)  # her phone at the hall
VENUE = {"id": "vn_whk_dome", "lat": -22.55102, "lon": 17.06817}  # the competition hall

# --- Aihui (a clinical psychologist's practice in Windhoek) ---------------------------------------
PRACTICE = {"id": "pr_kwh", "name": "Klein Windhoek Psychology Rooms", "phone": "+264612440318",
            "lat": -22.56861, "lon": 17.10593}  # (negatives)
PRACTICE_FIX = (-22.568577, 17.105881)
PATIENT = "KWPR-2026-0871"  # her patient file number (health.medical, as set 151's chart)
PSYCH = ("Ilse van Wyk", "ilse.vanwyk@kwpr.example.org")  # typed by her: contact.*
MEDAID = "NHP-4471-0982-01"  # her medical aid (insurance) member number (health.medical)

# --- Kamaxu (a devil's-claw harvesters' group register and the buyer's deliveries) -------------
DEPOT = {"id": "dp_kmh", "name": "Karas Organic Harpago Buyers", "lat": -26.58901,
         "lon": 18.12377}  # the buyer's depot in Keetmanshoop (negatives)
VELD_FIX = (-26.041172, 17.801946)  # her phone in the harvest area near Berseba
GROUP = "DC-BRS-014"  # the harvesters' group (her mother-in-law's; she is its secretary)
HARVESTER = "HV-014-07"  # her own harvester number (id.user)
MEMBERS = [("Magdalena Goagoses", "HV-014-01"), ("Sara Kooper", "HV-014-02"),
           ("Johanna Isaak", "HV-014-03")]  # group members typed by her (contact.name)

# --- Hommimu (an amateur astronomy club's observing nights and telescope loans) ----------------
SITE = {"id": "st_brk", "name": "Brukkaros dark-sky site", "lat": -25.87482,
        "lon": 17.80266}  # the club's observing site (negatives)
SITE_FIX = (-25.874707, 17.802511)  # her phone at the site
MEMBER_AST = "HMC-0412"  # her club membership (id.user)

# --- Gomaxun (a home-industry biltong and droewors maker) ----------------------------------------
SHOP = {"id": "bt_kmh", "name": "Oom Piet se Biltong", "phone": "+264811224589",
        "lat": -26.58592, "lon": 18.13811}  # the maker's shop (negatives)
BUS_STOP = (-26.58022, 18.13290)  # the long-distance bus stop (a public point)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", naq: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English; Khoekhoe first with ``naq``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("naq-NA,naq;q=0.9,en-NA;q=0.8,af;q=0.6" if naq
                             else "en-NA,en;q=0.9,af;q=0.7", DEV)
    return h


def dev_block(lang: str = "en_NA") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_NA") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a line, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BUS_STOP", "CLAN", "DAUGHTER", "DEPOT", "FUND", "GROUP", "GYM",
           "GYM_FIX", "HAOS_NO", "HARVESTER", "HUSBAND", "INVESTOR", "KH_HOME", "KH_HOME_AT",
           "MEDAID", "MEMBERS", "MEMBER_AST", "MOTHER_IL", "NA_ACCOUNT", "NA_BRANCH", "PASSPORT",
           "PATIENT", "PERMIT", "PRACTICE", "PRACTICE_FIX", "PSYCH", "SHOP", "SITE", "SITE_FIX",
           "TA", "TA_FIX", "TIN", "TZ", "VELD_FIX", "VENUE", "dev_block", "fix", "hd", "obj",
           "push"]
