"""Helpers for the thirty-second (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families31_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: places that are not the user's (donation centres, a
library branch, a wedding venue, houses for sale, Tokyo restaurants, a courier: negatives), places
that are (her fix at a donation centre and at the library, the house she is buying, her serviced
flat in Tokyo and her fix at the office there), businesses' and professionals' numbers and
mailboxes (look-alikes), the people she types in (her fiancé, her son, his teacher, wedding
guests, her mother), the living-room TV and the kids' streaming stick (fixed home equipment:
negatives), her codes and account numbers, and generators (letter-tracing strokes, an air-mouse
gyro stream, a signature, reading-aloud word timings, page-turn intervals, a speaker-adaptation
i-vector).
"""

from __future__ import annotations

import hashlib
import hmac
import random
from typing import Any

from eval_families17_kit import PRECISE, USAGE
from eval_payloads import USER_ID, L, rnd_hex

# Places that are not the user's: their coordinates are negatives.
CENTRES = [("dc_midtown", "Midtown Donor Center", (40.75263, -73.98398), "+12125550133"),
           ("dc_chelsea", "Chelsea Blood Center", (40.74411, -73.99862), "+12125550189")]
BRANCH = {"id": "br_34th", "name": "Herald Square Library", "at": (40.74831, -73.98602),
          "phone": "+12125550115"}
VENUE = {"id": "ven_harrow", "name": "Harrow Hall Gardens", "line": "88 Orchard Road",
         "city": "Tarrytown", "at": (41.07632, -73.85871), "phone": "+19145550127",
         "email": "events@harrowhall.example.com"}
LISTINGS = [{"id": "lst_5520918", "at": (40.67455, -73.96812), "price": 1145000},
            {"id": "lst_5521374", "at": (40.68102, -73.95577), "price": 989000}]
STORES = [("mise_4127", "Menya Kaze Azabu", (35.65472, 139.73601)),
          ("mise_5530", "Sushi Tomoe", (35.65829, 139.72744)),
          ("mise_6018", "Curry Hoshino", (35.66003, 139.73315))]
COURIER_AT = (35.65611, 139.73442)  # the rider's own position (a worker's, not hers)

# Places that are hers: labelled where sent.
CENTRE_FIX = (40.752592, -73.984168)  # the phone at the donation centre's door
BRANCH_FIX = (40.748377, -73.985914)  # the phone at the library branch
OFFICE_TYO = (35.664318, 139.728861)  # the phone at her Tokyo office (Roppongi)
TOKYO_HOME_AT = (35.651684, 139.733172)  # her serviced flat in Minami-Azabu
PROPERTY = {"line1": "182 Prospect Place", "line2": "Unit 3", "city": "Brooklyn",
            "state": "NY", "zip": "11238"}  # the flat she is buying (her next home)

# Her Tokyo address, as a Japanese form asks for it (values in Japanese).
YUBIN, TODOFUKEN, SHIKU = "106-0047", "東京都", "港区"
CHOBAN, TATEMONO = "南麻布3-12-8", "レジデンス南麻布 504"
NAME_KANA = "ドウ ジェーン"  # family name first, in katakana

# Businesses' and professionals' numbers and mailboxes (look-alikes).
LOAN_OFFICER = {"id": "lo_2219", "name": "Marcus Bell", "nmls": "1184420",
                "phone": "+12125550146", "email": "m.bell@keystead.example.com"}
AGENT = ("Olivia Grant", "+17185550193")  # the seller's listing agent (published)
VENDORS = [{"id": "vn_petalfern", "kind": "florist", "name": "Petal & Fern Studio",
            "phone": "+12125550168", "email": "hello@petalfern.example.com"},
           {"id": "vn_lumen", "kind": "photographer", "name": "Lumen & Lace Photo",
            "phone": "+19145550102", "email": "book@lumenlace.example.net"},
           {"id": "vn_copper", "kind": "caterer", "name": "Copper Table Catering",
            "phone": "+19145550139", "email": "events@coppertable.example.com"}]

# People she types in (another person's values: labelled).
FIANCE = ("Ethan Brooks", "+15550162284", "ethan.brooks@example.net")
SON = ("Milo", "Doe", "2018-09-23", 7)  # her son: first, last, birth date, age
TEACHER = ("Ms. Renata Alvarez", "r.alvarez@ps59.example.org")
MOTHER = ("Margaret Doe", "+15550171140", "margaret.doe@example.com")
GUESTS = [
    {"first": "Priya", "last": "Nair", "email": "priya.nair@example.com",
     "phone": "+15550144718", "line1": "77 Orchard Lane", "city": "Montclair", "state": "NJ",
     "zip": "07042", "diet": None},
    {"first": "Tomás", "last": "Reyes", "email": "tomas.reyes@example.net",
     "phone": "+15550183326", "line1": "410 Elm Street Apt 2", "city": "Hoboken",
     "state": "NJ", "zip": "07030", "diet": "nut allergy"},
    {"first": "Hannah", "last": "Klein", "email": "hannah.klein@example.org",
     "phone": "+15550129051", "line1": "15 Willow Court", "city": "Stamford", "state": "CT",
     "zip": "06901", "diet": "kosher"}]
