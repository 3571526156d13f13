"""Helpers for the hundred-and-thirteenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT claims
``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

She is on a year's posting in Vientiane with her husband Alex (``eval_families22_kit.PARTNER``)
and their daughter Nina, and keeps her New York home (the profile's position). This kit holds what
the set's apps share: her Lao eSIM line and the Lao network she roams on, her Vientiane house and
its point, her office, her passport and residence card, her husband's and daughter's documents,
her Lao bank account; the river-boat piers, boat and route (negatives), her booking; the sticky-rice
cooperative, its mill (negatives), her membership and leased plot; the eye clinic, the home
tonometer and the drop-bottle sensor (negatives), her New York eye doctor; the temple (negatives),
its guest Wi-Fi as her phone sees it, her late father's name; the roastery's farm (a negative), a
friend's New York address; the motorbike, its dealer (negatives), the loan contract, her work
permit, her guarantor; the swim school (a negative) and her daughter's ID there; generators for
her fixes, a river trace, dose logs and object IDs (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, PRECISE
from eval_families24_kit import head
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]
NATID, FIT = "personal.national_id", "health.fitness"
TZ, LOCALE = "Asia/Vientiane", "en_US"

# --- her life in Vientiane ---------------------------------------------------------------------
LA_PHONE = "+856 20 5550 1472"  # her Lao eSIM line: hers, so contact.phone in every form
LA_E164, LA_NAT = "+8562055501472", "020 5550 1472"
LA_MCCMNC, LA_NET = "45703", "Mekongtel"  # the Lao network she roams on (location.carrier)
HOME = {"line": "House 112, Unit 9, Ban Phonsinuan", "ban": "Phonsinuan",
        "meuang": "Sisattanak", "khweng": "Vientiane Capital", "postcode": "01160"}
HOME_AT = (17.955124, 102.621381)  # her Vientiane house (location.precise where sent)
OFFICE_AT = (17.964103, 102.608327)  # her office (hers where she sends it)
PASSPORT = "A41872093"  # her US passport (set 22's; personal.national_id)
RES_CARD = "FRC-0127745"  # her Lao residence card for foreigners (personal.national_id)
DOB_LA = "17/05/1991"
HUSBAND = ("Alex", "Doe", "+15550176612", "C03318827")  # first, last, phone, passport
DAUGHTER = {"first": "Nina", "last": "Doe", "dob": "2018-09-12", "age": 7}
NINA_PASSPORT = "A92017755"
NANNY = ("Manivanh Sisouk", "+8562055509831")  # the nanny, a pick-up person (contact.*)
LA_ACCOUNT = "0301200041872209"  # her Lao bank account (financial.payment)
FATHER = "Robert Doe"  # her late father, named in a dedication of merit

# --- Heuakhong (Mekong river boats) -------------------------------------------------------------
PIER = {"id": "pier_vte_01", "name": "Chao Anouvong Pier", "tel": "+85621555014",
        "lat": 17.96178, "lon": 102.60411}  # the pier (a business: negatives)
LANDING = {"id": "pier_stg_04", "name": "Sangthong Landing", "lat": 18.19652, "lon": 102.19884}
BOAT = {"id": "boat_mk07", "name": "Nang Mekong 7", "mmsi": "531004771", "seats": 40}
BOOKING_HK = "HK-2512-770412"  # her ticket booking (financial.purchase)
PIER_FIX = (17.961902, 102.604377)  # her phone on the pier

# --- Khaoniaw (sticky-rice cooperative milling) -------------------------------------------------
COOP = {"id": "coop_nxt_11", "name": "Naxaythong Khao Niaw Cooperative", "tel": "+85621555108"}
MILL = {"id": "mill_nxt_2", "lat": 18.12233, "lon": 102.53017, "capacityKgH": 900}
MEMBER_KN = "NXT-0417"  # her cooperative membership number (id.user)
PLOT = [(18.118422, 102.523911), (18.118617, 102.524722), (18.117963, 102.524881),
        (18.117791, 102.524053)]  # the corners of the paddy she and Alex lease (hers)
MILL_FIX = (18.122391, 102.530033)  # her phone at the mill
DELIVERY = "KN-D-25-1183"  # a paddy delivery ticket (financial.purchase)
MILLING = "KN-M-88104"  # a milling booking (financial.purchase)

# --- Ocutide (glaucoma drops and eye pressure) --------------------------------------------------
DROPS = [("latanoprost", "0.005%", "both", "1x evening"), ("timolol", "0.5%", "left", "2x daily")]
EYE_CLINIC = {"id": "ec_vte_3", "name": "Lanexang Eye Clinic", "tel": "+85621555077",
              "lat": 17.97011, "lon": 102.61295}
TONO = {"serial": "PRS-T2-0041187", "ble": "E2:4A:9C:31:7B:05", "model": "Presso T2",
        "fw": "1.8.4"}  # her home tonometer (an accessory: negatives)
CAP = {"serial": "OCD-CAP-77120", "ble": "D1:08:5F:22:6E:9A", "fw": "0.9.7"}  # the bottle sensor
EYE_DOC = ("Dr. Ruth Adeyemi", "r.adeyemi@gramercyeye.example.com")  # her New York doctor
REFILL = "OT-RX-551820"  # a refill order (financial.purchase)

# --- Bounsouk (the temple festival) -------------------------------------------------------------
WAT = {"id": "wat_psn_02", "name": "Wat Phonsavang Neua", "tel": "+85621555093",
       "lat": 17.96902, "lon": 102.62677}  # the temple (its point and phone: negatives)
WAT_WIFI = ("WatPSN-Guest", "b4:0f:3b:71:2c:e8")  # the temple's Wi-Fi seen by her phone
ASSEMBLY_AT = (17.97640, 102.63442)  # the procession's assembly point (a negative)
ASSEMBLY_FIX = (17.976188, 102.634703)  # her phone there
DONATION = "BS-DN-4471820"  # her donation's receipt number (financial.purchase)

# --- Kafephou (Bolaven coffee roastery) ---------------------------------------------------------
FARM_AT = (15.18004, 106.23291)  # the roastery's farm near Paksong (a negative)
FARM_FIX = (15.180512, 106.232274)  # her phone on the farm tour
GIFT_TO = {"name": "Lucía Fernández", "line": "210 West 78th Street Apt 3C", "city": "New York",
           "zip": "10024", "phone": "+15550163390"}  # a friend (PEOPLE[1]) she sends a box to
ORDER_KP = "KP-25-33108"  # a coffee order (financial.purchase)

# --- Sinlot (motorbike loan) --------------------------------------------------------------------
LOAN = "SLT-25-004417"  # her loan contract number: her account at the lender (id.user)
BIKE = {"model": "Mekong Wave 110", "frame": "MKW110-25-77120", "engine": "E110-558201",
        "plate": "NK 4471", "colour": "red"}  # the bike (its numbers: negatives)
DEALER = {"id": "dlr_vte_09", "name": "Thongkhankham Motors", "lat": 17.97722, "lon": 102.59640}
WORK_PERMIT = "WP-VTE-25-18833"  # her Lao work permit (personal.national_id)
GUARANTOR = ("Phonesavanh Keomany", "+8562055504418", "0112-4477-2210")  # a colleague's ID

# --- Panoy (swimming lessons) -------------------------------------------------------------------
SCHOOL = {"id": "sch_vte_1", "name": "Panoy Swim School", "tel": "+85621555061",
          "lat": 17.95261, "lon": 102.62853}  # the pool (negatives)
NINA_ID = "kid_8e21f04c"  # her daughter's pupil ID (id.user)
POOL_FIX = (17.952745, 102.628304)  # her phone at the pool gate


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home_ny(nd: int = 4) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def llstr(at: Pt, nd: int) -> L:
    """A point of hers as one ``"lat,lon"`` string (3 or more decimals)."""
    return L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", PRECISE)


def river(rng: random.Random, n: int, a: Pt = PIER_FIX, b: Pt = (18.19611, 102.19932),
          t0: int = 1765340000) -> list[dict[str, Any]]:
    """Her fixes on the boat up the Mekong (lat/lon ``location.precise``; speed, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        out.append({"t": t0 + 60 * i,
                    "lat": L(round(a[0] + (b[0] - a[0]) * f + rng.uniform(-4e-4, 4e-4), 6),
                             PRECISE),
                    "lon": L(round(a[1] + (b[1] - a[1]) * f + rng.uniform(-4e-4, 4e-4), 6),
                             PRECISE),
                    "kn": round(rng.uniform(9, 14), 1)})
    return out


def doses(rng: random.Random, n: int, t0: int = 1765290000) -> list[dict[str, Any]]:
    """The drop-bottle sensor's squeezes: time, drug, eye (her adherence log)."""
    out = []
    for i in range(n):
        drug, _, eye, _ = DROPS[i % 2]
        out.append({"ts": t0 + 43200 * i + rng.randrange(-900, 900), "drug": drug, "eye": eye,
                    "squeezes": rng.choice([1, 1, 2])})
    return out


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a trip, a ticket, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def la_head(app: Any, rng: random.Random, iid: str, how: str = "plain", lang: str | None = "lo",
            **kw: Any) -> dict[str, Any]:
    """Set 24's ``head``; ``lang`` adds Accept-Language (``device.info``): English with Lao
    (``lo``), English only (``en``) or none."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang == "lo":
        h["Accept-Language"] = L("en-US,en;q=0.9,lo;q=0.6", DEV)
    elif lang == "en":
        h["Accept-Language"] = L("en-US,en;q=0.9", DEV)
    return h


__all__ = ["ASSEMBLY_AT", "ASSEMBLY_FIX", "BIKE", "BOAT", "BOOKING_HK", "CAP", "COOP", "DAUGHTER",
           "DEALER", "DELIVERY", "DOB_LA", "DONATION", "DROPS", "EYE_CLINIC", "EYE_DOC", "FARM_AT",
           "FARM_FIX", "FATHER", "FIT", "GIFT_TO", "GUARANTOR", "HOME", "HOME_AT", "HUSBAND",
           "LANDING", "LA_ACCOUNT", "LA_E164", "LA_MCCMNC", "LA_NAT", "LA_NET", "LA_PHONE",
           "LOAN", "LOCALE", "MEMBER_KN", "MILL", "MILLING", "MILL_FIX", "NANNY", "NATID",
           "NINA_ID", "NINA_PASSPORT", "OFFICE_AT", "ORDER_KP", "PASSPORT", "PIER", "PIER_FIX",
           "PLOT", "POOL_FIX", "REFILL", "RES_CARD", "SCHOOL", "TONO", "TZ", "WAT", "WAT_WIFI",
           "WORK_PERMIT", "doses", "fix", "home_ny", "la_head", "llstr", "obj", "river"]
