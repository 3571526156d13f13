"""Helpers for the two-hundred-and-seventy-sixth (blind) evaluation set. Category ids, the
profile's transforms, wire helpers and ``report`` stay in the earlier kits (the modules import
them from ``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the
JWT claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in a familok (a miners' terraced tenement) in
Nikiszowiec, Katowice, with her Silesian husband Krystian Pieczka, her US SIM roaming; their son
Francik (Franciszek, 10) rides in a youth mini-speedway school in Rybnik, where his grandmother
Gertruda Pieczka lives (Niedobczyce); her sister Megan Doe visits from Ohio. Her places (their
flat, her fixes at the screening bus, the society's hall and the march, the track's paddock, the
mine's shaft head, the amusement park, the tyre van at her work car park) are hers
(``location.precise`` where sent); the bus's stop, the hall, the track, the mine, the park, the
tyre depot and the debt agency's office are businesses' or associations' (negatives). People:
her husband (``contact.*`` when she types him), their son (a data subject: name, birth date,
sex, PESEL, licence number, height and weight are labelled), her mother-in-law (a data subject
where registered by her), her sister.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Europe/Warsaw"

# --- her Katowice life ----------------------------------------------------------------------------
HOME = {"line": "ul. Grubiorzy 9/4", "area": "Nikiszowiec", "town": "Katowice",
        "region": "slaskie", "post": "40-431"}
HOME_AT = (50.242713, 19.085391)  # their flat in the familok (location.precise where sent)
HUSBAND = ("Krystian Pieczka", "+48601482337", "84112203757")  # typed by her: contact.* (PESEL)
MOTHER_IL = {"name": "Gertruda Pieczka", "phone": "+48604117820", "pesel": "52031405622",
             "dob": "1952-03-14", "town": "Rybnik", "area": "Niedobczyce"}
SON = {"first": "Franciszek", "nick": "Francik", "last": "Pieczka", "dob": "2015-06-03",
       "sex": "synek", "pesel": "15260312378", "licence": "MZ-RYB-0417"}  # a data subject
SISTER_US = ("Megan Doe", "+15550162274", "megan.doe@example.net")  # her sister in Ohio
PESEL = "91051704289"  # her PESEL (personal.national_id)
PL_ACCOUNT = "PL61109010140000071219812874"  # her zloty account (financial.payment)
WORK_AT = (50.258841, 19.021572)  # her car at the language school's car park, Katowice centre

# --- Przeglond (a mobile mammography screening bus) -----------------------------------------------
BUS = {"id": "mb_kat07", "name": "Mamobus 7 (postoj: Szopienice market)", "phone": "+48327770310",
       "lat": 50.25962, "lon": 19.10388}  # the bus's stop (negatives)
BUS_FIX = (50.259598, 19.103941)  # her phone at the bus
SCREEN_NO = "MMG-SL-2026-118204"  # her screening record number (health.medical)

# --- Splacok (a debt-collection agency's self-service app) ----------------------------------------
AGENCY = {"id": "ag_kat", "name": "Splacok Windykacja S.A.", "iban": "PL27114020040000300201355387",
          "phone": "+48322550400"}  # the agency (negatives)
CASE = "WD/2025/0771942"  # her case number (id.user)
DEBT = "FV/FIT/2023/11/0488"  # the old gym-membership invoice the debt came from (purchase)

# --- Godomy (a Silesian-language and regional-identity society) -----------------------------------
HALL = {"id": "hl_kat", "name": "Dom Godki, Katowice", "lat": 50.25917, "lon": 19.02294}
HALL_FIX = (50.259183, 19.022871)
MARCH_FIX = (50.258611, 19.026934)  # her phone at the July march in the city centre
MEMBER = "GDM-04471"  # her society membership number (id.user)

# --- Szlaka (a youth mini-speedway school, Rybnik) ------------------------------------------------
TRACK = {"id": "tr_ryb", "name": "Mini-tor Szlaka Rybnik", "lat": 50.09411, "lon": 18.53112,
         "phone": "+48324220190"}  # the track (negatives)
PADDOCK_FIX = (50.094276, 18.530748)  # her phone in the paddock
GRANDMA_AT = (50.069824, 18.478215)  # the grandmother's house in Niedobczyce (hers: precise)

# --- Zjazd (a heritage coal mine's underground tours, Rybnik) -------------------------------------
MINE = {"id": "sz_elf", "name": "Zabytkowy Szyb Elfryda", "lat": 50.07602, "lon": 18.49177,
        "phone": "+48324300811"}  # the mine (negatives)
SHAFT_FIX = (50.076088, 18.491903)  # her phone at the shaft head
TOUR = "ZJ-26-031877"  # the family's tour booking (financial.purchase)
RESIDENT_CARD = "KM-RYB-2207413"  # her resident-discount card number (id.user)

# --- Frajda (an amusement park's season passes, on the Katowice edge) -----------------------------
PARK = {"id": "pk_frd", "name": "Park Frajda", "lat": 50.27631, "lon": 18.98612,
        "ssid": "Frajda-Free", "bssid": "58:8b:f3:20:11:7e"}  # the park (point negative; Wi-Fi)
PARK_FIX = (50.276552, 18.985793)
BAND = "WB-04F1A92C"  # the son's NFC wristband paired to her phone (id.device)
PASS = "SZ-2026-88123"  # the family season pass (financial.purchase)

# --- Ryfownia (seasonal tyre change and storage) --------------------------------------------------
DEPOT = {"id": "dp_kat3", "name": "Ryfownia Katowice-Bogucice", "lat": 50.26488, "lon": 19.04502,
         "phone": "+48322090455"}  # (negatives)
TYRE_ORDER = "RF-2026-10442"  # the autumn swap order (financial.purchase)
VIN, PLATE = "WVWZZZAUZGW123456", "SK 4821F"  # the family car (no taxonomy type: unlabelled)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", pl: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Polish first with ``pl``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("pl-PL,pl;q=0.9,en;q=0.8" if pl else "en-PL,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "en_PL") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_PL") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a slot, a note, a line): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["AGENCY", "BAND", "BUS", "BUS_FIX", "CASE", "DEBT", "DEPOT", "GRANDMA_AT", "HALL",
           "HALL_FIX", "HOME", "HOME_AT", "HUSBAND", "MARCH_FIX", "MEMBER", "MINE", "MOTHER_IL",
           "PADDOCK_FIX", "PARK", "PARK_FIX", "PASS", "PESEL", "PLATE", "PL_ACCOUNT",
           "RESIDENT_CARD", "SCREEN_NO", "SHAFT_FIX", "SISTER_US", "SON", "TOUR",
           "TRACK", "TYRE_ORDER", "TZ", "VIN", "WORK_AT", "dev_block", "fix", "hd", "obj",
           "push"]
