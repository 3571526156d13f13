"""Helpers for the fifty-eighth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's;
``fix``, ``home``, ``obj`` and ``ride`` are set 37's).

This kit adds what the set's apps share: her serviced flat and her coworking desk in Ho Chi Minh
City (she is there on a three-month posting), a rice shop and a driver (negatives), the roaming
network; her gender-affirming care (regimen, prescriber, the clinic as a negative, labs and their
reference ranges, an injection log); the factory (a negative), her badge, the earbuds (an
accessory: negatives), minute noise levels (negatives) and her audiogram; the flat she applies for
(a negative), the landlord (a negative), her previous address and landlord (labelled); her two
children, the pool and the coach (negatives); her sobriety date, her sponsor, meetings and a
sober house (venues: negatives); the greenhouse controller (negatives), its zones in metres and
its climate series (negatives).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import MED
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]

# --- XeNhanh (motorbike taxi and food, Ho Chi Minh City): her posting there ---------------------
VN_HOME = {"dia_chi": "Căn hộ 1204, 21 Nguyễn Trung Ngạn", "phuong": "Phường Bến Nghé",
           "quan": "Quận 1", "thanh_pho": "Hồ Chí Minh", "ma_buu_chinh": "700000"}
VN_HOME_AT = (10.776118, 106.705207)  # her serviced flat (location.precise where sent)
VN_WORK = "Tầng 6, 45 Lê Thánh Tôn, Quận 1"  # her coworking desk (her place: contact.address)
VN_WORK_AT = (10.779342, 106.703185)
QUAN = {"id": "qa_33817", "ten": "Cơm Tấm Bà Tư", "dia_chi": "84 Đinh Tiên Hoàng, Quận 1",
        "sdt": "+842835550147", "lat": 10.78853, "lng": 106.69904}  # a rice shop (negatives)
TAI_XE = {"id": "tx_58120", "ten": "Trần Văn Phúc", "bien_so": "59-X3 482.17",
          "sdt": "+84905550132", "lat": 10.77452, "lng": 106.70388}  # the driver (negatives)
VN_NET = ("452", "98", "Sông Hàn Mobile")  # the roaming network (location.carrier)
VN_FRIEND = "+84 90 555 0172"  # a colleague's number she refers (contact.phone)

# --- Hormonia (gender-affirming hormone therapy tracker) ---------------------------------------
REGIMEN = [("estradiol valerate", "5 mg", "intramuscular", "weekly"),
           ("spironolactone", "100 mg", "oral", "daily")]
HRT_START = "2023-09-14"
PRESCRIBER = ("Dr. Priya Raman", "+12125550193", "p.raman@chelseaclinic.example.org")
GH_CLINIC = {"id": "cl_8812", "name": "Chelsea Gender Health", "phone": "+12125550127",
             "line": "139 West 22nd Street", "lat": 40.74291, "lon": -73.99465}  # negatives
MEMBER_HR = "QHX530917724"  # her insurance member ID (health.medical)
RX_HR = "RX7718203"
LABS = {"estradiol": (182, "pg/mL", "100-200"), "testosterone": (28, "ng/dL", "<50"),
        "potassium": (4.3, "mmol/L", "3.5-5.1"), "prolactin": (14.2, "ng/mL", "4.8-23.3"),
        "hematocrit": (39.5, "%", "36-46")}

# --- Quietshift (hearing protection for factory workers) ---------------------------------------
PLANT = {"id": "site_WPC-77", "name": "Wallabout Precision Castings",
         "line": "63 Flushing Avenue, Building 5", "lat": 40.70028, "lon": -73.97061}  # negatives
PLANT_FIX = (40.700472, -73.970214)  # her phone on the foundry floor
PLANT_WIFI = ("WPC-Floor", "0c:80:63:5e:21:a4")  # the plant's Wi-Fi the phone is on
BADGE = "WPC-04471"  # her employee badge number: the account (id.user)
WORK_MAIL = "jane.doe@wallabout-castings.example.com"  # her work mailbox (contact.email)
ENROL_CODE = "WPC-7H2K-QX"  # the employer's enrolment code (secret.credential)
BUDS = {"left": {"serial": "QS-E2L-0091733", "ble": "D0:3C:61:8A:11:4F", "fw": "5.1.2"},
        "right": {"serial": "QS-E2R-0091734", "ble": "D0:3C:61:8A:11:52", "fw": "5.1.2"}}
HZ = [500, 1000, 2000, 3000, 4000, 6000, 8000]
THRESH = {"left": [10, 10, 15, 20, 30, 35, 25], "right": [10, 15, 15, 25, 35, 40, 30]}

# --- Keyvetter (tenant screening: she applies for a flat) --------------------------------------
LISTING = {"id": "lst_40218", "line": "227 Nostrand Avenue, Apt 3R", "zip": "11205",
           "rent": "2850.00", "lat": 40.69041, "lon": -73.95102}  # the unit (negatives)
LANDLORD = {"name": "Bellwether Residential", "phone": "+17185550144",
            "email": "leasing@bellwether.example.net"}  # the landlord (negatives)
PREV_HOME = {"line1": "77 Orchard Street", "line2": "Apt 5", "city": "New York",
             "state": "NY", "zip": "10002"}  # her previous address (contact.address)
PREV_LANDLORD = ("Gloria Santos", "+12125550182")  # a reference she names (contact.*)
SUPERVISOR = ("Daniel Okoro", "+12125550176")  # her manager, a reference (contact.*)
APP_FEE = "45.00"

# --- Splashpath (kids' swimming lessons) ------------------------------------------------------
KIDS = [{"id": "kid_9a31f0", "name": "Ruby Doe", "dob": "2017-06-11", "gender": "girl"},
        {"id": "kid_2c77d4", "name": "Theo Doe", "dob": "2020-02-03", "gender": "boy"}]
POOL = {"id": "pool_12", "name": "Chelsea Rec Center Pool", "line": "430 West 25th Street",
        "phone": "+12125550118", "lat": 40.74876, "lon": -74.00225}  # negatives
POOL_FIX = (40.748702, -74.002119)  # her phone at the pool's front desk
COACH = {"id": "coach_071", "name": "Dana Whitfield"}  # the instructor (negatives)
SWIM_BOOKING = "SP-7Q2K41"  # the term's booking code (financial.purchase)

# --- Lanternhold (recovery meetings and sober living) ------------------------------------------
SOBER_DATE = "2024-03-18"
SPONSOR = ("Denise K.", "+15550148820")  # her sponsor (contact.*)
COUNSELOR = ("Marisol Vega", "m.vega@eastsidecounseling.example.org")  # her counselor (contact.*)
MEETINGS = [{"id": "mtg_4471", "name": "Tuesday Night Serenity", "type": "AA",
             "venue": "St. Brigid Parish Hall", "line": "119 Avenue B",
             "lat": 40.72534, "lon": -73.98126},
            {"id": "mtg_5203", "name": "Clean Start Lunch", "type": "NA",
             "venue": "Gramercy Community Room", "line": "222 East 19th Street",
             "lat": 40.73511, "lon": -73.98262}]  # venues (negatives)
MTG_FIX = (40.725391, -73.981207)  # her phone at Tuesday's meeting
MTG_WIFI = ("StBrigid-Guest", "6c:3b:6b:19:a0:e7")
SOBER_HOUSE = {"id": "sh_0931", "name": "Harbor Light Women's Residence",
               "line": "418 West 47th Street", "phone": "+12125550109"}  # negatives

# --- Glasshaven (greenhouse climate controller on her roof) -----------------------------------
CTRL = {"serial": "GH-C4-2207731", "mac": "24:6F:28:9B:40:1C", "fw": "3.8.0",
        "model": "Glasshaven C4", "ip": "192.168.1.60"}  # the controller (negatives)
CLAIM_CODE = "GHK-39QD-7W"  # the controller's claim code (secret.credential)
WIFI_PASS = "Fern-Lattice-62"  # her home Wi-Fi password, given to the controller
SENSORS = ["GHS-TH-118273", "GHS-TH-118274", "GHS-CO2-44102"]  # sensor serials (negatives)


# --- generators -----------------------------------------------------------------------------------
def injections(rng: random.Random, n: int, t0: int = 1760900000) -> list[dict[str, Any]]:
    """Past weekly injections (date, dose, site, the vial's lot): her medical record."""
    sites = ["left thigh", "right thigh", "left glute", "right glute"]
    return [{"at": t0 + 604800 * i, "med": "estradiol valerate", "doseMg": 5,
             "site": sites[i % 4], "lot": "EV" + rnd_hex(rng, 6).upper()} for i in range(n)]


def dba(rng: random.Random, n: int, base: float = 88.0) -> list[float]:
    """Minute A-weighted levels on the floor (the plant's noise: negatives)."""
    return [round(base + rng.gauss(0, 3.2), 1) for _ in range(n)]


def climate(rng: random.Random, n: int, t0: int = 1765290000) -> list[dict[str, Any]]:
    """Five-minute greenhouse readings: temperature, humidity, CO2, VPD (negatives)."""
    return [{"t": t0 + 300 * i, "tC": round(24 + rng.gauss(0, 0.8), 1),
             "rh": round(68 + rng.gauss(0, 2.5), 1), "co2": rng.randrange(520, 880),
             "vpd": round(rng.uniform(0.7, 1.2), 2)} for i in range(n)]


def zones() -> list[dict[str, Any]]:
    """The greenhouse's zones as polygons in metres from the controller (negatives)."""
    return [{"id": "z1", "name": "Tomatoes", "poly": [[0, 0], [4.2, 0], [4.2, 1.8], [0, 1.8]]},
            {"id": "z2", "name": "Seedlings", "poly": [[0, 2.4], [2.1, 2.4], [2.1, 3.6],
                                                       [0, 3.6]]},
            {"id": "z3", "name": "Herbs", "poly": [[2.6, 2.4], [4.2, 2.4], [4.2, 3.6]]}]


def results(cat: str = MED) -> dict[str, Any]:
    """Her lab values labelled ``cat``; units and reference ranges are the lab's (negatives)."""
    return {k: {"value": L(v, cat), "unit": u, "ref": r} for k, (v, u, r) in LABS.items()}


def code(rng: random.Random, pre: str, n: int = 8) -> str:
    """An internal object or request code (a negative)."""
    return pre + rnd_hex(rng, n)


__all__ = [
    "APP_FEE",
    "BADGE",
    "BUDS",
    "CLAIM_CODE",
    "COACH",
    "COUNSELOR",
    "CTRL",
    "ENROL_CODE",
    "GH_CLINIC",
    "HRT_START",
    "HZ",
    "KIDS",
    "LABS",
    "LANDLORD",
    "LISTING",
    "MEETINGS",
    "MEMBER_HR",
    "MTG_FIX",
    "MTG_WIFI",
    "PLANT",
    "PLANT_FIX",
    "PLANT_WIFI",
    "POOL",
    "POOL_FIX",
    "PRESCRIBER",
    "PREV_HOME",
    "PREV_LANDLORD",
    "QUAN",
    "REGIMEN",
    "RX_HR",
    "SENSORS",
    "SOBER_DATE",
    "SOBER_HOUSE",
    "SPONSOR",
    "SUPERVISOR",
    "SWIM_BOOKING",
    "TAI_XE",
    "THRESH",
    "VN_FRIEND",
    "VN_HOME",
    "VN_HOME_AT",
    "VN_NET",
    "VN_WORK",
    "VN_WORK_AT",
    "WIFI_PASS",
    "WORK_MAIL",
    "climate",
    "code",
    "dba",
    "injections",
    "results",
    "zones",
]
