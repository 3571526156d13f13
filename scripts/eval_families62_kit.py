"""Helpers for the sixty-second (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share: her husband's family in Quezon City (her mother-in-law
and sister-in-law she sends money and load to: typed by her, labelled), a transfer's control
number, a cash pick-up centre and the exchange desk's quote (negatives); her rheumatologist
(typed by her), her lupus medicines and labs, the infusion suite (a negative); the smart helmet
and her motorcycle (accessory and vehicle: negatives), her ride up the Hudson, a crash alarm and
the intercom's other riders (negatives); the surrogacy agency's staff, donors, the gestational
carrier's file and the IVF clinic (negatives), her intended-parent number; her flat's lockbox code
and the cleaners she books (names, ratings, phones: look-alikes); the captioning service's
registration (the last four of her SSN), her audiologist (typed by her), people she calls; the
sailing club, its marina, buoys and boats (negatives), her member number and her crew; and
generators (her sail's GPS track, wind readings, a live caption stream, a flare's joint map).
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import LAT, LON, L, rnd_hex

Pt = tuple[float, float]

# --- Padalaya (remittances and e-load, Manila): she sends money to her husband's family -------
BIYENAN = ("Corazon", "Reyes", "+639175550142")  # her mother-in-law (typed by her: contact.*)
BIYENAN_HOME = {"kalye": "27 Kalye Mabini", "barangay": "Brgy. San Roque",
                "lungsod": "Quezon City", "lalawigan": "Metro Manila", "zip": "1109"}
HIPAG = ("Maricel Reyes", "+639285550177", "09285550177")  # sister-in-law's e-wallet number
HIPAG_BANK = ("Bangko Lakan", "004471239918")  # the sister-in-law's account (financial.payment)
PADALA_REF = "PDL-7Q4-88213"  # the transfer's control number (financial.purchase)
LOAD_REF = "EL-25120944718"  # an e-load's reference (financial.purchase)
OUTLET = {"id": "OUT-QC-0412", "pangalan": "Padalaya Center Cubao",
          "tirahan": "Aurora Blvd. cor. 15th Ave., Cubao", "telepono": "+63285550123",
          "lat": 14.61953, "lon": 121.05346}  # a cash pick-up centre (a business: negatives)
QUOTE = {"id": "q_58c1e0a7d2", "rate": 56.12, "fee": 4.99}  # the exchange desk's (negatives)

# --- Lupiday (lupus flare and medication diary) -----------------------------------------------
RHEUM = ("Dr. Priya Raman", "+12125550193", "p.raman@eastriverrheum.example.com")
INFUSION = {"id": "inf_5520", "name": "Murray Hill Infusion Suite", "phone": "+12125550104",
            "lat": 40.74811, "lon": -73.97794}  # where she gets belimumab (negatives)
MEDS_SLE = [("hydroxychloroquine", "200 mg", "twice daily"), ("prednisone", "5 mg", "morning"),
            ("mycophenolate", "500 mg", "twice daily")]
LABS = {"ana": "1:640 speckled", "antiDsDna": 88, "c3": 71, "c4": 9, "esr": 42,
        "urineProtein": "1+"}

# --- Visorlink (a smart motorcycle helmet): crash detection and intercom ----------------------
HELMET = {"serial": "VLX3-2207-51148", "ble": "E4:5F:01:9C:3A:22", "fw": "4.1.7",
          "model": "Visorlink X3", "battery": 68}  # the helmet (an accessory: negatives)
MOTO = {"make": "Ardent", "model": "Ridgeline 650", "year": 2022,
        "vin": "ARD65R2N0K4419027"}  # her motorcycle (a vehicle's values: unlabelled)
BEAR_MTN = (41.31259, -74.00661)  # the lodge they ride to (a place: a negative)
CRASH_FIX = (41.017732, -73.919604)  # her fix when the alarm fired (Route 9W)
INTERCOM = "ic_7f20c4e1"  # the intercom group (a negative)

# --- Cradlebridge (a surrogacy and egg-donor agency): she and Alex are intended parents -------
IP_NO = "IP-30418"  # her intended-parent file number (id.user: her client account)
DONORS = ["CB-D-4471", "CB-D-5108", "CB-D-5230"]  # donor profiles (negatives)
CARRIER_FILE = ("GC-2291", "Tessa")  # the gestational carrier's file and first name
AGENCY = {"manager": "Renee Whitaker", "phone": "+13105550166",
          "mail": "matching@cradlebridge.example.com"}  # the agency's staff (negatives)
IVF = {"id": "clinic_118", "name": "Lexington Fertility Partners", "phone": "+12125550112",
       "lat": 40.75933, "lon": -73.96912}  # the IVF clinic (negatives)
ESCROW_AMT = "28500.00"

# --- Tidyhive (home-cleaning marketplace) ------------------------------------------------------
LOCKBOX = "3906"  # her lockbox code (secret.credential)
CLEANERS = [{"id": "cln_8812", "name": "Rosa Delgado", "rating": 4.9, "phone": "+13475550118",
             "jobs": 412},
            {"id": "cln_2207", "name": "Mei Tanaka", "rating": 4.8, "phone": "+16465550124",
             "jobs": 268},
            {"id": "cln_5130", "name": "Ewa Nowak", "rating": 4.7, "phone": "+17185550179",
             "jobs": 97}]  # the cleaners (other people the service lists: negatives)
TH_BOOKING = "TH-5K2Q9W"  # her booking (financial.purchase)

# --- Captelo (live captions for phone calls; she is hard of hearing) --------------------------
SSN4 = "4325"  # the last four of her SSN, which the relay registration asks for
AUDIOLOGIST = ("Dr. Lena Brandt", "+12125550158")  # who certifies her hearing loss (typed)
MOTHER = ("Margaret Doe", "+15550148820")  # her mother, whom she calls (contact.*)
PHARMACY_NO = "+12125550171"  # a pharmacy that calls her (a business: a negative)
SIP = ("cap_8841207", "rF7q!x92LmcT")  # her relay line's SIP user and password

# --- Keelbook (a boat club's sailing log) -----------------------------------------------------
MEMBER_KB = "EBSC-20417"  # her club membership number (id.user)
CLUB = {"id": "club_0117", "name": "Eastchester Bay Sailing Club", "phone": "+17185550191"}
MARINA = (40.84652, -73.78291)  # the club's dock (a negative)
BUOYS = [("R2", 40.83981, -73.77022), ("G5", 40.83114, -73.75853),
         ("SS", 40.82406, -73.77449)]  # racing marks (negatives)
BOAT = {"id": "boat_j24_07", "name": "Sea Wren", "sail": "USA 4417",
        "mmsi": "367123450"}  # the club's boat (negatives)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def home(nd: int = 6) -> tuple[L, L]:
    """The profile's position (her New York home) at ``nd`` decimals (3 or more)."""
    return L(round(LAT, nd), PRECISE), L(round(LON, nd), PRECISE)


