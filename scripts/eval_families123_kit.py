"""Helpers for the hundred-and-twenty-third (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families17_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, JWT claims
``claims``, request IDs ``rid`` and SDK per-install IDs ``sdk_id`` are set 24's, ``fix``,
``home`` and ``obj`` set 37's).

The story (synthetic): the profile's user (her New York home is the profile's position) lives
in Pune for two years with her husband Sachin Deshpande and their son Arjun (9), in flat B-304
of a co-operative housing society in Kothrud; she flies to New York for the holidays mid-capture.
This kit holds what the set's apps share: ``PuneApp`` (an app whose User-Agent names the
``en_IN`` locale) and ``hh`` (its headers, with the Indian Accept-Language her phone sends); the
flat (her address while there) and its fix, her fixes at the festival pandal, the two-wheeler
dealer and the path lab; her husband, son, brother-in-law and his bride, a friend and her cook;
her Aadhaar (Verhoeff-valid, synthetic), PAN, ABHA and passport numbers, her UPI address, bank
account and IFSC, her new scooter's plate; businesses and things that are not hers (negatives):
the tiffin kitchen and its rider, the Ganesh mandal and its pandal, the dealer and the scooter
before delivery, the tabla guru and his studio, the thyroid clinic and its endocrinologist, the
society's office and guard, the wedding venue, a photographer and a fort; generators for pulse
readings, rhythm taps and a host ICE candidate (her LAN address).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import LOCAL_IP, L

NATID = "personal.national_id"
Pt = tuple[float, float]


class PuneApp(App):
    """An app of the set: its User-Agent names the model, OS and the ``en_IN`` locale."""

    @property
    def ua(self) -> str:
        return f"{self.name}/{self.ver} (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; en_IN)"


def hh(app: App, rng: random.Random, iid: str, how: str = "plain", lang: bool = True,
       **kw: Any) -> dict[str, Any]:
    """``head`` with (``lang``) the Indian Accept-Language her phone sends (``device.info``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    if lang:
        h["Accept-Language"] = L("en-IN,en;q=0.9,mr;q=0.8", DEV)
    return h


_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _P.append([_P[_i - 1][_P[1][j]] for j in range(10)])
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(digits: str) -> str:
    """``digits`` with its Verhoeff check digit appended (as Aadhaar numbers carry)."""
    c = 0
    for i, d in enumerate(reversed(digits)):
        c = _D[c][_P[(i + 1) % 8][int(d)]]
    return digits + str(_INV[c])


# --- the family and her documents --------------------------------------------------------------
HUSBAND = ("Sachin Deshpande", "+919823041177", "sachin.deshpande@example.net")
HUSBAND_PAN = "BKRPD5521H"
SON = {"first": "Arjun", "last": "Deshpande", "dob": "2016-08-11", "age": 9}
SON_ID = "TS-24-0917"  # his student number at the tabla class (id.user)
GROOM, BRIDE = "Rohan Deshpande", "Gauri Kale"  # her brother-in-law and his bride (typed by her)
FRIEND = ("Manasi Joshi", "+919850112233")  # a friend in Baner
COOK = ("Sunanda Jadhav", "+919767004412")  # her cook, registered by her at the gate
EYE_DOC = ("Dr. Nikhil Paranjpe", "nikhil.paranjpe@eyecare.example.org")  # typed by her

AADHAAR = verhoeff("48216093771")  # hers: 12 digits (synthetic)
AADHAAR_SP = f"{AADHAAR[:4]} {AADHAAR[4:8]} {AADHAAR[8:]}"
PAN = "AQWPD7319K"
ABHA = "91-4417-2290-6613"  # her health account number
PASSPORT_US = "A52190437"  # her passport (the society's NOC for a visa asks for it)
UPI_VPA = "janedoe17@sahyadri"  # her UPI address (financial.payment)
BANK_ACCT, IFSC = "50100418827351", "SHYB0000412"
PLATE = "MH12TK4471"  # her new scooter's registration (id.hardware, as set 29's plate)

# --- her Pune places -----------------------------------------------------------------------------
HOME_PN = {"sadanika": "B-304", "imarat": "Shubhankar Heights, B Wing",
           "rasta": "Paud Road, Kothrud", "line": "B-304, Shubhankar Heights, Paud Road, Kothrud",
           "shahar": "Pune", "pin": "411038", "rajya": "Maharashtra"}
HOME_AT = (18.507312, 73.807865)  # the flat (location.precise where sent)
SACHIN_OFFICE = {"line": "Tower 3, Magarpatta City, Hadapsar", "pin": "411013"}
DUTY_AT = (18.510831, 73.851284)  # her phone at the pandal gate on duty (her fix)
DEALER_FIX = (18.501927, 73.815542)  # her phone at the dealer's showroom
LAB_FIX = (18.516704, 73.841219)  # her phone at the path lab's collection centre

# --- businesses and things that are not hers (negatives) ------------------------------------------
KITCHEN = {"id": "ksw_kothrud_03", "naav": "Aaicha Swaypakghar Kothrud",
           "durdhvani": "+912025431103", "akshansh": 18.50466, "rekhansh": 73.81022}
RIDER = {"id": "rdr_7731", "naav": "Ganesh Pawar"}
MANDAL = {"id": "md_sp_1894", "name": "Sadashiv Peth Navsacha Ganpati Mandal",
          "phone": "+912024471894", "lat": 18.51036, "lon": 73.85102}
DEALER = {"id": "dlr_kth_22", "name": "Kothrud Two Wheels", "phone": "+912025380022",
          "lat": 18.50197, "lon": 73.81561}
SCOOTER = {"model": "Zippa 125 Disc", "colour": "Matte Blue", "chassis": "MZP4ZK125SL031447",
           "engine": "ZK12E5031447", "ex_showroom": 86400, "on_road": 98500}
GURU = {"id": "gu_0112", "name": "Pt. Madhukar Apte", "phone": "+919822011112",
        "lat": 18.51314, "lon": 73.84907}
CLINIC = {"id": "dtc_01", "name": "Deccan Thyroid Clinic", "phone": "+912025670101",
          "lat": 18.51739, "lon": 73.84068, "doctor": "doc_vg_007"}
SOCIETY = {"id": "soc_0447", "reg": "PNA/HSG/TC/11872/2009", "name": "Shubhankar Heights CHS",
           "office": "+912025446611", "guard": "grd_31"}
VENUE = {"id": "ven_skl_04", "name": "Shrikrishna Lawns", "line": "DP Road, Karve Nagar",
         "lat": 18.48911, "lon": 73.82177}
FORT_AT = (18.36631, 73.75572)  # a pre-wedding shoot spot (a landmark: a negative)


# --- generators ---------------------------------------------------------------------------------
def pulses(rng: random.Random, n: int, t0: int = 1765250000) -> list[list[int]]:
    """Her watch's resting pulse samples ``[t, bpm]`` (a hyperthyroid heart: fast)."""
    return [[t0 + 600 * i, rng.randrange(92, 118)] for i in range(n)]


def taps(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The child's taps on the on-screen tabla pads: time in ms, pad, x/y pixels, pressure."""
    t, out = 0, []
    for _ in range(n):
        t += rng.randrange(230, 290)
        pad = rng.choice(["dayan", "bayan"])
        out.append({"t": t, "pad": pad, "x": (760 if pad == "dayan" else 320)
                    + rng.randrange(-30, 30), "y": 1450 + rng.randrange(-30, 30),
                    "p": round(rng.uniform(0.3, 0.9), 2)})
    return out


def host_cand(port: int = 50544) -> str:
    """A WebRTC host ICE candidate carrying the phone's LAN address."""
    return f"candidate:2281144 1 udp 2122260223 {LOCAL_IP} {port} typ host generation 0"


__all__ = [
    "AADHAAR",
    "AADHAAR_SP",
    "ABHA",
    "BANK_ACCT",
    "BRIDE",
    "CLINIC",
    "COOK",
    "DEALER",
    "DEALER_FIX",
    "DUTY_AT",
    "EYE_DOC",
    "FORT_AT",
    "FRIEND",
    "GROOM",
    "GURU",
    "HOME_AT",
    "HOME_PN",
    "HUSBAND",
    "HUSBAND_PAN",
    "IFSC",
    "KITCHEN",
    "LAB_FIX",
    "MANDAL",
    "NATID",
    "PAN",
    "PASSPORT_US",
    "PLATE",
    "RIDER",
    "SACHIN_OFFICE",
    "SCOOTER",
    "SOCIETY",
    "SON",
    "SON_ID",
    "UPI_VPA",
    "VENUE",
    "Pt",
    "PuneApp",
    "hh",
    "host_cand",
    "pulses",
    "taps",
    "verhoeff",
]
