"""Helpers for the seventy-sixth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's, the
fix helper ``fix`` set 37's).

This kit adds what the set's apps share: her autumn in Ljubljana (a visiting fellowship: her flat,
its EMŠO, her library card, the library branch and its guest Wi-Fi, a Slovenian IBAN for her
stipend account, the roaming network); the via ferrata in the Julian Alps (the route, its hut and
anchors: negatives; her climbing partner and a generator for her climb); the Crohn's tracker's GI
doctor, infusion suite and public restrooms (negatives but the doctor she types) and a stool-diary
generator; the co-parenting app's ex-partner, children, the safe exchange zone (a negative) and
the court docket (unlabelled); the cat shelter, its cats and microchips (negatives), her landlord
and the vet reference (a business: a negative); the pharmacy store and locker (negatives), her
prescriptions and patient number; the ski resort, its lifts and gates (negatives), her pass,
other skiers' passes (negatives) and a generator for her runs.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]


def _emso(dob: str, region: str = "50", serial: int = 512) -> str:
    """A Slovenian EMŠO: DDMMYYY, region, serial (500+ for a woman) and a mod-11 check digit."""
    y, m, d = dob.split("-")
    body = f"{d}{m}{y[1:]}{region}{serial:03d}"
    s = sum(int(c) * w for c, w in zip(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    k = 11 - s % 11
    return body + str(0 if k == 11 else k)


def _iban(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


# --- Bralnica (a Ljubljana public library with e-books) ----------------------------------------
LJ_HOME = {"ulica": "Trubarjeva cesta 27", "nadstropje": "3. nadstropje, stan. 12",
           "posta": "1000", "mesto": "Ljubljana"}
LJ_HOME_AT = (46.051742, 14.509821)  # her flat for the fellowship (location.precise where sent)
EMSO = _emso("1991-05-17")  # her EMŠO, issued with the residence permit (personal.national_id)
CLANSKA = "0301448812"  # her library card number (id.user)
GESLO = "Zmajski-Most#88"
KNJIZNICA = {"id": "TRO-03", "ime": "Knjižnica Tromostovje", "naslov": "Gosposka ulica 15",
             "telefon": "+386 1 555 0142", "lat": 46.04912, "lon": 14.50488}  # negatives
LIB_FIX = (46.049163, 14.504951)  # her phone inside the branch
LIB_SSID, LIB_BSSID = "Tromostovje-Gost", "5c:a6:2d:41:07:e2"  # the branch's guest network
COBISS = ["301774592", "298113024", "310552320"]  # catalogue record IDs (negatives)
BARCODES = ["0500912774", "0500988103"]  # item barcodes (negatives)
IBAN_SI = _iban("SI", "191000025511836")  # her stipend account in Ljubljana (financial.payment)
ROAM = {"mccmnc": "29364", "operator": "Alpenval Mobil", "country": "si"}  # the visited network

# --- Ferratrail (a via-ferrata log) -------------------------------------------------------------
ROUTE = {"id": "vf_jul_0412", "name": "Ferata Kamnita Kapa", "grade": "C/D", "lengthM": 620,
         "start": (46.41873, 13.84562), "top": (46.42511, 13.85233)}  # the route (negatives)
HUT = {"id": "hut_077", "name": "Koča pod Skalo", "phone": "+386 4 555 0177",
       "lat": 46.42688, "lon": 13.85011}  # a mountain hut (negatives)
TRAILHEAD_FIX = (46.418402, 13.845127)  # her fix at the car park below the route
SUMMIT_FIX = (46.425087, 13.852291)
PARTNER = ("Matej Horvat", "+38641555217")  # her climbing partner, typed by her (contact.*)
SISTER = ("Emily Doe", "+15550148826", "emily.doe@example.com")  # emergency contact (contact.*)

# --- Crohnicle (a Crohn's disease flare tracker) -----------------------------------------------
GI_DOC = ("Dr. Priya Raman", "+12125550183", "p.raman@gramercygi.example.com")  # typed by her
INFUSION = {"id": "inf_881", "name": "Eastside Infusion Suite", "phone": "+12125550194",
            "line": "310 East 23rd Street", "lat": 40.73811, "lon": -73.97989}  # a negative
MEMBER_CR = "YHX330918274"  # her health-insurance member ID (health.medical)
RESTROOMS = [("rr_2231", 40.74122, -73.98846), ("rr_2240", 40.74305, -73.98702)]  # negatives

# --- Bothnest (co-parenting after divorce) ------------------------------------------------------
EX = ("Daniel Kessler", "+15550127731", "dan.kessler@example.net")  # her ex-husband
EX_HOME = {"line1": "88 Clinton Street", "line2": "Apt 3F", "city": "Brooklyn", "zip": "11201"}
KIDS = [("Ava", "2014-03-09", "kid_a91c0e"), ("Leo", "2017-11-23", "kid_7f20d4")]  # her children
FAMILY = "fam_c22e71"  # the family space's ID (a group: a negative)
SAFE_SPOT = {"name": "13th Precinct Safe Exchange Zone", "lat": 40.73902,
             "lon": -73.98366}  # where handovers happen (a public place: negatives)
HANDOVER_FIX = (40.739071, -73.983712)  # her fix when she checks in there
DOCKET = "V-04417-23"  # the family-court docket number (unlabelled: no taxonomy type)
PEDIATRICIAN = ("Dr. Lena Ortiz", "+12125550172")  # typed by her (contact.*)

# --- Whiskerhaven (a cat-adoption shelter) -----------------------------------------------------
SHELTER = {"id": "sh_bk02", "name": "Whiskerhaven Boerum Hill", "line": "140 Nevins Street",
           "phone": "+17185550157", "lat": 40.68311, "lon": -73.98324}  # negatives
CATS = [{"id": "cat_5521", "name": "Pierogi", "chip": "985141004127733", "age": 4},
        {"id": "cat_5580", "name": "Clementine", "chip": "985141004131902", "age": 9},
        {"id": "cat_5602", "name": "Biscotti", "chip": "985141004135510", "age": 1}]
LANDLORD = ("Rosa Delgado", "+12125550119")  # her landlord, typed as a reference (contact.*)
VET_REF = ("Stuyvesant Whisker Clinic", "+12125550137")  # a business (a negative)
STRAY_FIX = (40.739882, -73.986214)  # where she found a stray

# --- Pharmapick (pharmacy click-and-collect) ---------------------------------------------------
STORE = {"id": "st_0417", "name": "Pharmapick Third Avenue", "line": "401 Third Avenue",
         "phone": "+12125550108", "lat": 40.74255, "lon": -73.98039}  # negatives
LOCKER = {"id": "lk_0417_b", "ble": "E4:11:5B:9C:20:7D"}  # the pickup locker (negatives)
RX = ["RX8830417", "RX8830962"]  # her prescription numbers (health.medical)
PATIENT_NO = "PT-4471902"  # her pharmacy patient number (id.user)
ORDER_PH = "PP-5520731"  # a click-and-collect order (financial.purchase)
BIN_PCN = ("004336", "ADV", "RX4471")  # the plan's BIN, PCN and group (negatives)

# --- Birchcrest (a ski resort's lift-pass app) -------------------------------------------------
RESORT = {"id": "bcm", "name": "Birchcrest Mountain", "lat": 44.20318, "lon": -72.91144}
PASS_NO = "BCM-01-8830-4417-2"  # her pass's media number (financial.purchase)
OTHER_PASSES = ["BCM-01-8830-5120-7", "BCM-01-8829-0394-1"]  # friends' passes (negatives)
LIFTS = [("L04", "Summit Quad", "G4-2"), ("L07", "Birch Glades Triple", "G7-1"),
         ("L02", "Base Gondola", "G2-3")]  # lift and gate IDs (negatives)
BASE_FIX = (44.201774, -72.913085)  # her fix at the base lodge
ORDER_SKI = "BC-2601-77120"


# --- generators -----------------------------------------------------------------------------------
def stools(rng: random.Random, n: int, t0: int = 1765260000) -> list[dict[str, Any]]:
    """Stool-diary entries synced from the phone: time, Bristol type, blood, urgency, pain."""
    t, out = t0, []
    for _ in range(n):
        t += rng.randrange(5400, 21600)
        out.append({"t": t, "bristol": rng.choice([4, 5, 6, 6, 7]), "blood": rng.random() < 0.3,
                    "urgency": rng.randrange(1, 6), "pain": rng.randrange(0, 8)})
    return out


def climb(rng: random.Random, n: int, start: Pt = TRAILHEAD_FIX, end: Pt = SUMMIT_FIX,
          alt: tuple[int, int] = (1180, 1922), t0: int = 1759561200) -> list[dict[str, Any]]:
    """Her fixes on the climb, car park to summit (lat/lon ``location.precise``, altitude not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.00005, 0.00005)
        lo = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 240 * i, "lat": L(round(la, 6), PRECISE),
                    "lon": L(round(lo, 6), PRECISE), "alt": round(alt[0] + (alt[1] - alt[0]) * f),
                    "hAcc": rng.choice([4, 5, 7, 9])})
    return out


