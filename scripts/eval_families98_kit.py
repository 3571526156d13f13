"""Helpers for the ninety-eighth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She is on a long stay in Mogadishu with her husband's
family (her New York home stays the profile's position; the phone keeps its US SIM, roaming on a
Somali network): the family house in Hodan and its address (hers while there), her fabric shop's
till, address and point (her workplace), her husband and his brother (typed by her), the visited
network, her New York haematologist, her son Zakariye (the football academy's player), her
mother-in-law's displaced household (the relief registration), places that are not hers (the
borehole kiosk, the maternity centre, the academy's pitch, bajaj stages, an IDP site's
distribution point, a supplier's till: negatives), an accessory (the pulse oximeter: negatives),
the Somali ``Accept-Language`` and generators for her fixes on a bajaj ride, pain scores, kick
times and an address-book's truncated hashes.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import CONTACTS, DEV, PRECISE, sha
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
SO_LANG = "so-SO,so;q=0.9,en-US;q=0.8,en;q=0.7"  # Accept-Language of a Somali-set phone
TZ = "Africa/Mogadishu"

# --- her places and people in Mogadishu -------------------------------------------------------
HOME_AT = (2.034871, 45.306624)  # the family house in Hodan (hers while there: location.precise)
HOME = {"line": "Wadada Warshadaha, Guriga 14", "district": "Hodan", "city": "Muqdisho",
        "region": "Banaadir"}  # its street line contact.address; district/city/region coarse
SHOP_AT = (2.038412, 45.311205)  # her fabric shop in Hodan market (her workplace)
SHOP_LINE = "Suuqa Hodan, Bakhaarka 27"  # its address (contact.address: her work address)
SHOP_NAME = "Dukaanka Dharka Hodan"  # the shop's trading name (unlabelled)
TILL = "LN-448120"  # her merchant till number (id.user: her merchant account)
HUSBAND = ("Yusuf Warsame", "+252615550142")  # typed by her (contact.*)
BROTHER_IN_LAW = ("Cabdiraxmaan Warsame", "+252615550163")
VISITED = ("63782", "Xiddigo Mobile")  # the network she roams on (location.carrier)
HAEM = ("Dr. Naomi Feldstein", "+12125550153", "n.feldstein@eastriverhem.example.com")
MARKET_AT = (2.045127, 45.325804)  # the market she rides to (a destination she chose)

# --- places and things that are not hers (negatives) -----------------------------------------
KIOSK = {"id": "KSK-HDN-07", "name": "Ceelka Hodan Kiosk 7", "lat": 2.03652, "lon": 45.30418,
         "phone": "+252615550110"}  # the borehole water kiosk
MCH = {"id": "fac_0412", "name": "Hodan MCH Centre", "lat": 2.03177, "lon": 45.30961,
       "phone": "+252615550120"}  # the maternity and child-health centre
PITCH_AT = (2.02893, 45.31522)  # the academy's pitch
STAGES = [("stg_km4", 2.03046, 45.31792), ("stg_bakaara", 2.04461, 45.32519)]  # bajaj stages
DIST_AT = (2.07735, 45.22914)  # the relief distribution point
SUPPLIER_TILL = "LN-220931"  # a wholesaler's till (a business: negative)
OXIMETER = {"serial": "OXM-2207-55812", "ble": "E4:6C:21:0B:7A:93", "model": "PulseCare O2",
            "fw": "1.8.4"}  # her pulse oximeter (an accessory: negatives)

# --- her son, at the football academy ----------------------------------------------------------
SON_FIRST, SON_LAST, SON_DOB, SON_AGE = "Zakariye", "Warsame", "2015-03-09", 10
PLAYER = "ply_5e02b7a1"  # his player profile on her account (id.user)
BIRTH_CERT = "BRC-2015-0031874"  # his birth registration number (personal.national_id)

# --- the displaced household she registers for relief ----------------------------------------
HH_ID = "GRG-BDA-220417"  # the household's registration number (id.user)
MIL = ("Xaliimo Nuur", "1958", "+252615550188")  # her mother-in-law, the household's head
SHELTER_AT = (2.071934, 45.237716)  # the household's shelter at the site
SITE = "Ceelasha Biyaha"  # the displacement site (location.coarse)

# --- accounts and documents -------------------------------------------------------------------
WATER_ACCT = "BY-HDN-0087731"  # her water-kiosk account (id.user)
ANC_NO = "ANC-HDN-25-01877"  # her antenatal card number (health.medical)
TAG_UID = "04:A2:7C:19:5E:80"  # her water tag's chip (an accessory's ID: a negative)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", auth: str | None = None,
       lang: str | None = None, jwt: Any = None) -> dict[str, Any]:
    """The app's headers (set 24's ``head``): ``lang`` adds an Accept-Language (``so`` Somali,
    ``en`` English), ``jwt`` a JWT bearer."""
    extra: dict[str, Any] = {}
    if lang == "so":
        extra["Accept-Language"] = L(SO_LANG, DEV)
    if jwt is not None:
        extra["Authorization"] = jwt
    return head(app, rng, iid=iid, how=how, auth=auth, lang=lang == "en", extra=extra)


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (3 or more: ``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def ride(rng: random.Random, n: int, start: Pt = HOME_AT, end: Pt = MARKET_AT,
         t0: int = 1765340000) -> list[dict[str, Any]]:
    """Her fixes on a bajaj ride (lat/lng ``location.precise``; time, speed and accuracy not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 15 * i, "lat": L(round(lat, 6), PRECISE),
                    "lng": L(round(lon, 6), PRECISE), "kmh": round(rng.uniform(12, 31), 1),
                    "acc": rng.choice([5, 6, 8])})
    return out


def pain(rng: random.Random, n: int, t0: int = 1765330000) -> list[dict[str, int]]:
    """A crisis night's pain scores (0-10) every half hour (one series)."""
    s = 8
    out = []
    for i in range(n):
        s = max(2, min(10, s + rng.choice([-1, 0, 0, 1])))
        out.append({"t": t0 + 1800 * i, "score": s})
    return out


def kicks(rng: random.Random, n: int = 10, t0: int = 1765351200) -> list[int]:
    """Seconds from the start of a kick count at which she felt each movement (one series)."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(40, 420)
        out.append(t0 + t)
    return out


def hashed_book(numbers: list[str]) -> list[L]:
    """Address-book numbers as truncated SHA-256 (16 hex), each ``content.contacts``."""
    return [L(sha("sha256", n)[:16], CONTACTS) for n in numbers]


BOOK = ["+252615550191", "+252615550102", "+252615550175", "+252615550133", "+252615550158"]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a crisis entry, a trip, a transfer): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["ANC_NO", "BIRTH_CERT", "BOOK", "BROTHER_IN_LAW", "DIST_AT", "HAEM", "HH_ID", "HOME",
           "HOME_AT", "HUSBAND", "KIOSK", "MARKET_AT", "MCH", "MIL", "OXIMETER", "PITCH_AT",
           "PLAYER", "SHELTER_AT", "SHOP_AT", "SHOP_LINE", "SHOP_NAME", "SITE", "SON_AGE",
           "SON_DOB", "SON_FIRST", "SON_LAST", "SO_LANG", "STAGES", "SUPPLIER_TILL", "TAG_UID",
           "TILL", "TZ", "VISITED", "WATER_ACCT", "fix", "hashed_book", "hd", "kicks", "obj",
           "pain", "ride"]
