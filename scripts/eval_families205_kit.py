"""Helpers for the two-hundred-and-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Goya, Okinawa City (Koza), with her
Okinawan husband Seiji Tamashiro and their daughter Mio (8, third grade), her US SIM roaming on a
Japanese network; she works at a resort hotel in Naha. Her husband's mother Kamado Tamashiro (84)
lives alone in Nago, where his younger brother Tsuyoshi looks in on her; his father Seiko died in
2020 and lies in the family tomb above Nago. Her places (the flat in Goya, her fixes at the dojo,
the community hall, the distillery, the hotel's staff door, the family tomb) are hers or the
family's (``location.precise`` where sent); the dojo, the hall, the distillery, the day-service
centre, the air base's reference point and the hotel are others' (negatives). People: her husband
and her sister in the US (``contact.*`` when she types them), Mio (a data subject: name, birth
date, sex, My Number, pupil and member numbers), her mother-in-law (a data subject in the care
app: name, birth date, My Number, care-insurance number, health), her brother-in-law, the care
manager. My Numbers are twelve digits whose last is the check digit (``mynumber`` computes it).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Tokyo"
NID = "personal.national_id"


def mynumber(base11: str) -> str:
    """A Japanese individual number: eleven digits and the check digit (weights 2-7, 2-6)."""
    s = sum(int(base11[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return base11 + str(0 if r <= 1 else 11 - r)


# --- her Okinawa life -----------------------------------------------------------------------------
HOME = {"line": "2-14-7 Goya, Koza Heights 302", "area": "Goya", "town": "Okinawa City",
        "pref": "Okinawa", "post": "904-0021"}
HOME_AT = (26.337214, 127.798603)  # their flat (location.precise where sent)
HUSBAND = ("Seiji Tamashiro", "+819061274408")  # typed by her: contact.*
BROTHER_IL = ("Tsuyoshi Tamashiro", "+819035528170")  # in Nago
SISTER_US = ("Laura Doe", "+15550147731", "laura.doe@example.net")  # her sister in Oregon
DAUGHTER = {"first": "Mio", "last": "Tamashiro", "dob": "2017-06-12", "sex": "winagu",
            "mynum": mynumber("52980417736"), "age": 8}  # a data subject
MOTHER_IL = {"name": "Kamado Tamashiro", "dob": "1941-03-03", "phone": "+81980524417",
             "line": "3-11-8 Omiya", "town": "Nago", "post": "905-0011",
             "mynum": mynumber("30295518847")}
MIL_HOME_AT = (26.591738, 127.977204)  # her mother-in-law's house in Nago (precise)
LATE_FIL = ("Seiko Tamashiro", "2020-02-14")  # her late father-in-law (name: contact.name)
MY_NUMBER = mynumber("40371829561")  # her individual number (personal.national_id)
SPOUSE_MYNUM = mynumber("61847203958")  # her husband's (given for the tax adjustment)
RESIDENCE_CARD = "KX50721846JA"  # her residence card number (personal.national_id)
PASSPORT = "583920174"  # her US passport (personal.national_id)
JP_ACCOUNT = "0187-301-2047716"  # her yen account: bank, branch, ordinary account (payment)
JP_NET = "44010"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Tiigumi (a karate and kobudo dojo) -----------------------------------------------------------
DOJO = {"id": "dj_koza03", "name": "Koza Shorin Tii Dojo", "phone": "+81989321180",
        "lat": 26.33592, "lon": 127.80147}  # the dojo (negatives)
DOJO_FIX = (26.335941, 127.801502)  # her phone at the dojo
MEMBER = "TG-0388-21"  # her dojo membership number (id.user)
MIO_MEMBER = "TG-0389-K7"  # Mio's in the children's class (id.user)

# --- Chondaraa (the ward's youth-association eisa troupe) -----------------------------------------
HALL = {"id": "kh_goya2", "name": "Goya Ni-chome Kominkan", "lat": 26.33821,
        "lon": 127.79644}  # the community hall (negatives)
HALL_FIX = (26.338187, 127.796471)
PARADE = [(26.334711, 127.800502), (26.333904, 127.801877), (26.332958, 127.803214)]
TROUPE_NO = "CD-26-117"  # her troupe member number (id.user)

# --- Kusukaami (a distillery's aged-awamori jar keeping) ------------------------------------------
DISTILLERY = {"id": "ds_shuri04", "name": "Shuri Kusu Distillery", "phone": "+81988847720",
              "lat": 26.21866, "lon": 127.72101}  # (negatives)
DIST_FIX = (26.218702, 127.720966)
KEEPER = "KSK-0419-22"  # her keeper account (id.user)
JAR = "KM-2017-00612"  # the jar laid down for Mio (financial.purchase: her purchase)

# --- Uyafaafuji (the household altar's lunar calendar, offerings and the family tomb) -------------
TOMB_AT = (26.594821, 127.984113)  # the family tomb above Nago (the family's: precise)
HOUSEHOLD = "UF-47209-0311"  # the household's altar account (id.user)

# --- Chimugukuru (long-term care coordination for her mother-in-law) ------------------------------
DAYSERVICE = {"id": "dsv_nago_tida", "name": "Nago Tida Day Service", "phone": "+81980536621",
              "lat": 26.59631, "lon": 127.98125}  # (negatives)
CARE_MANAGER = ("Yukiko Higa", "y.higa@tidacare.example.org")  # typed by her: contact.*
KAIGO_NO = "0004711928"  # her mother-in-law's care-insurance number (health.medical)
FAMILY_ID = "CG-88103"  # her family-caregiver account (id.user)

# --- Shizika (aircraft-noise log) -----------------------------------------------------------------
BASE_AT = (26.35580, 127.76790)  # the air base's reference point (a negative)
REPORTER = "SZ-10394"  # her reporter number (id.user)

# --- Shigutu (the resort hotel's staff app) -------------------------------------------------------
HOTEL = {"id": "ht_naminoue", "name": "Naminoue Tida Resort", "phone": "+81988691200",
         "lat": 26.22131, "lon": 127.67128}  # her employer (negatives)
STAFF_FIX = (26.221472, 127.671019)  # her phone at the staff entrance
STAFF_NO = "NTR-20731"  # her staff number (id.user)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", ja: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Japanese first with ``ja``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("ja-JP,ja;q=0.9,en;q=0.8" if ja else "en-JP,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_JP") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_JP") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lesson, a slot, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BASE_AT", "BROTHER_IL", "CARE_MANAGER", "DAUGHTER", "DAYSERVICE", "DISTILLERY",
           "DIST_FIX", "DOJO", "DOJO_FIX", "FAMILY_ID", "HALL", "HALL_FIX", "HOME", "HOME_AT",
           "HOTEL", "HOUSEHOLD", "HUSBAND", "JAR", "JP_ACCOUNT", "JP_NET", "KAIGO_NO", "KEEPER",
           "LATE_FIL", "MEMBER", "MIL_HOME_AT", "MIO_MEMBER", "MOTHER_IL", "MY_NUMBER", "NID",
           "PARADE", "PASSPORT", "REPORTER", "RESIDENCE_CARD", "SISTER_US", "SPOUSE_MYNUM",
           "STAFF_FIX", "STAFF_NO", "TOMB_AT", "TROUPE_NO", "TZ", "dev_block", "fix", "hd",
           "mynumber", "obj", "push"]
