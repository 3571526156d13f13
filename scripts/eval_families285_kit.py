"""Helpers for the two-hundred-and-eighty-fifth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families24_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She is a Hmong American (her Hmong name Ntxhi) who has
moved to her husband's village, Lao Chai below Sa Pa (Lao Cai province, Vietnam), her US SIM
roaming. Her husband Thoj Pov (Thao A Po on his papers) grows cardamom under the forest canopy;
their son Tooj (Thao A Tong, 7) learns the qeej; their daughter Ntxawm (Thao Thi Xa) was born on
5 January 2026 and she keeps the 30-day confinement (nyob nruab hlis) at home with her
mother-in-law Lis Mim (Ly Thi Mi), who weaves hemp for the village cooperative. Her places (their
house, the family's cardamom kiln in the forest, her fixes on trek trails, at the culture house,
at the dye workshop, at Lao Cai station) are hers (``location.precise`` where sent); the
commune office, the culture house, the confinement kitchen, the guides' office, the homestays,
the dye workshop, the cardamom depot and the stations are businesses' or public places
(negatives). People: her husband, son, newborn daughter, mother-in-law (``contact.*`` when she
types them; the children are data subjects), her sister in the US, the midwife.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Ho_Chi_Minh"

# --- her Lao Chai life ----------------------------------------------------------------------------
HOME = {"line": "Nha 14, thon Lao Chai", "area": "Lao Chai", "town": "Sa Pa",
        "region": "Lao Cai", "post": "31700"}
HOME_AT = (22.315742, 103.865108)  # their house (location.precise where sent)
HUSBAND = ("Thoj Pov", "Thao A Po", "+84912018344")  # Hmong name, papers' name, phone: contact.*
HUSBAND_CCCD = "010089004417"  # his citizen ID card number (personal.national_id when typed)
SON = {"first": "Tooj", "hm": "Thoj Tooj", "vn": "Thao A Tong", "dob": "2018-03-09",
       "sex": "tub", "pid": "010218007723"}  # a data subject (name, birth date, sex, ID)
BABY = {"hm": "Thoj Ntxawm", "vn": "Thao Thi Xa", "dob": "2026-01-05"}  # the newborn
MOTHER_IL = ("Lis Mim", "Ly Thi Mi", "+84978330125")  # her mother-in-law
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in St. Paul
PASSPORT = "583304712"  # her US passport (personal.national_id)
TRC = "TT-LC-0218846"  # her Vietnamese temporary residence card (personal.national_id)
VN_ACCOUNT = "0451000387214"  # her dong account at a Vietnamese bank (financial.payment)
VN_NET = "45204"  # the visited network's MCC/MNC while roaming (location.carrier)

# --- Thaus Quas Tsev (the family's cardamom drying and sales ledger) ------------------------------
KILN_AT = (22.298431, 103.872917)  # the family's drying kiln in the forest (hers: precise)
PLOT_AT = [(22.297902, 103.871806), (22.298815, 103.872344), (22.298120, 103.873912),
           (22.297311, 103.873205)]  # the family's forest cardamom plot's corners (hers)
DEPOT = {"id": "dl_bk07", "name": "Dai ly Thao qua Ban Khoang", "phone": "+842143871455",
         "lat": 22.38071, "lon": 103.81214}  # a buyer's depot (negatives)
GROWER = "TQ-LC-0412"  # the family's grower account, in her name (id.user)

# --- Pab Haiv Neeg (the commune's ethnic-minority household support programme) --------------------
COMMUNE = {"id": "ubx_laochai", "name": "UBND xa Lao Chai", "lat": 22.31811,
           "lon": 103.86322}  # the commune office (negative)
HOUSEHOLD = "HGD-02-LC-00731"  # their household's programme code (id.user)

# --- Qeej Menyuam (the son's qeej and dance class at the culture house) ---------------------------
CULTURE = {"id": "nvh_sp", "name": "Nha Van hoa Sa Pa", "lat": 22.33571, "lon": 103.84205,
           "phone": "+842143871122"}  # the culture house (negatives)
CULTURE_FIX = (22.335688, 103.842071)  # her fix at the culture house door
LEARNER = "QJ-2025-0147"  # the son's learner number (id.user)
TEACHER = "xf_tsab_ntxawg"  # the qeej master's staff ID (a negative)

# --- Nruab Hlis (postpartum confinement care: meals, a midwife's visits) --------------------------
KITCHEN = {"id": "nh_sp01", "name": "Nruab Hlis Sa Pa", "phone": "+842143870990",
           "lat": 22.33922, "lon": 103.84663}  # the confinement kitchen (negatives)
MOTHER_NO = "NH-0093"  # her client record at the service (health.medical: a care record number)
MIDWIFE = ("Yaj Ntxawg", "+84983112406")  # the midwife (typed by her: contact.*)

# --- Coj Kev (the trekking guides' cooperative; she guides) ---------------------------------------
GUIDES = {"id": "ck_office", "name": "Coj Kev Guides Sa Pa", "lat": 22.33498,
          "lon": 103.84311}  # the cooperative's office (negative)
GUIDE_NO = "CK-G-0288"  # her guide number (id.user)
GUIDE_CARD = "HDV-602-0219"  # her provincial tour-guide card (id.user: a licence number)
TRAIL_FIX = (22.309874, 103.879215)  # her phone on the Ta Van trail
HOMESTAY = {"id": "hs_tv12", "name": "Ta Van Homestay 12", "lat": 22.30552, "lon": 103.89017,
            "phone": "+84915220771"}  # the lunch homestay (negatives)

# --- Ntaub Maj (the village hemp-cloth and indigo cooperative) ------------------------------------
WORKSHOP = {"id": "nm_tavan", "name": "Ntaub Maj Ta Van", "lat": 22.30122,
            "lon": 103.88491}  # the dye workshop (negatives)
WORKSHOP_FIX = (22.301198, 103.884932)  # her fix at the workshop
MEMBER = "NM-0115"  # her member number (id.user)

# --- Tsheb Hmo (a private sleeper carriage on the overnight Lao Cai - Hanoi train) ----------------
STATION = {"code": "LCI", "name": "Ga Lao Cai", "lat": 22.50202,
           "lon": 103.96836}  # the station (a negative)
STATION_FIX = (22.501874, 103.968511)  # her phone at the station
TRAIN_BOOKING = "TH-26-88017"  # her cabin booking (financial.purchase)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", hm: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, or Hmong then Vietnamese with
    ``hm``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("hmn-VN,hmn;q=0.9,vi;q=0.8,en;q=0.7" if hm else
                             "en-VN,en;q=0.9,vi;q=0.7", DEV)
    return h


def dev_block(lang: str = "en_VN") -> dict[str, Any]:
    """An app's own device block (model, OS, locale, zone: ``device.info``)."""
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(lang, DEV),
            "tz": L(TZ, DEV)}


def push(token: str, lang: str = "en_VN") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"pushToken": L(token, DID), "installId": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a lesson, a batch, a piece): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BABY", "COMMUNE", "CULTURE", "CULTURE_FIX", "DEPOT", "GROWER", "GUIDES", "GUIDE_CARD",
           "GUIDE_NO", "HOME", "HOMESTAY", "HOME_AT", "HOUSEHOLD", "HUSBAND", "HUSBAND_CCCD",
           "KILN_AT", "KITCHEN", "LEARNER", "MEMBER", "MIDWIFE", "MOTHER_IL", "MOTHER_NO",
           "PASSPORT", "PLOT_AT", "SISTER_US", "SON", "STATION", "STATION_FIX", "TEACHER",
           "TRAIL_FIX", "TRAIN_BOOKING", "TRC", "TZ", "VN_ACCOUNT", "VN_NET", "WORKSHOP",
           "WORKSHOP_FIX", "dev_block", "fix", "hd", "obj", "push"]
