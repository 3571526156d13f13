"""Helpers for the two-hundred-and-sixteenth (blind) evaluation set. Category ids, the profile's
transforms, wire helpers and ``report`` stay in the earlier kits (the modules import them from
``eval_families6_kit`` to ``eval_families25_kit``; the apps' header helper ``head``, the JWT
claims ``claims``, request IDs ``rid`` and the SDKs' per-install IDs ``sdk_id`` are set 24's).

This kit adds what the set's apps share. She lives in Sham Shui Po (Hong Kong) with her husband
Chan Ka Ming, her US SIM roaming beside a local prepaid one; their daughter Chan Hoi Yan (8)
learns Cantonese opera in a children's class; her mother-in-law Lam Siu Fong lives in an elderly
home in Yuen Long, where the husband's grandparents' niches are. She paddles with a dragon-boat
team in Tai Po and sells hand-stitched leather goods at a Tai Po weekend craft market. Her places
(their flat, her fixes at the teahouse, the columbarium, the boat shed, the elderly home, the
opera hall, the craft market) are hers (``location.precise`` where sent); the businesses'
points, names and phones are negatives. HKID numbers carry their computed check character.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DEV, DID, PRECISE
from eval_families20_kit import App
from eval_families24_kit import head
from eval_payloads import L, rnd_hex

Pt = tuple[float, float]
TZ = "Asia/Hong_Kong"


def hkid(body: str) -> str:
    """An HKID with its check character: letters A=10..Z=35, a lone letter preceded by a space
    worth 36, weights 9..2, check = 11 - sum mod 11 (10 is ``A``, 11 is ``0``)."""
    letters = body[: len(body) - 6]
    vals = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters]
    vals += [int(d) for d in body[-6:]]
    r = 11 - sum(v * w for v, w in zip(vals, range(9, 1, -1), strict=True)) % 11
    return f"{body}({'0' if r == 11 else 'A' if r == 10 else r})"


# --- her Hong Kong life ---------------------------------------------------------------------------
HOME = {"line": "Flat 12B, Wing Fuk Building, 218 Fuk Wing Street", "area": "Sham Shui Po",
        "region": "Kowloon"}
HOME_AT = (22.331472, 114.163218)  # their flat (location.precise where sent)
HER_HKID = hkid("M482913")  # her HKID (non-permanent resident): M482913(7)
HUSBAND = ("Chan Ka Ming", "+85291735208", hkid("K317264"))  # typed by her: contact.*
DAUGHTER = {"first": "Hoi Yan", "last": "Chan", "dob": "2017-03-08", "sex": "F",
            "hkid": hkid("S620419"), "student": "SYO-2024-0317"}  # a data subject
MOTHER_IL = ("Lam Siu Fong", "+85224761093", hkid("D158402"))  # in the Yuen Long elderly home
GRANDPARENTS = ("Chan Wing Sang", "Tang Yuk Lan")  # the husband's late grandparents
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net")  # her sister in Ohio
HK_ACCOUNT = "024-583-771902-8"  # her HKD savings account (financial.payment)
FPS_ID = "169204837"  # her FPS ID (financial.payment)
HK_MOBILE = "+85256218804"  # her local prepaid number (contact.phone)
HK_NET = "45406"  # the local prepaid SIM's MCC/MNC (location.carrier)

# --- Jamcaa Lau (a Sham Shui Po yum-cha teahouse's remote queue ticket and ordering) --------------
TEAHOUSE = {"id": "tl_ssp01", "name": "Wing Lok Teahouse", "phone": "+85227282611",
            "lat": 22.33071, "lon": 114.16254}  # (negatives)
TEA_FIX = (22.330742, 114.162561)
TEA_MEMBER = "WL-88-203317"  # her teahouse member number (id.user)

# --- Soumou Tung (a columbarium's niches and Ching Ming grave-sweeping) ---------------------------
COLUMBARIUM = {"id": "cb_yl07", "name": "Tai Tong Lotus Columbarium", "lat": 22.42018,
               "lon": 114.02733}  # (negatives)
COL_FIX = (22.420205, 114.027301)
NICHES = ("LT-3F-C-1142", "LT-3F-C-1143")  # the grandparents' niches (negatives as objects)
FAMILY_ACC = "LTC-F-00412"  # her family account there (id.user)

# --- Lungzau Dui (a Tai Po dragon-boat team) ------------------------------------------------------
SHED = {"id": "db_tp02", "name": "Tai Po Waterfront Boat Shed", "lat": 22.44861,
        "lon": 114.17282}  # (negatives)
SHED_FIX = (22.448637, 114.172790)
RIVER_FIX = [(22.447912, 114.171054), (22.446803, 114.169220), (22.445711, 114.167408)]
PADDLER = "TPDB-P-0263"  # her paddler number (id.user)

# --- Onlou Ging (the Yuen Long elderly home's family app) -----------------------------------------
CARE_HOME = {"id": "eh_yl11", "name": "Yuen Long Kwong Wah Elderly Home",
             "phone": "+85224780356", "lat": 22.44523, "lon": 114.03362}  # (negatives)
CARE_FIX = (22.445207, 114.033651)
RESIDENT = "KWE-R-20731"  # her mother-in-law's resident number (health.medical: a record no.)

# --- Siu Jyukek (the daughter's children's Cantonese opera class) ---------------------------------
OPERA = {"id": "op_ssp3", "name": "Pak Tin Youth Opera Studio", "lat": 22.33691,
         "lon": 114.16702}  # (negatives)
OPERA_FIX = (22.336885, 114.167049)

# --- Fungseoi Sifu (a feng-shui and fortune consultation app) -------------------------------------
MASTER = {"id": "fs_m021", "name": "Master Leung Chi Wai", "phone": "+85231068822"}  # public

# --- Saugung Si (a Tai Po weekend craft market; she sells) ----------------------------------------
MARKET = {"id": "cm_tp5", "name": "Tai Po Lam Tsuen Craft Fair", "lat": 22.45122,
          "lon": 114.16539}  # (negatives)
STALL_FIX = (22.451195, 114.165422)
VENDOR = "TPCF-V-0188"  # her vendor number (id.user)
BR_NO = "72814539"  # her business registration number (personal.national_id: a tax number)


# --- generators -----------------------------------------------------------------------------------
def fix(at: Pt, nd: int = 6) -> tuple[L, L]:
    """One of her own fixes at ``nd`` decimals (``location.precise``)."""
    return L(round(at[0], nd), PRECISE), L(round(at[1], nd), PRECISE)


def hd(app: App, rng: random.Random, iid: str, *, how: str = "plain", yue: bool = False,
       **kw: Any) -> dict[str, Any]:
    """The app's headers with an Accept-Language (English, Cantonese first with ``yue``)."""
    h = head(app, rng, iid=iid, how=how, **kw)
    h["Accept-Language"] = L("zh-HK,yue;q=0.9,en;q=0.8" if yue else "en-HK,en;q=0.9", DEV)
    return h


