"""Helpers for the eighty-ninth (blind) evaluation set. Category ids, the profile's transforms,
wire helpers and ``report`` stay in the earlier kits (``eval_families6_kit`` to
``eval_families25_kit``; ``head``, ``claims``, ``rid`` and ``sdk_id`` are set 24's, ``fix``,
``home`` and ``obj`` set 37's).

This kit adds what the set's apps share: her flat in Tbilisi (two months of remote work there)
and her US passport; the wine cellar, the supra hall and the tour guide (businesses and their
staff: negatives), her booking and her friends at the supra; the biologic, its lot and the pen
(negatives), her rheumatologist, insurance and copay card; the trek (her track, the huts and the
summit: negatives), her emergency contact and the avalanche beacon (a negative); the choir, its
hall and director (negatives) and her parish; the coworking space, its doors and Wi-Fi, her
member number; the stray dogs (their spots, ear tags and chips: negatives) and her feeding
round; the orthodontic practice (a negative) and her aligner case.
"""

from __future__ import annotations

import math
import random
from typing import Any

from eval_families17_kit import PRECISE
from eval_payloads import L

Pt = tuple[float, float]

# --- her stay in Tbilisi ---------------------------------------------------------------------
TB_HOME = {"kucha": "Kote Abkhazi St 24, apt 7", "kalaki": "Tbilisi", "indeksi": "0105"}
TB_HOME_AT = (41.692318, 44.801746)  # her rented flat in Sololaki (location.precise where sent)
PASSPORT = "A03918274"  # her US passport (personal.national_id)
GE_NET = "28202"  # the visited Georgian network's MCC/MNC while roaming (location.carrier)

# --- Supraveli (wine tours and supra dinners) -------------------------------------------------
WINERY = {"id": "wn_0144", "name": "Marani Satsnakheli", "phone": "+995 350 27 44 18",
          "address": "12 Chavchavadze St, Telavi", "lat": 41.91932, "lon": 45.47318}
HALL = {"id": "rs_0207", "name": "Sololaki Supra Hall", "phone": "+995322934107",
        "lat": 41.68954, "lon": 44.80097}
GUIDE = ("Levan Beridze", "+995599123456")  # the operator's guide (a negative)
BOOKING = "SV-2512-40918"  # her tour booking (financial.purchase)
GUESTS = [("Ruth Adler", "+15550142266"), ("Omar Said", "+15550175530")]  # typed by her
TOUR_FIX = (41.919287, 45.473302)  # her phone at the cellar

# --- Biodose (rheumatoid-arthritis biologic tracker) ------------------------------------------
DRUG = "adalimumab 40 mg/0.4 mL pen"
LOT, PEN = "LT24K0918", "BDP-3301-884120"  # the batch and the smart pen's serial (negatives)
RHEUM = ("Dr. Miriam Kessler", "+12125550148")  # her rheumatologist, typed (contact.*)
PHARMACY = {"id": "sp_0412", "name": "Crosstown Specialty Pharmacy", "phone": "+12125550190"}
MEMBER_BD = "WXK448120937"  # her health-insurance member ID (health.medical)
COPAY = "600311884470"  # the maker's copay-assistance card (financial.payment)

# --- Ushbatrek (Caucasus trekking) ------------------------------------------------------------
TRAIL = {"id": "tr_mestia_ushguli", "name": "Mestia to Ushguli", "stages": 4}
HUT = {"id": "hut_0331", "name": "Adishi Guesthouse", "lat": 43.01392, "lon": 42.93881}
SUMMIT_AT = (43.03831, 42.95920)  # a summit on the map (a negative)
CAMP_AT = (43.012745, 42.939318)  # where she camped (her fix)
TREK_START, TREK_END = (43.045431, 42.727695), (43.013902, 42.938622)
BEACON = "ARV-PX3-0071248"  # her avalanche transceiver's serial (an accessory: a negative)
EMERGENCY = ("Ruth Adler", "+15550142266")
PERMIT = "BZP-2025-118804"  # the border-zone permit number (a case ID: a negative)

# --- Krimanchuli (polyphonic choir rehearsals) ------------------------------------------------
CHOIR = {"id": "ens_0311", "name": "Brooklyn Georgian Chant Ensemble",
         "director": "Nino Gelashvili", "lat": 40.68951, "lon": -73.99186}  # (negatives)
PARISH = "St. Nino Orthodox Parish choir"  # her parish's choir (personal.sensitive: religion)
SONG = {"id": "sg_chakrulo", "title": "Chakrulo", "voices": ["mtkmeli", "modzakhili", "bani"]}

