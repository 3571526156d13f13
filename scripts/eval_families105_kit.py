"""Helpers for the hundred-and-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's, ``fix``/``home``
and ``obj`` set 37's).

The story (synthetic): the profile's user (her New York home is the profile's position) spends a
year in Hyderabad with her husband Ravi and their son Vikram (16), who prepares for the JEE. This
kit holds what the set's apps share: ``InApp`` (an app whose User-Agent names the ``en_IN``
locale) and ``hh`` (its headers, with an Indian Accept-Language where the app's client sends
one); the family's flat in Kondapur (her address while there) and its fix, her office in HITEC
City and a fix at the foot clinic; her husband, son, father and a friend; her Aadhaar
(Verhoeff-valid, synthetic), PAN and ABHA numbers, her UPI address, bank account and IFSC; the
property's PTIN and the water connection's CAN (her accounts with the city: ``id.user``);
businesses and things that are not hers (negatives): the municipal service centre, the water
meter, the foot clinic and its podiatrist, the music teacher and a concert hall, the cloud
kitchen and its rider, the cricket match, the gold-loan branch, agent and
ornaments, the coaching centre and its bus; generators for glucose readings, foot temperatures,
object IDs and a host ICE candidate (her LAN address).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

NATID = "personal.national_id"
Pt = tuple[float, float]


class InApp(App):
    """An app of the set: its User-Agent names the model, OS and the ``en_IN`` locale."""

    @property
    def ua(self) -> str:
        return f"{self.name}/{self.ver} (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; en_IN)"


def hh(app: App, rng: random.Random, iid: str, how: str = "plain", lang: bool = True,
       **kw: Any) -> dict[str, Any]:
    """``head`` with (``lang``) the Indian Accept-Language her phone sends (``device.info``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang:
        h["Accept-Language"] = L("en-IN,en;q=0.9,te;q=0.8", DEV)
    return h


# --- her Hyderabad life --------------------------------------------------------------------------
HOME_HY = {"flat": "Flat 302", "building": "Sri Sai Residency", "street": "Road No. 4, Kondapur",
           "line1": "Flat 302, Sri Sai Residency", "line2": "Road No. 4, Kondapur",
           "city": "Hyderabad", "pin": "500084", "state": "Telangana"}
HOME_AT = (17.461884, 78.357219)  # the flat (location.precise where sent)
OFFICE_HY = {"line1": "Block C, 5th Floor, Madhapur Tech Park", "line2": "HITEC City",
             "pin": "500081"}
OFFICE_AT = (17.447291, 78.376254)  # her office (her place: location.precise)
CLINIC_FIX = (17.440188, 78.348467)  # her phone at the foot clinic
HUSBAND = ("Ravi Kondapalli", "+919849031174")
HUSBAND_AADHAAR = "739044182653"  # his (typed by her: personal.national_id)
HUSBAND_DOB = "1988-02-03"
SON = {"first": "Vikram", "last": "Kondapalli", "dob": "2009-08-14", "age": 16,
       "phone": "+919640177203"}
SON_ID = "SKM-26-KPR-04471"  # his roll number at the coaching institute (id.user)
FRIEND = ("Lakshmi Prasanna", "+919701244518")  # a friend in Gachibowli
FRIEND_LINE = "House 18, Jayabheri Enclave, Gachibowli"
FATHER = "Robert Doe"  # her father (the PAN form asks)

AADHAAR = "482190637213"  # hers: 12 digits, Verhoeff check digit (synthetic)
AADHAAR_SP = "4821 9063 7213"
AADHAAR_MASK = "XXXX XXXX 7213"
PAN = "BQKPD4821M"
ABHA = "91-4471-2208-6630"  # her health account number
UPI_VPA = "janedoe91@exupi"  # her UPI address (financial.payment)
BANK_ACCT, IFSC = "50100412883019", "EXMP0001427"
PTIN = "1170458290"  # the flat's property-tax number, her assessee account (id.user)
WATER_CAN = "054118220"  # the water connection's consumer account number (id.user)

# --- businesses and things that are not hers (negatives) ------------------------------------------
CIRCLE = {"id": "csc_20", "name": "Serilingampally Circle 20 Citizen Service Centre",
          "phone": "+914023012020", "lat": 17.49331, "lon": 78.32764}
METER = "HMW-M-0082211"
FOOT_CLINIC = {"id": "clin_0447", "name": "Gachibowli Diabetic Foot Centre",
               "phone": "+914066120447", "lat": 17.44012, "lon": 78.34852}
PODIATRIST = "doc_1182"  # the clinic's podiatrist (an ID: a negative)
GURU = {"id": "tch_30418", "name": "Vidushi Kamala Raghavan", "city": "Chennai"}
VENUE = {"id": "ven_rb01", "name": "Ravindra Bharathi", "lat": 17.40419, "lon": 78.47231}
KITCHEN = {"id": "kt_madhapur_02", "phone": "+914048150202", "lat": 17.44861, "lon": 78.39122}
RIDER = {"id": "rdr_5521", "name": "Shaik Imran"}
MATCH = {"id": "m_t20_0142", "home": "Hyderabad Hawks", "away": "Chennai Chargers"}
BRANCH = {"id": "br_kdp_07", "name": "Pasidi Kondapur Branch", "phone": "+914067701207",
          "lat": 17.46420, "lon": 78.36311}
AGENT = {"id": "agt_2231", "name": "Mahesh Goud", "phone": "+919000412231"}
ORNAMENTS = [{"id": "orn_1", "type": "necklace", "grams": 22.4, "karat": 22},
             {"id": "orn_2", "type": "bangles (pair)", "grams": 15.9, "karat": 22},
             {"id": "orn_3", "type": "earrings", "grams": 4.1, "karat": 18}]
CENTRE = {"id": "ctr_kpr_01", "name": "Shikharam Kukatpally Centre", "phone": "+914049220101",
          "lat": 17.48473, "lon": 78.41082}
BUS = {"id": "bus_kpr_12", "plate": "TS09UB4471", "route": "rt_kondapur_3"}


# --- generators ---------------------------------------------------------------------------------
def glucose(rng: random.Random, n: int, t0: int = 1765250000) -> list[dict[str, Any]]:
    """Her finger-prick readings (mg/dL) with their context (``health.medical`` as a series)."""
    ctx = ["fasting", "post_breakfast", "pre_lunch", "post_dinner"]
    return [{"t": t0 + 14400 * i, "mgdl": rng.randrange(118, 231), "ctx": ctx[i % 4]}
            for i in range(n)]


def temps(rng: random.Random, base: float) -> list[float]:
    """Foot-thermometer readings at six plantar spots (degrees C)."""
    return [round(base + rng.uniform(-0.6, 0.6), 1) for _ in range(6)]


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a wound, a lesson, an order line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


def host_cand(port: int = 50412) -> str:
    """A WebRTC host ICE candidate carrying the phone's LAN address."""
    return f"candidate:3021948 1 udp 2122260223 192.168.1.23 {port} typ host generation 0"


__all__ = ["AADHAAR", "AADHAAR_MASK", "AADHAAR_SP", "ABHA", "AGENT", "BANK_ACCT", "BRANCH",
           "BUS", "CENTRE", "CIRCLE", "CLINIC_FIX", "FATHER", "FOOT_CLINIC", "FRIEND",
           "FRIEND_LINE", "GURU", "HOME_AT", "HOME_HY", "HUSBAND", "HUSBAND_AADHAAR",
           "HUSBAND_DOB", "IFSC", "KITCHEN", "MATCH", "METER", "NATID", "OFFICE_AT",
           "OFFICE_HY", "ORNAMENTS", "PAN", "PODIATRIST", "PTIN", "RIDER", "SON", "SON_ID",
           "UPI_VPA", "VENUE", "WATER_CAN", "InApp", "Pt", "glucose", "hh",
           "host_cand", "obj", "temps"]