def sail(rng: random.Random, n: int, t0: int = 1765382400) -> list[dict[str, Any]]:
    """Her boat's GPS fixes leaving the marina and beating out to the marks (lat/lon
    ``location.precise``; speed over ground, heading and heel not)."""
    out = []
    for i in range(n):
        lat = MARINA[0] - 0.0011 * i + rng.uniform(-0.00005, 0.00005)
        lon = MARINA[1] + 0.0009 * i + 0.0004 * math.sin(i / 2) + rng.uniform(-0.00005, 0.00005)
        out.append({"t": t0 + 30 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE), "sog": round(rng.uniform(4.2, 6.8), 1),
                    "cog": rng.randrange(140, 200), "heel": rng.randrange(5, 22)})
    return out


def ride(rng: random.Random, n: int, t0: int = 1765299600) -> list[list[float]]:
    """Her fixes riding north up Route 9W: ``[lat, lon, kmh]`` rows (a series)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        out.append([round(40.8569 + (CRASH_FIX[0] - 40.8569) * f + rng.uniform(-4e-5, 4e-5), 6),
                    round(-73.9627 + (CRASH_FIX[1] + 73.9627) * f + rng.uniform(-4e-5, 4e-5), 6),
                    round(rng.uniform(55, 88), 1)])
    return out


def wind(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The boat's masthead wind readings (apparent speed and angle, true direction): negatives."""
    return [{"aws": round(rng.uniform(9, 16), 1), "awa": rng.randrange(28, 48),
             "twd": rng.randrange(200, 230), "t": 1765382400 + 30 * i} for i in range(n)]


def captions(rng: random.Random, lines: list[str], t0: int = 1765321000) -> list[dict[str, Any]]:
    """A call's caption segments as the app confirms them (the text is the other party's)."""
    return [{"seq": i, "startMs": 2100 * i + rng.randrange(0, 400), "final": True,
             "conf": round(rng.uniform(0.82, 0.97), 2), "text": line}
            for i, line in enumerate(lines)]


def joints(rng: random.Random) -> dict[str, int]:
    """A flare's tender-joint map: pain 0-10 per joint (her symptoms)."""
    return {j: rng.randrange(2, 8) for j in ("wristL", "wristR", "mcp2R", "mcp3R", "kneeL")}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a transfer, a dose, a ride, a booking, a call): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "AUDIOLOGIST", "BEAR_MTN", "BIYENAN", "BIYENAN_HOME", "BOAT", "BUOYS",
           "CARRIER_FILE", "CLEANERS", "CLUB", "CRASH_FIX", "DONORS", "ESCROW_AMT", "HELMET",
           "HIPAG", "HIPAG_BANK", "INFUSION", "INTERCOM", "IP_NO", "IVF", "LABS", "LOAD_REF",
           "LOCKBOX", "MARINA", "MEDS_SLE", "MEMBER_KB", "MOTHER", "MOTO", "OUTLET", "PADALA_REF",
           "PHARMACY_NO", "QUOTE", "RHEUM", "SIP", "SSN4", "TH_BOOKING", "captions", "fix", "home",
           "joints", "obj", "ride", "sail", "wind"]