def dev_block(lang: str = "zh_HK") -> dict[str, Any]:
    """An app's own device block in Jyutping keys (model, OS, language, zone: ``device.info``)."""
    return {"sau_gei_jing_hou": L("Pixel 8", DEV), "hai_tung": L("Android 14", DEV),
            "jyu_jin": L(lang, DEV), "si_kui": L(TZ, DEV)}


def push(token: str, lang: str = "zh_HK") -> dict[str, Any]:
    """A first-party push registration body (the token and the install ID ``id.device``)."""
    from eval_payloads import INSTALL_ID
    return {"tung_zi_token": L(token, DID), "sit_bei_id": L(INSTALL_ID, DID), **dev_block(lang)}


def obj(rng: random.Random, pre: str, n: int = 10) -> str:
    """An internal object ID (a ticket line, a slot, a lesson): a negative."""
    return f"{pre}_{rnd_hex(rng, n)}"


__all__ = ["BR_NO", "CARE_FIX", "CARE_HOME", "COLUMBARIUM", "COL_FIX", "DAUGHTER", "FAMILY_ACC",
           "FPS_ID", "GRANDPARENTS", "HER_HKID", "HK_ACCOUNT", "HK_MOBILE", "HK_NET", "HOME",
           "HOME_AT", "HUSBAND", "MARKET", "MASTER", "MOTHER_IL", "NICHES", "OPERA", "OPERA_FIX",
           "PADDLER", "RESIDENT", "RIVER_FIX", "SHED", "SHED_FIX", "SISTER_US", "STALL_FIX",
           "TEAHOUSE", "TEA_FIX", "TEA_MEMBER", "TZ", "VENDOR", "dev_block", "fix", "hd", "hkid",
           "obj", "push"]