def runs(rng: random.Random, n: int, top: Pt = (44.210412, -72.922118), bottom: Pt = BASE_FIX,
         t0: int = 1767877200) -> list[dict[str, Any]]:
    """Her fixes on one run down (lat/lng ``location.precise``; speed and altitude not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        la = top[0] + (bottom[0] - top[0]) * f + rng.uniform(-0.0001, 0.0001)
        lo = top[1] + (bottom[1] - top[1]) * f + rng.uniform(-0.0001, 0.0001)
        out.append({"ts": (t0 + 15 * i) * 1000, "lat": L(round(la, 6), PRECISE),
                    "lng": L(round(lo, 6), PRECISE), "kmh": round(rng.uniform(18, 52), 1),
                    "altM": 1080 - 22 * i})
    return out


def scans(rng: random.Random, t0: int = 1767873600) -> list[dict[str, Any]]:
    """Gate scans of her pass on one day: lift, gate and time (the resort's IDs: negatives)."""
    t, out = t0, []
    for _ in range(5):
        lift = rng.choice(LIFTS)
        t += rng.randrange(900, 2400)
        out.append({"lift": lift[0], "gate": lift[2], "ts": t, "ok": True})
    return out


def hr_series(rng: random.Random, n: int, lo: int = 96, hi: int = 162) -> list[int]:
    """A watch's heart-rate samples during a climb (one ``health.fitness`` series)."""
    return [rng.randrange(lo, hi) for _ in range(n)]


def code(rng: random.Random, pre: str, n: int = 8) -> str:
    """A request-side object ID (a trip, an entry, an application): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BARCODES", "BASE_FIX", "BIN_PCN", "CATS", "CLANSKA", "COBISS", "DOCKET", "EMSO", "EX",
           "EX_HOME", "FAMILY", "GESLO", "GI_DOC", "HANDOVER_FIX", "HUT", "IBAN_SI", "INFUSION",
           "KIDS", "KNJIZNICA", "LANDLORD", "LIB_BSSID", "LIB_FIX", "LIB_SSID", "LIFTS",
           "LJ_HOME", "LJ_HOME_AT", "LOCKER", "MEMBER_CR", "ORDER_PH", "ORDER_SKI",
           "OTHER_PASSES", "PARTNER", "PASS_NO", "PATIENT_NO", "PEDIATRICIAN", "RESORT",
           "RESTROOMS", "ROAM", "ROUTE", "RX", "SAFE_SPOT", "SHELTER", "SISTER", "STORE",
           "STRAY_FIX", "SUMMIT_FIX", "TRAILHEAD_FIX", "VET_REF", "climb", "code", "hr_series",
           "runs", "scans", "stools"]