# --- Deskvani (coworking pass) -----------------------------------------------------------------
SPACE = {"id": "sp_tb_vake", "name": "Deskvani Vake", "address": "37 Chavchavadze Ave, Tbilisi",
         "phone": "+995322554411", "lat": 41.70911, "lon": 44.76602}
SPACE_SSID, SPACE_BSSID = "Deskvani-Members", "f4:92:bf:3c:71:08"  # the space's network
DOORS = ["dr_vake_main", "dr_vake_f2", "dr_vake_lockers"]  # (negatives)
MEMBER_NO = "DSK-004417"  # her membership number (id.user)
SPACE_FIX = (41.709093, 44.766048)  # her phone at the door
LOCKER_CODE = "4419"

# --- Dzaghli (stray-dog feeding map) -----------------------------------------------------------
DOGS = [{"id": "dog_0912", "name": "Bursa", "tag": "TB-EAR-20931", "chip": "981020031187744",
         "lat": 41.70522, "lon": 44.77013},
        {"id": "dog_0913", "name": "Tsuga", "tag": "TB-EAR-20987", "chip": "981020031190021",
         "lat": 41.70388, "lon": 44.77412},
        {"id": "dog_0977", "name": "Murka", "tag": "TB-EAR-21402", "chip": None,
         "lat": 41.69102, "lon": 44.80211}]  # the dogs, their spots and tags (negatives)
FEED_FIX = (41.705183, 44.770162)  # her phone at Bursa's spot
SHELTER = {"id": "sh_02", "name": "Vake Paws Shelter", "phone": "+995322117733"}

# --- Kbilo (orthodontic aligners) --------------------------------------------------------------
PRACTICE = {"id": "pr_0190", "name": "Flatiron Orthodontics", "phone": "+12125550133",
            "line": "12 West 21st Street"}  # the dentist's practice (negatives)
CASE_ID = "KB-CASE-77120"  # the treatment's case number (a negative)
ORTHO_DOC = "Dr. Arjun Mehta"  # the practice's orthodontist (a negative: the practice's staff)


def track(rng: random.Random, n: int, start: Pt, end: Pt, t0: int = 1765440000,
          ele0: float = 1450.0) -> list[dict[str, Any]]:
    """Her fixes on the trail, start to end (lat/lon ``location.precise``; elevation, time not)."""
    out = []
    for i in range(n):
        f = i / (n - 1)
        lat = start[0] + (end[0] - start[0]) * f + rng.uniform(-0.0004, 0.0004)
        lon = start[1] + (end[1] - start[1]) * f + rng.uniform(-0.0004, 0.0004)
        out.append({"t": t0 + 60 * i, "lat": L(round(lat, 6), PRECISE),
                    "lon": L(round(lon, 6), PRECISE),
                    "ele": round(ele0 + 400 * math.sin(f * 3) + rng.uniform(-3, 3), 1)})
    return out


def pitch(rng: random.Random, n: int, base: float = 220.0) -> list[float]:
    """A sung line's pitch contour (Hz per 20 ms frame), from the intonation trainer."""
    return [round(base * 2 ** (round(4 * math.sin(i / 11)) / 12) + rng.gauss(0, 1.2), 1)
            for i in range(n)]


def vector(rng: random.Random, n: int) -> list[float]:
    return [round(rng.gauss(0, 0.08), 4) for _ in range(n)]


def round_trip(rng: random.Random, stops: list[Pt]) -> list[dict[str, Any]]:
    """Her feeding round: her fixes at 5 decimals (``location.precise``)."""
    return [{"lat": L(round(a + rng.uniform(-2e-5, 2e-5), 5), PRECISE),
             "lon": L(round(o + rng.uniform(-2e-5, 2e-5), 5), PRECISE), "t": 1765351200 + 420 * i}
            for i, (a, o) in enumerate(stops)]


__all__ = ["BEACON", "BOOKING", "CAMP_AT", "CASE_ID", "CHOIR", "COPAY", "DOGS", "DOORS", "DRUG",
           "EMERGENCY", "FEED_FIX", "GE_NET", "GUESTS", "GUIDE", "HALL", "HUT", "LOCKER_CODE",
           "LOT", "MEMBER_BD", "MEMBER_NO", "ORTHO_DOC", "PARISH", "PASSPORT", "PEN", "PERMIT",
           "PHARMACY", "PRACTICE", "RHEUM", "SHELTER", "SONG", "SPACE", "SPACE_BSSID",
           "SPACE_FIX", "SPACE_SSID", "SUMMIT_AT", "TB_HOME", "TB_HOME_AT", "TOUR_FIX", "TRAIL",
           "TREK_END", "TREK_START", "WINERY", "pitch", "round_trip", "track", "vector"]