PLUS_ONE = "David Klein"

# Fixed home equipment (its identifiers are negatives).
TV = {"id": "tv_a41c7e", "serial": "CWQ7-55-0A4418821", "mac": "A4:30:7A:5E:19:C2",
      "model": "Couchwave Q7 55", "fw": "9.3.2", "name": "Living Room TV",
      "lan": "192.168.1.41"}
STICK = {"id": "tv_b9207d", "serial": "CWS2-1190374", "mac": "A4:30:7A:61:08:4F",
         "model": "Couchwave Stick 2", "name": "Milo's Room"}

# Her codes and accounts.
TV_PIN, TV_CODE = "2619", "HKQ-7WD"  # the adult profile's PIN; the TV's sign-in code
LIB_CARD, LIB_PIN = "23330009184406", "8203"
DONOR_ID = "W4410927"
LOAN_NO = "KS-2025-0418837"  # her loan application (her account with the lender: id.user)
HOME_POLICY = "HO3-55817204"
SITE_SLUG, SITE_PASS = "jane-and-ethan-2026", "Orchard&June26"
MEMBER_JP = "GB00583319"
SSN_LAST4 = "4325"


def user_hash(secret: str = "cm_secret_aislewise") -> str:
    """The identity-verification HMAC an app's server computes for the support widget."""
    return hmac.new(secret.encode(), USER_ID.encode(), hashlib.sha256).hexdigest()


def tracing(rng: random.Random, n: int, pts: int = 8) -> list[dict[str, Any]]:
    """A child's finger tracing a letter: strokes of (ms, x, y) points on the canvas."""
    out = []
    for s in range(n):
        x, y, t = rng.randrange(300, 700), rng.randrange(500, 900), s * 900
        pp = []
        for i in range(pts):
            x += rng.randrange(-18, 30)
            y += rng.randrange(-10, 42)
            pp.append([t + 33 * i, x, y])
        out.append({"stroke": s, "points": pp})
    return out


def signature(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """An on-screen signature: x/y, pressure and time per sample (one series)."""
    x, y = 120, 300
    out = []
    for i in range(n):
        x += rng.randrange(4, 22)
        y += rng.randrange(-26, 27)
        out.append({"x": x, "y": y, "p": round(rng.uniform(0.2, 0.9), 2), "t": i * 12})
    return out


def gyro(rng: random.Random, n: int, dt: int = 10) -> list[list[float]]:
    """The phone's gyroscope as an air mouse: [ms, x, y, z] rad/s rows."""
    return [[i * dt, round(rng.gauss(0, 0.6), 3), round(rng.gauss(0, 0.6), 3),
             round(rng.gauss(0, 0.2), 3)] for i in range(n)]


def word_times(rng: random.Random, text: str) -> list[dict[str, Any]]:
    """Reading-aloud alignment: each word's start/end in ms and the recogniser's confidence
    (an assessment of the reading, not of the voice)."""
    out, t = [], 400
    for w in text.split():
        d = rng.randrange(260, 720)
        out.append({"w": w.strip(".,!"), "s": t, "e": t + d,
                    "conf": round(rng.uniform(0.55, 0.99), 2)})
        t += d + rng.randrange(60, 400)
    return out


def ivector(rng: random.Random, n: int = 100) -> list[float]:
    """A speaker-adaptation i-vector for a child's voice (the recogniser's speaker model)."""
    return [round(rng.gauss(0, 1.1), 4) for _ in range(n)]


def turns(rng: random.Random, n: int) -> L:
    """Seconds spent on each page before turning (reading-speed telemetry, one list)."""
    return L([rng.randrange(38, 95) for _ in range(n)], USAGE)


def fix(at: tuple[float, float], nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def oid(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a title, a loan, a guest, a table): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENT", "BRANCH", "BRANCH_FIX", "CENTRES", "CENTRE_FIX", "CHOBAN", "COURIER_AT",
           "DONOR_ID", "FIANCE", "GUESTS", "HOME_POLICY", "LIB_CARD", "LIB_PIN", "LISTINGS",
           "LOAN_NO", "LOAN_OFFICER", "MEMBER_JP", "MOTHER", "NAME_KANA", "OFFICE_TYO",
           "PLUS_ONE", "PROPERTY", "SHIKU", "SITE_PASS", "SITE_SLUG", "SON", "SSN_LAST4", "STICK",
           "STORES", "TATEMONO", "TEACHER", "TODOFUKEN", "TOKYO_HOME_AT", "TV", "TV_CODE",
           "TV_PIN", "VENDORS", "VENUE", "YUBIN", "fix", "gyro", "ivector", "oid", "signature",
           "tracing", "turns", "user_hash", "word_times"]
