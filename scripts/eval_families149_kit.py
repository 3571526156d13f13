"""Helpers for the hundred-and-forty-ninth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (``head``, ``claims``, ``rid``
and ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She spends the year in Pokhara (Kaski, Gandaki
Province, Nepal) with her husband Bikash Gurung, her US SIM roaming; their daughter Asha (9)
goes to a primary school in Lakeside. Her places (her Baidam house, her fixes at the temple,
the boat pier, the cooperative office, the clinic, the school gate) are hers
(``location.precise`` where sent); the temple, the boat operator, the dairy, the cooperative,
the clinic, the school and the water supplier are businesses' (negatives). People: her husband
and their daughter (a data subject), her mother-in-law, her sister in the US.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Kathmandu"

HOME = {"line": "Baidam Marg 6, Ward 6", "area": "Baidam", "town": "Pokhara",
        "district": "Kaski", "province": "Gandaki"}
HOME_AT = (28.206114, 83.958402)  # her house (location.precise)
HUSBAND = ("Bikash Gurung", "+9779806612044")  # typed by her: contact.*
DAUGHTER = {"first": "Asha", "last": "Gurung", "dob": "2016-08-21", "sex": "girl",
            "student": "LBS-2024-0331"}  # a data subject
MIL = ("Dil Maya Gurung", "+9779846120377")  # her mother-in-law
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")
CITIZEN_ID = "NP-RES-27-01-448120"  # her residence/non-tourist visa card (national_id)
PASSPORT = "567120934"  # her US passport (personal.national_id)
NP_ACCOUNT = "01900104412750001"  # her Pokhara bank account (financial.payment)

TEMPLE = {"id": "tp_bindh", "name": "Bindhyabasini Temple Committee", "lat": 28.23812,
          "lon": 83.98211, "phone": "+97761520044"}
TEMPLE_FIX = (28.238097, 83.982141)
PIER = {"id": "pr_bara", "name": "Barahi Ghat Boat Samiti", "lat": 28.20761, "lon": 83.95802}
PIER_FIX = (28.207633, 83.958001)
LAKE_FIX = (28.201544, 83.945120)  # her phone out on the lake
DAIRY = {"id": "dy_kaski", "name": "Kaski Gai Palan Dairy", "phone": "+97761531190"}
COOP = {"id": "cp_baidam", "name": "Baidam Mahila Bachat Sahakari", "lat": 28.20501,
        "lon": 83.96032, "phone": "+97761466021"}
COOP_FIX = (28.205031, 83.960287)
MEMBER = "BMS-0448"  # her cooperative member number (id.user)
LOAN = "RN-2026-0117"  # her loan account (financial.payment)
CLINIC = {"id": "cl_phewa", "name": "Phewa Matri Clinic", "lat": 28.21477, "lon": 83.97390,
          "phone": "+97761539911"}
CLINIC_FIX = (28.214752, 83.973881)
MRN = "PMC-77120"  # her antenatal record number (health.medical)
SCHOOL = {"id": "sc_lbs", "name": "Lakeside Bal Shiksha School", "lat": 28.21122,
          "lon": 83.95688, "bus": "BUS-04"}
GATE_FIX = (28.211239, 83.956902)
WATER = {"id": "wt_jar", "name": "Fewa Jar Pani Suppliers", "phone": "+97761463300"}


def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, ne: bool = False, **kw: Any) -> dict[str, Any]:
    h = head(app, rng, iid=iid, **kw)
    h["Accept-Language"] = L("ne-NP,ne;q=0.9,en;q=0.8" if ne else "en-NP,en;q=0.9", DEV)
    return h


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    return f"{pre}_{rnd_hex(rng, n)}"


def dev_block(lang: str = "en_NP") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}
